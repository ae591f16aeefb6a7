/* bench-portfolio.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "fh-bench-plan.h"
#include "fh-export.h"
#include "fh-portfolio-open.h"
#include "fh-portfolio-report.h"
#include "fh-report-portfolio.h"
#include "fh-store.h"

/* How long a portfolio of many teams' plans takes: 200 generated team plans (one in
 * ten kept as a JSON export, as plans in git often are), read as one portfolio with
 * every check of opening a plan, then its summary, Markdown and PDF.
 * Usage: bench-portfolio [--plans N] [--runs N] */

#define TEAM_GAPS        40
#define TEAM_ITEMS       15
#define TEAM_OPTIONS     8
#define TEAM_COST_LINES  4
#define TEAM_ASSESSMENTS 4

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
write_plans (const char *dir, int n)
{
  for (int i = 0; i < n; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FhStore) store = NULL;
      g_autofree char *name = g_strdup_printf ("Team %03d", i + 1);
      g_autofree char *path = g_strdup_printf ("%s/team-%03d" FH_PLAN_EXTENSION, dir, i + 1);
      FhBenchSize      size = { TEAM_GAPS,       TEAM_ITEMS,       TEAM_OPTIONS,
                                TEAM_COST_LINES, TEAM_ASSESSMENTS, (guint32)(20270101 + i) };

      store = fh_bench_generate_plan (path, &size, &error);
      if (store == NULL ||
          !fh_store_set (store, fh_store_get_info (store), &error, "name", name, NULL))
        g_error ("%s", error->message);
      if (i % 10 == 9)
        {
          g_autoptr (GBytes) json = fh_store_export_json (store, &error);
          g_autofree char *json_path = g_strdup_printf ("%s/team-%03d.json", dir, i + 1);

          g_clear_object (&store);
          if (json == NULL || !fh_store_write_file (json_path, json, &error))
            g_error ("%s", error->message);
          g_remove (path);
        }
    }
}

int
main (int argc, char *argv[])
{
  int          plans = 200, runs = 5;
  GOptionEntry entries[] = {
    { "plans", 0, 0, G_OPTION_ARG_INT, &plans, "Number of team plans", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (the median is printed)", "N" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char   *dir = NULL;
  g_autofree char   *pdf = NULL;
  g_autofree double *open_ms = NULL, *json_ms = NULL, *markdown_ms = NULL, *pdf_ms = NULL;
  const char        *paths[2] = { NULL, NULL };
  guint              n_rows = 0, n_columns = 0, n_shared = 0;
  double             generate_ms;
  gint64             t0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || plans < 1 || runs < 1)
    g_error ("%s", error != NULL ? error->message : "--plans and --runs take 1 or more");

  dir = g_dir_make_tmp ("foothold-bench-portfolio-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  pdf = g_build_filename (dir, "portfolio.pdf", NULL);
  paths[0] = dir;
  open_ms = g_new0 (double, runs);
  json_ms = g_new0 (double, runs);
  markdown_ms = g_new0 (double, runs);
  pdf_ms = g_new0 (double, runs);

  t0 = g_get_monotonic_time ();
  write_plans (dir, plans);
  generate_ms = ms_since (t0);

  for (int r = 0; r < runs; r++)
    {
      g_autoptr (FhPortfolio) portfolio = NULL;
      g_autoptr (GBytes) json = NULL;
      g_autoptr (FhReport) report = NULL;
      g_autofree char *markdown = NULL;

      t0 = g_get_monotonic_time ();
      portfolio = fh_portfolio_open (paths, NULL, &error);
      if (portfolio == NULL)
        g_error ("%s", error->message);
      open_ms[r] = ms_since (t0);
      n_rows = fh_portfolio_get_n_rows (portfolio);
      n_columns = fh_portfolio_get_n_columns (portfolio);
      n_shared = fh_portfolio_get_shared_gaps (portfolio)->len;

      t0 = g_get_monotonic_time ();
      json = fh_portfolio_to_json (portfolio);
      json_ms[r] = ms_since (t0);

      t0 = g_get_monotonic_time ();
      markdown = fh_portfolio_markdown (portfolio, NULL);
      markdown_ms[r] = ms_since (t0);

      t0 = g_get_monotonic_time ();
      report = fh_report_portfolio_new (portfolio, FH_PAPER_A4, NULL);
      if (!fh_export_report_pdf (report, pdf, &error))
        g_error ("%s", error->message);
      pdf_ms[r] = ms_since (t0);
    }

  qsort (open_ms, runs, sizeof (double), compare_doubles);
  qsort (json_ms, runs, sizeof (double), compare_doubles);
  qsort (markdown_ms, runs, sizeof (double), compare_doubles);
  qsort (pdf_ms, runs, sizeof (double), compare_doubles);

  g_print ("Foothold portfolio benchmark (%d team plans of %d gaps, %d roadmap items, %d options "
           "and %d assessments each; median of %d runs)\n\n",
           plans, TEAM_GAPS, TEAM_ITEMS, TEAM_OPTIONS, TEAM_ASSESSMENTS, runs);
  g_print ("| measure | value | unit | note |\n| --- | ---: | --- | --- |\n");
  g_print ("| generate the plans | %.0f | ms | not part of the portfolio: writing the folder |\n",
           generate_ms);
  g_print ("| open portfolio | %.0f | ms | %u plans read with every check, %u capabilities, %u "
           "shared gaps |\n",
           open_ms[runs / 2], n_rows, n_columns, n_shared);
  g_print ("| … per plan | %.1f | ms | |\n", open_ms[runs / 2] / MAX (n_rows, 1));
  g_print ("| summary JSON | %.0f | ms | `--summary` after opening |\n", json_ms[runs / 2]);
  g_print ("| Markdown | %.0f | ms | `--export-markdown` after opening |\n", markdown_ms[runs / 2]);
  g_print ("| PDF | %.0f | ms | `--export-pdf` after opening: layout, heat map, writing |\n",
           pdf_ms[runs / 2]);

  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *entry;

    while (d != NULL && (entry = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, entry, NULL);

        g_remove (file);
      }
    g_rmdir (dir);
  }
  return 0;
}
