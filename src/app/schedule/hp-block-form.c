/* hp-block-form.c: a study block: what, when, done
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What can be studied: the courses of the block's term that are planned or
 * under way, and each exam the plan prepares for, whole or by domain.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-block-form.h"

struct _HpBlockForm
{
  HpForm          parent_instance;
  char           *uid;        /* the block edited, or NULL for a new one */
  GPtrArray      *courses;    /* per choice: a course code or "" */
  GPtrArray      *exams;      /* per choice: a credential or "" */
  GPtrArray      *domains;    /* per choice: a domain or "" */

  /* template children */
  GtkDropDown    *block_subject;
  GtkEntry       *block_date;
  GtkEntry       *block_start;
  GtkEntry       *block_end;
  GtkEntry       *block_note;
  GtkCheckButton *block_done;
};

G_DEFINE_FINAL_TYPE (HpBlockForm, hp_block_form, HP_TYPE_FORM)

static gboolean
hp_block_form_accept (HpForm *form)
{
  HpBlockForm *self = HP_BLOCK_FORM (form);
  guint i = gtk_drop_down_get_selected (self->block_subject);

  if (i >= self->courses->len)
    return FALSE;
  return hp_form_activate_action (form, "schedule.save-block", "(sssssssbs)",
                                  self->uid ? self->uid : "",
                                  (char *) g_ptr_array_index (self->courses, i),
                                  (char *) g_ptr_array_index (self->exams, i),
                                  (char *) g_ptr_array_index (self->domains, i),
                                  hp_form_get_date_text (GTK_EDITABLE (self->block_date)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->block_start)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->block_end)),
                                  gtk_check_button_get_active (self->block_done),
                                  gtk_editable_get_text (GTK_EDITABLE (self->block_note)));
}

static void
hp_block_form_finalize (GObject *object)
{
  HpBlockForm *self = HP_BLOCK_FORM (object);

  g_free (self->uid);
  g_ptr_array_unref (self->courses);
  g_ptr_array_unref (self->exams);
  g_ptr_array_unref (self->domains);
  G_OBJECT_CLASS (hp_block_form_parent_class)->finalize (object);
}

static void
hp_block_form_class_init (HpBlockFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_block_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_block_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/schedule/hp-block-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpBlockForm, block_subject);
  gtk_widget_class_bind_template_child (widget_class, HpBlockForm, block_date);
  gtk_widget_class_bind_template_child (widget_class, HpBlockForm, block_start);
  gtk_widget_class_bind_template_child (widget_class, HpBlockForm, block_end);
  gtk_widget_class_bind_template_child (widget_class, HpBlockForm, block_note);
  gtk_widget_class_bind_template_child (widget_class, HpBlockForm, block_done);
}

static void
hp_block_form_init (HpBlockForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->courses = hp_strv_array_new ();
  self->exams = hp_strv_array_new ();
  self->domains = hp_strv_array_new ();
}

static void
add_choice (HpBlockForm   *self,
            GtkStringList *names,
            const char    *course,
            const char    *exam,
            const char    *domain,
            const char    *label)
{
  g_ptr_array_add (self->courses, g_strdup (course ? course : ""));
  g_ptr_array_add (self->exams, g_strdup (exam ? exam : ""));
  g_ptr_array_add (self->domains, g_strdup (domain ? domain : ""));
  gtk_string_list_append (names, label);
}

static char *
time_text (guint minutes)
{
  return g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);
}

/* Edits @block, or makes a new block on @date at @start (one hour). */
HpForm *
hp_block_form_new (HpPlan       *plan,
                   HpCatalog    *catalog,
                   HpStudyBlock *block,
                   const GDate  *date,
                   guint         start)
{
  HpBlockForm *self = g_object_new (HP_TYPE_BLOCK_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const GDate *day = block ? &block->date : date;
  HpPlanTerm *term = hp_plan_find_term (plan, hp_term_key_for_date (day));
  guint selected = 0, end = block ? block->end : MIN (start + 60, 24 * 60);
  g_autofree char *start_text = time_text (block ? block->start : start);
  g_autofree char *end_text = time_text (end);

  self->uid = block ? g_strdup (block->uid) : NULL;
  for (guint i = 0; term != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (term->entries)); i++)
    {
      g_autoptr(HpPlanEntry) e = g_list_model_get_item (G_LIST_MODEL (term->entries), i);
      HpCourse *course = catalog ? hp_catalog_find_course (catalog, e->course) : NULL;
      g_autofree char *label = course && course->title
                               ? g_strdup_printf ("%s %s", e->course, course->title)
                               : g_strdup (e->course);

      if (e->status != HP_STATUS_PLANNED && e->status != HP_STATUS_IN_PROGRESS &&
          !(block && g_strcmp0 (block->course, e->course) == 0))
        continue;
      if (block && g_strcmp0 (block->course, e->course) == 0)
        selected = self->courses->len;
      add_choice (self, names, e->course, NULL, NULL, label);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->exams)); i++)
    {
      g_autoptr(HpExamTarget) exam = g_list_model_get_item (G_LIST_MODEL (plan->exams), i);
      HpCredential *c = catalog ? hp_catalog_find_credential (catalog, exam->credential) : NULL;
      g_autofree char *whole = g_strdup_printf (_("%s exam"), exam->credential);

      if (block && g_strcmp0 (block->exam, exam->credential) == 0 && block->domain == NULL)
        selected = self->courses->len;
      add_choice (self, names, NULL, exam->credential, NULL, whole);
      for (guint d = 0; c != NULL && d < c->domains->len; d++)
        {
          HpExamDomain *domain = g_ptr_array_index (c->domains, d);
          g_autofree char *label = g_strdup_printf (_("%s exam: %s"), exam->credential,
                                                    domain->title ? domain->title : domain->id);

          if (block && g_strcmp0 (block->exam, exam->credential) == 0 &&
              g_strcmp0 (block->domain, domain->id) == 0)
            selected = self->courses->len;
          add_choice (self, names, NULL, exam->credential, domain->id, label);
        }
    }
  if (block != NULL && block->course != NULL &&
      !g_ptr_array_find_with_equal_func (self->courses, block->course, g_str_equal, NULL))
    {
      selected = self->courses->len;
      add_choice (self, names, block->course, NULL, NULL, block->course);
    }
  gtk_drop_down_set_model (self->block_subject, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->block_subject, selected);

  hp_form_set_date (GTK_EDITABLE (self->block_date), day);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->block_date), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->block_start), start_text);
  gtk_editable_set_text (GTK_EDITABLE (self->block_end), end_text);
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->block_start));
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->block_end));
  if (block != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->block_note), block->note ? block->note : "");
      gtk_check_button_set_active (self->block_done, block->done);
    }
  gtk_window_set_title (GTK_WINDOW (self), block ? _("Edit Study Block") : _("Add Study Block"));
  hp_form_set_accept_label (HP_FORM (self), block ? _("_Save") : _("_Add"));
  return HP_FORM (self);
}
