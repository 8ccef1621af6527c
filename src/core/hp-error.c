/* hp-error.c: the errors a user can cause with a file, each placed at file:line:col
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"

G_DEFINE_QUARK (hp-file-error-quark, hp_file_error)
G_DEFINE_QUARK (hp-edit-error-quark, hp_edit_error)

/* Every message starts with where the problem is, in the form compilers use
 * ("FILE:LINE:COL: message"), so the app, the command-line tool and editors
 * all point the student at the same place.  Unknown lines and columns are
 * left out rather than shown as 0.
 */
void
hp_set_file_error (GError    **error,
                   HpFileError code,
                   const char *path,
                   int         line,
                   int         column,
                   const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0 && column > 0)
    where = g_strdup_printf ("%s:%d:%d", path, line, column);
  else if (line > 0)
    where = g_strdup_printf ("%s:%d", path, line);
  else
    where = g_strdup (path);

  g_set_error (error, HP_FILE_ERROR, code, "%s: %s", where, message);
}

/* What went wrong with a file in one plain sentence a student understands,
 * naming it by @name, before the details (where, and what the reader saw).
 * The details stay as they are: an editor or a helper needs them. */
char *
hp_file_error_explain (const GError *error,
                       const char   *name)
{
  g_autofree char *plain = NULL;

  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (error->domain != HP_FILE_ERROR)
    return g_strdup (error->message);

  switch ((HpFileError) error->code)
    {
    case HP_FILE_ERROR_NOT_FOUND:
      plain = g_strdup_printf (_("“%s” is not there: it may have been moved, renamed or "
                                 "deleted."), name);
      break;
    case HP_FILE_ERROR_READ:
      plain = g_strdup_printf (_("“%s” could not be read."), name);
      break;
    case HP_FILE_ERROR_TOO_LARGE:
      plain = g_strdup_printf (_("“%s” is far larger than any plan or catalog, so it was not "
                                 "read."), name);
      break;
    case HP_FILE_ERROR_MALFORMED:
      plain = g_strdup_printf (_("“%s” is damaged or is not a file of HIT Study Planner."), name);
      break;
    case HP_FILE_ERROR_UNSAFE:
      plain = g_strdup_printf (_("“%s” asks to load other files or definitions, which plans and "
                                 "catalogs never do, so it was not read."), name);
      break;
    case HP_FILE_ERROR_WRONG_KIND:
      plain = g_strdup_printf (_("“%s” is another kind of file."), name);
      break;
    case HP_FILE_ERROR_NEWER_VERSION:
      plain = g_strdup_printf (_("“%s” was written by a newer version of HIT Study Planner; "
                                 "update the app to open it."), name);
      break;
    case HP_FILE_ERROR_INVALID:
      plain = g_strdup_printf (_("“%s” has a mistake in it."), name);
      break;
    case HP_FILE_ERROR_EXISTS:
      plain = g_strdup_printf (_("“%s” would replace a file that is already there."), name);
      break;
    case HP_FILE_ERROR_WRITE:
    default:
      plain = g_strdup_printf (_("“%s” could not be saved."), name);
      break;
    }
  /* TRANSLATORS: a plain sentence about a file, then what exactly is wrong and where */
  return g_strdup_printf (_("%s\nDetails: %s"), plain, error->message);
}
