/* test-plan-io.c: reading and writing .hitplan files, and every bad file's exact message
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "hp-core.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "bad", name, NULL);
}

static HpPlan *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "sample.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
test_sample_contents (void)
{
  g_autoptr(HpPlan) plan = load_sample ();
  g_autoptr(HpPlanTerm) first = NULL;
  g_autoptr(HpPlanEntry) entry = NULL;
  g_autoptr(HpExamTarget) exam = NULL;
  HpPlanTerm *term = NULL;
  HpPlanEntry *math;

  g_assert_cmpstr (plan->student, ==, "Jordan Rivera");
  g_assert_cmpstr (plan->catalog, ==, "hit-example");
  g_assert_cmpstr (plan->target_program, ==, "aas-hit");
  g_assert_cmpuint (plan->first_term, ==, HP_TERM_KEY (2025, HP_SEASON_FALL));
  g_assert_cmpfloat (plan->credits_per_term, ==, 15);
  g_assert_cmpfloat (plan->tuition_per_credit, ==, 165);
  g_assert_cmpuint (plan->compare_programs->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->terms)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->transfers)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->exceptions)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->availability)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->commitments)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->breaks)), ==, 2);
  g_assert_cmpuint (plan->rules.daily_max, ==, 300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->blocks)), >, 20);

  first = g_list_model_get_item (G_LIST_MODEL (plan->terms), 0);
  entry = g_list_model_get_item (G_LIST_MODEL (first->entries), 1);
  g_assert_cmpstr (entry->course, ==, "HIT 110");
  g_assert_cmpint (entry->status, ==, HP_STATUS_COMPLETED);
  g_assert_cmpstr (entry->grade, ==, "B+");

  /* MTH 120 was withdrawn in spring and passed in summer: the summer attempt counts. */
  math = hp_plan_find_entry (plan, "MTH 120", &term);
  g_assert_nonnull (math);
  g_assert_cmpint (math->status, ==, HP_STATUS_COMPLETED);
  g_assert_cmpuint (term->key, ==, HP_TERM_KEY (2026, HP_SEASON_SUMMER));

  exam = g_list_model_get_item (G_LIST_MODEL (plan->exams), 0);
  g_assert_cmpstr (exam->credential, ==, "RHIT");
  {
    g_autofree char *date = hp_date_to_string (&exam->date);
    g_assert_cmpstr (date, ==, "2028-01-20");
  }
  g_assert_cmpfloat (exam->hours_per_week, ==, 6);
  g_assert_cmpfloat (exam->goal, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exam->tests)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exam->study)), ==, 4);
  {
    g_autoptr(HpPracticeTest) last = g_list_model_get_item (G_LIST_MODEL (exam->tests), 4);
    HpDomainScore *third = g_ptr_array_index (last->scores, 2);
    double correct, total;

    g_assert_cmpstr (last->source, ==, "Practice exam B");
    g_assert_cmpuint (last->scores->len, ==, 6);
    g_assert_cmpstr (third->domain, ==, "rhit-3");
    g_assert_cmpfloat (third->correct, ==, 12);
    /* No overall score given: the sum of the domains, 88 of 120. */
    g_assert_true (hp_practice_test_overall (last, &correct, &total));
    g_assert_cmpfloat (correct, ==, 88);
    g_assert_cmpfloat (total, ==, 120);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->held)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->ce_entries)), ==, 3);
  {
    g_autoptr(HpCeEntry) ce = g_list_model_get_item (G_LIST_MODEL (plan->ce_entries), 0);

    g_assert_cmpstr (ce->category, ==, "hiim");
  }
}

/* Saving a loaded plan twice gives identical bytes, and loading what was
 * saved gives an equal plan. */
static void
test_round_trip (void)
{
  g_autoptr(HpPlan) plan = load_sample ();
  g_autoptr(GBytes) first = hp_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) again = hp_plan_load_bytes (first, "saved.hitplan", &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  second = hp_plan_to_bytes (again);
  g_assert_true (g_bytes_equal (first, second));
  g_assert_true (hp_plan_equal (plan, again));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (first, NULL),
                                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                   "<plan xmlns=\"urn:io.github.hitplanner:plan\" format=\"4\""));
}

static HpPlan *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "formats", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_load (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* Every earlier format still opens, and saving upgrades it.  The sample as
 * format 1 wrote it reads as the sample format 2 wrote (format 2 added
 * summer="yes" on the profile); format 2's one-domain <practice>s read as
 * practice tests of one domain each, and save as format 3's <score>s. */
static void
test_earlier_formats (void)
{
  g_autoptr(HpPlan) one = load_fixture ("plan-format-1.hitplan");
  g_autoptr(HpPlan) two = load_fixture ("plan-format-2.hitplan");
  g_autoptr(GBytes) upgraded = NULL;
  g_autoptr(HpPlan) summer = NULL;
  g_autoptr(GBytes) with_summer = NULL;
  g_autoptr(HpExamTarget) exam = NULL;
  g_autoptr(HpPracticeTest) first = NULL;
  g_autoptr(GError) error = NULL;
  HpDomainScore *score;

  g_assert_true (hp_plan_equal (one, two));
  g_assert_false (one->take_summer);
  upgraded = hp_plan_to_bytes (one);
  g_assert_nonnull (strstr (g_bytes_get_data (upgraded, NULL), "format=\"4\""));

  exam = g_list_model_get_item (G_LIST_MODEL (two->exams), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exam->tests)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (exam->tests), 0);
  g_assert_cmpstr (first->source, ==, "Chapter review quiz");
  g_assert_cmpfloat (first->total, ==, 0);
  g_assert_cmpuint (first->scores->len, ==, 1);
  score = g_ptr_array_index (first->scores, 0);
  g_assert_cmpstr (score->domain, ==, "rhit-1");
  g_assert_cmpfloat (score->correct, ==, 17);
  g_assert_cmpfloat (score->total, ==, 25);
  g_assert_nonnull (strstr (g_bytes_get_data (upgraded, NULL),
                            "    <practice date=\"2026-10-30\" source=\"Chapter review quiz\">\n"
                            "      <score domain=\"rhit-1\" correct=\"17\" total=\"25\"/>\n"
                            "    </practice>\n"));

  one->take_summer = TRUE;
  with_summer = hp_plan_to_bytes (one);
  g_assert_nonnull (strstr (g_bytes_get_data (with_summer, NULL),
                            "<profile first-term=\"fall 2025\" credits-per-term=\"15\" summer=\"yes\""));
  summer = hp_plan_load_bytes (with_summer, "summer.hitplan", &error);
  g_assert_no_error (error);
  g_assert_true (summer->take_summer);
}

static void
test_empty_plan_round_trip (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GBytes) bytes = hp_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) again = hp_plan_load_bytes (bytes, "empty.hitplan", &error);
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:io.github.hitplanner:plan\" format=\"4\">\n"
    "  <profile/>\n"
    "</plan>\n";

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
  g_assert_true (hp_plan_equal (plan, again));
}

/* Saving replaces the file atomically, keeps its permissions and keeps the
 * previous version in the backups of the state folder, not as FILE~
 * (tests/unit/test-save.c has the rest). */
static void
test_save_keeps_backup_and_mode (void)
{
  g_autoptr(HpPlan) plan = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hitplan-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mine.hitplan", NULL);
  g_autofree char *tilde = g_strconcat (path, "~", NULL);
  g_autofree char *real = NULL;
  g_autofree char *backups = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDir) d = NULL;
  struct stat st;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (hp_plan_save (plan, file, &error));
  g_assert_no_error (error);

  g_assert_false (g_file_test (tilde, G_FILE_TEST_EXISTS));
  real = realpath (path, NULL);
  backups = hp_xml_backup_dir (real);
  d = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (d);
  backup = g_build_filename (backups, g_dir_read_name (d), NULL);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents");
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_remove (backup);
  g_rmdir (backups);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_save_to_missing_folder (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder/plan.hitplan");
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_plan_save (plan, file, &error));
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message,
                                   "/nonexistent-folder/plan.hitplan: the file could not be saved"));
}

typedef struct
{
  const char *file;
  int         code;
  const char *message;  /* after "PATH:" */
} BadFile;

static const BadFile bad_files[] = {
  { "mismatched-tag.hitplan", HP_FILE_ERROR_MALFORMED,
    "5:8: this is not well-formed XML (Opening and ending tag mismatch: term line 3 and plan)" },
  { "truncated.hitplan", HP_FILE_ERROR_MALFORMED,
    "4:24: this is not well-formed XML (AttValue: ' expected)" },
  { "empty.hitplan", HP_FILE_ERROR_MALFORMED, "1:1: the file is empty" },
  { "bad-encoding.hitplan", HP_FILE_ERROR_MALFORMED,
    "4:17: the text is not valid UTF-8; save the file as UTF-8" },
  { "billion-laughs.hitplan", HP_FILE_ERROR_UNSAFE,
    "2:16: the file declares a document type (<!DOCTYPE>); HIT Study Planner files never use "
    "one, so it is refused for safety" },
  { "external-entity.hitplan", HP_FILE_ERROR_UNSAFE,
    "2:16: the file declares a document type (<!DOCTYPE>); HIT Study Planner files never use "
    "one, so it is refused for safety" },
  { "repeated-student.hitplan", HP_FILE_ERROR_INVALID,
    "3:34: <student> appears twice in <profile>; it may appear once" },
  { "unknown-attribute.hitplan", HP_FILE_ERROR_INVALID,
    "4:52: unknown attribute “houprofrs” on <ce>; it may have: credential, date, hours, "
    "provider, category" },
  { "ce-without-hours.hitplan", HP_FILE_ERROR_INVALID,
    "4:3: <ce> needs a “hours” attribute" },
  { "newer-version.hitplan", HP_FILE_ERROR_NEWER_VERSION,
    "2:45: written by a newer version: format 5; this version reads up to 4" },
  { "wrong-root.hitplan", HP_FILE_ERROR_WRONG_KIND,
    "2:1: this is not a HIT Study Planner plan: expected a <plan> element in the namespace "
    "urn:io.github.hitplanner:plan" },
  { "wrong-namespace.hitplan", HP_FILE_ERROR_WRONG_KIND,
    "2:1: this is not a HIT Study Planner plan: expected a <plan> element in the namespace "
    "urn:io.github.hitplanner:plan" },
  { "impossible-grade.hitplan", HP_FILE_ERROR_INVALID,
    "4:47: “E” is not a grade: expected A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F or P" },
  { "impossible-credits.hitplan", HP_FILE_ERROR_INVALID,
    "4:28: “-3” is not a valid value for credits: expected a number from 0.5 to 30" },
  { "impossible-date.hitplan", HP_FILE_ERROR_INVALID,
    "3:27: “2027-02-30” is not a valid date: expected YYYY-MM-DD" },
  { "unknown-season.hitplan", HP_FILE_ERROR_INVALID,
    "3:9: “autumn” is not a season: expected winter, spring, summer or fall" },
  { "duplicate-term.hitplan", HP_FILE_ERROR_INVALID, "5:3: the term Fall 2025 appears twice" },
  { "unknown-element.hitplan", HP_FILE_ERROR_INVALID,
    "3:3: unexpected element <semester> in <plan>; expected <profile>, <term>, <transfer>, "
    "<exception>, <exam>, <availability>, <study-block>, <commitment>, <break>, <schedule>, <credential> or <ce>" },
  { "missing-code.hitplan", HP_FILE_ERROR_INVALID, "4:5: <course> needs a “code” attribute" },
  { "backwards-time.hitplan", HP_FILE_ERROR_INVALID, "3:41: the time ends before it starts" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = fixture (bad->file);
  g_autofree char *expected = g_strdup_printf ("%s:%s", path, bad->message);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  gsize before_len = 0, after_len = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  plan = hp_plan_load (file, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FILE_ERROR, bad->code);
  g_assert_cmpstr (error->message, ==, expected);

  /* Reading never touches the file. */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/plan.hitplan");
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_load (file, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "/nonexistent/plan.hitplan: there is no such file");
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
test_too_deep (void)
{
  g_autoptr(GString) xml = g_string_new ("<plan xmlns=\"" HP_PLAN_NAMESPACE "\" format=\"1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;

  for (int i = 0; i < 40; i++)
    g_string_append (xml, "<x>");
  for (int i = 0; i < 40; i++)
    g_string_append (xml, "</x>");
  g_string_append (xml, "</plan>\n");
  bytes = g_string_free_to_bytes (g_steal_pointer (&xml));

  plan = hp_plan_load_bytes (bytes, "deep.hitplan", &error);
  g_assert_null (plan);
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_TOO_LARGE);
  /* The 33rd <x> (depth 33 counting <plan>) starts at column 1 + 3 * 31. */
  g_assert_cmpstr (error->message, ==, "deep.hitplan:2:94: elements are nested more than 32 deep");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-io/sample", test_sample_contents);
  g_test_add_func ("/plan-io/round-trip", test_round_trip);
  g_test_add_func ("/plan-io/earlier-formats", test_earlier_formats);
  g_test_add_func ("/plan-io/empty-round-trip", test_empty_plan_round_trip);
  g_test_add_func ("/plan-io/save/backup-and-mode", test_save_keeps_backup_and_mode);
  g_test_add_func ("/plan-io/save/missing-folder", test_save_to_missing_folder);
  g_test_add_func ("/plan-io/bad/missing-file", test_missing_file);
  g_test_add_func ("/plan-io/bad/too-deep", test_too_deep);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/plan-io/bad/%s", bad_files[i].file);
      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }

  return g_test_run ();
}
