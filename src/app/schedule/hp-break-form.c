/* hp-break-form.c: a break or a holiday: no study, or a lighter day
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-break-form.h"

struct _HpBreakForm
{
  HpForm          parent_instance;

  /* template children */
  GtkEntry       *break_title;
  GtkEntry       *break_from;
  GtkEntry       *break_to;
  GtkCheckButton *break_light;
  GtkSpinButton  *break_hours;
};

G_DEFINE_FINAL_TYPE (HpBreakForm, hp_break_form, HP_TYPE_FORM)

static gboolean
hp_break_form_accept (HpForm *form)
{
  HpBreakForm *self = HP_BREAK_FORM (form);

  return hp_form_activate_action (form, "schedule.add-break", "(sssbd)",
                                  gtk_editable_get_text (GTK_EDITABLE (self->break_title)),
                                  hp_form_get_date_text (GTK_EDITABLE (self->break_from)),
                                  hp_form_get_date_text (GTK_EDITABLE (self->break_to)),
                                  gtk_check_button_get_active (self->break_light),
                                  gtk_spin_button_get_value (self->break_hours));
}

static void
hp_break_form_class_init (HpBreakFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  HP_FORM_CLASS (klass)->accept = hp_break_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/schedule/hp-break-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpBreakForm, break_title);
  gtk_widget_class_bind_template_child (widget_class, HpBreakForm, break_from);
  gtk_widget_class_bind_template_child (widget_class, HpBreakForm, break_to);
  gtk_widget_class_bind_template_child (widget_class, HpBreakForm, break_light);
  gtk_widget_class_bind_template_child (widget_class, HpBreakForm, break_hours);
}

static void
hp_break_form_init (HpBreakForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hp_form_set_range (self->break_hours, 0.5, 24);
  gtk_spin_button_set_value (self->break_hours, 1);
  g_object_bind_property (self->break_light, "active", self->break_hours, "sensitive",
                          G_BINDING_SYNC_CREATE);
}

HpForm *
hp_break_form_new (const GDate *today)
{
  HpBreakForm *self = g_object_new (HP_TYPE_BREAK_FORM, NULL);

  hp_form_set_date (GTK_EDITABLE (self->break_from), today);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->break_from), TRUE);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->break_to), FALSE);
  return HP_FORM (self);
}
