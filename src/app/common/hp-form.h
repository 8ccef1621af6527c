/* hp-form.h: a small modal window that gathers values for one edit
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-core.h"

G_BEGIN_DECLS

#define HP_TYPE_FORM (hp_form_get_type ())
G_DECLARE_DERIVABLE_TYPE (HpForm, hp_form, HP, FORM, GtkWindow)

struct _HpFormClass
{
  GtkWindowClass parent_class;

  /* The primary button was pressed with every required field filled:
   * make the edit; TRUE closes the form. */
  gboolean (*accept) (HpForm *self);
};

void       hp_form_accept          (HpForm        *self);
void       hp_form_require         (HpForm        *self,
                                    GtkEditable   *field);
void       hp_form_add_date        (HpForm        *self,
                                    GtkEditable   *field,
                                    gboolean       required);
void       hp_form_set_date        (GtkEditable   *field,
                                    const GDate   *date);
const char *hp_form_get_date_text  (GtkEditable   *field);
void       hp_form_set_accept_label (HpForm       *self,
                                    const char    *label);
void       hp_form_present_for     (HpForm        *self,
                                    GtkWidget     *target);
gboolean   hp_form_activate_action (HpForm        *self,
                                    const char    *name,
                                    const char    *format,
                                    ...);
GtkWidget *hp_form_get_target      (HpForm        *self);

/* A term as a season drop-down (fall first, as academic years run) and a
 * year spin button. */
void       hp_form_set_term        (GtkDropDown   *season,
                                    GtkSpinButton *year,
                                    HpTermKey      term);
HpTermKey  hp_form_get_term        (GtkDropDown   *season,
                                    GtkSpinButton *year);
void       hp_form_set_range       (GtkSpinButton *spin,
                                    double         lower,
                                    double         upper);

G_END_DECLS
