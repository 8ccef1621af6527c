/* hp-core.h: everything the app, the command-line tool and the tests use from the core
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-audit.h"
#include "hp-autoplan.h"
#include "hp-catalog.h"
#include "hp-ce.h"
#include "hp-check.h"
#include "hp-compare.h"
#include "hp-document.h"
#include "hp-draft.h"
#include "hp-error.h"
#include "hp-gpa.h"
#include "hp-grade.h"
#include "hp-limits.h"
#include "hp-plan.h"
#include "hp-readiness.h"
#include "hp-schedule.h"
#include "hp-ics.h"
#include "hp-types.h"
#include "hp-xml.h"
