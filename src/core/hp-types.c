/* hp-types.c: names of seasons, statuses and terms, in files and for people
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "hp-types.h"

static const char *season_ids[HP_N_SEASONS] = { "winter", "spring", "summer", "fall" };
static const char *status_ids[HP_N_STATUSES] = {
  "planned", "in-progress", "completed", "withdrawn", "failed"
};

const char *
hp_season_to_string (HpSeason season)
{
  g_return_val_if_fail (season < HP_N_SEASONS, NULL);
  return season_ids[season];
}

gboolean
hp_season_from_string (const char *text,
                       HpSeason   *season)
{
  for (guint i = 0; text != NULL && i < HP_N_SEASONS; i++)
    if (g_ascii_strcasecmp (text, season_ids[i]) == 0)
      {
        *season = i;
        return TRUE;
      }
  return FALSE;
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
  g_return_val_if_fail (status < HP_N_STATUSES, NULL);
  return status_ids[status];
}

gboolean
hp_status_from_string (const char *text,
                       HpStatus   *status)
{
  for (guint i = 0; text != NULL && i < HP_N_STATUSES; i++)
    if (g_strcmp0 (text, status_ids[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
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
  if (end == parts[1] || *end != '\0' || year < 1900 || year > 2200)
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

/* Credits and hours for people: "3", "2.5", in the user's locale. */
char *
hp_format_number (double value)
{
  return g_strdup_printf ("%.4g", value);
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
