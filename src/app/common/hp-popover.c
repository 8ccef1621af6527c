/* hp-popover.c: popovers that never outlive their window's input
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An open popover holds a GTK grab, and the grab holds a reference to the
 * popover.  GTK 4.8 releases the grab only when the popover is hidden or
 * disposed, and it is never disposed while the grab keeps it alive: a
 * popover still open when its window goes away stays behind, unrealized, as
 * the grab of the default window group.  Every later window's input is then
 * shadowed by it, and GTK's crossing and tooltip timers ask a surface that
 * no longer exists where the pointer is (a critical, fatal in tests).  So a
 * popover is always closed before it is unparented, and a window closes its
 * popovers as it goes.
 *
 * GTK 4.8 also leaves the keyboard focus inside a popover it hides.  The
 * window then moves it on after the next frame, holding a reference to the
 * popover until then; if a second widget round the focus goes away in the
 * same frame (a board rebuilt after the edit the popover made), that
 * reference is overwritten and the popover leaks.  And a keyboard user's
 * focus is lost.  So a closing popover hands the focus back at once to
 * where it was before it opened (or else to its parent), as a menu button
 * does.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-popover.h"

#define FOCUS_BEFORE "hp-popover-focus-before"

static void
popover_mapped_cb (GtkWidget *popover)
{
  GtkRoot *root = gtk_widget_get_root (popover);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GWeakRef *before = g_object_get_data (G_OBJECT (popover), FOCUS_BEFORE);

  if (focus == NULL || !gtk_widget_is_ancestor (focus, popover))
    g_weak_ref_set (before, focus);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
popover_closed_cb (GtkWidget *popover)
{
  GtkWidget *parent = gtk_widget_get_parent (popover);
  GtkRoot *root = gtk_widget_get_root (popover);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  g_autoptr(GtkWidget) before = g_weak_ref_get (g_object_get_data (G_OBJECT (popover),
                                                                   FOCUS_BEFORE));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, popover))
    return;
  if (before != NULL && gtk_widget_get_root (before) == root && gtk_widget_grab_focus (before))
    return;
  /* The parent, or the nearest focusable widget round it. */
  for (GtkWidget *w = parent; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_grab_focus (w) || gtk_widget_child_focus (w, GTK_DIR_TAB_FORWARD))
      return;
}

/* Sets @popover on @parent; when it closes, the focus goes back where it
 * was before any other "closed" handler runs.  Connect those after this. */
void
hp_popover_attach (GtkWidget *popover,
                   GtkWidget *parent)
{
  GWeakRef *before;

  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (GTK_IS_WIDGET (parent));

  before = g_new0 (GWeakRef, 1);
  g_weak_ref_init (before, NULL);
  g_object_set_data_full (G_OBJECT (popover), FOCUS_BEFORE, before,
                          (GDestroyNotify) weak_ref_free);
  gtk_widget_set_parent (popover, parent);
  g_signal_connect (popover, "map", G_CALLBACK (popover_mapped_cb), NULL);
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed_cb), NULL);
}

/* Closes @popover if it is open and takes it from its parent; use in place
 * of gtk_widget_unparent () for popovers. */
void
hp_popover_unparent (GtkWidget *popover)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));

  if (gtk_widget_get_visible (popover))
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_unparent (popover);
}

/* Closes every open popover inside @widget, GTK's own (menu buttons, drop
 * downs) included. */
void
hp_popover_close_all (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_POPOVER (c) && gtk_widget_get_visible (c))
        gtk_popover_popdown (GTK_POPOVER (c));
      hp_popover_close_all (c);
    }
}
