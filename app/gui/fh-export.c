/* fh-export.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "fh-export.h"

#include "fh-markdown.h"
#include "fh-quarter.h"

/**
 * fh_export_report_pdf:
 * @report: a laid-out report
 * @out: the PDF's path; written whole or not at all, through the store's writer
 *   (a symbolic link written through, an existing file's mode kept, nothing left
 *   behind on failure or a terminating signal)
 * @error: says why the PDF was not written
 */
gboolean
fh_export_report_pdf (FhReport *report, const char *out, GError **error)
{
  g_autoptr (FhStoreWriter) writer = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  writer = fh_store_writer_new (out, error);
  if (writer == NULL)
    return FALSE;

  /* A writer dropped without its commit removes what was written. */
  return fh_report_write_pdf (report, G_OUTPUT_STREAM (writer), error) &&
         fh_store_writer_commit (writer, error);
}

/**
 * fh_export_pdf:
 * @store: the plan
 * @out: the PDF's path; written whole or not at all
 * @options: (nullable): sections, quarter range and date
 * @paper: the paper size
 * @error: says why the PDF was not written
 */
gboolean
fh_export_pdf (FhStore               *store,
               const char            *out,
               const FhReportOptions *options,
               FhPaper                paper,
               GError               **error)
{
  FhPlanModels models;
  g_autoptr (FhReport) report = NULL;

  g_return_val_if_fail (FH_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  fh_store_get_models (store, &models);
  report = fh_report_new (&models, options, paper);

  return fh_export_report_pdf (report, out, error);
}

/**
 * fh_export_markdown:
 * @store: the plan
 * @out: the Markdown file's path; written whole or not at all
 * @options: (nullable): sections, quarter range and date
 * @error: says why the file was not written
 */
gboolean
fh_export_markdown (FhStore *store, const char *out, const FhReportOptions *options, GError **error)
{
  FhPlanModels     models;
  g_autofree char *text = NULL;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (FH_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  fh_store_get_models (store, &models);
  text = fh_markdown_report (&models, options);

  /* Written beside @out under a temporary name and renamed over it. */
  bytes = g_bytes_new (text, strlen (text));
  return fh_store_write_file (out, bytes, error);
}

/* The report's options on the command line, beside --sections and --paper. */
const GOptionEntry fh_export_options[] = {
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The report's roadmap from this quarter, such as 2027-Q1 (default: its first item)"),
        N_("QUARTER") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The report's roadmap to this quarter (default: its last item)"), N_("QUARTER") },
      { "appendix", 0, 0, G_OPTION_ARG_NONE, NULL,
        N_("Add the appendix: every gap, finding and roadmap item (default: left out)"), NULL },
        { "mermaid", 0, 0, G_OPTION_ARG_NONE, NULL,
          N_("Add the roadmap to the Markdown as a Mermaid gantt chart"), NULL },
          /* A string, so that "--top 0" is refused rather than taken for the default. */
          { "top", 0, 0, G_OPTION_ARG_STRING, NULL,
            N_("How many rows each detail list of the report shows (default: 20)"), N_("N") },
            { NULL } };

static gboolean
parse_quarter (const char *text, int *quarter, GError **error)
{
  if (text == NULL)
    return TRUE;
  if (!fh_quarter_parse (text, quarter))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a quarter. Write it as 2027-Q1."), text);
      return FALSE;
    }
  return TRUE;
}

/* Progress on a terminal only: a script reading stderr gets the errors alone. */
static gboolean
print_progress (guint page, guint n_pages, gpointer data)
{
  if (page == n_pages || page % 10 == 0)
    {
      g_autofree char *line = g_strdup_printf (_("Writing page %u of %u…"), page, n_pages);

      g_printerr ("\r%s", line);
    }
  if (page == n_pages)
    g_printerr ("\n");
  return TRUE;
}

static gboolean
export_pdf_with_progress (FhStore               *store,
                          const char            *out,
                          const FhReportOptions *options,
                          FhPaper                paper,
                          GError               **error)
{
  FhPlanModels models;
  g_autoptr (FhReport) report = NULL;
  g_autoptr (FhStoreWriter) writer = NULL;

  fh_store_get_models (store, &models);
  report = fh_report_new (&models, options, paper);
  writer = fh_store_writer_new (out, error);
  if (writer == NULL)
    return FALSE;
  return fh_report_write_pdf_full (report, G_OUTPUT_STREAM (writer), print_progress, NULL, NULL,
                                   error) &&
         fh_store_writer_commit (writer, error);
}

/**
 * fh_export_command_line:
 * @dict: the command line's options: --export-pdf, --export-markdown, --sections,
 *   --paper and fh_export_options
 * @files: (nullable): the plan FILE, alone
 *
 * Runs the report exports of the command line; needs no display.
 *
 * Returns: the exit status: 0, 1 when the export failed, 2 for a wrong command line
 */
int
fh_export_command_line (GVariantDict *dict, const char *const *files)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GError) error = NULL;
  FhReportOptions options = { 0 };
  FhPaper         paper_size = fh_report_default_paper ();
  const char     *pdf_out = NULL, *markdown_out = NULL, *sections = NULL, *paper = NULL;
  const char     *from = NULL, *to = NULL;
  const char     *top_text = NULL;
  guint64         top = 0;

  g_variant_dict_lookup (dict, "export-pdf", "^&ay", &pdf_out);
  g_variant_dict_lookup (dict, "export-markdown", "^&ay", &markdown_out);
  g_variant_dict_lookup (dict, "sections", "&s", &sections);
  g_variant_dict_lookup (dict, "paper", "&s", &paper);
  g_variant_dict_lookup (dict, "from", "&s", &from);
  g_variant_dict_lookup (dict, "to", "&s", &to);
  g_variant_dict_lookup (dict, "top", "&s", &top_text);
  options.appendix = g_variant_dict_contains (dict, "appendix");
  options.mermaid = g_variant_dict_contains (dict, "mermaid");

  if ((pdf_out != NULL) == (markdown_out != NULL) || files == NULL ||
      g_strv_length ((char **)files) != 1 || (paper != NULL && pdf_out == NULL) ||
      (options.mermaid && markdown_out == NULL))
    {
      g_printerr ("%s\n",
                  _("Usage: foothold --export-pdf OUT.pdf [--sections LIST] [--paper a4|letter] "
                    "[--from QUARTER] [--to QUARTER] [--top N] [--appendix] FILE, or foothold "
                    "--export-markdown OUT.md [the same options but --paper] [--mermaid] FILE."));
      return 2;
    }

  if (top_text != NULL &&
      !g_ascii_string_to_unsigned (top_text, 10, 1, FH_REPORT_MAX_TOP, &top, NULL))
    {
      g_printerr ("foothold: ");
      g_printerr (_("--top takes a number from 1 to %d."), FH_REPORT_MAX_TOP);
      g_printerr ("\n");
      return 2;
    }
  options.top = (guint)top;

  if ((sections != NULL && !fh_report_sections_parse (sections, &options.sections, &error)) ||
      (paper != NULL && !fh_report_paper_parse (paper, &paper_size, &error)) ||
      !parse_quarter (from, &options.first_quarter, &error) ||
      !parse_quarter (to, &options.last_quarter, &error))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 2;
    }
  if (options.first_quarter > 0 && options.last_quarter > 0 &&
      options.last_quarter < options.first_quarter)
    {
      g_printerr ("foothold: %s\n", _("--to is before --from. Give the earlier quarter first."));
      return 2;
    }

  store = fh_store_open_any (files[0], &error);
  if (store == NULL ||
      (pdf_out != NULL &&
       !(isatty (STDERR_FILENO)
           ? export_pdf_with_progress (store, pdf_out, &options, paper_size, &error)
           : fh_export_pdf (store, pdf_out, &options, paper_size, &error))) ||
      (markdown_out != NULL && !fh_export_markdown (store, markdown_out, &options, &error)))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 1;
    }

  return 0;
}

/* A PDF export running in a thread of its own: the plan's models (referenced, and
 * left alone while the modal export dialog is up), the choices, the writer made on
 * the main thread (so its temporary file is registered there) and the progress. */
typedef struct
{
  FhPlanModels    models;
  FhReportOptions options;
  FhPaper         paper;
  FhStoreWriter  *writer;
  gint            page;
  gint            n_pages;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->models.info);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    g_clear_object (&job->models.models[i]);
  g_clear_pointer (&job->options.date, g_date_time_unref);
  /* Dropped without its commit, the writer removes what it wrote. */
  g_clear_object (&job->writer);
  g_free (job);
}

static gboolean
job_progress (guint page, guint n_pages, gpointer data)
{
  ExportJob *job = data;

  g_atomic_int_set (&job->n_pages, (gint)n_pages);
  g_atomic_int_set (&job->page, (gint)page);
  return TRUE;
}

static void
export_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autoptr (FhReport) report = fh_report_new (&job->models, &job->options, job->paper);
  g_autoptr (GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!fh_report_write_pdf_full (report, G_OUTPUT_STREAM (job->writer), job_progress, job,
                                 cancellable, &error) ||
      !fh_store_writer_commit (job->writer, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * fh_export_pdf_async:
 * @store: the plan; its models must not change until the export is done
 * @out: the PDF's path; written whole or not at all (nothing is left on cancel)
 * @options: (nullable): sections, quarter range and date
 * @paper: the paper size
 * @cancellable: (nullable): stops the export between pages
 * @callback: called on the main thread when it is done
 * @data: for @callback
 *
 * Lays the report out and writes it in a thread, so that a large plan's report does
 * not stop the window; fh_export_pdf_get_progress() says how far it is.
 *
 * Returns: (transfer full): the running export, for its progress
 */
GAsyncResult *
fh_export_pdf_async (FhStore               *store,
                     const char            *out,
                     const FhReportOptions *options,
                     FhPaper                paper,
                     GCancellable          *cancellable,
                     GAsyncReadyCallback    callback,
                     gpointer               data)
{
  g_autoptr (GTask) task = g_task_new (store, cancellable, callback, data);
  g_autoptr (GError) error = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);

  fh_store_get_models (store, &job->models);
  if (job->models.info != NULL)
    g_object_ref (job->models.info);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    if (job->models.models[i] != NULL)
      g_object_ref (job->models.models[i]);
  if (options != NULL)
    job->options = *options;
  if (job->options.date != NULL)
    g_date_time_ref (job->options.date);
  job->paper = paper;
  g_task_set_task_data (task, job, export_job_free);
  g_task_set_source_tag (task, fh_export_pdf_async);

  job->writer = fh_store_writer_new (out, &error);
  if (job->writer == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return g_object_ref (G_ASYNC_RESULT (task));
    }
  g_task_run_in_thread (task, export_thread);
  return g_object_ref (G_ASYNC_RESULT (task));
}

gboolean
fh_export_pdf_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* How many pages of how many the export has written (0 of 0 while it lays out). */
void
fh_export_pdf_get_progress (GAsyncResult *result, guint *page, guint *n_pages)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));

  *page = (guint)g_atomic_int_get (&job->page);
  *n_pages = (guint)g_atomic_int_get (&job->n_pages);
}
