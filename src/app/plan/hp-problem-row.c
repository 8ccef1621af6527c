/* hp-problem-row.c: the closures of the problems list's row template
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row (ui/plan/hp-problem-row.ui) binds to the read-only properties of
 * an HpProblem; these are the two small conversions it needs.  They are
 * public so that `gtk4-builder-tool validate` finds them by name in the
 * preloaded types module; the Plan view binds them into its template's
 * scope for the app itself.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-problem-row.h"

/* The warning icon shows while the problem is open. */
gboolean
hp_problem_row_not (gpointer this_item,
                    gboolean value)
{
  return !value;
}

/* "Record Exception…" opens the form for the problem at the row's position. */
GVariant *
hp_problem_row_position_target (gpointer this_item,
                                guint    position)
{
  return g_variant_new_uint32 (position);
}
