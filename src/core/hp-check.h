/* hp-check.h: the problems of a plan, each with a sentence that explains it
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

typedef enum
{
  HP_PROBLEM_UNKNOWN_COURSE,
  HP_PROBLEM_PREREQUISITE,
  HP_PROBLEM_COREQUISITE,
  HP_PROBLEM_OFFERING,
  HP_PROBLEM_LOAD,
  HP_PROBLEM_DUPLICATE,
  HP_PROBLEM_ADMISSION,    /* a course for admitted students, before admission */
} HpProblemKind;

#define HP_TYPE_PROBLEM (hp_problem_get_type ())
G_DECLARE_FINAL_TYPE (HpProblem, hp_problem, HP, PROBLEM, GObject)
struct _HpProblem
{
  GObject         parent_instance;
  HpProblemKind   kind;
  HpTermKey       term;
  char           *course;      /* NULL for a term's load */
  char           *message;     /* the whole explanation, for people */
  char           *target;      /* what an exception would name: the missing prerequisite or
                                * co-requisite, or the term ("fall 2027") for an offering */
  HpException    *resolved_by; /* the advisor's exception that resolves it, or NULL */
};

const char *hp_problem_kind_to_string (HpProblemKind kind);
char       *hp_problem_dup_when       (HpProblem    *self);
char       *hp_problem_dup_summary    (HpProblem    *self);
char       *hp_problem_dup_resolution (HpProblem    *self);

typedef enum
{
  HP_REQUISITES_NONE,     /* the course has no prerequisites */
  HP_REQUISITES_MET,      /* by completed work, transfer credit or a waiver */
  HP_REQUISITES_PLANNED,  /* once what is in progress or planned is done */
  HP_REQUISITES_MISSING,
} HpRequisitesState;

HpRequisitesState hp_plan_requisites_state (HpPlan     *plan,
                                            HpCatalog  *catalog,
                                            HpCourse   *course,
                                            char      **explanation);

HpException *hp_exception_new_for_problem (HpProblem   *problem,
                                           const char  *approved_by,
                                           const char  *note,
                                           const GDate *today);
char       *hp_exception_describe    (HpException *exception,
                                      HpCatalog   *catalog);

GListStore *hp_plan_check            (HpPlan      *plan,
                                      HpCatalog   *catalog);
guint       hp_problems_count_open   (GListModel  *problems);
double      hp_plan_entry_credits    (HpPlanEntry *entry,
                                      HpCatalog   *catalog);
double      hp_plan_term_credits     (HpPlanTerm  *term,
                                      HpCatalog   *catalog);

G_END_DECLS
