/* hp-record.h: one way to write the core's record classes
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record is a final GObject with public fields that owns only what they
 * point to (strings, arrays, stores, other records): a plan's entries,
 * a catalog's courses, an audit's group results.  It has no properties or
 * signals, so its class needs nothing but a finalize that frees those
 * fields; init (written by hand) creates the arrays and stores that must
 * never be NULL.  Private to the core.
 */
#pragma once

#include <glib-object.h>

/* Defines Type (final, derived from GObject), its finalize, which runs
 * @free_fields with `self` pointing to the instance, and its class_init.
 * Write type_init after it. */
#define HP_DEFINE_RECORD(Type, type, free_fields)                 \
  G_DEFINE_FINAL_TYPE (Type, type, G_TYPE_OBJECT)                 \
  static void type##_finalize (GObject *object)                   \
  {                                                               \
    Type *self = (Type *) object;                                 \
    free_fields;                                                  \
    G_OBJECT_CLASS (type##_parent_class)->finalize (object);      \
  }                                                               \
  static void type##_class_init (Type##Class *klass)              \
  {                                                               \
    G_OBJECT_CLASS (klass)->finalize = type##_finalize;           \
  }
