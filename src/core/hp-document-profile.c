/* hp-document-profile.c: the document's edits of the student's profile, aims and catalog
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-limits.h"


gboolean
hp_document_set_profile (HpDocument      *self,
                         const HpProfile *profile,
                         GError         **error)
{
  HpPlan *plan;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  /* 0 credits per term: the plan follows the default (HP_PLAN_DEFAULT_LOAD). */
  if ((profile->credits_per_term != 0 &&
       (profile->credits_per_term < HP_CREDITS_PER_TERM_MIN ||
        profile->credits_per_term > HP_CREDITS_PER_TERM_MAX)) ||
      profile->tuition_per_credit < 0 || profile->tuition_per_credit > HP_TUITION_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Credits per term must be from %d to %d, and tuition from 0 to %d"),
                   HP_CREDITS_PER_TERM_MIN, HP_CREDITS_PER_TERM_MAX, HP_TUITION_MAX);
      return FALSE;
    }

  _hp_document_begin (self);
  plan = self->plan;
  g_free (plan->student);
  plan->student = profile->student && *profile->student ? g_strdup (profile->student) : NULL;
  plan->first_term = profile->first_term;
  plan->admitted = profile->admitted;
  plan->credits_per_term = profile->credits_per_term;
  plan->take_summer = profile->take_summer;
  plan->tuition_per_credit = profile->tuition_per_credit;
  g_free (plan->target_program);
  plan->target_program = g_strdup (profile->target_program);
  g_ptr_array_set_size (plan->compare_programs, 0);
  for (guint i = 0; profile->compare_programs && profile->compare_programs[i]; i++)
    g_ptr_array_add (plan->compare_programs, g_strdup (profile->compare_programs[i]));
  return _hp_document_commit (self, g_strdup (_("Change Profile")));
}

/* Aims the plan at another program (of the catalog). */
gboolean
hp_document_set_target (HpDocument *self,
                        const char *program_id,
                        GError    **error)
{
  HpProgram *program;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (program_id != NULL, FALSE);

  program = self->catalog ? hp_catalog_find_program (self->catalog, program_id) : NULL;
  if (program == NULL)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("The catalog has no program “%s”"), program_id);
      return FALSE;
    }
  if (g_strcmp0 (self->plan->target_program, program_id) == 0)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                   _("%s is already the plan’s target"), program->name);
      return FALSE;
    }
  _hp_document_begin (self);
  g_free (self->plan->target_program);
  self->plan->target_program = g_strdup (program_id);
  /* TRANSLATORS: an edit that can be undone: "Aim at BS in Health Information Management" */
  return _hp_document_commit (self, g_strdup_printf (_("Aim at %s"), program->name));
}

/* The programs the plan is compared with, besides its target: @program_ids
 * (NULL-terminated), in one edit. */
gboolean
hp_document_set_compare_list (HpDocument         *self,
                              const char * const *program_ids,
                              GError            **error)
{
  g_auto(GStrv) copy = NULL;
  GPtrArray *list;
  gboolean same;
  guint n;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (program_ids != NULL, FALSE);

  list = self->plan->compare_programs;
  n = g_strv_length ((char **) program_ids);
  same = n == list->len;
  for (guint i = 0; same && i < n; i++)
    same = g_str_equal (program_ids[i], g_ptr_array_index (list, i));
  if (same)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                   _("Those programs are already the ones compared"));
      return FALSE;
    }
  /* copied first: the ids may be the list's own strings (hp_document_set_compared) */
  copy = g_strdupv ((char **) program_ids);
  _hp_document_begin (self);
  g_ptr_array_set_size (list, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (list, g_strdup (copy[i]));
  return _hp_document_commit (self, g_strdup (_("Change the Programs Compared")));
}

/* Adds @program_id to the programs the plan is compared with, or takes it
 * away (@compare FALSE). */
gboolean
hp_document_set_compared (HpDocument *self,
                          const char *program_id,
                          gboolean    compare,
                          GError    **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GPtrArray *list;
  guint index;
  gboolean listed;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (program_id != NULL, FALSE);

  list = self->plan->compare_programs;
  listed = g_ptr_array_find_with_equal_func (list, program_id, g_str_equal, &index);
  if (listed == compare)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                   compare ? _("“%s” is already compared") : _("“%s” is not compared"),
                   program_id);
      return FALSE;
    }
  for (guint i = 0; i < list->len; i++)
    if (!listed || i != index)
      g_ptr_array_add (ids, g_ptr_array_index (list, i));
  if (compare)
    g_ptr_array_add (ids, (gpointer) program_id);
  g_ptr_array_add (ids, NULL);
  return hp_document_set_compare_list (self, (const char * const *) ids->pdata, error);
}

/* The program of @catalog a plan aiming at @old_id (of the catalog it had)
 * should aim at: the same id when the new catalog has it, else its first
 * program of the same level, else its first program. */
static HpProgram *
matching_program (HpCatalog  *catalog,
                  HpCatalog  *old_catalog,
                  const char *old_id)
{
  HpProgram *old = old_catalog && old_id ? hp_catalog_find_program (old_catalog, old_id) : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog->programs));
  HpProgram *found = old_id ? hp_catalog_find_program (catalog, old_id) : NULL;

  for (guint i = 0; found == NULL && old != NULL && i < n; i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);

      if (p->level == old->level)
        found = p;
    }
  if (found == NULL && n > 0)
    {
      g_autoptr(HpProgram) first = g_list_model_get_item (G_LIST_MODEL (catalog->programs), 0);

      found = first;
    }
  return found;
}

/* Makes the plan use another catalog: @reference is an installed or bundled
 * catalog's id, or a catalog file's path.  The plan keeps its courses (those
 * the new catalog lacks show up as problems); it aims at the same program
 * when the new catalog has it, else at one of the same level, and compares
 * only programs the new catalog has.  One edit: undo goes back to the old
 * catalog. */
gboolean
hp_document_set_catalog (HpDocument *self,
                         const char *reference,
                         GError    **error)
{
  g_autoptr(HpCatalog) catalog = NULL;
  HpProgram *program;
  GPtrArray *compared;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (reference != NULL, FALSE);

  if (g_strcmp0 (self->plan->catalog, reference) == 0 && self->catalog != NULL)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                   _("The plan already uses the catalog “%s”"), reference);
      return FALSE;
    }
  if ((catalog = hp_catalog_load_for_plan (reference, self->file, NULL, 0, 0, error)) == NULL)
    return FALSE;

  _hp_document_begin (self);
  program = matching_program (catalog, self->catalog, self->plan->target_program);
  g_free (self->plan->catalog);
  self->plan->catalog = g_strdup (reference);
  g_free (self->plan->target_program);
  self->plan->target_program = program ? g_strdup (program->id) : NULL;
  compared = self->plan->compare_programs;
  for (guint i = compared->len; i > 0; i--)
    if (hp_catalog_find_program (catalog, g_ptr_array_index (compared, i - 1)) == NULL ||
        (program && g_str_equal (program->id, g_ptr_array_index (compared, i - 1))))
      g_ptr_array_remove_index (compared, i - 1);
  _hp_document_take_catalog (self, g_object_ref (catalog), NULL);
  /* TRANSLATORS: an edit that can be undone: "Use the Catalog “riverside-2026”" */
  return _hp_document_commit (self, g_strdup_printf (_("Use the Catalog “%s”"),
                                                     catalog->title ? catalog->title : catalog->id));
}
