/* hp-exception-form.c: an advisor's exception that resolves a problem: a waiver or leave for a term
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-exception-form.h"

struct _HpExceptionForm
{
  HpForm          parent_instance;
  guint           problem;  /* its position in the Plan view's problems */

  /* template children */
  GtkLabel       *exception_problem;
  GtkLabel       *exception_kind;
  GtkEntry       *exception_by;
  GtkEntry       *exception_note;
};

G_DEFINE_FINAL_TYPE (HpExceptionForm, hp_exception_form, HP_TYPE_FORM)

static gboolean
hp_exception_form_accept (HpForm *form)
{
  HpExceptionForm *self = HP_EXCEPTION_FORM (form);

  return hp_form_activate_action (form, "plan.record-exception", "(uss)", self->problem,
                                  gtk_editable_get_text (GTK_EDITABLE (self->exception_by)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->exception_note)));
}

static void
hp_exception_form_class_init (HpExceptionFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  HP_FORM_CLASS (klass)->accept = hp_exception_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-exception-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpExceptionForm, exception_problem);
  gtk_widget_class_bind_template_child (widget_class, HpExceptionForm, exception_kind);
  gtk_widget_class_bind_template_child (widget_class, HpExceptionForm, exception_by);
  gtk_widget_class_bind_template_child (widget_class, HpExceptionForm, exception_note);
}

static void
hp_exception_form_init (HpExceptionForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The exception that resolves @problem, the @position-th of the view's. */
HpForm *
hp_exception_form_new (HpProblem *problem,
                       guint      position)
{
  HpExceptionForm *self = g_object_new (HP_TYPE_EXCEPTION_FORM, NULL);
  g_autofree char *when = hp_term_key_format (problem->term);
  g_autofree char *kind = NULL;

  self->problem = position;
  gtk_label_set_label (self->exception_problem, problem->message);
  if (problem->kind == HP_PROBLEM_OFFERING)
    kind = g_strdup_printf (_("Records an advisor’s permission to take %s in %s, when it is not "
                              "usually offered. The problem then shows as resolved."),
                            problem->course, when);
  else
    kind = g_strdup_printf (_("Records an advisor’s waiver of %s for %s in %s. The problem then "
                              "shows as resolved."), problem->target, problem->course, when);
  gtk_label_set_label (self->exception_kind, kind);
  /* An exception is an advisor's decision: it names who made it. */
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->exception_by));
  return HP_FORM (self);
}
