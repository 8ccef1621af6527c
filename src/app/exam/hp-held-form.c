/* hp-held-form.c: a credential the student passed, and the day
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-held-form.h"

struct _HpHeldForm
{
  HpForm        parent_instance;
  GPtrArray    *ids;

  /* template children */
  GtkDropDown  *held_credential;
  GtkEntry     *held_earned;
};

G_DEFINE_FINAL_TYPE (HpHeldForm, hp_held_form, HP_TYPE_FORM)

static gboolean
hp_held_form_accept (HpForm *form)
{
  HpHeldForm *self = HP_HELD_FORM (form);
  guint selected = gtk_drop_down_get_selected (self->held_credential);

  if (selected >= self->ids->len)
    return FALSE;
  return hp_form_activate_action (form, "exam.add-held", "(ss)",
                                  (char *) g_ptr_array_index (self->ids, selected),
                                  hp_form_get_date_text (GTK_EDITABLE (self->held_earned)));
}

static void
hp_held_form_finalize (GObject *object)
{
  g_clear_pointer (&HP_HELD_FORM (object)->ids, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_held_form_parent_class)->finalize (object);
}

static void
hp_held_form_class_init (HpHeldFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_held_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_held_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-held-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpHeldForm, held_credential);
  gtk_widget_class_bind_template_child (widget_class, HpHeldForm, held_earned);
}

static void
hp_held_form_init (HpHeldForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ids = hp_strv_array_new ();
}

HpForm *
hp_held_form_new (HpCatalog   *catalog,
                  const GDate *today)
{
  HpHeldForm *self = g_object_new (HP_TYPE_HELD_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *credentials = G_LIST_MODEL (catalog->credentials);

  for (guint i = 0; i < g_list_model_get_n_items (credentials); i++)
    {
      g_autoptr(HpCredential) c = g_list_model_get_item (credentials, i);
      g_autofree char *name = g_strdup_printf ("%s — %s", c->id, c->name);

      g_ptr_array_add (self->ids, g_strdup (c->id));
      gtk_string_list_append (names, name);
    }
  gtk_drop_down_set_model (self->held_credential, G_LIST_MODEL (names));
  hp_form_set_date (GTK_EDITABLE (self->held_earned), today);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->held_earned), TRUE);
  return HP_FORM (self);
}
