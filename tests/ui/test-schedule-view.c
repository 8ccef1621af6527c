/* test-schedule-view.c: the Schedule view, driven through its actions, against the core's generator
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suites fix the day at 27 November 2026 (HITPLANNER_TODAY), a Friday:
 * the sample plan's week has Monday to Wednesday done and Thursday's block
 * missed.  The week view, its keys and its drags end in the same
 * schedule.* actions the tests call.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hp-availability-grid.h"
#include "hp-block-tile.h"
#include "hp-form.h"
#include "hp-schedule-view.h"
#include "hp-ui-test.h"
#include "hp-week-view.h"

static HpScheduleView *
schedule_view (Fixture *f)
{
  return HP_SCHEDULE_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window), HP_TYPE_WINDOW,
                                                          "schedule_view"));
}

static HpWeekView *
week_view (Fixture *f)
{
  return HP_WEEK_VIEW (hp_schedule_view_get_week_view (schedule_view (f)));
}

static void
show_schedule (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "schedule"));
  hp_ui_test_settle (f->window);
}

static void
schedule_action (Fixture    *f,
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
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (schedule_view (f)), name,
                                                     parameter));
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

static HpPlan *
plan (Fixture *f)
{
  return hp_window_get_plan (f->window);
}

static HpDocument *
document (Fixture *f)
{
  return hp_view_get_document (HP_VIEW (schedule_view (f)));
}

static guint
count_blocks (HpPlan     *p,
              const char *from,
              const char *to,
              gboolean    done)
{
  GDate a, b;
  guint n = 0;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_assert_true (hp_date_parse (from, &a) && hp_date_parse (to, &b));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (p->blocks)); i++)
    {
      g_autoptr(HpStudyBlock) x = g_list_model_get_item (G_LIST_MODEL (p->blocks), i);
      if (g_date_compare (&x->date, &a) >= 0 && g_date_compare (&x->date, &b) <= 0 &&
          (!done || x->done))
        n++;
    }
  return n;
}

/* The first block of @p on @date at @start, or NULL (the plan keeps it). */
static HpStudyBlock *
block_at (HpPlan     *p,
          const char *date,
          guint       start)
{
  GDate d;

  g_date_clear (&d, 1);
  g_assert_true (hp_date_parse (date, &d));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (p->blocks)); i++)
    {
      g_autoptr(HpStudyBlock) x = g_list_model_get_item (G_LIST_MODEL (p->blocks), i);
      if (g_date_compare (&x->date, &d) == 0 && x->start == start)
        return x;
    }
  return NULL;
}

/* The week of 23 November: every block of the plan that week is a tile,
 * named for screen readers; Thursday's is missed, Monday's done. */
static void
test_week (Fixture       *f,
           gconstpointer  data)
{
  HpStudyBlock *missed, *done;
  GtkWidget *tile;

  show_schedule (f);
  g_assert_cmpuint (hp_week_view_get_n_blocks (week_view (f)), ==,
                    count_blocks (plan (f), "2026-11-23", "2026-11-29", FALSE));
  g_assert_cmpuint (hp_week_view_get_n_blocks (week_view (f)), >, 8);
  missed = block_at (plan (f), "2026-11-26", 8 * 60);
  g_assert_nonnull (missed);
  tile = hp_week_view_get_tile (week_view (f), missed->uid);
  g_assert_nonnull (tile);
  g_assert_true (hp_block_tile_get_missed (HP_BLOCK_TILE (tile)));
  g_assert_cmpstr (hp_block_tile_get_title (HP_BLOCK_TILE (tile)), ==,
                   "Study: HIT 240 Health Statistics and Data Analytics");
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (tile)), ==,
                   GTK_ACCESSIBLE_ROLE_BUTTON);
  done = block_at (plan (f), "2026-11-23", 10 * 60 + 45);
  g_assert_nonnull (done);
  g_assert_true (done->done);
  g_assert_false (hp_block_tile_get_missed (HP_BLOCK_TILE (hp_week_view_get_tile (week_view (f),
                                                                                  done->uid))));
  /* each tile sits in its day's column, below the header */
  {
    graphene_rect_t r;

    g_assert_true (hp_week_view_tile_area (week_view (f), missed->uid, &r));
    g_assert_cmpfloat (r.size.height, >, 20);
    g_assert_cmpfloat (r.origin.x, >, 50 + 3 * (gtk_widget_get_width (GTK_WIDGET (week_view (f))) - 50) / 7.0);
  }
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-week");
  hp_ui_test_set_style ("dark");
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-week-dark");
  hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);
  hp_ui_test_set_style (NULL);
  hp_ui_test_settle (f->window);

  /* week navigation */
  schedule_action (f, "schedule.week", "i", 1);
  g_assert_cmpuint (hp_week_view_get_n_blocks (week_view (f)), ==,
                    count_blocks (plan (f), "2026-11-30", "2026-12-06", FALSE));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-next-week");
  schedule_action (f, "schedule.week", "i", 0);
  g_assert_nonnull (hp_week_view_get_tile (week_view (f), missed->uid));
}

/* Make Schedule gives what the core gives for the same plan and moment, as
 * one edit: the missed Thursday block moves to Friday 08:00. */
static void
test_generate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) before = hp_plan_to_bytes (plan (f));
  g_autoptr(HpPlan) copy = hp_plan_load_bytes (before, "copy", NULL);
  g_autoptr(GDateTime) now = hp_date_time_now (NULL);
  g_autoptr(HpScheduleResult) expected = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  HpScheduleResult *last;
  HpStudyBlock *moved;

  show_schedule (f);
  expected = hp_schedule_generate (copy, hp_document_get_catalog (document (f)), now, NULL, NULL);
  schedule_action (f, "schedule.generate", NULL);
  last = HP_SCHEDULE_RESULT (hp_schedule_view_get_last (schedule_view (f)));
  g_assert_nonnull (last);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan (f)->blocks)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (expected->blocks)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (expected->blocks)); i++)
    {
      g_autoptr(HpStudyBlock) a = g_list_model_get_item (G_LIST_MODEL (expected->blocks), i);
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (G_LIST_MODEL (plan (f)->blocks), i);

      g_assert_cmpint (hp_study_block_compare (a, b), ==, 0);
      g_assert_cmpstr (a->uid, ==, b->uid);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (last->moved)), ==, 1);
  moved = block_at (plan (f), "2026-11-27", 8 * 60);
  g_assert_nonnull (moved);
  g_assert_true (g_date_valid (&moved->moved_date));
  g_assert_null (block_at (plan (f), "2026-11-26", 8 * 60));
  g_assert_false (hp_block_tile_get_missed (HP_BLOCK_TILE (hp_week_view_get_tile (week_view (f),
                                                                                  moved->uid))));
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-generated");

  /* one step to undo */
  after = hp_plan_to_bytes (plan (f));
  g_assert_false (g_bytes_equal (before, after));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  undone = hp_plan_to_bytes (plan (f));
  g_assert_true (g_bytes_equal (before, undone));
}

static GtkEventController *
controller_of (GtkWidget *widget,
               GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;  /* the widget keeps it */
    }
  return NULL;
}

static void
press_key (Fixture        *f,
           guint           keyval,
           GdkModifierType state)
{
  GtkEventController *keys = controller_of (GTK_WIDGET (week_view (f)), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  g_assert_true (handled);
  hp_ui_test_settle (f->window);
}

/* The week's keys: arrows go from block to block, Alt+Down moves the
 * focused block a quarter hour later, Alt+Right a day, Alt+Shift+Down
 * lengthens it, Delete removes it; a drag by the middle moves it, by the
 * lower edge resizes it. */
static void
test_keys_and_drag (Fixture       *f,
                    gconstpointer  data)
{
  HpStudyBlock *b;
  g_autofree char *uid = NULL;
  g_autofree char *next_uid = NULL;
  GtkGesture *drag;
  graphene_rect_t r;

  show_schedule (f);
  b = block_at (plan (f), "2026-11-27", 8 * 60);
  g_assert_nonnull (b);
  uid = g_strdup (b->uid);
  g_assert_true (hp_week_view_focus_uid (week_view (f), uid));
  press_key (f, GDK_KEY_Right, 0);
  next_uid = g_strdup (hp_week_view_get_focus_uid (week_view (f)));
  g_assert_cmpstr (next_uid, ==, block_at (plan (f), "2026-11-28", 13 * 60)->uid);
  press_key (f, GDK_KEY_Left, 0);
  g_assert_cmpstr (hp_week_view_get_focus_uid (week_view (f)), ==, uid);

  press_key (f, GDK_KEY_Down, GDK_ALT_MASK);
  b = hp_document_find_block (document (f), uid, NULL);
  g_assert_cmpuint (b->start, ==, 8 * 60 + 15);
  g_assert_cmpuint (b->end, ==, 10 * 60 + 15);
  g_assert_true (b->pinned);
  press_key (f, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK);
  b = hp_document_find_block (document (f), uid, NULL);
  g_assert_cmpuint (b->end, ==, 10 * 60 + 30);
  press_key (f, GDK_KEY_Right, GDK_ALT_MASK);
  b = hp_document_find_block (document (f), uid, NULL);
  g_assert_cmpint (g_date_get_day (&b->date), ==, 28);
  g_assert_cmpstr (hp_week_view_get_focus_uid (week_view (f)), ==, uid);

  /* a click on it (pressed and released, no drag) opens its form */
  {
    GtkGesture *click = GTK_GESTURE (controller_of (GTK_WIDGET (week_view (f)), GTK_TYPE_GESTURE_CLICK));
    GtkWindow *form;

    g_assert_nonnull (click);
    g_assert_true (hp_week_view_tile_area (week_view (f), uid, &r));
    g_signal_emit_by_name (click, "pressed", 1, r.origin.x + 5, r.origin.y + 5);
    g_signal_emit_by_name (click, "released", 1, r.origin.x + 5, r.origin.y + 5);
    hp_ui_test_settle (f->window);
    form = find_form ("Edit Study Block");
    g_assert_nonnull (form);
    hp_ui_test_screenshot (form, "form-block-edit");
    gtk_window_destroy (form);
    hp_ui_test_settle (f->window);
  }

  /* drag the block by its middle one column left and an hour down */
  drag = GTK_GESTURE (controller_of (GTK_WIDGET (week_view (f)), GTK_TYPE_GESTURE_DRAG));
  g_assert_nonnull (drag);
  g_assert_true (hp_week_view_tile_area (week_view (f), uid, &r));
  {
    double x = r.origin.x + r.size.width / 2, y = r.origin.y + r.size.height / 2;
    double column = r.size.width + 4, hour = r.size.height / 2.25;

    g_signal_emit_by_name (drag, "drag-begin", x, y);
    g_signal_emit_by_name (drag, "drag-update", -column, hour);
    g_signal_emit_by_name (drag, "drag-end", -column, hour);
    hp_ui_test_settle (f->window);
    b = hp_document_find_block (document (f), uid, NULL);
    g_assert_cmpint (g_date_get_day (&b->date), ==, 27);
    g_assert_cmpuint (b->start, ==, 9 * 60 + 15);
    g_assert_cmpuint (b->end, ==, 11 * 60 + 30);
    g_assert_cmpstr (hp_document_get_undo_label (document (f)), ==, "Move Study Block");

    /* by the lower edge: half an hour longer */
    g_assert_true (hp_week_view_tile_area (week_view (f), uid, &r));
    x = r.origin.x + r.size.width / 2;
    y = r.origin.y + r.size.height - 3;
    g_signal_emit_by_name (drag, "drag-begin", x, y);
    g_signal_emit_by_name (drag, "drag-update", 0.0, hour / 2);
    g_signal_emit_by_name (drag, "drag-end", 0.0, hour / 2);
    hp_ui_test_settle (f->window);
    b = hp_document_find_block (document (f), uid, NULL);
    g_assert_cmpuint (b->start, ==, 9 * 60 + 15);
    g_assert_cmpuint (b->end, ==, 12 * 60);
    g_assert_cmpstr (hp_document_get_undo_label (document (f)), ==, "Resize Study Block");
  }

  g_assert_true (hp_week_view_focus_uid (week_view (f), uid));
  press_key (f, GDK_KEY_Delete, 0);
  g_assert_null (hp_document_find_block (document (f), uid, NULL));
}

/* Moving and resizing (what a drag or Alt with the arrows does) pins the
 * block, so Make Schedule keeps it; Delete removes; each is one undo. */
static void
test_move_and_remove (Fixture       *f,
                      gconstpointer  data)
{
  HpStudyBlock *b;
  g_autofree char *uid = NULL;
  GDate date;

  show_schedule (f);
  b = block_at (plan (f), "2026-11-28", 13 * 60);
  g_assert_nonnull (b);
  uid = g_strdup (b->uid);
  g_assert_true (hp_week_view_focus_uid (week_view (f), uid));
  g_date_clear (&date, 1);
  g_assert_true (hp_date_parse ("2026-11-29", &date));
  /* the week view's own signal, as its drag and its keys emit it */
  g_signal_emit_by_name (week_view (f), "move-block", uid, g_date_get_julian (&date), 14 * 60,
                         15 * 60 + 30);
  hp_ui_test_settle (f->window);
  b = hp_document_find_block (document (f), uid, NULL);
  g_assert_nonnull (b);
  g_assert_true (b->pinned);
  g_assert_cmpuint (b->start, ==, 14 * 60);
  g_assert_cmpuint (b->end, ==, 15 * 60 + 30);
  g_assert_cmpint (g_date_compare (&b->date, &date), ==, 0);
  g_assert_cmpstr (hp_document_get_undo_label (document (f)), ==, "Resize Study Block");

  schedule_action (f, "schedule.generate", NULL);
  b = hp_document_find_block (document (f), uid, NULL);
  g_assert_nonnull (b);
  g_assert_cmpuint (b->start, ==, 14 * 60);

  g_signal_emit_by_name (week_view (f), "remove-block", uid);
  hp_ui_test_settle (f->window);
  g_assert_null (hp_document_find_block (document (f), uid, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  g_assert_nonnull (hp_document_find_block (document (f), uid, NULL));
}

/* A block added through its form; marking an exam block done logs its
 * hours to the exam's domain, and undoing takes them back. */
static void
test_block_form_and_done (Fixture       *f,
                          gconstpointer  data)
{
  HpExamTarget *exam;
  GtkWindow *form;
  HpStudyBlock *b;
  guint logs;

  show_schedule (f);
  exam = g_list_model_get_item (G_LIST_MODEL (plan (f)->exams), 0);
  g_object_unref (exam);
  logs = g_list_model_get_n_items (G_LIST_MODEL (exam->study));

  schedule_action (f, "schedule.block-dialog", "s", "");
  form = find_form ("Add Study Block");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-block");
  gtk_window_destroy (form);
  hp_ui_test_settle (f->window);

  schedule_action (f, "schedule.save-block", "(sssssssbs)", "", "", "RHIT", "rhit-3",
                   "2026-11-27", "16:00", "17:30", FALSE, "Chapter 9; data, analytics \\ use");
  b = block_at (plan (f), "2026-11-27", 16 * 60);
  g_assert_nonnull (b);
  g_assert_cmpstr (b->exam, ==, "RHIT");
  g_assert_true (b->pinned);
  g_assert_nonnull (hp_week_view_get_tile (week_view (f), b->uid));

  g_signal_emit_by_name (week_view (f), "toggle-done", b->uid);
  hp_ui_test_settle (f->window);
  g_assert_true (b->done || hp_document_find_block (document (f), b->uid, NULL)->done);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exam->study)), ==, logs + 1);
  {
    g_autoptr(HpStudyLog) log = g_list_model_get_item (G_LIST_MODEL (exam->study), logs);
    g_assert_cmpstr (log->domain, ==, "rhit-3");
    g_assert_cmpfloat (log->hours, ==, 1.5);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  hp_ui_test_settle (f->window);
  exam = g_list_model_get_item (G_LIST_MODEL (plan (f)->exams), 0);
  g_object_unref (exam);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exam->study)), ==, logs);

  /* a time that is not one is refused with a message, and nothing changes */
  schedule_action (f, "schedule.save-block", "(sssssssbs)", "", "HIT 130", "", "", "2026-11-27",
                   "25:00", "26:00", FALSE, "");
  g_assert_null (block_at (plan (f), "2026-11-27", 25 * 60));
}

/* Free time painted on the grid is one edit; commitments and breaks through
 * their forms; the settings through theirs. */
static void
test_free_time (Fixture       *f,
                gconstpointer  data)
{
  HpAvailabilityGrid *grid;
  GtkWindow *form;
  guint n;

  show_schedule (f);
  hp_schedule_view_show_page (schedule_view (f), "free");
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-free-time");
  hp_ui_test_set_style ("dark");
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-free-time-dark");
  hp_ui_test_assert_contrast (GTK_WINDOW (f->window), 4.5);
  hp_ui_test_set_style (NULL);
  hp_ui_test_settle (f->window);

  /* a stroke on the grid: Sunday 08:00 to 10:00 becomes free */
  grid = HP_AVAILABILITY_GRID (hp_schedule_view_get_grid (schedule_view (f)));
  hp_availability_grid_paint (grid, 6, 6, 8 * 60, 9 * 60 + 30, TRUE);
  g_signal_emit_by_name (grid, "changed");
  hp_ui_test_settle (f->window);
  {
    g_autoptr(GListStore) expected = g_list_store_new (HP_TYPE_TIME_SLOT);
    g_autofree char *text = NULL;

    g_assert_cmpstr (hp_document_get_undo_label (document (f)), ==, "Change Availability");
    text = hp_availability_describe (G_LIST_MODEL (plan (f)->availability));
    g_assert_nonnull (strstr (text, "Sun 08:00–10:00, 13:00–20:00"));
  }

  n = g_list_model_get_n_items (G_LIST_MODEL (plan (f)->commitments));
  schedule_action (f, "schedule.commitment-dialog", "i", -1);
  form = find_form ("Add Commitment");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-commitment");
  gtk_window_destroy (form);
  schedule_action (f, "schedule.set-commitment", "(iusss)", -1, 4, "08:00", "12:00",
                   "Clinical practicum, Memorial Hospital");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan (f)->commitments)), ==, n + 1);

  schedule_action (f, "schedule.break-dialog", NULL);
  form = find_form ("Add Break");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-break");
  gtk_window_destroy (form);
  schedule_action (f, "schedule.add-break", "(sssbd)", "Spring break", "2027-03-15",
                   "2027-03-19", FALSE, 0.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan (f)->breaks)), ==, 3);

  schedule_action (f, "schedule.rules-dialog", NULL);
  form = find_form ("Schedule Settings");
  g_assert_nonnull (form);
  hp_ui_test_screenshot (form, "form-schedule-settings");
  gtk_window_destroy (form);
  schedule_action (f, "schedule.set-rules", "(duuuu)", 2.5, 45u, 90u, 10u, 300u);
  g_assert_cmpuint (plan (f)->rules.max_session, ==, 90);
  schedule_action (f, "schedule.set-course-hours", "(sd)", "HIT 130", 8.0);
  g_assert_cmpfloat (hp_plan_course_hours (plan (f), "HIT 130", 3), ==, 8);
  hp_ui_test_settle (f->window);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-free-time-edited");
}

/* Export to a calendar file: the blocks of the term, with the line that
 * says how many. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-ics-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "study.ics", NULL);
  g_autofree char *text = NULL;
  guint events = 0;

  show_schedule (f);
  schedule_action (f, "schedule.export-ics", "(ss)", path, "term");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (const char *p = text; (p = strstr (p, "BEGIN:VEVENT\r\n")) != NULL; p++)
    events++;
  g_assert_cmpuint (events, ==, count_blocks (plan (f), "2026-08-15", "2026-12-31", FALSE));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_nonnull (hp_schedule_view_get_status (schedule_view (f)));
  g_assert_true (g_str_has_prefix (hp_schedule_view_get_status (schedule_view (f)), "Exported "));
  g_remove (path);
  g_rmdir (dir);
}

/* No plan: the view says what it is for. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-plan", "(su)",
                                             "aas-hit", HP_TERM_KEY (2027, HP_SEASON_FALL)));
  hp_ui_test_settle (f->window);
  show_schedule (f);
  g_assert_cmpuint (hp_week_view_get_n_blocks (week_view (f)), ==, 0);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-new-plan");
  /* the first step: paint free time */
  schedule_action (f, "schedule.page", "s", "free");
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-new-plan-free-time");
}

/* Narrow windows: the week stays, the side panel goes. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  show_schedule (f);
  hp_ui_test_resize (f->window, 600);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (week_view (f))), >, 0);
  hp_ui_test_screenshot (GTK_WINDOW (f->window), "schedule-narrow-600");
}

int
main (int    argc,
      char **argv)
{
  int skip = hp_ui_test_init (&argc, &argv);

  if (skip != 0)
    return skip;

  hp_ui_test_add ("/schedule/week", test_week);
  hp_ui_test_add ("/schedule/generate", test_generate);
  hp_ui_test_add ("/schedule/move-and-remove", test_move_and_remove);
  hp_ui_test_add ("/schedule/keys-and-drag", test_keys_and_drag);
  hp_ui_test_add ("/schedule/block-form-and-done", test_block_form_and_done);
  hp_ui_test_add ("/schedule/free-time", test_free_time);
  hp_ui_test_add ("/schedule/export", test_export);
  hp_ui_test_add ("/schedule/empty", test_empty);
  hp_ui_test_add ("/schedule/narrow", test_narrow);

  return hp_ui_test_run ();
}
