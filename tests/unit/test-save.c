/* test-save.c: saving that cannot lose a plan: atomic replace, links, modes, groups, backups,
 * leftovers of killed saves, a full disk, a read-only folder, and saves killed at random moments
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The full-disk and read-only tests mount a small tmpfs, which needs root;
 * elsewhere they are skipped with the reason (a read-only folder is then
 * made with chmod, which root would ignore).  HP_SAVE_KILLS=N runs N killed
 * saves per kind of target instead of the suite's 20 (the campaign by hand:
 * HP_SAVE_KILLS=200).
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hp-core.h"

static char *state_dir;

static GBytes *
plan_bytes (const char *student,
            guint       transfers)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<plan xmlns=\"urn:io.github.hitplanner:plan\" format=\"4\">\n");

  g_string_append_printf (s, "  <profile><student>%s</student></profile>\n", student);
  for (guint i = 0; i < transfers; i++)
    g_string_append_printf (s, "  <transfer institution=\"College %u of %s\" credits=\"3\"/>\n", i,
                            student);
  g_string_append (s, "</plan>\n");
  return g_string_free_to_bytes (s);
}

static void
write_file (const char *path,
            GBytes     *bytes,
            int         mode)
{
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static gboolean
file_equals (const char *path,
             GBytes     *bytes)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &text, &length, NULL) &&
         length == g_bytes_get_size (bytes) &&
         memcmp (text, g_bytes_get_data (bytes, NULL), length) == 0;
}

static gboolean
save (const char *path,
      GBytes     *bytes,
      GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return hp_xml_save_full (file, bytes, HP_SAVE_BACKUP, NULL, error);
}

/* Files in @dir other than @except (NULL: any). */
static guint
count_files (const char *dir,
             const char *except)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    n += g_strcmp0 (name, except) != 0;
  return n;
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hitplanner-save-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) e = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                            NULL, NULL);
  GFileInfo *info;

  while (e != NULL && (info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);
      GStatBuf st;

      if (g_lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_rmdir (path);
}

/* A plain file: replaced whole, its mode kept, no FILE~ beside it, the old
 * version in the backups with the same mode. */
static void
test_plain (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *target = NULL;
  g_autofree char *backups = NULL;
  g_autoptr(GBytes) a = plan_bytes ("Ana", 2);
  g_autoptr(GBytes) b = plan_bytes ("Bea", 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  GStatBuf st;

  write_file (path, a, 0600);
  g_assert_true (save (path, b, &error));
  g_assert_no_error (error);
  g_assert_true (file_equals (path, b));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (dir, NULL), ==, 1);   /* no FILE~, no temporary file */

  target = realpath (path, NULL);
  backups = hp_xml_backup_dir (target);
  g_assert_true (g_str_has_prefix (backups, state_dir));
  d = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (d);
  name = g_dir_read_name (d);
  g_assert_nonnull (name);
  {
    g_autofree char *copy = g_build_filename (backups, name, NULL);
    g_assert_true (file_equals (copy, a));
    g_assert_cmpint (g_stat (copy, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  g_assert_null (g_dir_read_name (d));

  /* a new file takes the umask's mode */
  {
    g_autofree char *fresh = g_build_filename (dir, "new.hitplan", NULL);
    mode_t mask = umask (022);

    g_assert_true (save (fresh, a, NULL));
    umask (mask);
    g_assert_cmpint (g_stat (fresh, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0644);
  }
  remove_tree (dir);
}

/* Through a link: the link stays a link to the same file, which is
 * replaced; its backup has the target's mode, not the link's. */
static void
test_link (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "sync", NULL);
  g_autofree char *target = g_build_filename (real_dir, "plan.hitplan", NULL);
  g_autofree char *link = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *backups = NULL;
  g_autoptr(GBytes) a = plan_bytes ("Ana", 2);
  g_autoptr(GBytes) b = plan_bytes ("Bea", 3);
  g_autofree char *points = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  write_file (target, a, 0600);
  g_assert_cmpint (symlink ("sync/plan.hitplan", link), ==, 0);
  g_assert_true (save (link, b, NULL));
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  points = g_file_read_link (link, NULL);
  g_assert_cmpstr (points, ==, "sync/plan.hitplan");
  g_assert_true (file_equals (target, b));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (dir, "sync"), ==, 1);
  g_assert_cmpuint (count_files (real_dir, NULL), ==, 1);
  {
    g_autofree char *real = realpath (target, NULL);
    g_autoptr(GDir) d = NULL;
    g_autofree char *copy = NULL;

    backups = hp_xml_backup_dir (real);
    d = g_dir_open (backups, 0, NULL);
    g_assert_nonnull (d);
    copy = g_build_filename (backups, g_dir_read_name (d), NULL);
    g_assert_cmpint (g_stat (copy, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  remove_tree (dir);
}

/* A file of another group keeps its group and mode (where the system lets
 * the user give it back: root here, a member of the group elsewhere). */
static void
test_other_group (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autoptr(GBytes) a = plan_bytes ("Ana", 1);
  g_autoptr(GBytes) b = plan_bytes ("Bea", 1);
  g_autofree char *notice = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GStatBuf st;

  write_file (path, a, 0640);
  if (chown (path, (uid_t) -1, 4242) != 0)
    {
      g_test_skip ("this user cannot give a file to another group (root can)");
      remove_tree (dir);
      return;
    }
  g_assert_true (hp_xml_save_full (file, b, HP_SAVE_BACKUP, &notice, NULL));
  g_assert_null (notice);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_gid, ==, 4242);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_true (file_equals (path, b));
  remove_tree (dir);
}

/* Leftovers of a killed save (older than a minute) go at the next save;
 * a fresh one, perhaps another save's, stays.  At most ten backups. */
static void
test_leftovers_and_backups (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *stale = g_build_filename (dir, ".plan.hitplan.AbC123.saving", NULL);
  g_autofree char *fresh = g_build_filename (dir, ".plan.hitplan.XyZ789.saving", NULL);
  g_autofree char *target = NULL;
  g_autofree char *backups = NULL;
  struct timespec old[2] = { { 1000000000, 0 }, { 1000000000, 0 } };

  {
    g_autoptr(GBytes) first = plan_bytes ("Ana", 0);
    write_file (path, first, 0600);
  }
  g_assert_true (g_file_set_contents (stale, "partial", -1, NULL));
  g_assert_cmpint (utimensat (AT_FDCWD, stale, old, 0), ==, 0);
  g_assert_true (g_file_set_contents (fresh, "partial", -1, NULL));
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *who = g_strdup_printf ("Student %u", i);
      g_autoptr(GBytes) b = plan_bytes (who, i);

      g_assert_true (save (path, b, NULL));
    }
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  target = realpath (path, NULL);
  backups = hp_xml_backup_dir (target);
  g_assert_cmpuint (count_files (backups, NULL), ==, 10);
  remove_tree (dir);
  remove_tree (backups);
}

/* A small tmpfs at @dir, or FALSE with why not. */
static gboolean
mount_small (const char *dir,
             const char *size,
             char      **why)
{
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0755", size);

  if (mount ("tmpfs", dir, "tmpfs", 0, options) != 0)
    {
      *why = g_strdup_printf ("no small file system could be mounted here (%s): run the tests "
                              "as root to check a full disk", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* A full disk: a clear message, the old file whole, no temporary file left,
 * and saving elsewhere still works. */
static void
test_full_disk (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *elsewhere = NULL;
  g_autoptr(GBytes) a = plan_bytes ("Ana", 10);
  g_autoptr(GBytes) big = plan_bytes ("Bea", 20000);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;

  if (!mount_small (dir, "256k", &why))
    {
      g_test_skip (why);
      g_rmdir (dir);
      return;
    }
  write_file (path, a, 0600);
  g_assert_false (save (path, big, &error));
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "No space left on device"));
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (file_equals (path, a));
  g_assert_cmpuint (count_files (dir, NULL), ==, 1);
  umount2 (dir, MNT_DETACH);

  elsewhere = g_build_filename (dir, "elsewhere.hitplan", NULL);
  g_assert_true (save (elsewhere, big, NULL));
  g_assert_true (file_equals (elsewhere, big));
  remove_tree (dir);
}

/* A read-only folder: refused with the reason, the old file whole. */
static void
test_read_only (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autoptr(GBytes) a = plan_bytes ("Ana", 1);
  g_autoptr(GBytes) b = plan_bytes ("Bea", 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  gboolean mounted = FALSE;

  if (geteuid () == 0)
    {
      if (!mount_small (dir, "64k", &why))
        {
          g_test_skip (why);
          g_rmdir (dir);
          return;
        }
      mounted = TRUE;
      write_file (path, a, 0600);
      g_assert_cmpint (mount ("tmpfs", dir, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
    }
  else
    {
      write_file (path, a, 0600);
      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
    }
  g_assert_false (save (path, b, &error));
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_WRITE);
  g_assert_true (strstr (error->message, "Read-only file system") != NULL ||
                 strstr (error->message, "Permission denied") != NULL);
  g_assert_true (file_equals (path, a));
  if (mounted)
    umount2 (dir, MNT_DETACH);
  else
    g_chmod (dir, 0700);
  remove_tree (dir);
}

/* Saves killed at random moments leave the old version or the new one,
 * whole, every time. */
static void
kill_campaign (const char *target_path,
               const char *save_path,
               guint       kills)
{
  g_autoptr(GBytes) a = plan_bytes ("Ana", 30000);
  g_autoptr(GBytes) b = plan_bytes ("Bea", 30001);
  g_autoptr(GRand) rand = g_rand_new_with_seed (kills);
  g_autoptr(GFile) file = g_file_new_for_path (save_path);
  guint old_seen = 0, new_seen = 0;

  write_file (target_path, a, 0600);
  for (guint i = 0; i < kills; i++)
    {
      pid_t child = fork ();
      int status = 0;

      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          /* only what the saving needs, after a fork */
          for (guint n = 0;; n++)
            hp_xml_save_full (file, n % 2 ? a : b, HP_SAVE_BACKUP, NULL, NULL);
          _exit (0);
        }
      g_usleep (g_rand_int_range (rand, 1000, 60000));
      kill (child, SIGKILL);
      waitpid (child, &status, 0);
      if (file_equals (target_path, a))
        old_seen++;
      else if (file_equals (target_path, b))
        new_seen++;
      else
        g_error ("after kill %u the plan is neither version", i);
    }
  g_test_message ("%u kills: %u left one version, %u the other", kills, old_seen, new_seen);
}

static guint
n_kills (void)
{
  const char *env = g_getenv ("HP_SAVE_KILLS");

  return env ? (guint) g_ascii_strtoull (env, NULL, 10) : 20;
}

static void
test_killed_saves (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *sync = g_build_filename (dir, "sync", NULL);
  g_autofree char *target = g_build_filename (sync, "linked.hitplan", NULL);
  g_autofree char *link = g_build_filename (dir, "linked.hitplan", NULL);

  kill_campaign (path, path, n_kills ());
  g_assert_cmpint (g_mkdir (sync, 0700), ==, 0);
  g_assert_cmpint (symlink ("sync/linked.hitplan", link), ==, 0);
  kill_campaign (target, link, n_kills ());
  if (chown (target, (uid_t) -1, 4242) == 0)
    kill_campaign (target, link, n_kills ());
  remove_tree (dir);
}

/* Copies a file-sync tool left beside the plan are found; other plans and
 * look-alikes are not. */
static void
test_conflicted_copies (void)
{
  static const char *files[] = {
    "plan.hitplan",
    "plan (conflicted copy 2026-11-27).hitplan",          /* Dropbox */
    "plan (Ana's conflicted copy 2026-11-27).hitplan",
    "plan.sync-conflict-20261127-101010-ABCDEFG.hitplan",  /* Syncthing */
    "plan_conflict-20261127-101010.hitplan",
    "plan (1).hitplan",                                    /* not a conflict */
    "other (conflicted copy 2026-11-27).hitplan",          /* another plan's */
    "plan (conflicted copy 2026-11-27).hitcatalog",        /* not a plan */
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *plan = g_build_filename (dir, "plan.hitplan", NULL);
  g_autoptr(GPtrArray) copies = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_assert_true (g_file_set_contents (path, "x", -1, NULL));
    }
  copies = hp_conflicted_copies (plan);
  g_assert_cmpuint (copies->len, ==, 4);
  for (guint i = 0; i < copies->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (copies, i));
      g_assert_true (strstr (name, "conflict") != NULL && g_str_has_prefix (name, "plan") &&
                     g_str_has_suffix (name, ".hitplan"));
    }
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* the backups go here, not to the user's own state folder */
  state_dir = g_dir_make_tmp ("hitplanner-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/plain", test_plain);
  g_test_add_func ("/save/link", test_link);
  g_test_add_func ("/save/other-group", test_other_group);
  g_test_add_func ("/save/leftovers-and-backups", test_leftovers_and_backups);
  g_test_add_func ("/save/full-disk", test_full_disk);
  g_test_add_func ("/save/read-only", test_read_only);
  g_test_add_func ("/save/killed-saves", test_killed_saves);
  g_test_add_func ("/save/conflicted-copies", test_conflicted_copies);
  status = g_test_run ();
  remove_tree (state_dir);
  return status;
}
