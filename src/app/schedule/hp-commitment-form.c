/* hp-commitment-form.c: a weekly commitment: a class meeting, a work shift
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-commitment-form.h"

struct _HpCommitmentForm
{
  HpForm       parent_instance;
  int          index;       /* the commitment edited, or -1 */

  /* template children */
  GtkEntry    *commitment_title;
  GtkDropDown *commitment_day;
  GtkEntry    *commitment_start;
  GtkEntry    *commitment_end;
};

G_DEFINE_FINAL_TYPE (HpCommitmentForm, hp_commitment_form, HP_TYPE_FORM)

static gboolean
hp_commitment_form_accept (HpForm *form)
{
  HpCommitmentForm *self = HP_COMMITMENT_FORM (form);

  return hp_form_activate_action (form, "schedule.set-commitment", "(iusss)", self->index,
                                  gtk_drop_down_get_selected (self->commitment_day),
                                  gtk_editable_get_text (GTK_EDITABLE (self->commitment_start)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->commitment_end)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->commitment_title)));
}

static void
hp_commitment_form_class_init (HpCommitmentFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  HP_FORM_CLASS (klass)->accept = hp_commitment_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/schedule/hp-commitment-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCommitmentForm, commitment_title);
  gtk_widget_class_bind_template_child (widget_class, HpCommitmentForm, commitment_day);
  gtk_widget_class_bind_template_child (widget_class, HpCommitmentForm, commitment_start);
  gtk_widget_class_bind_template_child (widget_class, HpCommitmentForm, commitment_end);
}

static void
hp_commitment_form_init (HpCommitmentForm *self)
{
  const char *days[] = { _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"),
                         _("Saturday"), _("Sunday"), NULL };
  g_autoptr(GtkStringList) names = gtk_string_list_new (days);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->commitment_day, G_LIST_MODEL (names));
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->commitment_title));
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->commitment_start));
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->commitment_end));
}

/* Edits @slot (the commitment at @index), or adds one when @slot is NULL. */
HpForm *
hp_commitment_form_new (HpTimeSlot *slot,
                        int         index)
{
  HpCommitmentForm *self = g_object_new (HP_TYPE_COMMITMENT_FORM, NULL);
  guint start = slot ? slot->start : 9 * 60, end = slot ? slot->end : 12 * 60;
  g_autofree char *start_text = g_strdup_printf ("%02u:%02u", start / 60, start % 60);
  g_autofree char *end_text = g_strdup_printf ("%02u:%02u", end / 60, end % 60);

  self->index = slot ? index : -1;
  if (slot != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->commitment_title), slot->title ? slot->title : "");
      gtk_drop_down_set_selected (self->commitment_day, slot->day);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->commitment_start), start_text);
  gtk_editable_set_text (GTK_EDITABLE (self->commitment_end), end_text);
  gtk_window_set_title (GTK_WINDOW (self), slot ? _("Edit Commitment") : _("Add Commitment"));
  hp_form_set_accept_label (HP_FORM (self), slot ? _("_Save") : _("_Add"));
  return HP_FORM (self);
}
