/* hp-study-form.h: study time for an exam: when, which domain, how long
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_STUDY_FORM (hp_study_form_get_type ())
G_DECLARE_FINAL_TYPE (HpStudyForm, hp_study_form, HP, STUDY_FORM, HpForm)

HpForm *hp_study_form_new (HpCredential *credential,
                            const GDate  *today);

G_END_DECLS
