/* hp-types-module.c: registers the app's widget types when the types module loads
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only in the module the validate suite preloads into gtk4-builder-tool.
 * GtkBuilder finds an object's type by its get_type function, but a
 * template's parent only by name among the types already registered: a
 * form's <template parent="HpForm"> needs HpForm registered first, a
 * view's HpView.
 */
#include "config.h"

#include "hp-form.h"
#include "hp-view.h"

__attribute__((constructor)) static void
hp_types_module_init (void)
{
  g_type_ensure (HP_TYPE_FORM);
  g_type_ensure (HP_TYPE_VIEW);
}
