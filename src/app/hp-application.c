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

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated_cb },
  { .name = "about", .activate = about_activated_cb },
};

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

/* Launched without a file: the sample plan shows what the app does. */
static void
hp_application_activate (GApplication *app)
{
  HpWindow *window = hp_application_get_window (HP_APPLICATION (app));

  if (hp_window_get_plan (window) == NULL)
    hp_window_open_sample (window);
  gtk_window_present (GTK_WINDOW (window));
}

/* "hitplanner FILE" and a second launch with a file both end here: the one
 * window comes forward and opens the file. */
static void
hp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  HpWindow *window = hp_application_get_window (HP_APPLICATION (app));

  for (int i = 0; i < n_files; i++)
    hp_window_open_file (window, files[i]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
hp_application_class_init (HpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
