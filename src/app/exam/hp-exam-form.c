/* hp-exam-form.c: an exam target: the credential, the date, the goal and the study time
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-exam-form.h"

struct _HpExamForm
{
  HpForm          parent_instance;
  GPtrArray      *ids;       /* credential ids, in the drop-down's order */

  /* template children */
  GtkDropDown    *exam_credential;
  GtkEntry       *exam_date;
  GtkSpinButton  *exam_goal;
  GtkSpinButton  *exam_hours;
};

G_DEFINE_FINAL_TYPE (HpExamForm, hp_exam_form, HP_TYPE_FORM)

static gboolean
hp_exam_form_accept (HpForm *form)
{
  HpExamForm *self = HP_EXAM_FORM (form);
  guint selected = gtk_drop_down_get_selected (self->exam_credential);

  if (selected >= self->ids->len)
    return FALSE;
  return hp_form_activate_action (form, "exam.set", "(ssdd)",
                                  (char *) g_ptr_array_index (self->ids, selected),
                                  hp_form_get_date_text (GTK_EDITABLE (self->exam_date)),
                                  gtk_spin_button_get_value (self->exam_goal),
                                  gtk_spin_button_get_value (self->exam_hours));
}

static void
hp_exam_form_finalize (GObject *object)
{
  g_clear_pointer (&HP_EXAM_FORM (object)->ids, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_exam_form_parent_class)->finalize (object);
}

static void
hp_exam_form_class_init (HpExamFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_exam_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_exam_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-exam-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpExamForm, exam_credential);
  gtk_widget_class_bind_template_child (widget_class, HpExamForm, exam_date);
  gtk_widget_class_bind_template_child (widget_class, HpExamForm, exam_goal);
  gtk_widget_class_bind_template_child (widget_class, HpExamForm, exam_hours);
}

static void
hp_exam_form_init (HpExamForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ids = hp_strv_array_new ();
}

/* A new exam target (@exam NULL), or a change to @exam: its credential
 * stays; the date, the goal and the hours change. */
HpForm *
hp_exam_form_new (HpCatalog    *catalog,
                  HpExamTarget *exam)
{
  HpExamForm *self = g_object_new (HP_TYPE_EXAM_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *credentials = G_LIST_MODEL (catalog->credentials);

  for (guint i = 0; i < g_list_model_get_n_items (credentials); i++)
    {
      g_autoptr(HpCredential) c = g_list_model_get_item (credentials, i);
      g_autofree char *name = g_strdup_printf ("%s — %s", c->id, c->name);

      g_ptr_array_add (self->ids, g_strdup (c->id));
      gtk_string_list_append (names, name);
      if (exam != NULL && g_str_equal (c->id, exam->credential))
        gtk_drop_down_set_selected (self->exam_credential, i);
    }
  gtk_drop_down_set_model (self->exam_credential, G_LIST_MODEL (names));
  if (exam != NULL)
    {
      guint found;

      if (g_ptr_array_find_with_equal_func (self->ids, exam->credential, g_str_equal, &found))
        gtk_drop_down_set_selected (self->exam_credential, found);
      gtk_widget_set_sensitive (GTK_WIDGET (self->exam_credential), FALSE);
      gtk_window_set_title (GTK_WINDOW (self), _("Change Exam Target"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Exam Target"));
      hp_form_set_accept_label (HP_FORM (self), _("_Add"));
    }
  hp_form_set_range (self->exam_goal, 0, 100);
  hp_form_set_range (self->exam_hours, 0, HP_WEEK_HOURS_MAX);
  hp_form_set_date (GTK_EDITABLE (self->exam_date), exam ? &exam->date : NULL);
  gtk_spin_button_set_value (self->exam_goal, exam ? exam->goal : 0);
  gtk_spin_button_set_value (self->exam_hours, exam ? exam->hours_per_week : 5);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->exam_date), FALSE);
  return HP_FORM (self);
}
