/* hp-transfer-form.h: transfer credit from another institution
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-form.h"

G_BEGIN_DECLS

#define HP_TYPE_TRANSFER_FORM (hp_transfer_form_get_type ())
G_DECLARE_FINAL_TYPE (HpTransferForm, hp_transfer_form, HP, TRANSFER_FORM, HpForm)

HpForm *hp_transfer_form_new (void);

G_END_DECLS
