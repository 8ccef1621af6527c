/* hp-types.c: names of seasons, statuses and terms, in files and for people
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "hp-enums.h"
#include "hp-limits.h"
#include "hp-types.h"

/* Enum names ---------------------------------------------------------------- */

/* The name files and the command line use for @value of the enum @type:
 * its GEnum nick ("in-progress"), generated from the enum's header. */
const char *
hp_enum_to_nick (GType type,
                 int   value)
{
  GEnumClass *klass = g_type_class_ref (type);  /* kept: an enum's class lives on */
  GEnumValue *v = g_enum_get_value (klass, value);

  g_return_val_if_fail (v != NULL, NULL);
  return v->value_nick;
}

/* The value named @nick; FALSE when the enum has no such name. */
gboolean
hp_enum_from_nick (GType       type,
                   const char *nick,
                   int        *value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (v == NULL)
    return FALSE;
  *value = v->value;
  return TRUE;
}

const char *
hp_season_to_string (HpSeason season)
{
  return hp_enum_to_nick (HP_TYPE_SEASON, season);
}

/* "fall" or "Fall": terms are written both ways. */
gboolean
hp_season_from_string (const char *text,
                       HpSeason   *season)
{
  g_autofree char *lower = text ? g_ascii_strdown (text, -1) : NULL;
  int value;

  if (!hp_enum_from_nick (HP_TYPE_SEASON, lower, &value))
    return FALSE;
  *season = value;
  return TRUE;
}

const char *
hp_season_label (HpSeason season)
{
  switch (season)
    {
    case HP_SEASON_WINTER: return C_("season", "Winter");
    case HP_SEASON_SPRING: return C_("season", "Spring");
    case HP_SEASON_SUMMER: return C_("season", "Summer");
    case HP_SEASON_FALL:   return C_("season", "Fall");
    case HP_N_SEASONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hp_status_to_string (HpStatus status)
{
  return hp_enum_to_nick (HP_TYPE_STATUS, status);
}

gboolean
hp_status_from_string (const char *text,
                       HpStatus   *status)
{
  int value;

  if (!hp_enum_from_nick (HP_TYPE_STATUS, text, &value))
    return FALSE;
  *status = value;
  return TRUE;
}

const char *
hp_status_label (HpStatus status)
{
  switch (status)
    {
    case HP_STATUS_PLANNED:     return C_("course status", "Planned");
    case HP_STATUS_IN_PROGRESS: return C_("course status", "In progress");
    case HP_STATUS_COMPLETED:   return C_("course status", "Completed");
    case HP_STATUS_WITHDRAWN:   return C_("course status", "Withdrawn");
    case HP_STATUS_FAILED:      return C_("course status", "Failed");
    case HP_N_STATUSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "Fall 2026", in the user's language. */
char *
hp_term_key_format (HpTermKey key)
{
  /* TRANSLATORS: a term of study: season, then year, e.g. "Fall 2026" */
  return g_strdup_printf (C_("term", "%s %d"), hp_season_label (HP_TERM_KEY_SEASON (key)),
                          HP_TERM_KEY_YEAR (key));
}

/* Reads "fall 2026" or "Fall 2026" (the file and command-line form). */
gboolean
hp_term_key_parse (const char *text,
                   HpTermKey  *key)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *copy = NULL;
  HpSeason season;
  char *end = NULL;
  long year;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  parts = g_strsplit (copy, " ", 0);
  if (g_strv_length (parts) != 2 || !hp_season_from_string (parts[0], &season))
    return FALSE;
  year = strtol (parts[1], &end, 10);
  if (end == parts[1] || *end != '\0' || year < HP_YEAR_MIN || year > HP_YEAR_MAX)
    return FALSE;
  *key = HP_TERM_KEY (year, season);
  return TRUE;
}

/* "fall 2026": the form files and the command line use. */
char *
hp_term_key_to_id (HpTermKey key)
{
  return g_strdup_printf ("%s %d", hp_season_to_string (HP_TERM_KEY_SEASON (key)),
                          HP_TERM_KEY_YEAR (key));
}

static HpTermKey
step_regular (HpTermKey key,
              int       direction)
{
  do
    key += direction;
  while (HP_TERM_KEY_SEASON (key) != HP_SEASON_FALL && HP_TERM_KEY_SEASON (key) != HP_SEASON_SPRING);
  return key;
}

/* The next fall or spring term after @key: projections assume the regular
 * terms, since summer and winter sessions are optional. */
HpTermKey
hp_term_key_next_regular (HpTermKey key)
{
  return step_regular (key, 1);
}

/* The fall or spring term before @key. */
HpTermKey
hp_term_key_previous_regular (HpTermKey key)
{
  return step_regular (key, -1);
}

/* The term a date falls in.  Nothing in the core reads the clock: callers
 * pass "today".  The year is cut where most US colleges cut it: spring
 * from 1 January to 15 May, summer from 16 May to 14 August, fall from 15
 * August to 31 December (a winter session is never the term of a date). */
HpTermKey
hp_term_key_for_date (const GDate *date)
{
  int year, month, day;
  HpSeason season;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);
  if (month < 5 || (month == 5 && day <= 15))
    season = HP_SEASON_SPRING;
  else if (month < 8 || (month == 8 && day < 15))
    season = HP_SEASON_SUMMER;
  else
    season = HP_SEASON_FALL;
  return HP_TERM_KEY (year, season);
}

/* The first and last days of a term, by the same rule as
 * hp_term_key_for_date (); a winter session is taken as 1 to 15 January. */
void
hp_term_key_start_date (HpTermKey  key,
                        GDate     *date)
{
  static const guint8 month[] = { 1, 1, 5, 8 }, day[] = { 1, 1, 16, 15 };
  HpSeason season = HP_TERM_KEY_SEASON (key);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day[season], month[season], HP_TERM_KEY_YEAR (key));
}

void
hp_term_key_end_date (HpTermKey  key,
                      GDate     *date)
{
  static const guint8 month[] = { 1, 5, 8, 12 }, day[] = { 15, 15, 14, 31 };
  HpSeason season = HP_TERM_KEY_SEASON (key);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day[season], month[season], HP_TERM_KEY_YEAR (key));
}

/* Reads a calendar date written YYYY-MM-DD (the files' and the command
 * line's form); FALSE for anything else, 2026-02-30 included. */
gboolean
hp_date_parse (const char *text,
               GDate      *date)
{
  unsigned y, m, d;
  char tail;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  /* digits only: sscanf would take a sign or a space ("-204-07-29") */
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* Reads a time of day written HH:MM (00:00 to 24:00, the end of a day) into
 * minutes after midnight; FALSE for anything else, a sign or a space too. */
gboolean
hp_time_parse (const char *text,
               guint      *minutes)
{
  guint h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' || !g_ascii_isdigit (text[0]) ||
      !g_ascii_isdigit (text[1]) || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;
  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0))
    return FALSE;
  *minutes = h * 60 + m;
  return TRUE;
}

/* "2026-11-27" */
char *
hp_date_to_string (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The local date now, or the one HITPLANNER_TODAY gives (YYYY-MM-DD): the
 * test suites fix the day with it, so that answers depending on the date
 * are the same whenever they run.  Only the app and the command line call
 * this, to pass "today" to the core; no core computation does. */
void
hp_date_set_today (GDate *date)
{
  const char *fixed = g_getenv ("HITPLANNER_TODAY");
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (date != NULL);
  if (fixed != NULL && hp_date_parse (fixed, date))
    return;
  now = g_date_time_new_now_local ();
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Now, in @zone (NULL: local time); with HITPLANNER_TODAY set (tests, the
 * app's screenshots) the start of that day, so schedules come out the same. */
GDateTime *
hp_date_time_now (GTimeZone *zone)
{
  const char *fixed = g_getenv ("HITPLANNER_TODAY");
  g_autoptr(GTimeZone) local = zone ? g_time_zone_ref (zone) : g_time_zone_new_local ();
  GDate date;

  g_date_clear (&date, 1);
  if (fixed != NULL && hp_date_parse (fixed, &date))
    return g_date_time_new (local, g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 0, 0, 0);
  return g_date_time_new_now (local);
}

/* For g_ptr_array_sort () and qsort () of strings: compares two char**. */
int
hp_str_pointer_compare (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* An array of strings that owns them and is always NULL-terminated, even
 * when empty: (char **) array->pdata is a strv, for g_strjoinv () and the
 * like.  The records keep their lists of codes and ids in these. */
GPtrArray *
hp_strv_array_new (void)
{
  /* Reserving one slot allocates the terminator at once: an empty array
   * without a buffer would have NULL pdata. */
  return g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

/* Credits and hours for people: "3", "2.5", "10000", never "1e+04". */
char *
hp_format_number (double value)
{
  char *text = g_strdup_printf ("%.2f", value);
  char *end = text + strlen (text) - 1;

  /* "2.50" -> "2.5", "3.00" -> "3" */
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  if (g_str_equal (text, "-0"))
    text[0] = '0', text[1] = '\0';
  return text;
}

/* The number that picks the plural form for @value credits or hours: "1
 * credit", "1.5 credits", "21 credits" (the language's rule decides). */
gulong
hp_plural_count (double value)
{
  double whole = floor (value + 0.005);

  if (value < 0 || fabs (value - whole) > 0.005)
    return 2;  /* a fraction: the "other" form */
  return (gulong) whole;
}

/* "$3,630.50" for US dollars, "EUR 3,630.50" for other currencies. */
char *
hp_format_money (double      amount,
                 const char *currency)
{
  g_autofree char *digits = g_strdup_printf ("%.2f", amount < 0 ? -amount : amount);
  GString *out = g_string_new (amount < 0 ? "-" : "");
  const char *point = strchr (digits, '.');
  gsize whole = point ? (gsize) (point - digits) : strlen (digits);

  if (currency == NULL || g_str_equal (currency, "USD"))
    g_string_append_c (out, '$');
  else
    g_string_append_printf (out, "%s ", currency);
  for (gsize i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  /* Whole amounts read better without cents: "$46,660", "$165". */
  if (!g_str_equal (digits + whole, ".00"))
    g_string_append (out, digits + whole);
  return g_string_free (out, FALSE);
}

/* A bundled file: under $HITPLANNER_DATADIR when set (the uninstalled build
 * and the tests set it to the source tree's data/), else the installed data
 * folder.  @name may be NULL for the folder itself. */
GFile *
hp_data_file (const char *folder,
              const char *name)
{
  const char *datadir = g_getenv ("HITPLANNER_DATADIR");

  return g_file_new_build_filename (datadir ? datadir : PKGDATADIR, folder, name, NULL);
}
