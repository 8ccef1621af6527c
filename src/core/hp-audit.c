/* hp-audit.c: a plan measured against one program: what counts, what remains, when it ends
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The student's record becomes a list of items: each course's attempt that
 * counts (hp_plan_counting_attempts ()), each transfer credit.  Items go to requirement groups:
 * 1. an item the student pinned to a group, or an advisor substituted into
 *    one, goes there;
 * 2. a course a group lists by name goes to that group ("all" groups first);
 * 3. the rest go, completed work first, to the open group that is furthest
 *    from met;
 * 4. then, while a group is short, an item is moved to it from a group that
 *    stays met without it.
 * Without sharing, an item counts once; with sharing, toward every group that
 * takes it.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hp-audit.h"
#include "hp-autoplan-private.h"
#include "hp-check.h"
#include "hp-error.h"
#include "hp-grade.h"
#include "hp-enums.h"
#include "hp-record.h"


#define EPSILON 1e-9
#define TYPICAL_COURSE_CREDITS 3.0

static void
applied_free (HpApplied *a)
{
  g_free (a->code);
  g_free (a->label);
  g_free (a);
}

HP_DEFINE_RECORD (HpGroupResult, hp_group_result,
                  g_clear_object (&self->group);
                  g_clear_pointer (&self->applied, g_ptr_array_unref);
                  g_free (self->missing))

static void
hp_group_result_init (HpGroupResult *self)
{
  self->applied = g_ptr_array_new_with_free_func ((GDestroyNotify) applied_free);
}

HP_DEFINE_RECORD (HpAudit, hp_audit,
                  g_clear_object (&self->autoplan);
                  g_clear_object (&self->program);
                  g_clear_object (&self->groups);
                  g_clear_pointer (&self->unapplied, g_ptr_array_unref))

static void
hp_audit_init (HpAudit *self)
{
  self->groups = g_list_store_new (HP_TYPE_GROUP_RESULT);
  self->unapplied = hp_strv_array_new ();
}

const char *
hp_group_status_to_string (HpGroupStatus status)
{
  return hp_enum_to_nick (HP_TYPE_GROUP_STATUS, status);
}

const char *
hp_standing_to_string (HpStanding standing)
{
  return hp_enum_to_nick (HP_TYPE_STANDING, standing);
}

/* The record as items -------------------------------------------------------- */

typedef struct
{
  HpApplied  a;
  char      *category;
  char      *grade;        /* the grade it was passed with, or NULL (ungraded, planned) */
  char      *pin;          /* group id, or NULL */
  GPtrArray *substituted;  /* of const char*: group ids an advisor put it in */
  GArray    *groups;       /* of guint: indexes of the groups it is applied to */
  gboolean  *eligible;     /* per group: may it go there? */
  guint      n_eligible;
} Item;

static void
item_free (Item *item)
{
  g_free (item->a.code);
  g_free (item->a.label);
  g_free (item->category);
  g_free (item->grade);
  g_free (item->pin);
  g_ptr_array_unref (item->substituted);
  g_array_unref (item->groups);
  g_free (item->eligible);
  g_free (item);
}

static Item *
item_new (const char *code,
          HpStanding  standing)
{
  Item *item = g_new0 (Item, 1);

  item->a.code = g_strdup (code);
  item->a.standing = standing;
  item->substituted = g_ptr_array_new ();
  item->groups = g_array_new (FALSE, FALSE, sizeof (guint));
  return item;
}

static GPtrArray *
collect_items (HpPlan    *plan,
               HpCatalog *catalog,
               HpProgram *program)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) counting = NULL;
  GListModel *transfers = G_LIST_MODEL (plan->transfers);
  GHashTableIter iter;
  HpAttempt *attempt;
  GListModel *exceptions = G_LIST_MODEL (plan->exceptions);

  counting = hp_plan_counting_attempts (plan);
  g_hash_table_iter_init (&iter, counting);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &attempt))
    {
      HpPlanEntry *entry = attempt->entry;
      HpCourse *course = hp_catalog_find_course (catalog, entry->course);
      Item *item;

      if (course == NULL)
        continue;
      g_hash_table_add (seen, entry->course);
      item = item_new (entry->course,
                       entry->status == HP_STATUS_COMPLETED ? HP_STANDING_COMPLETED
                       : entry->status == HP_STATUS_IN_PROGRESS ? HP_STANDING_IN_PROGRESS
                       : HP_STANDING_PLANNED);
      item->a.label = g_strdup (entry->course);
      item->a.credits = hp_plan_entry_credits (entry, catalog);
      item->a.term = attempt->term->key;
      item->a.transfers = course->transfers;
      item->category = g_strdup (course->category);
      item->grade = g_strdup (entry->grade);
      item->pin = g_strdup (entry->group);
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (transfers, i);
      HpCourse *course = t->course ? hp_catalog_find_course (catalog, t->course) : NULL;
      Item *item;

      if (t->course != NULL && (course == NULL || g_hash_table_contains (seen, t->course)))
        continue;
      if (t->grade != NULL && !hp_grade_is_passing (t->grade))
        continue;

      item = item_new (t->course, HP_STANDING_COMPLETED);
      item->a.credits = t->credits;
      /* Credit accepted in transfer once is accepted again by the bachelor's. */
      item->a.transfers = course ? course->transfers : TRUE;
      item->category = g_strdup (course ? course->category : t->category);
      item->grade = g_strdup (t->grade);
      if (course != NULL)
        item->a.label = g_strdup_printf (_("%s (transfer from %s)"), t->course, t->institution);
      else
        {
          g_autofree char *credits = hp_format_number (t->credits);
          item->a.label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%s credit of %s (transfer from %s)",
                                                        "%s credits of %s (transfer from %s)",
                                                        hp_plural_count (t->credits)), credits,
                                           t->category ? t->category : _("elective credit"),
                                           t->institution);
        }
      g_ptr_array_add (items, item);
      if (t->course != NULL)
        g_hash_table_add (seen, t->course);
    }

  /* An advisor's substitution puts a course into a group it would not fill. */
  for (guint i = 0; i < g_list_model_get_n_items (exceptions); i++)
    {
      g_autoptr(HpException) e = g_list_model_get_item (exceptions, i);

      if (e->kind != HP_EXCEPTION_SUBSTITUTION ||
          (e->program != NULL && g_strcmp0 (e->program, program->id) != 0))
        continue;
      for (guint j = 0; j < items->len; j++)
        {
          Item *item = g_ptr_array_index (items, j);
          if (g_strcmp0 (item->a.code, e->course) == 0)
            g_ptr_array_add (item->substituted, e->target);
        }
    }

  return items;
}

/* Assignment ---------------------------------------------------------------- */

typedef struct
{
  HpRequirement *req;
  double         need;
  double         filled;  /* units assigned, whatever their standing */
} Slot;

static gboolean is_substituted (Item *item, HpRequirement *req);

/* Pinned by the student to another group of this program, one that takes
 * the course (a pin to a group that would not is no pin). */
static gboolean
item_pinned_elsewhere (Item      *item,
                       HpCatalog *catalog,
                       Slot      *slots,
                       guint      n_slots,
                       guint      g)
{
  if (item->pin == NULL)
    return FALSE;
  for (guint i = 0; i < n_slots; i++)
    if (g_str_equal (slots[i].req->id, item->pin))
      {
        HpCourse *course = item->a.code ? hp_catalog_find_course (catalog, item->a.code) : NULL;
        gboolean takes = is_substituted (item, slots[i].req) ||
                         (course != NULL && hp_requirement_accepts (slots[i].req, course));
        return takes && i != g;
      }
  return FALSE;  /* pinned to a group of another program: free here */
}

static gboolean
is_substituted (Item          *item,
                HpRequirement *req)
{
  for (guint i = 0; i < item->substituted->len; i++)
    if (g_str_equal (g_ptr_array_index (item->substituted, i), req->id))
      return TRUE;
  return FALSE;
}

static gboolean
is_listed (Item          *item,
           HpRequirement *req)
{
  return hp_requirement_lists (req, item->a.code);
}

/* A grade below the minimum a program or group asks of its courses ("C
 * or better in every HIT course") does not count there. */
static gboolean
grade_counts (Item          *item,
              HpProgram     *program,
              HpRequirement *req)
{
  if (item->grade == NULL || g_str_equal (item->grade, "P"))
    return TRUE;
  return (program->min_grade == NULL || hp_grade_meets (item->grade, program->min_grade)) &&
         (req->min_grade == NULL || hp_grade_meets (item->grade, req->min_grade));
}

static gboolean
compute_eligible (Item      *item,
                  HpCatalog *catalog,
                  HpProgram *program,
                  Slot      *slots,
                  guint      n_slots,
                  guint      g)
{
  HpRequirement *req = slots[g].req;
  HpCourse *course = item->a.code ? hp_catalog_find_course (catalog, item->a.code) : NULL;

  if (item_pinned_elsewhere (item, catalog, slots, n_slots, g) || !grade_counts (item, program, req))
    return FALSE;
  /* Only an advisor puts a course where the group would not take it; the
   * student's own pin chooses among groups that would. */
  if (is_substituted (item, req))
    return TRUE;
  if (item->a.code != NULL)
    return course != NULL && hp_requirement_accepts (req, course);
  switch (req->pool)
    {
    case HP_POOL_ANY:
    case HP_POOL_TRANSFERABLE:
      return TRUE;
    case HP_POOL_CATEGORY:
      return item->category != NULL && req->pool_categories != NULL &&
             g_strv_contains ((const char * const *) req->pool_categories, item->category);
    case HP_POOL_LISTED:
    default:
      return FALSE;
    }
}

static double
units (Item *item,
       Slot *slot)
{
  return slot->req->rule == HP_GROUP_CREDITS ? item->a.credits : 1;
}

static void
apply (Item *item,
       Slot *slots,
       guint g)
{
  g_array_append_val (item->groups, g);
  slots[g].filled += units (item, &slots[g]);
}

static void
unapply (Item *item,
         Slot *slots,
         guint g)
{
  for (guint i = 0; i < item->groups->len; i++)
    if (g_array_index (item->groups, guint, i) == g)
      {
        g_array_remove_index (item->groups, i);
        slots[g].filled -= units (item, &slots[g]);
        return;
      }
}

static double
shortfall (Slot *slot)
{
  return MAX (0, slot->need - slot->filled);
}

/* How many courses a group's pool takes, in rank: listed, a category,
 * transferable courses, any course. */
static int
pool_rank (HpRequirement *req)
{
  switch (req->pool)
    {
    case HP_POOL_LISTED:       return 0;
    case HP_POOL_CATEGORY:     return 1;
    case HP_POOL_TRANSFERABLE: return 2;
    case HP_POOL_ANY:
    default:                   return 3;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = *(Item **) a, *y = *(Item **) b;

  if (x->a.standing != y->a.standing)
    return (int) x->a.standing - (int) y->a.standing;
  if (x->n_eligible != y->n_eligible)
    return (int) x->n_eligible - (int) y->n_eligible;
  return g_strcmp0 (x->a.label, y->a.label);
}

static void
assign (GPtrArray *items,
        HpCatalog *catalog,
        HpProgram *program,
        Slot      *slots,
        guint      n_slots)
{
  gboolean changed;
  guint rounds = 0;

  /* Which item may go to which group never changes while assigning, so it
   * is worked out once. */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      item->eligible = g_new0 (gboolean, n_slots + 1);
      for (guint g = 0; g < n_slots; g++)
        {
          item->eligible[g] = compute_eligible (item, catalog, program, slots, n_slots, g);
          item->n_eligible += item->eligible[g];
        }
    }
  g_ptr_array_sort (items, compare_items);

  if (program->sharing)
    {
      for (guint i = 0; i < items->len; i++)
        for (guint g = 0; g < n_slots; g++)
          {
            Item *item = g_ptr_array_index (items, i);
            if (shortfall (&slots[g]) > EPSILON &&
                item->eligible[g])
              apply (item, slots, g);
          }
      return;
    }

  /* 1 and 2: pinned, substituted and listed-by-name courses, "all" groups first. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < items->len; i++)
      {
        Item *item = g_ptr_array_index (items, i);

        for (guint g = 0; g < n_slots && item->groups->len == 0; g++)
          {
            HpRequirement *req = slots[g].req;
            gboolean named = is_substituted (item, req) ||
                             (item->pin && g_str_equal (item->pin, req->id)) ||
                             (is_listed (item, req) && (pass == 1 || req->rule == HP_GROUP_ALL));

            if (named && shortfall (&slots[g]) > EPSILON &&
                item->eligible[g])
              apply (item, slots, g);
          }
      }

  /* 3: the rest, to the open group with the narrowest pool (a free elective
   * takes anything, so it comes last), then the one furthest from met. */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      int best = -1;
      double best_gap = 0;
      int best_rank = G_MAXINT;

      if (item->groups->len > 0)
        continue;
      for (guint g = 0; g < n_slots; g++)
        {
          double gap = slots[g].need > 0 ? shortfall (&slots[g]) / slots[g].need : 0;
          int rank = pool_rank (slots[g].req);

          if (gap <= EPSILON || !item->eligible[g])
            continue;
          if (rank < best_rank || (rank == best_rank && gap > best_gap + EPSILON))
            {
              best = g;
              best_gap = gap;
              best_rank = rank;
            }
        }
      if (best >= 0)
        apply (item, slots, best);
    }

  /* 4: move items to short groups from groups that stay met without them. */
  do
    {
      changed = FALSE;
      for (guint g = 0; g < n_slots; g++)
        for (guint i = 0; i < items->len && shortfall (&slots[g]) > EPSILON; i++)
          {
            Item *item = g_ptr_array_index (items, i);
            guint from;

            if (item->groups->len != 1 || !item->eligible[g])
              continue;
            from = g_array_index (item->groups, guint, 0);
            if (from == g || slots[from].filled - units (item, &slots[from]) < slots[from].need - EPSILON)
              continue;
            unapply (item, slots, from);
            apply (item, slots, g);
            changed = TRUE;
          }
    }
  while (changed && ++rounds < 100);
}

/* Results ------------------------------------------------------------------- */

static char *
describe_missing (HpGroupResult *result,
                  HpCatalog     *catalog,
                  double        *missing_credits,
                  guint         *missing_courses)
{
  HpRequirement *req = result->group;
  double gap = MAX (0, result->need - result->done - result->planned);
  g_autofree char *amount = hp_format_number (gap);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;

  *missing_credits = 0;
  *missing_courses = 0;
  if (gap <= EPSILON)
    return NULL;

  /* Listed courses not yet applied: what the student could add. */
  for (guint i = 0; i < req->courses->len; i++)
    {
      const char *code = g_ptr_array_index (req->courses, i);
      gboolean applied = FALSE;

      for (guint j = 0; j < result->applied->len && !applied; j++)
        applied = g_strcmp0 (((HpApplied *) g_ptr_array_index (result->applied, j))->code, code) == 0;
      if (!applied)
        g_ptr_array_add (names, (gpointer) code);
    }
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);

  switch (req->rule)
    {
    case HP_GROUP_ALL:
      {
        for (guint i = 0; names->pdata[i] != NULL; i++)
          {
            HpCourse *course = hp_catalog_find_course (catalog, names->pdata[i]);
            *missing_credits += course ? course->credits : TYPICAL_COURSE_CREDITS;
          }
        *missing_courses = (guint) ceil (gap);
        return g_strdup_printf (_("needs %s"), list);
      }
    case HP_GROUP_COURSES:
      *missing_courses = (guint) ceil (gap);
      *missing_credits = *missing_courses * TYPICAL_COURSE_CREDITS;
      if (req->pool == HP_POOL_CATEGORY)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "needs %s more course in %s",
                                             "needs %s more courses in %s", (gulong) ceil (gap)),
                                amount, req->pool_category);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "needs %s more course from %s",
                                           "needs %s more courses from %s", (gulong) ceil (gap)),
                              amount, list);
    case HP_GROUP_CREDITS:
    default:
      *missing_credits = gap;
      *missing_courses = (guint) ceil (gap / TYPICAL_COURSE_CREDITS);
      switch (req->pool)
        {
        case HP_POOL_CATEGORY:
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "needs %s more credit in %s",
                                               "needs %s more credits in %s",
                                               hp_plural_count (gap)),
                                  amount, req->pool_category);
        case HP_POOL_TRANSFERABLE:
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "needs %s more transferable credit",
                                               "needs %s more transferable credits",
                                               hp_plural_count (gap)), amount);
        case HP_POOL_ANY:
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "needs %s more credit of any course",
                                               "needs %s more credits of any course",
                                               hp_plural_count (gap)), amount);
        case HP_POOL_LISTED:
        default:
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "needs %s more credit from %s",
                                               "needs %s more credits from %s",
                                               hp_plural_count (gap)), amount, list);
        }
    }
}

static HpApplied *
applied_copy (const HpApplied *a,
              gboolean         substituted)
{
  HpApplied *copy = g_new (HpApplied, 1);

  *copy = *a;
  copy->code = g_strdup (a->code);
  copy->label = g_strdup (a->label);
  copy->substituted = substituted;
  return copy;
}

/* One group's result: what of it is done, planned, and still missing. */
static HpGroupResult *
group_result_new (Slot      *slot,
                  guint      g,
                  GPtrArray *items,
                  HpCatalog *catalog,
                  double    *missing_credits,
                  guint     *missing_courses)
{
  HpGroupResult *result = g_object_new (HP_TYPE_GROUP_RESULT, NULL);

  result->group = g_object_ref (slot->req);
  result->need = slot->need;
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      for (guint k = 0; k < item->groups->len; k++)
        if (g_array_index (item->groups, guint, k) == g)
          {
            double u = units (item, slot);

            if (item->a.standing == HP_STANDING_COMPLETED)
              result->done += u;
            else
              result->planned += u;
            g_ptr_array_add (result->applied, applied_copy (&item->a, is_substituted (item, slot->req)));
          }
    }
  /* More than enough credits do not make a group "more" met. */
  result->done = MIN (result->done, result->need);
  result->planned = MIN (result->planned, result->need - result->done);

  if (result->done >= result->need - EPSILON)
    result->status = HP_GROUP_COMPLETE;
  else if (result->done + result->planned >= result->need - EPSILON)
    result->status = HP_GROUP_PLANNED;
  else if (result->done + result->planned > EPSILON)
    result->status = HP_GROUP_PARTIAL;
  else
    result->status = HP_GROUP_MISSING;

  result->missing = describe_missing (result, catalog, missing_credits, missing_courses);
  return result;
}

/* The credit totals of the items that count. */
static void
add_up_credits (HpAudit   *audit,
                GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      if (item->groups->len == 0)
        {
          if (item->a.code != NULL)
            g_ptr_array_add (audit->unapplied, g_strdup (item->a.label));
          continue;
        }
      switch (item->a.standing)
        {
        case HP_STANDING_COMPLETED:
          audit->credits_completed += item->a.credits;
          break;
        case HP_STANDING_IN_PROGRESS:
          audit->credits_in_progress += item->a.credits;
          break;
        case HP_STANDING_PLANNED:
        default:
          audit->credits_planned += item->a.credits;
          break;
        }
      if (item->a.transfers)
        audit->transferable_credits += item->a.credits;
    }
  g_ptr_array_sort (audit->unapplied, hp_str_pointer_compare);
}

/* @plan measured against @program on @today: what counts toward each
 * group, what is left, and when it ends (the last term of the automatic
 * plan of what is left, placed from the term after the one in progress). */
HpAudit *
hp_audit_new (HpPlan      *plan,
              HpCatalog   *catalog,
              HpProgram   *program,
              const GDate *today)
{
  g_autoptr(HpAudit) audit = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree Slot *slots = NULL;
  GListModel *groups;
  guint n_slots;
  double missing_credits = 0;
  gboolean groups_met = TRUE;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (HP_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  audit = g_object_new (HP_TYPE_AUDIT, NULL);
  audit->program = g_object_ref (program);
  audit->credits_required = program->credits;

  groups = G_LIST_MODEL (program->requirements);
  n_slots = g_list_model_get_n_items (groups);
  slots = g_new0 (Slot, n_slots);
  for (guint g = 0; g < n_slots; g++)
    {
      slots[g].req = g_list_model_get_item (groups, g);
      g_object_unref (slots[g].req);  /* the program keeps it */
      slots[g].need = slots[g].req->count;
    }

  items = collect_items (plan, catalog, program);
  assign (items, catalog, program, slots, n_slots);

  for (guint g = 0; g < n_slots; g++)
    {
      double group_credits;
      guint group_courses;
      g_autoptr(HpGroupResult) result = group_result_new (&slots[g], g, items, catalog,
                                                          &group_credits, &group_courses);

      missing_credits += group_credits;
      audit->courses_remaining += group_courses;
      if (result->status != HP_GROUP_COMPLETE && result->status != HP_GROUP_PLANNED)
        groups_met = FALSE;
      g_list_store_append (audit->groups, result);
    }
  add_up_credits (audit, items);

  /* What is left to place: the groups' shortfall, or the program's total
   * if the groups do not add up to it. */
  audit->credits_remaining = MAX (missing_credits,
                                  program->credits - audit->credits_completed -
                                  audit->credits_in_progress - audit->credits_planned);
  audit->credits_remaining = MAX (0, audit->credits_remaining);
  audit->on_track = groups_met && audit->credits_remaining <= EPSILON;
  audit->autoplan = _hp_autoplan_new (plan, catalog, program, G_LIST_MODEL (audit->groups), today);
  audit->projected = audit->autoplan->unplaced->len == 0 ? audit->autoplan->last : 0;
  audit->terms_left = audit->autoplan->terms_left;

  return g_steal_pointer (&audit);
}

/* Credits still to take: in progress, planned, and what the automatic plan
 * adds (prerequisites outside the program included). */
double
hp_audit_credits_to_take (HpAudit *audit)
{
  g_return_val_if_fail (HP_IS_AUDIT (audit), 0);
  return audit->credits_in_progress + audit->credits_planned +
         hp_autoplan_credits (audit->autoplan);
}

/* What stands first between the student and graduating: the first open
 * problem, else the first requirement group neither met nor planned.
 * NULL when the plan is on track. */
char *
hp_audit_first_blocker (HpAudit    *audit,
                        GListModel *problems)
{
  g_return_val_if_fail (HP_IS_AUDIT (audit), NULL);

  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (problems, i);
      if (p->resolved_by == NULL)
        return g_strdup (p->message);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (audit->groups)); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (G_LIST_MODEL (audit->groups), i);
      if (g->status != HP_GROUP_COMPLETE && g->status != HP_GROUP_PLANNED)
        /* TRANSLATORS: a requirement group and what it still needs */
        return g_strdup_printf (_("%s: %s"), g->group->title, g->missing);
    }
  return NULL;
}
