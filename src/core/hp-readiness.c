/* hp-readiness.c: how ready a student is for a credential exam, and whether they may sit it
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method (docs/readiness.md has it in words, with a worked example that
 * tests/unit/test-readiness.c reproduces):
 *
 * 1. Each practice score of a domain, on or before today, counts with the
 *    weight 0.5^(age in days / 28): a result four weeks old counts half.
 * 2. A domain's mastery is the mean of a Beta distribution that starts at
 *    Beta(1, 1) (no idea: 50%) and adds the weighted correct and wrong
 *    answers; its band is 1.96 standard deviations of that distribution, so
 *    few questions give a wide band.
 * 3. The projected score weighs the practiced domains by their share of the
 *    exam (a published range's midpoint; domains without a published weight
 *    share what the others leave); its band combines the domains' bands.
 * 4. The verdict compares the band with the goal: the student's own, else
 *    the share the body publishes as passing, else 70%.
 * 5. Study time: the hours left before the exam (hours a week x weeks) go to
 *    the domains in proportion to their weight times the gap between their
 *    mastery and the goal plus 5 points; the largest first.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hp-audit.h"
#include "hp-readiness.h"
#include "hp-record.h"

#define Z_95 1.96

HP_DEFINE_RECORD (HpDomainReadiness, hp_domain_readiness,
                  g_free (self->id); g_free (self->title);
                  g_clear_pointer (&self->points, g_array_unref))
HP_DEFINE_RECORD (HpReadiness, hp_readiness,
                  g_clear_object (&self->credential); g_clear_object (&self->domains);
                  g_clear_pointer (&self->by_need, g_ptr_array_unref);
                  g_clear_pointer (&self->overall, g_array_unref))
HP_DEFINE_RECORD (HpEligibility, hp_eligibility,
                  g_clear_object (&self->program); g_free (self->sentence);
                  g_free (self->exam_problem);
                  g_clear_pointer (&self->other_programs, g_ptr_array_unref))

static void
hp_domain_readiness_init (HpDomainReadiness *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (HpScorePoint));
}

static void
hp_readiness_init (HpReadiness *self)
{
  self->domains = g_list_store_new (HP_TYPE_DOMAIN_READINESS);
  self->by_need = g_ptr_array_new_with_free_func (g_object_unref);
  self->overall = g_array_new (FALSE, TRUE, sizeof (HpScorePoint));
  self->days_left = -1;
}

static void
hp_eligibility_init (HpEligibility *self)
{
  self->other_programs = hp_strv_array_new ();
}

const char *
hp_verdict_to_string (HpVerdict verdict)
{
  switch (verdict)
    {
    case HP_VERDICT_NOT_YET:
      return "not-yet";
    case HP_VERDICT_BORDERLINE:
      return "borderline";
    case HP_VERDICT_READY:
      return "ready";
    case HP_VERDICT_NO_PRACTICE:
    default:
      return "no-practice";
    }
}

/* Readiness ------------------------------------------------------------------ */

typedef struct
{
  double correct;  /* weighted */
  double total;    /* weighted */
} Tally;

static HpDomainReadiness *
domain_new (const char *id,
            const char *title)
{
  HpDomainReadiness *d = g_object_new (HP_TYPE_DOMAIN_READINESS, NULL);

  d->id = g_strdup (id);
  d->title = g_strdup (title);
  return d;
}

/* Shares of the exam: a published range's midpoint; what the published
 * weights leave, shared by the domains without one; all scaled to 100. */
static void
set_weights (HpReadiness  *self,
             HpCredential *credential)
{
  GListModel *domains = G_LIST_MODEL (self->domains);
  guint n = g_list_model_get_n_items (domains);
  guint unpublished = 0;
  double published = 0, sum = 0;

  if (credential->domains->len == 0)
    unpublished = n;  /* the whole exam, as one */
  for (guint i = 0; i < n && credential->domains->len > 0; i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);
      HpExamDomain *e = g_ptr_array_index (credential->domains, i);

      d->weight_published = e->weight_min > 0 || e->weight_max > 0;
      if (d->weight_published)
        {
          d->weight = (e->weight_min + MAX (e->weight_max, e->weight_min)) / 2;
          published += d->weight;
        }
      else
        unpublished++;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);

      if (!d->weight_published)
        d->weight = unpublished == n ? 100.0 / n : MAX (0, 100 - published) / unpublished;
      sum += d->weight;
    }
  for (guint i = 0; i < n && sum > 0; i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);

      d->weight = d->weight * 100 / sum;
    }
}

static HpDomainReadiness *
find_domain (HpReadiness *self,
             const char  *id)
{
  GListModel *domains = G_LIST_MODEL (self->domains);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (domains, i);

      if (g_strcmp0 (d->id, id) == 0)
        return d;
    }
  return NULL;
}

static void
add_score (HpDomainReadiness *d,
           Tally             *tally,
           const GDate       *date,
           double             weight,
           double             correct,
           double             total)
{
  HpScorePoint point = { *date, 100 * correct / total };

  tally->correct += weight * correct;
  tally->total += weight * total;
  d->questions += total;
  d->practiced = TRUE;
  g_array_append_val (d->points, point);
}

static int
compare_need (gconstpointer a,
              gconstpointer b)
{
  const HpDomainReadiness *x = *(HpDomainReadiness **) a, *y = *(HpDomainReadiness **) b;

  return (x->need < y->need) - (x->need > y->need);
}

/* How ready the student is for @exam (of @credential) on @today. */
HpReadiness *
hp_readiness_new (HpExamTarget *exam,
                  HpCredential *credential,
                  const GDate  *today)
{
  g_autoptr(HpReadiness) self = g_object_new (HP_TYPE_READINESS, NULL);
  GListModel *tests = G_LIST_MODEL (exam->tests);
  GListModel *study = G_LIST_MODEL (exam->study);
  gboolean by_domain = credential->domains->len > 0;
  g_autofree Tally *tallies = NULL;
  double weight_sum = 0, variance = 0, aim, need_sum = 0;
  guint n;

  g_return_val_if_fail (HP_IS_EXAM_TARGET (exam), NULL);
  g_return_val_if_fail (HP_IS_CREDENTIAL (credential), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self->credential = g_object_ref (credential);
  self->today = *today;
  self->exam_date = exam->date;
  if (g_date_valid (&exam->date) && g_date_compare (&exam->date, today) >= 0)
    self->days_left = g_date_days_between (today, &exam->date);

  if (exam->goal > 0)
    self->goal = exam->goal, self->goal_source = HP_GOAL_STUDENT;
  else if (credential->passing_percent > 0)
    self->goal = credential->passing_percent, self->goal_source = HP_GOAL_PUBLISHED;
  else
    self->goal = HP_READINESS_DEFAULT_GOAL, self->goal_source = HP_GOAL_DEFAULT;

  /* The exam's domains, or the whole exam as one when none is published. */
  for (guint i = 0; i < credential->domains->len; i++)
    {
      HpExamDomain *e = g_ptr_array_index (credential->domains, i);
      g_autoptr(HpDomainReadiness) d = domain_new (e->id, e->title);

      g_list_store_append (self->domains, d);
    }
  if (!by_domain)
    {
      g_autoptr(HpDomainReadiness) d = domain_new (NULL, _("Whole exam"));

      g_list_store_append (self->domains, d);
    }
  set_weights (self, credential);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->domains));
  tallies = g_new0 (Tally, n);

  /* Practice on or before today, recent results weighing more. */
  for (guint i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(HpPracticeTest) test = g_list_model_get_item (tests, i);
      double correct, total, age, weight;

      if (!g_date_valid (&test->date) || g_date_compare (&test->date, today) > 0)
        continue;
      age = g_date_days_between (&test->date, today);
      weight = pow (0.5, age / HP_READINESS_HALF_LIFE_DAYS);
      if (hp_practice_test_overall (test, &correct, &total))
        {
          HpScorePoint point = { test->date, 100 * correct / total };

          g_array_append_val (self->overall, point);
          if (!by_domain)
            {
              g_autoptr(HpDomainReadiness) d = g_list_model_get_item (G_LIST_MODEL (self->domains), 0);

              add_score (d, &tallies[0], &test->date, weight, correct, total);
            }
        }
      for (guint j = 0; by_domain && j < test->scores->len; j++)
        {
          HpDomainScore *score = g_ptr_array_index (test->scores, j);
          HpDomainReadiness *d = find_domain (self, score->domain);
          guint position;

          if (d == NULL || score->total <= 0)
            continue;
          g_list_store_find (self->domains, d, &position);
          add_score (d, &tallies[position], &test->date, weight, score->correct, score->total);
        }
    }

  /* Each domain's estimate and band; the projection over the practiced ones. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (G_LIST_MODEL (self->domains), i);
      double a = 1 + tallies[i].correct, b = 1 + tallies[i].total - tallies[i].correct;
      double sd2 = a * b / ((a + b) * (a + b) * (a + b + 1));

      d->weighted_questions = tallies[i].total;
      d->mastery = a / (a + b);
      d->band = MIN (1, Z_95 * sqrt (sd2));
      if (d->practiced)
        {
          weight_sum += d->weight;
          self->projected += d->weight * d->mastery;
        }
      for (guint j = 0; j < g_list_model_get_n_items (study); j++)
        {
          g_autoptr(HpStudyLog) log = g_list_model_get_item (study, j);

          if (d->id != NULL ? g_strcmp0 (log->domain, d->id) == 0 : TRUE)
            d->hours_studied += log->hours;
        }
    }
  for (guint i = 0; i < n && weight_sum > 0; i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (G_LIST_MODEL (self->domains), i);
      double share = d->weight / weight_sum;

      if (d->practiced)
        variance += share * share * (d->band / Z_95) * (d->band / Z_95);
    }
  self->coverage = weight_sum;
  if (weight_sum > 0)
    {
      self->projected = 100 * self->projected / weight_sum;
      self->band = 100 * Z_95 * sqrt (variance);
      if (self->projected - self->band >= self->goal)
        self->verdict = HP_VERDICT_READY;
      else if (self->projected + self->band < self->goal)
        self->verdict = HP_VERDICT_NOT_YET;
      else
        self->verdict = HP_VERDICT_BORDERLINE;
    }

  /* Study time, weakest first: weight x the gap to the goal plus a margin. */
  if (self->days_left > 0 && exam->hours_per_week > 0)
    self->hours_available = exam->hours_per_week * self->days_left / 7.0;
  aim = MIN (100, self->goal + HP_READINESS_MARGIN) / 100;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpDomainReadiness) d = g_list_model_get_item (G_LIST_MODEL (self->domains), i);

      d->need = d->weight * MAX (0, aim - d->mastery);
      need_sum += d->need;
      g_ptr_array_add (self->by_need, g_object_ref (d));
    }
  for (guint i = 0; i < n && need_sum > 0; i++)
    {
      HpDomainReadiness *d = g_ptr_array_index (self->by_need, i);

      d->hours_suggested = round (2 * self->hours_available * d->need / need_sum) / 2;
    }
  g_ptr_array_sort (self->by_need, compare_need);
  return g_steal_pointer (&self);
}

/* One sentence: the projection, its band and the goal, and what it means. */
char *
hp_readiness_summary (HpReadiness *self)
{
  g_autofree char *low = NULL, *high = NULL, *goal = NULL;

  g_return_val_if_fail (HP_IS_READINESS (self), NULL);

  goal = g_strdup_printf ("%.0f%%", self->goal);
  if (self->verdict == HP_VERDICT_NO_PRACTICE)
    return g_strdup_printf (_("No practice scores yet: log a practice test to see how close you "
                              "are to your goal of %s."), goal);
  low = g_strdup_printf ("%.0f%%", MAX (0, self->projected - self->band));
  high = g_strdup_printf ("%.0f%%", MIN (100, self->projected + self->band));
  switch (self->verdict)
    {
    case HP_VERDICT_READY:
      return g_strdup_printf (_("Projected %.0f%% (likely %s to %s) against your goal of %s: on "
                                "track to pass."), self->projected, low, high, goal);
    case HP_VERDICT_NOT_YET:
      return g_strdup_printf (_("Projected %.0f%% (likely %s to %s) against your goal of %s: not "
                                "there yet."), self->projected, low, high, goal);
    case HP_VERDICT_BORDERLINE:
    case HP_VERDICT_NO_PRACTICE:
    default:
      return g_strdup_printf (_("Projected %.0f%% (likely %s to %s) against your goal of %s: it "
                                "could go either way."), self->projected, low, high, goal);
    }
}

/* Eligibility ------------------------------------------------------------------ */

static gboolean
holds (HpPlan     *plan,
       const char *credential,
       GDate      *earned)
{
  GListModel *held = G_LIST_MODEL (plan->held);

  for (guint i = 0; i < g_list_model_get_n_items (held); i++)
    {
      g_autoptr(HpHeldCredential) h = g_list_model_get_item (held, i);

      if (g_str_equal (h->credential, credential))
        {
          *earned = h->earned;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether the student may sit @credential's exam, and from when: from
 * the plan's target program, projected as the audit projects it. */
HpEligibility *
hp_eligibility_new (HpPlan       *plan,
                    HpCatalog    *catalog,
                    HpCredential *credential,
                    const GDate  *exam_date,
                    const GDate  *today)
{
  g_autoptr(HpEligibility) self = g_object_new (HP_TYPE_ELIGIBILITY, NULL);
  HpProgram *program = plan->target_program
                       ? hp_catalog_find_program (catalog, plan->target_program) : NULL;
  GListModel *programs = G_LIST_MODEL (catalog->programs);
  const char *rule = credential->eligibility ? credential->eligibility : "";
  GDate earned;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_CREDENTIAL (credential), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_date_clear (&self->from, 1);
  g_date_clear (&self->early_from, 1);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (programs, i);

      if (hp_credential_eligible_through (credential, p))
        g_ptr_array_add (self->other_programs, g_strdup (p->name));
    }

  if (holds (plan, credential->id, &earned))
    {
      g_autofree char *date = g_date_valid (&earned) ? hp_date_to_string (&earned) : NULL;

      self->when = HP_ELIGIBLE_NOW;
      self->sentence = date ? g_strdup_printf (_("You hold %s, earned on %s."), credential->id, date)
                            : g_strdup_printf (_("You hold %s."), credential->id);
    }
  else if (credential->open)
    {
      self->when = HP_ELIGIBLE_NOW;
      self->sentence = g_strdup_printf (_("%s is open to you now: %s"), credential->id, rule);
    }
  else if (program == NULL || !hp_credential_eligible_through (credential, program))
    {
      g_autofree char *others = g_strjoinv (", ", (char **) self->other_programs->pdata);

      self->when = HP_ELIGIBLE_NOT_BY_PLAN;
      if (program == NULL)
        self->sentence = g_strdup_printf (_("%s: %s Choose a target program to see when you "
                                            "qualify."), credential->id, rule);
      else if (self->other_programs->len > 0)
        self->sentence = g_strdup_printf (_("%s: %s Your %s does not lead to it; in this catalog "
                                            "these do: %s."), credential->id, rule, program->name,
                                          others);
      else
        self->sentence = g_strdup_printf (_("%s: %s Your %s does not lead to it."), credential->id,
                                          rule, program->name);
    }
  else
    {
      g_autoptr(HpAudit) audit = hp_audit_new (plan, catalog, program, today);
      gboolean complete = audit->credits_in_progress + audit->credits_planned +
                          audit->credits_remaining == 0 && audit->on_track;

      g_set_object (&self->program, program);
      self->term = audit->projected;
      if (complete)
        {
          self->when = HP_ELIGIBLE_NOW;
          self->sentence = g_strdup_printf (_("%s: %s You have completed your %s."),
                                            credential->id, rule, program->name);
        }
      else if (audit->projected == 0)
        {
          self->when = HP_ELIGIBLE_UNKNOWN;
          self->sentence = g_strdup_printf (_("%s: %s Your %s cannot be projected to finish yet: "
                                              "see what the audit cannot place."),
                                            credential->id, rule, program->name);
        }
      else
        {
          g_autofree char *term = hp_term_key_format (audit->projected);
          g_autofree char *from = NULL;

          self->when = HP_ELIGIBLE_ON_COMPLETION;
          hp_term_key_end_date (audit->projected, &self->from);
          from = hp_date_to_string (&self->from);
          if (credential->early_testing)
            {
              g_autofree char *early = NULL;

              hp_term_key_start_date (audit->projected, &self->early_from);
              early = hp_date_to_string (&self->early_from);
              self->sentence = g_strdup_printf (_("%s: %s Your %s is projected to finish in %s: "
                                                  "eligible after %s, or from %s by early "
                                                  "testing."), credential->id, rule,
                                                program->name, term, from, early);
            }
          else
            self->sentence = g_strdup_printf (_("%s: %s Your %s is projected to finish in %s: "
                                                "eligible after %s."), credential->id, rule,
                                              program->name, term, from);
        }
    }

  /* A booked exam before the student may sit it. */
  if (exam_date != NULL && g_date_valid (exam_date))
    {
      g_autofree char *date = hp_date_to_string (exam_date);

      if (self->when == HP_ELIGIBLE_NOT_BY_PLAN)
        {
          self->exam_too_early = TRUE;
          self->exam_problem = g_strdup_printf (_("The exam on %s is booked, but your plan does "
                                                  "not make you eligible for %s."), date,
                                                credential->id);
        }
      else if (self->when == HP_ELIGIBLE_ON_COMPLETION && g_date_compare (exam_date, &self->from) <= 0)
        {
          g_autofree char *from = hp_date_to_string (&self->from);

          if (g_date_valid (&self->early_from) && g_date_compare (exam_date, &self->early_from) >= 0)
            self->exam_problem = g_strdup_printf (_("The exam on %s falls in your last term, "
                                                    "before you finish (%s): only by early "
                                                    "testing."), date, from);
          else
            {
              self->exam_too_early = TRUE;
              self->exam_problem = g_strdup_printf (_("The exam on %s is before you are "
                                                      "eligible (after %s)."), date, from);
            }
        }
    }
  return g_steal_pointer (&self);
}
