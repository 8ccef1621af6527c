/* hp-ics.c: the study schedule as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One VEVENT per study block, times in UTC (so no VTIMEZONE is needed and
 * every calendar reads them the same), a UID the block keeps across exports
 * and regenerations, text escaped (section 3.3.11) and lines folded at 75
 * octets without splitting a UTF-8 character (section 3.1), CRLF line ends.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hp-ics.h"
#include "hp-schedule.h"

#define FOLD_OCTETS 75

/* TEXT values: backslash, semicolon and comma escaped, newlines as \n. */
char *
hp_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';':  g_string_append (out, "\\;"); break;
        case ',':  g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': break;
        default:   g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* @line as content lines of at most 75 octets, each ended by CRLF; the
 * continuation lines start with a space. */
char *
hp_ics_fold_line (const char *line)
{
  GString *out = g_string_new (NULL);
  gsize len = strlen (line), pos = 0, room = FOLD_OCTETS;

  while (len - pos > room)
    {
      gsize cut = pos + room;

      /* never inside a UTF-8 sequence: back up to the start of a character */
      while (cut > pos && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      room = FOLD_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
  return g_string_free (out, FALSE);
}

static void
add (GString    *out,
     const char *name,
     const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  g_autofree char *folded = hp_ics_fold_line (line);

  g_string_append (out, folded);
}

static void
add_text (GString    *out,
          const char *name,
          const char *value)
{
  g_autofree char *escaped = hp_ics_escape_text (value);

  add (out, name, escaped);
}

static char *
utc_stamp (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

/* @minutes after the start of @date (up to 24:00) in @zone, written in UTC */
static char *
local_to_utc (const GDate *date,
              guint        minutes,
              GTimeZone   *zone)
{
  GDate day = *date;
  g_autoptr(GDateTime) local = NULL;

  if (minutes >= 24 * 60)
    {
      g_date_add_days (&day, minutes / (24 * 60));
      minutes %= 24 * 60;
    }
  local = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                           g_date_get_day (&day), minutes / 60, minutes % 60, 0);
  return utc_stamp (local);
}

static char *
describe_details (HpStudyBlock *block,
                  HpPlan       *plan,
                  HpCatalog    *catalog)
{
  GString *text = g_string_new (NULL);

  if (block->kind == HP_BLOCK_REVIEW)
    g_string_append (text, _("A spaced review of what you studied before."));
  else if (block->exam != NULL)
    g_string_append_printf (text, _("Preparation for the %s exam."), block->exam);
  else
    g_string_append (text, _("Weekly study time for this course."));
  if (g_date_valid (&block->moved_date))
    {
      g_autofree char *day = hp_date_to_string (&block->moved_date);
      g_string_append_printf (text, "\n");
      g_string_append_printf (text, _("Moved from %s %02u:%02u, when it was missed."), day,
                              block->moved_start / 60, block->moved_start % 60);
    }
  if (block->done)
    g_string_append_printf (text, "\n%s", _("Done."));
  if (block->note != NULL)
    g_string_append_printf (text, "\n%s", block->note);
  g_string_append_printf (text, "\n%s", _("From HIT Study Planner."));
  return g_string_free (text, FALSE);
}

/**
 * hp_ics_export:
 * @from, @to: the days whose blocks are exported (both included)
 * @stamp: when the file is made (DTSTAMP)
 * @zone: the time zone the plan's times are in
 *
 * Returns: the calendar, with CRLF line ends
 */
char *
hp_ics_export (HpPlan      *plan,
               HpCatalog   *catalog,
               const GDate *from,
               const GDate *to,
               GDateTime   *stamp,
               GTimeZone   *zone,
               guint       *n_events)
{
  GString *out = g_string_new (NULL);
  GListModel *blocks = G_LIST_MODEL (plan->blocks);
  g_autofree char *dtstamp = utc_stamp (stamp);
  g_autofree char *name = NULL;
  guint count = 0;

  name = plan->student ? g_strdup_printf (_("Study schedule of %s"), plan->student)
                       : g_strdup (_("Study schedule"));
  add (out, "BEGIN", "VCALENDAR");
  add (out, "VERSION", "2.0");
  add (out, "PRODID", "-//HIT Study Planner//hitplanner " PACKAGE_VERSION "//EN");
  add (out, "CALSCALE", "GREGORIAN");
  add (out, "METHOD", "PUBLISH");
  add_text (out, "X-WR-CALNAME", name);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) block = g_list_model_get_item (blocks, i);
      g_autofree char *uid = NULL;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *details = NULL;

      if (g_date_compare (&block->date, from) < 0 || g_date_compare (&block->date, to) > 0)
        continue;
      uid = block->uid ? g_strdup (block->uid) : hp_study_block_make_uid (block);
      start = local_to_utc (&block->date, block->start, zone);
      end = local_to_utc (&block->date, block->end, zone);
      summary = hp_study_block_describe (block, plan, catalog);
      details = describe_details (block, plan, catalog);

      add (out, "BEGIN", "VEVENT");
      add_text (out, "UID", uid);
      add (out, "DTSTAMP", dtstamp);
      add (out, "DTSTART", start);
      add (out, "DTEND", end);
      add_text (out, "SUMMARY", summary);
      add_text (out, "DESCRIPTION", details);
      add (out, "CATEGORIES", block->kind == HP_BLOCK_REVIEW ? "Review" : "Study");
      add (out, "TRANSP", "OPAQUE");
      add (out, "END", "VEVENT");
      count++;
    }
  add (out, "END", "VCALENDAR");
  if (n_events != NULL)
    *n_events = count;
  return g_string_free (out, FALSE);
}
