/* hp-style.c: the app's look in the light, dark and high-contrast styles, following the desktop
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The theme's own colours for states (its green, orange and blue) are too
 * light for text on a light background: "Completed" read at 2:1.  The app
 * therefore names its own colours for text and marks in style.css, and a
 * second style sheet changes them for the dark style and for GTK's high
 * contrast theme, each chosen so that text reaches 4.5:1 (the ui tests
 * measure it on the drawn window).  GTK 4.8 does not follow the desktop's
 * dark-style preference by itself: the app reads it from the desktop
 * portal (org.freedesktop.appearance color-scheme) and follows its changes.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-style.h"

#define RESOURCE_PATH "/io/github/hitplanner/Planner/"
#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS "org.freedesktop.portal.Settings"

static GtkCssProvider *variant_provider;

HpStyle
hp_style_get_current (GdkDisplay *display)
{
  GtkSettings *settings = gtk_settings_get_for_display (display);
  g_autofree char *theme = NULL;
  gboolean dark = FALSE, high_contrast;

  g_object_get (settings, "gtk-theme-name", &theme, "gtk-application-prefer-dark-theme", &dark,
                NULL);
  high_contrast = theme != NULL && g_str_has_prefix (theme, "HighContrast");
  dark = dark || (theme != NULL && (g_str_has_suffix (theme, "-dark") ||
                                    g_str_equal (theme, "HighContrastInverse")));
  if (high_contrast)
    return dark ? HP_STYLE_HIGH_CONTRAST_DARK : HP_STYLE_HIGH_CONTRAST;
  return dark ? HP_STYLE_DARK : HP_STYLE_LIGHT;
}

static void
update_variant (GdkDisplay *display)
{
  static const char *sheets[] = { NULL, "style-dark.css", "style-hc.css", "style-hc-dark.css" };
  const char *sheet = sheets[hp_style_get_current (display)];

  if (sheet == NULL)
    gtk_css_provider_load_from_data (variant_provider, "", -1);
  else
    {
      g_autofree char *path = g_strconcat (RESOURCE_PATH, sheet, NULL);
      gtk_css_provider_load_from_resource (variant_provider, path);
    }
}

static void
settings_changed_cb (GtkSettings *settings,
                     GParamSpec  *pspec,
                     GdkDisplay  *display)
{
  update_variant (display);
}

/* Loads the app's style sheets for @display and keeps the variant in step
 * with GTK's theme and dark-style setting. */
void
hp_style_init (GdkDisplay *display)
{
  GtkSettings *settings = gtk_settings_get_for_display (display);
  g_autoptr(GtkCssProvider) base = gtk_css_provider_new ();

  g_return_if_fail (GDK_IS_DISPLAY (display));
  if (variant_provider != NULL)
    return;

  gtk_css_provider_load_from_resource (base, RESOURCE_PATH "style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (base),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  variant_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (variant_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect (settings, "notify::gtk-theme-name", G_CALLBACK (settings_changed_cb), display);
  g_signal_connect (settings, "notify::gtk-application-prefer-dark-theme",
                    G_CALLBACK (settings_changed_cb), display);
  update_variant (display);
}

/* The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer
 * light.  *known is FALSE for a value the specification does not define. */
gboolean
hp_style_color_scheme_is_dark (guint32   color_scheme,
                               gboolean *known)
{
  if (known != NULL)
    *known = color_scheme <= 2;
  return color_scheme == 1;
}

static void
apply_color_scheme (GVariant *value)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GVariant) inner = g_variant_ref (value);
  gboolean known;
  gboolean dark;

  /* Read answers a value in a variant in a variant (its first version
   * wrapped it once too often); SettingChanged sends it in one. */
  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }
  if (!g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32) || settings == NULL)
    return;
  dark = hp_style_color_scheme_is_dark (g_variant_get_uint32 (inner), &known);
  if (known)
    g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
}

static void
setting_changed_cb (GDBusConnection *bus,
                    const char      *sender,
                    const char      *path,
                    const char      *interface,
                    const char      *signal,
                    GVariant        *parameters,
                    gpointer         data)
{
  const char *namespace, *key;
  g_autoptr(GVariant) value = NULL;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;
  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    apply_color_scheme (value);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result,
                                                             &error);
  g_autoptr(GVariant) value = NULL;

  /* No portal, or one without the setting: keep GTK's own choice. */
  if (reply == NULL)
    {
      g_debug ("no color-scheme from the desktop portal: %s", error->message);
      return;
    }
  g_variant_get (reply, "(v)", &value);
  apply_color_scheme (value);
}

/* Follows the desktop's light or dark preference from the portal on @bus
 * (the session bus), now and when it changes. */
void
hp_style_follow_desktop (GDBusConnection *bus)
{
  g_return_if_fail (G_IS_DBUS_CONNECTION (bus));

  g_dbus_connection_signal_subscribe (bus, PORTAL_NAME, PORTAL_SETTINGS, "SettingChanged",
                                      PORTAL_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                      setting_changed_cb, NULL, NULL);
  /* Read, not ReadOne: every version of the portal has it. */
  g_dbus_connection_call (bus, PORTAL_NAME, PORTAL_PATH, PORTAL_SETTINGS, "Read",
                          g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 3000, NULL,
                          read_done_cb, NULL);
}

/* Drawing in the style ---------------------------------------------------------------- */

/* The style's text colour for @widget: what drawn widgets (charts, the
 * week, its blocks) draw their text and lines in, so they follow the light,
 * dark and high-contrast styles. */
void
hp_style_get_text_color (GtkWidget *widget,
                         GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* Draws Pango @markup at (@x, @y) in @color, ellipsized to @width when it is
 * above 0; returns the height it took. */
int
hp_style_append_text (GtkSnapshot   *snapshot,
                      GtkWidget     *widget,
                      const char    *markup,
                      double         x,
                      double         y,
                      double         width,
                      const GdkRGBA *color)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  int height;

  pango_layout_set_markup (layout, markup, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
  return height;
}
