/* hitplan-exam.c: hitplan readiness and hitplan ce, as text or as a result document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hitplan.h"

static const char *
eligible_word (HpEligibleWhen when)
{
  switch (when)
    {
    case HP_ELIGIBLE_NOW:
      return "now";
    case HP_ELIGIBLE_ON_COMPLETION:
      return "on-completion";
    case HP_ELIGIBLE_NOT_BY_PLAN:
      return "not-by-plan";
    case HP_ELIGIBLE_UNKNOWN:
    default:
      return "unknown";
    }
}

static const char *
goal_word (HpGoalSource source)
{
  switch (source)
    {
    case HP_GOAL_STUDENT:
      return "student";
    case HP_GOAL_PUBLISHED:
      return "published";
    case HP_GOAL_DEFAULT:
    default:
      return "default";
    }
}

static void
write_date (xmlTextWriter *w,
            const char    *name,
            const GDate   *date)
{
  if (g_date_valid (date))
    hp_xml_write_date (w, name, date);
}

static void
write_percent (xmlTextWriter *w,
               const char    *name,
               double         value)
{
  g_autofree char *text = g_strdup_printf ("%.1f", value);

  hp_xml_write_string (w, name, text);
}

/* The goal and where it comes from, in words. */
static char *
describe_goal (HpReadiness *r)
{
  switch (r->goal_source)
    {
    case HP_GOAL_STUDENT:
      return g_strdup_printf (_("%.0f%%, your own"), r->goal);
    case HP_GOAL_PUBLISHED:
      return g_strdup_printf (_("%.0f%%, the share %s publishes as passing"), r->goal,
                              r->credential->body ? r->credential->body : _("the body"));
    case HP_GOAL_DEFAULT:
    default:
      return g_strdup_printf (_("%.0f%%, a common study goal: %s publishes no share correct that "
                                "passes; set your own in the app or with goal= in the plan"),
                              r->goal, r->credential->body ? r->credential->body : _("the body"));
    }
}

static void
print_readiness_text (Report        *r,
                      HpExamTarget  *exam,
                      HpReadiness   *ready,
                      HpEligibility *eligibility)
{
  HpCredential *c = ready->credential;
  g_autofree char *summary = hp_readiness_summary (ready);
  g_autofree char *goal = describe_goal (ready);

  if (ready->days_left >= 0)
    {
      g_autofree char *date = hp_date_to_string (&ready->exam_date);

      g_print (g_dngettext (GETTEXT_PACKAGE, "%s exam on %s, in %d day (%s)\n",
                            "%s exam on %s, in %d days (%s)\n", ready->days_left),
               c->id, date, ready->days_left, c->name);
    }
  else if (g_date_valid (&ready->exam_date))
    {
      g_autofree char *date = hp_date_to_string (&ready->exam_date);

      g_print (_("%s exam on %s, already past (%s)\n"), c->id, date, c->name);
    }
  else
    g_print (_("%s exam, not booked yet (%s)\n"), c->id, c->name);
  hitplan_print_notice (r->catalog);
  g_print (_("Eligibility: %s\n"), eligibility->sentence);
  if (eligibility->exam_problem != NULL)
    g_print ("  %s\n", eligibility->exam_problem);
  g_print (_("Readiness: %s\n"), summary);
  g_print (_("  Goal: %s\n"), goal);
  if (ready->verdict != HP_VERDICT_NO_PRACTICE && ready->coverage < 99.95)
    g_print (_("  The projection covers the practiced domains, %.0f%% of the exam.\n"),
             ready->coverage);
  g_print (_("  Recent practice counts more: a result’s weight halves every %d days; the range "
             "narrows as you answer more questions.\n"), HP_READINESS_HALF_LIFE_DAYS);
  if (ready->hours_available > 0)
    {
      g_autofree char *hours = hp_format_number (round (ready->hours_available * 2) / 2);
      g_autofree char *week = hp_format_number (exam->hours_per_week);

      g_print (_("  Study time left: about %s hours (%s hours a week until the exam)\n"), hours,
               week);
    }
  g_print (_("Domains, the most to gain first:\n"));
  for (guint i = 0; i < ready->by_need->len; i++)
    {
      HpDomainReadiness *d = g_ptr_array_index (ready->by_need, i);
      g_autofree char *studied = hp_format_number (d->hours_studied);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s%s%s: ", d->id ? d->id : "", d->id ? " " : "", d->title);
      if (d->practiced)
        g_string_append_printf (line, _("%.0f%% ± %.0f"), 100 * d->mastery, 100 * d->band);
      else
        g_string_append (line, _("no practice yet"));
      g_string_append_printf (line, d->weight_published ? _(" (weight %.1f%%)")
                                                        : _(" (weight %.1f%%, not published: a share "
                                                            "of what the others leave)"),
                              d->weight);
      g_string_append_printf (line, _("; studied %s h"), studied);
      if (ready->hours_available > 0)
        {
          g_autofree char *suggested = hp_format_number (d->hours_suggested);

          g_string_append_printf (line, _("; suggested %s h"), suggested);
        }
      g_print ("%s\n", line->str);
    }
}

static void
write_readiness (Report        *r,
                 HpReadiness   *ready,
                 HpEligibility *eligibility)
{
  xmlBuffer *buffer;
  xmlTextWriter *w = hitplan_start_result (r, "readiness", &buffer);
  g_autoptr(GBytes) bytes = NULL;
  GListModel *domains = G_LIST_MODEL (ready->domains);

  hp_xml_write_string (w, "credential", ready->credential->id);
  write_date (w, "exam-date", &ready->exam_date);
  if (ready->days_left >= 0)
    hp_xml_write_number (w, "days-left", ready->days_left);
  hp_xml_write_number (w, "goal", ready->goal);
  hp_xml_write_string (w, "goal-source", goal_word (ready->goal_source));
  hp_xml_write_string (w, "verdict", hp_verdict_to_string (ready->verdict));
  if (ready->verdict != HP_VERDICT_NO_PRACTICE)
    {
      write_percent (w, "projected", ready->projected);
      write_percent (w, "band", ready->band);
      write_percent (w, "coverage", ready->coverage);
    }
  if (ready->hours_available > 0)
    write_percent (w, "hours-available", ready->hours_available);

  hp_xml_start (w, "eligibility");
  hp_xml_write_string (w, "when", eligible_word (eligibility->when));
  if (eligibility->program != NULL)
    hp_xml_write_string (w, "program", eligibility->program->id);
  if (eligibility->term != 0)
    {
      g_autofree char *term = hp_term_key_to_id (eligibility->term);
      hp_xml_write_string (w, "term", term);
    }
  write_date (w, "from", &eligibility->from);
  write_date (w, "early-from", &eligibility->early_from);
  hp_xml_write_string (w, "exam-too-early", eligibility->exam_too_early ? "yes" : "no");
  hp_xml_write_text (w, eligibility->sentence);
  hp_xml_end (w);
  if (eligibility->exam_problem != NULL)
    hp_xml_write_element (w, "exam-problem", eligibility->exam_problem);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);
      guint rank = 0;

      g_ptr_array_find (ready->by_need, d, &rank);
      hp_xml_start (w, "domain");
      hp_xml_write_string (w, "id", d->id);
      write_percent (w, "weight", d->weight);
      hp_xml_write_string (w, "weight-published", d->weight_published ? "yes" : "no");
      hp_xml_write_string (w, "practiced", d->practiced ? "yes" : "no");
      write_percent (w, "mastery", 100 * d->mastery);
      write_percent (w, "band", 100 * d->band);
      hp_xml_write_number (w, "questions", d->questions);
      hp_xml_write_number (w, "hours-studied", d->hours_studied);
      if (ready->hours_available > 0)
        hp_xml_write_number (w, "hours-suggested", d->hours_suggested);
      hp_xml_write_number (w, "rank", rank + 1);
      hp_xml_write_text (w, d->title);
      hp_xml_end (w);
    }
  hp_xml_end (w);
  bytes = hp_xml_writer_finish (w, buffer);
  hitplan_print_bytes (bytes);
}

int
hitplan_readiness (int    argc,
                   char **argv)
{
  g_auto(Report) r = { 0 };
  g_autofree char *exam_id = NULL;
  GOptionEntry entries[] = {
    { "exam", 'e', 0, G_OPTION_ARG_STRING, &exam_id,
      N_("The credential whose exam to report on (default: the plan's first exam)"), N_("ID") },
    CATALOG_OPTION (r),
    TODAY_OPTION (r),
    XML_OPTION (r),
    { NULL }
  };
  g_autoptr(HpExamTarget) exam = NULL;
  g_autoptr(HpReadiness) ready = NULL;
  g_autoptr(HpEligibility) eligibility = NULL;
  GListModel *exams;
  HpCredential *credential;
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("readiness", _("PLAN"),
                              _("How ready the plan's student is for a credential exam: each "
                                "domain's estimated share correct from the practice tests, with "
                                "recent ones counting more; the projected score against the goal; "
                                "the study hours each domain could use before the exam; and "
                                "whether and from when the student may sit it. Exit status 1 when "
                                "the projection falls short of the goal or the booked exam is "
                                "before the student is eligible."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return hitplan_usage_error (_("readiness needs one plan file"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK)
    return status;

  exams = G_LIST_MODEL (r.plan->exams);
  for (guint i = 0; exam == NULL && i < g_list_model_get_n_items (exams); i++)
    {
      g_autoptr(HpExamTarget) e = g_list_model_get_item (exams, i);

      if (exam_id == NULL || g_strcmp0 (e->credential, exam_id) == 0)
        exam = g_steal_pointer (&e);
    }
  if (exam == NULL)
    {
      if (exam_id != NULL)
        g_printerr (_("hitplan: the plan has no %s exam\n"), exam_id);
      else
        g_printerr (_("hitplan: the plan has no exam target; add one in the app's Exam Prep "
                      "view\n"));
      return HITPLAN_EXIT_PROBLEMS;
    }
  if ((credential = hp_catalog_find_credential (r.catalog, exam->credential)) == NULL)
    {
      g_printerr (_("hitplan: the catalog has no credential “%s”; “hitplan catalog list” shows "
                    "them\n"), exam->credential);
      return HITPLAN_EXIT_PROBLEMS;
    }

  ready = hp_readiness_new (exam, credential, &r.today);
  eligibility = hp_eligibility_new (r.plan, r.catalog, credential, &exam->date, &r.today);
  if (r.xml)
    write_readiness (&r, ready, eligibility);
  else
    print_readiness_text (&r, exam, ready, eligibility);
  return ready->verdict == HP_VERDICT_NOT_YET || eligibility->exam_too_early
         ? HITPLAN_EXIT_PROBLEMS : HITPLAN_EXIT_OK;
}

/* ce ---------------------------------------------------------------------------- */

static void
print_ce_text (Report     *r,
               GListModel *statuses)
{
  g_autofree char *today = hp_date_to_string (&r->today);

  g_print (_("Continuing education as of %s\n"), today);
  hitplan_print_notice (r->catalog);
  if (g_list_model_get_n_items (statuses) == 0)
    g_print (_("No credential the catalog knows is recorded as held.\n"));
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(HpCeStatus) s = g_list_model_get_item (statuses, i);
      g_autofree char *ids = g_strjoinv (", ", (char **) s->credentials->pdata);
      g_autofree char *start = hp_date_to_string (&s->start);
      g_autofree char *end = hp_date_to_string (&s->end);
      g_autofree char *done = hp_format_number (s->done);
      g_autofree char *required = hp_format_number (s->required);
      g_autofree char *expected = hp_ce_status_format_expected (s);

      g_print ("\n%s: %s\n", s->body ? s->body : "?", ids);
      g_print (g_dngettext (GETTEXT_PACKAGE, "  Cycle %s to %s (%d day left)\n",
                            "  Cycle %s to %s (%d days left)\n", s->days_left),
               start, end, s->days_left);
      g_print (_("  Hours: %s of %s logged; a steady pace would have %s by now\n"), done,
               required, expected);
      if (s->share > 0)
        {
          g_autofree char *share_done = hp_format_number (s->share_done);
          g_autofree char *share_needed = hp_format_number (s->required * s->share / 100);

          g_print (_("  At least %g%% in %s: %s so far, %s needed by the end\n"), s->share,
                   s->share_category, share_done, share_needed);
        }
      for (guint j = 0; j < s->entries->len; j++)
        {
          HpCeEntry *e = g_ptr_array_index (s->entries, j);
          g_autofree char *date = hp_date_to_string (&e->date);
          g_autofree char *hours = hp_format_number (e->hours);

          g_print ("    %s  %s h  %s", date, hours, e->title ? e->title : "");
          if (e->provider != NULL)
            g_print (" (%s)", e->provider);
          if (e->category != NULL)
            g_print (" [%s]", e->category);
          g_print ("\n");
        }
      for (guint j = 0; j < s->notes->len; j++)
        g_print (_("  Note: %s\n"), (char *) g_ptr_array_index (s->notes, j));
      if (s->warning != NULL)
        g_print (_("  Warning: %s\n"), s->warning);
    }
}

static void
write_ce (Report     *r,
          GListModel *statuses)
{
  xmlBuffer *buffer;
  xmlTextWriter *w = hitplan_start_result (r, "continuing-education", &buffer);
  g_autoptr(GBytes) bytes = NULL;

  hp_xml_write_date (w, "today", &r->today);
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(HpCeStatus) s = g_list_model_get_item (statuses, i);

      hp_xml_start (w, "cycle");
      hp_xml_write_string (w, "body", s->body);
      hp_xml_write_date (w, "start", &s->start);
      hp_xml_write_date (w, "end", &s->end);
      hp_xml_write_number (w, "days-left", s->days_left);
      hp_xml_write_number (w, "required", s->required);
      hp_xml_write_number (w, "done", s->done);
      write_percent (w, "expected", s->expected);
      if (s->share > 0)
        {
          hp_xml_write_number (w, "share", s->share);
          hp_xml_write_string (w, "share-category", s->share_category);
          hp_xml_write_number (w, "share-done", s->share_done);
        }
      hp_xml_write_string (w, "behind", s->behind ? "yes" : "no");
      hp_xml_write_string (w, "due-soon", s->due_soon ? "yes" : "no");
      for (guint j = 0; j < s->credentials->len; j++)
        {
          hp_xml_start (w, "credential");
          hp_xml_write_string (w, "id", g_ptr_array_index (s->credentials, j));
          hp_xml_end (w);
        }
      for (guint j = 0; j < s->entries->len; j++)
        {
          HpCeEntry *e = g_ptr_array_index (s->entries, j);

          hp_xml_start (w, "entry");
          hp_xml_write_string (w, "credential", e->credential);
          hp_xml_write_date (w, "date", &e->date);
          hp_xml_write_number (w, "hours", e->hours);
          hp_xml_write_string (w, "category", e->category);
          hp_xml_write_string (w, "provider", e->provider);
          hp_xml_write_text (w, e->title);
          hp_xml_end (w);
        }
      for (guint j = 0; j < s->notes->len; j++)
        hp_xml_write_element (w, "note", g_ptr_array_index (s->notes, j));
      if (s->warning != NULL)
        hp_xml_write_element (w, "warning", s->warning);
      hp_xml_end (w);
    }
  hp_xml_end (w);
  bytes = hp_xml_writer_finish (w, buffer);
  hitplan_print_bytes (bytes);
}

int
hitplan_ce (int    argc,
            char **argv)
{
  g_auto(Report) r = { 0 };
  GOptionEntry entries[] = {
    CATALOG_OPTION (r),
    TODAY_OPTION (r),
    XML_OPTION (r),
    { NULL }
  };
  g_autoptr(GListStore) statuses = NULL;
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("ce", _("PLAN"),
                              _("The continuing-education cycle each credential held is in: its "
                                "days, the hours it asks and those logged, the share that must be "
                                "in one category, and a warning when behind a steady pace or near "
                                "the end with hours missing. Exit status 1 when there is a "
                                "warning."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return hitplan_usage_error (_("ce needs one plan file"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK)
    return status;

  statuses = hp_ce_statuses (r.plan, r.catalog, &r.today);
  if (r.xml)
    write_ce (&r, G_LIST_MODEL (statuses));
  else
    print_ce_text (&r, G_LIST_MODEL (statuses));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (statuses)); i++)
    {
      g_autoptr(HpCeStatus) s = g_list_model_get_item (G_LIST_MODEL (statuses), i);

      if (s->warning != NULL)
        return HITPLAN_EXIT_PROBLEMS;
    }
  return HITPLAN_EXIT_OK;
}
