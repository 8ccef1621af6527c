/* hp-view.h: what every page of the window is: a view of the window's document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_VIEW (hp_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (HpView, hp_view, HP, VIEW, GtkWidget)

struct _HpViewClass
{
  GtkWidgetClass parent_class;

  /* What the view switcher shows in a narrow window instead of the
   * title: a constant of the class, set in its class_init. */
  const char *icon_name;

  /* The window gave the view another document (or NULL): show it. */
  void (*document_changed) (HpView *self);
  /* The window became narrow, or wide again: lay the view out for it. */
  void (*narrow_changed)   (HpView *self);
};

HpDocument *hp_view_get_document  (HpView     *self);
void        hp_view_set_document  (HpView     *self,
                                   HpDocument *document);
gboolean    hp_view_get_narrow    (HpView     *self);
void        hp_view_set_narrow    (HpView     *self,
                                   gboolean    narrow);
const char *hp_view_get_icon_name (HpView     *self);
void        hp_view_report        (HpView       *self,
                                   const GError *error);
gboolean    hp_view_parse_date    (HpView     *self,
                                   const char *text,
                                   gboolean    required,
                                   GDate      *date);

G_END_DECLS
