/* fh-plan-json.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh-store-private.h"

#include "fh-decision.h"
#include "fh-field.h"
#include "fh-link.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"

/* The JSON exchange format (docs/plan-format.md). Import checks the whole
 * document before the store writes anything, and every refusal names the place:
 * `roadmap[3].target_stage: 7 is out of range (0–4).` */

#define FORMAT_NAME  "foothold-plan"
#define MAX_DOCUMENT (64 * 1024 * 1024)

/* Writing */

static void
add_value (JsonBuilder *builder, GParamSpec *pspec, const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    {
      g_autofree char *text = fh_quarter_format (g_value_get_int (value));

      json_builder_add_string_value (builder, text);
    }
  else if (type == G_TYPE_STRING)
    json_builder_add_string_value (builder, g_value_get_string (value));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (type);

      json_builder_add_string_value (
        builder, g_enum_get_value (klass, g_value_get_enum (value))->value_nick);
    }
  else if (type == G_TYPE_INT)
    json_builder_add_int_value (builder, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    json_builder_add_int_value (builder, g_value_get_int64 (value));
  else if (type == G_TYPE_BOOLEAN)
    json_builder_add_boolean_value (builder, g_value_get_boolean (value));
  else if (type == G_TYPE_DOUBLE)
    {
      double d = g_value_get_double (value);

      /* Whole numbers stay whole in the file, which keeps diffs of plans kept in
       * git readable. */
      if (d == floor (d) && fabs (d) < 1e15)
        json_builder_add_int_value (builder, (gint64)d);
      else
        json_builder_add_double_value (builder, d);
    }
  else
    g_assert_not_reached ();
}

static void
add_record (JsonBuilder *builder, GObject *record, const FhColumn *columns, guint n_columns)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *name = fh_schema_property_name (columns[i].name);
      GParamSpec      *pspec = g_object_class_find_property (klass, name);
      g_auto (GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (record, name, &value);
      json_builder_set_member_name (builder, columns[i].name);
      add_value (builder, pspec, &value);
    }
}

/* Links are written inside their source record, as lists of target ids. */
static GHashTable *
group_links (GListModel *links)
{
  GHashTable *by_source =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);
      gint64  source = fh_link_get_source (link);
      gint64  target = fh_link_get_target (link);
      GArray *targets = g_hash_table_lookup (by_source, &source);

      if (targets == NULL)
        {
          targets = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (by_source, g_memdup2 (&source, sizeof source), targets);
        }
      g_array_append_val (targets, target);
    }

  return by_source;
}

/* The document @builder built, indented by two spaces, ending with a newline as text
 * files do. */
GBytes *
fh_json_builder_to_bytes (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  char *text;
  gsize length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

GBytes *
fh_plan_json_write (FhStore *store)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GHashTable     *links[FH_N_COLLECTIONS] = { NULL };
  guint           n_plan;
  const FhColumn *plan_columns = fh_schema_plan_columns (&n_plan);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FH_JSON_FORMAT_VERSION);

  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_record (builder, G_OBJECT (fh_store_get_info (store)), plan_columns, n_plan);
  json_builder_end_object (builder);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (info->is_link)
        links[c] = group_links (fh_store_get_model (store, c));
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);
      GListModel        *model = fh_store_get_model (store, c);
      guint              n = g_list_model_get_n_items (model);

      if (info->is_link)
        continue;

      json_builder_set_member_name (builder, info->table);
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (GObject) record = g_list_model_get_item (model, i);

          json_builder_begin_object (builder);
          add_record (builder, record, info->columns, info->n_columns);

          for (guint l = 0; l < FH_N_COLLECTIONS; l++)
            {
              const FhTableInfo *link_info = fh_schema_get_table (l);
              GArray            *targets;
              gint64             id;

              if (!link_info->is_link || link_info->columns[0].references != c)
                continue;

              g_object_get (record, "id", &id, NULL);
              targets = g_hash_table_lookup (links[l], &id);
              json_builder_set_member_name (builder, link_info->json_name);
              json_builder_begin_array (builder);
              for (guint t = 0; targets && t < targets->len; t++)
                json_builder_add_int_value (builder, g_array_index (targets, gint64, t));
              json_builder_end_array (builder);
            }

          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_clear_pointer (&links[c], g_hash_table_unref);

  return fh_json_builder_to_bytes (builder);
}

/* Scanning */

/* Before json-glib sees a document, one pass over its bytes checks everything the
 * parser would get wrong or crash on: nesting deeper than a plan ever goes (its
 * parser recurses), numbers that are not JSON or do not fit, text that is not
 * UTF-8 or holds a NUL character, keys that appear twice in one object. After the
 * scan the document is strict JSON (RFC 8259) that json-glib reads exactly. */

typedef struct
{
  gboolean    is_object;
  guint       index; /* arrays: the element being read */
  char       *key;   /* objects: the member being read */
  GHashTable *keys;
} Frame;

typedef struct
{
  const char *text;
  gsize       size;
  gsize       pos;
  guint       line;
  gsize       line_start;
  Frame       frames[FH_JSON_MAX_DEPTH];
  guint       depth;
  GError    **error;
} Scan;

static char *
scan_path (Scan *scan)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < scan->depth; i++)
    {
      Frame *frame = &scan->frames[i];

      /* A path deeper than any plan's is shortened to its start and its end. */
      if (scan->depth > 12 && i >= 6 && i < scan->depth - 2)
        {
          if (i == 6)
            g_string_append (path, "…");
          continue;
        }

      if (frame->is_object && frame->key != NULL)
        g_string_append_printf (path, "%s%s", path->len ? "." : "", frame->key);
      else if (!frame->is_object)
        g_string_append_printf (path, "[%u]", frame->index);
    }

  return g_string_free (path, FALSE);
}

G_GNUC_PRINTF (3, 4)
static gboolean
scan_refuse (Scan *scan, gsize at, const char *format, ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = scan_path (scan);
  va_list          args;
  guint            column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Everything before @at has been checked to be UTF-8; columns count characters. */
  column =
    (guint)g_utf8_strlen (scan->text + scan->line_start, (gssize)(at - scan->line_start)) + 1;
  if (*path != '\0')
    g_set_error (scan->error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                 _("%s (line %u, column %u): %s"), path, scan->line, column, message);
  else
    g_set_error (scan->error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                 _("Line %u, column %u: %s"), scan->line, column, message);
  return FALSE;
}

static void
scan_space (Scan *scan)
{
  while (scan->pos < scan->size)
    {
      char c = scan->text[scan->pos];

      if (c == '\n')
        {
          scan->line++;
          scan->line_start = scan->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      scan->pos++;
    }
}

/* The length of the UTF-8 character at @at, or 0 when the bytes there are not UTF-8. */
static gsize
utf8_length_at (Scan *scan, gsize at)
{
  gsize n = (gsize)g_utf8_skip[(guchar)scan->text[at]];

  if (at + n > scan->size || !g_utf8_validate_len (scan->text + at, n, NULL))
    return 0;
  return n;
}

static gboolean
scan_unexpected (Scan *scan)
{
  guchar c;

  if (scan->pos >= scan->size)
    return scan_refuse (scan, scan->pos, _("the document is not valid JSON: it ends too early."));

  c = (guchar)scan->text[scan->pos];
  if (c >= 0x80 && utf8_length_at (scan, scan->pos) == 0)
    return scan_refuse (scan, scan->pos, _("the text is not valid UTF-8."));
  if (c >= 0x20 && c < 0x7f)
    return scan_refuse (scan, scan->pos,
                        _("the document is not valid JSON: “%c” is not allowed here."), c);
  return scan_refuse (scan, scan->pos,
                      _("the document is not valid JSON: this character is not allowed here."));
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      value = value * 16 + d;
    }
  return value;
}

/* Reads a string; its decoded text goes to @out when not %NULL. */
static gboolean
scan_string (Scan *scan, GString *out)
{
  scan->pos++; /* the opening quote */

  for (;;)
    {
      gsize  at = scan->pos;
      guchar c;

      if (at >= scan->size)
        return scan_refuse (scan, at, _("the text is not closed: a quote mark is missing."));

      c = (guchar)scan->text[at];
      if (c == '"')
        {
          scan->pos++;
          return TRUE;
        }
      else if (c < 0x20)
        return scan_refuse (scan, at,
                            _("a control character inside text; write it as an escape such as "
                              "\\n."));
      else if (c == '\\')
        {
          char e = at + 1 < scan->size ? scan->text[at + 1] : '\0';
          int  u;

          if (e == 'u')
            {
              if (at + 6 > scan->size || (u = hex4 (scan->text + at + 2)) < 0)
                return scan_refuse (scan, at, _("\\u must be followed by four hex digits."));
              scan->pos = at + 6;
              if (u == 0)
                return scan_refuse (scan, at,
                                    _("\\u0000 (a NUL character) is not allowed in text."));
              if (u >= 0xdc00 && u <= 0xdfff)
                return scan_refuse (scan, at, _("\\u%04x is half of a character pair alone."), u);
              if (u >= 0xd800 && u <= 0xdbff)
                {
                  int low = -1;

                  if (scan->pos + 6 <= scan->size && scan->text[scan->pos] == '\\' &&
                      scan->text[scan->pos + 1] == 'u')
                    low = hex4 (scan->text + scan->pos + 2);
                  if (low < 0xdc00 || low > 0xdfff)
                    return scan_refuse (scan, at,
                                        _("\\u%04x is half of a character pair alone."), u);
                  u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                  scan->pos += 6;
                }
              if (out != NULL)
                g_string_append_unichar (out, (gunichar)u);
              continue;
            }

          if (strchr ("\"\\/bfnrt", e) == NULL || e == '\0')
            return scan_refuse (scan, at,
                                _("the document is not valid JSON: this escape is not JSON."));
          if (out != NULL)
            {
              const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";

              g_string_append_c (out, to[strchr (from, e) - from]);
            }
          scan->pos = at + 2;
        }
      else
        {
          gsize n = c < 0x80 ? 1 : utf8_length_at (scan, at);

          if (n == 0)
            return scan_refuse (scan, at, _("the text is not valid UTF-8."));
          if (out != NULL)
            g_string_append_len (out, scan->text + at, (gssize)n);
          scan->pos = at + n;
        }
    }
}

static gboolean
is_digit (Scan *scan)
{
  return scan->pos < scan->size && g_ascii_isdigit (scan->text[scan->pos]);
}

static gboolean
scan_number (Scan *scan)
{
  gsize            start = scan->pos;
  gsize            end;
  gboolean         whole = TRUE;
  gboolean         valid = TRUE;
  g_autofree char *literal = NULL;

  if (scan->text[scan->pos] == '-')
    scan->pos++;
  if (!is_digit (scan))
    valid = FALSE;
  else if (scan->text[scan->pos] == '0')
    scan->pos++;
  else
    while (is_digit (scan))
      scan->pos++;

  if (valid && scan->pos < scan->size && scan->text[scan->pos] == '.')
    {
      whole = FALSE;
      scan->pos++;
      valid = is_digit (scan);
      while (is_digit (scan))
        scan->pos++;
    }
  if (valid && scan->pos < scan->size && (scan->text[scan->pos] | 0x20) == 'e')
    {
      whole = FALSE;
      scan->pos++;
      if (scan->pos < scan->size && (scan->text[scan->pos] == '+' || scan->text[scan->pos] == '-'))
        scan->pos++;
      valid = is_digit (scan);
      while (is_digit (scan))
        scan->pos++;
    }

  /* The number as written, up to the next separator, for the message. */
  end = scan->pos;
  while (end < scan->size && (g_ascii_isalnum (scan->text[end]) || strchr ("+-.", scan->text[end])))
    end++;
  if (end != scan->pos)
    valid = FALSE;
  literal = g_strndup (scan->text + start, MIN (end - start, 64));

  if (!valid)
    return scan_refuse (scan, start,
                        _("“%s” is not a number as JSON writes it (decimal digits, no leading "
                          "zeros)."),
                           literal);

  if (whole)
    {
      gint64 value;

      if (!g_ascii_string_to_signed (literal, 10, G_MININT64, G_MAXINT64, &value, NULL))
        return scan_refuse (scan, start,
                            _("%s is out of range: whole numbers in a plan lie between "
                              "%" G_GINT64_FORMAT " and %" G_GINT64_FORMAT "."),
                               literal, G_MININT64, G_MAXINT64);
    }
  else if (isinf (g_ascii_strtod (literal, NULL)))
    return scan_refuse (scan, start, _("%s is too large for a number."), literal);

  return TRUE;
}

static gboolean
scan_literal (Scan *scan, const char *word)
{
  gsize n = strlen (word);

  if (scan->pos + n > scan->size || memcmp (scan->text + scan->pos, word, n) != 0 ||
      (scan->pos + n < scan->size && g_ascii_isalnum (scan->text[scan->pos + n])))
    return scan_unexpected (scan);
  scan->pos += n;
  return TRUE;
}

static gboolean scan_value (Scan *scan);

static gboolean
scan_container (Scan *scan, gboolean is_object)
{
  char   close = is_object ? '}' : ']';
  Frame *frame;

  if (scan->depth == FH_JSON_MAX_DEPTH)
    return scan_refuse (scan, scan->pos,
                        _("the document is nested more than %d levels deep; a plan export "
                          "never is."),
                           FH_JSON_MAX_DEPTH);

  frame = &scan->frames[scan->depth++];
  *frame = (Frame){ is_object, 0, NULL, NULL };
  scan->pos++;
  scan_space (scan);
  if (scan->pos < scan->size && scan->text[scan->pos] == close)
    goto done;

  for (;;)
    {
      if (is_object)
        {
          g_autoptr (GString) key = g_string_new (NULL);
          gsize at;

          scan_space (scan);
          at = scan->pos;
          if (scan->pos >= scan->size || scan->text[scan->pos] != '"')
            return scan_unexpected (scan);
          if (!scan_string (scan, key))
            return FALSE;
          g_free (frame->key);
          frame->key = g_strdup (key->str);
          if (frame->keys == NULL)
            frame->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          if (!g_hash_table_add (frame->keys, g_string_free (g_steal_pointer (&key), FALSE)))
            return scan_refuse (scan, at,
                                _("this key appears twice in the same object; one of the values "
                                  "would be lost."));
          scan_space (scan);
          if (scan->pos >= scan->size || scan->text[scan->pos] != ':')
            return scan_unexpected (scan);
          scan->pos++;
        }

      if (!scan_value (scan))
        return FALSE;

      scan_space (scan);
      if (scan->pos < scan->size && scan->text[scan->pos] == ',')
        {
          scan->pos++;
          frame->index++;
          continue;
        }
      if (scan->pos < scan->size && scan->text[scan->pos] == close)
        break;
      return scan_unexpected (scan);
    }

done:
  scan->pos++;
  g_clear_pointer (&frame->key, g_free);
  g_clear_pointer (&frame->keys, g_hash_table_unref);
  scan->depth--;
  return TRUE;
}

static gboolean
scan_value (Scan *scan)
{
  scan_space (scan);
  if (scan->pos >= scan->size)
    return scan_unexpected (scan);

  switch (scan->text[scan->pos])
    {
    case '{':
      return scan_container (scan, TRUE);
    case '[':
      return scan_container (scan, FALSE);
    case '"':
      return scan_string (scan, NULL);
    case 't':
      return scan_literal (scan, "true");
    case 'f':
      return scan_literal (scan, "false");
    case 'n':
      return scan_literal (scan, "null");
    default:
      if (scan->text[scan->pos] == '-' || g_ascii_isdigit (scan->text[scan->pos]))
        return scan_number (scan);
      return scan_unexpected (scan);
    }
}

/* A UTF-8 byte order mark is allowed and skipped, the same way everywhere. */
const char *
fh_plan_json_skip_bom (const char *text, gsize *size)
{
  if (*size >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      *size -= 3;
      return text + 3;
    }
  return text;
}

static gboolean
scan_document (const char *text, gsize size, GError **error)
{
  Scan     scan = { text, size, 0, 1, 0, { { 0 } }, 0, error };
  gboolean ok;

  ok = scan_value (&scan);
  if (ok)
    {
      scan_space (&scan);
      if (scan.pos < scan.size)
        ok = scan_refuse (&scan, scan.pos,
                          _("the document is not valid JSON: more text follows its end."));
    }

  /* A refusal leaves frames open. */
  for (guint i = 0; i < scan.depth; i++)
    {
      g_free (scan.frames[i].key);
      g_clear_pointer (&scan.frames[i].keys, g_hash_table_unref);
    }

  return ok;
}

/* Reading */

typedef struct
{
  GString *path;
  GError **error;
} Reader;

G_GNUC_PRINTF (2, 3)
static gboolean
refuse (Reader *reader, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT, "%s: %s",
               reader->path->len ? reader->path->str : _("(document)"), message);
  return FALSE;
}

static const char *
node_kind (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
holds (JsonNode *node, GType type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static char *
enum_nicks (GType type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  g_autoptr (GString) s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", klass->values[i].value_nick);

  return g_strdup (s->str);
}

/* Converts one JSON field into a value of the property's type and checks it
 * against everything the property promises. */
static gboolean
read_value (Reader *reader, JsonNode *node, GParamSpec *pspec, GValue *value)
{
  GType type = pspec->value_type;
  g_autoptr (GError) local = NULL;

  g_value_init (value, type);

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    {
      const char *text;
      int         quarter = 0;

      if (!holds (node, G_TYPE_STRING))
        return refuse (reader, _("expected a quarter such as “2027-Q1”, found %s."),
                                  node_kind (node));
      text = json_node_get_string (node);
      if (*text != '\0' && !fh_quarter_parse (text, &quarter))
        return refuse (reader, _("“%s” is not a quarter: write it as YYYY-QN, between %d and "
                                 "%d."),
                                  text, FH_QUARTER_MIN_YEAR, FH_QUARTER_MAX_YEAR);
      g_value_set_int (value, quarter);
    }
  else if (type == G_TYPE_STRING)
    {
      if (!holds (node, G_TYPE_STRING))
        return refuse (reader, _("expected text, found %s."), node_kind (node));
      g_value_set_string (value, json_node_get_string (node));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev;

      if (!holds (node, G_TYPE_STRING))
        return refuse (reader, _("expected text, found %s."), node_kind (node));
      ev = g_enum_get_value_by_nick (klass, json_node_get_string (node));
      if (ev == NULL)
        {
          g_autofree char *nicks = enum_nicks (type);

          return refuse (reader, _("“%s” is not one of: %s."), json_node_get_string (node), nicks);
        }
      g_value_set_enum (value, ev->value);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!holds (node, G_TYPE_BOOLEAN))
        return refuse (reader, _("expected true or false, found %s."), node_kind (node));
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (type == G_TYPE_INT || type == G_TYPE_INT64)
    {
      gint64 n;

      if (!holds (node, G_TYPE_INT64))
        return refuse (reader, _("expected a whole number, found %s."), node_kind (node));
      n = json_node_get_int (node);
      if (type == G_TYPE_INT)
        {
          if (n < G_MININT || n > G_MAXINT)
            return refuse (reader, _("%" G_GINT64_FORMAT " is out of range."), n);
          g_value_set_int (value, (int)n);
        }
      else
        g_value_set_int64 (value, n);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      if (holds (node, G_TYPE_INT64))
        g_value_set_double (value, (double)json_node_get_int (node));
      else if (holds (node, G_TYPE_DOUBLE))
        g_value_set_double (value, json_node_get_double (node));
      else
        return refuse (reader, _("expected a number, found %s."), node_kind (node));
    }
  else
    g_assert_not_reached ();

  if (!fh_field_validate (pspec, value, &local))
    return refuse (reader, "%s", local->message);

  return TRUE;
}

static gboolean
read_record (Reader            *reader,
             JsonObject        *object,
             GObject           *record,
             const FhColumn    *columns,
             guint              n_columns,
             const char *const *extra_keys)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);
  gsize         path_len = reader->path->len;
  g_autoptr (GList) members = json_object_get_members (object);

  /* An unknown key is most likely a typo; losing its data silently is worse than
   * refusing it. */
  for (GList *l = members; l; l = l->next)
    {
      gboolean known = extra_keys && g_strv_contains (extra_keys, l->data);

      for (guint i = 0; i < n_columns && !known; i++)
        known = g_str_equal (columns[i].name, l->data);
      if (!known)
        {
          g_string_append_printf (reader->path, ".%s", (const char *)l->data);
          return refuse (reader, _("unknown field."));
        }
    }

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *name = fh_schema_property_name (columns[i].name);
      GParamSpec      *pspec = g_object_class_find_property (klass, name);
      JsonNode        *node = json_object_get_member (object, columns[i].name);
      g_auto (GValue) value = G_VALUE_INIT;

      g_string_append_printf (reader->path, ".%s", columns[i].name);

      if (node == NULL)
        {
          if ((columns[i].flags & FH_COLUMN_KEY) || fh_field_is_required (pspec) ||
              (columns[i].references != FH_N_COLLECTIONS &&
               !(columns[i].flags & FH_COLUMN_NULLABLE)))
            return refuse (reader, _("missing; it is required."));
          g_string_truncate (reader->path, path_len);
          continue;
        }

      if (!read_value (reader, node, pspec, &value))
        return FALSE;

      if ((columns[i].flags & FH_COLUMN_KEY) && G_VALUE_HOLDS_INT64 (&value) &&
          g_value_get_int64 (&value) <= 0)
        return refuse (reader, _("an id must be a whole number above 0."));

      g_object_set_property (record, name, &value);
      g_string_truncate (reader->path, path_len);
    }

  return TRUE;
}

typedef struct
{
  GHashTable *ids[FH_N_COLLECTIONS]; /* key text → index in its array */
} Index;

static char *
record_key (GObject *record, gboolean text_key)
{
  if (text_key)
    {
      char *id = NULL;

      g_object_get (record, "id", &id, NULL);
      return id;
    }
  else
    {
      gint64 id = 0;

      g_object_get (record, "id", &id, NULL);
      return g_strdup_printf ("%" G_GINT64_FORMAT, id);
    }
}

static gboolean
read_collection (Reader            *reader,
                 JsonObject        *root,
                 const FhTableInfo *info,
                 FhPlanData        *data,
                 Index             *index,
                 JsonArray        **array_out)
{
  JsonNode   *node = json_object_get_member (root, info->table);
  const char *extra[FH_N_COLLECTIONS + 1] = { NULL };
  guint       n_extra = 0;
  JsonArray  *array;

  *array_out = NULL;
  g_string_assign (reader->path, info->table);

  if (node == NULL)
    {
      if (info->collection == FH_COLLECTION_CAPABILITIES)
        return refuse (reader, _("missing; a plan needs its capabilities."));
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse (reader, _("expected a list, found %s."), node_kind (node));

  for (guint l = 0; l < FH_N_COLLECTIONS; l++)
    {
      const FhTableInfo *link = fh_schema_get_table (l);

      if (link->is_link && link->columns[0].references == info->collection)
        extra[n_extra++] = link->json_name;
    }

  array = json_node_get_array (node);
  *array_out = array;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr (GObject) record = g_object_new (info->get_type (), NULL);
      g_autofree char *key = NULL;
      gpointer         previous;

      g_string_printf (reader->path, "%s[%u]", info->table, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return refuse (reader, _("expected an object, found %s."), node_kind (element));

      if (!read_record (reader, json_node_get_object (element), record, info->columns,
                        info->n_columns, extra))
        return FALSE;

      key = record_key (record, info->text_key);
      if (g_hash_table_lookup_extended (index->ids[info->collection], key, NULL, &previous))
        {
          g_string_append (reader->path, ".id");
          return refuse (reader, _("%s is used twice (also by %s[%u])."), key, info->table,
                                    GPOINTER_TO_UINT (previous));
        }
      g_hash_table_insert (index->ids[info->collection], g_steal_pointer (&key),
                           GUINT_TO_POINTER (i));
      g_ptr_array_add (data->records[info->collection], g_steal_pointer (&record));
    }

  return TRUE;
}

static gboolean
check_references (Reader *reader, const FhTableInfo *info, FhPlanData *data, Index *index)
{
  for (guint r = 0; r < data->records[info->collection]->len; r++)
    {
      GObject *record = g_ptr_array_index (data->records[info->collection], r);

      for (guint i = 0; i < info->n_columns; i++)
        {
          const FhColumn  *column = &info->columns[i];
          g_autofree char *name = NULL;
          g_autofree char *key = NULL;
          g_auto (GValue) value = G_VALUE_INIT;
          GParamSpec *pspec;

          if (column->references == FH_N_COLLECTIONS || (column->flags & FH_COLUMN_KEY))
            continue;

          name = fh_schema_property_name (column->name);
          pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name);
          g_value_init (&value, pspec->value_type);
          g_object_get_property (record, name, &value);

          if (G_VALUE_HOLDS_STRING (&value))
            {
              if ((column->flags & FH_COLUMN_NULLABLE) && *g_value_get_string (&value) == '\0')
                continue;
              key = g_value_dup_string (&value);
            }
          else
            key = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value));

          if (!g_hash_table_contains (index->ids[column->references], key))
            {
              g_string_printf (reader->path, "%s[%u].%s", info->table, r, column->name);
              return refuse (reader, _("%s is not in the plan’s %s."), key,
                                        fh_schema_get_table (column->references)->table);
            }
        }
    }

  return TRUE;
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* Lists of ids inside a record become link records. */
static gboolean
read_links (Reader            *reader,
            const FhTableInfo *source_info,
            JsonArray         *array,
            FhPlanData        *data,
            Index             *index)
{
  if (array == NULL)
    return TRUE;

  for (guint l = 0; l < FH_N_COLLECTIONS; l++)
    {
      const FhTableInfo *link = fh_schema_get_table (l);

      if (!link->is_link || link->columns[0].references != source_info->collection)
        continue;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          GObject    *source = g_ptr_array_index (data->records[source_info->collection], i);
          JsonNode   *node = json_object_get_member (object, link->json_name);
          g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
          g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
          JsonArray *list;
          gint64     source_id;

          if (node == NULL)
            continue;

          g_object_get (source, "id", &source_id, NULL);
          g_string_printf (reader->path, "%s[%u].%s", source_info->table, i, link->json_name);
          if (!JSON_NODE_HOLDS_ARRAY (node))
            return refuse (reader, _("expected a list of ids, found %s."), node_kind (node));

          list = json_node_get_array (node);
          if (json_array_get_length (list) > fh_store_max_links (l))
            return refuse (reader, _("%u ids are listed; at most %u are allowed."),
                                      json_array_get_length (list), fh_store_max_links (l));
          g_array_set_size (targets, json_array_get_length (list));
          for (guint t = 0; t < json_array_get_length (list); t++)
            {
              JsonNode        *element = json_array_get_element (list, t);
              g_autofree char *key = NULL;
              gint64          *target = &g_array_index (targets, gint64, t);

              g_string_printf (reader->path, "%s[%u].%s[%u]", source_info->table, i,
                               link->json_name, t);
              if (!holds (element, G_TYPE_INT64))
                return refuse (reader, _("expected an id, found %s."), node_kind (element));

              *target = json_node_get_int (element);
              key = g_strdup_printf ("%" G_GINT64_FORMAT, *target);
              if (!g_hash_table_contains (index->ids[link->columns[1].references], key))
                return refuse (reader, _("%s is not in the plan’s %s."), key,
                                          fh_schema_get_table (link->columns[1].references)->table);
              if (link->columns[1].references == source_info->collection && *target == source_id)
                return refuse (reader, _("an item cannot depend on itself."));
              if (g_hash_table_contains (seen, target))
                return refuse (reader, _("%s is listed twice."), key);
              g_hash_table_add (seen, target);
            }

          /* Stored sorted, as the store keeps them, so that export is stable. */
          g_array_sort (targets, compare_ids);
          for (guint t = 0; t < targets->len; t++)
            g_ptr_array_add (data->records[l],
                             fh_link_new (source_id, g_array_index (targets, gint64, t)));
        }
    }

  return TRUE;
}

/* The text of the fields that must be unique together, as one key. */
static char *
unique_key (GObject *record, const char *first, const char *second)
{
  GString    *key = g_string_new (NULL);
  const char *names[] = { first, second };

  for (guint n = 0; n < G_N_ELEMENTS (names) && names[n]; n++)
    {
      g_auto (GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_object_get_property (record, names[n], &value);
      text = g_strdup_value_contents (&value);
      g_string_append_printf (key, "%s\x1f", text);
    }

  return g_string_free (key, FALSE);
}

static gboolean
check_unique (Reader      *reader,
              FhPlanData  *data,
              FhCollection collection,
              const char  *first,
              const char  *second,
              const char  *message)
{
  const FhTableInfo *info = fh_schema_get_table (collection);
  GPtrArray         *records = data->records[collection];
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      char *key = unique_key (g_ptr_array_index (records, i), first, second);

      if (!g_hash_table_add (seen, key))
        {
          g_autofree char *column = g_strdelimit (g_strdup (second ? second : first), "-", '_');

          g_string_printf (reader->path, "%s[%u].%s", info->table, i, column);
          return refuse (reader, "%s", message);
        }
    }

  return TRUE;
}

/* The decision weights, checked as the Options page checks a change to one of them. */
static gboolean
check_weights (Reader *reader, FhPlanData *data)
{
  GPtrArray *records = data->records[FH_COLLECTION_CRITERIA];
  g_autoptr (GListStore) criteria = NULL;
  g_autoptr (GError) local = NULL;

  if (records->len == 0)
    return TRUE;

  criteria = g_list_store_new (FH_TYPE_CRITERION);
  for (guint i = 0; i < records->len; i++)
    g_list_store_append (criteria, g_ptr_array_index (records, i));
  if (fh_decision_check_weights (G_LIST_MODEL (criteria), NULL, 0, &local))
    return TRUE;

  g_string_assign (reader->path, "criteria");
  return refuse (reader, "%s", local->message);
}

/* Rules that span records: the file would refuse them too, but with a sentence
 * nobody could act on. */
static gboolean
check_uniques (Reader *reader, FhPlanData *data)
{
  GPtrArray *records;
  g_autoptr (GHashTable) chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!check_unique (reader, data, FH_COLLECTION_ASSESSMENTS, "quarter", NULL,
                     _("there is another assessment for this quarter.")) ||
                     !check_unique (reader, data, FH_COLLECTION_SCORES, "assessment", "capability",
                                    _("this assessment has another score for this capability.")) ||
                                    !check_unique (
                                      reader, data, FH_COLLECTION_ROLE_SKILLS, "role", "skill",
                                      _("this role has another level for this skill.")) ||
                                      !check_unique (
                                        reader, data, FH_COLLECTION_OPTION_SCORES, "option",
                                        "criterion",
                                        _("this option has another score for this criterion.")))
    return FALSE;

  records = data->records[FH_COLLECTION_OPTIONS];
  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *capability = NULL;
      gboolean         is_chosen;

      g_object_get (g_ptr_array_index (records, i), "capability", &capability, "chosen", &is_chosen,
                    NULL);
      if (is_chosen && !g_hash_table_add (chosen, g_strdup (capability)))
        {
          g_string_printf (reader->path, "options[%u].chosen", i);
          return refuse (reader, _("another option is chosen for “%s” already."), capability);
        }
    }

  return check_weights (reader, data);
}

static gboolean
read_header (Reader *reader, JsonObject *root)
{
  static const char *const top_keys[] = { "format", "version", "plan", NULL };
  JsonNode                *format = json_object_get_member (root, "format");
  JsonNode                *version = json_object_get_member (root, "version");
  g_autoptr (GList) members = json_object_get_members (root);

  g_string_assign (reader->path, "format");
  if (format == NULL)
    return refuse (reader, _("missing: this is not a Foothold plan export."));
  if (!holds (format, G_TYPE_STRING) || !g_str_equal (json_node_get_string (format), FORMAT_NAME))
    return refuse (reader, _("expected “%s”: this is not a Foothold plan export."), FORMAT_NAME);

  g_string_assign (reader->path, "version");
  if (version == NULL)
    return refuse (reader, _("missing; it is required."));
  if (!holds (version, G_TYPE_INT64) || json_node_get_int (version) < 1)
    return refuse (reader, _("expected a whole number from 1, found %s."), node_kind (version));
  if (json_node_get_int (version) > FH_JSON_FORMAT_VERSION)
    {
      g_set_error (reader->error, FH_STORE_ERROR, FH_STORE_ERROR_NEWER_VERSION,
                   _("version: the plan was exported by a newer version of Foothold (format "
                     "%" G_GINT64_FORMAT "; this version reads up to %d). Update Foothold "
                     "to import it."),
                      json_node_get_int (version), FH_JSON_FORMAT_VERSION);
      return FALSE;
    }

  for (GList *l = members; l; l = l->next)
    if (!g_strv_contains (top_keys, l->data) && fh_schema_find_table (l->data) == NULL)
      {
        g_string_assign (reader->path, l->data);
        return refuse (reader, _("unknown field."));
      }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    if (fh_schema_get_table (c)->is_link &&
        json_object_has_member (root, fh_schema_get_table (c)->table))
      {
        g_string_assign (reader->path, fh_schema_get_table (c)->table);
        return refuse (reader, _("unknown field."));
      }

  return TRUE;
}

FhPlanData *
fh_plan_json_parse (GBytes *json, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) local = NULL;
  g_autoptr (FhPlanData) data = NULL;
  g_autoptr (GString) path = g_string_new (NULL);
  Reader      reader = { path, error };
  Index       index = { { NULL } };
  JsonArray  *arrays[FH_N_COLLECTIONS] = { NULL };
  JsonNode   *root_node;
  JsonObject *root;
  JsonNode   *plan;
  gsize       size;
  const char *bytes = g_bytes_get_data (json, &size);
  const char *text;
  gboolean    ok = FALSE;

  if (size > MAX_DOCUMENT)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                   _("The document is %" G_GSIZE_FORMAT " MB; a plan export is at most %d MB."),
                      size / (1024 * 1024), MAX_DOCUMENT / (1024 * 1024));
      return NULL;
    }

  text = fh_plan_json_skip_bom (bytes, &size);
  if (size == 0)
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                           _("The document is empty: it is not a Foothold plan export."));
      return NULL;
    }

  if (!scan_document (text, size, error))
    return NULL;

  if (!json_parser_load_from_data (parser, text, (gssize)size, &local))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                   _("The document is not valid JSON: %s"), local->message);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                           _("The document is not a Foothold plan export: it does not hold "
                             "a JSON object."));
      return NULL;
    }
  root = json_node_get_object (root_node);

  if (!read_header (&reader, root))
    return NULL;

  data = fh_plan_data_new ();

  plan = json_object_get_member (root, "plan");
  if (plan != NULL)
    {
      guint           n_plan;
      const FhColumn *plan_columns = fh_schema_plan_columns (&n_plan);

      g_string_assign (path, "plan");
      if (!JSON_NODE_HOLDS_OBJECT (plan))
        {
          refuse (&reader, _("expected an object, found %s."), node_kind (plan));
          return NULL;
        }
      if (!read_record (&reader, json_node_get_object (plan), G_OBJECT (data->info), plan_columns,
                        n_plan, NULL))
        return NULL;
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    index.ids[c] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (!info->is_link && !read_collection (&reader, root, info, data, &index, &arrays[c]))
        goto out;
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (!info->is_link && (!check_references (&reader, info, data, &index) ||
                             !read_links (&reader, info, arrays[c], data, &index)))
        goto out;
    }

  ok = check_uniques (&reader, data);

out:
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_hash_table_unref (index.ids[c]);

  return ok ? g_steal_pointer (&data) : NULL;
}

/* A JSON export starts with "{" after an optional byte order mark and white space;
 * a plan file with the SQLite header. Anything but a regular file is neither, and
 * is not opened for reading (a FIFO would block). */
gboolean
fh_plan_json_sniff (const char *path)
{
  char        buffer[256];
  const char *text;
  struct stat st;
  gssize      n;
  gsize       size;
  int         fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);

  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return FALSE;
    }

  n = read (fd, buffer, sizeof buffer);
  close (fd);
  if (n <= 0)
    return FALSE;

  size = (gsize)n;
  text = fh_plan_json_skip_bom (buffer, &size);
  for (gsize i = 0; i < size; i++)
    {
      if (text[i] == '{')
        return TRUE;
      if (!g_ascii_isspace (text[i]))
        return FALSE;
    }

  return FALSE;
}

/**
 * fh_store_read_json_file:
 * @path: a JSON export
 *
 * Reads a JSON export for import. The size is checked before anything is read, and
 * anything but a regular file is refused without blocking.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
fh_store_read_json_file (const char *path, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *buffer = NULL;
  struct stat      st;
  gsize            length = 0;
  int              fd;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_name (path);
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, FH_STORE_ERROR,
                   saved == ENOENT ? FH_STORE_ERROR_NOT_FOUND : FH_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be read: %s."), name, g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                   _("“%s” is not a regular file, so it is not a plan export. Choose another "
                     "file."),
                      name);
      return NULL;
    }

  if (st.st_size > MAX_DOCUMENT)
    {
      close (fd);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                   _("“%s” is %" G_GINT64_FORMAT " MB; a plan export is at most %d MB."), name,
                      (gint64)st.st_size / (1024 * 1024), MAX_DOCUMENT / (1024 * 1024));
      return NULL;
    }

  /* One byte more than allowed tells a file that grew while it was read. */
  buffer = g_malloc ((gsize)st.st_size + 2);
  while (length <= (gsize)st.st_size)
    {
      gssize n = read (fd, buffer + length, (gsize)st.st_size + 1 - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("“%s” cannot be read: %s."), name, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize)n;
    }
  close (fd);

  if (length > (gsize)st.st_size)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("“%s” changed while it was read. Try again when nothing writes to it."),
                      name);
      return NULL;
    }

  buffer[length] = '\0';
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}
