/* hp-gpa.h: grade point averages: overall, per term, and what a goal needs
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

double      hp_plan_gpa              (HpPlan      *plan,
                                      HpCatalog   *catalog,
                                      double      *graded_credits);
double      hp_plan_term_gpa         (HpPlanTerm  *term,
                                      HpCatalog   *catalog);
/* What a GPA goal asks of one term's open (ungraded) courses. */
typedef struct
{
  double target;
  double needed;          /* the average grade points needed on the open credits */
  double open_credits;
  double graded_credits;  /* the other credits in the GPA at the end of the term */
  double best;            /* the GPA at the end of the term with A's in every open course */
} HpGpaGoal;

gboolean    hp_plan_gpa_goal         (HpPlan      *plan,
                                      HpCatalog   *catalog,
                                      HpTermKey    term,
                                      double       target,
                                      HpGpaGoal   *goal);
gboolean    hp_gpa_goal_reachable    (const HpGpaGoal *goal);

G_END_DECLS
