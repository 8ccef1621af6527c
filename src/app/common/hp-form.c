/* hp-form.c: a small modal window that gathers values for one edit
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cancel on the left, the action on the right, Escape closes, Enter in an
 * entry accepts, the action waits for the required fields: the same for
 * every form, written once.  Each form is a subclass with its own template
 * (the fields) and accept () (the edit, made through the actions of the
 * view it was opened for, as a menu or a shortcut would make it).
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-form.h"

typedef struct
{
  GtkButton *accept_button;
  GPtrArray *required;   /* of GtkEditable, children of the form */
  GPtrArray *dates;      /* of GtkEditable: YYYY-MM-DD when not empty */
  GPtrArray *dates_required; /* of GtkEditable: dates that must be given */
  GWeakRef   target;     /* the view whose actions the form activates */
} HpFormPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HpForm, hp_form, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_ACCEPT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
complete (HpForm *self)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  if (priv->required == NULL)  /* disposed */
    return FALSE;
  for (guint i = 0; i < priv->required->len; i++)
    {
      g_autofree char *text = g_strdup (gtk_editable_get_text (priv->required->pdata[i]));
      if (*g_strstrip (text) == '\0')
        return FALSE;
    }
  for (guint i = 0; i < priv->dates->len; i++)
    {
      GtkEditable *field = priv->dates->pdata[i];
      g_autofree char *text = g_strdup (gtk_editable_get_text (field));
      GDate date;

      if (*g_strstrip (text) == '\0'
          ? g_ptr_array_find (priv->dates_required, field, NULL)
          : !hp_date_parse (text, &date))
        return FALSE;
    }
  return TRUE;
}

/* A date field shows when what is typed is not a date. */
static void
date_changed_cb (GtkEditable *field)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (field));
  GDate date;

  if (*g_strstrip (text) == '\0' || hp_date_parse (text, &date))
    gtk_widget_remove_css_class (GTK_WIDGET (field), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (field), "error");
}

static void
required_changed_cb (HpForm *self)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  if (priv->accept_button == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (priv->accept_button), complete (self));
}

static void
accept_clicked_cb (HpForm *self)
{
  hp_form_accept (self);
}

static void
hp_form_dispose (GObject *object)
{
  HpForm *self = HP_FORM (object);
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  g_clear_pointer (&priv->required, g_ptr_array_unref);
  g_clear_pointer (&priv->dates, g_ptr_array_unref);
  g_clear_pointer (&priv->dates_required, g_ptr_array_unref);
  g_weak_ref_set (&priv->target, NULL);
  /* Not gtk_widget_dispose_template (): GTK 4.8's walks the template of the
   * instance's class (a subclass's), not the one of the type it is given,
   * and aborts.  This template's children all live in the titlebar, which
   * GtkWindow disposes; GtkWidget drops its references to them. */
  priv->accept_button = NULL;
  G_OBJECT_CLASS (hp_form_parent_class)->dispose (object);
}

static void
hp_form_finalize (GObject *object)
{
  HpFormPrivate *priv = hp_form_get_instance_private (HP_FORM (object));

  g_weak_ref_clear (&priv->target);
  G_OBJECT_CLASS (hp_form_parent_class)->finalize (object);
}

static void
hp_form_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ACCEPT_LABEL:
      hp_form_set_accept_label (HP_FORM (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_form_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HpFormPrivate *priv = hp_form_get_instance_private (HP_FORM (object));

  switch (prop_id)
    {
    case PROP_ACCEPT_LABEL:
      g_value_set_string (value, gtk_button_get_label (priv->accept_button));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
hp_form_real_accept (HpForm *self)
{
  return TRUE;
}

static void
hp_form_class_init (HpFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_form_dispose;
  object_class->finalize = hp_form_finalize;
  object_class->set_property = hp_form_set_property;
  object_class->get_property = hp_form_get_property;
  klass->accept = hp_form_real_accept;

  /* The primary button's label, with its mnemonic: "_Add", "_Save". */
  properties[PROP_ACCEPT_LABEL] =
    g_param_spec_string ("accept-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/common/hp-form.ui");
  gtk_widget_class_bind_template_child_private (widget_class, HpForm, accept_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hp_form_init (HpForm *self)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->required = g_ptr_array_new ();
  priv->dates = g_ptr_array_new ();
  priv->dates_required = g_ptr_array_new ();
  g_weak_ref_init (&priv->target, NULL);
  /* Connected here, not in the template: `gtk4-builder-tool validate`
   * cannot see a static callback. */
  g_signal_connect_swapped (priv->accept_button, "clicked", G_CALLBACK (accept_clicked_cb), self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (priv->accept_button));
}

/* Makes the form's edit when every required field is filled, and closes
 * the form when the edit is made. */
void
hp_form_accept (HpForm *self)
{
  g_return_if_fail (HP_IS_FORM (self));

  if (complete (self) && HP_FORM_GET_CLASS (self)->accept (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* @field must not be empty (or blank): the action waits for it. */
void
hp_form_require (HpForm      *self,
                 GtkEditable *field)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  g_return_if_fail (HP_IS_FORM (self));
  g_return_if_fail (GTK_IS_EDITABLE (field));

  g_ptr_array_add (priv->required, field);
  g_signal_connect_object (field, "changed", G_CALLBACK (required_changed_cb), self,
                           G_CONNECT_SWAPPED);
  required_changed_cb (self);
}

/* @field takes a date, YYYY-MM-DD (the files' form, the same in every
 * language), or nothing unless @required; the action waits for it. */
void
hp_form_add_date (HpForm      *self,
                  GtkEditable *field,
                  gboolean     required)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  g_return_if_fail (HP_IS_FORM (self));
  g_return_if_fail (GTK_IS_EDITABLE (field));

  g_ptr_array_add (priv->dates, field);
  if (required)
    g_ptr_array_add (priv->dates_required, field);
  g_signal_connect (field, "changed", G_CALLBACK (date_changed_cb), NULL);
  g_signal_connect_object (field, "changed", G_CALLBACK (required_changed_cb), self,
                           G_CONNECT_SWAPPED);
  required_changed_cb (self);
}

/* Writes @date into @field, or empties it when @date is NULL or invalid. */
void
hp_form_set_date (GtkEditable *field,
                  const GDate *date)
{
  g_autofree char *text = date && g_date_valid (date) ? hp_date_to_string (date) : NULL;

  gtk_editable_set_text (field, text ? text : "");
}

/* The date in @field as the files write it, or "" when it is empty. */
const char *
hp_form_get_date_text (GtkEditable *field)
{
  return gtk_editable_get_text (field);
}

void
hp_form_set_accept_label (HpForm     *self,
                          const char *label)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);

  g_return_if_fail (HP_IS_FORM (self));
  gtk_button_set_label (priv->accept_button, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPT_LABEL]);
}

/* Shows the form over @target's window; its edits go to @target's actions. */
void
hp_form_present_for (HpForm    *self,
                     GtkWidget *target)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);
  GtkRoot *root;

  g_return_if_fail (HP_IS_FORM (self));
  g_return_if_fail (GTK_IS_WIDGET (target));

  g_weak_ref_set (&priv->target, target);
  root = gtk_widget_get_root (target);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
}

/* The widget the form was presented for, or NULL once it is gone. */
GtkWidget *
hp_form_get_target (HpForm *self)
{
  HpFormPrivate *priv = hp_form_get_instance_private (self);
  GtkWidget *target;

  g_return_val_if_fail (HP_IS_FORM (self), NULL);
  target = g_weak_ref_get (&priv->target);
  if (target != NULL)
    g_object_unref (target);  /* the window tree keeps it */
  return target;
}

/* Activates @name on the form's target, as gtk_widget_activate_action ()
 * does; FALSE when the target is gone or has no such action. */
gboolean
hp_form_activate_action (HpForm     *self,
                         const char *name,
                         const char *format,
                         ...)
{
  GtkWidget *target = hp_form_get_target (self);
  g_autoptr(GVariant) parameter = NULL;
  va_list args;

  if (target == NULL)
    return FALSE;
  if (format != NULL)
    {
      va_start (args, format);
      /* GTK 4.8 does not sink it for a widget's own actions: we keep and drop it */
      parameter = g_variant_ref_sink (g_variant_new_va (format, NULL, &args));
      va_end (args);
    }
  return gtk_widget_activate_action_variant (target, name, parameter);
}

static const HpSeason season_order[] = { HP_SEASON_FALL, HP_SEASON_WINTER, HP_SEASON_SPRING,
                                         HP_SEASON_SUMMER };

void
hp_form_set_term (GtkDropDown   *season,
                  GtkSpinButton *year,
                  HpTermKey      term)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint position = 0;

  for (guint i = 0; i < G_N_ELEMENTS (season_order); i++)
    {
      gtk_string_list_append (list, hp_season_label (season_order[i]));
      if (season_order[i] == HP_TERM_KEY_SEASON (term))
        position = i;
    }
  gtk_drop_down_set_model (season, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (season, position);
  hp_form_set_range (year, HP_YEAR_MIN, HP_YEAR_MAX);
  gtk_spin_button_set_value (year, HP_TERM_KEY_YEAR (term));
}

HpTermKey
hp_form_get_term (GtkDropDown   *season,
                  GtkSpinButton *year)
{
  return HP_TERM_KEY (gtk_spin_button_get_value_as_int (year),
                      season_order[gtk_drop_down_get_selected (season) % G_N_ELEMENTS (season_order)]);
}

/* A spin button's bounds, from hp-limits.h: the same the edit enforces. */
void
hp_form_set_range (GtkSpinButton *spin,
                   double         lower,
                   double         upper)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  gtk_spin_button_set_range (spin, lower, upper);
}
