/* hp-catalog-io.c: reading and writing catalog files (.hitcatalog), with their semantic checks
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is documented in docs/file-format.md and docs/catalog-authoring.md
 * and checked by data/schemas/hitcatalog.rng.  Beyond the schema, a catalog
 * must name only courses, programs, credentials and sources it defines, use
 * each id once, and have no prerequisite cycle.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-catalog.h"
#include "hp-error.h"
#include "hp-grade.h"
#include "hp-xml.h"
#include "hp-enums.h"
#include "hp-limits.h"

#define NS HP_CATALOG_NAMESPACE

/* A reference to check once the whole file is read.  The id is borrowed
 * from the model being built, which outlives the check. */
typedef struct
{
  enum { REF_COURSE, REF_PROGRAM, REF_CREDENTIAL, REF_SOURCE } kind;
  const char *id;
  xmlNode    *node;
  const char *attribute;
} Reference;

typedef struct
{
  HpXmlSource *src;
  HpCatalog   *catalog;
  GArray      *references;  /* of Reference */
  GHashTable  *course_nodes;/* code (borrowed) -> xmlNode of its <course> */
  GPtrArray   *courses;     /* read so far; added to the catalog's store at once */
  GError     **error;
} Reader;

static void
want (Reader     *r,
      int         kind,
      const char *id,
      xmlNode    *node,
      const char *attribute)
{
  Reference ref = { kind, id, node, attribute };

  g_array_append_val (r->references, ref);
}

static gboolean
fail (Reader     *r,
      xmlNode    *node,
      const char *attribute,
      const char *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Reader     *r,
      xmlNode    *node,
      const char *attribute,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  hp_xml_source_error (r->src, r->error, HP_FILE_ERROR_INVALID, node, attribute, "%s", message);
  return FALSE;
}

/* A child that holds one text: a second one is refused, not leaked. */
static gboolean
read_text_once (Reader   *r,
                xmlNode  *node,
                char    **field)
{
  if (!hp_xml_only_once (r->src, node, r->error))
    return FALSE;
  g_free (*field);
  *field = hp_xml_text (node);
  return TRUE;
}

static gboolean
read_yes_no (Reader     *r,
             xmlNode    *node,
             const char *attribute,
             gboolean   *value)
{
  return hp_xml_yes_no (r->src, node, attribute, value, r->error);
}

static gboolean
read_count (Reader     *r,
            xmlNode    *node,
            const char *attribute,
            guint      *value)
{
  double d = *value;

  if (!hp_xml_number (r->src, node, attribute, 0, 100000, &d, r->error))
    return FALSE;
  if (d != (guint) d)
    return fail (r, node, attribute, _("%s must be a whole number"), attribute);
  *value = (guint) d;
  return TRUE;
}

/* A grade attribute: a letter grade, or, where @any is allowed, "any" for
 * any passing grade (*grade NULL).  Absent, *grade is left as it is. */
static gboolean
read_grade (Reader     *r,
            xmlNode    *node,
            const char *attribute,
            gboolean    any,
            char      **grade)
{
  g_autofree char *text = hp_xml_get (node, attribute);

  if (text == NULL)
    return TRUE;
  if (any && g_str_equal (text, "any"))
    {
      g_clear_pointer (grade, g_free);
      return TRUE;
    }
  if (!hp_grade_is_valid (text))
    return fail (r, node, attribute,
                 any ? _("“%s” is not a grade: expected A, A-, B+, B, B-, C+, C, C-, D+, D, D-, "
                         "F, P or any")
                     : _("“%s” is not a grade: expected A, A-, B+, B, B-, C+, C, C-, D+, D, D-, "
                         "F or P"), text);
  g_free (*grade);
  *grade = g_steal_pointer (&text);
  return TRUE;
}

static char *
read_code (Reader     *r,
           xmlNode    *node,
           const char *attribute)
{
  return hp_xml_require (r->src, node, attribute, r->error);
}

static HpRequisite *read_requisite (Reader *r, xmlNode *node);

static gboolean
read_requisite_children (Reader      *r,
                         xmlNode     *node,
                         HpRequisite *group)
{
  hp_xml_foreach_element (child, node)
    {
      HpRequisite *req = read_requisite (r, child);

      if (req == NULL)
        return FALSE;
      g_ptr_array_add (group->children, req);
    }
  if (group->children->len == 0)
    return fail (r, node, NULL, _("<%s> lists no courses"), (const char *) node->name);
  return TRUE;
}

static HpRequisite *
read_requisite (Reader  *r,
                xmlNode *node)
{
  if (hp_xml_is (node, NS, "course"))
    {
      g_autofree char *code = read_code (r, node, "code");
      /* Without its own, the catalog's minimum grade for prerequisites. */
      g_autofree char *grade = g_strdup (r->catalog->prerequisite_grade);
      g_autoptr(HpRequisite) req = NULL;

      if (code == NULL || !read_grade (r, node, "min-grade", TRUE, &grade))
        return NULL;
      req = hp_requisite_new_course (code, grade);
      if (!read_yes_no (r, node, "concurrent", &req->concurrent) ||
          !read_count (r, node, "within-years", &req->within_years))
        return NULL;
      want (r, REF_COURSE, req->course, node, "code");
      return g_steal_pointer (&req);
    }
  if (hp_xml_is (node, NS, "all-of") || hp_xml_is (node, NS, "any-of"))
    {
      g_autoptr(HpRequisite) group =
        hp_requisite_new_group (g_str_equal (node->name, "all-of") ? HP_REQUISITE_ALL_OF
                                                                   : HP_REQUISITE_ANY_OF);
      if (!read_requisite_children (r, node, group))
        return NULL;
      return g_steal_pointer (&group);
    }
  hp_xml_unexpected (r->src, node, "<course>, <all-of> or <any-of>", r->error);
  return NULL;
}

static gboolean
read_offered (Reader   *r,
              xmlNode  *node,
              HpCourse *course)
{
  g_autofree char *text = hp_xml_get (node, "offered");
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "unknown"))
    {
      /* Any term may hold it; none is a problem. */
      course->offered_unknown = TRUE;
      course->offered = (1u << HP_N_SEASONS) - 1;
      return TRUE;
    }
  course->offered = 0;
  words = g_strsplit_set (text, " ,", 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      HpSeason season;

      if (*words[i] == '\0')
        continue;
      if (!hp_season_from_string (words[i], &season))
        return fail (r, node, "offered", _("“%s” is not a season: expected winter, spring, summer "
                                           "or fall"), words[i]);
      course->offered |= 1u << season;
    }
  if (course->offered == 0)
    return fail (r, node, "offered", _("a course must be offered in at least one season"));
  return TRUE;
}

static gboolean
read_course (Reader  *r,
             xmlNode *node)
{
  g_autofree char *code = read_code (r, node, "code");
  g_autofree char *credits = NULL;
  g_autoptr(HpCourse) course = NULL;

  if (code == NULL)
    return FALSE;
  if (hp_catalog_find_course (r->catalog, code) != NULL)
    return fail (r, node, "code", _("the course %s is defined twice"), code);

  course = hp_course_new (code);
  course->credits = -1;
  credits = hp_xml_get (node, "credits");
  if (g_strcmp0 (credits, "unknown") == 0)
    {
      course->credits = 0;
      course->credits_unknown = TRUE;
    }
  else if (!hp_xml_number (r->src, node, "credits", 0, HP_COURSE_CREDITS_MAX, &course->credits,
                           r->error))
    return FALSE;
  if (course->credits < 0)
    return fail (r, node, NULL, _("<course> needs a “credits” attribute"));
  course->max_credits = course->credits;
  if (!hp_xml_number (r->src, node, "max-credits", course->credits, HP_COURSE_CREDITS_MAX,
                      &course->max_credits,
                      r->error) ||
      !hp_xml_number (r->src, node, "hours", 0, HP_CATALOG_COURSE_HOURS_MAX, &course->hours,
                         r->error) ||
      !read_offered (r, node, course) ||
      !read_yes_no (r, node, "transfers", &course->transfers) ||
      !read_yes_no (r, node, "admission", &course->admission))
    return FALSE;
  course->category = hp_xml_get (node, "category");

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, NS, "title"))
        {
          if (!read_text_once (r, child, &course->title))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "description"))
        {
          if (!read_text_once (r, child, &course->description))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "prerequisites") && course->prerequisites == NULL)
        {
          g_autoptr(HpRequisite) all = hp_requisite_new_group (HP_REQUISITE_ALL_OF);

          if (!read_yes_no (r, child, "consent", &course->consent) ||
              !read_requisite_children (r, child, all))
            return FALSE;
          /* A single prerequisite needs no all-of around it. */
          if (all->children->len == 1)
            course->prerequisites = g_ptr_array_steal_index (all->children, 0);
          else
            course->prerequisites = g_steal_pointer (&all);
        }
      else if (hp_xml_is (child, NS, "corequisite"))
        {
          char *coreq = read_code (r, child, "code");
          g_autofree char *when = NULL;

          if (coreq == NULL)
            return FALSE;
          want (r, REF_COURSE, coreq, child, "code");
          when = hp_xml_get (child, "when");
          if (when == NULL || g_str_equal (when, "same-term-or-before"))
            g_ptr_array_add (course->corequisites, coreq);
          else if (g_str_equal (when, "same-term"))
            g_ptr_array_add (course->together, coreq);
          else
            {
              g_free (coreq);
              return fail (r, child, "when", _("“%s” is not valid for when: expected same-term "
                                               "or same-term-or-before"), when);
            }
        }
      else
        return hp_xml_unexpected (r->src, child, "<title>, <description>, <prerequisites> or "
                                  "<corequisite>", r->error);
    }
  if (course->title == NULL)
    return fail (r, node, NULL, _("the course %s has no <title>"), code);

  /* One splice into the store at the end is much cheaper than one
   * items-changed signal per course. */
  g_hash_table_insert (r->catalog->course_index, course->code, course);
  g_hash_table_insert (r->course_nodes, course->code, node);
  g_ptr_array_add (r->courses, g_steal_pointer (&course));
  return TRUE;
}

/* An attribute naming a value of the enum @type by its nick. */
static gboolean
read_enum (Reader      *r,
           xmlNode     *node,
           const char  *attribute,
           GType        type,
           guint       *value)
{
  g_autofree char *text = hp_xml_get (node, attribute);
  g_autoptr(GString) expected = g_string_new (NULL);
  GEnumClass *klass;
  int found;

  if (text == NULL)
    return TRUE;
  if (hp_enum_from_nick (type, text, &found))
    {
      *value = found;
      return TRUE;
    }
  klass = g_type_class_ref (type);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (expected, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  return fail (r, node, attribute, _("“%s” is not valid for %s: expected one of %s"), text,
               attribute, expected->str);
}

/* An optional attribute naming one of the catalog's sources. */
static gboolean
read_source_ref (Reader     *r,
                 xmlNode    *node,
                 char      **source)
{
  g_free (*source);
  *source = hp_xml_get (node, "source");
  if (*source != NULL)
    want (r, REF_SOURCE, *source, node, "source");
  return TRUE;
}

/* <exam>: its format, domains (with what each source says they weigh),
 * fees, and the rules on testing windows and retakes. */
static gboolean
read_exam (Reader       *r,
           xmlNode      *node,
           HpCredential *cred)
{
  if (!read_count (r, node, "questions", &cred->questions) ||
      !read_count (r, node, "scored", &cred->scored) ||
      !read_count (r, node, "minutes", &cred->minutes) ||
      !hp_xml_number (r->src, node, "passing-percent", 0, 100, &cred->passing_percent, r->error) ||
      !read_yes_no (r, node, "early-testing", &cred->early_testing) ||
      !read_count (r, node, "window-days", &cred->window_days) ||
      !read_count (r, node, "retake-days", &cred->retake_days) ||
      !read_source_ref (r, node, &cred->exam_source))
    return FALSE;
  cred->passing = hp_xml_get (node, "passing");
  hp_xml_foreach_element (d, node)
    {
      if (hp_xml_is (d, NS, "domain"))
        {
          HpExamDomain *domain = hp_exam_domain_new ();

          g_ptr_array_add (cred->domains, domain);
          if ((domain->id = hp_xml_require (r->src, d, "id", r->error)) == NULL ||
              !hp_xml_number (r->src, d, "weight-min", 0, 100, &domain->weight_min, r->error) ||
              !hp_xml_number (r->src, d, "weight-max", 0, 100, &domain->weight_max, r->error) ||
              !read_source_ref (r, d, &domain->source))
            return FALSE;
          if (domain->weight_max < domain->weight_min)
            return fail (r, d, "weight-max", _("weight-max is below weight-min"));
          for (guint i = 0; i + 1 < cred->domains->len; i++)
            if (g_str_equal (((HpExamDomain *) g_ptr_array_index (cred->domains, i))->id,
                             domain->id))
              return fail (r, d, "id", _("the exam domain %s is defined twice"), domain->id);
          domain->title = hp_xml_text (d);
        }
      else if (hp_xml_is (d, NS, "weight"))
        {
          g_autofree char *id = hp_xml_require (r->src, d, "domain", r->error);
          HpExamDomain *domain = NULL;
          HpDomainWeight *weight;

          if (id == NULL)
            return FALSE;
          for (guint i = 0; i < cred->domains->len; i++)
            if (g_str_equal (((HpExamDomain *) g_ptr_array_index (cred->domains, i))->id, id))
              domain = g_ptr_array_index (cred->domains, i);
          if (domain == NULL)
            return fail (r, d, "domain", _("unknown exam domain %s: a <weight> follows the "
                                           "<domain> it is about"), id);
          weight = g_new0 (HpDomainWeight, 1);
          g_ptr_array_add (domain->other_weights, weight);
          if (!hp_xml_number (r->src, d, "min", 0, 100, &weight->weight_min, r->error) ||
              !hp_xml_number (r->src, d, "max", 0, 100, &weight->weight_max, r->error) ||
              !read_source_ref (r, d, &weight->source))
            return FALSE;
          if (weight->weight_max < weight->weight_min)
            return fail (r, d, "max", _("max is below min"));
        }
      else if (hp_xml_is (d, NS, "fee"))
        {
          g_autofree char *amount = hp_xml_require (r->src, d, "amount", r->error);
          HpExamFee *fee;

          if (amount == NULL)
            return FALSE;
          fee = g_new0 (HpExamFee, 1);
          g_ptr_array_add (cred->fees, fee);
          if (!hp_xml_number (r->src, d, "amount", 0, HP_TUITION_MAX, &fee->amount, r->error) ||
              !read_source_ref (r, d, &fee->source))
            return FALSE;
          fee->who = hp_xml_get (d, "for");
          fee->currency = hp_xml_get (d, "currency");
        }
      else
        return hp_xml_unexpected (r->src, d, "<domain>, <weight> or <fee>", r->error);
    }
  return TRUE;
}

static gboolean
read_credential (Reader  *r,
                 xmlNode *node)
{
  g_autofree char *id = hp_xml_require (r->src, node, "id", r->error);
  g_autoptr(HpCredential) cred = NULL;

  if (id == NULL)
    return FALSE;
  if (hp_catalog_find_credential (r->catalog, id) != NULL)
    return fail (r, node, "id", _("the credential %s is defined twice"), id);
  cred = hp_credential_new (id);
  cred->body = hp_xml_get (node, "body");

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, NS, "name"))
        {
          if (!read_text_once (r, child, &cred->name))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "eligibility"))
        {
          if (!hp_xml_only_once (r->src, child, r->error) ||
              !read_yes_no (r, child, "open", &cred->open))
            return FALSE;
          hp_xml_foreach_element (e, child)
            {
              if (hp_xml_is (e, NS, "rule"))
                {
                  if (!read_text_once (r, e, &cred->eligibility))
                    return FALSE;
                }
              else if (hp_xml_is (e, NS, "program"))
                {
                  char *ref = hp_xml_require (r->src, e, "ref", r->error);
                  if (ref == NULL)
                    return FALSE;
                  want (r, REF_PROGRAM, ref, e, "ref");
                  g_ptr_array_add (cred->eligible_programs, ref);
                }
              else if (hp_xml_is (e, NS, "requires"))
                {
                  g_autofree char *level = hp_xml_require (r->src, e, "level", r->error);
                  HpEligibilityRule *rule;
                  int value;

                  if (level == NULL)
                    return FALSE;
                  if (!hp_enum_from_nick (HP_TYPE_PROGRAM_LEVEL, level, &value))
                    return fail (r, e, "level", _("“%s” is not a program level: expected "
                                                  "certificate, associate, bachelor or master"),
                                 level);
                  rule = g_new0 (HpEligibilityRule, 1);
                  rule->level = value;
                  rule->accreditor = hp_xml_get (e, "accreditor");
                  g_ptr_array_add (cred->eligible_rules, rule);
                }
              else if (hp_xml_is (e, NS, "recommended"))
                {
                  char *code = read_code (r, e, "course");
                  if (code == NULL)
                    return FALSE;
                  want (r, REF_COURSE, code, e, "course");
                  g_ptr_array_add (cred->recommended, code);
                }
              else
                return hp_xml_unexpected (r->src, e, "<rule>, <program>, <requires> or "
                                          "<recommended>", r->error);
            }
        }
      else if (hp_xml_is (child, NS, "exam"))
        {
          if (!hp_xml_only_once (r->src, child, r->error) || !read_exam (r, child, cred))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "continuing-education"))
        {
          guint cycle = HP_CE_CYCLE_ANNIVERSARY;

          if (!hp_xml_only_once (r->src, child, r->error))
            return FALSE;

          if (!hp_xml_number (r->src, child, "hours", 0, HP_CE_HOURS_MAX, &cred->ce_hours, r->error) ||
              !read_count (r, child, "years", &cred->ce_years) ||
              !read_enum (r, child, "cycle", HP_TYPE_CE_CYCLE, &cycle) ||
              !read_yes_no (r, child, "combined", &cred->ce_combined) ||
              !hp_xml_number (r->src, child, "added", 0, HP_CE_HOURS_MAX, &cred->ce_added, r->error) ||
              !hp_xml_number (r->src, child, "max", 0, HP_CE_HOURS_MAX, &cred->ce_max, r->error) ||
              !hp_xml_number (r->src, child, "share", 0, 100, &cred->ce_share, r->error) ||
              !read_source_ref (r, child, &cred->ce_source))
            return FALSE;
          cred->ce_cycle = cycle;
          cred->ce_share_category = hp_xml_get (child, "share-category");
          if (cred->ce_share > 0 && cred->ce_share_category == NULL)
            return fail (r, child, "share", _("a share of the hours needs the "
                                              "“share-category” it must be in"));
          if (cred->ce_hours > 0 && cred->ce_years == 0)
            return fail (r, child, "hours", _("hours per cycle need the cycle’s “years”"));
          cred->ce_note = hp_xml_text (child);
        }
      else if (hp_xml_is (child, NS, "note"))
        {
          if (!read_text_once (r, child, &cred->note))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "cite"))
        {
          char *source = hp_xml_require (r->src, child, "source", r->error);
          if (source == NULL)
            return FALSE;
          want (r, REF_SOURCE, source, child, "source");
          g_ptr_array_add (cred->sources, source);
        }
      else
        return hp_xml_unexpected (r->src, child, "<name>, <eligibility>, <exam>, "
                                  "<continuing-education>, <note> or <cite>", r->error);
    }
  if (cred->name == NULL)
    return fail (r, node, NULL, _("the credential %s has no <name>"), id);

  g_list_store_append (r->catalog->credentials, cred);
  return TRUE;
}

static gboolean
read_group (Reader    *r,
            xmlNode   *node,
            HpProgram *program)
{
  g_autofree char *id = hp_xml_require (r->src, node, "id", r->error);
  g_autoptr(HpRequirement) group = NULL;
  guint rule = HP_GROUP_ALL, pool = HP_POOL_LISTED;
  guint n;

  if (id == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (program->requirements));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRequirement) other = g_list_model_get_item (G_LIST_MODEL (program->requirements), i);
      if (g_str_equal (other->id, id))
        return fail (r, node, "id", _("the requirement group %s is defined twice in %s"), id,
                     program->id);
    }

  group = hp_requirement_new (id);
  if (!read_enum (r, node, "rule", HP_TYPE_GROUP_RULE, &rule) ||
      !read_enum (r, node, "pool", HP_TYPE_POOL, &pool) ||
      !hp_xml_number (r->src, node, "count", 0, HP_GROUP_COUNT_MAX, &group->count, r->error))
    return FALSE;
  group->rule = rule;
  group->pool = pool;
  group->pool_category = hp_xml_get (node, "category");
  if (group->pool_category != NULL)
    group->pool_categories = g_strsplit_set (group->pool_category, " ", 0);
  if (!read_grade (r, node, "min-grade", FALSE, &group->min_grade))
    return FALSE;
  if (pool == HP_POOL_CATEGORY && group->pool_category == NULL)
    return fail (r, node, NULL, _("a group with pool=\"category\" needs a “category” attribute"));
  if (rule != HP_GROUP_ALL && group->count <= 0)
    return fail (r, node, NULL, _("a group with rule=\"%s\" needs a “count” above 0"),
                 hp_group_rule_to_string (rule));
  if (rule == HP_GROUP_ALL && pool != HP_POOL_LISTED)
    return fail (r, node, "pool", _("a group with rule=\"all\" takes only listed courses"));

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, NS, "title"))
        {
          if (!read_text_once (r, child, &group->title))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "course"))
        {
          g_autofree char *code = read_code (r, child, "code");
          if (code == NULL)
            return FALSE;
          hp_requirement_add_course (group, code);
          want (r, REF_COURSE, g_ptr_array_index (group->courses, group->courses->len - 1),
                child, "code");
        }
      else
        return hp_xml_unexpected (r->src, child, "<title> or <course>", r->error);
    }
  if (group->title == NULL)
    group->title = g_strdup (id);
  if (rule == HP_GROUP_ALL)
    group->count = group->courses->len;
  if (rule == HP_GROUP_COURSES && pool == HP_POOL_LISTED && group->count > group->courses->len)
    return fail (r, node, "count", _("the group asks for %g courses but lists only %u"),
                 group->count, group->courses->len);

  g_list_store_append (program->requirements, group);
  return TRUE;
}

static gboolean
read_program (Reader  *r,
              xmlNode *node)
{
  g_autofree char *id = hp_xml_require (r->src, node, "id", r->error);
  g_autofree char *level = NULL;
  g_autoptr(HpProgram) program = NULL;
  int value;

  if (id == NULL)
    return FALSE;
  if (hp_catalog_find_program (r->catalog, id) != NULL)
    return fail (r, node, "id", _("the program %s is defined twice"), id);
  program = hp_program_new (id);
  program->kind = hp_xml_get (node, "kind");
  level = hp_xml_get (node, "level");
  if (level == NULL)
    program->level = hp_program_level_for_kind (program->kind);
  else if (!hp_enum_from_nick (HP_TYPE_PROGRAM_LEVEL, level, &value))
    return fail (r, node, "level", _("“%s” is not a program level: expected certificate, "
                                     "associate, bachelor or master"), level);
  else
    program->level = value;
  if (!read_grade (r, node, "min-grade", FALSE, &program->min_grade))
    return FALSE;
  if (!hp_xml_number (r->src, node, "credits", 0, HP_PROGRAM_CREDITS_MAX, &program->credits,
                      r->error) ||
      !read_count (r, node, "terms", &program->terms) ||
      !hp_xml_number (r->src, node, "tuition-per-credit", 0, HP_TUITION_MAX,
                      &program->tuition_per_credit,
                      r->error) ||
      !read_yes_no (r, node, "sharing", &program->sharing))
    return FALSE;

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, NS, "name"))
        {
          if (!read_text_once (r, child, &program->name))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "description"))
        {
          if (!read_text_once (r, child, &program->description))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "accreditation"))
        {
          if (!read_text_once (r, child, &program->accreditation))
            return FALSE;
          program->accreditor = hp_xml_get (child, "body");
        }
      else if (hp_xml_is (child, NS, "admission"))
        {
          if (!read_text_once (r, child, &program->admission))
            return FALSE;
        }
      else if (hp_xml_is (child, NS, "leads-to"))
        {
          char *cred = hp_xml_require (r->src, child, "credential", r->error);
          if (cred == NULL)
            return FALSE;
          want (r, REF_CREDENTIAL, cred, child, "credential");
          g_ptr_array_add (program->credentials, cred);
        }
      else if (hp_xml_is (child, NS, "occupation"))
        {
          HpOccupation *o = g_new0 (HpOccupation, 1);

          g_ptr_array_add (program->occupations, o);
          if ((o->title = hp_xml_require (r->src, child, "title", r->error)) == NULL ||
              !hp_xml_number (r->src, child, "median-wage", 0, 10000000, &o->median_wage, r->error) ||
              !hp_xml_number (r->src, child, "growth", -100, 1000, &o->growth, r->error))
            return FALSE;
          o->wage_date = hp_xml_get (child, "wage-date");
          o->growth_period = hp_xml_get (child, "growth-period");
          o->source = hp_xml_get (child, "source");
          if (o->source != NULL)
            want (r, REF_SOURCE, o->source, child, "source");
          else if (o->median_wage > 0 || o->growth != 0)
            return fail (r, child, NULL, _("an occupation's figures need a “source”"));
        }
      else if (hp_xml_is (child, NS, "group"))
        {
          if (!read_group (r, child, program))
            return FALSE;
        }
      else
        return hp_xml_unexpected (r->src, child, "<name>, <description>, <accreditation>, "
                                  "<admission>, <leads-to>, <occupation> or <group>", r->error);
    }
  if (program->name == NULL)
    return fail (r, node, NULL, _("the program %s has no <name>"), id);

  g_list_store_append (r->catalog->programs, program);
  return TRUE;
}

static gboolean
read_source (Reader  *r,
             xmlNode *node)
{
  HpSource *source = g_new0 (HpSource, 1);

  g_ptr_array_add (r->catalog->sources, source);
  if ((source->id = hp_xml_require (r->src, node, "id", r->error)) == NULL ||
      !hp_xml_date (r->src, node, "read", &source->read, r->error))
    return FALSE;
  for (guint i = 0; i + 1 < r->catalog->sources->len; i++)
    if (g_str_equal (((HpSource *) g_ptr_array_index (r->catalog->sources, i))->id, source->id))
      return fail (r, node, "id", _("the source %s is defined twice"), source->id);
  source->url = hp_xml_get (node, "url");
  source->title = hp_xml_text (node);
  return TRUE;
}

/* Checks once the whole file is read ------------------------------------------ */

static gboolean
check_references (Reader *r)
{
  for (guint i = 0; i < r->references->len; i++)
    {
      Reference *ref = &g_array_index (r->references, Reference, i);

      switch (ref->kind)
        {
        case REF_COURSE:
          if (hp_catalog_find_course (r->catalog, ref->id) == NULL)
            return fail (r, ref->node, ref->attribute, _("unknown course %s: the catalog does not "
                                                         "define it"), ref->id);
          break;
        case REF_PROGRAM:
          if (hp_catalog_find_program (r->catalog, ref->id) == NULL)
            return fail (r, ref->node, ref->attribute, _("unknown program %s: the catalog does "
                                                         "not define it"), ref->id);
          break;
        case REF_CREDENTIAL:
          if (hp_catalog_find_credential (r->catalog, ref->id) == NULL)
            return fail (r, ref->node, ref->attribute, _("unknown credential %s: the catalog "
                                                         "does not define it"), ref->id);
          break;
        case REF_SOURCE:
          if (hp_catalog_find_source (r->catalog, ref->id) == NULL)
            return fail (r, ref->node, ref->attribute, _("unknown source %s: the catalog does "
                                                         "not define it"), ref->id);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return TRUE;
}

/* The catalog's first prerequisite cycle, if any, named at its first course. */
static gboolean
check_cycles (Reader *r)
{
  g_auto(GStrv) cycle = hp_catalog_find_prerequisite_cycle (r->catalog);
  g_autofree char *text = NULL;

  if (cycle == NULL)
    return TRUE;
  text = g_strjoinv (" → ", cycle);
  return fail (r, g_hash_table_lookup (r->course_nodes, cycle[0]), "code",
               _("prerequisites form a cycle: %s; no student could ever take these courses"),
               text);
}

static HpCatalog *
read_catalog (HpXmlSource *src,
              GError     **error)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GArray) references = g_array_new (FALSE, TRUE, sizeof (Reference));
  g_autoptr(GHashTable) course_nodes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) courses = g_ptr_array_new_with_free_func (g_object_unref);
  Reader r = { src, catalog, references, course_nodes, courses, error };
  xmlNode *root;

  if (!hp_xml_check_root (src, NS, "catalog", _("HIT Study Planner catalog"),
                          HP_CATALOG_FORMAT_VERSION, error))
    return NULL;
  root = hp_xml_source_root (src);
  if ((catalog->id = hp_xml_require (src, root, "id", error)) == NULL)
    return NULL;
  if (!hp_catalog_id_is_valid (catalog->id))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, root, "id",
                           _("the catalog id “%s” must be 1 to %d letters, digits, “-”, “_” or “.”, "
                             "not starting with “.”: plans name the catalog by it, and it is its "
                             "file name once installed"),
                           catalog->id, HP_CATALOG_ID_MAX);
      return NULL;
    }
  if (!read_yes_no (&r, root, "example", &catalog->example) ||
      !read_yes_no (&r, root, "summer", &catalog->summer) ||
      !read_grade (&r, root, "prerequisite-grade", FALSE, &catalog->prerequisite_grade))
    return NULL;

  hp_xml_foreach_element (child, root)
    {
      gboolean ok;

      if (hp_xml_is (child, NS, "title"))
        ok = read_text_once (&r, child, &catalog->title);
      else if (hp_xml_is (child, NS, "institution"))
        ok = read_text_once (&r, child, &catalog->institution);
      else if (hp_xml_is (child, NS, "notice"))
        ok = read_text_once (&r, child, &catalog->notice);
      else if (hp_xml_is (child, NS, "source"))
        ok = read_source (&r, child);
      else if (hp_xml_is (child, NS, "course"))
        ok = read_course (&r, child);
      else if (hp_xml_is (child, NS, "credential"))
        ok = read_credential (&r, child);
      else if (hp_xml_is (child, NS, "program"))
        ok = read_program (&r, child);
      else
        ok = hp_xml_unexpected (src, child, _("<title>, <institution>, <notice>, <source>, "
                                              "<course>, <credential> or <program>"), error);
      if (!ok)
        return NULL;
    }

  g_list_store_splice (catalog->courses, 0, 0, courses->pdata, courses->len);
  if (!check_references (&r) || !check_cycles (&r))
    return NULL;
  return g_steal_pointer (&catalog);
}

HpCatalog *
hp_catalog_load_bytes (GBytes     *bytes,
                       const char *name,
                       GError    **error)
{
  g_autoptr(HpXmlSource) src = hp_xml_source_new_bytes (bytes, name, error);

  return src ? read_catalog (src, error) : NULL;
}

HpCatalog *
hp_catalog_load (GFile      *file,
                 const char *display_name,
                 GError    **error)
{
  g_autoptr(HpXmlSource) src = hp_xml_source_load (file, display_name, error);

  return src ? read_catalog (src, error) : NULL;
}


/* Installs the catalog in @file for this user, so that plans can name it by
 * its id: checks it first (a catalog that does not read is never
 * installed), then writes exactly the bytes it checked, replacing the
 * installed file atomically.  A bundled catalog's id is refused (the
 * installed copy would hide it); an installed catalog of the same id is
 * replaced only when @replace is TRUE (HP_FILE_ERROR_EXISTS otherwise).
 * Returns the catalog as installed. */
HpCatalog *
hp_catalog_install (GFile      *file,
                    const char *display_name,
                    gboolean    replace,
                    GError    **error)
{
  g_autoptr(HpXmlSource) src = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *target_path = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if ((src = hp_xml_source_load (file, display_name, error)) == NULL ||
      (catalog = read_catalog (src, error)) == NULL)
    return NULL;

  if (hp_catalog_id_is_bundled (catalog->id))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, hp_xml_source_root (src), "id",
                           _("“%s” is the id of a catalog that comes with HIT Study Planner; give "
                             "your catalog an id of its own"), catalog->id);
      return NULL;
    }
  target = hp_catalog_installed_file (catalog->id);
  target_path = g_file_get_path (target);
  if (!replace && g_file_query_exists (target, NULL))
    {
      hp_set_file_error (error, HP_FILE_ERROR_EXISTS, display_name, 0, 0,
                         _("a catalog with the id “%s” is already installed (%s)"),
                         catalog->id, target_path);
      return NULL;
    }

  folder = g_file_get_parent (target);
  bytes = hp_xml_source_get_bytes (src);
  if ((!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
       !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS)) ||
      (g_clear_error (&local_error),
       !g_file_replace_contents (target, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                                 &local_error)))
    {
      hp_set_file_error (error, HP_FILE_ERROR_WRITE, target_path, 0, 0,
                         _("the catalog could not be installed: %s"), local_error->message);
      return NULL;
    }
  return g_steal_pointer (&catalog);
}
