/* hp-block-tile.h: one study block in the week: drawn, focusable, and named for screen readers
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_BLOCK_TILE (hp_block_tile_get_type ())
G_DECLARE_FINAL_TYPE (HpBlockTile, hp_block_tile, HP, BLOCK_TILE, GtkWidget)

GtkWidget    *hp_block_tile_new        (HpStudyBlock *block,
                                        const char   *title,
                                        guint         color,
                                        gboolean      missed);
HpStudyBlock *hp_block_tile_get_block  (HpBlockTile  *self);
const char   *hp_block_tile_get_title  (HpBlockTile  *self);
gboolean      hp_block_tile_get_missed (HpBlockTile  *self);
void          hp_block_tile_palette    (guint         color,
                                        GdkRGBA      *rgba);

G_END_DECLS
