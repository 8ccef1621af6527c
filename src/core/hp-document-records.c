/* hp-document-records.c: the document's edits of transfer credit and advisors' exceptions
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-grade.h"
#include "hp-limits.h"


/* Removes item @index of one of the plan's record lists as one undoable step. */
gboolean
_hp_document_remove_record (HpDocument *self,
               GListStore *records,
               guint       index,
               const char *no_such,
               const char *label,
               GError    **error)
{
  if (index >= g_list_model_get_n_items (G_LIST_MODEL (records)))
    {
      g_set_error_literal (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY, no_such);
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_remove (records, index);
  return _hp_document_commit (self, g_strdup (label));
}

gboolean
hp_document_add_transfer (HpDocument *self,
                          HpTransfer *transfer,
                          GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_TRANSFER (transfer), FALSE);

  if (transfer->institution == NULL || *transfer->institution == '\0' ||
      !(transfer->credits >= HP_TRANSFER_CREDITS_MIN &&
        transfer->credits <= HP_TRANSFER_CREDITS_MAX) ||
      (transfer->grade != NULL && !hp_grade_is_valid (transfer->grade)))
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Transfer credit needs the institution, 0.5 to 120 credits and, if given, a "
                     "valid grade"));
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_append (self->plan->transfers, transfer);
  return _hp_document_commit (self, g_strdup (_("Add Transfer Credit")));
}

gboolean
hp_document_remove_transfer (HpDocument *self,
                             guint       index,
                             GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return _hp_document_remove_record (self, self->plan->transfers, index, _("No such transfer credit"),
                        _("Remove Transfer Credit"), error);
}

gboolean
hp_document_add_exception (HpDocument  *self,
                           HpException *exception,
                           GError     **error)
{
  HpTermKey key;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_EXCEPTION (exception), FALSE);

  if (exception->course == NULL || exception->target == NULL ||
      (exception->kind == HP_EXCEPTION_OFFERING && !hp_term_key_parse (exception->target, &key)))
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("An exception needs a course and what it applies to"));
      return FALSE;
    }
  /* An exception is an advisor's decision: without who made it, it is only
   * the student's wish, and a registrar will not honour it. */
  if (exception->approved_by == NULL || *g_strstrip (exception->approved_by) == '\0')
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Say who approved the exception for %s, such as your advisor or the "
                     "program director"), exception->course);
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_append (self->plan->exceptions, exception);
  return _hp_document_commit (self, g_strdup_printf (_("Record Exception for %s"), exception->course));
}

gboolean
hp_document_remove_exception (HpDocument *self,
                              guint       index,
                              GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return _hp_document_remove_record (self, self->plan->exceptions, index, _("No such exception"),
                        _("Remove Exception"), error);
}
