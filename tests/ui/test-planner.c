/* test-planner.c: the semester planner driven through its actions, as a user would
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new plan, adding and moving courses, a grade, undo and redo, saving
 * through the real file chooser, reopening and comparing the XML; problems on
 * cards and in the list; exceptions; drag and drop; the catalog search; the
 * unsaved-changes question; a file changed on disk; a narrow window.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hp-form.h"
#include "hp-plan-view.h"
#include "hp-ui-test.h"
#include "hp-view.h"

#define FALL26   HP_TERM_KEY (2026, HP_SEASON_FALL)
#define SPRING27 HP_TERM_KEY (2027, HP_SEASON_SPRING)
#define SUMMER27 HP_TERM_KEY (2027, HP_SEASON_SUMMER)
#define FALL27   HP_TERM_KEY (2027, HP_SEASON_FALL)

static HpPlanView *
plan_view (Fixture *f)
{
  return HP_PLAN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window), HP_TYPE_WINDOW,
                                                      "plan_view"));
}

static void
plan_action (Fixture    *f,
             const char *name,
             const char *format,
             ...)
{
  va_list args;
  g_autoptr(GVariant) parameter = NULL;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_ref_sink (g_variant_new_va (format, NULL, &args));
      va_end (args);
    }
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (plan_view (f)), name, parameter));
  hp_ui_test_settle (f->window);
}

static void
win_action (Fixture    *f,
            const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), name, NULL));
  hp_ui_test_settle (f->window);
}

static HpPlanEntry *
entry_at (Fixture   *f,
          HpTermKey  key,
          guint      index)
{
  HpPlanTerm *term = hp_plan_find_term (hp_window_get_plan (f->window), key);
  HpPlanEntry *entry;

  g_assert_nonnull (term);
  entry = g_list_model_get_item (G_LIST_MODEL (term->entries), index);
  g_assert_nonnull (entry);
  g_object_unref (entry);
  return entry;
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

static GtkLabel *
label_containing (GtkWidget  *widget,
                  const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), text) != NULL)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_gone (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL;
}

/* Answers the real Save dialog as a user would: a folder, a name, Save. */
static void
save_through_chooser (Fixture    *f,
                      const char *dir,
                      const char *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkWindow *dialog;

  win_action (f, "win.save");
  hp_ui_test_wait_until (chooser_shown, NULL);
  dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  /* The dialog checks the name (asynchronously) before it answers. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  hp_ui_test_wait_until (chooser_gone, NULL);
  hp_ui_test_settle (f->window);
}

/* The header bar's plan name and the state below it. */
static const char *
header_text (Fixture    *f,
             const char *which)
{
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                        HP_TYPE_WINDOW, which)));
}

static void
test_edit_save_reopen (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-planner-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Ana.hitplan", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HpPlan *plan;
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:io.github.hitplanner:plan\" format=\"4\" catalog=\"hit-example\">\n"
    "  <profile first-term=\"fall 2026\" target=\"aas-hit\"/>\n"
    "  <term season=\"fall\" year=\"2026\">\n"
    "    <course code=\"HIT 100\" status=\"completed\" grade=\"A\"/>\n"
    "  </term>\n"
    "  <term season=\"spring\" year=\"2027\">\n"
    "    <course code=\"HIT 110\" status=\"planned\"/>\n"
    "  </term>\n"
    "</plan>\n";

  /* A new plan for the AAS, starting in Fall 2026. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "aas-hit", FALL26));
  hp_ui_test_settle (f->window);
  plan = hp_window_get_plan (f->window);
  g_assert_cmpstr (plan->target_program, ==, "aas-hit");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->terms)), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "Untitled Plan — HIT Study Planner");
  g_assert_cmpstr (hp_window_get_view (f->window), ==, "plan");

  /* Add two courses, move one to the next term, grade the other. */
  plan_action (f, "plan.add-course", "(su)", "HIT 100", FALL26);
  plan_action (f, "plan.add-course", "(su)", "HIT 110", FALL26);
  g_assert_nonnull (hp_plan_view_find_card (plan_view (f), FALL26, "HIT 110"));
  plan_action (f, "plan.move-next", "(uu)", FALL26, 1);
  g_assert_cmpstr (entry_at (f, SPRING27, 0)->course, ==, "HIT 110");
  g_assert_nonnull (hp_plan_view_find_card (plan_view (f), SPRING27, "HIT 110"));
  g_assert_null (hp_plan_view_find_card (plan_view (f), FALL26, "HIT 110"));
  plan_action (f, "plan.set-entry", "(uussd)", FALL26, 0, "completed", "A", -1.0);
  g_assert_cmpstr (entry_at (f, FALL26, 0)->grade, ==, "A");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "•"));
  /* Inside the window too, not only in the desktop's window list. */
  g_assert_cmpstr (header_text (f, "title_label"), ==, "Untitled Plan");
  g_assert_cmpstr (header_text (f, "subtitle_label"), ==, "Unsaved changes");

  /* Undo and redo (Ctrl+Z, Ctrl+Shift+Z) walk the history. */
  win_action (f, "win.undo");
  g_assert_null (entry_at (f, FALL26, 0)->grade);
  win_action (f, "win.undo");
  g_assert_cmpstr (entry_at (f, FALL26, 1)->course, ==, "HIT 110");
  win_action (f, "win.redo");
  win_action (f, "win.redo");
  g_assert_cmpstr (entry_at (f, FALL26, 0)->grade, ==, "A");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL) &&
                  hp_document_can_redo (hp_window_get_document (f->window)));

  /* Save through the real dialog; the title loses its mark. */
  save_through_chooser (f, dir, "Ana.hitplan");
  g_assert_null (hp_window_get_error (f->window));
  g_assert_true (g_file_equal (hp_window_get_file (f->window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "Ana.hitplan — HIT Study Planner");
  g_assert_cmpstr (header_text (f, "title_label"), ==, "Ana.hitplan");
  g_assert_true (g_str_has_prefix (header_text (f, "subtitle_label"), "Saved at "));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-saved");
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, expected);

  /* Reopen: the same plan comes back. */
  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (entry_at (f, FALL26, 0)->grade, ==, "A");
  g_assert_cmpstr (entry_at (f, SPRING27, 0)->course, ==, "HIT 110");
  g_assert_false (hp_document_get_modified (hp_window_get_document (f->window)));

  g_remove (path);
  g_rmdir (dir);
}

static guint
find_problem (HpPlanView  *view,
              const char  *course,
              HpProblemKind kind)
{
  GListModel *problems = hp_plan_view_get_problems (view);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (problems, i);
      if (g_strcmp0 (p->course, course) == 0 && p->kind == kind)
        return i;
    }
  g_assert_not_reached ();
}

static void
test_problems (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = hp_ui_test_data_path ("tests", "fixtures", "plans", "problems.hitplan",
                                                NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HpPlanView *view = plan_view (f);
  HpTermKey summer = HP_TERM_KEY (2027, HP_SEASON_SUMMER);
  HpCourseCard *card;
  g_autoptr(HpProblem) offering = NULL;
  guint position;

  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);

  /* The same problems as the core's, each on its card and in the list. */
  g_assert_cmpuint (g_list_model_get_n_items (hp_plan_view_get_problems (view)), ==, 10);
  card = hp_plan_view_find_card (view, SPRING27, "HIT 230");
  g_assert_nonnull (card);
  g_assert_cmpuint (hp_course_card_get_n_problems (card), ==, 2);
  /* Two problems: one warning mark with its count, not two alike. */
  {
    g_autoptr(GPtrArray) images = g_ptr_array_new ();

    collect (GTK_WIDGET (card), GTK_TYPE_IMAGE, images);
    g_assert_cmpuint (images->len, ==, 1);
    g_assert_nonnull (label_containing (GTK_WIDGET (card), "2"));
  }
  g_assert_cmpuint (hp_course_card_get_n_problems (hp_plan_view_find_card (view, FALL26,
                                                                           "BIO 105")), ==, 0);
  g_assert_nonnull (strstr (hp_plan_view_get_status (view), "First blocker: HIT 999 is not in"));

  /* Activating a problem selects its card. */
  position = find_problem (view, "HIT 150", HP_PROBLEM_PREREQUISITE);
  plan_action (f, "plan.select-problem", "u", position);
  g_assert_true (hp_plan_view_get_selected_card (view) ==
                 hp_plan_view_find_card (view, SPRING27, "HIT 150"));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-problems");

  /* An advisor allows HIT 210 in the summer: the problem shows as resolved. */
  position = find_problem (view, "HIT 210", HP_PROBLEM_OFFERING);
  plan_action (f, "plan.record-exception", "(uss)", position, "Coding chair",
               "Summer section approved");
  position = find_problem (view, "HIT 210", HP_PROBLEM_OFFERING);
  offering = g_list_model_get_item (hp_plan_view_get_problems (view), position);
  g_assert_nonnull (offering->resolved_by);
  g_assert_cmpstr (offering->resolved_by->target, ==, "summer 2027");
  g_assert_cmpstr (offering->resolved_by->approved_by, ==, "Coding chair");
  g_assert_cmpuint (hp_course_card_get_n_problems (hp_plan_view_find_card (view, summer,
                                                                           "HIT 210")), ==, 0);
  /* It is one edit: undo takes it back. */
  win_action (f, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hp_window_get_plan (f->window)->exceptions)),
                    ==, 1);
  /* Leave without saving: discard when asked. */
  hp_document_undo (hp_window_get_document (f->window));
}

static void
test_drop_and_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  HpPlanView *view = plan_view (f);
  HpTermKey fall27 = HP_TERM_KEY (2027, HP_SEASON_FALL);
  HpTermColumn *column;
  HpCourseCard *card;
  guint before;

  /* The sample: drop a catalog course on Fall 2027, the last term.  Only
   * terms on screen have columns: scroll there first, as a user would. */
  hp_plan_view_show_term (view, fall27);
  hp_ui_test_settle (f->window);
  column = hp_plan_view_find_column (view, fall27);
  g_assert_nonnull (column);
  before = g_list_model_get_n_items (G_LIST_MODEL (hp_plan_find_term (hp_window_get_plan (f->window),
                                                                      fall27)->entries));
  g_assert_true (hp_term_column_accept_drop (column, "course\nHIM 310"));
  hp_ui_test_settle (f->window);
  g_assert_nonnull (hp_plan_view_find_card (view, fall27, "HIM 310"));

  /* Drag that card onto Spring 2027. */
  column = hp_plan_view_find_column (view, SPRING27);

  {
    g_autofree char *drag = g_strdup_printf ("entry\n%u\n%u", fall27, before);
    g_assert_true (hp_term_column_accept_drop (column, drag));
  }
  hp_ui_test_settle (f->window);
  g_assert_null (hp_plan_view_find_card (view, fall27, "HIM 310"));
  card = hp_plan_view_find_card (view, SPRING27, "HIM 310");
  g_assert_nonnull (card);
  /* The board was rebuilt: look the column up again. */
  column = hp_plan_view_find_column (view, SPRING27);
  g_assert_false (hp_term_column_accept_drop (column, "something else"));

  /* The keyboard: Alt+Right moves it on, Delete removes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.move-next", NULL));
  hp_ui_test_settle (f->window);
  card = hp_plan_view_find_card (view, fall27, "HIM 310");
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.remove", NULL));
  hp_ui_test_settle (f->window);
  g_assert_null (hp_plan_view_find_card (view, fall27, "HIM 310"));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-board");
}

/* The card's editor: status and grade in a popover, sent as one edit when
 * it closes. */
static void
test_card_editor (Fixture       *f,
                  gconstpointer  data)
{
  HpPlanView *view = plan_view (f);
  HpCourseCard *card = hp_plan_view_find_card (view, FALL26, "HIT 130");
  g_autoptr(GPtrArray) popovers = g_ptr_array_new ();
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  HpPlanEntry *entry;

  g_assert_nonnull (card);
  hp_course_card_open_editor (card);
  hp_ui_test_settle (f->window);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (card)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c))
      g_ptr_array_add (popovers, c);
  g_assert_cmpuint (popovers->len, ==, 1);
  g_assert_true (gtk_widget_get_visible (g_ptr_array_index (popovers, 0)));

  collect (g_ptr_array_index (popovers, 0), GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 0), HP_STATUS_COMPLETED);
  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 1), 4);  /* —, A, A-, B+, B */
  gtk_popover_popdown (g_ptr_array_index (popovers, 0));
  hp_ui_test_settle (f->window);

  entry = entry_at (f, FALL26, 0);
  g_assert_cmpstr (entry->course, ==, "HIT 130");
  g_assert_cmpint (entry->status, ==, HP_STATUS_COMPLETED);
  g_assert_cmpstr (entry->grade, ==, "B");
  g_assert_cmpstr (hp_document_get_undo_label (hp_window_get_document (f->window)), ==,
                   "Change HIT 130");
  win_action (f, "win.undo");
  g_assert_cmpint (entry_at (f, FALL26, 0)->status, ==, HP_STATUS_IN_PROGRESS);
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

static gpointer
nth_of_type (GtkWindow *window,
             GType      type,
             guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (GTK_WIDGET (window), type, found);
  g_assert_cmpuint (found->len, >, n);
  return g_ptr_array_index (found, n);
}


/* File ▸ New offers the next fall; the plan starts in the term chosen. */
static void
test_new_form (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int next_fall = g_date_time_get_year (now) + (g_date_time_get_month (now) > 8);
  GtkWindow *form;
  GtkDropDown *season;
  GtkSpinButton *year;
  HpPlan *plan;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL));
  form = find_form ("New Plan");
  g_assert_nonnull (form);
  season = nth_of_type (form, GTK_TYPE_DROP_DOWN, 1);
  year = nth_of_type (form, GTK_TYPE_SPIN_BUTTON, 0);
  g_assert_cmpuint (hp_form_get_term (season, year), ==, HP_TERM_KEY (next_fall, HP_SEASON_FALL));
  hp_ui_test_screenshot (form, "form-new-plan");

  gtk_drop_down_set_selected (season, 2);  /* spring */
  gtk_spin_button_set_value (year, 2031);
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  plan = hp_window_get_plan (f->window);
  g_assert_cmpuint (plan->first_term, ==, HP_TERM_KEY (2031, HP_SEASON_SPRING));
  g_assert_nonnull (hp_plan_find_term (plan, HP_TERM_KEY (2031, HP_SEASON_SPRING)));
}

/* The forms the Plan menu opens, filled in and accepted as a user would. */
static void
test_forms (Fixture       *f,
            gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  HpTermKey spring28 = HP_TERM_KEY (2028, HP_SEASON_SPRING);
  GtkWindow *form;
  GtkLabel *answer = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  /* Add Term suggests the term after the last one: Spring 2028. */
  plan_action (f, "plan.add-term-dialog", NULL);
  form = find_form ("Add Term");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-add-term");
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_nonnull (hp_plan_find_term (plan, spring28));
  g_assert_null (find_form ("Add Term"));

  /* Rename it to Summer 2028. */
  plan_action (f, "plan.rename-term-dialog", "u", spring28);
  form = find_form ("Rename Term");
  gtk_drop_down_set_selected (nth_of_type (form, GTK_TYPE_DROP_DOWN, 0), 3);  /* summer */
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_null (hp_plan_find_term (plan, spring28));
  g_assert_nonnull (hp_plan_find_term (plan, HP_TERM_KEY (2028, HP_SEASON_SUMMER)));

  /* Transfer credit for SOC 101. */
  plan_action (f, "plan.add-transfer-dialog", NULL);
  form = find_form ("Add Transfer Credit");
  gtk_editable_set_text (nth_of_type (form, GTK_TYPE_ENTRY, 0), "Lakeside CC");
  gtk_editable_set_text (nth_of_type (form, GTK_TYPE_ENTRY, 1), "SOC 101");
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->transfers)), ==, 3);

  /* The profile: aim at the AS instead. */
  plan_action (f, "plan.edit-profile", NULL);
  form = find_form ("Profile");
  hp_ui_test_screenshot (form, "form-profile");
  gtk_drop_down_set_selected (nth_of_type (form, GTK_TYPE_DROP_DOWN, 0), 1);  /* as-hit */
  /* Admitted to the program: off, the term inactive until it is ticked. */
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();
    GtkCheckButton *admitted = NULL;
    GtkSpinButton *admitted_year = nth_of_type (form, GTK_TYPE_SPIN_BUTTON, 2);

    collect (GTK_WIDGET (form), GTK_TYPE_CHECK_BUTTON, checks);
    for (guint i = 0; i < checks->len; i++)
      if (g_strcmp0 (gtk_check_button_get_label (checks->pdata[i]), "_Admitted in") == 0)
        admitted = checks->pdata[i];
    g_assert_nonnull (admitted);
    g_assert_false (gtk_check_button_get_active (admitted));
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (admitted_year)));
    gtk_check_button_set_active (admitted, TRUE);
    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (admitted_year)));
    gtk_spin_button_set_value (admitted_year, 2026);
  }
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (plan->target_program, ==, "as-hit");
  g_assert_cmpstr (plan->student, ==, "Jordan Rivera");
  /* The form offered the first term's season, fall. */
  g_assert_cmpuint (plan->admitted, ==, HP_TERM_KEY (2026, HP_SEASON_FALL));

  /* The GPA calculator answers for Fall 2026 (see test-audit.c: 3.0 needs 2.19, C+). */
  plan_action (f, "plan.gpa-calculator", "u", HP_TERM_KEY (2026, HP_SEASON_FALL));
  form = find_form ("GPA Calculator");
  g_assert_nonnull (form);
  collect (GTK_WIDGET (form), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (g_ptr_array_index (labels, i)), "You need"))
      answer = g_ptr_array_index (labels, i);
  g_assert_nonnull (answer);
  g_assert_cmpstr (gtk_label_get_label (answer), ==,
                   "You need an average of 2.19 (C+ or better) across this term’s 12 open credits "
                   "to reach a GPA of 3.00.");
  hp_form_accept (HP_FORM (form));

  /* Practicum hours: HIT 290 needs 90; 45 are logged. */
  {
    HpTermKey fall27 = HP_TERM_KEY (2027, HP_SEASON_FALL);
    HpPlanEntry *practicum = entry_at (f, fall27, 1);

    g_assert_cmpstr (practicum->course, ==, "HIT 290");
    plan_action (f, "plan.set-entry", "(uussd)", fall27, 1, "planned", "", 45.0);
    g_assert_cmpfloat (entry_at (f, fall27, 1)->hours, ==, 45);
  }

  /* An advisor counts PHL 110 toward the AS's social sciences. */
  plan_action (f, "plan.substitution-dialog", "s", "PHL 110");
  form = find_form ("Record Substitution");
  g_assert_nonnull (form);
  gtk_drop_down_set_selected (nth_of_type (form, GTK_TYPE_DROP_DOWN, 0), 3);  /* social-science */
  gtk_editable_set_text (nth_of_type (form, GTK_TYPE_ENTRY, 0), "Transfer counselor");
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  {
    g_autoptr(HpException) e = g_list_model_get_item (G_LIST_MODEL (plan->exceptions), 1);
    g_assert_cmpint (e->kind, ==, HP_EXCEPTION_SUBSTITUTION);
    g_assert_cmpstr (e->target, ==, "social-science");
    g_assert_cmpstr (e->program, ==, "as-hit");
    g_assert_cmpstr (e->approved_by, ==, "Transfer counselor");
  }
  plan_action (f, "plan.remove-exception", "u", 1);

  /* Remove the new transfer credit and the advisor's waiver. */
  plan_action (f, "plan.remove-transfer", "u", 2);
  plan_action (f, "plan.remove-exception", "u", 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->transfers)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->exceptions)), ==, 0);

  /* Ten edits, ten steps to undo. */
  for (int i = 0; i < 10; i++)
    win_action (f, "win.undo");
  g_assert_false (hp_document_can_undo (hp_window_get_document (f->window)));
  g_assert_cmpstr (plan->target_program, ==, "aas-hit");
}

static GtkLabel *
label_starting (GtkWindow  *window,
                const char *prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (g_ptr_array_index (labels, i)), prefix))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* An exception is an advisor's decision: the form will not record one
 * without who approved it, and the plan then says it in a whole sentence. */
static void
test_exception_form (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = hp_ui_test_data_path ("tests", "fixtures", "plans", "problems.hitplan",
                                                NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HpPlanView *view = plan_view (f);
  GListModel *exceptions;
  GtkWindow *form;
  GDate today;
  g_autofree char *date = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);
  exceptions = G_LIST_MODEL (hp_window_get_plan (f->window)->exceptions);
  g_assert_cmpuint (g_list_model_get_n_items (exceptions), ==, 1);

  /* The row's own button opens the form: one on each problem an exception
   * can resolve (prerequisites, the co-requisite, the offering), none on
   * the load, the duplicate, the unknown course or the resolved offering. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    g_autoptr(GPtrArray) shown = g_ptr_array_new ();
    GtkWidget *hit210 = NULL;

    collect (GTK_WIDGET (view), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      {
        GtkWidget *b = g_ptr_array_index (buttons, i);
        if (gtk_widget_get_visible (b) &&
            g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), "Record _Exception…") == 0)
          g_ptr_array_add (shown, b);
      }
    g_assert_cmpuint (shown->len, ==, 6);
    for (guint i = 0; i < shown->len; i++)
      if (label_containing (gtk_widget_get_parent (g_ptr_array_index (shown, i)),
                            "Summer 2027: HIT 210 is offered only in Fall"))
        hit210 = g_ptr_array_index (shown, i);
    g_assert_nonnull (hit210);
    /* A click ("activate" would animate the press on a timer first) */
    g_signal_emit_by_name (hit210, "clicked");
  }
  form = find_form ("Record Exception");
  g_assert_nonnull (label_containing (GTK_WIDGET (form), "HIT 210 is offered only in Fall"));
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-exception");
  gtk_editable_set_text (nth_of_type (form, GTK_TYPE_ENTRY, 1), "Summer section approved");
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_true (find_form ("Record Exception") == form);
  g_assert_cmpuint (g_list_model_get_n_items (exceptions), ==, 1);

  gtk_editable_set_text (nth_of_type (form, GTK_TYPE_ENTRY, 0), "Coding chair");
  hp_form_accept (HP_FORM (form));
  hp_ui_test_settle (f->window);
  g_assert_null (find_form ("Record Exception"));
  g_assert_cmpuint (g_list_model_get_n_items (exceptions), ==, 2);

  hp_date_set_today (&today);
  date = hp_date_to_string (&today);
  expected = g_strdup_printf ("Coding chair allowed HIT 210 in Summer 2027, when it is not "
                              "usually offered, on %s.", date);
  g_assert_nonnull (label_containing (GTK_WIDGET (view), expected));
  g_assert_nonnull (label_containing (GTK_WIDGET (view), "Note: Summer section approved"));
  hp_document_undo (hp_window_get_document (f->window));
}

static gboolean
has_add_term_button (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_BUTTON (c) && gtk_widget_get_mapped (c) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), "plan.add-term-dialog") == 0) ||
        has_add_term_button (c))
      return TRUE;
  return FALSE;
}

/* A new plan has one term; the board itself offers the next, and typing on
 * the board (or Ctrl+F) searches the catalog. */
static void
test_board_offers (Fixture       *f,
                   gconstpointer  data)
{
  HpPlanView *view = plan_view (f);
  GtkWidget *board = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                HP_TYPE_PLAN_VIEW,
                                                                "board_scroller"));
  GtkWidget *search = GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (hp_plan_view_get_catalog_panel (view)), HP_TYPE_CATALOG_PANEL, "search_entry"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "aas-hit", FALL26));
  hp_ui_test_settle (f->window);
  g_assert_true (has_add_term_button (board));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-new");

  g_assert_true (gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (search)) == board);
  plan_action (f, "plan.search", NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), search));
}

static HpCourseCard *
focused_card (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return HP_IS_COURSE_CARD (focus) ? HP_COURSE_CARD (focus) : NULL;
}

static gboolean
card_focused (gpointer data)
{
  return focused_card (data) != NULL;
}

static void
card_action (Fixture    *f,
             const char *name)
{
  HpCourseCard *card = focused_card (f);

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), name, NULL));
  hp_ui_test_settle (f->window);
  hp_ui_test_wait_until (card_focused, f);
}

static void
assert_focus (Fixture    *f,
              HpTermKey   term,
              const char *code)
{
  HpCourseCard *card = focused_card (f);

  g_assert_nonnull (card);
  g_assert_cmpuint (hp_course_card_get_term (card), ==, term);
  g_assert_cmpstr (hp_course_card_get_code (card), ==, code);
}

/* Every card is reachable from the keyboard, terms scrolled away included:
 * Tab walks them all in order, arrows move within and across terms; a card
 * moved with Alt+Right keeps the focus, and after Delete its neighbour has
 * it.  (The sample: 25 courses in six terms, 9 of them off screen.) */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  HpPlan *plan = hp_window_get_plan (f->window);
  HpTermKey fall25 = HP_TERM_KEY (2025, HP_SEASON_FALL), spring26 = HP_TERM_KEY (2026, HP_SEASON_SPRING);
  HpTermKey fall27 = HP_TERM_KEY (2027, HP_SEASON_FALL);
  GListModel *terms = G_LIST_MODEL (plan->terms);

  gtk_widget_grab_focus (GTK_WIDGET (hp_plan_view_find_card (plan_view (f), fall25, "HIT 100")));
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (term->entries)); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (G_LIST_MODEL (term->entries), j);

          if (i > 0 || j > 0)
            card_action (f, "card.focus-next");
          assert_focus (f, term->key, entry->course);
        }
    }
  /* Tab past the last card leaves the board. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (focused_card (f)), "card.focus-next",
                                             NULL));
  hp_ui_test_settle (f->window);
  g_assert_null (focused_card (f));

  gtk_widget_grab_focus (GTK_WIDGET (hp_plan_view_find_card (plan_view (f), fall27, "HIT 295")));
  card_action (f, "card.focus-previous");
  assert_focus (f, fall27, "HIT 290");

  /* Arrows, from HIT 100 in Fall 2025. */
  hp_plan_view_show_term (plan_view (f), fall25);
  hp_ui_test_settle (f->window);
  gtk_widget_grab_focus (GTK_WIDGET (hp_plan_view_find_card (plan_view (f), fall25, "HIT 100")));
  card_action (f, "card.focus-right");
  assert_focus (f, spring26, "HIT 120");
  card_action (f, "card.focus-down");
  assert_focus (f, spring26, "HIT 150");
  card_action (f, "card.focus-left");
  assert_focus (f, fall25, "HIT 110");
  card_action (f, "card.focus-up");
  assert_focus (f, fall25, "HIT 100");
  card_action (f, "card.focus-up");
  assert_focus (f, fall25, "HIT 100");

  /* Alt+Right twice: HIT 130 goes to Spring 2027, then Fall 2027, focused. */
  gtk_widget_grab_focus (GTK_WIDGET (hp_plan_view_find_card (plan_view (f), FALL26, "HIT 130")));
  card_action (f, "card.move-next");
  assert_focus (f, SPRING27, "HIT 130");
  card_action (f, "card.move-next");
  assert_focus (f, fall27, "HIT 130");
  /* Delete: HIT 130 was last in Fall 2027; the card before it takes the focus. */
  card_action (f, "card.remove");
  assert_focus (f, fall27, "MTH 150");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-keyboard");
}

/* The GPA case a student found (worked in tests/unit/test-audit.c): a new
 * AAS plan, five 3-credit courses in Fall 2026, HIT 100 completed with an A,
 * a target of 3.50: 3.375 on the 12 open credits, not 3.50. */
static void
test_gpa_calculator (Fixture       *f,
                     gconstpointer  data)
{
  const char *codes[] = { "HIT 100", "HIT 110", "BIO 201", "CIS 105", "PSY 101" };
  GtkWindow *form;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "aas-hit", FALL26));
  hp_ui_test_settle (f->window);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    plan_action (f, "plan.add-course", "(su)", codes[i], FALL26);
  plan_action (f, "plan.set-entry", "(uussd)", FALL26, 0, "completed", "A", 0.0);

  plan_action (f, "plan.gpa-calculator", "u", FALL26);
  form = find_form ("GPA Calculator");
  g_assert_nonnull (form);
  gtk_spin_button_set_value (nth_of_type (form, GTK_TYPE_SPIN_BUTTON, 0), 3.5);
  g_assert_cmpstr (gtk_label_get_label (label_starting (form, "You need")), ==,
                   "You need an average of 3.38 (A- or better) across this term’s 12 open "
                   "credits to reach a GPA of 3.50.");
  hp_ui_test_screenshot (form, "form-gpa");
  hp_form_accept (HP_FORM (form));
}

/* Plan ▸ Fill the Remaining Terms, on 27 November 2026 (the suites fix
 * the day): the sample aimed at the AS gets ENG 102 in Fall 2027 and SOC
 * 101 in Spring 2028 (test-audit.c works it out), the graduation Spring
 * 2028, three terms after the one in progress; one undo takes both away.
 * Aimed back at the AAS, nothing is left, and the window says so. */
static void
test_fill_terms (Fixture       *f,
                 gconstpointer  data)
{
  static const char *compare[] = { NULL };
  HpPlanView *view = plan_view (f);
  HpTermKey fall27 = HP_TERM_KEY (2027, HP_SEASON_FALL);
  HpTermKey spring28 = HP_TERM_KEY (2028, HP_SEASON_SPRING);
  GtkLabel *graduation = hp_plan_view_get_graduation (view);

  g_assert_cmpstr (gtk_label_get_label (graduation), ==, "Fall 2027");
  plan_action (f, "plan.set-profile", "(susdbd^asu)", "Jordan Rivera",
               HP_TERM_KEY (2025, HP_SEASON_FALL), "as-hit", 15.0, FALSE, 165.0, compare, 0);
  g_assert_cmpstr (gtk_label_get_label (graduation), ==, "Spring 2028");
  g_assert_null (hp_plan_find_term (hp_window_get_plan (f->window), spring28));

  plan_action (f, "plan.fill-terms", NULL);
  g_assert_cmpstr (entry_at (f, fall27, 4)->course, ==, "ENG 102");
  g_assert_cmpstr (entry_at (f, spring28, 0)->course, ==, "SOC 101");
  g_assert_cmpstr (gtk_label_get_label (graduation), ==, "Spring 2028");
  g_assert_cmpstr (hp_document_get_undo_label (hp_window_get_document (f->window)), ==,
                   "Fill the Remaining Terms");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-filled");

  win_action (f, "win.undo");
  g_assert_null (hp_plan_find_term (hp_window_get_plan (f->window), spring28));
  win_action (f, "win.undo");
  g_assert_cmpstr (gtk_label_get_label (graduation), ==, "Fall 2027");
  plan_action (f, "plan.fill-terms", NULL);
  g_assert_cmpstr (hp_window_get_error (f->window), ==,
                   "Nothing is left to place: the plan already holds everything AAS in Health "
                   "Information Technology needs");
}

static gboolean
filter_done (gpointer data)
{
  return gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (data)) == 0;
}

static GtkWidget *
shown_term_menu (HpCatalogPanel *panel)
{
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (panel)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER_MENU (c) && gtk_widget_get_visible (c))
      return c;
  return NULL;
}

static GStrv
menu_labels (GMenuModel *model)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_strv_builder_add (labels, label);
    }
  return g_strv_builder_end (labels);
}

static void
test_catalog_search (Fixture       *f,
                     gconstpointer  data)
{
  HpCatalogPanel *panel = hp_plan_view_get_catalog_panel (plan_view (f));
  GListModel *shown = hp_catalog_panel_get_shown (panel);
  g_auto(GStrv) labels = NULL;
  GtkListView *list;
  GtkWidget *menu;

  hp_ui_test_wait_until (filter_done, shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 50);

  /* "coding" in a code, title or category: HIT 150, 210, 220, 270 and HIM 385. */
  hp_catalog_panel_set_search (panel, "Coding");
  hp_ui_test_wait_until (filter_done, shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);

  /* The AAS's health information core lists 13 courses; "II" narrows it to HIT 210. */
  hp_catalog_panel_set_search (panel, "");
  hp_catalog_panel_set_group (panel, 5);
  hp_ui_test_wait_until (filter_done, shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 13);
  hp_catalog_panel_set_search (panel, "coding ii");
  hp_ui_test_wait_until (filter_done, shown);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-search");

  /* Before adding it, the row says when HIT 210 runs and that its
   * prerequisite is met (HIT 150, B, in Spring 2026). */
  g_assert_nonnull (label_containing (GTK_WIDGET (panel), "Offered in Fall and Spring · "
                                                          "Prerequisites met: "
                                                          "HIT 150 with C or better"));
  g_assert_nonnull (label_containing (GTK_WIDGET (panel), "In progress"));

  /* The keyboard's way to add a course: select it, activate it (Enter) or
   * open its context menu (Menu), and pick a term; a term it does not run
   * in says so. */
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (panel), HP_TYPE_CATALOG_PANEL,
                                                       "list_view"));
  g_assert_true (GTK_IS_SINGLE_SELECTION (gtk_list_view_get_model (list)));
  g_assert_true (gtk_selection_model_select_item (gtk_list_view_get_model (list), 0, TRUE));
  g_signal_emit_by_name (list, "activate", 0);
  hp_ui_test_settle (f->window);
  menu = shown_term_menu (panel);
  g_assert_nonnull (menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "catalog.menu", NULL));
  hp_ui_test_settle (f->window);
  menu = shown_term_menu (panel);
  g_assert_nonnull (menu);
  labels = menu_labels (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)));
  g_assert_true (g_strv_contains ((const char * const *) labels, "Add to Fall 2026"));
  g_assert_true (g_strv_contains ((const char * const *) labels, "Add to Spring 2027"));
  g_assert_true (g_strv_contains ((const char * const *) labels,
                                  "Add to Summer 2026 (not offered in Summer)"));
}

static gboolean
confirmation_shown (gpointer window)
{
  return hp_window_get_confirmation (window) != NULL;
}

static void
test_unsaved_changes (Fixture       *f,
                      gconstpointer  data)
{
  HpPlan *sample = hp_window_get_plan (f->window);

  plan_action (f, "plan.add-course", "(su)", "SOC 101", SPRING27);
  g_assert_true (hp_document_get_modified (hp_window_get_document (f->window)));

  /* Opening another plan asks first; Cancel keeps everything. */
  win_action (f, "win.open");
  hp_ui_test_wait_until (confirmation_shown, f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "unsaved-changes");
  gtk_dialog_response (GTK_DIALOG (hp_window_get_confirmation (f->window)), GTK_RESPONSE_CANCEL);
  hp_ui_test_settle (f->window);
  g_assert_null (hp_window_get_confirmation (f->window));
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_true (hp_window_get_plan (f->window) == sample);

  /* Closing asks too, and Cancel keeps the window open. */
  gtk_window_close (GTK_WINDOW (f->window));
  hp_ui_test_wait_until (confirmation_shown, f->window);
  gtk_dialog_response (GTK_DIALOG (hp_window_get_confirmation (f->window)), GTK_RESPONSE_CANCEL);
  hp_ui_test_settle (f->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));

  /* A new plan asks, and Discard lets it go ahead. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "cert-coding", FALL26));
  hp_ui_test_wait_until (confirmation_shown, f->window);
  gtk_dialog_response (GTK_DIALOG (hp_window_get_confirmation (f->window)), GTK_RESPONSE_REJECT);
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (hp_window_get_plan (f->window)->target_program, ==, "cert-coding");
}

static gboolean
disk_banner_shown (gpointer window)
{
  return hp_window_get_disk_changed (window);
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-disk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpPlan) other = hp_plan_new ();

  hp_plan_ensure_term (other, FALL26);
  g_assert_true (hp_plan_save (other, file, NULL));
  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);
  g_assert_false (hp_window_get_disk_changed (f->window));

  /* Another program adds a term. */
  g_usleep (20000);
  hp_plan_ensure_term (other, SPRING27);
  g_assert_true (hp_plan_save (other, file, NULL));
  hp_ui_test_wait_until (disk_banner_shown, f->window);
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "changed-on-disk");

  win_action (f, "win.reload");
  g_assert_false (hp_window_get_disk_changed (f->window));
  g_assert_nonnull (hp_plan_find_term (hp_window_get_plan (f->window), SPRING27));
  g_assert_nonnull (hp_plan_view_find_column (plan_view (f), SPRING27));

  /* Edits here and a change there: Save asks, and never writes over the
   * other version unasked; Keep Mine saves over it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plan_view (f)), "plan.add-term", "u",
                                             (guint) FALL27));
  hp_ui_test_settle (f->window);
  g_usleep (20000);
  hp_plan_ensure_term (other, SUMMER27);
  g_assert_true (hp_plan_save (other, file, NULL));
  hp_ui_test_wait_until (disk_banner_shown, f->window);
  win_action (f, "win.save");
  g_assert_nonnull (hp_window_get_conflict (f->window));
  hp_ui_test_screenshot (hp_window_get_conflict (f->window), "conflict-question");
  {
    g_autoptr(HpPlan) on_disk = hp_plan_load (file, NULL, NULL);

    g_assert_nonnull (hp_plan_find_term (on_disk, SUMMER27));
    g_assert_null (hp_plan_find_term (on_disk, FALL27));
  }
  gtk_dialog_response (GTK_DIALOG (hp_window_get_conflict (f->window)), GTK_RESPONSE_CANCEL);
  hp_ui_test_settle (f->window);
  g_assert_null (hp_window_get_conflict (f->window));
  g_assert_true (hp_document_get_modified (hp_window_get_document (f->window)));
  win_action (f, "win.save");
  gtk_dialog_response (GTK_DIALOG (hp_window_get_conflict (f->window)), 1 /* keep mine */);
  hp_ui_test_settle (f->window);
  {
    g_autoptr(HpPlan) on_disk = hp_plan_load (file, NULL, NULL);

    g_assert_null (hp_plan_find_term (on_disk, SUMMER27));
    g_assert_nonnull (hp_plan_find_term (on_disk, FALL27));
  }
  g_assert_false (hp_document_get_modified (hp_window_get_document (f->window)));

  g_remove (backup);
  g_remove (path);
  g_rmdir (dir);
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if ((link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION)) != NULL)
        {
          gboolean found = menu_has_action (link, action);
          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

/* At every width from the window's minimum up, the board keeps most of the
 * height, and every action of the header bar stays reachable, in the
 * header or else in the primary menu. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  static const int widths[] = { 900, 719, 600, 520, 480, 360 };
  static const char *actions[] = { "win.save", "win.undo", "win.redo", "win.open" };
  HpPlanView *view = plan_view (f);
  GtkWidget *board = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                HP_TYPE_PLAN_VIEW,
                                                                "board_scroller"));
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                  HP_TYPE_WINDOW, "primary_menu"));

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      int view_height, board_height;

      hp_ui_test_resize (f->window, widths[i]);
      g_assert_cmpint (hp_view_get_narrow (HP_VIEW (view)), ==, widths[i] < HP_WINDOW_NARROW_WIDTH);
      view_height = gtk_widget_get_height (GTK_WIDGET (view));
      board_height = gtk_widget_get_height (board);
      g_test_message ("%d px wide: the board is %d of the view's %d px", widths[i],
                      board_height, view_height);
      g_assert_cmpint (board_height * 2, >=, view_height);
      for (guint j = 0; j < G_N_ELEMENTS (actions); j++)
        g_assert_true (menu_has_action (menu, actions[j]));
      if (widths[i] == 600)
        hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-narrow");
      if (widths[i] == 360)
        hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-narrowest");
    }
  g_assert_cmpint (gtk_orientable_get_orientation (
                     GTK_ORIENTABLE (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                    HP_TYPE_PLAN_VIEW, "board"))),
                   ==, GTK_ORIENTATION_VERTICAL);

  /* Ctrl+F opens the catalog and puts the keyboard in its search field. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hp_plan_view_get_catalog_panel (view))));
  plan_action (f, "plan.search", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hp_plan_view_get_catalog_panel (view))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (hp_plan_view_get_catalog_panel (view))));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-narrowest-catalog");
}

/* A plan with thousands of transfer credits (20,000 here; the reader takes
 * 64 MB) opens, counts them all, and lists only the first in the header
 * with how many more there are: a row each froze the window for minutes. */
static void
test_many_records (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-many-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<plan xmlns=\"urn:io.github.hitplanner:plan\" "
                                          "format=\"4\" catalog=\"hit-example\">\n"
                                          "  <profile first-term=\"fall 2025\" target=\"aas-hit\"/>\n");
  GtkBox *records;
  guint rows = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "  <transfer institution=\"College %u\" category=\"humanities\" "
                            "credits=\"1\"/>\n", i);
  g_string_append (text, "</plan>\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hp_window_get_plan (f->window)->transfers)),
                    ==, 20000);
  records = GTK_BOX (gtk_widget_get_template_child (GTK_WIDGET (plan_view (f)), HP_TYPE_PLAN_VIEW,
                                                    "records_box"));
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (records)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      rows++;
      if (GTK_IS_LABEL (c) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (c)), "and "))
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (c)), ==,
                         "and 19950 more, kept in the plan and counted");
    }
  g_assert_cmpuint (rows, <, 60);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int skip = hp_ui_test_init (&argc, &argv);

  if (skip != 0)
    return skip;

  hp_ui_test_add ("/planner/edit-save-reopen", test_edit_save_reopen);
  hp_ui_test_add ("/planner/problems", test_problems);
  hp_ui_test_add ("/planner/drop-and-keyboard", test_drop_and_keyboard);
  hp_ui_test_add ("/planner/card-editor", test_card_editor);
  hp_ui_test_add ("/planner/new-form", test_new_form);
  hp_ui_test_add ("/planner/forms", test_forms);
  hp_ui_test_add ("/planner/gpa-calculator", test_gpa_calculator);
  hp_ui_test_add ("/planner/exception-form", test_exception_form);
  hp_ui_test_add ("/planner/board-offers", test_board_offers);
  hp_ui_test_add ("/planner/keyboard", test_keyboard);
  hp_ui_test_add ("/planner/catalog-search", test_catalog_search);
  hp_ui_test_add ("/planner/unsaved-changes", test_unsaved_changes);
  hp_ui_test_add ("/planner/changed-on-disk", test_changed_on_disk);
  hp_ui_test_add ("/planner/narrow", test_narrow);
  hp_ui_test_add ("/planner/fill-terms", test_fill_terms);
  hp_ui_test_add ("/planner/many-records", test_many_records);

  return hp_ui_test_run ();
}
