/* hp-catalog.c: a college's catalog: courses, programs with requirement groups, credentials
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hp-catalog.h"
#include "hp-error.h"
#include "hp-enums.h"
#include "hp-record.h"

/* Requisites --------------------------------------------------------------- */

HpRequisite *
hp_requisite_new_course (const char *course,
                         const char *min_grade)
{
  HpRequisite *self = g_new0 (HpRequisite, 1);

  self->kind = HP_REQUISITE_COURSE;
  self->course = g_strdup (course);
  self->min_grade = g_strdup (min_grade);
  return self;
}

HpRequisite *
hp_requisite_new_group (HpRequisiteKind kind)
{
  HpRequisite *self = g_new0 (HpRequisite, 1);

  g_return_val_if_fail (kind != HP_REQUISITE_COURSE, NULL);
  self->kind = kind;
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_requisite_free);
  return self;
}

void
hp_requisite_free (HpRequisite *self)
{
  if (self == NULL)
    return;
  g_free (self->course);
  g_free (self->min_grade);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_free (self);
}

static void
describe (const HpRequisite *req,
          GString           *out,
          gboolean           nested)
{
  if (req->kind == HP_REQUISITE_COURSE)
    {
      g_string_append (out, req->course);
      if (req->min_grade != NULL)
        /* TRANSLATORS: a course and the grade it needs, e.g. "HIT 150 with C or better" */
        g_string_append_printf (out, _(" with %s or better"), req->min_grade);
      if (req->within_years > 0)
        /* TRANSLATORS: after a prerequisite: "BIO 160 within the last 5 years" */
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " within the last %u year",
                                                  " within the last %u years", req->within_years),
                                req->within_years);
      if (req->concurrent)
        /* TRANSLATORS: after a prerequisite: "HIT 111 with C or better (or in the same term)" */
        g_string_append (out, _(" (or in the same term)"));
      return;
    }

  if (nested && req->children->len > 1)
    g_string_append_c (out, '(');
  for (guint i = 0; i < req->children->len; i++)
    {
      if (i > 0)
        g_string_append (out, req->kind == HP_REQUISITE_ALL_OF ? _(" and ") : _(" or "));
      describe (g_ptr_array_index (req->children, i), out, TRUE);
    }
  if (nested && req->children->len > 1)
    g_string_append_c (out, ')');
}

/* "HIT 150 with C or better and (MTH 120 or MTH 150)" */
char *
hp_requisite_describe (const HpRequisite *requisite)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (requisite != NULL, NULL);
  describe (requisite, out, FALSE);
  return g_string_free (out, FALSE);
}

/* Courses ------------------------------------------------------------------ */

HP_DEFINE_RECORD (HpCourse, hp_course,
                  g_free (self->code);
                  g_free (self->title);
                  g_free (self->description);
                  g_free (self->category);
                  g_clear_pointer (&self->prerequisites, hp_requisite_free);
                  g_clear_pointer (&self->corequisites, g_ptr_array_unref);
                  g_clear_pointer (&self->together, g_ptr_array_unref))

static void
hp_course_init (HpCourse *self)
{
  self->corequisites = hp_strv_array_new ();
  self->together = hp_strv_array_new ();
  self->offered = (1 << HP_SEASON_FALL) | (1 << HP_SEASON_SPRING);
}

HpCourse *
hp_course_new (const char *code)
{
  HpCourse *self = g_object_new (HP_TYPE_COURSE, NULL);

  self->code = g_strdup (code);
  return self;
}

gboolean
hp_course_offered_in (HpCourse *course,
                      HpSeason  season)
{
  g_return_val_if_fail (HP_IS_COURSE (course), FALSE);
  return (course->offered & (1u << season)) != 0;
}

/* "fall and spring", "fall, spring and summer" */
char *
hp_course_describe_offered (HpCourse *course)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  static const HpSeason order[] = { HP_SEASON_FALL, HP_SEASON_WINTER, HP_SEASON_SPRING,
                                    HP_SEASON_SUMMER };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (hp_course_offered_in (course, order[i]))
      g_ptr_array_add (names, (gpointer) hp_season_label (order[i]));

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (out, FALSE);
}

/* Requirement groups ------------------------------------------------------- */

HP_DEFINE_RECORD (HpRequirement, hp_requirement,
                  g_free (self->id);
                  g_free (self->title);
                  g_free (self->pool_category);
                  g_strfreev (self->pool_categories);
                  g_free (self->min_grade);
                  g_clear_pointer (&self->listed, g_hash_table_unref);
                  g_clear_pointer (&self->courses, g_ptr_array_unref))

static void
hp_requirement_init (HpRequirement *self)
{
  self->courses = hp_strv_array_new ();
  self->listed = g_hash_table_new (g_str_hash, g_str_equal);
}

HpRequirement *
hp_requirement_new (const char *id)
{
  HpRequirement *self = g_object_new (HP_TYPE_REQUIREMENT, NULL);

  self->id = g_strdup (id);
  return self;
}

void
hp_requirement_add_course (HpRequirement *group,
                           const char    *code)
{
  char *copy;

  g_return_if_fail (HP_IS_REQUIREMENT (group));

  copy = g_strdup (code);
  g_ptr_array_add (group->courses, copy);
  g_hash_table_add (group->listed, copy);
}

/* Whether @group names @code among its courses. */
gboolean
hp_requirement_lists (HpRequirement *group,
                      const char    *code)
{
  g_return_val_if_fail (HP_IS_REQUIREMENT (group), FALSE);
  return code != NULL && g_hash_table_contains (group->listed, code);
}

/* Whether @course may count toward @group at all. */
gboolean
hp_requirement_accepts (HpRequirement *group,
                        HpCourse      *course)
{
  g_return_val_if_fail (HP_IS_REQUIREMENT (group), FALSE);
  g_return_val_if_fail (HP_IS_COURSE (course), FALSE);

  if (g_hash_table_contains (group->listed, course->code))
    return TRUE;

  switch (group->pool)
    {
    case HP_POOL_ANY:
      return TRUE;
    case HP_POOL_TRANSFERABLE:
      return course->transfers;
    case HP_POOL_CATEGORY:
      return course->category != NULL && group->pool_categories != NULL &&
             g_strv_contains ((const char * const *) group->pool_categories, course->category);
    case HP_POOL_LISTED:
    default:
      return FALSE;
    }
}

const char *
hp_group_rule_to_string (HpGroupRule rule)
{
  return hp_enum_to_nick (HP_TYPE_GROUP_RULE, rule);
}

const char *
hp_pool_to_string (HpPool pool)
{
  return hp_enum_to_nick (HP_TYPE_POOL, pool);
}

/* Programs ----------------------------------------------------------------- */

static void
occupation_free (HpOccupation *o)
{
  g_free (o->title);
  g_free (o->wage_date);
  g_free (o->growth_period);
  g_free (o->source);
  g_free (o);
}

HP_DEFINE_RECORD (HpProgram, hp_program,
                  g_free (self->id);
                  g_free (self->name);
                  g_free (self->kind);
                  g_free (self->accreditor);
                  g_free (self->min_grade);
                  g_free (self->description);
                  g_free (self->accreditation);
                  g_free (self->admission);
                  g_clear_pointer (&self->credentials, g_ptr_array_unref);
                  g_clear_pointer (&self->occupations, g_ptr_array_unref);
                  g_clear_object (&self->requirements))

static void
hp_program_init (HpProgram *self)
{
  self->credentials = hp_strv_array_new ();
  self->occupations = g_ptr_array_new_with_free_func ((GDestroyNotify) occupation_free);
  self->requirements = g_list_store_new (HP_TYPE_REQUIREMENT);
}

HpProgram *
hp_program_new (const char *id)
{
  HpProgram *self = g_object_new (HP_TYPE_PROGRAM, NULL);

  self->id = g_strdup (id);
  return self;
}

/* Credentials -------------------------------------------------------------- */

static void
weight_free (HpDomainWeight *w)
{
  g_free (w->source);
  g_free (w);
}

static void
domain_free (HpExamDomain *d)
{
  g_free (d->id);
  g_free (d->title);
  g_free (d->source);
  g_clear_pointer (&d->other_weights, g_ptr_array_unref);
  g_free (d);
}

/* A new exam domain, to fill in. */
HpExamDomain *
hp_exam_domain_new (void)
{
  HpExamDomain *d = g_new0 (HpExamDomain, 1);

  d->other_weights = g_ptr_array_new_with_free_func ((GDestroyNotify) weight_free);
  return d;
}

HP_DEFINE_RECORD (HpCredential, hp_credential,
                  g_free (self->id);
                  g_free (self->name);
                  g_free (self->body);
                  g_free (self->eligibility);
                  g_free (self->passing);
                  g_free (self->exam_source);
                  g_free (self->ce_share_category);
                  g_free (self->ce_source);
                  g_free (self->ce_note);
                  g_free (self->note);
                  g_clear_pointer (&self->eligible_programs, g_ptr_array_unref);
                  g_clear_pointer (&self->eligible_rules, g_ptr_array_unref);
                  g_clear_pointer (&self->recommended, g_ptr_array_unref);
                  g_clear_pointer (&self->domains, g_ptr_array_unref);
                  g_clear_pointer (&self->fees, g_ptr_array_unref);
                  g_clear_pointer (&self->sources, g_ptr_array_unref))

static void
fee_free (HpExamFee *fee)
{
  g_free (fee->who);
  g_free (fee->currency);
  g_free (fee->source);
  g_free (fee);
}

static void
rule_free (HpEligibilityRule *rule)
{
  g_free (rule->accreditor);
  g_free (rule);
}

static void
hp_credential_init (HpCredential *self)
{
  self->eligible_programs = hp_strv_array_new ();
  self->eligible_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
  self->recommended = hp_strv_array_new ();
  self->domains = g_ptr_array_new_with_free_func ((GDestroyNotify) domain_free);
  self->fees = g_ptr_array_new_with_free_func ((GDestroyNotify) fee_free);
  self->sources = hp_strv_array_new ();
}

HpCredential *
hp_credential_new (const char *id)
{
  HpCredential *self = g_object_new (HP_TYPE_CREDENTIAL, NULL);

  self->id = g_strdup (id);
  return self;
}

/* Whether completing @program makes a student eligible for @credential:
 * the credential names the program, or the program is of a level and an
 * accreditor one of its rules asks for. */
gboolean
hp_credential_eligible_through (HpCredential *credential,
                                HpProgram    *program)
{
  g_return_val_if_fail (HP_IS_CREDENTIAL (credential), FALSE);
  g_return_val_if_fail (HP_IS_PROGRAM (program), FALSE);

  if (g_ptr_array_find_with_equal_func (credential->eligible_programs, program->id, g_str_equal,
                                        NULL))
    return TRUE;
  for (guint i = 0; i < credential->eligible_rules->len; i++)
    {
      HpEligibilityRule *rule = g_ptr_array_index (credential->eligible_rules, i);

      if (program->level >= rule->level &&
          (rule->accreditor == NULL || g_strcmp0 (rule->accreditor, program->accreditor) == 0))
        return TRUE;
    }
  return FALSE;
}

const char *
hp_program_level_to_string (HpProgramLevel level)
{
  return hp_enum_to_nick (HP_TYPE_PROGRAM_LEVEL, level);
}

/* The level a program's kind stands for, when the catalog does not say:
 * "certificate", an associate's ("as", "aas", "aa"), a bachelor's ("bs",
 * "ba"), a master's ("ms", "ma"). */
HpProgramLevel
hp_program_level_for_kind (const char *kind)
{
  if (kind == NULL || g_str_equal (kind, "certificate"))
    return HP_LEVEL_CERTIFICATE;
  if (g_str_has_prefix (kind, "b"))
    return HP_LEVEL_BACHELOR;
  if (g_str_has_prefix (kind, "m"))
    return HP_LEVEL_MASTER;
  if (g_str_has_prefix (kind, "a"))
    return HP_LEVEL_ASSOCIATE;
  return HP_LEVEL_CERTIFICATE;
}

/* Catalogs ----------------------------------------------------------------- */

static void
source_free (HpSource *s)
{
  g_free (s->id);
  g_free (s->title);
  g_free (s->url);
  g_free (s);
}

HP_DEFINE_RECORD (HpCatalog, hp_catalog,
                  g_free (self->id);
                  g_free (self->title);
                  g_free (self->institution);
                  g_free (self->notice);
                  g_free (self->prerequisite_grade);
                  g_clear_pointer (&self->sources, g_ptr_array_unref);
                  g_clear_pointer (&self->course_index, g_hash_table_unref);
                  g_clear_object (&self->courses);
                  g_clear_object (&self->programs);
                  g_clear_object (&self->credentials))

static void
hp_catalog_init (HpCatalog *self)
{
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
  self->courses = g_list_store_new (HP_TYPE_COURSE);
  self->programs = g_list_store_new (HP_TYPE_PROGRAM);
  self->credentials = g_list_store_new (HP_TYPE_CREDENTIAL);
  self->course_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->summer = TRUE;
}

HpCatalog *
hp_catalog_new (void)
{
  return g_object_new (HP_TYPE_CATALOG, NULL);
}

/* Adds @course to @catalog (made in code: readers add their courses in one
 * splice). */
void
hp_catalog_add_course (HpCatalog *catalog,
                       HpCourse  *course)
{
  g_return_if_fail (HP_IS_CATALOG (catalog));
  g_return_if_fail (HP_IS_COURSE (course));
  g_return_if_fail (hp_catalog_find_course (catalog, course->code) == NULL);

  g_list_store_append (catalog->courses, course);
  g_hash_table_insert (catalog->course_index, course->code, course);
}

HpCourse *
hp_catalog_find_course (HpCatalog  *catalog,
                        const char *code)
{
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  return code ? g_hash_table_lookup (catalog->course_index, code) : NULL;
}

static gpointer
find_by_id (GListModel *model,
            const char *id,
            gsize       id_offset)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *item_id = G_STRUCT_MEMBER (const char *, item, id_offset);

      if (g_strcmp0 (item_id, id) == 0)
        return item;
    }
  return NULL;
}

HpProgram *
hp_catalog_find_program (HpCatalog  *catalog,
                         const char *id)
{
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  return find_by_id (G_LIST_MODEL (catalog->programs), id, G_STRUCT_OFFSET (HpProgram, id));
}

HpCredential *
hp_catalog_find_credential (HpCatalog  *catalog,
                            const char *id)
{
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  return find_by_id (G_LIST_MODEL (catalog->credentials), id, G_STRUCT_OFFSET (HpCredential, id));
}

HpSource *
hp_catalog_find_source (HpCatalog  *catalog,
                        const char *id)
{
  g_return_val_if_fail (HP_IS_CATALOG (catalog), NULL);
  for (guint i = 0; id != NULL && i < catalog->sources->len; i++)
    {
      HpSource *s = g_ptr_array_index (catalog->sources, i);
      if (g_str_equal (s->id, id))
        return s;
    }
  return NULL;
}

/* Where catalogs come from ---------------------------------------------------- */

static GFile *
bundled_dir (void)
{
  return hp_data_file ("catalogs", NULL);
}

/* Whether @id can name a catalog: it is the installed file's name, so
 * letters, digits, "-", "_" and "." only, never a leading "." (no hidden
 * files, no "..") and never a "/" (which would make it a path). */
gboolean
hp_catalog_id_is_valid (const char *id)
{
  gsize n;

  if (id == NULL || id[0] == '\0' || id[0] == '.')
    return FALSE;
  for (n = 0; id[n] != '\0'; n++)
    if (!g_ascii_isalnum (id[n]) && id[n] != '-' && id[n] != '_' && id[n] != '.')
      return FALSE;
  return n <= HP_CATALOG_ID_MAX;
}

/* Where the catalog @id is (or would be) installed for this user. */
GFile *
hp_catalog_installed_file (const char *id)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (hp_catalog_id_is_valid (id), NULL);
  name = g_strconcat (id, ".hitcatalog", NULL);
  return g_file_new_build_filename (g_get_user_data_dir (), "hitplanner", "catalogs", name, NULL);
}

/* Whether a catalog bundled with the app has @id. */
gboolean
hp_catalog_id_is_bundled (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".hitcatalog", NULL);
  g_autoptr(GFile) dir = bundled_dir ();
  g_autoptr(GFile) file = g_file_get_child (dir, name);

  return hp_catalog_id_is_valid (id) && g_file_query_exists (file, NULL);
}

/* A plan names its catalog by an id ("hit-example") or by a path, relative
 * to the plan's folder or absolute.  An id is looked up first among the
 * catalogs the student installed ($XDG_DATA_HOME/hitplanner/catalogs: a
 * college's own), then among the bundled ones. */
GFile *
hp_catalog_locate (const char *reference,
                   GFile      *plan_file)
{
  g_autoptr(GFile) dir = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (reference != NULL, NULL);

  if (strchr (reference, '/') != NULL || g_str_has_suffix (reference, ".hitcatalog"))
    {
      g_autoptr(GFile) parent = plan_file ? g_file_get_parent (plan_file) : NULL;

      if (g_path_is_absolute (reference) || parent == NULL)
        return g_file_new_for_path (reference);
      return g_file_resolve_relative_path (parent, reference);
    }

  name = g_strconcat (reference, ".hitcatalog", NULL);
  if (hp_catalog_id_is_valid (reference))
    {
      g_autoptr(GFile) installed = hp_catalog_installed_file (reference);

      if (g_file_query_exists (installed, NULL))
        return g_steal_pointer (&installed);
    }
  dir = bundled_dir ();
  return g_file_get_child (dir, name);
}

/* The catalog a plan names (@reference, or the default when NULL).  When it
 * cannot be used, the error points first at where the plan names it
 * (@plan_name:@line:@column), then says what is wrong with the catalog. */
HpCatalog *
hp_catalog_load_for_plan (const char *reference,
                          GFile      *plan_file,
                          const char *plan_name,
                          int         line,
                          int         column,
                          GError    **error)
{
  g_autoptr(GFile) file = hp_catalog_locate (reference ? reference : HP_CATALOG_DEFAULT_ID,
                                             plan_file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_path (file);
  HpCatalog *catalog = hp_catalog_load (file, name, &local_error);

  if (catalog != NULL)
    return catalog;
  if (reference == NULL || plan_name == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    hp_set_file_error (error, local_error->code, plan_name, line, column,
                       _("the catalog “%s” it names cannot be used: %s"), reference,
                       local_error->message);
  return NULL;
}

static void
collect_courses (const HpRequisite *req,
                 GPtrArray         *out)
{
  if (req == NULL)
    return;
  if (req->kind == HP_REQUISITE_COURSE)
    g_ptr_array_add (out, req->course);
  else
    for (guint i = 0; i < req->children->len; i++)
      collect_courses (g_ptr_array_index (req->children, i), out);
}

static gboolean
satisfiable (const HpRequisite *req,
             GHashTable        *takeable)
{
  switch (req->kind)
    {
    case HP_REQUISITE_COURSE:
      return g_hash_table_contains (takeable, req->course);
    case HP_REQUISITE_ALL_OF:
      for (guint i = 0; i < req->children->len; i++)
        if (!satisfiable (g_ptr_array_index (req->children, i), takeable))
          return FALSE;
      return TRUE;
    case HP_REQUISITE_ANY_OF:
    default:
      for (guint i = 0; i < req->children->len; i++)
        if (satisfiable (g_ptr_array_index (req->children, i), takeable))
          return TRUE;
      return FALSE;
    }
}

/* Walks from @code through prerequisites that can never be taken until a
 * course comes round again; that loop is the cycle to name. */
static GStrv
name_cycle (HpCatalog  *catalog,
            const char *code,
            GHashTable *takeable)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (;;)
    {
      HpCourse *course = hp_catalog_find_course (catalog, code);
      g_autoptr(GPtrArray) prereqs = g_ptr_array_new ();
      const char *next = NULL;

      for (guint i = 0; i < path->len; i++)
        if (g_str_equal (g_ptr_array_index (path, i), code))
          {
            g_autoptr(GStrvBuilder) loop = g_strv_builder_new ();

            for (guint j = i; j < path->len; j++)
              g_strv_builder_add (loop, g_ptr_array_index (path, j));
            g_strv_builder_add (loop, code);
            return g_strv_builder_end (loop);
          }
      g_ptr_array_add (path, (gpointer) code);

      collect_courses (course->prerequisites, prereqs);
      for (guint i = 0; i < prereqs->len && next == NULL; i++)
        if (!g_hash_table_contains (takeable, g_ptr_array_index (prereqs, i)))
          next = g_ptr_array_index (prereqs, i);
      g_assert (next != NULL);
      code = next;
    }
}

/* A course can be taken when its prerequisites can be met by courses that
 * can be taken.  Whatever stays out after that settles is held by a cycle:
 * any-of alternatives outside the cycle are allowed for, so "A or B" where
 * B is takeable is no cycle. */
GStrv
hp_catalog_find_prerequisite_cycle (HpCatalog *catalog)
{
  g_autoptr(GHashTable) takeable = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dependents = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GQueue) ready = g_queue_new ();
  GListModel *courses = G_LIST_MODEL (catalog->courses);
  guint n = g_list_model_get_n_items (courses);

  /* A worklist, so a long chain of prerequisites costs one pass, not one
   * pass per link: when a course becomes takeable, only the courses that
   * name it are looked at again. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpCourse) course = g_list_model_get_item (courses, i);
      g_autoptr(GPtrArray) prereqs = g_ptr_array_new ();

      if (course->prerequisites == NULL)
        {
          g_hash_table_add (takeable, course->code);
          g_queue_push_tail (ready, course->code);
          continue;
        }
      collect_courses (course->prerequisites, prereqs);
      for (guint j = 0; j < prereqs->len; j++)
        {
          GPtrArray *list = g_hash_table_lookup (dependents, g_ptr_array_index (prereqs, j));

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (dependents, g_ptr_array_index (prereqs, j), list);
            }
          g_ptr_array_add (list, course);
        }
    }

  while (!g_queue_is_empty (ready))
    {
      GPtrArray *list = g_hash_table_lookup (dependents, g_queue_pop_head (ready));

      for (guint j = 0; list != NULL && j < list->len; j++)
        {
          HpCourse *course = g_ptr_array_index (list, j);

          if (!g_hash_table_contains (takeable, course->code) &&
              satisfiable (course->prerequisites, takeable))
            {
              g_hash_table_add (takeable, course->code);
              g_queue_push_tail (ready, course->code);
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpCourse) course = g_list_model_get_item (courses, i);

      if (!g_hash_table_contains (takeable, course->code))
        return name_cycle (catalog, course->code, takeable);
    }
  return NULL;
}

/* A source as a citation: its title, its address and the day it was read,
 * as far as the catalog says; "unknown source ID" when it has no such one. */
char *
hp_catalog_cite (HpCatalog  *catalog,
                 const char *source_id)
{
  HpSource *s = source_id ? hp_catalog_find_source (catalog, source_id) : NULL;
  GString *text;

  if (s == NULL)
    return g_strdup_printf (_("unknown source %s"), source_id ? source_id : "?");
  text = g_string_new (s->title ? s->title : s->id);
  if (s->url != NULL)
    g_string_append_printf (text, " <%s>", s->url);
  if (g_date_valid (&s->read))
    {
      g_autofree char *read = hp_date_to_string (&s->read);

      g_string_append_printf (text, _(", read %s"), read);
    }
  return g_string_free (text, FALSE);
}
