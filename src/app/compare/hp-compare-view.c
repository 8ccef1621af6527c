/* hp-compare-view.c: the Compare view: degree paths side by side
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two to four programs, a column each: by default the plan's target and
 * the programs its profile compares, which the check buttons above the
 * table change (an edit of the plan, undone like any other).  A row per
 * question a student asks of a path; the best answer in a row is marked in
 * words as well as colour, and every answer opens into the reasons behind
 * it.  The numbers are the core's (hp_compare), the same that `hitplan
 * compare` prints.  A column's "What-If Audit" shows the student's record
 * against that program without changing the plan; "Aim at This" makes it
 * the target.
 */
#define G_LOG_DOMAIN "hitplanner-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hp-compare-view.h"
#include "hp-empty-state.h"

#define MAX_PATHS 4

struct _HpCompareView
{
  HpView        parent_instance;

  GSignalGroup *document_signals;
  guint         refresh_source;
  gboolean      stale;          /* the plan changed while the view was not shown */
  gboolean      forced;         /* a caller wants the answers now, shown or not */
  GListStore   *paths;          /* of HpPath: what the table shows */
  char         *audit_program;  /* the program of the what-if audit shown, or NULL */

  /* template children */
  GtkStack     *stack;
  HpEmptyState *empty_state;
  GtkLabel     *summary_label;
  GtkFlowBox   *programs_box;
  GtkPaned     *paned;
  GtkGrid      *table;
  GtkWidget    *audit_panel;
  GtkLabel     *audit_title;
  GtkBox       *audit_box;
};

G_DEFINE_FINAL_TYPE (HpCompareView, hp_compare_view, HP_TYPE_VIEW)

/* The rows --------------------------------------------------------------------- */

typedef struct
{
  char   *value;
  char   *caption;
  char   *why;
  double  score;    /* what "best" compares; NAN: not comparable */
} Cell;

typedef struct
{
  HpPlan    *plan;
  HpCatalog *catalog;
  HpPath    *path;
} Context;

static void
cell_clear (Cell *cell)
{
  g_free (cell->value);
  g_free (cell->caption);
  g_free (cell->why);
}

static char *
credits_text (double credits)
{
  g_autofree char *number = hp_format_number (credits);

  /* TRANSLATORS: "66 credits" (the number is already written out) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s credit", "%s credits",
                                       fabs (credits - 1) < 1e-9 ? 1 : 2), number);
}

static const char *
status_word (HpGroupStatus status)
{
  switch (status)
    {
    case HP_GROUP_COMPLETE: return C_("requirement", "complete");
    case HP_GROUP_PLANNED:  return C_("requirement", "planned");
    case HP_GROUP_PARTIAL:  return C_("requirement", "partly met");
    case HP_GROUP_MISSING:
    default:                return C_("requirement", "not started");
    }
}

static void
fill_total (Context *c,
            Cell    *cell)
{
  HpProgram *program = c->path->audit->program;
  GListModel *groups = G_LIST_MODEL (program->requirements);
  GString *why = g_string_new (_("Its requirement groups:"));

  cell->value = credits_text (program->credits);
  if (program->terms > 0)
    cell->caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "about %u term at a full load",
                                                  "about %u terms at a full load", program->terms),
                                     program->terms);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (groups, i);
      g_autofree char *count = hp_format_number (g->count);

      switch (g->rule)
        {
        case HP_GROUP_ALL:
          g_string_append_printf (why, _("\n• %s: every course listed (%s)"), g->title, count);
          break;
        case HP_GROUP_COURSES:
          g_string_append_printf (why, ngettext ("\n• %s: %s course", "\n• %s: %s courses",
                                                 hp_plural_count (g->count)), g->title, count);
          break;
        case HP_GROUP_CREDITS:
        default:
          g_string_append_printf (why, ngettext ("\n• %s: %s credit", "\n• %s: %s credits",
                                                 hp_plural_count (g->count)), g->title, count);
          break;
        }
    }
  cell->why = g_string_free (why, FALSE);
  cell->score = NAN;
}

static void
fill_applied (Context *c,
              Cell    *cell)
{
  HpAudit *audit = c->path->audit;
  GListModel *groups = G_LIST_MODEL (audit->groups);
  g_autofree char *done = hp_format_number (audit->credits_completed);
  g_autofree char *coming = hp_format_number (audit->credits_in_progress + audit->credits_planned);
  GString *why = g_string_new (_("What of your record each group takes:"));

  cell->value = credits_text (c->path->credits_applied);
  cell->caption = g_strdup_printf (_("%s completed, %s in progress or planned"), done, coming);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (groups, i);
      g_autoptr(GString) courses = g_string_new (NULL);

      for (guint j = 0; j < g->applied->len; j++)
        g_string_append_printf (courses, "%s%s", j ? ", " : "",
                                ((HpApplied *) g_ptr_array_index (g->applied, j))->label);
      g_string_append_printf (why, "\n• %s (%s): %s", g->group->title, status_word (g->status),
                              courses->len ? courses->str : _("nothing yet"));
    }
  if (audit->unapplied->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) audit->unapplied->pdata);
      g_string_append_printf (why, _("\nCounting toward nothing here: %s"), list);
    }
  cell->why = g_string_free (why, FALSE);
  cell->score = c->path->credits_applied;
}

static void
fill_remaining (Context *c,
                Cell    *cell)
{
  HpAudit *audit = c->path->audit;
  HpAutoplan *plan = audit->autoplan;
  GListModel *groups = G_LIST_MODEL (audit->groups);
  GString *why = g_string_new (NULL);

  cell->value = credits_text (audit->credits_remaining);
  cell->caption = audit->courses_remaining == 0
                  ? g_strdup (_("nothing left to add"))
                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u course",
                                                  "about %u courses", audit->courses_remaining),
                                     audit->courses_remaining);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (groups, i);
      if (g->missing != NULL)
        g_string_append_printf (why, "%s• %s: %s", why->len ? "\n" : "", g->group->title,
                                g->missing);
    }
  if (why->len == 0)
    g_string_append (why, _("Every requirement is completed or planned."));
  if (plan->placements->len > 0)
    {
      g_string_append (why, _("\nTo take, with what they need first:"));
      for (guint i = 0; i < plan->placements->len; i++)
        {
          HpPlacement *p = g_ptr_array_index (plan->placements, i);
          g_string_append_printf (why, "\n• %s (%s)", p->course, p->reason);
        }
    }
  cell->why = g_string_free (why, FALSE);
  cell->score = audit->credits_remaining;
}

static void
fill_time (Context *c,
           Cell    *cell)
{
  HpAudit *audit = c->path->audit;
  HpAutoplan *plan = audit->autoplan;
  g_autofree char *load = hp_format_number (plan->load);
  GString *why = g_string_new (NULL);
  HpTermKey shown = 0;

  if (audit->projected != 0)
    {
      cell->value = hp_term_key_format (audit->projected);
      cell->caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u term after the one in progress",
                                                    "%u terms after the one in progress",
                                                    audit->terms_left),
                                       audit->terms_left);
      cell->score = audit->terms_left;
    }
  else
    {
      cell->value = g_strdup (_("Unknown"));
      cell->caption = g_strdup (_("part of what is left cannot be placed"));
      cell->score = NAN;
    }
  g_string_append_printf (why, plan->summer
                          ? _("The last term of a plan of what is left, at up to %s credits a term, "
                              "summers included; courses go after their prerequisites, in terms "
                              "they are offered.")
                          : _("The last term of a plan of what is left, at up to %s credits a term, "
                              "without summer terms; courses go after their prerequisites, in "
                              "terms they are offered."), load);
  for (guint i = 0; i < plan->placements->len; i++)
    {
      HpPlacement *p = g_ptr_array_index (plan->placements, i);

      if (p->term != shown)
        {
          g_autofree char *when = hp_term_key_format (p->term);
          g_string_append_printf (why, "\n%s:", when);
          shown = p->term;
        }
      g_string_append_printf (why, " %s", p->course);
    }
  for (guint i = 0; i < plan->unplaced->len; i++)
    g_string_append_printf (why, _("\nCannot be placed: %s"),
                            ((HpUnplaced *) g_ptr_array_index (plan->unplaced, i))->reason);
  cell->why = g_string_free (why, FALSE);
}

static void
fill_tuition (Context *c,
              Cell    *cell)
{
  HpPath *path = c->path;
  g_autofree char *rate = hp_format_money (path->tuition_per_credit, c->plan->currency);
  g_autofree char *planned = hp_format_number (path->audit->credits_planned);
  g_autofree char *to_place = hp_format_number (hp_autoplan_credits (path->audit->autoplan));

  cell->value = hp_format_money (path->remaining_tuition, c->plan->currency);
  cell->caption = g_strdup_printf (_("at %s a credit"), rate);
  cell->why = g_strdup_printf (c->plan->tuition_per_credit > 0
                               ? _("(%s credits planned + %s still to take) × %s, your cost per "
                                   "credit from the profile. Courses in progress are paid.")
                               : _("(%s credits planned + %s still to take) × %s, the program’s "
                                   "price per credit. Set your own in the profile."),
                               planned, to_place, rate);
  cell->score = path->remaining_tuition;
}

static void
fill_credentials (Context *c,
                  Cell    *cell)
{
  HpPath *path = c->path;
  GString *why = g_string_new (NULL);

  if (path->eligible->len > 0)
    {
      cell->value = g_strjoinv (", ", (char **) path->eligible->pdata);
      if (path->audit->projected != 0)
        {
          g_autofree char *when = hp_term_key_format (path->audit->projected);
          cell->caption = g_strdup_printf (_("eligible on completion, after %s"), when);
        }
      else
        cell->caption = g_strdup (_("eligible on completion"));
    }
  else
    cell->value = g_strdup (_("None"));

  for (guint i = 0; i < path->eligible->len; i++)
    {
      HpCredential *cred = hp_catalog_find_credential (c->catalog, g_ptr_array_index (path->eligible, i));
      if (cred != NULL)
        g_string_append_printf (why, "%s• %s (%s): %s", why->len ? "\n" : "", cred->id, cred->body,
                                cred->eligibility);
    }
  for (guint i = 0; i < path->prepares->len; i++)
    {
      HpCredential *cred = hp_catalog_find_credential (c->catalog, g_ptr_array_index (path->prepares, i));
      if (cred != NULL)
        g_string_append_printf (why, _("%s• Prepares for %s; %s sets further rules: %s"),
                                why->len ? "\n" : "", cred->id, cred->body, cred->eligibility);
    }
  if (why->len == 0)
    g_string_append (why, _("The program leads to no credential in this catalog."));
  cell->why = g_string_free (why, FALSE);
  cell->score = path->eligible->len;
}

static void
fill_transfer (Context *c,
               Cell    *cell)
{
  HpPath *path = c->path;

  if (hp_program_is_bachelor (path->audit->program))
    {
      cell->value = g_strdup ("—");
      cell->caption = g_strdup (_("a bachelor’s itself"));
      cell->why = g_strdup (_("Its transfer block counts what you bring from an associate degree."));
      cell->score = NAN;
      return;
    }
  cell->value = credits_text (path->transfer_credits);
  cell->caption = g_strdup (_("taken and still to take"));
  cell->why = g_strdup (_("The credits of this path’s courses, done and to come, that the catalog "
                          "marks as transferring to a bachelor’s degree."));
  cell->score = path->transfer_credits;
}

static void
fill_courses (Context *c,
              Cell    *cell)
{
  HpPath *path = c->path;
  GString *why = g_string_new (NULL);

  cell->value = g_strdup_printf (_("%u shared · %u only here"), path->shared->len,
                                 path->unique->len);
  cell->caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u course in all",
                                                "of %u courses in all", path->courses->len),
                                   path->courses->len);
  if (path->shared->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) path->shared->pdata);
      g_string_append_printf (why, _("In every path compared: %s"), list);
    }
  if (path->unique->len > 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) path->unique->pdata);
      g_string_append_printf (why, _("%sOnly in this path: %s"), why->len ? "\n" : "", list);
    }
  if (why->len == 0)
    g_string_append (why, _("Each of its courses is in some, not all, of the other paths."));
  cell->why = g_string_free (why, FALSE);
  cell->score = NAN;
}

static void
fill_occupations (Context *c,
                  Cell    *cell)
{
  GPtrArray *occupations = c->path->audit->program->occupations;
  GString *why = g_string_new (NULL);

  if (occupations->len == 0)
    {
      cell->value = g_strdup (_("None listed"));
      cell->why = g_strdup (_("The catalog names no occupation for this program."));
      cell->score = NAN;
      g_string_free (why, TRUE);
      return;
    }
  for (guint i = 0; i < occupations->len; i++)
    {
      HpOccupation *o = g_ptr_array_index (occupations, i);
      HpSource *s = o->source ? hp_catalog_find_source (c->catalog, o->source) : NULL;
      g_autofree char *read = s && g_date_valid (&s->read) ? hp_date_to_string (&s->read) : NULL;

      g_string_append_printf (why, "%s• %s", why->len ? "\n" : "", o->title);
      if (o->median_wage > 0)
        {
          g_autofree char *wage = hp_format_money (o->median_wage, "USD");
          g_string_append_printf (why, _(": median pay %s a year (%s)"), wage, o->wage_date);
        }
      if (o->growth_period != NULL)
        g_string_append_printf (why, _(", employment %+g%% over %s"), o->growth, o->growth_period);
      if (s != NULL)
        g_string_append_printf (why, _(". Source: %s, read %s"), s->title, read ? read : "?");
    }
  {
    HpOccupation *first = g_ptr_array_index (occupations, 0);

    cell->value = g_strdup (first->title);
    if (first->median_wage > 0)
      {
        g_autofree char *wage = hp_format_money (first->median_wage, "USD");
        cell->caption = g_strdup_printf (_("median %s a year (%s)"), wage, first->wage_date);
      }
  }
  cell->why = g_string_free (why, FALSE);
  cell->score = NAN;
}

typedef void (*FillCell) (Context *c, Cell *cell);

static const struct
{
  const char *id;
  const char *title;
  int         better;   /* -1: the lowest is best; 1: the highest; 0: no best */
  FillCell    fill;
} metrics[] = {
  { "credits",     N_("Credits to graduate"),              0, fill_total },
  { "applied",     N_("Your credits that count"),          1, fill_applied },
  { "remaining",   N_("Still to take"),                   -1, fill_remaining },
  { "graduation",  N_("Projected graduation"),            -1, fill_time },
  { "tuition",     N_("Remaining tuition"),               -1, fill_tuition },
  { "credentials", N_("Credentials you become eligible for"), 1, fill_credentials },
  { "transfer",    N_("Credits that would transfer to a bachelor’s"), 1, fill_transfer },
  { "courses",     N_("Courses in common"),                0, fill_courses },
  { "occupations", N_("Occupations, pay and outlook"),     0, fill_occupations },
};

/* The table ------------------------------------------------------------------------ */

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
label_new (const char *text,
           const char *style,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (wrap)
    {
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
cell_new (const char *metric,
          const char *program,
          Cell       *cell,
          gboolean    best)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *value = label_new (cell->value, "compare-value", TRUE);
  g_autofree char *name = g_strdup_printf ("value:%s:%s", metric, program);
  GtkWidget *why = gtk_expander_new_with_mnemonic (_("_Why"));
  GtkWidget *reasons = label_new (cell->why, "caption", TRUE);

  gtk_widget_add_css_class (box, "compare-cell");
  gtk_widget_set_name (value, name);
  gtk_box_append (GTK_BOX (top), value);
  if (best)
    {
      GtkWidget *tag = label_new (_("Best"), "best-tag", FALSE);

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (top), tag);
      gtk_widget_add_css_class (box, "best");
    }
  gtk_box_append (GTK_BOX (box), top);
  if (cell->caption != NULL)
    {
      GtkWidget *caption = label_new (cell->caption, "caption", TRUE);
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }
  gtk_label_set_selectable (GTK_LABEL (reasons), FALSE);
  gtk_expander_set_child (GTK_EXPANDER (why), reasons);
  gtk_box_append (GTK_BOX (box), why);
  return box;
}

static const char *
kind_label (HpProgram *program)
{
  if (g_strcmp0 (program->kind, "certificate") == 0)
    return _("Certificate");
  if (g_strcmp0 (program->kind, "as") == 0)
    return _("Associate of Science: built to transfer");
  if (g_strcmp0 (program->kind, "aas") == 0)
    return _("Associate of Applied Science: built for work");
  if (hp_program_is_bachelor (program))
    return _("Bachelor’s degree");
  return program->kind ? program->kind : "";
}

static GtkWidget *
program_header_new (HpCompareView *self,
                    HpPlan        *plan,
                    HpProgram     *program)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  /* One above the other: side by side, they made four columns wider than
   * the window's default width. */
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *audit = gtk_button_new_with_mnemonic (_("What-If _Audit"));

  gtk_widget_add_css_class (box, "compare-program");
  gtk_box_append (GTK_BOX (box), label_new (program->name, "heading", TRUE));
  gtk_box_append (GTK_BOX (box), label_new (kind_label (program), "caption", TRUE));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (audit), "compare.audit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (audit), "s", program->id);
  gtk_widget_set_tooltip_text (audit, _("Your record against this program, without changing your "
                                        "plan"));
  gtk_widget_set_halign (audit, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (buttons), audit);
  if (g_strcmp0 (plan->target_program, program->id) == 0)
    {
      GtkWidget *tag = label_new (_("Your target"), "target-tag", FALSE);
      gtk_widget_set_halign (tag, GTK_ALIGN_START);
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (buttons), tag);
    }
  else
    {
      GtkWidget *aim = gtk_button_new_with_mnemonic (_("Aim at _This"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (aim), "compare.set-target");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (aim), "s", program->id);
      gtk_widget_set_tooltip_text (aim, _("Make this program your plan’s target (you can undo it)"));
      gtk_widget_set_halign (aim, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (buttons), aim);
    }
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

static GtkWidget *
question_new (guint m)
{
  GtkWidget *title = label_new (_(metrics[m].title), "heading", TRUE);

  gtk_widget_set_valign (title, GTK_ALIGN_START);
  gtk_widget_add_css_class (title, "compare-question");
  return title;
}

/* Wide: a column per program, a row per question.  Narrow: the programs one
 * under the other, each with its answers, so nothing scrolls sideways. */
static void
build_table (HpCompareView *self,
             HpPlan        *plan,
             HpCatalog     *catalog)
{
  GListModel *paths = G_LIST_MODEL (self->paths);
  guint n = MIN (g_list_model_get_n_items (paths), MAX_PATHS);
  gboolean bachelor = hp_catalog_has_bachelor (catalog);
  gboolean narrow = hp_view_get_narrow (HP_VIEW (self));
  Cell cells[G_N_ELEMENTS (metrics)][MAX_PATHS] = { { { 0 } } };
  gboolean best[G_N_ELEMENTS (metrics)][MAX_PATHS] = { { 0 } };
  gboolean shown[G_N_ELEMENTS (metrics)] = { 0 };
  HpPath *path[MAX_PATHS] = { 0 };
  int row = 0;

  clear_box (GTK_WIDGET (self->table));
  if (narrow)
    gtk_widget_add_css_class (GTK_WIDGET (self->table), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->table), "narrow");
  for (guint i = 0; i < n; i++)
    path[i] = g_list_model_get_item (paths, i);

  /* Every answer, and the best of each question among several unlike ones. */
  for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
    {
      double top = NAN;
      guint n_best = 0;

      shown[m] = !g_str_equal (metrics[m].id, "transfer") || bachelor;
      if (!shown[m])
        continue;
      for (guint i = 0; i < n; i++)
        {
          Context c = { plan, catalog, path[i] };

          metrics[m].fill (&c, &cells[m][i]);
          if (metrics[m].better != 0 && !isnan (cells[m][i].score) &&
              (isnan (top) || (metrics[m].better < 0 ? cells[m][i].score < top - 1e-9
                                                     : cells[m][i].score > top + 1e-9)))
            top = cells[m][i].score;
        }
      for (guint i = 0; i < n; i++)
        n_best += !isnan (top) && !isnan (cells[m][i].score) && fabs (cells[m][i].score - top) < 1e-9;
      /* A best among several, not when all are alike. */
      for (guint i = 0; i < n; i++)
        best[m][i] = n > 1 && n_best < n && !isnan (cells[m][i].score) && !isnan (top) &&
                     fabs (cells[m][i].score - top) < 1e-9;
    }

  if (narrow)
    {
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            gtk_grid_attach (self->table, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL),
                             0, row++, 1, 1);
          gtk_grid_attach (self->table, program_header_new (self, plan, path[i]->audit->program),
                           0, row++, 1, 1);
          for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
            if (shown[m])
              {
                gtk_grid_attach (self->table, question_new (m), 0, row++, 1, 1);
                gtk_grid_attach (self->table, cell_new (metrics[m].id, path[i]->audit->program->id,
                                                        &cells[m][i], best[m][i]),
                                 0, row++, 1, 1);
              }
        }
    }
  else
    {
      for (guint i = 0; i < n; i++)
        gtk_grid_attach (self->table, program_header_new (self, plan, path[i]->audit->program),
                         (int) i + 1, row, 1, 1);
      row++;
      for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
        if (shown[m])
          {
            gtk_grid_attach (self->table, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, row++,
                             (int) n + 1, 1);
            gtk_grid_attach (self->table, question_new (m), 0, row, 1, 1);
            for (guint i = 0; i < n; i++)
              gtk_grid_attach (self->table, cell_new (metrics[m].id, path[i]->audit->program->id,
                                                      &cells[m][i], best[m][i]),
                               (int) i + 1, row, 1, 1);
            row++;
          }
    }

  for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
    for (guint i = 0; i < n; i++)
      cell_clear (&cells[m][i]);
  for (guint i = 0; i < n; i++)
    g_object_unref (path[i]);
}

/* The audit -------------------------------------------------------------------------- */

static void
show_audit (HpCompareView *self,
            HpPlan        *plan,
            HpCatalog     *catalog)
{
  HpProgram *program = self->audit_program ? hp_catalog_find_program (catalog, self->audit_program)
                                           : NULL;
  g_autoptr(HpAudit) audit = NULL;
  g_autofree char *title = NULL;
  GListModel *groups;
  GDate today;

  clear_box (GTK_WIDGET (self->audit_box));
  if (program != NULL && !gtk_widget_get_visible (self->audit_panel))
    /* The table keeps the upper half. */
    gtk_paned_set_position (self->paned, MAX (200, gtk_widget_get_height (GTK_WIDGET (self->paned)) / 2));
  gtk_widget_set_visible (self->audit_panel, program != NULL);
  if (program == NULL)
    return;

  hp_date_set_today (&today);
  audit = hp_audit_new (plan, catalog, program, &today);
  title = g_strdup_printf (_("What if you aimed at %s: your record against it, your plan "
                             "unchanged"), program->name);
  gtk_label_set_label (self->audit_title, title);
  groups = G_LIST_MODEL (audit->groups);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpGroupResult) g = g_list_model_get_item (groups, i);
      g_autofree char *done = hp_format_number (g->done + g->planned);
      g_autofree char *need = hp_format_number (g->need);
      g_autofree char *line = g_strdup_printf (_("%s — %s (%s of %s)"), g->group->title,
                                               status_word (g->status), done, need);
      GtkWidget *label = label_new (line, NULL, TRUE);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 100);
      gtk_box_append (self->audit_box, label);
      if (g->missing != NULL)
        {
          GtkWidget *missing = label_new (g->missing, "caption", TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (missing), 100);
          gtk_widget_add_css_class (missing, "dim-label");
          gtk_box_append (self->audit_box, missing);
        }
    }
}

/* Refreshing ------------------------------------------------------------------------- */

static void program_toggled_cb (HpCompareView *self, GtkCheckButton *check);

static void
hp_compare_view_refresh (HpCompareView *self)
{
  HpDocument *document = hp_view_get_document (HP_VIEW (self));
  HpPlan *plan = document ? hp_document_get_plan (document) : NULL;
  HpCatalog *catalog = document ? hp_document_get_catalog (document) : NULL;
  g_autoptr(GPtrArray) programs = NULL;
  g_autoptr(GListStore) paths = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *load = NULL;
  GListModel *all;
  GDate today;

  /* Four audits, each with its automatic plan, are worked out when the view
   * is shown (or asked for), not while the window starts on another view. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->forced)
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  clear_box (GTK_WIDGET (self->programs_box));
  if (plan == NULL || catalog == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)) == 0)
    {
      g_list_store_remove_all (self->paths);
      clear_box (GTK_WIDGET (self->table));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  programs = hp_compare_default_programs (plan, catalog);
  if (programs->len > MAX_PATHS)
    g_ptr_array_set_size (programs, MAX_PATHS);
  hp_date_set_today (&today);
  paths = hp_compare (plan, catalog, programs, &today);
  g_list_store_remove_all (self->paths);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (paths)); i++)
    {
      g_autoptr(HpPath) path = g_list_model_get_item (G_LIST_MODEL (paths), i);
      g_list_store_append (self->paths, path);
    }

  /* What each column assumes, said once. */
  {
    g_autofree char *now = hp_term_key_format (hp_term_key_for_date (&today));
    g_autofree char *date = hp_date_to_string (&today);

    load = hp_format_number (hp_plan_load_limit (plan));
    summary = g_strdup_printf (hp_plan_takes_summer (plan, catalog)
                               ? _("From your record and plan as of %s (%s in progress), at up to "
                                   "%s credits a term, summers included. Open “Why” under any "
                                   "answer for what it rests on.")
                               : _("From your record and plan as of %s (%s in progress), at up to "
                                   "%s credits a term, without summer terms. Open “Why” under any "
                                   "answer for what it rests on."),
                               date, now, load);
  }
  gtk_label_set_label (self->summary_label, summary);

  all = G_LIST_MODEL (catalog->programs);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(HpProgram) program = g_list_model_get_item (all, i);
      gboolean target = g_strcmp0 (plan->target_program, program->id) == 0;
      gboolean shown = g_ptr_array_find (programs, program, NULL);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *name = gtk_label_new (program->name);

      /* A label that wraps: the names must not set the window's narrowest width. */
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), name);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), shown);
      /* Not an actionable check button: a stateless action would clear its
       * mark.  The button's name is the program's id. */
      gtk_widget_set_name (check, program->id);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (program_toggled_cb), self);
      if (target)
        {
          gtk_widget_set_sensitive (check, FALSE);
          gtk_widget_set_tooltip_text (check, _("Your target is always compared"));
        }
      else if (!shown && programs->len >= MAX_PATHS)
        {
          gtk_widget_set_sensitive (check, FALSE);
          gtk_widget_set_tooltip_text (check, _("Compare at most four programs"));
        }
      gtk_flow_box_append (self->programs_box, check);
    }

  build_table (self, plan, catalog);
  show_audit (self, plan, catalog);
  gtk_stack_set_visible_child_name (self->stack, "paths");
}

static void
program_toggled_cb (HpCompareView  *self,
                    GtkCheckButton *check)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "compare.toggle-program", "s",
                              gtk_widget_get_name (GTK_WIDGET (check)));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  HpCompareView *self = data;

  self->refresh_source = 0;
  hp_compare_view_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (HpCompareView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

/* Actions ----------------------------------------------------------------------------- */

/* Shows or hides a program's column: an edit of the programs the plan compares. */
static void
toggle_program_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HpCompareView *self = HP_COMPARE_VIEW (widget);
  HpDocument *document = hp_view_get_document (HP_VIEW (self));
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean found = FALSE;
  HpPlan *plan;

  if (document == NULL)
    return;
  plan = hp_document_get_plan (document);
  if (g_strcmp0 (plan->target_program, id) == 0)
    return;
  /* The columns shown but the target, with @id added or taken away: a plan
   * that chose nothing shows every program, so choosing starts from what
   * is shown. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->paths)); i++)
    {
      g_autoptr(HpPath) path = g_list_model_get_item (G_LIST_MODEL (self->paths), i);
      const char *shown = path->audit->program->id;

      if (g_str_equal (shown, id))
        found = TRUE;
      else if (g_strcmp0 (shown, plan->target_program) != 0)
        g_ptr_array_add (ids, (gpointer) shown);
    }
  if (!found)
    g_ptr_array_add (ids, (gpointer) id);
  g_ptr_array_add (ids, NULL);
  if (!hp_document_set_compare_list (document, (const char * const *) ids->pdata, &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
set_target_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpCompareView *self = HP_COMPARE_VIEW (widget);
  HpDocument *document = hp_view_get_document (HP_VIEW (self));
  g_autoptr(GError) error = NULL;

  if (document != NULL &&
      !hp_document_set_target (document, g_variant_get_string (parameter, NULL), &error))
    hp_view_report (HP_VIEW (self), error);
}

static void
audit_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  HpCompareView *self = HP_COMPARE_VIEW (widget);
  HpDocument *document = hp_view_get_document (HP_VIEW (self));

  g_free (self->audit_program);
  self->audit_program = g_variant_dup_string (parameter, NULL);
  if (document != NULL && hp_document_get_catalog (document) != NULL)
    show_audit (self, hp_document_get_plan (document), hp_document_get_catalog (document));
}

static void
close_audit_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpCompareView *self = HP_COMPARE_VIEW (widget);

  g_clear_pointer (&self->audit_program, g_free);
  gtk_widget_set_visible (self->audit_panel, FALSE);
}

/* Object -------------------------------------------------------------------------------- */

static void
hp_compare_view_document_changed (HpView *view)
{
  HpCompareView *self = HP_COMPARE_VIEW (view);

  g_signal_group_set_target (self->document_signals, hp_view_get_document (view));
  g_clear_pointer (&self->audit_program, g_free);
  hp_compare_view_refresh (self);
}

/* The table changes shape between a wide and a narrow window. */
static void
hp_compare_view_narrow_changed (HpView *view)
{
  document_changed_cb (HP_COMPARE_VIEW (view));
}

static void
hp_compare_view_dispose (GObject *object)
{
  HpCompareView *self = HP_COMPARE_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_COMPARE_VIEW);
  g_clear_object (&self->paths);
  G_OBJECT_CLASS (hp_compare_view_parent_class)->dispose (object);
}

static void
hp_compare_view_finalize (GObject *object)
{
  g_free (HP_COMPARE_VIEW (object)->audit_program);
  G_OBJECT_CLASS (hp_compare_view_parent_class)->finalize (object);
}

static void
hp_compare_view_map (GtkWidget *widget)
{
  HpCompareView *self = HP_COMPARE_VIEW (widget);

  GTK_WIDGET_CLASS (hp_compare_view_parent_class)->map (widget);
  if (self->stale)
    hp_compare_view_refresh (self);
}

static void
hp_compare_view_class_init (HpCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_compare_view_dispose;
  object_class->finalize = hp_compare_view_finalize;
  widget_class->map = hp_compare_view_map;
  HP_VIEW_CLASS (klass)->icon_name = "view-dual-symbolic";
  HP_VIEW_CLASS (klass)->document_changed = hp_compare_view_document_changed;
  HP_VIEW_CLASS (klass)->narrow_changed = hp_compare_view_narrow_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hitplanner/Planner/compare/hp-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, stack);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, programs_box);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, paned);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, table);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, audit_panel);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, audit_title);
  gtk_widget_class_bind_template_child (widget_class, HpCompareView, audit_box);

  gtk_widget_class_install_action (widget_class, "compare.toggle-program", "s", toggle_program_cb);
  gtk_widget_class_install_action (widget_class, "compare.set-target", "s", set_target_cb);
  gtk_widget_class_install_action (widget_class, "compare.audit", "s", audit_cb);
  gtk_widget_class_install_action (widget_class, "compare.close-audit", NULL, close_audit_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compareview");

  g_type_ensure (HP_TYPE_EMPTY_STATE);
}

static void
hp_compare_view_init (HpCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->paths = g_list_store_new (HP_TYPE_PATH);
  self->document_signals = g_signal_group_new (HP_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API ------------------------------------------------------------------------------- */

/* The paths the table shows, in its column order. */
GListModel *
hp_compare_view_get_paths (HpCompareView *self)
{
  g_return_val_if_fail (HP_IS_COMPARE_VIEW (self), NULL);
  if (self->stale)
    {
      /* asked while not shown: work it out now */
      self->forced = TRUE;
      hp_compare_view_refresh (self);
      self->forced = FALSE;
    }
  return G_LIST_MODEL (self->paths);
}
