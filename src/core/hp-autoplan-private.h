/* hp-autoplan-private.h: how the audit makes its automatic plan
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-audit.h"
#include "hp-autoplan.h"

G_BEGIN_DECLS

HpAutoplan *_hp_autoplan_new (HpPlan      *plan,
                              HpCatalog   *catalog,
                              HpProgram   *program,
                              GListModel  *groups,
                              const GDate *today);

G_END_DECLS
