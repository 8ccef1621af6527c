/* hp-catalog-row.c: a course in the catalog list
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Code, credits and title come from the course; the panel says what the
 * plan holds of it (a word in a colored mark, never color alone) and the
 * line of facts: when it is offered, what it needs and whether that is
 * met.  A row is a drag source for its course ("course\nCODE"), which a
 * term column accepts.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-catalog-row.h"
#include "hp-tooltip.h"

struct _HpCatalogRow
{
  GtkWidget  parent_instance;

  HpCourse  *course;
  char      *standing_class;

  /* template children */
  GtkWidget *content;
  GtkLabel  *code_label;
  GtkLabel  *state_label;
  GtkLabel  *credits_label;
  GtkLabel  *title_label;
  GtkLabel  *facts_label;
};

G_DEFINE_FINAL_TYPE (HpCatalogRow, hp_catalog_row, GTK_TYPE_WIDGET)

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 HpCatalogRow  *self)
{
  g_autoptr(GdkPaintable) icon = NULL;
  g_autofree char *data = NULL;

  if (self->course == NULL)
    return NULL;
  icon = gtk_widget_paintable_new (GTK_WIDGET (self));
  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  data = g_strdup_printf ("course\n%s", self->course->code);
  return gdk_content_provider_new_typed (G_TYPE_STRING, data);
}

static void
hp_catalog_row_dispose (GObject *object)
{
  HpCatalogRow *self = HP_CATALOG_ROW (object);

  g_clear_object (&self->course);
  g_clear_pointer (&self->standing_class, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_CATALOG_ROW);
  G_OBJECT_CLASS (hp_catalog_row_parent_class)->dispose (object);
}

static void
hp_catalog_row_class_init (HpCatalogRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hp_catalog_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-catalog-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCatalogRow, content);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogRow, credits_label);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogRow, facts_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "catalogrow");
}

static void
hp_catalog_row_init (HpCatalogRow *self)
{
  GtkDragSource *drag = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY);
  g_signal_connect_object (drag, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
hp_catalog_row_new (void)
{
  return g_object_new (HP_TYPE_CATALOG_ROW, NULL);
}

/* Shows @course (or, with NULL, nothing: an unbound row). */
void
hp_catalog_row_set_course (HpCatalogRow *self,
                           HpCourse     *course)
{
  g_autofree char *credits = NULL;
  g_autofree char *credits_text = NULL;

  g_return_if_fail (HP_IS_CATALOG_ROW (self));

  if (!g_set_object (&self->course, course) || course == NULL)
    return;
  credits = hp_format_number (course->credits);
  /* TRANSLATORS: a course's credits, short: "3 cr" */
  credits_text = g_strdup_printf (_("%s cr"), credits);
  gtk_label_set_label (self->code_label, course->code);
  gtk_label_set_label (self->title_label, course->title);
  gtk_label_set_label (self->credits_label, credits_text);
  hp_tooltip_set (GTK_WIDGET (self), course->description);
}

HpCourse *
hp_catalog_row_get_course (HpCatalogRow *self)
{
  g_return_val_if_fail (HP_IS_CATALOG_ROW (self), NULL);
  return self->course;
}

/* What the plan holds of the course, in a word ("Done", "Planned") with
 * its style class; NULL when it holds nothing. */
void
hp_catalog_row_set_standing (HpCatalogRow *self,
                             const char   *label,
                             const char   *style_class)
{
  g_return_if_fail (HP_IS_CATALOG_ROW (self));

  if (self->standing_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), self->standing_class);
  g_free (self->standing_class);
  self->standing_class = g_strdup (style_class);
  if (style_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), style_class);
  gtk_label_set_label (self->state_label, label ? label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), label != NULL);
}

/* When the course is offered and what it needs; @missing marks a
 * prerequisite the plan does not meet. */
void
hp_catalog_row_set_facts (HpCatalogRow *self,
                          const char   *facts,
                          gboolean      missing)
{
  g_return_if_fail (HP_IS_CATALOG_ROW (self));

  gtk_label_set_label (self->facts_label, facts);
  if (missing)
    gtk_widget_add_css_class (GTK_WIDGET (self->facts_label), "missing");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->facts_label), "missing");
}
