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

#include "hp-core.h"

#define RUNS 5

static const char *categories[] = { "hit", "science", "math", "english", "humanities", "him" };

static GBytes *
generate_catalog (guint n_courses)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<catalog xmlns=\"" HP_CATALOG_NAMESPACE "\" format=\"1\" "
                               "id=\"bench\" example=\"yes\">\n  <title>Benchmark</title>\n");
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < n_courses; i++)
    {
      g_string_append_printf (xml, "  <course code=\"C %05u\" credits=\"%u\" category=\"%s\" "
                              "offered=\"fall spring%s\" transfers=\"%s\">\n"
                              "    <title>Course number %u</title>\n"
                              "    <description>A generated course for the benchmark, with a "
                              "description as long as a real one usually is.</description>\n",
                              i, 1 + g_rand_int_range (rand, 1, 5),
                              categories[i % G_N_ELEMENTS (categories)],
                              i % 3 == 0 ? " summer" : "", i % 2 ? "yes" : "no", i);
      if (i > 10)
        {
          /* Prerequisites point at earlier courses, so there is no cycle. */
          g_string_append (xml, "    <prerequisites>\n");
          g_string_append_printf (xml, "      <course code=\"C %05u\" min-grade=\"C\"/>\n",
                                  g_rand_int_range (rand, 0, i));
          if (i % 4 == 0)
            g_string_append_printf (xml, "      <any-of><course code=\"C %05u\"/>"
                                    "<course code=\"C %05u\"/></any-of>\n",
                                    g_rand_int_range (rand, 0, i), g_rand_int_range (rand, 0, i));
          g_string_append (xml, "    </prerequisites>\n");
        }
      g_string_append (xml, "  </course>\n");
    }

  for (guint p = 0; p < 4; p++)
    {
      g_string_append_printf (xml, "  <program id=\"p%u\" credits=\"%u\" terms=\"4\" "
                              "tuition-per-credit=\"200\">\n    <name>Program %u</name>\n",
                              p, 60 + 20 * p, p);
      for (guint g = 0; g < 10; g++)
        {
          const char *rules[] = { "rule=\"all\"", "rule=\"courses\" count=\"5\"",
                                  "rule=\"credits\" count=\"12\"" };
          g_string_append_printf (xml, "    <group id=\"g%u\" %s>\n      <title>Group %u</title>\n",
                                  g, rules[g % 3], g);
          for (guint c = 0; c < (g % 3 == 0 ? 6 : 30); c++)
            g_string_append_printf (xml, "      <course code=\"C %05u\"/>\n",
                                    (p * 997 + g * 131 + c * 17) % n_courses);
          g_string_append (xml, "    </group>\n");
        }
      g_string_append (xml, "    <group id=\"free\" rule=\"credits\" count=\"30\" pool=\"any\"/>\n"
                            "  </program>\n");
    }
  g_string_append (xml, "</catalog>\n");
  g_rand_free (rand);
  return g_string_free_to_bytes (xml);
}

static GBytes *
generate_plan (guint n_courses,
               guint n_terms)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<plan xmlns=\"" HP_PLAN_NAMESPACE "\" format=\"1\" "
                               "catalog=\"bench.hitcatalog\">\n"
                               "  <profile first-term=\"fall 2000\" credits-per-term=\"18\" "
                               "target=\"p0\">\n    <compare program=\"p1\"/>\n"
                               "    <compare program=\"p2\"/>\n    <compare program=\"p3\"/>\n"
                               "  </profile>\n");
  static const char *seasons[] = { "spring", "fall" };
  static const char *grades[] = { "A", "B+", "B", "C", "A-", "D", "B-" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint t = 0; t < n_terms; t++)
    {
      g_string_append_printf (xml, "  <term season=\"%s\" year=\"%u\">\n", seasons[t % 2],
                              2000 + t / 2);
      for (guint c = 0; c < 6; c++)
        {
          guint code = g_rand_int_range (rand, 0, n_courses);

          if (t < n_terms / 2)
            g_string_append_printf (xml, "    <course code=\"C %05u\" status=\"completed\" "
                                    "grade=\"%s\"/>\n", code, grades[(t + c) % 7]);
          else
            g_string_append_printf (xml, "    <course code=\"C %05u\"/>\n", code);
        }
      g_string_append (xml, "  </term>\n");
    }
  g_string_append (xml, "  <transfer institution=\"Elsewhere\" category=\"humanities\" "
                        "credits=\"6\"/>\n</plan>\n");
  g_rand_free (rand);
  return g_string_free_to_bytes (xml);
}

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
  g_autofree char *cpath = g_build_filename (dir, "bench.hitcatalog", NULL);
  g_autofree char *ppath = g_build_filename (dir, "bench.hitplan", NULL);
  g_autofree char *csave = g_build_filename (dir, "saved.hitcatalog", NULL);
  g_autofree char *psave = g_build_filename (dir, "saved.hitplan", NULL);
  g_autoptr(GBytes) cbytes = generate_catalog (n_courses);
  g_autoptr(GBytes) pbytes = generate_plan (n_courses, n_terms);
  g_autoptr(GFile) cfile = g_file_new_for_path (cpath);
  g_autoptr(GFile) pfile = g_file_new_for_path (ppath);
  g_autoptr(GFile) csave_file = g_file_new_for_path (csave);
  g_autoptr(GFile) psave_file = g_file_new_for_path (psave);
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GPtrArray) programs = g_ptr_array_new ();
  double load_c[RUNS], load_p[RUNS], check[RUNS], audit[RUNS], compare[RUNS];
  double save_c[RUNS], save_p[RUNS];
  double lint_c, lint_p, fmt_c, fmt_p, load, save;

  g_assert_true (g_file_set_contents (cpath, g_bytes_get_data (cbytes, NULL),
                                      g_bytes_get_size (cbytes), NULL));
  g_assert_true (g_file_set_contents (ppath, g_bytes_get_data (pbytes, NULL),
                                      g_bytes_get_size (pbytes), NULL));

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

  TIME (check, g_object_unref (hp_plan_check (plan, catalog)));
  TIME (audit, g_object_unref (hp_audit_new (plan, catalog, g_ptr_array_index (programs, 0))));
  TIME (compare, g_object_unref (hp_compare (plan, catalog, programs)));
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
  printf ("total core time %.1f ms\n", load + save + median (check) + median (audit) +
          median (compare));
  printf ("peak memory %ld kB\n", peak_rss_kb ());

  g_remove (csave);
  g_remove (psave);
  g_remove (cpath);
  g_remove (ppath);
  g_rmdir (dir);
  return 0;
}
