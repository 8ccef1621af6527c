/* hp-chart.c: the Exam Prep view's two charts, drawn with GtkSnapshot
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trend chart (each domain's practice scores over time, the goal as a
 * dashed line) and a bar chart (each domain's mastery with its band, and
 * its share of the exam as a thin bar below).  Colours: the text colour of
 * the style (so light, dark and high contrast all work) and a palette of
 * series colours readable on both light and dark backgrounds; each series
 * also has its own dash or mark, so colour is never the only cue.  The
 * chart is an image to assistive technologies, labelled with a text
 * summary the view writes.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hp-chart.h"
#include "hp-style.h"

#define MARGIN_LEFT   44
#define MARGIN_RIGHT  12
#define MARGIN_TOP    10
#define AXIS_HEIGHT   22
#define PLOT_HEIGHT   180
#define LEGEND_ROW    20
#define BAR_ROW       46

typedef struct
{
  char   *label;
  GArray *points;     /* of HpScorePoint (trend) */
  double  mastery;    /* percent (bars) */
  double  band;
  double  weight;
  gboolean practiced;
} Item;

struct _HpChart
{
  GtkWidget    parent_instance;
  HpChartKind  kind;
  GArray      *items;   /* of Item */
  double       goal;    /* percent; < 0: none */
  char        *summary;
};

G_DEFINE_FINAL_TYPE (HpChart, hp_chart, GTK_TYPE_WIDGET)

/* Readable on white and on the dark theme's grey alike. */
static const double palette[][3] = {
  { 0.21, 0.52, 0.89 },  /* blue */
  { 0.90, 0.45, 0.00 },  /* orange */
  { 0.15, 0.64, 0.41 },  /* green */
  { 0.75, 0.11, 0.16 },  /* red */
  { 0.57, 0.25, 0.67 },  /* purple */
  { 0.60, 0.46, 0.05 },  /* ochre */
  { 0.10, 0.60, 0.70 },  /* teal */
  { 0.45, 0.45, 0.45 },  /* grey */
};

static void
item_clear (Item *item)
{
  g_free (item->label);
  g_clear_pointer (&item->points, g_array_unref);
}

static void
set_colour (cairo_t *cr,
            guint    i)
{
  const double *c = palette[i % G_N_ELEMENTS (palette)];

  cairo_set_source_rgb (cr, c[0], c[1], c[2]);
}

static void
set_fg (cairo_t       *cr,
        const GdkRGBA *fg,
        double         alpha)
{
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, fg->alpha * alpha);
}

static void
draw_text (HpChart    *self,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      max_width,
           double      align)  /* 0 left, 0.5 centre, 1 right of x */
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - align * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static double
day_number (const GDate *date)
{
  return g_date_get_julian (date);
}

/* The marks of series @i: a dot, a square, a diamond..., so that two
 * series are told apart without their colours. */
static void
mark (cairo_t *cr,
      guint    i,
      double   x,
      double   y)
{
  switch (i % 3)
    {
    case 0:
      cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - 3.5, y - 3.5, 7, 7);
      break;
    default:
      cairo_move_to (cr, x, y - 4.5);
      cairo_line_to (cr, x + 4.5, y);
      cairo_line_to (cr, x, y + 4.5);
      cairo_line_to (cr, x - 4.5, y);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

static void
draw_trend (HpChart       *self,
            cairo_t       *cr,
            const GdkRGBA *fg,
            int            width)
{
  double left = MARGIN_LEFT, right = width - MARGIN_RIGHT;
  double top = MARGIN_TOP, bottom = MARGIN_TOP + PLOT_HEIGHT;
  double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;
  g_autofree char *first_text = NULL, *last_text = NULL;
  GDate first_date, last_date;

  g_date_clear (&first_date, 1);
  g_date_clear (&last_date, 1);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      for (guint j = 0; j < item->points->len; j++)
        {
          HpScorePoint *p = &g_array_index (item->points, HpScorePoint, j);
          double d = day_number (&p->date);

          if (d < first)
            first = d, first_date = p->date;
          if (d > last)
            last = d, last_date = p->date;
        }
    }
  if (first > last)
    return;
  if (last - first < 14)
    {
      first -= 7;
      last += 7;
    }

  /* The grid and the axis. */
  cairo_set_line_width (cr, 1);
  for (int pct = 0; pct <= 100; pct += 25)
    {
      double y = bottom - (bottom - top) * pct / 100.0;
      g_autofree char *label = g_strdup_printf ("%d%%", pct);

      set_fg (cr, fg, pct == 0 ? 0.5 : 0.15);
      cairo_move_to (cr, left, round (y) + 0.5);
      cairo_line_to (cr, right, round (y) + 0.5);
      cairo_stroke (cr);
      set_fg (cr, fg, 0.75);
      draw_text (self, cr, label, left - 6, y, 0, 1);
    }
  first_text = hp_date_to_string (&first_date);
  last_text = hp_date_to_string (&last_date);
  set_fg (cr, fg, 0.75);
  draw_text (self, cr, first_text, left, bottom + AXIS_HEIGHT / 2.0, 0, 0);
  if (last > first + 14 || g_date_compare (&first_date, &last_date) != 0)
    draw_text (self, cr, last_text, right, bottom + AXIS_HEIGHT / 2.0, 0, 1);

  /* The goal. */
  if (self->goal >= 0)
    {
      double y = bottom - (bottom - top) * self->goal / 100.0;
      static const double dash[] = { 6, 4 };
      g_autofree char *label = g_strdup_printf (_("goal %.0f%%"), self->goal);

      set_fg (cr, fg, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_text (self, cr, label, right - 2, y - 9, 0, 1);
    }

  /* Each series: a line through its points, and a mark on each. */
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      set_colour (cr, i);
      cairo_set_line_width (cr, 2);
      for (guint j = 0; j < item->points->len; j++)
        {
          HpScorePoint *p = &g_array_index (item->points, HpScorePoint, j);
          double x = left + (right - left) * (day_number (&p->date) - first) / (last - first);
          double y = bottom - (bottom - top) * CLAMP (p->percent, 0, 100) / 100.0;

          if (j == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
      for (guint j = 0; j < item->points->len; j++)
        {
          HpScorePoint *p = &g_array_index (item->points, HpScorePoint, j);
          double x = left + (right - left) * (day_number (&p->date) - first) / (last - first);
          double y = bottom - (bottom - top) * CLAMP (p->percent, 0, 100) / 100.0;

          mark (cr, i, x, y);
        }
    }

  /* The legend, a row each. */
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double y = bottom + AXIS_HEIGHT + LEGEND_ROW * (i + 0.5);

      set_colour (cr, i);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, left + 22, y);
      cairo_stroke (cr);
      mark (cr, i, left + 11, y);
      set_fg (cr, fg, 1);
      draw_text (self, cr, item->label, left + 30, y, right - left - 30, 0);
    }
}

static void
draw_bars (HpChart       *self,
           cairo_t       *cr,
           const GdkRGBA *fg,
           int            width)
{
  double left = 12, right = width - MARGIN_RIGHT;
  double span = right - left;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double y = MARGIN_TOP + BAR_ROW * i;
      double bar_y = y + 18, weight_y = y + 33;
      g_autofree char *text = NULL;

      set_fg (cr, fg, 1);
      if (item->practiced)
        text = g_strdup_printf (_("%s: %.0f%% ± %.0f · %.1f%% of the exam"), item->label,
                                item->mastery, item->band, item->weight);
      else
        text = g_strdup_printf (_("%s: no practice yet · %.1f%% of the exam"), item->label,
                                item->weight);
      draw_text (self, cr, text, left, y + 7, span, 0);

      /* The track, the mastery bar and its band. */
      set_fg (cr, fg, 0.12);
      cairo_rectangle (cr, left, bar_y, span, 10);
      cairo_fill (cr);
      if (item->practiced)
        {
          double lo = MAX (0, item->mastery - item->band), hi = MIN (100, item->mastery + item->band);

          set_colour (cr, i);
          cairo_rectangle (cr, left, bar_y, span * item->mastery / 100, 10);
          cairo_fill (cr);
          set_fg (cr, fg, 0.9);
          cairo_set_line_width (cr, 1.5);
          cairo_move_to (cr, left + span * lo / 100, bar_y + 5);
          cairo_line_to (cr, left + span * hi / 100, bar_y + 5);
          cairo_move_to (cr, left + span * lo / 100, bar_y + 1);
          cairo_line_to (cr, left + span * lo / 100, bar_y + 9);
          cairo_move_to (cr, left + span * hi / 100, bar_y + 1);
          cairo_line_to (cr, left + span * hi / 100, bar_y + 9);
          cairo_stroke (cr);
        }
      /* Its share of the exam, on the same 0-100% scale. */
      set_fg (cr, fg, 0.45);
      cairo_rectangle (cr, left, weight_y, span * item->weight / 100, 4);
      cairo_fill (cr);
    }

  /* The goal across every row. */
  if (self->goal >= 0 && self->items->len > 0)
    {
      static const double dash[] = { 4, 3 };
      double x = left + span * self->goal / 100;

      set_fg (cr, fg, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, x, MARGIN_TOP + 14);
      cairo_line_to (cr, x, MARGIN_TOP + BAR_ROW * self->items->len - 6);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
hp_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  HpChart *self = HP_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;
  GdkRGBA fg;

  if (self->items->len == 0 || width <= 0 || height <= 0)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->kind == HP_CHART_TREND)
    draw_trend (self, cr, &fg, width);
  else
    draw_bars (self, cr, &fg, width);
  cairo_destroy (cr);
}

static void
hp_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  HpChart *self = HP_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 560;
    }
  else if (self->kind == HP_CHART_TREND)
    *minimum = *natural = self->items->len == 0 ? 0
                          : MARGIN_TOP + PLOT_HEIGHT + AXIS_HEIGHT + LEGEND_ROW * self->items->len;
  else
    *minimum = *natural = self->items->len == 0 ? 0 : MARGIN_TOP + BAR_ROW * self->items->len;
}

static void
hp_chart_finalize (GObject *object)
{
  HpChart *self = HP_CHART (object);

  g_array_unref (self->items);
  g_free (self->summary);
  G_OBJECT_CLASS (hp_chart_parent_class)->finalize (object);
}

static void
hp_chart_class_init (HpChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_chart_finalize;
  widget_class->snapshot = hp_chart_snapshot;
  widget_class->measure = hp_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hp_chart_init (HpChart *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->goal = -1;
}

GtkWidget *
hp_chart_new (HpChartKind kind)
{
  HpChart *self = g_object_new (HP_TYPE_CHART, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

void
hp_chart_clear (HpChart *self)
{
  g_return_if_fail (HP_IS_CHART (self));
  g_array_set_size (self->items, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
hp_chart_set_goal (HpChart *self,
                   double   percent)
{
  g_return_if_fail (HP_IS_CHART (self));
  self->goal = percent;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A series of the trend chart: @points (HpScorePoint), copied. */
void
hp_chart_add_series (HpChart    *self,
                     const char *label,
                     GArray     *points)
{
  Item item = { g_strdup (label), g_array_copy (points) };

  g_return_if_fail (HP_IS_CHART (self));
  g_array_append_val (self->items, item);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* A row of the bar chart, in percent. */
void
hp_chart_add_bar (HpChart    *self,
                  const char *label,
                  double      mastery,
                  double      band,
                  double      weight,
                  gboolean    practiced)
{
  Item item = { g_strdup (label), g_array_new (FALSE, TRUE, sizeof (HpScorePoint)), mastery, band,
                weight, practiced };

  g_return_if_fail (HP_IS_CHART (self));
  g_array_append_val (self->items, item);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* What the chart shows, in words: its accessible label and its tooltip. */
void
hp_chart_set_summary (HpChart    *self,
                      const char *summary)
{
  g_return_if_fail (HP_IS_CHART (self));
  g_free (self->summary);
  self->summary = g_strdup (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
}

const char *
hp_chart_get_summary (HpChart *self)
{
  g_return_val_if_fail (HP_IS_CHART (self), NULL);
  return self->summary;
}

guint
hp_chart_get_n_items (HpChart *self)
{
  g_return_val_if_fail (HP_IS_CHART (self), 0);
  return self->items->len;
}
