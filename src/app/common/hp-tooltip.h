/* hp-tooltip.h: tooltips that cost nothing until they are shown
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hp_tooltip_set (GtkWidget  *widget,
                     const char *text);

G_END_DECLS
