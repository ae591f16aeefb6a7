/* fh-csv-import.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-csv-import.h"

#include "fh-capability.h"
#include "fh-csv.h"
#include "fh-enums.h"
#include "fh-field.h"
#include "fh-gap.h"
#include "fh-glossary-term.h"
#include "fh-money.h"
#include "fh-quarter.h"
#include "fh-use-case.h"

/* Columns are the JSON export's keys, so that an exported sheet comes back in. Every
 * cell goes through the same field rules as a form or a JSON import: a row either
 * becomes a record the plan accepts or is refused with the column and the reason. */

#define MAP_KIND       "kind:"
#define MAP_CAPABILITY "capability:"

typedef struct
{
  char *id;
  char *key; /* the name, folded for comparison */
} Capability;

struct _FhCsvImport
{
  GObject parent_instance;

  FhCsvKind     kind;
  GType         type;
  GObjectClass *klass;
  const char   *title_property;
  char          separator;
  char         *currency;

  GPtrArray  *csv;     /* FhCsvRow; [0] is the header */
  GPtrArray  *columns; /* GParamSpec per header column, NULL when ignored */
  GArray     *capabilities;
  GHashTable *existing; /* folded titles of the plan */
  GArray     *rows;     /* FhCsvImportRow */

  gboolean    board;
  int         text_column;
  GArray     *map_columns; /* int: colour and group columns */
  int         map_column;
  GHashTable *mapping; /* folded value → "kind:nick" or "capability:id" */
};

G_DEFINE_FINAL_TYPE (FhCsvImport, fh_csv_import, G_TYPE_OBJECT)

static const char *const board_text[] = { "content", "text", "sticky text", "sticky note",
                                          "note",    "body", "idea",        NULL };
static const char *const board_colour[] = {
  "color",      "colour", "sticky color", "sticky colour", "background color", "background colour",
  "fill color", NULL
};
static const char *const board_group[] = { "group",   "frame",    "tag",   "tags",
                                           "section", "category", "stack", NULL };

/* Case, accents composed the same way, and runs of white space do not make two
 * titles different. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal ? normal : "", -1);
  GString         *out = g_string_new (NULL);
  gboolean         space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
clear_row (gpointer data)
{
  FhCsvImportRow *row = data;

  g_clear_object (&row->record);
  g_clear_pointer (&row->column, g_free);
  g_clear_pointer (&row->reason, g_free);
}

static void
clear_capability (gpointer data)
{
  Capability *capability = data;

  g_free (capability->id);
  g_free (capability->key);
}

static const char *
kind_plural (FhCsvKind kind)
{
  switch (kind)
    {
    case FH_CSV_KIND_USE_CASES:
      return _("use cases");
    case FH_CSV_KIND_GLOSSARY:
      return _("glossary terms");
    case FH_CSV_KIND_GAPS:
    default:
      return _("gaps");
    }
}

static const char *
cell (FhCsvRow *row, int column)
{
  if (column < 0 || column >= (int)g_strv_length (row->fields))
    return "";
  return row->fields[column];
}

static const char *
find_capability (FhCsvImport *self, const char *text)
{
  g_autofree char *key = fold (text);

  for (guint i = 0; i < self->capabilities->len; i++)
    if (g_str_equal (g_array_index (self->capabilities, Capability, i).id, text))
      return g_array_index (self->capabilities, Capability, i).id;

  for (guint i = 0; i < self->capabilities->len; i++)
    if (g_str_equal (g_array_index (self->capabilities, Capability, i).key, key))
      return g_array_index (self->capabilities, Capability, i).id;

  return NULL;
}

static char *
enum_nicks (GType type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  g_autoptr (GString) nicks = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  return g_string_free (g_steal_pointer (&nicks), FALSE);
}

static gboolean
parse_enum (GType type, const char *text, int *value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *nick = g_ascii_strdown (text, -1);

  g_strdelimit (nick, " _", '-');
  for (guint i = 0; i < klass->n_values; i++)
    if (g_str_equal (klass->values[i].value_nick, nick))
      {
        *value = klass->values[i].value;
        return TRUE;
      }
  return FALSE;
}

/* A cell as the value of @pspec; spreadsheet text is trimmed, and the quote that a
 * CSV export puts before text a spreadsheet would take for a formula is dropped. */
static gboolean
convert_cell (FhCsvImport *self, GParamSpec *pspec, const char *raw, GValue *value, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (raw));
  GType            type = pspec->value_type;
  g_autoptr (GError) local = NULL;

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    {
      const char *shown = text;

      if (text[0] == '\'' && strchr ("=+-@", text[1]) != NULL && text[1] != '\0')
        shown = text + 1;

      if (self->type == FH_TYPE_GAP && g_str_equal (pspec->name, "capability") && *shown)
        {
          const char *id = find_capability (self, shown);

          if (id == NULL)
            {
              g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("The plan has no capability “%s”: give a capability’s id or "
                             "name."),
                              shown);
              return FALSE;
            }
          shown = id;
        }
      g_value_set_string (value, shown);
      return TRUE;
    }

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    {
      int quarter = 0;

      if (!fh_quarter_parse (text, &quarter))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not a quarter: write it as 2027-Q1."), text);
          return FALSE;
        }
      g_value_set_int (value, quarter);
      return TRUE;
    }

  if (type == G_TYPE_INT || (type == G_TYPE_INT64 && fh_field_get_kind (pspec) != FH_FIELD_MONEY))
    {
      gint64 number = 0;

      if (!g_ascii_string_to_signed (text, 10, type == G_TYPE_INT ? G_MININT : G_MININT64,
                                     type == G_TYPE_INT ? G_MAXINT : G_MAXINT64, &number, NULL))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not a whole number."), text);
          return FALSE;
        }
      if (type == G_TYPE_INT)
        g_value_set_int (value, (int)number);
      else
        g_value_set_int64 (value, number);
      return TRUE;
    }

  if (type == G_TYPE_INT64)
    {
      gint64 minor = 0;

      if (!fh_money_parse (text, fh_money_currency_digits (self->currency), &minor, error))
        return FALSE;
      g_value_set_int64 (value, minor);
      return TRUE;
    }

  if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *range = G_PARAM_SPEC_DOUBLE (pspec);
      double            number = 0;

      if (!fh_number_parse (text, range->minimum, range->maximum, &number, error))
        return FALSE;
      g_value_set_double (value, number);
      return TRUE;
    }

  if (type == G_TYPE_BOOLEAN)
    {
      static const char *const yes[] = { "true", "yes", "1", "x", NULL };
      static const char *const no[] = { "false", "no", "0", NULL };
      g_autofree char         *lower = g_ascii_strdown (text, -1);

      if (!g_strv_contains (yes, lower) && !g_strv_contains (no, lower))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not true or false."), text);
          return FALSE;
        }
      g_value_set_boolean (value, g_strv_contains (yes, lower));
      return TRUE;
    }

  if (G_TYPE_IS_ENUM (type))
    {
      int number = 0;

      if (!parse_enum (type, text, &number))
        {
          g_autofree char *nicks = enum_nicks (type);

          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not allowed here: use one of %s."), text, nicks);
          return FALSE;
        }
      g_value_set_enum (value, number);
      return TRUE;
    }

  g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("This column cannot be imported."));
  return FALSE;
}

static void
refuse (FhCsvImportRow *row, const char *column, const char *reason)
{
  g_clear_object (&row->record);
  row->column = g_strdup (column);
  row->reason = g_strdup (reason);
}

static gboolean
set_cell (FhCsvImport *self, FhCsvImportRow *row, GParamSpec *pspec, const char *text)
{
  g_auto (GValue) value = G_VALUE_INIT;
  g_autoptr (GError) error = NULL;
  g_autofree char *column = fh_csv_column_name (pspec);

  if (!convert_cell (self, pspec, text, &value, &error) ||
      !fh_field_validate (pspec, &value, &error))
    {
      refuse (row, column, error->message);
      return FALSE;
    }

  g_object_set_property (row->record, pspec->name, &value);
  return TRUE;
}

static void
apply_mapping (FhCsvImport *self, FhCsvImportRow *row, FhCsvRow *csv)
{
  g_autofree char *key = fold (cell (csv, self->map_column));
  const char      *target = g_hash_table_lookup (self->mapping, key);

  if (target == NULL)
    return;

  if (g_str_has_prefix (target, MAP_KIND))
    {
      int kind = 0;

      if (parse_enum (FH_TYPE_GAP_KIND, target + strlen (MAP_KIND), &kind))
        g_object_set (row->record, "kind", kind, NULL);
    }
  else if (g_str_has_prefix (target, MAP_CAPABILITY))
    g_object_set (row->record, "capability", target + strlen (MAP_CAPABILITY), NULL);
}

/* The record @csv becomes, or why it cannot be one. */
static void
read_row (FhCsvImport *self, FhCsvRow *csv, FhCsvImportRow *row, GHashTable *seen)
{
  GObjectClass           *klass = self->klass;
  guint                   n_fields = g_strv_length (csv->fields);
  g_autofree char        *title = NULL;
  g_autofree char        *key = NULL;
  guint                   n_props;
  g_autofree GParamSpec **props = NULL;

  row->record = g_object_new (self->type, NULL);

  if (self->board)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, self->title_property);

      if (!set_cell (self, row, pspec, cell (csv, self->text_column)))
        return;
      if (self->map_column >= 0)
        apply_mapping (self, row, csv);
    }
  else
    {
      if (n_fields > self->columns->len)
        {
          g_autofree char *reason =
            g_strdup_printf (_("The row has %u cells but the header names %u columns."), n_fields,
                                self->columns->len);

          refuse (row, NULL, reason);
          return;
        }

      for (guint c = 0; c < n_fields; c++)
        {
          GParamSpec *pspec = self->columns->pdata[c];

          if (pspec != NULL && *csv->fields[c] != '\0' &&
              !set_cell (self, row, pspec, csv->fields[c]))
            return;
        }
    }

  /* Cells left empty keep the defaults; a required field must still hold something. */
  props = g_object_class_list_properties (klass, &n_props);
  for (guint p = 0; p < n_props; p++)
    {
      g_auto (GValue) value = G_VALUE_INIT;
      g_autoptr (GError) error = NULL;

      if (!fh_field_is_required (props[p]))
        continue;
      g_value_init (&value, props[p]->value_type);
      g_object_get_property (row->record, props[p]->name, &value);
      if (!fh_field_validate (props[p], &value, &error))
        {
          g_autofree char *column = fh_csv_column_name (props[p]);

          refuse (row, column, error->message);
          return;
        }
    }

  g_object_get (row->record, self->title_property, &title, NULL);
  key = fold (title);
  if (g_hash_table_contains (self->existing, key))
    {
      row->duplicate = TRUE;
      row->reason =
        g_strdup_printf (_("“%s” is in the plan already; it is not added again."), title);
    }
  else if (g_hash_table_contains (seen, key))
    {
      row->duplicate = TRUE;
      row->reason = g_strdup_printf (_("“%s” is on an earlier row; it is added once."), title);
    }
  else
    g_hash_table_add (seen, g_steal_pointer (&key));
}

static void
read_rows (FhCsvImport *self)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_array_set_size (self->rows, 0);
  for (guint i = 1; i < self->csv->len; i++)
    {
      FhCsvImportRow row = { 0 };

      row.row = i + 1;
      read_row (self, self->csv->pdata[i], &row, seen);
      g_array_append_val (self->rows, row);
    }
}

static int
find_header (GPtrArray *names, const char *const *candidates)
{
  for (guint i = 0; i < names->len; i++)
    if (g_strv_contains (candidates, names->pdata[i]))
      return (int)i;
  return -1;
}

/* The header's names, folded and with "_" for spaces and dashes, as columns. */
static gboolean
read_header (FhCsvImport *self, GError **error)
{
  FhCsvRow     *header = self->csv->pdata[0];
  GObjectClass *klass = self->klass;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean has_title = FALSE;

  for (guint c = 0; header->fields[c] != NULL; c++)
    g_ptr_array_add (names, fold (header->fields[c]));

  if (self->kind == FH_CSV_KIND_GAPS &&
      !g_ptr_array_find_with_equal_func (names, "title", g_str_equal, NULL))
    self->text_column = find_header (names, board_text);

  if (self->text_column >= 0)
    {
      self->board = TRUE;
      for (guint c = 0; c < names->len; c++)
        if (g_strv_contains (board_colour, names->pdata[c]))
          g_array_append_val (self->map_columns, c);
      for (guint c = 0; c < names->len; c++)
        if (g_strv_contains (board_group, names->pdata[c]))
          g_array_append_val (self->map_columns, c);
      self->map_column =
        self->map_columns->len > 0 ? g_array_index (self->map_columns, int, 0) : -1;
      return TRUE;
    }

  for (guint c = 0; c < names->len; c++)
    {
      g_autofree char *property = g_strdup (names->pdata[c]);
      GParamSpec      *pspec;

      g_strdelimit (property, " _", '-');
      pspec = g_object_class_find_property (klass, property);

      if (g_str_equal (property, "id"))
        pspec = NULL; /* the plan gives new records their ids */
      else if (pspec == NULL)
        {
          g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS,
                       _("Column “%s” is not a field of %s. Name the columns as the JSON "
                         "export does (docs/plan-format.md), such as “%s”."),
                          header->fields[c], kind_plural (self->kind), self->title_property);
          return FALSE;
        }
      else
        for (guint d = 0; d < c; d++)
          if (self->columns->pdata[d] == pspec)
            {
              g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS,
                           _("Column “%s” appears twice in the header; keep one."),
                              header->fields[c]);
              return FALSE;
            }

      if (pspec != NULL && g_str_equal (pspec->name, self->title_property))
        has_title = TRUE;
      g_ptr_array_add (self->columns, pspec);
    }

  if (!has_title)
    {
      g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS,
                   _("The header has no “%s” column: name the column that holds the %s so."),
                      self->title_property, kind_plural (self->kind));
      return FALSE;
    }

  return TRUE;
}

static void
fh_csv_import_finalize (GObject *object)
{
  FhCsvImport *self = FH_CSV_IMPORT (object);

  g_free (self->currency);
  g_clear_pointer (&self->klass, g_type_class_unref);
  g_clear_pointer (&self->csv, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->capabilities, g_array_unref);
  g_clear_pointer (&self->existing, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->map_columns, g_array_unref);
  g_clear_pointer (&self->mapping, g_hash_table_unref);

  G_OBJECT_CLASS (fh_csv_import_parent_class)->finalize (object);
}

static void
fh_csv_import_class_init (FhCsvImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fh_csv_import_finalize;
}

static void
fh_csv_import_init (FhCsvImport *self)
{
  self->columns = g_ptr_array_new ();
  self->capabilities = g_array_new (FALSE, TRUE, sizeof (Capability));
  g_array_set_clear_func (self->capabilities, clear_capability);
  self->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_array_new (FALSE, TRUE, sizeof (FhCsvImportRow));
  g_array_set_clear_func (self->rows, clear_row);
  self->map_columns = g_array_new (FALSE, FALSE, sizeof (int));
  self->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->text_column = -1;
  self->map_column = -1;
}

/* "gaps", "use-cases" or "glossary", as the command line names them. */
gboolean
fh_csv_kind_parse (const char *text, FhCsvKind *kind)
{
  static const char *const names[] = { "gaps", "use-cases", "glossary" };

  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        *kind = (FhCsvKind)i;
        return TRUE;
      }
  return FALSE;
}

/**
 * fh_csv_import_new:
 * @kind: what the rows are
 * @data: the file's bytes
 * @length: their number
 * @separator: the field separator, or 0 to take the header line's
 * @models: the plan the rows go into: its capabilities and the titles it has
 * @error: where a file that cannot be read at all says why
 *
 * Returns: (transfer full): the rows as they would be imported, or %NULL
 */
FhCsvImport *
fh_csv_import_new (FhCsvKind           kind,
                   const char         *data,
                   gsize               length,
                   char                separator,
                   const FhPlanModels *models,
                   GError            **error)
{
  g_autoptr (FhCsvImport) self = NULL;
  GListModel *existing;
  guint       n;

  g_return_val_if_fail (models != NULL, NULL);

  self = g_object_new (FH_TYPE_CSV_IMPORT, NULL);
  self->kind = kind;
  self->currency = g_strdup (models->info ? fh_plan_info_get_currency (models->info) : "EUR");
  switch (kind)
    {
    case FH_CSV_KIND_USE_CASES:
      self->type = FH_TYPE_USE_CASE;
      self->title_property = "title";
      existing = models->models[FH_COLLECTION_USE_CASES];
      break;
    case FH_CSV_KIND_GLOSSARY:
      self->type = FH_TYPE_GLOSSARY_TERM;
      self->title_property = "term";
      existing = models->models[FH_COLLECTION_GLOSSARY];
      break;
    case FH_CSV_KIND_GAPS:
    default:
      self->type = FH_TYPE_GAP;
      self->title_property = "title";
      existing = models->models[FH_COLLECTION_GAPS];
      break;
    }

  self->klass = g_type_class_ref (self->type);
  n = existing ? g_list_model_get_n_items (existing) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (existing, i);
      g_autofree char *title = NULL;

      g_object_get (record, self->title_property, &title, NULL);
      g_hash_table_add (self->existing, fold (title));
    }

  existing = models->models[FH_COLLECTION_CAPABILITIES];
  n = existing ? g_list_model_get_n_items (existing) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (existing, i);
      Capability entry = { g_strdup (fh_capability_get_id (capability)),
                           fold (fh_capability_get_name (capability)) };

      g_array_append_val (self->capabilities, entry);
    }

  self->separator = separator ? separator : fh_csv_detect_separator (data, length);
  self->csv = fh_csv_parse (data, length, self->separator, error);
  if (self->csv == NULL)
    return NULL;

  if (self->csv->len == 0)
    {
      g_set_error_literal (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS,
                           _("The file is empty: its first line must name the columns."));
      return NULL;
    }

  if (!read_header (self, error))
    return NULL;

  read_rows (self);
  return g_steal_pointer (&self);
}

FhCsvKind
fh_csv_import_get_kind (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), FH_CSV_KIND_GAPS);
  return self->kind;
}

char
fh_csv_import_get_separator (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), ',');
  return self->separator;
}

guint
fh_csv_import_get_n_rows (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), 0);
  return self->rows->len;
}

const FhCsvImportRow *
fh_csv_import_get_row (FhCsvImport *self, guint index)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, FhCsvImportRow, index);
}

static guint
count (FhCsvImport *self, int which)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      FhCsvImportRow *row = &g_array_index (self->rows, FhCsvImportRow, i);

      if ((which == 0 && row->record != NULL && !row->duplicate) ||
          (which == 1 && row->record == NULL) || (which == 2 && row->duplicate))
        n++;
    }
  return n;
}

guint
fh_csv_import_count_added (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), 0);
  return count (self, 0);
}

guint
fh_csv_import_count_refused (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), 0);
  return count (self, 1);
}

guint
fh_csv_import_count_duplicates (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), 0);
  return count (self, 2);
}

/**
 * fh_csv_import_describe_row:
 *
 * Returns: (nullable): why row @index is refused or not added, as one line that
 * names the row and the column; %NULL for a row that is added
 */
char *
fh_csv_import_describe_row (FhCsvImport *self, guint index)
{
  const FhCsvImportRow *row = fh_csv_import_get_row (self, index);

  if (row == NULL || row->reason == NULL)
    return NULL;
  if (row->column != NULL)
    return g_strdup_printf (_("Row %u, column “%s”: %s"), row->row, row->column, row->reason);
  return g_strdup_printf (_("Row %u: %s"), row->row, row->reason);
}

gboolean
fh_csv_import_is_board (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), FALSE);
  return self->board;
}

static const char *
header_name (FhCsvImport *self, int column)
{
  return cell (self->csv->pdata[0], column);
}

/* The column whose values are mapped: a colour or group column, or NULL. */
const char *
fh_csv_import_get_map_column (FhCsvImport *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), NULL);
  return self->map_column >= 0 ? header_name (self, self->map_column) : NULL;
}

GStrv
fh_csv_import_get_map_columns (FhCsvImport *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), NULL);

  for (guint i = 0; i < self->map_columns->len; i++)
    g_strv_builder_add (builder, header_name (self, g_array_index (self->map_columns, int, i)));
  return g_strv_builder_end (builder);
}

/* Choosing another column forgets the mapping of the one before. */
gboolean
fh_csv_import_set_map_column (FhCsvImport *self, const char *column)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), FALSE);

  for (guint i = 0; i < self->map_columns->len; i++)
    {
      int c = g_array_index (self->map_columns, int, i);

      if (g_strcmp0 (header_name (self, c), column) == 0)
        {
          if (c != self->map_column)
            {
              self->map_column = c;
              g_hash_table_remove_all (self->mapping);
              read_rows (self);
            }
          return TRUE;
        }
    }
  return FALSE;
}

/* The distinct values of the mapped column, in the order they first appear. */
GStrv
fh_csv_import_get_map_values (FhCsvImport *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), NULL);

  for (guint i = 1; self->map_column >= 0 && i < self->csv->len; i++)
    {
      const char *value = cell (self->csv->pdata[i], self->map_column);
      char       *key = fold (value);

      if (*key == '\0' || g_hash_table_contains (seen, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_add (seen, key);
      g_strv_builder_add (builder, value);
    }
  return g_strv_builder_end (builder);
}

/**
 * fh_csv_import_set_mapping:
 * @value: a value of the mapped column
 * @target: a gap kind ("people"), a capability's id or name, or "" for nothing
 *
 * Gives the gaps of the stickies with @value that kind or capability.
 */
gboolean
fh_csv_import_set_mapping (FhCsvImport *self, const char *value, const char *target, GError **error)
{
  g_autofree char *key = NULL;
  char            *resolved = NULL;
  int              kind = 0;

  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (value != NULL && target != NULL, FALSE);

  key = fold (value);
  if (g_str_has_prefix (target, MAP_KIND) || g_str_has_prefix (target, MAP_CAPABILITY))
    target = strchr (target, ':') + 1;

  if (*target == '\0')
    g_hash_table_remove (self->mapping, key);
  else if (parse_enum (FH_TYPE_GAP_KIND, target, &kind))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (FH_TYPE_GAP_KIND);

      resolved = g_strconcat (MAP_KIND, g_enum_get_value (klass, kind)->value_nick, NULL);
    }
  else if (find_capability (self, target) != NULL)
    resolved = g_strconcat (MAP_CAPABILITY, find_capability (self, target), NULL);
  else
    {
      g_set_error (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS,
                   _("“%s” is neither a gap kind (process, people, technology, lifecycle) "
                     "nor a capability of the plan."),
                      target);
      return FALSE;
    }

  if (resolved != NULL)
    g_hash_table_replace (self->mapping, g_steal_pointer (&key), resolved);
  read_rows (self);
  return TRUE;
}

/* "kind:NICK", "capability:ID", or NULL when @value is not mapped. */
const char *
fh_csv_import_get_mapping (FhCsvImport *self, const char *value)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), NULL);

  key = fold (value);
  return g_hash_table_lookup (self->mapping, key);
}

/**
 * fh_csv_import_build_edit:
 *
 * Returns: (transfer full): one edit that adds every row that is neither refused nor
 * a duplicate; the records are copies, so the import can be built again
 */
FhEdit *
fh_csv_import_build_edit (FhCsvImport *self)
{
  const char *labels[] = { N_("Import Gaps from CSV"), N_("Import Use Cases from CSV"),
                                                            N_("Import Glossary from CSV") };
  FhEdit     *edit;

  g_return_val_if_fail (FH_IS_CSV_IMPORT (self), NULL);

  edit = fh_edit_new (_(labels[self->kind]));
  for (guint i = 0; i < self->rows->len; i++)
    {
      FhCsvImportRow         *row = &g_array_index (self->rows, FhCsvImportRow, i);
      GObjectClass           *klass;
      guint                   n_props;
      g_autofree GParamSpec **props = NULL;
      g_autoptr (GObject) copy = NULL;

      if (row->record == NULL || row->duplicate)
        continue;

      klass = G_OBJECT_GET_CLASS (row->record);
      props = g_object_class_list_properties (klass, &n_props);
      copy = g_object_new (self->type, NULL);
      for (guint p = 0; p < n_props; p++)
        {
          g_auto (GValue) value = G_VALUE_INIT;

          if (g_str_equal (props[p]->name, "id"))
            continue;
          g_value_init (&value, props[p]->value_type);
          g_object_get_property (row->record, props[p]->name, &value);
          g_object_set_property (copy, props[p]->name, &value);
        }
      fh_edit_add (edit, copy);
    }

  return edit;
}
