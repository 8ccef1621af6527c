/* hp-rules-form.c: how the study schedule is made
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-rules-form.h"

struct _HpRulesForm
{
  HpForm         parent_instance;

  /* template children */
  GtkSpinButton *rules_hours;
  GtkSpinButton *rules_min;
  GtkSpinButton *rules_max;
  GtkSpinButton *rules_gap;
  GtkSpinButton *rules_daily;
};

G_DEFINE_FINAL_TYPE (HpRulesForm, hp_rules_form, HP_TYPE_FORM)

static gboolean
hp_rules_form_accept (HpForm *form)
{
  HpRulesForm *self = HP_RULES_FORM (form);

  return hp_form_activate_action (form, "schedule.set-rules", "(duuuu)",
                                  gtk_spin_button_get_value (self->rules_hours),
                                  (guint) gtk_spin_button_get_value_as_int (self->rules_min),
                                  (guint) gtk_spin_button_get_value_as_int (self->rules_max),
                                  (guint) gtk_spin_button_get_value_as_int (self->rules_gap),
                                  (guint) gtk_spin_button_get_value_as_int (self->rules_daily));
}

static void
hp_rules_form_class_init (HpRulesFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  HP_FORM_CLASS (klass)->accept = hp_rules_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/schedule/hp-rules-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpRulesForm, rules_hours);
  gtk_widget_class_bind_template_child (widget_class, HpRulesForm, rules_min);
  gtk_widget_class_bind_template_child (widget_class, HpRulesForm, rules_max);
  gtk_widget_class_bind_template_child (widget_class, HpRulesForm, rules_gap);
  gtk_widget_class_bind_template_child (widget_class, HpRulesForm, rules_daily);
}

static void
hp_rules_form_init (HpRulesForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hp_form_set_range (self->rules_hours, 0, HP_SCHEDULE_HOURS_PER_CREDIT_MAX);
  hp_form_set_range (self->rules_min, 15, 240);
  hp_form_set_range (self->rules_max, 15, 480);
  hp_form_set_range (self->rules_gap, 0, 120);
  hp_form_set_range (self->rules_daily, 15, 24 * 60);
}

HpForm *
hp_rules_form_new (const HpScheduleRules *rules)
{
  HpRulesForm *self = g_object_new (HP_TYPE_RULES_FORM, NULL);

  gtk_spin_button_set_value (self->rules_hours, rules->hours_per_credit);
  gtk_spin_button_set_value (self->rules_min, rules->min_session);
  gtk_spin_button_set_value (self->rules_max, rules->max_session);
  gtk_spin_button_set_value (self->rules_gap, rules->gap);
  gtk_spin_button_set_value (self->rules_daily, rules->daily_max);
  return HP_FORM (self);
}
