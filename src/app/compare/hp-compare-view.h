/* hp-compare-view.h: the Compare view: degree paths side by side
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-view.h"

G_BEGIN_DECLS

#define HP_TYPE_COMPARE_VIEW (hp_compare_view_get_type ())
G_DECLARE_FINAL_TYPE (HpCompareView, hp_compare_view, HP, COMPARE_VIEW, HpView)

GListModel *hp_compare_view_get_paths (HpCompareView *self);

G_END_DECLS
