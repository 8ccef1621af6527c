/* hp-xml.h: the secure XML reader and the small helpers every file format shares
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

G_BEGIN_DECLS

/* Files larger than this are refused before parsing: the biggest real
 * catalog is a few megabytes, so this leaves room for a whole university. */
#define HP_XML_MAX_SIZE  (64 * 1024 * 1024)
/* Our formats nest six or seven elements deep; anything deeper is hostile. */
#define HP_XML_MAX_DEPTH 32

typedef struct _HpXmlSource HpXmlSource;

HpXmlSource *hp_xml_source_load        (GFile        *file,
                                        const char   *display_name,
                                        GError      **error);
HpXmlSource *hp_xml_source_new_bytes   (GBytes       *bytes,
                                        const char   *display_name,
                                        GError      **error);
void         hp_xml_source_free        (HpXmlSource  *source);
xmlNode     *hp_xml_source_root        (HpXmlSource  *source);
GBytes      *hp_xml_source_get_bytes   (HpXmlSource  *source);
void         hp_xml_source_locate      (HpXmlSource  *source,
                                        xmlNode      *node,
                                        const char   *attribute,
                                        int          *line,
                                        int          *column);
void         hp_xml_source_error       (HpXmlSource  *source,
                                        GError      **error,
                                        int           code,
                                        xmlNode      *node,
                                        const char   *attribute,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (6, 7);

gboolean     hp_xml_is                 (xmlNode      *node,
                                        const char   *ns,
                                        const char   *name);
xmlNode     *hp_xml_first_element      (xmlNode      *parent);
xmlNode     *hp_xml_next_element       (xmlNode      *node);
char        *hp_xml_get                (xmlNode      *node,
                                        const char   *attribute);
char        *hp_xml_text               (xmlNode      *node);

char        *hp_xml_require            (HpXmlSource  *source,
                                        xmlNode      *node,
                                        const char   *attribute,
                                        GError      **error);
gboolean     hp_xml_number             (HpXmlSource  *source,
                                        xmlNode      *node,
                                        const char   *attribute,
                                        double        min,
                                        double        max,
                                        double       *value,
                                        GError      **error);
gboolean     hp_xml_yes_no             (HpXmlSource  *source,
                                        xmlNode      *node,
                                        const char   *attribute,
                                        gboolean     *value,
                                        GError      **error);
gboolean     hp_xml_date               (HpXmlSource  *source,
                                        xmlNode      *node,
                                        const char   *attribute,
                                        GDate        *value,
                                        GError      **error);
gboolean     hp_xml_only_once          (HpXmlSource  *source,
                                        xmlNode      *node,
                                        GError      **error);
gboolean     hp_xml_unexpected         (HpXmlSource  *source,
                                        xmlNode      *node,
                                        const char   *expected,
                                        GError      **error);
gboolean     hp_xml_check_root         (HpXmlSource  *source,
                                        const char   *ns,
                                        const char   *name,
                                        const char   *kind,
                                        int           max_version,
                                        GError      **error);

xmlTextWriter *hp_xml_writer_new       (xmlBuffer   **buffer);
GBytes      *hp_xml_writer_finish      (xmlTextWriter *writer,
                                        xmlBuffer    *buffer);
void         hp_xml_write_string       (xmlTextWriter *writer,
                                        const char   *attribute,
                                        const char   *value);
void         hp_xml_write_date         (xmlTextWriter *writer,
                                        const char   *attribute,
                                        const GDate  *date);
void         hp_xml_write_number       (xmlTextWriter *writer,
                                        const char   *attribute,
                                        double        value);
void         hp_xml_start              (xmlTextWriter *writer,
                                        const char   *name);
void         hp_xml_end                (xmlTextWriter *writer);
void         hp_xml_write_text         (xmlTextWriter *writer,
                                        const char   *text);
void         hp_xml_write_element      (xmlTextWriter *writer,
                                        const char   *name,
                                        const char   *text);
typedef enum
{
  HP_SAVE_BACKUP = 1 << 0,   /* keep the version replaced in the user's state folder */
} HpSaveFlags;

char        *hp_xml_backup_dir         (const char   *target);
gboolean     hp_xml_save_full          (GFile        *file,
                                        GBytes       *bytes,
                                        HpSaveFlags   flags,
                                        char        **notice,
                                        GError      **error);
gboolean     hp_xml_save               (GFile        *file,
                                        GBytes       *bytes,
                                        GError      **error);
char        *hp_xml_format_number      (double        value);

#define hp_xml_foreach_element(child, parent) \
  for (xmlNode *child = hp_xml_first_element (parent); child != NULL; \
       child = hp_xml_next_element (child))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpXmlSource, hp_xml_source_free)

G_END_DECLS
