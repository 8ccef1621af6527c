/* hp-gpa-form.h: the GPA calculator: the grades a term needs for a GPA goal
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_GPA_FORM (hp_gpa_form_get_type ())
G_DECLARE_FINAL_TYPE (HpGpaForm, hp_gpa_form, HP, GPA_FORM, HpForm)

HpForm *hp_gpa_form_new (HpDocument  *document,
                         HpTermKey    term,
                         const GDate *today);

G_END_DECLS
