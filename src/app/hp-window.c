/* hp-window.c: the main window: header bar, the four views, the open document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns the open HpDocument and shows its state: the title names
 * the file and marks unsaved changes, Undo and Redo follow the history, a
 * banner reports errors, another says when the catalog is an example, a
 * third when the file changed on disk.  Its actions are in
 * hp-window-actions.c.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-compare-view.h"
#include "hp-exam-view.h"
#include "hp-schedule-view.h"
#include "hp-lazy-menu.h"
#include "hp-popover.h"
#include "hp-view.h"
#include "hp-tooltip.h"
#include "hp-window-private.h"

G_DEFINE_FINAL_TYPE (HpWindow, hp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where the plan lives, as people write it: "~/Documents" */
static char *
folder_for_people (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return NULL;
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  if ((relative = g_file_get_relative_path (home, parent)) != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

/* The title names the plan and marks unsaved changes, for the desktop's
 * window list; inside the window the header bar says the same, with the
 * state below it: unsaved, saved (and when), or where the file is. */
void
_hp_window_update_title (HpWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;
  gboolean modified;

  if (self->document == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("HIT Study Planner"));
      gtk_label_set_label (self->title_label, _("HIT Study Planner"));
      gtk_label_set_label (self->subtitle_label, "");
      return;
    }

  name = hp_document_get_display_name (self->document);
  if (name == NULL)
    name = g_strdup (self->is_sample ? _("Sample Plan") : _("Untitled Plan"));
  modified = hp_document_get_modified (self->document);
  file = hp_document_get_file (self->document);
  /* TRANSLATORS: window title: a mark for unsaved changes, the plan's name, the app's name */
  title = g_strdup_printf (_("%s%s — HIT Study Planner"), modified ? "• " : "", name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (modified)
    subtitle = g_strdup (_("Unsaved changes"));
  else if (file == NULL)
    subtitle = g_strdup (_("Not saved yet"));
  else if (self->saved_at != NULL)
    {
      g_autofree char *time = g_date_time_format (self->saved_at, "%H:%M");
      /* TRANSLATORS: the plan was saved, at this time of day */
      subtitle = g_strdup_printf (_("Saved at %s"), time);
    }
  else
    subtitle = folder_for_people (file);
  gtk_label_set_label (self->title_label, name);
  gtk_label_set_label (self->subtitle_label, subtitle ? subtitle : "");
  hp_tooltip_set (self->title_box, file ? g_file_peek_path (file) : NULL);
}

static void
update_actions (HpWindow *self)
{
  gboolean has = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has && hp_document_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has && hp_document_can_redo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload",
                                 has && hp_document_get_file (self->document) != NULL);
}

static void
document_state_changed_cb (HpWindow *self)
{
  _hp_window_update_title (self);
  update_actions (self);
}

/* Unsaved edits are kept as a draft a moment later; once none are left
 * (saved, or undone back to the file), the draft goes. */
static void
document_modified_cb (HpWindow *self)
{
  if (self->document != NULL && hp_document_get_modified (self->document))
    _hp_window_draft_edited (self);
  else
    _hp_window_draft_forget (self);
}

static void
banner_revealed_cb (GtkRevealer *banner)
{
  if (!gtk_revealer_get_reveal_child (banner) && !gtk_revealer_get_child_revealed (banner))
    gtk_widget_set_visible (GTK_WIDGET (banner), FALSE);
}

/* A hidden banner is kept out of layout altogether: a revealer measures its
 * child even when closed, and wrapping text is costly to measure. */
void
_hp_window_show_banner (GtkRevealer *banner,
                        gboolean     show)
{
  if (show)
    gtk_widget_set_visible (GTK_WIDGET (banner), TRUE);
  gtk_revealer_set_reveal_child (banner, show);
  if (!show && !gtk_widget_get_mapped (GTK_WIDGET (banner)))
    gtk_widget_set_visible (GTK_WIDGET (banner), FALSE);
}

/* The views, or "Opening…" in their place (the switcher waits with them). */
static void
show_views (HpWindow *self,
            gboolean  shown)
{
  gtk_widget_set_visible (self->opening_box, !shown);
  gtk_widget_set_visible (GTK_WIDGET (self->stack), shown);
  gtk_widget_set_sensitive (self->switcher, shown);
}

/* Shows what went wrong with @file: a plain sentence, then the details. */
void
_hp_window_show_file_error (HpWindow     *self,
                            GFile        *file,
                            const GError *error)
{
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;
  g_autofree char *message = hp_file_error_explain (error, name ? name : "?");

  _hp_window_show_error (self, message);
}

void
_hp_window_show_error (HpWindow   *self,
                       const char *message)
{
  gtk_label_set_label (self->error_label, message);
  _hp_window_show_banner (self->error_revealer, TRUE);
}

/* Outside changes ------------------------------------------------------------ */

static void
check_disk (HpWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HP_IS_WINDOW (self));

  if (self->document == NULL || !hp_document_changed_on_disk (self->document))
    return;
  name = hp_document_get_display_name (self->document);
  text = hp_document_get_modified (self->document)
         ? g_strdup_printf (_("“%s” was changed by another program. Reload it, losing your "
                              "unsaved changes here (Undo brings them back), or keep yours and "
                              "save over it."), name)
         : g_strdup_printf (_("“%s” was changed by another program. Reload it to see the "
                              "changes?"), name);
  gtk_label_set_label (self->disk_label, text);
  _hp_window_show_banner (self->disk_revealer, TRUE);
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 HpWindow          *self)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_RENAMED || event == G_FILE_MONITOR_EVENT_MOVED_IN)
    check_disk (self);
}

static void
clear_monitor (HpWindow *self)
{
  if (self->monitor == NULL)
    return;
  g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

static void
watch_file (HpWindow *self)
{
  GFile *file = self->document ? hp_document_get_file (self->document) : NULL;

  clear_monitor (self);
  _hp_window_show_banner (self->disk_revealer, FALSE);
  if (file == NULL)
    return;
  /* Saving replaces the file by renaming a new one over it: watch for that too. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, 0);
}

/* The document ----------------------------------------------------------------- */

/* When a plan is opened, and when it changes catalog (Import Catalog, or
 * undoing that). */
static void
catalog_changed_cb (HpWindow *self)
{
  HpDocument *document = self->document;
  HpCatalog *catalog = document ? hp_document_get_catalog (document) : NULL;

  /* Without its catalog a plan can be seen and saved, but not checked: say so. */
  if (document != NULL && hp_document_get_catalog_error (document) != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("This plan’s course catalog cannot be used, so its courses cannot be "
                           "checked.\nDetails: %s"), hp_document_get_catalog_error (document)->message);
      _hp_window_show_error (self, message);
    }
  /* The bundled catalog's codes, offerings and prices are made up: say so
   * wherever a plan uses it. */
  _hp_window_show_banner (self->notice_revealer, catalog != NULL && catalog->example);
}

void
_hp_window_set_document (HpWindow   *self,
                         HpDocument *document,
                         gboolean    is_sample)
{
  /* The plan shown before was saved or its changes discarded (the window
   * asked): its draft is not needed. */
  if (self->document != NULL && self->document != document)
    _hp_window_draft_forget (self);
  self->draft_mine = FALSE;
  /* A plan made or opened while the first was being read ends the wait too. */
  show_views (self, TRUE);
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  self->is_sample = is_sample;
  g_clear_pointer (&self->saved_at, g_date_time_unref);

  catalog_changed_cb (self);
  /* Every view is bound to "document" in hp-window.ui. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  watch_file (self);
  _hp_window_check_copies (self);
  _hp_window_update_title (self);
  update_actions (self);
}

/* Overrides ------------------------------------------------------------------ */

static void
save_window_state (HpWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
close_now (HpWindow *self,
           gpointer  data)
{
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
hp_window_close_request (GtkWindow *window)
{
  HpWindow *self = HP_WINDOW (window);

  /* Unsaved changes are never lost without asking. */
  if (!self->closing && self->document != NULL && hp_document_get_modified (self->document))
    {
      _hp_window_confirm_discard (self, close_now, NULL, NULL);
      return TRUE;
    }
  /* closing as the student chose: saved, or changes thrown away */
  _hp_window_draft_forget (self);
  save_window_state (self);
  return GTK_WINDOW_CLASS (hp_window_parent_class)->close_request (window);
}

/* Narrow windows: the view switcher shows icons and the views change their
 * layout; in a compact one Undo, Redo and Save leave the header bar for the
 * primary menu (and keep their shortcuts), so the window can be as narrow
 * as a phone-sized screen. */
static gboolean
apply_narrow_cb (gpointer data)
{
  HpWindow *self = data;

  self->narrow_source = 0;
  /* The switcher shows each view's icon instead of its title. */
  for (GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); view != NULL;
       view = gtk_widget_get_next_sibling (view))
    gtk_stack_page_set_icon_name (gtk_stack_get_page (self->stack, view),
                                  self->narrow ? hp_view_get_icon_name (HP_VIEW (view)) : NULL);
  /* Undo, Redo and Save stay in the primary menu and keep their shortcuts. */
  gtk_widget_set_visible (self->undo_box, !self->compact);
  gtk_widget_set_visible (self->title_box, !self->narrow);
  gtk_widget_set_visible (self->save_button, !self->compact);
  /* A phone-sized window keeps only the close button of the title bar. */
  gtk_header_bar_set_decoration_layout (GTK_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (self))),
                                        self->compact ? ":close" : NULL);
  /* Every view is bound to "narrow" in hp-window.ui. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
  return G_SOURCE_REMOVE;
}

static void
hp_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  HpWindow *self = HP_WINDOW (widget);
  gboolean narrow = width < HP_WINDOW_NARROW_WIDTH;
  gboolean compact = width < HP_WINDOW_COMPACT_WIDTH;

  GTK_WIDGET_CLASS (hp_window_parent_class)->size_allocate (widget, width, height, baseline);
  /* Layout cannot change during allocation: switch on the next turn. */
  if (narrow != self->narrow || compact != self->compact)
    {
      self->narrow = narrow;
      self->compact = compact;
      if (self->narrow_source == 0)
        self->narrow_source = g_idle_add (apply_narrow_cb, self);
    }
}

/* A window going away takes its open popovers' grabs with it (see
 * hp-popover.c): a student may close the window with a menu open. */
static void
hp_window_unrealize (GtkWidget *widget)
{
  hp_popover_close_all (widget);
  GTK_WIDGET_CLASS (hp_window_parent_class)->unrealize (widget);
}

static void
hp_window_dispose (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_handle_id (&self->narrow_source, g_source_remove);
  _hp_window_draft_dispose (self);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->shortcuts_window));
  if (self->confirm != NULL)
    gtk_window_destroy (g_steal_pointer (&self->confirm));
  if (self->conflict != NULL)
    gtk_window_destroy (g_steal_pointer (&self->conflict));
  clear_monitor (self);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_WINDOW);
  G_OBJECT_CLASS (hp_window_parent_class)->dispose (object);
}

static void
hp_window_finalize (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->saved_at, g_date_time_unref);
  G_OBJECT_CLASS (hp_window_parent_class)->finalize (object);
}

static void
hp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_window_class_init (HpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hp_window_dispose;
  object_class->get_property = hp_window_get_property;

  /* The open document, which every view is bound to; narrow: the layout
   * for narrow windows, which every view follows. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, HP_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  object_class->finalize = hp_window_finalize;
  widget_class->size_allocate = hp_window_size_allocate;
  widget_class->unrealize = hp_window_unrealize;
  window_class->close_request = hp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/hp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, opening_box);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, opening_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, exam_view);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, schedule_view);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, disk_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, draft_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, draft_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, copies_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, copies_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, title_box);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, subtitle_label);

  _hp_window_install_actions (widget_class);
  _hp_window_install_draft_actions (widget_class);

  g_type_ensure (HP_TYPE_PLAN_VIEW);
  g_type_ensure (HP_TYPE_COMPARE_VIEW);
  g_type_ensure (HP_TYPE_SCHEDULE_VIEW);
  g_type_ensure (HP_TYPE_EXAM_VIEW);
}

static void
hp_window_init (HpWindow *self)
{
  g_autofree char *view = NULL;
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));
  hp_lazy_menu_set (self->menu_button, self->primary_menu);
  self->document_signals = g_signal_group_new (HP_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (document_state_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_modified_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (document_modified_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::can-undo",
                                  G_CALLBACK (document_state_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::can-redo",
                                  G_CALLBACK (document_state_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (watch_file), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::catalog",
                                  G_CALLBACK (catalog_changed_cb), self);
  g_signal_connect (self->error_revealer, "notify::child-revealed",
                    G_CALLBACK (banner_revealed_cb), NULL);
  g_signal_connect (self->notice_revealer, "notify::child-revealed",
                    G_CALLBACK (banner_revealed_cb), NULL);
  g_signal_connect (self->disk_revealer, "notify::child-revealed",
                    G_CALLBACK (banner_revealed_cb), NULL);
  g_signal_connect (self->draft_revealer, "notify::child-revealed",
                    G_CALLBACK (banner_revealed_cb), NULL);
  g_signal_connect (self->copies_revealer, "notify::child-revealed",
                    G_CALLBACK (banner_revealed_cb), NULL);

  self->settings = g_settings_new (APP_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  view = g_settings_get_string (self->settings, "last-view");
  if (gtk_stack_get_child_by_name (self->stack, view) != NULL)
    gtk_stack_set_visible_child_name (self->stack, view);
  g_settings_bind (self->settings, "last-view", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_SET);

  self->recent = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent, "changed", G_CALLBACK (_hp_window_update_recent), self,
                           G_CONNECT_SWAPPED);
  _hp_window_update_recent (self);

  _hp_window_update_title (self);
  update_actions (self);
}

/* Public API ------------------------------------------------------------------- */

HpWindow *
hp_window_new (GtkApplication *application)
{
  return g_object_new (HP_TYPE_WINDOW, "application", application, NULL);
}

/* The views give way to "Opening NAME…" until hp_window_show_loaded(): a
 * window can then appear at once and the plan be laid out in its first
 * frame, and a large plan read in the background shows what is happening. */
void
hp_window_show_opening (HpWindow *self,
                        GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  name = file != NULL ? g_file_get_basename (file) : NULL;
  text = name != NULL ? g_strdup_printf (_("Opening %s…"), name)
                      : g_strdup (_("Opening the sample plan…"));
  gtk_label_set_label (self->opening_label, text);
  show_views (self, FALSE);
}

/* Shows @document, read from @file (NULL: the bundled sample, shown as an
 * untitled copy so that saving asks where), or, when it could not be
 * read, says why in the window's banner: the window keeps what it had. */
gboolean
hp_window_show_loaded (HpWindow     *self,
                       GFile        *file,
                       HpDocument   *document,
                       const GError *error)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (document != NULL || error != NULL, FALSE);

  if (document == NULL)
    {
      g_autoptr(GFile) sample = file == NULL ? hp_plan_sample_file () : NULL;

      /* Setting a document shows the views; an error must show them itself. */
      show_views (self, TRUE);
      _hp_window_show_file_error (self, file != NULL ? file : sample, error);
      return FALSE;
    }
  _hp_window_show_banner (self->error_revealer, FALSE);
  _hp_window_set_document (self, document, file == NULL);
  if (file != NULL)
    _hp_window_remember (self, file);
  return TRUE;
}

gboolean
hp_window_open_file (HpWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = hp_document_load (file, NULL, NULL, &error);
  return hp_window_show_loaded (self, file, document, error);
}

gboolean
hp_window_open_sample (HpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  document = hp_document_load_sample (&error);
  return hp_window_show_loaded (self, NULL, document, error);
}

HpDocument *
hp_window_get_document (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->document;
}

HpPlan *
hp_window_get_plan (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->document ? hp_document_get_plan (self->document) : NULL;
}

HpCatalog *
hp_window_get_catalog (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->document ? hp_document_get_catalog (self->document) : NULL;
}

GFile *
hp_window_get_file (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->document ? hp_document_get_file (self->document) : NULL;
}

/* The error the window shows, or NULL when it shows none. */
const char *
hp_window_get_error (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

const char *
hp_window_get_view (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* The unsaved-changes question while it is on screen, else NULL. */
GtkWindow *
hp_window_get_confirmation (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->confirm;
}

/* The changed-on-disk question (keep mine, load theirs, save elsewhere)
 * while it is on screen, else NULL. */
GtkWindow *
hp_window_get_conflict (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->conflict;
}

gboolean
hp_window_get_disk_changed (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->disk_revealer);
}
