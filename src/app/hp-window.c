/* hp-window.c: the main window: header bar, the four views, the open plan
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-empty-state.h"
#include "hp-window.h"

struct _HpWindow
{
  GtkApplicationWindow parent_instance;

  GSettings   *settings;
  HpPlan      *plan;
  HpCatalog   *catalog;
  GFile       *file;       /* NULL for a new plan or the sample: Save asks where */
  gboolean     is_sample;
  GtkFileChooserNative *chooser;
  GtkWindow   *shortcuts_window;

  /* template children */
  GtkStack    *stack;
  GtkRevealer *error_revealer;
  GtkLabel    *error_label;
  GtkRevealer *notice_revealer;
  GtkLabel    *notice_label;
};

G_DEFINE_FINAL_TYPE (HpWindow, hp_window, GTK_TYPE_APPLICATION_WINDOW)

static const char *view_names[] = { "plan", "compare", "schedule", "exam" };

static void
update_title (HpWindow *self)
{
  g_autofree char *title = NULL;

  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);
      /* TRANSLATORS: window title: the plan's file name, then the app's name */
      title = g_strdup_printf (_("%s — HIT Study Planner"), name);
    }
  else if (self->plan != NULL)
    title = g_strdup_printf (_("%s — HIT Study Planner"),
                             self->is_sample ? _("Sample Plan") : _("Untitled Plan"));
  else
    title = g_strdup (_("HIT Study Planner"));

  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (HpWindow *self)
{
  gboolean has_plan = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_plan);
}

static void
show_error (HpWindow   *self,
            const char *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
set_plan (HpWindow  *self,
          HpPlan    *plan,
          HpCatalog *catalog,
          GFile     *file)
{
  g_set_object (&self->plan, plan);
  g_set_object (&self->catalog, catalog);
  g_set_object (&self->file, file);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  /* The bundled catalog's codes, offerings and prices are made up: say so
   * wherever a plan uses it. */
  gtk_revealer_set_reveal_child (self->notice_revealer, catalog != NULL && catalog->example);
  update_title (self);
  update_actions (self);
}

/* The catalog a plan names; on failure the error is shown and NULL returned. */
static HpCatalog *
load_catalog (HpWindow *self,
              HpPlan   *plan,
              GFile    *plan_file)
{
  g_autoptr(GFile) file = hp_catalog_locate (plan->catalog ? plan->catalog : "hit-example",
                                             plan_file);
  g_autoptr(GError) error = NULL;
  HpCatalog *catalog = hp_catalog_load (file, NULL, &error);

  if (catalog == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The plan’s course catalog could not be read. "
                                                    "%s"), error->message);
      show_error (self, message);
    }
  return catalog;
}

static gboolean
save_to (HpWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!hp_plan_save (self->plan, file, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  self->is_sample = FALSE;
  set_plan (self, self->plan, self->catalog, file);
  return TRUE;
}

/* Callbacks ------------------------------------------------------------- */

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  HpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE)
        save_to (self, file);
      else
        hp_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
plan_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("HIT Study Planner plans"));
  gtk_file_filter_add_pattern (filter, "*.hitplan");
  gtk_file_filter_add_mime_type (filter, "application/x-hitplan+xml");
  return filter;
}

static void
run_chooser (HpWindow            *self,
             GtkFileChooserAction action)
{
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GtkFileFilter) filter = plan_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (saving ? _("Save Plan As") : _("Open Plan"),
                                               GTK_WINDOW (self), action,
                                               saving ? _("_Save") : _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (saving)
    {
      g_autofree char *name = self->file ? g_file_get_basename (self->file) : NULL;

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                         name ? name : _("My Plan.hitplan"));
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
new_activated_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpCatalog) catalog = NULL;

  plan->catalog = g_strdup ("hit-example");
  catalog = load_catalog (self, plan, NULL);
  self->is_sample = FALSE;
  set_plan (self, plan, catalog, NULL);
}

static void
open_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  run_chooser (HP_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
save_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  if (self->file != NULL)
    save_to (self, self->file);
  else
    run_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
save_as_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  run_chooser (HP_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
dismiss_notice_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (HP_WINDOW (widget)->notice_revealer, FALSE);
}

static void
dismiss_error_activated_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (HP_WINDOW (widget)->error_revealer, FALSE);
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

/* Overrides ------------------------------------------------------------- */

static gboolean
hp_window_close_request (GtkWindow *window)
{
  HpWindow *self = HP_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (hp_window_parent_class)->close_request (window);
}

static void
hp_window_dispose (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->shortcuts_window));
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_WINDOW);
  G_OBJECT_CLASS (hp_window_parent_class)->dispose (object);
}

static void
hp_window_finalize (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (hp_window_parent_class)->finalize (object);
}

static void
hp_window_class_init (HpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hp_window_dispose;
  object_class->finalize = hp_window_finalize;
  window_class->close_request = hp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/hp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, notice_label);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL,
                                   dismiss_error_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notice", NULL,
                                   dismiss_notice_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.view", "s", view_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-help-overlay", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.view", "s", view_names[i]);

  g_type_ensure (HP_TYPE_EMPTY_STATE);
}

static void
hp_window_init (HpWindow *self)
{
  g_autofree char *view = NULL;
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

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

  update_title (self);
  update_actions (self);
}

/* Public API ------------------------------------------------------------ */

HpWindow *
hp_window_new (GtkApplication *application)
{
  return g_object_new (HP_TYPE_WINDOW, "application", application, NULL);
}

/* Opens @file, or shows why it cannot be opened and keeps what was open:
 * a failed open never changes the window's plan or any file. */
gboolean
hp_window_open_file (HpWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpCatalog) catalog = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = hp_plan_load (file, NULL, &error);
  if (plan == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the plan. %s"), error->message);

      show_error (self, message);
      return FALSE;
    }

  catalog = load_catalog (self, plan, file);
  self->is_sample = FALSE;
  set_plan (self, plan, catalog, file);
  if (catalog == NULL)
    load_catalog (self, plan, file);  /* set_plan hid the banner; show why again */
  return TRUE;
}

/* Opens the bundled sample as an untitled copy: saving asks where, so the
 * installed sample is never overwritten. */
gboolean
hp_window_open_sample (HpWindow *self)
{
  g_autoptr(GFile) sample = hp_plan_sample_file ();

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  if (!hp_window_open_file (self, sample))
    return FALSE;
  self->is_sample = TRUE;
  g_clear_object (&self->file);
  update_title (self);
  return TRUE;
}

HpCatalog *
hp_window_get_catalog (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->catalog;
}

HpPlan *
hp_window_get_plan (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->plan;
}

GFile *
hp_window_get_file (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->file;
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
