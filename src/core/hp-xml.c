/* hp-xml.c: the secure XML reader and the small helpers every file format shares
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hitplanner-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "hp-error.h"
#include "hp-types.h"
#include "hp-xml.h"

struct _HpXmlSource
{
  char   *name;        /* what the user calls the file: its path */
  GBytes *bytes;
  GArray *line_starts; /* byte offset of each line, for columns of elements */
  xmlDoc *doc;
};

typedef struct
{
  const char *name;
  GError     *error;   /* the first problem only: one precise error */
  gboolean    refused; /* a DOCTYPE was seen and parsing stopped */
} ParseState;

/* libxml2 reports through this callback instead of printing to stderr.
 * Only the first error is kept; later ones are usually consequences.
 */
static void
structured_error_cb (void        *user_data,
                     xmlErrorPtr  xerror)
{
  ParseState *state = user_data;
  g_autofree char *message = NULL;

  if (state->error != NULL || xerror->level < XML_ERR_ERROR)
    return;

  if (xerror->code == XML_ERR_INVALID_CHAR || xerror->code == XML_ERR_INVALID_ENCODING)
    {
      hp_set_file_error (&state->error, HP_FILE_ERROR_MALFORMED, state->name,
                         xerror->line, xerror->int2,
                         _("the text is not valid UTF-8; save the file as UTF-8"));
      return;
    }

  /* libxml2's messages end in newlines and sometimes span lines. */
  message = g_strdup (xerror->message ? xerror->message : "unknown error");
  g_strdelimit (message, "\n", ' ');
  g_strstrip (message);
  hp_set_file_error (&state->error, HP_FILE_ERROR_MALFORMED, state->name,
                     xerror->line, xerror->int2,
                     _("this is not well-formed XML (%s)"), message);
}

/* Our files never need a document type declaration, and declaring entities is
 * how the billion-laughs and external-entity attacks begin: stop at once.
 */
static void
internal_subset_cb (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (state->error == NULL)
    hp_set_file_error (&state->error, HP_FILE_ERROR_UNSAFE, state->name,
                       xmlSAX2GetLineNumber (ctxt), xmlSAX2GetColumnNumber (ctxt),
                       _("the file declares a document type (<!DOCTYPE>); "
                         "HIT Study Planner files never use one, so it is refused for safety"));
  state->refused = TRUE;
  xmlStopParser (ctxt);
}

/* The first element nested deeper than the limit, or NULL. */
static xmlNode *
too_deep (xmlNode *node,
          int      depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (depth + 1 > HP_XML_MAX_DEPTH)
        return child;
      if ((found = too_deep (child, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

/* The bytes the source was read from, exactly as they were read. */
GBytes *
hp_xml_source_get_bytes (HpXmlSource *source)
{
  return source->bytes;
}

HpXmlSource *
hp_xml_source_new_bytes (GBytes     *bytes,
                         const char *display_name,
                         GError    **error)
{
  g_autoptr(HpXmlSource) source = NULL;
  ParseState state = { display_name, NULL, FALSE };
  xmlParserCtxt *ctxt;
  const char *data;
  gsize size;
  xmlNode *deepest;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > HP_XML_MAX_SIZE)
    {
      /* The size as a number first: a format macro inside _() would cut the
       * message that translators see at the macro. */
      g_autofree char *megabytes = g_strdup_printf ("%" G_GSIZE_FORMAT, size / (1024 * 1024));

      hp_set_file_error (error, HP_FILE_ERROR_TOO_LARGE, display_name, 0, 0,
                         _("the file is %s MB, over the limit of %d MB"),
                         megabytes, HP_XML_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (size == 0)
    {
      hp_set_file_error (error, HP_FILE_ERROR_MALFORMED, display_name, 1, 1,
                         _("the file is empty"));
      return NULL;
    }

  source = g_new0 (HpXmlSource, 1);
  source->name = g_strdup (display_name);
  source->bytes = g_bytes_ref (bytes);

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("out of memory creating an XML parser");
  ctxt->_private = &state;
  ctxt->sax->internalSubset = internal_subset_cb;
  xmlSetStructuredErrorFunc (&state, structured_error_cb);

  /* NONET: never touch the network.  No NOENT (entities are never
   * substituted), no DTDLOAD, no XINCLUDE and no HUGE: libxml2's own limits on
   * names, text and depth stay on.  BIG_LINES keeps line numbers past 65535. */
  source->doc = xmlCtxtReadMemory (ctxt, data, (int) size, display_name, NULL,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR |
                                   XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES |
                                   XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc (NULL, NULL);

  if (state.error == NULL && (source->doc == NULL || !ctxt->wellFormed))
    hp_set_file_error (&state.error, HP_FILE_ERROR_MALFORMED, display_name,
                       ctxt->input ? ctxt->input->line : 0,
                       ctxt->input ? ctxt->input->col : 0,
                       _("this is not well-formed XML"));
  xmlFreeParserCtxt (ctxt);

  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      return NULL;
    }

  if (source->doc->intSubset != NULL || source->doc->extSubset != NULL)
    {
      hp_set_file_error (error, HP_FILE_ERROR_UNSAFE, display_name, 1, 1,
                         _("the file declares a document type; it is refused for safety"));
      return NULL;
    }

  if ((deepest = too_deep ((xmlNode *) source->doc, 0)) != NULL)
    {
      hp_xml_source_error (source, error, HP_FILE_ERROR_TOO_LARGE, deepest, NULL,
                           _("elements are nested more than %d deep"), HP_XML_MAX_DEPTH);
      return NULL;
    }

  return g_steal_pointer (&source);
}

static HpXmlSource *
too_large (const char *name,
           goffset     size,
           GError    **error)
{
  /* The number first: a format macro inside _() would cut the msgid. */
  g_autofree char *megabytes = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                (gint64) (size / (1024 * 1024)));

  hp_set_file_error (error, HP_FILE_ERROR_TOO_LARGE, name, 0, 0,
                     _("the file is %s MB, over the limit of %d MB"), megabytes,
                     HP_XML_MAX_SIZE / (1024 * 1024));
  return NULL;
}

/* The file's bytes, never more than the limit however it changes while it
 * is read: a file that grows past it is refused, not read to the end. */
static GBytes *
read_bounded (GFile      *file,
              const char *name,
              GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &local_error);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree guint8 *buffer = g_malloc (65536);
  gssize n;

  if (stream == NULL)
    {
      hp_set_file_error (error, HP_FILE_ERROR_READ, name, 0, 0,
                         _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 65536, NULL,
                                   &local_error)) > 0)
    {
      if (data->len + (gsize) n > HP_XML_MAX_SIZE)
        {
          too_large (name, data->len + n, error);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }
  if (n < 0)
    {
      hp_set_file_error (error, HP_FILE_ERROR_READ, name, 0, 0,
                         _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

HpXmlSource *
hp_xml_source_load (GFile      *file,
                    const char *display_name,
                    GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Messages name the file as the user gave it (the command line passes
   * what was typed); otherwise by its full path. */
  name = display_name ? g_strdup (display_name) : g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  /* Ask the size first, so a huge file is refused without reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        hp_set_file_error (error, HP_FILE_ERROR_NOT_FOUND, name, 0, 0,
                           _("there is no such file"));
      else
        hp_set_file_error (error, HP_FILE_ERROR_READ, name, 0, 0,
                           _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      hp_set_file_error (error, HP_FILE_ERROR_READ, name, 0, 0,
                         _("this is a folder, not a file"));
      return NULL;
    }
  /* A device, a pipe or a socket never ends, or blocks: /dev/zero would be
   * read until memory runs out, /dev/stdin would wait forever. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      hp_set_file_error (error, HP_FILE_ERROR_READ, name, 0, 0,
                         _("this is not a regular file (a device, a pipe or a socket)"));
      return NULL;
    }
  if (g_file_info_get_size (info) > HP_XML_MAX_SIZE)
    return too_large (name, g_file_info_get_size (info), error);

  if ((bytes = read_bounded (file, name, error)) == NULL)
    return NULL;
  return hp_xml_source_new_bytes (bytes, name, error);
}

void
hp_xml_source_free (HpXmlSource *source)
{
  if (source == NULL)
    return;
  g_clear_pointer (&source->doc, xmlFreeDoc);
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_clear_pointer (&source->line_starts, g_array_unref);
  g_free (source->name);
  g_free (source);
}

xmlNode *
hp_xml_source_root (HpXmlSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);
  return xmlDocGetRootElement (source->doc);
}

static void
ensure_line_starts (HpXmlSource *source)
{
  const char *data;
  gsize size;

  if (source->line_starts != NULL)
    return;

  data = g_bytes_get_data (source->bytes, &size);
  source->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (source->line_starts, (gsize) { 0 });
  for (gsize i = 0; i < size; i++)
    if (data[i] == '\n')
      {
        gsize next = i + 1;
        g_array_append_val (source->line_starts, next);
      }
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.' || c == ':';
}

static gboolean
count_before (xmlNode *from,
              xmlNode *node,
              long     line,
              int     *count)
{
  for (xmlNode *n = from; n != NULL; n = n->next)
    {
      if (n == node)
        return TRUE;
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlGetLineNo (n) == line && xmlStrEqual (n->name, node->name))
        (*count)++;
      if (count_before (n->children, node, line, count))
        return TRUE;
    }
  return FALSE;
}

/* The tree keeps only the line of an element.  The column is found again in
 * the bytes: the element's start tag begins on that line, and an attribute
 * follows it inside the tag.  Columns count characters, as editors do.
 */
/* Where @node (or its @attribute, when not NULL) starts in the file. */
void
hp_xml_source_locate (HpXmlSource *source,
                      xmlNode     *node,
                      const char  *attribute,
                      int         *line,
                      int         *column)
{
  const char *data;
  gsize size, pos, start, line_start;
  long lineno;
  int l, skip = 0;

  g_return_if_fail (source != NULL);

  *line = 0;
  *column = 0;
  if (node == NULL)
    return;

  lineno = xmlGetLineNo (node);
  if (lineno <= 0)
    return;
  *line = (int) lineno;
  *column = 1;

  ensure_line_starts (source);
  if ((guint) lineno > source->line_starts->len)
    return;

  /* Several elements of one name may start on one line: find which. */
  count_before (source->doc->children, node, lineno, &skip);

  data = g_bytes_get_data (source->bytes, &size);
  line_start = g_array_index (source->line_starts, gsize, lineno - 1);
  pos = line_start;
  start = G_MAXSIZE;

  /* libxml2 gives the line where the start tag ends for some nodes, so look
   * back a few lines as well. */
  for (int back = 0; back < 4 && start == G_MAXSIZE; back++)
    {
      gsize ln = (gsize) lineno - 1 >= (gsize) back ? (gsize) lineno - 1 - back : 0;
      gsize from = g_array_index (source->line_starts, gsize, ln);
      gsize to = ln + 1 < source->line_starts->len
                 ? g_array_index (source->line_starts, gsize, ln + 1) : size;
      gsize name_len = strlen ((const char *) node->name);

      for (gsize i = from; i + 1 + name_len <= to; i++)
        {
          const char *tag = data + i + 1;
          const char *local;
          gsize prefix_len = 0;

          if (data[i] != '<')
            continue;
          while (i + 1 + prefix_len < to && is_name_char (tag[prefix_len]) && tag[prefix_len] != ':')
            prefix_len++;
          local = (i + 1 + prefix_len < to && tag[prefix_len] == ':') ? tag + prefix_len + 1 : tag;
          if ((gsize) (local - data) + name_len <= size &&
              strncmp (local, (const char *) node->name, name_len) == 0 &&
              ((gsize) (local - data) + name_len == size || !is_name_char (local[name_len])) &&
              (back > 0 || skip-- == 0))
            {
              start = i;
              line_start = from;
              *line = (int) ln + 1;
              break;
            }
        }
    }
  if (start == G_MAXSIZE)
    return;
  pos = start;

  if (attribute != NULL)
    {
      gsize attr_len = strlen (attribute);
      char quote = 0;

      for (gsize i = start + 1; i < size && data[i] != '>'; i++)
        {
          if (quote != 0)
            {
              if (data[i] == quote)
                quote = 0;
              continue;
            }
          if (data[i] == '"' || data[i] == '\'')
            {
              quote = data[i];
              continue;
            }
          if (!is_name_char (data[i - 1]) && i + attr_len < size &&
              strncmp (data + i, attribute, attr_len) == 0 &&
              !is_name_char (data[i + attr_len]))
            {
              pos = i;
              break;
            }
        }
      /* The attribute may sit on a later line of a long start tag. */
      for (gsize i = start; i < pos; i++)
        if (data[i] == '\n')
          {
            (*line)++;
            line_start = i + 1;
          }
    }

  l = (int) g_utf8_strlen (data + line_start, pos - line_start);
  *column = l + 1;
}

void
hp_xml_source_error (HpXmlSource *source,
                     GError     **error,
                     int          code,
                     xmlNode     *node,
                     const char  *attribute,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line = 0, column = 0;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  hp_xml_source_locate (source, node, attribute, &line, &column);
  hp_set_file_error (error, code, source->name, line, column, "%s", message);
}

gboolean
hp_xml_is (xmlNode    *node,
           const char *ns,
           const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (g_strcmp0 ((const char *) node->name, name) != 0)
    return FALSE;
  if (ns == NULL)
    return node->ns == NULL;
  return node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, ns) == 0;
}

xmlNode *
hp_xml_first_element (xmlNode *parent)
{
  for (xmlNode *child = parent ? parent->children : NULL; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return child;
  return NULL;
}

xmlNode *
hp_xml_next_element (xmlNode *node)
{
  for (xmlNode *next = node ? node->next : NULL; next; next = next->next)
    if (next->type == XML_ELEMENT_NODE)
      return next;
  return NULL;
}

char *
hp_xml_get (xmlNode    *node,
            const char *attribute)
{
  xmlChar *value;
  char *copy;

  /* Entities are never substituted, so an attribute's value is almost
   * always one text node: copy it straight, without libxml2's own copy. */
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns == NULL && xmlStrEqual (attr->name, (const xmlChar *) attribute))
      {
        if (attr->children == NULL)
          return g_strdup ("");
        if (attr->children->type == XML_TEXT_NODE && attr->children->next == NULL)
          return g_strdup ((const char *) attr->children->content);
        break;
      }

  value = xmlGetNoNsProp (node, (const xmlChar *) attribute);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Element text with surrounding white space removed; NULL when empty. */
char *
hp_xml_text (xmlNode *node)
{
  xmlChar *value;
  char *copy;

  if (node->children != NULL && node->children->next == NULL &&
      node->children->type == XML_TEXT_NODE)
    {
      copy = g_strstrip (g_strdup ((const char *) node->children->content));
      if (*copy == '\0')
        g_clear_pointer (&copy, g_free);
      return copy;
    }

  value = xmlNodeGetContent (node);
  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

/* An attribute the format requires; its absence is the error. */
char *
hp_xml_require (HpXmlSource *source,
                xmlNode     *node,
                const char  *attribute,
                GError     **error)
{
  char *value = hp_xml_get (node, attribute);

  if (value == NULL || *value == '\0')
    {
      g_free (value);
      hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, node, NULL,
                           _("<%s> needs a “%s” attribute"), (const char *) node->name,
                           attribute);
      return NULL;
    }
  return value;
}

/* An optional number within [min, max]; *value is left alone when absent. */
gboolean
hp_xml_number (HpXmlSource *source,
               xmlNode     *node,
               const char  *attribute,
               double       min,
               double       max,
               double      *value,
               GError     **error)
{
  g_autofree char *text = hp_xml_get (node, attribute);
  char *end = NULL;
  double v;

  if (text == NULL)
    return TRUE;

  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(v >= min && v <= max))
    {
      g_autofree char *smin = hp_xml_format_number (min);
      g_autofree char *smax = hp_xml_format_number (max);

      hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, node, attribute,
                           _("“%s” is not a valid value for %s: expected a number from %s to %s"),
                           text, attribute, smin, smax);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

/* An optional "yes" or "no"; @value is left as it is when the attribute
 * is missing, so it holds the default. */
gboolean
hp_xml_yes_no (HpXmlSource *source,
               xmlNode     *node,
               const char  *attribute,
               gboolean    *value,
               GError     **error)
{
  g_autofree char *text = hp_xml_get (node, attribute);

  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "yes") || g_str_equal (text, "no"))
    {
      *value = g_str_equal (text, "yes");
      return TRUE;
    }
  hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, node, attribute,
                       _("“%s” is not valid for %s: expected yes or no"), text, attribute);
  return FALSE;
}

/* An optional date in the form YYYY-MM-DD that names a real day. */
gboolean
hp_xml_date (HpXmlSource *source,
             xmlNode     *node,
             const char  *attribute,
             GDate       *value,
             GError     **error)
{
  g_autofree char *text = hp_xml_get (node, attribute);

  if (text == NULL)
    return TRUE;
  if (!hp_date_parse (text, value))
    {
      hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, node, attribute,
                           _("“%s” is not a valid date: expected YYYY-MM-DD"), text);
      return FALSE;
    }
  return TRUE;
}

/* @date as YYYY-MM-DD; nothing when it is not set. */
void
hp_xml_write_date (xmlTextWriter *writer,
                   const char    *attribute,
                   const GDate   *date)
{
  g_autofree char *text = NULL;

  if (!g_date_valid (date))
    return;
  text = hp_date_to_string (date);
  hp_xml_write_string (writer, attribute, text);
}

gboolean
hp_xml_unexpected (HpXmlSource *source,
                   xmlNode     *node,
                   const char  *expected,
                   GError     **error)
{
  hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, node, NULL,
                       _("unexpected element <%s> in <%s>; expected %s"),
                       (const char *) node->name,
                       node->parent ? (const char *) node->parent->name : "",
                       expected);
  return FALSE;
}

/* An element that may appear once in its parent (a <title>, a <name>): a
 * second one is an error with its place, never a value silently dropped. */
gboolean
hp_xml_only_once (HpXmlSource *source,
                  xmlNode     *node,
                  GError     **error)
{
  for (xmlNode *prev = node->prev; prev != NULL; prev = prev->prev)
    if (prev->type == XML_ELEMENT_NODE && xmlStrEqual (prev->name, node->name) &&
        prev->ns == node->ns)
      {
        hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, node, NULL,
                             _("<%s> appears twice in <%s>; it may appear once"),
                             (const char *) node->name,
                             node->parent ? (const char *) node->parent->name : "");
        return FALSE;
      }
  return TRUE;
}

/* The root element names the kind of file, its namespace the format, and its
 * format attribute the version.  A newer version is refused with a message
 * saying so, rather than half-read and saved back with parts missing. */
gboolean
hp_xml_check_root (HpXmlSource *source,
                   const char  *ns,
                   const char  *name,
                   const char  *kind,
                   int          max_version,
                   GError     **error)
{
  xmlNode *root = hp_xml_source_root (source);
  g_autofree char *format = NULL;
  char *end = NULL;
  long version;

  if (!hp_xml_is (root, ns, name))
    {
      hp_xml_source_error (source, error, HP_FILE_ERROR_WRONG_KIND, root, NULL,
                           _("this is not a %s: expected a <%s> element in the namespace %s"),
                           kind, name, ns);
      return FALSE;
    }

  format = hp_xml_get (root, "format");
  if (format == NULL)
    {
      hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, root, NULL,
                           _("<%s> needs a “format” attribute (the format version)"), name);
      return FALSE;
    }
  version = strtol (format, &end, 10);
  if (end == format || *end != '\0' || version < 1)
    {
      hp_xml_source_error (source, error, HP_FILE_ERROR_INVALID, root, "format",
                           _("“%s” is not a format version: expected a whole number"), format);
      return FALSE;
    }
  if (version > max_version)
    {
      hp_xml_source_error (source, error, HP_FILE_ERROR_NEWER_VERSION, root, "format",
                           _("written by a newer version: format %ld; this version reads up to %d"),
                           version, max_version);
      return FALSE;
    }
  return TRUE;
}

xmlTextWriter *
hp_xml_writer_new (xmlBuffer **buffer)
{
  xmlTextWriter *writer;

  *buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (*buffer, 0);
  if (writer == NULL)
    g_error ("out of memory creating an XML writer");
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, (const xmlChar *) "  ");
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  return writer;
}

GBytes *
hp_xml_writer_finish (xmlTextWriter *writer,
                      xmlBuffer     *buffer)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

void
hp_xml_write_string (xmlTextWriter *writer,
                     const char    *attribute,
                     const char    *value)
{
  if (value != NULL)
    xmlTextWriterWriteAttribute (writer, (const xmlChar *) attribute, (const xmlChar *) value);
}

/* Numbers are written the shortest way that reads back the same, in the C
 * locale: "3", "2.5", "145.75". */
char *
hp_xml_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  return g_strdup (buffer);
}

void
hp_xml_write_number (xmlTextWriter *writer,
                     const char    *attribute,
                     double         value)
{
  g_autofree char *text = hp_xml_format_number (value);

  hp_xml_write_string (writer, attribute, text);
}

void
hp_xml_start (xmlTextWriter *writer,
              const char    *name)
{
  xmlTextWriterStartElement (writer, (const xmlChar *) name);
}

void
hp_xml_end (xmlTextWriter *writer)
{
  xmlTextWriterEndElement (writer);
}

/* Text content; nothing for NULL. */
void
hp_xml_write_text (xmlTextWriter *writer,
                   const char    *text)
{
  if (text != NULL)
    xmlTextWriterWriteString (writer, (const xmlChar *) text);
}

void
hp_xml_write_element (xmlTextWriter *writer,
                      const char    *name,
                      const char    *text)
{
  if (text != NULL)
    xmlTextWriterWriteElement (writer, (const xmlChar *) name, (const xmlChar *) text);
}

