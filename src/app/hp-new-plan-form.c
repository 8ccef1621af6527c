/* hp-new-plan-form.c: a new plan: its program and first term
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-new-plan-form.h"

struct _HpNewPlanForm
{
  HpForm          parent_instance;
  GPtrArray      *program_ids;

  /* template children */
  GtkDropDown    *new_program;
  GtkDropDown    *new_season;
  GtkSpinButton  *new_year;
  GtkLabel       *new_notice;
};

G_DEFINE_FINAL_TYPE (HpNewPlanForm, hp_new_plan_form, HP_TYPE_FORM)

static void
hp_new_plan_form_finalize (GObject *object)
{
  g_clear_pointer (&HP_NEW_PLAN_FORM (object)->program_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_new_plan_form_parent_class)->finalize (object);
}

static gboolean
hp_new_plan_form_accept (HpForm *form)
{
  HpNewPlanForm *self = HP_NEW_PLAN_FORM (form);

  guint selected = gtk_drop_down_get_selected (self->new_program);

  if (selected >= self->program_ids->len)
    return FALSE;
  return hp_form_activate_action (form, "win.new-plan", "(su)",
                                  g_ptr_array_index (self->program_ids, selected),
                                  hp_form_get_term (self->new_season, self->new_year));
}

static void
hp_new_plan_form_class_init (HpNewPlanFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_new_plan_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_new_plan_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/hp-new-plan-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpNewPlanForm, new_program);
  gtk_widget_class_bind_template_child (widget_class, HpNewPlanForm, new_season);
  gtk_widget_class_bind_template_child (widget_class, HpNewPlanForm, new_year);
  gtk_widget_class_bind_template_child (widget_class, HpNewPlanForm, new_notice);
}

static void
hp_new_plan_form_init (HpNewPlanForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A plan for one of @catalog's programs, starting in @first_term unless
 * the student says otherwise. */
HpForm *
hp_new_plan_form_new (HpCatalog *catalog,
                      HpTermKey  first_term)
{
  HpNewPlanForm *self = g_object_new (HP_TYPE_NEW_PLAN_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->program_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)); i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);

      g_ptr_array_add (self->program_ids, g_strdup (p->id));
      gtk_string_list_append (names, p->name);
    }
  gtk_drop_down_set_model (self->new_program, G_LIST_MODEL (names));
  hp_form_set_term (self->new_season, self->new_year, first_term);
  if (catalog->example)
    gtk_label_set_label (self->new_notice,
                         _("The plan uses the bundled example catalog: its course codes, offerings "
                           "and prices are made up. Replace it with your college’s catalog."));
  return HP_FORM (self);
}
