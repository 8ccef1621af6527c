/* hp-exam-view.c: the Exam Prep view: readiness for a credential exam
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Still to be built: until then the page says what it will do and offers
 * nothing that would replace the open plan.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-exam-view.h"
#include "hp-empty-state.h"

struct _HpExamView
{
  HpView parent_instance;
};

G_DEFINE_FINAL_TYPE (HpExamView, hp_exam_view, HP_TYPE_VIEW)

static void
hp_exam_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_EXAM_VIEW);
  G_OBJECT_CLASS (hp_exam_view_parent_class)->dispose (object);
}

static void
hp_exam_view_class_init (HpExamViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_exam_view_dispose;
  HP_VIEW_CLASS (klass)->icon_name = "alarm-symbolic";

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-exam-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "examview");

  g_type_ensure (HP_TYPE_EMPTY_STATE);
}

static void
hp_exam_view_init (HpExamView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
