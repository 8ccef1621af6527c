/* hp-compare.h: one plan against several programs: what each path would take and give
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-audit.h"

G_BEGIN_DECLS

#define HP_TYPE_PATH (hp_path_get_type ())
G_DECLARE_FINAL_TYPE (HpPath, hp_path, HP, PATH, GObject)
struct _HpPath
{
  GObject    parent_instance;
  HpAudit   *audit;
  double     credits_to_take;    /* in progress, planned, and placed by the automatic plan */
  guint      terms_left;         /* after the term in progress, to the projected one */
  double     tuition_per_credit; /* the student's own figure, else the program's */
  double     remaining_tuition;  /* planned credits and the automatic plan's; in-progress ones
                                  * are paid */
  GPtrArray *eligible;           /* of char*: credentials completing the path makes them eligible for */
  GPtrArray *prepares;           /* of char*: credentials it prepares for, whose body sets more rules */
  double     credits_applied;    /* of the student's record (completed, in progress, planned) */
  double     transfer_credits;   /* applied and still to take, that transfer to a bachelor's */
  GPtrArray *courses;            /* of char*: applied and still to take, by code */
  GPtrArray *shared;             /* of char*: those of `courses` every other path compared has */
  GPtrArray *unique;             /* of char*: those no other path compared has */
};

GListStore *hp_compare                  (HpPlan      *plan,
                                         HpCatalog   *catalog,
                                         GPtrArray   *programs,
                                         const GDate *today);
GPtrArray  *hp_compare_default_programs (HpPlan      *plan,
                                         HpCatalog   *catalog);
gboolean    hp_catalog_has_bachelor     (HpCatalog   *catalog);
gboolean    hp_program_is_bachelor      (HpProgram   *program);

G_END_DECLS
