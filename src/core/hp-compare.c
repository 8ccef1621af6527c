/* hp-compare.c: one plan against several programs: what each path would take and give
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include "hp-compare.h"
#include "hp-record.h"

HP_DEFINE_RECORD (HpPath, hp_path,
                  g_clear_object (&self->audit);
                  g_clear_pointer (&self->eligible, g_ptr_array_unref);
                  g_clear_pointer (&self->prepares, g_ptr_array_unref);
                  g_clear_pointer (&self->courses, g_ptr_array_unref);
                  g_clear_pointer (&self->shared, g_ptr_array_unref);
                  g_clear_pointer (&self->unique, g_ptr_array_unref))

static void
hp_path_init (HpPath *self)
{
  self->eligible = hp_strv_array_new ();
  self->prepares = hp_strv_array_new ();
  self->courses = hp_strv_array_new ();
  self->shared = hp_strv_array_new ();
  self->unique = hp_strv_array_new ();
}

gboolean
hp_program_is_bachelor (HpProgram *program)
{
  g_return_val_if_fail (HP_IS_PROGRAM (program), FALSE);
  return g_strcmp0 (program->kind, "bs") == 0 || g_strcmp0 (program->kind, "ba") == 0;
}

/* Whether the catalog has a bachelor's program, which the others' credits
 * could transfer into. */
gboolean
hp_catalog_has_bachelor (HpCatalog *catalog)
{
  GListModel *programs;

  g_return_val_if_fail (HP_IS_CATALOG (catalog), FALSE);
  programs = G_LIST_MODEL (catalog->programs);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (programs, i);
      if (hp_program_is_bachelor (p))
        return TRUE;
    }
  return FALSE;
}

/* The path's courses: applied to it, or still to take; and the credits of
 * them that transfer to a bachelor's. */
static void
list_courses (HpPath    *path,
              HpCatalog *catalog)
{
  HpAudit *audit = path->audit;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *groups = G_LIST_MODEL (audit->groups);

  path->credits_applied = audit->credits_completed + audit->credits_in_progress +
                          audit->credits_planned;
  path->transfer_credits = audit->transferable_credits;
  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(HpGroupResult) r = g_list_model_get_item (groups, g);

      for (guint i = 0; i < r->applied->len; i++)
        {
          HpApplied *a = g_ptr_array_index (r->applied, i);
          if (a->code != NULL && g_hash_table_add (seen, a->code))
            g_ptr_array_add (path->courses, g_strdup (a->code));
        }
    }
  for (guint i = 0; i < audit->autoplan->placements->len; i++)
    {
      HpPlacement *p = g_ptr_array_index (audit->autoplan->placements, i);
      HpCourse *course = hp_catalog_find_course (catalog, p->course);

      if (g_hash_table_add (seen, p->course))
        g_ptr_array_add (path->courses, g_strdup (p->course));
      if (course != NULL && course->transfers)
        path->transfer_credits += p->credits;
    }
  g_ptr_array_sort (path->courses, hp_str_pointer_compare);
}

static gboolean
path_has (HpPath     *path,
          const char *code)
{
  return g_ptr_array_find_with_equal_func (path->courses, code, g_str_equal, NULL);
}

/* What each path shares with all the others compared, and what only it has. */
static void
share_courses (GListModel *paths)
{
  guint n = g_list_model_get_n_items (paths);

  for (guint i = 0; n > 1 && i < n; i++)
    {
      g_autoptr(HpPath) path = g_list_model_get_item (paths, i);

      for (guint k = 0; k < path->courses->len; k++)
        {
          const char *code = g_ptr_array_index (path->courses, k);
          guint others = 0;

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(HpPath) other = g_list_model_get_item (paths, j);
              others += j != i && path_has (other, code);
            }
          if (others == n - 1)
            g_ptr_array_add (path->shared, g_strdup (code));
          else if (others == 0)
            g_ptr_array_add (path->unique, g_strdup (code));
        }
    }
}

static gboolean
contains (GPtrArray  *ids,
          const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return TRUE;
  return FALSE;
}

/* A credential is earned by the path when completing the program is its
 * rule, or when the program prepares for it and it has no program rule
 * (the CCA and CPC need only the exam).  Other credentials the program
 * prepares for have rules of their own body (experience, for instance). */
static void
sort_credentials (HpPath    *path,
                  HpCatalog *catalog,
                  HpProgram *program)
{
  GListModel *creds = G_LIST_MODEL (catalog->credentials);

  for (guint i = 0; i < g_list_model_get_n_items (creds); i++)
    {
      g_autoptr(HpCredential) c = g_list_model_get_item (creds, i);
      gboolean leads = contains (program->credentials, c->id);

      if (hp_credential_eligible_through (c, program) || (leads && c->open))
        g_ptr_array_add (path->eligible, g_strdup (c->id));
      else if (leads)
        g_ptr_array_add (path->prepares, g_strdup (c->id));
    }
}

/* Paths in the order given; @programs holds HpProgram*. */
/* The programs a comparison shows when none are named: the plan's target
 * and the programs its profile chose to compare, or else every program of
 * the catalog.  The array holds the catalog's programs, not references. */
GPtrArray *
hp_compare_default_programs (HpPlan    *plan,
                             HpCatalog *catalog)
{
  GPtrArray *programs = g_ptr_array_new ();
  HpProgram *target;

  g_return_val_if_fail (HP_IS_PLAN (plan), programs);
  g_return_val_if_fail (HP_IS_CATALOG (catalog), programs);

  target = plan->target_program ? hp_catalog_find_program (catalog, plan->target_program) : NULL;
  if (target != NULL)
    g_ptr_array_add (programs, target);
  for (guint i = 0; i < plan->compare_programs->len; i++)
    {
      HpProgram *p = hp_catalog_find_program (catalog, g_ptr_array_index (plan->compare_programs, i));
      if (p != NULL && !g_ptr_array_find (programs, p, NULL))
        g_ptr_array_add (programs, p);
    }
  if (programs->len == 0)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)); i++)
      {
        g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
        g_ptr_array_add (programs, p);  /* the catalog keeps it */
      }
  return programs;
}

/* @plan against each of @programs on @today: what each path still takes
 * (the automatic plan of what is left), how long and at what cost, and
 * what it leads to. */
GListStore *
hp_compare (HpPlan      *plan,
            HpCatalog   *catalog,
            GPtrArray   *programs,
            const GDate *today)
{
  GListStore *paths;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (programs != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  paths = g_list_store_new (HP_TYPE_PATH);
  for (guint i = 0; i < programs->len; i++)
    {
      HpProgram *program = g_ptr_array_index (programs, i);
      g_autoptr(HpPath) path = g_object_new (HP_TYPE_PATH, NULL);

      path->audit = hp_audit_new (plan, catalog, program, today);
      path->credits_to_take = hp_audit_credits_to_take (path->audit);
      path->terms_left = path->audit->terms_left;
      path->tuition_per_credit = plan->tuition_per_credit > 0 ? plan->tuition_per_credit
                                                              : program->tuition_per_credit;
      path->remaining_tuition = (path->audit->credits_planned +
                                 hp_autoplan_credits (path->audit->autoplan)) *
                                path->tuition_per_credit;
      sort_credentials (path, catalog, program);
      list_courses (path, catalog);
      g_list_store_append (paths, path);
    }
  share_courses (G_LIST_MODEL (paths));
  return paths;
}
