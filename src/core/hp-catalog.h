/* hp-catalog.h: a college's catalog: courses, programs with requirement groups, credentials
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the plan's records, catalog objects have public fields to read; a
 * catalog is read from a file and never changed afterwards.
 */
#pragma once

#include <gio/gio.h>

#include "hp-types.h"

G_BEGIN_DECLS

#define HP_CATALOG_NAMESPACE      "urn:io.github.hitplanner:catalog"
/* The catalog of a plan that names none: the bundled example. */
#define HP_CATALOG_DEFAULT_ID     "hit-example"
#define HP_CATALOG_ID_MAX         64
/* 2: summer and prerequisite-grade on the catalog; co-requisites taken
 * together; concurrent and recent prerequisites, the instructor's consent;
 * unknown offerings and credits; admission; program levels, accreditors and
 * minimum grades; credentials eligible by level and accreditor; a group
 * drawing from several categories. */
#define HP_CATALOG_FORMAT_VERSION 3

/* A prerequisite expression: a course with a minimum grade, or all-of /
 * any-of over other expressions, nested as deep as a catalog needs. */
typedef enum
{
  HP_REQUISITE_COURSE,
  HP_REQUISITE_ALL_OF,
  HP_REQUISITE_ANY_OF,
} HpRequisiteKind;

typedef struct _HpRequisite HpRequisite;
struct _HpRequisite
{
  HpRequisiteKind kind;
  char           *course;       /* HP_REQUISITE_COURSE */
  char           *min_grade;    /* HP_REQUISITE_COURSE; NULL: any passing grade */
  gboolean        concurrent;   /* HP_REQUISITE_COURSE: or taken in the same term */
  guint           within_years; /* HP_REQUISITE_COURSE: passed at most this many years before; 0: ever */
  GPtrArray      *children;     /* of HpRequisite, for ALL_OF and ANY_OF */
};

HpRequisite *hp_requisite_new_course (const char  *course,
                                      const char  *min_grade);
HpRequisite *hp_requisite_new_group  (HpRequisiteKind kind);
void         hp_requisite_free       (HpRequisite *requisite);
char        *hp_requisite_describe   (const HpRequisite *requisite);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpRequisite, hp_requisite_free)

#define HP_TYPE_COURSE (hp_course_get_type ())
G_DECLARE_FINAL_TYPE (HpCourse, hp_course, HP, COURSE, GObject)
struct _HpCourse
{
  GObject      parent_instance;
  char        *code;        /* "HIT 150" */
  char        *title;
  char        *description;
  char        *category;    /* "hit", "science", "math", "english", ... */
  double       credits;     /* 0 when unknown */
  double       max_credits; /* > credits for variable-credit courses, else equal */
  gboolean     credits_unknown; /* the catalog does not say: never counted as 0 */
  guint        offered;     /* bit (1 << HpSeason) per season it is offered (every one when unknown) */
  gboolean     offered_unknown; /* the catalog does not say: never a problem */
  gboolean     transfers;   /* counts toward the BS transfer block */
  gboolean     admission;   /* only for students admitted to the program */
  double       hours;       /* practicum: supervised hours required, or 0 */
  HpRequisite *prerequisites; /* NULL: none */
  gboolean     consent;     /* or the instructor's consent instead of the prerequisites */
  GPtrArray   *corequisites;  /* of char*: courses taken the same term or before */
  GPtrArray   *together;      /* of char*: courses taken in the same term */
};

/* How far a program takes a student, in order. */
typedef enum
{
  HP_LEVEL_CERTIFICATE,
  HP_LEVEL_ASSOCIATE,
  HP_LEVEL_BACHELOR,
  HP_LEVEL_MASTER,
} HpProgramLevel;

typedef enum
{
  HP_GROUP_ALL,     /* every listed course */
  HP_GROUP_COURSES, /* N courses from the list */
  HP_GROUP_CREDITS, /* N credits from the list or pool */
} HpGroupRule;

typedef enum
{
  HP_POOL_LISTED,      /* only the listed courses */
  HP_POOL_ANY,         /* any course of the catalog */
  HP_POOL_TRANSFERABLE,/* any course marked transfers="yes" */
  HP_POOL_CATEGORY,    /* any course of pool_category */
} HpPool;

#define HP_TYPE_REQUIREMENT (hp_requirement_get_type ())
G_DECLARE_FINAL_TYPE (HpRequirement, hp_requirement, HP, REQUIREMENT, GObject)
struct _HpRequirement
{
  GObject     parent_instance;
  char       *id;
  char       *title;
  HpGroupRule rule;
  double      count;    /* courses or credits needed (HP_GROUP_ALL: number of courses) */
  HpPool      pool;
  char       *pool_category; /* as written: one category, or several separated by spaces */
  GStrv       pool_categories;
  char       *min_grade;    /* a course counts only with this grade or better; NULL: passing */
  GPtrArray  *courses;  /* of char*; add with hp_requirement_add_course () */
  GHashTable *listed;   /* the same codes, for quick look-ups */
};

typedef struct
{
  char  *title;
  double median_wage;   /* annual, USD; 0 when no source gives it */
  char  *wage_date;     /* "May 2021" */
  double growth;        /* percent */
  char  *growth_period; /* "2021-2031" */
  char  *source;        /* a source id of the catalog */
} HpOccupation;

#define HP_TYPE_PROGRAM (hp_program_get_type ())
G_DECLARE_FINAL_TYPE (HpProgram, hp_program, HP, PROGRAM, GObject)
struct _HpProgram
{
  GObject     parent_instance;
  char       *id;
  char       *name;
  char       *kind;          /* "certificate", "as", "aas", "bs" */
  HpProgramLevel level;
  char       *accreditor;    /* the body that accredits it ("CAHIIM"), or NULL */
  char       *min_grade;     /* a course counts only with this grade or better; NULL: passing */
  char       *description;
  double      credits;       /* total credits to graduate */
  guint       terms;         /* typical length in fall/spring terms at a full load */
  double      tuition_per_credit;
  char       *accreditation;
  gboolean    sharing;       /* may one course count toward several groups? */
  char       *admission;     /* e.g. "an associate degree or 60 transferable credits" */
  GPtrArray  *credentials;   /* of char*: credential ids it leads to */
  GPtrArray  *occupations;   /* of HpOccupation* */
  GListStore *requirements;  /* of HpRequirement */
};

/* A domain's share of the exam as one source publishes it. */
typedef struct
{
  double weight_min;  /* percent of the exam */
  double weight_max;
  char  *source;      /* source id, or NULL */
} HpDomainWeight;

typedef struct
{
  char      *id;
  char      *title;
  double     weight_min;  /* percent of the exam; 0 when not published */
  double     weight_max;
  char      *source;      /* where the weight comes from, or NULL */
  GPtrArray *other_weights; /* of HpDomainWeight*: what other sources say, where they disagree */
} HpExamDomain;

/* What the exam costs someone ("AHIMA members", "others"). */
typedef struct
{
  double amount;
  char  *who;
  char  *currency;    /* ISO 4217 */
  char  *source;
} HpExamFee;

/* How continuing-education cycles run. */
typedef enum
{
  HP_CE_CYCLE_ANNIVERSARY, /*< nick=anniversary >*/ /* from the day earned, every N years */
  HP_CE_CYCLE_CALENDAR,    /*< nick=calendar >*/    /* ending on 31 December */
} HpCeCycle;

/* Completing a program of at least @level, accredited by @accreditor when
 * it is not NULL, makes a student eligible. */
typedef struct
{
  HpProgramLevel level;
  char          *accreditor;
} HpEligibilityRule;

#define HP_TYPE_CREDENTIAL (hp_credential_get_type ())
G_DECLARE_FINAL_TYPE (HpCredential, hp_credential, HP, CREDENTIAL, GObject)
struct _HpCredential
{
  GObject    parent_instance;
  char      *id;            /* "RHIT" */
  char      *name;
  char      *body;          /* "AHIMA" */
  char      *eligibility;   /* the rule in words */
  GPtrArray *eligible_programs; /* of char*: completing any of these makes a student eligible */
  GPtrArray *eligible_rules;    /* of HpEligibilityRule*: or a program these describe */
  gboolean   open;          /* no program needed (e.g. CCA: a high-school diploma) */
  GPtrArray *recommended;   /* of char*: courses the body recommends before the exam */
  guint      questions;     /* 0 when unknown */
  guint      scored;
  guint      minutes;
  char      *passing;       /* "300 (scaled 100-400)", "70%" */
  double     passing_percent; /* the share correct that passes, when published; 0 otherwise */
  gboolean   early_testing; /* students near completion may test before finishing */
  guint      window_days;   /* days to test after approval; 0 when not published */
  guint      retake_days;   /* days to wait before a retake; 0 when not published */
  char      *exam_source;   /* source id of the exam's facts */
  GPtrArray *domains;       /* of HpExamDomain* */
  GPtrArray *fees;          /* of HpExamFee* */
  double     ce_hours;      /* per cycle; 0 when unknown */
  guint      ce_years;
  HpCeCycle  ce_cycle;
  gboolean   ce_combined;   /* one cycle for all of the body's combined credentials */
  double     ce_added;      /* combined: hours each further credential adds */
  double     ce_max;        /* combined: the most a cycle asks; 0 for no limit */
  double     ce_share;      /* percent of the hours that must be in ce_share_category; 0: none */
  char      *ce_share_category;
  char      *ce_source;
  char      *ce_note;
  char      *note;          /* what else a student should know, e.g. where sources disagree */
  GPtrArray *sources;       /* of char*: source ids */
};

typedef struct
{
  char *id;
  char *title;
  char *url;
  GDate read;   /* the day it was read; invalid when not given */
} HpSource;

#define HP_TYPE_CATALOG (hp_catalog_get_type ())
G_DECLARE_FINAL_TYPE (HpCatalog, hp_catalog, HP, CATALOG, GObject)
struct _HpCatalog
{
  GObject     parent_instance;
  char       *id;
  char       *title;
  char       *institution;
  gboolean    example;      /* made-up codes, offerings and prices: say so */
  gboolean    summer;       /* the college runs summer terms (the default) */
  char       *prerequisite_grade; /* the minimum grade of a prerequisite that names none */
  char       *notice;
  GPtrArray  *sources;      /* of HpSource* */
  GListStore *courses;      /* of HpCourse, in file order */
  GListStore *programs;     /* of HpProgram */
  GListStore *credentials;  /* of HpCredential */
  GHashTable *course_index; /* code -> HpCourse (borrowed) */
};

HpCatalog    *hp_catalog_new              (void);
void          hp_catalog_add_course       (HpCatalog   *catalog,
                                           HpCourse    *course);
HpCourse     *hp_catalog_find_course      (HpCatalog   *catalog,
                                           const char  *code);
HpProgram    *hp_catalog_find_program     (HpCatalog   *catalog,
                                           const char  *id);
HpCredential *hp_catalog_find_credential  (HpCatalog   *catalog,
                                           const char  *id);
HpSource     *hp_catalog_find_source      (HpCatalog   *catalog,
                                           const char  *id);
/* A prerequisite loop no student could ever get into, as the codes round
 * it with the first repeated at the end; NULL when there is none.  Every
 * course a prerequisite names must be in the catalog. */
GStrv         hp_catalog_find_prerequisite_cycle (HpCatalog *catalog);

HpCourse     *hp_course_new               (const char  *code);
gboolean      hp_course_offered_in        (HpCourse    *course,
                                           HpSeason     season);
char         *hp_course_describe_offered  (HpCourse    *course);
HpProgram    *hp_program_new              (const char  *id);
HpRequirement *hp_requirement_new         (const char  *id);
void          hp_requirement_add_course   (HpRequirement *group,
                                           const char    *code);
gboolean      hp_requirement_lists        (HpRequirement *group,
                                           const char    *code);
gboolean      hp_requirement_accepts      (HpRequirement *group,
                                           HpCourse      *course);
HpExamDomain *hp_exam_domain_new          (void);
HpCredential *hp_credential_new           (const char  *id);
gboolean      hp_credential_eligible_through (HpCredential *credential,
                                           HpProgram    *program);
const char   *hp_program_level_to_string  (HpProgramLevel level);
HpProgramLevel hp_program_level_for_kind  (const char  *kind);
const char   *hp_group_rule_to_string     (HpGroupRule  rule);
const char   *hp_pool_to_string           (HpPool       pool);

/* hp-catalog-io.c */
HpCatalog    *hp_catalog_load             (GFile       *file,
                                           const char  *display_name,
                                           GError     **error);
HpCatalog    *hp_catalog_load_bytes       (GBytes      *bytes,
                                           const char  *name,
                                           GError     **error);
HpCatalog    *hp_catalog_install          (GFile       *file,
                                           const char  *display_name,
                                           gboolean     replace,
                                           GError     **error);
/* hp-catalog-write.c */
GBytes       *hp_catalog_to_bytes         (HpCatalog   *catalog);

/* hp-catalog-check.c */
GPtrArray    *hp_catalog_check_programs   (HpCatalog   *catalog);

/* hp-catalog.c */
gboolean      hp_catalog_id_is_valid      (const char  *id);
GFile        *hp_catalog_installed_file   (const char  *id);
gboolean      hp_catalog_id_is_bundled    (const char  *id);
char         *hp_catalog_cite             (HpCatalog   *catalog,
                                           const char  *source_id);
GFile        *hp_catalog_locate           (const char  *reference,
                                           GFile       *plan_file);
HpCatalog    *hp_catalog_load_for_plan    (const char  *reference,
                                           GFile       *plan_file,
                                           const char  *plan_name,
                                           int          line,
                                           int          column,
                                           GError     **error);

G_END_DECLS
