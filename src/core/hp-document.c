/* hp-document.c: one open plan: its file, its catalog, its edits, undo and redo
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is a command that can be applied and reverted.  A command
 * keeps the plan as saved bytes before and after the edit: the writer is
 * canonical, so restoring those bytes restores the plan exactly, whatever
 * the edit was, and one mechanism serves every kind of edit.  A plan of a
 * few hundred courses is tens of kilobytes, so the history stays small.
 *
 * The plan object itself never changes identity: undo and redo move the
 * restored contents into it (hp_plan_take_contents), and "changed" tells
 * the views to look again.
 *
 * This file keeps the history, files and state; the edits live in a file
 * per area (hp-document-plan.c, -profile.c, -records.c), each one
 * _hp_document_begin (), a change to the plan, _hp_document_commit ().
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-error.h"

#define MAX_HISTORY 500

typedef struct
{
  char   *label;   /* "Add HIT 150", shown as "Undo Add HIT 150" */
  GBytes *before;
  GBytes *after;
} Command;

G_DEFINE_FINAL_TYPE (HpDocument, hp_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_CATALOG,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
command_free (Command *c)
{
  g_free (c->label);
  g_bytes_unref (c->before);
  g_bytes_unref (c->after);
  g_free (c);
}

static guint64
query_mtime (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return 0;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return 0;
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

/* Everything that follows an edit, an undo, a redo or a save. */
static void
announce (HpDocument *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Uses @catalog (or none, because of @catalog_error) from now on.  Takes both. */
void
_hp_document_take_catalog (HpDocument *self,
                           HpCatalog  *catalog,
                           GError     *catalog_error)
{
  g_clear_object (&self->catalog);
  g_clear_error (&self->catalog_error);
  self->catalog = catalog;
  self->catalog_error = catalog_error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

/* After an undo, a redo or a reload: when the plan now names another
 * catalog than @before did, reads that one. */
static void
follow_catalog (HpDocument *self,
                const char *before)
{
  g_autofree char *name = NULL;
  GError *error = NULL;
  HpCatalog *catalog;

  if (g_strcmp0 (before, self->plan->catalog) == 0)
    return;
  name = self->file ? g_file_get_path (self->file) : NULL;
  catalog = hp_catalog_load_for_plan (self->plan->catalog, self->file, name,
                                      self->plan->catalog_line, self->plan->catalog_column, &error);
  _hp_document_take_catalog (self, catalog, error);
}

/* Reads the plan's catalog again (a new version was installed); the plan
 * itself does not change.  On failure the document keeps the catalog it had. */
gboolean
hp_document_reload_catalog (HpDocument *self,
                            GError    **error)
{
  g_autofree char *name = NULL;
  HpCatalog *catalog;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  name = self->file ? g_file_get_path (self->file) : NULL;
  catalog = hp_catalog_load_for_plan (self->plan->catalog, self->file, name,
                                      self->plan->catalog_line, self->plan->catalog_column, error);
  if (catalog == NULL)
    return FALSE;
  _hp_document_take_catalog (self, catalog, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
restore (HpDocument *self,
         GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) copy = hp_plan_load_bytes (bytes, "undo", &error);
  g_autofree char *before = g_strdup (self->plan->catalog);

  /* These bytes came from our own writer: reading them cannot fail. */
  g_assert_no_error (error);
  hp_plan_take_contents (self->plan, copy);
  follow_catalog (self, before);
  g_signal_emit (self, signals[CHANGED], 0);
  announce (self);
}

void
_hp_document_begin (HpDocument *self)
{
  g_assert (self->pending == NULL);
  self->pending = hp_plan_to_bytes (self->plan);
}

/* Records the edit since _hp_document_begin (); an edit that changed nothing
 * is dropped.  Takes @label. */
gboolean
_hp_document_commit (HpDocument *self,
                     char       *label)
{
  g_autoptr(GBytes) before = g_steal_pointer (&self->pending);
  g_autoptr(GBytes) after = hp_plan_to_bytes (self->plan);
  Command *c;

  if (g_bytes_equal (before, after))
    {
      g_free (label);
      return TRUE;
    }

  /* A new edit drops what could have been redone. */
  if (self->saved > (int) self->position)
    self->saved = -1;
  g_ptr_array_set_size (self->history, self->position);

  c = g_new (Command, 1);
  c->label = label;
  c->before = g_steal_pointer (&before);
  c->after = g_steal_pointer (&after);
  g_ptr_array_add (self->history, c);
  self->position++;

  if (self->history->len > MAX_HISTORY)
    {
      g_ptr_array_remove_index (self->history, 0);
      self->position--;
      self->saved = self->saved > 0 ? self->saved - 1 : -1;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  announce (self);
  return TRUE;
}

static void
hp_document_dispose (GObject *object)
{
  HpDocument *self = HP_DOCUMENT (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (hp_document_parent_class)->dispose (object);
}

static void
hp_document_finalize (GObject *object)
{
  HpDocument *self = HP_DOCUMENT (object);

  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_error (&self->catalog_error);
  g_free (self->save_notice);
  G_OBJECT_CLASS (hp_document_parent_class)->finalize (object);
}

static void
hp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HpDocument *self = HP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, hp_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hp_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hp_document_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_document_class_init (HpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hp_document_dispose;
  object_class->finalize = hp_document_finalize;
  object_class->get_property = hp_document_get_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HP_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, HP_TYPE_CATALOG,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after every change to the plan: an edit, an undo, a redo, a reload. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hp_document_init (HpDocument *self)
{
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
}

HpDocument *
hp_document_new (HpPlan    *plan,
                 HpCatalog *catalog,
                 GFile     *file)
{
  HpDocument *self;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (HP_TYPE_DOCUMENT, NULL);
  self->plan = g_object_ref (plan);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  self->file = file ? g_object_ref (file) : NULL;
  self->disk_mtime = query_mtime (file);
  /* A plan with a file starts saved; a new or sample plan has never been. */
  self->saved = file ? 0 : -1;
  return self;
}

HpPlan *
hp_document_get_plan (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->plan;
}

HpCatalog *
hp_document_get_catalog (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->catalog;
}

GFile *
hp_document_get_file (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->file;
}

char *
hp_document_get_display_name (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->file ? g_file_get_basename (self->file) : NULL;
}

/* Unsaved changes: the plan differs from its file, or it has none and was edited. */
gboolean
hp_document_get_modified (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  if (self->saved < 0)
    return self->file != NULL || self->position > 0;
  return (guint) self->saved != self->position;
}

gboolean
hp_document_can_undo (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->position > 0;
}

gboolean
hp_document_can_redo (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->position < self->history->len;
}

const char *
hp_document_get_undo_label (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  if (self->position == 0)
    return NULL;
  return ((Command *) g_ptr_array_index (self->history, self->position - 1))->label;
}

const char *
hp_document_get_redo_label (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  if (self->position >= self->history->len)
    return NULL;
  return ((Command *) g_ptr_array_index (self->history, self->position))->label;
}

void
hp_document_undo (HpDocument *self)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));
  if (self->position == 0)
    return;
  self->position--;
  restore (self, ((Command *) g_ptr_array_index (self->history, self->position))->before);
}

void
hp_document_redo (HpDocument *self)
{
  Command *c;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  if (self->position >= self->history->len)
    return;
  c = g_ptr_array_index (self->history, self->position);
  self->position++;
  restore (self, c->after);
}

/* Saves to @file, or to the document's own file when @file is NULL.  On
 * failure nothing changes: the file on disk stays as it was (the writer
 * replaces it atomically) and the document stays modified. */
gboolean
hp_document_save (HpDocument *self,
                  GFile      *file,
                  GError    **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  g_clear_pointer (&self->save_notice, g_free);
  if (!hp_plan_save_full (self->plan, file, &self->save_notice, error))
    return FALSE;

  if (self->file != file)
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  self->disk_mtime = query_mtime (file);
  self->saved = self->position;
  announce (self);
  return TRUE;
}

/* What the last save could not keep (the file's owner or group), in a
 * sentence, or NULL; the caller owns it. */
char *
hp_document_take_save_notice (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return g_steal_pointer (&self->save_notice);
}

/* Whether the file was changed by someone else since it was read or saved. */
gboolean
hp_document_changed_on_disk (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->file != NULL && query_mtime (self->file) != self->disk_mtime;
}

/* Reads the file again.  The reload is itself an edit, so it can be undone;
 * a file that no longer reads leaves the plan as it was. */
gboolean
hp_document_reload (HpDocument *self,
                    GError    **error)
{
  g_autoptr(HpPlan) fresh = NULL;
  g_autofree char *before = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  if ((fresh = hp_plan_load (self->file, NULL, error)) == NULL)
    return FALSE;
  before = g_strdup (self->plan->catalog);
  _hp_document_begin (self);
  hp_plan_take_contents (self->plan, fresh);
  follow_catalog (self, before);
  self->disk_mtime = query_mtime (self->file);
  _hp_document_commit (self, g_strdup (_("Reload")));
  self->saved = self->position;
  announce (self);
  return TRUE;
}
