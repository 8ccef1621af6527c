/* hp-course-card.c: a course in a term: code, title, credits, status, grade, problem badges
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card shows and forwards: every change goes out as a plan.* action that
 * the plan view turns into a document edit.  Editing status, grade and
 * practicum hours happens in a popover and is sent once, when it closes, so
 * one visit to the editor is one step to undo.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-course-card.h"
#include "hp-popover.h"
#include "hp-tooltip.h"

struct _HpCourseCard
{
  GtkWidget    parent_instance;

  HpPlanEntry *entry;
  HpCourse    *course;
  HpTermKey    term;
  guint        index;
  guint        n_problems;
  /* Built the first time they are needed: a board holds hundreds of cards. */
  GtkWidget   *context_menu;
  GtkPopover  *editor;
  GtkLabel    *editor_title;
  GtkDropDown *status_dropdown;
  GtkDropDown *grade_dropdown;
  GtkLabel    *hours_caption;
  GtkSpinButton *hours_spin;

  /* template children */
  GtkWidget   *content;
  GtkLabel    *code_label;
  GtkLabel    *title_label;
  GtkLabel    *credits_label;
  GtkLabel    *status_label;
  GtkLabel    *hours_label;
  GtkBox      *badges;
};

G_DEFINE_FINAL_TYPE (HpCourseCard, hp_course_card, GTK_TYPE_WIDGET)

/* "—" stands for no grade yet, then the grades in order. */
static guint
grade_position (const char *grade)
{
  const char * const *all = hp_grade_all ();

  for (guint i = 0; grade != NULL && all[i] != NULL; i++)
    if (g_str_equal (all[i], grade))
      return i + 1;
  return 0;
}

static const char *
grade_at (guint position)
{
  return position == 0 ? NULL : hp_grade_all ()[position - 1];
}

static void
activate_entry_action (HpCourseCard *self,
                       const char   *action)
{
  gtk_widget_activate_action (GTK_WIDGET (self), action, "(uu)", self->term, self->index);
}

/* Callbacks ---------------------------------------------------------------- */

static void
editor_closed_cb (HpCourseCard *self)
{
  HpStatus status = gtk_drop_down_get_selected (self->status_dropdown);
  const char *grade = grade_at (gtk_drop_down_get_selected (self->grade_dropdown));
  double hours = gtk_widget_get_visible (GTK_WIDGET (self->hours_spin))
                 ? gtk_spin_button_get_value (self->hours_spin) : self->entry->hours;

  if (status == self->entry->status && g_strcmp0 (grade, self->entry->grade) == 0 &&
      hours == self->entry->hours)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.set-entry", "(uussd)", self->term,
                              self->index, hp_status_to_string (status), grade ? grade : "", hours);
}

static void
move_previous_clicked_cb (HpCourseCard *self)
{
  gtk_popover_popdown (self->editor);
  activate_entry_action (self, "plan.move-previous");
}

static void
move_next_clicked_cb (HpCourseCard *self)
{
  gtk_popover_popdown (self->editor);
  activate_entry_action (self, "plan.move-next");
}

static void
remove_clicked_cb (HpCourseCard *self)
{
  gtk_popover_popdown (self->editor);
  activate_entry_action (self, "plan.remove-entry");
}

static void
ensure_editor (HpCourseCard *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  gboolean practicum = self->course != NULL && self->course->hours > 0;

  if (self->editor != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_add_from_resource (builder, "/io/github/hitplanner/Planner/plan/hp-course-editor.ui", NULL);
  self->editor = GTK_POPOVER (gtk_builder_get_object (builder, "editor"));
  self->editor_title = GTK_LABEL (gtk_builder_get_object (builder, "editor_title"));
  self->status_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "status_dropdown"));
  self->grade_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "grade_dropdown"));
  self->hours_caption = GTK_LABEL (gtk_builder_get_object (builder, "hours_caption"));
  self->hours_spin = GTK_SPIN_BUTTON (gtk_builder_get_object (builder, "hours_spin"));
  hp_popover_attach (GTK_WIDGET (self->editor), GTK_WIDGET (self));

  g_signal_connect_swapped (self->editor, "closed", G_CALLBACK (editor_closed_cb), self);
  g_signal_connect_swapped (gtk_builder_get_object (builder, "previous_button"), "clicked",
                            G_CALLBACK (move_previous_clicked_cb), self);
  g_signal_connect_swapped (gtk_builder_get_object (builder, "next_button"), "clicked",
                            G_CALLBACK (move_next_clicked_cb), self);
  g_signal_connect_swapped (gtk_builder_get_object (builder, "remove_button"), "clicked",
                            G_CALLBACK (remove_clicked_cb), self);

  for (guint i = 0; i < HP_N_STATUSES; i++)
    gtk_string_list_append (statuses, hp_status_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  /* TRANSLATORS: no grade yet */
  gtk_string_list_append (grades, _("—"));
  for (const char * const *g = hp_grade_all (); *g != NULL; g++)
    gtk_string_list_append (grades, *g);
  gtk_drop_down_set_model (self->grade_dropdown, G_LIST_MODEL (grades));
  gtk_widget_set_visible (GTK_WIDGET (self->hours_spin), practicum);
  gtk_widget_set_visible (GTK_WIDGET (self->hours_caption), practicum);
}

static void
popup_context_menu (HpCourseCard       *self,
                    const GdkRectangle *where)
{
  if (self->context_menu == NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Edit Status and Grade…"), "card.edit");
      g_menu_append (menu, _("Move to _Previous Term"), "card.move-previous");
      g_menu_append (menu, _("Move to _Next Term"), "card.move-next");
      g_menu_append (menu, _("_Remove from Plan"), "card.remove");
      g_menu_append (menu, _("Count Toward a _Requirement…"), "card.substitute");
      self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      hp_popover_attach (self->context_menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), where);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
clicked_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            HpCourseCard    *self)
{
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_SECONDARY)
    popup_context_menu (self, &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  else
    hp_course_card_open_editor (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 HpCourseCard  *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));
  g_autofree char *data = g_strdup_printf ("entry\n%u\n%u", self->term, self->index);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (G_TYPE_STRING, data);
}

static void
menu_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  popup_context_menu (HP_COURSE_CARD (widget), NULL);
}

static void
entry_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpCourseCard *self = HP_COURSE_CARD (widget);

  /* card.remove -> plan.remove-entry, with this card's place */
  if (g_str_equal (action_name, "card.remove"))
    activate_entry_action (self, "plan.remove-entry");
  else if (g_str_equal (action_name, "card.move-previous"))
    activate_entry_action (self, "plan.move-previous");
  else if (g_str_equal (action_name, "card.move-next"))
    activate_entry_action (self, "plan.move-next");
  else if (g_str_equal (action_name, "card.edit"))
    hp_course_card_open_editor (self);
  else if (g_str_equal (action_name, "card.substitute"))
    gtk_widget_activate_action (widget, "plan.substitution-dialog", "s", self->entry->course);
}

/* Arrows and Tab go from card to card through the whole plan, terms not on
 * screen included: the plan view knows the way. */
static void
focus_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpCourseCard *self = HP_COURSE_CARD (widget);
  static const char *names[] = { "card.focus-up", "card.focus-down", "card.focus-left",
                                 "card.focus-right", "card.focus-next", "card.focus-previous" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (action_name, names[i]))
      gtk_widget_activate_action (widget, "plan.focus-from", "(uuu)", self->term, self->index, i);
}

/* Overrides ---------------------------------------------------------------- */

static void
hp_course_card_dispose (GObject *object)
{
  HpCourseCard *self = HP_COURSE_CARD (object);
  GtkWidget *child;

  g_clear_pointer (&self->context_menu, hp_popover_unparent);
  if (self->editor != NULL)
    {
      /* Closing the editor sends its edit; a card going away sends none. */
      g_signal_handlers_disconnect_by_data (self->editor, self);
      hp_popover_unparent (GTK_WIDGET (g_steal_pointer (&self->editor)));
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_COURSE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entry);
  g_clear_object (&self->course);
  G_OBJECT_CLASS (hp_course_card_parent_class)->dispose (object);
}

/* The card lays out its content itself, not through a layout manager, so
 * that it can place its popovers: a widget with a layout manager never gets
 * size_allocate, where popovers must be presented. */
/* Wrapping labels need their height asked for a width. */
static GtkSizeRequestMode
hp_course_card_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (HP_COURSE_CARD (widget)->content);
}

static void
hp_course_card_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (HP_COURSE_CARD (widget)->content, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
hp_course_card_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  HpCourseCard *self = HP_COURSE_CARD (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
  if (self->editor != NULL)
    gtk_popover_present (self->editor);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
hp_course_card_class_init (HpCourseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_course_card_dispose;
  widget_class->get_request_mode = hp_course_card_get_request_mode;
  widget_class->measure = hp_course_card_measure;
  widget_class->size_allocate = hp_course_card_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/plan/hp-course-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, content);
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, code_label);
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, credits_label);
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, hours_label);
  gtk_widget_class_bind_template_child (widget_class, HpCourseCard, badges);

  gtk_widget_class_install_action (widget_class, "card.edit", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "card.move-previous", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "card.move-next", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "card.remove", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "card.substitute", NULL, entry_action_cb);
  gtk_widget_class_install_action (widget_class, "card.focus-up", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "card.focus-down", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "card.focus-left", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "card.focus-right", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "card.focus-next", NULL, focus_action_cb);
  gtk_widget_class_install_action (widget_class, "card.focus-previous", NULL, focus_action_cb);

  /* Menus show an action's last shortcut: the key people know goes last. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "card.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "card.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "card.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "card.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "card.focus-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "card.focus-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "card.focus-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "card.focus-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Tab, 0, "card.focus-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK,
                                       "card.focus-previous", NULL);
  gtk_widget_class_install_action (widget_class, "card.menu", NULL, menu_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "card.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "card.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "coursecard");
}

static void
hp_course_card_init (HpCourseCard *self)
{
  GtkGesture *click;
  GtkDragSource *drag;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "released", G_CALLBACK (clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* Public API ---------------------------------------------------------------- */

/* One badge for the card's open problems and one for those an exception
 * resolved, each with its count when there are several and every message
 * in its tooltip: three identical icons in a row tell nothing. */
static void
add_badge (HpCourseCard *self,
           GPtrArray    *messages,
           gboolean      resolved)
{
  GtkWidget *badge, *icon;
  g_autoptr(GString) tip = g_string_new (NULL);

  if (messages->len == 0)
    return;
  badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  icon = gtk_image_new_from_icon_name (resolved ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_box_append (GTK_BOX (badge), icon);
  if (messages->len > 1)
    {
      g_autofree char *count = g_strdup_printf ("%u", messages->len);
      GtkWidget *label = gtk_label_new (count);

      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (badge), label);
    }
  g_string_append (tip, resolved
                        ? g_dngettext (GETTEXT_PACKAGE, "Resolved by an exception:",
                                       "Resolved by exceptions:", messages->len)
                        : g_dngettext (GETTEXT_PACKAGE, "Problem:", "Problems:", messages->len));
  for (guint i = 0; i < messages->len; i++)
    g_string_append_printf (tip, "\n• %s", (char *) g_ptr_array_index (messages, i));
  hp_tooltip_set (badge, tip->str);
  gtk_widget_add_css_class (badge, resolved ? "resolved" : "problem");
  gtk_box_append (self->badges, badge);
}

static void
add_badges (HpCourseCard *self,
            GPtrArray    *problems)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) resolved = g_ptr_array_new ();

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      HpProblem *p = g_ptr_array_index (problems, i);
      g_ptr_array_add (p->resolved_by ? resolved : open, p->message);
    }
  self->n_problems = open->len;
  add_badge (self, open, FALSE);
  add_badge (self, resolved, TRUE);
}

static char *
describe_status (HpPlanEntry *entry)
{
  if (entry->grade != NULL)
    /* TRANSLATORS: a course's status and grade, e.g. "Completed · B+" */
    return g_strdup_printf (_("%s · %s"), hp_status_label (entry->status), entry->grade);
  return g_strdup (hp_status_label (entry->status));
}

HpCourseCard *
hp_course_card_new (HpPlanEntry *entry,
                    HpCourse    *course,
                    HpTermKey    term,
                    guint        index,
                    GPtrArray   *problems)
{
  HpCourseCard *self = g_object_new (HP_TYPE_COURSE_CARD, NULL);
  g_autofree char *credits = NULL;
  g_autofree char *status = describe_status (entry);
  g_autofree char *accessible = NULL;
  double value = entry->credits > 0 ? entry->credits : course ? course->credits : 0;
  static const char *status_classes[] = { "planned", "in-progress", "completed", "withdrawn",
                                          "failed" };

  self->entry = g_object_ref (entry);
  self->course = course ? g_object_ref (course) : NULL;
  self->term = term;
  self->index = index;

  gtk_label_set_label (self->code_label, entry->course);
  gtk_label_set_label (self->title_label,
                       course ? course->title : _("Not in the catalog"));
  {
    g_autofree char *number = hp_format_number (value);

    /* TRANSLATORS: credits, abbreviated, on a course card: "3 cr" */
    credits = g_strdup_printf (_("%s cr"), number);
  }
  gtk_label_set_label (self->credits_label, credits);
  gtk_label_set_label (self->status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self), status_classes[entry->status]);

  if (course != NULL && course->hours > 0)
    {
      g_autofree char *logged = hp_format_number (entry->hours);
      g_autofree char *required = hp_format_number (course->hours);
      g_autofree char *text = g_strdup_printf (_("%s of %s hours"), logged, required);

      gtk_label_set_label (self->hours_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->hours_label), TRUE);
    }

  add_badges (self, problems);
  if (self->n_problems > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-problem");

  accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %s, %s, %u problem",
                                             "%s, %s, %s, %s, %u problems", self->n_problems),
                                entry->course, course ? course->title : "", credits, status,
                                self->n_problems);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return self;
}

HpTermKey
hp_course_card_get_term (HpCourseCard *self)
{
  g_return_val_if_fail (HP_IS_COURSE_CARD (self), 0);
  return self->term;
}

const char *
hp_course_card_get_code (HpCourseCard *self)
{
  g_return_val_if_fail (HP_IS_COURSE_CARD (self), NULL);
  return self->entry->course;
}

guint
hp_course_card_get_n_problems (HpCourseCard *self)
{
  g_return_val_if_fail (HP_IS_COURSE_CARD (self), 0);
  return self->n_problems;
}

void
hp_course_card_open_editor (HpCourseCard *self)
{
  g_autofree char *title = NULL;

  g_return_if_fail (HP_IS_COURSE_CARD (self));

  ensure_editor (self);
  title = g_strdup_printf ("%s — %s", self->entry->course,
                           self->course ? self->course->title : _("Not in the catalog"));
  gtk_label_set_label (self->editor_title, title);
  gtk_drop_down_set_selected (self->status_dropdown, self->entry->status);
  gtk_drop_down_set_selected (self->grade_dropdown, grade_position (self->entry->grade));
  gtk_spin_button_set_value (self->hours_spin, self->entry->hours);
  gtk_popover_popup (self->editor);
}

void
hp_course_card_set_selected (HpCourseCard *self,
                             gboolean      selected)
{
  g_return_if_fail (HP_IS_COURSE_CARD (self));

  if (selected)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
}
