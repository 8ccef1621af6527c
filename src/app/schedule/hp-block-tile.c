/* hp-block-tile.c: one study block in the week: drawn, focusable, and named for screen readers
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The week view lays the tiles out and handles dragging; a tile draws
 * itself with GtkSnapshot: a course's colour (dark enough for white text
 * in the light and the dark style), its code, the kind of study and the
 * time in words, so nothing is told by colour alone.  Done blocks are pale
 * with a check mark; missed ones are outlined and say so.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-block-tile.h"
#include "hp-style.h"
#include "hp-tooltip.h"

struct _HpBlockTile
{
  GtkWidget     parent_instance;
  HpStudyBlock *block;
  char         *title;
  guint         color;
  gboolean      missed;
};

G_DEFINE_FINAL_TYPE (HpBlockTile, hp_block_tile, GTK_TYPE_WIDGET)

/* Darker than the charts' palette, so white text on it reads at 4.5:1. */
static const guint8 palette[][3] = {
  { 0x1c, 0x5f, 0xb4 },  /* blue */
  { 0xa8, 0x4a, 0x00 },  /* orange */
  { 0x1b, 0x70, 0x45 },  /* green */
  { 0xa5, 0x1d, 0x2d },  /* red */
  { 0x73, 0x33, 0x8a },  /* purple */
  { 0x6e, 0x55, 0x08 },  /* ochre */
  { 0x0e, 0x66, 0x77 },  /* teal */
  { 0x55, 0x55, 0x55 },  /* grey */
};

void
hp_block_tile_palette (guint    color,
                       GdkRGBA *rgba)
{
  const guint8 *c = palette[color % G_N_ELEMENTS (palette)];

  *rgba = (GdkRGBA) { c[0] / 255.0, c[1] / 255.0, c[2] / 255.0, 1 };
}

static char *
time_text (HpStudyBlock *b)
{
  return g_strdup_printf ("%02u:%02u–%02u:%02u", b->start / 60, b->start % 60, b->end / 60,
                          b->end % 60);
}

/* One line of the tile, below the last, while there is room. */
static void
add_text (GtkSnapshot   *snapshot,
          GtkWidget     *widget,
          const char    *text,
          gboolean       bold,
          int            width,
          int           *y,
          int            height,
          const GdkRGBA *color)
{
  g_autofree char *markup = g_markup_printf_escaped (bold ? "<b>%s</b>" : "%s", text);

  if (*y >= height - 6)
    return;
  *y += hp_style_append_text (snapshot, widget, markup, 4, *y, MAX (width - 8, 1), color);
}

static void
hp_block_tile_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HpBlockTile *self = HP_BLOCK_TILE (widget);
  HpStudyBlock *b = self->block;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GskRoundedRect outline;
  GdkRGBA fill, text, fg;
  g_autofree char *times = time_text (b);
  const char *subject = b->course ? b->course : b->exam;
  g_autofree char *kind = NULL;
  int y = 2;

  if (width <= 2 || height <= 2)
    return;
  hp_style_get_text_color (widget, &fg);
  hp_block_tile_palette (self->color, &fill);
  text = (GdkRGBA) { 1, 1, 1, 1 };
  if (b->done || self->missed)
    {
      /* pale: the theme's text reads on it */
      fill.alpha = 0.22;
      text = fg;
    }

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), 5);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (b->done || self->missed)
    {
      GdkRGBA bar;

      hp_block_tile_palette (self->color, &bar);
      gtk_snapshot_append_color (snapshot, &bar, &GRAPHENE_RECT_INIT (0, 0, 4, height));
    }
  gtk_snapshot_pop (snapshot);

  if (self->missed || gtk_widget_has_focus (widget))
    {
      const float w = gtk_widget_has_focus (widget) ? 2.5 : 1.5;
      const float widths[4] = { w, w, w, w };
      GdkRGBA colors[4];

      for (guint i = 0; i < 4; i++)
        colors[i] = fg;
      gtk_snapshot_append_border (snapshot, &outline, widths, colors);
    }

  if (b->kind == HP_BLOCK_REVIEW)
    kind = g_strdup (_("Review"));
  else if (b->exam != NULL)
    kind = g_strdup (b->domain ? b->domain : _("Exam"));
  else
    kind = g_strdup (_("Study"));
  if (b->done)
    {
      g_autofree char *done = g_strdup_printf (_("✓ %s, done"), kind);
      g_free (kind);
      kind = g_steal_pointer (&done);
    }
  else if (self->missed)
    {
      g_autofree char *missed = g_strdup_printf (_("%s, missed"), kind);
      g_free (kind);
      kind = g_steal_pointer (&missed);
    }
  else if (g_date_valid (&b->moved_date))
    {
      g_autofree char *moved = g_strdup_printf (_("%s, moved"), kind);
      g_free (kind);
      kind = g_steal_pointer (&moved);
    }

  if (height < 40)
    {
      /* a short block: what and which kind on one line */
      g_autofree char *line = g_strdup_printf ("%s · %s", subject, kind);
      add_text (snapshot, widget, line, TRUE, width, &y, height, &text);
      return;
    }
  add_text (snapshot, widget, subject, TRUE, width, &y, height, &text);
  add_text (snapshot, widget, kind, FALSE, width, &y, height, &text);
  add_text (snapshot, widget, times, FALSE, width, &y, height, &text);
}

static void
hp_block_tile_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 20 : 12;
}

static void
hp_block_tile_finalize (GObject *object)
{
  HpBlockTile *self = HP_BLOCK_TILE (object);

  g_clear_object (&self->block);
  g_free (self->title);
  G_OBJECT_CLASS (hp_block_tile_parent_class)->finalize (object);
}

static void
hp_block_tile_class_init (HpBlockTileClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_block_tile_finalize;
  widget_class->snapshot = hp_block_tile_snapshot;
  widget_class->measure = hp_block_tile_measure;
  gtk_widget_class_set_css_name (widget_class, "blocktile");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
hp_block_tile_init (HpBlockTile *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
}

/* @title: what the block is ("Study: HIT 130 Legal and Ethical ..."); @color:
 * the subject's place in the palette; @missed: its time passed undone. */
GtkWidget *
hp_block_tile_new (HpStudyBlock *block,
                   const char   *title,
                   guint         color,
                   gboolean      missed)
{
  HpBlockTile *self = g_object_new (HP_TYPE_BLOCK_TILE, NULL);
  g_autofree char *times = time_text (block);
  char day[64];
  g_autofree char *label = NULL;

  self->block = g_object_ref (block);
  self->title = g_strdup (title);
  self->color = color;
  self->missed = missed;
  if (g_date_strftime (day, sizeof day, "%A %-d %B", &block->date) == 0)
    day[0] = '\0';
  /* TRANSLATORS: a study block for screen readers: what, the day, the time, and its state */
  label = g_strdup_printf (_("%s, %s, %s%s"), title, day, times,
                           block->done ? _(", done") : missed ? _(", missed") : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  hp_tooltip_set (GTK_WIDGET (self), label);
  return GTK_WIDGET (self);
}

HpStudyBlock *
hp_block_tile_get_block (HpBlockTile *self)
{
  g_return_val_if_fail (HP_IS_BLOCK_TILE (self), NULL);
  return self->block;
}

const char *
hp_block_tile_get_title (HpBlockTile *self)
{
  g_return_val_if_fail (HP_IS_BLOCK_TILE (self), NULL);
  return self->title;
}

gboolean
hp_block_tile_get_missed (HpBlockTile *self)
{
  g_return_val_if_fail (HP_IS_BLOCK_TILE (self), FALSE);
  return self->missed;
}
