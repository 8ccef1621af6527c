/* hp-profile-form.c: the student's profile: name, target program, programs to compare, first term, load, summers, admission, tuition
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-profile-form.h"

struct _HpProfileForm
{
  HpForm          parent_instance;
  GPtrArray      *program_ids;  /* in the order of the drop-down and the check buttons */
  gboolean        default_load; /* the plan follows the default load */

  /* template children */
  GtkEntry       *profile_student;
  GtkDropDown    *profile_target;
  GtkBox         *profile_compare;
  GtkDropDown    *profile_season;
  GtkSpinButton  *profile_year;
  GtkSpinButton  *profile_load;
  GtkSpinButton  *profile_tuition;
  GtkCheckButton *profile_summer;
  GtkCheckButton *profile_admitted;
  GtkDropDown    *profile_admitted_season;
  GtkSpinButton  *profile_admitted_year;
};

G_DEFINE_FINAL_TYPE (HpProfileForm, hp_profile_form, HP_TYPE_FORM)

static void
hp_profile_form_finalize (GObject *object)
{
  g_clear_pointer (&HP_PROFILE_FORM (object)->program_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_profile_form_parent_class)->finalize (object);
}

static gboolean
hp_profile_form_accept (HpForm *form)
{
  HpProfileForm *self = HP_PROFILE_FORM (form);

  g_autoptr(GVariantBuilder) compare = g_variant_builder_new (G_VARIANT_TYPE ("as"));
  guint target = gtk_drop_down_get_selected (self->profile_target);
  double load = gtk_spin_button_get_value (self->profile_load);
  guint i = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->profile_compare)); c != NULL;
       c = gtk_widget_get_next_sibling (c), i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      g_variant_builder_add (compare, "s", g_ptr_array_index (self->program_ids, i));
  /* Left at the default, the plan keeps following it. */
  if (self->default_load && load == HP_PLAN_DEFAULT_LOAD)
    load = 0;
  return hp_form_activate_action (form, "plan.set-profile", "(susdbdasu)",
                                  gtk_editable_get_text (GTK_EDITABLE (self->profile_student)),
                                  hp_form_get_term (self->profile_season, self->profile_year),
                                  target < self->program_ids->len
                                  ? (char *) g_ptr_array_index (self->program_ids, target) : "",
                                  load, gtk_check_button_get_active (self->profile_summer),
                                  gtk_spin_button_get_value (self->profile_tuition), compare,
                                  gtk_check_button_get_active (self->profile_admitted)
                                  ? hp_form_get_term (self->profile_admitted_season,
                                                      self->profile_admitted_year)
                                  : 0);
}

static void
hp_profile_form_class_init (HpProfileFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_profile_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_profile_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-profile-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_student);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_target);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_compare);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_season);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_year);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_load);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_tuition);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_summer);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_admitted);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_admitted_season);
  gtk_widget_class_bind_template_child (widget_class, HpProfileForm, profile_admitted_year);
}

static void
hp_profile_form_init (HpProfileForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The profile of @plan, with @catalog's programs to choose from; a plan
 * without a first term shows @first_term. */
HpForm *
hp_profile_form_new (HpPlan    *plan,
                     HpCatalog *catalog,
                     HpTermKey  first_term)
{
  HpProfileForm *self = g_object_new (HP_TYPE_PROFILE_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = catalog ? g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)) : 0;

  self->program_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->profile_student), plan->student ? plan->student : "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
      GtkWidget *check = gtk_check_button_new_with_label (p->name);

      g_ptr_array_add (self->program_ids, g_strdup (p->id));
      gtk_string_list_append (names, p->name);
      for (guint j = 0; j < plan->compare_programs->len; j++)
        if (g_str_equal (g_ptr_array_index (plan->compare_programs, j), p->id))
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_box_append (self->profile_compare, check);
    }
  gtk_drop_down_set_model (self->profile_target, G_LIST_MODEL (names));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (g_ptr_array_index (self->program_ids, i), plan->target_program) == 0)
      gtk_drop_down_set_selected (self->profile_target, i);
  hp_form_set_term (self->profile_season, self->profile_year,
                    plan->first_term ? plan->first_term : first_term);
  /* The limit the checks use, the default included: never a 0 that means 18. */
  hp_form_set_range (self->profile_load, HP_CREDITS_PER_TERM_MIN, HP_CREDITS_PER_TERM_MAX);
  gtk_spin_button_set_value (self->profile_load, hp_plan_load_limit (plan));
  self->default_load = plan->credits_per_term == 0;
  gtk_check_button_set_active (self->profile_summer, plan->take_summer);
  gtk_widget_set_sensitive (GTK_WIDGET (self->profile_summer), catalog == NULL || catalog->summer);
  /* Admission: the term recorded, else the first term to start from. */
  gtk_check_button_set_active (self->profile_admitted, plan->admitted != 0);
  hp_form_set_term (self->profile_admitted_season, self->profile_admitted_year,
                    plan->admitted ? plan->admitted
                                   : plan->first_term ? plan->first_term : first_term);
  hp_form_set_range (self->profile_tuition, 0, HP_TUITION_MAX);
  gtk_spin_button_set_value (self->profile_tuition, plan->tuition_per_credit);
  return HP_FORM (self);
}
