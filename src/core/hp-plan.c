/* hp-plan.c: a student's plan and the records it holds
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include "hp-grade.h"
#include "hp-plan.h"
#include "hp-enums.h"
#include "hp-record.h"

HP_DEFINE_RECORD (HpPlanEntry, hp_plan_entry,
                  g_free (self->course); g_free (self->grade); g_free (self->group);
                  g_free (self->note))
HP_DEFINE_RECORD (HpPlanTerm, hp_plan_term, g_clear_object (&self->entries))
HP_DEFINE_RECORD (HpTransfer, hp_transfer,
                  g_free (self->institution); g_free (self->course); g_free (self->category);
                  g_free (self->grade); g_free (self->note))
HP_DEFINE_RECORD (HpException, hp_exception,
                  g_free (self->course); g_free (self->target); g_free (self->program);
                  g_free (self->approved_by); g_free (self->note))
HP_DEFINE_RECORD (HpPracticeTest, hp_practice_test,
                  g_free (self->source); g_clear_pointer (&self->scores, g_ptr_array_unref))
HP_DEFINE_RECORD (HpStudyLog, hp_study_log, g_free (self->domain))
HP_DEFINE_RECORD (HpExamTarget, hp_exam_target,
                  g_free (self->credential); g_clear_object (&self->tests);
                  g_clear_object (&self->study))
HP_DEFINE_RECORD (HpTimeSlot, hp_time_slot,
                  g_free (self->course); g_free (self->exam); g_free (self->title))
HP_DEFINE_RECORD (HpBreak, hp_break, g_free (self->title))
HP_DEFINE_RECORD (HpStudyBlock, hp_study_block,
                  g_free (self->course); g_free (self->exam); g_free (self->domain);
                  g_free (self->uid); g_free (self->note))
HP_DEFINE_RECORD (HpHeldCredential, hp_held_credential,
                  g_free (self->credential))
HP_DEFINE_RECORD (HpCeEntry, hp_ce_entry,
                  g_free (self->credential); g_free (self->title);
                  g_free (self->provider); g_free (self->category))
HP_DEFINE_RECORD (HpPlan, hp_plan,
                  g_free (self->catalog); g_free (self->student); g_free (self->currency);
                  g_free (self->target_program); g_clear_pointer (&self->compare_programs, g_ptr_array_unref);
                  g_clear_object (&self->terms); g_clear_object (&self->transfers);
                  g_clear_object (&self->exceptions); g_clear_object (&self->exams);
                  g_clear_object (&self->availability); g_clear_object (&self->study_blocks);
                  g_clear_object (&self->commitments); g_clear_object (&self->breaks);
                  g_clear_pointer (&self->course_hours, g_hash_table_unref);
                  g_clear_object (&self->blocks);
                  g_clear_object (&self->held); g_clear_object (&self->ce_entries))

static void hp_plan_entry_init (HpPlanEntry *self) { }
static void hp_transfer_init (HpTransfer *self) { }
static void hp_exception_init (HpException *self) { }
static void hp_study_log_init (HpStudyLog *self) { }

static void
domain_score_free (HpDomainScore *score)
{
  g_free (score->domain);
  g_free (score);
}

static void
hp_practice_test_init (HpPracticeTest *self)
{
  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) domain_score_free);
}
static void hp_time_slot_init (HpTimeSlot *self) { }

static void
hp_break_init (HpBreak *self)
{
  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  self->hours = 1;
}

static void
hp_study_block_init (HpStudyBlock *self)
{
  g_date_clear (&self->date, 1);
  g_date_clear (&self->moved_date, 1);
}
static void hp_held_credential_init (HpHeldCredential *self) { }
static void hp_ce_entry_init (HpCeEntry *self) { }

static void
hp_plan_term_init (HpPlanTerm *self)
{
  self->entries = g_list_store_new (HP_TYPE_PLAN_ENTRY);
}

static void
hp_exam_target_init (HpExamTarget *self)
{
  self->tests = g_list_store_new (HP_TYPE_PRACTICE_TEST);
  self->study = g_list_store_new (HP_TYPE_STUDY_LOG);
}

static void
hp_plan_init (HpPlan *self)
{
  self->currency = g_strdup ("USD");
  self->compare_programs = hp_strv_array_new ();
  self->terms = g_list_store_new (HP_TYPE_PLAN_TERM);
  self->transfers = g_list_store_new (HP_TYPE_TRANSFER);
  self->exceptions = g_list_store_new (HP_TYPE_EXCEPTION);
  self->exams = g_list_store_new (HP_TYPE_EXAM_TARGET);
  self->availability = g_list_store_new (HP_TYPE_TIME_SLOT);
  self->study_blocks = g_list_store_new (HP_TYPE_TIME_SLOT);
  self->commitments = g_list_store_new (HP_TYPE_TIME_SLOT);
  self->breaks = g_list_store_new (HP_TYPE_BREAK);
  self->rules = (HpScheduleRules) { HP_SCHEDULE_HOURS_PER_CREDIT, HP_SCHEDULE_MIN_SESSION,
                                    HP_SCHEDULE_MAX_SESSION, HP_SCHEDULE_GAP,
                                    HP_SCHEDULE_DAILY_MAX };
  self->course_hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->blocks = g_list_store_new (HP_TYPE_STUDY_BLOCK);
  self->held = g_list_store_new (HP_TYPE_HELD_CREDENTIAL);
  self->ce_entries = g_list_store_new (HP_TYPE_CE_ENTRY);
}

HpPlan *
hp_plan_new (void)
{
  return g_object_new (HP_TYPE_PLAN, NULL);
}

HpPlanTerm *
hp_plan_term_new (HpTermKey key)
{
  HpPlanTerm *self = g_object_new (HP_TYPE_PLAN_TERM, NULL);

  self->key = key;
  return self;
}

HpPlanEntry *
hp_plan_entry_new (const char *course,
                   HpStatus    status)
{
  HpPlanEntry *self = g_object_new (HP_TYPE_PLAN_ENTRY, NULL);

  self->course = g_strdup (course);
  self->status = status;
  return self;
}

HpTransfer *
hp_transfer_new (void)
{
  return g_object_new (HP_TYPE_TRANSFER, NULL);
}

HpException *
hp_exception_new (HpExceptionKind kind,
                  const char     *course)
{
  HpException *self = g_object_new (HP_TYPE_EXCEPTION, NULL);

  self->kind = kind;
  self->course = g_strdup (course);
  return self;
}

HpExamTarget *
hp_exam_target_new (const char *credential)
{
  HpExamTarget *self = g_object_new (HP_TYPE_EXAM_TARGET, NULL);

  self->credential = g_strdup (credential);
  return self;
}

HpPracticeTest *
hp_practice_test_new (void)
{
  return g_object_new (HP_TYPE_PRACTICE_TEST, NULL);
}

void
hp_practice_test_add_score (HpPracticeTest *test,
                            const char     *domain,
                            double          correct,
                            double          total)
{
  HpDomainScore *score = g_new0 (HpDomainScore, 1);

  score->domain = g_strdup (domain);
  score->correct = correct;
  score->total = total;
  g_ptr_array_add (test->scores, score);
}

/* The test's overall score: as given, else the sum of its domains.  FALSE
 * when it has neither. */
gboolean
hp_practice_test_overall (HpPracticeTest *test,
                          double         *correct,
                          double         *total)
{
  *correct = test->correct;
  *total = test->total;
  if (*total > 0)
    return TRUE;
  for (guint i = 0; i < test->scores->len; i++)
    {
      HpDomainScore *s = g_ptr_array_index (test->scores, i);

      *correct += s->correct;
      *total += s->total;
    }
  return *total > 0;
}

HpStudyLog *
hp_study_log_new (void)
{
  return g_object_new (HP_TYPE_STUDY_LOG, NULL);
}

HpTimeSlot *
hp_time_slot_new (guint day,
                  guint start,
                  guint end)
{
  HpTimeSlot *self = g_object_new (HP_TYPE_TIME_SLOT, NULL);

  self->day = day;
  self->start = start;
  self->end = end;
  return self;
}

HpBreak *
hp_break_new (void)
{
  return g_object_new (HP_TYPE_BREAK, NULL);
}

HpStudyBlock *
hp_study_block_new (const GDate *date,
                    guint        start,
                    guint        end)
{
  HpStudyBlock *self = g_object_new (HP_TYPE_STUDY_BLOCK, NULL);

  if (date != NULL && g_date_valid (date))
    self->date = *date;
  self->start = start;
  self->end = end;
  return self;
}

HpStudyBlock *
hp_study_block_copy (HpStudyBlock *block)
{
  HpStudyBlock *self = hp_study_block_new (&block->date, block->start, block->end);

  self->course = g_strdup (block->course);
  self->exam = g_strdup (block->exam);
  self->domain = g_strdup (block->domain);
  self->kind = block->kind;
  self->done = block->done;
  self->pinned = block->pinned;
  self->uid = g_strdup (block->uid);
  self->moved_date = block->moved_date;
  self->moved_start = block->moved_start;
  self->note = g_strdup (block->note);
  return self;
}

/* Time order: date, then start, then what is studied (so a schedule sorts
 * the same way every time). */
int
hp_study_block_compare (gconstpointer a,
                        gconstpointer b)
{
  const HpStudyBlock *x = a, *y = b;
  int c;

  if ((c = g_date_compare (&x->date, &y->date)) != 0)
    return c;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if ((c = g_strcmp0 (x->course, y->course)) != 0)
    return c;
  if ((c = g_strcmp0 (x->exam, y->exam)) != 0)
    return c;
  return g_strcmp0 (x->domain, y->domain);
}

/* A block's identity for calendars: the same block (day, time, subject and
 * kind) gets the same UID in every export and every run. */
char *
hp_study_block_make_uid (HpStudyBlock *block)
{
  g_autofree char *key = NULL;
  g_autofree char *sum = NULL;

  key = g_strdup_printf ("%04d-%02d-%02d|%u|%u|%s|%s|%s|%d",
                         g_date_get_year (&block->date), g_date_get_month (&block->date),
                         g_date_get_day (&block->date), block->start, block->end,
                         block->course ? block->course : "", block->exam ? block->exam : "",
                         block->domain ? block->domain : "", block->kind);
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, key, -1);
  sum[20] = '\0';
  return g_strdup_printf ("%s@hitplanner", sum);
}

/* The weekly study hours the schedule gives @course: the student's own
 * figure, else hours-per-credit times its @credits. */
double
hp_plan_course_hours (HpPlan     *plan,
                      const char *course,
                      double      credits)
{
  double *hours = g_hash_table_lookup (plan->course_hours, course);

  return hours != NULL ? *hours : plan->rules.hours_per_credit * credits;
}

/* Sets @course's weekly hours; a negative figure goes back to the default. */
void
hp_plan_set_course_hours (HpPlan     *plan,
                          const char *course,
                          double      hours)
{
  if (hours < 0)
    g_hash_table_remove (plan->course_hours, course);
  else
    g_hash_table_insert (plan->course_hours, g_strdup (course), g_memdup2 (&hours, sizeof hours));
}

HpHeldCredential *
hp_held_credential_new (const char *credential)
{
  HpHeldCredential *self = g_object_new (HP_TYPE_HELD_CREDENTIAL, NULL);

  self->credential = g_strdup (credential);
  return self;
}

HpCeEntry *
hp_ce_entry_new (const char *credential)
{
  HpCeEntry *self = g_object_new (HP_TYPE_CE_ENTRY, NULL);

  self->credential = g_strdup (credential);
  return self;
}

const char *
hp_exception_kind_to_string (HpExceptionKind kind)
{
  return hp_enum_to_nick (HP_TYPE_EXCEPTION_KIND, kind);
}

const char *
hp_block_kind_to_string (HpBlockKind kind)
{
  return hp_enum_to_nick (HP_TYPE_BLOCK_KIND, kind);
}

gboolean
hp_block_kind_from_string (const char  *text,
                           HpBlockKind *kind)
{
  int value;

  if (!hp_enum_from_nick (HP_TYPE_BLOCK_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

gboolean
hp_exception_kind_from_string (const char      *text,
                               HpExceptionKind *kind)
{
  int value;

  if (!hp_enum_from_nick (HP_TYPE_EXCEPTION_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

HpPlanTerm *
hp_plan_find_term (HpPlan    *plan,
                   HpTermKey  key)
{
  guint low = 0, high;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  /* Terms are kept in time order: a binary search keeps a 200-term plan fast. */
  high = g_list_model_get_n_items (G_LIST_MODEL (plan->terms));
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (G_LIST_MODEL (plan->terms), mid);

      if (term->key == key)
        return term;
      if (term->key < key)
        low = mid + 1;
      else
        high = mid;
    }
  return NULL;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const HpPlanTerm *ta = a, *tb = b;

  return ta->key < tb->key ? -1 : ta->key > tb->key;
}

/* Returns the term with that key, inserting it in time order when missing. */
HpPlanTerm *
hp_plan_ensure_term (HpPlan    *plan,
                     HpTermKey  key)
{
  g_autoptr(HpPlanTerm) term = NULL;
  HpPlanTerm *found;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  found = hp_plan_find_term (plan, key);
  if (found != NULL)
    return found;

  term = hp_plan_term_new (key);
  g_list_store_insert_sorted (plan->terms, term, compare_terms, NULL);
  return term;
}

/* Completed without a grade yet, or with a passing one. */
gboolean
hp_plan_entry_passed (HpPlanEntry *entry)
{
  g_return_val_if_fail (HP_IS_PLAN_ENTRY (entry), FALSE);
  return entry->status == HP_STATUS_COMPLETED &&
         (entry->grade == NULL || hp_grade_is_passing (entry->grade));
}

/* The attempt of each course that counts: the latest one passed, else the
 * latest one in progress or planned; withdrawn and failed attempts never
 * count.  Returns course code (borrowed) -> HpAttempt, for every course that
 * has such an attempt.  The audit, the catalog's marks and the tests all ask
 * here, so they agree on which attempt a student's record holds. */
GHashTable *
hp_plan_counting_attempts (HpPlan *plan)
{
  GHashTable *counting = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GListModel *terms;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  terms = G_LIST_MODEL (plan->terms);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, j);
          HpAttempt *now = g_hash_table_lookup (counting, entry->course);
          gboolean passed = hp_plan_entry_passed (entry);
          HpAttempt *attempt;

          if (!passed && entry->status != HP_STATUS_IN_PROGRESS &&
              entry->status != HP_STATUS_PLANNED)
            continue;
          /* Terms come in time order: a later attempt replaces an earlier
           * one, except that a pending one never replaces a pass. */
          if (now != NULL && !passed && hp_plan_entry_passed (now->entry))
            continue;
          attempt = g_new (HpAttempt, 1);
          attempt->entry = entry;  /* the plan keeps both */
          attempt->term = term;
          g_hash_table_insert (counting, entry->course, attempt);
        }
    }
  return counting;
}

/* The attempt of @course that counts (see hp_plan_counting_attempts ()). */
/* The plan's exam target for @credential (the plan keeps it), or NULL; its
 * place in plan->exams in @index when given. */
HpExamTarget *
hp_plan_find_exam (HpPlan     *plan,
                   const char *credential,
                   guint      *index)
{
  GListModel *exams;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  exams = G_LIST_MODEL (plan->exams);
  for (guint i = 0; i < g_list_model_get_n_items (exams); i++)
    {
      g_autoptr(HpExamTarget) exam = g_list_model_get_item (exams, i);

      if (g_strcmp0 (exam->credential, credential) == 0)
        {
          if (index != NULL)
            *index = i;
          return exam;
        }
    }
  return NULL;
}

HpPlanEntry *
hp_plan_find_entry (HpPlan      *plan,
                    const char  *course,
                    HpPlanTerm **term_out)
{
  g_autoptr(GHashTable) counting = NULL;
  HpAttempt *attempt;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  counting = hp_plan_counting_attempts (plan);
  attempt = g_hash_table_lookup (counting, course);
  if (term_out != NULL)
    *term_out = attempt ? attempt->term : NULL;
  return attempt ? attempt->entry : NULL;
}

/* The plan's term in progress on @today, or else its first term after
 * @today; 0 when every term of the plan is over. */
HpTermKey
hp_plan_current_or_next_term (HpPlan      *plan,
                              const GDate *today)
{
  HpTermKey now;
  GListModel *terms;

  g_return_val_if_fail (HP_IS_PLAN (plan), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  now = hp_term_key_for_date (today);
  terms = G_LIST_MODEL (plan->terms);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, i);
      if (t->key >= now)
        return t->key;
    }
  return 0;
}

/* The term a student most likely adds next: the regular term after the
 * plan's last one; in a plan without terms its first term, or else the
 * term in progress on @today. */
HpTermKey
hp_plan_suggest_term (HpPlan      *plan,
                      const GDate *today)
{
  guint n;
  g_autoptr(HpPlanTerm) last = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (plan->terms));
  if (n > 0)
    {
      last = g_list_model_get_item (G_LIST_MODEL (plan->terms), n - 1);
      return hp_term_key_next_regular (last->key);
    }
  if (plan->first_term != 0)
    return plan->first_term;
  return hp_term_key_for_date (today);
}

/* The plan's term before (@direction < 0) or after @key, where a course
 * moved one term goes; when the plan has none there, the regular (fall or
 * spring) term before or after, which the move creates. */
HpTermKey
hp_plan_neighbour_term (HpPlan    *plan,
                        HpTermKey  key,
                        int        direction)
{
  GListModel *terms;
  HpTermKey best = 0;

  g_return_val_if_fail (HP_IS_PLAN (plan), 0);

  terms = G_LIST_MODEL (plan->terms);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) t = g_list_model_get_item (terms, i);

      if (direction < 0 && t->key < key && t->key > best)
        best = t->key;
      else if (direction > 0 && t->key > key && (best == 0 || t->key < best))
        best = t->key;
    }
  if (best != 0)
    return best;
  return direction > 0 ? hp_term_key_next_regular (key) : hp_term_key_previous_regular (key);
}

double
hp_plan_load_limit (HpPlan *plan)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), HP_PLAN_DEFAULT_LOAD);
  return plan->credits_per_term > 0 ? plan->credits_per_term : HP_PLAN_DEFAULT_LOAD;
}

/* Two plans are equal when they save to the same bytes: the writer is
 * canonical, so this is both simple and exactly what a round trip means. */
gboolean
hp_plan_equal (HpPlan *a,
               HpPlan *b)
{
  g_autoptr(GBytes) ba = NULL;
  g_autoptr(GBytes) bb = NULL;

  g_return_val_if_fail (HP_IS_PLAN (a) && HP_IS_PLAN (b), FALSE);

  ba = hp_plan_to_bytes (a);
  bb = hp_plan_to_bytes (b);
  return g_bytes_equal (ba, bb);
}

#define TAKE(field) do { g_free (self->field); self->field = g_steal_pointer (&from->field); } while (0)

static void
take_store (GListStore *self,
            GListStore *from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (from), i));
  g_list_store_splice (self, 0, g_list_model_get_n_items (G_LIST_MODEL (self)), items->pdata, n);
  g_list_store_remove_all (from);
}

/* Makes @self hold what @from held, leaving @from empty.  @self stays the
 * same object, so whoever holds it (a document, a view) keeps working; its
 * stores announce the change through items-changed. */
void
hp_plan_take_contents (HpPlan *self,
                       HpPlan *from)
{
  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_PLAN (from));

  TAKE (catalog);
  TAKE (student);
  TAKE (currency);
  TAKE (target_program);
  self->first_term = from->first_term;
  self->credits_per_term = from->credits_per_term;
  self->take_summer = from->take_summer;
  self->admitted = from->admitted;
  self->tuition_per_credit = from->tuition_per_credit;
  g_ptr_array_set_size (self->compare_programs, 0);
  for (guint i = 0; i < from->compare_programs->len; i++)
    g_ptr_array_add (self->compare_programs, g_strdup (g_ptr_array_index (from->compare_programs, i)));

  take_store (self->terms, from->terms);
  take_store (self->transfers, from->transfers);
  take_store (self->exceptions, from->exceptions);
  take_store (self->exams, from->exams);
  take_store (self->availability, from->availability);
  take_store (self->study_blocks, from->study_blocks);
  take_store (self->commitments, from->commitments);
  take_store (self->breaks, from->breaks);
  take_store (self->blocks, from->blocks);
  self->rules = from->rules;
  g_hash_table_remove_all (self->course_hours);
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, from->course_hours);
    while (g_hash_table_iter_next (&iter, &key, &value))
      hp_plan_set_course_hours (self, key, *(double *) value);
  }
  take_store (self->held, from->held);
  take_store (self->ce_entries, from->ce_entries);
}
