/* test-window.c: the main window under a real GTK: views, title, screenshots, bad files
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every view is reached through its action, the way a menu, a shortcut or
 * the switcher reaches it, and is written to tests/screenshots/<view>.png.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hp-empty-state.h"
#include "hp-plan-view.h"
#include "hp-ui-test.h"

static char *
sample_path (void)
{
  return hp_ui_test_data_path ("data", "samples", "sample.hitplan", NULL);
}

static void
test_views (Fixture       *f,
            gconstpointer  data)
{
  static const char *views[] = { "plan", "compare", "schedule", "exam" };
  g_autofree char *sample = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);

  g_assert_true (hp_window_open_file (f->window, file));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                  HP_TYPE_WINDOW, "stack"));
      GtkWidget *child;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", views[i]));
      hp_ui_test_settle (f->window);
      g_assert_cmpstr (hp_window_get_view (f->window), ==, views[i]);

      /* Each view shows something real; a view still to be built says what
       * it will do and offers nothing that would replace the open plan. */
      child = gtk_stack_get_visible_child (stack);
      g_assert_true (gtk_widget_get_visible (child));
      g_assert_true (gtk_widget_get_child_visible (child));
      if (HP_IS_EMPTY_STATE (child))
        g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hp_empty_state_get_button (
          HP_EMPTY_STATE (child)))));
      hp_ui_test_screenshot (GTK_WINDOW (f->window), views[i]);
      /* And in the dark style, to look at both. */
      {
        g_autofree char *dark = g_strconcat (views[i], "-dark", NULL);

        hp_ui_test_set_style ("dark");
        hp_ui_test_settle (f->window);
        hp_ui_test_screenshot (GTK_WINDOW (f->window), dark);
        hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);
        hp_ui_test_set_style (NULL);
        hp_ui_test_settle (f->window);
      }
    }
}

static void
test_title (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  const char *title;

  /* Launched without a file, the app shows the sample plan as an untitled
   * copy, so saving asks where instead of overwriting the bundled file. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "Sample Plan — HIT Study Planner");
  g_assert_nonnull (hp_window_get_plan (f->window));
  g_assert_cmpstr (hp_window_get_plan (f->window)->student, ==, "Jordan Rivera");
  g_assert_null (hp_window_get_file (f->window));

  g_assert_true (hp_window_open_file (f->window, file));
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_nonnull (strstr (title, "HIT Study Planner"));
  g_assert_nonnull (strstr (title, "sample.hitplan"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "aas-hit", HP_TERM_KEY (2027, HP_SEASON_FALL)));
  g_assert_null (hp_window_get_file (f->window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "Untitled Plan — HIT Study Planner");
}

static void
assert_window_usable (HpWindow *window)
{
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  /* The error is shown inside the window, not in a modal dialog that blocks it. */
  g_assert_cmpuint (hp_ui_test_count_visible_toplevels (), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "compare"));
  hp_ui_test_settle (window);
  g_assert_cmpstr (hp_window_get_view (window), ==, "compare");
}

static GtkWidget *
window_part (HpWindow   *window,
             const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), HP_TYPE_WINDOW, name));
}

static gboolean
not_opening (gpointer app)
{
  return !hp_application_is_opening (app);
}

/* A launch shows the window at once, saying what it opens in place of the
 * views (which come back with the plan, or with what went wrong). */
static void
test_opening (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "transfer plan.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpWindow *window;

  /* The app's own start, as a launch without a file has it. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_application_activate (G_APPLICATION (f->app));
  window = f->window = hp_application_get_window (f->app);
  /* The sample is still being read: the main loop has not turned. */
  g_assert_null (hp_window_get_document (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_visible (window_part (window, "opening_box")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (window_part (window, "opening_label"))), ==,
                   "Opening the sample plan…");
  g_assert_false (gtk_widget_get_visible (window_part (window, "stack")));
  g_assert_false (gtk_widget_get_sensitive (window_part (window, "switcher")));

  hp_ui_test_wait_until (hp_ui_test_has_document, window);
  g_assert_false (gtk_widget_get_visible (window_part (window, "opening_box")));
  g_assert_true (gtk_widget_get_visible (window_part (window, "stack")));
  g_assert_true (gtk_widget_get_sensitive (window_part (window, "switcher")));
  g_assert_cmpstr (hp_window_get_view (window), ==, "plan");
  hp_ui_test_settle (window);
  assert_window_usable (window);

  /* A new plan made while the sample is read stays, and shows. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_activate (G_APPLICATION (f->app));
  window = f->window = hp_application_get_window (f->app);
  g_assert_true (hp_application_is_opening (f->app));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", "(su)",
                                             "aas-hit", HP_TERM_KEY (2027, HP_SEASON_FALL)));
  hp_ui_test_wait_until (not_opening, f->app);
  g_assert_true (gtk_widget_get_visible (window_part (window, "stack")));
  g_assert_false (gtk_widget_get_visible (window_part (window, "opening_box")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Untitled Plan — HIT Study Planner");

  /* Closed while the plan is read, the window stays closed. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_activate (G_APPLICATION (f->app));
  window = f->window = hp_application_get_window (f->app);
  g_assert_true (hp_application_is_opening (f->app));
  gtk_window_destroy (GTK_WINDOW (window));
  hp_ui_test_wait_until (not_opening, f->app);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 0);

  /* A new window for a plan named on the command line, which cannot be read. */
  window = f->window = hp_window_new (GTK_APPLICATION (f->app));
  hp_window_show_opening (window, file);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (window_part (window, "opening_label"))), ==,
                   "Opening transfer plan.hitplan…");
  gtk_window_present (GTK_WINDOW (window));
  hp_ui_test_settle (window);
  hp_ui_test_screenshot (GTK_WINDOW (window), "opening");
  g_assert_null (hp_document_load (file, NULL, NULL, &error));
  g_assert_false (hp_window_show_loaded (window, file, NULL, error));
  g_assert_true (gtk_widget_get_visible (window_part (window, "stack")));
  g_assert_false (gtk_widget_get_visible (window_part (window, "opening_box")));
  g_assert_true (gtk_widget_get_sensitive (window_part (window, "switcher")));
  g_assert_true (g_str_has_prefix (hp_window_get_error (window),
                                   "“transfer plan.hitplan” is not there"));
  g_assert_null (hp_window_get_document (window));
  hp_ui_test_settle (window);
  hp_ui_test_screenshot (GTK_WINDOW (window), "opening-failed");
  assert_window_usable (window);
  g_rmdir (dir);
}

static void
test_open_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sample = sample_path ();
  g_autoptr(GFile) good = g_file_new_for_path (sample);
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-ui-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-plan.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  HpPlan *before;

  g_assert_true (hp_window_open_file (f->window, good));
  before = hp_window_get_plan (f->window);
  g_assert_null (hp_window_get_error (f->window));

  g_assert_false (hp_window_open_file (f->window, file));
  g_assert_nonnull (hp_window_get_error (f->window));
  /* One plain sentence first, then the details. */
  g_assert_true (g_str_has_prefix (hp_window_get_error (f->window),
                                   "“no-such-plan.hitplan” is not there: it may have been moved, "
                                   "renamed or deleted.\nDetails: "));
  g_assert_nonnull (strstr (hp_window_get_error (f->window), missing));
  g_assert_nonnull (strstr (hp_window_get_error (f->window), "there is no such file"));

  /* Nothing was created, and the open plan is still the one that was open. */
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_true (hp_window_get_plan (f->window) == before);
  g_assert_true (g_file_equal (hp_window_get_file (f->window), good));
  assert_window_usable (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "error-missing");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.dismiss-error", NULL));
  g_assert_null (hp_window_get_error (f->window));
  g_rmdir (dir);
}

static void
test_open_malformed (Fixture       *f,
                     gconstpointer  data)
{
  const char *contents = "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:io.github.hitplanner:plan\" "
                         "format=\"1\">\n  <term season=\"fall\" year=\"2025\">\n</plan>\n";
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.hitplan", NULL);
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info_before = NULL;
  g_autoptr(GFileInfo) info_after = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:4:8:", path);
  g_autoptr(GDir) listing = NULL;
  HpPlan *before = hp_window_get_plan (f->window);
  int n_files = 0;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  info_before = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_UNIX_MODE,
                                   0, NULL, NULL);

  g_assert_false (hp_window_open_file (f->window, file));
  g_assert_nonnull (hp_window_get_error (f->window));
  /* A plain sentence, then the file, line and column and the reason. */
  g_assert_true (g_str_has_prefix (hp_window_get_error (f->window),
                                   "“broken.hitplan” is damaged or is not a file of HIT Study "
                                   "Planner.\nDetails: "));
  g_assert_nonnull (strstr (hp_window_get_error (f->window), expected));
  g_assert_nonnull (strstr (hp_window_get_error (f->window), "not well-formed XML"));
  /* Its text does not open selected, as a focused selectable label would. */
  {
    GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                HP_TYPE_WINDOW, "error_label"));
    g_assert_false (gtk_label_get_selection_bounds (label, NULL, NULL));
    g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (label)));
  }
  g_assert_true (hp_window_get_plan (f->window) == before);
  assert_window_usable (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "error-malformed");

  /* The file is exactly as it was, and nothing was written beside it. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
  info_after = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_UNIX_MODE,
                                  0, NULL, NULL);
  g_assert_cmpuint (g_file_info_get_attribute_uint64 (info_before, G_FILE_ATTRIBUTE_TIME_MODIFIED), ==,
                    g_file_info_get_attribute_uint64 (info_after, G_FILE_ATTRIBUTE_TIME_MODIFIED));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpint (n_files, ==, 1);

  g_remove (path);
  g_rmdir (dir);
}

/* The bundled catalog is an example, and the window says so; a plan on a
 * catalog of the student's own college shows no such notice. */
static void
test_example_notice (Fixture       *f,
                     gconstpointer  data)
{
  GtkRevealer *notice = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                     HP_TYPE_WINDOW,
                                                                     "notice_revealer"));
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                              HP_TYPE_WINDOW, "notice_label"));

  g_assert_nonnull (hp_window_get_catalog (f->window));
  g_assert_true (hp_window_get_catalog (f->window)->example);
  g_assert_true (gtk_revealer_get_reveal_child (notice));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "example catalog"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.dismiss-notice", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (notice));
}

static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *shortcuts = NULL;

  g_assert_cmpuint (hp_ui_test_count_visible_toplevels (), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay",
                                             NULL));
  g_assert_cmpuint (hp_ui_test_count_visible_toplevels (), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (GTK_IS_SHORTCUTS_WINDOW (w))
        shortcuts = w;
    }
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (f->window));
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (shortcuts, "shortcuts");

  /* Closing hides it; asking again shows the same window. */
  gtk_window_close (shortcuts);
  g_assert_cmpuint (hp_ui_test_count_visible_toplevels (), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay",
                                             NULL));
  g_assert_cmpuint (hp_ui_test_count_visible_toplevels (), ==, 2);
  gtk_window_close (shortcuts);
}

/* The window remembers its size and last view through GSettings. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *view = NULL;
  int width = 0, height = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "schedule"));
  hp_ui_test_settle (f->window);
  view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (view, ==, "schedule");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 640);
  gtk_window_close (GTK_WINDOW (f->window));
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  /* A new window comes back on the view and size that were left. */
  f->window = hp_application_get_window (f->app);
  g_assert_cmpstr (hp_window_get_view (f->window), ==, "schedule");
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "window-size");
}

static gboolean
popover_open (gpointer popover)
{
  return gtk_widget_get_mapped (popover);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_LABEL (c) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (c)), text) == 0) ||
        has_label (c, text))
      return TRUE;
  return FALSE;
}

/* A literal underscore shown in a menu: a mnemonic GTK did not take. */
static gboolean
label_with_underscore (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if ((GTK_IS_LABEL (c) && gtk_widget_get_visible (c) &&
         strchr (gtk_label_get_text (GTK_LABEL (c)), '_') != NULL) ||
        label_with_underscore (c))
      return TRUE;
  return FALSE;
}

static GtkWidget *
open_popover_of (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c) && gtk_widget_get_mapped (c))
      return c;
  return NULL;
}

static gboolean
fall_2026_built (gpointer view)
{
  return hp_plan_view_find_column (view, HP_TERM_KEY (2026, HP_SEASON_FALL)) != NULL;
}

/* A student closes the window with menus open.  Every open popover holds a
 * grab; one left behind would shadow the next window's input, and GTK's
 * timers would ask its dead surface for the pointer (a critical that killed
 * the ui tests on fresh machines).  The tear-down checks that every popover
 * went with the window. */
static void
test_close_with_menus_open (Fixture       *f,
                            gconstpointer  data)
{
  GtkMenuButton *menu = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                        HP_TYPE_WINDOW,
                                                                        "menu_button"));
  HpPlanView *view = HP_PLAN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                  HP_TYPE_WINDOW, "plan_view"));
  HpCourseCard *card;

  /* Columns are built after a frame has placed them. */
  hp_ui_test_wait_until (fall_2026_built, view);
  card = hp_plan_view_find_card (view, HP_TERM_KEY (2026, HP_SEASON_FALL), "HIT 130");
  g_assert_nonnull (card);
  hp_course_card_open_editor (card);
  hp_ui_test_settle (f->window);
  hp_catalog_panel_choose_term (hp_plan_view_get_catalog_panel (view), 0);
  hp_ui_test_settle (f->window);
  gtk_menu_button_popup (menu);
  hp_ui_test_wait_until (popover_open, gtk_menu_button_get_popover (menu));
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* All text reaches WCAG AA (4.5:1) in the light, dark and high-contrast
 * styles, measured on the drawn window as a student sees it: the sample
 * (completed, in-progress, withdrawn and planned courses, a resolved
 * problem, the catalog's marks) and the fixture with one of every problem. */
static void
test_contrast (Fixture       *f,
               gconstpointer  data)
{
  static const char *styles[] = { "light", "dark", "hc", "hc-dark" };
  g_autofree char *problems = hp_ui_test_data_path ("tests", "fixtures", "plans",
                                                    "problems.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (problems);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autofree char *sample_name = g_strdup_printf ("plan-%s", styles[i]);
      g_autofree char *problems_name = g_strdup_printf ("plan-problems-%s", styles[i]);

      hp_ui_test_set_style (styles[i]);
      g_assert_true (hp_window_open_sample (f->window));
      hp_ui_test_settle (f->window);
      hp_ui_test_screenshot (GTK_WINDOW (f->window), sample_name);
      hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);

      g_assert_true (hp_window_open_file (f->window, file));
      hp_ui_test_settle (f->window);
      hp_ui_test_screenshot (GTK_WINDOW (f->window), problems_name);
      hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);
    }
}

/* Menus name the shortcuts the shortcuts window names: Redo is Shift+Ctrl+Z
 * (not Ctrl+Y), a card's Remove is Delete (not "KP Delete"). */
static void
test_menu_accels (Fixture       *f,
                  gconstpointer  data)
{
  GtkMenuButton *menu = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                        HP_TYPE_WINDOW,
                                                                        "menu_button"));
  HpPlanView *view = HP_PLAN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                  HP_TYPE_WINDOW, "plan_view"));
  GtkWidget *popover;
  HpCourseCard *card;

  gtk_menu_button_popup (menu);
  hp_ui_test_wait_until (popover_open, gtk_menu_button_get_popover (menu));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
  g_assert_true (has_label (popover, "Shift+Ctrl+Z"));
  g_assert_false (has_label (popover, "Ctrl+Y"));
  g_assert_false (label_with_underscore (popover));
  g_assert_true (has_label (popover, "Open Recent"));
  gtk_menu_button_popdown (menu);

  hp_ui_test_wait_until (fall_2026_built, view);
  card = hp_plan_view_find_card (view, HP_TERM_KEY (2026, HP_SEASON_FALL), "HIT 130");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.menu", NULL));
  hp_ui_test_settle (f->window);
  popover = open_popover_of (GTK_WIDGET (card));
  g_assert_nonnull (popover);
  g_assert_true (has_label (popover, "Delete"));
  g_assert_false (has_label (popover, "KP Delete"));
  g_assert_true (has_label (popover, "Return"));
}

static gboolean
question_shown (gpointer window)
{
  return hp_window_get_confirmation (window) != NULL;
}

static void
answer (HpWindow *window,
        int       response)
{
  hp_ui_test_wait_until (question_shown, window);
  gtk_dialog_response (GTK_DIALOG (hp_window_get_confirmation (window)), response);
  hp_ui_test_settle (window);
}

/* File ▸ Import Catalog…: a college's catalog is checked, installed and
 * offered to the open plan; switching is one edit to undo; importing it
 * again asks before replacing; a broken catalog is refused with where and
 * why; a new plan starts on the catalog of the plan open. */
static void
test_import_catalog (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *college = hp_ui_test_data_path ("tests", "fixtures", "catalogs",
                                                   "college.hitcatalog", NULL);
  g_autofree char *broken = hp_ui_test_data_path ("tests", "fixtures", "bad", "cycle.hitcatalog",
                                                  NULL);
  g_autoptr(GFile) file = g_file_new_for_path (college);
  g_autoptr(GFile) bad = g_file_new_for_path (broken);
  g_autoptr(GFile) installed = hp_catalog_installed_file ("test-college-2026");
  GtkRevealer *notice = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                     HP_TYPE_WINDOW,
                                                                     "notice_revealer"));
  HpPlan *plan = hp_window_get_plan (f->window);
  GtkMessageDialog *question;
  g_autofree char *text = NULL;

  g_file_delete (installed, NULL, NULL);
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "hit-example");

  /* Import, and use it for this plan. */
  hp_window_import_catalog (f->window, file);
  hp_ui_test_wait_until (question_shown, f->window);
  g_assert_true (g_file_query_exists (installed, NULL));
  question = GTK_MESSAGE_DIALOG (hp_window_get_confirmation (f->window));
  g_object_get (question, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Use “Test College catalog 2026–27” for this plan?");
  hp_ui_test_screenshot (hp_window_get_confirmation (f->window), "import-catalog");
  answer (f->window, GTK_RESPONSE_ACCEPT);
  g_assert_null (hp_window_get_confirmation (f->window));
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "test-college-2026");
  g_assert_cmpstr (plan->catalog, ==, "test-college-2026");
  g_assert_cmpstr (plan->target_program, ==, "aas-hit");
  /* Not an example: no notice. */
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "plan-college-catalog");

  /* Undo brings back the example catalog, and its notice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "hit-example");
  g_assert_true (gtk_revealer_get_reveal_child (notice));

  /* Again: asked before replacing; kept, then not used. */
  hp_window_import_catalog (f->window, file);
  hp_ui_test_wait_until (question_shown, f->window);
  g_clear_pointer (&text, g_free);
  g_object_get (hp_window_get_confirmation (f->window), "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Replace the installed catalog?");
  answer (f->window, GTK_RESPONSE_ACCEPT);
  g_clear_pointer (&text, g_free);
  g_object_get (hp_window_get_confirmation (f->window), "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Use “Test College catalog 2026–27” for this plan?");
  answer (f->window, GTK_RESPONSE_CANCEL);
  g_assert_null (hp_window_get_confirmation (f->window));
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "hit-example");

  /* A catalog that does not read: where and why, nothing installed or changed. */
  hp_window_import_catalog (f->window, bad);
  hp_ui_test_settle (f->window);
  g_assert_null (hp_window_get_confirmation (f->window));
  g_assert_nonnull (hp_window_get_error (f->window));
  g_assert_nonnull (strstr (hp_window_get_error (f->window), "cycle.hitcatalog:3:11"));
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "hit-example");

  /* Redo the switch; a new plan then starts on the college's catalog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  hp_ui_test_settle (f->window);
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "test-college-2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "cert-billing", HP_TERM_KEY (2027, HP_SEASON_FALL)));
  answer (f->window, GTK_RESPONSE_REJECT);
  g_assert_cmpstr (hp_window_get_plan (f->window)->catalog, ==, "test-college-2026");
  g_assert_cmpstr (hp_window_get_plan (f->window)->target_program, ==, "cert-billing");
  g_assert_cmpstr (hp_window_get_catalog (f->window)->id, ==, "test-college-2026");

  g_assert_true (g_file_delete (installed, NULL, NULL));
}

/* Unsaved edits are kept as a draft in the state folder and removed once
 * saved; a draft a crash left is offered at start, and Restore opens it as
 * the plan's unsaved edits, Discard removes it. */
static void
test_drafts (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpTermKey spring = HP_TERM_KEY (2027, HP_SEASON_SPRING);
  HpTermKey fall = HP_TERM_KEY (2026, HP_SEASON_FALL);
  g_autoptr(GPtrArray) drafts = NULL;

  hp_plan_ensure_term (plan, fall);
  plan->catalog = g_strdup ("hit-example");
  g_assert_true (hp_plan_save (plan, file, NULL));
  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);

  /* an edit: its draft is written (a moment later, or now) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                           HP_TYPE_WINDOW,
                                                                           "plan_view")),
                                             "plan.add-term", "u", (guint) spring));
  hp_ui_test_settle (f->window);
  hp_window_write_draft_now (f->window);
  drafts = hp_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((HpDraft *) drafts->pdata[0])->plan_path, ==, path);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* saved: no draft */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  hp_ui_test_settle (f->window);
  drafts = hp_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* a crash left a draft of this plan with a term more */
  {
    g_autoptr(HpPlan) edited = hp_plan_load (file, NULL, NULL);
    g_autoptr(GBytes) bytes = NULL;

    hp_plan_ensure_term (edited, HP_TERM_KEY (2027, HP_SEASON_FALL));
    bytes = hp_plan_to_bytes (edited);
    g_assert_true (hp_draft_write (path, bytes, NULL));
  }
  g_assert_true (hp_window_offer_draft (f->window));
  hp_ui_test_settle (f->window);
  g_assert_true (hp_window_get_draft_offered (f->window));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "draft-offered");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-draft", NULL));
  hp_ui_test_settle (f->window);
  g_assert_false (hp_window_get_draft_offered (f->window));
  g_assert_true (g_file_equal (hp_window_get_file (f->window), file));
  g_assert_true (hp_document_get_modified (hp_window_get_document (f->window)));
  g_assert_nonnull (hp_plan_find_term (hp_window_get_plan (f->window), HP_TERM_KEY (2027, HP_SEASON_FALL)));
  /* saving it removes the draft */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  hp_ui_test_settle (f->window);
  drafts = hp_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* an untitled plan's draft, discarded */
  {
    g_autoptr(GBytes) bytes = hp_plan_to_bytes (plan);
    g_assert_true (hp_draft_write (NULL, bytes, NULL));
  }
  g_assert_true (hp_window_offer_draft (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.discard-draft", NULL));
  hp_ui_test_settle (f->window);
  g_assert_false (hp_window_get_draft_offered (f->window));
  drafts = hp_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);

  g_remove (path);
  g_rmdir (dir);
}

/* A conflicted copy a file-sync tool left beside the plan is pointed out
 * when the plan opens, and opens on request. */
static void
test_conflicted_copy (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-copies-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.hitplan", NULL);
  g_autofree char *copy = g_build_filename (dir, "mine (conflicted copy 2026-11-27).hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(HpPlan) plan = hp_plan_new ();

  plan->catalog = g_strdup ("hit-example");
  hp_plan_ensure_term (plan, HP_TERM_KEY (2026, HP_SEASON_FALL));
  g_assert_true (hp_plan_save (plan, file, NULL));
  hp_plan_ensure_term (plan, HP_TERM_KEY (2027, HP_SEASON_SPRING));
  g_assert_true (hp_plan_save (plan, copy_file, NULL));

  g_assert_true (hp_window_open_file (f->window, file));
  hp_ui_test_settle (f->window);
  g_assert_true (hp_window_get_conflicted_copy_offered (f->window));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "conflicted-copy");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-conflicted-copy", NULL));
  hp_ui_test_settle (f->window);
  g_assert_true (g_file_equal (hp_window_get_file (f->window), copy_file));
  g_assert_nonnull (hp_plan_find_term (hp_window_get_plan (f->window), HP_TERM_KEY (2027, HP_SEASON_SPRING)));

  g_remove (copy);
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

  hp_ui_test_add ("/window/views", test_views);
  hp_ui_test_add ("/window/close-with-menus-open", test_close_with_menus_open);
  hp_ui_test_add ("/window/contrast", test_contrast);
  hp_ui_test_add ("/window/menu-accels", test_menu_accels);
  hp_ui_test_add ("/window/title", test_title);
  hp_ui_test_add ("/window/opening", test_opening);
  hp_ui_test_add ("/window/open-missing", test_open_missing);
  hp_ui_test_add ("/window/open-malformed", test_open_malformed);
  hp_ui_test_add ("/window/settings", test_settings);
  hp_ui_test_add ("/window/shortcuts", test_shortcuts_window);
  hp_ui_test_add ("/window/example-notice", test_example_notice);
  hp_ui_test_add ("/window/import-catalog", test_import_catalog);
  hp_ui_test_add ("/window/drafts", test_drafts);
  hp_ui_test_add ("/window/conflicted-copy", test_conflicted_copy);

  return hp_ui_test_run ();
}
