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
gboolean    hp_plan_gpa_needed       (HpPlan      *plan,
                                      HpCatalog   *catalog,
                                      HpTermKey    term,
                                      double       target,
                                      double      *needed,
                                      double      *open_credits);

G_END_DECLS
