/* hitplan-report.c: hitplan audit, compare, autoplan and gpa, as text or as a result document
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hitplan.h"

void
report_clear (Report *r)
{
  g_free (r->catalog_path);
  g_free (r->program_id);
  g_free (r->today_text);
  g_clear_object (&r->document);
  g_clear_object (&r->problems);
}

/* Loads the plan, its catalog and its problems, and reads --today; returns
 * an exit status. */
int
hitplan_report_load (Report     *r,
                     const char *path)
{
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_today (r->today_text, &r->today, &status))
    return status;
  if ((r->document = hitplan_load_document (path, r->catalog_path)) == NULL)
    return HITPLAN_EXIT_BAD_FILE;
  r->plan = hp_document_get_plan (r->document);
  r->catalog = hp_document_get_catalog (r->document);
  r->problems = hp_plan_check (r->plan, r->catalog);
  return HITPLAN_EXIT_OK;
}

static char *
money (Report *r,
       double  amount)
{
  return hp_format_money (amount, r->plan->currency);
}

/* Text ------------------------------------------------------------------ */

/* What is left, term by term, as the automatic plan places it. */
static void
print_autoplan (Report     *r,
                HpAutoplan *plan)
{
  HpTermKey shown = 0;

  for (guint i = 0; i < plan->placements->len; i++)
    {
      HpPlacement *p = g_ptr_array_index (plan->placements, i);

      if (p->term != shown)
        {
          g_autofree char *when = hp_term_key_format (p->term);
          double credits = 0;
          g_autofree char *total = NULL;

          for (guint j = i; j < plan->placements->len; j++)
            {
              HpPlacement *q = g_ptr_array_index (plan->placements, j);
              if (q->term == p->term)
                credits += q->credits;
            }
          total = hp_format_number (credits);
          /* TRANSLATORS: a term of the automatic plan and the credits it adds */
          g_print (g_dngettext (GETTEXT_PACKAGE, "  %s (+%s credit)\n", "  %s (+%s credits)\n",
                                hp_plural_count (credits)), when, total);
          shown = p->term;
        }
      g_print ("    %-9s %s\n", p->course, p->reason);
    }
  for (guint i = 0; i < plan->unplaced->len; i++)
    {
      HpUnplaced *u = g_ptr_array_index (plan->unplaced, i);
      g_print (_("  Cannot be placed: %s\n"), u->reason);
    }
}

/* The projected completion, the terms left, and the plan of what is left
 * that they come from. */
static void
print_projection (Report  *r,
                  HpAudit *audit)
{
  HpAutoplan *plan = audit->autoplan;
  g_autofree char *from = hp_term_key_format (plan->first);
  g_autofree char *load = hp_format_number (plan->load);

  if (audit->projected != 0)
    {
      g_autofree char *when = hp_term_key_format (audit->projected);

      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "Projected completion: %s, %u term after the one in progress\n",
                            "Projected completion: %s, %u terms after the one in progress\n",
                            audit->terms_left),
               when, audit->terms_left);
    }
  else if (plan->unplaced->len > 0)
    g_print (_("Projected completion: unknown, since part of what is left cannot be placed\n"));
  if (plan->placements->len > 0 || plan->unplaced->len > 0)
    {
      g_print (plan->summer
               ? _("What is left, placed from %s at up to %s credits a term, summers included:\n")
               : _("What is left, placed from %s at up to %s credits a term, no summer terms:\n"),
               from, load);
      print_autoplan (r, plan);
    }
}

static const char *
status_label (HpGroupStatus status)
{
  switch (status)
    {
    case HP_GROUP_COMPLETE: return C_("requirement", "complete");
    case HP_GROUP_PLANNED:  return C_("requirement", "planned");
    case HP_GROUP_PARTIAL:  return C_("requirement", "partial");
    case HP_GROUP_MISSING:
    default:                return C_("requirement", "missing");
    }
}

static char *
describe_applied (HpGroupResult *g)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g->applied->len; i++)
    {
      HpApplied *a = g_ptr_array_index (g->applied, i);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, a->label);
      if (a->standing == HP_STANDING_IN_PROGRESS)
        g_string_append (out, _(" (in progress)"));
      else if (a->standing == HP_STANDING_PLANNED)
        g_string_append (out, _(" (planned)"));
      if (a->substituted)
        g_string_append (out, _(" (substitution)"));
    }
  return g_string_free (out, FALSE);
}

static void
print_problems (Report *r)
{
  GListModel *problems = G_LIST_MODEL (r->problems);
  guint n = g_list_model_get_n_items (problems);
  guint open = hp_problems_count_open (problems);

  if (n == 0)
    {
      g_print (_("Plan problems: none\n"));
      return;
    }
  g_print (_("Plan problems: %u open, %u resolved by an exception\n"), open, n - open);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (problems, i);
      g_autofree char *when = hp_problem_dup_when (p);

      g_print ("  %-12s %s\n", when, p->message);
      if (p->resolved_by != NULL)
        {
          g_autofree char *how = hp_exception_describe (p->resolved_by, r->catalog);

          g_print (_("  %-12s Resolved: %s\n"), "", how);
          if (p->resolved_by->note != NULL)
            g_print (_("  %-12s Note: %s\n"), "", p->resolved_by->note);
        }
    }
}

static void
print_audit_text (Report  *r,
                  HpAudit *audit)
{
  GListModel *groups = G_LIST_MODEL (audit->groups);
  g_autofree char *required = hp_format_number (audit->credits_required);
  g_autofree char *completed = hp_format_number (audit->credits_completed);
  g_autofree char *in_progress = hp_format_number (audit->credits_in_progress);
  g_autofree char *planned = hp_format_number (audit->credits_planned);
  g_autofree char *remaining = hp_format_number (audit->credits_remaining);
  double graded = 0, gpa = hp_plan_gpa (r->plan, r->catalog, &graded);

  g_print (_("Audit: %s (%s)\n"), audit->program->name, audit->program->id);
  if (r->plan->student != NULL)
    g_print (_("Student: %s\n"), r->plan->student);
  hitplan_print_notice (r->catalog);
  g_print (_("\nRequirements:\n"));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (groups, i);
      g_autofree char *need = hp_format_number (g->need);
      g_autofree char *done = hp_format_number (g->done);
      g_autofree char *plan = hp_format_number (g->planned);
      g_autofree char *applied = describe_applied (g);
      const char *unit = g->group->rule == HP_GROUP_CREDITS
                         ? g_dngettext (GETTEXT_PACKAGE, "credit", "credits", (gulong) g->need)
                         : g_dngettext (GETTEXT_PACKAGE, "course", "courses", (gulong) g->need);

      g_print ("  %-9s %s: ", status_label (g->status), g->group->title);
      if (g->planned > 0)
        g_print (_("%s of %s %s done, %s more in progress or planned\n"), done, need, unit, plan);
      else
        g_print (_("%s of %s %s done\n"), done, need, unit);
      if (*applied != '\0')
        g_print ("  %-9s %s\n", "", applied);
      if (g->missing != NULL)
        g_print ("  %-9s %s\n", "", g->missing);
    }

  g_print (_("\nCredits: %s required; %s completed, %s in progress, %s planned, %s still to place\n"),
           required, completed, in_progress, planned, remaining);
  if (gpa >= 0)
    {
      g_autofree char *credits = hp_format_number (graded);
      g_print (_("GPA: %.2f over %s graded credits (the latest attempt of each course counts; "
                 "P and transfer grades do not)\n"), gpa, credits);
    }
  else
    g_print (_("GPA: no graded courses yet\n"));
  print_projection (r, audit);
  if (audit->unapplied->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) audit->unapplied->pdata);
      g_print (_("Not counted toward this program: %s\n"), list);
    }
  g_print ("\n");
  print_problems (r);
}

/* Result documents ------------------------------------------------------- */

static void
w_term (xmlTextWriter *w,
        const char    *attribute,
        HpTermKey      key)
{
  g_autofree char *id = key ? hp_term_key_to_id (key) : NULL;

  hp_xml_write_string (w, attribute, id);
}

static void
write_problems (xmlTextWriter *w,
                Report        *r)
{
  GListModel *problems = G_LIST_MODEL (r->problems);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (problems, i);

      hp_xml_start (w, "problem");
      hp_xml_write_string (w, "kind", hp_problem_kind_to_string (p->kind));
      w_term (w, "term", p->term);
      hp_xml_write_string (w, "course", p->course);
      if (p->resolved_by != NULL)
        hp_xml_write_string (w, "resolved-by", hp_exception_kind_to_string (p->resolved_by->kind));
      hp_xml_write_text (w, p->message);
      hp_xml_end (w);
    }
}

static void
write_audit_attributes (xmlTextWriter *w,
                        HpAudit       *audit)
{
  hp_xml_write_string (w, "program", audit->program->id);
  hp_xml_write_string (w, "on-track", audit->on_track ? "yes" : "no");
  w_term (w, "projected", audit->projected);
  hp_xml_write_number (w, "terms-left", audit->terms_left);
}

static void
write_autoplan (xmlTextWriter *w,
                HpAutoplan    *plan)
{
  hp_xml_start (w, "autoplan");
  w_term (w, "current", plan->current);
  w_term (w, "first", plan->first);
  hp_xml_write_number (w, "credits-per-term", plan->load);
  hp_xml_write_string (w, "summer", plan->summer ? "yes" : "no");
  for (guint i = 0; i < plan->placements->len; i++)
    {
      HpPlacement *p = g_ptr_array_index (plan->placements, i);

      hp_xml_start (w, "place");
      hp_xml_write_string (w, "course", p->course);
      w_term (w, "term", p->term);
      hp_xml_write_number (w, "credits", p->credits);
      hp_xml_write_text (w, p->reason);
      hp_xml_end (w);
    }
  for (guint i = 0; i < plan->unplaced->len; i++)
    {
      HpUnplaced *u = g_ptr_array_index (plan->unplaced, i);

      hp_xml_start (w, "unplaced");
      hp_xml_write_string (w, "course", u->course);
      hp_xml_write_text (w, u->reason);
      hp_xml_end (w);
    }
  hp_xml_end (w);
}

static void
write_audit (xmlTextWriter *w,
             Report        *r,
             HpAudit       *audit)
{
  GListModel *groups = G_LIST_MODEL (audit->groups);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (groups, i);

      hp_xml_start (w, "group");
      hp_xml_write_string (w, "id", g->group->id);
      hp_xml_write_string (w, "status", hp_group_status_to_string (g->status));
      hp_xml_write_number (w, "need", g->need);
      hp_xml_write_number (w, "done", g->done);
      hp_xml_write_number (w, "planned", g->planned);
      for (guint j = 0; j < g->applied->len; j++)
        {
          HpApplied *a = g_ptr_array_index (g->applied, j);

          hp_xml_start (w, "applied");
          hp_xml_write_string (w, "course", a->code);
          hp_xml_write_number (w, "credits", a->credits);
          hp_xml_write_string (w, "standing", hp_standing_to_string (a->standing));
          w_term (w, "term", a->term);
          if (a->substituted)
            hp_xml_write_string (w, "substitution", "yes");
          hp_xml_write_text (w, a->label);
          hp_xml_end (w);
        }
      hp_xml_write_element (w, "missing", g->missing);
      hp_xml_end (w);
    }
  hp_xml_start (w, "credits");
  hp_xml_write_number (w, "required", audit->credits_required);
  hp_xml_write_number (w, "completed", audit->credits_completed);
  hp_xml_write_number (w, "in-progress", audit->credits_in_progress);
  hp_xml_write_number (w, "planned", audit->credits_planned);
  hp_xml_write_number (w, "remaining", audit->credits_remaining);
  hp_xml_write_number (w, "transferable", audit->transferable_credits);
  hp_xml_end (w);
  for (guint i = 0; i < audit->unapplied->len; i++)
    hp_xml_write_element (w, "unapplied", g_ptr_array_index (audit->unapplied, i));
  write_autoplan (w, audit->autoplan);
}

/* A result document's root, with what every result says. */
xmlTextWriter *
hitplan_start_result (Report     *r,
                      const char *root,
                      xmlBuffer **buffer)
{
  xmlTextWriter *w = hp_xml_writer_new (buffer);

  hp_xml_start (w, root);
  hp_xml_write_string (w, "xmlns", HP_RESULT_NAMESPACE);
  hp_xml_write_number (w, "format", HITPLAN_RESULT_FORMAT);
  hp_xml_write_string (w, "catalog", r->catalog->id);
  hp_xml_write_string (w, "example-catalog", r->catalog->example ? "yes" : "no");
  return w;
}

/* Attributes first: a writer cannot add them after a child element. */
static void
write_gpa (xmlTextWriter *w,
           Report        *r)
{
  double graded = 0, gpa = hp_plan_gpa (r->plan, r->catalog, &graded);

  if (gpa >= 0)
    {
      g_autofree char *value = g_strdup_printf ("%.2f", gpa);
      hp_xml_start (w, "gpa");
      hp_xml_write_string (w, "value", value);
      hp_xml_write_number (w, "credits", graded);
      hp_xml_end (w);
    }
}

/* Commands ---------------------------------------------------------------- */

static HpProgram *
find_program (Report     *r,
              const char *id)
{
  HpProgram *program = hp_catalog_find_program (r->catalog, id);

  if (program == NULL)
    g_printerr (_("hitplan: the catalog has no program “%s”; “hitplan catalog list” shows them\n"),
                id);
  return program;
}

int
hitplan_audit (int    argc,
               char **argv)
{
  g_auto(Report) r = { 0 };
  g_autoptr(HpAudit) audit = NULL;
  GOptionEntry entries[] = {
    { "program", 'p', 0, G_OPTION_ARG_STRING, &r.program_id,
      N_("Audit against this program instead of the plan’s target"), N_("ID") },
    CATALOG_OPTION (r),
    TODAY_OPTION (r),
    XML_OPTION (r),
    { NULL }
  };
  const char *program_id;
  HpProgram *program;
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("audit", _("PLAN"),
                              _("Audit a plan against a program: each requirement group, the "
                                "credits that count and remain, the GPA, the projected completion "
                                "term and the plan's problems. Exit status 1 when the plan has "
                                "open problems or a requirement is neither completed nor planned."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return hitplan_usage_error (_("audit needs one plan file"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK)
    return status;

  program_id = r.program_id ? r.program_id : r.plan->target_program;
  if (program_id == NULL)
    return hitplan_usage_error (_("the plan names no target program; give one with --program"));
  if ((program = find_program (&r, program_id)) == NULL)
    return HITPLAN_EXIT_PROBLEMS;

  audit = hp_audit_new (r.plan, r.catalog, program, &r.today);
  if (r.xml)
    {
      xmlBuffer *buffer;
      xmlTextWriter *w = hitplan_start_result (&r, "audit", &buffer);
      g_autoptr(GBytes) bytes = NULL;

      write_audit_attributes (w, audit);
      write_gpa (w, &r);
      write_audit (w, &r, audit);
      write_problems (w, &r);
      hp_xml_end (w);
      bytes = hp_xml_writer_finish (w, buffer);
      hitplan_print_bytes (bytes);
    }
  else
    print_audit_text (&r, audit);

  if (hp_problems_count_open (G_LIST_MODEL (r.problems)) > 0 || !audit->on_track)
    return HITPLAN_EXIT_PROBLEMS;
  return HITPLAN_EXIT_OK;
}

static void
print_path_text (Report *r,
                 HpPath *path)
{
  HpAudit *a = path->audit;
  g_autofree char *required = hp_format_number (a->credits_required);
  g_autofree char *completed = hp_format_number (a->credits_completed);
  g_autofree char *in_progress = hp_format_number (a->credits_in_progress);
  g_autofree char *planned = hp_format_number (a->credits_planned);
  g_autofree char *remaining = hp_format_number (a->credits_remaining);
  g_autofree char *transferable = hp_format_number (path->transfer_credits);
  g_autofree char *applied = hp_format_number (path->credits_applied);
  g_autofree char *tuition = money (r, path->remaining_tuition);
  g_autofree char *rate = money (r, path->tuition_per_credit);
  g_autofree char *when = a->projected ? hp_term_key_format (a->projected)
                                       : g_strdup (_("unknown: part of what is left cannot be placed"));
  guint met = 0, n = g_list_model_get_n_items (G_LIST_MODEL (a->groups));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (G_LIST_MODEL (a->groups), i);
      met += g->status == HP_GROUP_COMPLETE || g->status == HP_GROUP_PLANNED;
    }

  g_print ("\n%s — %s\n", a->program->id, a->program->name);
  g_print (_("  Credits: %s required; %s of yours apply (%s completed, %s in progress, %s planned); "
             "%s still to place\n"),
           required, applied, completed, in_progress, planned, remaining);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "  Requirement groups met or planned: %u of %u; about %u course still to place\n",
                        "  Requirement groups met or planned: %u of %u; about %u courses still to place\n",
                        a->courses_remaining),
           met, n, a->courses_remaining);
  g_print (_("  Terms left after the one in progress: %u (projected completion: %s)\n"),
           path->terms_left, when);
  g_print (_("  Remaining tuition: %s at %s per credit\n"), tuition, rate);
  if (hp_catalog_has_bachelor (r->catalog) && !hp_program_is_bachelor (a->program))
    g_print (_("  Credits that would transfer to a bachelor’s, taken and still to take: %s\n"),
             transferable);
  if (path->shared->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) path->shared->pdata);
      g_print (_("  Courses every path compared has: %s\n"), list);
    }
  if (path->unique->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) path->unique->pdata);
      g_print (_("  Courses only this path has: %s\n"), list);
    }
  if (path->eligible->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) path->eligible->pdata);
      g_print (_("  Eligible on completion for: %s\n"), list);
    }
  if (path->prepares->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) path->prepares->pdata);
      g_print (_("  Prepares for (the credential’s body sets further rules): %s\n"), list);
    }
}

int
hitplan_compare (int    argc,
                 char **argv)
{
  g_auto(Report) r = { 0 };
  g_autoptr(GPtrArray) programs = g_ptr_array_new ();
  g_autoptr(GListStore) paths = NULL;
  GOptionEntry entries[] = {
    CATALOG_OPTION (r),
    TODAY_OPTION (r),
    XML_OPTION (r),
    { NULL }
  };
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("compare", _("PLAN [PROGRAM…]"),
                              _("Compare a plan against programs: credits that count and remain, "
                                "terms left at the student's load, remaining tuition, the "
                                "credentials each path leads to and the credits that transfer. "
                                "Without programs: the plan's target and the programs it "
                                "compares, or else every program of the catalog."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return hitplan_usage_error (_("compare needs a plan file"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK)
    return status;

  if (argc > 2)
    for (int i = 2; i < argc; i++)
      {
        HpProgram *p = find_program (&r, argv[i]);
        if (p == NULL)
          return HITPLAN_EXIT_PROBLEMS;
        g_ptr_array_add (programs, p);
      }
  else
    {
      g_ptr_array_unref (programs);
      programs = hp_compare_default_programs (r.plan, r.catalog);
    }

  paths = hp_compare (r.plan, r.catalog, programs, &r.today);
  if (r.xml)
    {
      xmlBuffer *buffer;
      xmlTextWriter *w = hitplan_start_result (&r, "comparison", &buffer);
      g_autoptr(GBytes) bytes = NULL;

      hp_xml_write_number (w, "credits-per-term", hp_plan_load_limit (r.plan));
      write_gpa (w, &r);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (paths)); i++)
        {
          g_autoptr(HpPath) path = g_list_model_get_item (G_LIST_MODEL (paths), i);

          hp_xml_start (w, "path");
          hp_xml_write_number (w, "credits-to-take", path->credits_to_take);
          hp_xml_write_number (w, "tuition-per-credit", path->tuition_per_credit);
          hp_xml_write_number (w, "remaining-tuition", path->remaining_tuition);
          hp_xml_write_number (w, "credits-applied", path->credits_applied);
          if (hp_catalog_has_bachelor (r.catalog) && !hp_program_is_bachelor (path->audit->program))
            hp_xml_write_number (w, "transfer-credits", path->transfer_credits);
          write_audit_attributes (w, path->audit);
          write_audit (w, &r, path->audit);
          for (guint j = 0; j < path->eligible->len; j++)
            {
              hp_xml_start (w, "eligible");
              hp_xml_write_string (w, "credential", g_ptr_array_index (path->eligible, j));
              hp_xml_end (w);
            }
          for (guint j = 0; j < path->prepares->len; j++)
            {
              hp_xml_start (w, "prepares");
              hp_xml_write_string (w, "credential", g_ptr_array_index (path->prepares, j));
              hp_xml_end (w);
            }
          for (guint j = 0; j < path->shared->len; j++)
            {
              hp_xml_start (w, "shared");
              hp_xml_write_string (w, "course", g_ptr_array_index (path->shared, j));
              hp_xml_end (w);
            }
          for (guint j = 0; j < path->unique->len; j++)
            {
              hp_xml_start (w, "unique");
              hp_xml_write_string (w, "course", g_ptr_array_index (path->unique, j));
              hp_xml_end (w);
            }
          hp_xml_end (w);
        }
      write_problems (w, &r);
      hp_xml_end (w);
      bytes = hp_xml_writer_finish (w, buffer);
      hitplan_print_bytes (bytes);
    }
  else
    {
      g_print (_("Comparison of %u paths"), g_list_model_get_n_items (G_LIST_MODEL (paths)));
      if (r.plan->student != NULL)
        g_print (_(" for %s"), r.plan->student);
      g_print ("\n");
      hitplan_print_notice (r.catalog);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (paths)); i++)
        {
          g_autoptr(HpPath) path = g_list_model_get_item (G_LIST_MODEL (paths), i);
          print_path_text (&r, path);
        }
      g_print ("\n");
      print_problems (&r);
    }

  return hp_problems_count_open (G_LIST_MODEL (r.problems)) > 0 ? HITPLAN_EXIT_PROBLEMS
                                                                 : HITPLAN_EXIT_OK;
}

/* autoplan ---------------------------------------------------------------- */

int
hitplan_autoplan (int    argc,
                  char **argv)
{
  g_auto(Report) r = { 0 };
  g_autoptr(HpAudit) audit = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "program", 'p', 0, G_OPTION_ARG_STRING, &r.program_id,
      N_("Plan for this program instead of the plan’s target (and make it the target)"),
      N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan with what is left placed in it to this file"), N_("FILE") },
    TODAY_OPTION (r),
    CATALOG_OPTION (r),
    { NULL }
  };
  const char *program_id;
  HpProgram *program;
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("autoplan", _("PLAN"),
                              _("Place what a program still needs into the terms ahead, from the "
                                "one after the term in progress: prerequisites with their grades, "
                                "co-requisites, the terms each course is offered in, summer terms "
                                "if the plan takes them, and the plan's load limit, keeping what "
                                "is already planned where it is and taking as few terms as it can. "
                                "Prints the terms; with --output, writes the plan with them added. "
                                "Exit status 1 when something cannot be placed."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return hitplan_usage_error (_("autoplan needs one plan file"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK)
    return status;

  program_id = r.program_id ? r.program_id : r.plan->target_program;
  if (program_id == NULL)
    return hitplan_usage_error (_("the plan names no target program; give one with --program"));
  if ((program = find_program (&r, program_id)) == NULL)
    return HITPLAN_EXIT_PROBLEMS;

  audit = hp_audit_new (r.plan, r.catalog, program, &r.today);
  g_print (_("%s — %s\n"), program->id, program->name);
  if (audit->autoplan->placements->len == 0 && audit->autoplan->unplaced->len == 0)
    g_print (_("Nothing is left to place: the plan already holds everything the program needs.\n"));
  print_projection (&r, audit);

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      g_autoptr(GError) error = NULL;

      hp_autoplan_add_to_plan (audit->autoplan, r.plan);
      if (r.program_id != NULL)
        {
          g_free (r.plan->target_program);
          r.plan->target_program = g_strdup (program->id);
        }
      if (!hp_plan_save (r.plan, file, &error))
        {
          g_printerr ("hitplan: %s\n", error->message);
          return HITPLAN_EXIT_BAD_FILE;
        }
      g_print (_("Wrote %s\n"), output);
    }
  return audit->autoplan->unplaced->len > 0 ? HITPLAN_EXIT_PROBLEMS : HITPLAN_EXIT_OK;
}

/* gpa -------------------------------------------------------------------- */

int
hitplan_gpa (int    argc,
             char **argv)
{
  g_auto(Report) r = { 0 };
  g_autofree char *target_text = NULL;
  g_autofree char *term_text = NULL;
  GOptionEntry entries[] = {
    { "target", 0, 0, G_OPTION_ARG_STRING, &target_text,
      N_("The GPA to reach, from 0 to 4"), N_("GPA") },
    { "term", 0, 0, G_OPTION_ARG_STRING, &term_text,
      N_("The term whose grades decide it (default: the term in progress, or else the next "
         "one, with courses still to grade)"),
      N_("TERM") },
    TODAY_OPTION (r),
    CATALOG_OPTION (r),
    XML_OPTION (r),
    { NULL }
  };
  int status = HITPLAN_EXIT_OK;
  g_autofree char *when = NULL;
  HpTermKey term = 0;
  HpGpaGoal goal;
  double target;
  char *end = NULL;

  if (!hitplan_parse_options ("gpa", _("PLAN --target GPA"),
                              _("The average grade a term's open courses (those without a grade "
                                "yet) need for the overall GPA to reach a goal at the end of the "
                                "term, and whether any grades can reach it. The term's graded "
                                "courses count as they are; a course retaken replaces its "
                                "earlier grade. Exit status 1 when the goal is out of reach or "
                                "the term has nothing left to decide."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return hitplan_usage_error (_("gpa needs a plan file"));
  if (target_text == NULL)
    return hitplan_usage_error (_("gpa needs --target GPA, for example --target 3.5"));
  target = g_ascii_strtod (target_text, &end);
  if (end == target_text || *end != '\0' || target < 0 || target > 4)
    return hitplan_usage_error (_("“%s” is not a GPA: --target takes a number from 0 to 4"),
                                target_text);
  if (term_text != NULL && !hp_term_key_parse (term_text, &term))
    return hitplan_usage_error (_("“%s” is not a term: --term takes a season and a year, "
                                  "for example “fall 2026”"), term_text);
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK)
    return status;

  if (term == 0)
    {
      GListModel *terms = G_LIST_MODEL (r.plan->terms);
      HpTermKey from = hp_plan_current_or_next_term (r.plan, &r.today);

      for (guint i = 0; from != 0 && term == 0 && i < g_list_model_get_n_items (terms); i++)
        {
          g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, i);
          if (t->key >= from && hp_plan_gpa_goal (r.plan, r.catalog, t->key, target, &goal))
            term = t->key;
        }
      if (term == 0)
        {
          g_printerr (_("hitplan: no term from now on has a course without a grade; name one "
                        "with --term\n"));
          return HITPLAN_EXIT_PROBLEMS;
        }
    }
  when = hp_term_key_format (term);
  if (hp_plan_find_term (r.plan, term) == NULL)
    {
      g_printerr (_("hitplan: the plan has no term %s\n"), when);
      return HITPLAN_EXIT_PROBLEMS;
    }
  if (!hp_plan_gpa_goal (r.plan, r.catalog, term, target, &goal))
    {
      if (r.xml)
        {
          xmlBuffer *buffer;
          xmlTextWriter *w = hitplan_start_result (&r, "gpa-goal", &buffer);
          g_autoptr(GBytes) bytes = NULL;

          w_term (w, "term", term);
          hp_xml_write_number (w, "target", target);
          hp_xml_write_number (w, "open-credits", 0);
          hp_xml_write_string (w, "reachable", "no");
          hp_xml_end (w);
          bytes = hp_xml_writer_finish (w, buffer);
          hitplan_print_bytes (bytes);
        }
      else
        g_print (_("%s has no course without a grade left to decide the GPA.\n"), when);
      return HITPLAN_EXIT_PROBLEMS;
    }

  if (r.xml)
    {
      xmlBuffer *buffer;
      xmlTextWriter *w = hitplan_start_result (&r, "gpa-goal", &buffer);
      g_autoptr(GBytes) bytes = NULL;
      const char *grade = hp_grade_for_points (goal.needed);
      g_autofree char *best = g_strdup_printf ("%.2f", goal.best);

      w_term (w, "term", term);
      hp_xml_write_number (w, "target", target);
      hp_xml_write_number (w, "open-credits", goal.open_credits);
      hp_xml_write_number (w, "other-credits", goal.graded_credits);
      hp_xml_write_number (w, "needed", goal.needed);
      hp_xml_write_string (w, "grade", grade);
      hp_xml_write_string (w, "best", best);
      hp_xml_write_string (w, "reachable", hp_gpa_goal_reachable (&goal) ? "yes" : "no");
      hp_xml_end (w);
      bytes = hp_xml_writer_finish (w, buffer);
      hitplan_print_bytes (bytes);
    }
  else
    {
      g_autofree char *open = hp_format_number (goal.open_credits);
      const char *grade = hp_grade_for_points (goal.needed);

      g_print (_("GPA goal %.2f by the end of %s\n"), target, when);
      hitplan_print_notice (r.catalog);
      g_print (_("  Open credits (no grade yet): %s\n"), open);
      if (goal.needed <= 0)
        g_print (_("  Needed: nothing more; any grades reach it\n"));
      else if (grade == NULL)
        g_print (_("  Needed: an average of %.2f on them, more than straight A’s\n"),
                 goal.needed);
      else
        g_print (_("  Needed: an average of %.2f on them (%s or better)\n"), goal.needed, grade);
      g_print (_("  With A’s in all of them: %.2f\n"), goal.best);
      g_print (_("  Reachable: %s\n"), hp_gpa_goal_reachable (&goal) ? _("yes") : _("no"));
    }
  return hp_gpa_goal_reachable (&goal) ? HITPLAN_EXIT_OK : HITPLAN_EXIT_PROBLEMS;
}
