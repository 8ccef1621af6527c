/* hitplan.h: what the command-line tool's files share
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-core.h"

G_BEGIN_DECLS

enum
{
  HITPLAN_EXIT_OK = 0,
  HITPLAN_EXIT_PROBLEMS = 1,
  HITPLAN_EXIT_USAGE = 2,
  HITPLAN_EXIT_BAD_FILE = 3,
};

#define HP_RESULT_NAMESPACE "urn:io.github.hitplanner:result"

int        hitplan_usage_error   (const char   *format,
                                  ...) G_GNUC_PRINTF (1, 2);
gboolean   hitplan_parse_options (const char   *command,
                                  const char   *parameter,
                                  const char   *summary,
                                  GOptionEntry *entries,
                                  int          *argc,
                                  char       ***argv,
                                  int          *status);
HpDocument *hitplan_load_document (const char  *path,
                                   const char  *catalog_path);
HpCatalog *hitplan_load_catalog  (const char   *catalog_path);
void       hitplan_print_bytes   (GBytes       *bytes);
void       hitplan_print_notice  (HpCatalog    *catalog);
gboolean   hitplan_today         (const char   *text,
                                  GDate        *today,
                                  int          *status);

int        hitplan_audit         (int           argc,
                                  char        **argv);
int        hitplan_compare       (int           argc,
                                  char        **argv);
int        hitplan_autoplan      (int           argc,
                                  char        **argv);
int        hitplan_gpa           (int           argc,
                                  char        **argv);

G_END_DECLS
