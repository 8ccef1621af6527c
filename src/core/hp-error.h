/* hp-error.h: the errors a user can cause with a file, each placed at file:line:col
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_FILE_ERROR (hp_file_error_quark ())

typedef enum
{
  HP_FILE_ERROR_NOT_FOUND,     /* no such file */
  HP_FILE_ERROR_READ,          /* the file exists but cannot be read */
  HP_FILE_ERROR_TOO_LARGE,     /* over the size or nesting limit */
  HP_FILE_ERROR_MALFORMED,     /* not well-formed XML */
  HP_FILE_ERROR_UNSAFE,        /* declares a DTD or entities */
  HP_FILE_ERROR_WRONG_KIND,    /* well-formed, but not a file of the expected kind */
  HP_FILE_ERROR_NEWER_VERSION, /* written by a newer version of the format */
  HP_FILE_ERROR_INVALID,       /* well-formed, but breaks a rule of the format */
  HP_FILE_ERROR_WRITE,         /* saving failed */
  HP_FILE_ERROR_EXISTS,        /* installing would replace a file of the same name */
} HpFileError;

GQuark hp_file_error_quark (void);

char  *hp_file_error_explain (const GError *error,
                              const char   *name);

#define HP_EDIT_ERROR (hp_edit_error_quark ())

typedef enum
{
  HP_EDIT_ERROR_NO_TERM,     /* the plan has no such term */
  HP_EDIT_ERROR_NO_ENTRY,    /* the term has no course at that place */
  HP_EDIT_ERROR_TERM_EXISTS, /* a term can appear once */
  HP_EDIT_ERROR_INVALID,     /* a value the format does not allow */
  HP_EDIT_ERROR_NOTHING,     /* the edit would change nothing */
} HpEditError;

GQuark hp_edit_error_quark (void);

void   hp_set_file_error (GError    **error,
                          HpFileError code,
                          const char *path,
                          int         line,
                          int         column,
                          const char *format,
                          ...) G_GNUC_PRINTF (6, 7);

G_END_DECLS
