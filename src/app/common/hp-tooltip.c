/* hp-tooltip.c: tooltips that cost nothing until they are shown
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gtk_widget_set_tooltip_text () asks the display where the pointer is, a
 * round trip to the X server, each time it is called.  Lists and boards set
 * hundreds of tooltips as they fill (every catalog row as the search
 * narrows), so those round trips added up to a tenth of a second a
 * keystroke.  Here the text is kept aside and handed over only when GTK
 * asks for the tooltip.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-tooltip.h"

#define TEXT_KEY "hp-tooltip-text"

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TEXT_KEY);

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Sets (or with NULL, clears) @widget's tooltip text. */
void
hp_tooltip_set (GtkWidget  *widget,
                const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), "hp-tooltip-connected") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
      g_object_set_data (G_OBJECT (widget), "hp-tooltip-connected", GINT_TO_POINTER (1));
      gtk_widget_set_has_tooltip (widget, TRUE);
    }
  g_object_set_data_full (G_OBJECT (widget), TEXT_KEY, g_strdup (text), g_free);
}
