/* hp-popover.h: popovers that never outlive their window's input
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hp_popover_attach    (GtkWidget *popover,
                           GtkWidget *parent);
void hp_popover_unparent  (GtkWidget *popover);
void hp_popover_close_all (GtkWidget *widget);

G_END_DECLS
