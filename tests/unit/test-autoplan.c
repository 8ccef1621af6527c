/* test-autoplan.c: the automatic plan and the projected graduation, against answers worked by hand
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case is worked for 27 November 2026: Fall 2026 is in progress, so
 * the terms ahead are Spring 2027, (Summer 2027,) Fall 2027, ...  Catalogs
 * are built here, course by course, so each case shows all it depends on.
 * Then generated catalogs: every placement keeps every rule, the same input
 * gives the same plan, and the number of terms is compared with the
 * minimum an exhaustive search finds.
 */
#include "config.h"

#include <string.h>

#include "hp-core.h"

#define F  (1u << HP_SEASON_FALL)
#define SP (1u << HP_SEASON_SPRING)
#define SU (1u << HP_SEASON_SUMMER)

#define SPRING27 HP_TERM_KEY (2027, HP_SEASON_SPRING)
#define SUMMER27 HP_TERM_KEY (2027, HP_SEASON_SUMMER)
#define FALL27   HP_TERM_KEY (2027, HP_SEASON_FALL)
#define SPRING28 HP_TERM_KEY (2028, HP_SEASON_SPRING)
#define FALL28   HP_TERM_KEY (2028, HP_SEASON_FALL)
#define FALL26   HP_TERM_KEY (2026, HP_SEASON_FALL)

static const GDate *
nov27 (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 27, G_DATE_NOVEMBER, 2026);
  return &today;
}

typedef struct
{
  HpCatalog     *catalog;
  HpProgram     *program;
  HpRequirement *all;      /* "all": every course listed */
  HpPlan        *plan;
} Case;

static void
case_init (Case  *c,
           double load)
{
  c->catalog = hp_catalog_new ();
  c->program = hp_program_new ("p");
  c->program->name = g_strdup ("Program");
  c->all = hp_requirement_new ("core");
  c->all->title = g_strdup ("Core");
  c->all->rule = HP_GROUP_ALL;
  g_list_store_append (c->program->requirements, c->all);
  g_object_unref (c->all);  /* the program keeps it */
  g_list_store_append (c->catalog->programs, c->program);
  g_object_unref (c->program);
  c->plan = hp_plan_new ();
  c->plan->credits_per_term = load;
  c->plan->target_program = g_strdup ("p");
}

static void
case_clear (Case *c)
{
  g_clear_object (&c->catalog);
  g_clear_object (&c->plan);
}

/* A course the program requires (listed in its "all" group when @listed). */
static HpCourse *
course (Case       *c,
        const char *code,
        double      credits,
        guint       offered,
        gboolean    listed)
{
  g_autoptr(HpCourse) course = hp_course_new (code);

  course->title = g_strdup (code);
  course->credits = course->max_credits = credits;
  course->offered = offered;
  course->category = g_strdup ("x");
  hp_catalog_add_course (c->catalog, course);
  if (listed)
    {
      hp_requirement_add_course (c->all, code);
      c->all->count += 1;
    }
  return course;  /* the catalog keeps it */
}

static void
needs (HpCourse   *course,
       const char *code,
       const char *min_grade)
{
  if (course->prerequisites == NULL)
    course->prerequisites = hp_requisite_new_group (HP_REQUISITE_ALL_OF);
  g_ptr_array_add (course->prerequisites->children, hp_requisite_new_course (code, min_grade));
}

static void
with (HpCourse   *course,
      const char *code)
{
  g_ptr_array_add (course->corequisites, g_strdup (code));
}

static void
record (Case        *c,
        HpTermKey    term,
        const char  *code,
        HpStatus     status,
        const char  *grade)
{
  g_autoptr(HpPlanEntry) e = hp_plan_entry_new (code, status);

  e->grade = g_strdup (grade);
  g_list_store_append (hp_plan_ensure_term (c->plan, term)->entries, e);
}

static HpAudit *
audit (Case *c)
{
  return hp_audit_new (c->plan, c->catalog, c->program, nov27 ());
}

static HpTermKey
term_of (HpAutoplan *plan,
         const char *code)
{
  for (guint i = 0; i < plan->placements->len; i++)
    {
      HpPlacement *p = g_ptr_array_index (plan->placements, i);
      if (g_str_equal (p->course, code))
        return p->term;
    }
  return 0;
}

/* A -> B -> C; B only in fall, C only in spring.  Nothing taken yet.
 *   A: Spring 2027 (its first chance).  B needs A: the next fall, Fall 2027.
 *   C needs B: the next spring, Spring 2028.  Three terms after Fall 2026.
 * Dividing 9 credits by the load would have said Spring 2027, a year early. */
static void
test_fall_spring_chain (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;

  case_init (&c, 15);
  course (&c, "A 100", 3, F | SP, TRUE);
  needs (course (&c, "B 200", 3, F, TRUE), "A 100", NULL);
  needs (course (&c, "C 300", 3, SP, TRUE), "B 200", NULL);
  a = audit (&c);

  g_assert_cmpuint (a->autoplan->first, ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "A 100"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "B 200"), ==, FALL27);
  g_assert_cmpuint (term_of (a->autoplan, "C 300"), ==, SPRING28);
  g_assert_cmpuint (a->projected, ==, SPRING28);
  g_assert_cmpuint (a->terms_left, ==, 3);
  g_assert_cmpuint (a->autoplan->unplaced->len, ==, 0);
  case_clear (&c);
}

/* The same chain for a student who takes summer terms, B offered in fall
 * and summer: A Spring 2027, B Summer 2027, C still waits for a spring:
 * Spring 2028.  The terms left count the summers the student takes:
 * Spring, Summer, Fall 2027 and Spring 2028, four (Fall 2027 is empty). */
static void
test_chain_with_summer (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;

  case_init (&c, 15);
  c.plan->take_summer = TRUE;
  course (&c, "A 100", 3, F | SP, TRUE);
  needs (course (&c, "B 200", 3, F | SU, TRUE), "A 100", NULL);
  needs (course (&c, "C 300", 3, SP, TRUE), "B 200", NULL);
  a = audit (&c);

  g_assert_cmpuint (term_of (a->autoplan, "A 100"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "B 200"), ==, SUMMER27);
  g_assert_cmpuint (term_of (a->autoplan, "C 300"), ==, SPRING28);
  g_assert_cmpuint (a->projected, ==, SPRING28);
  g_assert_cmpuint (a->terms_left, ==, 4);

  /* A college without summer terms overrides the student's wish:
   * B waits for Fall 2027 and the answer is the same Spring 2028, in three
   * terms. */
  g_clear_object (&a);
  c.catalog->summer = FALSE;
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "B 200"), ==, FALL27);
  g_assert_cmpuint (a->projected, ==, SPRING28);
  g_assert_cmpuint (a->terms_left, ==, 3);
  case_clear (&c);
}

/* Five 3-credit courses, no prerequisites, a limit of 12 credits: four in
 * Spring 2027 (by code), the fifth in Fall 2027. */
static void
test_load_limit (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  const char *codes[] = { "K 101", "K 102", "K 103", "K 104", "K 105" };

  case_init (&c, 12);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    course (&c, codes[i], 3, F | SP, TRUE);
  a = audit (&c);

  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (term_of (a->autoplan, codes[i]), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "K 105"), ==, FALL27);
  g_assert_cmpuint (a->projected, ==, FALL27);
  g_assert_cmpuint (a->terms_left, ==, 2);
  case_clear (&c);
}

/* A lecture and its lab are each other's co-requisites: one term, together.
 * A limit of 6 with 3 credits already planned in Spring 2027 leaves 3:
 * the 3 + 1 pair does not fit, so both go to Fall 2027, and the planned
 * course stays where the student put it. */
static void
test_corequisites_together (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;

  case_init (&c, 6);
  with (course (&c, "BIO 201", 3, F | SP, TRUE), "BIO 201L");
  with (course (&c, "BIO 201L", 1, F | SP, TRUE), "BIO 201");
  course (&c, "ENG 101", 3, F | SP, TRUE);
  record (&c, SPRING27, "ENG 101", HP_STATUS_PLANNED, NULL);
  a = audit (&c);

  g_assert_cmpuint (a->autoplan->placements->len, ==, 2);
  g_assert_cmpuint (term_of (a->autoplan, "BIO 201"), ==, FALL27);
  g_assert_cmpuint (term_of (a->autoplan, "BIO 201L"), ==, FALL27);
  g_assert_cmpuint (term_of (a->autoplan, "ENG 101"), ==, 0);
  g_assert_cmpuint (a->projected, ==, FALL27);
  case_clear (&c);
}

/* A co-requisite taken "the same term or before": HIT 210 with HIT 140.
 * Both fit in Spring 2027, so both go there; HIT 140 offered only in fall
 * would put both in Fall 2027 (HIT 210 may not come before it). */
static void
test_corequisite_same_term_or_before (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  HpCourse *path;

  case_init (&c, 15);
  path = course (&c, "HIT 140", 3, F | SP, TRUE);
  with (course (&c, "HIT 210", 3, F | SP, TRUE), "HIT 140");
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 140"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 210"), ==, SPRING27);

  g_clear_object (&a);
  path->offered = F;
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 140"), ==, FALL27);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 210"), ==, FALL27);
  case_clear (&c);
}

/* HIT 100 passed with a D; HIT 150 needs it with C or better.  The plan
 * retakes HIT 100 in Spring 2027 (saying why) and takes HIT 150 in Fall
 * 2027.  With a waiver of that prerequisite, HIT 150 goes in Spring 2027
 * and nothing is retaken. */
static void
test_retake_for_grade (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(HpException) waiver = hp_exception_new (HP_EXCEPTION_WAIVER, "HIT 150");
  HpPlacement *retake;

  case_init (&c, 15);
  course (&c, "HIT 100", 3, F | SP, TRUE);
  needs (course (&c, "HIT 150", 3, F | SP, TRUE), "HIT 100", "C");
  record (&c, FALL26 - 4, "HIT 100", HP_STATUS_COMPLETED, "D");
  a = audit (&c);

  g_assert_cmpuint (a->autoplan->placements->len, ==, 2);
  retake = g_ptr_array_index (a->autoplan->placements, 0);
  g_assert_cmpstr (retake->course, ==, "HIT 100");
  g_assert_cmpuint (retake->term, ==, SPRING27);
  g_assert_cmpstr (retake->reason, ==,
                   "a prerequisite of HIT 150, which needs C or better (you earned D)");
  g_assert_cmpuint (term_of (a->autoplan, "HIT 150"), ==, FALL27);

  g_clear_object (&a);
  waiver->target = g_strdup ("HIT 100");
  g_list_store_append (c.plan->exceptions, waiver);
  a = audit (&c);
  g_assert_cmpuint (a->autoplan->placements->len, ==, 1);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 150"), ==, SPRING27);
  case_clear (&c);
}

/* A course in progress this term counts for planning: what needs it can
 * go in Spring 2027.  The term in progress is never a term left. */
static void
test_term_in_progress (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;

  case_init (&c, 15);
  course (&c, "A 100", 3, F | SP, TRUE);
  needs (course (&c, "B 200", 3, F | SP, TRUE), "A 100", "C");
  record (&c, FALL26, "A 100", HP_STATUS_IN_PROGRESS, NULL);
  a = audit (&c);

  g_assert_cmpuint (term_of (a->autoplan, "B 200"), ==, SPRING27);
  g_assert_cmpuint (a->projected, ==, SPRING27);
  g_assert_cmpuint (a->terms_left, ==, 1);

  /* Finishing this term: nothing left, no term left. */
  g_clear_object (&a);
  record (&c, FALL26, "B 200", HP_STATUS_IN_PROGRESS, NULL);
  a = audit (&c);
  g_assert_cmpuint (a->autoplan->placements->len, ==, 0);
  g_assert_cmpuint (a->projected, ==, FALL26);
  g_assert_cmpuint (a->terms_left, ==, 0);
  case_clear (&c);
}

/* A plan that starts later than today (a student planning ahead) starts
 * at its first term. */
static void
test_plan_starts_later (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;

  case_init (&c, 15);
  course (&c, "A 100", 3, F | SP, TRUE);
  c.plan->first_term = FALL28;
  a = audit (&c);
  g_assert_cmpuint (a->autoplan->first, ==, FALL28);
  g_assert_cmpuint (term_of (a->autoplan, "A 100"), ==, FALL28);
  /* Spring 2027 to Fall 2028: four terms, though only the last holds a course. */
  g_assert_cmpuint (a->terms_left, ==, 4);
  case_clear (&c);
}

/* A course offered only in summer, for a student who takes no summer terms,
 * cannot be placed; nor can what needs it.  The projection is unknown
 * rather than wrong, and each says why. */
static void
test_cannot_place (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  HpUnplaced *u;

  case_init (&c, 15);
  course (&c, "S 100", 3, SU, TRUE);
  needs (course (&c, "T 200", 3, F | SP, TRUE), "S 100", NULL);
  course (&c, "U 300", 3, F | SP, TRUE);
  a = audit (&c);

  g_assert_cmpuint (term_of (a->autoplan, "U 300"), ==, SPRING27);
  g_assert_cmpuint (a->autoplan->unplaced->len, ==, 2);
  u = g_ptr_array_index (a->autoplan->unplaced, 0);
  g_assert_cmpstr (u->course, ==, "S 100");
  g_assert_cmpstr (u->reason, ==, "S 100 (Core): it is offered only in Summer, and the plan takes "
                                  "no summer terms");
  u = g_ptr_array_index (a->autoplan->unplaced, 1);
  g_assert_cmpstr (u->reason, ==, "T 200 (Core): it needs S 100, which cannot be placed");
  g_assert_cmpuint (a->projected, ==, 0);

  /* A course of more credits than the limit allows. */
  case_clear (&c);
  case_init (&c, 3);
  course (&c, "P 290", 4, F | SP, TRUE);
  g_clear_object (&a);
  a = audit (&c);
  u = g_ptr_array_index (a->autoplan->unplaced, 0);
  g_assert_cmpstr (u->reason, ==, "P 290 (Core): its 4 credits are more than your limit of 3 "
                                  "a term");
  case_clear (&c);
}

/* A choice group: one course of A (which needs Z first) or B (which needs
 * nothing): B, one course instead of two.  A credits group of 4 from C (3
 * credits), D (4) and E (1): D, which meets it alone without going over. */
static void
test_choice_groups (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(HpRequirement) one = hp_requirement_new ("one");
  g_autoptr(HpRequirement) four = hp_requirement_new ("four");

  case_init (&c, 15);
  course (&c, "Z 100", 3, F | SP, FALSE);
  needs (course (&c, "A 200", 3, F | SP, FALSE), "Z 100", NULL);
  course (&c, "B 200", 3, F | SP, FALSE);
  course (&c, "C 300", 3, F | SP, FALSE);
  course (&c, "D 300", 4, F | SP, FALSE);
  course (&c, "E 300", 1, F | SP, FALSE);
  one->title = g_strdup ("One of A or B");
  one->rule = HP_GROUP_COURSES;
  one->count = 1;
  hp_requirement_add_course (one, "A 200");
  hp_requirement_add_course (one, "B 200");
  four->title = g_strdup ("Four credits");
  four->rule = HP_GROUP_CREDITS;
  four->count = 4;
  hp_requirement_add_course (four, "C 300");
  hp_requirement_add_course (four, "D 300");
  hp_requirement_add_course (four, "E 300");
  g_list_store_append (c.program->requirements, one);
  g_list_store_append (c.program->requirements, four);
  a = audit (&c);

  g_assert_cmpuint (a->autoplan->placements->len, ==, 2);
  g_assert_cmpuint (term_of (a->autoplan, "B 200"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "D 300"), ==, SPRING27);
  case_clear (&c);
}

/* "Fill the remaining terms": added to the plan, the audit finds the
 * program complete and the plan free of problems. */
static void
test_add_to_plan (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(HpAudit) after = NULL;
  g_autoptr(GListStore) problems = NULL;

  case_init (&c, 15);
  course (&c, "A 100", 3, F | SP, TRUE);
  needs (course (&c, "B 200", 3, F, TRUE), "A 100", NULL);
  needs (course (&c, "C 300", 3, SP, TRUE), "B 200", NULL);
  a = audit (&c);
  hp_autoplan_add_to_plan (a->autoplan, c.plan);
  after = audit (&c);
  problems = hp_plan_check (c.plan, c.catalog);

  g_assert_true (after->on_track);
  g_assert_cmpuint (after->autoplan->placements->len, ==, 0);
  g_assert_cmpuint (after->projected, ==, a->projected);
  g_assert_cmpuint (after->terms_left, ==, a->terms_left);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (problems)), ==, 0);
  case_clear (&c);
}

/* What catalogs state beyond prerequisites (format 2) ------------------------------ */

static void
together (HpCourse   *course,
          const char *code)
{
  g_ptr_array_add (course->together, g_strdup (code));
}

static HpProblem *
problem_of (GListStore    *problems,
            HpProblemKind  kind,
            const char    *course)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (problems)); i++)
    {
      HpProblem *p = g_list_model_get_item (G_LIST_MODEL (problems), i);

      g_object_unref (p);  /* the store keeps it */
      if (p->kind == kind && g_strcmp0 (p->course, course) == 0)
        return p;
    }
  return NULL;
}

/* "Taken together": the lecture says so, the lab says nothing.  With the
 * lab already planned for Fall 2027, the lecture goes there too, though
 * Spring 2027 has room; planned apart, the check says "in the same term". */
static void
test_taken_together (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(GListStore) problems = NULL;
  HpProblem *p;

  case_init (&c, 15);
  together (course (&c, "BIO 160", 3, F | SP, TRUE), "BIO 160L");
  course (&c, "BIO 160L", 1, F | SP, TRUE);
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "BIO 160"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "BIO 160L"), ==, SPRING27);

  g_clear_object (&a);
  record (&c, FALL27, "BIO 160L", HP_STATUS_PLANNED, NULL);
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "BIO 160"), ==, FALL27);

  record (&c, SPRING27, "BIO 160", HP_STATUS_PLANNED, NULL);
  problems = hp_plan_check (c.plan, c.catalog);
  p = problem_of (problems, HP_PROBLEM_COREQUISITE, "BIO 160");
  g_assert_nonnull (p);
  g_assert_cmpstr (p->message, ==, "BIO 160 must be taken in the same term as BIO 160L; BIO 160L "
                                   "is planned for Fall 2027");
  case_clear (&c);
}

/* "HIT 111 with C or better, or taken in the same term": both in Spring
 * 2027.  Without the concurrent route, HIT 112 would wait for Fall 2027. */
static void
test_concurrent_prerequisite (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(GListStore) problems = NULL;
  HpCourse *records;

  case_init (&c, 15);
  course (&c, "HIT 111", 3, F | SP, TRUE);
  records = course (&c, "HIT 112", 3, F | SP, TRUE);
  needs (records, "HIT 111", "C");
  ((HpRequisite *) g_ptr_array_index (records->prerequisites->children, 0))->concurrent = TRUE;
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 111"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 112"), ==, SPRING27);

  hp_autoplan_add_to_plan (a->autoplan, c.plan);
  problems = hp_plan_check (c.plan, c.catalog);
  g_assert_null (problem_of (problems, HP_PROBLEM_PREREQUISITE, "HIT 112"));
  case_clear (&c);
}

/* "Anatomy within the last 5 years": passed with an A in Fall 2019 is 8
 * years before Spring 2027, so the plan retakes it in Spring 2027 and
 * takes HIT 140 in Fall 2027; the check says why the old one does not count. */
static void
test_recent_prerequisite (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(GListStore) problems = NULL;
  HpCourse *patho;
  HpProblem *p;

  case_init (&c, 15);
  course (&c, "BIO 201", 3, F | SP, TRUE);
  patho = course (&c, "HIT 140", 3, F | SP, TRUE);
  needs (patho, "BIO 201", NULL);
  ((HpRequisite *) g_ptr_array_index (patho->prerequisites->children, 0))->within_years = 5;
  record (&c, HP_TERM_KEY (2019, HP_SEASON_FALL), "BIO 201", HP_STATUS_COMPLETED, "A");
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "BIO 201"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 140"), ==, FALL27);

  record (&c, SPRING27, "HIT 140", HP_STATUS_PLANNED, NULL);
  problems = hp_plan_check (c.plan, c.catalog);
  p = problem_of (problems, HP_PROBLEM_PREREQUISITE, "HIT 140");
  g_assert_nonnull (p);
  g_assert_cmpstr (p->message, ==, "HIT 140 needs BIO 201 within the last 5 years; you took "
                                   "BIO 201 in Fall 2019, more than 5 years before");
  case_clear (&c);
}

/* A course for admitted students: admitted for Fall 2027, HIT 210 waits
 * for it; planned in Spring 2027, the check says so; with no admission
 * recorded, it asks for one. */
static void
test_admission (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(GListStore) problems = NULL;
  HpProblem *p;

  case_init (&c, 15);
  course (&c, "HIT 210", 3, F | SP, TRUE)->admission = TRUE;
  c.plan->admitted = FALL27;
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 210"), ==, FALL27);

  record (&c, SPRING27, "HIT 210", HP_STATUS_PLANNED, NULL);
  problems = hp_plan_check (c.plan, c.catalog);
  p = problem_of (problems, HP_PROBLEM_ADMISSION, "HIT 210");
  g_assert_cmpstr (p->message, ==, "HIT 210 is open only to students admitted to the program, and "
                                   "your admission starts in Fall 2027");
  g_clear_object (&problems);
  c.plan->admitted = 0;
  problems = hp_plan_check (c.plan, c.catalog);
  p = problem_of (problems, HP_PROBLEM_ADMISSION, "HIT 210");
  g_assert_cmpstr (p->message, ==, "HIT 210 is open only to students admitted to the program; "
                                   "record the term you were admitted in the profile");
  case_clear (&c);
}

/* "...or consent of the instructor": with the consent recorded, HIT 230
 * goes in Spring 2027 and its prerequisite is not added; the check shows
 * the problem resolved by the consent. */
static void
test_consent (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(GListStore) problems = NULL;
  g_autoptr(HpException) consent = hp_exception_new (HP_EXCEPTION_CONSENT, "HIT 230");
  HpCourse *reimb;
  HpProblem *p;

  case_init (&c, 15);
  course (&c, "HIT 150", 3, F | SP, FALSE);
  reimb = course (&c, "HIT 230", 3, F | SP, TRUE);
  needs (reimb, "HIT 150", NULL);
  reimb->consent = TRUE;
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 150"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 230"), ==, FALL27);

  consent->target = g_strdup ("HIT 230");
  consent->approved_by = g_strdup ("Ms. Okafor");
  g_list_store_append (c.plan->exceptions, consent);
  g_clear_object (&a);
  a = audit (&c);
  g_assert_cmpuint (a->autoplan->placements->len, ==, 1);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 230"), ==, SPRING27);

  record (&c, SPRING27, "HIT 230", HP_STATUS_PLANNED, NULL);
  problems = hp_plan_check (c.plan, c.catalog);
  p = problem_of (problems, HP_PROBLEM_PREREQUISITE, "HIT 230");
  g_assert_nonnull (p->resolved_by);
  g_assert_cmpint (p->resolved_by->kind, ==, HP_EXCEPTION_CONSENT);
  g_assert_cmpstr (p->message, ==, "HIT 230 needs HIT 150, or the instructor’s consent; HIT 150 "
                                   "is not in your plan");
  case_clear (&c);
}

/* "C or better in every course of the core": a D passes but does not count
 * there, so the plan retakes the course; an unknown offering is never a
 * problem and any term may hold it. */
static void
test_group_grade_and_unknown_offering (void)
{
  Case c = { 0 };
  g_autoptr(HpAudit) a = NULL;
  g_autoptr(GListStore) problems = NULL;
  HpCourse *mystery;

  case_init (&c, 15);
  c.all->min_grade = g_strdup ("C");
  course (&c, "HIT 100", 3, F | SP, TRUE);
  mystery = course (&c, "HIT 199", 3, F, TRUE);
  mystery->offered_unknown = TRUE;
  mystery->offered = (1u << HP_N_SEASONS) - 1;
  record (&c, FALL26 - 4, "HIT 100", HP_STATUS_COMPLETED, "D");
  a = audit (&c);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 100"), ==, SPRING27);
  g_assert_cmpuint (term_of (a->autoplan, "HIT 199"), ==, SPRING27);

  record (&c, SUMMER27, "HIT 199", HP_STATUS_PLANNED, NULL);
  problems = hp_plan_check (c.plan, c.catalog);
  g_assert_null (problem_of (problems, HP_PROBLEM_OFFERING, "HIT 199"));
  case_clear (&c);
}

/* Generated catalogs ----------------------------------------------------------- */

#define MAX_COURSES 7
#define MAX_TERMS   12

typedef struct
{
  guint   n;
  double  credits[MAX_COURSES];
  guint   offered[MAX_COURSES];
  gboolean pre[MAX_COURSES][MAX_COURSES];   /* pre[i][j]: j before i */
  gboolean co[MAX_COURSES][MAX_COURSES];    /* co[i][j]: j in i's term or before */
  double  load;
  gboolean summer;
  HpSeason seasons[MAX_TERMS];              /* the terms ahead, by index */
} Problem;

static void
generate (Problem *pr,
          GRand   *rand,
          Case    *c)
{
  static const guint offerings[] = { F | SP, F | SP, F | SP | SU, F, SP, SP | SU, F | SU };
  static const double credits[] = { 3, 3, 3, 4, 1, 2 };
  char code[MAX_COURSES][8];
  HpTermKey key = SPRING27;

  memset (pr, 0, sizeof *pr);
  pr->n = g_rand_int_range (rand, 3, MAX_COURSES + 1);
  pr->load = g_rand_int_range (rand, 2, 5) * 3;       /* 6, 9 or 12 */
  pr->summer = g_rand_int_range (rand, 0, 3) == 0;
  case_init (c, pr->load);
  c->plan->take_summer = pr->summer;
  for (guint t = 0; t < MAX_TERMS; t++)
    {
      pr->seasons[t] = HP_TERM_KEY_SEASON (key);
      key = hp_plan_next_term (c->plan, c->catalog, key);
    }
  for (guint i = 0; i < pr->n; i++)
    {
      g_snprintf (code[i], sizeof code[i], "G %u", 100 + i);
      pr->credits[i] = credits[g_rand_int_range (rand, 0, G_N_ELEMENTS (credits))];
      pr->offered[i] = offerings[g_rand_int_range (rand, 0, G_N_ELEMENTS (offerings))];
      for (guint j = 0; j < i; j++)
        {
          int roll = g_rand_int_range (rand, 0, 10);
          if (roll < 3)
            pr->pre[i][j] = TRUE;
          else if (roll == 3)
            pr->co[i][j] = TRUE;
        }
    }
  for (guint i = 0; i < pr->n; i++)
    {
      HpCourse *course_i = course (c, code[i], pr->credits[i], pr->offered[i], TRUE);

      for (guint j = 0; j < pr->n; j++)
        {
          if (pr->pre[i][j])
            needs (course_i, code[j], NULL);
          if (pr->co[i][j])
            with (course_i, code[j]);
        }
    }
}

/* Whether @term[] keeps every rule of @pr. */
static gboolean
valid (Problem *pr,
       guint   *term)
{
  double used[MAX_TERMS] = { 0 };

  for (guint i = 0; i < pr->n; i++)
    {
      if ((pr->offered[i] & (1u << pr->seasons[term[i]])) == 0)
        return FALSE;
      used[term[i]] += pr->credits[i];
      if (used[term[i]] > pr->load + 1e-9)
        return FALSE;
      for (guint j = 0; j < pr->n; j++)
        if ((pr->pre[i][j] && term[j] >= term[i]) || (pr->co[i][j] && term[j] > term[i]))
          return FALSE;
    }
  return TRUE;
}

/* Courses in index order (what one needs has a smaller index): term by
 * term, with pruning on what can no longer beat @best. */
static void
search (Problem *pr,
        guint    i,
        guint   *term,
        double  *used,
        guint    last,
        guint   *best)
{
  if (i == pr->n)
    {
      *best = last;
      return;
    }
  for (guint t = 0; t < MAX_TERMS && t < *best; t++)
    {
      gboolean ok = (pr->offered[i] & (1u << pr->seasons[t])) != 0 &&
                    used[t] + pr->credits[i] <= pr->load + 1e-9;

      for (guint j = 0; ok && j < i; j++)
        ok = !(pr->pre[i][j] && term[j] >= t) && !(pr->co[i][j] && term[j] > t);
      if (!ok)
        continue;
      term[i] = t;
      used[t] += pr->credits[i];
      search (pr, i + 1, term, used, MAX (last, t), best);
      used[t] -= pr->credits[i];
    }
}

static guint
index_of_term (Problem   *pr,
               HpTermKey  key)
{
  HpTermKey t = SPRING27;

  for (guint i = 0; i < MAX_TERMS; i++)
    {
      if (t == key)
        return i;
      t++;
      while (!(HP_TERM_KEY_SEASON (t) == HP_SEASON_FALL || HP_TERM_KEY_SEASON (t) == HP_SEASON_SPRING ||
               (pr->summer && HP_TERM_KEY_SEASON (t) == HP_SEASON_SUMMER)))
        t++;
    }
  return G_MAXUINT;
}

/* Each generated catalog: the plan keeps every rule, comes out the same
 * twice, and takes as few terms as the exhaustive search finds, in nearly
 * every case. */
static void
test_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  guint cases = 0, minimal = 0, worst = 0;

  for (guint k = 0; k < 400; k++)
    {
      Case c = { 0 };
      Problem pr;
      g_autoptr(HpAudit) a = NULL;
      g_autoptr(HpAudit) again = NULL;
      guint term[MAX_COURSES] = { 0 };
      double used[MAX_TERMS] = { 0 };
      guint last = 0, best = MAX_TERMS;

      generate (&pr, rand, &c);
      a = audit (&c);
      again = audit (&c);

      /* The same input, the same plan. */
      g_assert_cmpuint (a->autoplan->placements->len, ==, again->autoplan->placements->len);
      for (guint i = 0; i < a->autoplan->placements->len; i++)
        {
          HpPlacement *x = g_ptr_array_index (a->autoplan->placements, i);
          HpPlacement *y = g_ptr_array_index (again->autoplan->placements, i);
          g_assert_cmpstr (x->course, ==, y->course);
          g_assert_cmpuint (x->term, ==, y->term);
        }

      search (&pr, 0, term, used, 0, &best);
      if (a->autoplan->unplaced->len > 0)
        {
          /* Placed nothing it could have: the search finds no plan either. */
          g_assert_cmpuint (best, ==, MAX_TERMS);
          case_clear (&c);
          continue;
        }
      g_assert_cmpuint (a->autoplan->placements->len, ==, pr.n);
      for (guint i = 0; i < pr.n; i++)
        {
          HpPlacement *p = g_ptr_array_index (a->autoplan->placements, i);
          guint index = (guint) g_ascii_strtoull (p->course + 2, NULL, 10) - 100;

          term[index] = index_of_term (&pr, p->term);
          g_assert_cmpuint (term[index], <, MAX_TERMS);
          last = MAX (last, term[index]);
        }
      /* Every placement keeps every rule... */
      g_assert_true (valid (&pr, term));
      /* ...and never beats the exhaustive minimum, which would mean a broken rule. */
      g_assert_cmpuint (best, <=, last);
      cases++;
      minimal += last == best;
      worst = MAX (worst, last - best);
      case_clear (&c);
    }
  g_test_message ("generated catalogs: %u of %u plans take the minimum number of terms "
                  "(%.1f%%); the worst is %u term(s) longer", minimal, cases,
                  100.0 * minimal / cases, worst);
  g_assert_cmpuint (cases, >=, 300);
  g_assert_cmpfloat ((double) minimal / cases, >=, 0.95);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/autoplan/fall-spring-chain", test_fall_spring_chain);
  g_test_add_func ("/autoplan/chain-with-summer", test_chain_with_summer);
  g_test_add_func ("/autoplan/load-limit", test_load_limit);
  g_test_add_func ("/autoplan/corequisites-together", test_corequisites_together);
  g_test_add_func ("/autoplan/corequisite-same-term-or-before", test_corequisite_same_term_or_before);
  g_test_add_func ("/autoplan/retake-for-grade", test_retake_for_grade);
  g_test_add_func ("/autoplan/term-in-progress", test_term_in_progress);
  g_test_add_func ("/autoplan/plan-starts-later", test_plan_starts_later);
  g_test_add_func ("/autoplan/cannot-place", test_cannot_place);
  g_test_add_func ("/autoplan/choice-groups", test_choice_groups);
  g_test_add_func ("/autoplan/add-to-plan", test_add_to_plan);
  g_test_add_func ("/autoplan/taken-together", test_taken_together);
  g_test_add_func ("/autoplan/concurrent-prerequisite", test_concurrent_prerequisite);
  g_test_add_func ("/autoplan/recent-prerequisite", test_recent_prerequisite);
  g_test_add_func ("/autoplan/admission", test_admission);
  g_test_add_func ("/autoplan/consent", test_consent);
  g_test_add_func ("/autoplan/group-grade-and-unknown-offering",
                   test_group_grade_and_unknown_offering);
  g_test_add_func ("/autoplan/generated", test_generated);
  return g_test_run ();
}
