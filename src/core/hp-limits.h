/* hp-limits.h: the ranges a value of a plan or catalog may take, for the reader, the edits and the forms
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for each bound: the file reader refuses what is outside it,
 * a document edit refuses it with a message, and a form's spin button
 * cannot go beyond it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Terms: a year a student could plan. */
#define HP_YEAR_MIN                 1900
#define HP_YEAR_MAX                 2200

/* A plan's profile. */
#define HP_CREDITS_PER_TERM_MIN     1
#define HP_CREDITS_PER_TERM_MAX     40
#define HP_TUITION_MAX              100000

/* A course in a plan, and transfer credit. */
#define HP_COURSE_CREDITS_MIN       0.5
#define HP_COURSE_CREDITS_MAX       30
#define HP_PRACTICUM_HOURS_MAX      10000
#define HP_TRANSFER_CREDITS_MIN     0.5
#define HP_TRANSFER_CREDITS_MAX     120

/* Exam practice and continuing education. */
#define HP_PRACTICE_QUESTIONS_MAX   10000
#define HP_STUDY_HOURS_MAX          24     /* in one study log entry: a day */
#define HP_WEEK_HOURS_MAX           100    /* study hours a week */
#define HP_SCHEDULE_HOURS_PER_CREDIT_MAX 10 /* weekly study hours per credit hour */
#define HP_CE_HOURS_MIN             0.25
#define HP_CE_HOURS_MAX             1000

/* Catalogs. */
#define HP_CATALOG_COURSE_HOURS_MAX 5000
#define HP_PROGRAM_CREDITS_MAX      400
#define HP_GROUP_COUNT_MAX          1000

/* The 4.0 scale. */
#define HP_GPA_MAX                  4.0

G_END_DECLS
