/* hp-practice-form.h: a practice test: when, which, and the score in each domain
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_PRACTICE_FORM (hp_practice_form_get_type ())
G_DECLARE_FINAL_TYPE (HpPracticeForm, hp_practice_form, HP, PRACTICE_FORM, HpForm)

HpForm *hp_practice_form_new (HpCredential   *credential,
                               HpPracticeTest *test,
                               int             index,
                               const GDate    *today);

G_END_DECLS
