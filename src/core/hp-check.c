/* hp-check.c: the problems of a plan, each with a sentence that explains it
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules (docs/architecture.md has them in full):
 * - a prerequisite is met by a course completed in an earlier term with the
 *   minimum grade, by transfer credit for it, or, when planning ahead, by the
 *   course in progress or planned in an earlier term;
 * - a co-requisite is met in the same term or any earlier one;
 * - a planned course must be offered in its term's season;
 * - a term with planned courses must stay within the load limit;
 * - a course is not planned twice in a term, nor again after it was passed.
 * An advisor's exception turns a problem into a resolved one; it stays in the
 * list, marked, so the student sees why it is allowed.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-check.h"
#include "hp-grade.h"
#include "hp-enums.h"

G_DEFINE_FINAL_TYPE (HpProblem, hp_problem, G_TYPE_OBJECT)

/* Read-only properties, for list rows that bind to a problem. */
enum {
  PROP_0,
  PROP_KIND,
  PROP_COURSE,
  PROP_MESSAGE,
  PROP_SUMMARY,
  PROP_RESOLVED,
  PROP_RESOLUTION,
  PROP_CAN_RESOLVE,
  N_PROPS
};

static GParamSpec *problem_properties[N_PROPS];

static void
hp_problem_finalize (GObject *object)
{
  HpProblem *self = HP_PROBLEM (object);

  g_free (self->course);
  g_free (self->message);
  g_free (self->target);
  g_clear_object (&self->resolved_by);
  G_OBJECT_CLASS (hp_problem_parent_class)->finalize (object);
}

static void
hp_problem_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HpProblem *self = HP_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_COURSE:
      g_value_set_string (value, self->course);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SUMMARY:
      g_value_take_string (value, hp_problem_dup_summary (self));
      break;
    case PROP_RESOLVED:
      g_value_set_boolean (value, self->resolved_by != NULL);
      break;
    case PROP_RESOLUTION:
      g_value_take_string (value, hp_problem_dup_resolution (self));
      break;
    case PROP_CAN_RESOLVE:
      g_value_set_boolean (value, self->resolved_by == NULL && self->target != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_problem_class_init (HpProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_problem_finalize;
  object_class->get_property = hp_problem_get_property;

  problem_properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HP_TYPE_PROBLEM_KIND, HP_PROBLEM_UNKNOWN_COURSE, flags);
  problem_properties[PROP_COURSE] = g_param_spec_string ("course", NULL, NULL, NULL, flags);
  problem_properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  /* "Fall 2027: HIT 210 is offered only in Fall, not in Summer." */
  problem_properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  problem_properties[PROP_RESOLVED] = g_param_spec_boolean ("resolved", NULL, NULL, FALSE, flags);
  /* How an exception resolved it, with the advisor's note; NULL while open. */
  problem_properties[PROP_RESOLUTION] = g_param_spec_string ("resolution", NULL, NULL, NULL, flags);
  /* Open, and an advisor's exception could resolve it. */
  problem_properties[PROP_CAN_RESOLVE] =
    g_param_spec_boolean ("can-resolve", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, problem_properties);
}

static void
hp_problem_init (HpProblem *self)
{
}

/* Where the problem is: its term ("Fall 2027"), or "Transfer" for
 * transfer credit. */
char *
hp_problem_dup_when (HpProblem *self)
{
  g_return_val_if_fail (HP_IS_PROBLEM (self), NULL);

  return self->term ? hp_term_key_format (self->term) : g_strdup (_("Transfer"));
}

/* The problem in one line, where it is first. */
char *
hp_problem_dup_summary (HpProblem *self)
{
  g_autofree char *when = NULL;

  g_return_val_if_fail (HP_IS_PROBLEM (self), NULL);

  when = hp_problem_dup_when (self);
  /* TRANSLATORS: a plan problem: where it is ("Fall 2027"), then what it is */
  return g_strdup_printf (_("%s: %s"), when, self->message);
}

/* How an advisor's exception resolved the problem, with its note; NULL
 * while the problem is open. */
char *
hp_problem_dup_resolution (HpProblem *self)
{
  g_autofree char *how = NULL;

  g_return_val_if_fail (HP_IS_PROBLEM (self), NULL);

  if (self->resolved_by == NULL)
    return NULL;
  /* Only waivers and offering exceptions resolve problems: neither names
   * a requirement group, so the sentence needs no catalog. */
  how = hp_exception_describe (self->resolved_by, NULL);
  if (self->resolved_by->note != NULL)
    /* TRANSLATORS: how a problem was resolved, then the advisor's note */
    return g_strdup_printf (_("Resolved: %s Note: %s"), how, self->resolved_by->note);
  return g_strdup_printf (_("Resolved: %s"), how);
}

const char *
hp_problem_kind_to_string (HpProblemKind kind)
{
  return hp_enum_to_nick (HP_TYPE_PROBLEM_KIND, kind);
}

/* The advisor's exception that resolves @problem: a waiver of the missing
 * prerequisite or co-requisite, or leave to take the course in a term it is
 * not offered.  NULL for a problem no exception resolves (a load, a
 * duplicate, a course not in the catalog). */
HpException *
hp_exception_new_for_problem (HpProblem   *problem,
                              const char  *approved_by,
                              const char  *note,
                              const GDate *today)
{
  HpException *exception;

  g_return_val_if_fail (HP_IS_PROBLEM (problem), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (problem->target == NULL || problem->course == NULL)
    return NULL;
  exception = hp_exception_new (problem->kind == HP_PROBLEM_OFFERING ? HP_EXCEPTION_OFFERING
                                                                      : HP_EXCEPTION_WAIVER,
                                problem->course);
  exception->target = g_strdup (problem->target);
  exception->date = *today;
  exception->approved_by = approved_by && *approved_by ? g_strstrip (g_strdup (approved_by))
                                                       : NULL;
  exception->note = note && *note ? g_strdup (note) : NULL;
  return exception;
}

static char *
group_title (HpException *e,
             HpCatalog   *catalog)
{
  HpProgram *program = catalog && e->program ? hp_catalog_find_program (catalog, e->program)
                                             : NULL;

  for (guint i = 0; program && i < g_list_model_get_n_items (G_LIST_MODEL (program->requirements));
       i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (G_LIST_MODEL (program->requirements), i);
      if (g_strcmp0 (g->id, e->target) == 0)
        /* TRANSLATORS: a requirement group of a program: "Social sciences (AS in HIT)" */
        return g_strdup_printf (_("%s (%s)"), g->title, program->name);
    }
  return g_strdup (e->target);
}

/* The exception in one sentence, who allowed what and when; its note is
 * not part of it.  Each kind has whole sentences of its own, so that a
 * translation can order them as its language needs. */
char *
hp_exception_describe (HpException *e,
                       HpCatalog   *catalog)
{
  g_autofree char *what = NULL;
  g_autofree char *date = g_date_valid (&e->date) ? hp_date_to_string (&e->date) : NULL;
  const char *by = e->approved_by;

  g_return_val_if_fail (HP_IS_EXCEPTION (e), NULL);

  switch (e->kind)
    {
    case HP_EXCEPTION_WAIVER:
      if (by && date)
        return g_strdup_printf (_("%s waived %s as a requirement of %s on %s."), by, e->target,
                                e->course, date);
      if (by)
        return g_strdup_printf (_("%s waived %s as a requirement of %s."), by, e->target,
                                e->course);
      if (date)
        return g_strdup_printf (_("%s was waived as a requirement of %s on %s."), e->target,
                                e->course, date);
      return g_strdup_printf (_("%s was waived as a requirement of %s."), e->target, e->course);

    case HP_EXCEPTION_OFFERING:
      {
        HpTermKey key;

        what = hp_term_key_parse (e->target, &key) ? hp_term_key_format (key)
                                                   : g_strdup (e->target);
      }
      if (by && date)
        return g_strdup_printf (_("%s allowed %s in %s, when it is not usually offered, on %s."),
                                by, e->course, what, date);
      if (by)
        return g_strdup_printf (_("%s allowed %s in %s, when it is not usually offered."), by,
                                e->course, what);
      if (date)
        return g_strdup_printf (_("%s was allowed in %s, when it is not usually offered, on %s."),
                                e->course, what, date);
      return g_strdup_printf (_("%s was allowed in %s, when it is not usually offered."),
                              e->course, what);

    case HP_EXCEPTION_CONSENT:
      if (by && date)
        return g_strdup_printf (_("%s gave consent to take %s without its prerequisites, on %s."),
                                by, e->course, date);
      if (by)
        return g_strdup_printf (_("%s gave consent to take %s without its prerequisites."), by,
                                e->course);
      if (date)
        return g_strdup_printf (_("Consent was given to take %s without its prerequisites, on %s."),
                                e->course, date);
      return g_strdup_printf (_("Consent was given to take %s without its prerequisites."),
                              e->course);

    case HP_EXCEPTION_SUBSTITUTION:
    case HP_N_EXCEPTION_KINDS:
    default:
      what = group_title (e, catalog);
      if (by && date)
        return g_strdup_printf (_("%s counted %s toward %s on %s."), by, e->course, what, date);
      if (by)
        return g_strdup_printf (_("%s counted %s toward %s."), by, e->course, what);
      if (date)
        return g_strdup_printf (_("%s was counted toward %s on %s."), e->course, what, date);
      return g_strdup_printf (_("%s was counted toward %s."), e->course, what);
    }
}

/* What the checks know about the plan, gathered once. */
typedef struct
{
  HpPlan     *plan;
  HpCatalog  *catalog;
  GHashTable *attempts;  /* code -> GPtrArray of Attempt, in time order */
  GListStore *problems;
  gboolean    completed_only;  /* planned and in-progress courses meet nothing */
} Checker;

typedef struct
{
  HpTermKey    term;
  HpPlanEntry *entry;
} Attempt;

static gboolean
is_active (HpPlanEntry *entry)
{
  return entry->status != HP_STATUS_WITHDRAWN && entry->status != HP_STATUS_FAILED;
}

double
hp_plan_entry_credits (HpPlanEntry *entry,
                       HpCatalog   *catalog)
{
  HpCourse *course;

  g_return_val_if_fail (HP_IS_PLAN_ENTRY (entry), 0);
  if (entry->credits > 0)
    return entry->credits;
  course = catalog ? hp_catalog_find_course (catalog, entry->course) : NULL;
  return course ? course->credits : 0;
}

/* Credits a term carries: every course in it but those withdrawn. */
double
hp_plan_term_credits (HpPlanTerm *term,
                      HpCatalog  *catalog)
{
  GListModel *entries = G_LIST_MODEL (term->entries);
  double total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, i);
      if (entry->status != HP_STATUS_WITHDRAWN)
        total += hp_plan_entry_credits (entry, catalog);
    }
  return total;
}

static HpProblem *
add_problem (Checker       *c,
             HpProblemKind  kind,
             HpTermKey      term,
             const char    *course,
             HpException   *resolved_by,
             char          *message)
{
  g_autoptr(HpProblem) problem = g_object_new (HP_TYPE_PROBLEM, NULL);

  problem->kind = kind;
  problem->term = term;
  problem->course = g_strdup (course);
  problem->message = message;
  problem->resolved_by = resolved_by ? g_object_ref (resolved_by) : NULL;
  g_list_store_append (c->problems, problem);
  return problem;  /* the store keeps it */
}

static HpException *
find_exception (HpPlan          *plan,
                HpExceptionKind  kind,
                const char      *course,
                const char      *target)
{
  GListModel *exceptions = G_LIST_MODEL (plan->exceptions);

  for (guint i = 0; i < g_list_model_get_n_items (exceptions); i++)
    {
      g_autoptr(HpException) e = g_list_model_get_item (exceptions, i);
      if (e->kind == kind && g_strcmp0 (e->course, course) == 0 &&
          g_strcmp0 (e->target, target) == 0)
        return e;
    }
  return NULL;
}

static HpTransfer *
find_transfer (HpPlan     *plan,
               const char *course)
{
  GListModel *transfers = G_LIST_MODEL (plan->transfers);

  for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (transfers, i);
      if (g_strcmp0 (t->course, course) == 0)
        return t;
    }
  return NULL;
}

static char *
term_label (HpTermKey key)
{
  return hp_term_key_format (key);
}

/* Prerequisites ---------------------------------------------------------- */

/* Whether the prerequisite @req (a course) is met for @term: passed
 * before it with its minimum grade (within its years, if it says), taken in
 * the same term when it may be, or transferred.  When it is not, *reason
 * says why, in words about the student's own record. */
static gboolean
course_met (Checker           *c,
            const HpRequisite *req,
            HpTermKey          term,
            const char        *for_course,
            gboolean           use_waivers,
            char             **reason)
{
  const char *code = req->course;
  const char *min_grade = req->min_grade;
  GPtrArray *attempts = g_hash_table_lookup (c->attempts, code);
  HpTransfer *transfer = find_transfer (c->plan, code);
  Attempt *low = NULL, *same = NULL, *later = NULL, *dropped = NULL, *old = NULL;

  if (use_waivers && find_exception (c->plan, HP_EXCEPTION_WAIVER, for_course, code) != NULL)
    return TRUE;
  if (transfer != NULL && (transfer->grade == NULL || min_grade == NULL ||
                           hp_grade_meets (transfer->grade, min_grade)))
    return TRUE;

  for (guint i = 0; attempts != NULL && i < attempts->len; i++)
    {
      Attempt *a = g_ptr_array_index (attempts, i);

      if (a->term > term)
        {
          if (later == NULL && is_active (a->entry))
            later = a;
          continue;
        }
      if (a->term == term)
        {
          if (is_active (a->entry))
            {
              if (req->concurrent)
                return TRUE;  /* taking it in the same term is allowed */
              same = a;
            }
          continue;
        }
      if (!is_active (a->entry))
        {
          dropped = a;
          continue;
        }
      if (a->entry->status != HP_STATUS_COMPLETED)
        {
          if (!c->completed_only)
            return TRUE;  /* planned or in progress earlier: counts when planning ahead */
          continue;
        }
      if (req->within_years > 0 &&
          HP_TERM_KEY_YEAR (term) - HP_TERM_KEY_YEAR (a->term) > (int) req->within_years)
        {
          old = a;
          continue;
        }
      if (a->entry->grade == NULL)
        return TRUE;
      if (hp_grade_meets (a->entry->grade, min_grade))
        return TRUE;
      low = a;
    }

  if (reason != NULL)
    {
      g_autofree char *when = NULL;

      if (low != NULL)
        {
          when = term_label (low->term);
          *reason = g_strdup_printf (_("you earned a %s in %s (%s)"), low->entry->grade, code, when);
        }
      else if (old != NULL)
        {
          when = term_label (old->term);
          *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "you took %s in %s, more than %u year before",
                                                  "you took %s in %s, more than %u years before",
                                                  req->within_years),
                                     code, when, req->within_years);
        }
      else if (same != NULL)
        {
          when = term_label (same->term);
          *reason = g_strdup_printf (_("you planned %s for %s, the same term"), code, when);
        }
      else if (later != NULL)
        {
          when = term_label (later->term);
          *reason = g_strdup_printf (_("%s is planned for %s, later"), code, when);
        }
      else if (dropped != NULL)
        {
          when = term_label (dropped->term);
          *reason = dropped->entry->status == HP_STATUS_WITHDRAWN
                    ? g_strdup_printf (_("you withdrew from %s in %s"), code, when)
                    : g_strdup_printf (_("you did not pass %s in %s"), code, when);
        }
      else if (transfer != NULL)
        *reason = g_strdup_printf (_("your transfer grade in %s is %s"), code, transfer->grade);
      else
        *reason = g_strdup_printf (_("%s is not in your plan"), code);
    }
  return FALSE;
}

static const char *
first_course (const HpRequisite *req)
{
  while (req->kind != HP_REQUISITE_COURSE)
    req = g_ptr_array_index (req->children, 0);
  return req->course;
}

/* Whether @req is met before @term.  When it is not, @reasons gets a
 * sentence per unmet part and @missing the course a waiver would name. */
static gboolean
requisite_met (Checker           *c,
               const HpRequisite *req,
               HpTermKey          term,
               const char        *for_course,
               gboolean           use_waivers,
               GPtrArray         *reasons,
               GPtrArray         *missing)
{
  if (req->kind == HP_REQUISITE_COURSE)
    {
      char *reason = NULL;

      if (course_met (c, req, term, for_course, use_waivers, reasons ? &reason : NULL))
        return TRUE;
      if (reasons != NULL)
        g_ptr_array_add (reasons, reason);
      if (missing != NULL)
        g_ptr_array_add (missing, req->course);
      return FALSE;
    }

  if (req->kind == HP_REQUISITE_ALL_OF)
    {
      gboolean met = TRUE;

      for (guint i = 0; i < req->children->len; i++)
        if (!requisite_met (c, g_ptr_array_index (req->children, i), term, for_course,
                            use_waivers, reasons, missing))
          met = FALSE;
      return met;
    }

  /* any-of: met by one; otherwise say none of them is there in time */
  for (guint i = 0; i < req->children->len; i++)
    if (requisite_met (c, g_ptr_array_index (req->children, i), term, for_course, use_waivers,
                       NULL, NULL))
      return TRUE;
  if (reasons != NULL)
    {
      g_autofree char *options = hp_requisite_describe (req);
      g_ptr_array_add (reasons, g_strdup_printf (_("none of %s comes before this term"), options));
    }
  if (missing != NULL)
    g_ptr_array_add (missing, (gpointer) first_course (req));
  return FALSE;
}

/* The waiver that made the difference, for the resolved problem's record. */
static HpException *
first_waiver (HpPlan            *plan,
              const HpRequisite *req,
              const char        *course)
{
  if (req->kind == HP_REQUISITE_COURSE)
    return find_exception (plan, HP_EXCEPTION_WAIVER, course, req->course);
  for (guint i = 0; i < req->children->len; i++)
    {
      HpException *e = first_waiver (plan, g_ptr_array_index (req->children, i), course);
      if (e != NULL)
        return e;
    }
  return NULL;
}

static void
check_prerequisites (Checker     *c,
                     HpTermKey    term,
                     HpPlanEntry *entry,
                     HpCourse    *course)
{
  g_autoptr(GPtrArray) reasons = hp_strv_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *needs = NULL;
  g_autofree char *because = NULL;
  HpException *waiver = NULL;
  HpProblem *problem;

  if (course->prerequisites == NULL ||
      requisite_met (c, course->prerequisites, term, course->code, FALSE, reasons, missing))
    return;
  if (requisite_met (c, course->prerequisites, term, course->code, TRUE, NULL, NULL))
    waiver = first_waiver (c->plan, course->prerequisites, course->code);
  /* "...or consent of the instructor": a consent the student recorded. */
  if (waiver == NULL && course->consent)
    waiver = find_exception (c->plan, HP_EXCEPTION_CONSENT, course->code, course->code);

  needs = hp_requisite_describe (course->prerequisites);
  because = g_strjoinv ("; ", (char **) reasons->pdata);
  problem = add_problem (c, HP_PROBLEM_PREREQUISITE, term, course->code, waiver,
                         course->consent
                         /* TRANSLATORS: "HIT 112 needs HIT 111 with C or better, or the instructor's consent; HIT 111 is not in your plan" */
                         ? g_strdup_printf (_("%s needs %s, or the instructor’s consent; %s"),
                                            course->code, needs, because)
                         /* TRANSLATORS: "HIT 210 needs HIT 150 with C or better; you planned HIT 150 for Fall 2027, the same term" */
                         : g_strdup_printf (_("%s needs %s; %s"), course->code, needs, because));
  problem->target = g_strdup (g_ptr_array_index (missing, 0));
}

static void
check_corequisites (Checker    *c,
                    HpTermKey   term,
                    HpCourse   *course)
{
  for (guint i = 0; i < course->corequisites->len; i++)
    {
      const char *code = g_ptr_array_index (course->corequisites, i);
      GPtrArray *attempts = g_hash_table_lookup (c->attempts, code);
      g_autofree char *when = NULL;
      Attempt *later = NULL;
      HpProblem *problem;
      gboolean met = find_transfer (c->plan, code) != NULL;

      for (guint j = 0; !met && attempts != NULL && j < attempts->len; j++)
        {
          Attempt *a = g_ptr_array_index (attempts, j);

          if (!is_active (a->entry))
            continue;
          if (a->term <= term)
            met = TRUE;
          else if (later == NULL)
            later = a;
        }
      if (met)
        continue;

      if (later != NULL)
        {
          when = term_label (later->term);
          problem = add_problem (c, HP_PROBLEM_COREQUISITE, term, course->code,
                                 find_exception (c->plan, HP_EXCEPTION_WAIVER, course->code, code),
                                 g_strdup_printf (_("%s must be taken in the same term as %s or "
                                                    "after it; %s is planned for %s, later"),
                                                  course->code, code, code, when));
        }
      else
        problem = add_problem (c, HP_PROBLEM_COREQUISITE, term, course->code,
                               find_exception (c->plan, HP_EXCEPTION_WAIVER, course->code, code),
                               g_strdup_printf (_("%s must be taken in the same term as %s or "
                                                  "after it; %s is not in your plan"),
                                                course->code, code, code));
      problem->target = g_strdup (code);
    }

  /* Co-requisites taken together: in the same term (or passed before). */
  for (guint i = 0; i < course->together->len; i++)
    {
      const char *code = g_ptr_array_index (course->together, i);
      GPtrArray *attempts = g_hash_table_lookup (c->attempts, code);
      Attempt *other = NULL;
      gboolean met = find_transfer (c->plan, code) != NULL;
      HpProblem *problem;

      for (guint j = 0; !met && attempts != NULL && j < attempts->len; j++)
        {
          Attempt *a = g_ptr_array_index (attempts, j);

          if (!is_active (a->entry))
            continue;
          if (a->term == term || (a->term < term && hp_plan_entry_passed (a->entry)))
            met = TRUE;
          else if (other == NULL)
            other = a;
        }
      if (met)
        continue;
      if (other != NULL)
        {
          g_autofree char *when = term_label (other->term);
          problem = add_problem (c, HP_PROBLEM_COREQUISITE, term, course->code,
                                 find_exception (c->plan, HP_EXCEPTION_WAIVER, course->code, code),
                                 g_strdup_printf (_("%s must be taken in the same term as %s; %s "
                                                    "is planned for %s"),
                                                  course->code, code, code, when));
        }
      else
        problem = add_problem (c, HP_PROBLEM_COREQUISITE, term, course->code,
                               find_exception (c->plan, HP_EXCEPTION_WAIVER, course->code, code),
                               g_strdup_printf (_("%s must be taken in the same term as %s; %s "
                                                  "is not in your plan"),
                                                course->code, code, code));
      problem->target = g_strdup (code);
    }
}

/* A course open only to students admitted to the program, before the term
 * of admission the plan records (or with none recorded). */
static void
check_admission (Checker   *c,
                 HpTermKey  term,
                 HpCourse  *course)
{
  g_autofree char *admitted = NULL;

  if (!course->admission || (c->plan->admitted != 0 && term >= c->plan->admitted))
    return;
  if (c->plan->admitted == 0)
    {
      add_problem (c, HP_PROBLEM_ADMISSION, term, course->code, NULL,
                   g_strdup_printf (_("%s is open only to students admitted to the program; "
                                      "record the term you were admitted in the profile"),
                                    course->code));
      return;
    }
  admitted = term_label (c->plan->admitted);
  add_problem (c, HP_PROBLEM_ADMISSION, term, course->code, NULL,
               g_strdup_printf (_("%s is open only to students admitted to the program, and "
                                  "your admission starts in %s"), course->code, admitted));
}

static void
check_offering (Checker   *c,
                HpTermKey  term,
                HpCourse  *course)
{
  g_autofree char *offered = NULL;
  g_autofree char *term_id = NULL;

  if (course->offered_unknown || hp_course_offered_in (course, HP_TERM_KEY_SEASON (term)))
    return;

  offered = hp_course_describe_offered (course);
  term_id = hp_term_key_to_id (term);
  /* Messages leave out the problem's own term: every list shows it beside
   * the message, and a card sits in its term's column. */
  add_problem (c, HP_PROBLEM_OFFERING, term, course->code,
               find_exception (c->plan, HP_EXCEPTION_OFFERING, course->code, term_id),
               g_strdup_printf (_("%s is offered only in %s, not in %s"), course->code, offered,
                                hp_season_label (HP_TERM_KEY_SEASON (term))))->target =
    g_steal_pointer (&term_id);
}

static void
check_duplicates (Checker     *c,
                  HpTermKey    term,
                  HpPlanEntry *entry)
{
  GPtrArray *attempts = g_hash_table_lookup (c->attempts, entry->course);
  HpTransfer *transfer = find_transfer (c->plan, entry->course);
  guint in_term = 0;

  for (guint i = 0; i < attempts->len; i++)
    {
      Attempt *a = g_ptr_array_index (attempts, i);

      if (a->term == term && is_active (a->entry))
        {
          /* Report a doubled course once, at its second appearance. */
          if (++in_term == 2 && a->entry == entry)
            {
              add_problem (c, HP_PROBLEM_DUPLICATE, term, entry->course, NULL,
                           g_strdup_printf (_("%s appears twice in this term"), entry->course));
              return;
            }
        }
      /* Retaking a D to reach a "C or better" minimum is normal, so only a
       * course passed with C or better counts as done. */
      else if (a->term < term && a->entry->status == HP_STATUS_COMPLETED &&
               hp_grade_meets (a->entry->grade ? a->entry->grade : "P", "C") &&
               entry->status != HP_STATUS_COMPLETED)
        {
          g_autofree char *when = term_label (a->term);
          add_problem (c, HP_PROBLEM_DUPLICATE, term, entry->course, NULL,
                       a->entry->grade
                       ? g_strdup_printf (_("%s is already completed: %s in %s"), entry->course,
                                          a->entry->grade, when)
                       : g_strdup_printf (_("%s is already completed in %s"), entry->course,
                                          when));
          return;
        }
    }

  if (transfer != NULL && entry->status != HP_STATUS_COMPLETED)
    add_problem (c, HP_PROBLEM_DUPLICATE, term, entry->course, NULL,
                 g_strdup_printf (_("%s is already covered by transfer credit from %s"),
                                  entry->course, transfer->institution));
}

static gboolean
plan_sets_load (HpPlan *plan)
{
  return plan->credits_per_term > 0;
}

static void
check_load (Checker    *c,
            HpPlanTerm *term)
{
  GListModel *entries = G_LIST_MODEL (term->entries);
  double credits = hp_plan_term_credits (term, c->catalog);
  double limit = hp_plan_load_limit (c->plan);
  gboolean planned = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, i);
      planned |= entry->status == HP_STATUS_PLANNED;
    }
  /* Past terms are history; only a term still being planned can change. */
  if (planned && credits > limit + 1e-9)
    {
      g_autofree char *have = hp_format_number (credits);
      g_autofree char *max = hp_format_number (limit);

      add_problem (c, HP_PROBLEM_LOAD, term->key, NULL, NULL,
                   plan_sets_load (c->plan)
                   ? g_strdup_printf (_("%s credits, more than your limit of %s a term"), have,
                                      max)
                   : g_strdup_printf (_("%s credits, more than the %s a term most colleges allow "
                                        "without an advisor’s approval"), have, max));
    }
}

/* Every attempt of every course, in time order. */
static GHashTable *
gather_attempts (HpPlan *plan)
{
  GHashTable *attempts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);
  GListModel *terms = G_LIST_MODEL (plan->terms);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, j);
          GPtrArray *list = g_hash_table_lookup (attempts, entry->course);
          Attempt *a = g_new (Attempt, 1);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (attempts, entry->course, list);
            }
          a->term = term->key;
          a->entry = entry;  /* the plan keeps it alive */
          g_ptr_array_add (list, a);
        }
    }
  return attempts;
}

/* Where the student stands with @course's prerequisites: none to meet,
 * met by completed work or transfer credit, met once what is in progress
 * or planned is done, or missing.  *explanation (when asked) says it in a
 * few words for a catalog list: "Needs HIT 150 with C or better". */
HpRequisitesState
hp_plan_requisites_state (HpPlan     *plan,
                          HpCatalog  *catalog,
                          HpCourse   *course,
                          char      **explanation)
{
  Checker c = { plan, catalog, NULL, NULL, TRUE };
  g_autofree char *needs = NULL;
  HpRequisitesState state;

  g_return_val_if_fail (HP_IS_PLAN (plan), HP_REQUISITES_NONE);
  g_return_val_if_fail (HP_IS_COURSE (course), HP_REQUISITES_NONE);

  if (course->prerequisites == NULL)
    {
      if (explanation != NULL)
        *explanation = g_strdup (_("No prerequisites"));
      return HP_REQUISITES_NONE;
    }

  c.attempts = gather_attempts (plan);
  needs = hp_requisite_describe (course->prerequisites);
  if (requisite_met (&c, course->prerequisites, G_MAXUINT, course->code, TRUE, NULL, NULL))
    state = HP_REQUISITES_MET;
  else
    {
      c.completed_only = FALSE;
      state = requisite_met (&c, course->prerequisites, G_MAXUINT, course->code, TRUE, NULL, NULL)
              ? HP_REQUISITES_PLANNED : HP_REQUISITES_MISSING;
    }
  g_hash_table_unref (c.attempts);

  if (explanation != NULL)
    switch (state)
      {
      case HP_REQUISITES_MET:
        *explanation = g_strdup_printf (_("Prerequisites met: %s"), needs);
        break;
      case HP_REQUISITES_PLANNED:
        *explanation = g_strdup_printf (_("Prerequisites in progress or planned: %s"), needs);
        break;
      case HP_REQUISITES_MISSING:
      case HP_REQUISITES_NONE:
      default:
        *explanation = g_strdup_printf (_("Needs %s"), needs);
        break;
      }
  return state;
}

GListStore *
hp_plan_check (HpPlan    *plan,
               HpCatalog *catalog)
{
  Checker c = { plan, catalog, NULL, g_list_store_new (HP_TYPE_PROBLEM), FALSE };
  GListModel *terms;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);

  c.attempts = gather_attempts (plan);
  terms = G_LIST_MODEL (plan->terms);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, j);
          HpCourse *course = hp_catalog_find_course (catalog, entry->course);

          if (course == NULL)
            {
              add_problem (&c, HP_PROBLEM_UNKNOWN_COURSE, term->key, entry->course, NULL,
                           g_strdup_printf (_("%s is not in the catalog “%s”"), entry->course,
                                            catalog->title ? catalog->title : catalog->id));
              continue;
            }
          if (!is_active (entry))
            continue;
          check_duplicates (&c, term->key, entry);
          check_prerequisites (&c, term->key, entry, course);
          check_corequisites (&c, term->key, course);
          if (entry->status != HP_STATUS_COMPLETED)
            check_admission (&c, term->key, course);
          if (entry->status == HP_STATUS_PLANNED)
            check_offering (&c, term->key, course);
        }
      check_load (&c, term);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->transfers)); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (G_LIST_MODEL (plan->transfers), i);

      if (t->course != NULL && hp_catalog_find_course (catalog, t->course) == NULL)
        add_problem (&c, HP_PROBLEM_UNKNOWN_COURSE, 0, t->course, NULL,
                     g_strdup_printf (_("transfer credit from %s names %s, which is not in the "
                                        "catalog “%s”"), t->institution, t->course,
                                      catalog->title ? catalog->title : catalog->id));
    }

  g_hash_table_unref (c.attempts);
  return c.problems;
}

guint
hp_problems_count_open (GListModel *problems)
{
  guint open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (problems, i);
      if (p->resolved_by == NULL)
        open++;
    }
  return open;
}
