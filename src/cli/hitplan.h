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
/* The result documents' format: 2 added the automatic plan (<autoplan>) and
 * the terms left; 3 added <readiness> and <continuing-education>. */
#define HITPLAN_RESULT_FORMAT 3

/* What a report on a plan needs: its options, the plan and its catalog. */
typedef struct
{
  char      *catalog_path;
  char      *program_id;
  char      *today_text;
  GDate      today;      /* --today, or the clock's date */
  gboolean   xml;
  HpDocument *document;
  HpPlan    *plan;       /* the document's */
  HpCatalog *catalog;    /* the document's */
  GListStore *problems;
} Report;

void report_clear (Report *r);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

#define TODAY_OPTION(r) \
  { "today", 0, 0, G_OPTION_ARG_STRING, &(r).today_text, \
    N_("Work out the term in progress, and the terms ahead, for this date"), N_("YYYY-MM-DD") }
#define CATALOG_OPTION(r) \
  { "catalog", 'c', 0, G_OPTION_ARG_FILENAME, &(r).catalog_path, \
    N_("Use this catalog (a file or an installed catalog's id) instead of the one the plan " \
       "names"), N_("FILE|ID") }
#define XML_OPTION(r) \
  { "xml", 0, 0, G_OPTION_ARG_NONE, &(r).xml, N_("Print a result document instead of text"), NULL }

int            hitplan_report_load  (Report       *r,
                                     const char   *path);
xmlTextWriter *hitplan_start_result (Report       *r,
                                     const char   *root,
                                     xmlBuffer   **buffer);

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
int        hitplan_readiness     (int           argc,
                                  char        **argv);
int        hitplan_ce            (int           argc,
                                  char        **argv);
int        hitplan_schedule      (int           argc,
                                  char        **argv);
int        hitplan_export_ics    (int           argc,
                                  char        **argv);

G_END_DECLS
