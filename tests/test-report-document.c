/* test-report-document.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <string.h>

#include "fh-bench-plan.h"
#include "fh-capability.h"
#include "fh-export.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-report.h"
#include "fh-roadmap-item.h"
#include "fh-store.h"
#include "fh-test-util.h"

/* The report as a document, read back with poppler: every word inside its page's
 * margins, the full titles, an outline entry per section, the contents page, the links
 * from the summary, the language, and a large plan's default report within 40 pages. */

#define N_ITEMS    60
#define N_QUARTERS 12
#define TITLE_LEN  200
#define MARGIN     42.0

/* A 200-character title in Korean and Latin with every character Markdown and Pango
 * markup would read: the plan's words must come back as they were typed. */
static char *
long_title (guint i)
{
  GString                 *title = g_string_new (NULL);
  static const char *const filler = "가나다 <b>&amp; *x* _y_ [z](w) | # `c` ~s~ 모델 ";

  g_string_append_printf (title, "항목 %02u ", i);
  while (g_utf8_strlen (title->str, -1) < TITLE_LEN)
    g_string_append (title, filler);
  /* Cut at exactly 200 characters, never inside a character. */
  g_string_truncate (title, g_utf8_offset_to_pointer (title->str, TITLE_LEN) - title->str);
  if (title->str[title->len - 1] == ' ')
    title->str[title->len - 1] = '.';
  return g_string_free (title, FALSE);
}

static FhStore *
hidden_plan (void)
{
  g_autoptr (GError) error = NULL;
  FhStore     *store = fh_store_new_plan (NULL, &error);
  FhPlanModels models;
  g_autoptr (GPtrArray) capabilities = NULL;
  g_autofree char *name = long_title (0);

  g_assert_no_error (error);
  g_assert_true (fh_store_set (store, fh_store_get_info (store), &error, "name", name, NULL));
  fh_store_get_models (store, &models);
  capabilities = fh_maturity_capabilities (&models);
  g_assert_cmpuint (capabilities->len, >, 0);

  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *title = long_title (i + 1);
      g_autoptr (FhRoadmapItem) item = fh_roadmap_item_new (
        title, fh_capability_get_id (capabilities->pdata[i % capabilities->len]),
        fh_quarter_make (2027, 1) + i % N_QUARTERS);

      g_assert_true (fh_store_add (store, item, &error));
      g_assert_no_error (error);
    }
  return store;
}

static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static double
attribute (const char *tag, const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  const char      *at = strstr (tag, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

/* pdftotext -bbox: every word lies inside its page's margins (the footer's line just
 * below the content), so nothing runs off a page, a timeline tile or a cell into the
 * edge. Returns how many words it checked. */
static guint
assert_words_inside (const char *path)
{
  g_autofree char *html =
    fh_test_run ((const char *const[]){ "pdftotext", "-bbox", path, "-", NULL });
  g_auto (GStrv) lines = g_strsplit (html, "\n", -1);
  double width = 0, height = 0;
  guint  words = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "<page "))
        {
          width = attribute (line, "width");
          height = attribute (line, "height");
        }
      else if (g_str_has_prefix (line, "<word "))
        {
          double x0 = attribute (line, "xMin"), x1 = attribute (line, "xMax");
          double y0 = attribute (line, "yMin"), y1 = attribute (line, "yMax");

          if (x0 < MARGIN - 1 || x1 > width - MARGIN + 1 || y0 < MARGIN - 1 ||
              y1 > height - MARGIN + 14)
            g_error ("A word lies outside its page's margins (%.0f × %.0f): %s", width, height,
                     line);
          words++;
        }
    }
  return words;
}

static void
export_hidden (FhPaper paper, const char *name)
{
  g_autoptr (FhStore) store = hidden_plan ();
  FhReportOptions options = { 0 };
  g_autoptr (FhReport) report = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *fonts = NULL;
  gsize            raw_len;
  FhPlanModels     models;

  options.appendix = TRUE;
  fh_store_get_models (store, &models);
  report = fh_report_new (&models, &options, paper);
  g_assert_cmpstr (fh_report_get_language (report), ==, "ko");
  g_assert_true (fh_export_report_pdf (report, path, &error));
  g_assert_no_error (error);

  /* Every item's whole 200-character title is in the appendix's table, markup and all
   * (the lines a cell wraps into are joined, as a reader reads them). */
  text = fh_test_run ((const char *const[]){ "pdftotext", path, "-", NULL });
  flat = strip_spaces (text);
  for (guint i = 0; i <= N_ITEMS; i++)
    {
      g_autofree char *title = long_title (i);
      g_autofree char *want = strip_spaces (title);

      if (strstr (flat, want) == NULL)
        g_error ("The full title %u is not in the PDF: %s", i, title);
    }

  {
    g_autoptr (GHashTable) tiles = g_hash_table_new (NULL, NULL);
    const char *mark;
    int         level;
    guint       page;
    double      y;

    for (guint i = 0; (mark = fh_report_get_mark (report, i, &level, &page, &y)) != NULL; i++)
      if (level == 3)
        g_hash_table_add (tiles, GUINT_TO_POINTER (page + 1));
    /* The hidden plan's roadmap is tiled, and its tiles are checked too. */
    g_assert_cmpuint (g_hash_table_size (tiles), >, 0);
    g_assert_cmpuint (assert_words_inside (path), >, 1000);
  }

  /* An outline entry for every section, a tile entry per timeline part. */
  outline = fh_test_run ((const char *const[]){ "pdftohtml", "-xml", "-i", "-stdout", path, NULL });
  for (guint s = FH_REPORT_SUMMARY; s < FH_REPORT_N_SECTIONS; s++)
    {
      g_autofree char *escaped = g_markup_escape_text (fh_report_section_get_title (s), -1);
      g_autofree char *entry = g_strdup_printf (">%s</item>", escaped);

      if (strstr (outline, entry) == NULL)
        g_error ("The outline has no entry for %s", fh_report_section_get_title (s));
    }
  g_assert_nonnull (strstr (outline, ">Timeline "));
  /* The contents page and the summary link to the detail pages. */
  g_assert_nonnull (strstr (outline, ">Contents</"));
  g_assert_nonnull (strstr (outline, "<a href=\""));

  /* The document's language, in the catalog of the updated file that poppler read. */
  g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
  g_assert_nonnull (
    g_strstr_len (raw + raw_len - MIN (raw_len, 4096), MIN (raw_len, 4096), "/Lang (ko)"));
  /* … which picks the Korean CJK face for the report's text. */
  fonts = fh_test_run ((const char *const[]){ "pdffonts", path, NULL });
  g_assert_nonnull (strstr (fonts, "CJKkr"));

  fh_test_remove_dir (dir);
}

static void
test_hidden_plan_a4 (void)
{
  export_hidden (FH_PAPER_A4, "hidden-a4.pdf");
}

static void
test_hidden_plan_letter (void)
{
  export_hidden (FH_PAPER_LETTER, "hidden-letter.pdf");
}

/* 10,000 gaps and 2,000 items: the default report (no appendix) stays a handout. */
static void
test_large_plan_default_pages (void)
{
  FhBenchSize size;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (FhReport) report = NULL;
  g_autoptr (FhReport) appendix = NULL;
  FhReportOptions with_appendix = { 0 };
  FhPlanModels    models;
  guint           summary_pages = 0;

  fh_bench_size_init_default (&size);
  store = fh_bench_generate_plan (NULL, &size, &error);
  g_assert_no_error (error);
  fh_store_get_models (store, &models);

  report = fh_report_new (&models, NULL, FH_PAPER_A4);
  g_assert_cmpuint (fh_report_get_n_pages (report), <=, 40);
  for (guint p = 0; p < fh_report_get_n_pages (report); p++)
    summary_pages += fh_report_get_page_section (report, p) == FH_REPORT_SUMMARY;
  g_assert_cmpuint (summary_pages, >=, 1);
  g_assert_cmpuint (summary_pages, <=, 3);

  with_appendix.appendix = TRUE;
  with_appendix.sections = 1u << FH_REPORT_APPENDIX;
  appendix = fh_report_new (&models, &with_appendix, FH_PAPER_A4);
  /* The appendix lists the 10,000 gaps: hundreds of pages. */
  g_assert_cmpuint (fh_report_get_n_pages (appendix), >, 200);
}

/* The outline marks every section and subsection with the page it starts on. */
static void
test_marks (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (FhReport) report = NULL;
  FhPlanModels models;
  guint        sections = 0, previous = 0;
  const char  *text;
  int          level;
  guint        page;
  double       y;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);
  report = fh_report_new (&models, NULL, FH_PAPER_A4);
  for (guint i = 0; (text = fh_report_get_mark (report, i, &level, &page, &y)) != NULL; i++)
    {
      g_assert_cmpuint (page, >=, previous);
      g_assert_cmpuint (page, <, fh_report_get_n_pages (report));
      previous = page;
      if (level == 1)
        {
          g_assert_cmpint (fh_report_get_page_section (report, page), ==,
                           FH_REPORT_SUMMARY + sections);
          sections++;
        }
    }
  /* Summary to context: the appendix is left out by default. */
  g_assert_cmpuint (sections, ==, FH_REPORT_APPENDIX - FH_REPORT_SUMMARY);
  /* The contents page follows the cover. */
  g_assert_cmpint (fh_report_get_page_section (report, 1), ==, FH_REPORT_COVER);
}

static int
run_cli (const char *const *args, char **err)
{
  const char *bin = g_getenv ("FOOTHOLD_BIN");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  int status = -1;

  g_ptr_array_add (argv, (gpointer)bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (
    g_spawn_sync (NULL, (char **)argv->pdata, NULL, 0, NULL, NULL, NULL, err, &status, NULL));
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

/* The command line's report options: each refused with a reason and no file when
 * wrong, and each doing what it says. */
static void
test_command_line_options (void)
{
  const char              *root = g_getenv ("FOOTHOLD_SOURCE_ROOT");
  g_autofree char         *demo = g_build_filename (root, "data", "demo-plan.json", NULL);
  g_autofree char         *dir = fh_test_make_dir ();
  g_autofree char         *out = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char         *md = g_build_filename (dir, "out.md", NULL);
  g_autofree char         *text = NULL;
  static const char *const wrong[][4] = {
    { "--top", "0", NULL },        { "--top", "many", NULL },
    { "--from", "2027-Q9", NULL }, { "--from", "2028-Q1", "--to", "2027-Q1" },
    { "--mermaid", NULL },
  };

  if (g_getenv ("FOOTHOLD_BIN") == NULL)
    {
      g_test_skip ("FOOTHOLD_BIN is not set to the built program");
      fh_test_remove_dir (dir);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autofree char *err = NULL;
      const char      *args[] = { "--export-pdf", out,         wrong[i][0], wrong[i][1],
                                  wrong[i][2],    wrong[i][3], NULL };
      g_autoptr (GPtrArray) argv = g_ptr_array_new ();

      for (guint a = 0; a < G_N_ELEMENTS (args) - 1 && args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer)args[a]);
      g_ptr_array_add (argv, demo);
      g_ptr_array_add (argv, NULL);
      g_assert_cmpint (run_cli ((const char *const *)argv->pdata, &err), ==, 2);
      g_assert_true (strlen (err) > 10);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* --top 3 and --appendix: the detail shows three gaps and points to the appendix. */
  {
    const char *args[] = { "--export-pdf",  out,  "--top", "3", "--appendix", "--sections",
                           "gaps,appendix", demo, NULL };

    g_assert_cmpint (run_cli (args, NULL), ==, 0);
    text = fh_test_run ((const char *const[]){ "pdftotext", out, "-", NULL });
    g_assert_nonnull (strstr (text, "The first 3 of"));
    g_assert_nonnull (strstr (text, "All gaps"));
  }

  /* --mermaid with the Markdown. */
  {
    const char *args[] = {
      "--export-markdown", md, "--mermaid", "--sections", "roadmap", demo, NULL
    };
    g_autofree char *markdown = NULL;

    g_assert_cmpint (run_cli (args, NULL), ==, 0);
    g_assert_true (g_file_get_contents (md, &markdown, NULL, NULL));
    g_assert_nonnull (strstr (markdown, "```mermaid\ngantt\n"));
  }

  fh_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/report-document/marks", test_marks);
  g_test_add_func ("/foothold/report-document/command-line-options", test_command_line_options);
  g_test_add_func ("/foothold/report-document/hidden-plan-a4", test_hidden_plan_a4);
  g_test_add_func ("/foothold/report-document/hidden-plan-letter", test_hidden_plan_letter);
  g_test_add_func ("/foothold/report-document/large-plan-default-pages",
                   test_large_plan_default_pages);

  return g_test_run ();
}
