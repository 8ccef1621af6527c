/* hp-schedule.c: the study schedule generator
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/schedule.md explains the method in words, with worked examples that
 * tests/unit/test-schedule.c reproduces.  In short, for the days from today
 * (or @from) to @to:
 *  1. each day's free time is its weekly availability less commitments,
 *     fixed weekly study time, breaks and, today, the time already gone;
 *  2. blocks the student finished, placed by hand or that moved before are
 *     kept; the other future blocks are made again;
 *  3. blocks missed this week or last move to the earliest free time before
 *     their week ends (exam blocks: before the exam);
 *  4. each finished block gets reviews 1, 3, 7, 14 and 30 days later (the
 *     first day back when that is a day off);
 *  5. each week, each course of the term gets its weekly hours and each
 *     exam its hours (more as the exam nears), less what is already there,
 *     in sessions spread over the days with the least study.
 * Nothing here reads the clock: "now" is an argument.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hp-readiness.h"
#include "hp-record.h"
#include "hp-schedule.h"

#define DAY_MINUTES 1440
#define STEP        15   /* sessions start and last in quarter hours */

static const guint review_days[] = { 1, 3, 7, 14, 30 };

HP_DEFINE_RECORD (HpUnscheduled, hp_unscheduled,
                  g_free (self->course); g_free (self->exam); g_free (self->domain);
                  g_free (self->reason))
HP_DEFINE_RECORD (HpScheduleResult, hp_schedule_result,
                  g_clear_object (&self->blocks); g_clear_object (&self->moved);
                  g_clear_object (&self->unplaced))

static void
hp_unscheduled_init (HpUnscheduled *self)
{
  g_date_clear (&self->week, 1);
}

static void
hp_schedule_result_init (HpScheduleResult *self)
{
  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  self->blocks = g_list_store_new (HP_TYPE_STUDY_BLOCK);
  self->moved = g_list_store_new (HP_TYPE_STUDY_BLOCK);
  self->unplaced = g_list_store_new (HP_TYPE_UNSCHEDULED);
}

/* Dates and words ------------------------------------------------------------ */

/* The Monday of @date's week. */
void
hp_date_week_start (const GDate *date,
                    GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

/* "2 h", "1 h 30 min", "45 min" */
char *
hp_minutes_format (guint minutes)
{
  if (minutes < 60)
    return g_strdup_printf (_("%u min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%u h"), minutes / 60);
  return g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);
}

static char *
format_day (const GDate *date)
{
  char text[64];

  /* TRANSLATORS: a day in a sentence, as in "Mon 30 Nov"; see strftime(3) */
  if (g_date_strftime (text, sizeof text, C_("schedule day", "%a %-d %b"), date) == 0)
    return hp_date_to_string (date);
  return g_strdup (text);
}

static HpCredential *
find_credential (HpCatalog  *catalog,
                 const char *id)
{
  return catalog != NULL && id != NULL ? hp_catalog_find_credential (catalog, id) : NULL;
}

static const char *
domain_title (HpCredential *credential,
              const char   *domain)
{
  for (guint i = 0; credential != NULL && domain != NULL && i < credential->domains->len; i++)
    {
      HpExamDomain *d = g_ptr_array_index (credential->domains, i);

      if (g_strcmp0 (d->id, domain) == 0)
        return d->title;
    }
  return domain;
}

/* What a block is, in a line: a calendar event's title. */
char *
hp_study_block_describe (HpStudyBlock *block,
                         HpPlan       *plan,
                         HpCatalog    *catalog)
{
  gboolean review = block->kind == HP_BLOCK_REVIEW;

  g_return_val_if_fail (HP_IS_STUDY_BLOCK (block), NULL);

  if (block->course != NULL)
    {
      HpCourse *course = catalog ? hp_catalog_find_course (catalog, block->course) : NULL;

      if (course != NULL && course->title != NULL)
        return review ? g_strdup_printf (_("Review: %s %s"), course->code, course->title)
                      : g_strdup_printf (_("Study: %s %s"), course->code, course->title);
      return review ? g_strdup_printf (_("Review: %s"), block->course)
                    : g_strdup_printf (_("Study: %s"), block->course);
    }
  else
    {
      HpCredential *credential = find_credential (catalog, block->exam);
      const char *title = domain_title (credential, block->domain);

      if (title != NULL)
        return review ? g_strdup_printf (_("%s exam review: %s"), block->exam, title)
                      : g_strdup_printf (_("%s exam: %s"), block->exam, title);
      return review ? g_strdup_printf (_("%s exam review"), block->exam)
                    : g_strdup_printf (_("%s exam"), block->exam);
    }
}

/* The days a schedule covers when none are given: the rest of the term
 * the plan has today in, else 16 weeks from today. */
void
hp_schedule_default_range (HpPlan      *plan,
                           const GDate *today,
                           GDate       *from,
                           GDate       *to)
{
  HpTermKey key = hp_term_key_for_date (today);
  HpPlanTerm *term = hp_plan_find_term (plan, key);

  if (term != NULL && g_list_model_get_n_items (G_LIST_MODEL (term->entries)) > 0)
    {
      hp_term_key_start_date (key, from);
      hp_term_key_end_date (key, to);
      return;
    }
  *from = *today;
  *to = *today;
  g_date_add_days (to, HP_SCHEDULE_DEFAULT_WEEKS * 7 - 1);
}

/* The generator's state --------------------------------------------------------- */

typedef struct
{
  GDate      date;
  guint8     free[DAY_MINUTES];       /* 1: the student may study this minute */
  guint16    prefix[DAY_MINUTES + 1]; /* free minutes before each minute */
  guint      cap;                     /* the most study minutes this day */
  guint      used;                    /* study minutes placed or kept */
  guint      free_at_start;           /* free minutes before anything was placed */
  gboolean   off;                     /* a break: no study, and no share of the week's hours */
  GPtrArray *blocks;                  /* of HpStudyBlock* (borrowed): study on this day */
} Day;

/* An exam's domains and how much of its time each has had. */
typedef struct
{
  HpExamTarget *exam;
  guint         n;
  char        **ids;       /* NULL entries: the whole exam */
  double       *priority;  /* weight x weakness, summing to 1 */
  double       *assigned;  /* minutes given so far */
  double        total;
} ExamState;

typedef struct
{
  HpPlan           *plan;
  HpCatalog        *catalog;
  HpScheduleRules   rules;
  GDate             today;
  guint             now;       /* minutes of today already gone */
  GDate             start, end;
  guint             n_days;
  Day              *days;
  GPtrArray        *out;       /* of HpStudyBlock* (owned): the result's blocks */
  GPtrArray        *fixed;     /* of HpStudyBlock* (owned): weekly study time, as blocks */
  GHashTable       *counted;   /* "subject|monday julian" -> minutes already there that week */
  GArray           *exams;     /* of ExamState */
  HpScheduleResult *result;
} Gen;

static Day *
gen_day (Gen         *gen,
         const GDate *date)
{
  guint32 j = g_date_get_julian (date), s = g_date_get_julian (&gen->start);

  if (g_date_compare (date, &gen->start) < 0 || j - s >= gen->n_days)
    return NULL;
  return &gen->days[j - s];
}

static void
day_update_prefix (Day *day)
{
  day->prefix[0] = 0;
  for (guint m = 0; m < DAY_MINUTES; m++)
    day->prefix[m + 1] = day->prefix[m] + day->free[m];
}

static void
day_mark (Day   *day,
          guint  start,
          guint  end,
          guint8 value)
{
  end = MIN (end, DAY_MINUTES);
  if (start < end)
    memset (day->free + start, value, end - start);
}

static const char *
subject_of (HpStudyBlock *block)
{
  return block->course != NULL ? block->course : block->exam;
}

static char *
count_key (const char  *subject,
           const GDate *date)
{
  GDate monday;

  hp_date_week_start (date, &monday);
  return g_strdup_printf ("%s|%u", subject, g_date_get_julian (&monday));
}

static void
count_add (Gen          *gen,
           HpStudyBlock *block)
{
  g_autofree char *key = count_key (subject_of (block), &block->date);
  guint minutes = GPOINTER_TO_UINT (g_hash_table_lookup (gen->counted, key));

  minutes += block->end - block->start;
  g_hash_table_insert (gen->counted, g_steal_pointer (&key), GUINT_TO_POINTER (minutes));
}

static guint
count_get (Gen         *gen,
           const char  *subject,
           const GDate *date)
{
  g_autofree char *key = count_key (subject, date);

  return GPOINTER_TO_UINT (g_hash_table_lookup (gen->counted, key));
}

/* Puts @block (owned by gen->out or gen->fixed) on its day. */
static void
day_occupy (Day          *day,
            HpStudyBlock *block)
{
  day_mark (day, block->start, block->end, 0);
  day_update_prefix (day);
  day->used += block->end - block->start;
  g_ptr_array_add (day->blocks, block);
}

static gboolean
fits (Gen   *gen,
      Day   *day,
      guint  start,
      guint  length)
{
  guint end = start + length;

  if (end > DAY_MINUTES || day->used + length > day->cap ||
      (guint) (day->prefix[end] - day->prefix[start]) != length)
    return FALSE;
  for (guint i = 0; i < day->blocks->len; i++)
    {
      HpStudyBlock *b = g_ptr_array_index (day->blocks, i);

      if (start < b->end + gen->rules.gap && b->start < end + gen->rules.gap)
        return FALSE;
    }
  return TRUE;
}

/* The earliest quarter hour @length minutes fit on @day, or -1. */
static int
earliest_start (Gen  *gen,
                Day  *day,
                guint length)
{
  if (day->used + length > day->cap)
    return -1;
  for (guint t = 0; t + length <= DAY_MINUTES; t += STEP)
    if (day->free[t] && fits (gen, day, t, length))
      return t;
  return -1;
}

static HpStudyBlock *
place (Gen         *gen,
       Day         *day,
       guint        start,
       guint        length,
       const char  *course,
       const char  *exam,
       const char  *domain,
       HpBlockKind  kind)
{
  HpStudyBlock *block = hp_study_block_new (&day->date, start, start + length);

  block->course = g_strdup (course);
  block->exam = g_strdup (exam);
  block->domain = g_strdup (domain);
  block->kind = kind;
  block->uid = hp_study_block_make_uid (block);
  g_ptr_array_add (gen->out, block);
  day_occupy (day, block);
  count_add (gen, block);
  return block;
}

static void
add_unplaced (Gen            *gen,
              HpUnscheduledKind  kind,
              const char     *course,
              const char     *exam,
              const char     *domain,
              guint           minutes,
              const GDate    *date,
              char           *reason)
{
  g_autoptr(HpUnscheduled) u = g_object_new (HP_TYPE_UNSCHEDULED, NULL);

  u->kind = kind;
  u->course = g_strdup (course);
  u->exam = g_strdup (exam);
  u->domain = g_strdup (domain);
  u->minutes = minutes;
  hp_date_week_start (date, &u->week);
  u->reason = reason;
  g_list_store_append (gen->result->unplaced, u);
}

/* Step 1: free time -------------------------------------------------------------- */

static void
mark_slots (GListModel *slots,
            Day        *day,
            guint       weekday,
            guint8      value)
{
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(HpTimeSlot) slot = g_list_model_get_item (slots, i);

      if (slot->day == weekday)
        day_mark (day, slot->start, slot->end, value);
    }
}

static void
init_days (Gen *gen)
{
  HpPlan *plan = gen->plan;

  gen->n_days = g_date_days_between (&gen->start, &gen->end) + 1;
  gen->days = g_new0 (Day, gen->n_days);
  for (guint i = 0; i < gen->n_days; i++)
    {
      Day *day = &gen->days[i];
      guint weekday;

      day->date = gen->start;
      g_date_add_days (&day->date, i);
      weekday = g_date_get_weekday (&day->date) - G_DATE_MONDAY;
      day->cap = gen->rules.daily_max;
      day->blocks = g_ptr_array_new ();

      mark_slots (G_LIST_MODEL (plan->availability), day, weekday, 1);
      mark_slots (G_LIST_MODEL (plan->commitments), day, weekday, 0);
      if (g_date_compare (&day->date, &gen->today) == 0)
        day_mark (day, 0, gen->now, 0);
      for (guint b = 0; b < g_list_model_get_n_items (G_LIST_MODEL (plan->breaks)); b++)
        {
          g_autoptr(HpBreak) brk = g_list_model_get_item (G_LIST_MODEL (plan->breaks), b);

          if (g_date_compare (&day->date, &brk->from) < 0 ||
              g_date_compare (&day->date, &brk->to) > 0)
            continue;
          if (brk->light)
            day->cap = MIN (day->cap, (guint) (brk->hours * 60));
          else
            day->off = TRUE;
        }
      if (day->off)
        day->cap = 0;
      if (day->cap == 0)
        day_mark (day, 0, DAY_MINUTES, 0);
      day_update_prefix (day);

      /* the student's fixed weekly study time is study like any other */
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (plan->study_blocks)); s++)
        {
          g_autoptr(HpTimeSlot) slot = g_list_model_get_item (G_LIST_MODEL (plan->study_blocks), s);
          HpStudyBlock *block;

          if (slot->day != weekday || day->cap == 0 ||
              (slot->course == NULL && slot->exam == NULL))
            continue;
          block = hp_study_block_new (&day->date, slot->start, slot->end);
          block->course = g_strdup (slot->course);
          block->exam = slot->course ? NULL : g_strdup (slot->exam);
          g_ptr_array_add (gen->fixed, block);
          day_occupy (day, block);
          count_add (gen, block);
        }
      day->free_at_start = day->prefix[DAY_MINUTES];
    }
}

/* Step 2: what stays, what is made again, what was missed ---------------------------- */

static gboolean
block_missed (Gen          *gen,
              HpStudyBlock *block)
{
  int c = g_date_compare (&block->date, &gen->today);

  return !block->done && (c < 0 || (c == 0 && block->end <= gen->now));
}

static void deadline_of (Gen *gen, HpStudyBlock *block, GDate *deadline);

/* Whether a missed block's hours can still move into the days made: a
 * schedule made from a later day leaves it where it is. */
static gboolean
deadline_ahead (Gen          *gen,
                HpStudyBlock *block)
{
  GDate deadline;

  deadline_of (gen, block, &deadline);
  return g_date_compare (&deadline, &gen->start) >= 0;
}

static GPtrArray *
sort_existing (Gen *gen)
{
  GListModel *blocks = G_LIST_MODEL (gen->plan->blocks);
  g_autoptr(GPtrArray) missed = g_ptr_array_new_with_free_func (g_object_unref);
  GDate last_week;

  hp_date_week_start (&gen->today, &last_week);
  g_date_subtract_days (&last_week, 7);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) block = g_list_model_get_item (blocks, i);
      gboolean inside = g_date_compare (&block->date, &gen->start) >= 0 &&
                        g_date_compare (&block->date, &gen->end) <= 0;

      if (block_missed (gen, block) && g_date_compare (&block->date, &last_week) >= 0 &&
          g_date_compare (&block->date, &gen->end) <= 0 && deadline_ahead (gen, block))
        g_ptr_array_add (missed, hp_study_block_copy (block));
      else if (!inside || block_missed (gen, block))
        g_ptr_array_add (gen->out, hp_study_block_copy (block));
      else if (block->done || block->pinned || g_date_valid (&block->moved_date) ||
               (g_date_compare (&block->date, &gen->today) == 0 && block->start < gen->now))
        /* finished, placed by hand, moved before, or under way: kept */
        {
          HpStudyBlock *kept = hp_study_block_copy (block);
          Day *day = gen_day (gen, &kept->date);

          g_ptr_array_add (gen->out, kept);
          day_occupy (day, kept);
          count_add (gen, kept);
        }
      /* else: a future block the generator made: made again below */
    }
  return g_steal_pointer (&missed);
}

/* Step 3: missed blocks move ------------------------------------------------------- */

static void
deadline_of (Gen          *gen,
             HpStudyBlock *block,
             GDate        *deadline)
{
  if (block->exam != NULL)
    {
      HpExamTarget *exam = hp_plan_find_exam (gen->plan, block->exam, NULL);

      *deadline = gen->end;
      if (exam != NULL && g_date_valid (&exam->date))
        {
          *deadline = exam->date;
          g_date_subtract_days (deadline, 1);
        }
    }
  else
    {
      GDate this_week;

      hp_date_week_start (&block->date, deadline);
      hp_date_week_start (&gen->today, &this_week);
      if (g_date_compare (deadline, &this_week) < 0)
        *deadline = this_week;
      g_date_add_days (deadline, 6);
    }
  if (g_date_compare (deadline, &gen->end) > 0)
    *deadline = gen->end;
}

static void
move_missed (Gen       *gen,
             GPtrArray *missed)
{
  for (guint i = 0; i < missed->len; i++)
    {
      HpStudyBlock *old = g_ptr_array_index (missed, i);
      guint left = old->end - old->start;
      gboolean first = TRUE;
      GDate deadline;

      deadline_of (gen, old, &deadline);
      /* the whole block at the earliest time it fits; else the longest
       * pieces that fit, earliest first */
      for (guint length = left; left > 0 && length >= MIN (left, gen->rules.min_session);)
        {
          gboolean placed = FALSE;

          for (guint d = 0; d < gen->n_days && !placed; d++)
            {
              Day *day = &gen->days[d];
              HpStudyBlock *moved;
              int t;

              if (g_date_compare (&day->date, &deadline) > 0)
                break;
              if ((t = earliest_start (gen, day, length)) < 0)
                continue;
              moved = place (gen, day, t, length, old->course, old->exam, old->domain, old->kind);
              moved->moved_date = g_date_valid (&old->moved_date) ? old->moved_date : old->date;
              moved->moved_start = g_date_valid (&old->moved_date) ? old->moved_start : old->start;
              if (first)
                g_free (moved->uid), moved->uid = g_strdup (old->uid);
              moved->note = g_strdup (old->note);
              g_list_store_append (gen->result->moved, moved);
              first = FALSE;
              left -= length;
              placed = TRUE;
            }
          if (!placed)
            length = length > STEP ? length - STEP : 0;
          else
            length = MIN (length, left);
        }
      if (left > 0)
        {
          g_autofree char *day = format_day (&deadline);
          g_autofree char *was = format_day (&old->date);
          g_autofree char *amount = hp_minutes_format (left);
          HpStudyBlock *kept = hp_study_block_copy (old);

          /* what found no time stays where it was, so it is never lost */
          kept->end = kept->start + left;
          g_ptr_array_add (gen->out, kept);
          add_unplaced (gen, HP_UNSCHEDULED_MISSED, old->course, old->exam, old->domain, left,
                        &old->date,
                        g_strdup_printf (_("%s missed on %s found no free time up to %s"),
                                         amount, was, day));
        }
    }
}

/* Step 4: spaced reviews ------------------------------------------------------------- */

typedef struct
{
  GDate date;
  char *course;
  char *exam;
  char *domain;
} Review;

static int
compare_reviews (gconstpointer a,
                 gconstpointer b)
{
  const Review *x = a, *y = b;
  int c;

  if ((c = g_date_compare (&x->date, &y->date)) != 0)
    return c;
  if ((c = g_strcmp0 (x->course, y->course)) != 0)
    return c;
  if ((c = g_strcmp0 (x->exam, y->exam)) != 0)
    return c;
  return g_strcmp0 (x->domain, y->domain);
}

static gboolean
has_review (Day          *day,
            const Review *r)
{
  for (guint i = 0; i < day->blocks->len; i++)
    {
      HpStudyBlock *b = g_ptr_array_index (day->blocks, i);

      if (b->kind == HP_BLOCK_REVIEW && g_strcmp0 (b->course, r->course) == 0 &&
          g_strcmp0 (b->exam, r->exam) == 0 && g_strcmp0 (b->domain, r->domain) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
place_reviews (Gen *gen)
{
  GListModel *blocks = G_LIST_MODEL (gen->plan->blocks);
  g_autoptr(GArray) reviews = g_array_new (FALSE, FALSE, sizeof (Review));

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) done = g_list_model_get_item (blocks, i);

      if (!done->done || done->kind != HP_BLOCK_STUDY)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (review_days); k++)
        {
          Review r = { done->date, done->course, done->exam, done->domain };
          gboolean duplicate = FALSE;

          g_date_add_days (&r.date, review_days[k]);
          /* a review due on a day off waits for the first day back */
          while (gen_day (gen, &r.date) != NULL && gen_day (gen, &r.date)->off)
            g_date_add_days (&r.date, 1);
          if (gen_day (gen, &r.date) == NULL)
            continue;
          for (guint j = 0; j < reviews->len && !duplicate; j++)
            duplicate = compare_reviews (&g_array_index (reviews, Review, j), &r) == 0;
          if (!duplicate)
            g_array_append_val (reviews, r);
        }
    }
  g_array_sort (reviews, compare_reviews);

  for (guint i = 0; i < reviews->len; i++)
    {
      Review *r = &g_array_index (reviews, Review, i);
      guint length = gen->rules.min_session;
      gboolean placed = FALSE;

      for (guint k = 0; k < 2 && !placed; k++)
        {
          GDate date = r->date;
          Day *day;
          int t;

          g_date_add_days (&date, k);
          if ((day = gen_day (gen, &date)) == NULL)
            break;
          if (has_review (day, r))
            placed = TRUE;
          else if ((t = earliest_start (gen, day, length)) >= 0)
            {
              place (gen, day, t, length, r->course, r->exam, r->domain, HP_BLOCK_REVIEW);
              placed = TRUE;
            }
        }
      if (!placed)
        {
          g_autofree char *day = format_day (&r->date);

          add_unplaced (gen, HP_UNSCHEDULED_REVIEW, r->course, r->exam, r->domain, length, &r->date,
                        g_strdup_printf (_("no free time for a review on %s or the day after"),
                                         day));
        }
    }
}

/* Step 5: weekly hours ---------------------------------------------------------------- */

typedef struct
{
  const char *course;     /* a course, or */
  ExamState  *exam;       /* an exam */
  GDate       first, last;  /* its days in the week */
  guint       need;       /* minutes still to place */
  GArray     *sessions;   /* of guint: lengths */
  guint       unplaced;
} Subject;

static guint
round_quarter (double minutes)
{
  return (guint) floor (minutes / STEP + 0.5) * STEP;
}

/* *@minutes as sessions no longer than the longest and no shorter than the
 * shortest, in quarter hours, the longer first.  When no such cut exists
 * (45 minutes with sessions of 30 to 40), *@minutes grows to whole shortest
 * sessions: a little more study rather than a session out of bounds. */
static GArray *
split_sessions (const HpScheduleRules *rules,
                guint                 *minutes)
{
  GArray *sessions = g_array_new (FALSE, FALSE, sizeof (guint));
  guint k, base, extra, total = *minutes;

  if (total == 0)
    return sessions;
  k = (total + rules->max_session - 1) / rules->max_session;
  if (total < k * rules->min_session)
    total = k * rules->min_session;
  *minutes = total;
  base = total / k / STEP * STEP;
  extra = total - base * k;     /* in quarter hours, to the first sessions */
  for (guint i = 0; i < k; i++)
    {
      guint length = base;

      if (extra >= STEP && length + STEP <= rules->max_session)
        length += STEP, extra -= STEP;
      else if (i == k - 1)
        length += extra, extra = 0;
      g_array_append_val (sessions, length);
    }
  return sessions;
}

static gboolean
day_has_subject (Day        *day,
                 const char *subject)
{
  for (guint i = 0; i < day->blocks->len; i++)
    if (g_strcmp0 (subject_of (g_ptr_array_index (day->blocks, i)), subject) == 0)
      return TRUE;
  return FALSE;
}

/* The subject's days in the order they are tried: days without this subject
 * yet, then the days with the least study, then the earlier. */
static GPtrArray *
candidate_days (Gen        *gen,
                Subject    *s,
                const char *subject)
{
  GPtrArray *days = g_ptr_array_new ();

  for (GDate d = s->first; g_date_compare (&d, &s->last) <= 0; g_date_add_days (&d, 1))
    g_ptr_array_add (days, gen_day (gen, &d));
  for (guint i = 1; i < days->len; i++)
    for (guint j = i; j > 0; j--)
      {
        Day *a = g_ptr_array_index (days, j - 1), *b = g_ptr_array_index (days, j);
        gboolean ha = day_has_subject (a, subject), hb = day_has_subject (b, subject);

        if (ha > hb || (ha == hb && a->used > b->used))
          {
            days->pdata[j - 1] = b;
            days->pdata[j] = a;
          }
        else
          break;
      }
  return days;
}

/* The domain an exam session studies: the one furthest behind its share. */
static const char *
choose_domain (ExamState *e,
               guint      length,
               guint     *index)
{
  double best = -G_MAXDOUBLE;

  *index = 0;
  for (guint i = 0; i < e->n; i++)
    {
      double owed = e->priority[i] * (e->total + length) - e->assigned[i];

      if (owed > best + 1e-9)
        {
          best = owed;
          *index = i;
        }
    }
  return e->n > 0 ? e->ids[*index] : NULL;
}

static gboolean
place_session (Gen     *gen,
               Subject *s,
               guint    length)
{
  const char *subject = s->course ? s->course : s->exam->exam->credential;
  g_autoptr(GPtrArray) days = candidate_days (gen, s, subject);
  guint domain_index = 0;
  const char *domain = s->exam ? choose_domain (s->exam, length, &domain_index) : NULL;

  for (guint i = 0; i < days->len; i++)
    {
      Day *day = g_ptr_array_index (days, i);
      int t = earliest_start (gen, day, length);

      if (t < 0)
        continue;
      place (gen, day, t, length, s->course, s->exam ? subject : NULL, domain, HP_BLOCK_STUDY);
      if (s->exam != NULL)
        {
          s->exam->assigned[domain_index] += length;
          s->exam->total += length;
        }
      return TRUE;
    }
  return FALSE;
}

static char *
unplaced_reason (Gen     *gen,
                 Subject *s,
                 guint    minutes)
{
  guint free_now = 0, free_start = 0, cap_left = 0;
  g_autofree char *week = format_day (&s->first);
  g_autofree char *amount = hp_minutes_format (minutes);

  for (GDate d = s->first; g_date_compare (&d, &s->last) <= 0; g_date_add_days (&d, 1))
    {
      Day *day = gen_day (gen, &d);

      free_start += day->free_at_start;
      free_now += day->prefix[DAY_MINUTES];
      cap_left += day->cap > day->used ? MIN (day->cap - day->used, day->prefix[DAY_MINUTES]) : 0;
    }
  if (free_start == 0)
    return g_strdup_printf (_("%s did not fit: there is no available time from %s on "
                              "(availability, commitments and breaks)"), amount, week);
  if (cap_left < gen->rules.min_session)
    {
      g_autofree char *cap = hp_minutes_format (gen->rules.daily_max);
      return g_strdup_printf (_("%s did not fit: the daily maximum (%s, less on light days) is "
                                "reached on every free day from %s"), amount, cap, week);
    }
  if (free_now < minutes)
    {
      g_autofree char *left = hp_minutes_format (free_now);
      return g_strdup_printf (_("%s did not fit: only %s of available time is left from %s"),
                              amount, left, week);
    }
  {
    g_autofree char *min = hp_minutes_format (gen->rules.min_session);
    g_autofree char *gap = hp_minutes_format (gen->rules.gap);
    return g_strdup_printf (_("%s did not fit: the time left from %s is in pieces shorter than "
                              "a %s session with %s between sessions"), amount, week, min, gap);
  }
}

static void
init_exams (Gen *gen)
{
  GListModel *exams = G_LIST_MODEL (gen->plan->exams);

  gen->exams = g_array_new (FALSE, TRUE, sizeof (ExamState));
  for (guint i = 0; i < g_list_model_get_n_items (exams); i++)
    {
      g_autoptr(HpExamTarget) exam = g_list_model_get_item (exams, i);
      HpCredential *credential = find_credential (gen->catalog, exam->credential);
      ExamState e = { exam };
      double sum = 0;

      if (!g_date_valid (&exam->date) || g_date_compare (&exam->date, &gen->start) <= 0)
        continue;
      if (credential != NULL && credential->domains->len > 0)
        {
          g_autoptr(HpReadiness) readiness = hp_readiness_new (exam, credential, &gen->today);
          GListModel *domains = G_LIST_MODEL (readiness->domains);

          e.n = g_list_model_get_n_items (domains);
          e.ids = g_new0 (char *, e.n + 1);
          e.priority = g_new0 (double, e.n);
          for (guint d = 0; d < e.n; d++)
            {
              g_autoptr(HpDomainReadiness) dr = g_list_model_get_item (domains, d);

              e.ids[d] = g_strdup (dr->id);
              e.priority[d] = dr->weight * (1 - dr->mastery);
              sum += e.priority[d];
            }
          for (guint d = 0; d < e.n; d++)
            e.priority[d] = sum > 0 ? e.priority[d] / sum : 1.0 / e.n;
        }
      e.assigned = g_new0 (double, MAX (e.n, 1));
      g_object_ref (exam);
      g_array_append_val (gen->exams, e);
    }
}

static void
exam_state_clear (ExamState *e)
{
  g_strfreev (e->ids);
  g_free (e->priority);
  g_free (e->assigned);
  g_object_unref (e->exam);
}

/* The exam's share of its weekly hours in a week whose Monday is @monday:
 * all of it in the last 4 weeks, half in weeks 5 to 8, a quarter in weeks
 * 9 to 16, nothing earlier. */
static double
exam_factor (const GDate *monday,
             const GDate *exam)
{
  int weeks = (g_date_days_between (monday, exam) + 6) / 7;

  return weeks <= 4 ? 1.0 : weeks <= 8 ? 0.5 : weeks <= 16 ? 0.25 : 0;
}

/* The subject's days within the week, and its minutes there: its weekly
 * minutes times the share of the week's days it has, days off not counted. */
static gboolean
subject_days (Gen         *gen,
              Subject     *s,
              const GDate *monday,
              const GDate *first,
              const GDate *last,
              guint        weekly)
{
  guint n;

  s->first = *first;
  s->last = *last;
  if (g_date_compare (&s->first, &s->last) > 0 || weekly == 0)
    return FALSE;
  n = 0;
  for (GDate d = s->first; g_date_compare (&d, &s->last) <= 0; g_date_add_days (&d, 1))
    n += !gen_day (gen, &d)->off;
  s->need = round_quarter (weekly * n / 7.0);
  {
    const char *subject = s->course ? s->course : s->exam->exam->credential;
    guint there = count_get (gen, subject, monday);

    s->need = s->need > there ? s->need - there : 0;
  }
  return s->need > 0;
}

static void
collect_subjects (Gen         *gen,
                  const GDate *monday,
                  const GDate *first,
                  const GDate *last,
                  GArray      *subjects)
{
  GListModel *terms = G_LIST_MODEL (gen->plan->terms);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GDate term_start, term_end, a, b;

      hp_term_key_start_date (term->key, &term_start);
      hp_term_key_end_date (term->key, &term_end);
      a = g_date_compare (first, &term_start) > 0 ? *first : term_start;
      b = g_date_compare (last, &term_end) < 0 ? *last : term_end;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (term->entries)); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (term->entries), j);
          HpCourse *course = gen->catalog ? hp_catalog_find_course (gen->catalog, entry->course)
                                          : NULL;
          double credits = entry->credits > 0 ? entry->credits : course ? course->credits : 0;
          Subject s = { entry->course };

          if (entry->status != HP_STATUS_PLANNED && entry->status != HP_STATUS_IN_PROGRESS)
            continue;
          if (subject_days (gen, &s, monday, &a, &b,
                            round_quarter (hp_plan_course_hours (gen->plan, entry->course,
                                                                 credits) * 60)))
            g_array_append_val (subjects, s);
        }
    }

  for (guint i = 0; i < gen->exams->len; i++)
    {
      ExamState *e = &g_array_index (gen->exams, ExamState, i);
      double hours = e->exam->hours_per_week > 0 ? e->exam->hours_per_week
                                                 : HP_SCHEDULE_EXAM_HOURS;
      GDate before = e->exam->date;
      Subject s = { NULL, e };

      g_date_subtract_days (&before, 1);
      if (subject_days (gen, &s, monday, first,
                        g_date_compare (last, &before) < 0 ? last : &before,
                        round_quarter (hours * 60 * exam_factor (monday, &e->exam->date))))
        g_array_append_val (subjects, s);
    }
}

static int
compare_subjects (gconstpointer a,
                  gconstpointer b)
{
  const Subject *x = a, *y = b;

  if ((x->course == NULL) != (y->course == NULL))
    return x->course == NULL ? 1 : -1;
  if (x->course != NULL)
    return strcmp (x->course, y->course);
  return g_date_compare (&x->exam->exam->date, &y->exam->exam->date);
}

static void
place_week (Gen         *gen,
            const GDate *monday)
{
  g_autoptr(GArray) subjects = g_array_new (FALSE, TRUE, sizeof (Subject));
  GDate first = *monday, last = *monday;
  guint rounds = 0;

  g_date_add_days (&last, 6);
  if (g_date_compare (&first, &gen->start) < 0)
    first = gen->start;
  if (g_date_compare (&last, &gen->end) > 0)
    last = gen->end;

  collect_subjects (gen, monday, &first, &last, subjects);
  g_array_sort (subjects, compare_subjects);
  for (guint i = 0; i < subjects->len; i++)
    {
      Subject *s = &g_array_index (subjects, Subject, i);

      s->sessions = split_sessions (&gen->rules, &s->need);
      rounds = MAX (rounds, s->sessions->len);
      gen->result->minutes_asked += s->need;
    }

  /* a session of each subject in turn, so a full week shortchanges all alike */
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < subjects->len; i++)
      {
        Subject *s = &g_array_index (subjects, Subject, i);
        guint length;

        if (r >= s->sessions->len)
          continue;
        length = g_array_index (s->sessions, guint, r);
        /* what does not fit whole is placed in the longest pieces that fit */
        while (length > 0)
          {
            guint piece = length;

            while (piece >= gen->rules.min_session && !place_session (gen, s, piece))
              piece -= STEP;
            if (piece < gen->rules.min_session)
              {
                s->unplaced += length;
                break;
              }
            length -= piece;
            if (length > 0 && length < gen->rules.min_session)
              {
                s->unplaced += length;
                break;
              }
          }
      }

  for (guint i = 0; i < subjects->len; i++)
    {
      Subject *s = &g_array_index (subjects, Subject, i);

      gen->result->minutes_placed += s->need - MIN (s->need, s->unplaced);
      if (s->unplaced > 0)
        add_unplaced (gen, HP_UNSCHEDULED_STUDY, s->course,
                      s->exam ? s->exam->exam->credential : NULL, NULL, s->unplaced, &s->first,
                      unplaced_reason (gen, s, s->unplaced));
      g_array_unref (s->sessions);
    }
}

/* The generator ------------------------------------------------------------------------ */

static int
compare_block_pointers (gconstpointer a,
                        gconstpointer b)
{
  return hp_study_block_compare (*(HpStudyBlock **) a, *(HpStudyBlock **) b);
}

/**
 * hp_schedule_generate:
 * @plan: the plan, read only
 * @catalog: (nullable): its catalog, for credits and exam domains
 * @now: the time taken as now, in the schedule's time zone
 * @from: (nullable): the first day to schedule; today when NULL or earlier
 * @to: (nullable): the last day; when NULL, the end of hp_schedule_default_range ()
 *
 * Makes the study schedule again for the days from @from to @to; the
 * result's blocks are the plan's whole schedule afterwards (the same input
 * gives the same output, to the UID).
 */
HpScheduleResult *
hp_schedule_generate (HpPlan      *plan,
                      HpCatalog   *catalog,
                      GDateTime   *now,
                      const GDate *from,
                      const GDate *to)
{
  g_autoptr(HpScheduleResult) result = g_object_new (HP_TYPE_SCHEDULE_RESULT, NULL);
  g_autoptr(GPtrArray) missed = NULL;
  Gen gen = { plan, catalog, plan->rules };
  GDate range_from, range_to, monday;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  g_date_clear (&gen.today, 1);
  g_date_set_dmy (&gen.today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  gen.now = (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now) + STEP - 1)
            / STEP * STEP;
  hp_schedule_default_range (plan, &gen.today, &range_from, &range_to);
  gen.start = from != NULL && g_date_valid (from) ? *from : range_from;
  gen.end = to != NULL && g_date_valid (to) ? *to : range_to;
  if (g_date_compare (&gen.start, &gen.today) < 0)
    gen.start = gen.today;
  gen.rules.max_session = MAX (gen.rules.max_session, gen.rules.min_session);
  gen.result = result;
  gen.out = g_ptr_array_new_with_free_func (g_object_unref);
  gen.fixed = g_ptr_array_new_with_free_func (g_object_unref);
  gen.counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  result->from = gen.start;
  result->to = gen.end;

  if (g_date_compare (&gen.start, &gen.end) > 0)
    {
      /* nothing to make: the schedule stays as it is */
      gen.end = gen.start;
      g_date_subtract_days (&gen.end, 1);
      gen.n_days = 0;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->blocks)); i++)
        g_ptr_array_add (gen.out, g_list_model_get_item (G_LIST_MODEL (plan->blocks), i));
    }
  else
    {
      init_days (&gen);
      init_exams (&gen);
      missed = sort_existing (&gen);
      move_missed (&gen, missed);
      place_reviews (&gen);
      for (hp_date_week_start (&gen.start, &monday); g_date_compare (&monday, &gen.end) <= 0;
           g_date_add_days (&monday, 7))
        place_week (&gen, &monday);

      for (guint i = 0; i < gen.exams->len; i++)
        exam_state_clear (&g_array_index (gen.exams, ExamState, i));
      g_array_unref (gen.exams);
      for (guint i = 0; i < gen.n_days; i++)
        g_ptr_array_unref (gen.days[i].blocks);
      g_free (gen.days);
    }

  g_ptr_array_sort (gen.out, compare_block_pointers);
  g_list_store_splice (result->blocks, 0, 0, gen.out->pdata, gen.out->len);
  g_ptr_array_unref (gen.out);
  g_ptr_array_unref (gen.fixed);
  g_hash_table_unref (gen.counted);
  return g_steal_pointer (&result);
}
