/* fuzz-plan.c: libFuzzer harness for the plan reader, and what reads a plan after it
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the bytes: no crash, no sanitizer report; a plan that reads
 * writes back to bytes that read again to the same plan; its checks, the
 * study schedule and the calendar export run on it without harm.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "hp-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(GListStore) problems = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(HpScheduleResult) schedule = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *ics = NULL;
  GDate from, to;

  plan = hp_plan_load_bytes (bytes, "fuzz.hitplan", NULL);
  if (plan == NULL)
    return 0;

  written = hp_plan_to_bytes (plan);
  again = hp_plan_load_bytes (written, "written.hitplan", NULL);
  if (again == NULL || !hp_plan_equal (plan, again))
    abort ();   /* a plan the reader accepts must survive a save */

  problems = hp_plan_check (plan, NULL);
  now = g_date_time_new_utc (2026, 11, 27, 19, 0, 0);
  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 23, 11, 2026);
  to = from;
  g_date_add_days (&to, 27);
  schedule = hp_schedule_generate (plan, NULL, now, &from, &to);
  ics = hp_ics_export (plan, NULL, &from, &to, now, utc, NULL);
  return 0;
}
