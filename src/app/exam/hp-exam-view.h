/* hp-exam-view.h: the Exam Prep view: readiness for a credential exam
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-view.h"

G_BEGIN_DECLS

#define HP_TYPE_EXAM_VIEW (hp_exam_view_get_type ())
G_DECLARE_FINAL_TYPE (HpExamView, hp_exam_view, HP, EXAM_VIEW, HpView)

G_END_DECLS
