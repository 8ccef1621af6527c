/* hp-autoplan.c: the remaining requirements of a program placed into future terms
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The projected graduation term is the last term of this plan, so every
 * rule of the catalog is honoured on the way there:
 *
 * 1. What to take.  Every listed course an "all" group still misses; then,
 *    group by group, courses a choice group accepts until it is met,
 *    preferring courses already needed for something else, then the ones
 *    that need the fewest other courses first, then the shortest chain;
 *    then whatever those need and the student has not got: prerequisites
 *    with their minimum grades (a course passed too low is retaken; of
 *    "any of" the cheapest way is taken) and co-requisites.
 * 2. When.  Terms run from the one after the term in progress (or after
 *    the plan's own start), fall and spring, and summer when the student
 *    takes summer terms and the college runs them.  A course goes in a term
 *    of a season it is offered in (or that an advisor allowed), after its
 *    prerequisites, no earlier than its co-requisites (courses that are each
 *    other's co-requisites go together), and within the load limit; what
 *    the student already planned stays where it is.  Terms are filled in
 *    order, the course with the longest chain of courses waiting on it
 *    first, counted in terms and seasons: a course offered only in fall
 *    that a spring-only course needs is a year's chain, not two terms.
 *    The fill runs with three tie-breaks and keeps the shortest result.
 * 3. What could not be placed says why.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hp-autoplan-private.h"
#include "hp-check.h"
#include "hp-grade.h"
#include "hp-record.h"

#define EPSILON 1e-9
#define NEVER   G_MAXUINT
/* How far ahead it looks: twelve years of fall, spring and summer. */
#define HORIZON 36

static void
placement_free (HpPlacement *p)
{
  g_free (p->course);
  g_free (p->reason);
  g_free (p->group);
  g_free (p);
}

static void
unplaced_free (HpUnplaced *u)
{
  g_free (u->course);
  g_free (u->reason);
  g_free (u);
}

HP_DEFINE_RECORD (HpAutoplan, hp_autoplan,
                  g_clear_pointer (&self->placements, g_ptr_array_unref);
                  g_clear_pointer (&self->unplaced, g_ptr_array_unref))

static void
hp_autoplan_init (HpAutoplan *self)
{
  self->placements = g_ptr_array_new_with_free_func ((GDestroyNotify) placement_free);
  self->unplaced = g_ptr_array_new_with_free_func ((GDestroyNotify) unplaced_free);
}

/* Terms ---------------------------------------------------------------------- */

/* Whether the student takes summer terms: their choice, when the college
 * runs them. */
gboolean
hp_plan_takes_summer (HpPlan    *plan,
                      HpCatalog *catalog)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  return plan->take_summer && (catalog == NULL || catalog->summer);
}

static gboolean
season_taken (HpSeason season,
              gboolean summer)
{
  return season == HP_SEASON_FALL || season == HP_SEASON_SPRING ||
         (summer && season == HP_SEASON_SUMMER);
}

static HpTermKey
next_taken (HpTermKey key,
            gboolean  summer)
{
  do
    key++;
  while (!season_taken (HP_TERM_KEY_SEASON (key), summer));
  return key;
}

/* The student's next term after @key: fall or spring, or summer when they
 * take summer terms. */
HpTermKey
hp_plan_next_term (HpPlan    *plan,
                   HpCatalog *catalog,
                   HpTermKey  key)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), 0);
  return next_taken (key, hp_plan_takes_summer (plan, catalog));
}

/* The student's record ------------------------------------------------------ */

typedef struct
{
  gboolean   completed_ungraded; /* completed, no grade yet: counts as passed */
  char      *best_grade;         /* the best grade of a completed attempt */
  HpTermKey  best_term;          /* the term of that attempt */
  gboolean   transfer;
  char      *transfer_grade;
  HpTermKey  active;             /* earliest term it is in progress or planned in; 0: none */
} Record;

static void
record_free (Record *r)
{
  g_free (r->best_grade);
  g_free (r->transfer_grade);
  g_free (r);
}

typedef struct
{
  HpCourse  *course;
  char      *reason;
  HpRequirement *claimed;  /* the group it was chosen for; NULL: needed by another course */
  guint      unit;
} Need;

static void
need_free (Need *n)
{
  g_free (n->reason);
  g_free (n);
}

typedef struct
{
  GArray    *needs;      /* of guint: indexes into Planner.needs */
  double     credits;
  char      *impossible; /* why it can never be placed, or NULL */
  guint      tail[HP_N_SEASONS];
  gboolean   visiting;
  GArray    *dependents; /* of guint: units that wait on this one */
} Unit;

typedef struct
{
  HpPlan      *plan;
  HpCatalog   *catalog;
  HpProgram   *program;
  HpAutoplan  *result;
  gboolean     summer;
  double       load;
  GHashTable  *records;  /* code -> Record* */
  GHashTable  *exceptions; /* waivers and offering exceptions, see read_exceptions () */
  GPtrArray   *courses;  /* the catalog's, in its order (borrowed) */
  GPtrArray   *needs;    /* of Need* */
  GHashTable  *needed;   /* code -> Need* (borrowed) */
  GArray      *units;    /* of Unit */
  HpTermKey   *placed;   /* per unit: the term it went in, 0 when not (yet) placed */
} Planner;

static Record *
record_for (Planner    *p,
            const char *code)
{
  Record *r = g_hash_table_lookup (p->records, code);

  if (r == NULL)
    {
      r = g_new0 (Record, 1);
      g_hash_table_insert (p->records, g_strdup (code), r);
    }
  return r;
}

static void
read_record (Planner *p)
{
  GListModel *terms = G_LIST_MODEL (p->plan->terms);
  GListModel *transfers = G_LIST_MODEL (p->plan->transfers);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) e = g_list_model_get_item (entries, j);
          Record *r;

          if (e->status == HP_STATUS_WITHDRAWN || e->status == HP_STATUS_FAILED)
            continue;
          r = record_for (p, e->course);
          if (e->status == HP_STATUS_COMPLETED)
            {
              if (e->grade == NULL)
                r->completed_ungraded = TRUE;
              else if (hp_grade_is_passing (e->grade) &&
                       (r->best_grade == NULL || hp_grade_meets (e->grade, r->best_grade)))
                {
                  g_free (r->best_grade);
                  r->best_grade = g_strdup (e->grade);
                  r->best_term = term->key;
                }
            }
          else if (r->active == 0 || term->key < r->active)
            r->active = term->key;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (transfers, i);
      Record *r;

      if (t->course == NULL || (t->grade != NULL && !hp_grade_is_passing (t->grade)))
        continue;
      r = record_for (p, t->course);
      r->transfer = TRUE;
      g_free (r->transfer_grade);
      r->transfer_grade = g_strdup (t->grade);
    }
}

/* Passed (or transferred) with at least @min_grade (NULL: any passing grade). */
static gboolean
record_meets (Planner    *p,
              const char *code,
              const char *min_grade)
{
  Record *r = g_hash_table_lookup (p->records, code);

  if (r == NULL)
    return FALSE;
  if (r->transfer && (r->transfer_grade == NULL || min_grade == NULL ||
                      hp_grade_meets (r->transfer_grade, min_grade)))
    return TRUE;
  return r->completed_ungraded || (r->best_grade != NULL && hp_grade_meets (r->best_grade, min_grade));
}

/* Passed, transferred, in progress or planned: a course that counts or
 * will, which is not taken again to fill a requirement. */
static gboolean
record_has (Planner    *p,
            const char *code)
{
  Record *r = g_hash_table_lookup (p->records, code);

  return r != NULL && (r->active != 0 || record_meets (p, code, NULL));
}

/* The advisors' exceptions, as keys: "waiver\nCOURSE\nPREREQUISITE" and
 * "offering\nCOURSE\nTERM-ID", read once. */
static void
read_exceptions (Planner *p)
{
  GListModel *exceptions = G_LIST_MODEL (p->plan->exceptions);

  for (guint i = 0; i < g_list_model_get_n_items (exceptions); i++)
    {
      g_autoptr(HpException) e = g_list_model_get_item (exceptions, i);

      if (e->kind == HP_EXCEPTION_WAIVER || e->kind == HP_EXCEPTION_OFFERING ||
          e->kind == HP_EXCEPTION_CONSENT)
        g_hash_table_add (p->exceptions,
                          g_strdup_printf ("%s\n%s\n%s", hp_exception_kind_to_string (e->kind),
                                           e->course, e->target));
    }
}

static gboolean
has_exception (Planner         *p,
               HpExceptionKind  kind,
               const char      *course,
               const char      *target)
{
  g_autofree char *key = NULL;

  if (g_hash_table_size (p->exceptions) == 0)
    return FALSE;
  key = g_strdup_printf ("%s\n%s\n%s", hp_exception_kind_to_string (kind), course, target);
  return g_hash_table_contains (p->exceptions, key);
}

/* In progress or planned, or passed with a grade the group and its program
 * take: a course the group has, or will. */
static gboolean
record_counts_for (Planner       *p,
                   const char    *code,
                   HpRequirement *group)
{
  Record *r = g_hash_table_lookup (p->records, code);

  if (r == NULL)
    return FALSE;
  if (r->active != 0)
    return TRUE;
  return record_meets (p, code, group->min_grade) &&
         record_meets (p, code, p->program->min_grade);
}

static gboolean
waived (Planner    *p,
        const char *for_course,
        const char *code)
{
  return has_exception (p, HP_EXCEPTION_WAIVER, for_course, code);
}

static gboolean
offering_allowed (Planner   *p,
                  HpCourse  *course,
                  HpTermKey  term)
{
  g_autofree char *id = NULL;

  if (hp_course_offered_in (course, HP_TERM_KEY_SEASON (term)))
    return TRUE;
  if (g_hash_table_size (p->exceptions) == 0)
    return FALSE;
  id = hp_term_key_to_id (term);
  return has_exception (p, HP_EXCEPTION_OFFERING, course->code, id);
}

/* The instructor's consent the student recorded, for a course whose
 * prerequisites it may replace. */
static gboolean
consented (Planner  *p,
           HpCourse *course)
{
  return course->consent && has_exception (p, HP_EXCEPTION_CONSENT, course->code, course->code);
}

/* Passed with the prerequisite's grade, and recently enough: its years are
 * counted to the first term of the plan. */
static gboolean
record_meets_requisite (Planner           *p,
                        const HpRequisite *req)
{
  Record *r = g_hash_table_lookup (p->records, req->course);

  if (!record_meets (p, req->course, req->min_grade))
    return FALSE;
  if (req->within_years == 0 || r->transfer || r->best_term == 0)
    return TRUE;
  return HP_TERM_KEY_YEAR (p->result->first) - HP_TERM_KEY_YEAR (r->best_term) <=
         (int) req->within_years;
}

/* When a course is there for another: 0 when the record (or a waiver)
 * already meets it, the term it is planned or placed in, or NEVER. */
static HpTermKey
course_ready (Planner    *p,
              const char *code,
              const char *min_grade,
              const char *for_course)
{
  Record *r = g_hash_table_lookup (p->records, code);
  Need *n = g_hash_table_lookup (p->needed, code);
  HpTermKey ready = NEVER;

  if (for_course != NULL && waived (p, for_course, code))
    return 0;
  if (record_meets (p, code, min_grade))
    return 0;
  if (r != NULL && r->active != 0)
    ready = r->active;
  if (n != NULL && p->placed != NULL && p->placed[n->unit] != 0)
    ready = MIN (ready, p->placed[n->unit]);
  return ready;
}

/* The term after which @req is met (0: already), or NEVER. */
static HpTermKey
requisite_ready (Planner           *p,
                 const HpRequisite *req,
                 const char        *for_course)
{
  HpTermKey ready;

  if (req == NULL)
    return 0;
  switch (req->kind)
    {
    case HP_REQUISITE_COURSE:
      {
        Record *r = g_hash_table_lookup (p->records, req->course);
        Need *n = g_hash_table_lookup (p->needed, req->course);

        if ((for_course != NULL && waived (p, for_course, req->course)) ||
            record_meets_requisite (p, req))
          return 0;
        /* Passed too low or too long ago does not count: only an attempt
         * in progress, planned or placed here. */
        ready = r != NULL && r->active != 0 ? r->active : NEVER;
        if (n != NULL && p->placed != NULL && p->placed[n->unit] != 0)
          ready = MIN (ready, p->placed[n->unit]);
        /* Taken in the same term will do: ready for that very term. */
        if (req->concurrent && ready != NEVER)
          ready--;
        return ready;
      }
    case HP_REQUISITE_ALL_OF:
      ready = 0;
      for (guint i = 0; i < req->children->len; i++)
        ready = MAX (ready, requisite_ready (p, g_ptr_array_index (req->children, i), for_course));
      return ready;
    case HP_REQUISITE_ANY_OF:
    default:
      ready = NEVER;
      for (guint i = 0; i < req->children->len; i++)
        ready = MIN (ready, requisite_ready (p, g_ptr_array_index (req->children, i), for_course));
      return ready;
    }
}

/* Met without taking anything new: by the record, a waiver, or a course
 * in progress, planned, or already chosen here. */
static gboolean
requisite_covered (Planner           *p,
                   const HpRequisite *req,
                   const char        *for_course)
{
  if (req == NULL)
    return TRUE;
  switch (req->kind)
    {
    case HP_REQUISITE_COURSE:
      {
        Record *r = g_hash_table_lookup (p->records, req->course);

        return waived (p, for_course, req->course) ||
               record_meets_requisite (p, req) ||
               (r != NULL && r->active != 0) ||
               g_hash_table_contains (p->needed, req->course);
      }
    case HP_REQUISITE_ALL_OF:
      for (guint i = 0; i < req->children->len; i++)
        if (!requisite_covered (p, g_ptr_array_index (req->children, i), for_course))
          return FALSE;
      return TRUE;
    case HP_REQUISITE_ANY_OF:
    default:
      for (guint i = 0; i < req->children->len; i++)
        if (requisite_covered (p, g_ptr_array_index (req->children, i), for_course))
          return TRUE;
      return FALSE;
    }
}

/* What to take ----------------------------------------------------------------- */

static Need *
add_need (Planner       *p,
          HpCourse      *course,
          HpRequirement *claimed,
          char          *reason)
{
  Need *n = g_hash_table_lookup (p->needed, course->code);

  if (n != NULL)
    {
      g_free (reason);
      if (n->claimed == NULL)
        n->claimed = claimed;
      return n;
    }
  n = g_new0 (Need, 1);
  n->course = course;
  n->claimed = claimed;
  n->reason = reason;
  g_ptr_array_add (p->needs, n);
  g_hash_table_insert (p->needed, course->code, n);
  return n;
}

static void
add_unplaced (Planner    *p,
              const char *course,
              char       *reason)
{
  HpUnplaced *u = g_new0 (HpUnplaced, 1);

  u->course = g_strdup (course);
  u->reason = reason;
  g_ptr_array_add (p->result->unplaced, u);
}

static guint course_cost (Planner *p, HpCourse *course, GHashTable *memo, guint depth);

/* How many courses would have to be added for @req to be met. */
static guint
requisite_cost (Planner           *p,
                const HpRequisite *req,
                const char        *for_course,
                GHashTable        *memo,
                guint              depth)
{
  guint cost;

  if (requisite_covered (p, req, for_course))
    return 0;
  switch (req->kind)
    {
    case HP_REQUISITE_COURSE:
      {
        HpCourse *c = hp_catalog_find_course (p->catalog, req->course);
        return c ? 1 + course_cost (p, c, memo, depth + 1) : NEVER / 4;
      }
    case HP_REQUISITE_ALL_OF:
      cost = 0;
      for (guint i = 0; i < req->children->len; i++)
        cost = MIN (NEVER / 4, cost + requisite_cost (p, g_ptr_array_index (req->children, i),
                                                      for_course, memo, depth));
      return cost;
    case HP_REQUISITE_ANY_OF:
    default:
      cost = NEVER / 4;
      for (guint i = 0; i < req->children->len; i++)
        cost = MIN (cost, requisite_cost (p, g_ptr_array_index (req->children, i), for_course,
                                          memo, depth));
      return cost;
    }
}

/* The other courses @course would bring with it: its missing prerequisites
 * and co-requisites, and theirs. */
static guint
course_cost (Planner    *p,
             HpCourse   *course,
             GHashTable *memo,
             guint       depth)
{
  gpointer cached;
  guint cost;

  if (depth > 32)
    return NEVER / 4;  /* a loop the catalog's own check would have refused */
  if (g_hash_table_lookup_extended (memo, course->code, NULL, &cached))
    return GPOINTER_TO_UINT (cached);
  cost = consented (p, course) ? 0
                               : requisite_cost (p, course->prerequisites, course->code, memo, depth);
  for (guint i = 0; i < course->corequisites->len + course->together->len; i++)
    {
      const char *code = i < course->corequisites->len
                         ? g_ptr_array_index (course->corequisites, i)
                         : g_ptr_array_index (course->together, i - course->corequisites->len);
      HpCourse *c = hp_catalog_find_course (p->catalog, code);

      if (c != NULL && !record_has (p, code) && !g_hash_table_contains (p->needed, code))
        cost = MIN (NEVER / 4, cost + 1 + course_cost (p, c, memo, depth + 1));
    }
  g_hash_table_insert (memo, course->code, GUINT_TO_POINTER (cost));
  return cost;
}

static void ensure_requisite (Planner *p, const HpRequisite *req, HpCourse *for_course);

static void
need_for (Planner    *p,
          const char *code,
          const char *min_grade,
          HpCourse   *for_course,
          gboolean    corequisite)
{
  HpCourse *course = hp_catalog_find_course (p->catalog, code);
  Record *r = g_hash_table_lookup (p->records, code);
  char *reason;

  if (course == NULL)
    {
      add_unplaced (p, for_course->code,
                    g_strdup_printf (_("%s needs %s, which is not in the catalog"),
                                     for_course->code, code));
      return;
    }
  if (corequisite)
    reason = g_strdup_printf (_("taken with %s"), for_course->code);
  else if (r != NULL && r->best_grade != NULL && min_grade != NULL)
    /* TRANSLATORS: why a course is taken again: "a prerequisite of HIT 150, which needs C or better (you earned D)" */
    reason = g_strdup_printf (_("a prerequisite of %s, which needs %s or better (you earned %s)"),
                              for_course->code, min_grade, r->best_grade);
  else
    reason = g_strdup_printf (_("a prerequisite of %s"), for_course->code);
  add_need (p, course, NULL, reason);
}

/* Adds what it takes to meet @req for @for_course: of "any of", the way
 * that brings the fewest other courses. */
static void
ensure_requisite (Planner           *p,
                  const HpRequisite *req,
                  HpCourse          *for_course)
{
  g_autoptr(GHashTable) memo = NULL;
  const HpRequisite *best = NULL;
  guint best_cost = NEVER;

  if (req == NULL || requisite_covered (p, req, for_course->code))
    return;
  switch (req->kind)
    {
    case HP_REQUISITE_COURSE:
      need_for (p, req->course, req->min_grade, for_course, FALSE);
      return;
    case HP_REQUISITE_ALL_OF:
      for (guint i = 0; i < req->children->len; i++)
        ensure_requisite (p, g_ptr_array_index (req->children, i), for_course);
      return;
    case HP_REQUISITE_ANY_OF:
    default:
      memo = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < req->children->len; i++)
        {
          const HpRequisite *child = g_ptr_array_index (req->children, i);
          guint cost = requisite_cost (p, child, for_course->code, memo, 0);

          if (cost < best_cost)
            {
              best = child;
              best_cost = cost;
            }
        }
      if (best != NULL)
        ensure_requisite (p, best, for_course);
      return;
    }
}

/* Until nothing more is needed: every chosen course's prerequisites and
 * co-requisites. */
static void
close_over_requisites (Planner *p)
{
  for (guint i = 0; i < p->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, i);
      HpCourse *course = n->course;

      if (!consented (p, course))
        ensure_requisite (p, course->prerequisites, course);
      for (guint j = 0; j < course->corequisites->len; j++)
        {
          const char *code = g_ptr_array_index (course->corequisites, j);

          if (!record_has (p, code) && !g_hash_table_contains (p->needed, code))
            need_for (p, code, NULL, course, TRUE);
        }
      for (guint j = 0; j < course->together->len; j++)
        {
          const char *code = g_ptr_array_index (course->together, j);

          if (!record_has (p, code) && !g_hash_table_contains (p->needed, code))
            need_for (p, code, NULL, course, TRUE);
        }
    }
}

/* What a course adds to a group: a course, or its credits. */
static double
units_of (HpRequirement *group,
          HpCourse      *course)
{
  return group->rule == HP_GROUP_CREDITS ? course->credits : 1;
}

typedef struct
{
  HpCourse *course;
  guint     cost;
  guint     seasons;
  double    credits;
} Candidate;

static guint
count_seasons (HpCourse *course,
               gboolean  summer)
{
  guint n = 0;

  for (HpSeason s = HP_SEASON_SPRING; s <= HP_SEASON_FALL; s++)
    n += season_taken (s, summer) && hp_course_offered_in (course, s);
  return n;
}

typedef struct
{
  HpGroupRule rule;
  double      missing;
} Wanted;

/* Fewest other courses first; for a credits group, a course that does not
 * overshoot what is missing; then the most seasons offered; then for
 * credits the largest that fits (or the smallest that does not), for a
 * count of courses the smallest; then by code. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  const Candidate *x = a, *y = b;
  const Wanted *w = data;
  gboolean x_fits = w->rule != HP_GROUP_CREDITS || x->credits <= w->missing + EPSILON;
  gboolean y_fits = w->rule != HP_GROUP_CREDITS || y->credits <= w->missing + EPSILON;

  if (x->cost != y->cost)
    return x->cost < y->cost ? -1 : 1;
  if (x_fits != y_fits)
    return x_fits ? -1 : 1;
  if (x->seasons != y->seasons)
    return x->seasons > y->seasons ? -1 : 1;
  if (fabs (x->credits - y->credits) > EPSILON)
    {
      gboolean larger_first = w->rule == HP_GROUP_CREDITS && x_fits;
      return (x->credits > y->credits) == larger_first ? -1 : 1;
    }
  return g_strcmp0 (x->course->code, y->course->code);
}

/* Whether taking @course needs no other course first or with it. */
static gboolean
brings_nothing (Planner  *p,
                HpCourse *course)
{
  if (!consented (p, course) && !requisite_covered (p, course->prerequisites, course->code))
    return FALSE;
  for (guint i = 0; i < course->corequisites->len + course->together->len; i++)
    {
      const char *code = i < course->corequisites->len
                         ? g_ptr_array_index (course->corequisites, i)
                         : g_ptr_array_index (course->together, i - course->corequisites->len);
      if (!record_has (p, code) && !g_hash_table_contains (p->needed, code))
        return FALSE;
    }
  return TRUE;
}

/* Courses a choice group takes until it is met: first courses already
 * chosen that no other group claims, then new ones. */
static void
fill_choice_group (Planner       *p,
                   HpRequirement *group,
                   double         missing)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GHashTable) memo = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) listed = NULL;
  GPtrArray *courses = p->courses;

  for (guint i = 0; i < p->needs->len && missing > EPSILON; i++)
    {
      Need *n = g_ptr_array_index (p->needs, i);

      if ((n->claimed == NULL || p->program->sharing) && hp_requirement_accepts (group, n->course))
        {
          if (n->claimed == NULL)
            n->claimed = group;
          missing -= units_of (group, n->course);
        }
    }
  if (missing <= EPSILON)
    return;
  /* A group of listed courses looks at its list, not the whole catalog. */
  if (group->pool == HP_POOL_LISTED)
    {
      listed = g_ptr_array_new ();
      for (guint i = 0; i < group->courses->len; i++)
        {
          HpCourse *course = hp_catalog_find_course (p->catalog, g_ptr_array_index (group->courses, i));
          if (course != NULL)
            g_ptr_array_add (listed, course);
        }
      courses = listed;
    }

  /* Courses that bring no other course come first whatever else differs:
   * when they are enough, the cost of the rest (a search through their
   * prerequisites, for a pool as wide as "any course") is not needed. */
  for (int pass = 0; pass < 2; pass++)
    {
      double enough = 0;

      g_array_set_size (candidates, 0);
      for (guint i = 0; i < courses->len; i++)
        {
          HpCourse *course = g_ptr_array_index (courses, i);
          Candidate c = { course, 0, 0, course->credits };

          if (!hp_requirement_accepts (group, course) || record_has (p, course->code) ||
              g_hash_table_contains (p->needed, course->code))
            continue;
          c.seasons = count_seasons (course, p->summer);
          if (c.seasons == 0)
            continue;
          if (pass == 0)
            {
              if (!brings_nothing (p, course))
                continue;
            }
          else if ((c.cost = course_cost (p, course, memo, 0)) >= NEVER / 4)
            continue;
          enough += units_of (group, course);
          g_array_append_val (candidates, c);
        }
      if (enough >= missing - EPSILON)
        break;
    }
  {
    Wanted wanted = { group->rule, missing };
    g_array_sort_with_data (candidates, compare_candidates, &wanted);
  }

  for (guint i = 0; i < candidates->len && missing > EPSILON; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      add_need (p, c->course, group, g_strdup (group->title ? group->title : group->id));
      missing -= units_of (group, c->course);
      /* What it brings is needed now too, and costs nothing to the next. */
      close_over_requisites (p);
    }
  if (missing > EPSILON)
    {
      g_autofree char *amount = hp_format_number (missing);
      add_unplaced (p, NULL,
                    group->rule == HP_GROUP_CREDITS
                    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%s needs %s more credit, and no course of "
                                                    "the catalog that counts is left to take",
                                                    "%s needs %s more credits, and no course of "
                                                    "the catalog that counts is left to take",
                                                    hp_plural_count (missing)),
                                       group->title, amount)
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%s needs %s more course, and no course of "
                                                    "the catalog that counts is left to take",
                                                    "%s needs %s more courses, and no course of "
                                                    "the catalog that counts is left to take",
                                                    hp_plural_count (missing)),
                                       group->title, amount));
    }
}

static void
choose_courses (Planner    *p,
                GListModel *groups)
{
  guint n = g_list_model_get_n_items (groups);

  /* Every course an "all" group lists and the student has not got. */
  for (guint g = 0; g < n; g++)
    {
      g_autoptr(HpGroupResult) result = g_list_model_get_item (groups, g);
      HpRequirement *group = result->group;

      if (group->rule != HP_GROUP_ALL)
        continue;
      for (guint i = 0; i < group->courses->len; i++)
        {
          const char *code = g_ptr_array_index (group->courses, i);
          HpCourse *course = hp_catalog_find_course (p->catalog, code);
          gboolean applied = FALSE;

          for (guint k = 0; k < result->applied->len && !applied; k++)
            applied = g_strcmp0 (((HpApplied *) g_ptr_array_index (result->applied, k))->code,
                                 code) == 0;
          if (applied || course == NULL || record_counts_for (p, code, group))
            continue;
          add_need (p, course, group, g_strdup (group->title ? group->title : group->id));
        }
    }
  close_over_requisites (p);

  for (guint g = 0; g < n; g++)
    {
      g_autoptr(HpGroupResult) result = g_list_model_get_item (groups, g);
      double missing = result->need - result->done - result->planned;

      if (result->group->rule != HP_GROUP_ALL && missing > EPSILON)
        fill_choice_group (p, result->group, missing);
    }
  close_over_requisites (p);
}

/* When ------------------------------------------------------------------------- */

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Courses that are each other's co-requisites go in one term: one unit. */
static void
make_units (Planner *p)
{
  guint n = p->needs->len;
  g_autofree guint *parent = g_new (guint, n);
  g_autofree guint *unit_of_root = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      ((Need *) g_ptr_array_index (p->needs, i))->unit = i;
    }
  for (guint i = 0; i < n; i++)
    {
      Need *a = g_ptr_array_index (p->needs, i);

      for (guint j = 0; j < a->course->corequisites->len; j++)
        {
          Need *b = g_hash_table_lookup (p->needed, g_ptr_array_index (a->course->corequisites, j));

          if (b == NULL)
            continue;
          for (guint k = 0; k < b->course->corequisites->len; k++)
            if (g_str_equal (g_ptr_array_index (b->course->corequisites, k), a->course->code))
              parent[find_root (parent, a->unit)] = find_root (parent, b->unit);
        }
      for (guint j = 0; j < a->course->together->len; j++)
        {
          Need *b = g_hash_table_lookup (p->needed, g_ptr_array_index (a->course->together, j));

          if (b != NULL)
            parent[find_root (parent, a->unit)] = find_root (parent, b->unit);
        }
    }

  p->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  for (guint i = 0; i < n; i++)
    unit_of_root[i] = G_MAXUINT;
  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);
      Need *need = g_ptr_array_index (p->needs, i);
      Unit *u;

      if (unit_of_root[root] == G_MAXUINT)
        {
          Unit fresh = { 0 };

          fresh.needs = g_array_new (FALSE, FALSE, sizeof (guint));
          fresh.dependents = g_array_new (FALSE, FALSE, sizeof (guint));
          unit_of_root[root] = p->units->len;
          g_array_append_val (p->units, fresh);
        }
      u = &g_array_index (p->units, Unit, unit_of_root[root]);
      g_array_append_val (u->needs, i);
      u->credits += need->course->credits;
    }
  for (guint i = 0; i < n; i++)
    ((Need *) g_ptr_array_index (p->needs, i))->unit = unit_of_root[find_root (parent, i)];
}

static gboolean
unit_offered (Planner   *p,
              Unit      *u,
              HpTermKey  term)
{
  for (guint i = 0; i < u->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, g_array_index (u->needs, guint, i));
      if (!offering_allowed (p, n->course, term))
        return FALSE;
    }
  return TRUE;
}

static gboolean
unit_offered_in_season (Planner  *p,
                        Unit     *u,
                        HpSeason  season)
{
  for (guint i = 0; i < u->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, g_array_index (u->needs, guint, i));
      if (!hp_course_offered_in (n->course, season))
        return FALSE;
    }
  return TRUE;
}

static void
add_dependent (Unit  *u,
               guint  dependent)
{
  for (guint i = 0; i < u->dependents->len; i++)
    if (g_array_index (u->dependents, guint, i) == dependent)
      return;
  g_array_append_val (u->dependents, dependent);
}

/* Which units wait on which: through prerequisites that still need a
 * course taken here (an "any of" already met by the record waits on none). */
static void
link_requisite (Planner           *p,
                const HpRequisite *req,
                const char        *for_course,
                guint              dependent)
{
  if (req == NULL)
    return;
  if (req->kind == HP_REQUISITE_COURSE)
    {
      Need *n = g_hash_table_lookup (p->needed, req->course);
      if (n != NULL && n->unit != dependent && requisite_ready (p, req, for_course) != 0)
        add_dependent (&g_array_index (p->units, Unit, n->unit), dependent);
      return;
    }
  if (req->kind == HP_REQUISITE_ANY_OF)
    for (guint i = 0; i < req->children->len; i++)
      if (requisite_ready (p, g_ptr_array_index (req->children, i), for_course) != NEVER)
        return;
  for (guint i = 0; i < req->children->len; i++)
    link_requisite (p, g_ptr_array_index (req->children, i), for_course, dependent);
}

static void
link_units (Planner *p)
{
  for (guint i = 0; i < p->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, i);

      if (!consented (p, n->course))
        link_requisite (p, n->course->prerequisites, n->course->code, n->unit);
      for (guint j = 0; j < n->course->corequisites->len; j++)
        {
          Need *d = g_hash_table_lookup (p->needed, g_ptr_array_index (n->course->corequisites, j));
          if (d != NULL && d->unit != n->unit)
            add_dependent (&g_array_index (p->units, Unit, d->unit), n->unit);
        }
    }
}

/* Whether @dependent waits on @u through a prerequisite (a term later) or
 * only through a co-requisite (the same term will do). */
static gboolean
waits_a_term (Planner *p,
              guint    u,
              guint    dependent)
{
  Unit *d = &g_array_index (p->units, Unit, dependent);

  for (guint i = 0; i < d->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, g_array_index (d->needs, guint, i));
      GPtrArray *stack = g_ptr_array_new ();

      if (n->course->prerequisites != NULL)
        g_ptr_array_add (stack, n->course->prerequisites);
      while (stack->len > 0)
        {
          HpRequisite *req = g_ptr_array_steal_index (stack, stack->len - 1);

          if (req->kind == HP_REQUISITE_COURSE)
            {
              Need *m = g_hash_table_lookup (p->needed, req->course);
              if (m != NULL && m->unit == u)
                {
                  g_ptr_array_unref (stack);
                  return TRUE;
                }
            }
          else
            for (guint k = 0; k < req->children->len; k++)
              g_ptr_array_add (stack, g_ptr_array_index (req->children, k));
        }
      g_ptr_array_unref (stack);
    }
  return FALSE;
}

/* Terms from a term of @season until a term @u can go in: at least
 * @min_steps; G_MAXUINT when no season the student takes offers it. */
static guint
steps_to_offering (Planner  *p,
                   Unit     *u,
                   HpSeason  season,
                   guint     min_steps,
                   HpSeason *arrives)
{
  HpTermKey key = HP_TERM_KEY (2000, season);

  for (guint k = 0; k <= min_steps + HP_N_SEASONS; k++)
    {
      if (k >= min_steps && season_taken (HP_TERM_KEY_SEASON (key), p->summer) &&
          unit_offered_in_season (p, u, HP_TERM_KEY_SEASON (key)))
        {
          *arrives = HP_TERM_KEY_SEASON (key);
          return k;
        }
      key = next_taken (key, p->summer);
    }
  return G_MAXUINT;
}

/* The terms from @u's term (of @season) to the end of the longest chain
 * of units waiting on it, that term included. */
static guint
tail (Planner  *p,
      guint     ui,
      HpSeason  season)
{
  Unit *u = &g_array_index (p->units, Unit, ui);
  guint longest = 1;

  if (u->tail[season] != 0)
    return u->tail[season];
  if (u->visiting)
    return 1;  /* co-requisites that wait on each other: no chain through them */
  u->visiting = TRUE;
  for (guint i = 0; i < u->dependents->len; i++)
    {
      guint d = g_array_index (u->dependents, guint, i);
      HpSeason arrives = season;
      guint k = steps_to_offering (p, &g_array_index (p->units, Unit, d), season,
                                   waits_a_term (p, ui, d) ? 1 : 0, &arrives);

      if (k != G_MAXUINT)
        longest = MAX (longest, k + tail (p, d, arrives));
    }
  u = &g_array_index (p->units, Unit, ui);
  u->visiting = FALSE;
  u->tail[season] = longest;
  return longest;
}

/* Whether every course of @u may go in @term, given what is placed. */
static gboolean
unit_ready (Planner   *p,
            Unit      *u,
            guint      ui,
            HpTermKey  term)
{
  if (!unit_offered (p, u, term))
    return FALSE;
  for (guint i = 0; i < u->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, g_array_index (u->needs, guint, i));
      HpTermKey ready = consented (p, n->course)
                        ? 0 : requisite_ready (p, n->course->prerequisites, n->course->code);

      if (ready != 0 && ready >= term)
        return FALSE;
      /* Open only to students admitted to the program: from their admission. */
      if (n->course->admission && p->plan->admitted != 0 && term < p->plan->admitted)
        return FALSE;
      /* Taken together with a course the plan already holds: in its term. */
      for (guint j = 0; j < n->course->together->len; j++)
        {
          const char *code = g_ptr_array_index (n->course->together, j);
          Record *r = g_hash_table_lookup (p->records, code);

          if (g_hash_table_contains (p->needed, code) || record_meets (p, code, NULL))
            continue;
          if (r != NULL && r->active != 0 && r->active != term)
            return FALSE;
        }
      for (guint j = 0; j < n->course->corequisites->len; j++)
        {
          const char *code = g_ptr_array_index (n->course->corequisites, j);
          Need *d = g_hash_table_lookup (p->needed, code);

          if (d != NULL && d->unit == ui)
            continue;
          ready = course_ready (p, code, NULL, NULL);
          if (ready != 0 && ready > term)
            return FALSE;
        }
    }
  return TRUE;
}

typedef int (*UnitOrder) (Planner *p, guint a, guint b, HpSeason season);

static const char *
unit_code (Planner *p,
           guint    ui)
{
  Unit *u = &g_array_index (p->units, Unit, ui);
  Need *n = g_ptr_array_index (p->needs, g_array_index (u->needs, guint, 0));

  return n->course->code;
}

static guint
unit_seasons (Planner *p,
              guint    ui)
{
  Unit *u = &g_array_index (p->units, Unit, ui);
  guint n = 0;

  for (HpSeason s = HP_SEASON_SPRING; s <= HP_SEASON_FALL; s++)
    n += season_taken (s, p->summer) && unit_offered_in_season (p, u, s);
  return n;
}

/* The longest chain of courses waiting first; between equal chains, the
 * course offered in the fewest seasons, which has the fewest chances. */
static int
order_by_tail (Planner  *p,
               guint     a,
               guint     b,
               HpSeason  season)
{
  guint ta = tail (p, a, season), tb = tail (p, b, season);
  guint sa, sb;

  if (ta != tb)
    return ta > tb ? -1 : 1;
  sa = unit_seasons (p, a);
  sb = unit_seasons (p, b);
  return sa == sb ? 0 : sa < sb ? -1 : 1;
}

/* The longest chain first, then the largest unit (fill the term), then by code. */
static int
order_big_first (Planner  *p,
                 guint     a,
                 guint     b,
                 HpSeason  season)
{
  Unit *x = &g_array_index (p->units, Unit, a), *y = &g_array_index (p->units, Unit, b);
  int by_tail = order_by_tail (p, a, b, season);

  if (by_tail != 0)
    return by_tail;
  if (fabs (x->credits - y->credits) > EPSILON)
    return x->credits > y->credits ? -1 : 1;
  return g_strcmp0 (unit_code (p, a), unit_code (p, b));
}

/* The longest chain first, then the one most courses wait on, then the smallest. */
static int
order_most_waited_on (Planner  *p,
                      guint     a,
                      guint     b,
                      HpSeason  season)
{
  Unit *x = &g_array_index (p->units, Unit, a), *y = &g_array_index (p->units, Unit, b);
  int by_tail = order_by_tail (p, a, b, season);

  if (by_tail != 0)
    return by_tail;
  if (x->dependents->len != y->dependents->len)
    return x->dependents->len > y->dependents->len ? -1 : 1;
  if (fabs (x->credits - y->credits) > EPSILON)
    return x->credits < y->credits ? -1 : 1;
  return g_strcmp0 (unit_code (p, a), unit_code (p, b));
}

/* The longest chain first, then the smallest unit, then by code. */
static int
order_small_first (Planner  *p,
                   guint     a,
                   guint     b,
                   HpSeason  season)
{
  Unit *x = &g_array_index (p->units, Unit, a), *y = &g_array_index (p->units, Unit, b);
  int by_tail = order_by_tail (p, a, b, season);

  if (by_tail != 0)
    return by_tail;
  if (fabs (x->credits - y->credits) > EPSILON)
    return x->credits < y->credits ? -1 : 1;
  return g_strcmp0 (unit_code (p, a), unit_code (p, b));
}

/* Credits the student's own plan already puts in @term. */
static double
planned_credits (Planner   *p,
                 HpTermKey  term)
{
  HpPlanTerm *t = hp_plan_find_term (p->plan, term);
  GListModel *entries;
  double total = 0;

  if (t == NULL)
    return 0;
  entries = G_LIST_MODEL (t->entries);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(HpPlanEntry) e = g_list_model_get_item (entries, i);
      if (e->status != HP_STATUS_WITHDRAWN && e->status != HP_STATUS_FAILED)
        total += hp_plan_entry_credits (e, p->catalog);
    }
  return total;
}

/* Fills terms from the first, in @order; the last term used, or 0 when
 * nothing went in.  p->placed says where each unit went. */
static HpTermKey
fill_terms (Planner   *p,
            UnitOrder  order)
{
  guint n_units = p->units->len;
  guint left = 0;
  HpTermKey last = 0;
  HpTermKey term = p->result->first;

  if (n_units > 0)   /* with nothing to place, the arrays are NULL */
    memset (p->placed, 0, sizeof (HpTermKey) * n_units);
  for (guint i = 0; i < n_units; i++)
    left += g_array_index (p->units, Unit, i).impossible == NULL;

  for (guint t = 0; t < HORIZON && left > 0; t++, term = next_taken (term, p->summer))
    {
      double room = p->load - planned_credits (p, term);

      for (;;)
        {
          guint best = G_MAXUINT;

          for (guint i = 0; i < n_units; i++)
            {
              Unit *u = &g_array_index (p->units, Unit, i);

              if (p->placed[i] != 0 || u->impossible != NULL || u->credits > room + EPSILON ||
                  !unit_ready (p, u, i, term))
                continue;
              if (best == G_MAXUINT || order (p, i, best, HP_TERM_KEY_SEASON (term)) < 0)
                best = i;
            }
          if (best == G_MAXUINT)
            break;
          p->placed[best] = term;
          room -= g_array_index (p->units, Unit, best).credits;
          last = term;
          left--;
        }
    }
  return last;
}

/* Units no term could ever take, and those waiting on them. */
static void
mark_impossible (Planner *p)
{
  gboolean changed = TRUE;

  for (guint i = 0; i < p->units->len; i++)
    {
      Unit *u = &g_array_index (p->units, Unit, i);
      gboolean offered = FALSE;

      for (HpSeason s = HP_SEASON_SPRING; s <= HP_SEASON_FALL; s++)
        offered = offered || (season_taken (s, p->summer) && unit_offered_in_season (p, u, s));
      if (u->credits > p->load + EPSILON)
        {
          g_autofree char *credits = hp_format_number (u->credits);
          g_autofree char *load = hp_format_number (p->load);
          u->impossible = g_strdup_printf (_("its %s credits are more than your limit of %s a term"),
                                           credits, load);
        }
      else if (!offered)
        {
          Need *n = g_ptr_array_index (p->needs, g_array_index (u->needs, guint, 0));
          g_autofree char *seasons = hp_course_describe_offered (n->course);

          u->impossible = !p->summer && hp_course_offered_in (n->course, HP_SEASON_SUMMER)
                          ? g_strdup_printf (_("it is offered only in %s, and the plan takes no "
                                               "summer terms"), seasons)
                          : g_strdup_printf (_("it is offered only in %s"), seasons);
        }
    }
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < p->units->len; i++)
        {
          Unit *u = &g_array_index (p->units, Unit, i);

          if (u->impossible == NULL)
            continue;
          for (guint j = 0; j < u->dependents->len; j++)
            {
              Unit *d = &g_array_index (p->units, Unit, g_array_index (u->dependents, guint, j));

              if (d->impossible == NULL)
                {
                  d->impossible = g_strdup_printf (_("it needs %s, which cannot be placed"),
                                                   unit_code (p, i));
                  changed = TRUE;
                }
            }
        }
    }
}

static int
compare_placements (gconstpointer a,
                    gconstpointer b)
{
  const HpPlacement *x = *(HpPlacement **) a, *y = *(HpPlacement **) b;

  if (x->term != y->term)
    return x->term < y->term ? -1 : 1;
  return g_strcmp0 (x->course, y->course);
}

static void
schedule (Planner *p)
{
  static const UnitOrder orders[] = { order_big_first, order_most_waited_on, order_small_first };
  guint n_units;
  g_autofree HpTermKey *best = NULL;
  HpTermKey best_last = 0;

  make_units (p);
  link_units (p);
  mark_impossible (p);
  n_units = p->units->len;
  p->placed = g_new0 (HpTermKey, n_units);
  best = g_new0 (HpTermKey, n_units);

  for (guint k = 0; k < G_N_ELEMENTS (orders); k++)
    {
      HpTermKey last = fill_terms (p, orders[k]);
      guint placed = 0, best_placed = 0;

      for (guint i = 0; i < n_units; i++)
        {
          placed += p->placed[i] != 0;
          best_placed += best[i] != 0;
        }
      /* The most placed, then the earliest last term; the first order on a tie. */
      if (k == 0 || placed > best_placed || (placed == best_placed && last < best_last))
        {
          if (n_units > 0)
            memcpy (best, p->placed, sizeof (HpTermKey) * n_units);
          best_last = last;
        }
    }
  if (n_units > 0)
    memcpy (p->placed, best, sizeof (HpTermKey) * n_units);

  for (guint i = 0; i < p->needs->len; i++)
    {
      Need *n = g_ptr_array_index (p->needs, i);
      Unit *u = &g_array_index (p->units, Unit, n->unit);

      if (p->placed[n->unit] != 0)
        {
          HpPlacement *placement = g_new0 (HpPlacement, 1);

          placement->course = g_strdup (n->course->code);
          placement->term = p->placed[n->unit];
          placement->credits = n->course->credits;
          placement->reason = g_strdup (n->reason);
          placement->group = n->claimed ? g_strdup (n->claimed->id) : NULL;
          g_ptr_array_add (p->result->placements, placement);
        }
      else
        add_unplaced (p, n->course->code,
                      u->impossible != NULL
                      ? g_strdup_printf (_("%s (%s): %s"), n->course->code, n->reason, u->impossible)
                      : g_strdup_printf (_("%s (%s) does not fit in the next %u terms"),
                                         n->course->code, n->reason, HORIZON));
    }
  g_ptr_array_sort (p->result->placements, compare_placements);
}

/* The result ---------------------------------------------------------------------- */

/* Terms the student takes after @current up to @last: the ones of the
 * seasons they take, and any other term of the plan holding a course of
 * the program (a summer or winter session they chose). */
static guint
count_terms (Planner    *p,
             GListModel *groups,
             HpTermKey   current,
             HpTermKey   last)
{
  g_autoptr(GHashTable) extra = g_hash_table_new (NULL, NULL);
  guint n = 0;

  if (last <= current)
    return 0;
  for (HpTermKey key = current + 1; key <= last; key++)
    n += season_taken (HP_TERM_KEY_SEASON (key), p->summer);
  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(HpGroupResult) result = g_list_model_get_item (groups, g);

      for (guint i = 0; i < result->applied->len; i++)
        {
          HpApplied *a = g_ptr_array_index (result->applied, i);

          if (a->term > current && a->term <= last &&
              !season_taken (HP_TERM_KEY_SEASON (a->term), p->summer))
            g_hash_table_add (extra, GUINT_TO_POINTER (a->term));
        }
    }
  return n + g_hash_table_size (extra);
}

/* The first term it may add to: after the term in progress, after every
 * term that holds completed or in-progress work, and not before the plan's
 * first term. */
static HpTermKey
first_term (Planner   *p,
            HpTermKey  current)
{
  GListModel *terms = G_LIST_MODEL (p->plan->terms);
  HpTermKey after = current;
  HpTermKey first;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) e = g_list_model_get_item (entries, j);
          if (e->status != HP_STATUS_PLANNED && term->key > after)
            after = term->key;
        }
    }
  first = next_taken (after, p->summer);
  while (p->plan->first_term != 0 && first < p->plan->first_term)
    first = next_taken (first, p->summer);
  return first;
}

/* The automatic plan for @program: what @groups (the audit's results,
 * which hp_audit_new () computes first) still need, placed from the term
 * after the one in progress on @today. */
HpAutoplan *
_hp_autoplan_new (HpPlan      *plan,
                  HpCatalog   *catalog,
                  HpProgram   *program,
                  GListModel  *groups,
                  const GDate *today)
{
  g_autoptr(HpAutoplan) result = g_object_new (HP_TYPE_AUTOPLAN, NULL);
  Planner p = { 0 };
  HpTermKey last = 0;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  p.plan = plan;
  p.catalog = catalog;
  p.program = program;
  p.result = result;
  p.summer = hp_plan_takes_summer (plan, catalog);
  p.load = hp_plan_load_limit (plan);
  p.records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) record_free);
  p.needs = g_ptr_array_new_with_free_func ((GDestroyNotify) need_free);
  p.needed = g_hash_table_new (g_str_hash, g_str_equal);
  p.exceptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.courses = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->courses)); i++)
    {
      HpCourse *course = g_list_model_get_item (G_LIST_MODEL (catalog->courses), i);
      g_ptr_array_add (p.courses, course);
      g_object_unref (course);  /* the catalog keeps it */
    }

  result->current = hp_term_key_for_date (today);
  result->summer = p.summer;
  result->load = p.load;
  read_record (&p);
  read_exceptions (&p);
  result->first = first_term (&p, result->current);

  choose_courses (&p, groups);
  schedule (&p);

  for (guint i = 0; i < result->placements->len; i++)
    last = MAX (last, ((HpPlacement *) g_ptr_array_index (result->placements, i))->term);
  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(HpGroupResult) r = g_list_model_get_item (groups, g);

      for (guint i = 0; i < r->applied->len; i++)
        last = MAX (last, ((HpApplied *) g_ptr_array_index (r->applied, i))->term);
    }
  result->last = last;
  result->terms_left = count_terms (&p, groups, result->current, last);

  for (guint i = 0; p.units != NULL && i < p.units->len; i++)
    {
      Unit *u = &g_array_index (p.units, Unit, i);
      g_array_unref (u->needs);
      g_array_unref (u->dependents);
      g_free (u->impossible);
    }
  g_clear_pointer (&p.units, g_array_unref);
  g_free (p.placed);
  g_hash_table_unref (p.needed);
  g_hash_table_unref (p.exceptions);
  g_ptr_array_unref (p.courses);
  g_ptr_array_unref (p.needs);
  g_hash_table_unref (p.records);
  return g_steal_pointer (&result);
}

/* The credits of the courses it places. */
double
hp_autoplan_credits (HpAutoplan *self)
{
  double total = 0;

  g_return_val_if_fail (HP_IS_AUTOPLAN (self), 0);
  for (guint i = 0; i < self->placements->len; i++)
    total += ((HpPlacement *) g_ptr_array_index (self->placements, i))->credits;
  return total;
}

/* Adds the automatic plan's courses to @plan, as planned courses in their
 * terms (made when missing). */
void
hp_autoplan_add_to_plan (HpAutoplan *self,
                         HpPlan     *plan)
{
  g_return_if_fail (HP_IS_AUTOPLAN (self));
  g_return_if_fail (HP_IS_PLAN (plan));

  for (guint i = 0; i < self->placements->len; i++)
    {
      HpPlacement *placement = g_ptr_array_index (self->placements, i);
      HpPlanTerm *term = hp_plan_ensure_term (plan, placement->term);
      g_autoptr(HpPlanEntry) entry = hp_plan_entry_new (placement->course, HP_STATUS_PLANNED);

      g_list_store_append (term->entries, entry);
    }
}
