/* hp-autoplan.h: the remaining requirements of a program placed into future terms
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* A course the automatic plan puts in a term, and why it is needed. */
typedef struct
{
  char      *course;
  HpTermKey  term;
  double     credits;
  char      *reason;  /* "Health information core", "a prerequisite of HIT 240" */
  char      *group;   /* the id of the requirement group it fills; NULL: needed by another course */
} HpPlacement;

/* What it could not place, and why: a course, or a group's shortfall
 * (course NULL) when the catalog has nothing left that counts. */
typedef struct
{
  char *course;
  char *reason;
} HpUnplaced;

#define HP_TYPE_AUTOPLAN (hp_autoplan_get_type ())
G_DECLARE_FINAL_TYPE (HpAutoplan, hp_autoplan, HP, AUTOPLAN, GObject)
struct _HpAutoplan
{
  GObject    parent_instance;
  HpTermKey  current;     /* the term in progress on the day it was made */
  HpTermKey  first;       /* the first term it may add a course to */
  double     load;        /* the most credits a term may hold */
  gboolean   summer;      /* whether it uses summer terms */
  GPtrArray *placements;  /* of HpPlacement*, by term, then code */
  GPtrArray *unplaced;    /* of HpUnplaced* */
  HpTermKey  last;        /* the last term with a course of the program: the projected
                           * completion; 0 when the plan holds none and none is left */
  guint      terms_left;  /* the student's terms after the current one, up to `last` */
};

gboolean    hp_plan_takes_summer      (HpPlan      *plan,
                                       HpCatalog   *catalog);
HpTermKey   hp_plan_next_term         (HpPlan      *plan,
                                       HpCatalog   *catalog,
                                       HpTermKey    key);
double      hp_autoplan_credits       (HpAutoplan  *self);
void        hp_autoplan_add_to_plan   (HpAutoplan  *self,
                                       HpPlan      *plan);

G_END_DECLS
