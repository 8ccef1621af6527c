/* hp-plan.h: a student's plan: profile, terms of courses, transfer credits, exceptions,
 * exam preparation, study time and credentials held
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records are small GObjects kept in GListStores, so views bind to them
 * directly.  Their fields are public to read; the app changes them only
 * through document commands, which notify the views.
 */
#pragma once

#include <gio/gio.h>

#include "hp-types.h"

G_BEGIN_DECLS

#define HP_PLAN_NAMESPACE      "urn:io.github.hitplanner:plan"
/* 2: the profile says whether the student takes summer terms (summer="yes")
 * and when they were admitted to the program (admitted="fall 2026"); an
 * instructor's consent is an exception (kind="consent")
 * 3: practice tests, study logs, goals and hours of exam targets; CE categories
 * 4: commitments, breaks, and the <schedule> of dated study blocks with its rules */
#define HP_PLAN_FORMAT_VERSION 4
/* Without a limit of the student's own, a term may hold what most colleges
 * allow without an advisor's approval (full time starts at 12). */
#define HP_PLAN_DEFAULT_LOAD   18.0

typedef enum
{
  HP_EXCEPTION_WAIVER,       /* a prerequisite waived for a course */
  HP_EXCEPTION_SUBSTITUTION, /* a course counted toward a requirement group */
  HP_EXCEPTION_OFFERING,     /* a course allowed in a term it is not offered */
  HP_EXCEPTION_CONSENT,      /* an instructor's consent to a course instead of its prerequisites */
  HP_N_EXCEPTION_KINDS /*< skip >*/
} HpExceptionKind;

#define HP_TYPE_PLAN_ENTRY (hp_plan_entry_get_type ())
G_DECLARE_FINAL_TYPE (HpPlanEntry, hp_plan_entry, HP, PLAN_ENTRY, GObject)
struct _HpPlanEntry
{
  GObject  parent_instance;
  char    *course;   /* catalog code, e.g. "HIT 110" */
  HpStatus status;
  char    *grade;    /* NULL until graded */
  double   credits;  /* 0: the catalog's credits */
  char    *group;    /* requirement group the student pinned it to, or NULL */
  double   hours;    /* practicum hours logged so far */
  char    *note;
};

#define HP_TYPE_PLAN_TERM (hp_plan_term_get_type ())
G_DECLARE_FINAL_TYPE (HpPlanTerm, hp_plan_term, HP, PLAN_TERM, GObject)
struct _HpPlanTerm
{
  GObject     parent_instance;
  HpTermKey   key;
  GListStore *entries; /* of HpPlanEntry */
};

#define HP_TYPE_TRANSFER (hp_transfer_get_type ())
G_DECLARE_FINAL_TYPE (HpTransfer, hp_transfer, HP, TRANSFER, GObject)
struct _HpTransfer
{
  GObject parent_instance;
  char   *institution;
  char   *course;      /* the catalog course it stands for, or NULL for elective credit */
  char   *category;    /* for elective credit: the catalog category it counts as */
  double  credits;
  char   *grade;       /* transfer grades never count in the GPA */
  char   *note;
};

#define HP_TYPE_EXCEPTION (hp_exception_get_type ())
G_DECLARE_FINAL_TYPE (HpException, hp_exception, HP, EXCEPTION, GObject)
struct _HpException
{
  GObject         parent_instance;
  HpExceptionKind kind;
  char           *course;
  char           *target;   /* waived prerequisite, requirement group, or term ("fall 2026") */
  char           *program;  /* substitution: the program whose group it fills */
  GDate           date;     /* when it was granted; invalid when not recorded */
  char           *approved_by;
  char           *note;
};

/* One domain's part of a practice test. */
typedef struct
{
  char   *domain;   /* the credential's domain id */
  double  correct;
  double  total;
} HpDomainScore;

#define HP_TYPE_PRACTICE_TEST (hp_practice_test_get_type ())
G_DECLARE_FINAL_TYPE (HpPracticeTest, hp_practice_test, HP, PRACTICE_TEST, GObject)
struct _HpPracticeTest
{
  GObject    parent_instance;
  GDate      date;
  char      *source;   /* which practice test: "AHIMA practice exam A" */
  double     correct;  /* the overall score when given; 0 and 0: the sum of the domains */
  double     total;
  GPtrArray *scores;   /* of HpDomainScore*, in the credential's domain order */
};

#define HP_TYPE_STUDY_LOG (hp_study_log_get_type ())
G_DECLARE_FINAL_TYPE (HpStudyLog, hp_study_log, HP, STUDY_LOG, GObject)
struct _HpStudyLog
{
  GObject parent_instance;
  GDate   date;
  char   *domain;   /* the credential's domain id, or NULL for the whole exam */
  double  hours;
};

#define HP_TYPE_EXAM_TARGET (hp_exam_target_get_type ())
G_DECLARE_FINAL_TYPE (HpExamTarget, hp_exam_target, HP, EXAM_TARGET, GObject)
struct _HpExamTarget
{
  GObject     parent_instance;
  char       *credential;
  GDate       date;           /* the exam date; invalid when not booked */
  double      goal;           /* percent correct aimed at; 0: the exam's passing share, else 70 */
  double      hours_per_week; /* study time the student has for it; 0: not said */
  GListStore *tests;          /* of HpPracticeTest, oldest first */
  GListStore *study;          /* of HpStudyLog, oldest first */
};

#define HP_TYPE_TIME_SLOT (hp_time_slot_get_type ())
G_DECLARE_FINAL_TYPE (HpTimeSlot, hp_time_slot, HP, TIME_SLOT, GObject)
struct _HpTimeSlot
{
  GObject parent_instance;
  guint   day;      /* 0 Monday .. 6 Sunday */
  guint   start;    /* minutes after midnight */
  guint   end;
  char   *course;   /* study blocks: the course studied, or NULL */
  char   *exam;     /* study blocks: the exam prepared, or NULL */
  char   *title;
};

/* A day off studying (light = FALSE) or a lighter day (at most @hours),
 * from @from to @to, both included: a term break, a holiday. */
#define HP_TYPE_BREAK (hp_break_get_type ())
G_DECLARE_FINAL_TYPE (HpBreak, hp_break, HP, BREAK, GObject)
struct _HpBreak
{
  GObject  parent_instance;
  GDate    from;
  GDate    to;
  gboolean light;
  double   hours;   /* light days: the most study hours on each day */
  char    *title;
};

typedef enum
{
  HP_BLOCK_STUDY,   /* a course's weekly study time, or an exam's preparation */
  HP_BLOCK_REVIEW,  /* a spaced review of something studied before */
  HP_N_BLOCK_KINDS /*< skip >*/
} HpBlockKind;

/* One dated session of the study schedule. */
#define HP_TYPE_STUDY_BLOCK (hp_study_block_get_type ())
G_DECLARE_FINAL_TYPE (HpStudyBlock, hp_study_block, HP, STUDY_BLOCK, GObject)
struct _HpStudyBlock
{
  GObject     parent_instance;
  GDate       date;
  guint       start;      /* minutes after midnight, local time */
  guint       end;
  char       *course;     /* the course studied, or NULL */
  char       *exam;       /* or the credential whose exam is prepared */
  char       *domain;     /* exam blocks: the domain, or NULL for the whole exam */
  HpBlockKind kind;
  gboolean    done;       /* the student marked it done: its hours are logged */
  gboolean    pinned;     /* placed by the student: regenerating keeps it */
  char       *uid;        /* stays the same across exports */
  GDate       moved_date; /* where a missed block was before it moved; invalid if it did not */
  guint       moved_start;
  char       *note;
};

/* How the study schedule is made (hours-per-credit etc. in the file). */
typedef struct
{
  double hours_per_credit; /* weekly study hours per credit hour */
  guint  min_session;      /* minutes */
  guint  max_session;
  guint  gap;              /* minutes between two sessions */
  guint  daily_max;        /* minutes of study on one day */
} HpScheduleRules;

#define HP_SCHEDULE_HOURS_PER_CREDIT 2.0
#define HP_SCHEDULE_MIN_SESSION      30
#define HP_SCHEDULE_MAX_SESSION      120
#define HP_SCHEDULE_GAP              15
#define HP_SCHEDULE_DAILY_MAX        240

#define HP_TYPE_HELD_CREDENTIAL (hp_held_credential_get_type ())
G_DECLARE_FINAL_TYPE (HpHeldCredential, hp_held_credential, HP, HELD_CREDENTIAL, GObject)
struct _HpHeldCredential
{
  GObject parent_instance;
  char   *credential;
  GDate   earned;   /* the day the exam was passed: the first CE cycle starts here */
};

#define HP_TYPE_CE_ENTRY (hp_ce_entry_get_type ())
G_DECLARE_FINAL_TYPE (HpCeEntry, hp_ce_entry, HP, CE_ENTRY, GObject)
struct _HpCeEntry
{
  GObject parent_instance;
  char   *credential;
  GDate   date;
  double  hours;
  char   *title;
  char   *provider;
  char   *category;  /* what the body counts it as ("hiim"), or NULL */
};

#define HP_TYPE_PLAN (hp_plan_get_type ())
G_DECLARE_FINAL_TYPE (HpPlan, hp_plan, HP, PLAN, GObject)
struct _HpPlan
{
  GObject     parent_instance;

  /* the catalog: a catalog's id, or a path relative to the plan; where the
   * file names it, for messages about it (0 when not read from a file) */
  char       *catalog;
  int         catalog_line;
  int         catalog_column;

  /* profile */
  char       *student;
  HpTermKey   first_term;        /* 0: not set */
  double      credits_per_term;  /* 0: HP_PLAN_DEFAULT_LOAD */
  gboolean    take_summer;       /* the student takes summer terms (when the college runs them) */
  HpTermKey   admitted;          /* the term of admission to the target program; 0: not recorded */
  double      tuition_per_credit;
  char       *currency;
  char       *target_program;
  GPtrArray  *compare_programs;  /* of char* */

  GListStore *terms;             /* of HpPlanTerm, in time order */
  GListStore *transfers;         /* of HpTransfer */
  GListStore *exceptions;        /* of HpException */
  GListStore *exams;             /* of HpExamTarget */
  GListStore *availability;      /* of HpTimeSlot: when the student can study, each week */
  GListStore *study_blocks;      /* of HpTimeSlot: fixed weekly study time the student set */
  GListStore *commitments;       /* of HpTimeSlot: classes, work shifts (title) */
  GListStore *breaks;            /* of HpBreak, by first day */
  HpScheduleRules rules;
  GHashTable *course_hours;      /* course code -> double*: weekly study hours, for the default */
  GListStore *blocks;            /* of HpStudyBlock, by date and start */
  GListStore *held;              /* of HpHeldCredential */
  GListStore *ce_entries;        /* of HpCeEntry */
};

/* A course's attempt: the entry and the term it is in (both owned by the plan). */
typedef struct
{
  HpPlanEntry *entry;
  HpPlanTerm  *term;
} HpAttempt;

HpPlan        *hp_plan_new                (void);
HpPlanTerm    *hp_plan_find_term          (HpPlan       *plan,
                                           HpTermKey     key);
HpPlanTerm    *hp_plan_ensure_term        (HpPlan       *plan,
                                           HpTermKey     key);
HpExamTarget  *hp_plan_find_exam          (HpPlan       *plan,
                                           const char   *credential,
                                           guint        *index);
HpPlanEntry   *hp_plan_find_entry         (HpPlan       *plan,
                                           const char   *course,
                                           HpPlanTerm  **term);
GHashTable    *hp_plan_counting_attempts  (HpPlan       *plan);
gboolean       hp_plan_entry_passed       (HpPlanEntry  *entry);
double         hp_plan_load_limit         (HpPlan       *plan);
HpTermKey      hp_plan_current_or_next_term (HpPlan     *plan,
                                           const GDate  *today);
HpTermKey      hp_plan_suggest_term       (HpPlan       *plan,
                                           const GDate  *today);
HpTermKey      hp_plan_neighbour_term     (HpPlan       *plan,
                                           HpTermKey     key,
                                           int           direction);
gboolean       hp_plan_equal              (HpPlan       *a,
                                           HpPlan       *b);
void           hp_plan_take_contents      (HpPlan       *self,
                                           HpPlan       *from);

HpPlanTerm    *hp_plan_term_new           (HpTermKey     key);
HpPlanEntry   *hp_plan_entry_new          (const char   *course,
                                           HpStatus      status);
HpTransfer    *hp_transfer_new            (void);
HpException   *hp_exception_new           (HpExceptionKind kind,
                                           const char   *course);
HpExamTarget  *hp_exam_target_new         (const char   *credential);
HpPracticeTest *hp_practice_test_new      (void);
void           hp_practice_test_add_score (HpPracticeTest *test,
                                           const char   *domain,
                                           double        correct,
                                           double        total);
gboolean       hp_practice_test_overall   (HpPracticeTest *test,
                                           double       *correct,
                                           double       *total);
HpStudyLog    *hp_study_log_new           (void);
HpTimeSlot    *hp_time_slot_new           (guint         day,
                                           guint         start,
                                           guint         end);
HpBreak       *hp_break_new               (void);
HpStudyBlock  *hp_study_block_new         (const GDate  *date,
                                           guint         start,
                                           guint         end);
HpStudyBlock  *hp_study_block_copy        (HpStudyBlock *block);
int            hp_study_block_compare     (gconstpointer a,
                                           gconstpointer b);
char          *hp_study_block_make_uid    (HpStudyBlock *block);
double         hp_plan_course_hours       (HpPlan       *plan,
                                           const char   *course,
                                           double        credits);
void           hp_plan_set_course_hours   (HpPlan       *plan,
                                           const char   *course,
                                           double        hours);
HpHeldCredential *hp_held_credential_new  (const char   *credential);
HpCeEntry     *hp_ce_entry_new            (const char   *credential);

const char    *hp_exception_kind_to_string (HpExceptionKind kind);
const char    *hp_block_kind_to_string    (HpBlockKind   kind);
gboolean       hp_block_kind_from_string  (const char   *text,
                                           HpBlockKind  *kind);
gboolean       hp_exception_kind_from_string (const char *text,
                                              HpExceptionKind *kind);

/* hp-plan-io.c */
HpPlan        *hp_plan_load               (GFile        *file,
                                           const char   *display_name,
                                           GError      **error);
HpPlan        *hp_plan_load_bytes         (GBytes       *bytes,
                                           const char   *name,
                                           GError      **error);
GBytes        *hp_plan_to_bytes           (HpPlan       *plan);
GFile         *hp_plan_sample_file        (void);
gboolean       hp_plan_save_full          (HpPlan       *plan,
                                           GFile        *file,
                                           char        **notice,
                                           GError      **error);
gboolean       hp_plan_save               (HpPlan       *plan,
                                           GFile        *file,
                                           GError      **error);

G_END_DECLS
