/* test-exam-view.c: the Exam Prep view, driven through its actions, against hitplan readiness
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suites fix the day at 27 November 2026 (HITPLANNER_TODAY), so the
 * view and `hitplan readiness --today 2026-11-27` answer for the same day.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <string.h>

#include "hp-chart.h"
#include "hp-exam-view.h"
#include "hp-form.h"
#include "hp-ui-test.h"

static HpExamView *
exam_view (Fixture *f)
{
  return HP_EXAM_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window), HP_TYPE_WINDOW,
                                                      "exam_view"));
}

static void
show_exam (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "exam"));
  hp_ui_test_settle (f->window);
}

static void
exam_action (Fixture    *f,
             const char *name,
             const char *format,
             ...)
{
  g_autoptr(GVariant) parameter = NULL;
  va_list args;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_ref_sink (g_variant_new_va (format, NULL, &args));
      va_end (args);
    }
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (exam_view (f)), name, parameter));
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

static const char *
label_named (Fixture    *f,
             const char *name)
{
  GtkWidget *label = find_named (GTK_WIDGET (exam_view (f)), name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

/* Scrolls the view so that the widget named @name is at its top. */
static void
scroll_to (Fixture    *f,
           const char *name)
{
  GtkWidget *target = find_named (GTK_WIDGET (exam_view (f)), name);
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (
    GTK_WIDGET (exam_view (f)), HP_TYPE_EXAM_VIEW, "scroller"));
  GtkWidget *content = gtk_scrolled_window_get_child (scroller);
  double x = 0, y = 0;

  g_assert_nonnull (target);
  g_assert_true (gtk_widget_translate_coordinates (target, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), y);
  hp_ui_test_settle (f->window);
}

static GtkWindow *
find_form (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (gtk_widget_get_visible (GTK_WIDGET (w)) &&
          g_strcmp0 (gtk_window_get_title (w), title) == 0)
        return w;
    }
  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        g_ptr_array_add (found, c);
      collect (c, type, found);
    }
}

/* The plan's first exam target (the plan keeps it). */
static HpExamTarget *
first_exam (Fixture *f)
{
  HpExamTarget *exam = g_list_model_get_item (G_LIST_MODEL (hp_window_get_plan (f->window)->exams), 0);

  g_object_unref (exam);
  return exam;
}

static char *
run_hitplan_readiness (void)
{
  g_autofree char *top = hp_ui_test_data_path (".", NULL);
  const char *argv[] = { g_getenv ("HITPLAN"), "readiness", "--xml", "--today", "2026-11-27",
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

static double
number_attribute (xmlNode    *node,
                  const char *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *) name);
  double value;

  g_assert_nonnull (v);
  value = g_ascii_strtod ((const char *) v, NULL);
  xmlFree (v);
  return value;
}

/* The view's readiness equals hitplan readiness --xml for the same plan
 * and day, domain by domain; the countdown, the eligibility and both
 * charts are there, with their summaries for screen readers. */
static void
test_same_as_hitplan (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *xml = run_hitplan_readiness ();
  xmlDoc *doc = xmlReadMemory (xml, strlen (xml), "readiness.xml", NULL, XML_PARSE_NONET);
  xmlNode *root;
  HpReadiness *r;
  guint domains = 0;

  g_assert_nonnull (doc);
  show_exam (f);
  r = hp_exam_view_get_readiness (exam_view (f));
  g_assert_nonnull (r);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpfloat_with_epsilon (r->projected, number_attribute (root, "projected"), 0.05);
  g_assert_cmpfloat_with_epsilon (r->band, number_attribute (root, "band"), 0.05);
  g_assert_cmpint (r->days_left, ==, (int) number_attribute (root, "days-left"));
  for (xmlNode *n = root->children; n != NULL; n = n->next)
    {
      g_autoptr(HpDomainReadiness) d = NULL;

      if (n->type != XML_ELEMENT_NODE || strcmp ((const char *) n->name, "domain") != 0)
        continue;
      d = g_list_model_get_item (G_LIST_MODEL (r->domains), domains++);
      g_assert_cmpfloat_with_epsilon (100 * d->mastery, number_attribute (n, "mastery"), 0.05);
      g_assert_cmpfloat_with_epsilon (d->hours_suggested, number_attribute (n, "hours-suggested"),
                                      1e-9);
    }
  g_assert_cmpuint (domains, ==, 6);
  xmlFreeDoc (doc);

  g_assert_cmpstr (label_named (f, "countdown"), ==, "419 days left · exam on 2028-01-20");
  g_assert_true (g_str_has_suffix (label_named (f, "eligibility"),
                                   "Your AAS in Health Information Technology is projected to "
                                   "finish in Fall 2027: eligible after 2027-12-31, or from "
                                   "2027-08-15 by early testing."));
  g_assert_cmpstr (label_named (f, "readiness-summary"), ==,
                   "Projected 68% (likely 62% to 73%) against your goal of 70%: it could go "
                   "either way.");
  /* The weakest domain first, with its hours. */
  g_assert_true (g_str_has_prefix (label_named (f, "domain:rhit-3"),
                                   "1. Data Analytics and Use — 54% ± 15"));
  g_assert_cmpuint (hp_chart_get_n_items (HP_CHART (hp_exam_view_get_chart (exam_view (f), TRUE))),
                    ==, 6);
  g_assert_true (g_str_has_prefix (hp_chart_get_summary (HP_CHART (hp_exam_view_get_chart (exam_view (f), TRUE))),
                                   "Practice scores over time: Data Content, Structure and "
                                   "Information Governance from 60% on 2026-09-18 to 85% on "
                                   "2026-11-13"));
  g_assert_true (g_str_has_prefix (hp_chart_get_summary (HP_CHART (hp_exam_view_get_chart (exam_view (f), FALSE))),
                                   "Mastery of each domain beside its share of the exam: "));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam");
  scroll_to (f, "bars-chart");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-domains");
  scroll_to (f, "practice-log");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-log");
  scroll_to (f, "continuing-education");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-bottom");
  scroll_to (f, "exam-header");
  hp_ui_test_set_style ("dark");
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-dark");
  hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);
  hp_ui_test_set_style (NULL);
  hp_ui_test_settle (f->window);
}

/* Practice tests and study time through the forms and the actions: each
 * one step to undo; the readiness follows. */
static void
test_log_practice (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  double before;
  GtkWindow *form;

  show_exam (f);
  before = hp_exam_view_get_readiness (exam_view (f))->projected;

  /* Through the form: all six domains at 19 of 20 today. */
  exam_action (f, "exam.practice-dialog", "i", -1);
  form = find_form ("Log RHIT Practice Test");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-practice");
  collect (GTK_WIDGET (form), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 12);
  for (guint i = 0; i < spins->len; i++)
    gtk_spin_button_set_value (g_ptr_array_index (spins, i), i % 2 ? 20 : 19);
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_null (find_form ("Log RHIT Practice Test"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first_exam (f)->tests)), ==, 6);
  g_assert_cmpfloat (hp_exam_view_get_readiness (exam_view (f))->projected, >, before);
  g_assert_cmpstr (hp_document_get_undo_label (hp_window_get_document (f->window)), ==,
                   "Log Practice Test");

  /* Study time, through its action. */
  exam_action (f, "exam.add-study", "(sssd)", "RHIT", "2026-11-26", "rhit-6", 1.5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first_exam (f)->study)), ==, 5);

  /* Undo both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first_exam (f)->tests)), ==, 5);
  g_assert_cmpfloat_with_epsilon (hp_exam_view_get_readiness (exam_view (f))->projected, before,
                                  1e-9);

  /* A score that makes no sense is refused, with the reason in the window. */
  exam_action (f, "exam.save-practice", "(sissa(sdd)dd)", "RHIT", -1, "2026-11-26", "",
               NULL, 30.0, 20.0);
  g_assert_nonnull (hp_window_get_error (f->window));
  g_assert_true (g_str_has_prefix (hp_window_get_error (f->window), "A practice test needs"));
}

/* A second exam: the drop-down chooses; with no practice, the view says
 * how to start; its facts come from the catalog, with the body's share
 * that passes as the goal. */
static void
test_second_exam (Fixture       *f,
                  gconstpointer  data)
{
  GtkDropDown *choice;
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  GtkWindow *form;

  show_exam (f);
  exam_action (f, "exam.add-exam-dialog", NULL);
  form = find_form ("Add Exam Target");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-exam");
  gtk_window_destroy (form);

  exam_action (f, "exam.set", "(ssdd)", "CPC", "2027-06-15", 0.0, 4.0);
  g_assert_cmpstr (hp_exam_view_get_readiness (exam_view (f))->credential->id, ==, "CPC");
  g_assert_cmpstr (label_named (f, "readiness-summary"), ==,
                   "No practice scores yet: log a practice test to see how close you are to your "
                   "goal of 70%.");
  g_assert_null (hp_exam_view_get_chart (exam_view (f), TRUE));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-no-practice");

  /* Back to RHIT through the drop-down. */
  collect (GTK_WIDGET (exam_view (f)), GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 1);
  choice = g_ptr_array_index (dropdowns, 0);
  gtk_drop_down_set_selected (choice, 0);
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (hp_exam_view_get_readiness (exam_view (f))->credential->id, ==, "RHIT");

  /* A bad date is refused with how to write one. */
  exam_action (f, "exam.set", "(ssdd)", "CPC", "next June", 0.0, 4.0);
  g_assert_true (g_str_has_prefix (hp_window_get_error (f->window), "“next June” is not a date"));
}

/* Continuing education: the sample's CCA cycle, hours logged through the
 * form, removed again; a credential held added. */
static void
test_continuing_education (Fixture       *f,
                           gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  GListModel *ce;
  g_autoptr(HpCeStatus) status = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GtkWindow *form;

  show_exam (f);
  ce = hp_exam_view_get_ce (exam_view (f));
  g_assert_cmpuint (g_list_model_get_n_items (ce), ==, 1);
  status = g_list_model_get_item (ce, 0);
  g_assert_cmpfloat (status->required, ==, 20);
  g_assert_cmpfloat (status->done, ==, 4.5);
  g_assert_null (status->warning);
  g_assert_null (find_named (GTK_WIDGET (exam_view (f)), "ce-warning"));

  exam_action (f, "exam.ce-dialog", NULL);
  form = find_form ("Log Continuing Education");
  g_assert_nonnull (form);
  collect (GTK_WIDGET (form), GTK_TYPE_ENTRY, entries);
  /* date, title, provider (the spin button's entry is not a GtkEntry) */
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "Privacy and release of information");
  hp_ui_test_screenshot (form, "form-ce");
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->ce_entries)), ==, 4);
  g_clear_object (&status);
  status = g_list_model_get_item (hp_exam_view_get_ce (exam_view (f)), 0);
  g_assert_cmpfloat (status->done, ==, 5.5);
  g_assert_cmpfloat (status->share_done, ==, 4.5);  /* HIIM is the form's default */

  exam_action (f, "exam.remove-ce", "u", 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->ce_entries)), ==, 3);

  exam_action (f, "exam.add-held", "(ss)", "RHIA", "2026-01-15");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->held)), ==, 2);
  g_clear_object (&status);
  status = g_list_model_get_item (hp_exam_view_get_ce (exam_view (f)), 0);
  /* RHIA first (2026-01-15): its cycle, 30 hours; the CCA adds 10 from the next one. */
  g_assert_cmpfloat (status->required, ==, 30);
  g_assert_cmpuint (status->notes->len, ==, 1);
  scroll_to (f, "continuing-education");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-ce");
}

/* At start, a notification for a cycle that ends within 90 days with hours
 * missing: the sample's CCA cycle ends 2028-06-29; on 2028-04-15, 75 days
 * before, 15.5 of its 20 hours are missing. */
static void
test_reminder (Fixture       *f,
               gconstpointer  data)
{
  GDate day;

  g_assert_true (hp_date_parse ("2026-11-27", &day));
  g_assert_cmpuint (hp_application_remind (f->app, hp_window_get_document (f->window), &day), ==, 0);
  g_assert_true (hp_date_parse ("2028-04-15", &day));
  g_assert_cmpuint (hp_application_remind (f->app, hp_window_get_document (f->window), &day), ==, 1);
  g_assert_cmpstr (hp_application_get_last_reminder (f->app), ==,
                   "Continuing education due for CCA: 15.5 hours still to log by 2028-06-29, in "
                   "75 days");
}

/* A plan with nothing to prepare: the view says what to do first. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "aas-hit", HP_TERM_KEY (2027, HP_SEASON_FALL)));
  hp_ui_test_settle (f->window);
  show_exam (f);
  g_assert_nonnull (find_named (GTK_WIDGET (exam_view (f)), "no-exam"));
  g_assert_null (hp_exam_view_get_readiness (exam_view (f)));
  /* No credential held: no hours to log. */
  gtk_widget_activate_action (GTK_WIDGET (exam_view (f)), "exam.ce-dialog", NULL);
  hp_ui_test_settle (f->window);
  g_assert_null (find_form ("Log Continuing Education"));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-empty");
  hp_ui_test_set_style ("dark");
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "exam-empty-dark");
  hp_ui_test_set_style (NULL);
  hp_ui_test_settle (f->window);
}

/* Narrow windows: nothing wider than the window, the charts included. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  static const int widths[] = { 600, 360 };

  show_exam (f);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *name = g_strdup_printf ("exam-narrow-%d", widths[i]);
      GtkWidget *chart;

      hp_ui_test_resize (f->window, widths[i]);
      chart = hp_exam_view_get_chart (exam_view (f), TRUE);
      g_assert_nonnull (chart);
      g_assert_cmpint (gtk_widget_get_width (chart), <=, widths[i]);
      g_assert_cmpint (gtk_widget_get_width (chart), >, 0);
      hp_ui_test_screenshot (GTK_WINDOW (f->window), name);
    }
}

int
main (int    argc,
      char **argv)
{
  int skip = hp_ui_test_init (&argc, &argv);

  if (skip != 0)
    return skip;

  hp_ui_test_add ("/exam/same-as-hitplan", test_same_as_hitplan);
  hp_ui_test_add ("/exam/log-practice", test_log_practice);
  hp_ui_test_add ("/exam/second-exam", test_second_exam);
  hp_ui_test_add ("/exam/continuing-education", test_continuing_education);
  hp_ui_test_add ("/exam/empty", test_empty);
  hp_ui_test_add ("/exam/narrow", test_narrow);
  hp_ui_test_add ("/exam/reminder", test_reminder);

  return hp_ui_test_run ();
}
