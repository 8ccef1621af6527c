/* hp-document-schedule.c: the document's edits of study time: availability, commitments,
 * breaks, the schedule's rules and its blocks
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-limits.h"
#include "hp-schedule.h"

static gboolean
check_slot (HpTimeSlot *slot,
            GError    **error)
{
  if (slot->day > 6 || slot->end > 24 * 60 || slot->start >= slot->end)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("A time needs a day and a start before its end"));
      return FALSE;
    }
  return TRUE;
}

static void
replace_store (GListStore *store,
               GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items ? items->pdata : NULL, items ? items->len : 0);
}

/* Replaces the weekly availability with @slots (of HpTimeSlot*). */
gboolean
hp_document_set_availability (HpDocument *self,
                              GPtrArray  *slots,
                              GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    if (!check_slot (g_ptr_array_index (slots, i), error))
      return FALSE;
  _hp_document_begin (self);
  replace_store (self->plan->availability, slots);
  return _hp_document_commit (self, g_strdup (_("Change Availability")));
}

/* Adds @slot as a commitment, or replaces the one at @index (G_MAXUINT: adds). */
gboolean
hp_document_set_commitment (HpDocument *self,
                            guint       index,
                            HpTimeSlot *slot,
                            GError    **error)
{
  guint n;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_TIME_SLOT (slot), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->plan->commitments));
  if (!check_slot (slot, error))
    return FALSE;
  if (index != G_MAXUINT && index >= n)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY, _("No such commitment"));
      return FALSE;
    }
  _hp_document_begin (self);
  if (index == G_MAXUINT)
    g_list_store_append (self->plan->commitments, slot);
  else
    g_list_store_splice (self->plan->commitments, index, 1, (gpointer *) &slot, 1);
  return _hp_document_commit (self, g_strdup (index == G_MAXUINT ? _("Add Commitment")
                                                                 : _("Edit Commitment")));
}

gboolean
hp_document_remove_commitment (HpDocument *self,
                               guint       index,
                               GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  return _hp_document_remove_record (self, self->plan->commitments, index,
                                     _("No such commitment"), _("Remove Commitment"), error);
}

static int
compare_breaks (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  return g_date_compare (&((HpBreak *) a)->from, &((HpBreak *) b)->from);
}

gboolean
hp_document_add_break (HpDocument *self,
                       HpBreak    *brk,
                       GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_BREAK (brk), FALSE);

  if (!g_date_valid (&brk->from) || !g_date_valid (&brk->to) ||
      g_date_compare (&brk->to, &brk->from) < 0 || brk->hours < 0 || brk->hours > 24)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("A break needs its first and last days, in that order"));
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_insert_sorted (self->plan->breaks, brk, compare_breaks, NULL);
  return _hp_document_commit (self, g_strdup (_("Add Break")));
}

gboolean
hp_document_remove_break (HpDocument *self,
                          guint       index,
                          GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  return _hp_document_remove_record (self, self->plan->breaks, index, _("No such break"),
                                     _("Remove Break"), error);
}

gboolean
hp_document_set_schedule_rules (HpDocument            *self,
                                const HpScheduleRules *rules,
                                GError               **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (rules->hours_per_credit < 0 || rules->hours_per_credit > HP_SCHEDULE_HOURS_PER_CREDIT_MAX ||
      rules->min_session < 15 || rules->max_session < rules->min_session ||
      rules->max_session > 24 * 60 || rules->gap > 24 * 60 || rules->daily_max < 15 ||
      rules->daily_max > 24 * 60)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Sessions need at least 15 minutes, the longest no shorter than the "
                     "shortest, and a daily maximum of at least 15 minutes"));
      return FALSE;
    }
  _hp_document_begin (self);
  self->plan->rules = *rules;
  return _hp_document_commit (self, g_strdup (_("Change Schedule Settings")));
}

/* Sets @course's weekly study hours; negative: back to the default. */
gboolean
hp_document_set_course_hours (HpDocument *self,
                              const char *course,
                              double      hours,
                              GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (hours > HP_WEEK_HOURS_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("A course can have up to %d study hours a week"), HP_WEEK_HOURS_MAX);
      return FALSE;
    }
  _hp_document_begin (self);
  hp_plan_set_course_hours (self->plan, course, hours);
  return _hp_document_commit (self, g_strdup (_("Change Study Hours")));
}

/* Takes the generator's schedule as the plan's. */
gboolean
hp_document_apply_schedule (HpDocument       *self,
                            HpScheduleResult *result,
                            GError          **error)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_SCHEDULE_RESULT (result), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (result->blocks)); i++)
    {
      g_autoptr(HpStudyBlock) block = g_list_model_get_item (G_LIST_MODEL (result->blocks), i);
      g_ptr_array_add (blocks, hp_study_block_copy (block));
    }
  _hp_document_begin (self);
  replace_store (self->plan->blocks, blocks);
  return _hp_document_commit (self, g_strdup (_("Make Study Schedule")));
}

HpStudyBlock *
hp_document_find_block (HpDocument *self,
                        const char *uid,
                        guint      *index)
{
  GListModel *blocks;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);

  blocks = G_LIST_MODEL (self->plan->blocks);
  for (guint i = 0; uid != NULL && i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) block = g_list_model_get_item (blocks, i);

      if (g_strcmp0 (block->uid, uid) == 0)
        {
          if (index != NULL)
            *index = i;
          return block;  /* the plan keeps its reference */
        }
    }
  return NULL;
}

static HpStudyBlock *
need_block (HpDocument *self,
            const char *uid,
            guint      *index,
            GError    **error)
{
  HpStudyBlock *block = hp_document_find_block (self, uid, index);

  if (block == NULL)
    g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY, _("No such study block"));
  return block;
}

static gboolean
check_block (HpDocument   *self,
             HpStudyBlock *block,
             GError      **error)
{
  if (!g_date_valid (&block->date) || block->end > 24 * 60 || block->start >= block->end ||
      (block->course == NULL) == (block->exam == NULL))
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("A study block needs a date, a start before its end, and a course or an exam"));
      return FALSE;
    }
  return TRUE;
}

static int
compare_blocks (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  return hp_study_block_compare (a, b);
}

/* Adds @block (placed by the student, so regenerating keeps it), or
 * replaces the block with @uid by it. */
gboolean
hp_document_set_block (HpDocument   *self,
                       const char   *uid,
                       HpStudyBlock *block,
                       GError      **error)
{
  guint index = 0;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_STUDY_BLOCK (block), FALSE);

  if ((uid != NULL && need_block (self, uid, &index, error) == NULL) ||
      !check_block (self, block, error))
    return FALSE;
  block->pinned = TRUE;
  if (block->uid == NULL)
    block->uid = hp_study_block_make_uid (block);
  _hp_document_begin (self);
  if (uid != NULL)
    g_list_store_remove (self->plan->blocks, index);
  g_list_store_insert_sorted (self->plan->blocks, block, compare_blocks, NULL);
  return _hp_document_commit (self, g_strdup (uid ? _("Edit Study Block") : _("Add Study Block")));
}

/* Moves the block with @uid to @date from @start to @end (minutes), as the
 * student placed it. */
gboolean
hp_document_move_block (HpDocument  *self,
                        const char  *uid,
                        const GDate *date,
                        guint        start,
                        guint        end,
                        GError     **error)
{
  HpStudyBlock *block;
  g_autoptr(HpStudyBlock) moved = NULL;
  guint index;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((block = need_block (self, uid, &index, error)) == NULL)
    return FALSE;
  moved = hp_study_block_copy (block);
  moved->date = *date;
  moved->start = start;
  moved->end = end;
  moved->pinned = TRUE;
  if (!check_block (self, moved, error))
    return FALSE;
  _hp_document_begin (self);
  g_list_store_remove (self->plan->blocks, index);
  g_list_store_insert_sorted (self->plan->blocks, moved, compare_blocks, NULL);
  return _hp_document_commit (self, g_strdup (block->end - block->start == end - start
                                              ? _("Move Study Block") : _("Resize Study Block")));
}

gboolean
hp_document_remove_block (HpDocument *self,
                          const char *uid,
                          GError    **error)
{
  guint index;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (need_block (self, uid, &index, error) == NULL)
    return FALSE;
  return _hp_document_remove_record (self, self->plan->blocks, index, _("No such study block"),
                                     _("Remove Study Block"), error);
}

/* Marks the block with @uid done or not.  A done exam block logs its hours to
 * the exam's domain (the study log readiness reads); course blocks count
 * toward the course's study hours where the schedule shows them. */
gboolean
hp_document_set_block_done (HpDocument *self,
                            const char *uid,
                            gboolean    done,
                            GError    **error)
{
  HpStudyBlock *block;
  HpExamTarget *exam;
  double hours;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((block = need_block (self, uid, NULL, error)) == NULL)
    return FALSE;
  if (block->done == done)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                   done ? _("The study block is already done") : _("The study block is not done"));
      return FALSE;
    }
  hours = (block->end - block->start) / 60.0;
  exam = block->exam ? hp_plan_find_exam (self->plan, block->exam, NULL) : NULL;

  _hp_document_begin (self);
  block->done = done;
  if (exam != NULL && done)
    {
      g_autoptr(HpStudyLog) log = hp_study_log_new ();
      guint n = g_list_model_get_n_items (G_LIST_MODEL (exam->study)), at = n;

      log->date = block->date;
      log->domain = g_strdup (block->domain);
      log->hours = MIN (hours, HP_STUDY_HOURS_MAX);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpStudyLog) other = g_list_model_get_item (G_LIST_MODEL (exam->study), i);
          if (g_date_compare (&other->date, &log->date) > 0)
            {
              at = i;
              break;
            }
        }
      g_list_store_insert (exam->study, at, log);
    }
  else if (exam != NULL)
    {
      /* take back the log the block made */
      for (guint i = g_list_model_get_n_items (G_LIST_MODEL (exam->study)); i-- > 0;)
        {
          g_autoptr(HpStudyLog) log = g_list_model_get_item (G_LIST_MODEL (exam->study), i);

          if (g_date_compare (&log->date, &block->date) == 0 &&
              g_strcmp0 (log->domain, block->domain) == 0 && log->hours == MIN (hours, HP_STUDY_HOURS_MAX))
            {
              g_list_store_remove (exam->study, i);
              break;
            }
        }
    }
  /* the store hears of the change, so views redraw */
  {
    guint index;

    hp_document_find_block (self, uid, &index);
    g_list_store_splice (self->plan->blocks, index, 1, (gpointer *) &block, 1);
  }
  return _hp_document_commit (self, g_strdup (done ? _("Mark Study Block Done")
                                                   : _("Mark Study Block Not Done")));
}
