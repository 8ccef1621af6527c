/* hp-application.c: HIT Study Planner, the application: one window, opened files, app actions
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-application.h"
#include "hp-style.h"

struct _HpApplication
{
  GtkApplication parent_instance;
  gboolean       reminded;     /* the start-up reminders were given */
  guint          n_opening;    /* plans being read for a window */
  char          *last_reminder; /* the body of the last one, for the tests */
};

G_DEFINE_FINAL_TYPE (HpApplication, hp_application, GTK_TYPE_APPLICATION)

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing goes through close-request, so the window can save its state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HpApplication *self = user_data;
  static const char *authors[] = { "The HIT Study Planner authors", NULL };

  gtk_show_about_dialog (GTK_WINDOW (hp_application_get_window (self)),
                         "program-name", _("HIT Study Planner"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan a Health Information Technology degree: semesters, "
                                       "degree paths, study time and exam preparation."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "copyright", "© 2026 The HIT Study Planner authors",
                         "website", "https://github.com/hitplanner/hitplanner",
                         NULL);
}

/* A notification's button: the window, on the Exam Prep view. */
static void
show_exam_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  HpWindow *window = hp_application_get_window (user_data);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "exam");
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated_cb },
  { .name = "about", .activate = about_activated_cb },
  { .name = "show-exam", .activate = show_exam_activated_cb },
};

/* At start: a desktop notification for each continuing-education cycle
 * that ends within 90 days with hours missing.  Returns how many. */
guint
hp_application_remind (HpApplication *self,
                       HpDocument    *document,
                       const GDate   *today)
{
  HpCatalog *catalog = hp_document_get_catalog (document);
  g_autoptr(GListStore) statuses = NULL;
  guint sent = 0;

  g_return_val_if_fail (HP_IS_APPLICATION (self), 0);
  if (catalog == NULL)
    return 0;
  statuses = hp_ce_statuses (hp_document_get_plan (document), catalog, today);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (statuses)); i++)
    {
      g_autoptr(HpCeStatus) s = g_list_model_get_item (G_LIST_MODEL (statuses), i);
      g_autoptr(GNotification) notification = NULL;
      g_autofree char *ids = NULL, *title = NULL, *id = NULL;

      if (!s->due_soon)
        continue;
      ids = g_strjoinv (", ", (char **) s->credentials->pdata);
      title = g_strdup_printf (_("Continuing education due for %s"), ids);
      id = g_strdup_printf ("ce-due-%s", s->body ? s->body : ids);
      notification = g_notification_new (title);
      g_notification_set_body (notification, s->warning);
      g_notification_set_default_action (notification, "app.show-exam");
      g_notification_add_button (notification, _("Open Exam Prep"), "app.show-exam");
      g_free (self->last_reminder);
      self->last_reminder = g_strdup_printf ("%s: %s", title, s->warning);
      /* Without a session bus there is no one to tell. */
      if (g_application_get_is_registered (G_APPLICATION (self)) &&
          g_application_get_dbus_connection (G_APPLICATION (self)) != NULL)
        g_application_send_notification (G_APPLICATION (self), id, notification);
      sent++;
    }
  return sent;
}

/* Whether a plan is still being read for a window (for the tests). */
gboolean
hp_application_is_opening (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), FALSE);
  return self->n_opening > 0;
}

const char *
hp_application_get_last_reminder (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);
  return self->last_reminder;
}

static void
hp_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (hp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);

  hp_style_init (gdk_display_get_default ());
  /* The desktop's light or dark preference, when there is a portal to ask. */
  if (g_application_get_dbus_connection (app) != NULL)
    hp_style_follow_desktop (g_application_get_dbus_connection (app));
}

/* Opening a document ---------------------------------------------------------- */

typedef struct
{
  HpApplication *app;
  GFile         *file;    /* NULL: the bundled sample */
  GWeakRef       window;  /* the window it is for; closed meanwhile, the plan is dropped */
} Opening;

static void
opening_free (Opening *opening)
{
  opening->app->n_opening--;
  g_application_release (G_APPLICATION (opening->app));
  g_object_unref (opening->app);
  g_clear_object (&opening->file);
  g_weak_ref_clear (&opening->window);
  g_free (opening);
}

static void
document_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  Opening *opening = data;
  g_autoptr(HpWindow) window = g_weak_ref_get (&opening->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = hp_document_load_finish (result, &error);

  /* The student closed the window while the plan was read: nothing to show. */
  if (window == NULL || gtk_window_get_application (GTK_WINDOW (window)) == NULL)
    {
      opening_free (opening);
      return;
    }
  /* The sample is for a window with nothing to show: a plan opened
   * meanwhile stays. */
  if (opening->file != NULL || hp_window_get_document (window) == NULL)
    hp_window_show_loaded (window, opening->file, document, error);
  if (document != NULL && !opening->app->reminded)
    {
      GDate today;

      hp_date_set_today (&today);
      opening->app->reminded = TRUE;
      hp_application_remind (opening->app, document, &today);
      /* edits a crash kept as a draft are offered back once, at start */
      hp_window_offer_draft (window);
    }
  gtk_window_present (GTK_WINDOW (window));
  opening_free (opening);
}

/* Reads @file (NULL: the sample) in a worker thread while the window is
 * built here, then shows it and brings the window forward.  At start-up the
 * reading is done before the window's first frame. */
static void
open_in_window (HpApplication *self,
                GFile         *file)
{
  Opening *opening = g_new0 (Opening, 1);
  HpWindow *window;

  opening->app = g_object_ref (self);
  opening->file = file != NULL ? g_object_ref (file) : NULL;
  g_application_hold (G_APPLICATION (self));
  self->n_opening++;
  if (file != NULL)
    hp_document_load_async (file, NULL, document_loaded_cb, opening);
  else
    hp_document_load_sample_async (NULL, document_loaded_cb, opening);
  window = hp_application_get_window (self);
  g_weak_ref_init (&opening->window, window);
  /* A new window appears at once, saying what it opens, and lays the plan
   * out in its first frame; one already open comes forward with the plan. */
  if (!gtk_widget_get_visible (GTK_WIDGET (window)))
    {
      hp_window_show_opening (window, file);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* Launched without a file: the sample plan shows what the app does. */
static void
hp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL && hp_window_get_document (HP_WINDOW (window)) != NULL)
    gtk_window_present (window);
  else
    open_in_window (HP_APPLICATION (app), NULL);
}

/* "hitplanner FILE" and a second launch with a file both end here: the one
 * window comes forward with the file (the last one, given several: the
 * window shows one plan). */
static void
hp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  if (n_files > 0)
    open_in_window (HP_APPLICATION (app), files[n_files - 1]);
}

static void
hp_application_finalize (GObject *object)
{
  g_free (HP_APPLICATION (object)->last_reminder);
  G_OBJECT_CLASS (hp_application_parent_class)->finalize (object);
}

static void
hp_application_class_init (HpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_application_finalize;
  app_class->startup = hp_application_startup;
  app_class->activate = hp_application_activate;
  app_class->open = hp_application_open;
}

static void
hp_application_init (HpApplication *self)
{
}

HpApplication *
hp_application_new (GApplicationFlags flags)
{
  return g_object_new (HP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/hitplanner/Planner",
                       NULL);
}

/* The application's one window, created on first use. */
HpWindow *
hp_application_get_window (HpApplication *self)
{
  GtkWindow *window;

  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (hp_window_new (GTK_APPLICATION (self)));
  return HP_WINDOW (window);
}
