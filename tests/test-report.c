/* test-report.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh-bench-plan.h"
#include "fh-export.h"
#include "fh-gap.h"
#include "fh-plan-info.h"
#include "fh-render-text.h"
#include "fh-report.h"
#include "fh-store.h"
#include "fh-test-util.h"

/* The PDF report, checked the way a reader sees it: poppler's pdfinfo, pdftotext and
 * pdffonts read what was written. No display is needed. */

static char *
pdf_text (const char *path, int page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);

  if (page > 0)
    return fh_test_run (
      (const char *const[]){ "pdftotext", "-f", first, "-l", first, "-layout", path, "-", NULL });
  return fh_test_run ((const char *const[]){ "pdftotext", "-layout", path, "-", NULL });
}

static int
pdf_pages (const char *path)
{
  g_autofree char *info = fh_test_run ((const char *const[]){ "pdfinfo", path, NULL });
  const char      *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  return atoi (line + strlen ("\nPages:"));
}

static char *
pdf_info (const char *path)
{
  return fh_test_run ((const char *const[]){ "pdfinfo", "-f", "1", "-l", "9999", path, NULL });
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2027, 5, 14, 9, 0, 0);
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static FhReport *
demo_report (FhStore **store, const FhReportOptions *options, FhPaper paper)
{
  FhPlanModels models;
  g_autoptr (GError) error = NULL;

  *store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);
  fh_store_get_models (*store, &models);
  return fh_report_new (&models, options, paper);
}

static void
test_demo_exports (void)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GDateTime) date = fixed_date ();
  FhReportOptions options = { 0, 0, 0, date };
  g_autoptr (FhReport) report = demo_report (&store, &options, FH_PAPER_A4);
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *footer = NULL;
  guint            n;

  g_assert_true (fh_export_report_pdf (report, path, &error));
  g_assert_no_error (error);

  n = fh_report_get_n_pages (report);
  g_assert_cmpuint (n, >=, 8);
  g_assert_cmpint (pdf_pages (path), ==, n);

  /* Metadata, paper and orientation per section. */
  info = pdf_info (path);
  g_assert_nonnull (strstr (info, "Title:           Corvane MLOps adoption 2027–2029"));
  g_assert_nonnull (strstr (info, "Subject:         MLOps adoption plan"));
  g_assert_nonnull (strstr (info, "Creator:         Foothold"));
  g_assert_nonnull (strstr (info, "CreationDate:"));
  for (guint p = 0; p < n; p++)
    {
      FhReportSection section = fh_report_get_page_section (report, p);
      /* The maturity section opens with the radar on a landscape page of its own. */
      gboolean radar = section == FH_REPORT_MATURITY && p > 0 &&
                       fh_report_get_page_section (report, p - 1) != FH_REPORT_MATURITY;
      /* The summary ends with the roadmap at a glance, on a landscape page of its own. */
      gboolean glance = section == FH_REPORT_SUMMARY && p + 1 < n &&
                        fh_report_get_page_section (report, p + 1) != FH_REPORT_SUMMARY;
      gboolean wide =
        section == FH_REPORT_ROADMAP || section == FH_REPORT_OPTIONS || radar || glance;
      g_autofree char *line = g_strdup_printf ("Page %4u size:  %s pts (A4)", p + 1,
                                               wide ? "841.89 x 595.276" : "595.276 x 841.89");

      g_assert_nonnull (strstr (info, line));
    }

  /* The plan's words are in the PDF as text, section by section. */
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Corvane Freight Group"));
  g_assert_nonnull (strstr (text, "Nobody is alerted when predictions degrade"));
  g_assert_nonnull (strstr (text, "Delivery time prediction"));
  g_assert_nonnull (strstr (text, "SageMaker managed MLflow"));
  g_assert_nonnull (strstr (text, "Key findings"));
  g_assert_nonnull (strstr (text, "Current quarter: 2027-Q2"));

  /* Every page has its footer: plan name, page N of M and the date. */
  first = pdf_text (path, 1);
  last = pdf_text (path, n);
  footer = g_strdup_printf ("Page %u of %u", n, n);
  g_assert_nonnull (strstr (first, "Page 1 of"));
  g_assert_nonnull (strstr (last, footer));
  g_assert_nonnull (strstr (last, "2027-05-14"));
  g_assert_nonnull (strstr (last, "Corvane MLOps adoption"));

  fh_test_remove_dir (dir);
}

static void
test_sections_and_letter (void)
{
  g_autoptr (FhStore) store = NULL;
  FhReportOptions options = { 0 };
  g_autoptr (FhReport) report = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "gaps.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (fh_report_sections_parse ("gaps", &options.sections, &error));
  report = demo_report (&store, &options, FH_PAPER_LETTER);
  g_assert_true (fh_export_report_pdf (report, path, &error));
  g_assert_no_error (error);

  for (guint p = 0; p < fh_report_get_n_pages (report); p++)
    g_assert_cmpint (fh_report_get_page_section (report, p), ==, FH_REPORT_GAPS);

  info = pdf_info (path);
  g_assert_nonnull (strstr (info, "Page    1 size:  612 x 792 pts (letter)"));
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Gaps"));
  g_assert_null (strstr (text, "Key findings"));
  g_assert_null (strstr (text, "Quarterly Review"));

  /* A table split across pages repeats its header on each. */
  if (fh_report_get_n_pages (report) > 1)
    {
      g_autofree char *second = pdf_text (path, 2);

      g_assert_nonnull (strstr (second, "Severity"));
    }

  fh_test_remove_dir (dir);
}

static void
test_sections_parse (void)
{
  g_autoptr (GError) error = NULL;
  guint   sections = 0;
  FhPaper paper;

  g_assert_true (fh_report_sections_parse ("cover, Roadmap,use-cases", &sections, &error));
  g_assert_cmphex (sections, ==,
                   (1u << FH_REPORT_COVER) | (1u << FH_REPORT_ROADMAP) |
                     (1u << FH_REPORT_USE_CASES));

  g_assert_false (fh_report_sections_parse ("cover,budget", &sections, &error));
  g_assert_error (error, FH_REPORT_ERROR, FH_REPORT_ERROR_SECTIONS);
  g_assert_nonnull (strstr (error->message, "“budget”"));
  g_clear_error (&error);

  g_assert_false (fh_report_sections_parse (" , ", &sections, &error));
  g_assert_error (error, FH_REPORT_ERROR, FH_REPORT_ERROR_SECTIONS);
  g_clear_error (&error);

  g_assert_true (fh_report_paper_parse ("Letter", &paper, NULL));
  g_assert_cmpint (paper, ==, FH_PAPER_LETTER);
  g_assert_true (fh_report_paper_parse ("a4", &paper, NULL));
  g_assert_cmpint (paper, ==, FH_PAPER_A4);
  g_assert_false (fh_report_paper_parse ("legal", &paper, &error));
  g_assert_nonnull (error);
}

static void
test_default_paper (void)
{
  static const struct
  {
    const char *lang;
    FhPaper     paper;
  } cases[] = {
    { "en_US.UTF-8", FH_PAPER_LETTER }, { "fr_CA.UTF-8", FH_PAPER_LETTER },
    { "en_GB.UTF-8", FH_PAPER_A4 },     { "de_DE.UTF-8", FH_PAPER_A4 },
    { "C.UTF-8", FH_PAPER_A4 },
  };
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));

  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_PAPER");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("LANG", cases[i].lang, TRUE);
      g_assert_cmpint (fh_report_default_paper (), ==, cases[i].paper);
    }

  /* LC_PAPER says more than LANG. */
  g_setenv ("LC_PAPER", "en_US.UTF-8", TRUE);
  g_setenv ("LANG", "de_DE.UTF-8", TRUE);
  g_assert_cmpint (fh_report_default_paper (), ==, FH_PAPER_LETTER);
  g_unsetenv ("LC_PAPER");

  if (lc_all != NULL)
    g_setenv ("LC_ALL", lc_all, TRUE);
}

static FhStore *
large_roadmap_plan (guint n_items)
{
  FhBenchSize size;
  g_autoptr (GError) error = NULL;
  FhStore *store;

  fh_bench_size_init_default (&size);
  size.n_gaps = 50;
  size.n_items = n_items;
  size.n_options = 5;
  size.n_assessments = 2;
  store = fh_bench_generate_plan (NULL, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP)),
                    ==, n_items);
  return store;
}

/* The export dialog's preview lays out the first pages of a large plan, not all of
 * them: the same pages as the whole report's, and no page count it has not made. */
static void
test_preview_lays_out_first_pages (void)
{
  g_autoptr (FhStore) store = large_roadmap_plan (2000);
  g_autoptr (FhReport) preview = NULL;
  g_autoptr (FhReport) whole = NULL;
  g_autoptr (FhReport) cover = NULL;
  FhReportOptions cover_only = { 1u << FH_REPORT_COVER, 0, 0, NULL };
  FhPlanModels    models;
  guint           before, preview_pages, whole_pages;

  fh_store_get_models (store, &models);

  before = fh_report_count_pages_laid_out ();
  preview = fh_report_new_preview (&models, NULL, FH_PAPER_A4, 3);
  preview_pages = fh_report_count_pages_laid_out () - before;
  g_assert_cmpuint (fh_report_get_n_pages (preview), ==, 3);
  g_assert_false (fh_report_is_complete (preview));
  /* Its three pages, at most the one after them that showed there is more, and the
   * contents page. */
  g_assert_cmpuint (preview_pages, <=, 5);

  before = fh_report_count_pages_laid_out ();
  whole = fh_report_new (&models, NULL, FH_PAPER_A4);
  whole_pages = fh_report_count_pages_laid_out () - before;
  g_assert_true (fh_report_is_complete (whole));
  g_assert_cmpuint (fh_report_get_n_pages (whole), >, 20);
  g_assert_cmpuint (whole_pages, >=, fh_report_get_n_pages (whole));
  for (guint p = 0; p < 3; p++)
    {
      double pw, ph, ww, wh;

      g_assert_cmpint (fh_report_get_page_section (preview, p), ==,
                       fh_report_get_page_section (whole, p));
      fh_report_get_page_size (preview, p, &pw, &ph);
      fh_report_get_page_size (whole, p, &ww, &wh);
      g_assert_cmpfloat (pw, ==, ww);
      g_assert_cmpfloat (ph, ==, wh);
    }

  /* A report no longer than the preview is whole, with its page count. */
  cover = fh_report_new_preview (&models, &cover_only, FH_PAPER_A4, 3);
  g_assert_true (fh_report_is_complete (cover));
  g_assert_cmpuint (fh_report_get_n_pages (cover), ==, 1);
}

/* The radar gets a landscape page of its own, so that every capability's name has
 * room beside it; the maturity table goes on after it, upright. */
static void
test_radar_page (void)
{
  g_autoptr (FhStore) store = NULL;
  FhReportOptions options = { 1u << FH_REPORT_MATURITY, 0, 0, NULL };
  g_autoptr (FhReport) report = demo_report (&store, &options, FH_PAPER_A4);
  double w, h;

  g_assert_cmpuint (fh_report_get_n_pages (report), >=, 2);
  fh_report_get_page_size (report, 0, &w, &h);
  g_assert_cmpfloat (w, >, h);
  fh_report_get_page_size (report, 1, &w, &h);
  g_assert_cmpfloat (w, <, h);
  g_assert_cmpfloat (fh_report_get_min_text_size (report), >=, 8.0);
}

static void
test_large_roadmap_tiles (void)
{
  g_autoptr (FhStore) store = large_roadmap_plan (400);
  /* 400 items: the Roadmap section fits them to a page; the appendix tiles them. */
  FhReportOptions options = { 1u << FH_REPORT_ROADMAP, 0, 0, NULL, TRUE, 0 };
  g_autoptr (FhReport) report = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "large.pdf", NULL);
  guint            seen = 0;
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  guint        tiles, second_column = 0;

  fh_store_get_models (store, &models);
  report = fh_report_new (&models, &options, FH_PAPER_A4);
  tiles = fh_report_get_timeline_pages (report);
  g_assert_cmpuint (tiles, >=, 3);
  g_assert_true (fh_export_report_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (path), ==, fh_report_get_n_pages (report));

  /* Every tile repeats the lane column's header, quarter headers and the legend. */
  for (guint p = 1; p <= fh_report_get_n_pages (report); p++)
    {
      g_autofree char *text = pdf_text (path, p);
      g_autofree char *part = g_strdup_printf ("part %u of %u", seen + 1, tiles);

      if (strstr (text, "Timeline ") == NULL)
        continue;
      seen++;

      g_assert_nonnull (strstr (text, "Timeline "));
      g_assert_nonnull (strstr (text, part));
      g_assert_nonnull (strstr (text, "Capability"));
      g_assert_nonnull (strstr (text, " Q"));
      g_assert_nonnull (strstr (text, "to Repeatable"));
      g_assert_nonnull (strstr (text, "Breaks a rule"));
      g_assert_nonnull (strstr (text, "Milestone"));
      /* Each caption says where the tile lies among all of them. */
      g_assert_nonnull (strstr (text, "column "));
      g_assert_nonnull (strstr (text, ", row "));
      if (strstr (text, "column 2 of 2") != NULL)
        second_column++;
    }
  /* 400 items over eleven quarters (2,000 made 96 tiles and took seconds to draw, for
   * the same checks): two columns of tiles, the lanes split evenly down both. */
  g_assert_cmpuint (second_column * 2, ==, tiles);
  g_assert_cmpuint (seen, ==, tiles);
  g_assert_cmpfloat (fh_report_get_min_text_size (report), >=, FH_RENDER_MIN_TEXT_PT);

  fh_test_remove_dir (dir);
}

static void
test_failed_export_leaves_nothing (void)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (FhReport) report = demo_report (&store, NULL, FH_PAPER_A4);
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "no such folder", "out.pdf", NULL);
  g_autofree char *taken = g_build_filename (dir, "taken.pdf", NULL);
  g_autofree char *inside = g_build_filename (taken, "x", NULL);
  g_autoptr (GError) error = NULL;

  /* No folder: nothing is written, and the reason names the file. */
  g_assert_false (fh_export_report_pdf (report, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* The whole PDF is drawn, then the rename fails (a folder is in the way): the
   * temporary file is removed and the folder is as it was. */
  g_assert_cmpint (g_mkdir (taken, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
  g_assert_false (fh_export_report_pdf (report, taken, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  g_remove (inside);
  g_rmdir (taken);
  fh_test_remove_dir (dir);
}

static void
test_command_line (void)
{
  const char      *bin = g_getenv ("FOOTHOLD_BIN");
  const char      *root = g_getenv ("FOOTHOLD_SOURCE_ROOT");
  g_autofree char *demo = g_build_filename (root, "data", "demo-plan.json", NULL);
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "cli.pdf", NULL);
  g_autofree char *md = g_build_filename (dir, "cli.md", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing.foothold", NULL);
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;
  int              status = 0;

  if (bin == NULL || !g_file_test (bin, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("FOOTHOLD_BIN is not set to the built program");
      fh_test_remove_dir (dir);
      return;
    }

  /* No display: DISPLAY and WAYLAND_DISPLAY are removed for the child. */
  {
    const char *argv[] = { bin,       "--export-pdf", out,  "--sections", "cover,summary,gaps",
                           "--paper", "letter",       demo, NULL };
    g_auto (GStrv) env =
      g_environ_unsetenv (g_environ_unsetenv (g_get_environ (), "DISPLAY"), "WAYLAND_DISPLAY");

    g_assert_true (
      g_spawn_sync (NULL, (char **)argv, env, 0, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_cmpint (status, ==, 0);
  }
  info = pdf_info (out);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));

  {
    const char      *argv[] = { bin, "--export-markdown", md, demo, NULL };
    g_autofree char *text = NULL;

    g_assert_true (
      g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_cmpint (status, ==, 0);
    g_assert_true (g_file_get_contents (md, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "# Corvane MLOps adoption 2027–2029\n"));
  }

  /* Errors: a reason on stderr, a non-zero status, and no file. */
  {
    g_autofree char *out2 = g_build_filename (dir, "never.pdf", NULL);
    const char      *argv[] = { bin, "--export-pdf", out2, bad, NULL };
    const char      *argv2[] = { bin, "--export-pdf", out2, "--sections", "budget", demo, NULL };
    const char      *argv3[] = { bin, "--export-pdf", out2, "--paper", "legal", demo, NULL };

    g_assert_true (
      g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, NULL, &err, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "missing.foothold"));
    g_clear_pointer (&err, g_free);

    g_assert_true (
      g_spawn_sync (NULL, (char **)argv2, NULL, 0, NULL, NULL, NULL, &err, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "budget"));
    g_clear_pointer (&err, g_free);

    g_assert_true (
      g_spawn_sync (NULL, (char **)argv3, NULL, 0, NULL, NULL, NULL, &err, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "legal"));

    g_assert_false (g_file_test (out2, G_FILE_TEST_EXISTS));
  }
  g_assert_cmpuint (count_files (dir), ==, 2);

  fh_test_remove_dir (dir);
}

static void
test_korean (void)
{
  static const char *const titles[] = {
    "모델 레지스트리를 관리하는 사람이 없다",
    "실험 결과가 기록되지 않는다",
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  FhReportOptions options = { (1u << FH_REPORT_COVER) | (1u << FH_REPORT_GAPS), 0, 0, NULL };
  g_autoptr (FhReport) report = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "ko.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  FhPlanModels     models;

  g_assert_no_error (error);
  g_assert_true (
    fh_store_set (store, fh_store_get_info (store), &error, "name", "기계 학습 운영 계획", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (FhGap) gap = fh_gap_new (titles[i]);

      g_assert_true (fh_store_add (store, gap, &error));
      g_assert_no_error (error);
    }

  fh_store_get_models (store, &models);
  report = fh_report_new (&models, &options, FH_PAPER_A4);
  g_assert_true (fh_export_report_pdf (report, path, &error));
  g_assert_no_error (error);

  /* The glyphs are there: the text reads back, from an embedded font that has them. */
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "기계 학습 운영 계획"));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_nonnull (strstr (text, titles[i]));
  fonts = fh_test_run ((const char *const[]){ "pdffonts", path, NULL });
  g_assert_nonnull (strstr (fonts, "CJK"));
  g_assert_null (strstr (fonts, " no  "));

  fh_test_remove_dir (dir);
}

static void
test_no_small_text (void)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (FhReport) report = demo_report (&store, NULL, FH_PAPER_A4);
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sizes.pdf", NULL);
  g_autofree char *bbox = g_build_filename (dir, "bbox.html", NULL);
  g_autofree char *html = NULL;
  g_autoptr (GError) error = NULL;
  const char *p;
  guint       words = 0;

  g_assert_true (fh_export_report_pdf (report, path, &error));

  /* The layout record: every run of text the report set. */
  g_assert_cmpfloat (fh_report_get_min_text_size (report), >=, 8.0);
  g_assert_cmpfloat (fh_report_get_min_text_size (report), <, 8.5);

  /* The PDF itself: each word's box is at least as tall as an 8 pt em. */
  g_free (fh_test_run ((const char *const[]){ "pdftotext", "-bbox", path, bbox, NULL }));
  g_assert_true (g_file_get_contents (bbox, &html, NULL, NULL));
  for (p = strstr (html, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      const char *ymin = strstr (p, "yMin=\"");
      const char *ymax = strstr (p, "yMax=\"");

      g_assert_nonnull (ymin);
      g_assert_nonnull (ymax);
      g_assert_cmpfloat (g_ascii_strtod (ymax + 6, NULL) - g_ascii_strtod (ymin + 6, NULL), >=,
                         7.99);
      words++;
    }
  g_assert_cmpuint (words, >, 500);

  fh_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/report/sections-parse", test_sections_parse);
  g_test_add_func ("/foothold/report/default-paper", test_default_paper);
  g_test_add_func ("/foothold/report/demo-exports", test_demo_exports);
  g_test_add_func ("/foothold/report/sections-and-letter", test_sections_and_letter);
  g_test_add_func ("/foothold/report/large-roadmap-tiles", test_large_roadmap_tiles);
  g_test_add_func ("/foothold/report/preview-lays-out-first-pages",
                   test_preview_lays_out_first_pages);
  g_test_add_func ("/foothold/report/radar-page", test_radar_page);
  g_test_add_func ("/foothold/report/failed-export-leaves-nothing",
                   test_failed_export_leaves_nothing);
  g_test_add_func ("/foothold/report/command-line", test_command_line);
  g_test_add_func ("/foothold/report/korean", test_korean);
  g_test_add_func ("/foothold/report/no-small-text", test_no_small_text);

  return g_test_run ();
}
