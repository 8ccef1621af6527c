/* hp-catalog-row.h: a course in the catalog list
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_CATALOG_ROW (hp_catalog_row_get_type ())
G_DECLARE_FINAL_TYPE (HpCatalogRow, hp_catalog_row, HP, CATALOG_ROW, GtkWidget)

GtkWidget *hp_catalog_row_new          (void);
void       hp_catalog_row_set_course   (HpCatalogRow *self,
                                        HpCourse     *course);
HpCourse  *hp_catalog_row_get_course   (HpCatalogRow *self);
void       hp_catalog_row_set_standing (HpCatalogRow *self,
                                        const char   *label,
                                        const char   *style_class);
void       hp_catalog_row_set_facts    (HpCatalogRow *self,
                                        const char   *facts,
                                        gboolean      missing);

G_END_DECLS
