/* test-cli.c: hitplan on fixture files: exact output and exit codes
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case runs the real tool with the repository's top folder as its
 * working directory, so paths in messages are short and stable.  Expected
 * outputs live in tests/cli/expected/NAME.out and NAME.err.
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

typedef struct
{
  const char *name;     /* expected/NAME.out and NAME.err */
  int         status;
  const char *args[8];
} CliCase;

#define SAMPLE "data/samples/sample.hitplan"
/* Answers that depend on the date are worked for this one. */
#define TODAY "--today", "2026-11-27"
#define PROBLEMS "tests/fixtures/plans/problems.hitplan"

static const CliCase cases[] = {
  { "help", 0, { "--help" } },
  { "no-command", 2, { NULL } },
  { "unknown-command", 2, { "frobnicate" } },
  { "validate-sample", 0, { "validate", SAMPLE, "data/catalogs/hit-example.hitcatalog" } },
  { "validate-bad", 3, { "validate", SAMPLE,
                         "tests/fixtures/bad/mismatched-tag.hitplan",
                         "tests/fixtures/bad/newer-version.hitplan",
                         "tests/fixtures/bad/missing.hitplan",
                         "tests/fixtures/bad/cycle.hitcatalog" } },
  { "validate-unknown-course", 1, { "validate", PROBLEMS } },
  { "validate-no-file", 2, { "validate" } },
  { "validate-device-catalog", 3, { "validate", "tests/fixtures/bad/device-catalog.hitplan" } },
  { "catalog-list", 0, { "catalog", "list" } },
  { "catalog-show-course", 0, { "catalog", "show", "HIT 210" } },
  { "catalog-show-program", 0, { "catalog", "show", "aas-hit" } },
  { "catalog-show-credential", 0, { "catalog", "show", "RHIT" } },
  { "catalog-show-unknown", 1, { "catalog", "show", "XYZ 100" } },
  { "catalog-usage", 2, { "catalog", "show" } },
  { "catalog-show-unquoted", 2, { "catalog", "show", "HIT", "290" } },
  { "catalog-bad-file", 3, { "catalog", "--catalog", "tests/fixtures/bad/cycle.hitcatalog",
                             "list" } },
  { "audit-help", 0, { "audit", "--help" } },
  { "audit-sample", 0, { "audit", SAMPLE, TODAY } },
  { "audit-sample-bs", 1, { "audit", SAMPLE, "--program", "bs-him", TODAY } },
  { "audit-sample-xml", 0, { "audit", "--xml", SAMPLE, TODAY } },
  { "audit-problems", 1, { "audit", PROBLEMS, TODAY } },
  { "audit-unknown-program", 1, { "audit", SAMPLE, "--program", "phd" } },
  { "audit-no-plan", 2, { "audit" } },
  { "audit-bad-plan", 3, { "audit", "tests/fixtures/bad/billion-laughs.hitplan" } },
  { "compare-sample", 0, { "compare", SAMPLE, TODAY } },
  { "compare-sample-xml", 0, { "compare", "--xml", SAMPLE, "aas-hit", "cert-coding", TODAY } },
  { "compare-problems", 1, { "compare", PROBLEMS, "cert-coding", "aas-hit", TODAY } },
  { "autoplan-sample", 0, { "autoplan", SAMPLE, TODAY } },
  { "autoplan-sample-bs", 0, { "autoplan", SAMPLE, "--program", "bs-him", TODAY } },
  { "autoplan-help", 0, { "autoplan", "--help" } },
  { "autoplan-no-plan", 2, { "autoplan" } },
  { "autoplan-unknown-program", 1, { "autoplan", SAMPLE, "--program", "phd", TODAY } },
  { "gpa-new-plan", 0, { "gpa", "tests/fixtures/plans/gpa-new-aas.hitplan", "--target", "3.5",
                         "--today", "2026-11-27" } },
  { "gpa-new-plan-xml", 0, { "gpa", "--xml", "tests/fixtures/plans/gpa-new-aas.hitplan",
                             "--target", "3.5", "--term", "fall 2026" } },
  { "gpa-sample-out-of-reach", 1, { "gpa", SAMPLE, "--target", "3.9", "--today", "2026-09-01" } },
  { "gpa-sample-summer", 0, { "gpa", SAMPLE, "--target", "3.2", "--today", "2026-06-01" } },
  { "gpa-all-graded", 1, { "gpa", SAMPLE, "--target", "3", "--term", "spring 2026" } },
  { "gpa-no-target", 2, { "gpa", SAMPLE } },
  { "gpa-bad-today", 2, { "gpa", SAMPLE, "--target", "3", "--today", "2026-02-30" } },
  { "readiness-sample", 0, { "readiness", SAMPLE, TODAY } },
  { "readiness-sample-xml", 0, { "readiness", "--xml", SAMPLE, TODAY } },
  { "readiness-no-exam", 1, { "readiness", PROBLEMS, TODAY } },
  { "readiness-unknown-exam", 1, { "readiness", SAMPLE, "--exam", "RHIA", TODAY } },
  { "readiness-help", 0, { "readiness", "--help" } },
  { "ce-sample", 0, { "ce", SAMPLE, TODAY } },
  { "ce-sample-xml", 0, { "ce", "--xml", SAMPLE, TODAY } },
  /* Ten months on, still 4.5 of 20 hours: behind a steady pace (11.74 by
   * then: 20 x 429 / 731). */
  { "ce-sample-behind", 1, { "ce", SAMPLE, "--today", "2027-09-01" } },
  { "schedule-help", 0, { "schedule", "--help" } },
  { "schedule-sample", 1, { "schedule", SAMPLE, TODAY } },
  { "schedule-week", 0, { "schedule", SAMPLE, "--from", "2026-11-30", "--to", "2026-12-06", TODAY } },
  { "schedule-bad-date", 2, { "schedule", SAMPLE, "--from", "tomorrow" } },
  { "schedule-backwards", 2, { "schedule", SAMPLE, "--from", "2026-12-06", "--to", "2026-11-30" } },
  { "schedule-no-plan", 2, { "schedule" } },
  { "export-ics-sample", 0, { "export-ics", SAMPLE, TODAY, "--time-zone", "UTC", "-o", "-" } },
  { "export-ics-empty", 0, { "export-ics", PROBLEMS, TODAY, "--time-zone", "UTC", "-o", "-" } },
  { "export-ics-no-output", 2, { "export-ics", SAMPLE } },
  { "export-ics-bad-zone", 2, { "export-ics", SAMPLE, "--time-zone", "Mars/Olympus", "-o", "-" } },
};

static char *
read_expected (const char *name,
               const char *suffix)
{
  g_autofree char *file = g_strconcat (name, suffix, NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cli", "expected", file, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("missing expected output %s: %s", path, error->message);
  return contents;
}

static void
test_case (gconstpointer data)
{
  const CliCase *c = data;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *top = g_test_build_filename (G_TEST_DIST, "..", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected_out = read_expected (c->name, ".out");
  g_autofree char *expected_err = read_expected (c->name, ".err");
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("HITPLAN"));
  for (guint i = 0; i < G_N_ELEMENTS (c->args) && c->args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) c->args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (top, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, expected_out);
  g_assert_cmpstr (err, ==, expected_err);
  /* A result document is well-formed XML (the expected file could hold a
   * mistake too). */
  if (g_str_has_prefix (out, "<?xml"))
    {
      xmlDoc *doc = xmlReadMemory (out, strlen (out), c->name, NULL,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      g_assert_nonnull (doc);
      xmlFreeDoc (doc);
    }
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, c->status);
}

/* For every program of the catalog: the plan autoplan writes is one the
 * audit finds complete, with no open problem (exit status 0). */
static void
test_autoplan_round_trip (void)
{
  static const char *programs[] = { "cert-coding", "as-hit", "aas-hit", "bs-him" };
  g_autofree char *top = g_test_build_filename (G_TEST_DIST, "..", NULL);
  g_autofree char *folder = g_dir_make_tmp ("hitplan-autoplan-XXXXXX", NULL);

  g_assert_nonnull (folder);
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *out_path = g_build_filename (folder, "plan.hitplan", NULL);
      const char *write[] = { g_getenv ("HITPLAN"), "autoplan", SAMPLE, "--program", programs[i],
                              "--today", "2026-11-27", "-o", out_path, NULL };
      const char *check[] = { g_getenv ("HITPLAN"), "audit", out_path, "--today", "2026-11-27",
                              NULL };
      g_autofree char *backup = g_strconcat (out_path, "~", NULL);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int wait_status = 0;

      g_assert_true (g_spawn_sync (top, (char **) write, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &wait_status, NULL));
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_true (g_spawn_sync (top, (char **) check, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &wait_status, NULL));
      if (WEXITSTATUS (wait_status) != 0)
        g_test_message ("%s: %s", programs[i], out);
      g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
      g_unlink (out_path);
      g_unlink (backup);
    }
  g_rmdir (folder);
}

/* Runs hitplan with @args in the repository's top folder, with its own
 * XDG_DATA_HOME (@data_home); returns the exit status. */
static int
run_with_data_home (const char  *data_home,
                    const char **args,
                    char       **out,
                    char       **err)
{
  g_autofree char *top = g_test_build_filename (G_TEST_DIST, "..", NULL);
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", data_home, TRUE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("HITPLAN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (top, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &wait_status, NULL));
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* hitplan catalog install: a college's catalog is checked, installed under
 * XDG_DATA_HOME by its id, then found by that id; it is never installed
 * over another without --replace, nor under a bundled catalog's id. */
static void
test_catalog_install (void)
{
  g_autofree char *home = g_dir_make_tmp ("hitplan-install-XXXXXX", NULL);
  g_autofree char *installed = g_build_filename (home, "hitplanner", "catalogs",
                                                 "test-college-2026.hitcatalog", NULL);
  g_autofree char *bundled = g_build_filename (home, "hitplanner", "catalogs",
                                               "hit-example.hitcatalog", NULL);
  g_autofree char *expected_head = g_strdup_printf ("Installed “Test College catalog 2026–27” as "
                                                    "%s\nPlans can now name it: "
                                                    "catalog=\"test-college-2026\"\n", installed);
  const char *install[] = { "catalog", "install", "tests/fixtures/catalogs/college.hitcatalog",
                            NULL };
  const char *replace[] = { "catalog", "install", "--replace",
                            "tests/fixtures/catalogs/college.hitcatalog", NULL };
  const char *clash[] = { "catalog", "install", "data/catalogs/hit-example.hitcatalog", NULL };
  const char *bad[] = { "catalog", "install", "tests/fixtures/bad/cycle.hitcatalog", NULL };
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;
  char *out = NULL, *err = NULL;

  g_assert_nonnull (home);
  g_assert_cmpint (run_with_data_home (home, install, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, expected_head));
  /* The fixture's certificate cannot finish in the two terms it states: said, not refused. */
  g_assert_nonnull (strstr (out, "tests/fixtures/catalogs/college.hitcatalog: warning: "
                                 "cert-billing: it says 2 terms"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* Exactly the bytes that were checked. */
  g_assert_true (g_file_get_contents ("tests/fixtures/catalogs/college.hitcatalog", &source, NULL,
                                      NULL) ||
                 g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fixtures", "catalogs",
                                                           "college.hitcatalog", NULL),
                                      &source, NULL, NULL));
  g_assert_true (g_file_get_contents (installed, &copy, NULL, NULL));
  g_assert_cmpstr (copy, ==, source);

  /* Now found by id: the plan-less catalog commands take it with --catalog ID. */
  {
    const char *show[] = { "catalog", "--catalog", "test-college-2026", "show", "cert-billing",
                           NULL };

    g_assert_cmpint (run_with_data_home (home, show, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "cert-billing — Certificate in Medical Billing"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* Again: refused without --replace, the installed file untouched. */
  g_assert_cmpint (run_with_data_home (home, install, &out, &err), ==, 3);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "a catalog with the id “test-college-2026” is already installed"));
  g_assert_nonnull (strstr (err, "add --replace"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_with_data_home (home, replace, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A bundled id, and a catalog that does not read: refused with where and why. */
  g_assert_cmpint (run_with_data_home (home, clash, &out, &err), ==, 3);
  g_assert_true (g_str_has_prefix (err, "data/catalogs/hit-example.hitcatalog:"));
  g_assert_nonnull (strstr (err, "comes with HIT Study Planner"));
  g_assert_false (g_file_test (bundled, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_with_data_home (home, bad, &out, &err), ==, 3);
  g_assert_true (g_str_has_prefix (err, "tests/fixtures/bad/cycle.hitcatalog:"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_unlink (installed);
  {
    g_autofree char *catalogs = g_path_get_dirname (installed);
    g_autofree char *app = g_path_get_dirname (catalogs);

    g_rmdir (catalogs);
    g_rmdir (app);
    g_rmdir (home);
  }
}

static void
test_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *expected = g_strdup_printf ("hitplan %s\n", PACKAGE_VERSION);
  const char *argv[] = { g_getenv ("HITPLAN"), "--version", NULL };
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &wait_status, NULL));
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("HITPLAN"));

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/autoplan-round-trip", test_autoplan_round_trip);
  g_test_add_func ("/cli/catalog-install", test_catalog_install);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  return g_test_run ();
}
