/* test-readiness.c: exam readiness, eligibility and continuing-education cycles, worked by hand
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hp-core.h"

static void
set_date (GDate      *date,
          const char *text)
{
  g_assert_true (hp_date_parse (text, date));
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

static HpPlan *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "sample.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_load (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static HpPracticeTest *
practice (HpExamTarget *exam,
          const char   *date)
{
  g_autoptr(HpPracticeTest) test = hp_practice_test_new ();

  set_date (&test->date, date);
  g_list_store_append (exam->tests, test);
  return test;
}

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-4)

/* The worked example of docs/readiness.md.
 *
 * Exam: domain A published at 55-65% (midpoint 60), domain B unpublished (it
 * gets the 40% the published one leaves).  Goal 70%.  Today 2026-11-27;
 * exam 2027-01-22, 56 days away; 5 hours a week: 5 x 56 / 7 = 40 hours.
 *   Test 1, 2026-10-30 (28 days ago, weight 0.5^1 = 0.5): A 12/20, B 10/20
 *   Test 2, 2026-11-27 (today, weight 1):                 A 16/20, B 11/20
 * A: correct 0.5x12 + 16 = 22 of 0.5x20 + 20 = 30: Beta(23, 9):
 *    mastery 23/32 = 0.71875; variance 23x9 / (32^2 x 33) = 0.0061257;
 *    sd 0.078267; band 1.96 x sd = 0.153404
 * B: 0.5x10 + 11 = 16 of 30: Beta(17, 15): mastery 17/32 = 0.53125;
 *    variance 17x15 / (32^2 x 33) = 0.0075462; sd 0.086869; band 0.170264
 * Projected: 0.6 x 0.71875 + 0.4 x 0.53125 = 0.64375: 64.375%
 * Band: 1.96 x sqrt(0.36 x 0.0061257 + 0.16 x 0.0075462) = 1.96 x 0.058418
 *       = 0.114500: 11.45 points; 52.9..75.8 holds 70: borderline.
 * Study time aims at 75%: need A = 60 x (0.75 - 0.71875) = 1.875,
 *   need B = 40 x (0.75 - 0.53125) = 8.75; sum 10.625.
 *   A: 40 x 1.875 / 10.625 = 7.06 -> 7 hours; B: 40 x 8.75 / 10.625 = 32.94 -> 33.
 *   B first. */
static void
test_worked_example (void)
{
  g_autoptr(HpCredential) cred = hp_credential_new ("X");
  g_autoptr(HpExamTarget) exam = hp_exam_target_new ("X");
  g_autoptr(HpReadiness) r = NULL;
  g_autoptr(HpDomainReadiness) a = NULL;
  g_autoptr(HpDomainReadiness) b = NULL;
  HpExamDomain *da = hp_exam_domain_new (), *db = hp_exam_domain_new ();
  g_autofree char *summary = NULL;
  GDate today;

  da->id = g_strdup ("A");
  da->title = g_strdup ("Domain A");
  da->weight_min = 55;
  da->weight_max = 65;
  db->id = g_strdup ("B");
  db->title = g_strdup ("Domain B");
  g_ptr_array_add (cred->domains, da);
  g_ptr_array_add (cred->domains, db);
  exam->goal = 70;
  exam->hours_per_week = 5;
  set_date (&exam->date, "2027-01-22");
  hp_practice_test_add_score (practice (exam, "2026-10-30"), "A", 12, 20);
  {
    g_autoptr(HpPracticeTest) first = g_list_model_get_item (G_LIST_MODEL (exam->tests), 0);
    g_autoptr(HpPracticeTest) second = practice (exam, "2026-11-27");

    hp_practice_test_add_score (first, "B", 10, 20);
    hp_practice_test_add_score (second, "A", 16, 20);
    hp_practice_test_add_score (second, "B", 11, 20);
    g_object_ref (second);  /* practice () returned the store's reference */
  }
  /* A score from after today does not count yet. */
  hp_practice_test_add_score (practice (exam, "2026-12-01"), "A", 0, 20);
  set_date (&today, "2026-11-27");

  r = hp_readiness_new (exam, cred, &today);
  a = g_list_model_get_item (G_LIST_MODEL (r->domains), 0);
  b = g_list_model_get_item (G_LIST_MODEL (r->domains), 1);
  g_assert_cmpint (r->days_left, ==, 56);
  assert_near (r->hours_available, 40);
  assert_near (a->weight, 60);
  g_assert_true (a->weight_published);
  assert_near (b->weight, 40);
  g_assert_false (b->weight_published);
  assert_near (a->mastery, 0.71875);
  assert_near (b->mastery, 0.53125);
  assert_near (a->band, 0.153404);
  assert_near (b->band, 0.170264);
  assert_near (a->weighted_questions, 30);
  assert_near (a->questions, 40);
  assert_near (r->projected, 64.375);
  g_assert_cmpfloat_with_epsilon (r->band, 11.4500, 1e-3);
  assert_near (r->coverage, 100);
  g_assert_cmpint (r->verdict, ==, HP_VERDICT_BORDERLINE);
  g_assert_cmpint (r->goal_source, ==, HP_GOAL_STUDENT);
  assert_near (a->need, 1.875);
  assert_near (b->need, 8.75);
  assert_near (a->hours_suggested, 7);
  assert_near (b->hours_suggested, 33);
  g_assert_true (g_ptr_array_index (r->by_need, 0) == b);
  g_assert_cmpuint (a->points->len, ==, 2);
  assert_near (g_array_index (a->points, HpScorePoint, 1).percent, 80);
  g_assert_cmpuint (r->overall->len, ==, 2);
  assert_near (g_array_index (r->overall, HpScorePoint, 0).percent, 55);
  summary = hp_readiness_summary (r);
  g_assert_cmpstr (summary, ==, "Projected 64% (likely 53% to 76%) against your goal of 70%: it "
                                "could go either way.");
}

/* No practice: no projection, a plain message; the goal falls back to the
 * body's published share (CPC: 70%), else 70% by default; an exam with no
 * published domains is one "Whole exam" domain fed by overall scores. */
static void
test_no_practice_and_goals (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  g_autoptr(HpExamTarget) exam = hp_exam_target_new ("CPC");
  g_autoptr(HpReadiness) none = NULL;
  g_autoptr(HpReadiness) some = NULL;
  g_autoptr(HpReadiness) rhit = NULL;
  g_autoptr(HpDomainReadiness) whole = NULL;
  g_autoptr(HpPracticeTest) test = hp_practice_test_new ();
  g_autoptr(HpExamTarget) rhit_exam = hp_exam_target_new ("RHIT");
  g_autofree char *summary = NULL;
  GDate today;

  set_date (&today, "2026-11-27");
  none = hp_readiness_new (exam, hp_catalog_find_credential (catalog, "CPC"), &today);
  g_assert_cmpint (none->verdict, ==, HP_VERDICT_NO_PRACTICE);
  g_assert_cmpint (none->goal_source, ==, HP_GOAL_PUBLISHED);
  g_assert_cmpfloat (none->goal, ==, 70);
  g_assert_cmpint (none->days_left, ==, -1);
  summary = hp_readiness_summary (none);
  g_assert_cmpstr (summary, ==, "No practice scores yet: log a practice test to see how close "
                                "you are to your goal of 70%.");

  /* 80 of 100 today on the whole exam: Beta(81, 21): 81/102 = 0.794118;
   * sd = sqrt(81 x 21 / (102^2 x 103)) = 0.039841; band 7.81 points:
   * 71.6..87.2, all above 70: ready. */
  set_date (&test->date, "2026-11-27");
  test->correct = 80;
  test->total = 100;
  g_list_store_append (exam->tests, test);
  some = hp_readiness_new (exam, hp_catalog_find_credential (catalog, "CPC"), &today);
  whole = g_list_model_get_item (G_LIST_MODEL (some->domains), 0);
  g_assert_null (whole->id);
  g_assert_cmpstr (whole->title, ==, "Whole exam");
  assert_near (whole->mastery, 81.0 / 102);
  g_assert_cmpfloat_with_epsilon (some->band, 7.8089, 1e-3);
  g_assert_cmpint (some->verdict, ==, HP_VERDICT_READY);

  /* RHIT: no published share, so 70% by default.  Weights: domain 1 at 22,
   * domain 3 at 16 (midpoints), the other four share 62: 15.5 each. */
  rhit = hp_readiness_new (rhit_exam, hp_catalog_find_credential (catalog, "RHIT"), &today);
  g_assert_cmpint (rhit->goal_source, ==, HP_GOAL_DEFAULT);
  g_assert_cmpfloat (rhit->goal, ==, 70);
  {
    g_autoptr(HpDomainReadiness) d1 = g_list_model_get_item (G_LIST_MODEL (rhit->domains), 0);
    g_autoptr(HpDomainReadiness) d2 = g_list_model_get_item (G_LIST_MODEL (rhit->domains), 1);
    g_autoptr(HpDomainReadiness) d3 = g_list_model_get_item (G_LIST_MODEL (rhit->domains), 2);

    assert_near (d1->weight, 22);
    assert_near (d2->weight, 15.5);
    assert_near (d3->weight, 16);
    /* Not practiced: the prior's 50%, a gap of 25 points to 75%. */
    assert_near (d2->mastery, 0.5);
    assert_near (d2->need, 15.5 * 0.25);
  }
}

/* The sample: RHIT on 2028-01-20, 6 hours a week; five tests from
 * 2026-09-18 to 2026-11-13 and four study logs.  Checked here by its
 * structure (the numbers follow the method above): domain 3 (Data
 * Analytics) is the weakest of the weighted ones, and the hours suggested
 * add up to the hours available. */
static void
test_sample (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  g_autoptr(HpPlan) plan = load_sample ();
  g_autoptr(HpExamTarget) exam = g_list_model_get_item (G_LIST_MODEL (plan->exams), 0);
  g_autoptr(HpReadiness) r = NULL;
  double hours = 0;
  GDate today;

  set_date (&today, "2026-11-27");
  r = hp_readiness_new (exam, hp_catalog_find_credential (catalog, "RHIT"), &today);
  /* 2026-11-27 to 2028-01-20: 419 days; 6 x 419 / 7 = 359.14 hours. */
  g_assert_cmpint (r->days_left, ==, 419);
  assert_near (r->hours_available, 6.0 * 419 / 7);
  for (guint i = 0; i < r->by_need->len; i++)
    hours += ((HpDomainReadiness *) g_ptr_array_index (r->by_need, i))->hours_suggested;
  g_assert_cmpfloat_with_epsilon (hours, r->hours_available, 1.5);
  g_assert_cmpstr (((HpDomainReadiness *) g_ptr_array_index (r->by_need, 0))->id, ==, "rhit-3");
  assert_near (r->coverage, 100);
  {
    g_autoptr(HpDomainReadiness) d3 = g_list_model_get_item (G_LIST_MODEL (r->domains), 2);
    g_autoptr(HpDomainReadiness) d4 = g_list_model_get_item (G_LIST_MODEL (r->domains), 3);

    assert_near (d3->hours_studied, 4);
    assert_near (d4->hours_studied, 2.5);
    g_assert_cmpuint (d3->points->len, ==, 5);
    assert_near (d3->questions, 100);
  }
}

/* Eligibility from the plan (the sample aims at the AAS, projected to
 * finish in Fall 2027, whose last day is 31 December 2027; Fall 2027 starts
 * on 15 August 2027). */
static void
test_eligibility (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  g_autoptr(HpPlan) plan = load_sample ();
  GDate today, exam;
  struct {
    const char    *credential;
    const char    *target;
    const char    *exam;
    HpEligibleWhen when;
    const char    *from;
    gboolean       too_early;
    const char    *problem_start;
  } cases[] = {
    { "RHIT", "aas-hit", "2028-01-20", HP_ELIGIBLE_ON_COMPLETION, "2027-12-31", FALSE, NULL },
    { "RHIT", "aas-hit", "2027-10-01", HP_ELIGIBLE_ON_COMPLETION, "2027-12-31", FALSE,
      "The exam on 2027-10-01 falls in your last term" },
    { "RHIT", "aas-hit", "2027-06-01", HP_ELIGIBLE_ON_COMPLETION, "2027-12-31", TRUE,
      "The exam on 2027-06-01 is before you are eligible (after 2027-12-31)." },
    /* The AS is projected to Spring 2028 (test-audit.c): after 15 May 2028. */
    { "RHIT", "as-hit", NULL, HP_ELIGIBLE_ON_COMPLETION, "2028-05-15", FALSE, NULL },
    /* The BS to Fall 2029. */
    { "RHIA", "bs-him", NULL, HP_ELIGIBLE_ON_COMPLETION, "2029-12-31", FALSE, NULL },
    { "RHIA", "aas-hit", "2028-01-20", HP_ELIGIBLE_NOT_BY_PLAN, NULL, TRUE,
      "The exam on 2028-01-20 is booked, but your plan does not make you eligible for RHIA." },
    { "RHIT", "cert-coding", NULL, HP_ELIGIBLE_NOT_BY_PLAN, NULL, FALSE, NULL },
    { "CCA", "aas-hit", NULL, HP_ELIGIBLE_NOW, NULL, FALSE, NULL },   /* held */
    { "CCS", "aas-hit", NULL, HP_ELIGIBLE_NOW, NULL, FALSE, NULL },   /* open */
    { "CPC", "cert-coding", NULL, HP_ELIGIBLE_NOW, NULL, FALSE, NULL },
    { "CCS-P", "aas-hit", NULL, HP_ELIGIBLE_NOW, NULL, FALSE, NULL },  /* open */
    { "CDIP", "bs-him", NULL, HP_ELIGIBLE_NOT_BY_PLAN, NULL, FALSE, NULL },
    { "CHDA", "bs-him", NULL, HP_ELIGIBLE_NOT_BY_PLAN, NULL, FALSE, NULL },
    { "CHPS", "bs-him", NULL, HP_ELIGIBLE_NOT_BY_PLAN, NULL, FALSE, NULL },
    { "ODS", "bs-him", NULL, HP_ELIGIBLE_NOT_BY_PLAN, NULL, FALSE, NULL },
  };

  set_date (&today, "2026-11-27");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HpCredential *cred = hp_catalog_find_credential (catalog, cases[i].credential);
      g_autoptr(HpEligibility) e = NULL;

      g_test_message ("%s through %s", cases[i].credential, cases[i].target);
      g_free (plan->target_program);
      plan->target_program = g_strdup (cases[i].target);
      g_date_clear (&exam, 1);
      if (cases[i].exam != NULL)
        set_date (&exam, cases[i].exam);
      e = hp_eligibility_new (plan, catalog, cred, &exam, &today);
      g_test_message ("%s", e->sentence);
      g_assert_cmpint (e->when, ==, cases[i].when);
      if (cases[i].from != NULL)
        {
          g_autofree char *from = hp_date_to_string (&e->from);
          g_assert_cmpstr (from, ==, cases[i].from);
        }
      g_assert_cmpint (e->exam_too_early, ==, cases[i].too_early);
      if (cases[i].problem_start != NULL)
        g_assert_true (g_str_has_prefix (e->exam_problem, cases[i].problem_start));
      else
        g_assert_null (e->exam_problem);
    }

  /* The sentence spells out the rule and the dates. */
  {
    g_autoptr(HpEligibility) e = NULL;

    g_free (plan->target_program);
    plan->target_program = g_strdup ("aas-hit");
    e = hp_eligibility_new (plan, catalog, hp_catalog_find_credential (catalog, "RHIT"), NULL,
                            &today);
    g_assert_true (g_str_has_suffix (e->sentence,
                                     "Your AAS in Health Information Technology is projected to "
                                     "finish in Fall 2027: eligible after 2027-12-31, or from "
                                     "2027-08-15 by early testing."));
  }
  {
    g_autoptr(HpEligibility) e = NULL;

    g_free (plan->target_program);
    plan->target_program = g_strdup ("cert-coding");
    e = hp_eligibility_new (plan, catalog, hp_catalog_find_credential (catalog, "RHIT"), NULL,
                            &today);
    g_assert_true (g_str_has_suffix (e->sentence,
                                     "Your Certificate in Medical Coding does not lead to it; in "
                                     "this catalog these do: AS in Health Information Technology, "
                                     "AAS in Health Information Technology, BS in Health "
                                     "Information Management."));
  }
}

/* Cycle boundaries, worked by hand. */
static void
test_cycles (void)
{
  struct {
    const char *earned;
    guint       years;
    HpCeCycle   kind;
    const char *on;
    const char *start;
    const char *end;
  } cases[] = {
    /* Earned 1 March 2026: the first cycle ends on the day before 1 March
     * 2028, a leap day. */
    { "2026-03-01", 2, HP_CE_CYCLE_ANNIVERSARY, "2027-06-01", "2026-03-01", "2028-02-29" },
    { "2026-03-01", 2, HP_CE_CYCLE_ANNIVERSARY, "2028-02-29", "2026-03-01", "2028-02-29" },
    { "2026-03-01", 2, HP_CE_CYCLE_ANNIVERSARY, "2028-03-01", "2028-03-01", "2030-02-28" },
    /* Earned on a leap day: later cycles start on 28 February (2026, 2030)
     * and on the leap day again when there is one (2028). */
    { "2024-02-29", 2, HP_CE_CYCLE_ANNIVERSARY, "2026-02-27", "2024-02-29", "2026-02-27" },
    { "2024-02-29", 2, HP_CE_CYCLE_ANNIVERSARY, "2026-02-28", "2026-02-28", "2028-02-28" },
    { "2024-02-29", 2, HP_CE_CYCLE_ANNIVERSARY, "2028-02-29", "2028-02-29", "2030-02-27" },
    /* Before it was earned: the first cycle. */
    { "2026-06-30", 2, HP_CE_CYCLE_ANNIVERSARY, "2026-01-01", "2026-06-30", "2028-06-29" },
    /* Calendar cycles (NCRA): the first to 31 December of the next year. */
    { "2026-06-30", 2, HP_CE_CYCLE_CALENDAR, "2027-12-31", "2026-06-30", "2027-12-31" },
    { "2026-06-30", 2, HP_CE_CYCLE_CALENDAR, "2028-01-01", "2028-01-01", "2029-12-31" },
    { "2026-06-30", 2, HP_CE_CYCLE_CALENDAR, "2031-07-04", "2030-01-01", "2031-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate earned, on, start, end;
      g_autofree char *s = NULL, *e = NULL;

      set_date (&earned, cases[i].earned);
      set_date (&on, cases[i].on);
      hp_ce_cycle (&earned, cases[i].years, cases[i].kind, &on, &start, &end);
      s = hp_date_to_string (&start);
      e = hp_date_to_string (&end);
      g_test_message ("earned %s, on %s: %s to %s", cases[i].earned, cases[i].on, s, e);
      g_assert_cmpstr (s, ==, cases[i].start);
      g_assert_cmpstr (e, ==, cases[i].end);
    }
}

static HpPlan *
plan_holding (const char *first,
              ...) G_GNUC_NULL_TERMINATED;

/* A plan holding credentials: pairs of (id, date earned), NULL-terminated. */
static HpPlan *
plan_holding (const char *first,
              ...)
{
  HpPlan *plan = hp_plan_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    {
      g_autoptr(HpHeldCredential) held = hp_held_credential_new (id);

      set_date (&held->earned, va_arg (args, const char *));
      g_list_store_append (plan->held, held);
    }
  va_end (args);
  return plan;
}

static void
log_hours (HpPlan     *plan,
           const char *credential,
           const char *date,
           double      hours,
           const char *category)
{
  g_autoptr(HpCeEntry) e = hp_ce_entry_new (credential);

  set_date (&e->date, date);
  e->hours = hours;
  e->category = g_strdup (category);
  g_list_store_append (plan->ce_entries, e);
}

/* What each cycle asks and how far along the student is. */
static void
test_ce_statuses (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  GDate today;

  /* RHIT earned 2026-03-01; on 2027-06-01 the cycle (2026-03-01 to
   * 2028-02-29) is 731 days long and 458 days in: a steady pace would
   * have 20 x 458 / 731 = 12.53 hours.  10 hours logged in the cycle (an
   * entry the day before it began does not count) is behind. */
  {
    g_autoptr(HpPlan) plan = plan_holding ("RHIT", "2026-03-01", NULL);
    g_autoptr(GListStore) statuses = NULL;
    g_autoptr(HpCeStatus) s = NULL;

    log_hours (plan, "RHIT", "2026-05-01", 6, "hiim");
    log_hours (plan, "RHIT", "2027-01-10", 4, NULL);
    log_hours (plan, "RHIT", "2026-02-28", 5, "hiim");  /* before the cycle */
    log_hours (plan, "CCA", "2026-06-01", 3, "hiim");   /* another credential, not held */
    set_date (&today, "2027-06-01");
    statuses = hp_ce_statuses (plan, catalog, &today);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (statuses)), ==, 1);
    s = g_list_model_get_item (G_LIST_MODEL (statuses), 0);
    g_assert_cmpfloat (s->required, ==, 20);
    g_assert_cmpfloat (s->done, ==, 10);
    g_assert_cmpfloat (s->share_done, ==, 6);
    g_assert_cmpfloat (s->share, ==, 80);
    assert_near (s->expected, 20.0 * 458 / 731);
    g_assert_true (s->behind);
    g_assert_false (s->due_soon);
    g_assert_cmpint (s->days_left, ==, 273);  /* 2027-06-01 to 2028-02-29 */
    /* the estimate in words to a tenth, as the view and --xml give it */
    g_assert_cmpstr (s->warning, ==, "Behind a steady pace: 10 of 20 hours logged, about 12.5 by now");
  }

  /* Entries on the cycle's first and last days count; the day after the
   * last belongs to the next cycle.  CPC earned 2025-02-01: the cycle runs
   * 2025-02-01 to 2027-01-31. */
  {
    g_autoptr(HpPlan) plan = plan_holding ("CPC", "2025-02-01", NULL);
    g_autoptr(GListStore) statuses = NULL;
    g_autoptr(HpCeStatus) s = NULL;

    log_hours (plan, "CPC", "2025-02-01", 2, NULL);
    log_hours (plan, "CPC", "2027-01-31", 3, NULL);
    log_hours (plan, "CPC", "2027-02-01", 5, NULL);
    set_date (&today, "2027-01-31");
    statuses = hp_ce_statuses (plan, catalog, &today);
    s = g_list_model_get_item (G_LIST_MODEL (statuses), 0);
    g_assert_cmpfloat (s->done, ==, 5);
    g_assert_cmpint (s->days_left, ==, 0);
    g_assert_true (s->due_soon);
    assert_near (s->expected, 36);
  }

  /* RHIT earned 2025-01-10 and CCS 2026-05-01: one AHIMA cycle, 2025-01-10
   * to 2027-01-09, asking 20 (CCS adds its 10 from the next cycle); on
   * 2027-02-01 the next cycle asks 30.  Within 90 days of the end with
   * hours missing: due soon. */
  {
    g_autoptr(HpPlan) plan = plan_holding ("RHIT", "2025-01-10", "CCS", "2026-05-01", NULL);
    g_autoptr(GListStore) now = NULL;
    g_autoptr(GListStore) later = NULL;
    g_autoptr(HpCeStatus) s = NULL;
    g_autoptr(HpCeStatus) t = NULL;
    g_autofree char *end = NULL;

    log_hours (plan, "CCS", "2026-06-01", 12, "hiim");
    set_date (&today, "2026-11-27");
    now = hp_ce_statuses (plan, catalog, &today);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (now)), ==, 1);
    s = g_list_model_get_item (G_LIST_MODEL (now), 0);
    end = hp_date_to_string (&s->end);
    g_assert_cmpstr (end, ==, "2027-01-09");
    g_assert_cmpuint (s->credentials->len, ==, 2);
    g_assert_cmpfloat (s->required, ==, 20);
    g_assert_cmpfloat (s->done, ==, 12);
    g_assert_cmpint (s->days_left, ==, 43);
    g_assert_true (s->due_soon);
    g_assert_cmpstr (s->warning, ==, "8 hours still to log by 2027-01-09, in 43 days");
    g_assert_cmpuint (s->notes->len, ==, 1);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (s->notes, 0),
                                     "CCS was earned on 2026-05-01, within this cycle: its 10 more "
                                     "hours are counted from the next cycle, from 2027-01-10"));

    set_date (&today, "2027-02-01");
    later = hp_ce_statuses (plan, catalog, &today);
    t = g_list_model_get_item (G_LIST_MODEL (later), 0);
    g_assert_cmpfloat (t->required, ==, 30);
    g_assert_cmpfloat (t->done, ==, 0);
  }

  /* RHIA (30) with CCS, CDIP and CHDA: 30 + 3 x 10 = 60, capped at 50.
   * CPC (AAPC, not combined) and ODS (NCRA) have cycles of their own. */
  {
    g_autoptr(HpPlan) plan = plan_holding ("RHIA", "2024-01-15", "CCS", "2024-06-01",
                                           "CDIP", "2025-03-01", "CHDA", "2025-09-01",
                                           "CPC", "2025-02-01", "ODS", "2026-06-30", NULL);
    g_autoptr(GListStore) statuses = NULL;
    g_autoptr(HpCeStatus) ahima = NULL;
    g_autoptr(HpCeStatus) cpc = NULL;
    g_autoptr(HpCeStatus) ods = NULL;
    g_autofree char *ods_end = NULL;

    set_date (&today, "2026-06-30");
    statuses = hp_ce_statuses (plan, catalog, &today);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (statuses)), ==, 3);
    ahima = g_list_model_get_item (G_LIST_MODEL (statuses), 0);
    cpc = g_list_model_get_item (G_LIST_MODEL (statuses), 1);
    ods = g_list_model_get_item (G_LIST_MODEL (statuses), 2);
    /* The AHIMA cycle in progress: 2026-01-15 to 2028-01-14, all four held before. */
    g_assert_cmpuint (ahima->credentials->len, ==, 4);
    g_assert_cmpfloat (ahima->required, ==, 50);
    g_assert_cmpstr (cpc->body, ==, "AAPC");
    g_assert_cmpfloat (cpc->required, ==, 36);
    g_assert_cmpfloat (ods->required, ==, 20);
    ods_end = hp_date_to_string (&ods->end);
    g_assert_cmpstr (ods_end, ==, "2027-12-31");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readiness/worked-example", test_worked_example);
  g_test_add_func ("/readiness/no-practice-and-goals", test_no_practice_and_goals);
  g_test_add_func ("/readiness/sample", test_sample);
  g_test_add_func ("/readiness/eligibility", test_eligibility);
  g_test_add_func ("/readiness/cycles", test_cycles);
  g_test_add_func ("/readiness/ce-statuses", test_ce_statuses);

  return g_test_run ();
}
