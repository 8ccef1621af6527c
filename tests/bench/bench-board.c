/* bench-board.c: the plan board with a large plan: time to show it, memory, frames while in use
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-board sample | large
 * Opens the sample plan, or a generated 200-term plan against a generated
 * 5,000-course catalog, in the real window, and prints:
 *   open-ms N      from opening the file to the board drawn with its cards
 *   peak-kb N      peak resident memory then
 *   type-frame-ms N, type-stall-ms N
 *                  the longest frame (layout and paint), and the longest time
 *                  the main loop could not answer (a 5 ms timer's lateness),
 *                  while typing a search in the catalog
 *   scroll-frame-ms N, scroll-stall-ms N
 *                  the same while scrolling the board
 * tests/bench/board runs both and prints the ratios.  Run by hand.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-data.h"
#include "hp-application.h"
#include "hp-plan-view.h"
#include "hp-window.h"

typedef struct
{
  gint64   frame_start;
  double   worst_frame;
  gint64   last_tick;
  double   worst_stall;
  gboolean measuring;
  guint    painted;
} Frames;

#define TICK_MS 5

/* A timer that should run every 5 ms: how late it runs is how long the
 * main loop was busy with something else. */
static gboolean
tick_cb (gpointer data)
{
  Frames *frames = data;
  gint64 now = g_get_monotonic_time ();

  if (frames->measuring && frames->last_tick > 0)
    frames->worst_stall = MAX (frames->worst_stall, (now - frames->last_tick) / 1000.0 - TICK_MS);
  frames->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
update_cb (GdkFrameClock *clock,
           Frames        *frames)
{
  frames->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  gint64 now = g_get_monotonic_time ();

  frames->painted++;
  if (frames->measuring && frames->frame_start > 0)
    frames->worst_frame = MAX (frames->worst_frame, (now - frames->frame_start) / 1000.0);
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_painted (Frames *frames,
              guint   after)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (frames->painted <= after && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

/* Until nothing is left to do (columns built when idle) and that is drawn. */
static void
wait_settled (Frames *frames)
{
  guint painted;

  do
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      painted = frames->painted;
      wait_painted (frames, painted);
    }
  while (g_main_context_pending (NULL));
}

static void
report (const char *what,
        Frames     *frames)
{
  printf ("%s-frame-ms %.1f\n", what, frames->worst_frame);
  printf ("%s-stall-ms %.1f\n", what, frames->worst_stall);
  frames->worst_frame = frames->worst_stall = 0;
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

int
main (int    argc,
      char **argv)
{
  gboolean large = argc > 1 && g_str_equal (argv[1], "large");
  g_autofree char *dir = g_dir_make_tmp ("hitplanner-board-XXXXXX", NULL);
  g_autofree char *catalog_path = NULL;
  g_autofree char *plan_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HpApplication) app = NULL;
  Frames frames = { 0 };
  const char *query = "coding practicum";
  GdkFrameClock *clock;
  HpWindow *window;
  HpPlanView *view;
  GtkAdjustment *h;
  gint64 start;
  guint before;

  gtk_init ();
  if (large)
    {
      g_assert_true (bench_write_files (dir, 5000, 200, &catalog_path, &plan_path));
      file = g_file_new_for_path (plan_path);
    }
  else
    file = hp_plan_sample_file ();

  app = hp_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = hp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  spin (300);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "update", G_CALLBACK (update_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);
  view = HP_PLAN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), HP_TYPE_WINDOW,
                                                      "plan_view"));

  /* Open the plan and wait for the board's first frame. */
  start = g_get_monotonic_time ();
  g_assert_true (hp_window_open_file (window, file));
  before = frames.painted;
  wait_painted (&frames, before);
  wait_settled (&frames);
  printf ("open-ms %.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  printf ("peak-kb %ld\n", peak_rss_kb ());
  spin (500);

  /* Type a search, a key every 120 ms, then scroll the board. */
  g_timeout_add_full (G_PRIORITY_HIGH, TICK_MS, tick_cb, &frames, NULL);
  spin (50);
  frames.measuring = TRUE;
  for (guint i = 1; i <= strlen (query); i++)
    {
      g_autofree char *typed = g_strndup (query, i);

      gint64 t0 = g_get_monotonic_time ();

      hp_catalog_panel_set_search (hp_plan_view_get_catalog_panel (view), typed);
      if (g_getenv ("BENCH_VERBOSE"))
        g_printerr ("typed %u: %.1f ms in set_search, stall so far %.1f\n", i,
                    (g_get_monotonic_time () - t0) / 1000.0, frames.worst_stall);
      spin (120);
    }
  report ("type", &frames);
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (
        gtk_widget_get_template_child (GTK_WIDGET (view), HP_TYPE_PLAN_VIEW, "board_scroller")));
  for (guint i = 0; i < 120; i++)
    {
      gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + 60);
      spin (16);
    }
  report ("scroll", &frames);

  gtk_window_destroy (GTK_WINDOW (window));
  if (catalog_path != NULL)
    {
      g_remove (catalog_path);
      g_remove (plan_path);
    }
  g_rmdir (dir);
  return 0;
}
