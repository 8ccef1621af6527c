/* hp-plan-io.c: reading and writing .hitplan files
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is documented in docs/file-format.md and checked by
 * data/schemas/hitplan.rng.  The reader is strict: an element or value it
 * does not know is an error with its place, never silently dropped, because a
 * dropped element would be lost at the next save.
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hp-error.h"
#include "hp-grade.h"
#include "hp-plan.h"
#include "hp-xml.h"
#include "hp-limits.h"

static const char *day_ids[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

#define READ_NUMBER(node, attr, min, max, field) \
  hp_xml_number (src, node, attr, min, max, &(field), error)
#define READ_DATE(node, attr, field) hp_xml_date (src, node, attr, &(field), error)

static gboolean
read_term_key (HpXmlSource *src,
               xmlNode     *node,
               const char  *attribute,
               HpTermKey   *key,
               GError     **error)
{
  g_autofree char *text = hp_xml_get (node, attribute);

  if (text == NULL)
    return TRUE;
  if (!hp_term_key_parse (text, key))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, attribute,
                           _("“%s” is not a term: expected a season and a year, such as “fall 2026”"),
                           text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_grade (HpXmlSource *src,
            xmlNode     *node,
            char       **grade,
            GError     **error)
{
  g_autofree char *text = hp_xml_get (node, "grade");

  if (text == NULL)
    return TRUE;
  if (!hp_grade_is_valid (text))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "grade",
                           _("“%s” is not a grade: expected A, A-, B+, B, B-, C+, C, C-, "
                             "D+, D, D-, F or P"), text);
      return FALSE;
    }
  *grade = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
read_time (HpXmlSource *src,
           xmlNode     *node,
           const char  *attribute,
           guint       *minutes,
           GError     **error)
{
  g_autofree char *text = hp_xml_require (src, node, attribute, error);

  if (text == NULL)
    return FALSE;
  if (!hp_time_parse (text, minutes))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, attribute,
                           _("“%s” is not a time of day: expected HH:MM, such as 18:30"), text);
      return FALSE;
    }
  return TRUE;
}

static HpTimeSlot *
read_slot (HpXmlSource *src,
           xmlNode     *node,
           GError     **error)
{
  g_autofree char *day = hp_xml_require (src, node, "day", error);
  g_autoptr(HpTimeSlot) slot = NULL;
  guint d, start, end;

  if (day == NULL)
    return NULL;
  for (d = 0; d < 7; d++)
    if (g_strcmp0 (day, day_ids[d]) == 0)
      break;
  if (d == 7)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "day",
                           _("“%s” is not a day: expected mon, tue, wed, thu, fri, sat or sun"), day);
      return NULL;
    }
  if (!read_time (src, node, "start", &start, error) || !read_time (src, node, "end", &end, error))
    return NULL;
  if (end <= start)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "end",
                           _("the time ends before it starts"));
      return NULL;
    }
  slot = hp_time_slot_new (d, start, end);
  slot->course = hp_xml_get (node, "course");
  slot->exam = hp_xml_get (node, "exam");
  slot->title = hp_xml_get (node, "title");
  return g_steal_pointer (&slot);
}

static gboolean
read_break (HpXmlSource *src,
            xmlNode     *node,
            HpPlan      *plan,
            GError     **error)
{
  g_autoptr(HpBreak) brk = hp_break_new ();
  g_autofree char *kind = hp_xml_get (node, "kind");
  g_autofree char *from = hp_xml_require (src, node, "from", error);

  if (from == NULL || !READ_DATE (node, "from", brk->from))
    return FALSE;
  brk->to = brk->from;
  if (!READ_DATE (node, "to", brk->to) ||
      !READ_NUMBER (node, "hours", 0, 24, brk->hours))
    return FALSE;
  if (g_date_compare (&brk->to, &brk->from) < 0)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "to",
                           _("the break ends before it starts"));
      return FALSE;
    }
  if (kind != NULL && !g_str_equal (kind, "none") && !g_str_equal (kind, "light"))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "kind",
                           _("“%s” is not a kind of break: expected none (no study) or light"),
                           kind);
      return FALSE;
    }
  brk->light = g_strcmp0 (kind, "light") == 0;
  brk->title = hp_xml_text (node);
  g_list_store_append (plan->breaks, brk);
  return TRUE;
}

/* "2026-11-23 18:00": where a moved block was */
static gboolean
read_moved_from (HpXmlSource  *src,
                 xmlNode      *node,
                 HpStudyBlock *block,
                 GError      **error)
{
  g_autofree char *text = hp_xml_get (node, "moved-from");
  g_autofree char *day = NULL;

  if (text == NULL)
    return TRUE;
  day = g_strndup (text, 10);
  if (strlen (text) != 16 || text[10] != ' ' || !hp_date_parse (day, &block->moved_date) ||
      !hp_time_parse (text + 11, &block->moved_start) || block->moved_start >= 24 * 60)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "moved-from",
                           _("“%s” is not a date and time: expected YYYY-MM-DD HH:MM"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_block (HpXmlSource *src,
            xmlNode     *node,
            HpPlan      *plan,
            GError      **error)
{
  g_autoptr(HpStudyBlock) block = hp_study_block_new (NULL, 0, 0);
  g_autofree char *date = hp_xml_require (src, node, "date", error);
  g_autofree char *kind = hp_xml_get (node, "kind");

  if (date == NULL || !READ_DATE (node, "date", block->date) ||
      !read_time (src, node, "start", &block->start, error) ||
      !read_time (src, node, "end", &block->end, error) ||
      !hp_xml_yes_no (src, node, "done", &block->done, error) ||
      !hp_xml_yes_no (src, node, "pinned", &block->pinned, error) ||
      !read_moved_from (src, node, block, error))
    return FALSE;
  if (block->end <= block->start)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "end",
                           _("the time ends before it starts"));
      return FALSE;
    }
  if (kind != NULL && !hp_block_kind_from_string (kind, &block->kind))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "kind",
                           _("“%s” is not a kind of study block: expected study or review"), kind);
      return FALSE;
    }
  block->course = hp_xml_get (node, "course");
  block->exam = hp_xml_get (node, "exam");
  block->domain = hp_xml_get (node, "domain");
  if ((block->course == NULL) == (block->exam == NULL))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, NULL,
                           _("a study block needs either a “course” or an “exam” attribute"));
      return FALSE;
    }
  block->uid = hp_xml_get (node, "uid");
  if (block->uid == NULL)
    block->uid = hp_study_block_make_uid (block);
  block->note = hp_xml_text (node);
  g_list_store_append (plan->blocks, block);
  return TRUE;
}

static gboolean
read_schedule (HpXmlSource *src,
               xmlNode     *node,
               HpPlan      *plan,
               GError     **error)
{
  HpScheduleRules *r = &plan->rules;
  double min = r->min_session, max = r->max_session, gap = r->gap, daily = r->daily_max;

  if (!READ_NUMBER (node, "hours-per-credit", 0, HP_SCHEDULE_HOURS_PER_CREDIT_MAX,
                    r->hours_per_credit) ||
      !READ_NUMBER (node, "min-session", 15, 24 * 60, min) ||
      !READ_NUMBER (node, "max-session", 15, 24 * 60, max) ||
      !READ_NUMBER (node, "gap", 0, 24 * 60, gap) ||
      !READ_NUMBER (node, "daily-max", 15, 24 * 60, daily))
    return FALSE;
  if (max < min)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "max-session",
                           _("the longest session is shorter than the shortest"));
      return FALSE;
    }
  r->min_session = min;
  r->max_session = max;
  r->gap = gap;
  r->daily_max = daily;

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, HP_PLAN_NAMESPACE, "course-hours"))
        {
          g_autofree char *course = hp_xml_require (src, child, "course", error);
          double hours = -1;

          if (course == NULL ||
              !READ_NUMBER (child, "hours", 0, HP_WEEK_HOURS_MAX, hours))
            return FALSE;
          if (hours < 0)
            {
              hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, child, NULL,
                                   _("<course-hours> needs an “hours” attribute"));
              return FALSE;
            }
          hp_plan_set_course_hours (plan, course, hours);
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "block"))
        {
          if (!read_block (src, child, plan, error))
            return FALSE;
        }
      else
        return hp_xml_unexpected (src, child, "<course-hours> or <block>", error);
    }
  return TRUE;
}

static gboolean
read_profile (HpXmlSource *src,
              xmlNode     *node,
              HpPlan      *plan,
              GError     **error)
{
  g_autofree char *currency = hp_xml_get (node, "currency");

  if (!read_term_key (src, node, "first-term", &plan->first_term, error) ||
      !read_term_key (src, node, "admitted", &plan->admitted, error) ||
      !READ_NUMBER (node, "credits-per-term", HP_CREDITS_PER_TERM_MIN, HP_CREDITS_PER_TERM_MAX,
                   plan->credits_per_term) ||
      !READ_NUMBER (node, "tuition-per-credit", 0, HP_TUITION_MAX, plan->tuition_per_credit) ||
      !hp_xml_yes_no (src, node, "summer", &plan->take_summer, error))
    return FALSE;
  if (currency != NULL)
    {
      g_free (plan->currency);
      plan->currency = g_steal_pointer (&currency);
    }
  plan->target_program = hp_xml_get (node, "target");

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, HP_PLAN_NAMESPACE, "student"))
        {
          if (!hp_xml_only_once (src, child, error))
            return FALSE;
          g_free (plan->student);
          plan->student = hp_xml_text (child);
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "compare"))
        {
          char *program = hp_xml_require (src, child, "program", error);
          if (program == NULL)
            return FALSE;
          g_ptr_array_add (plan->compare_programs, program);
        }
      else
        return hp_xml_unexpected (src, child, "<student> or <compare>", error);
    }
  return TRUE;
}

static gboolean
read_term (HpXmlSource *src,
           xmlNode     *node,
           HpPlan      *plan,
           GError     **error)
{
  g_autofree char *season_text = hp_xml_require (src, node, "season", error);
  HpSeason season;
  double year = 0;
  HpPlanTerm *term;

  if (season_text == NULL)
    return FALSE;
  if (!hp_season_from_string (season_text, &season))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "season",
                           _("“%s” is not a season: expected winter, spring, summer or fall"),
                           season_text);
      return FALSE;
    }
  if (!READ_NUMBER (node, "year", HP_YEAR_MIN, HP_YEAR_MAX, year))
    return FALSE;
  if (year == 0 || year != (int) year)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "year",
                           _("<term> needs a “year” attribute with a whole year, such as 2026"));
      return FALSE;
    }
  if (hp_plan_find_term (plan, HP_TERM_KEY ((int) year, season)) != NULL)
    {
      g_autofree char *label = hp_term_key_format (HP_TERM_KEY ((int) year, season));
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, NULL,
                           _("the term %s appears twice"), label);
      return FALSE;
    }
  term = hp_plan_ensure_term (plan, HP_TERM_KEY ((int) year, season));

  hp_xml_foreach_element (child, node)
    {
      g_autoptr(HpPlanEntry) entry = NULL;
      g_autofree char *code = NULL;
      g_autofree char *status_text = NULL;
      HpStatus status = HP_STATUS_PLANNED;

      if (!hp_xml_is (child, HP_PLAN_NAMESPACE, "course"))
        return hp_xml_unexpected (src, child, "<course>", error);
      if ((code = hp_xml_require (src, child, "code", error)) == NULL)
        return FALSE;
      status_text = hp_xml_get (child, "status");
      if (status_text != NULL && !hp_status_from_string (status_text, &status))
        {
          hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, child, "status",
                               _("“%s” is not a course status: expected planned, in-progress, "
                                 "completed, withdrawn or failed"), status_text);
          return FALSE;
        }
      entry = hp_plan_entry_new (code, status);
      if (!read_grade (src, child, &entry->grade, error) ||
          !READ_NUMBER (child, "credits", HP_COURSE_CREDITS_MIN, HP_COURSE_CREDITS_MAX,
                       entry->credits) ||
          !READ_NUMBER (child, "hours", 0, HP_PRACTICUM_HOURS_MAX, entry->hours))
        return FALSE;
      entry->group = hp_xml_get (child, "group");
      entry->note = hp_xml_text (child);
      g_list_store_append (term->entries, entry);
    }
  return TRUE;
}

static gboolean
read_transfer (HpXmlSource *src,
               xmlNode     *node,
               HpPlan      *plan,
               GError     **error)
{
  g_autoptr(HpTransfer) transfer = hp_transfer_new ();

  if ((transfer->institution = hp_xml_require (src, node, "institution", error)) == NULL ||
      !READ_NUMBER (node, "credits", HP_TRANSFER_CREDITS_MIN, HP_TRANSFER_CREDITS_MAX,
                   transfer->credits) ||
      !read_grade (src, node, &transfer->grade, error))
    return FALSE;
  if (transfer->credits == 0)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, NULL,
                           _("<transfer> needs a “credits” attribute"));
      return FALSE;
    }
  transfer->course = hp_xml_get (node, "course");
  transfer->category = hp_xml_get (node, "category");
  transfer->note = hp_xml_text (node);
  g_list_store_append (plan->transfers, transfer);
  return TRUE;
}

static gboolean
read_exception (HpXmlSource *src,
                xmlNode     *node,
                HpPlan      *plan,
                GError     **error)
{
  g_autofree char *kind_text = hp_xml_require (src, node, "kind", error);
  g_autofree char *course = NULL;
  g_autoptr(HpException) exception = NULL;
  HpExceptionKind kind;
  HpTermKey key;

  if (kind_text == NULL)
    return FALSE;
  if (!hp_exception_kind_from_string (kind_text, &kind))
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "kind",
                           _("“%s” is not a kind of exception: expected waiver, substitution, "
                             "offering or consent"), kind_text);
      return FALSE;
    }
  if ((course = hp_xml_require (src, node, "course", error)) == NULL)
    return FALSE;
  exception = hp_exception_new (kind, course);
  if ((exception->target = hp_xml_require (src, node, "target", error)) == NULL ||
      !READ_DATE (node, "date", exception->date))
    return FALSE;
  if (kind == HP_EXCEPTION_OFFERING && !read_term_key (src, node, "target", &key, error))
    return FALSE;
  exception->program = hp_xml_get (node, "program");
  exception->approved_by = hp_xml_get (node, "approved-by");
  exception->note = hp_xml_text (node);
  g_list_store_append (plan->exceptions, exception);
  return TRUE;
}

/* A score: "correct" of "total" questions, at most that many. */
static gboolean
read_score (HpXmlSource *src,
            xmlNode     *node,
            gboolean     required,
            double      *correct,
            double      *total,
            GError     **error)
{
  g_autofree char *given = hp_xml_get (node, "total");

  if (given == NULL && !required)
    return TRUE;
  if (!READ_NUMBER (node, "correct", 0, HP_PRACTICE_QUESTIONS_MAX, *correct) ||
      !READ_NUMBER (node, "total", 1, HP_PRACTICE_QUESTIONS_MAX, *total))
    return FALSE;
  if (*total == 0 || *correct > *total)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, "correct",
                           _("a practice score needs “total” questions and at most that many "
                             "“correct”"));
      return FALSE;
    }
  return TRUE;
}

/* <practice>: a practice test with its overall score and, per domain,
 * <score>s.  Format 2 wrote one domain per <practice domain="...">. */
static gboolean
read_practice (HpXmlSource  *src,
               xmlNode      *node,
               HpExamTarget *exam,
               GError      **error)
{
  g_autoptr(HpPracticeTest) test = hp_practice_test_new ();
  g_autofree char *domain = hp_xml_get (node, "domain");
  double correct = 0, total = 0;

  if (!READ_DATE (node, "date", test->date))
    return FALSE;
  test->source = hp_xml_get (node, "source");
  if (domain != NULL)
    {
      if (!read_score (src, node, TRUE, &correct, &total, error))
        return FALSE;
      hp_practice_test_add_score (test, domain, correct, total);
    }
  else if (!read_score (src, node, FALSE, &test->correct, &test->total, error))
    return FALSE;

  hp_xml_foreach_element (child, node)
    {
      g_autofree char *id = NULL;

      if (!hp_xml_is (child, HP_PLAN_NAMESPACE, "score"))
        return hp_xml_unexpected (src, child, "<score>", error);
      if ((id = hp_xml_require (src, child, "domain", error)) == NULL ||
          !read_score (src, child, TRUE, &correct, &total, error))
        return FALSE;
      for (guint i = 0; i < test->scores->len; i++)
        if (g_str_equal (((HpDomainScore *) g_ptr_array_index (test->scores, i))->domain, id))
          {
            hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, child, "domain",
                                 _("the domain %s is scored twice in this practice test"), id);
            return FALSE;
          }
      hp_practice_test_add_score (test, id, correct, total);
    }
  if (test->total == 0 && test->scores->len == 0)
    {
      hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, node, NULL,
                           _("a practice test needs a score: “correct” and “total”, or a "
                             "<score> per domain"));
      return FALSE;
    }
  g_list_store_append (exam->tests, test);
  return TRUE;
}

static gboolean
read_exam (HpXmlSource *src,
           xmlNode     *node,
           HpPlan      *plan,
           GError     **error)
{
  g_autofree char *credential = hp_xml_require (src, node, "credential", error);
  g_autoptr(HpExamTarget) exam = NULL;

  if (credential == NULL)
    return FALSE;
  exam = hp_exam_target_new (credential);
  if (!READ_DATE (node, "date", exam->date) ||
      !READ_NUMBER (node, "goal", 0, 100, exam->goal) ||
      !READ_NUMBER (node, "hours-per-week", 0, HP_WEEK_HOURS_MAX, exam->hours_per_week))
    return FALSE;

  hp_xml_foreach_element (child, node)
    {
      if (hp_xml_is (child, HP_PLAN_NAMESPACE, "practice"))
        {
          if (!read_practice (src, child, exam, error))
            return FALSE;
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "study"))
        {
          g_autoptr(HpStudyLog) log = hp_study_log_new ();

          if (!READ_DATE (child, "date", log->date) ||
              !READ_NUMBER (child, "hours", 0, HP_STUDY_HOURS_MAX, log->hours))
            return FALSE;
          if (log->hours <= 0)
            {
              hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, child, "hours",
                                   _("a study log needs its “hours”"));
              return FALSE;
            }
          log->domain = hp_xml_get (child, "domain");
          g_list_store_append (exam->study, log);
        }
      else
        return hp_xml_unexpected (src, child, "<practice> or <study>", error);
    }
  g_list_store_append (plan->exams, exam);
  return TRUE;
}

static int
compare_breaks (gconstpointer a,
                gconstpointer b)
{
  return g_date_compare (&((HpBreak *) a)->from, &((HpBreak *) b)->from);
}

/* Records are kept in time order whatever order the file gives them in. */
static void
sort_store (GListStore       *store,
            GCompareFunc      compare)
{
  g_list_store_sort (store, (GCompareDataFunc) (void (*) (void)) compare, NULL);
}

/* The attributes each element of the format may have.  An attribute the
 * program does not know would be dropped at the next save, so it is refused
 * with its place, like an unknown element. */
static const struct
{
  const char *element;
  const char *attributes[12];
} known_attributes[] = {
  { "plan", { "format", "catalog" } },
  { "profile", { "first-term", "credits-per-term", "summer", "admitted", "tuition-per-credit",
                 "currency", "target" } },
  { "student", { NULL } },
  { "compare", { "program" } },
  { "term", { "season", "year" } },
  { "course", { "code", "status", "grade", "credits", "group", "hours" } },
  { "transfer", { "institution", "course", "category", "credits", "grade" } },
  { "exception", { "kind", "course", "target", "program", "date", "approved-by" } },
  { "exam", { "credential", "date", "goal", "hours-per-week" } },
  { "practice", { "date", "source", "correct", "total", "domain" } },
  { "score", { "domain", "correct", "total" } },
  { "study", { "date", "domain", "hours" } },
  { "availability", { "day", "start", "end", "course", "exam", "title" } },
  { "study-block", { "day", "start", "end", "course", "exam", "title" } },
  { "commitment", { "day", "start", "end", "course", "exam", "title" } },
  { "break", { "from", "to", "kind", "hours" } },
  { "schedule", { "hours-per-credit", "min-session", "max-session", "gap", "daily-max" } },
  { "course-hours", { "course", "hours" } },
  { "block", { "date", "start", "end", "course", "exam", "domain", "kind", "done", "pinned",
               "moved-from", "uid" } },
  { "credential", { "id", "earned" } },
  { "ce", { "credential", "date", "hours", "provider", "category" } },
};

static gboolean
check_attributes (HpXmlSource *src,
                  xmlNode     *node,
                  GError     **error)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      const char * const *allowed = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (child->ns != NULL && xmlStrEqual (child->ns->href, (const xmlChar *) HP_PLAN_NAMESPACE))
        for (guint i = 0; i < G_N_ELEMENTS (known_attributes); i++)
          if (xmlStrEqual (child->name, (const xmlChar *) known_attributes[i].element))
            allowed = known_attributes[i].attributes;
      /* unknown elements are the readers' to report, with what they expect */
      for (xmlAttr *a = allowed ? child->properties : NULL; a != NULL; a = a->next)
        {
          gboolean found = FALSE;

          for (guint i = 0; a->ns == NULL && i < 12 && allowed[i] != NULL && !found; i++)
            found = xmlStrEqual (a->name, (const xmlChar *) allowed[i]);
          if (!found)
            {
              g_autofree char *list = g_strjoinv (", ", (char **) allowed);

              hp_xml_source_error (src, error, HP_FILE_ERROR_INVALID, child, (const char *) a->name,
                                   *list ? _("unknown attribute “%s” on <%s>; it may have: %s")
                                         : _("unknown attribute “%s” on <%s>; it has none"),
                                   (const char *) a->name, (const char *) child->name, list);
              return FALSE;
            }
        }
      if (!check_attributes (src, child->children, error))
        return FALSE;
    }
  return TRUE;
}

static HpPlan *
read_plan (HpXmlSource *src,
           GError     **error)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  xmlNode *root;
  gboolean seen_profile = FALSE;
  gboolean seen_schedule = FALSE;

  if (!hp_xml_check_root (src, HP_PLAN_NAMESPACE, "plan", _("HIT Study Planner plan"),
                          HP_PLAN_FORMAT_VERSION, error))
    return NULL;
  root = hp_xml_source_root (src);
  if (!check_attributes (src, root, error))
    return NULL;
  plan->catalog = hp_xml_get (root, "catalog");
  if (plan->catalog != NULL)
    hp_xml_source_locate (src, root, "catalog", &plan->catalog_line, &plan->catalog_column);

  hp_xml_foreach_element (child, root)
    {
      gboolean ok = TRUE;

      if (hp_xml_is (child, HP_PLAN_NAMESPACE, "profile") && !seen_profile)
        {
          seen_profile = TRUE;
          ok = read_profile (src, child, plan, error);
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "term"))
        ok = read_term (src, child, plan, error);
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "transfer"))
        ok = read_transfer (src, child, plan, error);
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "exception"))
        ok = read_exception (src, child, plan, error);
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "exam"))
        ok = read_exam (src, child, plan, error);
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "availability") ||
               hp_xml_is (child, HP_PLAN_NAMESPACE, "study-block") ||
               hp_xml_is (child, HP_PLAN_NAMESPACE, "commitment"))
        {
          g_autoptr(HpTimeSlot) slot = read_slot (src, child, error);

          ok = slot != NULL;
          if (ok)
            g_list_store_append (g_str_equal (child->name, "availability") ? plan->availability
                                 : g_str_equal (child->name, "commitment") ? plan->commitments
                                 : plan->study_blocks, slot);
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "break"))
        ok = read_break (src, child, plan, error);
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "schedule") && !seen_schedule)
        {
          seen_schedule = TRUE;
          ok = read_schedule (src, child, plan, error);
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "credential"))
        {
          g_autofree char *id = hp_xml_require (src, child, "id", error);
          g_autoptr(HpHeldCredential) held = NULL;

          ok = id != NULL;
          if (ok)
            {
              held = hp_held_credential_new (id);
              ok = READ_DATE (child, "earned", held->earned);
              g_list_store_append (plan->held, held);
            }
        }
      else if (hp_xml_is (child, HP_PLAN_NAMESPACE, "ce"))
        {
          g_autofree char *credential = hp_xml_require (src, child, "credential", error);
          g_autoptr(HpCeEntry) ce = NULL;

          ok = credential != NULL;
          if (ok)
            {
              g_autofree char *hours = hp_xml_require (src, child, "hours", error);

              ce = hp_ce_entry_new (credential);
              /* found by tests/fuzz/run: without hours, 0 was kept and written,
               * and the file saved could not be read again */
              ok = hours != NULL && READ_DATE (child, "date", ce->date) &&
                   READ_NUMBER (child, "hours", HP_CE_HOURS_MIN, HP_CE_HOURS_MAX, ce->hours);
              ce->provider = hp_xml_get (child, "provider");
              ce->category = hp_xml_get (child, "category");
              ce->title = hp_xml_text (child);
              g_list_store_append (plan->ce_entries, ce);
            }
        }
      else
        ok = hp_xml_unexpected (src, child,
                                _("<profile>, <term>, <transfer>, <exception>, <exam>, "
                                  "<availability>, <study-block>, <commitment>, <break>, "
                                  "<schedule>, <credential> or <ce>"), error);
      if (!ok)
        return NULL;
    }
  sort_store (plan->breaks, compare_breaks);
  sort_store (plan->blocks, hp_study_block_compare);

  return g_steal_pointer (&plan);
}

HpPlan *
hp_plan_load_bytes (GBytes     *bytes,
                    const char *name,
                    GError    **error)
{
  g_autoptr(HpXmlSource) src = hp_xml_source_new_bytes (bytes, name, error);

  return src ? read_plan (src, error) : NULL;
}

HpPlan *
hp_plan_load (GFile      *file,
              const char *display_name,
              GError    **error)
{
  g_autoptr(HpXmlSource) src = hp_xml_source_load (file, display_name, error);

  return src ? read_plan (src, error) : NULL;
}

/* Writing ---------------------------------------------------------------- */

static void
write_time (xmlTextWriter *w,
            const char    *attribute,
            guint          minutes)
{
  g_autofree char *value = g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);

  hp_xml_write_string (w, attribute, value);
}

static void
write_breaks (xmlTextWriter *w,
              GListModel    *breaks)
{
  for (guint i = 0; i < g_list_model_get_n_items (breaks); i++)
    {
      g_autoptr(HpBreak) brk = g_list_model_get_item (breaks, i);

      hp_xml_start (w, "break");
      hp_xml_write_date (w, "from", &brk->from);
      if (g_date_compare (&brk->to, &brk->from) != 0)
        hp_xml_write_date (w, "to", &brk->to);
      if (brk->light)
        {
          hp_xml_write_string (w, "kind", "light");
          hp_xml_write_number (w, "hours", brk->hours);
        }
      hp_xml_write_text (w, brk->title);
      hp_xml_end (w);
    }
}

/* <schedule> only when it says something: rules that are not the defaults,
 * the student's hours for a course, or blocks. */
static void
write_schedule (xmlTextWriter *w,
                HpPlan        *plan)
{
  const HpScheduleRules *r = &plan->rules;
  GListModel *blocks = G_LIST_MODEL (plan->blocks);
  g_autofree gpointer *courses = NULL;
  guint n_courses = 0;
  gboolean defaults = r->hours_per_credit == HP_SCHEDULE_HOURS_PER_CREDIT &&
                      r->min_session == HP_SCHEDULE_MIN_SESSION &&
                      r->max_session == HP_SCHEDULE_MAX_SESSION &&
                      r->gap == HP_SCHEDULE_GAP && r->daily_max == HP_SCHEDULE_DAILY_MAX;

  courses = g_hash_table_get_keys_as_array (plan->course_hours, &n_courses);
  if (defaults && n_courses == 0 && g_list_model_get_n_items (blocks) == 0)
    return;
  qsort (courses, n_courses, sizeof (gpointer), hp_str_pointer_compare);

  hp_xml_start (w, "schedule");
  if (r->hours_per_credit != HP_SCHEDULE_HOURS_PER_CREDIT)
    hp_xml_write_number (w, "hours-per-credit", r->hours_per_credit);
  if (r->min_session != HP_SCHEDULE_MIN_SESSION)
    hp_xml_write_number (w, "min-session", r->min_session);
  if (r->max_session != HP_SCHEDULE_MAX_SESSION)
    hp_xml_write_number (w, "max-session", r->max_session);
  if (r->gap != HP_SCHEDULE_GAP)
    hp_xml_write_number (w, "gap", r->gap);
  if (r->daily_max != HP_SCHEDULE_DAILY_MAX)
    hp_xml_write_number (w, "daily-max", r->daily_max);
  for (guint i = 0; i < n_courses; i++)
    {
      hp_xml_start (w, "course-hours");
      hp_xml_write_string (w, "course", courses[i]);
      hp_xml_write_number (w, "hours", *(double *) g_hash_table_lookup (plan->course_hours,
                                                                         courses[i]));
      hp_xml_end (w);
    }
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(HpStudyBlock) b = g_list_model_get_item (blocks, i);

      hp_xml_start (w, "block");
      hp_xml_write_date (w, "date", &b->date);
      write_time (w, "start", b->start);
      write_time (w, "end", b->end);
      hp_xml_write_string (w, "course", b->course);
      hp_xml_write_string (w, "exam", b->exam);
      hp_xml_write_string (w, "domain", b->domain);
      if (b->kind != HP_BLOCK_STUDY)
        hp_xml_write_string (w, "kind", hp_block_kind_to_string (b->kind));
      if (b->done)
        hp_xml_write_string (w, "done", "yes");
      if (b->pinned)
        hp_xml_write_string (w, "pinned", "yes");
      if (g_date_valid (&b->moved_date))
        {
          g_autofree char *day = hp_date_to_string (&b->moved_date);
          g_autofree char *moved = g_strdup_printf ("%s %02u:%02u", day, b->moved_start / 60,
                                                    b->moved_start % 60);
          hp_xml_write_string (w, "moved-from", moved);
        }
      hp_xml_write_string (w, "uid", b->uid);
      hp_xml_write_text (w, b->note);
      hp_xml_end (w);
    }
  hp_xml_end (w);
}

static void
write_slots (xmlTextWriter *w,
             GListModel    *slots,
             const char    *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(HpTimeSlot) slot = g_list_model_get_item (slots, i);

      hp_xml_start (w, name);
      hp_xml_write_string (w, "day", day_ids[slot->day % 7]);
      write_time (w, "start", slot->start);
      write_time (w, "end", slot->end);
      hp_xml_write_string (w, "course", slot->course);
      hp_xml_write_string (w, "exam", slot->exam);
      hp_xml_write_string (w, "title", slot->title);
      hp_xml_end (w);
    }
}

/* The bundled sample plan, which the app opens on first use. */
GFile *
hp_plan_sample_file (void)
{
  return hp_data_file ("samples", "sample.hitplan");
}

GBytes *
hp_plan_to_bytes (HpPlan *plan)
{
  xmlBuffer *buffer;
  xmlTextWriter *w;
  GListModel *terms;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  w = hp_xml_writer_new (&buffer);
  hp_xml_start (w, "plan");
  hp_xml_write_string (w, "xmlns", HP_PLAN_NAMESPACE);
  hp_xml_write_number (w, "format", HP_PLAN_FORMAT_VERSION);
  hp_xml_write_string (w, "catalog", plan->catalog);

  hp_xml_start (w, "profile");
  if (plan->first_term != 0)
    {
      g_autofree char *first = hp_term_key_to_id (plan->first_term);
      hp_xml_write_string (w, "first-term", first);
    }
  if (plan->credits_per_term > 0)
    hp_xml_write_number (w, "credits-per-term", plan->credits_per_term);
  if (plan->take_summer)
    hp_xml_write_string (w, "summer", "yes");
  if (plan->admitted != 0)
    {
      g_autofree char *admitted = hp_term_key_to_id (plan->admitted);
      hp_xml_write_string (w, "admitted", admitted);
    }
  if (plan->tuition_per_credit > 0)
    hp_xml_write_number (w, "tuition-per-credit", plan->tuition_per_credit);
  if (g_strcmp0 (plan->currency, "USD") != 0)
    hp_xml_write_string (w, "currency", plan->currency);
  hp_xml_write_string (w, "target", plan->target_program);
  hp_xml_write_element (w, "student", plan->student);
  for (guint i = 0; i < plan->compare_programs->len; i++)
    {
      hp_xml_start (w, "compare");
      hp_xml_write_string (w, "program", g_ptr_array_index (plan->compare_programs, i));
      hp_xml_end (w);
    }
  hp_xml_end (w);

  terms = G_LIST_MODEL (plan->terms);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(HpPlanTerm) term = g_list_model_get_item (terms, i);
      GListModel *entries = G_LIST_MODEL (term->entries);

      hp_xml_start (w, "term");
      hp_xml_write_string (w, "season", hp_season_to_string (HP_TERM_KEY_SEASON (term->key)));
      hp_xml_write_number (w, "year", HP_TERM_KEY_YEAR (term->key));
      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(HpPlanEntry) entry = g_list_model_get_item (entries, j);

          hp_xml_start (w, "course");
          hp_xml_write_string (w, "code", entry->course);
          hp_xml_write_string (w, "status", hp_status_to_string (entry->status));
          hp_xml_write_string (w, "grade", entry->grade);
          if (entry->credits > 0)
            hp_xml_write_number (w, "credits", entry->credits);
          hp_xml_write_string (w, "group", entry->group);
          if (entry->hours > 0)
            hp_xml_write_number (w, "hours", entry->hours);
          hp_xml_write_text (w, entry->note);
          hp_xml_end (w);
        }
      hp_xml_end (w);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->transfers)); i++)
    {
      g_autoptr(HpTransfer) t = g_list_model_get_item (G_LIST_MODEL (plan->transfers), i);

      hp_xml_start (w, "transfer");
      hp_xml_write_string (w, "institution", t->institution);
      hp_xml_write_string (w, "course", t->course);
      hp_xml_write_string (w, "category", t->category);
      hp_xml_write_number (w, "credits", t->credits);
      hp_xml_write_string (w, "grade", t->grade);
      hp_xml_write_text (w, t->note);
      hp_xml_end (w);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->exceptions)); i++)
    {
      g_autoptr(HpException) e = g_list_model_get_item (G_LIST_MODEL (plan->exceptions), i);

      hp_xml_start (w, "exception");
      hp_xml_write_string (w, "kind", hp_exception_kind_to_string (e->kind));
      hp_xml_write_string (w, "course", e->course);
      hp_xml_write_string (w, "target", e->target);
      hp_xml_write_string (w, "program", e->program);
      hp_xml_write_date (w, "date", &e->date);
      hp_xml_write_string (w, "approved-by", e->approved_by);
      hp_xml_write_text (w, e->note);
      hp_xml_end (w);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->exams)); i++)
    {
      g_autoptr(HpExamTarget) exam = g_list_model_get_item (G_LIST_MODEL (plan->exams), i);
      GListModel *tests = G_LIST_MODEL (exam->tests);
      GListModel *study = G_LIST_MODEL (exam->study);

      hp_xml_start (w, "exam");
      hp_xml_write_string (w, "credential", exam->credential);
      hp_xml_write_date (w, "date", &exam->date);
      if (exam->goal > 0)
        hp_xml_write_number (w, "goal", exam->goal);
      if (exam->hours_per_week > 0)
        hp_xml_write_number (w, "hours-per-week", exam->hours_per_week);
      for (guint j = 0; j < g_list_model_get_n_items (tests); j++)
        {
          g_autoptr(HpPracticeTest) t = g_list_model_get_item (tests, j);

          hp_xml_start (w, "practice");
          hp_xml_write_date (w, "date", &t->date);
          hp_xml_write_string (w, "source", t->source);
          if (t->total > 0)
            {
              hp_xml_write_number (w, "correct", t->correct);
              hp_xml_write_number (w, "total", t->total);
            }
          for (guint k = 0; k < t->scores->len; k++)
            {
              HpDomainScore *score = g_ptr_array_index (t->scores, k);

              hp_xml_start (w, "score");
              hp_xml_write_string (w, "domain", score->domain);
              hp_xml_write_number (w, "correct", score->correct);
              hp_xml_write_number (w, "total", score->total);
              hp_xml_end (w);
            }
          hp_xml_end (w);
        }
      for (guint j = 0; j < g_list_model_get_n_items (study); j++)
        {
          g_autoptr(HpStudyLog) log = g_list_model_get_item (study, j);

          hp_xml_start (w, "study");
          hp_xml_write_date (w, "date", &log->date);
          hp_xml_write_string (w, "domain", log->domain);
          hp_xml_write_number (w, "hours", log->hours);
          hp_xml_end (w);
        }
      hp_xml_end (w);
    }

  write_slots (w, G_LIST_MODEL (plan->availability), "availability");
  write_slots (w, G_LIST_MODEL (plan->study_blocks), "study-block");
  write_slots (w, G_LIST_MODEL (plan->commitments), "commitment");
  write_breaks (w, G_LIST_MODEL (plan->breaks));
  write_schedule (w, plan);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->held)); i++)
    {
      g_autoptr(HpHeldCredential) h = g_list_model_get_item (G_LIST_MODEL (plan->held), i);

      hp_xml_start (w, "credential");
      hp_xml_write_string (w, "id", h->credential);
      hp_xml_write_date (w, "earned", &h->earned);
      hp_xml_end (w);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan->ce_entries)); i++)
    {
      g_autoptr(HpCeEntry) ce = g_list_model_get_item (G_LIST_MODEL (plan->ce_entries), i);

      hp_xml_start (w, "ce");
      hp_xml_write_string (w, "credential", ce->credential);
      hp_xml_write_date (w, "date", &ce->date);
      hp_xml_write_number (w, "hours", ce->hours);
      hp_xml_write_string (w, "provider", ce->provider);
      hp_xml_write_string (w, "category", ce->category);
      hp_xml_write_text (w, ce->title);
      hp_xml_end (w);
    }

  hp_xml_end (w);
  return hp_xml_writer_finish (w, buffer);
}

/* Saves @plan atomically (see hp_xml_save_full ()); @notice, when given,
 * says if the file's owner or group could not be kept. */
gboolean
hp_plan_save_full (HpPlan  *plan,
                   GFile   *file,
                   char   **notice,
                   GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = hp_plan_to_bytes (plan);
  return hp_xml_save_full (file, bytes, HP_SAVE_BACKUP, notice, error);
}

gboolean
hp_plan_save (HpPlan  *plan,
              GFile   *file,
              GError **error)
{
  return hp_plan_save_full (plan, file, NULL, error);
}
