/* hp-schedule-view-private.h: what the Schedule view's files share
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-availability-grid.h"
#include "hp-schedule-view.h"
#include "hp-week-view.h"

G_BEGIN_DECLS

struct _HpScheduleView
{
  HpView            parent_instance;

  GSignalGroup     *document_signals;
  guint             refresh_source;
  gboolean          stale;        /* the plan changed while the view was not shown */
  GDate             monday;       /* the week shown; invalid: this week */
  HpScheduleResult *last;         /* what the last Make Schedule did, for the side panel */
  char             *status;       /* a line about the last export, or NULL */
  GtkWindow        *dialog;       /* the form open, if any */
  GtkFileChooserNative *chooser;

  /* template children */
  GtkStack         *stack;
  GtkBox           *holder;

  /* the page (hp-schedule-page.ui), built by _hp_schedule_view_ensure_page () */
  GtkStack         *pages;
  GtkLabel         *week_label;
  HpWeekView       *week;
  GtkBox           *side;
  HpAvailabilityGrid *grid;
  GtkDropDown      *step;
  GtkLabel         *free_summary;
  GtkBox           *records;
};

void  _hp_schedule_view_ensure_page     (HpScheduleView *self);
void  _hp_schedule_view_install_actions (GtkWidgetClass *widget_class);
void  _hp_schedule_view_update_actions  (HpScheduleView *self);
void  _hp_schedule_view_queue_refresh   (HpScheduleView *self);
void  _hp_schedule_view_week_range      (HpScheduleView *self,
                                         GDate          *monday,
                                         GDate          *sunday);

G_END_DECLS
