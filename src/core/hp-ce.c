/* hp-ce.c: continuing education: the cycle each held credential is in, what it asks, what is done
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, as the catalog states them for each credential:
 *
 * - An anniversary cycle starts on the day the exam was passed and runs N
 *   years: cycle k runs from earned + kN years to the day before earned +
 *   (k+1)N years, each counted from the day earned, so a credential earned
 *   on 29 February starts its later cycles on 28 February (and a cycle
 *   that starts on 1 March ends on 29 February in a leap year).
 * - A calendar cycle ends on 31 December: the first from the day earned to
 *   31 December of year earned + N - 1, the next ones N whole years.
 * - Combined credentials (AHIMA's) share one cycle, the one of the first
 *   credential earned: it asks the most any of them asks, plus a set
 *   number of hours for each further credential, up to a maximum.  A
 *   credential earned during a cycle adds its hours from the next one (the
 *   app's reading; the body's guide is the authority, and the view says so).
 * - Hours logged for any credential of the cycle, between its first and
 *   last day, count; a share may have to be in one category.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hp-ce.h"
#include "hp-record.h"

HP_DEFINE_RECORD (HpCeStatus, hp_ce_status,
                  g_free (self->body); g_free (self->share_category); g_free (self->warning);
                  g_clear_pointer (&self->credentials, g_ptr_array_unref);
                  g_clear_pointer (&self->entries, g_ptr_array_unref);
                  g_clear_pointer (&self->notes, g_ptr_array_unref))

static void
hp_ce_status_init (HpCeStatus *self)
{
  self->credentials = hp_strv_array_new ();
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->notes = hp_strv_array_new ();
}

static void
add_years (const GDate *from,
           guint        years,
           GDate       *to)
{
  *to = *from;
  g_date_add_years (to, years);  /* 29 February becomes 28 February */
}

/* The cycle (@start to @end, both included) that @on falls in, of a
 * credential earned on @earned; before @earned, the first cycle. */
void
hp_ce_cycle (const GDate *earned,
             guint        years,
             HpCeCycle    kind,
             const GDate *on,
             GDate       *start,
             GDate       *end)
{
  g_return_if_fail (earned != NULL && g_date_valid (earned));
  g_return_if_fail (on != NULL && g_date_valid (on));

  years = MAX (years, 1);
  if (kind == HP_CE_CYCLE_CALENDAR)
    {
      guint year = g_date_get_year (earned) + years - 1;

      *start = *earned;
      g_date_clear (end, 1);
      g_date_set_dmy (end, 31, G_DATE_DECEMBER, year);
      while (g_date_compare (on, end) > 0)
        {
          g_date_set_dmy (start, 1, G_DATE_JANUARY, year + 1);
          year += years;
          g_date_set_dmy (end, 31, G_DATE_DECEMBER, year);
        }
      return;
    }

  {
    guint k = 0;
    GDate next;

    add_years (earned, years, &next);
    *start = *earned;
    while (g_date_compare (on, &next) >= 0)
      {
        k++;
        add_years (earned, k * years, start);
        add_years (earned, (k + 1) * years, &next);
      }
    *end = next;
    g_date_subtract_days (end, 1);
  }
}

typedef struct
{
  HpHeldCredential *held;
  HpCredential     *credential;
} Held;

static int
compare_earned (gconstpointer a,
                gconstpointer b)
{
  const Held *x = a, *y = b;

  return g_date_compare (&x->held->earned, &y->held->earned);
}

static void
fill_status (HpCeStatus  *status,
             GArray      *group,
             HpPlan      *plan,
             const GDate *today)
{
  Held *first = &g_array_index (group, Held, 0);
  HpCredential *rules = first->credential;
  GListModel *entries = G_LIST_MODEL (plan->ce_entries);
  double most = 0;
  guint counted = 0;
  int length, elapsed;

  status->body = g_strdup (rules->body);
  hp_ce_cycle (&first->held->earned, rules->ce_years, rules->ce_cycle, today, &status->start,
               &status->end);
  for (guint i = 0; i < group->len; i++)
    {
      Held *h = &g_array_index (group, Held, i);

      g_ptr_array_add (status->credentials, g_strdup (h->credential->id));
      if (g_date_compare (&h->held->earned, &status->start) <= 0)
        {
          most = MAX (most, h->credential->ce_hours);
          counted++;
        }
      else
        {
          g_autofree char *earned = hp_date_to_string (&h->held->earned);
          g_autofree char *added = hp_format_number (rules->ce_added);
          GDate next = status->end;

          g_date_add_days (&next, 1);
          {
            g_autofree char *from = hp_date_to_string (&next);

            g_ptr_array_add (status->notes,
                             g_strdup_printf (_("%s was earned on %s, within this cycle: its %s more "
                                                "hours are counted from the next cycle, from %s "
                                                "(check %s’s guide)."), h->credential->id, earned,
                                              added, from, rules->body ? rules->body : _("the body")));
          }
        }
    }
  status->required = most + rules->ce_added * (counted > 0 ? counted - 1 : 0);
  if (rules->ce_max > 0 && status->required > rules->ce_max)
    {
      g_autofree char *max = hp_format_number (rules->ce_max);

      status->required = rules->ce_max;
      g_ptr_array_add (status->notes, g_strdup_printf (_("With %u credentials the cycle asks the "
                                                         "most there is: %s hours."), counted, max));
    }
  else if (counted > 1)
    {
      g_autofree char *base = hp_format_number (most);
      g_autofree char *added = hp_format_number (rules->ce_added);

      g_ptr_array_add (status->notes,
                       g_strdup_printf (_("%s hours for the first credential and %s for each of "
                                          "the %u others."), base, added, counted - 1));
    }
  if (rules->ce_hours <= 0)
    g_ptr_array_add (status->notes, g_strdup (_("The catalog gives no hours for this credential.")));
  status->share = rules->ce_share;
  status->share_category = g_strdup (rules->ce_share_category);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(HpCeEntry) e = g_list_model_get_item (entries, i);

      if (!g_ptr_array_find_with_equal_func (status->credentials, e->credential, g_str_equal, NULL) ||
          !g_date_valid (&e->date) || g_date_compare (&e->date, &status->start) < 0 ||
          g_date_compare (&e->date, &status->end) > 0)
        continue;
      status->done += e->hours;
      if (status->share_category != NULL && g_strcmp0 (e->category, status->share_category) == 0)
        status->share_done += e->hours;
      g_ptr_array_add (status->entries, g_object_ref (e));
    }

  length = g_date_days_between (&status->start, &status->end) + 1;
  elapsed = CLAMP (g_date_days_between (&status->start, today) + 1, 0, length);
  status->days_left = MAX (0, g_date_days_between (today, &status->end));
  status->expected = status->required * elapsed / length;
  status->behind = status->done < status->required && status->done + 1 <= status->expected;
  status->due_soon = status->done < status->required && status->days_left <= HP_CE_DUE_SOON_DAYS;
  if (status->due_soon)
    {
      g_autofree char *missing = hp_format_number (status->required - status->done);
      g_autofree char *end = hp_date_to_string (&status->end);

      status->warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%s hours still to log by %s, in %d day",
                                                      "%s hours still to log by %s, in %d days",
                                                      status->days_left),
                                         missing, end, status->days_left);
    }
  else if (status->behind)
    {
      g_autofree char *done = hp_format_number (status->done);
      g_autofree char *required = hp_format_number (status->required);
      g_autofree char *expected = hp_ce_status_format_expected (status);

      status->warning = g_strdup_printf (_("Behind a steady pace: %s of %s hours logged, about %s "
                                           "by now"), done, required, expected);
    }
}

/* The hours a steady pace would have logged by now, for a sentence: an
 * estimate, so to a tenth of an hour ("about 4.1"), as the --xml result has it. */
char *
hp_ce_status_format_expected (HpCeStatus *status)
{
  g_return_val_if_fail (HP_IS_CE_STATUS (status), NULL);
  return hp_format_number (round (status->expected * 10) / 10);
}

/* The cycle in progress on @today of each credential the student holds:
 * one for all of a body's combined credentials, one for each other one.
 * Credentials the catalog does not know, or not yet earned, are left out. */
GListStore *
hp_ce_statuses (HpPlan      *plan,
                HpCatalog   *catalog,
                const GDate *today)
{
  GListStore *statuses = g_list_store_new (HP_TYPE_CE_STATUS);
  g_autoptr(GArray) held = g_array_new (FALSE, TRUE, sizeof (Held));
  g_autofree gboolean *done = NULL;
  GListModel *list = G_LIST_MODEL (plan->held);

  g_return_val_if_fail (HP_IS_PLAN (plan), statuses);
  g_return_val_if_fail (HP_IS_CATALOG (catalog), statuses);
  g_return_val_if_fail (today != NULL && g_date_valid (today), statuses);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HpHeldCredential) h = g_list_model_get_item (list, i);
      Held item = { h, hp_catalog_find_credential (catalog, h->credential) };

      if (item.credential == NULL || !g_date_valid (&h->earned) ||
          g_date_compare (&h->earned, today) > 0)
        continue;
      g_array_append_val (held, item);
    }
  g_array_sort (held, compare_earned);

  done = g_new0 (gboolean, held->len + 1);
  for (guint i = 0; i < held->len; i++)
    {
      Held *h = &g_array_index (held, Held, i);
      g_autoptr(GArray) group = NULL;
      g_autoptr(HpCeStatus) status = NULL;

      if (done[i])
        continue;
      group = g_array_new (FALSE, TRUE, sizeof (Held));
      g_array_append_val (group, *h);
      done[i] = TRUE;
      for (guint j = i + 1; h->credential->ce_combined && j < held->len; j++)
        {
          Held *o = &g_array_index (held, Held, j);

          if (!done[j] && o->credential->ce_combined &&
              g_strcmp0 (o->credential->body, h->credential->body) == 0)
            {
              g_array_append_val (group, *o);
              done[j] = TRUE;
            }
        }
      status = g_object_new (HP_TYPE_CE_STATUS, NULL);
      fill_status (status, group, plan, today);
      g_list_store_append (statuses, status);
    }
  return statuses;
}
