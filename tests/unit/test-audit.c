/* test-audit.c: plan checks, audits, GPA and comparisons, with answers worked out by hand
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-core.h"

typedef struct
{
  HpCatalog *catalog;
  HpPlan    *plan;
} Fixture;

/* Every answer here is worked out for one day: 27 November 2026, in the
 * fall term; the terms ahead start in Spring 2027. */
static const GDate *
nov27 (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 27, G_DATE_NOVEMBER, 2026);
  return &today;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *plan_path = data;
  g_autofree char *cpath = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogs",
                                                  "hit-example.hitcatalog", NULL);
  g_autofree char *ppath = g_test_build_filename (G_TEST_DIST, "..", plan_path, NULL);
  g_autoptr(GFile) cfile = g_file_new_for_path (cpath);
  g_autoptr(GFile) pfile = g_file_new_for_path (ppath);
  g_autoptr(GError) error = NULL;

  f->catalog = hp_catalog_load (cfile, NULL, &error);
  g_assert_no_error (error);
  f->plan = hp_plan_load (pfile, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->catalog);
  g_clear_object (&f->plan);
}

static HpGroupResult *
group (HpAudit    *audit,
       const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (audit->groups)); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (G_LIST_MODEL (audit->groups), i);
      if (g_str_equal (g->group->id, id))
        return g;
    }
  g_assert_not_reached ();
}

/* The sample against its target, the AAS (66 credits: English 3, algebra
 * and statistics 6, anatomy 8, psychology and computing 6, HIT core 39,
 * practice 4):
 *   completed and applied: ENG 101 (transfer) 3, MTH 120 3, BIO 201/201L/202/202L 8,
 *     CIS 105 3, PSY 101 3, HIT 100/110/120/150 12                          = 32
 *   in progress: HIT 130, 140, 210, 240                                      = 12
 *   planned: MTH 150 3, HIT 145/220/230/250/260 15, HIT 290 3, HIT 295 1     = 22
 *   32 + 12 + 22 = 66, nothing left to place; COM 110 counts toward nothing
 *   (the AAS has no communication course).
 *   The last applied course is in Fall 2027: the projected completion.  On
 *   27 November 2026 Fall 2026 is in progress; the terms left are Spring
 *   and Fall 2027: two (no summer: the plan takes none).
 */
static void
test_sample_aas (Fixture       *f,
                 gconstpointer  data)
{
  HpProgram *aas = hp_catalog_find_program (f->catalog, "aas-hit");
  g_autoptr(HpAudit) audit = hp_audit_new (f->plan, f->catalog, aas, nov27 ());
  HpGroupResult *core = group (audit, "hit-core");
  HpGroupResult *english = group (audit, "english");

  g_assert_cmpfloat (audit->credits_required, ==, 66);
  g_assert_cmpfloat (audit->credits_completed, ==, 32);
  g_assert_cmpfloat (audit->credits_in_progress, ==, 12);
  g_assert_cmpfloat (audit->credits_planned, ==, 22);
  g_assert_cmpfloat (audit->credits_remaining, ==, 0);
  g_assert_true (audit->on_track);
  g_assert_cmpuint (audit->projected, ==, HP_TERM_KEY (2027, HP_SEASON_FALL));
  g_assert_cmpuint (audit->terms_left, ==, 2);
  g_assert_cmpuint (audit->autoplan->placements->len, ==, 0);
  g_assert_cmpuint (audit->unapplied->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (audit->unapplied, 0), ==, "COM 110");

  /* Transfer credit is applied, never shown as unmet. */
  g_assert_cmpint (english->status, ==, HP_GROUP_COMPLETE);
  g_assert_cmpstr (((HpApplied *) g_ptr_array_index (english->applied, 0))->label, ==,
                   "ENG 101 (transfer from Riverside Community College)");

  /* HIT core: 4 completed (100, 110, 120, 150), 9 in progress or planned. */
  g_assert_cmpint (core->status, ==, HP_GROUP_PLANNED);
  g_assert_cmpfloat (core->need, ==, 13);
  g_assert_cmpfloat (core->done, ==, 4);
  g_assert_cmpfloat (core->planned, ==, 9);
  g_assert_null (core->missing);
}

/* The AS (65 credits: English 6, algebra and statistics 6, anatomy 8,
 * social sciences 6, communication and computing 6, humanities 3, HIT core
 * 27, practice 3): ENG 102 and SOC 101 are not in the plan (6 credits); the
 * transfer humanities credit meets humanities; HIT 290 (planned) is the
 * practice experience.  The automatic plan, from Spring 2027 at 15 credits a term:
 * Spring 2027 is full (15 planned); Fall 2027 has 10, room for one: ENG 102
 * (the two are alike; by code); SOC 101 goes to Spring 2028, the projected
 * completion, three terms after the one in progress. */
static void
test_sample_as (Fixture       *f,
                gconstpointer  data)
{
  HpProgram *as = hp_catalog_find_program (f->catalog, "as-hit");
  g_autoptr(HpAudit) audit = NULL;
  HpGroupResult *english;

  /* Empty terms added ahead of time change nothing. */
  hp_plan_ensure_term (f->plan, HP_TERM_KEY (2028, HP_SEASON_FALL));
  hp_plan_ensure_term (f->plan, HP_TERM_KEY (2029, HP_SEASON_SPRING));
  audit = hp_audit_new (f->plan, f->catalog, as, nov27 ());
  english = group (audit, "english");

  g_assert_cmpfloat (audit->credits_remaining, ==, 6);
  g_assert_false (audit->on_track);
  g_assert_cmpint (english->status, ==, HP_GROUP_PARTIAL);
  g_assert_cmpstr (english->missing, ==, "needs ENG 102");
  g_assert_cmpint (group (audit, "social-science")->status, ==, HP_GROUP_PARTIAL);
  g_assert_cmpint (group (audit, "humanities")->status, ==, HP_GROUP_COMPLETE);
  g_assert_cmpint (group (audit, "practice")->status, ==, HP_GROUP_PLANNED);
  g_assert_cmpuint (audit->projected, ==, HP_TERM_KEY (2028, HP_SEASON_SPRING));
  g_assert_cmpuint (audit->terms_left, ==, 3);
  g_assert_cmpuint (audit->autoplan->placements->len, ==, 2);
  {
    HpPlacement *eng = g_ptr_array_index (audit->autoplan->placements, 0);
    HpPlacement *soc = g_ptr_array_index (audit->autoplan->placements, 1);

    g_assert_cmpstr (eng->course, ==, "ENG 102");
    g_assert_cmpuint (eng->term, ==, HP_TERM_KEY (2027, HP_SEASON_FALL));
    g_assert_cmpstr (eng->reason, ==, "English composition");
    g_assert_cmpstr (soc->course, ==, "SOC 101");
    g_assert_cmpuint (soc->term, ==, HP_TERM_KEY (2028, HP_SEASON_SPRING));
  }
}

/* The BS (120: transfer block 60, upper-division general education 9, HIM
 * core 33, HIM electives 9, free electives 9).  The record's transferable
 * credits (65: all but HIT 250, 260 and 295, which a bachelor's does not
 * take) go to the transfer block, narrowest pool first, completed work
 * first: 35 + 12 in progress = 47, then the planned ones by code (COM 110,
 * HIT 145, 220, 230, 290: 62, met); the non-transferable planned courses
 * (7 credits) and MTH 150 (3) meet the free electives (10 of 9).  The HIM
 * core, the upper-division general education and the HIM electives are
 * all missing: 33 + 9 + 9 = 51 credits still to place.
 *
 * The automatic plan (no summer, 15 credits a term, from Spring 2027):
 *   HIM electives: HIM 450 (fall and spring) first, then by code HIM 370 and
 *   HIM 380 (whose prerequisite HIM 310 is taken anyway).
 *   17 courses of 3 credits.  Chains, in terms, counting seasons: MTH 150
 *   (planned Fall 2027) -> STA 320 (spring) -> HIM 430 (fall only) -> HIM 490
 *   (spring only): Spring 2029 at the earliest; and room: Spring 2027 is full,
 *   Fall 2027 has room for one, then five a term: 1 + 5 + 5 + 5 = 16 by
 *   Spring 2029, so 18 courses need Fall 2029.
 *   Fall 2027:   MGT 301 (it starts the longest chain: HIM 420, spring only,
 *                then HIM 490)
 *   Spring 2028: HIM 420, HIM 310, STA 320, HIM 330, HIM 340
 *   Fall 2028:   HIM 320, HIM 430, HIM 360, HIM 370, HIM 410
 *   Spring 2029: HIM 350, HIM 380, HIM 440, HIM 490, ENG 310
 *   Fall 2029:   HIM 450
 *   (between equal chains, the course offered in fewer seasons goes first,
 *   which leaves ENG 310 and HIM 450, offered in both, last; by code,
 *   ENG 310 first).
 *   Projected Fall 2029: six terms after Fall 2026. */
static void
test_sample_bs (Fixture       *f,
                gconstpointer  data)
{
  HpProgram *bs = hp_catalog_find_program (f->catalog, "bs-him");
  g_autoptr(HpAudit) audit = hp_audit_new (f->plan, f->catalog, bs, nov27 ());
  HpGroupResult *block = group (audit, "transfer-block");
  HpGroupResult *free_electives = group (audit, "free-electives");

  g_assert_cmpint (block->status, ==, HP_GROUP_PLANNED);
  g_assert_cmpfloat (block->done + block->planned, ==, 60);
  g_assert_cmpint (free_electives->status, ==, HP_GROUP_PLANNED);
  g_assert_cmpfloat (free_electives->done + free_electives->planned, ==, 9);
  g_assert_null (free_electives->missing);
  g_assert_cmpint (group (audit, "him-core")->status, ==, HP_GROUP_MISSING);
  g_assert_cmpfloat (audit->credits_remaining, ==, 51);
  g_assert_cmpfloat (audit->transferable_credits, ==, 65);

  {
    static const struct { const char *course; HpTermKey term; } expected[] = {
      { "MGT 301", HP_TERM_KEY (2027, HP_SEASON_FALL) },
      { "HIM 310", HP_TERM_KEY (2028, HP_SEASON_SPRING) },
      { "HIM 330", HP_TERM_KEY (2028, HP_SEASON_SPRING) },
      { "HIM 340", HP_TERM_KEY (2028, HP_SEASON_SPRING) },
      { "HIM 420", HP_TERM_KEY (2028, HP_SEASON_SPRING) },
      { "STA 320", HP_TERM_KEY (2028, HP_SEASON_SPRING) },
      { "HIM 320", HP_TERM_KEY (2028, HP_SEASON_FALL) },
      { "HIM 360", HP_TERM_KEY (2028, HP_SEASON_FALL) },
      { "HIM 370", HP_TERM_KEY (2028, HP_SEASON_FALL) },
      { "HIM 410", HP_TERM_KEY (2028, HP_SEASON_FALL) },
      { "HIM 430", HP_TERM_KEY (2028, HP_SEASON_FALL) },
      { "ENG 310", HP_TERM_KEY (2029, HP_SEASON_SPRING) },
      { "HIM 350", HP_TERM_KEY (2029, HP_SEASON_SPRING) },
      { "HIM 380", HP_TERM_KEY (2029, HP_SEASON_SPRING) },
      { "HIM 440", HP_TERM_KEY (2029, HP_SEASON_SPRING) },
      { "HIM 490", HP_TERM_KEY (2029, HP_SEASON_SPRING) },
      { "HIM 450", HP_TERM_KEY (2029, HP_SEASON_FALL) },
    };
    GPtrArray *placements = audit->autoplan->placements;

    g_assert_cmpuint (audit->autoplan->first, ==, HP_TERM_KEY (2027, HP_SEASON_SPRING));
    g_assert_cmpuint (placements->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        HpPlacement *placement = g_ptr_array_index (placements, i);

        g_assert_cmpstr (placement->course, ==, expected[i].course);
        g_assert_cmpuint (placement->term, ==, expected[i].term);
      }
    g_assert_cmpuint (audit->autoplan->unplaced->len, ==, 0);
    g_assert_cmpuint (audit->projected, ==, HP_TERM_KEY (2029, HP_SEASON_FALL));
    g_assert_cmpuint (audit->terms_left, ==, 6);
  }
}

/* GPA: latest graded attempt of each course, grade points times credits:
 * HIT 100 A 3x4.0=12, HIT 110 B+ 3x3.3=9.9, BIO 201 B 3x3=9, BIO 201L A- 1x3.7=3.7,
 * CIS 105 A 12, HIT 120 A- 11.1, HIT 150 B 9, BIO 202 C+ 3x2.3=6.9, BIO 202L B 3,
 * MTH 120 B- 3x2.7=8.1 (the spring withdrawal does not count), PSY 101 A 12.
 * 96.7 points over 29 credits = 3.3345. */
static void
test_gpa (Fixture       *f,
          gconstpointer  data)
{
  double credits = 0;
  double gpa = hp_plan_gpa (f->plan, f->catalog, &credits);

  g_assert_cmpfloat (credits, ==, 29);
  g_assert_cmpfloat_with_epsilon (gpa, 96.7 / 29, 1e-9);
}

/* Fall 2026 holds 12 ungraded credits (HIT 130, 140, 210, 240, in progress);
 * elsewhere 29 graded credits are worth 96.7 points (see test_gpa).
 *   GPA 3.5: (3.5 x 41 - 96.7) / 12 = 46.8 / 12 = 3.9 -> only an A (4.0) is enough.
 *   GPA 3.0: (3.0 x 41 - 96.7) / 12 = 26.3 / 12 = 2.19 -> C+ (2.3); a C (2.0) is not.
 *   GPA 3.9: (159.9 - 96.7) / 12 = 5.27 -> out of reach. */
static void
test_gpa_needed (Fixture       *f,
                 gconstpointer  data)
{
  HpTermKey fall = HP_TERM_KEY (2026, HP_SEASON_FALL);
  HpGpaGoal goal;

  g_assert_true (hp_plan_gpa_goal (f->plan, f->catalog, fall, 3.5, &goal));
  g_assert_cmpfloat (goal.open_credits, ==, 12);
  g_assert_cmpfloat (goal.graded_credits, ==, 29);
  g_assert_cmpfloat_with_epsilon (goal.needed, 3.9, 1e-9);
  g_assert_cmpstr (hp_grade_for_points (goal.needed), ==, "A");
  g_assert_true (hp_gpa_goal_reachable (&goal));
  /* Straight A's: (96.7 + 48) / 41 = 3.5293 */
  g_assert_cmpfloat_with_epsilon (goal.best, 144.7 / 41, 1e-9);

  g_assert_true (hp_plan_gpa_goal (f->plan, f->catalog, fall, 3.0, &goal));
  g_assert_cmpfloat_with_epsilon (goal.needed, 26.3 / 12, 1e-9);
  g_assert_cmpstr (hp_grade_for_points (goal.needed), ==, "C+");

  g_assert_true (hp_plan_gpa_goal (f->plan, f->catalog, fall, 3.9, &goal));
  g_assert_null (hp_grade_for_points (goal.needed));
  g_assert_false (hp_gpa_goal_reachable (&goal));

  /* A term with everything graded has nothing left to decide. */
  g_assert_false (hp_plan_gpa_goal (f->plan, f->catalog, HP_TERM_KEY (2025, HP_SEASON_FALL),
                                    3.5, &goal));
}

/* The case a student found: a new AAS plan from Fall 2026 with five 3-credit
 * courses there, HIT 100 completed with an A, the rest not graded yet.
 * Aiming at 3.50: the A counts, 3 credits x 4.0 = 12 points, and 12 credits
 * are open; (3.5 x 15 - 12) / 12 = 40.5 / 12 = 3.375.  A plan before any
 * grade: (3.5 x 15 - 0) / 15 = 3.5 over all 15 credits.  A course retaken
 * this term leaves its earlier grade out: HIT 110 failed (F, 0 points) in
 * Spring 2026 and retaken now changes nothing but drops those 3 credits
 * from the earlier ones. */
static void
test_gpa_needed_term_grades (void)
{
  g_autofree char *cpath = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogs",
                                                  "hit-example.hitcatalog", NULL);
  g_autoptr(GFile) cfile = g_file_new_for_path (cpath);
  g_autoptr(HpCatalog) catalog = hp_catalog_load (cfile, NULL, NULL);
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpTermKey fall = HP_TERM_KEY (2026, HP_SEASON_FALL);
  HpPlanTerm *term = hp_plan_ensure_term (plan, fall);
  const char *codes[] = { "HIT 100", "HIT 110", "BIO 201", "CIS 105", "PSY 101" };
  g_autoptr(HpPlanEntry) failed = hp_plan_entry_new ("HIT 110", HP_STATUS_FAILED);
  HpGpaGoal goal;

  g_assert_nonnull (catalog);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(HpPlanEntry) e = hp_plan_entry_new (codes[i], HP_STATUS_PLANNED);
      g_list_store_append (term->entries, e);
    }
  g_assert_true (hp_plan_gpa_goal (plan, catalog, fall, 3.5, &goal));
  g_assert_cmpfloat (goal.open_credits, ==, 15);
  g_assert_cmpfloat_with_epsilon (goal.needed, 3.5, 1e-9);

  {
    HpPlanEntry *hit100 = g_list_model_get_item (G_LIST_MODEL (term->entries), 0);
    hit100->status = HP_STATUS_COMPLETED;
    hit100->grade = g_strdup ("A");
    g_object_unref (hit100);
  }
  g_assert_true (hp_plan_gpa_goal (plan, catalog, fall, 3.5, &goal));
  g_assert_cmpfloat (goal.open_credits, ==, 12);
  g_assert_cmpfloat (goal.graded_credits, ==, 3);
  g_assert_cmpfloat_with_epsilon (goal.needed, 3.375, 1e-9);
  g_assert_cmpstr (hp_grade_for_points (goal.needed), ==, "A-");

  failed->grade = g_strdup ("F");
  g_list_store_append (hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_SPRING))->entries,
                       failed);
  g_assert_true (hp_plan_gpa_goal (plan, catalog, fall, 3.5, &goal));
  g_assert_cmpfloat (goal.graded_credits, ==, 3);
  g_assert_cmpfloat_with_epsilon (goal.needed, 3.375, 1e-9);
}

/* Fall 2025: HIT 100 A 3x4=12, HIT 110 B+ 3x3.3=9.9, BIO 201 B 9, BIO 201L A- 3.7,
 * CIS 105 A 12: 46.6 points over 13 credits = 3.5846. */
static void
test_term_gpa (Fixture       *f,
               gconstpointer  data)
{
  HpPlanTerm *fall25 = hp_plan_find_term (f->plan, HP_TERM_KEY (2025, HP_SEASON_FALL));
  HpPlanTerm *fall26 = hp_plan_find_term (f->plan, HP_TERM_KEY (2026, HP_SEASON_FALL));

  g_assert_cmpfloat_with_epsilon (hp_plan_term_gpa (fall25, f->catalog), 46.6 / 13, 1e-9);
  g_assert_cmpfloat (hp_plan_term_gpa (fall26, f->catalog), ==, -1);
}

static void
test_first_blocker (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListStore) problems = hp_plan_check (f->plan, f->catalog);
  g_autoptr(HpAudit) aas = hp_audit_new (f->plan, f->catalog,
                                         hp_catalog_find_program (f->catalog, "aas-hit"), nov27 ());
  g_autoptr(HpAudit) as = hp_audit_new (f->plan, f->catalog,
                                        hp_catalog_find_program (f->catalog, "as-hit"), nov27 ());
  g_autofree char *none = hp_audit_first_blocker (aas, G_LIST_MODEL (problems));
  g_autofree char *first = hp_audit_first_blocker (as, G_LIST_MODEL (problems));

  /* The sample's only problem is resolved by a waiver, so the AAS is on track. */
  g_assert_null (none);
  g_assert_cmpstr (first, ==, "English composition: needs ENG 102");
}

/* The sample has one problem: HIT 240 (Fall 2026) needs MTH 150, planned
 * for Fall 2027, and the advisor's waiver resolves it. */
static void
test_sample_problems (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListStore) problems = hp_plan_check (f->plan, f->catalog);
  g_autoptr(HpProblem) p = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (problems)), ==, 1);
  g_assert_cmpuint (hp_problems_count_open (G_LIST_MODEL (problems)), ==, 0);
  p = g_list_model_get_item (G_LIST_MODEL (problems), 0);
  g_assert_cmpint (p->kind, ==, HP_PROBLEM_PREREQUISITE);
  g_assert_cmpstr (p->course, ==, "HIT 240");
  g_assert_nonnull (p->resolved_by);
  g_assert_cmpstr (p->resolved_by->target, ==, "MTH 150");
  g_assert_cmpstr (p->target, ==, "MTH 150");
  g_assert_cmpstr (p->message, ==, "HIT 240 needs HIT 110 and MTH 150 with C or better; "
                                   "MTH 150 is planned for Fall 2027, later");

  /* What a list row binds to. */
  {
    g_autofree char *summary = NULL, *resolution = NULL;
    gboolean resolved, can_resolve;

    g_object_get (p, "summary", &summary, "resolution", &resolution, "resolved", &resolved,
                  "can-resolve", &can_resolve, NULL);
    g_assert_cmpstr (summary, ==, "Fall 2026: HIT 240 needs HIT 110 and MTH 150 with C or better; "
                                  "MTH 150 is planned for Fall 2027, later");
    g_assert_cmpstr (resolution, ==, "Resolved: Program advisor waived MTH 150 as a requirement "
                                     "of HIT 240 on 2026-08-14. Note: College Algebra (B-) "
                                     "accepted for the statistics prerequisite; MTH 150 is still "
                                     "planned for the transfer to the BS.");
    g_assert_true (resolved);
    g_assert_false (can_resolve);
  }
}

/* tests/fixtures/plans/problems.hitplan has one of each kind of problem. */
static void
test_every_problem (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { HpProblemKind kind; const char *message; gboolean resolved; } expected[] = {
    { HP_PROBLEM_UNKNOWN_COURSE,
      "HIT 999 is not in the catalog “Health Information Technology pathway (example)”" },
    { HP_PROBLEM_PREREQUISITE, "HIT 150 needs HIT 100 with C or better and (BIO 201 or BIO 105); "
                               "you earned a D in HIT 100 (Fall 2026)" },
    { HP_PROBLEM_PREREQUISITE, "HIT 230 needs HIT 150; you planned HIT 150 for Spring 2027, "
                               "the same term" },
    { HP_PROBLEM_COREQUISITE, "HIT 230 must be taken in the same term as HIT 220 or after it; "
                              "HIT 220 is planned for Summer 2027, later" },
    { HP_PROBLEM_PREREQUISITE, "HIT 130 needs HIT 110; HIT 110 is not in your plan" },
    { HP_PROBLEM_LOAD, "18 credits, more than your limit of 12 a term" },
    { HP_PROBLEM_OFFERING, "HIT 210 is offered only in Fall and Spring, not in Summer" },
    { HP_PROBLEM_DUPLICATE, "CIS 105 is already completed: A in Fall 2026" },
    { HP_PROBLEM_COREQUISITE, "BIO 201 must be taken in the same term as BIO 201L; BIO 201L is "
                              "not in your plan" },
    { HP_PROBLEM_OFFERING, "HIM 340 is offered only in Spring, not in Fall", TRUE },
  };

  g_autoptr(GListStore) problems = hp_plan_check (f->plan, f->catalog);
  GListModel *list = G_LIST_MODEL (problems);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (list, i);

      g_assert_cmpint (p->kind, ==, expected[i].kind);
      g_assert_cmpstr (p->message, ==, expected[i].message);
      g_assert_cmpint (p->resolved_by != NULL, ==, expected[i].resolved);
      /* An open problem has no resolution; an exception can resolve any
       * open one but a load or a duplicate (or a course not in the catalog). */
      {
        g_autofree char *resolution = NULL;
        gboolean can_resolve;

        g_object_get (p, "resolution", &resolution, "can-resolve", &can_resolve, NULL);
        g_assert_cmpint (resolution != NULL, ==, expected[i].resolved);
        g_assert_cmpint (can_resolve, ==,
                         !expected[i].resolved && (p->kind == HP_PROBLEM_PREREQUISITE ||
                                                   p->kind == HP_PROBLEM_COREQUISITE ||
                                                   p->kind == HP_PROBLEM_OFFERING));
      }
    }
  g_assert_cmpuint (hp_problems_count_open (list), ==, 9);
}

/* Comparing the sample at 15 credits a term and $165 a credit, on 27
 * November 2026 (Fall 2026 in progress, not counted in the terms left):
 *   AAS: to take 12 + 22 + 0 = 34; it ends in Fall 2027 -> 2 terms (Spring
 *        and Fall 2027); tuition (22 + 0) x 165 = 3630; eligible for RHIT
 *        (an accredited associate program), CCA, CCS and CPC (open, prepared);
 *        59 credits would transfer (all but HIT 250, 260 and 295).
 *   AS:  to take 12 + 12 + 6 = 30; ends Spring 2028 (see test_sample_as) ->
 *        3 terms; tuition (12 + 6) x 165 = 2970; RHIT too, since it is
 *        accredited as well; 65 credits would transfer, more than the AAS.
 *   BS:  eligible for RHIT and RHIA; CDIP, CHDA, CHPS, CTR have further rules. */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) programs = g_ptr_array_new ();
  g_autoptr(GListStore) paths = NULL;
  g_autoptr(HpPath) aas = NULL;
  g_autoptr(HpPath) as = NULL;
  g_autoptr(HpPath) bs = NULL;

  g_ptr_array_add (programs, hp_catalog_find_program (f->catalog, "aas-hit"));
  g_ptr_array_add (programs, hp_catalog_find_program (f->catalog, "as-hit"));
  g_ptr_array_add (programs, hp_catalog_find_program (f->catalog, "bs-him"));
  paths = hp_compare (f->plan, f->catalog, programs, nov27 ());
  aas = g_list_model_get_item (G_LIST_MODEL (paths), 0);
  as = g_list_model_get_item (G_LIST_MODEL (paths), 1);
  bs = g_list_model_get_item (G_LIST_MODEL (paths), 2);

  g_assert_cmpfloat (aas->credits_to_take, ==, 34);
  g_assert_cmpuint (aas->terms_left, ==, 2);
  g_assert_cmpfloat (aas->remaining_tuition, ==, 3630);
  g_assert_cmpuint (aas->eligible->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (aas->eligible, 0), ==, "RHIT");

  g_assert_cmpfloat (aas->transfer_credits, ==, 59);

  g_assert_cmpfloat (as->credits_to_take, ==, 30);
  g_assert_cmpuint (as->terms_left, ==, 3);
  g_assert_cmpfloat (as->remaining_tuition, ==, 2970);
  g_assert_cmpstr (g_ptr_array_index (as->eligible, 0), ==, "RHIT");
  g_assert_cmpfloat (as->transfer_credits, ==, 65);

  g_assert_cmpuint (bs->eligible->len, ==, 2);
  g_assert_cmpuint (bs->prepares->len, ==, 4);
}

/* Pins and substitutions: a course the student pins to a group goes there,
 * and an advisor's substitution fills a group the course would not fill. */
/* A plan without a limit of its own: a normal 15-credit term is fine, 19
 * credits are more than the 18 most colleges allow without approval. */
static void
test_default_load (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpPlanTerm *term = hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_FALL));
  const char *codes[] = { "HIT 100", "HIT 110", "BIO 201", "CIS 105", "PSY 101", "ENG 101",
                          "BIO 201L" };
  g_autoptr(GListStore) fifteen = NULL;
  g_autoptr(GListStore) nineteen = NULL;
  g_autoptr(HpProblem) p = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(HpPlanEntry) e = hp_plan_entry_new (codes[i], HP_STATUS_PLANNED);
      if (i < 5)
        g_list_store_append (term->entries, e);
    }
  g_assert_cmpfloat (hp_plan_load_limit (plan), ==, 18);
  fifteen = hp_plan_check (plan, f->catalog);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fifteen)); i++)
    {
      g_autoptr(HpProblem) q = g_list_model_get_item (G_LIST_MODEL (fifteen), i);
      g_assert_cmpint (q->kind, !=, HP_PROBLEM_LOAD);
    }

  for (guint i = 5; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(HpPlanEntry) e = hp_plan_entry_new (codes[i], HP_STATUS_PLANNED);
      g_list_store_append (term->entries, e);
    }
  nineteen = hp_plan_check (plan, f->catalog);
  for (guint i = 0; p == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (nineteen)); i++)
    {
      g_autoptr(HpProblem) q = g_list_model_get_item (G_LIST_MODEL (nineteen), i);
      if (q->kind == HP_PROBLEM_LOAD)
        p = g_steal_pointer (&q);
    }
  g_assert_nonnull (p);
  g_assert_cmpstr (p->message, ==, "19 credits, more than the 18 a term most colleges allow "
                   "without an advisor’s approval");
}

/* What the catalog panel says about a course before it is added: HIT 210
 * needs HIT 150 with C or better; the sample completed it with a B. */
static void
test_requisites_state (Fixture       *f,
                       gconstpointer  data)
{
  HpCourse *hit210 = hp_catalog_find_course (f->catalog, "HIT 210");
  g_autoptr(HpPlan) empty = hp_plan_new ();
  g_autoptr(HpPlanEntry) planned = hp_plan_entry_new ("HIT 150", HP_STATUS_PLANNED);
  g_autoptr(HpPlanEntry) low = hp_plan_entry_new ("HIT 150", HP_STATUS_COMPLETED);
  char *text = NULL;

  g_assert_cmpint (hp_plan_requisites_state (f->plan, f->catalog,
                                             hp_catalog_find_course (f->catalog, "HIT 100"), &text),
                   ==, HP_REQUISITES_NONE);
  g_assert_cmpstr (text, ==, "No prerequisites");
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (hp_plan_requisites_state (f->plan, f->catalog, hit210, &text), ==,
                   HP_REQUISITES_MET);
  g_assert_cmpstr (text, ==, "Prerequisites met: HIT 150 with C or better");
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (hp_plan_requisites_state (empty, f->catalog, hit210, &text), ==,
                   HP_REQUISITES_MISSING);
  g_assert_cmpstr (text, ==, "Needs HIT 150 with C or better");
  g_clear_pointer (&text, g_free);

  g_list_store_append (hp_plan_ensure_term (empty, HP_TERM_KEY (2027, HP_SEASON_SPRING))->entries,
                       planned);
  g_assert_cmpint (hp_plan_requisites_state (empty, f->catalog, hit210, &text), ==,
                   HP_REQUISITES_PLANNED);
  g_assert_cmpstr (text, ==, "Prerequisites in progress or planned: HIT 150 with C or better");
  g_clear_pointer (&text, g_free);

  /* A D does not meet "C or better", even with the retake still to come. */
  low->grade = g_strdup ("D");
  g_list_store_remove (hp_plan_find_term (empty, HP_TERM_KEY (2027, HP_SEASON_SPRING))->entries, 0);
  g_list_store_append (hp_plan_ensure_term (empty, HP_TERM_KEY (2026, HP_SEASON_FALL))->entries,
                       low);
  g_assert_cmpint (hp_plan_requisites_state (empty, f->catalog, hit210, NULL), ==,
                   HP_REQUISITES_MISSING);
}

/* Each kind of exception in one whole sentence, with and without who and
 * when; an offering names its term as people write it. */
static void
test_describe_exceptions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HpException) waiver = hp_exception_new (HP_EXCEPTION_WAIVER, "HIT 240");
  g_autoptr(HpException) offering = hp_exception_new (HP_EXCEPTION_OFFERING, "HIT 210");
  g_autoptr(HpException) substitution = hp_exception_new (HP_EXCEPTION_SUBSTITUTION, "PHL 110");
  const struct { HpException *e; const char *by, *date, *text; } cases[] = {
    { waiver, "Program advisor", "2026-08-14",
      "Program advisor waived MTH 150 as a requirement of HIT 240 on 2026-08-14." },
    { waiver, NULL, NULL, "MTH 150 was waived as a requirement of HIT 240." },
    { offering, "Coding chair", "2026-11-27",
      "Coding chair allowed HIT 210 in Summer 2027, when it is not usually offered, on "
      "2026-11-27." },
    { offering, NULL, "2026-11-27",
      "HIT 210 was allowed in Summer 2027, when it is not usually offered, on 2026-11-27." },
    { substitution, "Transfer counselor", NULL,
      "Transfer counselor counted PHL 110 toward Social sciences (AS in Health "
      "Information Technology)." },
  };

  waiver->target = g_strdup ("MTH 150");
  offering->target = g_strdup ("summer 2027");
  substitution->target = g_strdup ("social-science");
  substitution->program = g_strdup ("as-hit");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      g_free (cases[i].e->approved_by);
      cases[i].e->approved_by = g_strdup (cases[i].by);
      g_date_clear (&cases[i].e->date, 1);
      if (cases[i].date != NULL)
        g_assert_true (hp_date_parse (cases[i].date, &cases[i].e->date));
      text = hp_exception_describe (cases[i].e, f->catalog);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The exception a problem asks for: a waiver of what is missing, or leave
 * for the term; none for a problem an advisor cannot waive. */
static void
test_exception_for_problem (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListStore) problems = hp_plan_check (f->plan, f->catalog);
  GDate today;
  guint made = 0;

  g_assert_true (hp_date_parse ("2026-11-27", &today));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (problems)); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (G_LIST_MODEL (problems), i);
      g_autoptr(HpException) e = hp_exception_new_for_problem (p, " Coding chair ", "", &today);

      if (p->kind == HP_PROBLEM_LOAD || p->kind == HP_PROBLEM_DUPLICATE ||
          p->kind == HP_PROBLEM_UNKNOWN_COURSE)
        {
          g_assert_null (e);
          continue;
        }
      g_assert_nonnull (e);
      made++;
      g_assert_cmpint (e->kind, ==, p->kind == HP_PROBLEM_OFFERING ? HP_EXCEPTION_OFFERING
                                                                   : HP_EXCEPTION_WAIVER);
      g_assert_cmpstr (e->course, ==, p->course);
      g_assert_cmpstr (e->target, ==, p->target);
      g_assert_cmpstr (e->approved_by, ==, "Coding chair");
      g_assert_true (g_date_compare (&e->date, &today) == 0);
      g_assert_null (e->note);
    }
  g_assert_cmpuint (made, >, 0);
}

/* The programs compared when none are named: the target, then the profile's
 * (the sample: the AAS, then the AS, the BS and the certificate); with
 * neither, every program. */
static void
test_default_comparison (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) programs = hp_compare_default_programs (f->plan, f->catalog);
  g_autoptr(HpPlan) bare = hp_plan_new ();
  g_autoptr(GPtrArray) all = hp_compare_default_programs (bare, f->catalog);
  const char *expected[] = { "aas-hit", "as-hit", "bs-him", "cert-coding" };

  g_assert_cmpuint (programs->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < programs->len; i++)
    g_assert_cmpstr (((HpProgram *) g_ptr_array_index (programs, i))->id, ==, expected[i]);
  g_assert_cmpuint (all->len, ==, g_list_model_get_n_items (G_LIST_MODEL (f->catalog->programs)));
}

static void
test_pin_and_substitution (void)
{
  g_autofree char *cpath = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogs",
                                                  "hit-example.hitcatalog", NULL);
  g_autoptr(GFile) cfile = g_file_new_for_path (cpath);
  g_autoptr(HpCatalog) catalog = hp_catalog_load (cfile, NULL, NULL);
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpPlanTerm *term = hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_autoptr(HpPlanEntry) stats = hp_plan_entry_new ("MTH 150", HP_STATUS_COMPLETED);
  g_autoptr(HpPlanEntry) ethics = hp_plan_entry_new ("PHL 110", HP_STATUS_COMPLETED);
  g_autoptr(HpPlanEntry) writing = hp_plan_entry_new ("ENG 101", HP_STATUS_COMPLETED);
  g_autoptr(HpException) sub = hp_exception_new (HP_EXCEPTION_SUBSTITUTION, "PHL 110");
  g_autoptr(HpAudit) audit = NULL;
  g_autoptr(HpAudit) bs = NULL;
  HpGroupResult *social;

  /* The BS takes MTH 150 in its transfer block or as a free elective: the
   * student's pin chooses the free electives.  ENG 101 pinned to the
   * upper-division general education, which does not take it, goes where
   * it fits: a pin chooses among groups, it does not stretch one. */
  stats->group = g_strdup ("free-electives");
  writing->group = g_strdup ("upper-gen-ed");
  g_list_store_append (term->entries, stats);
  g_list_store_append (term->entries, ethics);
  g_list_store_append (term->entries, writing);
  bs = hp_audit_new (plan, catalog, hp_catalog_find_program (catalog, "bs-him"), nov27 ());
  g_assert_cmpfloat (group (bs, "free-electives")->done, ==, 3);
  g_assert_cmpfloat (group (bs, "upper-gen-ed")->done, ==, 0);
  g_assert_cmpfloat (group (bs, "transfer-block")->done, ==, 6);

  /* PHL 110 would fill the AS's humanities; an advisor's substitution puts
   * it in the social sciences. */
  sub->target = g_strdup ("social-science");
  sub->program = g_strdup ("as-hit");
  g_list_store_append (plan->exceptions, sub);
  audit = hp_audit_new (plan, catalog, hp_catalog_find_program (catalog, "as-hit"), nov27 ());
  social = group (audit, "social-science");
  g_assert_cmpfloat (social->done, ==, 1);
  g_assert_true (((HpApplied *) g_ptr_array_index (social->applied, 0))->substituted);
  g_assert_cmpint (group (audit, "humanities")->status, ==, HP_GROUP_MISSING);
}

/* "C or better in every course": a program's minimum grade keeps a D out
 * of every group, and the audit says what is still needed. */
static void
test_program_min_grade (void)
{
  g_autofree char *cpath = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogs",
                                                  "hit-example.hitcatalog", NULL);
  g_autoptr(GFile) cfile = g_file_new_for_path (cpath);
  g_autoptr(HpCatalog) catalog = hp_catalog_load (cfile, NULL, NULL);
  HpProgram *cert = hp_catalog_find_program (catalog, "cert-coding");
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpPlanEntry) terms = hp_plan_entry_new ("HIT 100", HP_STATUS_COMPLETED);
  g_autoptr(HpAudit) with_d = NULL;
  g_autoptr(HpAudit) strict = NULL;

  terms->grade = g_strdup ("D");
  g_list_store_append (hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_SPRING))->entries,
                       terms);
  with_d = hp_audit_new (plan, catalog, cert, nov27 ());
  g_assert_cmpfloat (group (with_d, "coding-core")->done, ==, 1);
  cert->min_grade = g_strdup ("C");
  strict = hp_audit_new (plan, catalog, cert, nov27 ());
  g_assert_cmpfloat (group (strict, "coding-core")->done, ==, 0);
  g_assert_cmpuint (strict->unapplied->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (strict->unapplied, 0), ==, "HIT 100");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, plan, func) \
  g_test_add (path, Fixture, plan, fixture_set_up, func, fixture_tear_down)
  ADD ("/audit/sample/aas", "data/samples/sample.hitplan", test_sample_aas);
  ADD ("/audit/sample/as", "data/samples/sample.hitplan", test_sample_as);
  ADD ("/audit/sample/bs", "data/samples/sample.hitplan", test_sample_bs);
  ADD ("/audit/sample/gpa", "data/samples/sample.hitplan", test_gpa);
  ADD ("/audit/sample/gpa-needed", "data/samples/sample.hitplan", test_gpa_needed);
  g_test_add_func ("/audit/gpa-needed/term-grades", test_gpa_needed_term_grades);
  ADD ("/audit/exceptions/describe", "data/samples/sample.hitplan", test_describe_exceptions);
  ADD ("/audit/default-load", "data/samples/sample.hitplan", test_default_load);
  ADD ("/audit/requisites-state", "data/samples/sample.hitplan", test_requisites_state);
  ADD ("/audit/default-comparison", "data/samples/sample.hitplan", test_default_comparison);
  ADD ("/audit/exceptions/for-problem", "tests/fixtures/plans/problems.hitplan",
       test_exception_for_problem);
  ADD ("/audit/sample/term-gpa", "data/samples/sample.hitplan", test_term_gpa);
  ADD ("/audit/sample/first-blocker", "data/samples/sample.hitplan", test_first_blocker);
  ADD ("/check/sample", "data/samples/sample.hitplan", test_sample_problems);
  ADD ("/check/every-problem", "tests/fixtures/plans/problems.hitplan", test_every_problem);
  ADD ("/compare/sample", "data/samples/sample.hitplan", test_compare);
#undef ADD
  g_test_add_func ("/audit/pin-and-substitution", test_pin_and_substitution);
  g_test_add_func ("/audit/program-min-grade", test_program_min_grade);

  return g_test_run ();
}
