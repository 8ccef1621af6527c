/* hp-application.h: HIT Study Planner, the application: one window, opened files, app actions
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-window.h"

G_BEGIN_DECLS

#define HP_TYPE_APPLICATION (hp_application_get_type ())
G_DECLARE_FINAL_TYPE (HpApplication, hp_application, HP, APPLICATION, GtkApplication)

HpApplication *hp_application_new        (GApplicationFlags flags);
HpWindow      *hp_application_get_window (HpApplication    *self);
guint          hp_application_remind     (HpApplication    *self,
                                          HpDocument       *document,
                                          const GDate      *today);
const char    *hp_application_get_last_reminder (HpApplication *self);
gboolean       hp_application_is_opening (HpApplication    *self);

G_END_DECLS
