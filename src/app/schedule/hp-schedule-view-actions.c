/* hp-schedule-view-actions.c: the Schedule view's schedule.* actions, each one document edit,
 * a form, the week shown, or the calendar export
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "hp-block-form.h"
#include "hp-break-form.h"
#include "hp-commitment-form.h"
#include "hp-rules-form.h"
#include "hp-schedule-view-private.h"

#define DOCUMENT_OR_RETURN(self)                                           \
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));                 \
  g_autoptr(GError) error = NULL;                                          \
  if (doc == NULL)                                                         \
    return

/* "18:30" (or "24:00") in minutes after midnight */
static gboolean
parse_time (HpScheduleView *self,
            const char     *text,
            guint          *minutes)
{
  if (hp_time_parse (text, minutes))
    return TRUE;
  {
    g_autoptr(GError) error = g_error_new (HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                                           _("“%s” is not a time of day: write it HH:MM, such "
                                             "as 18:30"), text ? text : "");
    hp_view_report (HP_VIEW (self), error);
  }
  return FALSE;
}

static char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* The week shown ---------------------------------------------------------------------------------- */

/* -1: the week before, 1: the week after, 0: this week */
static void
week_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  int step = g_variant_get_int32 (parameter);
  GDate monday, sunday;

  if (step == 0)
    g_date_clear (&self->monday, 1);
  else
    {
      _hp_schedule_view_week_range (self, &monday, &sunday);
      if (step > 0)
        g_date_add_days (&monday, 7);
      else
        g_date_subtract_days (&monday, 7);
      self->monday = monday;
    }
  _hp_schedule_view_queue_refresh (self);
}

/* "week" or "free" */
static void
page_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  _hp_schedule_view_ensure_page (self);
  if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

/* Edits --------------------------------------------------------------------------------------------- */

static void
generate_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  g_autoptr(GDateTime) now = hp_date_time_now (NULL);
  g_autoptr(HpScheduleResult) result = NULL;
  DOCUMENT_OR_RETURN (self);

  result = hp_schedule_generate (hp_document_get_plan (doc), hp_document_get_catalog (doc), now,
                                 NULL, NULL);
  if (!hp_document_apply_schedule (doc, result, &error))
    {
      hp_view_report (HP_VIEW (self), error);
      return;
    }
  g_set_object (&self->last, result);
  _hp_schedule_view_queue_refresh (self);
}

static void
set_availability_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_object_unref);
  GVariantIter iter;
  guint day, start, end;
  DOCUMENT_OR_RETURN (self);

  g_variant_iter_init (&iter, parameter);
  while (g_variant_iter_next (&iter, "(uuu)", &day, &start, &end))
    g_ptr_array_add (slots, hp_time_slot_new (day, start, end));
  if (!hp_document_set_availability (doc, slots, &error))
    hp_view_report (HP_VIEW (self), error);
  _hp_schedule_view_queue_refresh (self);
}

/* (uid, julian day, start, end) */
static void
move_block_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *uid;
  guint julian, start, end;
  GDate date;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&suuu)", &uid, &julian, &start, &end);
  if (!g_date_valid_julian (julian))
    return;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (!hp_document_move_block (doc, uid, &date, start, end, &error))
    hp_view_report (HP_VIEW (self), error);
  else if (self->week != NULL)
    hp_week_view_focus_uid (self->week, uid);
}

static void
remove_block_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  if (!hp_document_remove_block (doc, g_variant_get_string (parameter, NULL), &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
toggle_done_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *uid = g_variant_get_string (parameter, NULL);
  HpStudyBlock *block;
  DOCUMENT_OR_RETURN (self);

  if ((block = hp_document_find_block (doc, uid, NULL)) == NULL)
    return;
  if (!hp_document_set_block_done (doc, uid, !block->done, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (uid or "", course, exam, domain, date, start, end, done, note) */
static void
save_block_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *uid, *course, *exam, *domain, *date_text, *start_text, *end_text, *note;
  gboolean done;
  g_autoptr(HpStudyBlock) block = NULL;
  HpStudyBlock *old;
  GDate date;
  guint start, end;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s&s&s&s&s&sb&s)", &uid, &course, &exam, &domain, &date_text,
                 &start_text, &end_text, &done, &note);
  if (!hp_view_parse_date (HP_VIEW (self), date_text, TRUE, &date) || !parse_time (self, start_text, &start) ||
      !parse_time (self, end_text, &end))
    return;
  old = *uid ? hp_document_find_block (doc, uid, NULL) : NULL;
  block = old ? hp_study_block_copy (old) : hp_study_block_new (&date, start, end);
  block->date = date;
  block->start = start;
  block->end = end;
  g_free (block->course);
  g_free (block->exam);
  g_free (block->domain);
  g_free (block->note);
  block->course = nonempty (course);
  block->exam = nonempty (exam);
  block->domain = nonempty (domain);
  block->note = nonempty (note);
  /* done goes through its own edit below, which logs the hours */
  block->done = old ? old->done : FALSE;
  if (old == NULL)
    {
      g_clear_pointer (&block->uid, g_free);
      block->uid = hp_study_block_make_uid (block);
    }
  if (!hp_document_set_block (doc, *uid ? uid : NULL, block, &error))
    {
      hp_view_report (HP_VIEW (self), error);
      return;
    }
  if (done != block->done && !hp_document_set_block_done (doc, block->uid, done, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (index or -1, day, start, end, title) */
static void
set_commitment_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *start_text, *end_text, *title;
  int index;
  guint day, start, end;
  g_autoptr(HpTimeSlot) slot = NULL;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(iu&s&s&s)", &index, &day, &start_text, &end_text, &title);
  if (!parse_time (self, start_text, &start) || !parse_time (self, end_text, &end))
    return;
  slot = hp_time_slot_new (day, start, end);
  slot->title = nonempty (title);
  if (!hp_document_set_commitment (doc, index < 0 ? G_MAXUINT : (guint) index, slot, &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
remove_commitment_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  if (!hp_document_remove_commitment (doc, g_variant_get_int32 (parameter), &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (title, from, to or "", light, hours) */
static void
add_break_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *title, *from, *to;
  gboolean light;
  double hours;
  g_autoptr(HpBreak) brk = hp_break_new ();
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s&sbd)", &title, &from, &to, &light, &hours);
  if (!hp_view_parse_date (HP_VIEW (self), from, TRUE, &brk->from))
    return;
  brk->to = brk->from;
  if (*to != '\0' && !hp_view_parse_date (HP_VIEW (self), to, TRUE, &brk->to))
    return;
  brk->title = nonempty (title);
  brk->light = light;
  brk->hours = light ? hours : 1;
  if (!hp_document_add_break (doc, brk, &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
remove_break_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  DOCUMENT_OR_RETURN (self);

  if (!hp_document_remove_break (doc, g_variant_get_uint32 (parameter), &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (hours per credit, shortest, longest, gap, most a day) */
static void
set_rules_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  HpScheduleRules rules;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(duuuu)", &rules.hours_per_credit, &rules.min_session,
                 &rules.max_session, &rules.gap, &rules.daily_max);
  if (!hp_document_set_schedule_rules (doc, &rules, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* (course, hours a week) */
static void
set_course_hours_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *course;
  double hours;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&sd)", &course, &hours);
  if (!hp_document_set_course_hours (doc, course, hours, &error))
    hp_view_report (HP_VIEW (self), error);
}

/* Export ---------------------------------------------------------------------------------------- */

/* (path, range): the range is "week" (the week shown), "term" (the term the
 * week is in, or 16 weeks from it) */
static void
export_ics_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  const char *path, *range;
  g_autoptr(GDateTime) stamp = hp_date_time_now (NULL);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  GDate from, to;
  guint n = 0;
  DOCUMENT_OR_RETURN (self);

  g_variant_get (parameter, "(&s&s)", &path, &range);
  _hp_schedule_view_week_range (self, &from, &to);
  if (g_str_equal (range, "term"))
    {
      GDate shown = from;

      hp_schedule_default_range (hp_document_get_plan (doc), &shown, &from, &to);
    }
  text = hp_ics_export (hp_document_get_plan (doc), hp_document_get_catalog (doc), &from, &to,
                        stamp, zone, &n);
  file = g_file_new_for_path (path);
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                NULL, &error))
    {
      hp_view_report (HP_VIEW (self), error);
      return;
    }
  g_free (self->status);
  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *a = hp_date_to_string (&from);
    g_autofree char *b = hp_date_to_string (&to);

    self->status = g_strdup_printf (g_dngettext (NULL,
                                                 "Exported %u study block from %s to %s to %s: "
                                                 "import it into your calendar.",
                                                 "Exported %u study blocks from %s to %s to %s: "
                                                 "import it into your calendar.", n),
                                    n, a, b, name);
  }
  _hp_schedule_view_queue_refresh (self);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     HpScheduleView  *self)
{
  g_autoptr(GFile) file = NULL;
  const char *range = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "range");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL && g_file_peek_path (file) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "schedule.export-ics", "(ss)",
                                g_file_peek_path (file), range ? range : "term");
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
export_dialog_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *ids[] = { "term", "week", NULL };
  const char *labels[] = { _("This term"), _("The week shown"), NULL };
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = doc ? hp_document_get_plan (doc) : NULL;
  g_autofree char *name = NULL;

  if (plan == NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export to Calendar"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "range", _("Blocks of"),
                               ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "range", "term");
  name = plan->student ? g_strdup_printf (_("%s study schedule.ics"), plan->student)
                       : g_strdup (_("Study schedule.ics"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Forms ------------------------------------------------------------------------------------------- */

static void
show_form (HpScheduleView *self,
           HpForm         *form)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  self->dialog = GTK_WINDOW (form);
  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &self->dialog);
  hp_form_present_for (form, GTK_WIDGET (self));
}

static void
dialog_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HpScheduleView *self = HP_SCHEDULE_VIEW (widget);
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = doc ? hp_document_get_plan (doc) : NULL;
  HpCatalog *catalog = doc ? hp_document_get_catalog (doc) : NULL;
  GDate today, monday, sunday;

  if (plan == NULL)
    return;
  hp_date_set_today (&today);
  _hp_schedule_view_week_range (self, &monday, &sunday);

  if (g_str_equal (action_name, "schedule.block-dialog"))
    {
      const char *uid = g_variant_get_string (parameter, NULL);
      HpStudyBlock *block = *uid ? hp_document_find_block (doc, uid, NULL) : NULL;
      const GDate *day = g_date_compare (&today, &monday) >= 0 &&
                         g_date_compare (&today, &sunday) <= 0 ? &today : &monday;

      if (*uid == '\0' || block != NULL)
        show_form (self, hp_block_form_new (plan, catalog, block, day, 18 * 60));
    }
  else if (g_str_equal (action_name, "schedule.add-block-at"))
    {
      guint julian, minute;
      GDate date;

      g_variant_get (parameter, "(uu)", &julian, &minute);
      if (!g_date_valid_julian (julian) || minute >= 24 * 60)
        return;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      show_form (self, hp_block_form_new (plan, catalog, NULL, &date, minute));
    }
  else if (g_str_equal (action_name, "schedule.commitment-dialog"))
    {
      int index = g_variant_get_int32 (parameter);
      g_autoptr(HpTimeSlot) slot = NULL;

      if (index >= 0)
        {
          slot = g_list_model_get_item (G_LIST_MODEL (plan->commitments), index);
          if (slot == NULL)
            return;
        }
      show_form (self, hp_commitment_form_new (slot, index));
    }
  else if (g_str_equal (action_name, "schedule.break-dialog"))
    show_form (self, hp_break_form_new (&today));
  else if (g_str_equal (action_name, "schedule.rules-dialog"))
    show_form (self, hp_rules_form_new (&plan->rules));
}

void
_hp_schedule_view_update_actions (HpScheduleView *self)
{
  HpDocument *doc = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = doc ? hp_document_get_plan (doc) : NULL;
  static const char *needs_plan[] = {
    "schedule.generate", "schedule.export-dialog", "schedule.block-dialog",
    "schedule.commitment-dialog", "schedule.break-dialog", "schedule.rules-dialog",
  };

  for (guint i = 0; i < G_N_ELEMENTS (needs_plan); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), needs_plan[i], plan != NULL);
}

void
_hp_schedule_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "schedule.week", "i", week_cb);
  gtk_widget_class_install_action (widget_class, "schedule.page", "s", page_cb);
  gtk_widget_class_install_action (widget_class, "schedule.generate", NULL, generate_cb);
  gtk_widget_class_install_action (widget_class, "schedule.set-availability", "a(uuu)",
                                   set_availability_cb);
  gtk_widget_class_install_action (widget_class, "schedule.move-block", "(suuu)", move_block_cb);
  gtk_widget_class_install_action (widget_class, "schedule.remove-block", "s", remove_block_cb);
  gtk_widget_class_install_action (widget_class, "schedule.toggle-done", "s", toggle_done_cb);
  gtk_widget_class_install_action (widget_class, "schedule.save-block", "(sssssssbs)",
                                   save_block_cb);
  gtk_widget_class_install_action (widget_class, "schedule.set-commitment", "(iusss)",
                                   set_commitment_cb);
  gtk_widget_class_install_action (widget_class, "schedule.remove-commitment", "i",
                                   remove_commitment_cb);
  gtk_widget_class_install_action (widget_class, "schedule.add-break", "(sssbd)", add_break_cb);
  gtk_widget_class_install_action (widget_class, "schedule.remove-break", "u", remove_break_cb);
  gtk_widget_class_install_action (widget_class, "schedule.set-rules", "(duuuu)", set_rules_cb);
  gtk_widget_class_install_action (widget_class, "schedule.set-course-hours", "(sd)",
                                   set_course_hours_cb);
  gtk_widget_class_install_action (widget_class, "schedule.export-ics", "(ss)", export_ics_cb);
  gtk_widget_class_install_action (widget_class, "schedule.export-dialog", NULL, export_dialog_cb);

  gtk_widget_class_install_action (widget_class, "schedule.block-dialog", "s", dialog_cb);
  gtk_widget_class_install_action (widget_class, "schedule.add-block-at", "(uu)", dialog_cb);
  gtk_widget_class_install_action (widget_class, "schedule.commitment-dialog", "i", dialog_cb);
  gtk_widget_class_install_action (widget_class, "schedule.break-dialog", NULL, dialog_cb);
  gtk_widget_class_install_action (widget_class, "schedule.rules-dialog", NULL, dialog_cb);
}
