/* hp-lazy-menu.c: menu buttons whose menus are built the first time they open
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A menu button given a menu model builds the whole popover menu at once;
 * the window has several, and most are never opened in a session.  This
 * builds each when it is first wanted, which keeps start-up quick.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-lazy-menu.h"

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (data));
}

void
hp_lazy_menu_set (GtkMenuButton *button,
                  GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup_cb, g_object_ref (model),
                                         g_object_unref);
}
