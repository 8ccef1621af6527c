/* hp-view.c: what every page of the window is: a view of the window's document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window binds each view's "document" and "narrow" to its own, in its
 * .ui, the same way for every view: a view shows whatever document it is
 * given and lays itself out for narrow windows when told.  "icon-name" is
 * what the view switcher shows in a narrow window instead of the title.
 * This class holds the two and tells the subclass when they change; a
 * view is a subclass with a template, laid out by a GtkBinLayout.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-view.h"

typedef struct
{
  HpDocument *document;
  gboolean    narrow;
} HpViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HpView, hp_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_NARROW,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_view_dispose (GObject *object)
{
  HpView *self = HP_VIEW (object);
  HpViewPrivate *priv = hp_view_get_instance_private (self);
  GtkWidget *child;

  g_clear_object (&priv->document);
  /* What the subclass's template did not unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (hp_view_parent_class)->dispose (object);
}

static void
hp_view_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HpView *self = HP_VIEW (object);
  HpViewPrivate *priv = hp_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, priv->document);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, priv->narrow);
      break;
    case PROP_ICON_NAME:
      g_value_set_static_string (value, hp_view_get_icon_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_view_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  HpView *self = HP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      hp_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_NARROW:
      hp_view_set_narrow (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_view_class_init (HpViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hp_view_dispose;
  object_class->get_property = hp_view_get_property;
  object_class->set_property = hp_view_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, HP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_view_init (HpView *self)
{
}

HpDocument *
hp_view_get_document (HpView *self)
{
  HpViewPrivate *priv = hp_view_get_instance_private (self);

  g_return_val_if_fail (HP_IS_VIEW (self), NULL);
  return priv->document;
}

void
hp_view_set_document (HpView     *self,
                      HpDocument *document)
{
  HpViewPrivate *priv = hp_view_get_instance_private (self);

  g_return_if_fail (HP_IS_VIEW (self));
  g_return_if_fail (document == NULL || HP_IS_DOCUMENT (document));

  if (!g_set_object (&priv->document, document))
    return;
  if (HP_VIEW_GET_CLASS (self)->document_changed != NULL)
    HP_VIEW_GET_CLASS (self)->document_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
hp_view_get_narrow (HpView *self)
{
  HpViewPrivate *priv = hp_view_get_instance_private (self);

  g_return_val_if_fail (HP_IS_VIEW (self), FALSE);
  return priv->narrow;
}

void
hp_view_set_narrow (HpView   *self,
                    gboolean  narrow)
{
  HpViewPrivate *priv = hp_view_get_instance_private (self);

  g_return_if_fail (HP_IS_VIEW (self));

  narrow = !!narrow;
  if (priv->narrow == narrow)
    return;
  priv->narrow = narrow;
  if (narrow)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
  if (HP_VIEW_GET_CLASS (self)->narrow_changed != NULL)
    HP_VIEW_GET_CLASS (self)->narrow_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

const char *
hp_view_get_icon_name (HpView *self)
{
  g_return_val_if_fail (HP_IS_VIEW (self), NULL);
  return HP_VIEW_GET_CLASS (self)->icon_name;
}

/* Errors and dates, as every view's actions need them ---------------------------------- */

/* Shows why an edit was refused in the window's message banner (nothing for
 * NULL): every view reports the document's errors the same way. */
void
hp_view_report (HpView       *self,
                const GError *error)
{
  g_return_if_fail (HP_IS_VIEW (self));

  if (error != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* Reads a date a form gave (YYYY-MM-DD) into @date, or says in the banner
 * why it is not one; an empty text is no date when not @required. */
gboolean
hp_view_parse_date (HpView     *self,
                    const char *text,
                    gboolean    required,
                    GDate      *date)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HP_IS_VIEW (self), FALSE);

  g_date_clear (date, 1);
  if ((text == NULL || *text == '\0') && !required)
    return TRUE;
  if (hp_date_parse (text, date))
    return TRUE;
  error = g_error_new (HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                       _("“%s” is not a date: write it YYYY-MM-DD, such as 2027-05-20"),
                       text ? text : "");
  hp_view_report (self, error);
  return FALSE;
}
