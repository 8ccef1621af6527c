/* hitplan-schedule.c: hitplan schedule and hitplan export-ics
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hitplan.h"

typedef struct
{
  char      *from_text;
  char      *to_text;
  char      *zone_text;
  GDate      from;
  GDate      to;
  GTimeZone *zone;
  GDateTime *now;
} Range;

static void
range_clear (Range *range)
{
  g_free (range->from_text);
  g_free (range->to_text);
  g_free (range->zone_text);
  g_clear_pointer (&range->zone, g_time_zone_unref);
  g_clear_pointer (&range->now, g_date_time_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Range, range_clear)

#define RANGE_OPTIONS(range) \
  { "from", 0, 0, G_OPTION_ARG_STRING, &(range).from_text, \
    N_("The first day (default: the start of the term in progress, or today)"), N_("YYYY-MM-DD") }, \
  { "to", 0, 0, G_OPTION_ARG_STRING, &(range).to_text, \
    N_("The last day (default: the end of the term in progress, or 16 weeks on)"), \
    N_("YYYY-MM-DD") }, \
  { "time-zone", 0, 0, G_OPTION_ARG_STRING, &(range).zone_text, \
    N_("The time zone of the plan's times (default: this computer's)"), N_("ZONE") }

/* The days asked for, else the plan's default range; the zone; and now (the
 * start of --today's day when it is given). */
static int
range_resolve (Range  *range,
               Report *r)
{
  GDate from, to;

  if (range->zone_text != NULL)
    {
      range->zone = g_time_zone_new_identifier (range->zone_text);
      if (range->zone == NULL)
        return hitplan_usage_error (_("“%s” is not a time zone: expected a name such as "
                                      "America/Chicago, or UTC"), range->zone_text);
    }
  else
    range->zone = g_time_zone_new_local ();

  if (r->today_text != NULL)
    range->now = g_date_time_new (range->zone, g_date_get_year (&r->today),
                                  g_date_get_month (&r->today), g_date_get_day (&r->today),
                                  0, 0, 0);
  else
    range->now = hp_date_time_now (range->zone);

  hp_schedule_default_range (r->plan, &r->today, &from, &to);
  g_date_clear (&range->from, 1);
  g_date_clear (&range->to, 1);
  range->from = from;
  range->to = to;
  if (range->from_text != NULL && !hp_date_parse (range->from_text, &range->from))
    return hitplan_usage_error (_("“%s” is not a date: --from takes YYYY-MM-DD"),
                                range->from_text);
  if (range->to_text != NULL && !hp_date_parse (range->to_text, &range->to))
    return hitplan_usage_error (_("“%s” is not a date: --to takes YYYY-MM-DD"), range->to_text);
  if (range->from_text != NULL && range->to_text == NULL)
    {
      /* a start alone: its 16 weeks */
      range->to = range->from;
      g_date_add_days (&range->to, HP_SCHEDULE_DEFAULT_WEEKS * 7 - 1);
    }
  if (g_date_compare (&range->to, &range->from) < 0)
    return hitplan_usage_error (_("--to is before --from"));
  return HITPLAN_EXIT_OK;
}

static void
print_block (HpStudyBlock *b,
             Report       *r,
             const char   *prefix)
{
  g_autofree char *what = hp_study_block_describe (b, r->plan, r->catalog);
  g_autofree char *day = hp_date_to_string (&b->date);

  g_print ("%s%s %02u:%02u–%02u:%02u  %s%s\n", prefix, day, b->start / 60, b->start % 60,
           b->end / 60, b->end % 60, what, b->done ? _(" (done)") : "");
}

/* schedule ------------------------------------------------------------------ */

int
hitplan_schedule (int    argc,
                  char **argv)
{
  g_auto(Report) r = { 0 };
  g_auto(Range) range = { 0 };
  g_autofree char *output = NULL;
  g_autoptr(HpScheduleResult) result = NULL;
  GOptionEntry entries[] = {
    RANGE_OPTIONS (range),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan with the new schedule to this file"), N_("FILE") },
    TODAY_OPTION (r),
    CATALOG_OPTION (r),
    { NULL }
  };
  GListModel *blocks;
  GDate week;
  int status = HITPLAN_EXIT_OK;

  g_date_clear (&week, 1);
  if (!hitplan_parse_options ("schedule", _("PLAN"),
                              _("Make the study schedule for the days from --from (or today) to "
                                "--to: this term's courses at their weekly study hours, exam "
                                "preparation that grows as the exam nears, and spaced reviews of "
                                "what was done, inside the plan's availability and away from its "
                                "commitments and breaks.  Blocks done, placed by hand or under "
                                "way are kept; blocks missed this week or last move to the next "
                                "free time.  Prints the schedule, what moved and what found no "
                                "time; with --output, writes the plan with it.  Exit status 1 "
                                "when some hours found no time."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return hitplan_usage_error (_("schedule needs one plan file"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK ||
      (status = range_resolve (&range, &r)) != HITPLAN_EXIT_OK)
    return status;

  result = hp_schedule_generate (r.plan, r.catalog, range.now, &range.from, &range.to);
  {
    g_autofree char *a = hp_date_to_string (&result->from);
    g_autofree char *b = hp_date_to_string (&result->to);
    g_autofree char *asked = hp_minutes_format (result->minutes_asked);
    g_autofree char *placed = hp_minutes_format (result->minutes_placed);

    g_print (_("Study schedule from %s to %s: %s placed of %s asked\n"), a, b, placed, asked);
  }

  blocks = G_LIST_MODEL (result->blocks);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (blocks, i);
      GDate monday;

      if (g_date_compare (&b->date, &result->from) < 0 || g_date_compare (&b->date, &result->to) > 0)
        continue;
      hp_date_week_start (&b->date, &monday);
      if (!g_date_valid (&week) || g_date_compare (&monday, &week) != 0)
        {
          g_autofree char *text = hp_date_to_string (&monday);
          week = monday;
          g_print (_("\nWeek of %s\n"), text);
        }
      print_block (b, &r, "  ");
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (result->moved)) > 0)
    {
      g_print (_("\nMoved, because their time passed without being done:\n"));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (result->moved)); i++)
        {
          g_autoptr(HpStudyBlock) b = g_list_model_get_item (G_LIST_MODEL (result->moved), i);
          g_autofree char *was = hp_date_to_string (&b->moved_date);
          g_autofree char *prefix = g_strdup_printf (_("  from %s %02u:%02u to "), was,
                                                     b->moved_start / 60, b->moved_start % 60);
          print_block (b, &r, prefix);
        }
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (result->unplaced)) > 0)
    {
      g_print (_("\nNo time found:\n"));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (result->unplaced)); i++)
        {
          g_autoptr(HpUnscheduled) u = g_list_model_get_item (G_LIST_MODEL (result->unplaced), i);
          const char *what = u->course ? u->course : u->exam;

          g_print ("  %s%s%s: %s\n", what, u->domain ? " " : "", u->domain ? u->domain : "",
                   u->reason);
        }
      status = HITPLAN_EXIT_PROBLEMS;
    }

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      g_autoptr(GError) error = NULL;

      if (!hp_document_apply_schedule (r.document, result, &error) ||
          !hp_plan_save (r.plan, file, &error))
        {
          g_printerr ("hitplan: %s\n", error->message);
          return HITPLAN_EXIT_BAD_FILE;
        }
      g_print (_("\nWrote %s\n"), output);
    }
  return status;
}

/* export-ics --------------------------------------------------------------- */

int
hitplan_export_ics (int    argc,
                    char **argv)
{
  g_auto(Report) r = { 0 };
  g_auto(Range) range = { 0 };
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    RANGE_OPTIONS (range),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The calendar file to write (- for standard output)"), N_("FILE") },
    TODAY_OPTION (r),
    CATALOG_OPTION (r),
    { NULL }
  };
  guint n_events = 0;
  int status = HITPLAN_EXIT_OK;

  if (!hitplan_parse_options ("export-ics", _("PLAN -o FILE"),
                              _("Write the plan's study blocks from --from to --to as an "
                                "iCalendar file (RFC 5545) that calendar apps import: one event "
                                "per block, in UTC, with a UID that stays the same from one "
                                "export to the next, so importing again updates the events.  "
                                "Without dates: the term in progress, or the next 16 weeks."),
                              entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return hitplan_usage_error (_("export-ics needs one plan file"));
  if (output == NULL)
    return hitplan_usage_error (_("export-ics needs the file to write: -o FILE"));
  if ((status = hitplan_report_load (&r, argv[1])) != HITPLAN_EXIT_OK ||
      (status = range_resolve (&range, &r)) != HITPLAN_EXIT_OK)
    return status;

  text = hp_ics_export (r.plan, r.catalog, &range.from, &range.to, range.now, range.zone,
                        &n_events);
  if (g_str_equal (output, "-"))
    {
      fwrite (text, 1, strlen (text), stdout);
      return HITPLAN_EXIT_OK;
    }
  file = g_file_new_for_commandline_arg (output);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                NULL, &error))
    {
      g_printerr ("hitplan: %s\n", error->message);
      return HITPLAN_EXIT_BAD_FILE;
    }
  {
    g_autofree char *a = hp_date_to_string (&range.from);
    g_autofree char *b = hp_date_to_string (&range.to);

    if (n_events == 0)
      g_printerr (_("hitplan: the plan has no study blocks from %s to %s; make them with "
                    "“hitplan schedule PLAN -o PLAN” or in the app’s Schedule view\n"), a, b);
    g_print (g_dngettext (NULL, "Wrote %s: %u event from %s to %s\n",
                          "Wrote %s: %u events from %s to %s\n", n_events),
             output, n_events, a, b);
  }
  return HITPLAN_EXIT_OK;
}
