/* hp-document-io.c: a document from a file, the sample or a new plan, with the catalog it names
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "A plan plus the catalog it names" is read here and nowhere else: the
 * app, the command-line tool and the tests all come through these.  A plan
 * that reads but whose catalog does not is still a document (its courses
 * can be seen, saved and fixed); the catalog's error stays with it, and the
 * app shows it instead of checks that could not be made.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"

static HpDocument *
document_for (HpPlan     *plan,
              GFile      *plan_file,
              GFile      *catalog_file,
              const char *plan_name,
              GFile      *document_file)
{
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(GError) catalog_error = NULL;
  HpDocument *document;

  if (catalog_file != NULL)
    {
      g_autofree char *name = g_file_get_path (catalog_file);
      catalog = hp_catalog_load (catalog_file, name, &catalog_error);
    }
  else
    catalog = hp_catalog_load_for_plan (plan->catalog, plan_file, plan_name, plan->catalog_line,
                                        plan->catalog_column, &catalog_error);
  document = hp_document_new (plan, catalog, document_file);
  document->catalog_error = g_steal_pointer (&catalog_error);
  return document;
}

/* Opens the plan in @file and the catalog it names, or @catalog_file
 * instead when given.  NULL, with @error set, when the plan cannot be read;
 * a catalog that cannot be read leaves the document without one, and
 * hp_document_get_catalog_error () says why.  @display_name names the file
 * in messages (NULL: its path). */
HpDocument *
hp_document_load (GFile       *file,
                  GFile       *catalog_file,
                  const char  *display_name,
                  GError     **error)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (catalog_file == NULL || G_IS_FILE (catalog_file), NULL);

  name = display_name ? g_strdup (display_name) : g_file_get_path (file);
  if ((plan = hp_plan_load (file, name, error)) == NULL)
    return NULL;
  return document_for (plan, file, catalog_file, name, file);
}

/* The bundled sample plan as an untitled copy: saving it asks where, so the
 * installed sample is never written over. */
/* A draft of unsaved edits (hp-draft.h) as the document of @original (NULL:
 * an untitled plan): the catalog is looked for from @original, and the
 * document is modified, so saving writes the edits where they belong. */
HpDocument *
hp_document_load_draft (GFile   *draft,
                        GFile   *original,
                        GError **error)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = NULL;
  HpDocument *document;

  g_return_val_if_fail (G_IS_FILE (draft), NULL);

  name = g_file_get_path (original ? original : draft);
  if ((plan = hp_plan_load (draft, name, error)) == NULL)
    return NULL;
  document = document_for (plan, original ? original : draft, NULL, name, original);
  document->saved = -1;
  return document;
}

HpDocument *
hp_document_load_sample (GError **error)
{
  g_autoptr(GFile) sample = hp_plan_sample_file ();
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *name = g_file_get_path (sample);

  if ((plan = hp_plan_load (sample, name, error)) == NULL)
    return NULL;
  return document_for (plan, sample, NULL, name, NULL);
}

/* A new, untitled plan aiming at @program_id of the catalog @catalog (an id
 * or an absolute path; NULL for the default one), with its first term. */
HpDocument *
hp_document_new_for_program (const char *catalog,
                             const char *program_id,
                             HpTermKey   first_term)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();

  g_return_val_if_fail (program_id != NULL, NULL);

  plan->catalog = g_strdup (catalog ? catalog : HP_CATALOG_DEFAULT_ID);
  plan->target_program = g_strdup (program_id);
  plan->first_term = first_term;
  hp_plan_ensure_term (plan, first_term);
  return document_for (plan, NULL, NULL, NULL, NULL);
}

/* Why the document has no catalog, or NULL when it has one. */
const GError *
hp_document_get_catalog_error (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->catalog_error;
}

/* Asynchronous loading ------------------------------------------------------- */

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  HpDocument *document = data != NULL ? hp_document_load (data, NULL, NULL, &error)
                                      : hp_document_load_sample (&error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/* hp_document_load () in a worker thread: a large plan or a slow disk does
 * not stop the window.  Finish with hp_document_load_finish (). */
void
hp_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, data);
  g_task_set_name (task, "hp_document_load_async");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/* hp_document_load_sample () in a worker thread.  The app starts it before
 * it builds its window, so the two are done side by side. */
void
hp_document_load_sample_async (GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, data);

  g_task_set_name (task, "hp_document_load_sample_async");
  g_task_run_in_thread (task, load_in_thread);
}

HpDocument *
hp_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* How a new plan made from this one should name its catalog: by the same
 * id, or by an absolute path where this plan names a file relative to its
 * own folder (a new plan has no folder yet). */
char *
hp_document_get_catalog_reference (HpDocument *self)
{
  const char *reference;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);

  reference = self->plan->catalog ? self->plan->catalog : HP_CATALOG_DEFAULT_ID;
  if (hp_catalog_id_is_valid (reference) && !g_str_has_suffix (reference, ".hitcatalog"))
    return g_strdup (reference);
  file = hp_catalog_locate (reference, self->file);
  return g_file_get_path (file);
}
