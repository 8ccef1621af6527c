/* hp-exam-view.h: the Exam Prep view: eligibility, readiness, practice, continuing education
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-view.h"

G_BEGIN_DECLS

#define HP_TYPE_EXAM_VIEW (hp_exam_view_get_type ())
G_DECLARE_FINAL_TYPE (HpExamView, hp_exam_view, HP, EXAM_VIEW, HpView)

void           hp_exam_view_refresh         (HpExamView *self);
HpReadiness   *hp_exam_view_get_readiness   (HpExamView *self);
HpEligibility *hp_exam_view_get_eligibility (HpExamView *self);
GListModel    *hp_exam_view_get_ce          (HpExamView *self);
GtkWidget     *hp_exam_view_get_chart       (HpExamView *self,
                                             gboolean    trend);

G_END_DECLS
