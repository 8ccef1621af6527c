/* hp-practice-form.c: a practice test: when, which, and the score in each domain
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-practice-form.h"

struct _HpPracticeForm
{
  HpForm          parent_instance;
  char           *credential;
  int             index;      /* the test changed, or -1 for a new one */
  GPtrArray      *domains;    /* of char*: a row's domain id, or "" for the whole exam */
  GPtrArray      *correct;    /* of GtkSpinButton, a row each */
  GPtrArray      *total;

  /* template children */
  GtkEntry       *practice_date;
  GtkEntry       *practice_source;
  GtkGrid        *practice_scores;
};

G_DEFINE_FINAL_TYPE (HpPracticeForm, hp_practice_form, HP_TYPE_FORM)

static gboolean
hp_practice_form_accept (HpForm *form)
{
  HpPracticeForm *self = HP_PRACTICE_FORM (form);
  g_autoptr(GVariantBuilder) scores = g_variant_builder_new (G_VARIANT_TYPE ("a(sdd)"));
  double overall_correct = 0, overall_total = 0;

  for (guint i = 0; i < self->domains->len; i++)
    {
      const char *domain = g_ptr_array_index (self->domains, i);
      double correct = gtk_spin_button_get_value (g_ptr_array_index (self->correct, i));
      double total = gtk_spin_button_get_value (g_ptr_array_index (self->total, i));

      if (total <= 0)
        continue;
      if (*domain == '\0')
        overall_correct = correct, overall_total = total;
      else
        g_variant_builder_add (scores, "(sdd)", domain, correct, total);
    }
  return hp_form_activate_action (form, "exam.save-practice", "(sissa(sdd)dd)", self->credential,
                                  self->index,
                                  hp_form_get_date_text (GTK_EDITABLE (self->practice_date)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->practice_source)),
                                  scores, overall_correct, overall_total);
}

static void
hp_practice_form_finalize (GObject *object)
{
  HpPracticeForm *self = HP_PRACTICE_FORM (object);

  g_free (self->credential);
  g_clear_pointer (&self->domains, g_ptr_array_unref);
  g_clear_pointer (&self->correct, g_ptr_array_unref);
  g_clear_pointer (&self->total, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_practice_form_parent_class)->finalize (object);
}

static void
hp_practice_form_class_init (HpPracticeFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_practice_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_practice_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-practice-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPracticeForm, practice_date);
  gtk_widget_class_bind_template_child (widget_class, HpPracticeForm, practice_source);
  gtk_widget_class_bind_template_child (widget_class, HpPracticeForm, practice_scores);
}

static void
hp_practice_form_init (HpPracticeForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->domains = hp_strv_array_new ();
  self->correct = g_ptr_array_new ();
  self->total = g_ptr_array_new ();
}

static GtkWidget *
count_button (double value,
              const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, HP_PRACTICE_QUESTIONS_MAX, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return spin;
}

/* One domain's row: its name, questions right of questions asked. */
static void
add_row (HpPracticeForm *self,
         const char     *domain,
         const char     *title,
         double          correct,
         double          total)
{
  guint row = self->domains->len;
  GtkWidget *name = gtk_label_new (title);
  g_autofree char *right_label = g_strdup_printf (_("%s: questions right"), title);
  g_autofree char *asked_label = g_strdup_printf (_("%s: questions asked"), title);
  GtkWidget *right = count_button (correct, right_label);
  GtkWidget *asked = count_button (total, asked_label);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 28);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_tooltip_text (name, title);
  gtk_grid_attach (self->practice_scores, name, 0, row, 1, 1);
  gtk_grid_attach (self->practice_scores, right, 1, row, 1, 1);
  gtk_grid_attach (self->practice_scores, gtk_label_new (_("of")), 2, row, 1, 1);
  gtk_grid_attach (self->practice_scores, asked, 3, row, 1, 1);
  g_ptr_array_add (self->domains, g_strdup (domain));
  g_ptr_array_add (self->correct, right);
  g_ptr_array_add (self->total, asked);
}

static gboolean
score_of (HpPracticeTest *test,
          const char     *domain,
          double         *correct,
          double         *total)
{
  for (guint i = 0; test != NULL && i < test->scores->len; i++)
    {
      HpDomainScore *s = g_ptr_array_index (test->scores, i);

      if (g_strcmp0 (s->domain, domain) == 0)
        {
          *correct = s->correct;
          *total = s->total;
          return TRUE;
        }
    }
  *correct = *total = 0;
  return FALSE;
}

/* A new practice test of @credential's exam (@test NULL, @index -1), or a
 * change to test @index. */
HpForm *
hp_practice_form_new (HpCredential   *credential,
                      HpPracticeTest *test,
                      int             index,
                      const GDate    *today)
{
  HpPracticeForm *self = g_object_new (HP_TYPE_PRACTICE_FORM, NULL);
  g_autofree char *title = NULL;

  self->credential = g_strdup (credential->id);
  self->index = test != NULL ? index : -1;
  title = test ? g_strdup_printf (_("Change %s Practice Test"), credential->id)
               : g_strdup_printf (_("Log %s Practice Test"), credential->id);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (test != NULL)
    hp_form_set_accept_label (HP_FORM (self), _("_Save"));

  for (guint i = 0; i < credential->domains->len; i++)
    {
      HpExamDomain *d = g_ptr_array_index (credential->domains, i);
      double correct, total;

      score_of (test, d->id, &correct, &total);
      add_row (self, d->id, d->title ? d->title : d->id, correct, total);
    }
  /* No published domains, or a test scored only as a whole. */
  if (credential->domains->len == 0 || (test != NULL && test->total > 0))
    add_row (self, "", _("Whole exam"), test ? test->correct : 0, test ? test->total : 0);

  hp_form_set_date (GTK_EDITABLE (self->practice_date), test ? &test->date : today);
  gtk_editable_set_text (GTK_EDITABLE (self->practice_source),
                         test && test->source ? test->source : "");
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->practice_date), TRUE);
  return HP_FORM (self);
}
