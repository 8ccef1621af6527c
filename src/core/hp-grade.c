/* hp-grade.c: letter grades on the 4.0 scale
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scale most US colleges publish: A 4.0, A- 3.7, B+ 3.3 ... D- 0.7, F 0.
 * P (pass) earns credit without grade points, so it stays out of the GPA,
 * and counts as meeting a minimum of C (the usual "C or better" rule).
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include "hp-grade.h"

typedef struct
{
  const char *grade;
  double      points;
  gboolean    in_gpa;
} GradeInfo;

static const GradeInfo grades[] = {
  { "A", 4.0, TRUE }, { "A-", 3.7, TRUE },
  { "B+", 3.3, TRUE }, { "B", 3.0, TRUE }, { "B-", 2.7, TRUE },
  { "C+", 2.3, TRUE }, { "C", 2.0, TRUE }, { "C-", 1.7, TRUE },
  { "D+", 1.3, TRUE }, { "D", 1.0, TRUE }, { "D-", 0.7, TRUE },
  { "F", 0.0, TRUE },
  { "P", 2.0, FALSE },
};

static const char * const grade_names[] = {
  "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "P", NULL
};

static const GradeInfo *
lookup (const char *grade)
{
  for (guint i = 0; grade != NULL && i < G_N_ELEMENTS (grades); i++)
    if (g_strcmp0 (grades[i].grade, grade) == 0)
      return &grades[i];
  return NULL;
}

gboolean
hp_grade_is_valid (const char *grade)
{
  return lookup (grade) != NULL;
}

/* TRUE with the grade points when the grade counts in the GPA. */
gboolean
hp_grade_points (const char *grade,
                 double     *points)
{
  const GradeInfo *info = lookup (grade);

  if (info == NULL || !info->in_gpa)
    return FALSE;
  if (points != NULL)
    *points = info->points;
  return TRUE;
}

/* Whether @grade is at least @minimum; no minimum means any passing grade. */
gboolean
hp_grade_meets (const char *grade,
                const char *minimum)
{
  const GradeInfo *have = lookup (grade);
  const GradeInfo *need = lookup (minimum ? minimum : "D-");

  if (have == NULL || need == NULL)
    return FALSE;
  return have->points + 1e-9 >= need->points && g_strcmp0 (grade, "F") != 0;
}

gboolean
hp_grade_is_passing (const char *grade)
{
  return hp_grade_meets (grade, NULL);
}

const char * const *
hp_grade_all (void)
{
  return grade_names;
}

/* The lowest letter grade worth at least @points: what a student must earn
 * on average.  NULL above 4.0, where no grade is enough. */
const char *
hp_grade_for_points (double points)
{
  const char *best = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (grades); i++)
    if (grades[i].in_gpa && grades[i].points + 1e-9 >= points)
      best = grades[i].grade;  /* the table runs from high to low */
  return best;
}
