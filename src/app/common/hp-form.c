/* hp-form.c: a small modal window around one form of ui/hp-plan-dialogs.ui
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cancel on the left, the action on the right, Escape closes, Enter in an
 * entry accepts: the same for every form, written once.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-form.h"

#define RESOURCE "/io/github/hitplanner/Planner/plan/hp-plan-dialogs.ui"

typedef struct
{
  GtkBuilder   *builder;
  HpFormAccept  accept;
  gpointer      user_data;
  GtkWidget    *ok;
  GPtrArray    *required;  /* of GtkEditable, owned by the builder */
} Form;

static void
form_free (Form *form)
{
  g_clear_pointer (&form->required, g_ptr_array_unref);
  g_clear_object (&form->builder);
  g_free (form);
}

static gboolean
form_complete (Form *form)
{
  for (guint i = 0; i < form->required->len; i++)
    {
      g_autofree char *text = g_strdup (gtk_editable_get_text (form->required->pdata[i]));
      if (*g_strstrip (text) == '\0')
        return FALSE;
    }
  return TRUE;
}

static void
required_changed_cb (GtkEditable *editable,
                     Form        *form)
{
  gtk_widget_set_sensitive (form->ok, form_complete (form));
}

/* @field must not be empty (or blank): the form's action waits for it. */
void
hp_form_require (GtkWindow   *window,
                 GtkEditable *field)
{
  Form *form = g_object_get_data (G_OBJECT (window), "hp-form");

  g_ptr_array_add (form->required, field);
  g_signal_connect (field, "changed", G_CALLBACK (required_changed_cb), form);
  required_changed_cb (field, form);
}

void
hp_form_accept (GtkWindow *window)
{
  Form *form = g_object_get_data (G_OBJECT (window), "hp-form");

  if (form_complete (form) && form->accept (form->builder, form->user_data))
    gtk_window_destroy (window);
}

static void
accept_clicked_cb (GtkButton *button,
                   GtkWindow *window)
{
  hp_form_accept (window);
}

static void
entry_activated_cb (GtkEntry  *entry,
                    GtkWindow *window)
{
  hp_form_accept (window);
}

/* Builds the objects @object_ids (the form first, then what it uses, such
 * as adjustments) and puts the form in a modal window over @parent. */
GtkWindow *
hp_form_new (GtkWidget    *parent,
             const char   *title,
             const char   *accept_label,
             const char  **object_ids,
             HpFormAccept  accept,
             gpointer      user_data,
             GtkBuilder  **builder_out)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *ok = gtk_button_new_with_mnemonic (accept_label);
  GtkWidget *form_widget;
  GtkEventController *keys;
  GSList *objects;
  Form *form = g_new0 (Form, 1);

  form->builder = gtk_builder_new ();
  form->required = g_ptr_array_new ();
  form->ok = ok;
  form->accept = accept;
  form->user_data = user_data;
  gtk_builder_set_translation_domain (form->builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_objects_from_resource (form->builder, RESOURCE, object_ids, &error))
    g_error ("%s", error->message);  /* our own resource: a bug, not the user's */

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  if (parent != NULL && GTK_IS_WINDOW (gtk_widget_get_root (parent)))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (parent)));

  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), ok);
  gtk_widget_add_css_class (ok, "suggested-action");
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  g_signal_connect (ok, "clicked", G_CALLBACK (accept_clicked_cb), window);
  gtk_window_set_default_widget (GTK_WINDOW (window), ok);

  form_widget = GTK_WIDGET (gtk_builder_get_object (form->builder, object_ids[0]));
  gtk_widget_set_margin_top (form_widget, 18);
  gtk_widget_set_margin_bottom (form_widget, 18);
  gtk_widget_set_margin_start (form_widget, 18);
  gtk_widget_set_margin_end (form_widget, 18);
  gtk_window_set_child (GTK_WINDOW (window), form_widget);

  /* Enter in any entry accepts, as a user expects of a short form. */
  objects = gtk_builder_get_objects (form->builder);
  for (GSList *o = objects; o != NULL; o = o->next)
    if (GTK_IS_ENTRY (o->data))
      g_signal_connect (o->data, "activate", G_CALLBACK (entry_activated_cb), window);
  g_slist_free (objects);

  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);

  g_object_set_data_full (G_OBJECT (window), "hp-form", form, (GDestroyNotify) form_free);
  if (builder_out != NULL)
    *builder_out = form->builder;
  return GTK_WINDOW (window);
}

static const HpSeason season_order[] = { HP_SEASON_FALL, HP_SEASON_WINTER, HP_SEASON_SPRING,
                                         HP_SEASON_SUMMER };

void
hp_form_set_term (GtkDropDown   *season,
                  GtkSpinButton *year,
                  HpTermKey      term)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint position = 0;

  for (guint i = 0; i < G_N_ELEMENTS (season_order); i++)
    {
      gtk_string_list_append (list, hp_season_label (season_order[i]));
      if (season_order[i] == HP_TERM_KEY_SEASON (term))
        position = i;
    }
  gtk_drop_down_set_model (season, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (season, position);
  gtk_spin_button_set_value (year, HP_TERM_KEY_YEAR (term));
}

HpTermKey
hp_form_get_term (GtkDropDown   *season,
                  GtkSpinButton *year)
{
  return HP_TERM_KEY (gtk_spin_button_get_value_as_int (year),
                      season_order[gtk_drop_down_get_selected (season) % G_N_ELEMENTS (season_order)]);
}
