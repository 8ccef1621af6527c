/* hp-style.h: the app's look in the light, dark and high-contrast styles, following the desktop
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  HP_STYLE_LIGHT,
  HP_STYLE_DARK,
  HP_STYLE_HIGH_CONTRAST,
  HP_STYLE_HIGH_CONTRAST_DARK,
} HpStyle;

void     hp_style_init               (GdkDisplay *display);
HpStyle  hp_style_get_current        (GdkDisplay *display);
gboolean hp_style_color_scheme_is_dark (guint32   color_scheme,
                                        gboolean *known);
void     hp_style_follow_desktop     (GDBusConnection *bus);

void     hp_style_get_text_color     (GtkWidget     *widget,
                                      GdkRGBA       *color);
int      hp_style_append_text        (GtkSnapshot   *snapshot,
                                      GtkWidget     *widget,
                                      const char    *markup,
                                      double         x,
                                      double         y,
                                      double         width,
                                      const GdkRGBA *color);

G_END_DECLS
