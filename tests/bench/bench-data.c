/* bench-data.c: generated catalogs and plans for the benchmarks
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A catalog of N courses whose prerequisites point at earlier courses (so
 * there is no cycle), four programs of ten groups, and a plan of T terms of
 * six courses, the first half completed with grades.  Seeded: every run
 * generates the same files.
 */
#include "config.h"

#include "bench-data.h"
#include "hp-core.h"

static const char *categories[] = { "hit", "science", "math", "english", "humanities", "him" };

GBytes *
bench_generate_catalog (guint n_courses)
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

GBytes *
bench_generate_plan (guint n_courses,
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

/* Writes bench.hitcatalog and bench.hitplan (which names it) into @dir. */
gboolean
bench_write_files (const char *dir,
                   guint       n_courses,
                   guint       n_terms,
                   char      **catalog_path,
                   char      **plan_path)
{
  g_autoptr(GBytes) catalog = bench_generate_catalog (n_courses);
  g_autoptr(GBytes) plan = bench_generate_plan (n_courses, n_terms);

  *catalog_path = g_build_filename (dir, "bench.hitcatalog", NULL);
  *plan_path = g_build_filename (dir, "bench.hitplan", NULL);
  return g_file_set_contents (*catalog_path, g_bytes_get_data (catalog, NULL),
                              g_bytes_get_size (catalog), NULL) &&
         g_file_set_contents (*plan_path, g_bytes_get_data (plan, NULL), g_bytes_get_size (plan),
                              NULL);
}
