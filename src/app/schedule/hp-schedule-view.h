/* hp-schedule-view.h: the Schedule view: the week's study blocks, and the free time they fit in
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-view.h"

G_BEGIN_DECLS

#define HP_TYPE_SCHEDULE_VIEW (hp_schedule_view_get_type ())
G_DECLARE_FINAL_TYPE (HpScheduleView, hp_schedule_view, HP, SCHEDULE_VIEW, HpView)

GtkWidget *hp_schedule_view_get_week_view (HpScheduleView *self);
GtkWidget *hp_schedule_view_get_grid      (HpScheduleView *self);
GObject   *hp_schedule_view_get_last      (HpScheduleView *self);
const char *hp_schedule_view_get_status   (HpScheduleView *self);
void       hp_schedule_view_show_page     (HpScheduleView *self,
                                           const char     *name);

G_END_DECLS
