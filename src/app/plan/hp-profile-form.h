/* hp-profile-form.h: the student's profile: name, target program, programs to compare, first term, load, tuition
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_PROFILE_FORM (hp_profile_form_get_type ())
G_DECLARE_FINAL_TYPE (HpProfileForm, hp_profile_form, HP, PROFILE_FORM, HpForm)

HpForm *hp_profile_form_new (HpPlan    *plan,
                             HpCatalog *catalog,
                             HpTermKey  first_term);

G_END_DECLS
