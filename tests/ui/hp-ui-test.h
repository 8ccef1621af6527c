/* hp-ui-test.h: what the ui tests share: a real window, waiting, settling, screenshots
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-application.h"
#include "hp-window.h"

G_BEGIN_DECLS

typedef struct
{
  HpApplication *app;
  HpWindow      *window;
} Fixture;

char    *hp_ui_test_data_path    (const char    *first,
                                  ...) G_GNUC_NULL_TERMINATED;
void     hp_ui_test_wait_for     (const char    *what,
                                  gboolean     (*done) (gpointer),
                                  gpointer       data);
#define  hp_ui_test_wait_until(done, data) hp_ui_test_wait_for (#done, (done), (data))
gboolean hp_ui_test_has_document (gpointer       window);
void     hp_ui_test_settle       (HpWindow      *window);
void     hp_ui_test_resize       (HpWindow      *window,
                                  int            width);
void     hp_ui_test_set_up       (Fixture       *f,
                                  gconstpointer  data);
void     hp_ui_test_tear_down    (Fixture       *f,
                                  gconstpointer  data);
void     hp_ui_test_screenshot   (GtkWindow     *window,
                                  const char    *name);
guint    hp_ui_test_count_visible_toplevels (void);
void     hp_ui_test_assert_contrast (GtkWindow *window,
                                     double     minimum);
void     hp_ui_test_set_style    (const char    *style);
int      hp_ui_test_init         (int           *argc,
                                  char        ***argv);
void     hp_ui_test_add          (const char    *path,
                                  void         (*func) (Fixture *, gconstpointer));
int      hp_ui_test_run          (void);

G_END_DECLS
