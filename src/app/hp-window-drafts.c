/* hp-window-drafts.c: unsaved edits kept as a draft, and a draft a crash left offered back
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A moment after an edit, the plan as edited is written to the drafts in
 * the user's state folder (src/core/hp-draft.c); saving, or throwing the
 * changes away when the window asks, removes it.  So a draft still there
 * when the app starts is one a crash left: a banner offers it back (Restore
 * opens it as the plan's unsaved edits; Discard removes it).  A conflicted
 * copy a file-sync tool left beside the plan is offered the same way.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-window-private.h"

/* Long enough to gather a burst of edits, short enough to lose little. */
#define DRAFT_DELAY_MS 1500

static char *
plan_path (HpWindow *self)
{
  GFile *file = self->document ? hp_document_get_file (self->document) : NULL;

  return file ? g_file_get_path (file) : NULL;
}

/* Writes the draft of the plan shown now, if it has unsaved edits. */
void
hp_window_write_draft_now (HpWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HP_IS_WINDOW (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->document == NULL || !hp_document_get_modified (self->document))
    return;
  path = plan_path (self);
  bytes = hp_plan_to_bytes (hp_document_get_plan (self->document));
  if (!hp_draft_write (path, bytes, &error))
    g_warning ("The draft of unsaved changes could not be written: %s", error->message);
}

static gboolean
write_draft_cb (gpointer data)
{
  HpWindow *self = data;

  self->draft_source = 0;
  hp_window_write_draft_now (self);
  return G_SOURCE_REMOVE;
}

void
_hp_window_draft_edited (HpWindow *self)
{
  self->draft_mine = TRUE;
  if (self->draft_source == 0)
    self->draft_source = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

/* The plan's edits were saved or thrown away: the draft this window kept of
 * them goes.  A draft a crash left, not yet restored, stays to be offered. */
void
_hp_window_draft_forget (HpWindow *self)
{
  g_autofree char *path = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->document == NULL || !self->draft_mine)
    return;
  self->draft_mine = FALSE;
  path = plan_path (self);
  hp_draft_discard (path);
}

void
_hp_window_draft_dispose (HpWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_pointer (&self->draft_for, g_free);
  g_clear_pointer (&self->conflicted, g_free);
}

/* Conflicted copies ---------------------------------------------------------------- */

/* A file-sync tool that saw the plan changed on two computers at once keeps
 * both and names one a conflicted copy: say so when the plan is opened, so
 * the edits in it are not forgotten. */
void
_hp_window_check_copies (HpWindow *self)
{
  g_autofree char *path = plan_path (self);
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_clear_pointer (&self->conflicted, g_free);
  copies = path ? hp_conflicted_copies (path) : NULL;
  if (copies == NULL || copies->len == 0)
    {
      _hp_window_show_banner (self->copies_revealer, FALSE);
      return;
    }
  self->conflicted = g_strdup (g_ptr_array_index (copies, copies->len - 1));
  name = g_filename_display_basename (self->conflicted);
  text = copies->len == 1
         ? g_strdup_printf (_("A file-sync tool left a conflicted copy of this plan beside it: "
                              "“%s”. It may hold changes made on another computer."), name)
         : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "A file-sync tool left %u conflicted copies of this plan "
                                         "beside it, the newest name “%s”. They may hold changes "
                                         "made on another computer.",
                                         "A file-sync tool left %u conflicted copies of this plan "
                                         "beside it, the newest name “%s”. They may hold changes "
                                         "made on another computer.", copies->len),
                            copies->len, name);
  gtk_label_set_label (self->copies_label, text);
  _hp_window_show_banner (self->copies_revealer, TRUE);
}

gboolean
hp_window_get_conflicted_copy_offered (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  return self->conflicted != NULL && gtk_revealer_get_reveal_child (self->copies_revealer);
}

static void
open_copy_now (HpWindow *self,
               gpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (data);

  hp_window_open_file (self, file);
}

static void
open_conflicted_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->conflicted == NULL)
    return;
  _hp_window_show_banner (self->copies_revealer, FALSE);
  _hp_window_confirm_discard (self, open_copy_now, g_strdup (self->conflicted), g_free);
}

static void
dismiss_copies_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _hp_window_show_banner (HP_WINDOW (widget)->copies_revealer, FALSE);
}

/* Offers the newest draft a crash left, in a banner; FALSE when there is none. */
gboolean
hp_window_offer_draft (HpWindow *self)
{
  g_autoptr(GPtrArray) drafts = hp_draft_list ();
  HpDraft *draft;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  g_clear_pointer (&self->draft_for, g_free);
  if (drafts->len == 0)
    {
      _hp_window_show_banner (self->draft_revealer, FALSE);
      return FALSE;
    }
  draft = g_ptr_array_index (drafts, 0);
  self->draft_for = g_strdup (draft->plan_path ? draft->plan_path : "");
  name = draft->plan_path ? g_filename_display_basename (draft->plan_path)
                          : g_strdup (_("an untitled plan"));
  local = g_date_time_to_local (draft->saved);
  when = g_date_time_format (local, "%-d %b %Y %H:%M");
  text = draft->plan_path
         ? g_strdup_printf (_("Unsaved changes to “%s” from %s were kept as a draft when HIT "
                              "Study Planner closed without saving them."), name, when)
         : g_strdup_printf (_("Unsaved changes to %s from %s were kept as a draft when HIT "
                              "Study Planner closed without saving them."), name, when);
  gtk_label_set_label (self->draft_label, text);
  _hp_window_show_banner (self->draft_revealer, TRUE);
  return TRUE;
}

gboolean
hp_window_get_draft_offered (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  return self->draft_for != NULL && gtk_revealer_get_reveal_child (self->draft_revealer);
}

static void
restore_now (HpWindow *self,
             gpointer  data)
{
  const char *plan = data;
  g_autoptr(GPtrArray) drafts = hp_draft_list ();
  g_autoptr(GFile) original = *plan ? g_file_new_for_path (plan) : NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < drafts->len; i++)
    {
      HpDraft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GFile) file = NULL;
      g_autoptr(HpDocument) document = NULL;

      if (g_strcmp0 (draft->plan_path ? draft->plan_path : "", plan) != 0)
        continue;
      file = g_file_new_for_path (draft->draft_path);
      document = hp_document_load_draft (file, original, &error);
      if (document == NULL)
        {
          _hp_window_show_file_error (self, file, error);
          return;
        }
      _hp_window_show_banner (self->draft_revealer, FALSE);
      g_clear_pointer (&self->draft_for, g_free);
      _hp_window_set_document (self, document, original == NULL);
      /* the draft is this window's now: saving or discarding removes it */
      self->draft_mine = TRUE;
      return;
    }
}

static void
restore_draft_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->draft_for == NULL)
    return;
  /* the plan shown may have edits of its own: the window asks first */
  _hp_window_confirm_discard (self, restore_now, g_strdup (self->draft_for), g_free);
}

static void
discard_draft_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->draft_for == NULL)
    return;
  hp_draft_discard (*self->draft_for ? self->draft_for : NULL);
  /* an older draft, if any, is next */
  hp_window_offer_draft (self);
}

void
_hp_window_install_draft_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-draft", NULL, restore_draft_cb);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", NULL, discard_draft_cb);
  gtk_widget_class_install_action (widget_class, "win.open-conflicted-copy", NULL,
                                   open_conflicted_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-copies", NULL, dismiss_copies_cb);
}
