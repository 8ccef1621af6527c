/* hp-error.c: the errors a user can cause with a file, each placed at file:line:col
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

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
