/* hp-plan-view-forms.c: the Plan view opens its forms, one at a time, over its window
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each form is a class of its own (hp-*-form.c) that makes its edit
 * through the view's plan.* actions; this file only chooses and opens.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-exception-form.h"
#include "hp-gpa-form.h"
#include "hp-plan-view-private.h"
#include "hp-profile-form.h"
#include "hp-substitution-form.h"
#include "hp-term-form.h"
#include "hp-transfer-form.h"

static void
show_form (HpPlanView *self,
           HpForm     *form)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  self->dialog = GTK_WINDOW (form);
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &self->dialog);
  hp_form_present_for (form, GTK_WIDGET (self));
}

static HpTermKey
suggested_term (HpPlanView *self)
{
  GDate today;

  hp_date_set_today (&today);
  return hp_plan_suggest_term (hp_document_get_plan (hp_view_get_document (HP_VIEW (self))), &today);
}

static void
dialog_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  HpPlan *plan;
  HpCatalog *catalog;

  if (hp_view_get_document (HP_VIEW (self)) == NULL)
    return;
  plan = hp_document_get_plan (hp_view_get_document (HP_VIEW (self)));
  catalog = hp_document_get_catalog (hp_view_get_document (HP_VIEW (self)));

  if (g_str_equal (action_name, "plan.edit-profile"))
    show_form (self, hp_profile_form_new (plan, catalog, suggested_term (self)));
  else if (g_str_equal (action_name, "plan.add-term-dialog"))
    show_form (self, hp_term_form_new (0, suggested_term (self)));
  else if (g_str_equal (action_name, "plan.rename-term-dialog"))
    show_form (self, hp_term_form_new (g_variant_get_uint32 (parameter), 0));
  else if (g_str_equal (action_name, "plan.add-transfer-dialog"))
    show_form (self, hp_transfer_form_new ());
  else if (g_str_equal (action_name, "plan.record-exception-dialog"))
    {
      guint position = g_variant_get_uint32 (parameter);
      g_autoptr(HpProblem) problem = g_list_model_get_item (G_LIST_MODEL (self->problems), position);

      if (problem != NULL && problem->target != NULL)
        show_form (self, hp_exception_form_new (problem, position));
    }
  else if (g_str_equal (action_name, "plan.gpa-calculator"))
    {
      GDate today;

      hp_date_set_today (&today);
      show_form (self, hp_gpa_form_new (hp_view_get_document (HP_VIEW (self)), g_variant_get_uint32 (parameter), &today));
    }
  else if (g_str_equal (action_name, "plan.substitution-dialog"))
    {
      HpProgram *program = catalog && plan->target_program
                           ? hp_catalog_find_program (catalog, plan->target_program) : NULL;

      if (program == NULL)
        {
          g_autoptr(GError) error = g_error_new (HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                                                 _("Choose a target program in the profile first: "
                                                   "a substitution counts a course toward one of "
                                                   "its requirements."));
          hp_view_report (HP_VIEW (self), error);
          return;
        }
      show_form (self, hp_substitution_form_new (g_variant_get_string (parameter, NULL), program));
    }
}

void
_hp_plan_view_install_forms (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.edit-profile", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-term-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "plan.rename-term-dialog", "u", dialog_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-transfer-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "plan.record-exception-dialog", "u", dialog_cb);
  gtk_widget_class_install_action (widget_class, "plan.gpa-calculator", "u", dialog_cb);
  gtk_widget_class_install_action (widget_class, "plan.substitution-dialog", "s", dialog_cb);
}
