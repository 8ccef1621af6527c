/* hp-window-actions.c: the main window's actions: documents, undo, views, banners
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-new-plan-form.h"
#include "hp-window-private.h"

#define MAX_RECENT 8
#define PLAN_MIME_TYPE "application/x-hitplan+xml"
#define CATALOG_MIME_TYPE "application/x-hitcatalog+xml"

static const char *view_names[] = { "plan", "compare", "schedule", "exam" };

/* Unsaved changes ------------------------------------------------------------------ */

typedef struct
{
  HpWindow       *self;
  HpWindowThen    then;
  gpointer        data;
  GDestroyNotify  destroy;
} Pending;

static void
pending_free (Pending *p)
{
  if (p->destroy != NULL)
    p->destroy (p->data);
  g_free (p);
}

static void
pending_run (Pending *p)
{
  p->then (p->self, p->data);
  pending_free (p);
}

static void save_as (HpWindow *self,
                     Pending  *after);

static void ask_conflict (HpWindow *self);

static gboolean
save_to (HpWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  /* Never save silently over what another program wrote since: ask. */
  if (file == NULL && !self->keep_mine && hp_document_changed_on_disk (self->document))
    {
      ask_conflict (self);
      return FALSE;
    }
  if (!hp_document_save (self->document, file, &error))
    {
      _hp_window_show_file_error (self, file ? file : hp_document_get_file (self->document), error);
      return FALSE;
    }
  {
    g_autofree char *notice = hp_document_take_save_notice (self->document);

    /* saved, but as the user's own file: say so, as a message, not a failure */
    if (notice != NULL)
      _hp_window_show_error (self, notice);
  }
  self->is_sample = FALSE;
  self->keep_mine = FALSE;
  _hp_window_show_banner (self->disk_revealer, FALSE);
  g_clear_pointer (&self->saved_at, g_date_time_unref);
  self->saved_at = g_date_time_new_now_local ();
  _hp_window_remember (self, hp_document_get_file (self->document));
  _hp_window_update_title (self);
  return TRUE;
}

static void
confirm_response_cb (GtkDialog *dialog,
                     int        response,
                     Pending   *pending)
{
  HpWindow *self = pending->self;

  gtk_window_destroy (GTK_WINDOW (dialog));
  self->confirm = NULL;

  switch (response)
    {
    case GTK_RESPONSE_REJECT:  /* discard */
      pending_run (pending);
      break;
    case GTK_RESPONSE_ACCEPT:  /* save first */
      if (hp_document_get_file (self->document) == NULL)
        save_as (self, pending);
      else if (save_to (self, NULL))
        pending_run (pending);
      else
        pending_free (pending);
      break;
    default:
      pending_free (pending);
      break;
    }
}

/* Runs @then now when nothing is unsaved; otherwise asks first whether to
 * save, discard or cancel, and runs it unless the user cancels. */
void
_hp_window_confirm_discard (HpWindow       *self,
                            HpWindowThen    then,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  Pending *pending = g_new0 (Pending, 1);

  pending->self = self;
  pending->then = then;
  pending->data = data;
  pending->destroy = destroy;

  if (self->document == NULL || !hp_document_get_modified (self->document))
    {
      pending_run (pending);
      return;
    }
  if (self->confirm != NULL)
    {
      pending_free (pending);
      gtk_window_present (self->confirm);
      return;
    }

  name = hp_document_get_display_name (self->document);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s”?"),
                                   name ? name : self->is_sample ? _("Sample Plan")
                                                                 : _("Untitled Plan"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("If you don’t save, your changes will be lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), GTK_RESPONSE_REJECT, _("_Save"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_REJECT),
                            "destructive-action");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), pending);
  self->confirm = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file changed on disk and there are edits here: keep mine (save over
 * it), load theirs (reload; Undo brings mine back), or save mine elsewhere. */
enum
{
  CONFLICT_KEEP_MINE = 1,
  CONFLICT_LOAD_THEIRS,
  CONFLICT_SAVE_ELSEWHERE,
};

static void
conflict_response_cb (GtkDialog *dialog,
                      int        response,
                      HpWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  self->conflict = NULL;
  switch (response)
    {
    case CONFLICT_KEEP_MINE:
      self->keep_mine = TRUE;
      save_to (self, NULL);
      break;
    case CONFLICT_LOAD_THEIRS:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.reload", NULL);
      break;
    case CONFLICT_SAVE_ELSEWHERE:
      save_as (self, NULL);
      break;
    default:
      break;
    }
}

static void
ask_conflict (HpWindow *self)
{
  g_autofree char *name = hp_document_get_display_name (self->document);
  GtkWidget *dialog;

  if (self->conflict != NULL)
    {
      gtk_window_present (self->conflict);
      return;
    }
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("“%s” was changed by another program"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Since you opened it, another program or a file-sync "
                                              "tool saved a different version. Saving now would "
                                              "replace it with yours."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("Save Mine _Elsewhere…"), CONFLICT_SAVE_ELSEWHERE,
                          _("_Load Theirs"), CONFLICT_LOAD_THEIRS,
                          _("_Keep Mine"), CONFLICT_KEEP_MINE, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), CONFLICT_SAVE_ELSEWHERE);
  g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), self);
  self->conflict = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* File choosers ---------------------------------------------------------------------- */

static GtkFileFilter *
plan_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("HIT Study Planner plans"));
  gtk_file_filter_add_pattern (filter, "*.hitplan");
  gtk_file_filter_add_mime_type (filter, PLAN_MIME_TYPE);
  return filter;
}

typedef enum
{
  CHOOSE_PLAN_TO_OPEN,
  CHOOSE_PLAN_SAVE_AS,
  CHOOSE_CATALOG_TO_IMPORT,
} ChooserKind;

static GtkFileFilter *
catalog_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Course catalogs"));
  gtk_file_filter_add_pattern (filter, "*.hitcatalog");
  gtk_file_filter_add_mime_type (filter, CATALOG_MIME_TYPE);
  return filter;
}

/* After Open and Import, @after runs with the chosen file as its data;
 * after Save As, the plan is saved there and @after (if any) runs as it is. */
typedef struct
{
  HpWindow *self;
  gboolean  saving;
  Pending  *after;
} Chooser;

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Chooser         *chooser)
{
  HpWindow *self = chooser->self;
  Pending *after = chooser->after;
  gboolean saving = chooser->saving;
  g_autoptr(GFile) file = NULL;

  g_free (chooser);
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file == NULL || (saving && !save_to (self, file)))
    {
      if (after != NULL)
        pending_free (after);
      return;
    }
  if (after == NULL)
    return;
  if (!saving)
    {
      after->data = g_steal_pointer (&file);
      after->destroy = g_object_unref;
    }
  pending_run (after);
}

static void
run_chooser (HpWindow    *self,
             ChooserKind  kind,
             Pending     *after)
{
  gboolean saving = kind == CHOOSE_PLAN_SAVE_AS;
  g_autoptr(GtkFileFilter) filter = kind == CHOOSE_CATALOG_TO_IMPORT ? catalog_filter_new ()
                                                                     : plan_filter_new ();
  const char *title = kind == CHOOSE_PLAN_SAVE_AS ? _("Save Plan As")
                      : kind == CHOOSE_PLAN_TO_OPEN ? _("Open Plan")
                      : _("Import Catalog");
  const char *accept = kind == CHOOSE_PLAN_SAVE_AS ? _("_Save")
                       : kind == CHOOSE_PLAN_TO_OPEN ? _("_Open")
                       : _("_Import");
  Chooser *chooser;

  if (self->chooser != NULL)
    {
      if (after != NULL)
        pending_free (after);
      return;
    }
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                               saving ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                      : GTK_FILE_CHOOSER_ACTION_OPEN,
                                               accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (saving)
    {
      g_autofree char *name = self->document ? hp_document_get_display_name (self->document) : NULL;
      HpPlan *plan = self->document ? hp_document_get_plan (self->document) : NULL;

      if (name == NULL && plan != NULL && plan->student != NULL)
        name = g_strdup_printf ("%s.hitplan", plan->student);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                         name ? name : _("My Plan.hitplan"));
    }
  chooser = g_new0 (Chooser, 1);
  chooser->self = self;
  chooser->saving = saving;
  chooser->after = after;
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Asks where to save; after saving, runs @after (when given). */
static void
save_as (HpWindow *self,
         Pending  *after)
{
  run_chooser (self, CHOOSE_PLAN_SAVE_AS, after);
}

/* Recent files ----------------------------------------------------------------------- */

void
_hp_window_remember (HpWindow *self,
                     GFile    *file)
{
  g_autofree char *uri = NULL;
  GtkRecentData data = { 0 };

  if (file == NULL)
    return;
  uri = g_file_get_uri (file);
  data.display_name = NULL;
  data.mime_type = (char *) PLAN_MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "hitplanner %u";
  gtk_recent_manager_add_full (self->recent, uri, &data);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *x = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *y = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return g_date_time_compare (y, x);
}

void
_hp_window_update_recent (HpWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  guint shown = 0;

  g_menu_remove_all (self->recent_section);
  for (GList *l = items; l != NULL; l = l->next)
    if (g_str_has_suffix (gtk_recent_info_get_uri (l->data), ".hitplan") &&
        gtk_recent_info_exists (l->data))
      g_ptr_array_add (plans, l->data);
  g_ptr_array_sort (plans, compare_recent);

  for (guint i = 0; i < plans->len && shown < MAX_RECENT; i++, shown++)
    {
      GtkRecentInfo *info = g_ptr_array_index (plans, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_section, item);
    }
  if (shown == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Plans"), "win.no-recent");
      g_menu_append_item (self->recent_section, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* Actions ---------------------------------------------------------------------------- */

static void
open_chosen (HpWindow *self,
             gpointer  file)
{
  hp_window_open_file (self, file);
}

static void
choose_and_open (HpWindow *self,
                 gpointer  data)
{
  Pending *after = g_new0 (Pending, 1);

  after->self = self;
  after->then = open_chosen;
  run_chooser (self, CHOOSE_PLAN_TO_OPEN, after);
}

static void
open_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _hp_window_confirm_discard (HP_WINDOW (widget), choose_and_open, NULL, NULL);
}

static void
open_recent_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GFile *file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  _hp_window_confirm_discard (HP_WINDOW (widget), open_chosen, file, g_object_unref);
}

static void
save_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (hp_document_get_file (self->document) != NULL)
    save_to (self, NULL);
  else
    save_as (self, NULL);
}

static void
save_as_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->document != NULL)
    save_as (self, NULL);
}

static void
reload_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  _hp_window_show_banner (self->disk_revealer, FALSE);
  self->keep_mine = FALSE;
  if (self->document != NULL && !hp_document_reload (self->document, &error))
    _hp_window_show_file_error (self, hp_document_get_file (self->document), error);
}

static void
undo_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "win.undo"))
    hp_document_undo (self->document);
  else
    hp_document_redo (self->document);
}

/* A new plan: the program it aims at, and its first term. */
typedef struct
{
  char     *catalog;
  char     *program;
  HpTermKey first;
} NewPlan;

static void
new_plan_free (NewPlan *n)
{
  g_free (n->catalog);
  g_free (n->program);
  g_free (n);
}

static void
create_plan (HpWindow *self,
             gpointer  data)
{
  NewPlan *n = data;
  g_autoptr(HpDocument) document = hp_document_new_for_program (n->catalog, n->program, n->first);

  _hp_window_set_document (self, document, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
new_plan_activated_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  NewPlan *n = g_new0 (NewPlan, 1);
  const char *program;

  g_variant_get (parameter, "(&su)", &program, &n->first);
  n->program = g_strdup (program);
  /* The catalog of the plan open now: a college's, once imported. */
  if (self->document != NULL && hp_document_get_catalog (self->document) != NULL)
    n->catalog = hp_document_get_catalog_reference (self->document);
  _hp_window_confirm_discard (HP_WINDOW (widget), create_plan, n, (GDestroyNotify) new_plan_free);
}

/* File ▸ New: a program of the open plan's catalog (else the default one)
 * and a first term, offering the next fall (programs start in the fall). */
static void
new_activated_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  HpTermKey now, next_fall;
  GDate today;

  if (self->document != NULL && hp_document_get_catalog (self->document) != NULL)
    catalog = g_object_ref (hp_document_get_catalog (self->document));
  else
    catalog = hp_catalog_load_for_plan (NULL, NULL, NULL, 0, 0, &error);

  if (catalog == NULL)
    {
      g_autoptr(GFile) file = hp_catalog_locate (HP_CATALOG_DEFAULT_ID, NULL);

      _hp_window_show_file_error (self, file, error);
      return;
    }
  hp_date_set_today (&today);
  now = hp_term_key_for_date (&today);
  next_fall = HP_TERM_KEY (HP_TERM_KEY_YEAR (now) + (HP_TERM_KEY_SEASON (now) == HP_SEASON_FALL),
                           HP_SEASON_FALL);
  hp_form_present_for (hp_new_plan_form_new (catalog, next_fall), widget);
}

/* Import Catalog ------------------------------------------------------------------ */

static void install_catalog (HpWindow *self,
                             GFile    *file,
                             gboolean  replace);

static GtkWidget *
question_new (HpWindow   *self,
              const char *title,
              const char *details,
              const char *cancel,
              const char *accept,
              gboolean    destructive)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", title);
  GtkWidget *button;

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", details);
  gtk_dialog_add_button (GTK_DIALOG (dialog), cancel, GTK_RESPONSE_CANCEL);
  if (accept != NULL)
    {
      button = gtk_dialog_add_button (GTK_DIALOG (dialog), accept, GTK_RESPONSE_ACCEPT);
      gtk_widget_add_css_class (button, destructive ? "destructive-action" : "suggested-action");
      gtk_dialog_set_default_response (GTK_DIALOG (dialog), destructive ? GTK_RESPONSE_CANCEL
                                                                        : GTK_RESPONSE_ACCEPT);
    }
  self->confirm = GTK_WINDOW (dialog);
  return dialog;
}

static void
replace_response_cb (GtkDialog *dialog,
                     int        response,
                     GFile     *file)
{
  HpWindow *self = HP_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  self->confirm = NULL;
  if (response == GTK_RESPONSE_ACCEPT)
    install_catalog (self, file, TRUE);
}

static void
use_response_cb (GtkDialog  *dialog,
                 int         response,
                 const char *id)
{
  HpWindow *self = HP_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  self->confirm = NULL;
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL &&
      !hp_document_set_catalog (self->document, id, &error))
    _hp_window_show_error (self, error->message);
}

/* What the author of @catalog should look at, in a few lines, or "". */
static char *
describe_warnings (HpCatalog *catalog)
{
  g_autoptr(GPtrArray) warnings = hp_catalog_check_programs (catalog);
  g_autoptr(GString) text = g_string_new (NULL);

  if (warnings->len == 0)
    return g_string_free (g_steal_pointer (&text), FALSE);
  g_string_append (text, "\n\n");
  g_string_append (text, _("Ask the catalog’s author to check:"));
  for (guint i = 0; i < MIN (warnings->len, 3); i++)
    g_string_append_printf (text, "\n• %s", (char *) g_ptr_array_index (warnings, i));
  if (warnings->len > 3)
    g_string_append_printf (text, "\n• %s", _("and more: “hitplan validate” lists them all"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The catalog is installed: offer it to the open plan. */
static void
offer_catalog (HpWindow  *self,
               HpCatalog *catalog)
{
  const char *title = catalog->title ? catalog->title : catalog->id;
  HpCatalog *current = self->document ? hp_document_get_catalog (self->document) : NULL;
  g_autofree char *warnings = describe_warnings (catalog);
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  GtkWidget *dialog;

  if (self->document == NULL || (current != NULL && g_str_equal (current->id, catalog->id)))
    {
      /* Nothing to switch: say it is there (and read the new version when
       * the plan uses it already). */
      if (self->document != NULL)
        {
          g_autoptr(GError) error = NULL;

          if (!hp_document_reload_catalog (self->document, &error))
            _hp_window_show_error (self, error->message);
        }
      heading = g_strdup_printf (_("“%s” is installed"), title);
      details = g_strdup_printf (_("Plans can use it by its id, “%s”.%s"), catalog->id, warnings);
      dialog = question_new (self, heading, details, _("_Close"), NULL, FALSE);
      g_signal_connect (dialog, "response", G_CALLBACK (use_response_cb), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* TRANSLATORS: asked after a catalog file was imported */
  heading = g_strdup_printf (_("Use “%s” for this plan?"), title);
  details = g_strdup_printf (_("It is installed, so any plan can now use it. This plan uses “%s”: "
                               "switching keeps its courses and grades, and any course the new "
                               "catalog does not list shows up as a problem to fix. You can undo "
                               "the switch.%s"),
                             current ? (current->title ? current->title : current->id)
                                     : _("a catalog that cannot be read"),
                             warnings);
  dialog = question_new (self, heading, details, _("_Keep Current Catalog"),
                         _("_Use for This Plan"), FALSE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (use_response_cb),
                         g_strdup (catalog->id), (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
install_catalog (HpWindow *self,
                 GFile    *file,
                 gboolean  replace)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(HpCatalog) catalog = hp_catalog_install (file, name, replace, &error);

  if (catalog != NULL)
    {
      offer_catalog (self, catalog);
      return;
    }
  if (g_error_matches (error, HP_FILE_ERROR, HP_FILE_ERROR_EXISTS))
    {
      GtkWidget *dialog = question_new (self, _("Replace the installed catalog?"), error->message,
                                        _("_Cancel"), _("_Replace"), TRUE);

      g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb),
                             g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref,
                             0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  _hp_window_show_file_error (self, file, error);
}

/* Checks the catalog in @file and installs it for this user (asking before
 * replacing one of the same id), then offers it to the open plan. */
void
hp_window_import_catalog (HpWindow *self,
                          GFile    *file)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->confirm != NULL)
    return;
  install_catalog (self, file, FALSE);
}

static void
import_chosen (HpWindow *self,
               gpointer  file)
{
  hp_window_import_catalog (self, file);
}

static void
import_catalog_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  Pending *after = g_new0 (Pending, 1);

  after->self = HP_WINDOW (widget);
  after->then = import_chosen;
  run_chooser (after->self, CHOOSE_CATALOG_TO_IMPORT, after);
}

static void
dismiss_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (g_str_equal (action_name, "win.dismiss-error"))
    _hp_window_show_banner (self->error_revealer, FALSE);
  else if (g_str_equal (action_name, "win.dismiss-notice"))
    _hp_window_show_banner (self->notice_revealer, FALSE);
  else
    {
      /* Keep Mine: the next save goes over the other version, as asked */
      self->keep_mine = TRUE;
      _hp_window_show_banner (self->disk_revealer, FALSE);
    }
}

static void
show_error_activated_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _hp_window_show_error (HP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* GtkApplication would build the shortcuts window at start-up from
 * gtk/help-overlay.ui; building it on first use keeps start-up quick. */
static void
show_shortcuts_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/hitplanner/Planner/hp-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }
  gtk_window_present (self->shortcuts_window);
}

static void
view_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
}

void
_hp_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.new-plan", "(su)", new_plan_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.import-catalog", NULL,
                                   import_catalog_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notice", NULL, dismiss_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-disk", NULL, dismiss_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.view", "s", view_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  /* Menus show an action's last shortcut: the one the shortcuts window names goes last. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-help-overlay", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.view", "s", view_names[i]);
}
