/* hp-lazy-menu.h: menu buttons whose menus are built the first time they open
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hp_lazy_menu_set (GtkMenuButton *button,
                       GMenuModel    *model);

G_END_DECLS
