/* hp-draft.c: unsaved edits kept in the user's state folder, so a crash does not lose them
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * $XDG_STATE_HOME/hitplanner/drafts/KEY.hitplan holds the plan as it was
 * being edited and KEY.draft (a key file) the path it belongs to and when;
 * KEY is a hash of that path ("untitled" for a plan never saved).  The app
 * writes a draft a moment after each edit and removes it once the plan is
 * saved or its changes are discarded; a draft still there at the next start
 * was left by a crash, and is offered back.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hp-draft.h"
#include "hp-types.h"
#include "hp-xml.h"

#define DRAFT_GROUP "draft"

void
hp_draft_free (HpDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->plan_path);
  g_free (draft->draft_path);
  g_clear_pointer (&draft->saved, g_date_time_unref);
  g_free (draft);
}

char *
hp_draft_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "hitplanner", "drafts", NULL);
}

static char *
draft_key (const char *plan_path)
{
  g_autofree char *sum = NULL;

  if (plan_path == NULL)
    return g_strdup ("untitled");
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, plan_path, -1);
  return g_strndup (sum, 16);
}

static char *
draft_file (const char *plan_path,
            const char *suffix)
{
  g_autofree char *dir = hp_draft_dir ();
  g_autofree char *key = draft_key (plan_path);
  g_autofree char *name = g_strconcat (key, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Keeps @bytes (the plan being edited) as the draft of @plan_path. */
gboolean
hp_draft_write (const char  *plan_path,
                GBytes      *bytes,
                GError     **error)
{
  g_autofree char *dir = hp_draft_dir ();
  g_autofree char *path = draft_file (plan_path, ".hitplan");
  g_autofree char *info_path = draft_file (plan_path, ".draft");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  g_autofree char *text = NULL;
  gsize length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   "%s: %s", dir, g_strerror (errsv));
      return FALSE;
    }
  if (!hp_xml_save_full (file, bytes, 0, NULL, error))
    return FALSE;
  if (plan_path != NULL)
    g_key_file_set_string (info, DRAFT_GROUP, "path", plan_path);
  g_key_file_set_string (info, DRAFT_GROUP, "saved", stamp);
  text = g_key_file_to_data (info, &length, NULL);
  return g_file_set_contents_full (info_path, text, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                   error);
}

/* The edits of @plan_path were saved or thrown away: no draft is needed. */
void
hp_draft_discard (const char *plan_path)
{
  g_autofree char *path = draft_file (plan_path, ".hitplan");
  g_autofree char *info_path = draft_file (plan_path, ".draft");

  g_unlink (info_path);
  g_unlink (path);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const HpDraft *x = *(HpDraft **) a, *y = *(HpDraft **) b;

  return g_date_time_compare (y->saved, x->saved);
}

/* The drafts left, newest first (of HpDraft*). */
GPtrArray *
hp_draft_list (void)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_draft_free);
  g_autofree char *dir = hp_draft_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *info_path = NULL;
      g_autofree char *plan = NULL;
      g_autofree char *stamp = NULL;
      g_autoptr(GKeyFile) info = g_key_file_new ();
      HpDraft *draft;

      if (!g_str_has_suffix (name, ".draft"))
        continue;
      info_path = g_build_filename (dir, name, NULL);
      if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL) ||
          (stamp = g_key_file_get_string (info, DRAFT_GROUP, "saved", NULL)) == NULL)
        continue;
      plan = g_strndup (info_path, strlen (info_path) - strlen (".draft"));
      draft = g_new0 (HpDraft, 1);
      draft->plan_path = g_key_file_get_string (info, DRAFT_GROUP, "path", NULL);
      draft->draft_path = g_strconcat (plan, ".hitplan", NULL);
      draft->saved = g_date_time_new_from_iso8601 (stamp, NULL);
      if (draft->saved == NULL || !g_file_test (draft->draft_path, G_FILE_TEST_IS_REGULAR))
        {
          hp_draft_free (draft);
          continue;
        }
      g_ptr_array_add (drafts, draft);
    }
  g_ptr_array_sort (drafts, newest_first);
  return drafts;
}

/* Copies of @plan_path that a file-sync tool left beside it when two
 * computers changed the plan at once (of char*, full paths, by name):
 * "plan (conflicted copy 2026-11-27).hitplan" (Dropbox, Nextcloud),
 * "plan.sync-conflict-20261127-101010-ABCDEFG.hitplan" (Syncthing),
 * "plan_conflict-20261127-101010.hitplan" and the like: the plan's name,
 * then "conflict" somewhere in the rest, and the plan's extension. */
GPtrArray *
hp_conflicted_copies (const char *plan_path)
{
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  const char *dot;
  const char *name;
  g_autoptr(GDir) d = NULL;

  g_return_val_if_fail (plan_path != NULL, copies);

  dir = g_path_get_dirname (plan_path);
  base = g_path_get_basename (plan_path);
  dot = strrchr (base, '.');
  stem = dot ? g_strndup (base, dot - base) : g_strdup (base);
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *rest = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *path = NULL;

      if (g_str_equal (name, base) || !g_str_has_prefix (name, stem) ||
          (dot != NULL && !g_str_has_suffix (name, dot)))
        continue;
      rest = g_strdup (name + strlen (stem));
      folded = g_ascii_strdown (rest, -1);
      if (strstr (folded, "conflict") == NULL)
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (copies, g_steal_pointer (&path));
    }
  g_ptr_array_sort (copies, hp_str_pointer_compare);
  return copies;
}
