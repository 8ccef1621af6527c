/* hp-schedule.h: the study schedule: dated study blocks made from availability, courses and exams
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method is written down in docs/schedule.md; tests/unit/test-schedule.c
 * reproduces its worked examples.
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* Exam preparation when the exam target does not say how many hours a week. */
#define HP_SCHEDULE_EXAM_HOURS     5.0
/* Without a current term, the schedule and its export cover this many weeks. */
#define HP_SCHEDULE_DEFAULT_WEEKS  16

typedef enum
{
  HP_UNSCHEDULED_STUDY,   /* a course's or an exam's weekly hours */
  HP_UNSCHEDULED_REVIEW,  /* a spaced review */
  HP_UNSCHEDULED_MISSED,  /* a missed block that found no new time */
} HpUnscheduledKind;

/* Hours the generator could not place, and why. */
#define HP_TYPE_UNSCHEDULED (hp_unscheduled_get_type ())
G_DECLARE_FINAL_TYPE (HpUnscheduled, hp_unscheduled, HP, UNSCHEDULED, GObject)
struct _HpUnscheduled
{
  GObject        parent_instance;
  HpUnscheduledKind kind;
  char          *course;
  char          *exam;
  char          *domain;
  guint          minutes;
  GDate          week;      /* the Monday of the week they belong to */
  char          *reason;    /* a sentence */
};

#define HP_TYPE_SCHEDULE_RESULT (hp_schedule_result_get_type ())
G_DECLARE_FINAL_TYPE (HpScheduleResult, hp_schedule_result, HP, SCHEDULE_RESULT, GObject)
struct _HpScheduleResult
{
  GObject     parent_instance;
  GDate       from;       /* the days generated: today or @from, whichever is later ... */
  GDate       to;         /* ... to @to */
  GListStore *blocks;     /* of HpStudyBlock: the plan's whole schedule after generating */
  GListStore *moved;      /* of HpStudyBlock: missed blocks at their new time (moved_date set) */
  GListStore *unplaced;   /* of HpUnscheduled */
  guint       minutes_asked;  /* study the window asked for (weekly hours, exams, reviews) */
  guint       minutes_placed;
};

void              hp_schedule_default_range (HpPlan           *plan,
                                             const GDate      *today,
                                             GDate            *from,
                                             GDate            *to);
HpScheduleResult *hp_schedule_generate      (HpPlan           *plan,
                                             HpCatalog        *catalog,
                                             GDateTime        *now,
                                             const GDate      *from,
                                             const GDate      *to);
char             *hp_study_block_describe   (HpStudyBlock     *block,
                                             HpPlan           *plan,
                                             HpCatalog        *catalog);
char             *hp_minutes_format         (guint             minutes);
void              hp_date_week_start        (const GDate      *date,
                                             GDate            *monday);

G_END_DECLS
