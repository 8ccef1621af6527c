/* bench-core.c: the core's speed on a large catalog and plan, against xmllint on the same files
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-core [COURSES [TERMS]]   (default 5000 courses, 200 terms of 6 courses)
 * Generates a catalog and a plan in a temporary folder, then times, as the
 * median of several runs: loading each, checking and auditing the plan,
 * comparing it against every program, and saving each; and, in the same run,
 * `xmllint --noout` and `xmllint --format` on the same files.  Prints the
 * times, the ratios the goals are stated in, and the peak memory.
 * Run by hand (tests/bench/core); never part of `meson test`.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-data.h"
#include "hp-core.h"

#define RUNS 5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

static double
time_xmllint (const char *option,
              const char *path)
{
  double runs[RUNS];

  for (int i = 0; i < RUNS; i++)
    {
      const char *argv[] = { "xmllint", option, path, NULL };
      gint64 start = g_get_monotonic_time ();
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL,
                         G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                         NULL, &status, NULL) || status != 0)
        g_error ("xmllint %s %s failed", option, path);
      runs[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return median (runs);
}

static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + 6, NULL, 10);
}

#define TIME(runs, code)                                          \
  for (int i_ = 0; i_ < RUNS; i_++)                               \
    {                                                             \
      gint64 start_ = g_get_monotonic_time ();                    \
      code;                                                       \
      runs[i_] = (g_get_monotonic_time () - start_) / 1000.0;     \
    }

int
main (int    argc,
      char **argv)
{
  guint n_courses = argc > 1 ? (guint) atoi (argv[1]) : 5000;
  guint n_terms = argc > 2 ? (guint) atoi (argv[2]) : 200;
  g_autofree char *dir = g_dir_make_tmp ("hitplan-bench-XXXXXX", NULL);
  g_autofree char *cpath = NULL;
  g_autofree char *ppath = NULL;
  g_autofree char *csave = g_build_filename (dir, "saved.hitcatalog", NULL);
  g_autofree char *psave = g_build_filename (dir, "saved.hitplan", NULL);
  g_autoptr(GBytes) cbytes = bench_generate_catalog (n_courses);
  g_autoptr(GBytes) pbytes = bench_generate_plan (n_courses, n_terms);
  g_autoptr(GFile) cfile = NULL;
  g_autoptr(GFile) pfile = NULL;
  g_autoptr(GFile) csave_file = g_file_new_for_path (csave);
  g_autoptr(GFile) psave_file = g_file_new_for_path (psave);
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GPtrArray) programs = g_ptr_array_new ();
  double load_c[RUNS], load_p[RUNS], check[RUNS], audit[RUNS], compare[RUNS];
  double autoplan[RUNS], compare_new[RUNS];
  g_autoptr(HpPlan) fresh = hp_plan_new ();
  GDate today;
  double save_c[RUNS], save_p[RUNS];
  double lint_c, lint_p, fmt_c, fmt_p, load, save;

  g_assert_true (bench_write_files (dir, n_courses, n_terms, &cpath, &ppath));
  cfile = g_file_new_for_path (cpath);
  pfile = g_file_new_for_path (ppath);

  /* Freeing the previous run's model is not part of loading. */
  for (int i = 0; i < RUNS; i++)
    {
      gint64 start;

      g_clear_object (&catalog);
      g_clear_object (&plan);
      start = g_get_monotonic_time ();
      catalog = hp_catalog_load (cfile, NULL, NULL);
      load_c[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      plan = hp_plan_load (pfile, NULL, NULL);
      load_p[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  g_assert_nonnull (catalog);
  g_assert_nonnull (plan);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)); i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
      g_ptr_array_add (programs, p);
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 27, G_DATE_NOVEMBER, 2026);
  TIME (check, g_object_unref (hp_plan_check (plan, catalog)));
  TIME (audit, g_object_unref (hp_audit_new (plan, catalog, g_ptr_array_index (programs, 0),
                                             &today)));
  TIME (compare, g_object_unref (hp_compare (plan, catalog, programs, &today)));
  /* A student with nothing done: the automatic plan places every
   * requirement of the program, with the chains of prerequisites behind. */
  fresh->credits_per_term = 15;
  TIME (autoplan, g_object_unref (hp_audit_new (fresh, catalog, g_ptr_array_index (programs, 0),
                                                &today)));
  TIME (compare_new, g_object_unref (hp_compare (fresh, catalog, programs, &today)));
  {
    g_autoptr(HpAudit) a = hp_audit_new (fresh, catalog, g_ptr_array_index (programs, 0), &today);
    g_autofree char *last = a->autoplan->last ? hp_term_key_format (a->autoplan->last)
                                              : g_strdup ("?");
    printf ("automatic plan for a new student: %u courses placed, %u not, until %s\n",
            a->autoplan->placements->len, a->autoplan->unplaced->len, last);
  }
  TIME (save_c, g_autoptr(GBytes) b = hp_catalog_to_bytes (catalog); hp_xml_save (csave_file, b, NULL));
  TIME (save_p, hp_plan_save (plan, psave_file, NULL));

  lint_c = time_xmllint ("--noout", cpath);
  lint_p = time_xmllint ("--noout", ppath);
  fmt_c = time_xmllint ("--format", cpath);
  fmt_p = time_xmllint ("--format", ppath);

  load = median (load_c) + median (load_p);
  save = median (save_c) + median (save_p);
  printf ("input: %u courses (%zu kB), %u terms x 6 courses (%zu kB)\n", n_courses,
          g_bytes_get_size (cbytes) / 1024, n_terms, g_bytes_get_size (pbytes) / 1024);
  printf ("load catalog %.1f ms, plan %.1f ms; xmllint --noout %.1f ms, %.1f ms\n",
          median (load_c), median (load_p), lint_c, lint_p);
  printf ("save catalog %.1f ms, plan %.1f ms; xmllint --format %.1f ms, %.1f ms\n",
          median (save_c), median (save_p), fmt_c, fmt_p);
  printf ("check %.1f ms, audit %.1f ms, compare (4 programs) %.1f ms\n", median (check),
          median (audit), median (compare));
  printf ("load ratio %.2f (goal <= 1.5)\n", load / (lint_c + lint_p));
  printf ("save ratio %.2f (goal <= 1.5)\n", save / (fmt_c + fmt_p));
  printf ("audit + compare %.1f ms (goal < 50 ms)\n", median (audit) + median (compare));
  printf ("automatic plan (new student) %.1f ms (goal < 200 ms)\n", median (autoplan));
  printf ("compare 4 programs (new student) %.1f ms (goal < 50 ms)\n", median (compare_new));
  printf ("total core time %.1f ms\n", load + save + median (check) + median (audit) +
          median (compare));
  printf ("planning time %.1f ms\n", median (autoplan) + median (compare_new));
  printf ("peak memory %ld kB\n", peak_rss_kb ());

  g_remove (csave);
  g_remove (psave);
  g_remove (cpath);
  g_remove (ppath);
  g_rmdir (dir);
  return 0;
}
