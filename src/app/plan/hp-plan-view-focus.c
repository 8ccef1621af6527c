/* hp-plan-view-focus.c: the Plan view from the keyboard: card to card, and focus kept over edits
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the terms on screen have columns (see hp-plan-view-board.c), so GTK's
 * own focus chain cannot reach a card in a term scrolled away.  The way from
 * card to card is worked out from the plan instead: arrows move within a
 * term and across terms, Tab and Shift+Tab walk every course in order, and
 * a card not built yet is scrolled to and focused once its column is.  An
 * edit rebuilds the board; the card that had the focus, or its neighbour
 * after a removal, gets it back.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include "hp-plan-view-private.h"

static guint
n_entries (HpPlanTerm *term)
{
  return g_list_model_get_n_items (G_LIST_MODEL (term->entries));
}

/* The nearest term before (@step -1) or after (+1) @key that holds a course. */
static HpPlanTerm *
term_with_courses (HpPlan    *plan,
                   HpTermKey  key,
                   int        step)
{
  GListModel *terms = G_LIST_MODEL (plan->terms);
  guint n = g_list_model_get_n_items (terms);
  HpPlanTerm *found = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, step > 0 ? i : n - 1 - i);

      if (n_entries (t) > 0 && (step > 0 ? t->key > key : t->key < key))
        {
          found = t;
          break;
        }
    }
  return found;  /* the plan keeps it */
}

/* Scrolls the board so @card is in view. */
void
_hp_plan_view_show_card (HpPlanView   *self,
                         HpCourseCard *card)
{
  graphene_rect_t bounds;

  if (gtk_widget_compute_bounds (GTK_WIDGET (card), GTK_WIDGET (self->board), &bounds))
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->board_scroller);
      GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (self->board_scroller);
      double x = bounds.origin.x + gtk_adjustment_get_value (h);
      double y = bounds.origin.y + gtk_adjustment_get_value (v);

      gtk_adjustment_clamp_page (h, x, x + bounds.size.width);
      gtk_adjustment_clamp_page (v, y, y + bounds.size.height);
    }
}

/* Focuses the card of @term's @index-th course, now if its column is built,
 * else once it is (the board scrolls there). */
static void
focus_card (HpPlanView *self,
            HpTermKey   term,
            guint       index)
{
  HpTermColumn *column = hp_plan_view_find_column (self, term);
  HpCourseCard *card = column ? hp_term_column_get_card (column, index) : NULL;

  self->focus_term = 0;
  if (card != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (card));
      _hp_plan_view_show_card (self, card);
      return;
    }
  self->focus_term = term;
  self->focus_index = index;
  if (column == NULL)
    _hp_plan_view_scroll_to_term (self, term);
}

/* After an edit the board is rebuilt: the focus returns to @term's @index-th
 * course, or the one before it when it was the last, or the nearest term's
 * first when the term is left empty. */
void
_hp_plan_view_keep_focus (HpPlanView *self,
                          HpTermKey   term,
                          guint       index)
{
  self->focus_term = term;
  self->focus_index = index;
}

/* Called after every frame: a focus waiting for its card. */
void
_hp_plan_view_apply_pending_focus (HpPlanView *self)
{
  HpPlan *plan = hp_view_get_document (HP_VIEW (self)) ? hp_document_get_plan (hp_view_get_document (HP_VIEW (self))) : NULL;
  HpPlanTerm *term;
  guint index;

  if (self->focus_term == 0 || plan == NULL || self->refresh_source != 0)
    return;
  term = hp_plan_find_term (plan, self->focus_term);
  index = self->focus_index;
  if (term == NULL || n_entries (term) == 0)
    {
      HpTermKey key = self->focus_term;

      term = term_with_courses (plan, key, 1);
      if (term == NULL)
        term = term_with_courses (plan, key, -1);
      index = 0;
      if (term == NULL)
        {
          self->focus_term = 0;
          return;
        }
    }
  focus_card (self, term->key, MIN (index, n_entries (term) - 1));
}

/* Moves the focus from the card at (@term, @index) in @direction
 * (HpFocusDirection).  Tab past the last card, or Shift+Tab before the
 * first, leaves the board. */
void
_hp_plan_view_focus_from (HpPlanView       *self,
                          HpTermKey         term_key,
                          guint             index,
                          HpFocusDirection  direction)
{
  HpPlan *plan = hp_view_get_document (HP_VIEW (self)) ? hp_document_get_plan (hp_view_get_document (HP_VIEW (self))) : NULL;
  HpPlanTerm *term = plan ? hp_plan_find_term (plan, term_key) : NULL;
  HpPlanTerm *other;

  if (term == NULL || index >= n_entries (term))
    return;

  switch (direction)
    {
    case HP_FOCUS_UP:
      if (index > 0)
        focus_card (self, term_key, index - 1);
      break;
    case HP_FOCUS_DOWN:
      if (index + 1 < n_entries (term))
        focus_card (self, term_key, index + 1);
      break;
    case HP_FOCUS_LEFT:
    case HP_FOCUS_RIGHT:
      other = term_with_courses (plan, term_key, direction == HP_FOCUS_LEFT ? -1 : 1);
      if (other != NULL)
        focus_card (self, other->key, MIN (index, n_entries (other) - 1));
      break;
    case HP_FOCUS_NEXT:
      if (index + 1 < n_entries (term))
        focus_card (self, term_key, index + 1);
      else if ((other = term_with_courses (plan, term_key, 1)) != NULL)
        focus_card (self, other->key, 0);
      else
        gtk_widget_child_focus (gtk_widget_get_parent (GTK_WIDGET (self->problems_scroller)),
                                GTK_DIR_TAB_FORWARD);
      break;
    case HP_FOCUS_PREVIOUS:
    default:
      if (index > 0)
        focus_card (self, term_key, index - 1);
      else if ((other = term_with_courses (plan, term_key, -1)) != NULL)
        focus_card (self, other->key, n_entries (other) - 1);
      else
        gtk_widget_child_focus (GTK_WIDGET (self->catalog_panel), GTK_DIR_TAB_BACKWARD);
      break;
    }
}
