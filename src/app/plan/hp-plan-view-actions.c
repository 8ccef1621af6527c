/* hp-plan-view-actions.c: the Plan view's plan.* actions, each one document edit
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards, columns, the catalog panel, menus, keyboard shortcuts and the ui
 * tests all reach the plan through these actions.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-view-private.h"

#define DOCUMENT_OR_RETURN(self)              \
  HpDocument *doc = hp_view_get_document (HP_VIEW (self)); \
  g_autoptr(GError) error = NULL;             \
  if (doc == NULL)                            \
    return

#define REPORT(self, ok)                      \
  G_STMT_START {                              \
    if (!(ok))                                \
      hp_view_report (HP_VIEW (self), error); \
  } G_STMT_END

static void
add_course_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  const char *code;
  guint term;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&su)", &code, &term);
  REPORT (self, hp_document_add_course (doc, term, code, &error));
}

/* A moved course goes last in its new term, and the focus goes with it. */
static void
keep_focus_on_last (HpPlanView *self,
                    HpTermKey   term)
{
  HpPlanTerm *t = hp_plan_find_term (hp_document_get_plan (hp_view_get_document (HP_VIEW (self))), term);

  if (t != NULL)
    _hp_plan_view_keep_focus (self, term, g_list_model_get_n_items (G_LIST_MODEL (t->entries)) - 1);
}

static void
move_entry_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  guint from, index, to;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(uuu)", &from, &index, &to);
  if (hp_document_move_entry (doc, from, index, to, &error))
    keep_focus_on_last (self, to);
  else
    hp_view_report (HP_VIEW (self), error);
}

static void
move_adjacent_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  guint term, index;
  HpTermKey to;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(uu)", &term, &index);
  to = hp_plan_neighbour_term (hp_document_get_plan (doc), term,
                               g_str_equal (action_name, "plan.move-next") ? 1 : -1);
  if (hp_document_move_entry (doc, term, index, to, &error))
    keep_focus_on_last (self, to);
  else
    hp_view_report (HP_VIEW (self), error);
}

static void
remove_entry_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  guint term, index;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(uu)", &term, &index);
  /* The focus goes to the next course of the term, or the one before. */
  if (hp_document_remove_entry (doc, term, index, &error))
    _hp_plan_view_keep_focus (self, term, index);
  else
    hp_view_report (HP_VIEW (self), error);
}

static void
set_entry_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  const char *status_id, *grade;
  guint term, index;
  double hours;
  HpStatus status;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(uu&s&sd)", &term, &index, &status_id, &grade, &hours);
  if (!hp_status_from_string (status_id, &status))
    {
      g_set_error (&error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID, _("“%s” is not a course status"),
                   status_id);
      hp_view_report (HP_VIEW (self), error);
      return;
    }
  if (hp_document_set_entry (doc, term, index, status, *grade ? grade : NULL, hours, &error))
    _hp_plan_view_keep_focus (self, term, index);
  else
    hp_view_report (HP_VIEW (self), error);
}

static void
add_term_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  REPORT (self, hp_document_add_term (doc, g_variant_get_uint32 (parameter), &error));
}

static void
remove_term_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  REPORT (self, hp_document_remove_term (doc, g_variant_get_uint32 (parameter), &error));
}

static void
rename_term_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  guint from, to;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(uu)", &from, &to);
  REPORT (self, hp_document_rename_term (doc, from, to, &error));
}

static void
add_transfer_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autoptr(HpTransfer) transfer = hp_transfer_new ();
  const char *institution, *course, *category, *grade;
  double credits;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s&sd&s)", &institution, &course, &category, &credits, &grade);
  transfer->institution = g_strdup (institution);
  transfer->course = *course ? g_strdup (course) : NULL;
  transfer->category = *category ? g_strdup (category) : NULL;
  transfer->credits = credits;
  transfer->grade = *grade ? g_strdup (grade) : NULL;
  REPORT (self, hp_document_add_transfer (doc, transfer, &error));
}

static void
remove_record_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  guint index = g_variant_get_uint32 (parameter);
  DOCUMENT_OR_RETURN (self);

  if (g_str_equal (action_name, "plan.remove-transfer"))
    REPORT (self, hp_document_remove_transfer (doc, index, &error));
  else
    REPORT (self, hp_document_remove_exception (doc, index, &error));
}

/* The advisor's exception that resolves problem @position: a waiver for a
 * missing prerequisite or co-requisite, or leave to take a course in a term
 * it is not offered. */
static void
record_exception_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autoptr(HpProblem) problem = NULL;
  g_autoptr(HpException) exception = NULL;
  const char *approved_by, *note;
  guint position;
  GDate today;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(u&s&s)", &position, &approved_by, &note);
  problem = g_list_model_get_item (G_LIST_MODEL (self->problems), position);
  hp_date_set_today (&today);
  if (problem == NULL ||
      (exception = hp_exception_new_for_problem (problem, approved_by, note, &today)) == NULL)
    return;
  REPORT (self, hp_document_add_exception (doc, exception, &error));
}

static void
record_substitution_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autoptr(HpException) exception = NULL;
  const char *course, *group, *approved_by, *note;
  GDate today;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s&s&s)", &course, &group, &approved_by, &note);
  hp_date_set_today (&today);
  exception = hp_exception_new (HP_EXCEPTION_SUBSTITUTION, course);
  exception->target = g_strdup (group);
  exception->program = g_strdup (hp_document_get_plan (doc)->target_program);
  exception->date = today;
  exception->approved_by = *approved_by ? g_strdup (approved_by) : NULL;
  exception->note = *note ? g_strdup (note) : NULL;
  REPORT (self, hp_document_add_exception (doc, exception, &error));
}

static void
focus_from_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  guint term, index, direction;

  g_variant_get (parameter, "(uuu)", &term, &index, &direction);
  if (direction <= HP_FOCUS_PREVIOUS)
    _hp_plan_view_focus_from (HP_PLAN_VIEW (widget), term, index, direction);
}

static void
search_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);

  if (hp_view_get_document (HP_VIEW (self)) == NULL)
    return;
  _hp_plan_view_show_catalog (self, TRUE);
  hp_catalog_panel_start_search (self->catalog_panel);
}

static void
select_problem_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _hp_plan_view_select_problem (HP_PLAN_VIEW (widget), g_variant_get_uint32 (parameter));
}

/* Places what the target program still needs in the terms ahead, as one
 * edit; says what could not be placed. */
static void
fill_terms_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autoptr(HpAutoplan) autoplan = NULL;
  GDate today;
  DOCUMENT_OR_RETURN (self);

  hp_date_set_today (&today);
  if (!hp_document_fill_terms (doc, NULL, &today, &autoplan, &error))
    {
      hp_view_report (HP_VIEW (self), error);
      return;
    }
  if (autoplan->unplaced->len > 0)
    {
      g_autoptr(GString) message = g_string_new (_("Some of what is left cannot be placed:"));

      for (guint i = 0; i < autoplan->unplaced->len; i++)
        {
          HpUnplaced *u = g_ptr_array_index (autoplan->unplaced, i);
          g_string_append_printf (message, "\n%s", u->reason);
        }
      gtk_widget_activate_action (widget, "win.show-error", "s", message->str);
    }
}

/* The profile as the form gives it: (student, first term, target program,
 * credits per term, whether to take summer terms, tuition per credit,
 * programs to compare, term admitted to the program or 0). */
static void
set_profile_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autofree const char **compare = NULL;
  g_autoptr(GVariant) compare_variant = NULL;
  HpProfile profile = { 0 };
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&su&sdbd@asu)", &profile.student, &profile.first_term,
                 &profile.target_program, &profile.credits_per_term, &profile.take_summer,
                 &profile.tuition_per_credit, &compare_variant, &profile.admitted);
  compare = g_variant_get_strv (compare_variant, NULL);
  profile.compare_programs = compare;
  if (*profile.target_program == '\0')
    profile.target_program = hp_document_get_plan (doc)->target_program;
  REPORT (self, hp_document_set_profile (doc, &profile, &error));
}

void
_hp_plan_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.add-course", "(su)", add_course_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-entry", "(uuu)", move_entry_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-previous", "(uu)", move_adjacent_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-next", "(uu)", move_adjacent_cb);
  gtk_widget_class_install_action (widget_class, "plan.remove-entry", "(uu)", remove_entry_cb);
  gtk_widget_class_install_action (widget_class, "plan.set-entry", "(uussd)", set_entry_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-term", "u", add_term_cb);
  gtk_widget_class_install_action (widget_class, "plan.remove-term", "u", remove_term_cb);
  gtk_widget_class_install_action (widget_class, "plan.rename-term", "(uu)", rename_term_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-transfer", "(sssds)", add_transfer_cb);
  gtk_widget_class_install_action (widget_class, "plan.record-exception", "(uss)",
                                   record_exception_cb);
  gtk_widget_class_install_action (widget_class, "plan.select-problem", "u", select_problem_cb);
  gtk_widget_class_install_action (widget_class, "plan.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "plan.fill-terms", NULL, fill_terms_cb);
  gtk_widget_class_install_action (widget_class, "plan.focus-from", "(uuu)", focus_from_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "plan.search",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "plan.remove-transfer", "u", remove_record_cb);
  gtk_widget_class_install_action (widget_class, "plan.remove-exception", "u", remove_record_cb);

  gtk_widget_class_install_action (widget_class, "plan.set-profile", "(susdbdasu)",
                                   set_profile_cb);
  _hp_plan_view_install_forms (widget_class);
  gtk_widget_class_install_action (widget_class, "plan.record-substitution", "(ssss)",
                                   record_substitution_cb);
}
