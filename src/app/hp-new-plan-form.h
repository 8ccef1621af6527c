/* hp-new-plan-form.h: a new plan: its program and first term
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_NEW_PLAN_FORM (hp_new_plan_form_get_type ())
G_DECLARE_FINAL_TYPE (HpNewPlanForm, hp_new_plan_form, HP, NEW_PLAN_FORM, HpForm)

HpForm *hp_new_plan_form_new (HpCatalog *catalog,
                              HpTermKey  first_term);

G_END_DECLS
