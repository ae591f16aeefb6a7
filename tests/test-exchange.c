/* test-exchange.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fh-plan-merge.h"
#include "fh-store.h"
#include "fh-test-util.h"
#include "foothold-core.h"

/* Spreadsheets, calendars and review: CSV read and written, the roadmap as
 * iCalendar, the semantic diff and the three-way merge of JSON exports. */

static GPtrArray *
parse (const char *text, char separator)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = fh_csv_parse (text, strlen (text), separator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static const char *
field (GPtrArray *rows, guint row, guint column)
{
  FhCsvRow *r = rows->pdata[row];

  g_assert_cmpuint (column, <, g_strv_length (r->fields));
  return r->fields[column];
}

static void
test_parse_quoted (void)
{
  const char *text = "\xef\xbb\xbftitle,description\r\n"
                     "\"Ops, and \"\"quotes\"\"\",\"first line\r\nsecond line\"\r\n"
                     "모델 레지스트리가 없다,한국어 설명\r\n"
                     "\r\n"
                     "\"\",last\n";
  g_autoptr (GPtrArray) rows = parse (text, 0);

  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (field (rows, 0, 0), ==, "title");
  g_assert_cmpstr (field (rows, 1, 0), ==, "Ops, and \"quotes\"");
  g_assert_cmpstr (field (rows, 1, 1), ==, "first line\nsecond line");
  g_assert_cmpstr (field (rows, 2, 0), ==, "모델 레지스트리가 없다");
  g_assert_cmpstr (field (rows, 2, 1), ==, "한국어 설명");
  g_assert_cmpstr (field (rows, 3, 0), ==, "");
  g_assert_cmpstr (field (rows, 3, 1), ==, "last");
  /* The row after the quoted line end starts on line 4. */
  g_assert_cmpuint (((FhCsvRow *)rows->pdata[2])->line, ==, 4);
}

static void
test_parse_semicolon (void)
{
  const char *text = "title;severity;description\nKosten, unklar;4;\"3,5 Tage; geschätzt\"\n";
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) commas = NULL;

  g_assert_cmpint (fh_csv_detect_separator (text, strlen (text)), ==, ';');
  rows = parse (text, 0);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (field (rows, 1, 0), ==, "Kosten, unklar");
  g_assert_cmpstr (field (rows, 1, 1), ==, "4");
  g_assert_cmpstr (field (rows, 1, 2), ==, "3,5 Tage; geschätzt");

  /* A separator given wins over the header's. */
  commas = parse (text, ',');
  g_assert_cmpstr (field (commas, 0, 0), ==, "title;severity;description");
}

static void
test_parse_refused (void)
{
  static const struct
  {
    const char *text;
    const char *message;
  } cases[] = {
    { "title\nok\nbad \xff byte\n", "Line 3, column 5:" },
    { "title\n\"never closed\n", "Line 2, column 1:" },
    { "title,x\n\"closed\"late,1\n", "Line 2, column 9:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      GPtrArray *rows = fh_csv_parse (cases[i].text, strlen (cases[i].text), 0, &error);

      g_assert_null (rows);
      g_assert_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

/* Any bytes give rows or an error, never both, never a crash; rows written out and
 * read again are the same rows. */
static void
test_parse_any_bytes (void)
{
  static const char *const pieces[] = { "\"",           ",",    ";",    "\t",    "\n",
                                        "\r",           "\r\n", "a",    "é",     "\xff",
                                        "\xef\xbb\xbf", " ",    "\"\"", "title", "" };
  g_autoptr (GRand) rand = g_rand_new_with_seed (17);
  g_autoptr (FhStore) store = fh_test_demo_store ();
  FhPlanModels models;

  fh_store_get_models (store, &models);
  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) rows = NULL;
      g_autoptr (FhCsvImport) import = NULL;
      guint n = g_rand_int_range (rand, 0, 40);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      rows = fh_csv_parse (text->str, text->len, 0, &error);
      g_assert_true ((rows == NULL) != (error == NULL));
      if (rows != NULL)
        {
          g_autoptr (GString) out = g_string_new (NULL);
          g_autoptr (GPtrArray) again = NULL;
          char separator = fh_csv_detect_separator (text->str, text->len);

          g_clear_pointer (&rows, g_ptr_array_unref);
          rows = fh_csv_parse (text->str, text->len, separator, NULL);
          for (guint r = 0; r < rows->len; r++)
            fh_csv_append_row (out, (const char *const *)((FhCsvRow *)rows->pdata[r])->fields,
                               separator);
          again = fh_csv_parse (out->str, out->len, separator, &error);
          g_assert_no_error (error);
          /* A row of one empty field is written as a blank line, which reads as no row. */
          for (guint r = 0, a = 0; r < rows->len; r++)
            {
              GStrv fields = ((FhCsvRow *)rows->pdata[r])->fields;

              if (g_strv_length (fields) == 1 && *fields[0] == '\0')
                continue;
              g_assert_cmpuint (a, <, again->len);
              g_assert_true (
                g_strv_equal ((const char *const *)fields,
                              (const char *const *)((FhCsvRow *)again->pdata[a++])->fields));
            }
        }
      g_clear_error (&error);

      import = fh_csv_import_new (FH_CSV_KIND_GAPS, text->str, text->len, 0, &models, &error);
      g_assert_true ((import == NULL) != (error == NULL));
    }
}

static void
test_write_field (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  const char *const fields[] = { "plain", "a,b", "say \"hi\"", "two\nlines", "", NULL };

  fh_csv_append_row (out, fields, ',');
  g_assert_cmpstr (out->str, ==, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
}

static FhCsvImport *
import (FhStore *store, FhCsvKind kind, const char *text)
{
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  FhCsvImport *result;

  fh_store_get_models (store, &models);
  result = fh_csv_import_new (kind, text, strlen (text), 0, &models, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static void
test_import_refused (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (FhCsvImport) rows = import (store, FH_CSV_KIND_GAPS,
                                         "title,capability,severity,kind\n"
                                         "Fine,registry,2,technology\n"
                                         "Too severe,registry,7,process\n"
                                         "Nowhere,no-such-capability,2,process\n"
                                         ",registry,2,process\n"
                                         "Bad kind,,2,weather\n"
                                         "  use cases HAVE no agreed   KPI baseline ,,3,\n"
                                         "fine,Model registry & lineage,3,\n");
  g_autofree char *severe = fh_csv_import_describe_row (rows, 1);
  g_autofree char *nowhere = fh_csv_import_describe_row (rows, 2);
  g_autofree char *empty = fh_csv_import_describe_row (rows, 3);
  g_autofree char *kind = fh_csv_import_describe_row (rows, 4);

  g_assert_cmpuint (fh_csv_import_get_n_rows (rows), ==, 7);
  g_assert_cmpuint (fh_csv_import_count_refused (rows), ==, 4);
  g_assert_cmpuint (fh_csv_import_count_duplicates (rows), ==, 2);
  g_assert_cmpuint (fh_csv_import_count_added (rows), ==, 1);

  g_assert_cmpstr (severe, ==, "Row 3, column “severity”: 7 is out of range (1–5).");
  g_assert_cmpstr (nowhere, ==,
                   "Row 4, column “capability”: The plan has no capability "
                   "“no-such-capability”: give a capability’s id or name.");
  g_assert_cmpstr (empty, ==, "Row 5, column “title”: It cannot be empty; type at least one word.");
  g_assert_true (g_str_has_prefix (kind, "Row 6, column “kind”: “weather” is not allowed here"));

  /* A duplicate of the plan's gap, and one of an earlier row named by its name. */
  g_assert_true (fh_csv_import_get_row (rows, 5)->duplicate);
  g_assert_true (fh_csv_import_get_row (rows, 6)->duplicate);
  g_assert_cmpstr (fh_gap_get_capability (FH_GAP (fh_csv_import_get_row (rows, 6)->record)), ==,
                   "registry");
  g_assert_cmpstr (fh_gap_get_title (FH_GAP (fh_csv_import_get_row (rows, 0)->record)), ==, "Fine");
}

static void
test_import_header (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  static const char *const texts[] = { "title,colour_of_sky\nA,b\n", "description\nno title\n",
                                       "title,Title\nA,B\n", "" };
  FhPlanModels             models;

  fh_store_get_models (store, &models);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FhCsvImport) rows =
        fh_csv_import_new (FH_CSV_KIND_GAPS, texts[i], strlen (texts[i]), 0, &models, &error);

      g_assert_null (rows);
      g_assert_error (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS);
    }
}

static void
test_import_kinds (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (FhCsvImport) use_cases =
    import (store, FH_CSV_KIND_USE_CASES,
            "title;impact;status;confidence\nChurn alerts;3;in progress;80\nX;4;live;\n");
  g_autoptr (FhCsvImport) terms = import (store, FH_CSV_KIND_GLOSSARY,
                                          "term,definition,audience\nDrift,\"When data, or "
                                          "the world, changes\",data-science\n");
  FhUseCase      *use_case = FH_USE_CASE (fh_csv_import_get_row (use_cases, 0)->record);
  FhGlossaryTerm *term = FH_GLOSSARY_TERM (fh_csv_import_get_row (terms, 0)->record);

  g_assert_cmpint (fh_csv_import_get_separator (use_cases), ==, ';');
  g_assert_cmpint (fh_use_case_get_impact (use_case), ==, 3);
  g_assert_cmpint (fh_use_case_get_status (use_case), ==, FH_USE_CASE_STATUS_IN_PROGRESS);
  g_assert_cmpint (fh_use_case_get_confidence (use_case), ==, 80);
  g_assert_null (fh_csv_import_get_row (use_cases, 1)->record); /* impact is 0–3 */

  g_assert_cmpstr (fh_glossary_term_get_definition (term), ==, "When data, or the world, changes");
  g_assert_cmpint (fh_glossary_term_get_audience (term), ==, FH_AUDIENCE_DATA_SCIENCE);
}

static void
test_import_board (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (FhCsvImport) rows = import (store, FH_CSV_KIND_GAPS,
                                         "Content,Color,Frame,Author\n"
                                         "Nobody owns retraining,Yellow,Lifecycle,Ann\n"
                                         "No GPU quota,blue,Platform,Bo\n"
                                         "Too many dashboards,pink,Platform,Cy\n"
                                         "\"Hand-over, again\",yellow,People,Di\n");
  g_auto (GStrv) columns = fh_csv_import_get_map_columns (rows);
  g_auto (GStrv) values = fh_csv_import_get_map_values (rows);
  g_auto (GStrv) frames = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (fh_csv_import_is_board (rows));
  g_assert_cmpuint (g_strv_length (columns), ==, 2);
  g_assert_cmpstr (fh_csv_import_get_map_column (rows), ==, "Color");
  g_assert_cmpuint (g_strv_length (values), ==, 3);
  g_assert_cmpstr (values[0], ==, "Yellow");
  g_assert_cmpstr (values[1], ==, "blue");

  g_assert_true (fh_csv_import_set_mapping (rows, "yellow", "people", &error));
  g_assert_true (fh_csv_import_set_mapping (rows, "Blue", "platform", &error));
  g_assert_no_error (error);
  g_assert_false (fh_csv_import_set_mapping (rows, "pink", "no such thing", &error));
  g_assert_error (error, FH_CSV_ERROR, FH_CSV_ERROR_COLUMNS);

  g_assert_cmpuint (fh_csv_import_count_added (rows), ==, 4);
  g_assert_cmpstr (fh_gap_get_title (FH_GAP (fh_csv_import_get_row (rows, 3)->record)), ==,
                   "Hand-over, again");
  g_assert_cmpint (fh_gap_get_kind (FH_GAP (fh_csv_import_get_row (rows, 0)->record)), ==,
                   FH_GAP_KIND_PEOPLE);
  g_assert_cmpint (fh_gap_get_kind (FH_GAP (fh_csv_import_get_row (rows, 3)->record)), ==,
                   FH_GAP_KIND_PEOPLE);
  g_assert_cmpstr (fh_gap_get_capability (FH_GAP (fh_csv_import_get_row (rows, 1)->record)), ==,
                   "platform");
  g_assert_cmpstr (fh_gap_get_capability (FH_GAP (fh_csv_import_get_row (rows, 2)->record)), ==,
                   "");

  /* Another column: the mapping starts again. */
  g_assert_true (fh_csv_import_set_map_column (rows, "Frame"));
  frames = fh_csv_import_get_map_values (rows);
  g_assert_cmpuint (g_strv_length (frames), ==, 3);
  g_assert_null (fh_csv_import_get_mapping (rows, "yellow"));
  g_assert_cmpint (fh_gap_get_kind (FH_GAP (fh_csv_import_get_row (rows, 0)->record)), ==,
                   FH_GAP_KIND_PROCESS);
}

static void
test_import_one_undo_step (void)
{
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.foothold", NULL);
  g_autoptr (GError) error = NULL;
  FhStore    *store = fh_store_new_demo (path, &error);
  GListModel *gaps;
  guint       before;

  g_assert_no_error (error);
  gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
  before = g_list_model_get_n_items (gaps);

  {
    g_autoptr (FhCsvImport) rows =
      import (store, FH_CSV_KIND_GAPS, "title,severity\nFirst,1\nSecond,2\nThird,5\n");
    g_autoptr (FhEdit) edit = fh_csv_import_build_edit (rows);

    g_assert_true (fh_store_apply_edit (store, edit, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, before + 3);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Import Gaps from CSV");
  g_assert_true (fh_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, before);
  g_assert_true (fh_store_redo (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, before + 3);

  g_assert_finalize_object (store);
  fh_test_remove_dir (dir);
}

/* Gaps exported and read back: every field comes back, the formula guard too. */
static void
test_round_trip (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (GListStore) empty = g_list_store_new (FH_TYPE_GAP);
  g_autoptr (GBytes) csv = NULL;
  g_autoptr (FhCsvImport) rows = NULL;
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  GListModel  *gaps;
  FhGap       *first;
  guint        n;

  gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
  first = g_list_model_get_item (gaps, 0);
  g_assert_true (fh_store_set (store, first, &error, "title", "=SUM(A1) looks like a formula",
                               "description", "Two\nlines, \"quoted\"", NULL));
  g_object_unref (first);

  fh_store_get_models (store, &models);
  csv = fh_csv_export (&models, FH_CSV_EXPORT_GAPS, TRUE);
  g_assert_true (memcmp (g_bytes_get_data (csv, NULL), "\xef\xbb\xbfid,title,", 12) == 0);
  g_assert_nonnull (strstr (g_bytes_get_data (csv, NULL), ",'=SUM(A1) looks like a formula,"));

  models.models[FH_COLLECTION_GAPS] = G_LIST_MODEL (empty);
  rows = fh_csv_import_new (FH_CSV_KIND_GAPS, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                            0, &models, &error);
  g_assert_no_error (error);

  n = g_list_model_get_n_items (gaps);
  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (fh_csv_import_count_added (rows), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);
      FhGap *back = FH_GAP (fh_csv_import_get_row (rows, i)->record);

      g_assert_cmpstr (fh_gap_get_title (back), ==, fh_gap_get_title (gap));
      g_assert_cmpstr (fh_gap_get_description (back), ==, fh_gap_get_description (gap));
      g_assert_cmpstr (fh_gap_get_capability (back), ==, fh_gap_get_capability (gap));
      g_assert_cmpint (fh_gap_get_kind (back), ==, fh_gap_get_kind (gap));
      g_assert_cmpint (fh_gap_get_severity (back), ==, fh_gap_get_severity (gap));
      g_assert_cmpint (fh_gap_get_votes (back), ==, fh_gap_get_votes (gap));
      g_assert_cmpstr (fh_gap_get_owner (back), ==, fh_gap_get_owner (gap));
      g_assert_cmpint (fh_gap_get_status (back), ==, fh_gap_get_status (gap));
    }

  /* Into the plan it came from, every row is a duplicate. */
  fh_store_get_models (store, &models);
  g_clear_object (&rows);
  rows = fh_csv_import_new (FH_CSV_KIND_GAPS, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                            0, &models, &error);
  g_assert_cmpuint (fh_csv_import_count_added (rows), ==, 0);
  g_assert_cmpuint (fh_csv_import_count_duplicates (rows), ==, n);
}

static void
test_export_roadmap (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (GBytes) csv = NULL;
  g_autoptr (GBytes) findings = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  FhPlanModels models;

  fh_store_get_models (store, &models);
  csv = fh_csv_export (&models, FH_CSV_EXPORT_ROADMAP, FALSE);
  rows = fh_csv_parse (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), ',', NULL);
  g_assert_cmpuint (rows->len, ==,
                    g_list_model_get_n_items (models.models[FH_COLLECTION_ROADMAP]) + 1);
  g_assert_cmpstr (field (rows, 0, 0), ==, "id");
  g_assert_cmpstr (field (rows, 0, 5), ==, "start_quarter");
  g_assert_cmpstr (field (rows, 0, 13), ==, "gaps");
  g_assert_cmpstr (field (rows, 0, 15), ==, "depends_on");
  g_assert_cmpstr (field (rows, 1, 0), ==, "1");
  g_assert_true (
    g_str_has_suffix (field (rows, 1, 5), "-Q1") || g_str_has_suffix (field (rows, 1, 5), "-Q2") ||
    g_str_has_suffix (field (rows, 1, 5), "-Q3") || g_str_has_suffix (field (rows, 1, 5), "-Q4"));

  findings = fh_csv_export (&models, FH_CSV_EXPORT_FINDINGS, FALSE);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (findings, NULL),
                                   "id,rule,severity,message,fix,items,gaps\r\n"
                                   "untraced-work:11:,untraced-work,warning,"));
}

static void
test_ical (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (GDateTime) stamp = g_date_time_new_utc (2026, 12, 1, 8, 30, 0);
  g_autoptr (GBytes) ics = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *text = NULL;
  FhRoadmapItem   *item;
  FhPlanModels     models;
  guint            n_events = 0, n_begin = 0;
  gboolean         seen_item = FALSE, seen_milestone = FALSE;

  item = g_list_model_get_item (fh_store_get_model (store, FH_COLLECTION_ROADMAP), 0);
  g_assert_true (fh_store_set (store, item, &error, "title",
                               "Kick-off; scope, owners \\ and a very long title that needs "
                               "folding — über zwanzig Wörter",
                               "start-quarter", fh_quarter_make (2027, 2), "duration", 3, NULL));
  g_object_unref (item);
  item = g_list_model_get_item (fh_store_get_model (store, FH_COLLECTION_ROADMAP), 1);
  g_assert_true (fh_store_set (store, item, &error, "milestone", TRUE, "start-quarter",
                               fh_quarter_make (2027, 4), "duration", 1, NULL));
  g_object_unref (item);

  fh_store_get_models (store, &models);
  ics = fh_ical_export (&models, stamp);
  text = g_strndup (g_bytes_get_data (ics, NULL), g_bytes_get_size (ics));

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));

  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL)); /* never cut in a character */
      g_assert_null (strchr (lines[i], '\n'));
      if (g_str_equal (lines[i], "BEGIN:VEVENT"))
        n_begin++;
      if (g_str_has_prefix (lines[i], "UID:roadmap-"))
        n_events++;
      if (g_str_equal (lines[i], "UID:roadmap-1-8113c549068c@foothold"))
        {
          /* An item spans its quarters: 2027-Q2 for three quarters. */
          g_assert_cmpstr (lines[i + 1], ==, "DTSTAMP:20261201T083000Z");
          g_assert_cmpstr (lines[i + 2], ==, "DTSTART;VALUE=DATE:20270401");
          g_assert_cmpstr (lines[i + 3], ==, "DTEND;VALUE=DATE:20280101");
          g_assert_cmpstr (lines[i + 4], ==,
                           "SUMMARY:Kick-off\\; scope\\, owners \\\\ and a very long title that "
                           "needs foldi");
          g_assert_cmpuint (strlen (lines[i + 4]), ==, 75);
          g_assert_cmpstr (lines[i + 5], ==, " ng — über zwanzig Wörter");
          seen_item = TRUE;
        }
      if (g_str_equal (lines[i], "UID:roadmap-2-8113c549068c@foothold"))
        {
          /* A milestone is the last day of its quarter. */
          g_assert_cmpstr (lines[i + 2], ==, "DTSTART;VALUE=DATE:20271231");
          g_assert_cmpstr (lines[i + 3], ==, "DTEND;VALUE=DATE:20280101");
          seen_milestone = TRUE;
        }
    }
  g_assert_true (seen_item && seen_milestone);
  g_assert_cmpuint (n_events, ==, g_list_model_get_n_items (models.models[FH_COLLECTION_ROADMAP]));
  g_assert_cmpuint (n_begin, ==, n_events);
}

static void
test_ical_fold (void)
{
  g_autofree char *line = g_strnfill (80, 'a');
  g_autofree char *folded = fh_ical_fold (line);
  g_autofree char *korean =
    fh_ical_fold ("SUMMARY:모델 레지스트리가 없다 모델 레지스트리가 없다 모델 레지스트리가 없다");
  g_autofree char *escaped = fh_ical_escape ("a;b,c\\d\ne");
  g_auto (GStrv) parts = g_strsplit (korean, "\r\n", -1);

  g_assert_cmpuint (strlen (folded), ==, 80 + 3 + 2);
  g_assert_true (g_str_has_prefix (folded + 75, "\r\n a"));
  g_assert_cmpstr (escaped, ==, "a\\;b\\,c\\\\d\\ne");
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  g_assert_cmpuint (strlen (parts[0]), <=, 75);
  g_assert_cmpuint (strlen (parts[0]), >, 72);
  g_assert_true (parts[1][0] == ' ');
  g_assert_true (g_utf8_validate (parts[0], -1, NULL) && g_utf8_validate (parts[1], -1, NULL));
}

static void
test_diff_same (void)
{
  g_autoptr (FhStore) a = fh_test_demo_store ();
  g_autoptr (FhStore) b = fh_test_demo_store ();
  FhPlanModels     old_models, new_models;
  guint            n = 99;
  g_autofree char *text = NULL;

  fh_store_get_models (a, &old_models);
  fh_store_get_models (b, &new_models);
  text = fh_plan_diff (&old_models, &new_models, FH_DIFF_FORMAT_TEXT, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (text, ==, "No differences.\n");
}

static void
test_diff_edited (void)
{
  g_autoptr (FhStore) a = fh_test_demo_store ();
  g_autoptr (FhStore) b = fh_test_demo_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (FhGap) added = fh_gap_new ("Nobody reads the drift alerts");
  GListModel *gaps = fh_store_get_model (b, FH_COLLECTION_GAPS);
  g_autoptr (FhGap) changed = g_list_model_get_item (gaps, 0);
  g_autoptr (FhGap) removed = g_list_model_get_item (gaps, 2);
  g_autoptr (FhRoadmapItem) moved =
    g_list_model_get_item (fh_store_get_model (b, FH_COLLECTION_ROADMAP), 0);
  FhPlanModels     old_models, new_models;
  FhAssessment    *latest;
  FhScore         *score;
  guint            n = 0;
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *expect_changed = NULL;
  g_autofree char *expect_removed = NULL;
  int              old_stage;

  fh_store_get_models (b, &new_models);
  g_assert_true (fh_store_add (b, added, &error));
  g_assert_true (fh_store_set (b, changed, &error, "severity", 5, NULL));
  g_assert_true (fh_store_set (b, moved, &error, "start-quarter",
                               fh_roadmap_item_get_start_quarter (moved) + 1, NULL));
  latest = fh_maturity_latest (&new_models);
  score = fh_maturity_find_score (&new_models, fh_assessment_get_id (latest), "registry");
  old_stage = fh_score_get_stage (score);
  g_assert_true (fh_store_set (b, score, &error, "stage", old_stage + 1, NULL));
  expect_removed = g_strdup_printf ("  - 3 “%.20s", fh_gap_get_title (removed));
  g_assert_true (fh_store_remove (b, removed, &error));
  g_assert_no_error (error);

  fh_store_get_models (a, &old_models);
  fh_store_get_models (b, &new_models);
  text = fh_plan_diff (&old_models, &new_models, FH_DIFF_FORMAT_TEXT, &n);

  expect_changed = g_strdup_printf ("  ~ 1 “%s”: severity 4 → 5\n", fh_gap_get_title (changed));
  g_assert_cmpuint (n, >=, 5);
  g_assert_nonnull (strstr (text, "Gaps\n"));
  g_assert_nonnull (strstr (text, "  + 29 “Nobody reads the drift alerts”\n"));
  g_assert_nonnull (strstr (text, expect_changed));
  g_assert_nonnull (strstr (text, expect_removed));
  g_assert_nonnull (strstr (text, "Roadmap items moved\n  ~ 1 “"));
  g_assert_nonnull (strstr (text, "Stages (latest assessment)\n  ~ Model registry & lineage: "
                                  "Initial → Repeatable\n"));
  g_assert_nonnull (strstr (text, "1 quarter → 2027-Q2, 1 quarter\n"));
  /* Moving an item is not also a changed field. */
  g_assert_null (strstr (text, "start_quarter"));

  markdown = fh_plan_diff (&old_models, &new_models, FH_DIFF_FORMAT_MARKDOWN, NULL);
  g_assert_true (g_str_has_prefix (markdown, "### Gaps\n\n- **changed** 1 "));
  g_assert_nonnull (strstr (markdown, "\n- **added** 29 “Nobody reads the drift alerts”\n"));
  g_assert_nonnull (strstr (markdown, "### Roadmap items moved\n"));
}

static GBytes *export(FhStore *store)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes = fh_store_export_json (store, &error);

  g_assert_no_error (error);
  return bytes;
}

static FhStore *
load (GBytes *json)
{
  g_autoptr (GError) error = NULL;
  FhStore *store = fh_store_new_from_json (NULL, json, &error);

  g_assert_no_error (error);
  return store;
}

static FhGap *
gap (FhStore *store, gint64 id)
{
  return fh_store_lookup (store, FH_COLLECTION_GAPS, id);
}

static void
test_merge (void)
{
  g_autoptr (FhStore) base = fh_test_demo_store ();
  g_autoptr (GBytes) base_json = export(base);
  g_autoptr (FhStore) ours = load (base_json);
  g_autoptr (FhStore) theirs = load (base_json);
  g_autoptr (FhGap) our_gap = fh_gap_new ("Added by us");
  g_autoptr (FhGap) their_gap = fh_gap_new ("Added by them");
  g_autoptr (GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GBytes) our_json = NULL;
  g_autoptr (GBytes) their_json = NULL;
  g_autoptr (GBytes) merged = NULL;
  g_autoptr (FhStore) result = NULL;
  g_autoptr (GError) error = NULL;
  FhRoadmapItem *item;
  guint          n_gaps;

  /* Two fields of one gap, two other gaps, and a new gap on each side. */
  g_assert_true (fh_store_set (ours, gap (ours, 1), &error, "severity", 5, NULL));
  g_assert_true (fh_store_set (theirs, gap (theirs, 1), &error, "owner", "Theirs", NULL));
  g_assert_true (fh_store_set (ours, gap (ours, 2), &error, "title", "Renamed by us", NULL));
  g_assert_true (fh_store_remove (theirs, gap (theirs, 3), &error));
  g_assert_true (fh_store_add (ours, our_gap, &error));
  g_assert_true (fh_store_unlink (ours, FH_COLLECTION_ITEM_GAPS, 1, 1, &error));
  g_assert_true (fh_store_add (theirs, their_gap, &error));
  item = fh_store_lookup (theirs, FH_COLLECTION_ROADMAP, 1);
  g_assert_true (
    fh_store_link (theirs, FH_COLLECTION_ITEM_GAPS, 1, fh_gap_get_id (their_gap), &error));
  g_assert_no_error (error);
  g_assert_cmpint (fh_gap_get_id (our_gap), ==, fh_gap_get_id (their_gap));
  (void)item;

  our_json = export(ours);
  their_json = export(theirs);
  n_gaps = g_list_model_get_n_items (fh_store_get_model (base, FH_COLLECTION_GAPS));

  merged = fh_plan_merge (base_json, our_json, their_json, conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  result = load (merged);

  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (result, FH_COLLECTION_GAPS)), ==,
                    n_gaps - 1 + 2);
  g_assert_cmpint (fh_gap_get_severity (gap (result, 1)), ==, 5);
  g_assert_cmpstr (fh_gap_get_owner (gap (result, 1)), ==, "Theirs");
  g_assert_cmpstr (fh_gap_get_title (gap (result, 2)), ==, "Renamed by us");
  g_assert_null (gap (result, 3));
  g_assert_cmpstr (fh_gap_get_title (gap (result, fh_gap_get_id (our_gap))), ==, "Added by us");
  /* Theirs moved to a new id, and the link to it followed. */
  {
    gint64      theirs_id = fh_gap_get_id (our_gap) + 1;
    GListModel *links = fh_store_get_model (result, FH_COLLECTION_ITEM_GAPS);
    gboolean    linked = FALSE;

    g_assert_cmpstr (fh_gap_get_title (gap (result, theirs_id)), ==, "Added by them");
    for (guint i = 0; i < g_list_model_get_n_items (links); i++)
      {
        g_autoptr (FhLink) link = g_list_model_get_item (links, i);

        linked |= fh_link_get_source (link) == 1 && fh_link_get_target (link) == theirs_id;
        /* Lists of links merge as sets: our unlink and their link both hold. */
        g_assert_false (fh_link_get_source (link) == 1 && fh_link_get_target (link) == 1);
      }
    g_assert_true (linked);
  }
}

static void
test_merge_conflict (void)
{
  g_autoptr (FhStore) base = fh_test_demo_store ();
  g_autoptr (GBytes) base_json = export(base);
  g_autoptr (FhStore) ours = load (base_json);
  g_autoptr (FhStore) theirs = load (base_json);
  g_autoptr (GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GBytes) our_json = NULL;
  g_autoptr (GBytes) their_json = NULL;
  g_autoptr (GBytes) merged = NULL;
  g_autoptr (FhStore) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (fh_store_set (ours, gap (ours, 1), &error, "severity", 5, "owner", "Us", NULL));
  g_assert_true (fh_store_set (theirs, gap (theirs, 1), &error, "severity", 1, NULL));
  g_assert_true (fh_store_set (theirs, gap (theirs, 4), &error, "votes", 9, NULL));
  /* Removed on one side, changed on the other: the change is ours, so it stays. */
  g_assert_true (fh_store_set (ours, gap (ours, 5), &error, "votes", 3, NULL));
  g_assert_true (fh_store_remove (theirs, gap (theirs, 5), &error));
  our_json = export(ours);
  their_json = export(theirs);

  merged = fh_plan_merge (base_json, our_json, their_json, conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 2);
  expected = g_strdup_printf ("gaps 1 “%s”, field severity: ours 5, theirs 1; ours is kept.",
                              fh_gap_get_title (gap (base, 1)));
  g_assert_cmpstr (conflicts->pdata[0], ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("gaps 5 “%s”: theirs removed it, ours changed it; ours is kept.",
                              fh_gap_get_title (gap (base, 5)));
  g_assert_cmpstr (conflicts->pdata[1], ==, expected);

  result = load (merged);
  g_assert_cmpint (fh_gap_get_severity (gap (result, 1)), ==, 5);
  g_assert_cmpstr (fh_gap_get_owner (gap (result, 1)), ==, "Us");
  g_assert_cmpint (fh_gap_get_votes (gap (result, 4)), ==, 9);
  g_assert_cmpint (fh_gap_get_votes (gap (result, 5)), ==, 3);

  /* A document that is no plan export is refused and names its side. */
  {
    g_autoptr (GBytes) junk = g_bytes_new_static ("[1, 2]", 6);
    g_autoptr (GBytes) none = fh_plan_merge (base_json, our_json, junk, conflicts, &error);

    g_assert_null (none);
    g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT);
    g_assert_true (g_str_has_prefix (error->message, "THEIRS: "));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/csv/parse-quoted", test_parse_quoted);
  g_test_add_func ("/foothold/csv/parse-semicolon", test_parse_semicolon);
  g_test_add_func ("/foothold/csv/parse-refused", test_parse_refused);
  g_test_add_func ("/foothold/csv/parse-any-bytes", test_parse_any_bytes);
  g_test_add_func ("/foothold/csv/write-field", test_write_field);
  g_test_add_func ("/foothold/csv/import-refused", test_import_refused);
  g_test_add_func ("/foothold/csv/import-header", test_import_header);
  g_test_add_func ("/foothold/csv/import-kinds", test_import_kinds);
  g_test_add_func ("/foothold/csv/import-board", test_import_board);
  g_test_add_func ("/foothold/csv/import-one-undo-step", test_import_one_undo_step);
  g_test_add_func ("/foothold/csv/round-trip", test_round_trip);
  g_test_add_func ("/foothold/csv/export-roadmap", test_export_roadmap);
  g_test_add_func ("/foothold/ical/events", test_ical);
  g_test_add_func ("/foothold/ical/fold", test_ical_fold);
  g_test_add_func ("/foothold/diff/same", test_diff_same);
  g_test_add_func ("/foothold/diff/edited", test_diff_edited);
  g_test_add_func ("/foothold/merge/clean", test_merge);
  g_test_add_func ("/foothold/merge/conflict", test_merge_conflict);

  return g_test_run ();
}
