/* hp-chart.h: the Exam Prep view's two charts, drawn with GtkSnapshot
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

typedef enum
{
  HP_CHART_TREND, /* each domain's practice scores over time, with the goal */
  HP_CHART_BARS,  /* each domain's mastery and band beside its share of the exam */
} HpChartKind;

#define HP_TYPE_CHART (hp_chart_get_type ())
G_DECLARE_FINAL_TYPE (HpChart, hp_chart, HP, CHART, GtkWidget)

GtkWidget  *hp_chart_new        (HpChartKind   kind);
void        hp_chart_clear      (HpChart      *self);
void        hp_chart_set_goal   (HpChart      *self,
                                 double        percent);
void        hp_chart_add_series (HpChart      *self,
                                 const char   *label,
                                 GArray       *points);
void        hp_chart_add_bar    (HpChart      *self,
                                 const char   *label,
                                 double        mastery,
                                 double        band,
                                 double        weight,
                                 gboolean      practiced);
void        hp_chart_set_summary (HpChart     *self,
                                  const char  *summary);
const char *hp_chart_get_summary (HpChart     *self);
guint       hp_chart_get_n_items (HpChart     *self);

G_END_DECLS
