/* hp-schedule-view.h: the Schedule view: the week's study time
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-view.h"

G_BEGIN_DECLS

#define HP_TYPE_SCHEDULE_VIEW (hp_schedule_view_get_type ())
G_DECLARE_FINAL_TYPE (HpScheduleView, hp_schedule_view, HP, SCHEDULE_VIEW, HpView)

G_END_DECLS
