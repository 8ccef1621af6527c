/* hp-term-form.h: the form that adds a term or gives one another season or year
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_TERM_FORM (hp_term_form_get_type ())
G_DECLARE_FINAL_TYPE (HpTermForm, hp_term_form, HP, TERM_FORM, HpForm)

HpForm *hp_term_form_new (HpTermKey rename,
                          HpTermKey suggested);

G_END_DECLS
