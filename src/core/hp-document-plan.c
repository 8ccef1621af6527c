/* hp-document-plan.c: the document's edits of terms and their courses
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-audit.h"
#include "hp-document-private.h"
#include "hp-grade.h"
#include "hp-limits.h"

HpPlanTerm *
_hp_document_need_term (HpDocument *self,
                        HpTermKey   key,
                        GError    **error)
{
  HpPlanTerm *term = hp_plan_find_term (self->plan, key);

  if (term == NULL)
    {
      g_autofree char *label = hp_term_key_format (key);
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_TERM, _("The plan has no term %s"), label);
    }
  return term;
}

HpPlanEntry *
_hp_document_need_entry (HpDocument  *self,
                         HpTermKey    key,
                         guint        index,
                         HpPlanTerm **term_out,
                         GError     **error)
{
  HpPlanTerm *term = _hp_document_need_term (self, key, error);
  HpPlanEntry *entry;

  if (term == NULL)
    return NULL;
  if (index >= g_list_model_get_n_items (G_LIST_MODEL (term->entries)))
    {
      g_autofree char *label = hp_term_key_format (key);
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY,
                   _("%s has no course number %u"), label, index + 1);
      return NULL;
    }
  entry = g_list_model_get_item (G_LIST_MODEL (term->entries), index);
  g_object_unref (entry);  /* the term keeps it */
  if (term_out != NULL)
    *term_out = term;
  return entry;
}

/* Adds @code to @term, creating the term when the plan has none yet. */
gboolean
hp_document_add_course (HpDocument *self,
                        HpTermKey   term,
                        const char *code,
                        GError    **error)
{
  g_autoptr(HpPlanEntry) entry = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (code != NULL && *code != '\0', FALSE);

  _hp_document_begin (self);
  entry = hp_plan_entry_new (code, HP_STATUS_PLANNED);
  g_list_store_append (hp_plan_ensure_term (self->plan, term)->entries, entry);
  /* TRANSLATORS: an edit that can be undone, e.g. "Add HIT 150" */
  return _hp_document_commit (self, g_strdup_printf (_("Add %s"), code));
}

/* Places what @program_id (NULL: the plan's target) still needs into the
 * terms ahead of @today, as the automatic plan does, in one edit.  The
 * automatic plan is returned in @autoplan (what it could not place, and
 * why, included).  Fails when there is no catalog or program, or nothing
 * left to place. */
gboolean
hp_document_fill_terms (HpDocument   *self,
                        const char   *program_id,
                        const GDate  *today,
                        HpAutoplan  **autoplan,
                        GError      **error)
{
  g_autoptr(HpAudit) audit = NULL;
  HpProgram *program;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (program_id == NULL)
    program_id = self->plan->target_program;
  program = self->catalog && program_id ? hp_catalog_find_program (self->catalog, program_id)
                                        : NULL;
  if (program == NULL)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   self->catalog == NULL
                   ? _("The plan’s catalog cannot be used, so nothing can be placed")
                   : _("Choose a target program first, in the plan’s profile"));
      return FALSE;
    }
  audit = hp_audit_new (self->plan, self->catalog, program, today);
  if (autoplan != NULL)
    *autoplan = g_object_ref (audit->autoplan);
  if (audit->autoplan->placements->len == 0)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                   audit->autoplan->unplaced->len == 0
                   ? _("Nothing is left to place: the plan already holds everything %s needs")
                   : _("Nothing more can be placed for %s"), program->name);
      return FALSE;
    }
  _hp_document_begin (self);
  hp_autoplan_add_to_plan (audit->autoplan, self->plan);
  return _hp_document_commit (self, g_strdup (_("Fill the Remaining Terms")));
}

gboolean
hp_document_move_entry (HpDocument *self,
                        HpTermKey   from,
                        guint       index,
                        HpTermKey   to,
                        GError    **error)
{
  g_autoptr(HpPlanEntry) entry = NULL;
  HpPlanTerm *source = NULL;
  HpPlanEntry *found;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((found = _hp_document_need_entry (self, from, index, &source, error)) == NULL)
    return FALSE;
  if (from == to)
    return TRUE;

  _hp_document_begin (self);
  entry = g_object_ref (found);
  g_list_store_remove (source->entries, index);
  g_list_store_append (hp_plan_ensure_term (self->plan, to)->entries, entry);
  return _hp_document_commit (self, g_strdup_printf (_("Move %s"), entry->course));
}

gboolean
hp_document_remove_entry (HpDocument *self,
                          HpTermKey   term,
                          guint       index,
                          GError    **error)
{
  g_autofree char *code = NULL;
  HpPlanTerm *source = NULL;
  HpPlanEntry *entry;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((entry = _hp_document_need_entry (self, term, index, &source, error)) == NULL)
    return FALSE;
  code = g_strdup (entry->course);
  _hp_document_begin (self);
  g_list_store_remove (source->entries, index);
  return _hp_document_commit (self, g_strdup_printf (_("Remove %s"), code));
}

/* Status, grade and logged practicum hours of a course, as one edit;
 * @hours below 0 leaves the hours as they are. */
gboolean
hp_document_set_entry (HpDocument *self,
                       HpTermKey   term,
                       guint       index,
                       HpStatus    status,
                       const char *grade,
                       double      hours,
                       GError    **error)
{
  HpPlanEntry *entry;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (status >= HP_N_STATUSES || (grade != NULL && !hp_grade_is_valid (grade)))
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID, _("“%s” is not a grade"),
                   grade ? grade : "");
      return FALSE;
    }
  if (hours > HP_PRACTICUM_HOURS_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Practicum hours must be from 0 to %d"), HP_PRACTICUM_HOURS_MAX);
      return FALSE;
    }
  if ((entry = _hp_document_need_entry (self, term, index, NULL, error)) == NULL)
    return FALSE;

  _hp_document_begin (self);
  entry->status = status;
  g_free (entry->grade);
  entry->grade = g_strdup (grade);
  if (hours >= 0)
    entry->hours = hours;
  return _hp_document_commit (self, g_strdup_printf (_("Change %s"), entry->course));
}

gboolean
hp_document_add_term (HpDocument *self,
                      HpTermKey   term,
                      GError    **error)
{
  g_autofree char *label = hp_term_key_format (term);

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (hp_plan_find_term (self->plan, term) != NULL)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_TERM_EXISTS,
                   _("The plan already has %s"), label);
      return FALSE;
    }
  _hp_document_begin (self);
  hp_plan_ensure_term (self->plan, term);
  return _hp_document_commit (self, g_strdup_printf (_("Add %s"), label));
}

gboolean
hp_document_remove_term (HpDocument *self,
                         HpTermKey   term,
                         GError    **error)
{
  g_autofree char *label = hp_term_key_format (term);
  guint position;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (_hp_document_need_term (self, term, error) == NULL)
    return FALSE;
  _hp_document_begin (self);
  g_list_store_find (self->plan->terms, hp_plan_find_term (self->plan, term), &position);
  g_list_store_remove (self->plan->terms, position);
  return _hp_document_commit (self, g_strdup_printf (_("Remove %s"), label));
}

/* Gives a term another season or year, keeping its courses. */
gboolean
hp_document_rename_term (HpDocument *self,
                         HpTermKey   from,
                         HpTermKey   to,
                         GError    **error)
{
  g_autoptr(HpPlanTerm) term = NULL;
  g_autofree char *old_label = hp_term_key_format (from);
  g_autofree char *new_label = hp_term_key_format (to);
  HpPlanTerm *found;
  HpPlanTerm *target;
  guint position;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((found = _hp_document_need_term (self, from, error)) == NULL)
    return FALSE;
  if (from == to)
    return TRUE;
  if (hp_plan_find_term (self->plan, to) != NULL)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_TERM_EXISTS,
                   _("The plan already has %s"), new_label);
      return FALSE;
    }

  _hp_document_begin (self);
  term = g_object_ref (found);
  g_list_store_find (self->plan->terms, term, &position);
  g_list_store_remove (self->plan->terms, position);
  target = hp_plan_ensure_term (self->plan, to);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (term->entries)); i++)
    {
      g_autoptr(HpPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (term->entries), i);
      g_list_store_append (target->entries, entry);
    }
  return _hp_document_commit (self, g_strdup_printf (_("Rename %s to %s"), old_label, new_label));
}
