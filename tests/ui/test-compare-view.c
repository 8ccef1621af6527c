/* test-compare-view.c: the Compare view, driven through its actions, against hitplan compare
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suites fix the day at 27 November 2026 (HITPLANNER_TODAY), so the
 * view and `hitplan compare --today 2026-11-27` answer for the same day.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "hp-compare-view.h"
#include "hp-view.h"
#include "hp-ui-test.h"

static HpCompareView *
compare_view (Fixture *f)
{
  return HP_COMPARE_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window), HP_TYPE_WINDOW,
                                                         "compare_view"));
}

static void
show_compare (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "compare"));
  hp_ui_test_settle (f->window);
}

static void
compare_action (Fixture    *f,
                const char *name,
                const char *program)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (compare_view (f)), name,
                                             program ? "s" : NULL, program));
  hp_ui_test_settle (f->window);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The answer a column shows to a question. */
static const char *
value (Fixture    *f,
       const char *metric,
       const char *program)
{
  g_autofree char *name = g_strdup_printf ("value:%s:%s", metric, program);
  GtkWidget *label = find_named (GTK_WIDGET (compare_view (f)), name);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
marked_best (Fixture    *f,
             const char *metric,
             const char *program)
{
  g_autofree char *name = g_strdup_printf ("value:%s:%s", metric, program);
  GtkWidget *label = find_named (GTK_WIDGET (compare_view (f)), name);

  /* value label -> its row -> the cell */
  return gtk_widget_has_css_class (gtk_widget_get_parent (gtk_widget_get_parent (label)), "best");
}

static guint
n_columns (Fixture *f)
{
  return g_list_model_get_n_items (hp_compare_view_get_paths (compare_view (f)));
}

static char *
run_hitplan_compare (void)
{
  g_autofree char *top = hp_ui_test_data_path (".", NULL);
  const char *argv[] = { g_getenv ("HITPLAN"), "compare", "--xml", "--today", "2026-11-27",
                         "data/samples/sample.hitplan", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (top, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static char *
path_attribute (xmlNode    *path,
                const char *name)
{
  xmlChar *v = xmlGetProp (path, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) v);

  xmlFree (v);
  return copy;
}

/* Every number the view shows equals hitplan compare --xml for the same
 * plan and day: programs in the same order, projected terms, terms left,
 * tuition, credits that count and credits that transfer. */
static void
test_same_as_hitplan (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *xml = run_hitplan_compare ();
  xmlDoc *doc = xmlReadMemory (xml, strlen (xml), "compare.xml", NULL, XML_PARSE_NONET);
  GListModel *paths;
  guint i = 0;

  g_assert_nonnull (doc);
  show_compare (f);
  paths = hp_compare_view_get_paths (compare_view (f));
  g_assert_cmpuint (g_list_model_get_n_items (paths), ==, 4);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "compare-paths");

  for (xmlNode *n = xmlDocGetRootElement (doc)->children; n != NULL; n = n->next)
    {
      g_autoptr(HpPath) path = NULL;
      g_autofree char *program = NULL, *projected = NULL, *terms = NULL, *tuition = NULL;
      g_autofree char *applied = NULL, *transfer = NULL;
      g_autofree char *when = NULL, *money = NULL, *credits = NULL;
      HpTermKey key;

      if (n->type != XML_ELEMENT_NODE || strcmp ((const char *) n->name, "path") != 0)
        continue;
      path = g_list_model_get_item (paths, i++);
      g_assert_nonnull (path);
      program = path_attribute (n, "program");
      g_assert_cmpstr (program, ==, path->audit->program->id);

      projected = path_attribute (n, "projected");
      g_assert_true (hp_term_key_parse (projected, &key));
      g_assert_cmpuint (key, ==, path->audit->projected);
      when = hp_term_key_format (key);
      g_assert_cmpstr (value (f, "graduation", program), ==, when);

      terms = path_attribute (n, "terms-left");
      g_assert_cmpuint (g_ascii_strtoull (terms, NULL, 10), ==, path->terms_left);

      tuition = path_attribute (n, "remaining-tuition");
      g_assert_cmpfloat (g_ascii_strtod (tuition, NULL), ==, path->remaining_tuition);
      money = hp_format_money (path->remaining_tuition, "USD");
      g_assert_cmpstr (value (f, "tuition", program), ==, money);

      applied = path_attribute (n, "credits-applied");
      credits = g_strdup_printf ("%s credits", applied);
      g_assert_cmpstr (value (f, "applied", program), ==, credits);

      transfer = path_attribute (n, "transfer-credits");
      if (transfer != NULL)
        {
          g_autofree char *text = g_strdup_printf ("%s credits", transfer);
          g_assert_cmpstr (value (f, "transfer", program), ==, text);
        }
      else
        g_assert_cmpstr (value (f, "transfer", program), ==, "—");
    }
  g_assert_cmpuint (i, ==, 4);
  xmlFreeDoc (doc);

  /* The best of a row is marked: the AAS has nothing left to take and the
   * fewest terms; the BS, the most credentials... no: AAS and BS lead to
   * RHIT, the AAS to four credentials in all, the most. */
  g_assert_cmpstr (value (f, "remaining", "aas-hit"), ==, "0 credits");
  g_assert_true (marked_best (f, "remaining", "aas-hit"));
  g_assert_false (marked_best (f, "remaining", "bs-him"));
  g_assert_true (marked_best (f, "graduation", "aas-hit"));
  g_assert_true (marked_best (f, "credentials", "aas-hit"));
  g_assert_cmpstr (value (f, "credentials", "aas-hit"), ==, "RHIT, CCA, CCS, CPC");
}

/* Choosing the columns is an edit of the plan: one step to undo; the
 * target cannot be taken away. */
static void
test_choose_programs (Fixture       *f,
                      gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);

  show_compare (f);
  g_assert_cmpuint (n_columns (f), ==, 4);
  compare_action (f, "compare.toggle-program", "bs-him");
  g_assert_cmpuint (n_columns (f), ==, 3);
  g_assert_cmpuint (plan->compare_programs->len, ==, 2);
  g_assert_cmpstr (hp_document_get_undo_label (hp_window_get_document (f->window)), ==,
                   "Change the Programs Compared");
  compare_action (f, "compare.toggle-program", "aas-hit");
  g_assert_cmpuint (n_columns (f), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  g_assert_cmpuint (n_columns (f), ==, 4);
}

/* A what-if audit shows the record against another program and changes
 * nothing; "Aim at This" changes the target, and undo changes it back. */
static void
test_what_if_and_target (Fixture       *f,
                         gconstpointer  data)
{
  HpDocument *document = hp_window_get_document (f->window);
  GtkWidget *panel;

  show_compare (f);
  panel = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (compare_view (f)),
                                                     HP_TYPE_COMPARE_VIEW, "audit_panel"));
  compare_action (f, "compare.audit", "bs-him");
  g_assert_true (gtk_widget_get_visible (panel));
  g_assert_false (hp_document_get_modified (document));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "compare-audit");
  hp_ui_test_set_style ("dark");
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "compare-audit-dark");
  hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);
  hp_ui_test_set_style (NULL);
  compare_action (f, "compare.close-audit", NULL);
  g_assert_false (gtk_widget_get_visible (panel));

  compare_action (f, "compare.set-target", "bs-him");
  g_assert_cmpstr (hp_window_get_plan (f->window)->target_program, ==, "bs-him");
  g_assert_cmpstr (hp_document_get_undo_label (document), ==,
                   "Aim at BS in Health Information Management");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (hp_window_get_plan (f->window)->target_program, ==, "aas-hit");
}

/* Every answer opens into its reasons. */
static void
test_why (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  GtkWidget *stack[64];
  guint top = 0;
  GtkExpander *time = NULL;

  show_compare (f);
  stack[top++] = GTK_WIDGET (compare_view (f));
  while (top > 0)
    {
      GtkWidget *w = stack[--top];

      if (GTK_IS_EXPANDER (w))
        g_ptr_array_add (expanders, w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && top < G_N_ELEMENTS (stack);
           c = gtk_widget_get_next_sibling (c))
        stack[top++] = c;
    }
  /* A "Why" under each of 9 answers in 4 columns. */
  g_assert_cmpuint (expanders->len, ==, 9 * 4);
  for (guint i = 0; i < expanders->len; i++)
    {
      GtkExpander *e = g_ptr_array_index (expanders, i);
      GtkWidget *answer = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (e)));
      GtkWidget *label = gtk_widget_get_first_child (answer);

      g_assert_true (GTK_IS_LABEL (gtk_expander_get_child (e)));
      g_assert_cmpuint (strlen (gtk_label_get_label (GTK_LABEL (gtk_expander_get_child (e)))), >, 0);
      if (g_strcmp0 (gtk_widget_get_name (label), "value:graduation:bs-him") == 0)
        time = e;
    }
  g_assert_nonnull (time);
  gtk_expander_set_expanded (time, TRUE);
  hp_ui_test_settle (f->window);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (gtk_expander_get_child (time))),
                            "Fall 2029: HIM 450"));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "compare-why");
}

/* In a narrow window the comparison stays readable: the programs stand one
 * under the other, the view fits the window's width, every answer and every
 * Best is still there; wide again, the columns come back. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  static const int widths[] = { 600, 360 };

  show_compare (f);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *name = g_strdup_printf ("compare-narrow-%d", widths[i]);

      hp_ui_test_resize (f->window, widths[i]);
      g_assert_true (hp_view_get_narrow (HP_VIEW (compare_view (f))));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (compare_view (f))), <=, widths[i]);
      g_assert_cmpstr (value (f, "graduation", "bs-him"), ==, "Fall 2029");
      g_assert_true (marked_best (f, "tuition", "cert-coding"));
      /* Nothing wider than the window: no sideways scrolling. */
      {
        GtkWidget *table = GTK_WIDGET (gtk_widget_get_template_child (
          GTK_WIDGET (compare_view (f)), HP_TYPE_COMPARE_VIEW, "table"));
        int min = 0;

        gtk_widget_measure (table, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
        g_assert_cmpint (min, <=, widths[i]);
      }
      hp_ui_test_screenshot (GTK_WINDOW (f->window), name);
    }
  hp_ui_test_resize (f->window, 1100);
  g_assert_false (hp_view_get_narrow (HP_VIEW (compare_view (f))));
  g_assert_cmpstr (value (f, "graduation", "bs-him"), ==, "Fall 2029");
}

int
main (int    argc,
      char **argv)
{
  int skip = hp_ui_test_init (&argc, &argv);

  if (skip != 0)
    return skip;

  hp_ui_test_add ("/compare/same-as-hitplan", test_same_as_hitplan);
  hp_ui_test_add ("/compare/choose-programs", test_choose_programs);
  hp_ui_test_add ("/compare/what-if-and-target", test_what_if_and_target);
  hp_ui_test_add ("/compare/why", test_why);
  hp_ui_test_add ("/compare/narrow", test_narrow);
  return hp_ui_test_run ();
}
