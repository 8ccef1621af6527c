/* hp-audit.h: a plan measured against one program: what counts, what remains, when it ends
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-autoplan.h"
#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

typedef enum
{
  HP_STANDING_COMPLETED,   /* passed, transferred, or completed without a grade yet */
  HP_STANDING_IN_PROGRESS,
  HP_STANDING_PLANNED,
} HpStanding;

typedef enum
{
  HP_GROUP_COMPLETE,  /* met by completed work */
  HP_GROUP_PLANNED,   /* met once what is in progress and planned is done */
  HP_GROUP_PARTIAL,
  HP_GROUP_MISSING,
} HpGroupStatus;

/* One piece of the student's record applied to a requirement group. */
typedef struct
{
  char      *code;      /* catalog course, or NULL for elective transfer credit */
  char      *label;     /* "ENG 101 (transfer from Riverside Community College)" */
  double     credits;
  HpStanding standing;
  HpTermKey  term;      /* 0 for transfer credit */
  gboolean   transfers; /* counts toward a bachelor's transfer block */
  gboolean   substituted;
} HpApplied;

#define HP_TYPE_GROUP_RESULT (hp_group_result_get_type ())
G_DECLARE_FINAL_TYPE (HpGroupResult, hp_group_result, HP, GROUP_RESULT, GObject)
struct _HpGroupResult
{
  GObject        parent_instance;
  HpRequirement *group;
  HpGroupStatus  status;
  double         need;     /* courses, or credits for a credits group */
  double         done;     /* of need, met by completed work */
  double         planned;  /* of need, met by work in progress or planned */
  GPtrArray     *applied;  /* of HpApplied* */
  char          *missing;  /* what is still needed, in words; NULL when met */
};

#define HP_TYPE_AUDIT (hp_audit_get_type ())
G_DECLARE_FINAL_TYPE (HpAudit, hp_audit, HP, AUDIT, GObject)
struct _HpAudit
{
  GObject     parent_instance;
  HpProgram  *program;
  GListStore *groups;               /* of HpGroupResult, in the program's order */
  double      credits_required;
  double      credits_completed;    /* applied credits by standing */
  double      credits_in_progress;
  double      credits_planned;
  double      credits_remaining;    /* still to be placed in the plan */
  guint       courses_remaining;    /* an estimate for credits groups: 3 credits a course */
  double      transferable_credits; /* applied credits that transfer to a bachelor's */
  GPtrArray  *unapplied;            /* of char*: courses in the plan that count toward nothing */
  gboolean    on_track;             /* every group complete or planned */
  HpAutoplan *autoplan;             /* what is left, placed in the terms ahead */
  HpTermKey   projected;            /* the projected completion: the automatic plan's
                                     * last term; 0 when something cannot be placed */
  guint       terms_left;           /* the student's terms after the one in progress, up to
                                     * the projected one */
};

const char *hp_group_status_to_string (HpGroupStatus status);
const char *hp_standing_to_string     (HpStanding    standing);

HpAudit    *hp_audit_new             (HpPlan      *plan,
                                      HpCatalog   *catalog,
                                      HpProgram   *program,
                                      const GDate *today);
char       *hp_audit_first_blocker   (HpAudit     *audit,
                                      GListModel  *problems);
double      hp_audit_credits_to_take (HpAudit     *audit);

G_END_DECLS
