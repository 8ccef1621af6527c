/* hp-plan-view.c: the Plan view: progress, the catalog, the board of terms, the problems
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view shows what the core says about the document's plan: the checks'
 * problems, the audit's progress, each term's credits and GPA.  It computes
 * nothing itself.  After every change of the document it rebuilds the board
 * (once, when idle, however many changes came together).  Edits are the
 * plan.* actions in hp-plan-view-actions.c.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-empty-state.h"
#include "hp-lazy-menu.h"
#include "hp-plan-view-private.h"
#include "hp-problem-row.h"
#include "hp-tooltip.h"

G_DEFINE_FINAL_TYPE (HpPlanView, hp_plan_view, HP_TYPE_VIEW)

static void update_narrow_parts (HpPlanView *self);

/* What the graduation term rests on, for its tooltip. */
static char *
projection_explained (HpAudit *audit)
{
  HpAutoplan *plan = audit->autoplan;
  g_autoptr(GString) text = g_string_new (NULL);

  if (audit->projected == 0)
    {
      g_string_append (text, _("Unknown: part of what is left cannot be placed."));
      for (guint i = 0; i < plan->unplaced->len; i++)
        g_string_append_printf (text, "\n%s", ((HpUnplaced *) g_ptr_array_index (plan->unplaced, i))->reason);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%u term after the one in progress.",
                                             "%u terms after the one in progress.",
                                             audit->terms_left),
                          audit->terms_left);
  if (plan->placements->len > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "It counts %u course not yet in the plan, placed "
                                                 "where its prerequisites and offerings allow; "
                                                 "Plan ▸ Fill the Remaining Terms adds it.",
                                                 "It counts %u courses not yet in the plan, placed "
                                                 "where their prerequisites and offerings allow; "
                                                 "Plan ▸ Fill the Remaining Terms adds them.",
                                                 plan->placements->len),
                              plan->placements->len);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The header's progress against the target program, and its first blocker. */
static void
show_audit (HpPlanView  *self,
            HpPlan      *plan,
            HpCatalog   *catalog,
            HpProgram   *program,
            const GDate *today)
{
  g_autoptr(HpAudit) audit = hp_audit_new (plan, catalog, program, today);
  g_autofree char *blocker = hp_audit_first_blocker (audit, G_LIST_MODEL (self->problems));
  g_autofree char *done = hp_format_number (audit->credits_completed);
  g_autofree char *required = hp_format_number (audit->credits_required);
  g_autofree char *coming = hp_format_number (audit->credits_in_progress + audit->credits_planned);
  g_autofree char *bar = g_strdup_printf (_("%s of %s credits completed, %s in progress or planned"),
                                          done, required, coming);
  g_autofree char *when = audit->projected ? hp_term_key_format (audit->projected)
                                           : g_strdup (_("—"));
  g_autofree char *explained = projection_explained (audit);
  g_autofree char *status = blocker ? g_strdup_printf (_("First blocker: %s"), blocker)
                                    : g_strdup (_("On track: every requirement is completed "
                                                  "or planned"));

  gtk_label_set_label (self->program_label, program->name);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 audit->credits_required > 0
                                 ? MIN (1.0, audit->credits_completed / audit->credits_required)
                                 : 0);
  gtk_progress_bar_set_text (self->progress_bar, bar);
  gtk_label_set_label (self->projected_label, when);
  hp_tooltip_set (GTK_WIDGET (self->projected_label), explained);
  gtk_label_set_label (self->status_label, status);
  hp_tooltip_set (GTK_WIDGET (self->status_label), status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), blocker ? "on-track" : "blocked");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), blocker ? "blocked" : "on-track");
}

static void
update_progress (HpPlanView *self,
                 HpPlan     *plan,
                 HpCatalog  *catalog)
{
  HpProgram *program = catalog && plan->target_program
                       ? hp_catalog_find_program (catalog, plan->target_program) : NULL;
  double graded = 0, gpa = catalog ? hp_plan_gpa (plan, catalog, &graded) : -1;
  g_autofree char *gpa_text = gpa >= 0 ? g_strdup_printf ("%.2f", gpa) : g_strdup (_("—"));
  GDate today;

  gtk_label_set_label (self->gpa_label, gpa_text);

  if (program == NULL)
    {
      gtk_label_set_label (self->program_label, _("No target program"));
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _("Choose a target program in Plan ▸ Edit Profile"));
      gtk_label_set_label (self->status_label, "");
      gtk_label_set_label (self->projected_label, _("—"));
      return;
    }
  hp_date_set_today (&today);
  show_audit (self, plan, catalog, program, &today);
}

static void
add_record (HpPlanView *self,
            const char *text,
            const char *remove_action,
            guint       index)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  hp_tooltip_set (remove, _("Remove"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), remove_action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_uint32 (index));
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_box_append (self->records_box, row);
}

static void
add_heading (HpPlanView *self,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (self->records_box, label);
}

/* Transfer credit and exceptions: what the student brought and what an
 * advisor allowed, each listed with a way to remove it. */
/* A plan may hold thousands of records (the reader allows 64 MB): the
 * header lists the first ones and says how many more the plan keeps. */
#define HP_PLAN_VIEW_MAX_RECORDS 50

static void
add_more_records (HpPlanView *self,
                  guint       total)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (total <= HP_PLAN_VIEW_MAX_RECORDS)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more, kept in the plan and counted",
                                       "and %u more, kept in the plan and counted",
                                       total - HP_PLAN_VIEW_MAX_RECORDS),
                          total - HP_PLAN_VIEW_MAX_RECORDS);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->records_box, label);
}

static void
update_records (HpPlanView *self,
                HpPlan     *plan)
{
  GListModel *transfers = G_LIST_MODEL (plan->transfers);
  GListModel *exceptions = G_LIST_MODEL (plan->exceptions);
  guint n_transfers = g_list_model_get_n_items (transfers);
  guint n_exceptions = g_list_model_get_n_items (exceptions);
  g_autofree char *label = NULL;
  GtkWidget *child;
  GtkWidget *add;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->records_box))) != NULL)
    gtk_box_remove (self->records_box, child);

  add_heading (self, _("Transfer Credit"));
  for (guint i = 0; i < MIN (n_transfers, HP_PLAN_VIEW_MAX_RECORDS); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (transfers, i);
      g_autofree char *credits = hp_format_number (t->credits);
      g_autofree char *text = g_strdup_printf (ngettext ("%s from %s: %s credit%s%s",
                                                         "%s from %s: %s credits%s%s",
                                                         hp_plural_count (t->credits)),
                                               t->course ? t->course
                                                         : t->category ? t->category
                                                                       : _("Elective"),
                                               t->institution, credits,
                                               t->grade ? _(", grade ") : "",
                                               t->grade ? t->grade : "");
      add_record (self, text, "plan.remove-transfer", i);
    }
  add_more_records (self, n_transfers);
  add = gtk_button_new_with_mnemonic (_("_Add Transfer Credit…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "plan.add-transfer-dialog");
  gtk_box_append (self->records_box, add);

  add_heading (self, _("Advisors’ Exceptions"));
  if (n_exceptions == 0)
    {
      GtkWidget *none = gtk_label_new (_("None yet. Record one from a problem in the list below."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->records_box, none);
    }
  for (guint i = 0; i < MIN (n_exceptions, HP_PLAN_VIEW_MAX_RECORDS); i++)
    {
      g_autoptr(HpException) e = g_list_model_get_item (exceptions, i);
      g_autofree char *sentence = hp_exception_describe (e, hp_document_get_catalog (hp_view_get_document (HP_VIEW (self))));
      /* TRANSLATORS: an advisor's exception, then its note on a line of its own */
      g_autofree char *text = e->note ? g_strdup_printf (_("%s\nNote: %s"), sentence, e->note)
                                      : g_steal_pointer (&sentence);

      add_record (self, text, "plan.remove-exception", i);
    }
  add_more_records (self, n_exceptions);

  /* TRANSLATORS: a button: transfer credits and exceptions, with their numbers */
  label = g_strdup_printf (_("Transfers %u · Exceptions %u"), n_transfers, n_exceptions);
  gtk_label_set_label (self->records_label, label);
}

static void
update_problems_title (HpPlanView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  guint open = hp_problems_count_open (G_LIST_MODEL (self->problems));
  g_autofree char *title = NULL;

  /* With nothing to list, the title says so and the list makes no room. */
  gtk_widget_set_visible (GTK_WIDGET (self->problems_toggle), hp_view_get_narrow (HP_VIEW (self)) && n > 0);
  update_narrow_parts (self);
  if (n == 0)
    title = g_strdup (_("No problems: every prerequisite, offering and load checks out"));
  else
    {
      g_autofree char *open_part = open == 0
        ? g_strdup (_("No Open Problems"))
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Problem", "%u Problems", open), open);
      g_autofree char *resolved_part = n == open
        ? NULL
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Resolved by an Exception",
                                        "%u Resolved by Exceptions", n - open), n - open);

      title = resolved_part ? g_strdup_printf ("%s; %s", open_part, resolved_part)
                            : g_steal_pointer (&open_part);
    }
  gtk_label_set_label (self->problems_title, title);
}

void
hp_plan_view_refresh (HpPlanView *self)
{
  HpPlan *plan;
  HpCatalog *catalog;

  g_return_if_fail (HP_IS_PLAN_VIEW (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (hp_view_get_document (HP_VIEW (self)) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      g_list_store_remove_all (self->problems);
      return;
    }

  plan = hp_document_get_plan (hp_view_get_document (HP_VIEW (self)));
  catalog = hp_document_get_catalog (hp_view_get_document (HP_VIEW (self)));

  if (catalog != NULL)
    {
      g_autoptr(GListStore) problems = hp_plan_check (plan, catalog);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (problems)); i++)
        g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (problems), i));
      g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                           items->pdata, items->len);
    }
  else
    g_list_store_remove_all (self->problems);

  update_progress (self, plan, catalog);
  update_records (self, plan);
  gtk_stack_set_visible_child_name (self->stack, "board");
  _hp_plan_view_rebuild_board (self, plan);
  update_problems_title (self);
  /* Before the window is first shown, the catalog waits for the first
   * frame, like the board's columns: the window appears sooner. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _hp_plan_view_update_panel (self);
  else
    self->panel_wanted = TRUE;
}

void
_hp_plan_view_update_panel (HpPlanView *self)
{
  HpPlan *plan = hp_view_get_document (HP_VIEW (self)) ? hp_document_get_plan (hp_view_get_document (HP_VIEW (self))) : NULL;
  HpCatalog *catalog = hp_view_get_document (HP_VIEW (self)) ? hp_document_get_catalog (hp_view_get_document (HP_VIEW (self))) : NULL;
  HpProgram *program = catalog && plan && plan->target_program
                       ? hp_catalog_find_program (catalog, plan->target_program) : NULL;

  self->panel_wanted = FALSE;
  hp_catalog_panel_set_catalog (self->catalog_panel, catalog, program);
  hp_catalog_panel_set_plan (self->catalog_panel, plan);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  HpPlanView *self = data;

  self->refresh_source = 0;
  hp_plan_view_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (HpPlanView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* Problems list ------------------------------------------------------------- */

static void
problem_activated_cb (HpPlanView *self,
                      guint       position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.select-problem", "u", position);
}

/* Narrow windows -------------------------------------------------------------- */

/* In a narrow window the board keeps most of the height: terms become rows,
 * and the catalog and the problems list open on demand (their toggles show
 * how many problems there are and Ctrl+F opens the catalog). */
static void
update_narrow_parts (HpPlanView *self)
{
  gboolean catalog = !hp_view_get_narrow (HP_VIEW (self)) || gtk_toggle_button_get_active (self->catalog_toggle);
  gboolean problems = !hp_view_get_narrow (HP_VIEW (self)) || gtk_toggle_button_get_active (self->problems_toggle);

  gtk_widget_set_visible (GTK_WIDGET (self->catalog_panel), catalog);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_scroller),
                          problems && g_list_model_get_n_items (G_LIST_MODEL (self->problems)) > 0);
  gtk_button_set_label (GTK_BUTTON (self->problems_toggle),
                        gtk_toggle_button_get_active (self->problems_toggle) ? _("_Hide")
                                                                            : _("_Show"));
}

static void
hp_plan_view_narrow_changed (HpView *view)
{
  HpPlanView *self = HP_PLAN_VIEW (view);
  GtkOrientation o = hp_view_get_narrow (HP_VIEW (self)) ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->board), o);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->progress_header), o);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->progress_figures), o);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->paned), o);
  gtk_paned_set_position (self->paned, hp_view_get_narrow (HP_VIEW (self)) ? 200 : 290);
  gtk_scrolled_window_set_policy (self->board_scroller,
                                  hp_view_get_narrow (HP_VIEW (self)) ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_label_set_lines (self->status_label, hp_view_get_narrow (HP_VIEW (self)) ? 1 : 2);
  gtk_widget_set_visible (GTK_WIDGET (self->catalog_toggle), hp_view_get_narrow (HP_VIEW (self)));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_toggle),
                          hp_view_get_narrow (HP_VIEW (self)) && g_list_model_get_n_items (G_LIST_MODEL (self->problems)) > 0);
  update_narrow_parts (self);
  /* Placeholders take the other orientation's size: rebind them all. */
  if (hp_view_get_document (HP_VIEW (self)) != NULL)
    _hp_plan_view_rebuild_board (self, hp_document_get_plan (hp_view_get_document (HP_VIEW (self))));
}

/* Shows the catalog, or in a narrow window hides it again when @show is FALSE. */
void
_hp_plan_view_show_catalog (HpPlanView *self,
                            gboolean    show)
{
  gtk_toggle_button_set_active (self->catalog_toggle, show);
  update_narrow_parts (self);
}

/* Laid out by hand rather than by a layout manager: size_allocate is where
 * the view learns its width. */
/* Wrapping labels need their height asked for a width. */
static GtkSizeRequestMode
hp_plan_view_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (GTK_WIDGET (HP_PLAN_VIEW (widget)->stack));
}

static void
hp_plan_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (HP_PLAN_VIEW (widget)->stack), orientation, for_size, minimum,
                      natural, minimum_baseline, natural_baseline);
}

static void
hp_plan_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  gtk_widget_allocate (GTK_WIDGET (HP_PLAN_VIEW (widget)->stack), width, height, baseline, NULL);
}

/* Object ------------------------------------------------------------------------ */

static void
hp_plan_view_dispose (GObject *object)
{
  HpPlanView *self = HP_PLAN_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->dialog != NULL)
    gtk_window_destroy (g_steal_pointer (&self->dialog));
  g_clear_object (&self->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PLAN_VIEW);
  g_clear_object (&self->problems);
  g_clear_object (&self->terms);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->slots, g_hash_table_unref);
  G_OBJECT_CLASS (hp_plan_view_parent_class)->dispose (object);
}

static void
hp_plan_view_document_changed (HpView *view)
{
  HpPlanView *self = HP_PLAN_VIEW (view);

  g_signal_group_set_target (self->document_signals, hp_view_get_document (view));
  hp_plan_view_refresh (self);
  /* Another plan starts at its first term, wherever the last one was left
   * (the list view keeps the Add Term column, the one item both share,
   * where it was, once the new terms are laid out). */
  self->scroll_to_start = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self->board));
}

static void
hp_plan_view_class_init (HpPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_view_dispose;
  HP_VIEW_CLASS (klass)->icon_name = "view-grid-symbolic";
  HP_VIEW_CLASS (klass)->document_changed = hp_plan_view_document_changed;
  HP_VIEW_CLASS (klass)->narrow_changed = hp_plan_view_narrow_changed;
  widget_class->get_request_mode = hp_plan_view_get_request_mode;
  widget_class->measure = hp_plan_view_measure;
  widget_class->size_allocate = hp_plan_view_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, stack);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, progress_header);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, program_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, status_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, gpa_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, projected_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, paned);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, catalog_panel);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, board);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, problems_title);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, records_button);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, records_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, progress_figures);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, plan_button);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, plan_menu);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, records_box);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, problems_list);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, problems_scroller);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, problems_toggle);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, catalog_toggle);

  _hp_plan_view_install_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "planview");

  /* The problem rows' closures (hp-problem-row.ui) */
  gtk_widget_class_bind_template_callback (widget_class, hp_problem_row_not);
  gtk_widget_class_bind_template_callback (widget_class, hp_problem_row_position_target);

  g_type_ensure (HP_TYPE_EMPTY_STATE);
  g_type_ensure (HP_TYPE_CATALOG_PANEL);
  g_type_ensure (HP_TYPE_PROBLEM);
}

static void
hp_plan_view_init (HpPlanView *self)
{
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The document's "changed" follows the document, whichever it is. */
  self->document_signals = g_signal_group_new (HP_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  hp_lazy_menu_set (self->plan_button, self->plan_menu);

  _hp_plan_view_init_board (self);
  g_signal_connect_swapped (self->catalog_toggle, "toggled", G_CALLBACK (update_narrow_parts), self);
  g_signal_connect_swapped (self->problems_toggle, "toggled", G_CALLBACK (update_narrow_parts),
                            self);
  hp_catalog_panel_capture_keys (self->catalog_panel, GTK_WIDGET (self->board_scroller));
  g_signal_connect_swapped (self->problems_list, "activate", G_CALLBACK (problem_activated_cb), self);

  self->problems = g_list_store_new (HP_TYPE_PROBLEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)));
  gtk_list_view_set_model (self->problems_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API --------------------------------------------------------------------- */

GListModel *
hp_plan_view_get_problems (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return G_LIST_MODEL (self->problems);
}

HpCatalogPanel *
hp_plan_view_get_catalog_panel (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return self->catalog_panel;
}

/* The column of @term when it is on screen (only those have widgets). */
HpTermColumn *
hp_plan_view_find_column (HpPlanView *self,
                          HpTermKey   term)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return g_hash_table_lookup (self->columns, GUINT_TO_POINTER (term));
}

/* Scrolls to @term; its column exists after the next frame. */
void
hp_plan_view_show_term (HpPlanView *self,
                        HpTermKey   term)
{
  g_return_if_fail (HP_IS_PLAN_VIEW (self));
  _hp_plan_view_scroll_to_term (self, term);
}

static HpCourseCard *
find_card_in (GtkWidget  *widget,
              const char *code)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      HpCourseCard *found;

      if (HP_IS_COURSE_CARD (c))
        {
          if (g_strcmp0 (hp_course_card_get_code (HP_COURSE_CARD (c)), code) == 0)
            return HP_COURSE_CARD (c);
          continue;
        }
      if ((found = find_card_in (c, code)) != NULL)
        return found;
    }
  return NULL;
}

HpCourseCard *
hp_plan_view_find_card (HpPlanView *self,
                        HpTermKey   term,
                        const char *code)
{
  HpTermColumn *column;

  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);

  column = hp_plan_view_find_column (self, term);
  return column ? find_card_in (GTK_WIDGET (column), code) : NULL;
}

HpCourseCard *
hp_plan_view_get_selected_card (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return self->selected;
}

/* Whether the view shows the document as it is: no refresh, layout switch,
 * column building or selection still to come. */
gboolean
hp_plan_view_is_settled (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), FALSE);

  if (self->refresh_source != 0 || self->pending_select != 0 || self->focus_term != 0)
    return FALSE;
  return !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
         (!self->build_wanted && !self->panel_wanted && !self->scroll_to_start);
}

const char *
hp_plan_view_get_status (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return gtk_label_get_label (self->status_label);
}

/* The projected graduation term, as the header shows it. */
GtkLabel *
hp_plan_view_get_graduation (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return self->projected_label;
}
