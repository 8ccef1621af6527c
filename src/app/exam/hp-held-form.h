/* hp-held-form.h: a credential the student passed, and the day
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_HELD_FORM (hp_held_form_get_type ())
G_DECLARE_FINAL_TYPE (HpHeldForm, hp_held_form, HP, HELD_FORM, HpForm)

HpForm *hp_held_form_new (HpCatalog   *catalog,
                           const GDate *today);

G_END_DECLS
