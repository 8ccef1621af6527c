/* hp-document-profile.c: the document's edit of the student's profile
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-limits.h"


gboolean
hp_document_set_profile (HpDocument      *self,
                         const HpProfile *profile,
                         GError         **error)
{
  HpPlan *plan;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  /* 0 credits per term: the plan follows the default (HP_PLAN_DEFAULT_LOAD). */
  if ((profile->credits_per_term != 0 &&
       (profile->credits_per_term < HP_CREDITS_PER_TERM_MIN ||
        profile->credits_per_term > HP_CREDITS_PER_TERM_MAX)) ||
      profile->tuition_per_credit < 0 || profile->tuition_per_credit > HP_TUITION_MAX)
    {
      g_set_error (error, HP_EDIT_ERROR, HP_EDIT_ERROR_INVALID,
                   _("Credits per term must be from %d to %d, and tuition from 0 to %d"),
                   HP_CREDITS_PER_TERM_MIN, HP_CREDITS_PER_TERM_MAX, HP_TUITION_MAX);
      return FALSE;
    }

  _hp_document_begin (self);
  plan = self->plan;
  g_free (plan->student);
  plan->student = profile->student && *profile->student ? g_strdup (profile->student) : NULL;
  plan->first_term = profile->first_term;
  plan->credits_per_term = profile->credits_per_term;
  plan->take_summer = profile->take_summer;
  plan->tuition_per_credit = profile->tuition_per_credit;
  g_free (plan->target_program);
  plan->target_program = g_strdup (profile->target_program);
  g_ptr_array_set_size (plan->compare_programs, 0);
  for (guint i = 0; profile->compare_programs && profile->compare_programs[i]; i++)
    g_ptr_array_add (plan->compare_programs, g_strdup (profile->compare_programs[i]));
  return _hp_document_commit (self, g_strdup (_("Change Profile")));
}
