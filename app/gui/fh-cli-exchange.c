/* fh-cli-exchange.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "fh-cli-exchange.h"

#include "fh-csv.h"
#include "fh-csv-export.h"
#include "fh-csv-import.h"
#include "fh-draft.h"
#include "fh-draft-report.h"
#include "fh-plan-diff.h"
#include "fh-plan-merge.h"
#include "fh-rules.h"
#include "fh-store.h"

/* The command line of spreadsheets, calendars and review: CSV in and out, the
 * roadmap as iCalendar, a semantic diff of two plans and git's merge driver. Each
 * command reads its plans as they are and exits with a code scripts can test. */

const GOptionEntry fh_cli_exchange_options[] = {
  { "import-csv", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Import the CSV file IN into the plan FILE, where KIND is gaps, use-cases or glossary: "
       "every row or none, then exit"),
        N_("KIND") },
    { "separator", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The field separator of the CSV file for --import-csv: “,”, “;” or “tab” (default: the "
       "one the header line uses)"),
          N_("CHAR") },
      { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
        N_("For the CSV of a sticky-note board: give the stickies whose colour or group is VALUE the "
       "gap kind or capability TARGET (repeat for each value)"),
            N_("VALUE=TARGET") },
        { "export-csv", 0, 0, G_OPTION_ARG_STRING, NULL,
          N_("Write the KIND records of the plan FILE (gaps, use-cases, roadmap or findings) as CSV to "
       "OUT, then exit"),
              N_("KIND") },
          { "bom", 0, 0, G_OPTION_ARG_NONE, NULL,
            N_("Start the --export-csv file with a UTF-8 byte order mark, for spreadsheets that need one"),
                NULL },
            { "export-ical", 0, 0, G_OPTION_ARG_FILENAME, NULL,
              N_("Write the roadmap of the plan FILE as an iCalendar file to OUT, then exit"),
                  N_("OUT") },
              { "diff", 0, 0, G_OPTION_ARG_NONE, NULL,
                N_("Print what changed from the plan OLD to the plan NEW (plan files or JSON exports), then "
       "exit: 0 when they are the same, 1 when they differ, 2 when one cannot be read"),
                  NULL },
                { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
                  N_("The format of --diff (text or markdown; default: text) or of a portfolio's --summary (json or text; default: json)"),
                      N_("FORMAT") },
                  { "merge", 0, 0, G_OPTION_ARG_NONE, NULL,
                    N_("Merge the JSON plan exports BASE, OURS and THEIRS into OURS, as a git merge driver does, "
       "then exit: 0 when clean, 1 with conflicts (ours is kept for them), 2 when one cannot be "
       "read"),
                        NULL },
                    { "draft", 0, 0, G_OPTION_ARG_NONE, NULL,
                      N_("Print the roadmap the draft proposes for the plan FILE, by quarter, with the findings it would add to the plan, then exit: 0 when it adds no error, 1 when it does, 2 when FILE cannot be read"),
                          NULL },
                      { NULL } };

static guint
count_files (const char *const *files)
{
  return files != NULL ? g_strv_length ((char **)files) : 0;
}

static int
usage (const char *message)
{
  g_printerr ("%s\n", message);
  return 2;
}

/* A CSV file to import: a regular file of a size a sheet can have, so that a FIFO or
 * a device never blocks the command. */
static GBytes *
read_csv_file (const char *path, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);
  char            *contents = NULL;
  gsize            length = 0;
  GStatBuf         st;

  gboolean known = g_stat (path, &st) == 0;

  if (known && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a regular file. Choose a CSV file."), name);
      return NULL;
    }
  if (known && st.st_size > FH_CSV_MAX_BYTES)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is larger than %d MB; split it into smaller files."), name,
                      FH_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static gboolean
parse_separator (const char *text, char *separator)
{
  if (text == NULL)
    *separator = '\0';
  else if (g_str_equal (text, "tab") || g_str_equal (text, "\t"))
    *separator = '\t';
  else if (g_str_equal (text, ",") || g_str_equal (text, ";"))
    *separator = text[0];
  else
    return FALSE;
  return TRUE;
}

static gboolean
apply_mappings (FhCsvImport *import, const char *const *mappings, GError **error)
{
  for (guint i = 0; mappings != NULL && mappings[i] != NULL; i++)
    {
      const char      *equals = strchr (mappings[i], '=');
      g_autofree char *value = NULL;

      if (equals == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--map “%s”: write it as VALUE=TARGET, such as “yellow=people”."),
                          mappings[i]);
          return FALSE;
        }
      value = g_strndup (mappings[i], equals - mappings[i]);
      if (!fh_csv_import_set_mapping (import, value, equals + 1, error))
        return FALSE;
    }
  return TRUE;
}

/* `foothold --import-csv KIND IN FILE`: all rows or none. */
static int
import_csv (GVariantDict *options, const char *kind_name, const char *const *files)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (FhCsvImport) import = NULL;
  g_autoptr (FhEdit) edit = NULL;
  g_autofree const char **mappings = NULL;
  const char             *separator_name = NULL;
  FhPlanModels            models;
  FhCsvKind               kind;
  char                    separator;
  guint                   n, refused, added;

  g_variant_dict_lookup (options, "separator", "&s", &separator_name);
  g_variant_dict_lookup (options, "map", "^a&s", &mappings);

  if (!fh_csv_kind_parse (kind_name, &kind) || count_files (files) != 2)
    return usage (_("Usage: foothold --import-csv KIND IN.csv FILE, where KIND is gaps, "
                    "use-cases or glossary and FILE is a plan."));
  if (!parse_separator (separator_name, &separator))
    return usage (_("--separator takes “,”, “;” or “tab”."));

  bytes = read_csv_file (files[0], &error);
  if (bytes == NULL)
    {
      g_printerr ("%s: %s\n", files[0], error->message);
      return 2;
    }

  store = fh_store_open (files[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", files[1], error->message);
      return 2;
    }

  fh_store_get_models (store, &models);
  import = fh_csv_import_new (kind, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              separator, &models, &error);
  if (import == NULL || !apply_mappings (import, mappings, &error))
    {
      g_printerr ("%s: %s\n", files[0], error->message);
      return 2;
    }

  n = fh_csv_import_get_n_rows (import);
  refused = fh_csv_import_count_refused (import);
  for (guint i = 0; i < n; i++)
    {
      const FhCsvImportRow *row = fh_csv_import_get_row (import, i);
      g_autofree char      *line = fh_csv_import_describe_row (import, i);

      if (line == NULL)
        continue;
      if (row->record == NULL)
        g_printerr ("%s: %s\n", files[0], line);
      else if (refused == 0)
        g_print ("%s: %s\n", files[0], line);
    }

  if (refused > 0)
    {
      g_printerr ("%s: ", files[0]);
      g_printerr (ngettext ("%u row was refused; nothing was imported.",
                            "%u rows were refused; nothing was imported.", refused),
                  refused);
      g_printerr ("\n");
      return 1;
    }

  added = fh_csv_import_count_added (import);
  edit = fh_csv_import_build_edit (import);
  if (added > 0 && !fh_store_apply_edit (store, edit, &error))
    {
      g_printerr ("%s: %s\n", files[1], error->message);
      return 2;
    }

  g_print ("%s: ", files[1]);
  g_print (ngettext ("%u row imported", "%u rows imported", added), added);
  g_print ("\n");
  return 0;
}

static int
export_csv (GVariantDict *options, const char *kind_name, const char *const *files)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GBytes) bytes = NULL;
  FhPlanModels    models;
  FhCsvExportKind kind;

  if (!fh_csv_export_kind_parse (kind_name, &kind) || count_files (files) != 2)
    return usage (_("Usage: foothold --export-csv KIND OUT.csv FILE, where KIND is gaps, "
                    "use-cases, roadmap or findings and FILE is a plan."));

  store = fh_store_open_any (files[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", files[1], error->message);
      return 2;
    }

  fh_store_get_models (store, &models);
  bytes = fh_csv_export (&models, kind, g_variant_dict_contains (options, "bom"));
  if (!fh_store_write_file (files[0], bytes, &error))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 1;
    }
  return 0;
}

/* DTSTAMP is now, or SOURCE_DATE_EPOCH where a build wants the same bytes each time. */
static GDateTime *
calendar_stamp (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64      seconds;

  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT32, &seconds, NULL))
    return g_date_time_new_from_unix_utc (seconds);
  return g_date_time_new_now_utc ();
}

static int
export_ical (const char *out, const char *const *files)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GDateTime) stamp = calendar_stamp ();
  FhPlanModels models;

  if (count_files (files) != 1)
    return usage (_("Usage: foothold --export-ical OUT.ics FILE, with exactly one plan FILE."));

  store = fh_store_open_any (files[0], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", files[0], error->message);
      return 2;
    }

  fh_store_get_models (store, &models);
  bytes = fh_ical_export (&models, stamp);
  if (!fh_store_write_file (out, bytes, &error))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
diff_plans (const char *format_name, const char *const *files)
{
  g_autoptr (FhStore) old_store = NULL;
  g_autoptr (FhStore) new_store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  FhPlanModels     old_models, new_models;
  FhDiffFormat     format = FH_DIFF_FORMAT_TEXT;
  guint            n_changes = 0;

  if (count_files (files) != 2)
    return usage (
      _("Usage: foothold --diff OLD NEW, where each is a plan file or a JSON export."));
  if (g_strcmp0 (format_name, "markdown") == 0)
    format = FH_DIFF_FORMAT_MARKDOWN;
  else if (format_name != NULL && !g_str_equal (format_name, "text"))
    return usage (_("--format takes text or markdown."));

  for (guint i = 0; i < 2; i++)
    {
      FhStore **store = i == 0 ? &old_store : &new_store;

      *store = fh_store_open_any (files[i], &error);
      if (*store == NULL)
        {
          g_printerr ("%s: %s\n", files[i], error->message);
          return 2;
        }
    }

  fh_store_get_models (old_store, &old_models);
  fh_store_get_models (new_store, &new_models);
  text = fh_plan_diff (&old_models, &new_models, format, &n_changes);
  g_print ("%s", text);
  return n_changes > 0 ? 1 : 0;
}

/* git calls the driver with the ancestor, ours and theirs (%O %A %B), and takes
 * what is left in ours as the result. */
static int
merge_plans (const char *const *files)
{
  g_autoptr (GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GBytes) base = NULL;
  g_autoptr (GBytes) ours = NULL;
  g_autoptr (GBytes) theirs = NULL;
  g_autoptr (GBytes) merged = NULL;
  g_autoptr (GError) error = NULL;
  GBytes **sides[] = { &base, &ours, &theirs };

  if (count_files (files) != 3)
    return usage (_("Usage: foothold --merge BASE OURS THEIRS, with three JSON plan exports."));

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      *sides[i] = fh_store_read_json_file (files[i], &error);
      if (*sides[i] == NULL)
        {
          g_printerr ("%s: %s\n", files[i], error->message);
          return 2;
        }
    }

  merged = fh_plan_merge (base, ours, theirs, conflicts, &error);
  if (merged == NULL)
    {
      g_printerr ("foothold: %s\n", error->message);
      return 2;
    }

  if (!fh_store_write_file (files[1], merged, &error))
    {
      g_printerr ("%s: %s\n", files[1], error->message);
      return 2;
    }

  for (guint i = 0; i < conflicts->len; i++)
    g_printerr ("%s: %s\n", files[1], (const char *)conflicts->pdata[i]);
  if (conflicts->len > 0)
    {
      g_printerr ("%s: ", files[1]);
      g_printerr (ngettext ("%u conflict; ours is kept for it.",
                            "%u conflicts; ours is kept for them.", conflicts->len),
                  conflicts->len);
      g_printerr ("\n");
    }
  return conflicts->len > 0 ? 1 : 0;
}

/* `foothold --draft FILE`: the proposal, and what the rules find once it is accepted
 * that they do not find in the plan as it is. FILE is only read. Exits 1 when the
 * draft brings an error. */
static int
draft_plan (const char *const *files)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GPtrArray) draft = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  FhPlanModels     models;
  guint            n_before = 0;

  if (count_files (files) != 1)
    return usage (_("Usage: foothold --draft FILE, with exactly one plan FILE."));

  store = fh_store_open_any (files[0], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", files[0], error->message);
      return 2;
    }

  fh_store_get_models (store, &models);
  draft = fh_draft_propose (&models);
  findings = fh_draft_new_findings (&models, draft, &n_before);
  text = fh_draft_format_text (&models, draft, findings, n_before);
  g_print ("%s", text);
  return fh_rules_count (findings, FH_SEVERITY_ERROR) > 0 ? 1 : 0;
}

/**
 * fh_cli_exchange_run:
 * @options: the command line's options
 * @files: (nullable): the remaining arguments
 *
 * Returns: the exit status of the command given, or -1 when none of these
 * commands was given
 */
int
fh_cli_exchange_run (GVariantDict *options, const char *const *files)
{
  const char *kind = NULL;
  const char *out = NULL;
  const char *format = NULL;

  if (g_variant_dict_lookup (options, "import-csv", "&s", &kind))
    return import_csv (options, kind, files);
  if (g_variant_dict_lookup (options, "export-csv", "&s", &kind))
    return export_csv (options, kind, files);
  if (g_variant_dict_lookup (options, "export-ical", "^&ay", &out))
    return export_ical (out, files);
  if (g_variant_dict_contains (options, "diff"))
    {
      g_variant_dict_lookup (options, "format", "&s", &format);
      return diff_plans (format, files);
    }
  if (g_variant_dict_contains (options, "merge"))
    return merge_plans (files);
  if (g_variant_dict_contains (options, "draft"))
    return draft_plan (files);
  return -1;
}
