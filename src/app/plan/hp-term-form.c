/* hp-term-form.c: the form that adds a term or gives one another season or year
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-term-form.h"

struct _HpTermForm
{
  HpForm          parent_instance;
  HpTermKey       rename;   /* the term renamed, or 0 to add one */

  /* template children */
  GtkDropDown    *term_season;
  GtkSpinButton  *term_year;
};

G_DEFINE_FINAL_TYPE (HpTermForm, hp_term_form, HP_TYPE_FORM)

static gboolean
hp_term_form_accept (HpForm *form)
{
  HpTermForm *self = HP_TERM_FORM (form);

  HpTermKey key = hp_form_get_term (self->term_season, self->term_year);

  if (self->rename != 0)
    return hp_form_activate_action (form, "plan.rename-term", "(uu)", self->rename, key);
  return hp_form_activate_action (form, "plan.add-term", "u", key);
}

static void
hp_term_form_class_init (HpTermFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  HP_FORM_CLASS (klass)->accept = hp_term_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-term-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpTermForm, term_season);
  gtk_widget_class_bind_template_child (widget_class, HpTermForm, term_year);
}

static void
hp_term_form_init (HpTermForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Adds a term, suggesting @suggested; or, when @rename is not 0, gives
 * that term another season or year. */
HpForm *
hp_term_form_new (HpTermKey rename,
                  HpTermKey suggested)
{
  HpTermForm *self = g_object_new (HP_TYPE_TERM_FORM,
                                   "title", rename ? _("Rename Term") : _("Add Term"),
                                   "accept-label", rename ? _("_Rename") : _("_Add"),
                                   NULL);

  self->rename = rename;
  hp_form_set_term (self->term_season, self->term_year, rename ? rename : suggested);
  return HP_FORM (self);
}
