/* hp-problem-row.h: the closures of the problems list's row template
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean  hp_problem_row_not             (gpointer this_item,
                                          gboolean value);
GVariant *hp_problem_row_position_target (gpointer this_item,
                                          guint    position);

G_END_DECLS
