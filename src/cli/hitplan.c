/* hitplan.c: HIT Study Planner on the command line: dispatch, validate, catalog
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit codes: 0 all good, 1 problems found, 2 usage error, 3 a file
 * unreadable or invalid.  Errors go to stderr as FILE:LINE:COL: message.
 */
#define G_LOG_DOMAIN "hitplanner-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "hitplan.h"

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static int cmd_validate (int argc, char **argv);
static int cmd_catalog (int argc, char **argv);

static const Command commands[] = {
  { "validate", N_("FILE…"), N_("Check plan and catalog files"), cmd_validate },
  { "catalog", N_("list | show ID | install FILE"),
    N_("List, show or install a catalog"), cmd_catalog },
  { "audit", N_("PLAN"), N_("Audit a plan against its target program"), hitplan_audit },
  { "compare", N_("PLAN [PROGRAM…]"), N_("Compare a plan against several programs"),
    hitplan_compare },
  { "autoplan", N_("PLAN"), N_("Place what a program still needs into the terms ahead"),
    hitplan_autoplan },
  { "gpa", N_("PLAN --target GPA"), N_("The grades a term needs for a GPA goal"), hitplan_gpa },
  { "readiness", N_("PLAN [--exam ID]"), N_("How ready you are for a credential exam, and when you may sit it"),
    hitplan_readiness },
  { "ce", N_("PLAN"), N_("Continuing-education cycles of the credentials you hold"), hitplan_ce },
  { "schedule", N_("PLAN [-o OUT]"), N_("Make the weekly study schedule"), hitplan_schedule },
  { "export-ics", N_("PLAN -o FILE"), N_("Write the study schedule as a calendar file"),
    hitplan_export_ics },
};

int
hitplan_usage_error (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("hitplan: %s\n", message);
  g_printerr (_("Try “hitplan --help” for more information.\n"));
  return HITPLAN_EXIT_USAGE;
}

/* Parses a command's own options; returns FALSE (after printing) on error. */
gboolean
hitplan_parse_options (const char   *command,
                       const char   *parameter,
                       const char   *summary,
                       GOptionEntry *entries,
                       int          *argc,
                       char       ***argv,
                       int          *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("hitplan %s", command);

  /* "Usage: hitplan audit [OPTION…] PLAN" */
  g_set_prgname (name);
  context = g_option_context_new (parameter);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = hitplan_usage_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* What --catalog names: a catalog file, or the id of an installed or
 * bundled catalog (as a plan names one). */
static GFile *
catalog_file_for_arg (const char *arg)
{
  if (g_file_test (arg, G_FILE_TEST_EXISTS) || !hp_catalog_id_is_valid (arg))
    return g_file_new_for_commandline_arg (arg);
  return hp_catalog_locate (arg, NULL);
}

/* The plan at @path (named as typed in messages) and the catalog it names,
 * or @catalog_path instead; prints why when either cannot be read. */
HpDocument *
hitplan_load_document (const char *path,
                       const char *catalog_path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFile) catalog_file = catalog_path ? catalog_file_for_arg (catalog_path) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) document = hp_document_load (file, catalog_file, path, &error);

  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  if (hp_document_get_catalog_error (document) != NULL)
    {
      g_printerr ("%s\n", hp_document_get_catalog_error (document)->message);
      return NULL;
    }
  return g_steal_pointer (&document);
}

/* The catalog given with --catalog, else the default one. */
HpCatalog *
hitplan_load_catalog (const char *catalog_path)
{
  g_autoptr(GError) error = NULL;
  HpCatalog *catalog;

  if (catalog_path != NULL)
    {
      g_autoptr(GFile) file = catalog_file_for_arg (catalog_path);
      g_autofree char *name = g_file_test (catalog_path, G_FILE_TEST_EXISTS)
                              ? g_strdup (catalog_path) : g_file_get_path (file);

      catalog = hp_catalog_load (file, name, &error);
    }
  else
    catalog = hp_catalog_load_for_plan (NULL, NULL, NULL, 0, 0, &error);
  if (catalog == NULL)
    g_printerr ("%s\n", error->message);
  return catalog;
}

void
hitplan_print_bytes (GBytes *bytes)
{
  fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
}

void
hitplan_print_notice (HpCatalog *catalog)
{
  if (catalog->example)
    g_print (_("Note: “%s” is an example catalog; replace it with your college’s own catalog.\n"),
             catalog->title ? catalog->title : catalog->id);
}

/* The date --today gives (YYYY-MM-DD), or the clock's when it is not given.
 * Every answer that depends on the date is worked out for this one. */
gboolean
hitplan_today (const char *text,
               GDate      *today,
               int        *status)
{
  if (text == NULL)
    {
      hp_date_set_today (today);
      return TRUE;
    }
  if (hp_date_parse (text, today))
    return TRUE;
  *status = hitplan_usage_error (_("“%s” is not a date: --today takes YYYY-MM-DD"), text);
  return FALSE;
}

static gboolean
looks_like_catalog (const char *path)
{
  return g_str_has_suffix (path, ".hitcatalog");
}

/* A catalog reads, but does it add up?  Prints what does not. */
static void
print_catalog_warnings (const char *path,
                        HpCatalog  *catalog)
{
  g_autoptr(GPtrArray) warnings = hp_catalog_check_programs (catalog);

  for (guint i = 0; i < warnings->len; i++)
    g_print (_("%s: warning: %s\n"), path, (char *) g_ptr_array_index (warnings, i));
}

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autofree char *catalog_path = NULL;
  GOptionEntry entries[] = {
    { "catalog", 'c', 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Check plans against this catalog (a file or an installed catalog's id) instead of the one they name"), N_("FILE|ID") },
    { NULL }
  };
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("validate", _("FILE…"),
                              _("Check plan (.hitplan) and catalog (.hitcatalog) files. A plan is "
                                "also checked against its catalog: every course it names must be "
                                "there. A catalog's programs are also checked against their own "
                                "words, with a warning for each that does not add up: groups that "
                                "come to more or fewer credits than the program's total, required "
                                "courses whose prerequisites the program does not require, a "
                                "choice that leaves a required course without what it needs, and "
                                "a program longer than its stated terms."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return hitplan_usage_error (_("validate needs at least one file"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) error = NULL;

      if (looks_like_catalog (argv[i]))
        {
          g_autoptr(HpCatalog) catalog = hp_catalog_load (file, argv[i], &error);

          if (catalog == NULL)
            {
              g_printerr ("%s\n", error->message);
              status = MAX (status, HITPLAN_EXIT_BAD_FILE);
              continue;
            }
          g_print (_("%s: valid catalog (%u programs, %u courses, %u credentials)\n"), argv[i],
                   g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)),
                   g_list_model_get_n_items (G_LIST_MODEL (catalog->courses)),
                   g_list_model_get_n_items (G_LIST_MODEL (catalog->credentials)));
          print_catalog_warnings (argv[i], catalog);
        }
      else
        {
          g_autoptr(HpDocument) document = hitplan_load_document (argv[i], catalog_path);
          g_autoptr(GListStore) problems = NULL;
          guint unknown = 0;

          if (document == NULL)
            {
              status = MAX (status, HITPLAN_EXIT_BAD_FILE);
              continue;
            }
          problems = hp_plan_check (hp_document_get_plan (document),
                                    hp_document_get_catalog (document));
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (problems)); j++)
            {
              g_autoptr(HpProblem) p = g_list_model_get_item (G_LIST_MODEL (problems), j);
              if (p->kind == HP_PROBLEM_UNKNOWN_COURSE)
                {
                  g_printerr ("%s: %s\n", argv[i], p->message);
                  unknown++;
                }
            }
          if (unknown > 0)
            status = MAX (status, HITPLAN_EXIT_PROBLEMS);
          else
            g_print (_("%s: valid plan\n"), argv[i]);
        }
    }
  return status;
}

/* catalog ---------------------------------------------------------------- */

static void
print_course (HpCatalog *catalog,
              HpCourse  *c)
{
  g_autofree char *credits = hp_format_number (c->credits);
  g_autofree char *offered = hp_course_describe_offered (c);

  g_print ("%s — %s\n", c->code, c->title);
  if (c->credits_unknown)
    g_print (_("  Credits: unknown (the catalog does not say)\n"));
  else if (c->max_credits > c->credits)
    {
      g_autofree char *max = hp_format_number (c->max_credits);
      g_print (_("  Credits: %s to %s\n"), credits, max);
    }
  else
    g_print (_("  Credits: %s\n"), credits);
  if (c->category != NULL)
    g_print (_("  Category: %s\n"), c->category);
  g_print (_("  Offered: %s\n"), offered);
  /* Only a catalog with a bachelor's has somewhere to transfer to. */
  if (hp_catalog_has_bachelor (catalog))
    g_print (_("  Transfers to a bachelor’s: %s\n"), c->transfers ? _("yes") : _("no"));
  if (c->admission)
    g_print (_("  Only for students admitted to the program\n"));
  if (c->hours > 0)
    {
      g_autofree char *hours = hp_format_number (c->hours);
      g_print (_("  Supervised hours: %s\n"), hours);
    }
  if (c->prerequisites != NULL)
    {
      g_autofree char *pre = hp_requisite_describe (c->prerequisites);
      if (c->consent)
        g_print (_("  Prerequisites: %s, or the instructor’s consent\n"), pre);
      else
        g_print (_("  Prerequisites: %s\n"), pre);
    }
  for (guint i = 0; i < c->corequisites->len; i++)
    g_print (_("  Co-requisite, the same term or before: %s\n"),
             (char *) g_ptr_array_index (c->corequisites, i));
  for (guint i = 0; i < c->together->len; i++)
    g_print (_("  Co-requisite, taken together in the same term: %s\n"),
             (char *) g_ptr_array_index (c->together, i));
  if (c->description != NULL)
    g_print ("  %s\n", c->description);
}

static void
print_program (HpCatalog *catalog,
               HpProgram *p)
{
  GListModel *groups = G_LIST_MODEL (p->requirements);
  g_autofree char *credits = hp_format_number (p->credits);

  g_print ("%s — %s\n", p->id, p->name);
  g_print (_("  Credits: %s; typical length: %u terms\n"), credits, p->terms);
  if (p->tuition_per_credit > 0)
    {
      g_autofree char *tuition = hp_format_money (p->tuition_per_credit, "USD");
      g_print (_("  Tuition per credit: %s%s\n"), tuition,
               catalog->example ? _(" (an example figure)") : "");
    }
  if (p->description != NULL)
    g_print ("  %s\n", p->description);
  if (p->accreditation != NULL)
    g_print (_("  Accreditation: %s\n"), p->accreditation);
  if (p->admission != NULL)
    g_print (_("  Admission: %s\n"), p->admission);
  if (p->credentials->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) p->credentials->pdata);
      g_print (_("  Leads to: %s\n"), list);
    }
  for (guint i = 0; i < p->occupations->len; i++)
    {
      HpOccupation *o = g_ptr_array_index (p->occupations, i);
      HpSource *s = hp_catalog_find_source (catalog, o->source);

      g_print (_("  Occupation: %s\n"), o->title);
      if (o->median_wage > 0)
        {
          g_autofree char *wage = hp_format_money (o->median_wage, "USD");
          g_print (_("    Median annual wage: %s (%s)\n"), wage, o->wage_date ? o->wage_date : "");
        }
      if (o->growth != 0)
        g_print (_("    Projected growth: %g%% (%s)\n"), o->growth,
                 o->growth_period ? o->growth_period : "");
      if (s != NULL)
        {
          g_autofree char *read = g_date_valid (&s->read) ? hp_date_to_string (&s->read) : NULL;
          g_print (_("    Source: %s, read %s\n"), s->title, read ? read : "?");
        }
    }
  g_print (_("  Requirements:\n"));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (groups, i);
      g_autofree char *count = hp_format_number (g->count);
      g_autofree char *courses = g_strjoinv (", ", (char **) g->courses->pdata);
      switch (g->rule)
        {
        case HP_GROUP_ALL:
          g_print (_("    %s: all of %s\n"), g->title, courses);
          break;
        case HP_GROUP_COURSES:
          g_print (g_dngettext (GETTEXT_PACKAGE, "    %s: %s course from %s\n",
                                "    %s: %s courses from %s\n", (gulong) g->count),
                   g->title, count,
                   g->pool == HP_POOL_CATEGORY ? g->pool_category : courses);
          break;
        case HP_GROUP_CREDITS:
        default:
          g_print (g_dngettext (GETTEXT_PACKAGE, "    %s: %s credit from %s\n",
                                "    %s: %s credits from %s\n", hp_plural_count (g->count)),
                   g->title, count,
                   g->pool == HP_POOL_ANY ? _("any course")
                   : g->pool == HP_POOL_TRANSFERABLE ? _("transferable courses")
                   : g->pool == HP_POOL_CATEGORY ? g->pool_category : courses);
          break;
        }
    }
}

/* "  (source: …)" after a fact, when the catalog names one. */
static void
print_cited (HpCatalog  *catalog,
             const char *source)
{
  g_autofree char *cite = source ? hp_catalog_cite (catalog, source) : NULL;

  if (cite != NULL)
    g_print (_("      source: %s\n"), cite);
}

static void
print_credential (HpCatalog    *catalog,
                  HpCredential *c)
{
  g_print ("%s — %s (%s)\n", c->id, c->name, c->body ? c->body : "?");
  if (c->eligibility != NULL)
    g_print (_("  Eligibility: %s\n"), c->eligibility);
  if (c->questions > 0 || c->minutes > 0)
    {
      g_autoptr(GString) exam = g_string_new (NULL);

      if (c->questions > 0)
        g_string_append_printf (exam, _("%u questions"), c->questions);
      if (c->scored > 0)
        g_string_append_printf (exam, _(" (%u scored)"), c->scored);
      if (c->minutes > 0)
        g_string_append_printf (exam, _("%s%u minutes"), exam->len ? ", " : "", c->minutes);
      g_string_append_printf (exam, _(", passing %s"), c->passing ? c->passing : _("not published"));
      g_print (_("  Exam: %s\n"), exam->str);
      print_cited (catalog, c->exam_source);
    }
  if (c->early_testing)
    g_print (_("  Early testing: allowed near completion (see the rule)\n"));
  if (c->window_days > 0)
    g_print (_("  Testing window: %u days after approval\n"), c->window_days);
  if (c->retake_days > 0)
    g_print (_("  Retake: after %u days\n"), c->retake_days);
  for (guint i = 0; i < c->domains->len; i++)
    {
      HpExamDomain *d = g_ptr_array_index (c->domains, i);

      if (d->weight_max > 0)
        g_print (_("    %s: %s (%g–%g%%)\n"), d->id, d->title, d->weight_min, d->weight_max);
      else
        g_print (_("    %s: %s (weight not published)\n"), d->id, d->title);
      print_cited (catalog, d->source);
      for (guint j = 0; j < d->other_weights->len; j++)
        {
          HpDomainWeight *w = g_ptr_array_index (d->other_weights, j);
          g_autofree char *cite = hp_catalog_cite (catalog, w->source);

          g_print (_("      another source says %g–%g%%: %s\n"), w->weight_min, w->weight_max, cite);
        }
    }
  for (guint i = 0; i < c->fees->len; i++)
    {
      HpExamFee *fee = g_ptr_array_index (c->fees, i);
      g_autofree char *money = hp_format_money (fee->amount, fee->currency ? fee->currency : "USD");

      g_print (_("  Fee: %s for %s\n"), money, fee->who ? fee->who : _("everyone"));
      print_cited (catalog, fee->source);
    }
  if (c->ce_hours > 0)
    {
      g_autofree char *hours = hp_format_number (c->ce_hours);

      g_print (c->ce_cycle == HP_CE_CYCLE_CALENDAR
               ? _("  Continuing education: %s hours every %u years, cycles ending on 31 December\n")
               : _("  Continuing education: %s hours every %u years, from the day the exam was "
                   "passed\n"), hours, c->ce_years);
      if (c->ce_combined)
        {
          g_autofree char *added = hp_format_number (c->ce_added);
          g_autofree char *max = hp_format_number (c->ce_max);

          g_print (_("    One cycle for all %s credentials held: %s hours more for each further "
                     "one, at most %s\n"), c->body ? c->body : "", added, max);
        }
      if (c->ce_share > 0)
        g_print (_("    At least %g%% of the hours in %s\n"), c->ce_share, c->ce_share_category);
      print_cited (catalog, c->ce_source);
    }
  if (c->ce_note != NULL)
    g_print ("    %s\n", c->ce_note);
  if (c->note != NULL)
    g_print (_("  Note: %s\n"), c->note);
  for (guint i = 0; i < c->sources->len; i++)
    {
      g_autofree char *cite = hp_catalog_cite (catalog, g_ptr_array_index (c->sources, i));

      g_print (_("  Source: %s\n"), cite);
    }
}

/* hitplan catalog install FILE: checks it, then installs it for this user. */
static int
install_catalog (const char *path,
                 gboolean    replace)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = hp_catalog_install (file, path, replace, &error);
  g_autoptr(GFile) installed = NULL;
  g_autofree char *where = NULL;

  if (catalog == NULL)
    {
      g_printerr ("%s\n", error->message);
      if (g_error_matches (error, HP_FILE_ERROR, HP_FILE_ERROR_EXISTS))
        g_printerr (_("hitplan: add --replace to replace it\n"));
      return HITPLAN_EXIT_BAD_FILE;
    }
  installed = hp_catalog_installed_file (catalog->id);
  where = g_file_get_path (installed);
  g_print (_("Installed “%s” as %s\nPlans can now name it: catalog=\"%s\"\n"),
           catalog->title ? catalog->title : catalog->id, where, catalog->id);
  print_catalog_warnings (path, catalog);
  return HITPLAN_EXIT_OK;
}

static int
cmd_catalog (int    argc,
             char **argv)
{
  g_autofree char *catalog_path = NULL;
  gboolean replace = FALSE;
  GOptionEntry entries[] = {
    { "catalog", 'c', 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Use this catalog (a file or an installed catalog's id) instead of the bundled example"), N_("FILE|ID") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("With install: replace an installed catalog of the same id"), NULL },
    { NULL }
  };
  g_autoptr(HpCatalog) catalog = NULL;
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("catalog", _("list | show ID | install FILE"),
                              _("List a catalog's programs, credentials and courses, or show one "
                                "of them by its id or course code, or install a college's "
                                "catalog so that plans can name it by its id."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc == 3 && g_str_equal (argv[1], "install"))
    return install_catalog (argv[2], replace);
  /* "hitplan catalog show HIT 290": the shell split the code in two. */
  if (argc > 3 && g_str_equal (argv[1], "show"))
    {
      g_autofree char *joined = g_strjoinv (" ", argv + 2);
      return hitplan_usage_error (_("“show” takes one ID; put a course code with a space in "
                                    "quotes: hitplan catalog show \"%s\""), joined);
    }
  if (argc < 2 || (g_str_equal (argv[1], "list") && argc != 2) ||
      (g_str_equal (argv[1], "show") && argc != 3) ||
      (!g_str_equal (argv[1], "list") && !g_str_equal (argv[1], "show")))
    return hitplan_usage_error (_("catalog needs “list”, “show ID” or “install FILE”"));

  if ((catalog = hitplan_load_catalog (catalog_path)) == NULL)
    return HITPLAN_EXIT_BAD_FILE;

  if (g_str_equal (argv[1], "list"))
    {
      GListModel *programs = G_LIST_MODEL (catalog->programs);
      GListModel *creds = G_LIST_MODEL (catalog->credentials);
      GListModel *courses = G_LIST_MODEL (catalog->courses);

      g_print ("%s\n", catalog->title ? catalog->title : catalog->id);
      hitplan_print_notice (catalog);
      g_print (_("\nPrograms:\n"));
      for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
        {
          g_autoptr(HpProgram) p = g_list_model_get_item (programs, i);
          g_autofree char *credits = hp_format_number (p->credits);
          g_print (g_dngettext (GETTEXT_PACKAGE, "  %-12s %s (%s credit)\n",
                                "  %-12s %s (%s credits)\n", hp_plural_count (p->credits)),
                   p->id, p->name, credits);
        }
      g_print (_("\nCredentials:\n"));
      for (guint i = 0; i < g_list_model_get_n_items (creds); i++)
        {
          g_autoptr(HpCredential) c = g_list_model_get_item (creds, i);
          g_print ("  %-12s %s (%s)\n", c->id, c->name, c->body ? c->body : "?");
        }
      g_print (_("\nCourses:\n"));
      for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
        {
          g_autoptr(HpCourse) c = g_list_model_get_item (courses, i);
          g_autofree char *credits = hp_format_number (c->credits);
          g_print (g_dngettext (GETTEXT_PACKAGE, "  %-12s %s (%s credit)\n",
                                "  %-12s %s (%s credits)\n", hp_plural_count (c->credits)),
                   c->code, c->title, credits);
        }
      return HITPLAN_EXIT_OK;
    }

  if (hp_catalog_find_course (catalog, argv[2]) != NULL)
    print_course (catalog, hp_catalog_find_course (catalog, argv[2]));
  else if (hp_catalog_find_program (catalog, argv[2]) != NULL)
    print_program (catalog, hp_catalog_find_program (catalog, argv[2]));
  else if (hp_catalog_find_credential (catalog, argv[2]) != NULL)
    print_credential (catalog, hp_catalog_find_credential (catalog, argv[2]));
  else
    {
      g_printerr (_("hitplan: the catalog has no course, program or credential “%s”\n"), argv[2]);
      return HITPLAN_EXIT_PROBLEMS;
    }
  return HITPLAN_EXIT_OK;
}

static void
print_help (void)
{
  int width = 0;

  g_print (_("Usage:\n  hitplan COMMAND [OPTION…] [ARGUMENT…]\n\n"));
  g_print (_("Plan a Health Information Technology degree from the command line.\n\n"));
  g_print (_("Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) g_utf8_strlen (_(commands[i].args), -1));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *args = _(commands[i].args);
      /* Pad by characters, not bytes: "…" is three bytes. */
      int pad = width + 1 - (int) g_utf8_strlen (args, -1);

      g_print ("  %-10s %s%*s %s\n", commands[i].name, args, MAX (pad, 0), "",
               _(commands[i].summary));
    }
  g_print (_("\nOptions:\n"
             "  -h, --help     Show this help; “hitplan COMMAND --help” shows a command’s\n"
             "  --version      Show the version\n\n"
             "Exit status: 0 all good, 1 problems found, 2 usage error,\n"
             "3 a file could not be read or is invalid.\n"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return hitplan_usage_error (_("no command given"));

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_help ();
      return HITPLAN_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("hitplan %s\n", PACKAGE_VERSION);
      return HITPLAN_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  return hitplan_usage_error (_("unknown command “%s”"), argv[1]);
}
