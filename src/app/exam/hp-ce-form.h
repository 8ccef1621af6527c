/* hp-ce-form.h: continuing-education hours: for which credential, when, what
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_CE_FORM (hp_ce_form_get_type ())
G_DECLARE_FINAL_TYPE (HpCeForm, hp_ce_form, HP, CE_FORM, HpForm)

HpForm *hp_ce_form_new (HpPlan      *plan,
                         HpCatalog   *catalog,
                         const GDate *today);

G_END_DECLS
