/* hp-break-form.h: a break or a holiday: no study, or a lighter day
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_BREAK_FORM (hp_break_form_get_type ())
G_DECLARE_FINAL_TYPE (HpBreakForm, hp_break_form, HP, BREAK_FORM, HpForm)

HpForm *hp_break_form_new (const GDate *today);

G_END_DECLS
