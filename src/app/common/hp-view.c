/* hp-view.c: what every page of the window is: a view of the window's document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window binds each view's "document" and "narrow" to its own, in its
 * .ui, the same way for every view: a view shows whatever document it is
 * given and lays itself out for narrow windows when told.  "icon-name" is
 * what the view switcher shows in a narrow window instead of the title.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-view.h"

G_DEFINE_INTERFACE (HpView, hp_view, GTK_TYPE_WIDGET)

static void
hp_view_default_init (HpViewInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("document", NULL, NULL, HP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

HpDocument *
hp_view_get_document (HpView *self)
{
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_VIEW (self), NULL);
  g_object_get (self, "document", &document, NULL);
  return document;  /* the view keeps it */
}

gboolean
hp_view_get_narrow (HpView *self)
{
  gboolean narrow = FALSE;

  g_return_val_if_fail (HP_IS_VIEW (self), FALSE);
  g_object_get (self, "narrow", &narrow, NULL);
  return narrow;
}

const char *
hp_view_get_icon_name (HpView *self)
{
  GParamSpec *pspec;
  GValue value = G_VALUE_INIT;
  const char *name;

  g_return_val_if_fail (HP_IS_VIEW (self), NULL);
  /* A view's icon is a constant of its class: read it without a copy. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), "icon-name");
  g_value_init (&value, G_TYPE_STRING);
  g_object_get_property (G_OBJECT (self), pspec->name, &value);
  name = g_intern_string (g_value_get_string (&value));
  g_value_unset (&value);
  return name;
}
