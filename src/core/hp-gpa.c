/* hp-gpa.c: grade point averages: overall, per term, and what a goal needs
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include "hp-check.h"
#include "hp-gpa.h"
#include "hp-grade.h"

/* The GPA on the 4.0 scale: the latest graded attempt of each course counts
 * (a retake replaces the earlier grade); P, withdrawals and transfer credit
 * stay out.  Returns -1 with no graded credits. */
double
hp_plan_gpa (HpPlan    *plan,
             HpCatalog *catalog,
             double    *graded_credits)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *terms;
  double points = 0, credits = 0;

  g_return_val_if_fail (HP_IS_PLAN (plan), -1);

  terms = G_LIST_MODEL (plan->terms);
  for (guint i = g_list_model_get_n_items (terms); i-- > 0;)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, j);
          double p, c;

          if ((entry->status != HP_STATUS_COMPLETED && entry->status != HP_STATUS_FAILED) ||
              !hp_grade_points (entry->grade, &p) || g_hash_table_contains (seen, entry->course))
            continue;
          g_hash_table_add (seen, entry->course);
          c = hp_plan_entry_credits (entry, catalog);
          points += p * c;
          credits += c;
        }
    }

  if (graded_credits != NULL)
    *graded_credits = credits;
  return credits > 0 ? points / credits : -1;
}

/* "What grades do I need this term to reach a GPA of @target?"
 * The term's courses without a grade (planned or in progress) are open.
 * With B graded credits worth P points (every other term's and this term's
 * own graded courses) and C open credits, an average of x on the open ones
 * gives (P + x C) / (B + C) = target, so x = (target (B + C) - P) / C.
 * An open course retaken this term leaves its old grade out, as the retake
 * replaces it.  FALSE when nothing is open. */
gboolean
hp_plan_gpa_goal (HpPlan    *plan,
                  HpCatalog *catalog,
                  HpTermKey  term_key,
                  double     target,
                  HpGpaGoal *goal)
{
  g_autoptr(GHashTable) retaken = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  HpPlanTerm *term;
  GListModel *terms;
  double points = 0, graded = 0, open = 0;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (goal != NULL, FALSE);

  if ((term = hp_plan_find_term (plan, term_key)) == NULL)
    return FALSE;
  for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (term->entries)); j++)
    {
      g_autoptr(HpPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (term->entries), j);

      if ((entry->status == HP_STATUS_PLANNED || entry->status == HP_STATUS_IN_PROGRESS) &&
          entry->grade == NULL)
        {
          g_hash_table_add (retaken, entry->course);
          open += hp_plan_entry_credits (entry, catalog);
        }
    }
  if (open <= 0)
    return FALSE;

  terms = G_LIST_MODEL (plan->terms);
  for (guint i = g_list_model_get_n_items (terms); i-- > 0;)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, i);

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (t->entries)); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (t->entries), j);
          double p, c;

          if (g_hash_table_contains (retaken, entry->course) ||
              (entry->status != HP_STATUS_COMPLETED && entry->status != HP_STATUS_FAILED) ||
              !hp_grade_points (entry->grade, &p) || g_hash_table_contains (seen, entry->course))
            continue;
          g_hash_table_add (seen, entry->course);
          c = hp_plan_entry_credits (entry, catalog);
          points += p * c;
          graded += c;
        }
    }

  goal->target = target;
  goal->needed = (target * (graded + open) - points) / open;
  goal->open_credits = open;
  goal->graded_credits = graded;
  goal->best = (points + 4.0 * open) / (graded + open);
  return TRUE;
}

/* Whether some grades (A's at best) reach the goal. */
gboolean
hp_gpa_goal_reachable (const HpGpaGoal *goal)
{
  g_return_val_if_fail (goal != NULL, FALSE);
  return hp_grade_for_points (goal->needed) != NULL || goal->needed <= 0;
}

/* One term's GPA from its graded courses, or -1 when none is graded. */
double
hp_plan_term_gpa (HpPlanTerm *term,
                  HpCatalog  *catalog)
{
  double points = 0, credits = 0;

  g_return_val_if_fail (HP_IS_PLAN_TERM (term), -1);

  for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (term->entries)); j++)
    {
      g_autoptr(HpPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (term->entries), j);
      double p, c;

      if ((entry->status != HP_STATUS_COMPLETED && entry->status != HP_STATUS_FAILED) ||
          !hp_grade_points (entry->grade, &p))
        continue;
      c = hp_plan_entry_credits (entry, catalog);
      points += p * c;
      credits += c;
    }
  return credits > 0 ? points / credits : -1;
}
