/* fuzz-text.c: libFuzzer harness for the small parsers: dates, terms and grades as the files
 * and the command line give them
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What parses must print back to the same value (times and dates to the
 * same text: the files' one way of writing them).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hp-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  GDate date;
  HpTermKey key;

  g_date_clear (&date, 1);
  if (hp_date_parse (text, &date))
    {
      g_autofree char *back = hp_date_to_string (&date);
      GDate again;

      g_date_clear (&again, 1);
      if (!g_date_valid (&date) || !hp_date_parse (back, &again) || g_date_compare (&date, &again) != 0)
        abort ();
      (void) hp_term_key_for_date (&date);
    }
  if (hp_term_key_parse (text, &key))
    {
      g_autofree char *back = hp_term_key_format (key);
      g_autofree char *id = hp_term_key_to_id (key);
      HpTermKey again = 0;

      if (!hp_term_key_parse (id, &again) || again != key)
        abort ();
      (void) back;
    }
  {
    guint minutes;

    if (hp_time_parse (text, &minutes))
      {
        g_autofree char *back = g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);

        if (minutes > 24 * 60 || strcmp (back, text) != 0)
          abort ();
      }
  }
  if (hp_grade_is_valid (text))
    {
      double points = 0;

      if (hp_grade_points (text, &points) && (points < 0 || points > HP_GPA_MAX))
        abort ();
    }
  return 0;
}
