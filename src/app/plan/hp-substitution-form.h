/* hp-substitution-form.h: an advisor's substitution: a course counted toward a requirement group
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_SUBSTITUTION_FORM (hp_substitution_form_get_type ())
G_DECLARE_FINAL_TYPE (HpSubstitutionForm, hp_substitution_form, HP, SUBSTITUTION_FORM, HpForm)

HpForm *hp_substitution_form_new (const char *course,
                                  HpProgram  *program);

G_END_DECLS
