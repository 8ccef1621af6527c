/* hp-term-column.h: one term of the plan board: its header and its course cards
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-course-card.h"

G_BEGIN_DECLS

#define HP_TYPE_TERM_COLUMN (hp_term_column_get_type ())
G_DECLARE_FINAL_TYPE (HpTermColumn, hp_term_column, HP, TERM_COLUMN, GtkWidget)

HpTermColumn *hp_term_column_new         (HpTermKey     term,
                                          double        credits,
                                          double        limit,
                                          double        gpa,
                                          guint         n_problems);
HpTermKey     hp_term_column_get_term    (HpTermColumn *self);
void          hp_term_column_add_card    (HpTermColumn *self,
                                          HpCourseCard *card);
gboolean      hp_term_column_accept_drop (HpTermColumn *self,
                                          const char   *data);
HpCourseCard *hp_term_column_get_card    (HpTermColumn *self,
                                          guint         index);

G_END_DECLS
