/* hp-plan-dialogs.c: the Plan view's forms: profile, term, transfer credit, exception, GPA
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each form gathers values and hands them to one document edit; the GPA
 * calculator only asks the core and shows the answer.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-form.h"
#include "hp-plan-view-private.h"

#define OBJECT(builder, id) ((gpointer) gtk_builder_get_object ((builder), (id)))

/* A term a student is likely to want next: after the last one planned. */
static HpTermKey
suggested_term (HpPlan *plan)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan->terms));
  g_autoptr(HpPlanTerm) last = n ? g_list_model_get_item (G_LIST_MODEL (plan->terms), n - 1) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (last != NULL)
    return hp_term_key_next_regular (last->key);
  if (plan->first_term != 0)
    return plan->first_term;
  return HP_TERM_KEY (g_date_time_get_year (now),
                      g_date_time_get_month (now) < 6 ? HP_SEASON_SPRING : HP_SEASON_FALL);
}

static void
show_form (HpPlanView *self,
           GtkWindow  *form)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  self->dialog = form;
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &self->dialog);
  gtk_window_present (form);
}

/* Term ------------------------------------------------------------------------ */

typedef struct
{
  HpPlanView *self;
  HpTermKey   rename;
} TermForm;

static gboolean
term_accept_cb (GtkBuilder *builder,
                gpointer    data)
{
  TermForm *form = data;
  HpTermKey key = hp_form_get_term (OBJECT (builder, "term_season"), OBJECT (builder, "term_year"));

  if (form->rename != 0)
    return gtk_widget_activate_action (GTK_WIDGET (form->self), "plan.rename-term", "(uu)",
                                       form->rename, key);
  return gtk_widget_activate_action (GTK_WIDGET (form->self), "plan.add-term", "u", key);
}

/* Adds a term, or renames @rename when it is not 0. */
void
_hp_plan_view_term_dialog (HpPlanView *self,
                           HpTermKey   rename)
{
  const char *ids[] = { "term_form", "year_adjustment", NULL };
  TermForm *form = g_new0 (TermForm, 1);
  GtkBuilder *builder;
  GtkWindow *window;
  HpTermKey key = rename ? rename : suggested_term (hp_document_get_plan (self->document));

  form->self = self;
  form->rename = rename;
  window = hp_form_new (GTK_WIDGET (self), rename ? _("Rename Term") : _("Add Term"),
                        rename ? _("_Rename") : _("_Add"), ids, term_accept_cb, form, &builder);
  g_object_set_data_full (G_OBJECT (window), "term-form", form, g_free);
  hp_form_set_term (OBJECT (builder, "term_season"), OBJECT (builder, "term_year"), key);
  show_form (self, window);
}

/* Profile ------------------------------------------------------------------------ */

static gboolean
profile_accept_cb (GtkBuilder *builder,
                   gpointer    data)
{
  HpPlanView *self = data;
  HpCatalog *catalog = hp_document_get_catalog (self->document);
  GtkDropDown *target = OBJECT (builder, "profile_target");
  g_autoptr(GPtrArray) compare = g_ptr_array_new ();
  g_autoptr(HpProgram) program = NULL;
  g_autoptr(GError) error = NULL;
  HpProfile profile = { 0 };
  HpPlan *plan = hp_document_get_plan (self->document);

  if (catalog != NULL)
    program = g_list_model_get_item (G_LIST_MODEL (catalog->programs),
                                     gtk_drop_down_get_selected (target));
  for (GtkWidget *c = gtk_widget_get_first_child (OBJECT (builder, "profile_compare")); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      g_ptr_array_add (compare, g_object_get_data (G_OBJECT (c), "program"));
  g_ptr_array_add (compare, NULL);

  profile.student = gtk_editable_get_text (OBJECT (builder, "profile_student"));
  profile.first_term = hp_form_get_term (OBJECT (builder, "profile_season"),
                                        OBJECT (builder, "profile_year"));
  profile.credits_per_term = gtk_spin_button_get_value (OBJECT (builder, "profile_load"));
  /* Left at the default, the plan keeps following it. */
  if (plan->credits_per_term == 0 && profile.credits_per_term == HP_PLAN_DEFAULT_LOAD)
    profile.credits_per_term = 0;
  profile.tuition_per_credit = gtk_spin_button_get_value (OBJECT (builder, "profile_tuition"));
  profile.target_program = program ? program->id : plan->target_program;
  profile.compare_programs = (const char * const *) compare->pdata;

  if (!hp_document_set_profile (self->document, &profile, &error))
    {
      _hp_plan_view_show_error (self, error);
      return FALSE;
    }
  return TRUE;
}

void
_hp_plan_view_profile_dialog (HpPlanView *self)
{
  const char *ids[] = { "profile_form", "load_adjustment", "tuition_adjustment",
                        "profile_year_adjustment", NULL };
  HpPlan *plan = hp_document_get_plan (self->document);
  HpCatalog *catalog = hp_document_get_catalog (self->document);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  HpTermKey first = plan->first_term ? plan->first_term : suggested_term (plan);
  GtkBuilder *builder;
  GtkWindow *window;
  guint n = catalog ? g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)) : 0;

  window = hp_form_new (GTK_WIDGET (self), _("Profile"), _("_Save"), ids, profile_accept_cb, self,
                        &builder);
  gtk_editable_set_text (OBJECT (builder, "profile_student"), plan->student ? plan->student : "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
      GtkWidget *check = gtk_check_button_new_with_label (p->name);

      gtk_string_list_append (names, p->name);
      g_object_set_data_full (G_OBJECT (check), "program", g_strdup (p->id), g_free);
      for (guint j = 0; j < plan->compare_programs->len; j++)
        if (g_str_equal (g_ptr_array_index (plan->compare_programs, j), p->id))
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_box_append (OBJECT (builder, "profile_compare"), check);
    }
  gtk_drop_down_set_model (OBJECT (builder, "profile_target"), G_LIST_MODEL (names));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
      if (g_strcmp0 (p->id, plan->target_program) == 0)
        gtk_drop_down_set_selected (OBJECT (builder, "profile_target"), i);
    }
  hp_form_set_term (OBJECT (builder, "profile_season"), OBJECT (builder, "profile_year"), first);
  /* The limit the checks use, the default included: never a 0 that means 18. */
  gtk_spin_button_set_value (OBJECT (builder, "profile_load"), hp_plan_load_limit (plan));
  gtk_spin_button_set_value (OBJECT (builder, "profile_tuition"), plan->tuition_per_credit);
  show_form (self, window);
}

/* Transfer credit --------------------------------------------------------------- */

static gboolean
transfer_accept_cb (GtkBuilder *builder,
                    gpointer    data)
{
  HpPlanView *self = data;
  guint grade = gtk_drop_down_get_selected (OBJECT (builder, "transfer_grade"));

  return gtk_widget_activate_action (GTK_WIDGET (self), "plan.add-transfer", "(sssds)",
                                     gtk_editable_get_text (OBJECT (builder, "transfer_institution")),
                                     gtk_editable_get_text (OBJECT (builder, "transfer_course")),
                                     gtk_editable_get_text (OBJECT (builder, "transfer_category")),
                                     gtk_spin_button_get_value (OBJECT (builder, "transfer_credits")),
                                     grade == 0 ? "" : hp_grade_all ()[grade - 1]);
}

void
_hp_plan_view_transfer_dialog (HpPlanView *self)
{
  const char *ids[] = { "transfer_form", "transfer_credits_adjustment", NULL };
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  GtkBuilder *builder;
  GtkWindow *window;

  window = hp_form_new (GTK_WIDGET (self), _("Add Transfer Credit"), _("_Add"), ids,
                        transfer_accept_cb, self, &builder);
  hp_form_require (window, OBJECT (builder, "transfer_institution"));
  gtk_string_list_append (grades, _("No grade"));
  for (const char * const *g = hp_grade_all (); *g != NULL; g++)
    gtk_string_list_append (grades, *g);
  gtk_drop_down_set_model (OBJECT (builder, "transfer_grade"), G_LIST_MODEL (grades));
  show_form (self, window);
}

/* Exception -------------------------------------------------------------------- */

typedef struct
{
  HpPlanView *self;
  guint       problem;
} ExceptionForm;

static gboolean
exception_accept_cb (GtkBuilder *builder,
                     gpointer    data)
{
  ExceptionForm *form = data;

  return gtk_widget_activate_action (GTK_WIDGET (form->self), "plan.record-exception", "(uss)",
                                     form->problem,
                                     gtk_editable_get_text (OBJECT (builder, "exception_by")),
                                     gtk_editable_get_text (OBJECT (builder, "exception_note")));
}

void
_hp_plan_view_exception_dialog (HpPlanView *self,
                                guint       problem_position)
{
  const char *ids[] = { "exception_form", NULL };
  g_autoptr(HpProblem) problem = g_list_model_get_item (G_LIST_MODEL (self->problems),
                                                        problem_position);
  g_autofree char *kind = NULL;
  g_autofree char *when = NULL;
  ExceptionForm *form;
  GtkBuilder *builder;
  GtkWindow *window;

  if (problem == NULL || problem->target == NULL)
    return;

  form = g_new0 (ExceptionForm, 1);
  form->self = self;
  form->problem = problem_position;
  window = hp_form_new (GTK_WIDGET (self), _("Record Exception"), _("_Record"), ids,
                        exception_accept_cb, form, &builder);
  g_object_set_data_full (G_OBJECT (window), "exception-form", form, g_free);
  gtk_label_set_label (OBJECT (builder, "exception_problem"), problem->message);
  when = hp_term_key_format (problem->term);
  if (problem->kind == HP_PROBLEM_OFFERING)
    kind = g_strdup_printf (_("Records an advisor’s permission to take %s in %s, when it is not "
                              "usually offered. The problem then shows as resolved."),
                            problem->course, when);
  else
    kind = g_strdup_printf (_("Records an advisor’s waiver of %s for %s in %s. The problem then "
                              "shows as resolved."), problem->target, problem->course, when);
  gtk_label_set_label (OBJECT (builder, "exception_kind"), kind);
  hp_form_require (window, OBJECT (builder, "exception_by"));
  show_form (self, window);
}

/* Substitution ------------------------------------------------------------------ */

typedef struct
{
  HpPlanView *self;
  char       *course;
  GListModel *groups;
} SubstitutionForm;

static void
substitution_form_free (SubstitutionForm *form)
{
  g_free (form->course);
  g_clear_object (&form->groups);
  g_free (form);
}

static gboolean
substitution_accept_cb (GtkBuilder *builder,
                        gpointer    data)
{
  SubstitutionForm *form = data;
  guint selected = gtk_drop_down_get_selected (OBJECT (builder, "substitution_group"));
  g_autoptr(HpRequirement) group = g_list_model_get_item (form->groups, selected);

  if (group == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (form->self), "plan.record-substitution",
                                     "(ssss)", form->course, group->id,
                                     gtk_editable_get_text (OBJECT (builder, "substitution_by")),
                                     gtk_editable_get_text (OBJECT (builder, "substitution_note")));
}

/* An advisor counts @course toward a requirement group of the target
 * program that it would not fill by itself. */
void
_hp_plan_view_substitution_dialog (HpPlanView *self,
                                   const char *course)
{
  const char *ids[] = { "substitution_form", NULL };
  HpPlan *plan = hp_document_get_plan (self->document);
  HpCatalog *catalog = hp_document_get_catalog (self->document);
  HpProgram *program = catalog && plan->target_program
                       ? hp_catalog_find_program (catalog, plan->target_program) : NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *intro = NULL;
  SubstitutionForm *form;
  GtkBuilder *builder;
  GtkWindow *window;

  if (program == NULL)
    {
      g_autoptr(GError) error = g_error_new (HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                                             _("Choose a target program in the profile first: a "
                                               "substitution counts a course toward one of its "
                                               "requirements."));
      _hp_plan_view_show_error (self, error);
      return;
    }

  form = g_new0 (SubstitutionForm, 1);
  form->self = self;
  form->course = g_strdup (course);
  form->groups = G_LIST_MODEL (g_object_ref (program->requirements));
  window = hp_form_new (GTK_WIDGET (self), _("Record Substitution"), _("_Record"), ids,
                        substitution_accept_cb, form, &builder);
  g_object_set_data_full (G_OBJECT (window), "substitution-form", form,
                          (GDestroyNotify) substitution_form_free);
  for (guint i = 0; i < g_list_model_get_n_items (form->groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (form->groups, i);
      gtk_string_list_append (titles, g->title);
    }
  gtk_drop_down_set_model (OBJECT (builder, "substitution_group"), G_LIST_MODEL (titles));
  intro = g_strdup_printf (_("Records an advisor’s decision that %s counts toward a requirement "
                             "of the %s it would not fill by itself."), course, program->name);
  gtk_label_set_label (OBJECT (builder, "substitution_intro"), intro);
  hp_form_require (window, OBJECT (builder, "substitution_by"));
  show_form (self, window);
}

/* GPA calculator ----------------------------------------------------------------- */

typedef struct
{
  HpPlanView *self;
  GtkBuilder *builder;
  GArray     *terms;  /* of HpTermKey, as in the dropdown */
} GpaForm;

static void
gpa_form_free (GpaForm *form)
{
  g_array_unref (form->terms);
  g_free (form);
}

static void
update_gpa_answer (GpaForm *form)
{
  HpPlan *plan = hp_document_get_plan (form->self->document);
  HpCatalog *catalog = hp_document_get_catalog (form->self->document);
  guint selected = gtk_drop_down_get_selected (OBJECT (form->builder, "gpa_term"));
  double target = gtk_spin_button_get_value (OBJECT (form->builder, "gpa_target"));
  HpGpaGoal goal;
  g_autofree char *answer = NULL;

  if (selected >= form->terms->len || catalog == NULL ||
      !hp_plan_gpa_goal (plan, catalog, g_array_index (form->terms, HpTermKey, selected), target,
                         &goal))
    answer = g_strdup (_("This term has no ungraded courses left to decide the GPA."));
  else
    {
      const char *grade = hp_grade_for_points (goal.needed);
      g_autofree char *credits = hp_format_number (goal.open_credits);

      if (goal.needed <= 0)
        answer = g_strdup_printf (_("You will reach %.2f whatever grades you earn in these %s "
                                    "credits."), target, credits);
      else if (grade == NULL)
        answer = g_strdup_printf (_("Out of reach this term: even straight A’s in these %s credits "
                                    "would bring the GPA only to %.2f, not %.2f."),
                                  credits, goal.best, target);
      else
        answer = g_strdup_printf (_("You need an average of %.2f (%s or better) across this term’s "
                                    "%s open credits to reach a GPA of %.2f."),
                                  goal.needed, grade, credits, target);
    }
  gtk_label_set_label (OBJECT (form->builder, "gpa_answer"), answer);
}

static gboolean
gpa_accept_cb (GtkBuilder *builder,
               gpointer    data)
{
  return TRUE;  /* the calculator edits nothing */
}

/* The calculator for @term, or when 0 for the term in progress, or else the
 * next one, with courses still to grade (as `hitplan gpa` chooses). */
void
_hp_plan_view_gpa_dialog (HpPlanView *self,
                          HpTermKey   term)
{
  const char *ids[] = { "gpa_form", "gpa_adjustment", NULL };
  HpPlan *plan = hp_document_get_plan (self->document);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *terms = G_LIST_MODEL (plan->terms);
  GpaForm *form = g_new0 (GpaForm, 1);
  GtkWindow *window;
  guint selected = 0;
  gboolean chosen = FALSE;
  HpTermKey from;
  GDate today;

  form->self = self;
  form->terms = g_array_new (FALSE, FALSE, sizeof (HpTermKey));
  window = hp_form_new (GTK_WIDGET (self), _("GPA Calculator"), _("_Done"), ids, gpa_accept_cb,
                        form, &form->builder);
  hp_date_set_today (&today);
  from = hp_plan_current_or_next_term (plan, &today);
  g_object_set_data_full (G_OBJECT (window), "gpa-form", form, (GDestroyNotify) gpa_form_free);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, i);
      g_autofree char *label = hp_term_key_format (t->key);
      HpGpaGoal goal;

      g_array_append_val (form->terms, t->key);
      gtk_string_list_append (labels, label);
      if (!chosen && (t->key == term ||
                      (term == 0 && from != 0 && t->key >= from &&
                       hp_document_get_catalog (self->document) != NULL &&
                       hp_plan_gpa_goal (plan, hp_document_get_catalog (self->document), t->key,
                                         3.0, &goal))))
        {
          selected = i;
          chosen = TRUE;
        }
    }
  gtk_drop_down_set_model (OBJECT (form->builder, "gpa_term"), G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (OBJECT (form->builder, "gpa_term"), selected);
  g_signal_connect_swapped (OBJECT (form->builder, "gpa_term"), "notify::selected",
                            G_CALLBACK (update_gpa_answer), form);
  g_signal_connect_swapped (OBJECT (form->builder, "gpa_target"), "value-changed",
                            G_CALLBACK (update_gpa_answer), form);
  update_gpa_answer (form);
  show_form (self, window);
}
