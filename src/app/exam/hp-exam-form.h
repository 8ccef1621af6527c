/* hp-exam-form.h: an exam target: the credential, the date, the goal and the study time
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_EXAM_FORM (hp_exam_form_get_type ())
G_DECLARE_FINAL_TYPE (HpExamForm, hp_exam_form, HP, EXAM_FORM, HpForm)

HpForm *hp_exam_form_new (HpCatalog    *catalog,
                           HpExamTarget *exam);

G_END_DECLS
