/* test-style.c: the app follows the desktop's dark-style preference through the portal
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs on a private session bus (dbus-run-session, see tests/meson.build)
 * where it plays the desktop portal itself: org.freedesktop.portal.Settings
 * answers Read for org.freedesktop.appearance color-scheme and sends
 * SettingChanged, as xdg-desktop-portal does.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "hp-style.h"

static const char introspection[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Settings'>"
  "    <method name='Read'>"
  "      <arg type='s' name='namespace' direction='in'/>"
  "      <arg type='s' name='key' direction='in'/>"
  "      <arg type='v' name='value' direction='out'/>"
  "    </method>"
  "    <signal name='SettingChanged'>"
  "      <arg type='s' name='namespace'/>"
  "      <arg type='s' name='key'/>"
  "      <arg type='v' name='value'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

static guint32 scheme = 1;  /* prefer dark */

static void
portal_method_cb (GDBusConnection       *bus,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               data)
{
  const char *namespace, *key;

  g_variant_get (parameters, "(&s&s)", &namespace, &key);
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    /* Read wraps the value once more than it should; clients unwrap it. */
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(v)", g_variant_new_variant (
                                             g_variant_new_uint32 (scheme))));
  else
    g_dbus_method_invocation_return_dbus_error (invocation,
                                                "org.freedesktop.portal.Error.NotFound",
                                                "no such setting");
}

static gboolean
prefers_dark (void)
{
  gboolean dark = FALSE;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static void
wait_for_dark (gboolean dark)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (prefers_dark () != dark)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_follow_desktop (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection, &error);
  GDBusInterfaceVTable vtable = { portal_method_cb, NULL, NULL };
  g_autoptr(GVariant) owned = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_dbus_connection_register_object (bus, "/org/freedesktop/portal/desktop",
                                                       info->interfaces[0], &vtable, NULL, NULL,
                                                       &error), >, 0);
  g_assert_no_error (error);
  owned = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.freedesktop.portal.Desktop", 0),
                                       G_VARIANT_TYPE ("(u)"), 0, -1, NULL, &error);
  g_assert_no_error (error);

  hp_style_init (gdk_display_get_default ());
  g_assert_false (prefers_dark ());
  g_assert_cmpint (hp_style_get_current (gdk_display_get_default ()), ==, HP_STYLE_LIGHT);

  /* The desktop prefers dark at start... */
  hp_style_follow_desktop (bus);
  wait_for_dark (TRUE);
  g_assert_cmpint (hp_style_get_current (gdk_display_get_default ()), ==, HP_STYLE_DARK);

  /* ...then light, then dark again, while the app runs. */
  g_assert_true (g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/portal/desktop",
                                                "org.freedesktop.portal.Settings",
                                                "SettingChanged",
                                                g_variant_new ("(ssv)", "org.freedesktop.appearance",
                                                               "color-scheme",
                                                               g_variant_new_uint32 (2)),
                                                &error));
  wait_for_dark (FALSE);
  g_assert_true (g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/portal/desktop",
                                                "org.freedesktop.portal.Settings",
                                                "SettingChanged",
                                                g_variant_new ("(ssv)", "org.freedesktop.appearance",
                                                               "color-scheme",
                                                               g_variant_new_uint32 (1)),
                                                &error));
  wait_for_dark (TRUE);

  /* GTK's high contrast theme, dark or not. */
  g_object_set (gtk_settings_get_default (), "gtk-theme-name", "HighContrast", NULL);
  g_assert_cmpint (hp_style_get_current (gdk_display_get_default ()), ==,
                   HP_STYLE_HIGH_CONTRAST_DARK);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  g_assert_cmpint (hp_style_get_current (gdk_display_get_default ()), ==, HP_STYLE_HIGH_CONTRAST);
}

/* 0 no preference, 1 prefer dark, 2 prefer light; anything else unknown. */
static void
test_color_scheme (void)
{
  gboolean known;

  g_assert_false (hp_style_color_scheme_is_dark (0, &known));
  g_assert_true (known);
  g_assert_true (hp_style_color_scheme_is_dark (1, &known));
  g_assert_true (known);
  g_assert_false (hp_style_color_scheme_is_dark (2, &known));
  g_assert_true (known);
  g_assert_false (hp_style_color_scheme_is_dark (7, &known));
  g_assert_false (known);
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_print ("1..0 # SKIP needs a display and a session bus (the README's test command)\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/style/color-scheme", test_color_scheme);
  g_test_add_func ("/style/follow-desktop", test_follow_desktop);
  return g_test_run ();
}
