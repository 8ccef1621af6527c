/* test-docs.c: the complete examples in docs/file-format.md are valid files
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps the documentation true to what the code reads: every ```xml block
 * whose root is a plan or a catalog must load, and must save and load again
 * to the same bytes.
 */
#include "config.h"

#include "hp-core.h"

static void
test_examples (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "file-format.md", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) blocks = NULL;
  guint plans = 0, catalogs = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  blocks = g_strsplit (text, "```xml\n", 0);
  for (guint i = 1; blocks[i] != NULL; i++)
    {
      char *end = strstr (blocks[i], "```");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("docs/file-format.md example %u", i);

      g_assert_nonnull (end);
      *end = '\0';
      bytes = g_bytes_new (blocks[i], strlen (blocks[i]));
      if (strstr (blocks[i], "<plan ") != NULL && strstr (blocks[i], "<?xml") != NULL)
        {
          g_autoptr(HpPlan) plan = hp_plan_load_bytes (bytes, name, &error);
          g_autoptr(GBytes) saved = NULL;
          g_autoptr(HpPlan) again = NULL;

          g_assert_no_error (error);
          saved = hp_plan_to_bytes (plan);
          again = hp_plan_load_bytes (saved, name, &error);
          g_assert_no_error (error);
          g_assert_true (hp_plan_equal (plan, again));
          plans++;
        }
      else if (strstr (blocks[i], "<catalog ") != NULL && strstr (blocks[i], "<?xml") != NULL)
        {
          g_autoptr(HpCatalog) catalog = hp_catalog_load_bytes (bytes, name, &error);

          g_assert_no_error (error);
          g_assert_nonnull (catalog);
          catalogs++;
        }
    }
  g_assert_cmpuint (plans, >=, 1);
  g_assert_cmpuint (catalogs, >=, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/docs/file-format-examples", test_examples);
  return g_test_run ();
}
