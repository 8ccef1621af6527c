/* bench-schedule.c: time the study schedule generator on a full term
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-schedule WEEKS COURSES
 * A plan with COURSES courses of 3 credits in progress, free time every day
 * 07:00-23:00 with a class and a work shift on weekdays, an exam 8 weeks
 * before the end, a week of done blocks before the start (so reviews are
 * made), generated for WEEKS weeks; prints the median of 9 runs.
 */
#include "config.h"

#include <stdlib.h>

#include "hp-core.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  guint weeks = argc > 1 ? atoi (argv[1]) : 16;
  guint courses = argc > 2 ? atoi (argv[2]) : 5;
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 1, 11, 0, 0, 0);
  GDate from, to, exam_date;
  double times[9];
  guint n_blocks = 0, asked = 0, placed = 0;

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 11, 1, 2027);
  to = from;
  g_date_add_days (&to, weeks * 7 - 1);
  plan->rules.daily_max = 8 * 60;

  /* spring, summer and fall terms for three years, each with the courses */
  for (guint t = 0; t < 9; t++)
    {
      static const HpSeason seasons[] = { HP_SEASON_SPRING, HP_SEASON_SUMMER, HP_SEASON_FALL };
      g_autoptr(HpPlanTerm) term = hp_plan_term_new (HP_TERM_KEY (2027 + t / 3, seasons[t % 3]));

      for (guint i = 0; i < courses; i++)
        {
          g_autofree char *code = g_strdup_printf ("HIT %u", 100 + i);
          g_autoptr(HpPlanEntry) e = hp_plan_entry_new (code, HP_STATUS_IN_PROGRESS);

          e->credits = 3;
          g_list_store_append (term->entries, e);
        }
      g_list_store_append (plan->terms, term);
    }
  for (guint d = 0; d < 7; d++)
    {
      g_autoptr(HpTimeSlot) free_time = hp_time_slot_new (d, 7 * 60, 23 * 60);
      g_list_store_append (plan->availability, free_time);
      if (d < 5)
        {
          g_autoptr(HpTimeSlot) class = hp_time_slot_new (d, 9 * 60, 10 * 60 + 15);
          g_autoptr(HpTimeSlot) shift = hp_time_slot_new (d, 16 * 60, 20 * 60);
          class->title = g_strdup ("Class");
          shift->title = g_strdup ("Shift");
          g_list_store_append (plan->commitments, class);
          g_list_store_append (plan->commitments, shift);
        }
    }
  {
    g_autoptr(HpExamTarget) exam = hp_exam_target_new ("RHIT");
    exam_date = to;
    g_date_subtract_days (&exam_date, 7 * 8);
    exam->date = exam_date;
    exam->hours_per_week = 6;
    g_list_store_append (plan->exams, exam);
  }
  for (guint i = 0; i < courses; i++)
    {
      GDate day = from;
      g_autoptr(HpStudyBlock) done = NULL;

      g_date_subtract_days (&day, 7 - i % 7);
      done = hp_study_block_new (&day, 18 * 60, 20 * 60);
      done->course = g_strdup_printf ("HIT %u", 100 + i);
      done->done = TRUE;
      done->uid = hp_study_block_make_uid (done);
      g_list_store_append (plan->blocks, done);
    }

  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(HpScheduleResult) result = hp_schedule_generate (plan, NULL, now, &from, &to);

      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      n_blocks = g_list_model_get_n_items (G_LIST_MODEL (result->blocks));
      asked = result->minutes_asked;
      placed = result->minutes_placed;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  g_print ("%u weeks, %u courses: %u blocks, %u of %u hours placed\n", weeks, courses, n_blocks,
           placed / 60, asked / 60);
  g_print ("schedule time %.2f ms\n", times[G_N_ELEMENTS (times) / 2]);
  return 0;
}
