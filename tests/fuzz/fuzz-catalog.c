/* fuzz-catalog.c: libFuzzer harness for the catalog reader and its checks
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the bytes: no crash, no sanitizer report, no endless loop; a
 * catalog that reads writes back to bytes that read again; the checks of
 * its programs run on it.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "hp-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(HpCatalog) again = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  catalog = hp_catalog_load_bytes (bytes, "fuzz.hitcatalog", NULL);
  if (catalog == NULL)
    return 0;

  written = hp_catalog_to_bytes (catalog);
  again = hp_catalog_load_bytes (written, "written.hitcatalog", NULL);
  if (again == NULL)
    abort ();   /* a catalog the reader accepts must read back once written */
  warnings = hp_catalog_check_programs (catalog);
  return 0;
}
