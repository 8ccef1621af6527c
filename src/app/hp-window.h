/* hp-window.h: the main window: header bar, the four views, the open document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

/* Below this width the views take their narrow layout and the switcher shows
 * icons; below the compact one Undo, Redo and Save move to the menu. */
#define HP_WINDOW_NARROW_WIDTH  720
#define HP_WINDOW_COMPACT_WIDTH 520

#define HP_TYPE_WINDOW (hp_window_get_type ())
G_DECLARE_FINAL_TYPE (HpWindow, hp_window, HP, WINDOW, GtkApplicationWindow)

HpWindow   *hp_window_new            (GtkApplication *application);
gboolean    hp_window_open_file      (HpWindow       *self,
                                      GFile          *file);
gboolean    hp_window_open_sample    (HpWindow       *self);
void        hp_window_show_opening   (HpWindow       *self,
                                      GFile          *file);
gboolean    hp_window_show_loaded    (HpWindow       *self,
                                      GFile          *file,
                                      HpDocument     *document,
                                      const GError   *error);
HpDocument *hp_window_get_document   (HpWindow       *self);
HpPlan     *hp_window_get_plan       (HpWindow       *self);
HpCatalog  *hp_window_get_catalog    (HpWindow       *self);
GFile      *hp_window_get_file       (HpWindow       *self);
const char *hp_window_get_error      (HpWindow       *self);
const char *hp_window_get_view       (HpWindow       *self);
GtkWindow  *hp_window_get_confirmation (HpWindow     *self);
GtkWindow  *hp_window_get_conflict   (HpWindow     *self);
gboolean    hp_window_offer_draft    (HpWindow     *self);
gboolean    hp_window_get_draft_offered (HpWindow  *self);
gboolean    hp_window_get_conflicted_copy_offered (HpWindow *self);
void        hp_window_write_draft_now (HpWindow    *self);
void        hp_window_import_catalog (HpWindow       *self,
                                      GFile          *file);
gboolean    hp_window_get_disk_changed (HpWindow     *self);

G_END_DECLS
