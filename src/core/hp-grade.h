/* hp-grade.h: letter grades on the 4.0 scale
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean     hp_grade_is_valid    (const char *grade);
gboolean     hp_grade_points      (const char *grade,
                                   double     *points);
gboolean     hp_grade_meets       (const char *grade,
                                   const char *minimum);
gboolean     hp_grade_is_passing  (const char *grade);
const char * const *hp_grade_all  (void);
const char  *hp_grade_for_points  (double      points);

G_END_DECLS
