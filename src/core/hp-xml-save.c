/* hp-xml-save.c: saving a file so that it cannot be lost: beside the real target, synced, renamed
 * over it, with the version replaced kept in the user's state folder
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/unit/test-save.c checks links, modes, groups, a full and a
 * read-only file system, and saves killed at random moments.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hp-error.h"
#include "hp-types.h"
#include "hp-xml.h"

/* Previous versions kept per file, in the user's state folder. */
#define HP_BACKUPS_KEPT 10
/* A temporary file of a save older than this was left by a save that was
 * killed: the next save removes it. */
#define HP_STALE_TEMP_SECONDS 60

static gboolean
save_failed (GError    **error,
             const char *path,
             int         errsv,
             const char *what)
{
  hp_set_file_error (error, HP_FILE_ERROR_WRITE, path, 0, 0, _("the file could not be saved: %s: %s"),
                     what, g_strerror (errsv));
  return FALSE;
}

/* @path with its links followed: the file a save must replace.  A path that
 * does not exist yet is its folder's real path and its name. */
static char *
resolve_target (const char *path)
{
  char *real = realpath (path, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real_dir;
  char *result;

  if (real != NULL)
    {
      result = g_strdup (real);
      free (real);
      return result;
    }
  /* a dangling link: follow it by hand, once per level */
  for (guint depth = 0; depth < 32; depth++)
    {
      g_autofree char *link = g_file_read_link (path, NULL);
      g_autofree char *next = NULL;

      if (link == NULL)
        break;
      if (g_path_is_absolute (link))
        next = g_steal_pointer (&link);
      else
        {
          g_autofree char *parent = g_path_get_dirname (path);
          next = g_build_filename (parent, link, NULL);
        }
      path = g_intern_string (next);
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  real_dir = realpath (dir, NULL);
  result = g_build_filename (real_dir ? real_dir : dir, base, NULL);
  free (real_dir);
  return result;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gssize n = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      size -= n;
    }
  return TRUE;
}

/* Removes temporary files of this target that earlier saves left when they
 * were killed. */
static void
remove_stale_temps (const char *dir,
                    const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  const char *name;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".saving"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          now - st.st_mtime > HP_STALE_TEMP_SECONDS)
        g_unlink (path);
    }
}

/* The folder of @target's backups: $XDG_STATE_HOME/hitplanner/backups/NAME-HASH,
 * the hash telling apart files of the same name. */
char *
hp_xml_backup_dir (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, target, -1);
  g_autofree char *name = NULL;

  sum[12] = '\0';
  name = g_strdup_printf ("%s-%s", base, sum);
  return g_build_filename (g_get_user_state_dir (), "hitplanner", "backups", name, NULL);
}

/* Copies @contents (the version about to be replaced) into the backups,
 * with @mode, and keeps the newest HP_BACKUPS_KEPT. */
static void
keep_backup (const char *target,
             const char *contents,
             gsize       length,
             mode_t      mode)
{
  g_autofree char *dir = hp_xml_backup_dir (target);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%06d.hitplan", stamp, g_date_time_get_microsecond (now));
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  const char *entry;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return;
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 0666);
  if (fd < 0)
    return;
  fchmod (fd, mode & 0666);
  if (!write_all (fd, (const guint8 *) contents, length) || fsync (fd) != 0)
    {
      close (fd);
      g_unlink (path);
      return;
    }
  close (fd);

  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (entry = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (entry, ".hitplan"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, hp_str_pointer_compare);
  for (guint i = 0; i + HP_BACKUPS_KEPT < names->len; i++)
    {
      g_autofree char *old = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_unlink (old);
    }
}

/**
 * hp_xml_save_full:
 * @flags: HP_SAVE_BACKUP keeps the version replaced
 * @notice: (out) (optional): set to a sentence when the file's owner or
 *   group could not be kept (the save itself worked)
 *
 * Saving never leaves a half-written file: the new version is written to a
 * temporary file beside the real target (links followed), flushed to disk
 * and only then renamed over it; on any error the temporary file is removed
 * and the old version stays as it was.  A link stays a link; the file keeps
 * its mode, and its owner and group where the system allows.  The version
 * replaced goes to the backups in the user's state folder (see
 * hp_xml_backup_dir ()), with the file's own permissions.
 */
gboolean
hp_xml_save_full (GFile       *file,
                  GBytes      *bytes,
                  HpSaveFlags  flags,
                  char       **notice,
                  GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *old = NULL;
  gsize old_length = 0;
  gboolean exists;
  GStatBuf st;
  int fd, errsv;
  mode_t mask;

  if (path == NULL)
    {
      /* not a local file: GIO's own replace, which is atomic where the backend is */
      g_autoptr(GError) local_error = NULL;
      g_autofree char *uri = g_file_get_uri (file);

      if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &local_error))
        {
          hp_set_file_error (error, HP_FILE_ERROR_WRITE, uri, 0, 0,
                             _("the file could not be saved: %s"), local_error->message);
          return FALSE;
        }
      return TRUE;
    }

  target = resolve_target (path);
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  exists = g_stat (target, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    {
      hp_set_file_error (error, HP_FILE_ERROR_WRITE, path, 0, 0,
                         _("the file could not be saved: it is not a regular file"));
      return FALSE;
    }
  if (exists && (flags & HP_SAVE_BACKUP))
    g_file_get_contents (target, &old, &old_length, NULL);

  remove_stale_temps (dir, base);
  temp = g_strdup_printf ("%s/.%s.XXXXXX.saving", dir, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return save_failed (error, path, errno, _("no temporary file could be made in its folder"));

  mask = umask (0);
  umask (mask);
  if (!write_all (fd, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)) ||
      fsync (fd) != 0 ||
      fchmod (fd, exists ? st.st_mode & 07777 : 0666 & ~mask) != 0)
    {
      errsv = errno;
      close (fd);
      g_unlink (temp);
      return save_failed (error, path, errsv, _("writing it failed"));
    }
  if (exists && (st.st_uid != geteuid () || st.st_gid != getegid ()) &&
      fchown (fd, st.st_uid, st.st_gid) != 0 && fchown (fd, (uid_t) -1, st.st_gid) != 0)
    {
      if (notice != NULL)
        *notice = g_strdup_printf (_("%s was saved, but as yours: its owner and group could not "
                                     "be kept"), path);
      fchmod (fd, st.st_mode & 0777 & ~(S_ISUID | S_ISGID));
    }
  if (close (fd) != 0)
    {
      errsv = errno;
      g_unlink (temp);
      return save_failed (error, path, errsv, _("writing it failed"));
    }

  if ((flags & HP_SAVE_BACKUP) && old != NULL && (old_length != g_bytes_get_size (bytes) ||
                      memcmp (old, g_bytes_get_data (bytes, NULL), old_length) != 0))
    keep_backup (target, old, old_length, st.st_mode);

  if (g_rename (temp, target) != 0)
    {
      errsv = errno;
      g_unlink (temp);
      return save_failed (error, path, errsv, _("it could not replace the old version"));
    }
  /* the rename itself is on disk once the folder is */
  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return TRUE;
}

gboolean
hp_xml_save (GFile   *file,
             GBytes  *bytes,
             GError **error)
{
  return hp_xml_save_full (file, bytes, HP_SAVE_BACKUP, NULL, error);
}
