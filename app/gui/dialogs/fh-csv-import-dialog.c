/* fh-csv-import-dialog.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-csv-import-dialog.h"

#include "fh-capability.h"
#include "fh-enums.h"
#include "fh-gap.h"
#include "fh-window.h"

/* The preview of a CSV import: every row as the record it becomes, the rows that are
 * refused and why, the duplicates that are skipped and, for a sticky-note board, what
 * each colour or group means. Import adds the rows that pass in one undo step. */

struct _FhCsvImportDialog
{
  AdwWindow parent_instance;

  FhStore       *store;
  FhCsvImport   *import; /* NULL while the separator chosen does not read the file */
  GBytes        *csv;
  FhCsvKind      kind;
  gboolean       installing;
  GtkStringList *rows;    /* one item per row of the import, its index */
  GtkStringList *columns; /* the columns a board can be mapped by */
  GPtrArray     *targets; /* the mapping targets, parallel to each value row's list */

  AdwWindowTitle *window_title;
  GtkLabel       *summary_label;
  GtkWidget      *import_button;
  GtkWidget      *mapping_group;
  AdwComboRow    *column_row;
  AdwComboRow    *separator_row;
  GtkListBox     *mapping_list;
  GtkListView    *preview;
};

G_DEFINE_FINAL_TYPE (FhCsvImportDialog, fh_csv_import_dialog, ADW_TYPE_WINDOW)

/* In the order of the separator row's items. */
static const char separators[] = { ',', ';', '\t' };

static const char *
kind_title (FhCsvKind kind)
{
  switch (kind)
    {
    case FH_CSV_KIND_USE_CASES:
      return _("Import Use Cases");
    case FH_CSV_KIND_GLOSSARY:
      return _("Import Glossary Terms");
    case FH_CSV_KIND_GAPS:
    default:
      return _("Import Gaps");
    }
}

static void
update_summary (FhCsvImportDialog *self)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint added, refused, duplicates;

  if (self->import == NULL)
    return;

  added = fh_csv_import_count_added (self->import);
  refused = fh_csv_import_count_refused (self->import);
  duplicates = fh_csv_import_count_duplicates (self->import);

  g_string_append_printf (text, ngettext ("%u row will be added", "%u rows will be added", added),
                          added);
  if (refused > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u is refused", "%u are refused", refused), refused);
    }
  if (duplicates > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (
        text,
        ngettext ("%u is a duplicate and skipped", "%u are duplicates and skipped", duplicates),
        duplicates);
    }
  g_string_append (text, ".");

  gtk_label_set_text (self->summary_label, text->str);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", added > 0);
}

static void
refresh_rows (FhCsvImportDialog *self)
{
  guint n = self->import ? fh_csv_import_get_n_rows (self->import) : 0;
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_strdup_printf ("%u", i));
  g_ptr_array_add (items, NULL);

  /* Replacing every item makes the list view bind each row again. */
  gtk_string_list_splice (self->rows, 0, old, (const char *const *)items->pdata);
  update_summary (self);
}

static const char *
capability_name (FhCsvImportDialog *self, const char *id)
{
  FhCapability *capability = *id ? fh_store_lookup_capability (self->store, id) : NULL;

  return capability ? fh_capability_get_name (capability) : id;
}

/* "Row 4 · Technology · Model registry & lineage" */
static char *
describe_added (FhCsvImportDialog *self, const FhCsvImportRow *row)
{
  g_autofree char *row_text = g_strdup_printf (_("Row %u"), row->row);

  if (FH_IS_GAP (row->record))
    {
      FhGap      *gap = FH_GAP (row->record);
      const char *capability = capability_name (self, fh_gap_get_capability (gap));

      if (*capability)
        return g_strdup_printf ("%s · %s · %s", row_text,
                                fh_gap_kind_get_label (fh_gap_get_kind (gap)), capability);
      return g_strdup_printf ("%s · %s", row_text, fh_gap_kind_get_label (fh_gap_get_kind (gap)));
    }
  return g_steal_pointer (&row_text);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), detail);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhCsvImportDialog *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *labels = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  guint      index = (guint)g_ascii_strtoull (
         gtk_string_object_get_string (gtk_list_item_get_item (item)), NULL, 10);
  const FhCsvImportRow *row;
  g_autofree char      *reason = NULL;
  g_autofree char      *text = NULL;

  if (self->import == NULL || index >= fh_csv_import_get_n_rows (self->import))
    return;
  row = fh_csv_import_get_row (self->import, index);
  reason = fh_csv_import_describe_row (self->import, index);

  /* Plan text is shown as it is, never as markup. */
  if (row->record == NULL)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-error-symbolic");
      gtk_widget_set_tooltip_text (icon, _("Refused"));
      gtk_label_set_text (GTK_LABEL (title), reason);
      gtk_label_set_text (GTK_LABEL (detail), _("This row is not imported."));
      return;
    }

  g_object_get (row->record,
                fh_csv_import_get_kind (self->import) == FH_CSV_KIND_GLOSSARY ? "term" : "title",
                &text, NULL);
  gtk_label_set_text (GTK_LABEL (title), text);
  if (row->duplicate)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "edit-copy-symbolic");
      gtk_widget_set_tooltip_text (icon, _("Duplicate"));
      gtk_label_set_text (GTK_LABEL (detail), reason);
    }
  else
    {
      g_autofree char *added = describe_added (self, row);

      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "list-add-symbolic");
      gtk_widget_set_tooltip_text (icon, _("Added"));
      gtk_label_set_text (GTK_LABEL (detail), added);
    }
}

static void
target_selected_cb (AdwComboRow *combo, GParamSpec *pspec, FhCsvImportDialog *self)
{
  const char *value = g_object_get_data (G_OBJECT (combo), "value");
  guint       selected = adw_combo_row_get_selected (combo);

  if (self->import == NULL || selected >= self->targets->len)
    return;
  fh_csv_import_set_mapping (self->import, value, self->targets->pdata[selected], NULL);
  refresh_rows (self);
}

/* What a sticky can mean: nothing, a gap kind, or a capability of the plan. */
static GtkStringList *
target_labels (FhCsvImportDialog *self)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr (GEnumClass) kinds = g_type_class_ref (FH_TYPE_GAP_KIND);
  GListModel *capabilities = fh_store_get_model (self->store, FH_COLLECTION_CAPABILITIES);

  g_ptr_array_set_size (self->targets, 0);
  gtk_string_list_append (labels, _("Nothing"));
  g_ptr_array_add (self->targets, g_strdup (""));
  for (guint i = 0; i < kinds->n_values; i++)
    {
      g_autofree char *label =
        g_strdup_printf (_("Kind: %s"), fh_gap_kind_get_label (kinds->values[i].value));

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->targets, g_strconcat ("kind:", kinds->values[i].value_nick, NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (capabilities); i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (capabilities, i);
      g_autofree char *label =
        g_strdup_printf (_("Capability: %s"), fh_capability_get_name (capability));

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->targets,
                       g_strconcat ("capability:", fh_capability_get_id (capability), NULL));
    }
  return labels;
}

static void
rebuild_mapping (FhCsvImportDialog *self)
{
  g_auto (GStrv) values = fh_csv_import_get_map_values (self->import);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_list))) != NULL)
    gtk_list_box_remove (self->mapping_list, child);

  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autoptr (GtkStringList) labels = target_labels (self);
      GtkWidget  *combo = adw_combo_row_new ();
      const char *mapped = fh_csv_import_get_mapping (self->import, values[i]);

      /* The value is a sticky's text: a title, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (combo), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), values[i]);
      adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (labels));
      for (guint t = 0; mapped != NULL && t < self->targets->len; t++)
        if (g_str_equal (self->targets->pdata[t], mapped))
          adw_combo_row_set_selected (ADW_COMBO_ROW (combo), t);
      g_object_set_data_full (G_OBJECT (combo), "value", g_strdup (values[i]), g_free);
      g_signal_connect (combo, "notify::selected", G_CALLBACK (target_selected_cb), self);
      gtk_list_box_append (self->mapping_list, combo);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_list), values[0] != NULL);
}

static void
column_selected_cb (FhCsvImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->column_row);

  if (self->import == NULL || self->columns == NULL || self->installing ||
      selected >= g_list_model_get_n_items (G_LIST_MODEL (self->columns)))
    return;
  fh_csv_import_set_map_column (self->import, gtk_string_list_get_string (self->columns, selected));
  rebuild_mapping (self);
  refresh_rows (self);
}

/* Shows @import: its mapping step when it is a board's, and its rows. */
static void
install (FhCsvImportDialog *self, FhCsvImport *import)
{
  gboolean board = fh_csv_import_is_board (import);

  self->installing = TRUE;
  g_set_object (&self->import, import);
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (separators[i] == fh_csv_import_get_separator (import))
      adw_combo_row_set_selected (self->separator_row, i);

  gtk_widget_set_visible (self->mapping_group, board);
  g_clear_object (&self->columns);
  if (board)
    {
      g_auto (GStrv) columns = fh_csv_import_get_map_columns (import);

      self->columns = gtk_string_list_new ((const char *const *)columns);
      adw_combo_row_set_model (self->column_row, G_LIST_MODEL (self->columns));
      gtk_widget_set_visible (GTK_WIDGET (self->column_row), columns[0] != NULL);
      rebuild_mapping (self);
    }
  self->installing = FALSE;

  refresh_rows (self);
}

static void
separator_selected_cb (FhCsvImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->separator_row);
  g_autoptr (FhCsvImport) import = NULL;
  g_autoptr (GError) error = NULL;
  FhPlanModels models;

  if (self->installing || self->csv == NULL || selected >= G_N_ELEMENTS (separators) ||
      (self->import != NULL && fh_csv_import_get_separator (self->import) == separators[selected]))
    return;

  fh_store_get_models (self->store, &models);
  import = fh_csv_import_new (self->kind, g_bytes_get_data (self->csv, NULL),
                              g_bytes_get_size (self->csv), separators[selected], &models, &error);
  if (import != NULL)
    {
      install (self, import);
      return;
    }

  /* The file stays open so that another separator can be tried. */
  g_clear_object (&self->import);
  gtk_widget_set_visible (self->mapping_group, FALSE);
  refresh_rows (self);
  gtk_label_set_text (self->summary_label, error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", FALSE);
}

static void
import_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhCsvImportDialog *self = FH_CSV_IMPORT_DIALOG (widget);
  g_autoptr (FhEdit) edit = fh_csv_import_build_edit (self->import);
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint      added = fh_csv_import_count_added (self->import);

  if (added == 0)
    return;

  if (!fh_store_apply_edit (self->store, edit, &error))
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }

  if (FH_IS_WINDOW (parent))
    {
      g_autofree char *title =
        g_strdup_printf (ngettext ("%u row imported", "%u rows imported", added), added);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      fh_window_add_toast (FH_WINDOW (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fh_csv_import_dialog_dispose (GObject *object)
{
  FhCsvImportDialog *self = FH_CSV_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_CSV_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->import);
  g_clear_pointer (&self->csv, g_bytes_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->columns);
  g_clear_pointer (&self->targets, g_ptr_array_unref);

  G_OBJECT_CLASS (fh_csv_import_dialog_parent_class)->dispose (object);
}

static void
fh_csv_import_dialog_class_init (FhCsvImportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_csv_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/foothold/Foothold/fh-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, column_row);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, mapping_list);
  gtk_widget_class_bind_template_child (widget_class, FhCsvImportDialog, preview);
  gtk_widget_class_bind_template_callback (widget_class, column_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, separator_selected_cb);

  gtk_widget_class_install_action (widget_class, "dialog.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fh_csv_import_dialog_init (FhCsvImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = gtk_string_list_new (NULL);
  self->targets = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->preview, factory);
  gtk_list_view_set_model (self->preview, GTK_SELECTION_MODEL (gtk_no_selection_new (
                                            G_LIST_MODEL (g_object_ref (self->rows)))));
  g_object_unref (factory);
}

/**
 * fh_csv_import_dialog_new:
 * @parent: the window the dialog belongs to
 * @store: the open plan
 * @kind: what the rows are
 * @csv: the file's bytes
 * @name: the file's name, for the subtitle
 * @error: where a file that cannot be read at all says why
 *
 * Returns: (transfer floating) (nullable): the preview, or %NULL when the file cannot
 *   be read as CSV
 */
FhCsvImportDialog *
fh_csv_import_dialog_new (GtkWindow  *parent,
                          FhStore    *store,
                          FhCsvKind   kind,
                          GBytes     *csv,
                          const char *name,
                          GError    **error)
{
  g_autoptr (FhCsvImport) import = NULL;
  FhCsvImportDialog *self;
  FhPlanModels       models;

  g_return_val_if_fail (FH_IS_STORE (store), NULL);
  g_return_val_if_fail (csv != NULL, NULL);

  fh_store_get_models (store, &models);
  import = fh_csv_import_new (kind, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), 0,
                              &models, error);
  if (import == NULL)
    return NULL;

  self = g_object_new (FH_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->csv = g_bytes_ref (csv);
  self->kind = kind;
  adw_window_title_set_title (self->window_title, kind_title (kind));
  adw_window_title_set_subtitle (self->window_title, name ? name : "");
  install (self, import);
  return self;
}

FhCsvImport *
fh_csv_import_dialog_get_import (FhCsvImportDialog *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->import;
}

const char *
fh_csv_import_dialog_get_summary (FhCsvImportDialog *self)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

/* Chooses @target for @value in the mapping rows, as a click would. */
gboolean
fh_csv_import_dialog_map (FhCsvImportDialog *self, const char *value, const char *target)
{
  g_return_val_if_fail (FH_IS_CSV_IMPORT_DIALOG (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->mapping_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "value"), value) != 0)
        continue;
      for (guint t = 0; t < self->targets->len; t++)
        if (g_str_equal (self->targets->pdata[t], target))
          {
            adw_combo_row_set_selected (ADW_COMBO_ROW (row), t);
            return TRUE;
          }
    }
  return FALSE;
}

typedef struct
{
  GtkWindow *parent;
  FhStore   *store;
  FhCsvKind  kind;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->parent);
  g_clear_object (&choice->store);
  g_free (choice);
}

static void
chooser_response_cb (GtkNativeDialog *chooser, int response, Choice *choice)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char   *name = NULL;
  char              *contents = NULL;
  gsize              length = 0;
  FhCsvImportDialog *dialog = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      g_autoptr (GBytes) bytes = g_bytes_new_take (contents, length);

      name = g_file_get_basename (file);
      dialog =
        fh_csv_import_dialog_new (choice->parent, choice->store, choice->kind, bytes, name, &error);
    }

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
  else if (error != NULL && FH_IS_WINDOW (choice->parent))
    fh_window_show_error (FH_WINDOW (choice->parent), _("Could Not Read the CSV File"),
                                                         error->message);

  g_object_unref (chooser);
  choice_free (choice);
}

/**
 * fh_csv_import_dialog_choose:
 * @parent: the window
 * @store: the open plan
 * @kind: "gaps", "use-cases" or "glossary"
 *
 * Asks for a CSV file, then shows its preview.
 */
void
fh_csv_import_dialog_choose (GtkWindow *parent, FhStore *store, const char *kind)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  Choice *choice;

  g_return_if_fail (FH_IS_STORE (store));

  choice = g_new0 (Choice, 1);
  if (!fh_csv_kind_parse (kind, &choice->kind))
    {
      g_free (choice);
      g_return_if_reached ();
    }
  choice->parent = g_object_ref (parent);
  choice->store = g_object_ref (store);

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (kind_title (choice->kind), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
