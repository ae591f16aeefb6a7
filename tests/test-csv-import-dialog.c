/* test-csv-import-dialog.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-csv-import-dialog.h"
#include "fh-csv.h"
#include "fh-gap.h"
#include "fh-store.h"
#include "fh-test-ui.h"

/* The CSV import preview: what it says it will do, the sticky-note mapping, and one
 * undo step for the rows it adds. */

static FhCsvImportDialog *
open_dialog (FhStore *store, const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  FhCsvImportDialog *dialog =
    fh_csv_import_dialog_new (NULL, store, FH_CSV_KIND_GAPS, bytes, "workshop.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  return dialog;
}

static guint
preview_rows (FhCsvImportDialog *dialog)
{
  GtkListView *preview = GTK_LIST_VIEW (
    gtk_widget_get_template_child (GTK_WIDGET (dialog), FH_TYPE_CSV_IMPORT_DIALOG, "preview"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (preview)));
}

static void
test_preview_and_import (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  GListModel *gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
  guint       before = g_list_model_get_n_items (gaps);
  g_autoptr (GError) error = NULL;
  FhCsvImportDialog *dialog = open_dialog (store, "title;severity;capability\n"
                                                  "\"Drift, unseen\";4;monitoring\n"
                                                  "Too severe;9;\n"
                                                  "USE CASES have no agreed KPI baseline;2;\n"
                                                  "<b>not markup</b>;1;\n");
  gpointer           weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_cmpstr (fh_csv_import_dialog_get_summary (dialog), ==,
                   "2 rows will be added; 1 is refused; 1 is a duplicate and skipped.");
  g_assert_cmpuint (preview_rows (dialog), ==, 4);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL);
  fh_test_wait_destroyed (&weak);

  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, before + 2);
  {
    g_autoptr (FhGap) last = g_list_model_get_item (gaps, before + 1);

    g_assert_cmpstr (fh_gap_get_title (last), ==, "<b>not markup</b>");
  }
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Import Gaps from CSV");
  g_assert_true (fh_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, before);
}

static void
test_board_mapping (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  GListModel        *gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
  guint              before = g_list_model_get_n_items (gaps);
  FhCsvImportDialog *dialog = open_dialog (store, "Text,Colour,Group\n"
                                                  "Nobody owns retraining,yellow,Lifecycle\n"
                                                  "No GPU quota,blue,Platform\n");
  GtkListBox        *mapping = GTK_LIST_BOX (
           gtk_widget_get_template_child (GTK_WIDGET (dialog), FH_TYPE_CSV_IMPORT_DIALOG, "mapping_list"));
  GtkWidget   *group = GTK_WIDGET (gtk_widget_get_template_child (
      GTK_WIDGET (dialog), FH_TYPE_CSV_IMPORT_DIALOG, "mapping_group"));
  gpointer     weak = dialog;
  FhCsvImport *import = fh_csv_import_dialog_get_import (dialog);

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_true (gtk_widget_get_visible (group));
  g_assert_nonnull (gtk_list_box_get_row_at_index (mapping, 1));
  g_assert_null (gtk_list_box_get_row_at_index (mapping, 2));

  g_assert_true (fh_csv_import_dialog_map (dialog, "yellow", "kind:people"));
  g_assert_true (fh_csv_import_dialog_map (dialog, "blue", "capability:platform"));
  g_assert_false (fh_csv_import_dialog_map (dialog, "green", "kind:people"));
  g_assert_cmpint (fh_gap_get_kind (FH_GAP (fh_csv_import_get_row (import, 0)->record)), ==,
                   FH_GAP_KIND_PEOPLE);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL);
  fh_test_wait_destroyed (&weak);

  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, before + 2);
  {
    g_autoptr (FhGap) first = g_list_model_get_item (gaps, before);
    g_autoptr (FhGap) second = g_list_model_get_item (gaps, before + 1);

    g_assert_cmpstr (fh_gap_get_title (first), ==, "Nobody owns retraining");
    g_assert_cmpint (fh_gap_get_kind (first), ==, FH_GAP_KIND_PEOPLE);
    g_assert_cmpstr (fh_gap_get_capability (second), ==, "platform");
  }
}

static void
test_separator (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  FhCsvImportDialog *dialog = open_dialog (store, "title;severity\nKosten, unklar;2\n");
  AdwComboRow       *separator = ADW_COMBO_ROW (gtk_widget_get_template_child (
          GTK_WIDGET (dialog), FH_TYPE_CSV_IMPORT_DIALOG, "separator_row"));

  g_assert_cmpuint (adw_combo_row_get_selected (separator), ==, 1);
  g_assert_cmpstr (fh_csv_import_dialog_get_summary (dialog), ==, "1 row will be added.");

  /* With commas the header names no known column: said, and nothing to import. */
  adw_combo_row_set_selected (separator, 0);
  g_assert_null (fh_csv_import_dialog_get_import (dialog));
  g_assert_true (g_str_has_prefix (fh_csv_import_dialog_get_summary (dialog),
                                   "Column “title;severity” is not a field of gaps."));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (dialog), FH_TYPE_CSV_IMPORT_DIALOG, "import_button"))));
  g_assert_cmpuint (preview_rows (dialog), ==, 0);

  adw_combo_row_set_selected (separator, 1);
  g_assert_cmpstr (fh_csv_import_dialog_get_summary (dialog), ==, "1 row will be added.");
  g_assert_cmpstr (fh_gap_get_title (FH_GAP (
                     fh_csv_import_get_row (fh_csv_import_dialog_get_import (dialog), 0)->record)),
                   ==, "Kosten, unklar");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_unreadable (void)
{
  g_autoptr (FhStore) store = fh_test_demo_store ();
  g_autoptr (GBytes) bytes = g_bytes_new_static ("title\n\"open", 11);
  g_autoptr (GError) error = NULL;
  FhCsvImportDialog *dialog =
    fh_csv_import_dialog_new (NULL, store, FH_CSV_KIND_GAPS, bytes, "bad.csv", &error);

  g_assert_null (dialog);
  g_assert_error (error, FH_CSV_ERROR, FH_CSV_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add_func ("/foothold/csv-import-dialog/preview-and-import", test_preview_and_import);
  g_test_add_func ("/foothold/csv-import-dialog/board-mapping", test_board_mapping);
  g_test_add_func ("/foothold/csv-import-dialog/separator", test_separator);
  g_test_add_func ("/foothold/csv-import-dialog/unreadable", test_unreadable);

  return g_test_run ();
}
