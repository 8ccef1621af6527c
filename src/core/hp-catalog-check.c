/* hp-catalog-check.c: a catalog that reads but does not add up: its programs against their own words
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader refuses what cannot be read; these are warnings about what a
 * student would pay for: a program whose groups come to more or fewer
 * credits than its total, a required course with a prerequisite the
 * program does not require (credits the program does not count), a choice
 * that leaves a required course's prerequisite unmet, and a program longer
 * than its stated terms.  Lengths come from the automatic plan of a new
 * student, so they count seasons and chains as a student would meet them.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hp-audit.h"
#include "hp-catalog.h"

#define EPSILON 1e-9

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The fewest credits @group can be met with. */
static double
group_credits (HpCatalog     *catalog,
               HpRequirement *group)
{
  g_autoptr(GArray) credits = NULL;
  double total = 0;

  switch (group->rule)
    {
    case HP_GROUP_CREDITS:
      return group->count;
    case HP_GROUP_ALL:
      for (guint i = 0; i < group->courses->len; i++)
        {
          HpCourse *c = hp_catalog_find_course (catalog, g_ptr_array_index (group->courses, i));
          total += c ? c->credits : 0;
        }
      return total;
    case HP_GROUP_COURSES:
    default:
      credits = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->courses)); i++)
        {
          g_autoptr(HpCourse) c = g_list_model_get_item (G_LIST_MODEL (catalog->courses), i);
          if (hp_requirement_accepts (group, c) && !c->credits_unknown)
            g_array_append_val (credits, c->credits);
        }
      g_array_sort (credits, compare_doubles);
      for (guint i = 0; i < credits->len && i < (guint) group->count; i++)
        total += g_array_index (credits, double, i);
      return total;
    }
}

static gboolean
required_by (HpProgram  *program,
             const char *code)
{
  GListModel *groups = G_LIST_MODEL (program->requirements);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (groups, i);
      if (g->rule == HP_GROUP_ALL && hp_requirement_lists (g, code))
        return TRUE;
    }
  return FALSE;
}

/* The courses @req asks for whatever the student chooses (the parts of an
 * all-of, not the alternatives of an any-of). */
static void
must_take (const HpRequisite *req,
           GPtrArray         *out)
{
  if (req == NULL || req->kind == HP_REQUISITE_ANY_OF)
    return;
  if (req->kind == HP_REQUISITE_COURSE)
    {
      g_ptr_array_add (out, req->course);
      return;
    }
  for (guint i = 0; i < req->children->len; i++)
    must_take (g_ptr_array_index (req->children, i), out);
}

static void
check_credits (HpCatalog *catalog,
               HpProgram *program,
               GPtrArray *warnings)
{
  GListModel *groups = G_LIST_MODEL (program->requirements);
  double total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (groups, i);
      total += group_credits (catalog, g);
    }
  if (g_list_model_get_n_items (groups) > 0 && !program->sharing &&
      fabs (total - program->credits) > 0.5)
    {
      g_autofree char *says = hp_format_number (program->credits);
      g_autofree char *adds = hp_format_number (total);

      g_ptr_array_add (warnings,
                       total > program->credits
                       ? g_strdup_printf (_("%s: its requirement groups come to at least %s "
                                            "credits, more than the %s it says"),
                                          program->id, adds, says)
                       : g_strdup_printf (_("%s: its requirement groups come to %s credits, "
                                            "fewer than the %s it says, and nothing says where the "
                                            "rest comes from"), program->id, adds, says));
    }
}

/* A choice group offering a course that does not meet what a required
 * course needs from the same group. */
static void
check_choices (HpCatalog *catalog,
               HpProgram *program,
               GPtrArray *warnings)
{
  GListModel *groups = G_LIST_MODEL (program->requirements);
  g_autoptr(GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpRequirement) choice = g_list_model_get_item (groups, i);

      if (choice->rule == HP_GROUP_ALL)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (groups); j++)
        {
          g_autoptr(HpRequirement) all = g_list_model_get_item (groups, j);

          if (all->rule != HP_GROUP_ALL)
            continue;
          for (guint k = 0; k < all->courses->len; k++)
            {
              const char *code = g_ptr_array_index (all->courses, k);
              HpCourse *course = hp_catalog_find_course (catalog, code);
              g_autoptr(GPtrArray) musts = g_ptr_array_new ();

              if (course == NULL)
                continue;
              must_take (course->prerequisites, musts);
              for (guint m = 0; m < musts->len; m++)
                {
                  const char *need = g_ptr_array_index (musts, m);

                  if (!hp_requirement_lists (choice, need) || required_by (program, need))
                    continue;
                  for (guint o = 0; o < choice->courses->len; o++)
                    {
                      const char *option = g_ptr_array_index (choice->courses, o);
                      g_autofree char *key = g_strdup_printf ("%s\n%s\n%s", program->id, choice->id,
                                                              option);
                      HpCourse *other = hp_catalog_find_course (catalog, option);

                      if (g_str_equal (option, need) || other == NULL ||
                          other->credits + EPSILON < (choice->rule == HP_GROUP_CREDITS ? choice->count : 0) ||
                          g_hash_table_contains (said, key))
                        continue;
                      /* A lab that goes with the needed course is no other way. */
                      if (g_ptr_array_find_with_equal_func (other->together, need, g_str_equal, NULL) ||
                          g_ptr_array_find_with_equal_func (other->corequisites, need, g_str_equal, NULL))
                        continue;
                      g_hash_table_add (said, g_steal_pointer (&key));
                      g_ptr_array_add (warnings,
                                       g_strdup_printf (_("%s: choosing %s for “%s” leaves %s "
                                                          "without %s, which it needs; a student "
                                                          "who does takes %s as well"),
                                                        program->id, option, choice->title, code,
                                                        need, need));
                    }
                }
            }
        }
    }
}

/* A new student's automatic plan from a fall start and a spring start:
 * prerequisites the program does not require, and the terms it takes. */
static void
check_length (HpCatalog *catalog,
              HpProgram *program,
              GPtrArray *warnings)
{
  static const struct { GDateMonth month; int year; } starts[] = {
    { G_DATE_JULY, 2026 },      /* summer in progress: a fall start */
    { G_DATE_DECEMBER, 2026 },  /* fall in progress: a spring start */
  };
  g_autoptr(GHashTable) hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint shortest = G_MAXUINT;
  HpTermKey shortest_first = 0, shortest_last = 0;

  for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
    {
      g_autoptr(HpPlan) plan = hp_plan_new ();
      g_autoptr(HpAudit) audit = NULL;
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, 1, starts[s].month, starts[s].year);
      plan->target_program = g_strdup (program->id);
      audit = hp_audit_new (plan, catalog, program, &today);
      if (audit->autoplan->unplaced->len > 0 || audit->projected == 0)
        continue;
      for (guint i = 0; i < audit->autoplan->placements->len; i++)
        {
          HpPlacement *p = g_ptr_array_index (audit->autoplan->placements, i);
          if (p->group == NULL && !required_by (program, p->course))
            g_hash_table_add (hidden, g_strdup_printf ("%s (%s)", p->course, p->reason));
        }
      if (audit->terms_left < shortest)
        {
          shortest = audit->terms_left;
          shortest_first = audit->autoplan->first;
          shortest_last = audit->projected;
        }
    }

  if (g_hash_table_size (hidden) > 0)
    {
      g_autoptr(GPtrArray) lines = hp_strv_array_new ();
      GHashTableIter iter;
      gpointer key;
      g_autofree char *list = NULL;

      g_hash_table_iter_init (&iter, hidden);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (lines, g_strdup (key));
      g_ptr_array_sort (lines, hp_str_pointer_compare);
      list = g_strjoinv ("; ", (char **) lines->pdata);
      g_ptr_array_add (warnings,
                       g_strdup_printf (_("%s: a new student also has to take courses the "
                                          "program does not require: %s"), program->id, list));
    }
  if (program->terms > 0 && shortest != G_MAXUINT && shortest > program->terms)
    {
      g_autofree char *first = hp_term_key_format (shortest_first);
      g_autofree char *last = hp_term_key_format (shortest_last);

      g_ptr_array_add (warnings,
                       g_strdup_printf (_("%s: it says %u terms, but a new student needs at least "
                                          "%u (starting in %s, finishing in %s) once prerequisites "
                                          "and the terms courses are offered are counted"),
                                        program->id, program->terms, shortest, first, last));
    }
}

/* What is wrong with @catalog's programs, one sentence each, starting with
 * the program's id; empty when they add up. */
GPtrArray *
hp_catalog_check_programs (HpCatalog *catalog)
{
  GPtrArray *warnings = hp_strv_array_new ();
  GListModel *programs;

  g_return_val_if_fail (HP_IS_CATALOG (catalog), warnings);

  programs = G_LIST_MODEL (catalog->programs);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(HpProgram) program = g_list_model_get_item (programs, i);

      check_credits (catalog, program, warnings);
      check_choices (catalog, program, warnings);
      check_length (catalog, program, warnings);
    }
  return warnings;
}
