/* hp-ce.h: continuing education: the cycle each held credential is in, what it asks, what is done
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* Within this many days of a cycle's end, missing hours are a warning. */
#define HP_CE_DUE_SOON_DAYS 90

#define HP_TYPE_CE_STATUS (hp_ce_status_get_type ())
G_DECLARE_FINAL_TYPE (HpCeStatus, hp_ce_status, HP, CE_STATUS, GObject)
struct _HpCeStatus
{
  GObject    parent_instance;
  char      *body;          /* "AHIMA" */
  GPtrArray *credentials;   /* of char*: the credentials this cycle keeps */
  GDate      start;         /* the cycle in progress, both days included */
  GDate      end;
  int        days_left;     /* after today, to the end */
  double     required;      /* hours */
  double     done;          /* hours logged in the cycle */
  double     expected;      /* hours a steady pace would have logged by today */
  double     share;         /* percent that must be in share_category; 0: no such rule */
  char      *share_category;
  double     share_done;    /* hours logged in share_category */
  gboolean   behind;        /* at least an hour behind a steady pace */
  gboolean   due_soon;      /* hours missing within HP_CE_DUE_SOON_DAYS of the end */
  GPtrArray *entries;       /* of HpCeEntry*, the cycle's, oldest first */
  GPtrArray *notes;         /* of char*: how the requirement was worked out */
  char      *warning;       /* behind or due soon, in words; NULL otherwise */
};

void        hp_ce_cycle        (const GDate  *earned,
                                guint         years,
                                HpCeCycle     kind,
                                const GDate  *on,
                                GDate        *start,
                                GDate        *end);
char       *hp_ce_status_format_expected (HpCeStatus *status);
GListStore *hp_ce_statuses     (HpPlan       *plan,
                                HpCatalog    *catalog,
                                const GDate  *today);

G_END_DECLS
