/* hp-empty-state.h: what a view shows before it has anything: an icon, its purpose, a first step
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_EMPTY_STATE (hp_empty_state_get_type ())
G_DECLARE_FINAL_TYPE (HpEmptyState, hp_empty_state, HP, EMPTY_STATE, GtkWidget)

GtkButton *hp_empty_state_get_button (HpEmptyState *self);

G_END_DECLS
