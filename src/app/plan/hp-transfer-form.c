/* hp-transfer-form.c: transfer credit from another institution
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-transfer-form.h"

struct _HpTransferForm
{
  HpForm          parent_instance;

  /* template children */
  GtkEntry       *transfer_institution;
  GtkEntry       *transfer_course;
  GtkEntry       *transfer_category;
  GtkSpinButton  *transfer_credits;
  GtkDropDown    *transfer_grade;
};

G_DEFINE_FINAL_TYPE (HpTransferForm, hp_transfer_form, HP_TYPE_FORM)

static gboolean
hp_transfer_form_accept (HpForm *form)
{
  HpTransferForm *self = HP_TRANSFER_FORM (form);

  guint grade = gtk_drop_down_get_selected (self->transfer_grade);

  return hp_form_activate_action (form, "plan.add-transfer", "(sssds)",
                                  gtk_editable_get_text (GTK_EDITABLE (self->transfer_institution)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->transfer_course)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->transfer_category)),
                                  gtk_spin_button_get_value (self->transfer_credits),
                                  grade == 0 || grade == GTK_INVALID_LIST_POSITION
                                  ? "" : hp_grade_all ()[grade - 1]);
}

static void
hp_transfer_form_class_init (HpTransferFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  HP_FORM_CLASS (klass)->accept = hp_transfer_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-transfer-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpTransferForm, transfer_institution);
  gtk_widget_class_bind_template_child (widget_class, HpTransferForm, transfer_course);
  gtk_widget_class_bind_template_child (widget_class, HpTransferForm, transfer_category);
  gtk_widget_class_bind_template_child (widget_class, HpTransferForm, transfer_credits);
  gtk_widget_class_bind_template_child (widget_class, HpTransferForm, transfer_grade);
}

static void
hp_transfer_form_init (HpTransferForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HpForm *
hp_transfer_form_new (void)
{
  HpTransferForm *self = g_object_new (HP_TYPE_TRANSFER_FORM, NULL);
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);

  gtk_string_list_append (grades, _("No grade"));
  for (const char * const *g = hp_grade_all (); *g != NULL; g++)
    gtk_string_list_append (grades, *g);
  gtk_drop_down_set_model (self->transfer_grade, G_LIST_MODEL (grades));
  hp_form_set_range (self->transfer_credits, HP_TRANSFER_CREDITS_MIN, HP_TRANSFER_CREDITS_MAX);
  gtk_spin_button_set_value (self->transfer_credits, 3);
  /* Whose credit it is comes first: an entry without it means nothing. */
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->transfer_institution));
  return HP_FORM (self);
}
