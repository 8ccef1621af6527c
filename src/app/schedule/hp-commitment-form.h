/* hp-commitment-form.h: a weekly commitment: a class meeting, a work shift
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_COMMITMENT_FORM (hp_commitment_form_get_type ())
G_DECLARE_FINAL_TYPE (HpCommitmentForm, hp_commitment_form, HP, COMMITMENT_FORM, HpForm)

HpForm *hp_commitment_form_new (HpTimeSlot *slot,
                                int         index);

G_END_DECLS
