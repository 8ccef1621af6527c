/* hp-week-view.h: a week of study blocks, drawn: days, hours, free time, commitments, now
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_WEEK_VIEW (hp_week_view_get_type ())
G_DECLARE_FINAL_TYPE (HpWeekView, hp_week_view, HP, WEEK_VIEW, GtkWidget)

GtkWidget  *hp_week_view_new          (void);
void        hp_week_view_show         (HpWeekView  *self,
                                       HpPlan      *plan,
                                       HpCatalog   *catalog,
                                       const GDate *monday,
                                       GDateTime   *now);
guint       hp_week_view_get_n_blocks (HpWeekView  *self);
GtkWidget  *hp_week_view_get_tile     (HpWeekView  *self,
                                       const char  *uid);
const char *hp_week_view_get_focus_uid (HpWeekView *self);
gboolean    hp_week_view_focus_uid    (HpWeekView  *self,
                                       const char  *uid);
gboolean    hp_week_view_tile_area    (HpWeekView  *self,
                                       const char  *uid,
                                       graphene_rect_t *area);
gboolean    hp_week_view_point_time   (HpWeekView  *self,
                                       double       x,
                                       double       y,
                                       GDate       *date,
                                       guint       *minute);

G_END_DECLS
