/* fh-export-dialog.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-export-dialog.h"

#include "fh-export.h"
#include "fh-plan-info.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-feedback.h"

#define PREVIEW_PAGES 3
#define PREVIEW_GAP   12.0

struct _FhExportDialog
{
  AdwWindow parent_instance;

  FhStore              *store;
  FhReport             *preview_report; /* the first pages only, laid out on every change */
  FhReport             *report;         /* the whole report, laid out when it is exported */
  GArray               *quarters;       /* int: the quarters the range rows offer */
  GtkCheckButton       *checks[FH_REPORT_N_SECTIONS];
  GtkFileChooserNative *chooser;
  gboolean              chooser_is_pdf;
  guint                 rebuild_id; /* a layout waiting for the choices to settle */

  AdwPreferencesGroup *sections_group;
  AdwComboRow         *paper_row;
  AdwComboRow         *from_row;
  GtkSpinButton       *top_spin;
  AdwComboRow         *to_row;
  GtkDrawingArea      *preview;
  GtkLabel            *preview_caption;
  GtkWidget           *export_button;
  GtkWidget           *markdown_button;
  GtkWidget           *print_button;
  GtkWidget           *progress_box;
  GtkProgressBar      *progress_bar;

  GAsyncResult *export;      /* the PDF export running in its thread */
  GCancellable *cancellable; /* … and what stops it */
  char         *export_path;
  guint         progress_id; /* updates the bar while it runs */
};

G_DEFINE_FINAL_TYPE (FhExportDialog, fh_export_dialog, ADW_TYPE_WINDOW)

enum
{
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * fh_export_default_paper:
 *
 * The paper the Preferences name, or, when they say "auto" (the default), the one GTK
 * says this locale and printer set-up use: Letter or A4.
 */
FhPaper
fh_export_default_paper (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *paper = g_settings_get_string (settings, "paper");

  /* The Preferences' paper, or the locale's when it says "auto". */
  if (g_str_equal (paper, "a4"))
    return FH_PAPER_A4;
  if (g_str_equal (paper, "letter"))
    return FH_PAPER_LETTER;
  return g_strcmp0 (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER) == 0 ? FH_PAPER_LETTER
                                                                               : FH_PAPER_A4;
}

static guint
selected_sections (FhExportDialog *self)
{
  guint sections = 0;

  for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
    {
      if (gtk_check_button_get_active (self->checks[s]))
        sections |= 1u << s;
    }

  return sections;
}

/**
 * fh_export_dialog_get_options:
 * @self: the dialog
 * @options: (out): the sections and quarter range chosen; the date is unset (now)
 * @paper: (out) (optional): the paper chosen
 */
void
fh_export_dialog_get_options (FhExportDialog *self, FhReportOptions *options, FhPaper *paper)
{
  guint from = adw_combo_row_get_selected (self->from_row);
  guint to = adw_combo_row_get_selected (self->to_row);

  g_return_if_fail (FH_IS_EXPORT_DIALOG (self));

  memset (options, 0, sizeof *options);
  options->sections = selected_sections (self);
  options->top = (guint)gtk_spin_button_get_value_as_int (self->top_spin);
  if (from < self->quarters->len)
    options->first_quarter = g_array_index (self->quarters, int, from);
  if (to < self->quarters->len)
    options->last_quarter = g_array_index (self->quarters, int, to);

  if (paper != NULL)
    *paper = adw_combo_row_get_selected (self->paper_row) == 1 ? FH_PAPER_LETTER : FH_PAPER_A4;
}

static double
preview_height (FhExportDialog *self, double width)
{
  double total = 0;
  guint  n = self->preview_report != NULL
               ? MIN (PREVIEW_PAGES, fh_report_get_n_pages (self->preview_report))
               : 0;

  for (guint i = 0; i < n; i++)
    {
      double w, h;

      fh_report_get_page_size (self->preview_report, i, &w, &h);
      total += h * width / w + PREVIEW_GAP;
    }

  return total + PREVIEW_GAP;
}

static void
set_sensitive (FhExportDialog *self, gboolean sensitive)
{
  gtk_widget_set_sensitive (self->export_button, sensitive);
  gtk_widget_set_sensitive (self->markdown_button, sensitive);
  gtk_widget_set_sensitive (self->print_button, sensitive);
}

static void
fh_export_dialog_rebuild (FhExportDialog *self)
{
  FhReportOptions  options;
  FhPlanModels     models;
  FhPaper          paper;
  g_autofree char *caption = NULL;
  guint            n;

  g_clear_pointer (&self->preview_report, fh_report_free);
  g_clear_pointer (&self->report, fh_report_free);
  fh_export_dialog_get_options (self, &options, &paper);

  gtk_widget_remove_css_class (GTK_WIDGET (self->to_row), "error");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->to_row), "");

  if (self->store == NULL || options.sections == 0)
    {
      gtk_label_set_text (self->preview_caption, _("Choose at least one section to export."));
      set_sensitive (self, FALSE);
      gtk_widget_queue_draw (GTK_WIDGET (self->preview));
      return;
    }

  if (options.first_quarter > options.last_quarter)
    {
      /* Refused at the field, with the reason beside it. */
      gtk_widget_add_css_class (GTK_WIDGET (self->to_row), "error");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->to_row),
                                   _("The range must not end before it starts."));
      gtk_label_set_text (self->preview_caption,
                          _("Choose a roadmap range that ends after it starts."));
      set_sensitive (self, FALSE);
      gtk_widget_queue_draw (GTK_WIDGET (self->preview));
      return;
    }

  fh_store_get_models (self->store, &models);
  /* Only the pages the preview shows: a large plan's whole report takes seconds to
   * lay out, and is laid out when it is exported. */
  self->preview_report = fh_report_new_preview (&models, &options, paper, PREVIEW_PAGES);
  n = fh_report_get_n_pages (self->preview_report);
  /* The total only when it is known: a longer report is counted when it is exported. */
  if (fh_report_is_complete (self->preview_report))
    caption = g_strdup_printf (ngettext ("%u page.", "%u pages.", n), n);
  else
    caption = g_strdup_printf (_("More than %u pages. The preview shows the first %u."), n, n);
  gtk_label_set_text (self->preview_caption, caption);
  set_sensitive (self, n > 0);

  gtk_drawing_area_set_content_height (
    self->preview, (int)preview_height (self, gtk_drawing_area_get_content_width (self->preview) -
                                                2 * PREVIEW_GAP));
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

/* The whole report for the current choices, laid out the first time it is needed;
 * NULL when the choices make no report. */
static FhReport *
full_report (FhExportDialog *self)
{
  FhReportOptions options;
  FhPlanModels    models;
  FhPaper         paper;

  if (self->report == NULL && self->preview_report != NULL)
    {
      fh_export_dialog_get_options (self, &options, &paper);
      fh_store_get_models (self->store, &models);
      self->report = fh_report_new (&models, &options, paper);
    }

  return self->report;
}

static gboolean
rebuild_cb (gpointer data)
{
  FhExportDialog *self = data;

  self->rebuild_id = 0;
  fh_export_dialog_rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A large plan takes a moment to lay out: a few clicks in a row lay it out once. */
static void
option_changed_cb (FhExportDialog *self)
{
  /* The rows notify while the template is still being built. */
  if (self->quarters == NULL || self->checks[FH_REPORT_N_SECTIONS - 1] == NULL)
    return;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->rebuild_id = g_timeout_add (150, rebuild_cb, self);
}

static void
flush_rebuild (FhExportDialog *self)
{
  if (self->rebuild_id != 0)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      fh_export_dialog_rebuild (self);
    }
}

static void
draw_preview (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FhExportDialog *self = data;
  double          page_width = width - 2 * PREVIEW_GAP;
  double          y = PREVIEW_GAP;
  guint           n;

  if (self->preview_report == NULL || page_width <= 0)
    return;

  n = MIN (PREVIEW_PAGES, fh_report_get_n_pages (self->preview_report));
  for (guint i = 0; i < n; i++)
    {
      double w, h, scale;

      fh_report_get_page_size (self->preview_report, i, &w, &h);
      scale = page_width / w;

      cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
      cairo_rectangle (cr, PREVIEW_GAP + 2, y + 2, page_width, h * scale);
      cairo_fill (cr);

      cairo_save (cr);
      cairo_translate (cr, PREVIEW_GAP, y);
      cairo_scale (cr, scale, scale);
      cairo_rectangle (cr, 0, 0, w, h);
      cairo_clip (cr);
      fh_report_draw_page (self->preview_report, cr, i);
      cairo_restore (cr);

      y += h * scale + PREVIEW_GAP;
    }
}

static void
fill_quarters (FhExportDialog *self)
{
  FhPlanModels models;
  g_autoptr (FhReportRoadmap) roadmap = NULL;
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  int first, last;

  g_array_set_size (self->quarters, 0);
  if (self->store != NULL)
    {
      fh_store_get_models (self->store, &models);
      roadmap = fh_report_roadmap_new (&models, NULL);
    }

  if (roadmap != NULL && roadmap->first_quarter > 0)
    {
      first = roadmap->first_quarter;
      last = roadmap->last_quarter;
    }
  else
    {
      first = fh_maturity_current_quarter (NULL);
      last = first + 7;
    }

  for (int q = first; q <= last; q++)
    {
      g_autofree char *label = fh_quarter_format (q);

      g_array_append_val (self->quarters, q);
      gtk_string_list_append (labels, label);
    }

  adw_combo_row_set_model (self->from_row, G_LIST_MODEL (labels));
  adw_combo_row_set_model (self->to_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->from_row, 0);
  adw_combo_row_set_selected (self->to_row, self->quarters->len - 1);
}

static void
add_section_rows (FhExportDialog *self)
{
  for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* The appendix lists every gap, finding and item: opt-in, as on the command line. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), s != FH_REPORT_APPENDIX);
      if (s == FH_REPORT_APPENDIX)
        adw_action_row_set_subtitle (
          ADW_ACTION_ROW (row), _("Every gap, finding and roadmap item; long for a large plan"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      fh_report_section_get_title (s), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fh_report_section_get_title (s));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      self->checks[s] = GTK_CHECK_BUTTON (check);
      adw_preferences_group_add (self->sections_group, row);
    }

  for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
    g_signal_connect_swapped (self->checks[s], "toggled", G_CALLBACK (option_changed_cb), self);
}

static void
show_error (FhExportDialog *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), heading);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exported (FhExportDialog *self, const char *path)
{
  g_autofree char *basename = g_filename_display_basename (path);
  g_autofree char *text = g_strdup_printf (_("Report exported as “%s”"), basename);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  AdwToast        *toast = fh_toast_new (text, FALSE);

  /* The report is what the team came for: one click (or Tab, Enter) opens it. */
  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }

  /* Handlers take a reference of their own. */
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
  gtk_window_close (GTK_WINDOW (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser, int response, FhExportDialog *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  FhReportOptions options;
  gboolean        ok;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL || self->preview_report == NULL)
    return;

  if (self->chooser_is_pdf)
    {
      fh_export_dialog_export_pdf (self, path);
      return;
    }

  fh_export_dialog_get_options (self, &options, NULL);
  ok = fh_export_markdown (self->store, path, &options, &error);
  if (!ok)
    {
      show_error (self, _("Could Not Export the Report"), error->message);
      return;
    }

  exported (self, path);
}

static gboolean
progress_cb (gpointer data)
{
  FhExportDialog *self = data;
  guint           page, n_pages;

  fh_export_pdf_get_progress (self->export, &page, &n_pages);
  if (n_pages == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      gtk_progress_bar_set_text (self->progress_bar, _("Laying out the pages…"));
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page, n_pages);

      gtk_progress_bar_set_fraction (self->progress_bar, (double)page / n_pages);
      gtk_progress_bar_set_text (self->progress_bar, text);
    }
  return G_SOURCE_CONTINUE;
}

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (FhExportDialog) self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_steal_pointer (&self->export_path);
  gboolean         ok = fh_export_pdf_finish (result, &error);

  g_clear_object (&self->export);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->store == NULL)
    return;

  gtk_widget_set_visible (self->progress_box, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sections_group), TRUE);
  set_sensitive (self, TRUE);
  if (ok)
    exported (self, path);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("Could Not Export the Report"), error->message);
}

/**
 * fh_export_dialog_export_pdf:
 * @self: the dialog
 * @path: where the PDF goes
 *
 * Exports the report with the dialog's choices in a thread, showing its progress
 * and a Stop button; on success the dialog closes with a toast, as after the file
 * chooser. fh_export_dialog_is_exporting() is %TRUE until it is done.
 */
void
fh_export_dialog_export_pdf (FhExportDialog *self, const char *path)
{
  FhReportOptions options;
  FhPaper         paper;

  g_return_if_fail (FH_IS_EXPORT_DIALOG (self));
  g_return_if_fail (self->export == NULL);

  fh_export_dialog_get_options (self, &options, &paper);
  self->cancellable = g_cancellable_new ();
  self->export_path = g_strdup (path);
  set_sensitive (self, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sections_group), FALSE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (self->progress_box, TRUE);
  self->export = fh_export_pdf_async (self->store, path, &options, paper, self->cancellable,
                                      export_done_cb, g_object_ref (self));
  self->progress_id = g_timeout_add (100, progress_cb, self);
}

/* Stops the export: the file is not written and nothing is left beside it. */
void
fh_export_dialog_stop_export (FhExportDialog *self)
{
  g_return_if_fail (FH_IS_EXPORT_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
fh_export_dialog_is_exporting (FhExportDialog *self)
{
  g_return_val_if_fail (FH_IS_EXPORT_DIALOG (self), FALSE);

  return self->export != NULL;
}

static void
stop_clicked_cb (FhExportDialog *self)
{
  fh_export_dialog_stop_export (self);
}

static void
choose_file (FhExportDialog *self, gboolean pdf)
{
  FhPlanInfo      *info = fh_store_get_info (self->store);
  g_autofree char *stem = g_strdup (fh_plan_info_get_name (info));
  g_autofree char *name = NULL;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  /* The choices make no report (no section, a range backwards): the reason is shown. */
  if (self->preview_report == NULL)
    return;

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  /* A plan name may hold a slash, which no file name can. */
  g_strdelimit (stem, "/", '-');
  name = g_strconcat (stem, pdf ? ".pdf" : ".md", NULL);
  if (pdf)
    {
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Markdown Documents"));
      gtk_file_filter_add_pattern (filter, "*.md");
    }

  self->chooser_is_pdf = pdf;
  self->chooser = gtk_file_chooser_native_new (pdf ? _("Export PDF")
                                                   : _("Save as Markdown"), GTK_WINDOW (self),
                                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_pdf_clicked_cb (FhExportDialog *self)
{
  flush_rebuild (self);
  choose_file (self, TRUE);
}

static void
export_markdown_clicked_cb (FhExportDialog *self)
{
  flush_rebuild (self);
  choose_file (self, FALSE);
}

static void
print_clicked_cb (FhExportDialog *self)
{
  FhReportOptions options;
  FhPaper         paper;
  GtkWindow      *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* No section chosen would read as "all" below: print only what the preview shows. */
  flush_rebuild (self);
  if (self->preview_report == NULL)
    return;

  fh_export_dialog_get_options (self, &options, &paper);
  fh_export_print (parent != NULL ? parent : GTK_WINDOW (self), self->store, &options, paper);
  gtk_window_close (GTK_WINDOW (self));
}

static void
fh_export_dialog_dispose (GObject *object)
{
  FhExportDialog *self = FH_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  /* A running export holds the dialog until it ends; closing stops it. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_pointer (&self->preview_report, fh_report_free);
  g_clear_pointer (&self->report, fh_report_free);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (fh_export_dialog_parent_class)->dispose (object);
}

static void
fh_export_dialog_finalize (GObject *object)
{
  FhExportDialog *self = FH_EXPORT_DIALOG (object);

  g_array_unref (self->quarters);

  G_OBJECT_CLASS (fh_export_dialog_parent_class)->finalize (object);
}

static void
fh_export_dialog_class_init (FhExportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_export_dialog_dispose;
  object_class->finalize = fh_export_dialog_finalize;

  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, sections_group);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, top_spin);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, preview_caption);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, markdown_button);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, FhExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, option_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_pdf_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_markdown_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fh_export_dialog_init (FhExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  adw_combo_row_set_selected (self->paper_row,
                              fh_export_default_paper () == FH_PAPER_LETTER ? 1 : 0);
  add_section_rows (self);
  gtk_spin_button_set_range (self->top_spin, 1, FH_REPORT_MAX_TOP);
  gtk_spin_button_set_value (self->top_spin, FH_REPORT_DEFAULT_TOP);
  self->quarters = g_array_new (FALSE, FALSE, sizeof (int));
}

/**
 * fh_export_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the plan to export
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
FhExportDialog *
fh_export_dialog_new (GtkWindow *parent, FhStore *store)
{
  FhExportDialog *self;

  g_return_val_if_fail (FH_IS_STORE (store), NULL);

  self = g_object_new (FH_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill_quarters (self);
  fh_export_dialog_rebuild (self);
  /* Enter exports at once: the choices are there for those who want them. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  gtk_window_set_focus (GTK_WINDOW (self), self->export_button);

  return self;
}

/* Returns: (transfer none) (nullable): the whole report as the choices make it (laid
 * out now if it was not yet), NULL when they make none */
FhReport *
fh_export_dialog_get_report (FhExportDialog *self)
{
  g_return_val_if_fail (FH_IS_EXPORT_DIALOG (self), NULL);

  flush_rebuild (self);
  return full_report (self);
}

/* Returns: (transfer none) (nullable): the first pages the preview shows, NULL when
 * the choices make no report */
FhReport *
fh_export_dialog_get_preview (FhExportDialog *self)
{
  g_return_val_if_fail (FH_IS_EXPORT_DIALOG (self), NULL);

  flush_rebuild (self);
  return self->preview_report;
}

void
fh_export_dialog_set_section (FhExportDialog *self, FhReportSection section, gboolean included)
{
  g_return_if_fail (FH_IS_EXPORT_DIALOG (self));
  g_return_if_fail (section < FH_REPORT_N_SECTIONS);

  gtk_check_button_set_active (self->checks[section], included);
}

static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page,
                       GtkPageSetup      *setup,
                       FhReport          *report)
{
  double width, height;

  fh_report_get_page_size (report, page, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
draw_page_cb (GtkPrintOperation *operation, GtkPrintContext *context, int page, FhReport *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   width, height, scale;

  /* The printer's page may differ a little from the report's paper: fit, never crop. */
  fh_report_get_page_size (report, page, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_scale (cr, scale, scale);
  fh_report_draw_page (report, cr, page);
}

static void
show_print_error (GtkWindow *parent, const GError *error)
{
  GtkWidget *dialog;

  if (parent == NULL || error == NULL)
    return;

  dialog = adw_message_dialog_new (parent, _("Could Not Print the Report"), NULL);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkPrintOperation *
print_operation_new (FhStore *store, const FhReportOptions *options, FhPaper paper)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) size =
    gtk_paper_size_new (paper == FH_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  FhPlanModels models;
  FhReport    *report;

  fh_store_get_models (store, &models);
  report = fh_report_new (&models, options, paper);

  g_object_set_data_full (G_OBJECT (operation), "report", report, (GDestroyNotify)fh_report_free);
  gtk_page_setup_set_paper_size (setup, size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, fh_report_get_n_pages (report));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, fh_plan_info_get_name (fh_store_get_info (store)));
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);

  return operation;
}

/**
 * fh_export_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @store: the plan
 * @options: (nullable): sections and quarter range
 * @paper: the paper the pages are laid out for
 *
 * Prints the report through GTK's print dialog, drawing the same pages as the PDF.
 */
void
fh_export_print (GtkWindow *parent, FhStore *store, const FhReportOptions *options, FhPaper paper)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (FH_IS_STORE (store));

  /* Not async: the operation runs its dialog in a loop of its own and ends here. */
  operation = print_operation_new (store, options, paper);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_print_error (parent, error);
}

/**
 * fh_export_print_to_file:
 * @store: the plan
 * @options: (nullable): sections and quarter range
 * @paper: the paper the pages are laid out for
 * @path: the PDF GTK's print system writes
 * @error: says why printing failed
 *
 * Runs the print operation without a dialog, into a PDF file ("Print to File"): the
 * pages the printer would get.
 *
 * Returns: the number of pages printed, 0 on failure
 */
guint
fh_export_print_to_file (FhStore               *store,
                         const FhReportOptions *options,
                         FhPaper                paper,
                         const char            *path,
                         GError               **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  FhReport *report;

  g_return_val_if_fail (FH_IS_STORE (store), 0);
  g_return_val_if_fail (path != NULL, 0);

  operation = print_operation_new (store, options, paper);
  report = g_object_get_data (G_OBJECT (operation), "report");
  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return 0;

  return fh_report_get_n_pages (report);
}
