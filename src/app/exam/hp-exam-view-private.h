/* hp-exam-view-private.h: what the Exam Prep view's files share
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-exam-view.h"

G_BEGIN_DECLS

struct _HpExamView
{
  HpView        parent_instance;

  GSignalGroup *document_signals;
  guint         refresh_source;
  gboolean      stale;          /* the plan changed while the view was not shown */
  gboolean      forced;         /* a caller wants the answers now, shown or not */
  char         *selected;       /* the credential of the exam shown, or NULL for the first */
  GtkWindow    *dialog;         /* the form open, if any */
  HpReadiness  *readiness;      /* of the exam shown, or NULL */
  HpEligibility *eligibility;
  GListStore   *ce;             /* of HpCeStatus */
  GtkWidget    *trend;          /* the charts of the exam shown */
  GtkWidget    *bars;

  /* template children */
  GtkStack     *stack;
  GtkScrolledWindow *scroller;
  GtkBox       *content;
};

HpExamTarget *_hp_exam_view_get_exam     (HpExamView    *self);
void          _hp_exam_view_install_actions (GtkWidgetClass *widget_class);
void          _hp_exam_view_update_actions  (HpExamView  *self);
void          _hp_exam_view_queue_refresh   (HpExamView  *self);

G_END_DECLS
