/* hp-ce-form.c: continuing-education hours: for which credential, when, what
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-ce-form.h"

struct _HpCeForm
{
  HpForm          parent_instance;
  GPtrArray      *ids;         /* the credentials held */
  GPtrArray      *categories;  /* "" (other), then the share categories the rules name */

  /* template children */
  GtkDropDown    *ce_credential;
  GtkEntry       *ce_date;
  GtkSpinButton  *ce_hours;
  GtkEntry       *ce_title;
  GtkEntry       *ce_provider;
  GtkDropDown    *ce_category;
};

G_DEFINE_FINAL_TYPE (HpCeForm, hp_ce_form, HP_TYPE_FORM)

static gboolean
hp_ce_form_accept (HpForm *form)
{
  HpCeForm *self = HP_CE_FORM (form);
  guint credential = gtk_drop_down_get_selected (self->ce_credential);
  guint category = gtk_drop_down_get_selected (self->ce_category);

  if (credential >= self->ids->len)
    return FALSE;
  return hp_form_activate_action (form, "exam.add-ce", "(ssdsss)",
                                  (char *) g_ptr_array_index (self->ids, credential),
                                  hp_form_get_date_text (GTK_EDITABLE (self->ce_date)),
                                  gtk_spin_button_get_value (self->ce_hours),
                                  gtk_editable_get_text (GTK_EDITABLE (self->ce_title)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->ce_provider)),
                                  category < self->categories->len
                                  ? (char *) g_ptr_array_index (self->categories, category) : "");
}

static void
hp_ce_form_finalize (GObject *object)
{
  HpCeForm *self = HP_CE_FORM (object);

  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  G_OBJECT_CLASS (hp_ce_form_parent_class)->finalize (object);
}

static void
hp_ce_form_class_init (HpCeFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hp_ce_form_finalize;
  HP_FORM_CLASS (klass)->accept = hp_ce_form_accept;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/exam/hp-ce-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCeForm, ce_credential);
  gtk_widget_class_bind_template_child (widget_class, HpCeForm, ce_date);
  gtk_widget_class_bind_template_child (widget_class, HpCeForm, ce_hours);
  gtk_widget_class_bind_template_child (widget_class, HpCeForm, ce_title);
  gtk_widget_class_bind_template_child (widget_class, HpCeForm, ce_provider);
  gtk_widget_class_bind_template_child (widget_class, HpCeForm, ce_category);
}

static void
hp_ce_form_init (HpCeForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ids = hp_strv_array_new ();
  self->categories = hp_strv_array_new ();
}

/* Hours for one of the credentials @plan holds; the categories are the
 * ones the catalog's rules count ("hiim": AHIMA's health information
 * domains). */
HpForm *
hp_ce_form_new (HpPlan      *plan,
                HpCatalog   *catalog,
                const GDate *today)
{
  HpCeForm *self = g_object_new (HP_TYPE_CE_FORM, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  GListModel *held = G_LIST_MODEL (plan->held);

  g_ptr_array_add (self->categories, g_strdup (""));
  gtk_string_list_append (categories, _("Other"));
  for (guint i = 0; i < g_list_model_get_n_items (held); i++)
    {
      g_autoptr(HpHeldCredential) h = g_list_model_get_item (held, i);
      HpCredential *c = hp_catalog_find_credential (catalog, h->credential);
      const char *category = c ? c->ce_share_category : NULL;

      g_ptr_array_add (self->ids, g_strdup (h->credential));
      gtk_string_list_append (names, h->credential);
      if (category != NULL &&
          !g_ptr_array_find_with_equal_func (self->categories, category, g_str_equal, NULL))
        {
          g_autofree char *label = g_str_equal (category, "hiim")
                                   ? g_strdup (_("Health information domains (HIIM)"))
                                   : g_strdup (category);

          g_ptr_array_add (self->categories, g_strdup (category));
          gtk_string_list_append (categories, label);
        }
    }
  gtk_drop_down_set_model (self->ce_credential, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->ce_category, G_LIST_MODEL (categories));
  /* Most hours count where the rules ask for them. */
  gtk_drop_down_set_selected (self->ce_category, self->categories->len > 1 ? 1 : 0);
  hp_form_set_range (self->ce_hours, HP_CE_HOURS_MIN, HP_CE_HOURS_MAX);
  gtk_spin_button_set_value (self->ce_hours, 1);
  hp_form_set_date (GTK_EDITABLE (self->ce_date), today);
  hp_form_add_date (HP_FORM (self), GTK_EDITABLE (self->ce_date), TRUE);
  hp_form_require (HP_FORM (self), GTK_EDITABLE (self->ce_title));
  return HP_FORM (self);
}
