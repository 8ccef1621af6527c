/* hp-document-private.h: what the document's files share: its state, and how an edit is made
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-document.h"
#include "hp-error.h"

G_BEGIN_DECLS

struct _HpDocument
{
  GObject     parent_instance;

  HpPlan     *plan;
  HpCatalog  *catalog;
  GFile      *file;
  guint64     disk_mtime;   /* of the file as last read or written, for outside changes */

  GPtrArray  *history;      /* of Command*: applied commands, oldest first */
  guint       position;     /* commands before this are applied; the rest can be redone */
  int         saved;        /* the position that matches the file, or -1 when none does */

  GBytes     *pending;      /* the plan before the edit in progress */
  GError     *catalog_error; /* why there is no catalog, or NULL */
  char       *save_notice;   /* what the last save could not keep, or NULL */
};

/* An edit: _hp_document_begin (), change self->plan, _hp_document_commit (). */
void         _hp_document_begin         (HpDocument   *self);
gboolean     _hp_document_commit        (HpDocument   *self,
                                         char         *label);

void         _hp_document_take_catalog  (HpDocument   *self,
                                         HpCatalog    *catalog,
                                         GError       *catalog_error);
HpPlanTerm  *_hp_document_need_term     (HpDocument   *self,
                                         HpTermKey     key,
                                         GError      **error);
HpPlanEntry *_hp_document_need_entry    (HpDocument   *self,
                                         HpTermKey     key,
                                         guint         index,
                                         HpPlanTerm  **term,
                                         GError      **error);
gboolean     _hp_document_remove_record (HpDocument   *self,
                                         GListStore   *records,
                                         guint         index,
                                         const char   *no_such,
                                         const char   *label,
                                         GError      **error);

G_END_DECLS
