/* test-grade.c: letter grades, terms and seasons
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-core.h"

static void
test_points (void)
{
  double p = -1;

  g_assert_true (hp_grade_points ("A", &p));
  g_assert_cmpfloat (p, ==, 4.0);
  g_assert_true (hp_grade_points ("B-", &p));
  g_assert_cmpfloat_with_epsilon (p, 2.7, 1e-9);
  g_assert_true (hp_grade_points ("F", &p));
  g_assert_cmpfloat (p, ==, 0.0);
  /* Pass earns credit but no grade points: it stays out of the GPA. */
  g_assert_false (hp_grade_points ("P", &p));
  g_assert_false (hp_grade_points ("E", &p));
  g_assert_false (hp_grade_is_valid ("a"));
}

static void
test_meets (void)
{
  g_assert_true (hp_grade_meets ("C", "C"));
  g_assert_true (hp_grade_meets ("B-", "C"));
  g_assert_false (hp_grade_meets ("C-", "C"));
  g_assert_true (hp_grade_meets ("P", "C"));
  g_assert_false (hp_grade_meets ("P", "B"));
  g_assert_true (hp_grade_meets ("D-", NULL));
  g_assert_false (hp_grade_meets ("F", NULL));
  g_assert_false (hp_grade_is_passing ("F"));
}

static void
test_terms (void)
{
  HpTermKey key = 0;
  g_autofree char *label = NULL;

  g_assert_true (hp_term_key_parse ("fall 2026", &key));
  g_assert_cmpuint (key, ==, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_cmpint (HP_TERM_KEY_YEAR (key), ==, 2026);
  g_assert_cmpint (HP_TERM_KEY_SEASON (key), ==, HP_SEASON_FALL);
  /* Winter 2027 (January) comes right after Fall 2026. */
  g_assert_cmpuint (key + 1, ==, HP_TERM_KEY (2027, HP_SEASON_WINTER));
  g_assert_true (hp_term_key_parse (" Spring 2027 ", &key));
  g_assert_cmpuint (key, ==, HP_TERM_KEY (2027, HP_SEASON_SPRING));
  g_assert_false (hp_term_key_parse ("autumn 2026", &key));
  g_assert_false (hp_term_key_parse ("fall", &key));
  g_assert_false (hp_term_key_parse ("fall 20x6", &key));

  label = hp_term_key_format (HP_TERM_KEY (2027, HP_SEASON_SUMMER));
  g_assert_cmpstr (label, ==, "Summer 2027");

  /* Regular terms skip the optional winter and summer sessions, both ways. */
  g_assert_cmpuint (hp_term_key_next_regular (HP_TERM_KEY (2026, HP_SEASON_FALL)), ==,
                    HP_TERM_KEY (2027, HP_SEASON_SPRING));
  g_assert_cmpuint (hp_term_key_next_regular (HP_TERM_KEY (2027, HP_SEASON_SPRING)), ==,
                    HP_TERM_KEY (2027, HP_SEASON_FALL));
  g_assert_cmpuint (hp_term_key_previous_regular (HP_TERM_KEY (2027, HP_SEASON_SPRING)), ==,
                    HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_cmpuint (hp_term_key_previous_regular (HP_TERM_KEY (2027, HP_SEASON_SUMMER)), ==,
                    HP_TERM_KEY (2027, HP_SEASON_SPRING));
}

static void
test_ensure_term_keeps_time_order (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpPlanTerm) t0 = NULL;
  g_autoptr(HpPlanTerm) t1 = NULL;
  g_autoptr(HpPlanTerm) t2 = NULL;

  hp_plan_ensure_term (plan, HP_TERM_KEY (2027, HP_SEASON_SPRING));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_FALL));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2027, HP_SEASON_WINTER));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_FALL));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->terms)), ==, 3);
  t0 = g_list_model_get_item (G_LIST_MODEL (plan->terms), 0);
  t1 = g_list_model_get_item (G_LIST_MODEL (plan->terms), 1);
  t2 = g_list_model_get_item (G_LIST_MODEL (plan->terms), 2);
  g_assert_cmpuint (t0->key, ==, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_cmpuint (t1->key, ==, HP_TERM_KEY (2027, HP_SEASON_WINTER));
  g_assert_cmpuint (t2->key, ==, HP_TERM_KEY (2027, HP_SEASON_SPRING));
  g_assert_cmpfloat (hp_plan_load_limit (plan), ==, 18.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/grade/points", test_points);
  g_test_add_func ("/grade/meets", test_meets);
  g_test_add_func ("/types/terms", test_terms);
  g_test_add_func ("/plan/ensure-term", test_ensure_term_keeps_time_order);

  return g_test_run ();
}
