/* hp-schedule-view.c: the Schedule view: the week's study blocks, and the free time they fit in
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two pages: the week (HpWeekView) with a side panel of the week's hours,
 * the courses' weekly hours and what the last Make Schedule moved or could
 * not place; and the free time (HpAvailabilityGrid) with the commitments
 * and breaks.  Every edit goes through the schedule.* actions
 * (hp-schedule-view-actions.c); the view is rebuilt from the plan after
 * each, once the main loop is idle.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-block-tile.h"
#include "hp-empty-state.h"
#include "hp-schedule-view-private.h"

/* Lists in the view show at most this many rows, then say how many more. */
#define MAX_ROWS 50

G_DEFINE_FINAL_TYPE (HpScheduleView, hp_schedule_view, HP_TYPE_VIEW)

static void hp_schedule_view_narrow_changed (HpView *view);

/* Pieces ------------------------------------------------------------------------------------- */

static GtkWidget *
label_new (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
button_new (const char *label,
            const char *icon,
            const char *action,
            GVariant   *target)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon)
                           : gtk_button_new_with_mnemonic (label);

  if (icon != NULL)
    {
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_widget_add_css_class (button, "flat");
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static void
add_more_label (GtkBox *box,
                guint   shown,
                guint   total)
{
  if (total > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (NULL, "and %u more", "and %u more",
                                                            total - shown), total - shown);
      gtk_box_append (box, label_new (more, "dim-label"));
    }
}

void
_hp_schedule_view_week_range (HpScheduleView *self,
                              GDate          *monday,
                              GDate          *sunday)
{
  if (g_date_valid (&self->monday))
    *monday = self->monday;
  else
    {
      GDate today;

      hp_date_set_today (&today);
      hp_date_week_start (&today, monday);
    }
  *sunday = *monday;
  g_date_add_days (sunday, 6);
}

/* The side panel ------------------------------------------------------------------------------ */

/* for g_ptr_array_sort (): two char** */
static void
add_week_summary (HpScheduleView *self,
                  HpPlan         *plan,
                  const GDate    *monday,
                  const GDate    *sunday)
{
  g_autoptr(GHashTable) planned = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(GDateTime) now = hp_date_time_now (NULL);
  guint total = 0, total_done = 0, missed = 0, now_minute;
  GDate today;
  GListModel *blocks = G_LIST_MODEL (plan->blocks);

  hp_date_set_today (&today);
  now_minute = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (blocks, i);
      const char *s = b->course ? b->course : b->exam;
      guint m = b->end - b->start;
      int c = g_date_compare (&b->date, &today);

      if (g_date_compare (&b->date, monday) < 0 || g_date_compare (&b->date, sunday) > 0)
        continue;
      if (!g_hash_table_contains (planned, s))
        g_ptr_array_add (subjects, (gpointer) s);
      g_hash_table_insert (planned, (gpointer) s,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (planned, s)) + m));
      total += m;
      if (b->done)
        {
          g_hash_table_insert (done, (gpointer) s,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (done, s)) + m));
          total_done += m;
        }
      else if (c < 0 || (c == 0 && b->end <= now_minute))
        missed++;
    }

  gtk_box_append (self->side, label_new (_("This Week"), "heading"));
  if (total == 0)
    {
      gtk_box_append (self->side,
                      label_new (_("No study blocks this week. Make Schedule places this term’s "
                                   "study hours in your free time."), "dim-label"));
      return;
    }
  {
    g_autofree char *a = hp_minutes_format (total);
    g_autofree char *b = hp_minutes_format (total_done);
    g_autofree char *line = g_strdup_printf (_("%s planned, %s done"), a, b);

    gtk_box_append (self->side, label_new (line, NULL));
  }
  g_ptr_array_sort (subjects, hp_str_pointer_compare);
  for (guint i = 0; i < subjects->len && i < MAX_ROWS; i++)
    {
      const char *s = ((const char **) subjects->pdata)[i];
      g_autofree char *p = hp_minutes_format (GPOINTER_TO_UINT (g_hash_table_lookup (planned, s)));
      g_autofree char *d = hp_minutes_format (GPOINTER_TO_UINT (g_hash_table_lookup (done, s)));
      g_autofree char *line = g_strdup_printf (_("%s: %s, %s done"), s, p, d);

      gtk_box_append (self->side, label_new (line, NULL));
    }
  add_more_label (self->side, MIN (subjects->len, MAX_ROWS), subjects->len);
  if (missed > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (NULL,
                                                            "%u block was missed: Make Schedule "
                                                            "moves its hours to your next free time.",
                                                            "%u blocks were missed: Make Schedule "
                                                            "moves their hours to your next free time.",
                                                            missed), missed);
      gtk_box_append (self->side, label_new (line, "warning"));
    }
}

static void
hours_changed_cb (GtkSpinButton  *spin,
                  HpScheduleView *self)
{
  const char *course = g_object_get_data (G_OBJECT (spin), "course");

  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.set-course-hours", "(sd)", course,
                              gtk_spin_button_get_value (spin));
}

/* The weekly hours of the week's courses, each adjustable. */
static void
add_course_hours (HpScheduleView *self,
                  HpPlan         *plan,
                  HpCatalog      *catalog,
                  const GDate    *monday)
{
  GDate thursday = *monday;
  HpPlanTerm *term;
  GtkWidget *grid;
  guint row = 0;

  g_date_add_days (&thursday, 3);
  term = hp_plan_find_term (plan, hp_term_key_for_date (&thursday));
  if (term == NULL)
    return;
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (term->entries)) && row < MAX_ROWS; i++)
    {
      g_autoptr(HpPlanEntry) e = g_list_model_get_item (G_LIST_MODEL (term->entries), i);
      HpCourse *course = catalog ? hp_catalog_find_course (catalog, e->course) : NULL;
      double credits = e->credits > 0 ? e->credits : course ? course->credits : 0;
      GtkWidget *spin, *label;
      g_autofree char *name = NULL;

      if (e->status != HP_STATUS_PLANNED && e->status != HP_STATUS_IN_PROGRESS)
        continue;
      label = label_new (e->course, NULL);
      gtk_widget_set_hexpand (label, TRUE);
      spin = gtk_spin_button_new_with_range (0, HP_WEEK_HOURS_MAX, 0.5);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), hp_plan_course_hours (plan, e->course, credits));
      name = g_strdup_printf (_("Weekly study hours for %s"), e->course);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (spin), "course", g_strdup (e->course), g_free);
      g_signal_connect (spin, "value-changed", G_CALLBACK (hours_changed_cb), self);
      gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), spin, 1, row, 1, 1);
      row++;
    }
  if (row == 0)
    {
      g_object_ref_sink (grid);
      g_object_unref (grid);
      return;
    }
  gtk_box_append (self->side, label_new (_("Weekly Study Hours"), "heading"));
  {
    g_autofree char *per = hp_format_number (plan->rules.hours_per_credit);
    g_autofree char *line = g_strdup_printf (_("%s hours a week per credit unless you set a "
                                               "course’s own; Make Schedule uses them."), per);
    gtk_box_append (self->side, label_new (line, "dim-label"));
  }
  gtk_box_append (self->side, grid);
}

static void
add_last_result (HpScheduleView *self)
{
  HpScheduleResult *r = self->last;
  guint n_moved, n_unplaced;

  if (r == NULL)
    return;
  n_moved = g_list_model_get_n_items (G_LIST_MODEL (r->moved));
  n_unplaced = g_list_model_get_n_items (G_LIST_MODEL (r->unplaced));
  gtk_box_append (self->side, label_new (_("Last Made"), "heading"));
  {
    g_autofree char *a = hp_minutes_format (r->minutes_placed);
    g_autofree char *b = hp_minutes_format (r->minutes_asked);
    g_autofree char *from = hp_date_to_string (&r->from);
    g_autofree char *to = hp_date_to_string (&r->to);
    g_autofree char *line = g_strdup_printf (_("From %s to %s: %s placed of %s asked."), from, to,
                                             a, b);
    gtk_box_append (self->side, label_new (line, NULL));
  }
  for (guint i = 0; i < n_moved && i < MAX_ROWS; i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (G_LIST_MODEL (r->moved), i);
      g_autofree char *was = hp_date_to_string (&b->moved_date);
      g_autofree char *now = hp_date_to_string (&b->date);
      g_autofree char *line = g_strdup_printf (_("Moved %s from %s %02u:%02u to %s %02u:%02u"),
                                               b->course ? b->course : b->exam, was,
                                               b->moved_start / 60, b->moved_start % 60, now,
                                               b->start / 60, b->start % 60);
      gtk_box_append (self->side, label_new (line, NULL));
    }
  add_more_label (self->side, MIN (n_moved, MAX_ROWS), n_moved);
  for (guint i = 0; i < n_unplaced && i < MAX_ROWS; i++)
    {
      g_autoptr(HpUnscheduled) u = g_list_model_get_item (G_LIST_MODEL (r->unplaced), i);
      g_autofree char *line = g_strdup_printf ("%s: %s", u->course ? u->course : u->exam, u->reason);

      gtk_box_append (self->side, label_new (line, "warning"));
    }
  add_more_label (self->side, MIN (n_unplaced, MAX_ROWS), n_unplaced);
  if (n_moved == 0 && n_unplaced == 0)
    gtk_box_append (self->side, label_new (_("Everything found a time; nothing had to move."),
                                           "dim-label"));
}

/* The free-time page's records ---------------------------------------------------------------------- */

static void
add_record_row (GtkBox     *box,
                const char *text,
                const char *edit_action,
                const char *remove_action,
                GVariant   *target)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = label_new (text, NULL);

  g_variant_ref_sink (target);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  if (edit_action != NULL)
    gtk_box_append (GTK_BOX (row), button_new (_("Edit"), "document-edit-symbolic", edit_action, target));
  gtk_box_append (GTK_BOX (row), button_new (_("Remove"), "user-trash-symbolic", remove_action, target));
  gtk_box_append (box, row);
  g_variant_unref (target);
}

static void
fill_records (HpScheduleView *self,
              HpPlan         *plan)
{
  static const char *days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"),
                                N_("Sat"), N_("Sun") };
  GListModel *commitments = G_LIST_MODEL (plan->commitments);
  GListModel *breaks = G_LIST_MODEL (plan->breaks);
  guint n;

  clear_box (self->records);
  gtk_box_append (self->records, label_new (_("Classes, Shifts and Other Commitments"), "heading"));
  n = g_list_model_get_n_items (commitments);
  if (n == 0)
    gtk_box_append (self->records, label_new (_("None yet: add your class meetings and work "
                                                "shifts so the schedule keeps clear of them."),
                                              "dim-label"));
  for (guint i = 0; i < n && i < MAX_ROWS; i++)
    {
      g_autoptr(HpTimeSlot) s = g_list_model_get_item (commitments, i);
      g_autofree char *text = g_strdup_printf ("%s %02u:%02u–%02u:%02u  %s", _(days[s->day % 7]),
                                               s->start / 60, s->start % 60, s->end / 60,
                                               s->end % 60, s->title ? s->title : "");

      add_record_row (self->records, text, "schedule.commitment-dialog",
                      "schedule.remove-commitment", g_variant_new_int32 (i));
    }
  add_more_label (self->records, MIN (n, MAX_ROWS), n);
  gtk_box_append (self->records, button_new (_("Add _Commitment…"), NULL, "schedule.commitment-dialog",
                                             g_variant_new_int32 (-1)));

  gtk_box_append (self->records, label_new (_("Breaks and Holidays"), "heading"));
  n = g_list_model_get_n_items (breaks);
  if (n == 0)
    gtk_box_append (self->records, label_new (_("None yet: mark term breaks and holidays as "
                                                "days off or lighter days."), "dim-label"));
  for (guint i = 0; i < n && i < MAX_ROWS; i++)
    {
      g_autoptr(HpBreak) b = g_list_model_get_item (breaks, i);
      g_autofree char *from = hp_date_to_string (&b->from);
      g_autofree char *to = hp_date_to_string (&b->to);
      g_autofree char *hours = hp_minutes_format ((guint) (b->hours * 60));
      g_autofree char *kind = b->light ? g_strdup_printf (_("lighter days, at most %s"), hours)
                                       : g_strdup (_("no study"));
      g_autofree char *text = g_date_compare (&b->from, &b->to) == 0
                              ? g_strdup_printf ("%s  %s (%s)", from, b->title ? b->title : "", kind)
                              : g_strdup_printf ("%s – %s  %s (%s)", from, to,
                                                 b->title ? b->title : "", kind);

      add_record_row (self->records, text, NULL, "schedule.remove-break", g_variant_new_uint32 (i));
    }
  add_more_label (self->records, MIN (n, MAX_ROWS), n);
  gtk_box_append (self->records, button_new (_("Add _Break or Holiday…"), NULL,
                                             "schedule.break-dialog", NULL));
}

/* Refresh -------------------------------------------------------------------------------------------- */

static void
hp_schedule_view_refresh (HpScheduleView *self)
{
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = doc ? hp_document_get_plan (doc) : NULL;
  HpCatalog *catalog = doc ? hp_document_get_catalog (doc) : NULL;
  g_autoptr(GDateTime) now = hp_date_time_now (NULL);
  GDate monday, sunday, today;
  char a[64], b[64];
  g_autofree char *term = NULL;
  g_autofree char *title = NULL;

  _hp_schedule_view_update_actions (self);
  /* Built when first shown: a window that opens on another view starts
   * without the cost of the week, its tiles and the free-time grid. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  if (plan == NULL)
    {
      if (self->pages != NULL)
        {
          hp_week_view_show (self->week, NULL, NULL, &self->monday, NULL);
          hp_availability_grid_set_plan (self->grid, NULL);
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  _hp_schedule_view_ensure_page (self);
  gtk_stack_set_visible_child_name (self->stack, "schedule");

  hp_date_set_today (&today);
  _hp_schedule_view_week_range (self, &monday, &sunday);
  if (g_date_strftime (a, sizeof a, C_("week heading", "%-d %b"), &monday) == 0)
    a[0] = '\0';
  if (g_date_strftime (b, sizeof b, C_("week heading", "%-d %b %Y"), &sunday) == 0)
    b[0] = '\0';
  term = hp_term_key_format (hp_term_key_for_date (&monday));
  title = g_date_compare (&today, &monday) >= 0 && g_date_compare (&today, &sunday) <= 0
          ? g_strdup_printf (_("This week, %s – %s · %s"), a, b, term)
          : g_strdup_printf (_("%s – %s · %s"), a, b, term);
  gtk_label_set_text (self->week_label, title);

  hp_week_view_show (self->week, plan, catalog, &monday, now);
  hp_availability_grid_set_plan (self->grid, plan);
  {
    g_autofree char *free_text = hp_availability_describe (G_LIST_MODEL (plan->availability));
    g_autofree char *line = g_strdup_printf (_("Free each week: %s"), free_text);
    gtk_label_set_text (self->free_summary, line);
  }
  fill_records (self, plan);

  clear_box (self->side);
  if (self->status != NULL)
    gtk_box_append (self->side, label_new (self->status, NULL));
  if (g_list_model_get_n_items (G_LIST_MODEL (plan->availability)) == 0)
    {
      gtk_box_append (self->side, label_new (_("No Free Time Yet"), "heading"));
      gtk_box_append (self->side, label_new (_("Paint the hours you can study on the Free Time "
                                               "page, then Make Schedule."), NULL));
      gtk_box_append (self->side, button_new (_("Paint _Free Time"), NULL, "schedule.page",
                                              g_variant_new_string ("free")));
    }
  add_week_summary (self, plan, &monday, &sunday);
  add_course_hours (self, plan, catalog, &monday);
  add_last_result (self);
  gtk_box_append (self->side,
                  label_new (_("Colours tell courses apart; each block also names its course and "
                               "kind. Green is free time; grey, classes and shifts. Click a block to "
                               "edit it, drag it to move it, drag its lower edge to resize it; "
                               "Space marks it done, Delete removes it."), "dim-label"));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  HpScheduleView *self = data;

  self->refresh_source = 0;
  hp_schedule_view_refresh (self);
  return G_SOURCE_REMOVE;
}

void
_hp_schedule_view_queue_refresh (HpScheduleView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
document_changed_cb (HpScheduleView *self)
{
  _hp_schedule_view_queue_refresh (self);
}

/* The week view's and the grid's signals, made actions ------------------------------------------------ */

static void
week_activate_block_cb (HpScheduleView *self,
                        const char     *uid)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.block-dialog", "s", uid);
}

static void
week_move_block_cb (HpScheduleView *self,
                    const char     *uid,
                    guint           julian,
                    guint           start,
                    guint           end)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.move-block", "(suuu)", uid, julian,
                              start, end);
}

static void
week_remove_block_cb (HpScheduleView *self,
                      const char     *uid)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.remove-block", "s", uid);
}

static void
week_toggle_done_cb (HpScheduleView *self,
                     const char     *uid)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.toggle-done", "s", uid);
}

static void
week_add_block_cb (HpScheduleView *self,
                   guint           julian,
                   guint           minute)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.add-block-at", "(uu)", julian, minute);
}

static void
grid_changed_cb (HpScheduleView *self)
{
  g_autoptr(GPtrArray) slots = hp_availability_grid_get_slots (self->grid);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(uuu)"));
  for (guint i = 0; i < slots->len; i++)
    {
      HpTimeSlot *s = g_ptr_array_index (slots, i);
      g_variant_builder_add (&builder, "(uuu)", s->day, s->start, s->end);
    }
  {
    /* GTK 4.8 does not sink it for a widget's own actions */
    g_autoptr(GVariant) slots_variant = g_variant_ref_sink (g_variant_builder_end (&builder));

    gtk_widget_activate_action_variant (GTK_WIDGET (self), "schedule.set-availability",
                                        slots_variant);
  }
}

static void
step_changed_cb (HpScheduleView *self)
{
  hp_availability_grid_set_step (self->grid, gtk_drop_down_get_selected (self->step) == 1 ? 15 : 30);
}

/* The page ------------------------------------------------------------------------------------------ */


/* Builds the page (toolbar, week, side panel, free time) the first time it
 * is needed: the window shows another view first more often than not. */
void
_hp_schedule_view_ensure_page (HpScheduleView *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->pages != NULL)
    return;
  builder = gtk_builder_new_from_resource ("/io/github/hitplanner/Planner/schedule/hp-schedule-page.ui");
  gtk_box_append (self->holder, GTK_WIDGET (gtk_builder_get_object (builder, "page")));
  self->pages = GTK_STACK (gtk_builder_get_object (builder, "pages"));
  self->week_label = GTK_LABEL (gtk_builder_get_object (builder, "week_label"));
  self->week = HP_WEEK_VIEW (gtk_builder_get_object (builder, "week"));
  self->side = GTK_BOX (gtk_builder_get_object (builder, "side"));
  self->grid = HP_AVAILABILITY_GRID (gtk_builder_get_object (builder, "grid"));
  self->step = GTK_DROP_DOWN (gtk_builder_get_object (builder, "step"));
  self->free_summary = GTK_LABEL (gtk_builder_get_object (builder, "free_summary"));
  self->records = GTK_BOX (gtk_builder_get_object (builder, "records"));
  g_signal_connect_swapped (self->week, "activate-block", G_CALLBACK (week_activate_block_cb), self);
  g_signal_connect_swapped (self->week, "move-block", G_CALLBACK (week_move_block_cb), self);
  g_signal_connect_swapped (self->week, "remove-block", G_CALLBACK (week_remove_block_cb), self);
  g_signal_connect_swapped (self->week, "toggle-done", G_CALLBACK (week_toggle_done_cb), self);
  g_signal_connect_swapped (self->week, "add-block", G_CALLBACK (week_add_block_cb), self);
  g_signal_connect_swapped (self->grid, "changed", G_CALLBACK (grid_changed_cb), self);
  g_signal_connect_swapped (self->step, "notify::selected", G_CALLBACK (step_changed_cb), self);
  hp_schedule_view_narrow_changed (HP_VIEW (self));
}

/* For the tests and the window ------------------------------------------------------------------------- */

GtkWidget *
hp_schedule_view_get_week_view (HpScheduleView *self)
{
  g_return_val_if_fail (HP_IS_SCHEDULE_VIEW (self), NULL);
  _hp_schedule_view_ensure_page (self);
  return GTK_WIDGET (self->week);
}

GtkWidget *
hp_schedule_view_get_grid (HpScheduleView *self)
{
  g_return_val_if_fail (HP_IS_SCHEDULE_VIEW (self), NULL);
  _hp_schedule_view_ensure_page (self);
  return GTK_WIDGET (self->grid);
}

GObject *
hp_schedule_view_get_last (HpScheduleView *self)
{
  g_return_val_if_fail (HP_IS_SCHEDULE_VIEW (self), NULL);
  return self->last ? G_OBJECT (self->last) : NULL;
}

const char *
hp_schedule_view_get_status (HpScheduleView *self)
{
  g_return_val_if_fail (HP_IS_SCHEDULE_VIEW (self), NULL);
  return self->status;
}

/* "week" or "free" */
void
hp_schedule_view_show_page (HpScheduleView *self,
                            const char     *name)
{
  g_return_if_fail (HP_IS_SCHEDULE_VIEW (self));
  _hp_schedule_view_ensure_page (self);
  gtk_stack_set_visible_child_name (self->pages, name);
}

/* Object ------------------------------------------------------------------------------------------------- */

static void
hp_schedule_view_document_changed (HpView *view)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (view);

  g_signal_group_set_target (self->document_signals, hp_view_get_document (view));
  g_clear_object (&self->last);
  g_clear_pointer (&self->status, g_free);
  g_date_clear (&self->monday, 1);
  hp_schedule_view_refresh (self);
}

static void
hp_schedule_view_map (GtkWidget *widget)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);

  GTK_WIDGET_CLASS (hp_schedule_view_parent_class)->map (widget);
  if (self->stale)
    hp_schedule_view_refresh (self);
}

static void
hp_schedule_view_narrow_changed (HpView *view)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (view);
  GtkWidget *side;

  if (self->side == NULL)
    return;
  side = gtk_widget_get_parent (GTK_WIDGET (self->side));

  /* a narrow window keeps the week and drops the side panel */
  while (side != NULL && !GTK_IS_SCROLLED_WINDOW (side))
    side = gtk_widget_get_parent (side);
  if (side != NULL)
    gtk_widget_set_visible (side, !hp_view_get_narrow (view));
}

static void
hp_schedule_view_dispose (GObject *object)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->document_signals);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_SCHEDULE_VIEW);
  g_clear_object (&self->last);
  G_OBJECT_CLASS (hp_schedule_view_parent_class)->dispose (object);
}

static void
hp_schedule_view_finalize (GObject *object)
{
  g_free (HP_SCHEDULE_VIEW (object)->status);
  G_OBJECT_CLASS (hp_schedule_view_parent_class)->finalize (object);
}

static void
hp_schedule_view_class_init (HpScheduleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_schedule_view_dispose;
  object_class->finalize = hp_schedule_view_finalize;
  widget_class->map = hp_schedule_view_map;
  HP_VIEW_CLASS (klass)->icon_name = "x-office-calendar-symbolic";
  HP_VIEW_CLASS (klass)->document_changed = hp_schedule_view_document_changed;
  HP_VIEW_CLASS (klass)->narrow_changed = hp_schedule_view_narrow_changed;

  g_type_ensure (HP_TYPE_EMPTY_STATE);
  g_type_ensure (HP_TYPE_WEEK_VIEW);
  g_type_ensure (HP_TYPE_AVAILABILITY_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/schedule/hp-schedule-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HpScheduleView, stack);
  gtk_widget_class_bind_template_child (widget_class, HpScheduleView, holder);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scheduleview");
  _hp_schedule_view_install_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "schedule.week", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "schedule.week", "i", 1);
}

static void
hp_schedule_view_init (HpScheduleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->monday, 1);
  self->document_signals = g_signal_group_new (HP_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::catalog",
                                  G_CALLBACK (document_changed_cb), self);
  _hp_schedule_view_update_actions (self);
}
