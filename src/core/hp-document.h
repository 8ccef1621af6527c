/* hp-document.h: one open plan: its file, its catalog, its edits, undo and redo
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-autoplan.h"
#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-schedule.h"

G_BEGIN_DECLS

/* What hp_document_set_profile () changes; NULL strings clear. */
typedef struct
{
  const char  *student;
  HpTermKey    first_term;
  HpTermKey    admitted;     /* admitted to the target program; 0: not recorded */
  double       credits_per_term;
  gboolean     take_summer;
  double       tuition_per_credit;
  const char  *target_program;
  const char * const *compare_programs;
} HpProfile;

#define HP_TYPE_DOCUMENT (hp_document_get_type ())
G_DECLARE_FINAL_TYPE (HpDocument, hp_document, HP, DOCUMENT, GObject)

HpDocument *hp_document_new               (HpPlan       *plan,
                                           HpCatalog    *catalog,
                                           GFile        *file);
HpDocument *hp_document_load              (GFile        *file,
                                           GFile        *catalog_file,
                                           const char   *display_name,
                                           GError      **error);
HpDocument *hp_document_load_draft  (GFile        *draft,
                                     GFile        *original,
                                     GError      **error);
HpDocument *hp_document_load_sample       (GError      **error);
HpDocument *hp_document_new_for_program   (const char   *catalog,
                                           const char   *program_id,
                                           HpTermKey     first_term);
void        hp_document_load_async        (GFile        *file,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer      data);
void        hp_document_load_sample_async (GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             data);
HpDocument *hp_document_load_finish       (GAsyncResult *result,
                                           GError      **error);
const GError *hp_document_get_catalog_error (HpDocument *self);
HpPlan     *hp_document_get_plan          (HpDocument   *self);
HpCatalog  *hp_document_get_catalog       (HpDocument   *self);
char       *hp_document_get_catalog_reference (HpDocument *self);
GFile      *hp_document_get_file          (HpDocument   *self);
char       *hp_document_get_display_name  (HpDocument   *self);
gboolean    hp_document_get_modified      (HpDocument   *self);
gboolean    hp_document_can_undo          (HpDocument   *self);
gboolean    hp_document_can_redo          (HpDocument   *self);
const char *hp_document_get_undo_label    (HpDocument   *self);
const char *hp_document_get_redo_label    (HpDocument   *self);

gboolean    hp_document_save              (HpDocument   *self,
                                           GFile        *file,
                                           GError      **error);
gboolean    hp_document_reload            (HpDocument   *self,
                                           GError      **error);
char       *hp_document_take_save_notice (HpDocument *self);
gboolean    hp_document_changed_on_disk   (HpDocument   *self);
gboolean    hp_document_reload_catalog    (HpDocument   *self,
                                           GError      **error);
void        hp_document_undo              (HpDocument   *self);
void        hp_document_redo              (HpDocument   *self);

gboolean    hp_document_add_course        (HpDocument   *self,
                                           HpTermKey     term,
                                           const char   *code,
                                           GError      **error);
gboolean    hp_document_fill_terms        (HpDocument   *self,
                                           const char   *program_id,
                                           const GDate  *today,
                                           HpAutoplan  **autoplan,
                                           GError      **error);
gboolean    hp_document_move_entry        (HpDocument   *self,
                                           HpTermKey     from,
                                           guint         index,
                                           HpTermKey     to,
                                           GError      **error);
gboolean    hp_document_remove_entry      (HpDocument   *self,
                                           HpTermKey     term,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_set_entry         (HpDocument   *self,
                                           HpTermKey     term,
                                           guint         index,
                                           HpStatus      status,
                                           const char   *grade,
                                           double        hours,
                                           GError      **error);
gboolean    hp_document_add_term          (HpDocument   *self,
                                           HpTermKey     term,
                                           GError      **error);
gboolean    hp_document_remove_term       (HpDocument   *self,
                                           HpTermKey     term,
                                           GError      **error);
gboolean    hp_document_rename_term       (HpDocument   *self,
                                           HpTermKey     from,
                                           HpTermKey     to,
                                           GError      **error);
gboolean    hp_document_set_profile       (HpDocument   *self,
                                           const HpProfile *profile,
                                           GError      **error);
gboolean    hp_document_set_catalog       (HpDocument   *self,
                                           const char   *reference,
                                           GError      **error);
gboolean    hp_document_set_target        (HpDocument   *self,
                                           const char   *program_id,
                                           GError      **error);
gboolean    hp_document_set_compare_list  (HpDocument   *self,
                                           const char * const *program_ids,
                                           GError      **error);
gboolean    hp_document_set_compared      (HpDocument   *self,
                                           const char   *program_id,
                                           gboolean      compare,
                                           GError      **error);
gboolean    hp_document_add_transfer      (HpDocument   *self,
                                           HpTransfer   *transfer,
                                           GError      **error);
gboolean    hp_document_remove_transfer   (HpDocument   *self,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_add_exception     (HpDocument   *self,
                                           HpException  *exception,
                                           GError      **error);
gboolean    hp_document_remove_exception  (HpDocument   *self,
                                           guint         index,
                                           GError      **error);
/* hp-document-exam.c */
gboolean    hp_document_set_exam          (HpDocument   *self,
                                           const char   *credential,
                                           const GDate  *date,
                                           double        goal,
                                           double        hours_per_week,
                                           GError      **error);
gboolean    hp_document_remove_exam       (HpDocument   *self,
                                           const char   *credential,
                                           GError      **error);
gboolean    hp_document_add_practice      (HpDocument   *self,
                                           const char   *credential,
                                           HpPracticeTest *test,
                                           GError      **error);
gboolean    hp_document_replace_practice  (HpDocument   *self,
                                           const char   *credential,
                                           guint         index,
                                           HpPracticeTest *test,
                                           GError      **error);
gboolean    hp_document_remove_practice   (HpDocument   *self,
                                           const char   *credential,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_add_study         (HpDocument   *self,
                                           const char   *credential,
                                           HpStudyLog   *log,
                                           GError      **error);
gboolean    hp_document_remove_study      (HpDocument   *self,
                                           const char   *credential,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_add_held          (HpDocument   *self,
                                           HpHeldCredential *held,
                                           GError      **error);
gboolean    hp_document_remove_held       (HpDocument   *self,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_add_ce            (HpDocument   *self,
                                           HpCeEntry    *entry,
                                           GError      **error);
gboolean    hp_document_remove_ce         (HpDocument   *self,
                                           guint         index,
                                           GError      **error);

/* hp-document-schedule.c */
gboolean    hp_document_set_availability  (HpDocument   *self,
                                           GPtrArray    *slots,
                                           GError      **error);
gboolean    hp_document_set_commitment    (HpDocument   *self,
                                           guint         index,
                                           HpTimeSlot   *slot,
                                           GError      **error);
gboolean    hp_document_remove_commitment (HpDocument   *self,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_add_break         (HpDocument   *self,
                                           HpBreak      *brk,
                                           GError      **error);
gboolean    hp_document_remove_break      (HpDocument   *self,
                                           guint         index,
                                           GError      **error);
gboolean    hp_document_set_schedule_rules (HpDocument  *self,
                                           const HpScheduleRules *rules,
                                           GError      **error);
gboolean    hp_document_set_course_hours  (HpDocument   *self,
                                           const char   *course,
                                           double        hours,
                                           GError      **error);
gboolean    hp_document_apply_schedule    (HpDocument   *self,
                                           HpScheduleResult *result,
                                           GError      **error);
HpStudyBlock *hp_document_find_block      (HpDocument   *self,
                                           const char   *uid,
                                           guint        *index);
gboolean    hp_document_set_block         (HpDocument   *self,
                                           const char   *uid,
                                           HpStudyBlock *block,
                                           GError      **error);
gboolean    hp_document_move_block        (HpDocument   *self,
                                           const char   *uid,
                                           const GDate  *date,
                                           guint         start,
                                           guint         end,
                                           GError      **error);
gboolean    hp_document_remove_block      (HpDocument   *self,
                                           const char   *uid,
                                           GError      **error);
gboolean    hp_document_set_block_done    (HpDocument   *self,
                                           const char   *uid,
                                           gboolean      done,
                                           GError      **error);

G_END_DECLS
