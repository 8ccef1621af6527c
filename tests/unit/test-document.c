/* test-document.c: edits, undo and redo, modified state, saving and reloading
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hp-core.h"

static guint changes;

static void
changed_cb (HpDocument *document)
{
  changes++;
}

static HpDocument *
new_document (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  HpDocument *doc = hp_document_new (plan, NULL, NULL);

  changes = 0;
  g_signal_connect (doc, "changed", G_CALLBACK (changed_cb), NULL);
  return doc;
}

static HpPlanEntry *
entry_at (HpDocument *doc,
          HpTermKey   key,
          guint       index)
{
  HpPlanTerm *term = hp_plan_find_term (hp_document_get_plan (doc), key);
  HpPlanEntry *entry;

  g_assert_nonnull (term);
  entry = g_list_model_get_item (G_LIST_MODEL (term->entries), index);
  g_object_unref (entry);
  return entry;
}

static guint
n_entries (HpDocument *doc,
           HpTermKey   key)
{
  HpPlanTerm *term = hp_plan_find_term (hp_document_get_plan (doc), key);
  return term ? g_list_model_get_n_items (G_LIST_MODEL (term->entries)) : 0;
}

#define FALL26 HP_TERM_KEY (2026, HP_SEASON_FALL)
#define SPRING27 HP_TERM_KEY (2027, HP_SEASON_SPRING)

static void
test_edit_undo_redo (void)
{
  g_autoptr(HpDocument) doc = new_document ();
  HpPlan *plan = hp_document_get_plan (doc);
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_document_get_modified (doc));
  g_assert_false (hp_document_can_undo (doc));

  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 100", &error));
  g_assert_no_error (error);
  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 110", &error));
  g_assert_cmpuint (n_entries (doc, FALL26), ==, 2);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (hp_document_get_modified (doc));
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Add HIT 110");

  g_assert_true (hp_document_move_entry (doc, FALL26, 1, SPRING27, &error));
  g_assert_cmpuint (n_entries (doc, FALL26), ==, 1);
  g_assert_cmpstr (entry_at (doc, SPRING27, 0)->course, ==, "HIT 110");
  /* Terms stay in time order whatever order they were created in. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->terms)), ==, 2);

  g_assert_true (hp_document_set_entry (doc, FALL26, 0, HP_STATUS_COMPLETED, "B+", -1, &error));
  g_assert_cmpstr (entry_at (doc, FALL26, 0)->grade, ==, "B+");

  /* Undo walks back one edit at a time, on the same plan object. */
  hp_document_undo (doc);
  g_assert_true (hp_document_get_plan (doc) == plan);
  g_assert_null (entry_at (doc, FALL26, 0)->grade);
  g_assert_cmpint (entry_at (doc, FALL26, 0)->status, ==, HP_STATUS_PLANNED);
  hp_document_undo (doc);
  g_assert_cmpuint (n_entries (doc, FALL26), ==, 2);
  g_assert_cmpuint (n_entries (doc, SPRING27), ==, 0);
  g_assert_cmpstr (hp_document_get_redo_label (doc), ==, "Move HIT 110");

  hp_document_redo (doc);
  hp_document_redo (doc);
  g_assert_cmpstr (entry_at (doc, FALL26, 0)->grade, ==, "B+");
  g_assert_false (hp_document_can_redo (doc));

  /* A new edit after an undo drops what could have been redone. */
  hp_document_undo (doc);
  g_assert_true (hp_document_remove_entry (doc, SPRING27, 0, &error));
  g_assert_false (hp_document_can_redo (doc));
  g_assert_cmpuint (n_entries (doc, SPRING27), ==, 0);
}

static void
test_failed_edits_change_nothing (void)
{
  g_autoptr(HpDocument) doc = new_document ();
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_document_move_entry (doc, FALL26, 0, SPRING27, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_TERM);
  g_assert_cmpstr (error->message, ==, "The plan has no term Fall 2026");
  g_clear_error (&error);

  g_assert_true (hp_document_add_term (doc, FALL26, &error));
  g_assert_false (hp_document_add_term (doc, FALL26, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_TERM_EXISTS);
  g_clear_error (&error);

  g_assert_false (hp_document_set_entry (doc, FALL26, 0, HP_STATUS_COMPLETED, "A", -1, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY);
  g_clear_error (&error);
  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 100", NULL));
  g_assert_false (hp_document_set_entry (doc, FALL26, 0, HP_STATUS_COMPLETED, "E", -1, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  /* Two successful edits; the failures left no history. */
  g_assert_cmpuint (changes, ==, 2);
  hp_document_undo (doc);
  hp_document_undo (doc);
  g_assert_false (hp_document_can_undo (doc));
}

static void
test_terms (void)
{
  g_autoptr(HpDocument) doc = new_document ();
  HpPlan *plan = hp_document_get_plan (doc);

  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 100", NULL));
  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 110", NULL));
  g_assert_true (hp_document_rename_term (doc, FALL26, SPRING27, NULL));
  g_assert_null (hp_plan_find_term (plan, FALL26));
  g_assert_cmpuint (n_entries (doc, SPRING27), ==, 2);
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Rename Fall 2026 to Spring 2027");

  g_assert_true (hp_document_remove_term (doc, SPRING27, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->terms)), ==, 0);
  hp_document_undo (doc);
  g_assert_cmpuint (n_entries (doc, SPRING27), ==, 2);
}

static void
test_profile_transfer_exception (void)
{
  g_autoptr(HpDocument) doc = new_document ();
  HpPlan *plan = hp_document_get_plan (doc);
  const char *compare[] = { "as-hit", "bs-him", NULL };
  HpProfile profile = { .student = "Ana Díaz", .first_term = FALL26, .credits_per_term = 15,
                        .tuition_per_credit = 180, .target_program = "aas-hit",
                        .compare_programs = compare };
  g_autoptr(HpTransfer) transfer = hp_transfer_new ();
  g_autoptr(HpException) waiver = hp_exception_new (HP_EXCEPTION_WAIVER, "HIT 240");
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_document_set_profile (doc, &profile, &error));
  g_assert_cmpstr (plan->student, ==, "Ana Díaz");
  g_assert_cmpfloat (hp_plan_load_limit (plan), ==, 15);
  g_assert_cmpuint (plan->compare_programs->len, ==, 2);

  transfer->institution = g_strdup ("Riverside CC");
  transfer->course = g_strdup ("ENG 101");
  transfer->credits = 3;
  g_assert_true (hp_document_add_transfer (doc, transfer, &error));
  waiver->target = g_strdup ("MTH 150");
  /* Who approved it is part of an exception: without it, it is refused. */
  g_assert_false (hp_document_add_exception (doc, waiver, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Say who approved the exception for HIT 240, such as your "
                   "advisor or the program director");
  g_clear_error (&error);
  waiver->approved_by = g_strdup ("   ");
  g_assert_false (hp_document_add_exception (doc, waiver, &error));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->exceptions)), ==, 0);
  g_free (waiver->approved_by);
  waiver->approved_by = g_strdup ("Program advisor");
  g_assert_true (hp_document_add_exception (doc, waiver, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->exceptions)), ==, 1);

  hp_document_undo (doc);
  hp_document_undo (doc);
  hp_document_undo (doc);
  g_assert_null (plan->student);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->transfers)), ==, 0);
}

/* Saving marks the document unmodified; undoing past the save modifies it
 * again; a change by another program is noticed and can be reloaded. */
static void
test_save_and_reload (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hitplan-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.hitplan", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpDocument) doc = new_document ();
  g_autoptr(HpPlan) other = hp_plan_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 100", NULL));
  g_assert_true (hp_document_save (doc, file, &error));
  g_assert_no_error (error);
  g_assert_false (hp_document_get_modified (doc));
  g_assert_true (g_file_equal (hp_document_get_file (doc), file));
  g_assert_false (hp_document_changed_on_disk (doc));

  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 110", NULL));
  g_assert_true (hp_document_get_modified (doc));
  hp_document_undo (doc);
  g_assert_false (hp_document_get_modified (doc));
  hp_document_undo (doc);
  g_assert_true (hp_document_get_modified (doc));
  hp_document_redo (doc);
  g_assert_false (hp_document_get_modified (doc));

  /* Someone else writes the file. */
  g_usleep (20000);
  hp_plan_ensure_term (other, SPRING27);
  g_assert_true (hp_plan_save (other, file, NULL));
  g_assert_true (hp_document_changed_on_disk (doc));
  g_assert_true (hp_document_reload (doc, &error));
  g_assert_no_error (error);
  g_assert_false (hp_document_changed_on_disk (doc));
  g_assert_false (hp_document_get_modified (doc));
  g_assert_null (hp_plan_find_term (hp_document_get_plan (doc), FALL26));
  g_assert_nonnull (hp_plan_find_term (hp_document_get_plan (doc), SPRING27));
  /* The reload is an edit like any other: it can be undone. */
  hp_document_undo (doc);
  g_assert_nonnull (hp_plan_find_term (hp_document_get_plan (doc), FALL26));
  g_assert_true (hp_document_get_modified (doc));

  g_remove (backup);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_save_failure_keeps_modified (void)
{
  g_autoptr(HpDocument) doc = new_document ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder/plan.hitplan");
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_document_add_course (doc, FALL26, "HIT 100", NULL));
  g_assert_false (hp_document_save (doc, file, &error));
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_WRITE);
  g_assert_true (hp_document_get_modified (doc));
  g_assert_null (hp_document_get_file (doc));
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "tests", "fixtures", "bad", name, NULL);
}

/* A plan and the catalog it names, read together; a catalog that cannot be
 * used leaves a document that says why, pointing first at the plan's own
 * catalog attribute.  A device is refused at once, never read. */
static void
test_load (void)
{
  g_autofree char *device = fixture ("device-catalog.hitplan");
  g_autofree char *missing = fixture ("missing-catalog.hitplan");
  g_autoptr(GFile) device_file = g_file_new_for_path (device);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) doc = NULL;
  g_autoptr(HpDocument) sample = NULL;
  g_autoptr(HpDocument) fresh = NULL;

  doc = hp_document_load (device_file, NULL, "device-catalog.hitplan", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_null (hp_document_get_catalog (doc));
  g_assert_cmpstr (hp_document_get_catalog_error (doc)->message, ==,
                   "device-catalog.hitplan:5:56: the catalog “/dev/zero” it names cannot be used: "
                   "/dev/zero: this is not a regular file (a device, a pipe or a socket)");
  g_clear_object (&doc);

  doc = hp_document_load (missing_file, NULL, "missing-catalog.hitplan", &error);
  g_assert_no_error (error);
  g_assert_error ((GError *) hp_document_get_catalog_error (doc), HP_FILE_ERROR,
                  HP_FILE_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (hp_document_get_catalog_error (doc)->message,
                                   "missing-catalog.hitplan:5:56: the catalog “no-such-college” it "
                                   "names cannot be used: "));

  /* The sample is an untitled copy; a new plan has its program and term. */
  sample = hp_document_load_sample (&error);
  g_assert_no_error (error);
  g_assert_null (hp_document_get_file (sample));
  g_assert_nonnull (hp_document_get_catalog (sample));
  g_assert_cmpstr (hp_document_get_plan (sample)->student, ==, "Jordan Rivera");
  fresh = hp_document_new_for_program (NULL, "aas-hit", HP_TERM_KEY (2027, HP_SEASON_FALL));
  g_assert_cmpstr (hp_document_get_plan (fresh)->target_program, ==, "aas-hit");
  g_assert_cmpstr (hp_document_get_plan (fresh)->catalog, ==, HP_CATALOG_DEFAULT_ID);
  g_assert_nonnull (hp_plan_find_term (hp_document_get_plan (fresh),
                                       HP_TERM_KEY (2027, HP_SEASON_FALL)));
  g_assert_false (hp_document_get_modified (fresh));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  HpDocument **out = data;
  g_autoptr(GError) error = NULL;

  *out = hp_document_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "sample.hitplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HpDocument *doc = NULL;

  hp_document_load_async (file, NULL, loaded_cb, &doc);
  while (doc == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_equal (hp_document_get_file (doc), file));
  g_assert_nonnull (hp_document_get_catalog (doc));
  g_clear_object (&doc);

  /* The sample, loaded in a thread, is an untitled copy like the one
   * hp_document_load_sample () gives. */
  hp_document_load_sample_async (NULL, loaded_cb, &doc);
  while (doc == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (hp_document_get_file (doc));
  g_assert_cmpstr (hp_document_get_plan (doc)->student, ==, "Jordan Rivera");
  g_assert_nonnull (hp_document_get_catalog (doc));
  g_object_unref (doc);
}

/* "Fill the remaining terms" is one edit: the sample aiming at the AS gets
 * ENG 102 (Fall 2027) and SOC 101 (Spring 2028), the automatic plan of
 * test-audit.c's test_sample_as; undo takes both away, redo puts them back.
 * With nothing left, it says so and changes nothing. */
static void
test_fill_terms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) doc = hp_document_load_sample (&error);
  g_autoptr(HpAutoplan) autoplan = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) undone = NULL;
  HpTermKey fall27 = HP_TERM_KEY (2027, HP_SEASON_FALL);
  HpTermKey spring28 = HP_TERM_KEY (2028, HP_SEASON_SPRING);
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 27, G_DATE_NOVEMBER, 2026);
  before = hp_plan_to_bytes (hp_document_get_plan (doc));

  g_assert_true (hp_document_fill_terms (doc, "as-hit", &today, &autoplan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (autoplan->placements->len, ==, 2);
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Fill the Remaining Terms");
  g_assert_cmpuint (n_entries (doc, fall27), ==, 5);
  g_assert_cmpstr (entry_at (doc, fall27, 4)->course, ==, "ENG 102");
  g_assert_cmpint (entry_at (doc, fall27, 4)->status, ==, HP_STATUS_PLANNED);
  g_assert_cmpstr (entry_at (doc, spring28, 0)->course, ==, "SOC 101");

  hp_document_undo (doc);
  undone = hp_plan_to_bytes (hp_document_get_plan (doc));
  g_assert_true (g_bytes_equal (before, undone));
  hp_document_redo (doc);
  g_assert_cmpstr (entry_at (doc, spring28, 0)->course, ==, "SOC 101");

  g_clear_object (&autoplan);
  g_assert_false (hp_document_fill_terms (doc, "as-hit", &today, &autoplan, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING);
  g_assert_cmpstr (error->message, ==, "Nothing is left to place: the plan already holds "
                   "everything AS in Health Information Technology needs");
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Fill the Remaining Terms");
}

/* The Compare view's edits: aiming at another program, and choosing the
 * programs compared; each is one step to undo, and one that changes
 * nothing is refused. */
static void
test_target_and_compared (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) doc = hp_document_load_sample (&error);
  HpPlan *plan = hp_document_get_plan (doc);

  g_assert_no_error (error);
  g_assert_true (hp_document_set_target (doc, "bs-him", &error));
  g_assert_cmpstr (plan->target_program, ==, "bs-him");
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==,
                   "Aim at BS in Health Information Management");
  hp_document_undo (doc);
  g_assert_cmpstr (plan->target_program, ==, "aas-hit");
  g_assert_false (hp_document_set_target (doc, "aas-hit", &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_false (hp_document_set_target (doc, "phd", &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  /* The sample compares as-hit, bs-him and cert-coding. */
  g_assert_true (hp_document_set_compared (doc, "bs-him", FALSE, &error));
  g_assert_cmpuint (plan->compare_programs->len, ==, 2);
  g_assert_false (hp_document_set_compared (doc, "bs-him", FALSE, &error));
  g_clear_error (&error);
  hp_document_undo (doc);
  g_assert_cmpuint (plan->compare_programs->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (plan->compare_programs, 1), ==, "bs-him");
}

/* A catalog named by id is looked for first among those the student
 * installed, then among the bundled ones. */
static void
test_installed_catalog (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "hitplanner", "catalogs", NULL);
  g_autofree char *mine = g_build_filename (dir, "my-college.hitcatalog", NULL);
  g_autoptr(GFile) found = NULL;
  g_autoptr(GFile) expected = g_file_new_for_path (mine);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mine, "<catalog/>", -1, NULL));
  found = hp_catalog_locate ("my-college", NULL);
  g_assert_true (g_file_equal (found, expected));
  g_remove (mine);
}

static guint catalog_notes;

static void
catalog_notify_cb (HpDocument *document)
{
  catalog_notes++;
}

/* Using another catalog is one edit: the plan keeps its courses, aims at
 * the same program when the new catalog has one of that id (else one of
 * the same level), compares only programs the new catalog has, and undo,
 * redo and reload bring back the catalog the plan then names. */
static void
test_set_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) doc = hp_document_load_sample (&error);
  g_autofree char *college = g_test_build_filename (G_TEST_DIST, "..", "tests", "fixtures",
                                                    "catalogs", "college.hitcatalog", NULL);
  g_autofree char *folder = g_dir_make_tmp ("hp-catalog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "plan.hitplan", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HpPlan *plan = hp_document_get_plan (doc);
  guint n_terms = g_list_model_get_n_items (G_LIST_MODEL (plan->terms));

  g_assert_no_error (error);
  catalog_notes = 0;
  g_signal_connect (doc, "notify::catalog", G_CALLBACK (catalog_notify_cb), NULL);

  /* A catalog that cannot be read changes nothing. */
  g_assert_false (hp_document_set_catalog (doc, "no-such-college", &error));
  g_assert_error (error, HP_FILE_ERROR, HP_FILE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hp_document_get_modified (doc));
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "hit-example");
  g_assert_cmpuint (catalog_notes, ==, 0);

  g_assert_true (hp_document_set_catalog (doc, college, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "test-college-2026");
  g_assert_cmpstr (plan->catalog, ==, college);
  g_assert_cmpstr (plan->target_program, ==, "aas-hit");
  g_assert_cmpuint (plan->compare_programs->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->terms)), ==, n_terms);
  g_assert_cmpuint (catalog_notes, ==, 1);
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==,
                   "Use the Catalog “Test College catalog 2026–27”");
  g_assert_false (hp_document_set_catalog (doc, college, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING);
  g_clear_error (&error);

  hp_document_undo (doc);
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "hit-example");
  g_assert_cmpstr (plan->catalog, ==, "hit-example");
  g_assert_cmpuint (plan->compare_programs->len, ==, 3);
  g_assert_cmpuint (catalog_notes, ==, 2);
  hp_document_redo (doc);
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "test-college-2026");
  g_assert_cmpuint (catalog_notes, ==, 3);

  /* Saved with the new catalog, undone, then reloaded: the file's catalog again. */
  g_assert_true (hp_document_save (doc, file, &error));
  hp_document_undo (doc);
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "hit-example");
  g_assert_true (hp_document_reload (doc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "test-college-2026");

  /* A program the new catalog lacks: one of the same level instead. */
  hp_document_undo (doc);
  g_assert_cmpstr (hp_document_get_catalog (doc)->id, ==, "hit-example");
  g_assert_true (hp_document_set_target (doc, "cert-coding", &error));
  g_assert_true (hp_document_set_catalog (doc, college, &error));
  g_assert_cmpstr (plan->target_program, ==, "cert-billing");
  /* ...and back: the old catalog has cert-coding's id again. */
  hp_document_undo (doc);
  g_assert_cmpstr (plan->target_program, ==, "cert-coding");

  g_remove (path);
  g_remove (backup);
  g_rmdir (folder);
}

/* Item @i of @model, its reference kept by the model. */
static gpointer
borrowed_item (GListModel *model,
               guint       i)
{
  gpointer item = g_list_model_get_item (model, i);

  g_object_unref (item);
  return item;
}

static HpPracticeTest *
test_on (const char *date,
         double      correct,
         double      total)
{
  HpPracticeTest *test = hp_practice_test_new ();

  g_assert_true (hp_date_parse (date, &test->date));
  hp_practice_test_add_score (test, "rhit-1", correct, total);
  return test;
}

/* Exam prep edits: each one step to undo; practice tests and CE entries
 * stay in date order; what makes no sense is refused and changes nothing. */
static void
test_exam_edits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpDocument) doc = hp_document_load_sample (&error);
  HpPlan *plan = hp_document_get_plan (doc);
  HpExamTarget *rhit = borrowed_item (G_LIST_MODEL (plan->exams), 0);
  g_autoptr(HpPracticeTest) early = test_on ("2026-09-01", 10, 20);
  g_autoptr(HpPracticeTest) late = test_on ("2026-11-20", 18, 20);
  g_autoptr(HpPracticeTest) bad = test_on ("2026-11-21", 21, 20);
  g_autoptr(HpPracticeTest) fixed = test_on ("2026-11-20", 17, 20);
  g_autoptr(HpStudyLog) log = hp_study_log_new ();
  g_autoptr(HpHeldCredential) again = hp_held_credential_new ("CCA");
  g_autoptr(HpHeldCredential) cpc = hp_held_credential_new ("CPC");
  g_autoptr(HpCeEntry) ce = hp_ce_entry_new ("CCA");
  GDate date;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rhit->tests)), ==, 5);

  g_assert_true (hp_document_add_practice (doc, "RHIT", late, &error));
  g_assert_true (hp_document_add_practice (doc, "RHIT", early, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rhit->tests)), ==, 7);
  g_assert_true (borrowed_item (G_LIST_MODEL (rhit->tests), 0) == (gpointer) early);
  g_assert_true (borrowed_item (G_LIST_MODEL (rhit->tests), 6) == (gpointer) late);
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Log Practice Test");

  g_assert_false (hp_document_add_practice (doc, "RHIT", bad, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hp_document_add_practice (doc, "RHIA", fixed, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NO_ENTRY);
  g_clear_error (&error);

  g_assert_true (hp_document_replace_practice (doc, "RHIT", 6, fixed, &error));
  g_assert_true (hp_document_remove_practice (doc, "RHIT", 0, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rhit->tests)), ==, 6);
  hp_document_undo (doc);
  hp_document_undo (doc);
  hp_document_undo (doc);
  hp_document_undo (doc);
  /* Undo restores the plan's contents: its records are new objects. */
  rhit = borrowed_item (G_LIST_MODEL (plan->exams), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rhit->tests)), ==, 5);

  g_assert_true (hp_date_parse ("2027-06-15", &date));
  g_assert_true (hp_document_set_exam (doc, "CPC", &date, 0, 4, &error));
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Add CPC Exam");
  g_assert_true (hp_document_set_exam (doc, "CPC", NULL, 75, 4, &error));
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Change CPC Exam");
  {
    g_autoptr(HpExamTarget) cpc_exam = g_list_model_get_item (G_LIST_MODEL (plan->exams), 1);

    g_assert_false (g_date_valid (&cpc_exam->date));
    g_assert_cmpfloat (cpc_exam->goal, ==, 75);
  }
  g_assert_false (hp_document_set_exam (doc, "CPC", NULL, 120, 4, &error));
  g_clear_error (&error);
  g_assert_true (hp_document_remove_exam (doc, "CPC", &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan->exams)), ==, 1);

  g_assert_true (hp_date_parse ("2026-11-20", &log->date));
  log->hours = 2;
  log->domain = g_strdup ("rhit-5");
  g_assert_true (hp_document_add_study (doc, "RHIT", log, &error));
  g_assert_true (hp_document_remove_study (doc, "RHIT", 4, &error));

  g_assert_true (hp_date_parse ("2026-06-30", &again->earned));
  g_assert_false (hp_document_add_held (doc, again, &error));
  g_assert_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_false (hp_document_add_held (doc, cpc, &error));  /* no date */
  g_clear_error (&error);
  g_assert_true (hp_date_parse ("2026-11-01", &cpc->earned));
  g_assert_true (hp_document_add_held (doc, cpc, &error));
  g_assert_cmpstr (hp_document_get_undo_label (doc), ==, "Record CPC as Held");

  g_assert_true (hp_date_parse ("2026-10-01", &ce->date));
  ce->hours = 0.1;
  g_assert_false (hp_document_add_ce (doc, ce, &error));
  g_clear_error (&error);
  ce->hours = 1;
  g_assert_true (hp_document_add_ce (doc, ce, &error));
  /* Between the September and the October entries of the sample. */
  g_assert_true (borrowed_item (G_LIST_MODEL (plan->ce_entries), 1) == (gpointer) ce);
  g_assert_true (hp_document_remove_ce (doc, 1, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/document/failed-edits", test_failed_edits_change_nothing);
  g_test_add_func ("/document/terms", test_terms);
  g_test_add_func ("/document/profile-transfer-exception", test_profile_transfer_exception);
  g_test_add_func ("/document/save-and-reload", test_save_and_reload);
  g_test_add_func ("/document/save-failure", test_save_failure_keeps_modified);
  g_test_add_func ("/document/load", test_load);
  g_test_add_func ("/document/load-async", test_load_async);
  g_test_add_func ("/document/fill-terms", test_fill_terms);
  g_test_add_func ("/document/target-and-compared", test_target_and_compared);
  g_test_add_func ("/document/installed-catalog", test_installed_catalog);
  g_test_add_func ("/document/set-catalog", test_set_catalog);
  g_test_add_func ("/document/exam-edits", test_exam_edits);

  return g_test_run ();
}
