/* hp-term-column.c: one term of the plan board: its header and its course cards
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A drop of a catalog course ("course\nCODE") adds it to this term; a drop of
 * a card ("entry\nTERM\nINDEX") moves it here.  Both go out as plan.* actions.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "hp-lazy-menu.h"
#include "hp-term-column.h"
#include "hp-tooltip.h"

struct _HpTermColumn
{
  GtkWidget  parent_instance;

  HpTermKey  term;

  /* template children */
  GtkLabel  *title_label;
  GtkLabel  *summary_label;
  GtkLabel  *problems_label;
  GtkBox    *cards;
  GtkLabel  *empty_label;
  GtkMenuButton *menu_button;
  GMenuModel *term_menu;
};

G_DEFINE_FINAL_TYPE (HpTermColumn, hp_term_column, GTK_TYPE_WIDGET)

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         HpTermColumn  *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-hover");
  return hp_term_column_accept_drop (self, g_value_get_string (value));
}

static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               HpTermColumn  *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-hover");
  return GDK_ACTION_COPY | GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               HpTermColumn  *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-hover");
}

static void
column_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpTermColumn *self = HP_TERM_COLUMN (widget);

  if (g_str_equal (action_name, "column.rename"))
    gtk_widget_activate_action (widget, "plan.rename-term-dialog", "u", self->term);
  else if (g_str_equal (action_name, "column.gpa"))
    gtk_widget_activate_action (widget, "plan.gpa-calculator", "u", self->term);
  else if (g_str_equal (action_name, "column.remove"))
    gtk_widget_activate_action (widget, "plan.remove-term", "u", self->term);
}

static void
hp_term_column_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_TERM_COLUMN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (hp_term_column_parent_class)->dispose (object);
}

static void
hp_term_column_class_init (HpTermColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_term_column_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-term-column.ui");
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, problems_label);
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, cards);
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HpTermColumn, term_menu);

  gtk_widget_class_install_action (widget_class, "column.rename", NULL, column_action_cb);
  gtk_widget_class_install_action (widget_class, "column.gpa", NULL, column_action_cb);
  gtk_widget_class_install_action (widget_class, "column.remove", NULL, column_action_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "termcolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hp_term_column_init (HpTermColumn *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  hp_lazy_menu_set (self->menu_button, self->term_menu);

  target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

HpTermColumn *
hp_term_column_new (HpTermKey term,
                    double    credits,
                    double    limit,
                    double    gpa,
                    guint     n_problems)
{
  HpTermColumn *self = g_object_new (HP_TYPE_TERM_COLUMN, NULL);
  g_autofree char *title = hp_term_key_format (term);
  g_autofree char *amount = hp_format_number (credits);
  g_autoptr(GString) summary = g_string_new (NULL);

  self->term = term;
  gtk_label_set_label (self->title_label, title);
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%s credit", "%s credits",
                                                credits == 1 ? 1 : 2), amount);
  if (gpa >= 0)
    g_string_append_printf (summary, _(" · GPA %.2f"), gpa);
  gtk_label_set_label (self->summary_label, summary->str);
  if (credits > limit)
    gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "over-limit");

  if (n_problems > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_problems);
      g_autofree char *tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem",
                                                           "%u problems", n_problems),
                                              n_problems);

      gtk_label_set_label (self->problems_label, count);
      hp_tooltip_set (GTK_WIDGET (self->problems_label), tip);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), TRUE);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return self;
}

HpTermKey
hp_term_column_get_term (HpTermColumn *self)
{
  g_return_val_if_fail (HP_IS_TERM_COLUMN (self), 0);
  return self->term;
}

void
hp_term_column_add_card (HpTermColumn *self,
                         HpCourseCard *card)
{
  g_return_if_fail (HP_IS_TERM_COLUMN (self));

  gtk_box_append (self->cards, GTK_WIDGET (card));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), FALSE);
}

/* The card of the term's @index-th course, or NULL. */
HpCourseCard *
hp_term_column_get_card (HpTermColumn *self,
                         guint         index)
{
  GtkWidget *c;

  g_return_val_if_fail (HP_IS_TERM_COLUMN (self), NULL);

  for (c = gtk_widget_get_first_child (GTK_WIDGET (self->cards)); c != NULL && index > 0;
       c = gtk_widget_get_next_sibling (c))
    index--;
  return c ? HP_COURSE_CARD (c) : NULL;
}

/* What a drop on this term does; FALSE for data it does not understand. */
gboolean
hp_term_column_accept_drop (HpTermColumn *self,
                            const char   *data)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (HP_IS_TERM_COLUMN (self), FALSE);

  if (data == NULL)
    return FALSE;
  parts = g_strsplit (data, "\n", 0);
  if (g_strv_length (parts) == 2 && g_str_equal (parts[0], "course"))
    return gtk_widget_activate_action (GTK_WIDGET (self), "plan.add-course", "(su)", parts[1],
                                       self->term);
  if (g_strv_length (parts) == 3 && g_str_equal (parts[0], "entry"))
    return gtk_widget_activate_action (GTK_WIDGET (self), "plan.move-entry", "(uuu)",
                                       (guint) strtoul (parts[1], NULL, 10),
                                       (guint) strtoul (parts[2], NULL, 10), self->term);
  return FALSE;
}
