/* bench-data.h: generated catalogs and plans for the benchmarks
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *bench_generate_catalog (guint n_courses);
GBytes *bench_generate_plan    (guint n_courses,
                                guint n_terms);
gboolean bench_write_files     (const char *dir,
                                guint       n_courses,
                                guint       n_terms,
                                char      **catalog_path,
                                char      **plan_path);

G_END_DECLS
