/* hitplan.c: HIT Study Planner on the command line
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

#include "hp-core.h"

enum
{
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
  EXIT_BAD_FILE = 3,
};

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static int cmd_validate (int argc, char **argv);

static const Command commands[] = {
  { "validate", N_("FILE…"), N_("Check plan files and report the first problem in each"),
    cmd_validate },
};

static int
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("hitplan: %s\n", message);
  g_printerr (_("Try “hitplan --help” for more information.\n"));
  return EXIT_USAGE;
}

/* Parses a command's own options; returns FALSE (after printing) on error. */
static gboolean
parse_options (const char   *command,
               const char   *parameter,
               const char   *summary,
               GOptionEntry *entries,
               int          *argc,
               char       ***argv,
               int          *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *full = g_strdup_printf ("%s %s", command, parameter);

  context = g_option_context_new (full);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_validate (int    argc,
              char **argv)
{
  int status = EXIT_OK;

  if (!parse_options ("validate", _("FILE…"), _(commands[0].summary), NULL, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (_("validate needs at least one file"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = hp_plan_load (file, argv[i], &error);

      if (plan == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = EXIT_BAD_FILE;
        }
      else
        g_print (_("%s: valid plan\n"), argv[i]);
    }
  return status;
}

static void
print_help (void)
{
  g_print (_("Usage:\n  hitplan COMMAND [OPTION…] [ARGUMENT…]\n\n"));
  g_print (_("Plan a Health Information Technology degree from the command line.\n\n"));
  g_print (_("Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-10s %-12s %s\n", commands[i].name, _(commands[i].args), _(commands[i].summary));
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
    return usage_error (_("no command given"));

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_help ();
      return EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("hitplan %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  return usage_error (_("unknown command “%s”"), argv[1]);
}
