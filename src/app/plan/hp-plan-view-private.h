/* hp-plan-view-private.h: what the Plan view's files share
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan-view.h"
#include "hp-view.h"

G_BEGIN_DECLS

/* In the order of the card.focus-* actions. */
typedef enum
{
  HP_FOCUS_UP,
  HP_FOCUS_DOWN,
  HP_FOCUS_LEFT,
  HP_FOCUS_RIGHT,
  HP_FOCUS_NEXT,
  HP_FOCUS_PREVIOUS,
} HpFocusDirection;

struct _HpPlanView
{
  HpView          parent_instance;

  GSignalGroup   *document_signals;
  guint           refresh_source;
  GListStore     *problems;       /* of HpProblem, from the core */
  GListStore     *terms;          /* of HpPlanTerm: what the board shows */
  GHashTable     *columns;        /* term key -> HpTermColumn, for the terms built */
  GHashTable     *slots;          /* list item slot -> HpPlanTerm, for the terms bound */
  gboolean        build_wanted;   /* look for slots to build after the next frame */
  gboolean        scroll_to_start; /* show the first term after the next frame */
  gboolean        panel_wanted;   /* fill the catalog panel after the first frame */
  guint           pending_select; /* problem to select once its column is on screen, + 1 */
  HpTermKey       focus_term;     /* a card to focus once its column is built, or 0 */
  guint           focus_index;
  HpCourseCard   *selected;
  GtkWindow      *dialog;         /* the open form, if any */

  /* template children */
  GtkStack       *stack;
  GtkBox         *progress_header;
  GtkLabel       *program_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *status_label;
  GtkLabel       *gpa_label;
  GtkLabel       *projected_label;
  GtkPaned       *paned;
  HpCatalogPanel *catalog_panel;
  GtkScrolledWindow *board_scroller;
  GtkListView    *board;
  GtkLabel       *problems_title;
  GtkMenuButton  *records_button;
  GtkLabel       *records_label;
  GtkBox         *progress_figures;
  GtkMenuButton  *plan_button;
  GMenuModel     *plan_menu;
  GtkBox         *records_box;
  GtkListView    *problems_list;
  GtkWidget      *problems_scroller;
  GtkToggleButton *problems_toggle;
  GtkToggleButton *catalog_toggle;
};

void _hp_plan_view_install_actions (GtkWidgetClass *widget_class);

/* hp-plan-view-board.c */
void _hp_plan_view_init_board      (HpPlanView     *self);
void _hp_plan_view_rebuild_board   (HpPlanView     *self,
                                    HpPlan         *plan);
void _hp_plan_view_scroll_to_term  (HpPlanView     *self,
                                    HpTermKey       term);
void _hp_plan_view_update_panel    (HpPlanView     *self);
void _hp_plan_view_show_catalog    (HpPlanView     *self,
                                    gboolean        show);
void _hp_plan_view_select_problem  (HpPlanView     *self,
                                    guint           position);

/* hp-plan-view-focus.c */
void _hp_plan_view_show_card           (HpPlanView       *self,
                                        HpCourseCard     *card);
void _hp_plan_view_keep_focus          (HpPlanView       *self,
                                        HpTermKey         term,
                                        guint             index);
void _hp_plan_view_apply_pending_focus (HpPlanView       *self);
void _hp_plan_view_focus_from          (HpPlanView       *self,
                                        HpTermKey         term,
                                        guint             index,
                                        HpFocusDirection  direction);

/* hp-plan-view-forms.c */
void _hp_plan_view_install_forms   (GtkWidgetClass *widget_class);

G_END_DECLS
