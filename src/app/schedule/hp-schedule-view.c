/* hp-schedule-view.c: the Schedule view: the week's study time
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Still to be built: until then the page says what it will do and offers
 * nothing that would replace the open plan.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-schedule-view.h"
#include "hp-empty-state.h"

struct _HpScheduleView
{
  HpView parent_instance;
};

G_DEFINE_FINAL_TYPE (HpScheduleView, hp_schedule_view, HP_TYPE_VIEW)

static void
hp_schedule_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_SCHEDULE_VIEW);
  G_OBJECT_CLASS (hp_schedule_view_parent_class)->dispose (object);
}

static void
hp_schedule_view_class_init (HpScheduleViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_schedule_view_dispose;
  HP_VIEW_CLASS (klass)->icon_name = "x-office-calendar-symbolic";

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/schedule/hp-schedule-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scheduleview");

  g_type_ensure (HP_TYPE_EMPTY_STATE);
}

static void
hp_schedule_view_init (HpScheduleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
