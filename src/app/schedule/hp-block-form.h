/* hp-block-form.h: a study block: what, when, done
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_BLOCK_FORM (hp_block_form_get_type ())
G_DECLARE_FINAL_TYPE (HpBlockForm, hp_block_form, HP, BLOCK_FORM, HpForm)

HpForm *hp_block_form_new (HpPlan       *plan,
                           HpCatalog    *catalog,
                           HpStudyBlock *block,
                           const GDate  *date,
                           guint         start);

G_END_DECLS
