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

#include "fh-export.h"

#include "fh-markdown.h"

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

/**
 * fh_export_command_line:
 * @pdf_out: (nullable): --export-pdf OUT
 * @markdown_out: (nullable): --export-markdown OUT
 * @sections: (nullable): --sections LIST
 * @paper: (nullable): --paper a4|letter
 * @files: (nullable): the plan FILE, alone
 *
 * Runs the report exports of the command line; needs no display.
 *
 * Returns: the exit status: 0, 1 when the export failed, 2 for a wrong command line
 */
int
fh_export_command_line (const char        *pdf_out,
                        const char        *markdown_out,
                        const char        *sections,
                        const char        *paper,
                        const char *const *files)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GError) error = NULL;
  FhReportOptions options = { 0 };
  FhPaper         paper_size = fh_report_default_paper ();

  if ((pdf_out != NULL) == (markdown_out != NULL) || files == NULL ||
      g_strv_length ((char **)files) != 1 || (paper != NULL && pdf_out == NULL))
    {
      g_printerr (
        "%s\n",
        _("Usage: foothold --export-pdf OUT.pdf [--sections LIST] [--paper a4|letter] FILE, "
                            "or foothold --export-markdown OUT.md [--sections LIST] FILE."));
      return 2;
    }

  if ((sections != NULL && !fh_report_sections_parse (sections, &options.sections, &error)) ||
      (paper != NULL && !fh_report_paper_parse (paper, &paper_size, &error)))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 2;
    }

  store = fh_store_open_any (files[0], &error);
  if (store == NULL ||
      (pdf_out != NULL && !fh_export_pdf (store, pdf_out, &options, paper_size, &error)) ||
      (markdown_out != NULL && !fh_export_markdown (store, markdown_out, &options, &error)))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 1;
    }

  return 0;
}
