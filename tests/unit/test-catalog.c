/* test-catalog.c: the bundled catalog, catalog round trips and every bad catalog's exact message
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-core.h"

static HpCatalog *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogs",
                                                 "hit-example.hitcatalog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpCatalog *catalog = hp_catalog_load (file, NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

static void
test_bundled (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  HpCourse *coding2 = hp_catalog_find_course (catalog, "HIT 210");
  HpCourse *coding1 = hp_catalog_find_course (catalog, "HIT 150");
  HpProgram *aas = hp_catalog_find_program (catalog, "aas-hit");
  HpCredential *rhit = hp_catalog_find_credential (catalog, "RHIT");
  g_autofree char *pre = NULL;
  g_autofree char *offered = NULL;
  double total = 0;

  g_assert_true (catalog->example);
  g_assert_nonnull (catalog->notice);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog->credentials)), ==, 10);

  g_assert_nonnull (coding2);
  g_assert_cmpstr (coding2->title, ==, "ICD-10-CM/PCS Coding II");
  g_assert_true (hp_course_offered_in (coding2, HP_SEASON_FALL));
  g_assert_true (hp_course_offered_in (coding2, HP_SEASON_SPRING));
  g_assert_false (hp_course_offered_in (coding2, HP_SEASON_SUMMER));
  g_assert_cmpstr (((char *) g_ptr_array_index (coding2->corequisites, 0)), ==, "HIT 140");
  pre = hp_requisite_describe (coding1->prerequisites);
  g_assert_cmpstr (pre, ==, "HIT 100 with C or better and (BIO 201 or BIO 105)");
  offered = hp_course_describe_offered (hp_catalog_find_course (catalog, "HIT 100"));
  g_assert_cmpstr (offered, ==, "Fall, Spring and Summer");

  /* The AAS's groups add up to its 66 credits: nothing is left unassigned. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (aas->requirements)); i++)
    {
      g_autoptr(HpRequirement) g = g_list_model_get_item (G_LIST_MODEL (aas->requirements), i);
      for (guint j = 0; j < g->courses->len; j++)
        if (g->rule == HP_GROUP_ALL)
          total += hp_catalog_find_course (catalog, g_ptr_array_index (g->courses, j))->credits;
    }
  g_assert_cmpfloat (total, ==, aas->credits);

  /* RHIT: 20 hours every 2 years; eligibility through an accredited
   * associate program or higher: the AS, the AAS and the BS, not the
   * certificate. */
  g_assert_cmpfloat (rhit->ce_hours, ==, 20);
  g_assert_cmpuint (rhit->ce_years, ==, 2);
  g_assert_cmpuint (rhit->questions, ==, 150);
  g_assert_cmpuint (rhit->domains->len, ==, 6);
  g_assert_cmpuint (rhit->eligible_programs->len, ==, 0);
  g_assert_true (hp_credential_eligible_through (rhit, aas));
  g_assert_true (hp_credential_eligible_through (rhit, hp_catalog_find_program (catalog, "as-hit")));
  g_assert_true (hp_credential_eligible_through (rhit, hp_catalog_find_program (catalog, "bs-him")));
  g_assert_false (hp_credential_eligible_through (rhit,
                                                  hp_catalog_find_program (catalog, "cert-coding")));
  g_assert_cmpuint (rhit->sources->len, >, 0);

  /* Every occupation figure names its source and its edition (the BLS
   * figures the career guides quote are no longer presented as read from
   * BLS). */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->programs)); i++)
    {
      g_autoptr(HpProgram) p = g_list_model_get_item (G_LIST_MODEL (catalog->programs), i);
      for (guint j = 0; j < p->occupations->len; j++)
        {
          HpOccupation *o = g_ptr_array_index (p->occupations, j);
          if (o->median_wage > 0)
            {
              g_assert_nonnull (hp_catalog_find_source (catalog, o->source));
              g_assert_nonnull (o->wage_date);
              g_assert_nonnull (o->growth_period);
            }
        }
    }
  /* The credential facts checked against the bodies' pages
   * (shared/reference/hit-facts.md): no coding self-reviews since 2021; CTR
   * is NCRA's ODS; the CCS exam's post-2020 format; CPC-A. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog->credentials)); i++)
    {
      g_autoptr(HpCredential) c = g_list_model_get_item (G_LIST_MODEL (catalog->credentials), i);

      g_assert_cmpstr (c->id, !=, "CTR");
      if (c->ce_note != NULL)
        g_assert_null (strstr (c->ce_note, "Includes the annual coding self-reviews"));
      if (c->ce_hours > 0)
        g_assert_nonnull (hp_catalog_find_source (catalog, c->ce_source));
    }
  {
    HpCredential *ods = hp_catalog_find_credential (catalog, "ODS");
    HpCredential *ccs = hp_catalog_find_credential (catalog, "CCS");
    HpCredential *cpc = hp_catalog_find_credential (catalog, "CPC");
    HpExamDomain *first = g_ptr_array_index (rhit->domains, 0);
    HpDomainWeight *other = g_ptr_array_index (first->other_weights, 0);

    g_assert_cmpstr (ods->body, ==, "NCRA");
    g_assert_cmpfloat (ods->ce_hours, ==, 20);
    g_assert_cmpint (ods->ce_cycle, ==, HP_CE_CYCLE_CALENDAR);
    g_assert_cmpuint (ccs->questions, ==, 97);
    g_assert_cmpuint (ccs->scored, ==, 79);
    g_assert_nonnull (strstr (cpc->eligibility, "CPC-A"));
    g_assert_cmpfloat (cpc->passing_percent, ==, 70);
    /* RHIT domain 1: two sources, two ranges. */
    g_assert_cmpfloat (first->weight_min, ==, 19);
    g_assert_cmpfloat (other->weight_min, ==, 24);
    g_assert_cmpstr (other->source, ==, "rhit-rhitexam");
    g_assert_true (rhit->early_testing);
    g_assert_true (rhit->ce_combined);
    g_assert_cmpfloat (rhit->ce_added, ==, 10);
    g_assert_cmpfloat (rhit->ce_max, ==, 50);
    g_assert_cmpfloat (rhit->ce_share, ==, 80);
  }
}

static void
test_round_trip (void)
{
  g_autoptr(HpCatalog) catalog = load_bundled ();
  g_autoptr(GBytes) first = hp_catalog_to_bytes (catalog);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) again = hp_catalog_load_bytes (first, "saved.hitcatalog", &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  second = hp_catalog_to_bytes (again);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_locate (void)
{
  g_autoptr(GFile) plan = g_file_new_for_path ("/home/student/plans/mine.hitplan");
  g_autoptr(GFile) relative = hp_catalog_locate ("../catalogs/college.hitcatalog", plan);
  g_autoptr(GFile) absolute = hp_catalog_locate ("/srv/c.hitcatalog", plan);
  g_autoptr(GFile) bundled = hp_catalog_locate ("hit-example", plan);
  g_autofree char *rel_path = g_file_get_path (relative);
  g_autofree char *abs_path = g_file_get_path (absolute);
  g_autofree char *name = g_file_get_basename (bundled);

  g_assert_cmpstr (rel_path, ==, "/home/student/catalogs/college.hitcatalog");
  g_assert_cmpstr (abs_path, ==, "/srv/c.hitcatalog");
  g_assert_cmpstr (name, ==, "hit-example.hitcatalog");
}

typedef struct
{
  const char *file;
  const char *message;
} BadCatalog;

static const BadCatalog bad_catalogs[] = {
  { "cycle.hitcatalog", "3:11: prerequisites form a cycle: A 100 → C 300 → B 200 → A 100; no "
                        "student could ever take these courses" },
  { "unknown-course.hitcatalog", "5:28: unknown course Z 999: the catalog does not define it" },
  { "duplicate-course.hitcatalog", "4:11: the course A 100 is defined twice" },
  { "unknown-credential.hitcatalog",
    "6:15: unknown credential ZZZ: the catalog does not define it" },
  { "bad-offered.hitcatalog",
    "3:36: “autumn” is not a season: expected winter, spring, summer or fall" },
  { "impossible-group.hitcatalog", "6:37: the group asks for 2 courses but lists only 1" },
  { "path-id.hitcatalog",
    "2:62: the catalog id “../../.bashrc” must be 1 to 64 letters, digits, “-”, “_” or “.”, not "
    "starting with “.”: plans name the catalog by it, and it is its file name once installed" },
  { "newer-version.hitcatalog",
    "2:51: written by a newer version: format 4; this version reads up to 3" },
  { "repeated-title.hitcatalog", "3:56: <title> appears twice in <course>; it may appear once" },
  { "repeated-name.hitcatalog", "6:5: <name> appears twice in <program>; it may appear once" },
};

static void
test_bad_catalog (gconstpointer data)
{
  const BadCatalog *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", bad->file, NULL);
  g_autofree char *expected = g_strdup_printf ("%s:%s", path, bad->message);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = hp_catalog_load (file, NULL, &error);

  g_assert_null (catalog);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Format 2 says what real catalogs state: a default grade for
 * prerequisites, summer terms, co-requisites taken together, concurrent
 * and recent prerequisites, the instructor's consent, unknown offerings and
 * credits, admission, program levels, accreditors and minimum grades,
 * credentials by level and accreditor, a group from several categories.
 * Read, it keeps each; written, it reads back the same. */
static void
test_format_2 (void)
{
  const char *xml =
    "<catalog xmlns=\"" HP_CATALOG_NAMESPACE "\" format=\"2\" id=\"lc\" summer=\"no\" "
    "prerequisite-grade=\"C\">"
    "<course code=\"HIT 111\" credits=\"3\" category=\"hit\"><title>Intro</title></course>"
    "<course code=\"BIO 160\" credits=\"4\" category=\"science\"><title>A&amp;P</title></course>"
    "<course code=\"HIT 112\" credits=\"3\" category=\"hit\" admission=\"yes\">"
    "<title>Records</title><prerequisites consent=\"yes\">"
    "<course code=\"HIT 111\" concurrent=\"yes\"/>"
    "<course code=\"BIO 160\" min-grade=\"any\" within-years=\"5\"/></prerequisites>"
    "<corequisite code=\"HIT 113\" when=\"same-term\"/></course>"
    "<course code=\"HIT 113\" credits=\"unknown\" category=\"hit\" offered=\"unknown\">"
    "<title>Lab</title><corequisite code=\"HIT 112\"/></course>"
    "<credential id=\"RHIT\" body=\"AHIMA\"><name>RHIT</name><eligibility open=\"no\">"
    "<requires level=\"associate\" accreditor=\"CAHIIM\"/></eligibility></credential>"
    "<program id=\"aas\" kind=\"aas\" credits=\"6\" min-grade=\"C\"><name>AAS</name>"
    "<accreditation body=\"CAHIIM\">Accredited.</accreditation>"
    "<group id=\"gen\" rule=\"credits\" count=\"3\" pool=\"category\" "
    "category=\"hit science\" min-grade=\"B\"><title>General</title></group></program>"
    "<program id=\"cert\" kind=\"certificate\" credits=\"3\"><name>Cert</name></program>"
    "</catalog>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = hp_catalog_load_bytes (bytes, "lc.hitcatalog", &error);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(HpCatalog) again = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  HpCourse *records, *lab, *intro;
  HpRequisite *first, *second;
  HpProgram *aas, *cert;
  g_autoptr(HpRequirement) gen = NULL;
  HpCredential *rhit;

  g_assert_no_error (error);
  g_assert_false (catalog->summer);
  g_assert_cmpstr (catalog->prerequisite_grade, ==, "C");
  records = hp_catalog_find_course (catalog, "HIT 112");
  lab = hp_catalog_find_course (catalog, "HIT 113");
  intro = hp_catalog_find_course (catalog, "HIT 111");
  g_assert_true (records->admission && records->consent);
  first = g_ptr_array_index (records->prerequisites->children, 0);
  second = g_ptr_array_index (records->prerequisites->children, 1);
  g_assert_cmpstr (first->min_grade, ==, "C");   /* the catalog's default */
  g_assert_true (first->concurrent);
  g_assert_null (second->min_grade);             /* "any" */
  g_assert_cmpuint (second->within_years, ==, 5);
  g_assert_cmpuint (records->together->len, ==, 1);
  g_assert_cmpuint (records->corequisites->len, ==, 0);
  g_assert_cmpuint (lab->corequisites->len, ==, 1);
  g_assert_true (lab->credits_unknown && lab->offered_unknown);
  g_assert_true (hp_course_offered_in (lab, HP_SEASON_SUMMER));
  g_assert_false (intro->admission);

  aas = hp_catalog_find_program (catalog, "aas");
  cert = hp_catalog_find_program (catalog, "cert");
  rhit = hp_catalog_find_credential (catalog, "RHIT");
  g_assert_cmpint (aas->level, ==, HP_LEVEL_ASSOCIATE);
  g_assert_cmpstr (aas->accreditor, ==, "CAHIIM");
  g_assert_cmpstr (aas->min_grade, ==, "C");
  g_assert_true (hp_credential_eligible_through (rhit, aas));
  g_assert_false (hp_credential_eligible_through (rhit, cert));
  gen = g_list_model_get_item (G_LIST_MODEL (aas->requirements), 0);
  g_assert_cmpstr (gen->min_grade, ==, "B");
  g_assert_true (hp_requirement_accepts (gen, intro));
  g_assert_true (hp_requirement_accepts (gen, hp_catalog_find_course (catalog, "BIO 160")));

  written = hp_catalog_to_bytes (catalog);
  again = hp_catalog_load_bytes (written, "written.hitcatalog", &error);
  g_assert_no_error (error);
  rewritten = hp_catalog_to_bytes (again);
  g_assert_true (g_bytes_equal (written, rewritten));
  g_assert_nonnull (strstr (g_bytes_get_data (written, NULL), "min-grade=\"any\" within-years=\"5\""));
}

/* The bundled catalog as format 1 wrote it still reads: co-requisites were
 * "the same term or before", programs had no level but their kind. */
static void
test_format_1 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "formats",
                                                 "catalog-format-1.hitcatalog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = hp_catalog_load (file, NULL, &error);
  HpCourse *bio;

  g_assert_no_error (error);
  bio = hp_catalog_find_course (catalog, "BIO 201");
  g_assert_cmpuint (bio->corequisites->len, ==, 1);
  g_assert_cmpuint (bio->together->len, ==, 0);
  g_assert_true (catalog->summer);
  g_assert_null (catalog->prerequisite_grade);
  g_assert_cmpint (hp_catalog_find_program (catalog, "bs-him")->level, ==, HP_LEVEL_BACHELOR);
  g_assert_cmpint (hp_catalog_find_program (catalog, "aas-hit")->level, ==, HP_LEVEL_ASSOCIATE);
}

/* The bundled catalog as format 2 wrote it still reads: credentials had
 * no fees, CE rules or other sources' weights, and CTR was still listed. */
static void
test_format_2_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "formats",
                                                 "catalog-format-2.hitcatalog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = hp_catalog_load (file, NULL, &error);
  HpCredential *rhit;
  g_autoptr(GBytes) upgraded = NULL;

  g_assert_no_error (error);
  rhit = hp_catalog_find_credential (catalog, "RHIT");
  g_assert_cmpfloat (rhit->ce_hours, ==, 20);
  g_assert_false (rhit->ce_combined);
  g_assert_cmpint (rhit->ce_cycle, ==, HP_CE_CYCLE_ANNIVERSARY);
  g_assert_cmpuint (rhit->fees->len, ==, 0);
  g_assert_nonnull (hp_catalog_find_credential (catalog, "CTR"));
  upgraded = hp_catalog_to_bytes (catalog);
  g_assert_nonnull (strstr (g_bytes_get_data (upgraded, NULL), "format=\"3\""));
}

/* The example as format 1 had it did not add up, in the ways a student
 * pays for; hitplan validate says each (worked by hand):
 *   cert-coding: its anatomy group takes BIO 105 (4 credits) or BIO 201 and
 *     201L, but HIT 140, required, needs BIO 201: choosing BIO 105 adds it.
 *   cert-coding: HIT 100 -> HIT 150 -> HIT 210 (fall only) -> HIT 270
 *     (spring) from Spring 2027: S27 HIT 100 ..., F27 HIT 150, S28 HIT 220,
 *     F28 HIT 210, S29 HIT 270: five terms, against the two it says.
 *   aas-hit: HIT 240 needs MTH 150, which needs MTH 120; the math group
 *     counts one of them.
 *   bs-him: 60 + 9 + 33 + 9 + 15 = 126 credits of groups, against 120. */
static void
test_programs_add_up (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "formats",
                                                 "catalog-format-1.hitcatalog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpCatalog) old = hp_catalog_load (file, NULL, NULL);
  g_autoptr(GPtrArray) warnings = hp_catalog_check_programs (old);
  g_autoptr(HpCatalog) bundled = load_bundled ();
  g_autoptr(GPtrArray) none = hp_catalog_check_programs (bundled);
  static const char *expected[] = {
    "cert-coding: choosing BIO 105 for “Anatomy and physiology” leaves HIT 140 without BIO 201, "
    "which it needs; a student who does takes BIO 201 as well",
    "cert-coding: it says 2 terms, but a new student needs at least 5 (starting in Spring 2027, "
    "finishing in Spring 2029) once prerequisites and the terms courses are offered are counted",
    "aas-hit: choosing MTH 120 for “Mathematics” leaves HIT 240 without MTH 150, which it needs; "
    "a student who does takes MTH 150 as well",
    "aas-hit: a new student also has to take courses the program does not require: MTH 120 (a "
    "prerequisite of MTH 150)",
    "bs-him: its requirement groups come to at least 126 credits, more than the 120 it says",
  };

  g_assert_cmpuint (warnings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (warnings, i), ==, expected[i]);

  /* The bundled example adds up. */
  for (guint i = 0; i < none->len; i++)
    g_test_message ("bundled catalog: %s", (char *) g_ptr_array_index (none, i));
  g_assert_cmpuint (none->len, ==, 0);
}

/* "A or B" where B can be taken is no cycle, though A and B need each other. */
static void
test_any_of_is_no_cycle (void)
{
  const char *xml =
    "<catalog xmlns=\"" HP_CATALOG_NAMESPACE "\" format=\"1\" id=\"ok\">"
    "<course code=\"A\" credits=\"3\"><title>A</title><prerequisites><any-of>"
    "<course code=\"B\"/><course code=\"C\"/></any-of></prerequisites></course>"
    "<course code=\"B\" credits=\"3\"><title>B</title><prerequisites><course code=\"A\"/>"
    "</prerequisites></course>"
    "<course code=\"C\" credits=\"3\"><title>C</title></course></catalog>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = hp_catalog_load_bytes (bytes, "ok.hitcatalog", &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/bundled", test_bundled);
  g_test_add_func ("/catalog/round-trip", test_round_trip);
  g_test_add_func ("/catalog/locate", test_locate);
  g_test_add_func ("/catalog/any-of-is-no-cycle", test_any_of_is_no_cycle);
  g_test_add_func ("/catalog/format-2", test_format_2);
  g_test_add_func ("/catalog/format-1", test_format_1);
  g_test_add_func ("/catalog/format-2-fixture", test_format_2_fixture);
  g_test_add_func ("/catalog/programs-add-up", test_programs_add_up);
  for (guint i = 0; i < G_N_ELEMENTS (bad_catalogs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/catalog/bad/%s", bad_catalogs[i].file);
      g_test_add_data_func (name, &bad_catalogs[i], test_bad_catalog);
    }
  return g_test_run ();
}
