/* test-schedule.c: the study schedule generator and the ICS export, against schedules worked by hand
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each known answer is worked in the comment above its test, following the
 * method of docs/schedule.md; the first is that document's worked example.
 */
#include "config.h"

#include <string.h>

#include "hp-core.h"

#define PLAN_HEAD "<plan xmlns=\"urn:io.github.hitplanner:plan\" format=\"4\">"

static HpPlan *
plan_from (const char *body)
{
  g_autofree char *text = g_strconcat (PLAN_HEAD, body, "</plan>", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_load_bytes (bytes, "test.hitplan", &error);

  g_assert_no_error (error);
  return plan;
}

static HpCatalog *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogs",
                                                 "hit-example.hitcatalog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpCatalog *catalog = hp_catalog_load (file, NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

static void
set_date (GDate      *date,
          const char *text)
{
  g_date_clear (date, 1);
  g_assert_true (hp_date_parse (text, date));
}

static GDateTime *
at (const char *date,
    int         hour,
    int         minute)
{
  GDate d;

  set_date (&d, date);
  return g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d),
                              hour, minute, 0);
}

static HpScheduleResult *
generate (HpPlan     *plan,
          HpCatalog  *catalog,
          const char *now_date,
          int         hour,
          int         minute,
          const char *from,
          const char *to)
{
  g_autoptr(GDateTime) now = at (now_date, hour, minute);
  GDate f, t;

  set_date (&f, from);
  set_date (&t, to);
  return hp_schedule_generate (plan, catalog, now, &f, &t);
}

/* One line per block: "2026-11-30 18:00-20:00 HIT 110" (+ " review", " done",
 * " moved from 2026-12-01 18:00", " rhit-3"), for comparing with answers. */
static char *
describe_blocks (GListModel *blocks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (blocks, i);
      g_autofree char *day = hp_date_to_string (&b->date);

      g_string_append_printf (out, "%s %02u:%02u-%02u:%02u %s", day, b->start / 60, b->start % 60,
                              b->end / 60, b->end % 60, b->course ? b->course : b->exam);
      if (b->domain)
        g_string_append_printf (out, " %s", b->domain);
      if (b->kind == HP_BLOCK_REVIEW)
        g_string_append (out, " review");
      if (b->done)
        g_string_append (out, " done");
      if (g_date_valid (&b->moved_date))
        {
          g_autofree char *was = hp_date_to_string (&b->moved_date);
          g_string_append_printf (out, " moved from %s %02u:%02u", was, b->moved_start / 60,
                                  b->moved_start % 60);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

#define WEEKDAYS_1800_2100 \
  "<availability day=\"mon\" start=\"18:00\" end=\"21:00\"/>" \
  "<availability day=\"tue\" start=\"18:00\" end=\"21:00\"/>" \
  "<availability day=\"wed\" start=\"18:00\" end=\"21:00\"/>" \
  "<availability day=\"thu\" start=\"18:00\" end=\"21:00\"/>" \
  "<availability day=\"fri\" start=\"18:00\" end=\"21:00\"/>"

/* docs/schedule.md, example 1.  HIT 110 has 3 credits: 2 h x 3 = 6 h = 360
 * min a week, all 7 days of the week in the window, so 360 min: sessions of
 * at most 120 min, ceil(360 / 120) = 3 of 120.  Each goes to a day without
 * HIT 110 yet, the least-loaded first, the earliest on a tie: Mon, Tue, Wed,
 * each at the start of the evening. */
static void
test_one_course (void)
{
  g_autoptr(HpPlan) plan = plan_from (
    "<term season=\"fall\" year=\"2026\"><course code=\"HIT 110\" status=\"in-progress\" credits=\"3\"/></term>"
    WEEKDAYS_1800_2100);
  g_autoptr(HpScheduleResult) r = generate (plan, NULL, "2026-11-30", 8, 0, "2026-11-30", "2026-12-06");
  g_autofree char *got = describe_blocks (G_LIST_MODEL (r->blocks));

  g_assert_cmpstr (got, ==,
                   "2026-11-30 18:00-20:00 HIT 110\n"
                   "2026-12-01 18:00-20:00 HIT 110\n"
                   "2026-12-02 18:00-20:00 HIT 110\n");
  g_assert_cmpuint (r->minutes_asked, ==, 360);
  g_assert_cmpuint (r->minutes_placed, ==, 360);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (r->unplaced)), ==, 0);
}

/* A full week.  HIT 110 (3 cr, 360 min: 3 x 120) and HIT 120 (2 cr, 240:
 * 2 x 120), only Mon and Wed 18:00-22:00 free, 240 min a day at most, 15 min
 * between sessions.  Turns: 110, 120, 110, 120, 110.
 *  110 #1: Mon 18:00-20:00.
 *  120 #1: days without 120, least loaded: Tue (nothing free) .. Wed 18:00-20:00.
 *  110 #2: Wed has no 110 yet: 20:15 is the first start after the gap, and
 *          120 min do not fit before 22:00; nor on Mon; the longest piece
 *          that fits is 105: Wed 20:15-22:00; the 15 min left are less than
 *          a session: not placed.
 *  120 #2: Mon (no 120 there): 20:15-22:00 for 105; 15 not placed.
 *  110 #3: Mon and Wed have 15 min of their 240 left: 120 not placed.
 * Not placed: HIT 110 135 min, HIT 120 15 min; 30 min are still free
 * (20:00-20:15 on both days), fewer than asked. */
static void
test_full_week (void)
{
  g_autoptr(HpPlan) plan = plan_from (
    "<term season=\"fall\" year=\"2026\">"
    "<course code=\"HIT 110\" status=\"in-progress\" credits=\"3\"/>"
    "<course code=\"HIT 120\" status=\"planned\" credits=\"2\"/></term>"
    "<availability day=\"mon\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"wed\" start=\"18:00\" end=\"22:00\"/>");
  g_autoptr(HpScheduleResult) r = generate (plan, NULL, "2026-11-30", 0, 0, "2026-11-30", "2026-12-06");
  g_autofree char *got = describe_blocks (G_LIST_MODEL (r->blocks));
  g_autoptr(HpUnscheduled) u0 = NULL;
  g_autoptr(HpUnscheduled) u1 = NULL;

  g_assert_cmpstr (got, ==,
                   "2026-11-30 18:00-20:00 HIT 110\n"
                   "2026-11-30 20:15-22:00 HIT 120\n"
                   "2026-12-02 18:00-20:00 HIT 120\n"
                   "2026-12-02 20:15-22:00 HIT 110\n");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (r->unplaced)), ==, 2);
  u0 = g_list_model_get_item (G_LIST_MODEL (r->unplaced), 0);
  u1 = g_list_model_get_item (G_LIST_MODEL (r->unplaced), 1);
  g_assert_cmpstr (u0->course, ==, "HIT 110");
  g_assert_cmpuint (u0->minutes, ==, 135);
  g_assert_cmpstr (u0->reason, ==,
                   "2 h 15 min did not fit: only 30 min of available time is left from Mon 30 Nov");
  g_assert_cmpstr (u1->course, ==, "HIT 120");
  g_assert_cmpuint (u1->minutes, ==, 15);
  g_assert_cmpuint (r->minutes_asked, ==, 600);
  g_assert_cmpuint (r->minutes_placed, ==, 450);
}

/* A week already under way: today is Thu 3 Dec at 19:00.  Mon's block was
 * done, Tue's missed, Thu's began at 18:00 and is kept as it is.
 *  missed Tue 18:00-20:00: the earliest time before Sun 6 Dec: Thu has only
 *    20:15-21:00 after the gap; Fri 18:00-20:00, "moved from 2026-12-01 18:00";
 *  reviews of Mon 30 Nov: +1 Tue (past), +3 Thu 3 Dec: 20:15-20:45 (30 min),
 *    +7, +14, +30 after the window;
 *  HIT 110 has 5 credits: 600 min a week; 4 of the week's days are left:
 *    600 x 4 / 7 = 342.9, to the quarter hour 345; already there: Thu 120 +
 *    Fri 120 + review 30 = 270; left 75: one session, on a day without
 *    HIT 110, the least loaded, the earliest: Sat 18:00-19:15. */
static void
test_week_in_progress (void)
{
  g_autoptr(HpPlan) plan = plan_from (
    "<term season=\"fall\" year=\"2026\"><course code=\"HIT 110\" status=\"in-progress\" credits=\"5\"/></term>"
    "<availability day=\"mon\" start=\"18:00\" end=\"21:00\"/>"
    "<availability day=\"tue\" start=\"18:00\" end=\"21:00\"/>"
    "<availability day=\"wed\" start=\"18:00\" end=\"21:00\"/>"
    "<availability day=\"thu\" start=\"18:00\" end=\"21:00\"/>"
    "<availability day=\"fri\" start=\"18:00\" end=\"21:00\"/>"
    "<availability day=\"sat\" start=\"18:00\" end=\"21:00\"/>"
    "<availability day=\"sun\" start=\"18:00\" end=\"21:00\"/>"
    "<schedule>"
    "<block date=\"2026-11-30\" start=\"18:00\" end=\"20:00\" course=\"HIT 110\" done=\"yes\"/>"
    "<block date=\"2026-12-01\" start=\"18:00\" end=\"20:00\" course=\"HIT 110\" uid=\"tue@test\"/>"
    "<block date=\"2026-12-03\" start=\"18:00\" end=\"20:00\" course=\"HIT 110\"/>"
    "<block date=\"2026-12-05\" start=\"09:00\" end=\"10:00\" course=\"HIT 110\"/>"
    "</schedule>");
  g_autoptr(HpScheduleResult) r = generate (plan, NULL, "2026-12-03", 19, 0, "2026-11-30", "2026-12-06");
  g_autofree char *got = describe_blocks (G_LIST_MODEL (r->blocks));
  g_autoptr(HpStudyBlock) moved = NULL;

  g_assert_cmpstr (got, ==,
                   "2026-11-30 18:00-20:00 HIT 110 done\n"
                   "2026-12-03 18:00-20:00 HIT 110\n"
                   "2026-12-03 20:15-20:45 HIT 110 review\n"
                   "2026-12-04 18:00-20:00 HIT 110 moved from 2026-12-01 18:00\n"
                   "2026-12-05 18:00-19:15 HIT 110\n");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (r->moved)), ==, 1);
  moved = g_list_model_get_item (G_LIST_MODEL (r->moved), 0);
  g_assert_cmpstr (moved->uid, ==, "tue@test");   /* the same calendar event, moved */
}

/* A week across two terms and two years: Mon 28 Dec 2026 to Sun 3 Jan 2027.
 * Fall ends on 31 December, spring starts on 1 January.  HIT 110 (fall, 3
 * cr, 360 min a week) has 4 of the days: 360 x 4/7 = 205.7 -> 210, two
 * sessions of 105 on 28 Dec to 31 Dec; HIT 120 (spring, 3 cr) has 3: 154.3
 * -> 150, two of 75 on 1 to 3 Jan.  Turns 110, 120, 110, 120, each on the
 * first least-loaded day of its own days without it: Mon 28, Fri 1, Tue 29,
 * Sat 2, all at 18:00. */
static void
test_term_change (void)
{
  g_autoptr(HpPlan) plan = plan_from (
    "<term season=\"fall\" year=\"2026\"><course code=\"HIT 110\" status=\"in-progress\" credits=\"3\"/></term>"
    "<term season=\"spring\" year=\"2027\"><course code=\"HIT 120\" status=\"planned\" credits=\"3\"/></term>"
    "<availability day=\"mon\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"tue\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"wed\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"thu\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"fri\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"sat\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"sun\" start=\"18:00\" end=\"22:00\"/>");
  g_autoptr(HpScheduleResult) r = generate (plan, NULL, "2026-12-28", 0, 0, "2026-12-28", "2027-01-03");
  g_autofree char *got = describe_blocks (G_LIST_MODEL (r->blocks));

  g_assert_cmpstr (got, ==,
                   "2026-12-28 18:00-19:45 HIT 110\n"
                   "2026-12-29 18:00-19:45 HIT 110\n"
                   "2027-01-01 18:00-19:15 HIT 120\n"
                   "2027-01-02 18:00-19:15 HIT 120\n");
  g_assert_cmpuint (r->minutes_asked, ==, 360);
  g_assert_cmpuint (r->minutes_placed, ==, 360);
}

/* Breaks and light days.  Every evening 18:00-22:00; Mon 30 Nov and Tue 1
 * Dec are a break (no study, and no share of the week), Wed 2 Dec a light
 * day of 1 h.  HIT 110 asks 9 h (course-hours): 540 min x 5 days / 7 =
 * 385.7, to the quarter hour 390; ceil(390/120) = 4 sessions: 390 / 4 = 97.5,
 * 90 each and the 30 left to the first two: 105, 105, 90, 90.
 *  #1 105: Mon, Tue (break), Wed (105 > 60) fail: Thu 18:00-19:45;
 *  #2-#4: days without HIT 110 first: Fri 18:00-19:45, Sat and Sun 18:00-19:30.
 * Then a plan free only on the light Wednesday: 1 credit, 120 min x 5/7 =
 * 85.7 -> 90 asked, pieces of 75 fail, 60 fits (18:00-19:00); the other 30
 * find the day's 1 h used. */
static void
test_breaks (void)
{
  const char *evenings =
    "<availability day=\"mon\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"tue\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"wed\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"thu\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"fri\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"sat\" start=\"18:00\" end=\"22:00\"/>"
    "<availability day=\"sun\" start=\"18:00\" end=\"22:00\"/>";
  const char *breaks =
    "<break from=\"2026-11-30\" to=\"2026-12-01\">Thanksgiving week</break>"
    "<break from=\"2026-12-02\" kind=\"light\" hours=\"1\">Family visit</break>";
  g_autofree char *body = g_strconcat (
    "<term season=\"fall\" year=\"2026\"><course code=\"HIT 110\" status=\"in-progress\" credits=\"3\"/></term>",
    evenings, breaks, "<schedule><course-hours course=\"HIT 110\" hours=\"9\"/></schedule>", NULL);
  g_autoptr(HpPlan) plan = plan_from (body);
  g_autoptr(HpScheduleResult) r = generate (plan, NULL, "2026-11-30", 0, 0, "2026-11-30", "2026-12-06");
  g_autofree char *got = describe_blocks (G_LIST_MODEL (r->blocks));
  g_autoptr(HpPlan) light = NULL;
  g_autoptr(HpScheduleResult) r2 = NULL;
  g_autofree char *got2 = NULL;
  g_autoptr(HpUnscheduled) u = NULL;

  g_assert_cmpstr (got, ==,
                   "2026-12-03 18:00-19:45 HIT 110\n"
                   "2026-12-04 18:00-19:45 HIT 110\n"
                   "2026-12-05 18:00-19:30 HIT 110\n"
                   "2026-12-06 18:00-19:30 HIT 110\n");

  g_free (body);
  body = g_strconcat (
    "<term season=\"fall\" year=\"2026\"><course code=\"HIT 110\" status=\"in-progress\" credits=\"1\"/></term>"
    "<availability day=\"wed\" start=\"18:00\" end=\"22:00\"/>", breaks, NULL);
  light = plan_from (body);
  r2 = generate (light, NULL, "2026-11-30", 0, 0, "2026-11-30", "2026-12-06");
  got2 = describe_blocks (G_LIST_MODEL (r2->blocks));
  g_assert_cmpstr (got2, ==, "2026-12-02 18:00-19:00 HIT 110\n");
  u = g_list_model_get_item (G_LIST_MODEL (r2->unplaced), 0);
  g_assert_cmpuint (u->minutes, ==, 30);
  g_assert_cmpstr (u->reason, ==,
                   "30 min did not fit: the daily maximum (4 h, less on light days) is reached "
                   "on every free day from Mon 30 Nov");
}

/* An exam on Wed 20 Jan 2027 at 6 h a week, no courses, every day 08:00-22:00.
 * Weeks left = days from the Monday to the exam / 7, rounded up; the share is
 * 1 for 4 weeks or fewer, 1/2 for 5-8, 1/4 for 9-16:
 *   Mon 30 Nov: 51 days, 8 weeks: 180 min    Mon 28 Dec: 23 days, 4 weeks: 360
 *   Mon  7 Dec: 44 days, 7 weeks: 180        Mon  4 Jan: 16, 3: 360
 *   Mon 14 Dec: 37 days, 6 weeks: 180        Mon 11 Jan:  9, 2: 360
 *   Mon 21 Dec: 30 days, 5 weeks: 180        Mon 18 Jan:  2, 1: 360 x 2/7 = 102.9 -> 105
 * (only Mon and Tue are before the exam).  With the bundled RHIT domains and
 * no practice yet, every domain's mastery is the prior 0.5, so the split
 * follows the weights: 22 (19-25), 15.5, 16 (14-18), 15.5, 15.5, 15.5 (the
 * unpublished share the 62 points left).  Each session goes to the domain
 * furthest behind its share of the time so far, counting the session:
 *   #1 90 min:  rhit-1 (0.22 x 90 = 19.8 is the most)
 *   #2 90: shares of 180: rhit-1 39.6 - 90 < rhit-3 28.8 > rhit-2 27.9: rhit-3
 *   #3: of 270: rhit-2 41.85 (ties with 4, 5, 6: the first)
 *   #4: rhit-4, #5: rhit-5, #6: rhit-6, #7: of 630 rhit-1 138.6 - 90 = 48.6: rhit-1
 *   #8: of 720: rhit-3 115.2 - 90 = 25.2 > rhit-2 111.6 - 90 = 21.6: rhit-3 */
static void
test_exam_ramp (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  GString *body = g_string_new ("<exam credential=\"RHIT\" date=\"2027-01-20\" hours-per-week=\"6\"/>");
  const char *days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
  static const guint expected[] = { 180, 180, 180, 180, 360, 360, 360, 105 };
  static const char *domains[] = { "rhit-1", "rhit-3", "rhit-2", "rhit-4", "rhit-5", "rhit-6",
                                   "rhit-1", "rhit-3" };
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpScheduleResult) r = NULL;
  guint week_minutes[8] = { 0 };
  GListModel *blocks;
  GDate first;

  for (guint i = 0; i < 7; i++)
    g_string_append_printf (body, "<availability day=\"%s\" start=\"08:00\" end=\"22:00\"/>", days[i]);
  plan = plan_from (body->str);
  g_string_free (body, TRUE);
  r = generate (plan, catalog, "2026-11-30", 0, 0, "2026-11-30", "2027-01-31");
  blocks = G_LIST_MODEL (r->blocks);
  set_date (&first, "2026-11-30");
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (blocks, i);
      guint week = g_date_days_between (&first, &b->date) / 7;

      g_assert_cmpstr (b->exam, ==, "RHIT");
      g_assert_cmpuint (week, <, 8);
      week_minutes[week] += b->end - b->start;
      if (i < G_N_ELEMENTS (domains))
        {
          g_assert_cmpuint (b->end - b->start, ==, 90);
          g_assert_cmpstr (b->domain, ==, domains[i]);
        }
    }
  for (guint w = 0; w < 8; w++)
    g_assert_cmpuint (week_minutes[w], ==, expected[w]);
}

/* Generated inputs: whatever the availability, commitments, courses and
 * rules, blocks never overlap (nor come closer than the gap), lie inside
 * availability and outside commitments, keep to the daily maximum, add up to
 * what was asked less what was reported unplaced, and the same input gives
 * the same schedule. */
static gboolean
slot_covers (GListModel   *slots,
             HpStudyBlock *b)
{
  guint weekday = g_date_get_weekday (&b->date) - 1;

  /* every minute in one of the day's slots (slots may overlap or touch) */
  for (guint m = b->start; m < b->end; m++)
    {
      gboolean in = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (slots) && !in; i++)
        {
          g_autoptr(HpTimeSlot) s = g_list_model_get_item (slots, i);
          in = s->day == weekday && s->start <= m && m < s->end;
        }
      if (!in)
        return FALSE;
    }
  return TRUE;
}

static gboolean
slot_touches (GListModel   *slots,
              HpStudyBlock *b)
{
  guint weekday = g_date_get_weekday (&b->date) - 1;

  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(HpTimeSlot) s = g_list_model_get_item (slots, i);
      if (s->day == weekday && s->start < b->end && b->start < s->end)
        return TRUE;
    }
  return FALSE;
}

static void
test_generated (void)
{
  for (guint seed = 1; seed <= 200; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(HpPlan) plan = hp_plan_new ();
      g_autoptr(HpPlanTerm) term = hp_plan_term_new (HP_TERM_KEY (2027, HP_SEASON_SPRING));
      g_autoptr(HpScheduleResult) r = NULL;
      g_autoptr(HpScheduleResult) again = NULL;
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      GListModel *blocks;
      guint n_courses = g_rand_int_range (rand, 1, 6), unplaced = 0, total = 0;

      plan->rules.min_session = 15 * g_rand_int_range (rand, 2, 5);
      plan->rules.max_session = plan->rules.min_session + 15 * g_rand_int_range (rand, 0, 8);
      plan->rules.gap = 5 * g_rand_int_range (rand, 0, 7);
      plan->rules.daily_max = 60 * g_rand_int_range (rand, 1, 9);
      for (guint i = 0; i < n_courses; i++)
        {
          g_autofree char *code = g_strdup_printf ("C %u", 100 + i);
          g_autoptr(HpPlanEntry) e = hp_plan_entry_new (code, HP_STATUS_PLANNED);

          e->credits = g_rand_int_range (rand, 1, 5);
          g_list_store_append (term->entries, e);
        }
      g_list_store_append (plan->terms, term);
      for (guint d = 0; d < 7; d++)
        for (guint k = g_rand_int_range (rand, 0, 3); k > 0; k--)
          {
            guint start = 5 * g_rand_int_range (rand, 6 * 12, 20 * 12);
            guint end = MIN (start + 5 * g_rand_int_range (rand, 6, 72), 24 * 60);
            g_autoptr(HpTimeSlot) s = hp_time_slot_new (d, start, end);
            g_list_store_append (plan->availability, s);
            if (g_rand_boolean (rand))
              {
                guint cs = start + 5 * g_rand_int_range (rand, 0, 24);
                g_autoptr(HpTimeSlot) c = hp_time_slot_new (d, cs, MIN (cs + 60, 24 * 60));
                g_list_store_append (plan->commitments, c);
              }
          }

      /* four whole weeks of the spring term, from a Monday */
      r = generate (plan, NULL, "2027-02-01", 0, 0, "2027-02-01", "2027-02-28");
      again = generate (plan, NULL, "2027-02-01", 0, 0, "2027-02-01", "2027-02-28");
      a = describe_blocks (G_LIST_MODEL (r->blocks));
      b = describe_blocks (G_LIST_MODEL (again->blocks));
      g_assert_cmpstr (a, ==, b);

      blocks = G_LIST_MODEL (r->blocks);
      for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
        {
          g_autoptr(HpStudyBlock) x = g_list_model_get_item (blocks, i);
          guint day_total = 0;

          g_assert_true (slot_covers (G_LIST_MODEL (plan->availability), x));
          g_assert_false (slot_touches (G_LIST_MODEL (plan->commitments), x));
          g_assert_cmpuint (x->end - x->start, >=, plan->rules.min_session);
          g_assert_cmpuint (x->end - x->start, <=, plan->rules.max_session);
          total += x->end - x->start;
          for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
            {
              g_autoptr(HpStudyBlock) y = g_list_model_get_item (blocks, j);

              if (g_date_compare (&x->date, &y->date) != 0)
                continue;
              day_total += y->end - y->start;
              if (i != j)
                g_assert_true (x->end + plan->rules.gap <= y->start ||
                               y->end + plan->rules.gap <= x->start);
            }
          g_assert_cmpuint (day_total, <=, plan->rules.daily_max);
        }
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (r->unplaced)); i++)
        {
          g_autoptr(HpUnscheduled) u = g_list_model_get_item (G_LIST_MODEL (r->unplaced), i);
          unplaced += u->minutes;
          g_assert_nonnull (u->reason);
        }
      /* weekly hours are whole hours here, so every session is a whole one */
      g_assert_cmpuint (total, ==, r->minutes_placed);
      g_assert_cmpuint (r->minutes_asked, ==, r->minutes_placed + unplaced);
    }
}

/* The file keeps the schedule: rules, course hours, breaks, commitments and
 * blocks read back as written. */
static void
test_round_trip (void)
{
  g_autoptr(HpPlan) plan = plan_from (
    "<commitment day=\"tue\" start=\"09:00\" end=\"12:00\" title=\"Work shift\"/>"
    "<break from=\"2026-12-21\" to=\"2027-01-03\">Winter break</break>"
    "<break from=\"2026-12-31\" kind=\"light\" hours=\"1.5\"/>"
    "<schedule hours-per-credit=\"2.5\" min-session=\"45\" max-session=\"90\" gap=\"10\" daily-max=\"300\">"
    "<course-hours course=\"HIT 110\" hours=\"4\"/>"
    "<block date=\"2026-12-01\" start=\"18:00\" end=\"19:30\" exam=\"RHIT\" domain=\"rhit-2\" kind=\"review\" "
    "done=\"yes\" pinned=\"yes\" moved-from=\"2026-11-30 18:00\" uid=\"a@b\">Chapter 4, flash cards</block>"
    "</schedule>");
  g_autoptr(GBytes) bytes = hp_plan_to_bytes (plan);
  g_autoptr(HpPlan) back = hp_plan_load_bytes (bytes, "again", NULL);
  g_autoptr(HpStudyBlock) b = g_list_model_get_item (G_LIST_MODEL (plan->blocks), 0);

  g_assert_nonnull (back);
  g_assert_true (hp_plan_equal (plan, back));
  g_assert_cmpfloat (plan->rules.hours_per_credit, ==, 2.5);
  g_assert_cmpuint (plan->rules.min_session, ==, 45);
  g_assert_cmpfloat (hp_plan_course_hours (plan, "HIT 110", 3), ==, 4);
  g_assert_cmpfloat (hp_plan_course_hours (plan, "HIT 120", 3), ==, 7.5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (back->breaks)), ==, 2);
  g_assert_true (b->done && b->pinned && b->kind == HP_BLOCK_REVIEW);
  g_assert_cmpuint (b->moved_start, ==, 18 * 60);
  g_assert_cmpstr (b->note, ==, "Chapter 4, flash cards");
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "format=\"4\""));
}

/* Bad schedules are refused with their place. */
static void
test_bad (void)
{
  static const struct { const char *body, *message; } cases[] = {
    { "<schedule><block date=\"2026-12-01\" start=\"18:00\" end=\"19:00\"/></schedule>",
      "test.hitplan:1:" },
    { "<schedule><block date=\"2026-12-01\" start=\"19:00\" end=\"18:00\" course=\"A\"/></schedule>",
      "the time ends before it starts" },
    { "<schedule max-session=\"20\" min-session=\"30\"/>", "the longest session is shorter" },
    { "<break from=\"2026-12-02\" to=\"2026-12-01\"/>", "the break ends before it starts" },
    { "<break from=\"2026-12-02\" kind=\"party\"/>", "not a kind of break" },
    { "<schedule><block date=\"2026-12-01\" start=\"18:00\" end=\"19:00\" course=\"A\" moved-from=\"yesterday\"/></schedule>",
      "not a date and time" },
    { "<schedule/><schedule/>", "<schedule>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (PLAN_HEAD, cases[i].body, "</plan>", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = hp_plan_load_bytes (bytes, "test.hitplan", &error);

      g_assert_null (plan);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/one-course", test_one_course);
  g_test_add_func ("/schedule/full-week", test_full_week);
  g_test_add_func ("/schedule/week-in-progress", test_week_in_progress);
  g_test_add_func ("/schedule/breaks", test_breaks);
  g_test_add_func ("/schedule/term-change", test_term_change);
  g_test_add_func ("/schedule/exam-ramp", test_exam_ramp);
  g_test_add_func ("/schedule/generated", test_generated);
  g_test_add_func ("/schedule/round-trip", test_round_trip);
  g_test_add_func ("/schedule/bad", test_bad);
  return g_test_run ();
}
