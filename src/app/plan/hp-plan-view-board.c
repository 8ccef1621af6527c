/* hp-plan-view-board.c: the Plan view's board: a list view of terms, built as they come into view
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-view-private.h"

static GPtrArray *
problems_for (HpPlanView  *self,
              HpTermKey    term,
              const char  *course)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i++)
    {
      HpProblem *p = g_list_model_get_item (G_LIST_MODEL (self->problems), i);

      g_object_unref (p);  /* the store keeps it */
      if (p->term == term && g_strcmp0 (p->course, course) == 0)
        g_ptr_array_add (found, p);
    }
  return found;
}

static guint
open_problems_in_term (HpPlanView *self,
                       HpTermKey   term)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i++)
    {
      g_autoptr(HpProblem) p = g_list_model_get_item (G_LIST_MODEL (self->problems), i);
      n += p->term == term && p->resolved_by == NULL;
    }
  return n;
}

/* The board is a list view over the plan's terms: only the terms on screen
 * have widgets, so a plan of two hundred terms opens as fast as one of six.
 * A term's column and cards are built when it scrolls into view. */
static HpTermColumn *
build_column (HpPlanView *self,
              HpPlanTerm *term)
{
  HpPlan *plan = hp_document_get_plan (hp_view_get_document (HP_VIEW (self)));
  HpCatalog *catalog = hp_document_get_catalog (hp_view_get_document (HP_VIEW (self)));
  GListModel *entries = G_LIST_MODEL (term->entries);
  HpTermColumn *column;

  column = hp_term_column_new (term->key, hp_plan_term_credits (term, catalog),
                               hp_plan_load_limit (plan),
                               catalog ? hp_plan_term_gpa (term, catalog) : -1,
                               open_problems_in_term (self, term->key));
  for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
    {
      g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, j);
      g_autoptr(GPtrArray) problems = problems_for (self, term->key, entry->course);
      HpCourse *course = catalog ? hp_catalog_find_course (catalog, entry->course) : NULL;

      hp_term_column_add_card (column, hp_course_card_new (entry, course, term->key, j, problems));
    }
  return column;
}

/* A list view keeps widgets for up to a few hundred items around the ones
 * on screen, so a bound slot stays an empty placeholder of a column's width
 * until it is actually in view; only then are its column and cards built. */
#define SLOT_WIDTH  226
#define SLOT_HEIGHT 180

static void
build_slot (HpPlanView *self,
            GtkWidget  *slot,
            HpPlanTerm *term)
{
  HpTermColumn *column;

  if (gtk_widget_get_first_child (slot) != NULL || hp_view_get_document (HP_VIEW (self)) == NULL)
    return;
  column = build_column (self, term);
  gtk_widget_set_size_request (slot, -1, -1);
  gtk_box_append (GTK_BOX (slot), GTK_WIDGET (column));
  g_hash_table_insert (self->columns, GUINT_TO_POINTER (term->key), column);
}

/* Builds the slots within a screen of the visible part of the board. */
static void
build_visible (HpPlanView *self)
{
  GtkWidget *viewport = GTK_WIDGET (self->board_scroller);
  double width = gtk_widget_get_width (viewport), height = gtk_widget_get_height (viewport);
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer slot, term;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &slot, &term))
    {
      graphene_rect_t b;

      /* A slot not laid out yet has no place: wait for the next layout. */
      if (gtk_widget_get_first_child (slot) != NULL || gtk_widget_get_width (slot) == 0 ||
          !gtk_widget_compute_bounds (slot, viewport, &b))
        continue;
      if (b.origin.x + b.size.width >= -SLOT_WIDTH && b.origin.x <= width + SLOT_WIDTH &&
          b.origin.y + b.size.height >= -SLOT_HEIGHT && b.origin.y <= height + SLOT_HEIGHT)
        g_ptr_array_add (todo, slot);
    }
  for (guint i = 0; i < todo->len; i++)
    build_slot (self, g_ptr_array_index (todo, i),
                g_hash_table_lookup (self->slots, g_ptr_array_index (todo, i)));
}

/* Slots have their places only once a frame is laid out: look after it. */
static void
after_paint_cb (GdkFrameClock *clock,
                HpPlanView    *self)
{
  if (self->panel_wanted)
    _hp_plan_view_update_panel (self);
  if (self->scroll_to_start)
    {
      self->scroll_to_start = FALSE;
      gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->board_scroller), 0);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->board_scroller), 0);
    }
  if (self->build_wanted)
    {
      self->build_wanted = FALSE;
      build_visible (self);
    }
  _hp_plan_view_apply_pending_focus (self);
}

static void
schedule_build (HpPlanView *self)
{
  self->build_wanted = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self->board));
}

static void
board_mapped_cb (HpPlanView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->board));

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), self, 0);
  schedule_build (self);
}

static void
board_unmapped_cb (HpPlanView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->board));

  if (clock != NULL)
    g_signal_handlers_disconnect_by_data (clock, self);
}

static void
setup_term_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HpPlanView               *self)
{
  GtkWidget *slot = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, slot);
}

/* The board's last column: a way to add a term where the terms are. */
#define ADD_TERM_KEY 0

static GtkWidget *
add_term_column_new (void)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Add _Term…"));

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "add-term");
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "plan.add-term-dialog");
  return button;
}

static void
bind_term_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HpPlanView               *self)
{
  GtkWidget *slot = gtk_list_item_get_child (item);
  HpPlanTerm *term = gtk_list_item_get_item (item);

  if (term->key == ADD_TERM_KEY)
    {
      gtk_widget_set_size_request (slot, hp_view_get_narrow (HP_VIEW (self)) ? -1 : SLOT_WIDTH, -1);
      gtk_box_append (GTK_BOX (slot), add_term_column_new ());
      return;
    }

  gtk_widget_set_size_request (slot, hp_view_get_narrow (HP_VIEW (self)) ? -1 : SLOT_WIDTH,
                               hp_view_get_narrow (HP_VIEW (self)) ? SLOT_HEIGHT : -1);
  g_hash_table_insert (self->slots, slot, gtk_list_item_get_item (item));
  schedule_build (self);
}

static void
unbind_term_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HpPlanView               *self)
{
  GtkWidget *slot = gtk_list_item_get_child (item);
  GtkWidget *column = gtk_widget_get_first_child (slot);

  g_hash_table_remove (self->slots, slot);
  if (column == NULL)
    return;
  if (!HP_IS_TERM_COLUMN (column))
    {
      gtk_box_remove (GTK_BOX (slot), column);
      return;
    }
  if (g_hash_table_lookup (self->columns,
                           GUINT_TO_POINTER (hp_term_column_get_term (HP_TERM_COLUMN (column)))) ==
      column)
    g_hash_table_remove (self->columns,
                         GUINT_TO_POINTER (hp_term_column_get_term (HP_TERM_COLUMN (column))));
  if (self->selected != NULL && gtk_widget_is_ancestor (GTK_WIDGET (self->selected), column))
    self->selected = NULL;
  gtk_box_remove (GTK_BOX (slot), column);
}

void
_hp_plan_view_rebuild_board (HpPlanView *self,
                             HpPlan     *plan)
{
  GListModel *terms = G_LIST_MODEL (plan->terms);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  /* Replacing every item rebinds the terms on screen, and only those. */
  self->selected = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    g_ptr_array_add (items, g_list_model_get_item (terms, i));
  g_list_store_splice (self->terms, 0, g_list_model_get_n_items (G_LIST_MODEL (self->terms)),
                       items->pdata, items->len);
}

static guint
term_position (HpPlanView *self,
               HpTermKey   key)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->terms)); i++)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (G_LIST_MODEL (self->terms), i);
      if (t->key == key)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Scrolls the board so the term's column is on screen.  Columns are all
 * about as wide (or, in a narrow window, the terms are rows of their own
 * height), so the place is estimated from a column on screen; the list view
 * then builds the column there. */
void
_hp_plan_view_scroll_to_term (HpPlanView *self,
                              HpTermKey   key)
{
  GtkAdjustment *adj = hp_view_get_narrow (HP_VIEW (self)) ? gtk_scrolled_window_get_vadjustment (self->board_scroller)
                                    : gtk_scrolled_window_get_hadjustment (self->board_scroller);
  guint position = term_position (self, key);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->terms));
  double upper = gtk_adjustment_get_upper (adj);

  if (position == GTK_INVALID_LIST_POSITION || n == 0)
    return;
  gtk_adjustment_set_value (adj, upper * position / n);
}

static gboolean
finish_select_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  guint position = self->pending_select - 1;
  g_autoptr(HpProblem) p = NULL;

  if (self->pending_select == 0)
    return G_SOURCE_REMOVE;
  p = g_list_model_get_item (G_LIST_MODEL (self->problems), position);
  if (p == NULL || hp_plan_view_find_column (self, p->term) != NULL)
    {
      self->pending_select = 0;
      if (p != NULL)
        _hp_plan_view_select_problem (self, position);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

void
_hp_plan_view_select_problem (HpPlanView *self,
                              guint       position)
{
  g_autoptr(HpProblem) p = g_list_model_get_item (G_LIST_MODEL (self->problems), position);
  HpCourseCard *card;

  if (p == NULL || p->course == NULL)
    return;

  /* A term off screen has no column yet: scroll there, select on a later frame. */
  if (hp_plan_view_find_column (self, p->term) == NULL)
    {
      if (self->pending_select == 0)
        gtk_widget_add_tick_callback (GTK_WIDGET (self), finish_select_cb, NULL, NULL);
      self->pending_select = position + 1;
      _hp_plan_view_scroll_to_term (self, p->term);
      return;
    }
  if ((card = hp_plan_view_find_card (self, p->term, p->course)) == NULL)
    return;

  if (self->selected != NULL)
    hp_course_card_set_selected (self->selected, FALSE);
  self->selected = card;
  hp_course_card_set_selected (card, TRUE);

  _hp_plan_view_show_card (self, card);
}

void
_hp_plan_view_init_board (HpPlanView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->board_scroller);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (self->board_scroller);
  GtkNoSelection *selection;
  g_autoptr(GListStore) add_term = g_list_store_new (HP_TYPE_PLAN_TERM);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(HpPlanTerm) placeholder = hp_plan_term_new (ADD_TERM_KEY);

  self->terms = g_list_store_new (HP_TYPE_PLAN_TERM);
  g_list_store_append (add_term, placeholder);
  g_list_store_append (parts, self->terms);
  g_list_store_append (parts, add_term);
  self->columns = g_hash_table_new (NULL, NULL);
  self->slots = g_hash_table_new (NULL, NULL);
  /* Whatever moves the view or changes its size may bring slots into it. */
  g_signal_connect_swapped (h, "value-changed", G_CALLBACK (schedule_build), self);
  g_signal_connect_swapped (v, "value-changed", G_CALLBACK (schedule_build), self);
  g_signal_connect_swapped (h, "notify::page-size", G_CALLBACK (schedule_build), self);
  g_signal_connect_swapped (v, "notify::page-size", G_CALLBACK (schedule_build), self);
  g_signal_connect_swapped (h, "notify::upper", G_CALLBACK (schedule_build), self);
  g_signal_connect_swapped (v, "notify::upper", G_CALLBACK (schedule_build), self);
  g_signal_connect_swapped (self->board, "map", G_CALLBACK (board_mapped_cb), self);
  g_signal_connect_swapped (self->board, "unmap", G_CALLBACK (board_unmapped_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_term_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_term_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_term_cb), self);
  /* The terms, then the column that adds one. */
  selection = gtk_no_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (
    G_LIST_MODEL (g_steal_pointer (&parts)))));
  gtk_list_view_set_model (self->board, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (self->board, factory);
  g_object_unref (selection);
}
