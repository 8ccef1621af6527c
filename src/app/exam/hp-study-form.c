/* hp-study-form.c: study time for an exam: when, which domain, how long
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-study-form.h"

struct _HpStudyForm
{
  HpForm          parent_instance;
  char           *credential;
  GPtrArray      *domains;   /* of char*: "" for the whole exam, then the domains' ids */

  /* template children */
  GtkEntry       *study_date;
  GtkDropDown    *study_domain;
  GtkSpinButton  *study_hours;
};

G_DEFINE_FINAL_TYPE (HpStudyForm, hp_study_form, HP_TYPE_FORM)

static gboolean
hp_study_form_accept (HpForm *form)
{
  HpStudyForm *self = HP_STUDY_FORM (form);
  guint selected = gtk_drop_down_get_selected (self->study_domain);

  return hp_form_activate_action (form, "exam.add-study", "(sssd)", self->credential,
                                  hp_form_get_date_text (GTK_EDITABLE (self->study_date)),
                                  selected < self->domains->len
                                  ? (char *) g_ptr_array_index (self->domains, selected) : "",
                                  gtk_spin_button_get_value (self->study_hours));
}

static void
hp_study_form_finalize (GObject *object)
{
  HpStudyForm *self = HP_STUDY_FORM (object);

  g_free (self->credential);
  g_clear_pointer (&self->domains, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_study_form_parent_class)->finalize (object);
}

static void
hp_study_form_class_init (HpStudyFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_study_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_study_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-study-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpStudyForm, study_date);
  gtk_widget_class_bind_template_child (widget_class, HpStudyForm, study_domain);
  gtk_widget_class_bind_template_child (widget_class, HpStudyForm, study_hours);
}

static void
hp_study_form_init (HpStudyForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->domains = hp_strv_array_new ();
}

HpForm *
hp_study_form_new (HpCredential *credential,
                   const GDate  *today)
{
  HpStudyForm *self = g_object_new (HP_TYPE_STUDY_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->credential = g_strdup (credential->id);
  g_ptr_array_add (self->domains, g_strdup (""));
  gtk_string_list_append (names, _("The whole exam"));
  for (guint i = 0; i < credential->domains->len; i++)
    {
      HpExamDomain *d = g_ptr_array_index (credential->domains, i);

      g_ptr_array_add (self->domains, g_strdup (d->id));
      gtk_string_list_append (names, d->title ? d->title : d->id);
    }
  gtk_drop_down_set_model (self->study_domain, G_LIST_MODEL (names));
  hp_form_set_range (self->study_hours, 0.25, HP_STUDY_HOURS_MAX);
  gtk_spin_button_set_value (self->study_hours, 1);
  hp_form_set_date (GTK_EDITABLE (self->study_date), today);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->study_date), TRUE);
  return HP_FORM (self);
}
