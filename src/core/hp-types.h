/* hp-types.h: enums and small value types shared by the whole core
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Seasons in calendar order, so (year, season) sorts terms in time. */
typedef enum
{
  HP_SEASON_WINTER,
  HP_SEASON_SPRING,
  HP_SEASON_SUMMER,
  HP_SEASON_FALL,
  HP_N_SEASONS /*< skip >*/
} HpSeason;

typedef enum
{
  HP_STATUS_PLANNED,
  HP_STATUS_IN_PROGRESS,
  HP_STATUS_COMPLETED,
  HP_STATUS_WITHDRAWN,
  HP_STATUS_FAILED,
  HP_N_STATUSES /*< skip >*/
} HpStatus;

/* A term is one number: year * 4 + season.  Comparing two terms is comparing
 * two numbers, and the next term is the next number. */
typedef guint HpTermKey;

#define HP_TERM_KEY(year, season) ((HpTermKey) ((year) * HP_N_SEASONS + (season)))
#define HP_TERM_KEY_YEAR(key)     ((int) ((key) / HP_N_SEASONS))
#define HP_TERM_KEY_SEASON(key)   ((HpSeason) ((key) % HP_N_SEASONS))

const char *hp_enum_to_nick      (GType        type,
                                  int          value);
gboolean    hp_enum_from_nick    (GType        type,
                                  const char  *nick,
                                  int         *value);
const char *hp_season_to_string  (HpSeason     season);
gboolean    hp_season_from_string (const char  *text,
                                   HpSeason    *season);
const char *hp_season_label      (HpSeason     season);
const char *hp_status_to_string  (HpStatus     status);
gboolean    hp_status_from_string (const char  *text,
                                   HpStatus    *status);
const char *hp_status_label      (HpStatus     status);
char       *hp_term_key_format   (HpTermKey    key);
gboolean    hp_term_key_parse    (const char  *text,
                                  HpTermKey   *key);
char       *hp_term_key_to_id    (HpTermKey    key);
HpTermKey   hp_term_key_for_date (const GDate *date);
void        hp_term_key_start_date (HpTermKey  key,
                                    GDate     *date);
void        hp_term_key_end_date (HpTermKey    key,
                                  GDate       *date);
HpTermKey   hp_term_key_next_regular (HpTermKey key);
HpTermKey   hp_term_key_previous_regular (HpTermKey key);
gboolean    hp_date_parse        (const char  *text,
                                  GDate       *date);
char       *hp_date_to_string    (const GDate *date);
gboolean    hp_time_parse        (const char  *text,
                                  guint       *minutes);
void        hp_date_set_today    (GDate       *date);
GDateTime  *hp_date_time_now     (GTimeZone   *zone);
int         hp_str_pointer_compare (gconstpointer a,
                                  gconstpointer b);
char       *hp_format_number     (double       value);
gulong      hp_plural_count      (double       value);
GPtrArray  *hp_strv_array_new    (void);
char       *hp_format_money      (double       amount,
                                  const char  *currency);
GFile      *hp_data_file         (const char  *folder,
                                  const char  *name);

G_END_DECLS
