/* fh-csv.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-csv.h"

#include "fh-field.h"
#include "fh-quarter.h"

/* CSV as RFC 4180 writes it, read as spreadsheets really write it: a byte order
 * mark or not, CRLF or LF, "," or ";" (where decimals take a comma) or a tab. The
 * bytes come in and rows go out; reading the file is the caller's business. */

G_DEFINE_QUARK (fh - csv - error - quark, fh_csv_error)

#define BOM "\xef\xbb\xbf"

static void
row_free (gpointer data)
{
  FhCsvRow *row = data;

  g_strfreev (row->fields);
  g_free (row);
}

static const char *
skip_bom (const char *data, gsize *length)
{
  if (*length >= 3 && memcmp (data, BOM, 3) == 0)
    {
      *length -= 3;
      return data + 3;
    }
  return data;
}

/* The line and column (in characters, from 1) of byte @offset. */
static void
locate (const char *data, gsize offset, guint *line, guint *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }

  /* The bytes before @offset are valid UTF-8: the caller checked them. */
  *column = (guint)g_utf8_strlen (line_start, data + offset - line_start) + 1;
}

/**
 * fh_csv_detect_separator:
 *
 * Returns the separator the header line uses: the most frequent of ",", ";" and a
 * tab outside quotes, "," when none occurs.
 */
char
fh_csv_detect_separator (const char *data, gsize length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint             counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean          quoted = FALSE;
  char              best = ',';
  guint             best_count = 0;

  data = skip_bom (data, &length);
  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && (data[i] == '\n' || data[i] == '\r'))
        break;
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          if (data[i] == candidates[c])
            counts[c]++;
    }

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > best_count)
      {
        best = candidates[c];
        best_count = counts[c];
      }

  return best;
}

static gboolean
end_row (GPtrArray *rows, GPtrArray *fields, guint line, GError **error)
{
  FhCsvRow *row;

  /* A blank line is no row. */
  if (fields->len == 1 && *(char *)fields->pdata[0] == '\0')
    {
      g_ptr_array_set_size (fields, 0);
      return TRUE;
    }

  if (rows->len >= FH_CSV_MAX_ROWS)
    {
      g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID,
                   _("The file has more than %d rows; split it into smaller files."),
                      FH_CSV_MAX_ROWS);
      return FALSE;
    }

  row = g_new0 (FhCsvRow, 1);
  row->line = line;
  g_ptr_array_add (fields, NULL);
  row->fields = (GStrv)g_ptr_array_steal (fields, NULL);
  g_ptr_array_add (rows, row);
  return TRUE;
}

/**
 * fh_csv_parse:
 * @data: the document's bytes
 * @length: their number
 * @separator: the field separator, or 0 to take the header line's
 * @error: where a document that cannot be read says why, with line and column
 *
 * Reads a CSV document. Blank lines are skipped; a line end inside a quoted field is
 * kept in the field as "\n".
 *
 * Returns: (transfer full) (element-type FhCsvRow): the rows, header included
 */
GPtrArray *
fh_csv_parse (const char *data, gsize length, char separator, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) field = g_string_new (NULL);
  const char *end = NULL;
  guint       line = 1;
  guint       row_line = 1;
  gsize       i = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > FH_CSV_MAX_BYTES)
    {
      g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID,
                   _("The file is larger than %d MB; split it into smaller files."),
                      FH_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  data = skip_bom (data, &length);
  if (!g_utf8_validate_len (data, length, &end))
    {
      guint at_line, at_column;

      locate (data, end - data, &at_line, &at_column);
      g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID,
                   _("Line %u, column %u: the file is not UTF-8 text. Save it from the "
                     "spreadsheet as “CSV UTF-8”, then import it again."),
                      at_line, at_column);
      return NULL;
    }

  if (separator == '\0')
    separator = fh_csv_detect_separator (data, length);

  while (i <= length)
    {
      char c = i < length ? data[i] : '\n';

      if (c == '"' && field->len == 0)
        {
          gsize opened = i;

          /* A quoted field runs to the next quote that is not doubled. */
          for (i++;; i++)
            {
              if (i >= length)
                {
                  guint at_line, at_column;

                  locate (data, opened, &at_line, &at_column);
                  g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID,
                               _("Line %u, column %u: the quoted field that starts here is "
                                 "never closed. Add the closing quote."),
                                  at_line, at_column);
                  return NULL;
                }
              if (data[i] == '"' && i + 1 < length && data[i + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  i++;
                }
              else if (data[i] == '"')
                break;
              else if (data[i] == '\r' && i + 1 < length && data[i + 1] == '\n')
                continue;
              else
                {
                  if (data[i] == '\n')
                    line++;
                  g_string_append_c (field, data[i] == '\r' ? '\n' : data[i]);
                }
            }
          i++;
          if (i < length && data[i] != separator && data[i] != '\n' && data[i] != '\r')
            {
              guint at_line, at_column;

              locate (data, i, &at_line, &at_column);
              g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID,
                           _("Line %u, column %u: text follows the closing quote of a "
                             "field. Write a quote inside a quoted field as two quotes."),
                              at_line, at_column);
              return NULL;
            }
          /* Mark the field as started even when it is empty (""). */
          if (field->len == 0)
            g_string_append_c (field, '\0');
          continue;
        }

      if (c == separator)
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          i++;
          continue;
        }

      if (c == '\n' || c == '\r')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (!end_row (rows, fields, row_line, error))
            return NULL;
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;
          i++;
          line++;
          row_line = line;
          continue;
        }

      g_string_append_c (field, c);
      i++;
    }

  return g_steal_pointer (&rows);
}

/* RFC 4180: a field with the separator, a quote or a line end is quoted, and its
 * quotes doubled. So is one that starts with U+FEFF, which at the start of a file
 * would read as a byte order mark. */
void
fh_csv_append_field (GString *out, const char *text, char separator)
{
  g_return_if_fail (out != NULL);

  if (text == NULL)
    text = "";

  if (strchr (text, separator) == NULL && strpbrk (text, "\"\r\n") == NULL &&
      !g_str_has_prefix (text, BOM))
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Rows end with CRLF, as RFC 4180 asks. */
void
fh_csv_append_row (GString *out, const char *const *fields, char separator)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, separator);
      fh_csv_append_field (out, fields[i], separator);
    }
  g_string_append (out, "\r\n");
}

/**
 * fh_csv_format_value:
 *
 * Returns: a record value as the JSON export writes it, as text: a quarter as
 * "2027-Q1", an enum by its nick, a boolean as "true" or "false".
 */
char *
fh_csv_format_value (GParamSpec *pspec, const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    return fh_quarter_format (g_value_get_int (value));
  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

      return g_strdup (enum_value ? enum_value->value_nick : "");
    }
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_value_get_double (value)));
    }

  return g_strdup_value_contents (value);
}

char *
fh_csv_format_property (GObject *record, GParamSpec *pspec)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (G_IS_OBJECT (record), NULL);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (record, pspec->name, &value);
  return fh_csv_format_value (pspec, &value);
}

/* The JSON export's key for a property: "target-stage" is "target_stage". */
char *
fh_csv_column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');
  return name;
}
