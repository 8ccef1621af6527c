/* hp-course-card.h: a course in a term: code, title, credits, status, grade, problem badges
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_COURSE_CARD (hp_course_card_get_type ())
G_DECLARE_FINAL_TYPE (HpCourseCard, hp_course_card, HP, COURSE_CARD, GtkWidget)

HpCourseCard *hp_course_card_new          (HpPlanEntry  *entry,
                                           HpCourse     *course,
                                           HpTermKey     term,
                                           guint         index,
                                           GPtrArray    *problems);
HpTermKey     hp_course_card_get_term     (HpCourseCard *self);
const char   *hp_course_card_get_code     (HpCourseCard *self);
guint         hp_course_card_get_n_problems (HpCourseCard *self);
void          hp_course_card_open_editor  (HpCourseCard *self);
void          hp_course_card_set_selected (HpCourseCard *self,
                                           gboolean      selected);

G_END_DECLS
