/* hp-catalog-write.c: writing catalog files (.hitcatalog) in canonical form
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Children in the order of data/schemas/hitcatalog.rng, two-space indent,
 * numbers in their shortest form: the same catalog always gives the same bytes.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include "hp-catalog.h"
#include "hp-enums.h"
#include "hp-xml.h"

/* A prerequisite's grade is written when it differs from the catalog's
 * default: "any" where the default asks for one and this one does not. */
static void
write_requisite (xmlTextWriter     *w,
                 const HpRequisite *req,
                 const char        *default_grade)
{
  if (req->kind == HP_REQUISITE_COURSE)
    {
      hp_xml_start (w, "course");
      hp_xml_write_string (w, "code", req->course);
      if (g_strcmp0 (req->min_grade, default_grade) != 0)
        hp_xml_write_string (w, "min-grade", req->min_grade ? req->min_grade : "any");
      if (req->concurrent)
        hp_xml_write_string (w, "concurrent", "yes");
      if (req->within_years > 0)
        hp_xml_write_number (w, "within-years", req->within_years);
      hp_xml_end (w);
      return;
    }
  hp_xml_start (w, req->kind == HP_REQUISITE_ALL_OF ? "all-of" : "any-of");
  for (guint i = 0; i < req->children->len; i++)
    write_requisite (w, g_ptr_array_index (req->children, i), default_grade);
  hp_xml_end (w);
}

static void
write_code_list (xmlTextWriter *w,
                 const char    *name,
                 const char    *attribute,
                 GPtrArray     *codes)
{
  for (guint i = 0; i < codes->len; i++)
    {
      hp_xml_start (w, name);
      hp_xml_write_string (w, attribute, g_ptr_array_index (codes, i));
      hp_xml_end (w);
    }
}

static void
write_corequisites (xmlTextWriter *w,
                    GPtrArray     *codes,
                    const char    *when)
{
  for (guint i = 0; i < codes->len; i++)
    {
      hp_xml_start (w, "corequisite");
      hp_xml_write_string (w, "code", g_ptr_array_index (codes, i));
      hp_xml_write_string (w, "when", when);
      hp_xml_end (w);
    }
}

static void
write_course (xmlTextWriter *w,
              HpCourse      *c,
              const char    *default_grade)
{
  g_autoptr(GString) offered = g_string_new (NULL);
  static const HpSeason order[] = { HP_SEASON_FALL, HP_SEASON_WINTER, HP_SEASON_SPRING,
                                    HP_SEASON_SUMMER };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (hp_course_offered_in (c, order[i]))
      g_string_append_printf (offered, "%s%s", offered->len ? " " : "",
                              hp_season_to_string (order[i]));

  hp_xml_start (w, "course");
  hp_xml_write_string (w, "code", c->code);
  if (c->credits_unknown)
    hp_xml_write_string (w, "credits", "unknown");
  else
    hp_xml_write_number (w, "credits", c->credits);
  if (c->max_credits > c->credits)
    hp_xml_write_number (w, "max-credits", c->max_credits);
  hp_xml_write_string (w, "category", c->category);
  hp_xml_write_string (w, "offered", c->offered_unknown ? "unknown" : offered->str);
  hp_xml_write_string (w, "transfers", c->transfers ? "yes" : "no");
  if (c->admission)
    hp_xml_write_string (w, "admission", "yes");
  if (c->hours > 0)
    hp_xml_write_number (w, "hours", c->hours);
  hp_xml_write_element (w, "title", c->title);
  hp_xml_write_element (w, "description", c->description);
  if (c->prerequisites != NULL)
    {
      hp_xml_start (w, "prerequisites");
      if (c->consent)
        hp_xml_write_string (w, "consent", "yes");
      if (c->prerequisites->kind == HP_REQUISITE_ALL_OF)
        for (guint i = 0; i < c->prerequisites->children->len; i++)
          write_requisite (w, g_ptr_array_index (c->prerequisites->children, i), default_grade);
      else
        write_requisite (w, c->prerequisites, default_grade);
      hp_xml_end (w);
    }
  write_corequisites (w, c->corequisites, NULL);
  write_corequisites (w, c->together, "same-term");
  hp_xml_end (w);
}

static void
write_credential (xmlTextWriter *w,
                  HpCredential  *c)
{
  hp_xml_start (w, "credential");
  hp_xml_write_string (w, "id", c->id);
  hp_xml_write_string (w, "body", c->body);
  hp_xml_write_element (w, "name", c->name);
  hp_xml_start (w, "eligibility");
  hp_xml_write_string (w, "open", c->open ? "yes" : "no");
  hp_xml_write_element (w, "rule", c->eligibility);
  write_code_list (w, "program", "ref", c->eligible_programs);
  for (guint i = 0; i < c->eligible_rules->len; i++)
    {
      HpEligibilityRule *rule = g_ptr_array_index (c->eligible_rules, i);

      hp_xml_start (w, "requires");
      hp_xml_write_string (w, "level", hp_program_level_to_string (rule->level));
      hp_xml_write_string (w, "accreditor", rule->accreditor);
      hp_xml_end (w);
    }
  write_code_list (w, "recommended", "course", c->recommended);
  hp_xml_end (w);
  if (c->questions > 0 || c->minutes > 0 || c->passing != NULL || c->domains->len > 0 ||
      c->fees->len > 0 || c->passing_percent > 0 || c->early_testing || c->window_days > 0 ||
      c->retake_days > 0)
    {
      hp_xml_start (w, "exam");
      if (c->questions > 0)
        hp_xml_write_number (w, "questions", c->questions);
      if (c->scored > 0)
        hp_xml_write_number (w, "scored", c->scored);
      if (c->minutes > 0)
        hp_xml_write_number (w, "minutes", c->minutes);
      hp_xml_write_string (w, "passing", c->passing);
      if (c->passing_percent > 0)
        hp_xml_write_number (w, "passing-percent", c->passing_percent);
      if (c->early_testing)
        hp_xml_write_string (w, "early-testing", "yes");
      if (c->window_days > 0)
        hp_xml_write_number (w, "window-days", c->window_days);
      if (c->retake_days > 0)
        hp_xml_write_number (w, "retake-days", c->retake_days);
      hp_xml_write_string (w, "source", c->exam_source);
      for (guint i = 0; i < c->domains->len; i++)
        {
          HpExamDomain *d = g_ptr_array_index (c->domains, i);

          hp_xml_start (w, "domain");
          hp_xml_write_string (w, "id", d->id);
          if (d->weight_min > 0 || d->weight_max > 0)
            {
              hp_xml_write_number (w, "weight-min", d->weight_min);
              hp_xml_write_number (w, "weight-max", d->weight_max);
            }
          hp_xml_write_string (w, "source", d->source);
          hp_xml_write_text (w, d->title);
          hp_xml_end (w);
          for (guint j = 0; j < d->other_weights->len; j++)
            {
              HpDomainWeight *o = g_ptr_array_index (d->other_weights, j);

              hp_xml_start (w, "weight");
              hp_xml_write_string (w, "domain", d->id);
              hp_xml_write_number (w, "min", o->weight_min);
              hp_xml_write_number (w, "max", o->weight_max);
              hp_xml_write_string (w, "source", o->source);
              hp_xml_end (w);
            }
        }
      for (guint i = 0; i < c->fees->len; i++)
        {
          HpExamFee *fee = g_ptr_array_index (c->fees, i);

          hp_xml_start (w, "fee");
          hp_xml_write_number (w, "amount", fee->amount);
          hp_xml_write_string (w, "currency", fee->currency);
          hp_xml_write_string (w, "for", fee->who);
          hp_xml_write_string (w, "source", fee->source);
          hp_xml_end (w);
        }
      hp_xml_end (w);
    }
  if (c->ce_hours > 0 || c->ce_note != NULL)
    {
      hp_xml_start (w, "continuing-education");
      if (c->ce_hours > 0)
        hp_xml_write_number (w, "hours", c->ce_hours);
      if (c->ce_years > 0)
        hp_xml_write_number (w, "years", c->ce_years);
      if (c->ce_cycle != HP_CE_CYCLE_ANNIVERSARY)
        hp_xml_write_string (w, "cycle", hp_enum_to_nick (HP_TYPE_CE_CYCLE, c->ce_cycle));
      if (c->ce_combined)
        hp_xml_write_string (w, "combined", "yes");
      if (c->ce_added > 0)
        hp_xml_write_number (w, "added", c->ce_added);
      if (c->ce_max > 0)
        hp_xml_write_number (w, "max", c->ce_max);
      if (c->ce_share > 0)
        {
          hp_xml_write_number (w, "share", c->ce_share);
          hp_xml_write_string (w, "share-category", c->ce_share_category);
        }
      hp_xml_write_string (w, "source", c->ce_source);
      hp_xml_write_text (w, c->ce_note);
      hp_xml_end (w);
    }
  hp_xml_write_element (w, "note", c->note);
  write_code_list (w, "cite", "source", c->sources);
  hp_xml_end (w);
}

static void
write_program (xmlTextWriter *w,
               HpProgram     *p)
{
  GListModel *groups = G_LIST_MODEL (p->requirements);

  hp_xml_start (w, "program");
  hp_xml_write_string (w, "id", p->id);
  hp_xml_write_string (w, "kind", p->kind);
  if (p->level != hp_program_level_for_kind (p->kind))
    hp_xml_write_string (w, "level", hp_program_level_to_string (p->level));
  hp_xml_write_number (w, "credits", p->credits);
  if (p->terms > 0)
    hp_xml_write_number (w, "terms", p->terms);
  if (p->tuition_per_credit > 0)
    hp_xml_write_number (w, "tuition-per-credit", p->tuition_per_credit);
  hp_xml_write_string (w, "sharing", p->sharing ? "yes" : "no");
  hp_xml_write_string (w, "min-grade", p->min_grade);
  hp_xml_write_element (w, "name", p->name);
  hp_xml_write_element (w, "description", p->description);
  if (p->accreditation != NULL || p->accreditor != NULL)
    {
      hp_xml_start (w, "accreditation");
      hp_xml_write_string (w, "body", p->accreditor);
      hp_xml_write_text (w, p->accreditation);
      hp_xml_end (w);
    }
  hp_xml_write_element (w, "admission", p->admission);
  write_code_list (w, "leads-to", "credential", p->credentials);
  for (guint i = 0; i < p->occupations->len; i++)
    {
      HpOccupation *o = g_ptr_array_index (p->occupations, i);

      hp_xml_start (w, "occupation");
      hp_xml_write_string (w, "title", o->title);
      if (o->median_wage > 0)
        hp_xml_write_number (w, "median-wage", o->median_wage);
      hp_xml_write_string (w, "wage-date", o->wage_date);
      if (o->growth != 0)
        hp_xml_write_number (w, "growth", o->growth);
      hp_xml_write_string (w, "growth-period", o->growth_period);
      hp_xml_write_string (w, "source", o->source);
      hp_xml_end (w);
    }
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (groups, i);

      hp_xml_start (w, "group");
      hp_xml_write_string (w, "id", g->id);
      hp_xml_write_string (w, "rule", hp_group_rule_to_string (g->rule));
      if (g->rule != HP_GROUP_ALL)
        hp_xml_write_number (w, "count", g->count);
      if (g->pool != HP_POOL_LISTED)
        hp_xml_write_string (w, "pool", hp_pool_to_string (g->pool));
      hp_xml_write_string (w, "category", g->pool_category);
      hp_xml_write_string (w, "min-grade", g->min_grade);
      hp_xml_write_element (w, "title", g->title);
      write_code_list (w, "course", "code", g->courses);
      hp_xml_end (w);
    }
  hp_xml_end (w);
}

GBytes *
hp_catalog_to_bytes (HpCatalog *catalog)
{
  xmlBuffer *buffer;
  xmlTextWriter *w;

  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);

  w = hp_xml_writer_new (&buffer);
  hp_xml_start (w, "catalog");
  hp_xml_write_string (w, "xmlns", HP_CATALOG_NAMESPACE);
  hp_xml_write_number (w, "format", HP_CATALOG_FORMAT_VERSION);
  hp_xml_write_string (w, "id", catalog->id);
  hp_xml_write_string (w, "example", catalog->example ? "yes" : "no");
  if (!catalog->summer)
    hp_xml_write_string (w, "summer", "no");
  hp_xml_write_string (w, "prerequisite-grade", catalog->prerequisite_grade);
  hp_xml_write_element (w, "title", catalog->title);
  hp_xml_write_element (w, "institution", catalog->institution);
  hp_xml_write_element (w, "notice", catalog->notice);
  for (guint i = 0; i < catalog->sources->len; i++)
    {
      HpSource *s = g_ptr_array_index (catalog->sources, i);

      hp_xml_start (w, "source");
      hp_xml_write_string (w, "id", s->id);
      hp_xml_write_string (w, "url", s->url);
      hp_xml_write_date (w, "read", &s->read);
      hp_xml_write_text (w, s->title);
      hp_xml_end (w);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->courses)); i++)
    {
      g_autoptr(HpCourse) c = g_list_model_get_item (G_LIST_MODEL (catalog->courses), i);
      write_course (w, c, catalog->prerequisite_grade);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->credentials)); i++)
    {
      g_autoptr(HpCredential) c = g_list_model_get_item (G_LIST_MODEL (catalog->credentials), i);
      write_credential (w, c);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)); i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
      write_program (w, p);
    }
  hp_xml_end (w);
  return hp_xml_writer_finish (w, buffer);
}
