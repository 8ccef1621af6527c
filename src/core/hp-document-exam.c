/* hp-document-exam.c: the document's edits of exam prep: targets, practice tests, study time,
 * credentials held and continuing education
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-limits.h"

static HpExamTarget *
find_exam (HpDocument *self,
           const char *credential,
           guint      *index,
           GError    **error)
{
  HpExamTarget *exam = hp_plan_find_exam (self->plan, credential, index);

  if (exam != NULL)
    return exam;
  g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY, _("The plan has no %s exam"),
               credential);
  return NULL;
}

/* Where a record dated @date goes in @store (oldest first, after records
 * of the same day); @date_of reads a record's date. */
static guint
date_position (GListStore   *store,
               const GDate  *date,
               const GDate *(*date_of) (gpointer))
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const GDate *other = date_of (item);

      if (g_date_valid (other) && g_date_compare (other, date) > 0)
        return i;
    }
  return n;
}

static const GDate *
test_date (gpointer item)
{
  return &((HpPracticeTest *) item)->date;
}

static const GDate *
study_date (gpointer item)
{
  return &((HpStudyLog *) item)->date;
}

static const GDate *
ce_date (gpointer item)
{
  return &((HpCeEntry *) item)->date;
}

/* Exam targets ----------------------------------------------------------------- */

/* Aims at @credential's exam on @date (or not booked yet: NULL or invalid),
 * with a goal in percent (0: the default) and the study hours a week the
 * student has (0: not said); changes the target when there is one. */
gboolean
hp_document_set_exam (HpDocument  *self,
                      const char  *credential,
                      const GDate *date,
                      double       goal,
                      double       hours_per_week,
                      GError     **error)
{
  HpExamTarget *exam;
  gboolean added = FALSE;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (credential != NULL, FALSE);

  if (*credential == '\0' || goal < 0 || goal > 100 || hours_per_week < 0 ||
      hours_per_week > HP_WEEK_HOURS_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("An exam needs its credential, a goal from 0 to 100%% and 0 to %d study "
                     "hours a week"), HP_WEEK_HOURS_MAX);
      return FALSE;
    }
  _hp_document_begin (self);
  exam = find_exam (self, credential, NULL, NULL);
  if (exam == NULL)
    {
      g_autoptr(HpExamTarget) fresh = hp_exam_target_new (credential);

      g_list_store_append (self->plan->exams, fresh);
      exam = fresh;
      added = TRUE;
    }
  g_date_clear (&exam->date, 1);
  if (date != NULL && g_date_valid (date))
    exam->date = *date;
  exam->goal = goal;
  exam->hours_per_week = hours_per_week;
  /* TRANSLATORS: edits that can be undone: "Add RHIT Exam", "Change RHIT Exam" */
  return _hp_document_commit (self, g_strdup_printf (added ? _("Add %s Exam") : _("Change %s Exam"),
                                                     credential));
}

gboolean
hp_document_remove_exam (HpDocument *self,
                         const char *credential,
                         GError    **error)
{
  g_autofree char *label = NULL;
  guint index;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (find_exam (self, credential, &index, error) == NULL)
    return FALSE;
  label = g_strdup_printf (_("Remove %s Exam"), credential);
  return _hp_document_remove_record (self, self->plan->exams, index, NULL, label, error);
}

/* Practice tests and study time ------------------------------------------------ */

static gboolean
check_test (HpPracticeTest *test,
            GError        **error)
{
  gboolean ok = g_date_valid (&test->date) && test->correct >= 0 &&
                test->correct <= test->total && test->total <= HP_PRACTICE_QUESTIONS_MAX &&
                (test->total > 0 || test->scores->len > 0);

  for (guint i = 0; ok && i < test->scores->len; i++)
    {
      HpDomainScore *s = g_ptr_array_index (test->scores, i);

      ok = s->domain != NULL && s->total > 0 && s->correct >= 0 && s->correct <= s->total &&
           s->total <= HP_PRACTICE_QUESTIONS_MAX;
    }
  if (!ok)
    g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                 _("A practice test needs its date and a score: questions answered, and at most "
                   "that many correct"));
  return ok;
}

/* Logs a practice test of @credential's exam, in date order. */
gboolean
hp_document_add_practice (HpDocument     *self,
                          const char     *credential,
                          HpPracticeTest *test,
                          GError        **error)
{
  HpExamTarget *exam;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_PRACTICE_TEST (test), FALSE);

  if ((exam = find_exam (self, credential, NULL, error)) == NULL || !check_test (test, error))
    return FALSE;
  _hp_document_begin (self);
  g_list_store_insert (exam->tests, date_position (exam->tests, &test->date, test_date), test);
  return _hp_document_commit (self, g_strdup (_("Log Practice Test")));
}

/* Replaces practice test @index of @credential's exam with @test. */
gboolean
hp_document_replace_practice (HpDocument     *self,
                              const char     *credential,
                              guint           index,
                              HpPracticeTest *test,
                              GError        **error)
{
  HpExamTarget *exam;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_PRACTICE_TEST (test), FALSE);

  if ((exam = find_exam (self, credential, NULL, error)) == NULL || !check_test (test, error))
    return FALSE;
  if (index >= g_list_model_get_n_items (G_LIST_MODEL (exam->tests)))
    {
      g_set_error_literal (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY, _("No such practice test"));
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_remove (exam->tests, index);
  g_list_store_insert (exam->tests, date_position (exam->tests, &test->date, test_date), test);
  return _hp_document_commit (self, g_strdup (_("Change Practice Test")));
}

gboolean
hp_document_remove_practice (HpDocument *self,
                             const char *credential,
                             guint       index,
                             GError    **error)
{
  HpExamTarget *exam;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((exam = find_exam (self, credential, NULL, error)) == NULL)
    return FALSE;
  return _hp_document_remove_record (self, exam->tests, index, _("No such practice test"),
                                     _("Remove Practice Test"), error);
}

/* Logs study time for @credential's exam (a domain of it, or the whole). */
gboolean
hp_document_add_study (HpDocument *self,
                       const char *credential,
                       HpStudyLog *log,
                       GError    **error)
{
  HpExamTarget *exam;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_STUDY_LOG (log), FALSE);

  if ((exam = find_exam (self, credential, NULL, error)) == NULL)
    return FALSE;
  if (!g_date_valid (&log->date) || log->hours <= 0 || log->hours > HP_STUDY_HOURS_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Study time needs its date and up to %d hours"), HP_STUDY_HOURS_MAX);
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_insert (exam->study, date_position (exam->study, &log->date, study_date), log);
  return _hp_document_commit (self, g_strdup (_("Log Study Time")));
}

gboolean
hp_document_remove_study (HpDocument *self,
                          const char *credential,
                          guint       index,
                          GError    **error)
{
  HpExamTarget *exam;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if ((exam = find_exam (self, credential, NULL, error)) == NULL)
    return FALSE;
  return _hp_document_remove_record (self, exam->study, index, _("No such study time"),
                                     _("Remove Study Time"), error);
}

/* Credentials held and continuing education ------------------------------------ */

/* Records a credential the student passed, and when. */
gboolean
hp_document_add_held (HpDocument       *self,
                      HpHeldCredential *held,
                      GError          **error)
{
  GListModel *list;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_HELD_CREDENTIAL (held), FALSE);

  if (held->credential == NULL || *held->credential == '\0' || !g_date_valid (&held->earned))
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("A credential held needs its name and the day the exam was passed"));
      return FALSE;
    }
  list = G_LIST_MODEL (self->plan->held);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpHeldCredential) h = g_list_model_get_item (list, i);

      if (g_str_equal (h->credential, held->credential))
        {
          g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING,
                       _("%s is already recorded as held"), held->credential);
          return FALSE;
        }
    }
  _hp_document_begin (self);
  g_list_store_append (self->plan->held, held);
  return _hp_document_commit (self, g_strdup_printf (_("Record %s as Held"), held->credential));
}

gboolean
hp_document_remove_held (HpDocument *self,
                         guint       index,
                         GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return _hp_document_remove_record (self, self->plan->held, index, _("No such credential"),
                                     _("Remove Credential Held"), error);
}

/* Logs continuing-education hours, in date order. */
gboolean
hp_document_add_ce (HpDocument *self,
                    HpCeEntry  *entry,
                    GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HP_IS_CE_ENTRY (entry), FALSE);

  if (entry->credential == NULL || !g_date_valid (&entry->date) ||
      entry->hours < HP_CE_HOURS_MIN || entry->hours > HP_CE_HOURS_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Continuing education needs the credential, the date and %g to %d hours"),
                   HP_CE_HOURS_MIN, HP_CE_HOURS_MAX);
      return FALSE;
    }
  _hp_document_begin (self);
  g_list_store_insert (self->plan->ce_entries,
                       date_position (self->plan->ce_entries, &entry->date, ce_date), entry);
  return _hp_document_commit (self, g_strdup (_("Log Continuing Education")));
}

gboolean
hp_document_remove_ce (HpDocument *self,
                       guint       index,
                       GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return _hp_document_remove_record (self, self->plan->ce_entries, index,
                                     _("No such continuing-education entry"),
                                     _("Remove Continuing Education"), error);
}
