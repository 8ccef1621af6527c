/* hp-substitution-form.c: an advisor's substitution: a course counted toward a requirement group
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-substitution-form.h"

struct _HpSubstitutionForm
{
  HpForm          parent_instance;
  char           *course;
  GListModel     *groups;   /* of HpRequirement: the program's */

  /* template children */
  GtkLabel       *substitution_intro;
  GtkDropDown    *substitution_group;
  GtkEntry       *substitution_by;
  GtkEntry       *substitution_note;
};

G_DEFINE_FINAL_TYPE (HpSubstitutionForm, hp_substitution_form, HP_TYPE_FORM)

static void
hp_substitution_form_finalize (GObject *object)
{
  HpSubstitutionForm *self = HP_SUBSTITUTION_FORM (object);

  g_free (self->course);
  g_clear_object (&self->groups);
  G_OBJECT_CLASS (hp_substitution_form_parent_class)->finalize (object);
}

static gboolean
hp_substitution_form_accept (HpForm *form)
{
  HpSubstitutionForm *self = HP_SUBSTITUTION_FORM (form);

  g_autoptr(HpRequirement) group = g_list_model_get_item (self->groups,
                                                          gtk_drop_down_get_selected (self->substitution_group));

  if (group == NULL)
    return FALSE;
  return hp_form_activate_action (form, "plan.record-substitution", "(ssss)", self->course, group->id,
                                  gtk_editable_get_text (GTK_EDITABLE (self->substitution_by)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->substitution_note)));
}

static void
hp_substitution_form_class_init (HpSubstitutionFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_substitution_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_substitution_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-substitution-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpSubstitutionForm, substitution_intro);
  gtk_widget_class_bind_template_child (widget_class, HpSubstitutionForm, substitution_group);
  gtk_widget_class_bind_template_child (widget_class, HpSubstitutionForm, substitution_by);
  gtk_widget_class_bind_template_child (widget_class, HpSubstitutionForm, substitution_note);
}

static void
hp_substitution_form_init (HpSubstitutionForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* An advisor counts @course toward a group of @program that it would not
 * fill by itself. */
HpForm *
hp_substitution_form_new (const char *course,
                          HpProgram  *program)
{
  HpSubstitutionForm *self = g_object_new (HP_TYPE_SUBSTITUTION_FORM, NULL);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *intro = NULL;

  self->course = g_strdup (course);
  self->groups = G_LIST_MODEL (g_object_ref (program->requirements));
  for (guint i = 0; i < g_list_model_get_n_items (self->groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (self->groups, i);
      gtk_string_list_append (titles, g->title);
    }
  gtk_drop_down_set_model (self->substitution_group, G_LIST_MODEL (titles));
  intro = g_strdup_printf (_("Records an advisor’s decision that %s counts toward a requirement "
                             "of the %s it would not fill by itself."), course, program->name);
  gtk_label_set_label (self->substitution_intro, intro);
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->substitution_by));
  return HP_FORM (self);
}
