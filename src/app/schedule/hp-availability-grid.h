/* hp-availability-grid.h: the week's free time, painted with the mouse or the keyboard
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_AVAILABILITY_GRID (hp_availability_grid_get_type ())
G_DECLARE_FINAL_TYPE (HpAvailabilityGrid, hp_availability_grid, HP, AVAILABILITY_GRID, GtkWidget)

GtkWidget *hp_availability_grid_new       (void);
void       hp_availability_grid_set_plan  (HpAvailabilityGrid *self,
                                           HpPlan             *plan);
void       hp_availability_grid_set_step  (HpAvailabilityGrid *self,
                                           guint               minutes);
guint      hp_availability_grid_get_step  (HpAvailabilityGrid *self);
GPtrArray *hp_availability_grid_get_slots (HpAvailabilityGrid *self);
void       hp_availability_grid_paint     (HpAvailabilityGrid *self,
                                           guint               day_from,
                                           guint               day_to,
                                           guint               minute_from,
                                           guint               minute_to,
                                           gboolean            available);
char      *hp_availability_describe       (GListModel         *slots);

G_END_DECLS
