/* hp-ics.h: the study schedule as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

char    *hp_ics_escape_text   (const char  *text);
char    *hp_ics_fold_line     (const char  *line);
char    *hp_ics_export        (HpPlan      *plan,
                               HpCatalog   *catalog,
                               const GDate *from,
                               const GDate *to,
                               GDateTime   *stamp,
                               GTimeZone   *zone,
                               guint       *n_events);

G_END_DECLS
