/* bench-report.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fh-bench-plan.h"
#include "fh-export.h"
#include "fh-markdown.h"
#include "fh-report.h"
#include "fh-store.h"

/* How long the report takes: the demo plan and the generated large plan, laid out,
 * written as PDF and as Markdown. Prints one Markdown table. */

#define RUNS 5

typedef struct
{
  double layout_ms;
  double pdf_ms;
  double markdown_ms;
  double preview_ms;
  guint  pages;
  guint  timeline_pages;
  double pdf_mb;
} Result;

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values, guint n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static void
measure (FhStore *store, const char *dir, guint runs, Result *result)
{
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  double           layout[RUNS], pdf[RUNS], markdown[RUNS], preview[RUNS];
  FhPlanModels     models;

  fh_store_get_models (store, &models);
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FhReport) report = NULL;
      g_autoptr (FhReport) first = NULL;
      g_autofree char *text = NULL;
      GStatBuf         st;
      gint64           t0, t1, t2, t3, tp;

      /* What the export dialog lays out on every change: the first three pages. */
      tp = g_get_monotonic_time ();
      first = fh_report_new_preview (&models, NULL, FH_PAPER_A4, 3);
      preview[i] = (g_get_monotonic_time () - tp) / 1000.0;

      t0 = g_get_monotonic_time ();
      report = fh_report_new (&models, NULL, FH_PAPER_A4);
      t1 = g_get_monotonic_time ();
      if (!fh_export_report_pdf (report, path, &error))
        g_error ("%s", error->message);
      t2 = g_get_monotonic_time ();
      text = fh_markdown_report (&models, NULL);
      t3 = g_get_monotonic_time ();

      layout[i] = (t1 - t0) / 1000.0;
      pdf[i] = (t2 - t1) / 1000.0;
      markdown[i] = (t3 - t2) / 1000.0;
      result->pages = fh_report_get_n_pages (report);
      result->timeline_pages = fh_report_get_timeline_pages (report);
      result->pdf_mb = g_stat (path, &st) == 0 ? st.st_size / 1e6 : 0;
    }

  result->layout_ms = median (layout, runs);
  result->pdf_ms = median (pdf, runs);
  result->markdown_ms = median (markdown, runs);
  result->preview_ms = median (preview, runs);
  g_remove (path);
}

static void
print_rows (const char *plan, const Result *r)
{
  g_print ("| export %s: layout | %.0f | ms | %u pages, %u of them the tiled timeline |\n", plan,
           r->layout_ms, r->pages, r->timeline_pages);
  g_print ("| export %s: PDF | %.0f | ms | drawing and writing, %.2f MB |\n", plan, r->pdf_ms,
           r->pdf_mb);
  g_print ("| export %s: total | %.0f | ms | layout and PDF, what `--export-pdf` adds to opening "
           "the plan |\n",
           plan, r->layout_ms + r->pdf_ms);
  g_print ("| export %s: Markdown | %.0f | ms | the same sections as tables and lists |\n", plan,
           r->markdown_ms);
  g_print ("| export %s: preview | %.0f | ms | the export dialog's first 3 pages, laid out on "
           "every change |\n",
           plan, r->preview_ms);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) demo = NULL;
  g_autoptr (FhStore) large = NULL;
  g_autofree char *dir = g_dir_make_tmp ("foothold-bench-report-XXXXXX", &error);
  FhBenchSize      size;
  Result           demo_result = { 0 }, large_result = { 0 };

  if (dir == NULL)
    g_error ("%s", error->message);

  demo = fh_store_new_demo (NULL, &error);
  if (demo == NULL)
    g_error ("%s", error->message);
  measure (demo, dir, RUNS, &demo_result);

  fh_bench_size_init_default (&size);
  large = fh_bench_generate_plan (NULL, &size, &error);
  if (large == NULL)
    g_error ("%s", error->message);
  measure (large, dir, 1, &large_result);

  g_print (
    "Foothold report benchmark (demo: median of %d runs; large plan: %u gaps, %u roadmap items, "
    "%u options)\n\n",
    RUNS, size.n_gaps, size.n_items, size.n_options);
  g_print ("| measure | value | unit | note |\n| --- | ---: | --- | --- |\n");
  print_rows ("demo plan", &demo_result);
  print_rows ("large plan", &large_result);

  g_rmdir (dir);
  return 0;
}
