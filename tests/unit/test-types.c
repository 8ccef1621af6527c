/* test-types.c: terms, dates and numbers, the small values every part of the core uses
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-core.h"

static HpTermKey
term_of (const char *text)
{
  GDate date;

  g_assert_true (hp_date_parse (text, &date));
  return hp_term_key_for_date (&date);
}

/* The cut between terms, a day each side of it. */
static void
test_term_for_date (void)
{
  g_assert_cmpuint (term_of ("2026-01-01"), ==, HP_TERM_KEY (2026, HP_SEASON_SPRING));
  g_assert_cmpuint (term_of ("2026-05-15"), ==, HP_TERM_KEY (2026, HP_SEASON_SPRING));
  g_assert_cmpuint (term_of ("2026-05-16"), ==, HP_TERM_KEY (2026, HP_SEASON_SUMMER));
  g_assert_cmpuint (term_of ("2026-08-14"), ==, HP_TERM_KEY (2026, HP_SEASON_SUMMER));
  g_assert_cmpuint (term_of ("2026-08-15"), ==, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_cmpuint (term_of ("2026-11-27"), ==, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_cmpuint (term_of ("2026-12-31"), ==, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_cmpuint (term_of ("2028-02-29"), ==, HP_TERM_KEY (2028, HP_SEASON_SPRING));
}

static void
test_date_parse (void)
{
  GDate date;
  g_autofree char *back = NULL;

  g_assert_true (hp_date_parse ("2028-02-29", &date));
  back = hp_date_to_string (&date);
  g_assert_cmpstr (back, ==, "2028-02-29");
  g_assert_false (hp_date_parse ("2027-02-29", &date));
  g_assert_false (hp_date_parse ("2026-13-01", &date));
  g_assert_false (hp_date_parse ("2026-1-01", &date));
  g_assert_false (hp_date_parse ("2026/11/27", &date));
  g_assert_false (hp_date_parse ("2026-11-27x", &date));
  g_assert_false (hp_date_parse ("", &date));
  g_assert_false (hp_date_parse (NULL, &date));
  /* found by tests/fuzz/run: sscanf took a sign or a space for part of the year */
  g_assert_false (hp_date_parse ("-204-07-29", &date));
  g_assert_false (hp_date_parse ("+204-07-29", &date));
  g_assert_false (hp_date_parse (" 204-07-29", &date));
  g_assert_false (hp_date_parse ("2026- 1-01", &date));
}

/* Times of day as the files write them, and nothing looser. */
static void
test_time_parse (void)
{
  guint m = 0;

  g_assert_true (hp_time_parse ("18:30", &m));
  g_assert_cmpuint (m, ==, 18 * 60 + 30);
  g_assert_true (hp_time_parse ("24:00", &m));
  g_assert_cmpuint (m, ==, 24 * 60);
  g_assert_true (hp_time_parse ("00:00", &m));
  g_assert_cmpuint (m, ==, 0);
  g_assert_false (hp_time_parse ("24:01", &m));
  g_assert_false (hp_time_parse ("18:60", &m));
  g_assert_false (hp_time_parse (" 9:30", &m));
  g_assert_false (hp_time_parse ("+9:30", &m));
  g_assert_false (hp_time_parse ("9:30", &m));
  g_assert_false (hp_time_parse ("18.30", &m));
  g_assert_false (hp_time_parse (NULL, &m));
}

/* A term in progress counts as current; a plan whose terms are over has
 * none; a summer the plan skips gives its next term. */
static void
test_current_or_next (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GDate date;

  hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_SPRING));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_true (hp_date_parse ("2026-03-01", &date));
  g_assert_cmpuint (hp_plan_current_or_next_term (plan, &date), ==,
                    HP_TERM_KEY (2026, HP_SEASON_SPRING));
  g_assert_true (hp_date_parse ("2026-06-01", &date));
  g_assert_cmpuint (hp_plan_current_or_next_term (plan, &date), ==,
                    HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_true (hp_date_parse ("2027-01-10", &date));
  g_assert_cmpuint (hp_plan_current_or_next_term (plan, &date), ==, 0);
}

/* Where Alt+Left and Alt+Right send a course: the plan's own term before or
 * after, summer included; past the plan's ends, the regular term, which
 * the move creates. */
static void
test_neighbour_term (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpTermKey fall26 = HP_TERM_KEY (2026, HP_SEASON_FALL), summer27 = HP_TERM_KEY (2027, HP_SEASON_SUMMER);

  hp_plan_ensure_term (plan, fall26);
  hp_plan_ensure_term (plan, summer27);
  g_assert_cmpuint (hp_plan_neighbour_term (plan, fall26, 1), ==, summer27);
  g_assert_cmpuint (hp_plan_neighbour_term (plan, summer27, -1), ==, fall26);
  g_assert_cmpuint (hp_plan_neighbour_term (plan, summer27, 1), ==,
                    HP_TERM_KEY (2027, HP_SEASON_FALL));
  g_assert_cmpuint (hp_plan_neighbour_term (plan, fall26, -1), ==,
                    HP_TERM_KEY (2026, HP_SEASON_SPRING));
}

/* Add Term suggests the regular term after the plan's last (summer and
 * fall lead to spring or fall as a student's year runs); a plan without
 * terms starts at its first term, or at the term in progress today. */
static void
test_suggest_term (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 27, G_DATE_NOVEMBER, 2026);
  g_assert_cmpuint (hp_plan_suggest_term (plan, &today), ==, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_date_set_dmy (&today, 1, G_DATE_JUNE, 2026);
  g_assert_cmpuint (hp_plan_suggest_term (plan, &today), ==, HP_TERM_KEY (2026, HP_SEASON_SUMMER));

  plan->first_term = HP_TERM_KEY (2027, HP_SEASON_SPRING);
  g_assert_cmpuint (hp_plan_suggest_term (plan, &today), ==, HP_TERM_KEY (2027, HP_SEASON_SPRING));

  hp_plan_ensure_term (plan, HP_TERM_KEY (2027, HP_SEASON_SUMMER));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2027, HP_SEASON_SPRING));
  g_assert_cmpuint (hp_plan_suggest_term (plan, &today), ==, HP_TERM_KEY (2027, HP_SEASON_FALL));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2027, HP_SEASON_FALL));
  g_assert_cmpuint (hp_plan_suggest_term (plan, &today), ==, HP_TERM_KEY (2028, HP_SEASON_SPRING));
}

/* A record's list of codes is a strv at every length, empty included. */
static void
test_strv_array (void)
{
  g_autoptr(GPtrArray) codes = hp_strv_array_new ();
  g_autofree char *none = g_strjoinv (", ", (char **) codes->pdata);
  g_autofree char *two = NULL;

  g_assert_cmpstr (none, ==, "");
  g_ptr_array_add (codes, g_strdup ("RHIT"));
  g_ptr_array_add (codes, g_strdup ("CCA"));
  two = g_strjoinv (", ", (char **) codes->pdata);
  g_assert_cmpstr (two, ==, "RHIT, CCA");
  g_ptr_array_remove_index (codes, 0);
  g_assert_null (codes->pdata[1]);
}

static void
test_format_number (void)
{
  const struct { double value; const char *text; } cases[] = {
    { 3, "3" }, { 2.5, "2.5" }, { 0.25, "0.25" }, { 10000, "10000" }, { 120000, "120000" },
    { 0, "0" }, { -0.001, "0" }, { 3.375, "3.38" }, { 1e6, "1000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hp_format_number (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* "1 credit", "1.5 credits", "0 credits": the count that picks the form. */
static void
test_plural_count (void)
{
  g_assert_cmpuint (hp_plural_count (1), ==, 1);
  g_assert_cmpuint (hp_plural_count (1.001), ==, 1);  /* shown as "1" */
  g_assert_cmpuint (hp_plural_count (0), ==, 0);
  g_assert_cmpuint (hp_plural_count (3), ==, 3);
  g_assert_cmpuint (hp_plural_count (21), ==, 21);
  g_assert_cmpuint (hp_plural_count (1.5), ==, 2);
  g_assert_cmpuint (hp_plural_count (0.5), ==, 2);
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%s credit", "%s credits", hp_plural_count (1)),
                   ==, "%s credit");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%s credit", "%s credits",
                                hp_plural_count (1.5)), ==, "%s credits");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/types/term-for-date", test_term_for_date);
  g_test_add_func ("/types/time-parse", test_time_parse);
  g_test_add_func ("/types/date-parse", test_date_parse);
  g_test_add_func ("/types/current-or-next-term", test_current_or_next);
  g_test_add_func ("/types/format-number", test_format_number);
  g_test_add_func ("/types/plural-count", test_plural_count);
  g_test_add_func ("/types/neighbour-term", test_neighbour_term);
  g_test_add_func ("/types/suggest-term", test_suggest_term);
  g_test_add_func ("/types/strv-array", test_strv_array);
  return g_test_run ();
}
