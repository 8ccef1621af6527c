/* hp-availability-grid.c: the week's free time, painted with the mouse or the keyboard
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Monday to Sunday across, 06:00 to midnight down, in rows of 15 or 30
 * minutes.  Dragging paints a rectangle: free time where the drag started
 * on busy time, and the other way round.  The arrows move a cursor; Space
 * turns its cell; Shift with an arrow paints as it moves.  Each stroke is
 * one "changed" signal, which the Schedule view makes one undoable edit.
 * Commitments are drawn over the free time with their names: the schedule
 * never uses them, painted or not.  A quarter hour counts as free only when
 * all of it is (a slot from 18:10 shows from 18:15).
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hp-availability-grid.h"
#include "hp-style.h"

#define HEADER     24
#define GUTTER     50
#define CELL       15          /* minutes a stored cell holds */
#define N_CELLS    (24 * 60 / CELL)
#define FIRST_HOUR 6

struct _HpAvailabilityGrid
{
  GtkWidget  parent_instance;

  HpPlan    *plan;
  guint      step;            /* 15 or 30 minutes a row */
  gboolean   cells[7][N_CELLS];
  gboolean   before[7][N_CELLS];  /* at the start of a stroke */
  guint      cursor_day;
  guint      cursor_minute;
  gboolean   stroke_value;
  guint      anchor_day;
  guint      anchor_minute;
};

G_DEFINE_FINAL_TYPE (HpAvailabilityGrid, hp_availability_grid, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static guint
n_rows (HpAvailabilityGrid *self)
{
  return (24 - FIRST_HOUR) * 60 / self->step;
}

static double
row_height (HpAvailabilityGrid *self)
{
  return MAX (4.0, (gtk_widget_get_height (GTK_WIDGET (self)) - HEADER) / (double) n_rows (self));
}

static double
col_width (HpAvailabilityGrid *self)
{
  return MAX (1.0, (gtk_widget_get_width (GTK_WIDGET (self)) - GUTTER) / 7.0);
}

static double
minute_y (HpAvailabilityGrid *self,
          guint               minute)
{
  return HEADER + ((double) minute - FIRST_HOUR * 60) / self->step * row_height (self);
}

/* The cell under a point, clamped to the grid. */
static void
cell_at (HpAvailabilityGrid *self,
         double              x,
         double              y,
         guint              *day,
         guint              *minute)
{
  int d = (int) floor ((x - GUTTER) / col_width (self));
  int row = (int) floor ((y - HEADER) / row_height (self));

  *day = CLAMP (d, 0, 6);
  *minute = FIRST_HOUR * 60 + CLAMP (row, 0, (int) n_rows (self) - 1) * self->step;
}

static gboolean
row_free (HpAvailabilityGrid *self,
          guint               day,
          guint               minute)
{
  for (guint m = minute; m < minute + self->step; m += CELL)
    if (!self->cells[day][m / CELL])
      return FALSE;
  return TRUE;
}

/* Sets the rows from @minute_from to @minute_to (both rows included) of
 * the days from @day_from to @day_to, in either order. */
void
hp_availability_grid_paint (HpAvailabilityGrid *self,
                            guint               day_from,
                            guint               day_to,
                            guint               minute_from,
                            guint               minute_to,
                            gboolean            available)
{
  guint d0 = MIN (day_from, day_to), d1 = MIN (MAX (day_from, day_to), 6);
  guint m0 = MIN (minute_from, minute_to), m1 = MAX (minute_from, minute_to) + self->step;

  for (guint d = d0; d <= d1; d++)
    for (guint m = m0 / CELL * CELL; m < MIN (m1, 24 * 60); m += CELL)
      self->cells[d][m / CELL] = available;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The free time as slots: each day's runs of free cells, in day order. */
GPtrArray *
hp_availability_grid_get_slots (HpAvailabilityGrid *self)
{
  GPtrArray *slots = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint d = 0; d < 7; d++)
    for (guint c = 0; c < N_CELLS; c++)
      {
        guint end = c;

        if (!self->cells[d][c])
          continue;
        while (end < N_CELLS && self->cells[d][end])
          end++;
        g_ptr_array_add (slots, hp_time_slot_new (d, c * CELL, end * CELL));
        c = end;
      }
  return slots;
}

/* "Mon 08:00–22:00; Tue ...": the free time in words, for screen readers
 * and for the line under the grid. */
char *
hp_availability_describe (GListModel *slots)
{
  static const char *days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"),
                                N_("Sat"), N_("Sun") };
  GString *text = g_string_new (NULL);
  guint minutes = 0;

  for (guint d = 0; d < 7; d++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
        {
          g_autoptr(HpTimeSlot) s = g_list_model_get_item (slots, i);

          if (s->day != d)
            continue;
          if (first)
            g_string_append_printf (text, "%s%s ", text->len ? "; " : "", _(days[d]));
          else
            g_string_append (text, ", ");
          g_string_append_printf (text, "%02u:%02u–%02u:%02u", s->start / 60, s->start % 60,
                                  s->end / 60, s->end % 60);
          minutes += s->end - s->start;
          first = FALSE;
        }
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return g_strdup (_("No free time painted yet"));
    }
  {
    g_autofree char *total = hp_minutes_format (minutes);
    g_string_append_printf (text, _(" (%s a week)"), total);
  }
  return g_string_free (text, FALSE);
}

static void
update_label (HpAvailabilityGrid *self)
{
  g_autoptr(GPtrArray) slots = hp_availability_grid_get_slots (self);
  g_autoptr(GListStore) store = g_list_store_new (HP_TYPE_TIME_SLOT);
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  g_list_store_splice (store, 0, 0, slots->pdata, slots->len);
  text = hp_availability_describe (G_LIST_MODEL (store));
  label = g_strdup_printf (_("Free time each week: %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  label, -1);
}

static void
emit_changed (HpAvailabilityGrid *self)
{
  if (memcmp (self->before, self->cells, sizeof self->cells) != 0)
    {
      update_label (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/* Drawing --------------------------------------------------------------------------------------- */

static void
hp_availability_grid_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  static const char *days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"),
                                N_("Sat"), N_("Sun") };
  HpAvailabilityGrid *self = HP_AVAILABILITY_GRID (widget);
  double w = col_width (self), h = row_height (self), height = gtk_widget_get_height (widget);
  GdkRGBA fg, line, strong, free_color = { 0.18, 0.58, 0.33, 0.75 }, busy;

  hp_style_get_text_color (widget, &fg);
  line = fg;
  line.alpha = 0.10;
  strong = fg;
  strong.alpha = 0.25;
  busy = fg;
  busy.alpha = 0.30;

  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", _(days[d]));

      hp_style_append_text (snapshot, widget, name, GUTTER + d * w + 4, 3, w - 8, &fg);
      for (guint r = 0; r < n_rows (self); r++)
        {
          guint minute = FIRST_HOUR * 60 + r * self->step;

          if (row_free (self, d, minute))
            gtk_snapshot_append_color (snapshot, &free_color,
                                       &GRAPHENE_RECT_INIT (GUTTER + d * w + 1, HEADER + r * h,
                                                            w - 2, h));
        }
      gtk_snapshot_append_color (snapshot, &strong,
                                 &GRAPHENE_RECT_INIT (GUTTER + d * w, HEADER, 1, height - HEADER));
    }

  for (guint r = 0; r <= n_rows (self); r++)
    {
      guint minute = FIRST_HOUR * 60 + r * self->step;
      double y = HEADER + r * h;

      gtk_snapshot_append_color (snapshot, minute % 60 == 0 ? &strong : &line,
                                 &GRAPHENE_RECT_INIT (GUTTER, y, 7 * w, 1));
      if (minute % 60 == 0 && minute < 24 * 60)
        {
          g_autofree char *label = g_strdup_printf ("<small>%02u:00</small>", minute / 60);
          hp_style_append_text (snapshot, widget, label, 6, y + 1, GUTTER - 8, &fg);
        }
    }

  /* commitments: never used for study, painted or not */
  if (self->plan != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plan->commitments)); i++)
      {
        g_autoptr(HpTimeSlot) s = g_list_model_get_item (G_LIST_MODEL (self->plan->commitments), i);
        double y0 = minute_y (self, MAX (s->start, FIRST_HOUR * 60));
        double y1 = minute_y (self, s->end);
        g_autofree char *title = g_markup_printf_escaped ("<small>%s</small>",
                                                          s->title ? s->title : _("Commitment"));

        if (s->end <= FIRST_HOUR * 60)
          continue;
        gtk_snapshot_append_color (snapshot, &busy,
                                   &GRAPHENE_RECT_INIT (GUTTER + s->day * w + 6, y0, w - 12, y1 - y0));
        if (y1 - y0 >= 12)
          hp_style_append_text (snapshot, widget, title, GUTTER + s->day * w + 9, y0 + 1, w - 18, &fg);
      }

  if (gtk_widget_has_focus (widget))
    {
      GskRoundedRect cursor;
      const float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA colors[4] = { fg, fg, fg, fg };

      gsk_rounded_rect_init_from_rect (&cursor,
                                       &GRAPHENE_RECT_INIT (GUTTER + self->cursor_day * w + 1,
                                                            minute_y (self, self->cursor_minute),
                                                            w - 2, h), 2);
      gtk_snapshot_append_border (snapshot, &cursor, widths, colors);
    }
}

static void
hp_availability_grid_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  HpAvailabilityGrid *self = HP_AVAILABILITY_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = GUTTER + 7 * 40;
      *natural = GUTTER + 7 * 110;
    }
  else
    {
      *minimum = HEADER + n_rows (self) * (self->step == 15 ? 7 : 12);
      *natural = HEADER + n_rows (self) * (self->step == 15 ? 11 : 18);
    }
}

/* Input ------------------------------------------------------------------------------------------- */

static void
drag_begin_cb (GtkGestureDrag     *gesture,
               double              x,
               double              y,
               HpAvailabilityGrid *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  memcpy (self->before, self->cells, sizeof self->cells);
  cell_at (self, x, y, &self->anchor_day, &self->anchor_minute);
  self->cursor_day = self->anchor_day;
  self->cursor_minute = self->anchor_minute;
  self->stroke_value = !row_free (self, self->anchor_day, self->anchor_minute);
  hp_availability_grid_paint (self, self->anchor_day, self->anchor_day, self->anchor_minute,
                              self->anchor_minute, self->stroke_value);
}

static void
drag_update_cb (GtkGestureDrag     *gesture,
                double              dx,
                double              dy,
                HpAvailabilityGrid *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  cell_at (self, x + dx, y + dy, &self->cursor_day, &self->cursor_minute);
  memcpy (self->cells, self->before, sizeof self->cells);
  hp_availability_grid_paint (self, self->anchor_day, self->cursor_day, self->anchor_minute,
                              self->cursor_minute, self->stroke_value);
}

static void
drag_end_cb (GtkGestureDrag     *gesture,
             double              dx,
             double              dy,
             HpAvailabilityGrid *self)
{
  emit_changed (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HpAvailabilityGrid    *self)
{
  int day = self->cursor_day, minute = self->cursor_minute;
  int last = 24 * 60 - self->step;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: day = MAX (day - 1, 0); break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: day = MIN (day + 1, 6); break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: minute = MAX (minute - (int) self->step, FIRST_HOUR * 60); break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: minute = MIN (minute + (int) self->step, last); break;
    case GDK_KEY_space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      memcpy (self->before, self->cells, sizeof self->cells);
      hp_availability_grid_paint (self, day, day, minute, minute,
                                  !row_free (self, day, minute));
      emit_changed (self);
      return TRUE;
    default:
      return FALSE;
    }
  if (state & GDK_SHIFT_MASK)
    {
      /* paint the cell moved to with the state of the one left */
      self->stroke_value = row_free (self, self->cursor_day, self->cursor_minute);
      memcpy (self->before, self->cells, sizeof self->cells);
      hp_availability_grid_paint (self, day, day, minute, minute, self->stroke_value);
      emit_changed (self);
    }
  self->cursor_day = day;
  self->cursor_minute = minute;
  self->anchor_day = day;
  self->anchor_minute = minute;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* Object ------------------------------------------------------------------------------------------ */

void
hp_availability_grid_set_plan (HpAvailabilityGrid *self,
                               HpPlan             *plan)
{
  g_return_if_fail (HP_IS_AVAILABILITY_GRID (self));

  g_set_object (&self->plan, plan);
  memset (self->cells, 0, sizeof self->cells);
  if (plan != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->availability)); i++)
      {
        g_autoptr(HpTimeSlot) s = g_list_model_get_item (G_LIST_MODEL (plan->availability), i);

        for (guint c = (s->start + CELL - 1) / CELL; c < s->end / CELL && c < N_CELLS; c++)
          self->cells[s->day % 7][c] = TRUE;
      }
  update_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
hp_availability_grid_set_step (HpAvailabilityGrid *self,
                               guint               minutes)
{
  g_return_if_fail (HP_IS_AVAILABILITY_GRID (self));
  g_return_if_fail (minutes == 15 || minutes == 30);

  self->step = minutes;
  self->cursor_minute = self->cursor_minute / minutes * minutes;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
hp_availability_grid_get_step (HpAvailabilityGrid *self)
{
  g_return_val_if_fail (HP_IS_AVAILABILITY_GRID (self), 30);
  return self->step;
}

static void
hp_availability_grid_dispose (GObject *object)
{
  g_clear_object (&HP_AVAILABILITY_GRID (object)->plan);
  G_OBJECT_CLASS (hp_availability_grid_parent_class)->dispose (object);
}

static void
hp_availability_grid_class_init (HpAvailabilityGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_availability_grid_dispose;
  widget_class->snapshot = hp_availability_grid_snapshot;
  widget_class->measure = hp_availability_grid_measure;
  gtk_widget_class_set_css_name (widget_class, "availabilitygrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hp_availability_grid_init (HpAvailabilityGrid *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->step = 30;
  self->cursor_minute = 18 * 60;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "cell");

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Free time each week: drag, or use the arrows and Space, "
                                    "to mark when you can study"), -1);
}

GtkWidget *
hp_availability_grid_new (void)
{
  return g_object_new (HP_TYPE_AVAILABILITY_GRID, NULL);
}
