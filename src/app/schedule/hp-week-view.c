/* hp-week-view.c: a week of study blocks, drawn: days, hours, free time, commitments, now
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seven day columns under a header, hours down the side.  The grid, the
 * free time, commitments, breaks and the line for now are drawn with
 * GtkSnapshot; each block is an HpBlockTile child, so it can take focus
 * and has a name for screen readers.  The view edits nothing: dragging a
 * block, the keys and double clicks become signals the Schedule view turns
 * into its schedule.* actions.
 *
 * Mouse: click a block to edit it, drag it to move it (to another day too),
 * drag its lower edge to resize it, double-click free time to add one.
 * Keys: arrows go from block to block (Up/Down in time, Left/Right to the
 * next day), Alt+arrows move the focused block by 15 minutes or a day,
 * Alt+Shift+Up/Down make it 15 minutes shorter or longer, Enter edits,
 * Space marks it done or not, Delete removes it.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hp-block-tile.h"
#include "hp-style.h"
#include "hp-week-view.h"

#define HEADER   42
#define GUTTER   50
#define STEP     15
#define EDGE     8     /* the lower edge of a block that resizes it, in pixels */

typedef enum { DRAG_NONE, DRAG_MOVE, DRAG_RESIZE } DragMode;

struct _HpWeekView
{
  GtkWidget   parent_instance;

  HpPlan     *plan;
  GDate       monday;
  GDateTime  *now;
  guint       first_hour;
  guint       last_hour;
  GPtrArray  *tiles;        /* of HpBlockTile* (children), in time order */
  char       *day_notes[7]; /* "Break", "Light day: 2 h", or NULL */

  /* dragging */
  HpBlockTile *drag_tile;
  DragMode    drag_mode;
  gboolean    dragging;
  gboolean    dragged;      /* the press became a drag: its release edits nothing */
  int         drag_day;     /* preview */
  guint       drag_start;
  guint       drag_end;
};

G_DEFINE_FINAL_TYPE (HpWeekView, hp_week_view, GTK_TYPE_WIDGET)

enum
{
  ACTIVATE_BLOCK,
  MOVE_BLOCK,
  REMOVE_BLOCK,
  TOGGLE_DONE,
  ADD_BLOCK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Geometry ---------------------------------------------------------------------------------- */

static double
column_width (HpWeekView *self)
{
  return MAX (1.0, (gtk_widget_get_width (GTK_WIDGET (self)) - GUTTER) / 7.0);
}

static double
per_minute (HpWeekView *self)
{
  double h = gtk_widget_get_height (GTK_WIDGET (self)) - HEADER;

  return MAX (0.1, h / ((self->last_hour - self->first_hour) * 60.0));
}

static double
minute_y (HpWeekView *self,
          guint       minute)
{
  return HEADER + ((double) minute - self->first_hour * 60.0) * per_minute (self);
}

/* for g_ptr_array_sort (): two char** */
static int
tile_day (HpWeekView  *self,
          HpBlockTile *tile)
{
  return g_date_days_between (&self->monday, &hp_block_tile_get_block (tile)->date);
}

static void
tile_place (HpWeekView      *self,
            HpBlockTile     *tile,
            graphene_rect_t *rect)
{
  HpStudyBlock *b = hp_block_tile_get_block (tile);
  int day = tile_day (self, tile);
  guint start = b->start, end = b->end;
  double w = column_width (self);

  if (tile == self->drag_tile && self->dragging)
    {
      day = self->drag_day;
      start = self->drag_start;
      end = self->drag_end;
    }
  graphene_rect_init (rect, GUTTER + day * w + 2, minute_y (self, start) + 1, w - 4,
                      MAX (6.0, minute_y (self, end) - minute_y (self, start) - 2));
}

gboolean
hp_week_view_point_time (HpWeekView *self,
                         double      x,
                         double      y,
                         GDate      *date,
                         guint      *minute)
{
  int day = (int) floor ((x - GUTTER) / column_width (self));
  double m = (y - HEADER) / per_minute (self) + self->first_hour * 60.0;

  if (day < 0 || day > 6 || y < HEADER || m >= 24 * 60)
    return FALSE;
  *date = self->monday;
  g_date_add_days (date, day);
  *minute = (guint) m / 30 * 30;
  return TRUE;
}

/* Layout -------------------------------------------------------------------------------------- */

static void
hp_week_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  HpWeekView *self = HP_WEEK_VIEW (widget);
  guint hours = self->last_hour - self->first_hour;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = GUTTER + 7 * 44;
      *natural = GUTTER + 7 * 130;
    }
  else
    {
      *minimum = HEADER + hours * 26;
      *natural = HEADER + hours * 40;
    }
}

static void
hp_week_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  HpWeekView *self = HP_WEEK_VIEW (widget);

  for (guint i = 0; i < self->tiles->len; i++)
    {
      HpBlockTile *tile = g_ptr_array_index (self->tiles, i);
      graphene_rect_t r;

      tile_place (self, tile, &r);
      gtk_widget_size_allocate (GTK_WIDGET (tile),
                                &(GtkAllocation) { (int) r.origin.x, (int) r.origin.y,
                                                   (int) r.size.width, (int) r.size.height }, -1);
    }
}

/* Drawing ------------------------------------------------------------------------------------- */

static void
draw_slots (HpWeekView    *self,
            GtkSnapshot   *snapshot,
            GListModel    *slots,
            const GdkRGBA *color,
            gboolean       titled,
            const GdkRGBA *fg)
{
  double w = column_width (self);

  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(HpTimeSlot) s = g_list_model_get_item (slots, i);
      double y0 = minute_y (self, s->start), y1 = minute_y (self, s->end);
      graphene_rect_t r = GRAPHENE_RECT_INIT (GUTTER + s->day * w + 1, y0, w - 2, y1 - y0);

      if (self->day_notes[s->day % 7] != NULL && g_str_equal (self->day_notes[s->day % 7], _("Break")))
        continue;
      gtk_snapshot_append_color (snapshot, color, &r);
      if (titled && s->title != NULL && y1 - y0 >= 14)
        {
          g_autofree char *markup = g_markup_printf_escaped ("<small>%s</small>", s->title);
          GdkRGBA dim = *fg;

          dim.alpha = 0.7;
          hp_style_append_text (snapshot, GTK_WIDGET (self), markup, r.origin.x + 3, y0 + 1, w - 8, &dim);
        }
    }
}

static void
hp_week_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  HpWeekView *self = HP_WEEK_VIEW (widget);
  double w = column_width (self), width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  GdkRGBA fg, line, free_color, busy, today_tint, now_color = { 0.85, 0.11, 0.14, 1 };
  GDate today;
  int today_index = -1;

  hp_style_get_text_color (widget, &fg);
  line = fg;
  line.alpha = 0.12;
  free_color = (GdkRGBA) { 0.20, 0.60, 0.35, 0.13 };
  busy = fg;
  busy.alpha = 0.10;
  today_tint = (GdkRGBA) { 0.21, 0.52, 0.89, 0.08 };

  g_date_clear (&today, 1);
  if (self->now != NULL)
    {
      g_date_set_dmy (&today, g_date_time_get_day_of_month (self->now),
                      g_date_time_get_month (self->now), g_date_time_get_year (self->now));
      today_index = g_date_days_between (&self->monday, &today);
    }

  /* days: today tinted, breaks greyed, and their names */
  for (int d = 0; d < 7; d++)
    {
      GDate date = self->monday;
      char name[64];
      g_autofree char *markup = NULL;

      g_date_add_days (&date, d);
      /* narrow columns drop the month */
      if (g_date_strftime (name, sizeof name, w >= 100 ? C_("week view day", "%a %-d %b")
                                                       : C_("week view day, narrow", "%a %-d"),
                           &date) == 0)
        name[0] = '\0';
      if (d == today_index)
        gtk_snapshot_append_color (snapshot, &today_tint,
                                   &GRAPHENE_RECT_INIT (GUTTER + d * w, 0, w, height));
      if (self->day_notes[d] != NULL)
        {
          GdkRGBA grey = fg;

          grey.alpha = g_str_equal (self->day_notes[d], _("Break")) ? 0.10 : 0.05;
          gtk_snapshot_append_color (snapshot, &grey,
                                     &GRAPHENE_RECT_INIT (GUTTER + d * w, HEADER, w, height - HEADER));
        }
      markup = self->day_notes[d] != NULL
               ? g_markup_printf_escaped (d == today_index ? "<b>%s</b>\n<small>%s</small>"
                                                           : "%s\n<small>%s</small>",
                                          name, self->day_notes[d])
               : g_markup_printf_escaped (d == today_index ? "<b>%s</b>" : "%s", name);
      hp_style_append_text (snapshot, widget, markup, GUTTER + d * w + 4, 4, w - 8, &fg);
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (GUTTER + d * w, 0, 1, height));
    }

  if (self->plan != NULL)
    {
      draw_slots (self, snapshot, G_LIST_MODEL (self->plan->availability), &free_color, FALSE, &fg);
      draw_slots (self, snapshot, G_LIST_MODEL (self->plan->commitments), &busy, TRUE, &fg);
    }

  /* hours */
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, HEADER - 1, width, 1));
  for (guint h = self->first_hour; h < self->last_hour; h++)
    {
      double y = minute_y (self, h * 60);
      g_autofree char *label = g_strdup_printf ("<small>%02u:00</small>", h);
      GdkRGBA dim = fg;

      dim.alpha = 0.65;
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (GUTTER - 4, y, width, 1));
      hp_style_append_text (snapshot, widget, label, 6, y + 1, GUTTER - 8, &dim);
    }

  for (guint i = 0; i < self->tiles->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->tiles, i), snapshot);

  /* now */
  if (today_index >= 0 && today_index < 7)
    {
      guint minute = g_date_time_get_hour (self->now) * 60 + g_date_time_get_minute (self->now);

      if (minute >= self->first_hour * 60 && minute <= self->last_hour * 60)
        {
          double y = minute_y (self, minute);
          GskRoundedRect dot;

          gtk_snapshot_append_color (snapshot, &now_color,
                                     &GRAPHENE_RECT_INIT (GUTTER + today_index * w, y - 1, w, 2));
          gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (GUTTER + today_index * w - 4,
                                                                      y - 4, 8, 8), 4);
          gtk_snapshot_push_rounded_clip (snapshot, &dot);
          gtk_snapshot_append_color (snapshot, &now_color, &dot.bounds);
          gtk_snapshot_pop (snapshot);
        }
    }
}

/* Contents ------------------------------------------------------------------------------------- */

static void
clear_tiles (HpWeekView *self)
{
  for (guint i = 0; i < self->tiles->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->tiles, i));
  g_ptr_array_set_size (self->tiles, 0);
  self->drag_tile = NULL;
  self->dragging = FALSE;
}

/* A colour per subject, the same in every week: its place among the plan's
 * subjects in name order. */
static GHashTable *
subject_colors (HpPlan *plan)
{
  GHashTable *colors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->blocks)); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (G_LIST_MODEL (plan->blocks), i);
      const char *s = b->course ? b->course : b->exam;

      if (!g_hash_table_contains (colors, s))
        {
          g_hash_table_add (colors, (gpointer) s);
          g_ptr_array_add (subjects, (gpointer) s);
        }
    }
  g_ptr_array_sort (subjects, (GCompareFunc) hp_str_pointer_compare);
  for (guint j = 0; j < subjects->len; j++)
    g_hash_table_insert (colors, g_ptr_array_index (subjects, j), GUINT_TO_POINTER (j));
  return colors;  /* the strings are the plan's */
}

/* Shows the week from @monday of @plan's schedule; @now draws its line and
 * tells which blocks were missed. */
void
hp_week_view_show (HpWeekView  *self,
                   HpPlan      *plan,
                   HpCatalog   *catalog,
                   const GDate *monday,
                   GDateTime   *now)
{
  g_autofree char *focused = g_strdup (hp_week_view_get_focus_uid (self));
  GListModel *blocks;
  GDate today, sunday;
  guint now_minute = 0;
  g_autoptr(GHashTable) colors = NULL;

  g_return_if_fail (HP_IS_WEEK_VIEW (self));

  clear_tiles (self);
  g_set_object (&self->plan, plan);
  self->monday = *monday;
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now ? g_date_time_ref (now) : NULL;
  for (guint d = 0; d < 7; d++)
    g_clear_pointer (&self->day_notes[d], g_free);
  self->first_hour = 7;
  self->last_hour = 23;
  if (plan == NULL)
    {
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  g_date_clear (&today, 1);
  if (now != NULL)
    {
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      now_minute = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
    }
  sunday = *monday;
  g_date_add_days (&sunday, 6);

  /* the hours shown: 7 to 23, and whatever free time or block lies outside */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->availability)); i++)
    {
      g_autoptr(HpTimeSlot) s = g_list_model_get_item (G_LIST_MODEL (plan->availability), i);
      self->first_hour = MIN (self->first_hour, s->start / 60);
      self->last_hour = MAX (self->last_hour, (s->end + 59) / 60);
    }

  for (guint d = 0; d < 7; d++)
    {
      GDate date = *monday;

      g_date_add_days (&date, d);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->breaks)); i++)
        {
          g_autoptr(HpBreak) brk = g_list_model_get_item (G_LIST_MODEL (plan->breaks), i);

          if (g_date_compare (&date, &brk->from) < 0 || g_date_compare (&date, &brk->to) > 0)
            continue;
          g_free (self->day_notes[d]);
          if (brk->light)
            {
              g_autofree char *hours = hp_minutes_format ((guint) (brk->hours * 60));
              self->day_notes[d] = g_strdup_printf (_("Light day: %s"), hours);
            }
          else
            self->day_notes[d] = g_strdup (_("Break"));
        }
    }

  blocks = G_LIST_MODEL (plan->blocks);
  colors = subject_colors (plan);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (blocks, i);
      g_autofree char *title = NULL;
      gboolean missed;
      GtkWidget *tile;
      int c;

      if (g_date_compare (&b->date, monday) < 0 || g_date_compare (&b->date, &sunday) > 0)
        continue;
      c = g_date_valid (&today) ? g_date_compare (&b->date, &today) : 1;
      missed = !b->done && (c < 0 || (c == 0 && b->end <= now_minute));
      title = hp_study_block_describe (b, plan, catalog);
      self->first_hour = MIN (self->first_hour, b->start / 60);
      self->last_hour = MAX (self->last_hour, (b->end + 59) / 60);
      tile = hp_block_tile_new (b, title,
                                GPOINTER_TO_UINT (g_hash_table_lookup (colors, b->course ? b->course
                                                                                : b->exam)),
                                missed);
      gtk_widget_set_parent (tile, GTK_WIDGET (self));
      g_ptr_array_add (self->tiles, tile);
    }
  self->last_hour = MIN (self->last_hour, 24);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (focused != NULL)
    hp_week_view_focus_uid (self, focused);
}

guint
hp_week_view_get_n_blocks (HpWeekView *self)
{
  g_return_val_if_fail (HP_IS_WEEK_VIEW (self), 0);
  return self->tiles->len;
}

GtkWidget *
hp_week_view_get_tile (HpWeekView *self,
                       const char *uid)
{
  g_return_val_if_fail (HP_IS_WEEK_VIEW (self), NULL);

  for (guint i = 0; i < self->tiles->len; i++)
    {
      HpBlockTile *tile = g_ptr_array_index (self->tiles, i);

      if (g_strcmp0 (hp_block_tile_get_block (tile)->uid, uid) == 0)
        return GTK_WIDGET (tile);
    }
  return NULL;
}

static HpBlockTile *
focus_tile (HpWeekView *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return focus != NULL && HP_IS_BLOCK_TILE (focus) ? HP_BLOCK_TILE (focus) : NULL;
}

const char *
hp_week_view_get_focus_uid (HpWeekView *self)
{
  HpBlockTile *tile = focus_tile (self);

  return tile ? hp_block_tile_get_block (tile)->uid : NULL;
}

gboolean
hp_week_view_focus_uid (HpWeekView *self,
                        const char *uid)
{
  GtkWidget *tile = hp_week_view_get_tile (self, uid);

  return tile != NULL && gtk_widget_grab_focus (tile);
}

gboolean
hp_week_view_tile_area (HpWeekView      *self,
                        const char      *uid,
                        graphene_rect_t *area)
{
  GtkWidget *tile = hp_week_view_get_tile (self, uid);

  if (tile == NULL)
    return FALSE;
  tile_place (self, HP_BLOCK_TILE (tile), area);
  return TRUE;
}

/* Input ----------------------------------------------------------------------------------------- */

static HpBlockTile *
tile_at (HpWeekView *self,
         double      x,
         double      y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && picked != GTK_WIDGET (self) && !HP_IS_BLOCK_TILE (picked))
    picked = gtk_widget_get_parent (picked);
  return picked != NULL && HP_IS_BLOCK_TILE (picked) ? HP_BLOCK_TILE (picked) : NULL;
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  HpWeekView      *self)
{
  HpBlockTile *tile = tile_at (self, x, y);
  GDate date;
  guint minute;

  self->dragged = FALSE;
  if (tile != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (tile));
  else if (n_press == 2 && hp_week_view_point_time (self, x, y, &date, &minute))
    g_signal_emit (self, signals[ADD_BLOCK], 0, g_date_get_julian (&date), minute);
}

/* A click on a block (pressed and released without a drag, which takes the
 * press away from this gesture) edits it, as calendars do. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   HpWeekView      *self)
{
  HpBlockTile *tile = tile_at (self, x, y);

  if (tile != NULL && n_press == 1 && !self->dragging && !self->dragged)
    g_signal_emit (self, signals[ACTIVATE_BLOCK], 0, hp_block_tile_get_block (tile)->uid);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               HpWeekView     *self)
{
  HpBlockTile *tile = tile_at (self, x, y);
  graphene_rect_t r;

  if (tile == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  tile_place (self, tile, &r);
  self->drag_tile = tile;
  self->drag_mode = y >= r.origin.y + r.size.height - EDGE ? DRAG_RESIZE : DRAG_MOVE;
  self->dragging = FALSE;
  self->drag_day = tile_day (self, tile);
  self->drag_start = hp_block_tile_get_block (tile)->start;
  self->drag_end = hp_block_tile_get_block (tile)->end;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                HpWeekView     *self)
{
  HpStudyBlock *b;
  int minutes, days;
  guint length;

  if (self->drag_tile == NULL)
    return;
  if (!self->dragging && fabs (dx) < 4 && fabs (dy) < 4)
    return;
  if (!self->dragging)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->dragging = TRUE;
  self->dragged = TRUE;
  b = hp_block_tile_get_block (self->drag_tile);
  length = b->end - b->start;
  minutes = (int) lround (dy / per_minute (self) / STEP) * STEP;
  days = (int) lround (dx / column_width (self));
  if (self->drag_mode == DRAG_RESIZE)
    {
      int end = CLAMP ((int) b->end + minutes, (int) b->start + STEP, 24 * 60);

      self->drag_day = tile_day (self, self->drag_tile);
      self->drag_start = b->start;
      self->drag_end = end;
    }
  else
    {
      int start = CLAMP ((int) b->start + minutes, 0, 24 * 60 - (int) length);

      self->drag_day = CLAMP (tile_day (self, self->drag_tile) + days, 0, 6);
      self->drag_start = start;
      self->drag_end = start + length;
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             HpWeekView     *self)
{
  HpBlockTile *tile = self->drag_tile;
  HpStudyBlock *b;
  GDate date;

  self->drag_tile = NULL;
  if (tile == NULL || !self->dragging)
    return;
  self->dragging = FALSE;
  b = hp_block_tile_get_block (tile);
  date = self->monday;
  g_date_add_days (&date, self->drag_day);
  if (g_date_compare (&date, &b->date) != 0 || self->drag_start != b->start ||
      self->drag_end != b->end)
    g_signal_emit (self, signals[MOVE_BLOCK], 0, b->uid, g_date_get_julian (&date),
                   self->drag_start, self->drag_end);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The tile to go to from @from with an arrow: Up/Down the one before or
 * after in time, Left/Right the nearest in time on the closest other day. */
static HpBlockTile *
neighbour (HpWeekView  *self,
           HpBlockTile *from,
           guint        keyval)
{
  guint index = 0;
  HpBlockTile *best = NULL;
  int best_days = G_MAXINT, best_minutes = G_MAXINT;
  int day;

  if (self->tiles->len == 0)
    return NULL;
  if (from == NULL)
    return g_ptr_array_index (self->tiles, 0);
  g_ptr_array_find (self->tiles, from, &index);
  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    return index > 0 ? g_ptr_array_index (self->tiles, index - 1) : NULL;
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return index + 1 < self->tiles->len ? g_ptr_array_index (self->tiles, index + 1) : NULL;

  day = tile_day (self, from);
  for (guint i = 0; i < self->tiles->len; i++)
    {
      HpBlockTile *t = g_ptr_array_index (self->tiles, i);
      int d = tile_day (self, t);
      int days = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? day - d : d - day;
      int minutes = abs ((int) hp_block_tile_get_block (t)->start -
                         (int) hp_block_tile_get_block (from)->start);

      if (days <= 0)
        continue;
      if (days < best_days || (days == best_days && minutes < best_minutes))
        {
          best = t;
          best_days = days;
          best_minutes = minutes;
        }
    }
  return best;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HpWeekView            *self)
{
  HpBlockTile *tile = focus_tile (self);
  HpStudyBlock *b = tile ? hp_block_tile_get_block (tile) : NULL;
  gboolean alt = (state & GDK_ALT_MASK) != 0, shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean arrow = keyval == GDK_KEY_Up || keyval == GDK_KEY_Down || keyval == GDK_KEY_Left ||
                   keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Up ||
                   keyval == GDK_KEY_KP_Down || keyval == GDK_KEY_KP_Left ||
                   keyval == GDK_KEY_KP_Right;

  if (arrow && alt && b != NULL)
    {
      gboolean up = keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up;
      gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;
      int day = tile_day (self, tile);
      int start = b->start, end = b->end;
      GDate date = b->date;

      if (shift && (up || down))
        end = CLAMP (end + (down ? STEP : -STEP), start + STEP, 24 * 60);
      else if (up || down)
        {
          int delta = down ? STEP : -STEP;

          if (start + delta < 0 || end + delta > 24 * 60)
            return TRUE;
          start += delta;
          end += delta;
        }
      else
        {
          int delta = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? -1 : 1;

          if (day + delta < 0 || day + delta > 6)
            return TRUE;
          if (delta > 0)
            g_date_add_days (&date, 1);
          else
            g_date_subtract_days (&date, 1);
        }
      g_signal_emit (self, signals[MOVE_BLOCK], 0, b->uid, g_date_get_julian (&date),
                     (guint) start, (guint) end);
      return TRUE;
    }
  if (arrow)
    {
      HpBlockTile *next = neighbour (self, tile, keyval);

      if (next != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (next));
      return next != NULL || tile != NULL;
    }
  if (b == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      g_signal_emit (self, signals[ACTIVATE_BLOCK], 0, b->uid);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      g_signal_emit (self, signals[REMOVE_BLOCK], 0, b->uid);
      return TRUE;
    case GDK_KEY_space:
      g_signal_emit (self, signals[TOGGLE_DONE], 0, b->uid);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Object ------------------------------------------------------------------------------------------ */

static void
hp_week_view_dispose (GObject *object)
{
  HpWeekView *self = HP_WEEK_VIEW (object);

  clear_tiles (self);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (hp_week_view_parent_class)->dispose (object);
}

static void
hp_week_view_finalize (GObject *object)
{
  HpWeekView *self = HP_WEEK_VIEW (object);

  g_ptr_array_unref (self->tiles);
  g_clear_pointer (&self->now, g_date_time_unref);
  for (guint d = 0; d < 7; d++)
    g_free (self->day_notes[d]);
  G_OBJECT_CLASS (hp_week_view_parent_class)->finalize (object);
}

static void
hp_week_view_class_init (HpWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_week_view_dispose;
  object_class->finalize = hp_week_view_finalize;
  widget_class->measure = hp_week_view_measure;
  widget_class->size_allocate = hp_week_view_size_allocate;
  widget_class->snapshot = hp_week_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "weekview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /* (uid): edit this block */
  signals[ACTIVATE_BLOCK] = g_signal_new ("activate-block", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          G_TYPE_STRING);
  /* (uid, julian day, start, end) */
  signals[MOVE_BLOCK] = g_signal_new ("move-block", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 4, G_TYPE_STRING,
                                      G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  signals[REMOVE_BLOCK] = g_signal_new ("remove-block", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                        G_TYPE_STRING);
  signals[TOGGLE_DONE] = g_signal_new ("toggle-done", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);
  /* (julian day, minute): a new block there */
  signals[ADD_BLOCK] = g_signal_new ("add-block", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
hp_week_view_init (HpWeekView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->tiles = g_ptr_array_new ();
  g_date_clear (&self->monday, 1);
  self->first_hour = 7;
  self->last_hour = 23;

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Study blocks of the week"), -1);
}

GtkWidget *
hp_week_view_new (void)
{
  return g_object_new (HP_TYPE_WEEK_VIEW, NULL);
}
