/* hp-rules-form.h: how the study schedule is made
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_RULES_FORM (hp_rules_form_get_type ())
G_DECLARE_FINAL_TYPE (HpRulesForm, hp_rules_form, HP, RULES_FORM, HpForm)

HpForm *hp_rules_form_new (const HpScheduleRules *rules);

G_END_DECLS
