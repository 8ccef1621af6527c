/* hp-form.h: a small modal window around one form of ui/hp-plan-dialogs.ui
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-types.h"

G_BEGIN_DECLS

/* Called when the primary button is pressed; return TRUE to close the form. */
typedef gboolean (*HpFormAccept) (GtkBuilder *builder,
                                  gpointer    user_data);

GtkWindow *hp_form_new (GtkWidget    *parent,
                        const char   *title,
                        const char   *accept_label,
                        const char  **object_ids,
                        HpFormAccept  accept,
                        gpointer      user_data,
                        GtkBuilder  **builder);
void       hp_form_accept (GtkWindow *form);
void       hp_form_require (GtkWindow   *form,
                            GtkEditable *field);

/* A term as a season drop-down (fall first, as academic years run) and a
 * year spin button. */
void       hp_form_set_term (GtkDropDown   *season,
                             GtkSpinButton *year,
                             HpTermKey      term);
HpTermKey  hp_form_get_term (GtkDropDown   *season,
                             GtkSpinButton *year);

G_END_DECLS
