/* hp-catalog-panel.c: the catalog beside the board: search, group filter, course list
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list view over a filter model over the catalog's courses, so only the
 * rows on screen exist however large the catalog.  Each course's search
 * text is folded once, when the catalog is set, so filtering as the user
 * types compares strings and nothing else.  Each row says, before the
 * course is added, when it is offered and whether its prerequisites are met.
 * A click selects a row; drag it onto a term, or activate it (Enter, double
 * click) or open its context menu (right click, Menu key) and pick the term.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hp-catalog-panel.h"
#include "hp-catalog-row.h"
#include "hp-popover.h"
#include "hp-tooltip.h"

struct _HpCatalogPanel
{
  GtkWidget           parent_instance;

  HpCatalog          *catalog;
  HpProgram          *program;
  HpPlan             *plan;
  GHashTable         *search_keys;  /* HpCourse -> folded "code title category" */
  GHashTable         *standing;     /* code -> Standing, + 1 */
  GHashTable         *rows;         /* the bound HpCatalogRows, to refresh their states */
  char               *query;        /* folded search text */
  HpRequirement      *group;        /* filter, or NULL for all courses */
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GtkWidget          *term_menu;

  /* template children */
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *group_dropdown;
  GtkLabel           *count_label;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (HpCatalogPanel, hp_catalog_panel, GTK_TYPE_WIDGET)

/* What the plan holds of a course, as its row's mark says it. */
typedef enum
{
  STANDING_DONE,
  STANDING_IN_PROGRESS,
  STANDING_PLANNED,
  STANDING_TRANSFER,
  N_STANDINGS
} Standing;

static const char *standing_classes[N_STANDINGS] = { "done", "in-progress", "planned",
                                                     "transfer" };

static const char *
standing_label (Standing standing)
{
  switch (standing)
    {
    case STANDING_DONE:        return _("Done");
    case STANDING_IN_PROGRESS: return _("In progress");
    case STANDING_PLANNED:     return _("Planned");
    case STANDING_TRANSFER:
    case N_STANDINGS:
    default:                   return _("Transfer");
    }
}

static gboolean
filter_course (gpointer item,
               gpointer user_data)
{
  HpCatalogPanel *self = user_data;
  HpCourse *course = item;

  if (self->group != NULL && !hp_requirement_accepts (self->group, course))
    return FALSE;
  if (self->query == NULL || *self->query == '\0')
    return TRUE;
  return strstr (g_hash_table_lookup (self->search_keys, course), self->query) != NULL;
}

static void
update_count (HpCatalogPanel *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course",
                                                        "%u courses", shown), shown);

  gtk_label_set_label (self->count_label, text);
}

static void
refilter (HpCatalogPanel *self,
          GtkFilterChange change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_count (self);
}

/* What the student has of @course, and what it asks before it can be
 * taken, as the row shows them; in words, never in color alone. */
static void
update_row_state (HpCatalogPanel *self,
                  HpCatalogRow   *row)
{
  HpCourse *course = hp_catalog_row_get_course (row);
  guint standing = self->standing
                   ? GPOINTER_TO_UINT (g_hash_table_lookup (self->standing, course->code)) : 0;
  g_autofree char *offered = hp_course_describe_offered (course);
  g_autofree char *requisites = NULL;
  g_autofree char *line = NULL;
  HpRequisitesState met = self->plan
                          ? hp_plan_requisites_state (self->plan, self->catalog, course, &requisites)
                          : HP_REQUISITES_NONE;

  if (standing != 0)
    hp_catalog_row_set_standing (row, standing_label (standing - 1), standing_classes[standing - 1]);
  else
    hp_catalog_row_set_standing (row, NULL, NULL);
  /* TRANSLATORS: a catalog row: "Offered in Fall · Needs HIT 150 with C or better" */
  line = met != HP_REQUISITES_NONE ? g_strdup_printf (_("Offered in %s · %s"), offered, requisites)
                                   : g_strdup_printf (_("Offered in %s"), offered);
  hp_catalog_row_set_facts (row, line, met == HP_REQUISITES_MISSING);
}

/* What the plan holds of each course, from the attempt that counts. */
static void
compute_standing (HpCatalogPanel *self)
{
  g_autoptr(GHashTable) counting = NULL;
  GHashTableIter iter;
  const char *code;
  HpAttempt *attempt;

  g_clear_pointer (&self->standing, g_hash_table_unref);
  self->standing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Stored + 1, so that a course the plan does not hold looks up as 0. */
  if (self->plan == NULL)
    return;

  counting = hp_plan_counting_attempts (self->plan);
  g_hash_table_iter_init (&iter, counting);
  while (g_hash_table_iter_next (&iter, (gpointer *) &code, (gpointer *) &attempt))
    g_hash_table_insert (self->standing, g_strdup (code),
                         GUINT_TO_POINTER (1 + (hp_plan_entry_passed (attempt->entry)
                                                ? STANDING_DONE
                                                : attempt->entry->status == HP_STATUS_IN_PROGRESS
                                                ? STANDING_IN_PROGRESS : STANDING_PLANNED)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plan->transfers)); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (G_LIST_MODEL (self->plan->transfers), i);
      if (t->course != NULL)
        g_hash_table_insert (self->standing, g_strdup (t->course),
                             GUINT_TO_POINTER (1 + STANDING_TRANSFER));
    }
}

/* Callbacks ------------------------------------------------------------------ */

static void
search_changed_cb (HpCatalogPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *before = g_steal_pointer (&self->query);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->query = g_utf8_casefold (text, -1);
  /* Typing on only narrows what matched, deleting only widens it: the
   * filter model then looks at the matching (or the hidden) courses only. */
  if (before != NULL && strstr (self->query, before) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (before != NULL && strstr (before, self->query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  if (g_strcmp0 (before, self->query) != 0)
    refilter (self, change);
}

static void
group_changed_cb (HpCatalogPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);

  g_clear_object (&self->group);
  if (selected > 0 && self->program != NULL && selected != GTK_INVALID_LIST_POSITION)
    self->group = g_list_model_get_item (G_LIST_MODEL (self->program->requirements), selected - 1);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static guint
position_of (HpCatalogPanel *self,
             HpCourse       *course)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);

  for (guint i = 0; course != NULL && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(HpCourse) c = g_list_model_get_item (shown, i);
      if (c == course)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
row_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkWidget       *row)
{
  HpCatalogPanel *self = HP_CATALOG_PANEL (gtk_widget_get_ancestor (row, HP_TYPE_CATALOG_PANEL));
  guint position = position_of (self, hp_catalog_row_get_course (HP_CATALOG_ROW (row)));

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_single_selection_set_selected (self->selection, position);
  hp_catalog_panel_choose_term (self, position);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HpCatalogPanel           *self)
{
  GtkWidget *row = hp_catalog_row_new ();
  GtkGesture *menu = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (menu), GDK_BUTTON_SECONDARY);
  g_signal_connect (menu, "pressed", G_CALLBACK (row_pressed_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (menu));
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HpCatalogPanel           *self)
{
  HpCatalogRow *row = HP_CATALOG_ROW (gtk_list_item_get_child (item));

  hp_catalog_row_set_course (row, gtk_list_item_get_item (item));
  update_row_state (self, row);
  g_hash_table_add (self->rows, row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HpCatalogPanel           *self)
{
  HpCatalogRow *row = HP_CATALOG_ROW (gtk_list_item_get_child (item));

  hp_catalog_row_set_course (row, NULL);
  g_hash_table_remove (self->rows, row);
}

static void
row_activated_cb (HpCatalogPanel *self,
                  guint           position)
{
  hp_catalog_panel_choose_term (self, position);
}

/* Overrides ------------------------------------------------------------------ */

/* Laid out by hand, not by a layout manager, so the term menu (a popover)
 * can be presented in size_allocate. */
/* Wrapping labels need their height asked for a width. */
static GtkSizeRequestMode
hp_catalog_panel_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (HP_CATALOG_PANEL (widget)->content);
}

static void
hp_catalog_panel_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gtk_widget_measure (HP_CATALOG_PANEL (widget)->content, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
hp_catalog_panel_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HpCatalogPanel *self = HP_CATALOG_PANEL (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
  if (self->term_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->term_menu));
}

static void
hp_catalog_panel_dispose (GObject *object)
{
  HpCatalogPanel *self = HP_CATALOG_PANEL (object);
  GtkWidget *child;

  g_clear_pointer (&self->term_menu, hp_popover_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_CATALOG_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->catalog);
  g_clear_object (&self->program);
  g_clear_object (&self->plan);
  g_clear_object (&self->group);
  G_OBJECT_CLASS (hp_catalog_panel_parent_class)->dispose (object);
}

static void
hp_catalog_panel_finalize (GObject *object)
{
  HpCatalogPanel *self = HP_CATALOG_PANEL (object);

  g_clear_pointer (&self->search_keys, g_hash_table_unref);
  g_clear_pointer (&self->standing, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_free (self->query);
  G_OBJECT_CLASS (hp_catalog_panel_parent_class)->finalize (object);
}

/* The context menu of the selected course, from the keyboard. */
static void
menu_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpCatalogPanel *self = HP_CATALOG_PANEL (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    hp_catalog_panel_choose_term (self, position);
}

static void
hp_catalog_panel_class_init (HpCatalogPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_catalog_panel_dispose;
  object_class->finalize = hp_catalog_panel_finalize;
  widget_class->get_request_mode = hp_catalog_panel_get_request_mode;
  widget_class->measure = hp_catalog_panel_measure;
  widget_class->size_allocate = hp_catalog_panel_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-catalog-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCatalogPanel, content);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogPanel, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, HpCatalogPanel, list_view);

  gtk_widget_class_install_action (widget_class, "catalog.menu", NULL, menu_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "catalog.menu",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "catalog.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "catalogpanel");
}

static void
hp_catalog_panel_init (HpCatalogPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (group_changed_cb),
                            self);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (row_activated_cb), self);

  self->rows = g_hash_table_new (NULL, NULL);
  self->search_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->filter = gtk_custom_filter_new (filter_course, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  /* Filter in slices, so typing stays smooth over thousands of courses. */
  gtk_filter_list_model_set_incremental (self->filtered, TRUE);
  g_signal_connect_swapped (self->filtered, "notify::n-items", G_CALLBACK (update_count), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  /* A click selects; Enter or a double click offers the terms. */
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (self->list_view, factory);
}

/* Public API ------------------------------------------------------------------ */

/* The catalog to show, and the program whose groups the filter offers. */
void
hp_catalog_panel_set_catalog (HpCatalogPanel *self,
                              HpCatalog      *catalog,
                              HpProgram      *program)
{
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);
  guint n;

  g_return_if_fail (HP_IS_CATALOG_PANEL (self));

  if (catalog != self->catalog)
    {
      g_set_object (&self->catalog, catalog);
      g_hash_table_remove_all (self->search_keys);
      n = catalog ? g_list_model_get_n_items (G_LIST_MODEL (catalog->courses)) : 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpCourse) c = g_list_model_get_item (G_LIST_MODEL (catalog->courses), i);
          g_autofree char *text = g_strjoin (" ", c->code, c->title ? c->title : "",
                                             c->category ? c->category : "", NULL);
          g_hash_table_insert (self->search_keys, c, g_utf8_casefold (text, -1));
        }
      gtk_filter_list_model_set_model (self->filtered,
                                       catalog ? G_LIST_MODEL (catalog->courses) : NULL);
    }

  if (program != self->program || gtk_drop_down_get_model (self->group_dropdown) == NULL)
    {
      g_set_object (&self->program, program);
      g_clear_object (&self->group);
      gtk_string_list_append (groups, _("All courses"));
      n = program ? g_list_model_get_n_items (G_LIST_MODEL (program->requirements)) : 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpRequirement) g = g_list_model_get_item (G_LIST_MODEL (program->requirements), i);
          gtk_string_list_append (groups, g->title);
        }
      gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (groups));
      gtk_drop_down_set_selected (self->group_dropdown, 0);
    }
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The plan whose courses are marked done or planned; call again after edits. */
void
hp_catalog_panel_set_plan (HpCatalogPanel *self,
                           HpPlan         *plan)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (HP_IS_CATALOG_PANEL (self));

  g_set_object (&self->plan, plan);
  compute_standing (self);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    update_row_state (self, row);
}

void
hp_catalog_panel_set_search (HpCatalogPanel *self,
                             const char     *text)
{
  g_return_if_fail (HP_IS_CATALOG_PANEL (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Search entries wait a moment before "search-changed"; do not wait here. */
  search_changed_cb (self);
}

void
hp_catalog_panel_set_group (HpCatalogPanel *self,
                            guint           position)
{
  g_return_if_fail (HP_IS_CATALOG_PANEL (self));
  gtk_drop_down_set_selected (self->group_dropdown, position);
}

/* Puts the keyboard in the search field, its text selected to type over. */
void
hp_catalog_panel_start_search (HpCatalogPanel *self)
{
  g_return_if_fail (HP_IS_CATALOG_PANEL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* Typing in @widget (the board) searches the catalog, as in a file manager. */
void
hp_catalog_panel_capture_keys (HpCatalogPanel *self,
                               GtkWidget      *widget)
{
  g_return_if_fail (HP_IS_CATALOG_PANEL (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, widget);
}

/* The courses the panel shows, after search and group filter. */
GListModel *
hp_catalog_panel_get_shown (HpCatalogPanel *self)
{
  g_return_val_if_fail (HP_IS_CATALOG_PANEL (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/* Offers the plan's terms for the course at @position: the keyboard's way
 * of dragging it onto one. */
void
hp_catalog_panel_choose_term (HpCatalogPanel *self,
                              guint           position)
{
  g_autoptr(HpCourse) course = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  GListModel *terms;
  GHashTableIter iter;
  gpointer row;
  graphene_rect_t bounds;

  g_return_if_fail (HP_IS_CATALOG_PANEL (self));

  course = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (course == NULL || self->plan == NULL)
    return;

  terms = G_LIST_MODEL (self->plan->terms);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      g_autofree char *when = hp_term_key_format (term->key);
      HpSeason season = HP_TERM_KEY_SEASON (term->key);
      /* A term it is not offered in stays offered (an advisor may allow it), but says so. */
      g_autofree char *label = hp_course_offered_in (course, season)
        ? g_strdup_printf (_("Add to %s"), when)
        /* TRANSLATORS: "Add to Summer 2027 (not offered in Summer)" */
        : g_strdup_printf (_("Add to %s (not offered in %s)"), when, hp_season_label (season));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "plan.add-course",
                                               g_variant_new ("(su)", course->code, term->key));
      g_menu_append_item (menu, item);
    }
  if (g_list_model_get_n_items (terms) == 0)
    g_menu_append (menu, _("Add a Term First…"), "plan.add-term-dialog");

  g_clear_pointer (&self->term_menu, hp_popover_unparent);
  self->term_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  hp_popover_attach (self->term_menu, GTK_WIDGET (self));

  /* Point at the course's row when it is on screen. */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    if (hp_catalog_row_get_course (row) == course &&
        gtk_widget_compute_bounds (row, GTK_WIDGET (self), &bounds))
      gtk_popover_set_pointing_to (GTK_POPOVER (self->term_menu),
                                   &(GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                                     (int) bounds.size.width,
                                                     (int) bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->term_menu));
}
