/* hp-draft.h: unsaved edits kept in the user's state folder, so a crash does not lose them
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char      *plan_path;   /* the file the edits belong to, or NULL for an untitled plan */
  char      *draft_path;  /* the draft: a plan file in the drafts folder */
  GDateTime *saved;       /* when the draft was written */
} HpDraft;

void       hp_draft_free     (HpDraft     *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpDraft, hp_draft_free)

char      *hp_draft_dir      (void);
gboolean   hp_draft_write    (const char  *plan_path,
                              GBytes      *bytes,
                              GError     **error);
void       hp_draft_discard  (const char  *plan_path);
GPtrArray *hp_draft_list     (void);
GPtrArray *hp_conflicted_copies (const char *plan_path);

G_END_DECLS
