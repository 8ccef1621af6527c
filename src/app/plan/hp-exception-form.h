/* hp-exception-form.h: an advisor's exception that resolves a problem: a waiver or leave for a term
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_EXCEPTION_FORM (hp_exception_form_get_type ())
G_DECLARE_FINAL_TYPE (HpExceptionForm, hp_exception_form, HP, EXCEPTION_FORM, HpForm)

HpForm *hp_exception_form_new (HpProblem *problem,
                               guint      position);

G_END_DECLS
