/* hp-catalog-panel.h: the catalog beside the board: search, group filter, course list
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_CATALOG_PANEL (hp_catalog_panel_get_type ())
G_DECLARE_FINAL_TYPE (HpCatalogPanel, hp_catalog_panel, HP, CATALOG_PANEL, GtkWidget)

void        hp_catalog_panel_set_catalog (HpCatalogPanel *self,
                                          HpCatalog      *catalog,
                                          HpProgram      *program);
void        hp_catalog_panel_set_plan    (HpCatalogPanel *self,
                                          HpPlan         *plan);
void        hp_catalog_panel_set_search  (HpCatalogPanel *self,
                                          const char     *text);
void        hp_catalog_panel_set_group   (HpCatalogPanel *self,
                                          guint           position);
GListModel *hp_catalog_panel_get_shown   (HpCatalogPanel *self);
void        hp_catalog_panel_start_search (HpCatalogPanel *self);
void        hp_catalog_panel_capture_keys (HpCatalogPanel *self,
                                           GtkWidget      *widget);
void        hp_catalog_panel_choose_term (HpCatalogPanel *self,
                                          guint           position);

G_END_DECLS
