/* hp-exam-view-actions.c: the Exam Prep view's exam.* actions, each one document edit or one form
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-ce-form.h"
#include "hp-exam-form.h"
#include "hp-exam-view-private.h"
#include "hp-held-form.h"
#include "hp-practice-form.h"
#include "hp-study-form.h"

#define DOCUMENT_OR_RETURN(self)                                           \
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));                 \
  g_autoptr(GError) error = NULL;                                          \
  if (doc == NULL)                                                         \
    return

/* Edits ----------------------------------------------------------------------- */

/* (credential, date or "", goal, hours a week) */
static void
set_exam_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  const char *credential, *date_text;
  double goal, hours;
  GDate date;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&sdd)", &credential, &date_text, &goal, &hours);
  if (!hp_view_parse_date (HP_VIEW (self), date_text, FALSE, &date))
    return;
  if (!hp_document_set_exam (doc, credential, &date, goal, hours, &error))
    hp_view_report (HP_VIEW (self), error);
  else
    {
      g_free (self->selected);
      self->selected = g_strdup (credential);
    }
}

static void
remove_exam_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  if (!hp_document_remove_exam (doc, g_variant_get_string (parameter, NULL), &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
select_exam_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  const char *credential = g_variant_get_string (parameter, NULL);

  if (g_strcmp0 (self->selected, credential) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (credential);
  /* Not now: the drop-down that chose is still telling its own handlers. */
  _hp_exam_view_queue_refresh (self);
}

/* (credential, index or -1, date, source, [(domain, correct, total)], overall correct, total) */
static void
save_practice_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  g_autoptr(HpPracticeTest) test = hp_practice_test_new ();
  g_autoptr(GVariantIter) scores = NULL;
  const char *credential, *date_text, *source, *domain;
  double correct, total;
  int index;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&si&s&sa(sdd)dd)", &credential, &index, &date_text, &source,
                 &scores, &test->correct, &test->total);
  if (!hp_view_parse_date (HP_VIEW (self), date_text, TRUE, &test->date))
    return;
  test->source = *source ? g_strdup (source) : NULL;
  while (g_variant_iter_next (scores, "(&sdd)", &domain, &correct, &total))
    hp_practice_test_add_score (test, domain, correct, total);
  if (index < 0 ? !hp_document_add_practice (doc, credential, test, &error)
                : !hp_document_replace_practice (doc, credential, index, test, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (credential, index) */
static void
remove_practice_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  const char *credential;
  guint index;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&su)", &credential, &index);
  if (!hp_document_remove_practice (doc, credential, index, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (credential, date, domain or "", hours) */
static void
add_study_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  g_autoptr(HpStudyLog) log = hp_study_log_new ();
  const char *credential, *date_text, *domain;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s&sd)", &credential, &date_text, &domain, &log->hours);
  if (!hp_view_parse_date (HP_VIEW (self), date_text, TRUE, &log->date))
    return;
  log->domain = *domain ? g_strdup (domain) : NULL;
  if (!hp_document_add_study (doc, credential, log, &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
remove_study_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  const char *credential;
  guint index;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&su)", &credential, &index);
  if (!hp_document_remove_study (doc, credential, index, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (credential, date earned) */
static void
add_held_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  const char *credential, *date_text;
  g_autoptr(HpHeldCredential) held = NULL;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s)", &credential, &date_text);
  held = hp_held_credential_new (credential);
  if (!hp_view_parse_date (HP_VIEW (self), date_text, TRUE, &held->earned))
    return;
  if (!hp_document_add_held (doc, held, &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
remove_held_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  if (!hp_document_remove_held (doc, g_variant_get_uint32 (parameter), &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (credential, date, hours, title, provider, category) */
static void
add_ce_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  const char *credential, *date_text, *title, *provider, *category;
  g_autoptr(HpCeEntry) entry = NULL;
  double hours;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&sd&s&s&s)", &credential, &date_text, &hours, &title, &provider,
                 &category);
  entry = hp_ce_entry_new (credential);
  if (!hp_view_parse_date (HP_VIEW (self), date_text, TRUE, &entry->date))
    return;
  entry->hours = hours;
  entry->title = *title ? g_strdup (title) : NULL;
  entry->provider = *provider ? g_strdup (provider) : NULL;
  entry->category = *category ? g_strdup (category) : NULL;
  if (!hp_document_add_ce (doc, entry, &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
remove_ce_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  if (!hp_document_remove_ce (doc, g_variant_get_uint32 (parameter), &error))
    hp_view_report (HP_VIEW (self), error);
}

/* Forms ----------------------------------------------------------------------------- */

static void
show_form (HpExamView *self,
           HpForm     *form)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  self->dialog = GTK_WINDOW (form);
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &self->dialog);
  hp_form_present_for (form, GTK_WIDGET (self));
}

static void
dialog_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpExamView *self = HP_EXAM_VIEW (widget);
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpCatalog *catalog = doc ? hp_document_get_catalog (doc) : NULL;
  HpExamTarget *exam = _hp_exam_view_get_exam (self);
  HpCredential *credential = exam && catalog ? hp_catalog_find_credential (catalog, exam->credential)
                                             : NULL;
  GDate today;

  if (catalog == NULL)
    return;
  hp_date_set_today (&today);
  if (g_str_equal (action_name, "exam.add-exam-dialog"))
    show_form (self, hp_exam_form_new (catalog, NULL));
  else if (g_str_equal (action_name, "exam.edit-exam-dialog") && exam != NULL)
    show_form (self, hp_exam_form_new (catalog, exam));
  else if (g_str_equal (action_name, "exam.practice-dialog") && credential != NULL)
    {
      int index = g_variant_get_int32 (parameter);
      g_autoptr(HpPracticeTest) test = index >= 0
                                       ? g_list_model_get_item (G_LIST_MODEL (exam->tests), index)
                                       : NULL;

      show_form (self, hp_practice_form_new (credential, test, index, &today));
    }
  else if (g_str_equal (action_name, "exam.study-dialog") && credential != NULL)
    show_form (self, hp_study_form_new (credential, &today));
  else if (g_str_equal (action_name, "exam.held-dialog"))
    show_form (self, hp_held_form_new (catalog, &today));
  else if (g_str_equal (action_name, "exam.ce-dialog") &&
           g_list_model_get_n_items (G_LIST_MODEL (hp_document_get_plan (doc)->held)) > 0)
    show_form (self, hp_ce_form_new (hp_document_get_plan (doc), catalog, &today));
}

/* What can be done depends on what there is: no exam, no practice test to
 * log; no credential held, no hours to log. */
void
_hp_exam_view_update_actions (HpExamView *self)
{
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpCatalog *catalog = doc ? hp_document_get_catalog (doc) : NULL;
  HpExamTarget *exam = _hp_exam_view_get_exam (self);
  gboolean known = exam != NULL && catalog != NULL &&
                   hp_catalog_find_credential (catalog, exam->credential) != NULL;
  gboolean held = doc != NULL &&
                  g_list_model_get_n_items (G_LIST_MODEL (hp_document_get_plan (doc)->held)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exam.add-exam-dialog", catalog != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exam.edit-exam-dialog", known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exam.practice-dialog", known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exam.study-dialog", known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exam.held-dialog", catalog != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exam.ce-dialog", held);
}

void
_hp_exam_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "exam.set", "(ssdd)", set_exam_cb);
  gtk_widget_class_install_action (widget_class, "exam.remove", "s", remove_exam_cb);
  gtk_widget_class_install_action (widget_class, "exam.select", "s", select_exam_cb);
  gtk_widget_class_install_action (widget_class, "exam.save-practice", "(sissa(sdd)dd)",
                                   save_practice_cb);
  gtk_widget_class_install_action (widget_class, "exam.remove-practice", "(su)",
                                   remove_practice_cb);
  gtk_widget_class_install_action (widget_class, "exam.add-study", "(sssd)", add_study_cb);
  gtk_widget_class_install_action (widget_class, "exam.remove-study", "(su)", remove_study_cb);
  gtk_widget_class_install_action (widget_class, "exam.add-held", "(ss)", add_held_cb);
  gtk_widget_class_install_action (widget_class, "exam.remove-held", "u", remove_held_cb);
  gtk_widget_class_install_action (widget_class, "exam.add-ce", "(ssdsss)", add_ce_cb);
  gtk_widget_class_install_action (widget_class, "exam.remove-ce", "u", remove_ce_cb);

  gtk_widget_class_install_action (widget_class, "exam.add-exam-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "exam.edit-exam-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "exam.practice-dialog", "i", dialog_cb);
  gtk_widget_class_install_action (widget_class, "exam.study-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "exam.held-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "exam.ce-dialog", NULL, dialog_cb);
}
