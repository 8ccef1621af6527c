/* hp-readiness.h: how ready a student is for a credential exam, and whether they may sit it
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* Recent practice counts more: a result's weight halves every this many days. */
#define HP_READINESS_HALF_LIFE_DAYS 28
/* The goal when neither the student nor the exam's body gives one. */
#define HP_READINESS_DEFAULT_GOAL   70
/* Study time aims this many points above the goal. */
#define HP_READINESS_MARGIN         5

typedef enum
{
  HP_VERDICT_NO_PRACTICE, /* nothing to go on yet */
  HP_VERDICT_NOT_YET,     /* even the top of the band is below the goal */
  HP_VERDICT_BORDERLINE,  /* the goal is inside the band */
  HP_VERDICT_READY,       /* even the bottom of the band reaches the goal */
} HpVerdict;

typedef enum
{
  HP_GOAL_STUDENT,        /* the student set it */
  HP_GOAL_PUBLISHED,      /* the body publishes the share that passes */
  HP_GOAL_DEFAULT,        /* neither: HP_READINESS_DEFAULT_GOAL */
} HpGoalSource;

/* One practice score of a domain, for its chart. */
typedef struct
{
  GDate  date;
  double percent;
} HpScorePoint;

#define HP_TYPE_DOMAIN_READINESS (hp_domain_readiness_get_type ())
G_DECLARE_FINAL_TYPE (HpDomainReadiness, hp_domain_readiness, HP, DOMAIN_READINESS, GObject)
struct _HpDomainReadiness
{
  GObject    parent_instance;
  char      *id;           /* the domain's id, or NULL for the whole exam */
  char      *title;
  double     weight;       /* percent of the exam used in the projection */
  gboolean   weight_published; /* FALSE: a share of what the published weights leave */
  gboolean   practiced;    /* it has a practice score on or before today */
  double     mastery;      /* estimated share correct, 0..1 (the prior's 0.5 when not practiced) */
  double     band;         /* half-width of the 95% band, 0..1 */
  double     questions;    /* questions answered, all time */
  double     weighted_questions; /* the same, weighed by recency */
  double     hours_studied;      /* from the study log, all time */
  double     need;         /* weight x the gap to the goal plus margin; 0 when above */
  double     hours_suggested;    /* before the exam, to the nearest half hour */
  GArray    *points;       /* of HpScorePoint, oldest first */
};

#define HP_TYPE_READINESS (hp_readiness_get_type ())
G_DECLARE_FINAL_TYPE (HpReadiness, hp_readiness, HP, READINESS, GObject)
struct _HpReadiness
{
  GObject       parent_instance;
  HpCredential *credential;
  GDate         today;
  GDate         exam_date;    /* invalid when not booked */
  int           days_left;    /* to the exam; -1 when not booked */
  double        goal;         /* percent */
  HpGoalSource  goal_source;
  double        projected;    /* percent, over the practiced domains */
  double        band;         /* percent, half-width */
  double        coverage;     /* percent of the exam's weight that has practice */
  HpVerdict     verdict;
  double        hours_available; /* hours per week x weeks left; 0 when either is unknown */
  GListStore   *domains;      /* of HpDomainReadiness, the exam's order */
  GPtrArray    *by_need;      /* of HpDomainReadiness*: the weakest (largest need) first */
  GArray       *overall;      /* of HpScorePoint: each practice test's overall score */
};

HpReadiness *hp_readiness_new        (HpExamTarget *exam,
                                      HpCredential *credential,
                                      const GDate  *today);
const char  *hp_verdict_to_string    (HpVerdict     verdict);
char        *hp_readiness_summary    (HpReadiness  *readiness);

typedef enum
{
  HP_ELIGIBLE_NOW,           /* open, held, or the program is complete */
  HP_ELIGIBLE_ON_COMPLETION, /* once the target program is finished */
  HP_ELIGIBLE_NOT_BY_PLAN,   /* the target program does not lead to it */
  HP_ELIGIBLE_UNKNOWN,       /* it does, but no completion can be projected yet */
} HpEligibleWhen;

#define HP_TYPE_ELIGIBILITY (hp_eligibility_get_type ())
G_DECLARE_FINAL_TYPE (HpEligibility, hp_eligibility, HP, ELIGIBILITY, GObject)
struct _HpEligibility
{
  GObject        parent_instance;
  HpEligibleWhen when;
  HpProgram     *program;      /* the target program it runs through, or NULL */
  HpTermKey      term;         /* its projected last term, or 0 */
  GDate          from;         /* eligible from this day; invalid unless ON_COMPLETION */
  GDate          early_from;   /* early testing from this day; invalid when not allowed */
  GPtrArray     *other_programs; /* of char*: names of the catalog's programs that lead to it */
  char          *sentence;     /* the rule and the date it is met, in words */
  gboolean       exam_too_early; /* the booked exam is before the student may sit it */
  char          *exam_problem; /* why, in words, or NULL */
};

HpEligibility *hp_eligibility_new    (HpPlan       *plan,
                                      HpCatalog    *catalog,
                                      HpCredential *credential,
                                      const GDate  *exam_date,
                                      const GDate  *today);

G_END_DECLS
