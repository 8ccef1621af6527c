/* hp-compare-view.c: the Compare view: degree paths side by side
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Still to be built: until then the page says what it will do and offers
 * nothing that would replace the open plan.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-compare-view.h"
#include "hp-empty-state.h"

struct _HpCompareView
{
  GtkWidget   parent_instance;

  HpDocument *document;
  gboolean    narrow;
};

static void hp_compare_view_iface_init (HpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HpCompareView, hp_compare_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (HP_TYPE_VIEW, hp_compare_view_iface_init))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_NARROW,
  PROP_ICON_NAME,
};

static void
hp_compare_view_dispose (GObject *object)
{
  HpCompareView *self = HP_COMPARE_VIEW (object);
  GtkWidget *child;

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_COMPARE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (hp_compare_view_parent_class)->dispose (object);
}

static void
hp_compare_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HpCompareView *self = HP_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    case PROP_ICON_NAME:
      g_value_set_static_string (value, "view-dual-symbolic");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_compare_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HpCompareView *self = HP_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      if (g_set_object (&self->document, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_NARROW:
      if (self->narrow != g_value_get_boolean (value))
        {
          self->narrow = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_compare_view_iface_init (HpViewInterface *iface)
{
}

static void
hp_compare_view_class_init (HpCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_compare_view_dispose;
  object_class->get_property = hp_compare_view_get_property;
  object_class->set_property = hp_compare_view_set_property;
  g_object_class_override_property (object_class, PROP_DOCUMENT, "document");
  g_object_class_override_property (object_class, PROP_NARROW, "narrow");
  g_object_class_override_property (object_class, PROP_ICON_NAME, "icon-name");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/compare/hp-compare-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compareview");

  g_type_ensure (HP_TYPE_EMPTY_STATE);
}

static void
hp_compare_view_init (HpCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
