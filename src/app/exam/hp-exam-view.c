/* hp-exam-view.c: the Exam Prep view: eligibility, readiness, practice, continuing education
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One exam at a time (a drop-down chooses among the plan's targets):
 * whether and when the student may sit it, with a countdown; how ready
 * they are, in a sentence, two charts and a line per domain, the domain
 * with the most to gain first; the practice tests and study time logged;
 * the exam's facts with their sources.  Below, the continuing education of
 * each credential held.  Every number is the core's (hp_readiness_new,
 * hp_eligibility_new, hp_ce_statuses), the same `hitplan readiness` and
 * `hitplan ce` print; every edit is an exam.* action, undone like any.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-chart.h"
#include "hp-empty-state.h"
#include "hp-exam-view-private.h"

G_DEFINE_FINAL_TYPE (HpExamView, hp_exam_view, HP_TYPE_VIEW)

/* Building blocks ------------------------------------------------------------- */

static GtkWidget *
text_new (const char *text,
          const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 90);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
section_new (HpExamView *self,
             const char *title,
             const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_add_css_class (box, "exam-section");
  if (name != NULL)
    gtk_widget_set_name (box, name);
  if (title != NULL)
    gtk_box_append (GTK_BOX (box), text_new (title, "title-4"));
  gtk_box_append (self->content, box);
  return box;
}

/* A wrapping row of buttons for actions. */
static GtkWidget *
buttons_new (void)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  /* Filling the width: a flow box aligned to the start is measured for
   * one width and laid out at another, and its rows spill over. */
  gtk_widget_add_css_class (flow, "exam-buttons");
  return flow;
}

static GtkWidget *
add_button (GtkWidget  *buttons,
            const char *label,
            const char *action,
            GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), button);
  return button;
}

/* A list row: its text, and a button that removes what it shows. */
static GtkWidget *
record_row_new (const char *text,
                const char *remove_label,
                const char *action,
                GVariant   *target)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = text_new (text, NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), target);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_widget_add_css_class (row, "exam-record");
  return row;
}

static void
clear_content (HpExamView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  self->trend = self->bars = NULL;
}

/* The exam shown ------------------------------------------------------------------- */

/* The exam target shown: the one chosen, else the plan's first. */
HpExamTarget *
_hp_exam_view_get_exam (HpExamView *self)
{
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = doc ? hp_document_get_plan (doc) : NULL;
  HpExamTarget *exam;

  if (plan == NULL)
    return NULL;
  if (self->selected != NULL && (exam = hp_plan_find_exam (plan, self->selected, NULL)) != NULL)
    return exam;
  exam = g_list_model_get_item (G_LIST_MODEL (plan->exams), 0);
  if (exam != NULL)
    g_object_unref (exam);  /* the plan keeps its reference */
  return exam;
}

static void
exam_chosen_cb (GtkDropDown *choice,
                GParamSpec  *pspec,
                HpExamView  *self)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (choice), "credentials");
  guint selected = gtk_drop_down_get_selected (choice);

  if (ids != NULL && selected < ids->len)
    gtk_widget_activate_action (GTK_WIDGET (self), "exam.select", "s",
                                g_ptr_array_index (ids, selected));
}

/* The exam's name and date, a drop-down among the targets, the countdown
 * and whether the student may sit it. */
static void
build_header (HpExamView   *self,
              HpPlan       *plan,
              HpExamTarget *exam,
              HpCredential *credential)
{
  GtkWidget *section = section_new (self, NULL, "exam-header");
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title, *countdown, *eligibility, *buttons;
  GListModel *exams = G_LIST_MODEL (plan->exams);
  g_autofree char *heading = NULL;
  g_autofree char *days = NULL;

  heading = g_strdup_printf ("%s — %s", credential->id, credential->name);
  title = text_new (heading, "title-2");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (top), title);
  if (g_list_model_get_n_items (exams) > 1)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      GPtrArray *ids = hp_strv_array_new ();
      GtkWidget *choice;
      guint selected = 0;

      for (guint i = 0; i < g_list_model_get_n_items (exams); i++)
        {
          g_autoptr(HpExamTarget) e = g_list_model_get_item (exams, i);

          gtk_string_list_append (names, e->credential);
          g_ptr_array_add (ids, g_strdup (e->credential));
          if (e == exam)
            selected = i;
        }
      choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
      g_object_set_data_full (G_OBJECT (choice), "credentials", ids,
                              (GDestroyNotify) g_ptr_array_unref);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), selected);
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (choice, _("The exam shown"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Exam shown"), -1);
      g_signal_connect_object (choice, "notify::selected", G_CALLBACK (exam_chosen_cb), self, 0);
      gtk_box_append (GTK_BOX (top), choice);
    }
  gtk_box_append (GTK_BOX (section), top);

  if (self->readiness->days_left > 0)
    {
      g_autofree char *date = hp_date_to_string (&exam->date);

      days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left · exam on %s",
                                           "%d days left · exam on %s", self->readiness->days_left),
                              self->readiness->days_left, date);
    }
  else if (self->readiness->days_left == 0)
    days = g_strdup (_("The exam is today. Good luck!"));
  else if (g_date_valid (&exam->date))
    {
      g_autofree char *date = hp_date_to_string (&exam->date);

      days = g_strdup_printf (_("The exam date, %s, has passed: record the result under "
                                "Continuing Education once you pass, or change the date."), date);
    }
  else
    days = g_strdup (_("Not booked yet: add the date once you have it, for a countdown and a "
                       "study plan."));
  countdown = text_new (days, "exam-countdown");
  gtk_widget_set_name (countdown, "countdown");
  gtk_box_append (GTK_BOX (section), countdown);

  eligibility = text_new (self->eligibility->sentence, NULL);
  gtk_widget_set_name (eligibility, "eligibility");
  gtk_box_append (GTK_BOX (section), eligibility);
  if (self->eligibility->exam_problem != NULL)
    {
      GtkWidget *problem = text_new (self->eligibility->exam_problem, "exam-warning");

      gtk_widget_set_name (problem, "exam-problem");
      gtk_box_append (GTK_BOX (section), problem);
    }

  buttons = buttons_new ();
  add_button (buttons, _("Log _Practice Test…"), "exam.practice-dialog", g_variant_new_int32 (-1));
  add_button (buttons, _("Log _Study Time…"), "exam.study-dialog", NULL);
  add_button (buttons, _("_Change Exam…"), "exam.edit-exam-dialog", NULL);
  add_button (buttons, _("_Add Another Exam…"), "exam.add-exam-dialog", NULL);
  add_button (buttons, _("_Remove This Exam"), "exam.remove", g_variant_new_string (exam->credential));
  gtk_box_append (GTK_BOX (section), buttons);
}

static char *
trend_summary (HpReadiness *r)
{
  GListModel *domains = G_LIST_MODEL (r->domains);
  g_autoptr(GString) text = g_string_new (_("Practice scores over time: "));
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);
      HpScorePoint *first, *last;
      g_autofree char *from = NULL, *to = NULL;

      if (d->points->len == 0)
        continue;
      first = &g_array_index (d->points, HpScorePoint, 0);
      last = &g_array_index (d->points, HpScorePoint, d->points->len - 1);
      from = hp_date_to_string (&first->date);
      to = hp_date_to_string (&last->date);
      g_string_append_printf (text, _("%s%s from %.0f%% on %s to %.0f%% on %s"), any ? "; " : "",
                              d->title, first->percent, from, last->percent, to);
      any = TRUE;
    }
  g_string_append_printf (text, _(". Goal: %.0f%%."), r->goal);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
bars_summary (HpReadiness *r)
{
  GListModel *domains = G_LIST_MODEL (r->domains);
  g_autoptr(GString) text = g_string_new (_("Mastery of each domain beside its share of the exam: "));

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);

      if (d->practiced)
        g_string_append_printf (text, _("%s%s %.0f%% (±%.0f), %.0f%% of the exam"), i ? "; " : "",
                                d->title, 100 * d->mastery, 100 * d->band, d->weight);
      else
        g_string_append_printf (text, _("%s%s not practiced, %.0f%% of the exam"), i ? "; " : "",
                                d->title, d->weight);
    }
  g_string_append (text, ".");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The verdict, the charts and where to spend study time. */
static void
build_readiness (HpExamView   *self,
                 HpExamTarget *exam)
{
  HpReadiness *r = self->readiness;
  GtkWidget *section = section_new (self, _("Readiness"), "readiness");
  g_autofree char *summary = hp_readiness_summary (r);
  g_autofree char *goal = NULL;
  GtkWidget *label;

  label = text_new (summary, "exam-verdict");
  gtk_widget_set_name (label, "readiness-summary");
  gtk_widget_add_css_class (label, hp_verdict_to_string (r->verdict));
  gtk_box_append (GTK_BOX (section), label);
  gtk_box_append (GTK_BOX (section),
                  text_new (_("Each domain’s estimate is your share of correct answers, with recent "
                              "tests counting more (a test’s weight halves every four weeks); the "
                              "range is where your true share most likely is, and it narrows as you "
                              "answer more questions."), "dim-label"));
  switch (r->goal_source)
    {
    case HP_GOAL_STUDENT:
      goal = g_strdup_printf (_("Goal: %.0f%%, your own (Change Exam… to set another)."), r->goal);
      break;
    case HP_GOAL_PUBLISHED:
      goal = g_strdup_printf (_("Goal: %.0f%%, the share %s publishes as passing."), r->goal,
                              r->credential->body ? r->credential->body : _("the body"));
      break;
    case HP_GOAL_DEFAULT:
    default:
      goal = g_strdup_printf (_("Goal: %.0f%%, a common study goal: %s publishes no share "
                                "correct that passes. Change Exam… to set your own."), r->goal,
                              r->credential->body ? r->credential->body : _("the body"));
      break;
    }
  gtk_box_append (GTK_BOX (section), text_new (goal, "dim-label"));
  if (r->verdict == HP_VERDICT_NO_PRACTICE)
    return;

  /* The charts: scores over time, and mastery beside weight. */
  self->trend = hp_chart_new (HP_CHART_TREND);
  self->bars = hp_chart_new (HP_CHART_BARS);
  hp_chart_set_goal (HP_CHART (self->trend), r->goal);
  hp_chart_set_goal (HP_CHART (self->bars), r->goal);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (r->domains)); i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (G_LIST_MODEL (r->domains), i);

      hp_chart_add_series (HP_CHART (self->trend), d->title, d->points);
      hp_chart_add_bar (HP_CHART (self->bars), d->title, 100 * d->mastery, 100 * d->band,
                        d->weight, d->practiced);
    }
  {
    g_autofree char *trend = trend_summary (r);
    g_autofree char *bars = bars_summary (r);

    hp_chart_set_summary (HP_CHART (self->trend), trend);
    hp_chart_set_summary (HP_CHART (self->bars), bars);
  }
  gtk_widget_set_name (self->trend, "trend-chart");
  gtk_widget_set_name (self->bars, "bars-chart");
  gtk_box_append (GTK_BOX (section), text_new (_("Scores over time"), "heading"));
  gtk_box_append (GTK_BOX (section), self->trend);
  gtk_box_append (GTK_BOX (section), text_new (_("Each domain now, beside its share of the exam"),
                                               "heading"));
  gtk_box_append (GTK_BOX (section), self->bars);

  /* Where to spend study time, the most to gain first. */
  gtk_box_append (GTK_BOX (section), text_new (_("Where your study time gains most"), "heading"));
  if (r->hours_available <= 0)
    gtk_box_append (GTK_BOX (section),
                    text_new (_("Give the exam a date and your study hours a week (Change "
                                "Exam…) to see how many hours each domain could use."),
                              "dim-label"));
  for (guint i = 0; i < r->by_need->len; i++)
    {
      HpDomainReadiness *d = g_ptr_array_index (r->by_need, i);
      g_autofree char *studied = hp_format_number (d->hours_studied);
      g_autofree char *suggested = hp_format_number (d->hours_suggested);
      g_autoptr(GString) line = g_string_new (NULL);
      GtkWidget *row;

      g_string_append_printf (line, "%u. %s — ", i + 1, d->title);
      if (d->practiced)
        g_string_append_printf (line, _("%.0f%% ± %.0f"), 100 * d->mastery, 100 * d->band);
      else
        g_string_append (line, _("no practice yet"));
      g_string_append_printf (line, d->weight_published ? _(" · %.0f%% of the exam")
                                                        : _(" · about %.0f%% of the exam (not "
                                                            "published)"), d->weight);
      g_string_append_printf (line, _(" · studied %s h"), studied);
      if (r->hours_available > 0)
        g_string_append_printf (line, d->need > 0 ? _(" · suggested %s h")
                                                  : _(" · above the goal: review only"),
                                suggested);
      row = text_new (line->str, NULL);
      if (d->id != NULL)
        {
          g_autofree char *name = g_strdup_printf ("domain:%s", d->id);
          gtk_widget_set_name (row, name);
        }
      gtk_box_append (GTK_BOX (section), row);
    }
  (void) exam;
}

/* The practice tests and study time logged. */
static void
build_log (HpExamView   *self,
           HpExamTarget *exam,
           HpCredential *credential)
{
  GtkWidget *section = section_new (self, _("Practice and Study Log"), "practice-log");
  GListModel *tests = G_LIST_MODEL (exam->tests);
  GListModel *study = G_LIST_MODEL (exam->study);

  if (g_list_model_get_n_items (tests) == 0)
    gtk_box_append (GTK_BOX (section),
                    text_new (_("No practice test logged yet. After each practice test, log its "
                                "score in each domain: readiness starts from there."), "dim-label"));
  for (guint i = g_list_model_get_n_items (tests); i-- > 0;)
    {
      g_autoptr(HpPracticeTest) t = g_list_model_get_item (tests, i);
      g_autofree char *date = hp_date_to_string (&t->date);
      g_autofree char *text = NULL;
      double correct, total;
      GtkWidget *row, *edit;

      if (hp_practice_test_overall (t, &correct, &total))
        {
          g_autofree char *c = hp_format_number (correct), *n = hp_format_number (total);

          text = g_strdup_printf (_("%s · %s · %s of %s (%.0f%%)"), date,
                                  t->source ? t->source : _("Practice test"), c, n,
                                  100 * correct / total);
        }
      else
        text = g_strdup_printf ("%s · %s", date, t->source ? t->source : _("Practice test"));
      row = record_row_new (text, _("Remove this practice test"), "exam.remove-practice",
                            g_variant_new ("(su)", exam->credential, i));
      edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
      gtk_widget_add_css_class (edit, "flat");
      gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (edit, _("Change this practice test"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Change this practice test"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "exam.practice-dialog");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "i", (gint32) i);
      gtk_box_insert_child_after (GTK_BOX (row), edit, gtk_widget_get_first_child (row));
      gtk_box_append (GTK_BOX (section), row);
    }
  for (guint i = g_list_model_get_n_items (study); i-- > 0;)
    {
      g_autoptr(HpStudyLog) log = g_list_model_get_item (study, i);
      g_autofree char *date = hp_date_to_string (&log->date);
      g_autofree char *hours = hp_format_number (log->hours);
      const char *domain = _("the whole exam");
      g_autofree char *text = NULL;

      for (guint j = 0; log->domain != NULL && j < credential->domains->len; j++)
        {
          HpExamDomain *d = g_ptr_array_index (credential->domains, j);
          if (g_str_equal (d->id, log->domain))
            domain = d->title;
        }
      text = g_strdup_printf (_("%s · studied %s for %s h"), date, domain, hours);
      gtk_box_append (GTK_BOX (section),
                      record_row_new (text, _("Remove this study time"), "exam.remove-study",
                                      g_variant_new ("(su)", exam->credential, i)));
    }
}

static void
append_source (GtkWidget  *box,
               HpCatalog  *catalog,
               const char *source)
{
  g_autofree char *cite = NULL, *line = NULL;

  if (source == NULL)
    return;
  cite = hp_catalog_cite (catalog, source);
  line = g_strdup_printf (_("Source: %s"), cite);
  gtk_box_append (GTK_BOX (box), text_new (line, "dim-label"));
}

/* What the catalog says of the exam, each fact with its source. */
static void
build_facts (HpExamView   *self,
             HpCatalog    *catalog,
             HpCredential *c)
{
  GtkWidget *section = section_new (self, NULL, "exam-facts");
  g_autofree char *title = g_strdup_printf (_("About the %s Exam"), c->id);
  GtkWidget *expander = gtk_expander_new (title);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (gtk_widget_get_first_child (expander), "title-4");
  gtk_expander_set_child (GTK_EXPANDER (expander), box);
  gtk_box_append (GTK_BOX (section), expander);

  if (c->eligibility != NULL)
    {
      g_autofree char *rule = g_strdup_printf (_("Who may sit it: %s"), c->eligibility);
      gtk_box_append (GTK_BOX (box), text_new (rule, NULL));
    }
  if (c->questions > 0 || c->minutes > 0 || c->passing != NULL)
    {
      g_autoptr(GString) format = g_string_new (_("Format: "));

      if (c->questions > 0)
        g_string_append_printf (format, _("%u questions"), c->questions);
      if (c->scored > 0)
        g_string_append_printf (format, _(" (%u scored)"), c->scored);
      if (c->minutes > 0)
        g_string_append_printf (format, _("%s%u minutes"), c->questions ? ", " : "", c->minutes);
      g_string_append_printf (format, _("; passing: %s"), c->passing ? c->passing : _("not published"));
      gtk_box_append (GTK_BOX (box), text_new (format->str, NULL));
      append_source (box, catalog, c->exam_source);
    }
  if (c->early_testing)
    gtk_box_append (GTK_BOX (box), text_new (_("Early testing is allowed near completion (see who "
                                               "may sit it)."), NULL));
  if (c->window_days > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Test within %u days of approval."), c->window_days);
      gtk_box_append (GTK_BOX (box), text_new (line, NULL));
    }
  if (c->retake_days > 0)
    {
      g_autofree char *line = g_strdup_printf (_("A retake waits %u days."), c->retake_days);
      gtk_box_append (GTK_BOX (box), text_new (line, NULL));
    }
  for (guint i = 0; i < c->fees->len; i++)
    {
      HpExamFee *fee = g_ptr_array_index (c->fees, i);
      g_autofree char *money = hp_format_money (fee->amount, fee->currency ? fee->currency : "USD");
      g_autofree char *line = g_strdup_printf (_("Fee: %s for %s"), money,
                                               fee->who ? fee->who : _("everyone"));

      gtk_box_append (GTK_BOX (box), text_new (line, NULL));
      append_source (box, catalog, fee->source);
    }
  if (c->domains->len > 0)
    gtk_box_append (GTK_BOX (box), text_new (_("Content domains"), "heading"));
  for (guint i = 0; i < c->domains->len; i++)
    {
      HpExamDomain *d = g_ptr_array_index (c->domains, i);
      g_autofree char *line = d->weight_max > 0
                              ? g_strdup_printf (_("%s: %g–%g%% of the exam"), d->title,
                                                 d->weight_min, d->weight_max)
                              : g_strdup_printf (_("%s: weight not published"), d->title);

      gtk_box_append (GTK_BOX (box), text_new (line, NULL));
      append_source (box, catalog, d->source);
      for (guint j = 0; j < d->other_weights->len; j++)
        {
          HpDomainWeight *w = g_ptr_array_index (d->other_weights, j);
          g_autofree char *cite = hp_catalog_cite (catalog, w->source);
          g_autofree char *other = g_strdup_printf (_("Another source says %g–%g%%: %s"),
                                                    w->weight_min, w->weight_max, cite);

          gtk_box_append (GTK_BOX (box), text_new (other, "dim-label"));
        }
    }
  if (c->note != NULL)
    gtk_box_append (GTK_BOX (box), text_new (c->note, NULL));
  for (guint i = 0; i < c->sources->len; i++)
    append_source (box, catalog, g_ptr_array_index (c->sources, i));
}

/* Continuing education -------------------------------------------------------------- */

static void
build_ce (HpExamView *self,
          HpPlan     *plan,
          HpCatalog  *catalog)
{
  GtkWidget *section = section_new (self, _("Continuing Education"), "continuing-education");
  GListModel *statuses = G_LIST_MODEL (self->ce);
  GListModel *held = G_LIST_MODEL (plan->held);
  GtkWidget *buttons = buttons_new ();

  if (g_list_model_get_n_items (held) == 0)
    gtk_box_append (GTK_BOX (section),
                    text_new (_("Once you pass, record the credential and the day: the view then "
                                "follows its continuing-education cycle, the hours it asks and your "
                                "pace."), "dim-label"));
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(HpCeStatus) s = g_list_model_get_item (statuses, i);
      g_autofree char *ids = g_strjoinv (", ", (char **) s->credentials->pdata);
      g_autofree char *heading = g_strdup_printf ("%s: %s", s->body ? s->body : "?", ids);
      g_autofree char *start = hp_date_to_string (&s->start);
      g_autofree char *end = hp_date_to_string (&s->end);
      g_autofree char *done = hp_format_number (s->done);
      g_autofree char *required = hp_format_number (s->required);
      g_autofree char *expected = hp_ce_status_format_expected (s);
      g_autofree char *cycle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Cycle %s to %s · %d day left",
                                                             "Cycle %s to %s · %d days left",
                                                             s->days_left),
                                                start, end, s->days_left);
      g_autofree char *hours = g_strdup_printf (_("%s of %s hours logged; a steady pace would "
                                                  "have about %s by now"), done, required,
                                                expected);
      GtkWidget *bar = gtk_progress_bar_new ();
      g_autofree char *name = g_strdup_printf ("ce:%s", s->body ? s->body : "");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_set_name (box, name);
      gtk_box_append (GTK_BOX (box), text_new (heading, "heading"));
      gtk_box_append (GTK_BOX (box), text_new (cycle, NULL));
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar),
                                     s->required > 0 ? MIN (1, s->done / s->required) : 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, hours, -1);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_box_append (GTK_BOX (box), text_new (hours, NULL));
      if (s->share > 0)
        {
          g_autofree char *share_done = hp_format_number (s->share_done);
          g_autofree char *share_needed = hp_format_number (s->required * s->share / 100);
          g_autofree char *share = g_strdup_printf (_("At least %g%% in %s: %s hours so far, %s "
                                                      "needed by the end"), s->share,
                                                    g_strcmp0 (s->share_category, "hiim") == 0
                                                    ? _("health information domains (HIIM)")
                                                    : s->share_category,
                                                    share_done, share_needed);

          gtk_box_append (GTK_BOX (box), text_new (share, "dim-label"));
        }
      if (s->warning != NULL)
        {
          GtkWidget *warning = text_new (s->warning, "exam-warning");

          gtk_widget_set_name (warning, "ce-warning");
          gtk_box_append (GTK_BOX (box), warning);
        }
      for (guint j = 0; j < s->notes->len; j++)
        gtk_box_append (GTK_BOX (box), text_new (g_ptr_array_index (s->notes, j), "dim-label"));
      for (guint j = s->entries->len; j-- > 0;)
        {
          HpCeEntry *e = g_ptr_array_index (s->entries, j);
          g_autofree char *date = hp_date_to_string (&e->date);
          g_autofree char *entry_hours = hp_format_number (e->hours);
          g_autofree char *text = g_strdup_printf ("%s · %s h · %s%s%s%s", date, entry_hours,
                                                   e->title ? e->title : _("Continuing education"),
                                                   e->provider ? " (" : "",
                                                   e->provider ? e->provider : "",
                                                   e->provider ? ")" : "");
          guint index = 0;

          g_list_store_find (plan->ce_entries, e, &index);
          gtk_box_append (GTK_BOX (box), record_row_new (text, _("Remove these hours"),
                                                         "exam.remove-ce",
                                                         g_variant_new_uint32 (index)));
        }
      gtk_box_append (GTK_BOX (section), box);
    }
  /* The credentials held, to correct one. */
  for (guint i = 0; i < g_list_model_get_n_items (held); i++)
    {
      g_autoptr(HpHeldCredential) h = g_list_model_get_item (held, i);
      g_autofree char *date = g_date_valid (&h->earned) ? hp_date_to_string (&h->earned) : NULL;
      g_autofree char *text = g_strdup_printf (_("You hold %s, passed on %s"), h->credential,
                                               date ? date : "?");

      if (hp_catalog_find_credential (catalog, h->credential) == NULL)
        {
          g_autofree char *unknown = g_strdup_printf (_("%s (not in this catalog: no cycle to "
                                                        "follow)"), text);
          g_free (text);
          text = g_steal_pointer (&unknown);
        }
      gtk_box_append (GTK_BOX (section),
                      record_row_new (text, _("Remove this credential"), "exam.remove-held",
                                      g_variant_new_uint32 (i)));
    }
  add_button (buttons, _("Log _Hours…"), "exam.ce-dialog", NULL);
  add_button (buttons, _("Add Credential _Held…"), "exam.held-dialog", NULL);
  gtk_box_append (GTK_BOX (section), buttons);
}

/* Refreshing ------------------------------------------------------------------------ */

void
hp_exam_view_refresh (HpExamView *self)
{
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = doc ? hp_document_get_plan (doc) : NULL;
  HpCatalog *catalog = doc ? hp_document_get_catalog (doc) : NULL;
  HpExamTarget *exam;
  HpCredential *credential;
  GDate today;

  g_return_if_fail (HP_IS_EXAM_VIEW (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  /* worked out when shown (or asked for), not while the window starts elsewhere */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->forced)
    {
      self->stale = TRUE;
      _hp_exam_view_update_actions (self);
      return;
    }
  self->stale = FALSE;
  g_clear_object (&self->readiness);
  g_clear_object (&self->eligibility);
  g_clear_object (&self->ce);
  clear_content (self);
  _hp_exam_view_update_actions (self);
  if (plan == NULL || catalog == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  hp_date_set_today (&today);
  exam = _hp_exam_view_get_exam (self);
  credential = exam ? hp_catalog_find_credential (catalog, exam->credential) : NULL;
  if (exam != NULL && credential != NULL)
    {
      self->readiness = hp_readiness_new (exam, credential, &today);
      self->eligibility = hp_eligibility_new (plan, catalog, credential, &exam->date, &today);
      build_header (self, plan, exam, credential);
      build_readiness (self, exam);
      build_log (self, exam, credential);
      build_facts (self, catalog, credential);
    }
  else
    {
      GtkWidget *section = section_new (self, _("Exam Prep"), "no-exam");
      GtkWidget *buttons = buttons_new ();
      g_autofree char *unknown = exam ? g_strdup_printf (_("The plan’s %s exam is not in this "
                                                           "catalog: remove it, or open the plan "
                                                           "with the catalog that has it."),
                                                         exam->credential) : NULL;

      gtk_box_append (GTK_BOX (section),
                      text_new (unknown ? unknown
                                        : _("No exam target yet. Add one to see whether and when "
                                            "you may sit it, a countdown, and, as you log "
                                            "practice tests, your readiness in each domain."),
                                NULL));
      add_button (buttons, _("_Add Exam Target…"), "exam.add-exam-dialog", NULL);
      if (exam != NULL)
        add_button (buttons, _("_Remove This Exam"), "exam.remove",
                    g_variant_new_string (exam->credential));
      gtk_box_append (GTK_BOX (section), buttons);
    }
  self->ce = hp_ce_statuses (plan, catalog, &today);
  build_ce (self, plan, catalog);
  gtk_stack_set_visible_child_name (self->stack, "prep");
}

static gboolean
refresh_idle_cb (gpointer data)
{
  HpExamView *self = data;

  self->refresh_source = 0;
  hp_exam_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Rebuilds the view once the main loop is idle: after every edit, and when
 * a widget of the view itself asks (it must not be destroyed under it). */
void
_hp_exam_view_queue_refresh (HpExamView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
document_changed_cb (HpExamView *self)
{
  _hp_exam_view_queue_refresh (self);
}

/* A caller asks while the view was not shown since the plan changed. */
static void
ensure_fresh (HpExamView *self)
{
  if (!self->stale)
    return;
  self->forced = TRUE;
  hp_exam_view_refresh (self);
  self->forced = FALSE;
}

static void
hp_exam_view_map (GtkWidget *widget)
{
  HpExamView *self = HP_EXAM_VIEW (widget);

  GTK_WIDGET_CLASS (hp_exam_view_parent_class)->map (widget);
  if (self->stale)
    hp_exam_view_refresh (self);
}

/* For the tests and the window: what the view shows. */
HpReadiness *
hp_exam_view_get_readiness (HpExamView *self)
{
  g_return_val_if_fail (HP_IS_EXAM_VIEW (self), NULL);
  ensure_fresh (self);
  return self->readiness;
}

HpEligibility *
hp_exam_view_get_eligibility (HpExamView *self)
{
  g_return_val_if_fail (HP_IS_EXAM_VIEW (self), NULL);
  ensure_fresh (self);
  return self->eligibility;
}

GListModel *
hp_exam_view_get_ce (HpExamView *self)
{
  g_return_val_if_fail (HP_IS_EXAM_VIEW (self), NULL);
  ensure_fresh (self);
  return self->ce ? G_LIST_MODEL (self->ce) : NULL;
}

GtkWidget *
hp_exam_view_get_chart (HpExamView *self,
                        gboolean    trend)
{
  g_return_val_if_fail (HP_IS_EXAM_VIEW (self), NULL);
  ensure_fresh (self);
  return trend ? self->trend : self->bars;
}

/* Object -------------------------------------------------------------------------------- */

static void
hp_exam_view_document_changed (HpView *view)
{
  HpExamView *self = HP_EXAM_VIEW (view);

  g_signal_group_set_target (self->document_signals, hp_view_get_document (view));
  g_clear_pointer (&self->selected, g_free);
  hp_exam_view_refresh (self);
}

static void
hp_exam_view_dispose (GObject *object)
{
  HpExamView *self = HP_EXAM_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->document_signals);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_EXAM_VIEW);
  g_clear_object (&self->readiness);
  g_clear_object (&self->eligibility);
  g_clear_object (&self->ce);
  G_OBJECT_CLASS (hp_exam_view_parent_class)->dispose (object);
}

static void
hp_exam_view_finalize (GObject *object)
{
  g_free (HP_EXAM_VIEW (object)->selected);
  G_OBJECT_CLASS (hp_exam_view_parent_class)->finalize (object);
}

static void
hp_exam_view_class_init (HpExamViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_exam_view_dispose;
  object_class->finalize = hp_exam_view_finalize;
  widget_class->map = hp_exam_view_map;
  HP_VIEW_CLASS (klass)->icon_name = "alarm-symbolic";
  HP_VIEW_CLASS (klass)->document_changed = hp_exam_view_document_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-exam-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HpExamView, stack);
  gtk_widget_class_bind_template_child (widget_class, HpExamView, scroller);
  gtk_widget_class_bind_template_child (widget_class, HpExamView, content);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "examview");
  _hp_exam_view_install_actions (widget_class);

  g_type_ensure (HP_TYPE_EMPTY_STATE);
}

static void
hp_exam_view_init (HpExamView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->document_signals = g_signal_group_new (HP_TYPE_DOCUMENT);
  /* The document's "changed" and its catalog follow the document, whichever it is. */
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::catalog",
                                  G_CALLBACK (document_changed_cb), self);
  _hp_exam_view_update_actions (self);
}
