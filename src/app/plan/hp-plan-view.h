/* hp-plan-view.h: the Plan view: progress, the catalog, the board of terms, the problems
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog-panel.h"
#include "hp-course-card.h"
#include "hp-term-column.h"
#include "hp-view.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_VIEW (hp_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (HpPlanView, hp_plan_view, HP, PLAN_VIEW, HpView)

void            hp_plan_view_refresh           (HpPlanView *self);
GListModel     *hp_plan_view_get_problems      (HpPlanView *self);
HpCatalogPanel *hp_plan_view_get_catalog_panel (HpPlanView *self);
HpTermColumn   *hp_plan_view_find_column       (HpPlanView *self,
                                                HpTermKey   term);
void            hp_plan_view_show_term         (HpPlanView *self,
                                                HpTermKey   term);
HpCourseCard   *hp_plan_view_find_card         (HpPlanView *self,
                                                HpTermKey   term,
                                                const char *code);
HpCourseCard   *hp_plan_view_get_selected_card (HpPlanView *self);
const char     *hp_plan_view_get_status        (HpPlanView *self);
GtkLabel       *hp_plan_view_get_graduation    (HpPlanView *self);
gboolean        hp_plan_view_is_settled        (HpPlanView *self);

G_END_DECLS
