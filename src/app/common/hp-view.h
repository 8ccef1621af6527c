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
G_DECLARE_INTERFACE (HpView, hp_view, HP, VIEW, GtkWidget)

struct _HpViewInterface
{
  GTypeInterface parent_iface;
};

HpDocument *hp_view_get_document  (HpView *self);
gboolean    hp_view_get_narrow    (HpView *self);
const char *hp_view_get_icon_name (HpView *self);

G_END_DECLS
