/* fh-cli-portfolio.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fh-cli-portfolio.h"

#include "fh-export.h"
#include "fh-portfolio-open.h"
#include "fh-portfolio-report.h"
#include "fh-report-portfolio.h"
#include "fh-store.h"

/* `foothold --portfolio DIR [FILE…]`: a folder of plans (and any further plan
 * files) read as one portfolio, for an organisation's dashboard in CI: the PDF,
 * the Markdown or the summary, or else the portfolio window. */

const GOptionEntry fh_cli_portfolio_options[] = {
  { "portfolio", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read the plan files and JSON exports in the folder DIR (and any FILE given) as a "
       "read-only portfolio: with --export-pdf, --export-markdown or --summary write it and "
       "exit, otherwise show it"),
        N_("DIR") },
    { NULL } };

static int
usage (void)
{
  g_printerr ("%s\n",
              _("Usage: foothold --portfolio DIR [FILE…] [--export-pdf OUT.pdf [--paper "
                        "a4|letter] | --export-markdown OUT.md | --summary [--format json|text]]"));
  return 2;
}

static int
summarize (FhPortfolio *portfolio, const char *format)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  gsize            length = 0;
  const char      *data;

  if (g_strcmp0 (format, "text") == 0)
    {
      text = fh_portfolio_summary_text (portfolio);
      data = text;
      length = strlen (text);
    }
  else
    {
      bytes = fh_portfolio_to_json (portfolio);
      data = g_bytes_get_data (bytes, &length);
    }
  fwrite (data, 1, length, stdout);
  fflush (stdout);
  return 0;
}

static gboolean
export_markdown (FhPortfolio *portfolio, const char *out, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = fh_portfolio_markdown (portfolio, now);
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return fh_store_write_file (out, bytes, error);
}

static gboolean
export_pdf (FhPortfolio *portfolio, const char *out, FhPaper paper, GError **error)
{
  g_autoptr (FhReport) report = fh_report_portfolio_new (portfolio, paper, NULL);

  return fh_export_report_pdf (report, out, error);
}

/* The window: the running Foothold (or this one) opens the portfolio. */
static int
show (GApplication *app, GPtrArray *paths)
{
  g_autoptr (GError) error = NULL;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (
    G_ACTION_GROUP (app), "open-portfolio",
    g_variant_new_bytestring_array ((const char *const *)paths->pdata, (gssize)paths->len));
  return 0;
}

/**
 * fh_cli_portfolio_run:
 * @files: (nullable): the remaining arguments: more members
 *
 * Returns: the exit status (0; 1 when the portfolio cannot be read or written; 2 for
 *   a wrong command line), or -1 when --portfolio was not given
 */
int
fh_cli_portfolio_run (GApplication *app, GVariantDict *options, const char *const *files)
{
  const char *dir = NULL;
  const char *pdf_out = NULL;
  const char *markdown_out = NULL;
  const char *format = NULL;
  const char *paper_name = NULL;
  gboolean    summary = g_variant_dict_contains (options, "summary");
  FhPaper     paper = fh_report_default_paper ();
  g_autoptr (GPtrArray) paths = g_ptr_array_new ();
  g_autoptr (FhPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_variant_dict_lookup (options, "portfolio", "^&ay", &dir))
    return -1;

  g_variant_dict_lookup (options, "export-pdf", "^&ay", &pdf_out);
  g_variant_dict_lookup (options, "export-markdown", "^&ay", &markdown_out);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "paper", "&s", &paper_name);

  if ((pdf_out != NULL) + (markdown_out != NULL) + summary > 1 || (format != NULL && !summary) ||
      (paper_name != NULL && pdf_out == NULL) || g_variant_dict_contains (options, "sections") ||
      (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "text")))
    return usage ();
  if (paper_name != NULL && !fh_report_paper_parse (paper_name, &paper, &error))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 2;
    }

  g_ptr_array_add (paths, (gpointer)dir);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    g_ptr_array_add (paths, (gpointer)files[i]);

  if (pdf_out == NULL && markdown_out == NULL && !summary)
    return show (app, paths);

  g_ptr_array_add (paths, NULL);
  portfolio = fh_portfolio_open ((const char *const *)paths->pdata, NULL, &error);
  if (portfolio == NULL || (pdf_out != NULL && !export_pdf (portfolio, pdf_out, paper, &error)) ||
      (markdown_out != NULL && !export_markdown (portfolio, markdown_out, &error)))
    {
      g_printerr ("foothold: %s\n", error->message);
      return 1;
    }

  /* A skipped member is reported, never fatal: the rest of the dashboard stands. */
  for (guint i = 0; i < fh_portfolio_get_n_skipped (portfolio); i++)
    {
      const FhPortfolioSkipped *skipped = fh_portfolio_get_skipped (portfolio, i);

      /* Translators: a file name, then why the portfolio did not read it */
      g_printerr (_("foothold: skipped %s: %s\n"), skipped->file, skipped->reason);
    }

  return summary ? summarize (portfolio, format) : 0;
}
