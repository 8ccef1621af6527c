/* hp-gpa-form.c: the GPA calculator: the grades a term needs for a GPA goal
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-gpa-form.h"

struct _HpGpaForm
{
  HpForm          parent_instance;
  HpDocument     *document;
  GArray         *terms;    /* of HpTermKey, as in the drop-down */

  /* template children */
  GtkDropDown    *gpa_term;
  GtkSpinButton  *gpa_target;
  GtkLabel       *gpa_answer;
};

G_DEFINE_FINAL_TYPE (HpGpaForm, hp_gpa_form, HP_TYPE_FORM)

static void
hp_gpa_form_dispose (GObject *object)
{
  HpGpaForm *self = HP_GPA_FORM (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->terms, g_array_unref);
  G_OBJECT_CLASS (hp_gpa_form_parent_class)->dispose (object);
}

/* What the core says the chosen term needs, in a sentence. */
static void
update_answer (HpGpaForm *self)
{
  HpPlan *plan = hp_document_get_plan (self->document);
  HpCatalog *catalog = hp_document_get_catalog (self->document);
  guint selected = gtk_drop_down_get_selected (self->gpa_term);
  double target = gtk_spin_button_get_value (self->gpa_target);
  HpGpaGoal goal;
  g_autofree char *answer = NULL;

  if (selected >= self->terms->len || catalog == NULL ||
      !hp_plan_gpa_goal (plan, catalog, g_array_index (self->terms, HpTermKey, selected), target,
                         &goal))
    answer = g_strdup (_("This term has no ungraded courses left to decide the GPA."));
  else
    {
      const char *grade = hp_grade_for_points (goal.needed);
      g_autofree char *credits = hp_format_number (goal.open_credits);

      if (goal.needed <= 0)
        answer = g_strdup_printf (_("You will reach %.2f whatever grades you earn in these %s "
                                    "credits."), target, credits);
      else if (grade == NULL)
        answer = g_strdup_printf (_("Out of reach this term: even straight A’s in these %s credits "
                                    "would bring the GPA only to %.2f, not %.2f."),
                                  credits, goal.best, target);
      else
        answer = g_strdup_printf (_("You need an average of %.2f (%s or better) across this term’s "
                                    "%s open credits to reach a GPA of %.2f."),
                                  goal.needed, grade, credits, target);
    }
  gtk_label_set_label (self->gpa_answer, answer);
}

static gboolean
hp_gpa_form_accept (HpForm *form)
{
  HpGpaForm *self = HP_GPA_FORM (form);

  /* The calculator edits nothing. */
  (void) self;
  return TRUE;
}

static void
hp_gpa_form_class_init (HpGpaFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_gpa_form_dispose;
  HP_FORM_CLASS (klass)->accept = hp_gpa_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-gpa-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpGpaForm, gpa_term);
  gtk_widget_class_bind_template_child (widget_class, HpGpaForm, gpa_target);
  gtk_widget_class_bind_template_child (widget_class, HpGpaForm, gpa_answer);
}

static void
hp_gpa_form_init (HpGpaForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The calculator for @term, or when 0 for the term in progress on @today,
 * or else the next one, with courses still to grade (as `hitplan gpa`). */
HpForm *
hp_gpa_form_new (HpDocument  *document,
                 HpTermKey    term,
                 const GDate *today)
{
  HpGpaForm *self = g_object_new (HP_TYPE_GPA_FORM, NULL);
  HpPlan *plan = hp_document_get_plan (document);
  HpCatalog *catalog = hp_document_get_catalog (document);
  GListModel *terms = G_LIST_MODEL (plan->terms);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  HpTermKey from = hp_plan_current_or_next_term (plan, today);
  guint selected = 0;
  gboolean chosen = FALSE;

  self->document = g_object_ref (document);
  self->terms = g_array_new (FALSE, FALSE, sizeof (HpTermKey));
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, i);
      g_autofree char *label = hp_term_key_format (t->key);
      HpGpaGoal goal;

      g_array_append_val (self->terms, t->key);
      gtk_string_list_append (labels, label);
      if (!chosen && (t->key == term ||
                      (term == 0 && from != 0 && t->key >= from && catalog != NULL &&
                       hp_plan_gpa_goal (plan, catalog, t->key, 3.0, &goal))))
        {
          selected = i;
          chosen = TRUE;
        }
    }
  gtk_drop_down_set_model (self->gpa_term, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->gpa_term, selected);
  hp_form_set_range (self->gpa_target, 0, HP_GPA_MAX);
  gtk_spin_button_set_value (self->gpa_target, 3.0);
  g_signal_connect_object (self->gpa_term, "notify::selected", G_CALLBACK (update_answer), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gpa_target, "value-changed", G_CALLBACK (update_answer), self,
                           G_CONNECT_SWAPPED);
  update_answer (self);
  return HP_FORM (self);
}
