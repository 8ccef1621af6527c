/* hp-window-private.h: what the main window's files share
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-compare-view.h"
#include "hp-exam-view.h"
#include "hp-plan-view.h"
#include "hp-schedule-view.h"
#include "hp-window.h"

G_BEGIN_DECLS

typedef void (*HpWindowThen) (HpWindow *self,
                              gpointer  data);

struct _HpWindow
{
  GtkApplicationWindow parent_instance;

  GSettings   *settings;
  HpDocument  *document;
  GSignalGroup *document_signals;  /* follow the document, whichever it is */
  gboolean     is_sample;    /* the bundled sample, opened as an untitled copy */
  gboolean     closing;      /* the user chose; close without asking again */
  GFileMonitor *monitor;
  GtkFileChooserNative *chooser;
  GtkWindow   *shortcuts_window;
  GtkWindow   *confirm;      /* the unsaved-changes question, while it is asked */
  GtkWindow   *conflict;     /* the changed-on-disk question, while it is asked */
  gboolean     keep_mine;    /* the student chose to save over a file changed on disk */
  guint        draft_source; /* writes the draft of unsaved edits a moment after an edit */
  char        *draft_for;    /* the plan path the offered draft belongs to ("" untitled) */
  gboolean     draft_mine;   /* this window wrote (or restored) the plan's draft */
  char        *conflicted;   /* a copy a file-sync tool left beside the plan, offered */
  GtkRecentManager *recent;

  /* template children */
  GtkStack    *stack;
  GtkWidget   *switcher;
  GtkWidget   *opening_box;  /* shown instead of the views while the first plan is read */
  GtkLabel    *opening_label;
  HpPlanView  *plan_view;
  HpCompareView *compare_view;
  HpExamView  *exam_view;
  HpScheduleView *schedule_view;
  GtkRevealer *error_revealer;
  GtkLabel    *error_label;
  GtkRevealer *notice_revealer;
  GtkLabel    *notice_label;
  GtkRevealer *disk_revealer;
  GtkLabel    *disk_label;
  GtkRevealer *draft_revealer;
  GtkLabel    *draft_label;
  GtkRevealer *copies_revealer;
  GtkLabel    *copies_label;
  GMenu       *recent_section;
  GtkMenuButton *menu_button;
  GMenuModel  *primary_menu;
  GtkWidget   *undo_box;
  GtkWidget   *save_button;
  GtkWidget   *title_box;
  GtkLabel    *title_label;
  GtkLabel    *subtitle_label;
  GDateTime   *saved_at;     /* when this window last saved the plan, for "Saved at 14:05" */
  gboolean     narrow;
  gboolean     compact;
  guint        narrow_source;
};

void _hp_window_install_actions  (GtkWidgetClass *widget_class);
void _hp_window_show_banner      (GtkRevealer    *banner,
                                  gboolean        show);
void _hp_window_show_error       (HpWindow       *self,
                                  const char     *message);
void _hp_window_show_file_error  (HpWindow       *self,
                                  GFile          *file,
                                  const GError   *error);
void _hp_window_set_document     (HpWindow       *self,
                                  HpDocument     *document,
                                  gboolean        is_sample);
void _hp_window_update_title     (HpWindow       *self);
void _hp_window_update_recent    (HpWindow       *self);
void _hp_window_remember         (HpWindow       *self,
                                  GFile          *file);
void _hp_window_confirm_discard  (HpWindow       *self,
                                  HpWindowThen    then,
                                  gpointer        data,
                                  GDestroyNotify  destroy);

/* hp-window-drafts.c */
void      _hp_window_draft_edited       (HpWindow *self);
void      _hp_window_draft_forget       (HpWindow *self);
void      _hp_window_draft_dispose      (HpWindow *self);
void      _hp_window_check_copies       (HpWindow *self);
void      _hp_window_install_draft_actions (GtkWidgetClass *widget_class);

G_END_DECLS
