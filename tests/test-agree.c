/* test-agree.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "foothold-core.h"
#include "fh-assess-page.h"
#include "fh-export.h"
#include "fh-options-page.h"
#include "fh-report.h"
#include "fh-review-page.h"
#include "fh-store.h"
#include "fh-test-ui.h"

/* One plan, four places: the window, `foothold --summary`, the Markdown and the PDF
 * must say the same. Three plans: a JPY plan (money without a minor unit), a quarter
 * where one core capability is not scored, and an item that slipped out of the quarter
 * it was due in. */

typedef struct
{
  FhStore    *store;
  char       *dir;
  char       *path;     /* the plan saved as a file, for the command line */
  JsonParser *parser;   /* `foothold --summary`'s output */
  JsonObject *summary;  /* its root */
  char       *markdown; /* the Markdown report */
  char       *pdf;      /* the PDF report's text, white space collapsed */
} Plan;

/* Tables and paragraphs wrap: compare words, not lines. */
static char *
collapse (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
plan_load (Plan *plan)
{
  const char      *bin = g_getenv ("FOOTHOLD_BIN");
  g_autofree char *json = NULL;
  g_autofree char *pdf_path = g_build_filename (plan->dir, "plan.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) date = g_date_time_new_utc (2027, 5, 14, 9, 0, 0);
  g_autoptr (FhReport) report = NULL;
  FhReportOptions options = { 0, 0, 0, date };
  FhPlanModels    models;

  g_assert_nonnull (bin);
  plan->path = g_build_filename (plan->dir, "plan.foothold", NULL);
  g_assert_true (fh_store_save_copy (plan->store, plan->path, &error));
  g_assert_no_error (error);

  json = fh_test_run ((const char *const[]){ bin, "--summary", plan->path, NULL });
  plan->parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (plan->parser, json, -1, &error));
  g_assert_no_error (error);
  plan->summary = json_node_get_object (json_parser_get_root (plan->parser));
  g_assert_cmpstr (json_object_get_string_member (plan->summary, "format"), ==, "foothold-summary");

  fh_store_get_models (plan->store, &models);
  plan->markdown = fh_markdown_report (&models, &options);

  report = fh_report_new (&models, &options, FH_PAPER_A4);
  g_assert_true (fh_export_report_pdf (report, pdf_path, &error));
  g_assert_no_error (error);
  text = fh_test_run ((const char *const[]){ "pdftotext", pdf_path, "-", NULL });
  plan->pdf = collapse (text);
}

static void
plan_init (Plan *plan)
{
  g_autoptr (GError) error = NULL;

  memset (plan, 0, sizeof *plan);
  plan->store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);
  plan->dir = fh_test_make_dir ();
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->parser);
  g_assert_finalize_object (plan->store);
  fh_test_remove_dir (plan->dir);
  g_free (plan->dir);
  g_free (plan->path);
  g_free (plan->markdown);
  g_free (plan->pdf);
}

/* The window ------------------------------------------------------------------ */

static void
collect_text (GtkWidget *widget, GString *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_text (c, out);
}

typedef struct
{
  GtkWidget *window;
  GtkWidget *page;
} Screen;

static void
screen_show (Screen *screen, GtkWidget *page, FhStore *store)
{
  screen->window = g_object_ref (gtk_window_new ());
  screen->page = g_object_ref_sink (page);
  gtk_window_set_default_size (GTK_WINDOW (screen->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (screen->window), page);
  g_object_set (page, "store", store, NULL);
  gtk_window_present (GTK_WINDOW (screen->window));
  fh_test_drain ();
}

/* Returns: (transfer full): every label's text on the page, a line each */
static char *
screen_text (Screen *screen)
{
  GString *out = g_string_new (NULL);

  collect_text (screen->page, out);
  return g_string_free (out, FALSE);
}

static void
screen_close (Screen *screen)
{
  GtkWidget *window = g_steal_pointer (&screen->window);
  GtkWidget *page = g_steal_pointer (&screen->page);

  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* A JPY plan --------------------------------------------------------------------- */

static void
test_jpy (void)
{
  Plan             plan;
  Screen           screen;
  JsonArray       *chosen;
  JsonObject      *choice;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old = NULL;
  g_autoptr (GError) error = NULL;
  gint64 tco;

  plan_init (&plan);
  g_assert_true (
    fh_store_set (plan.store, fh_store_get_info (plan.store), &error, "currency", "JPY", NULL));
  g_assert_no_error (error);
  plan_load (&plan);

  /* --summary: the chosen option's TCO in yen, which have no minor unit. */
  chosen = json_object_get_array_member (plan.summary, "chosen_options");
  g_assert_cmpuint (json_array_get_length (chosen), ==, 1);
  choice = json_array_get_object_element (chosen, 0);
  g_assert_cmpstr (json_object_get_string_member (choice, "name"), ==, "SageMaker managed MLflow");
  tco = json_object_get_int_member (choice, "tco");
  g_assert_cmpint (tco, >, 1000000);
  /* Whole yen, grouped: "7,369,755 JPY" (C.UTF-8 groups with ","). */
  {
    g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, tco);
    GString         *grouped = g_string_new (NULL);
    int              n = (int)strlen (digits);

    for (int i = 0; i < n; i++)
      {
        if (i > 0 && (n - i) % 3 == 0)
          g_string_append_c (grouped, ',');
        g_string_append_c (grouped, digits[i]);
      }
    g_string_append (grouped, " JPY");
    expected = g_string_free (grouped, FALSE);
  }
  g_assert_cmpstr (json_object_get_string_member (choice, "tco_text"), ==, expected);
  g_assert_cmpstr (json_object_get_string_member (plan.summary, "currency"), ==, "JPY");

  /* Markdown and PDF print the same figure; never a hundredth of it. */
  old = g_strdup_printf ("JPY %" G_GINT64_FORMAT, (tco + 50) / 100);
  g_assert_nonnull (strstr (plan.markdown, expected));
  g_assert_null (strstr (plan.markdown, old));
  g_assert_nonnull (strstr (plan.pdf, expected));
  g_assert_null (strstr (plan.pdf, old));

  /* The window: the Options page shows the chosen option's total the same way. */
  screen_show (&screen, fh_options_page_new (), plan.store);
  text = screen_text (&screen);
  g_assert_nonnull (strstr (text, expected));
  screen_close (&screen);

  plan_clear (&plan);
}

/* A partly assessed quarter ------------------------------------------------------ */

static void
test_partly_assessed (void)
{
  Plan             plan;
  Screen           screen;
  FhPlanModels     models;
  FhAssessment    *latest;
  FhScore         *score;
  JsonArray       *missing;
  JsonArray       *stages;
  JsonObject      *registry = NULL;
  g_autofree char *text = NULL;
  g_autofree char *badge = NULL;
  g_autoptr (GError) error = NULL;

  plan_init (&plan);
  fh_store_get_models (plan.store, &models);
  latest = fh_maturity_latest (&models);
  g_assert_nonnull (latest);
  /* The model registry, a core capability; the quarter before scored it Not yet. */
  score = fh_maturity_find_score (&models, fh_assessment_get_id (latest), "registry");
  g_assert_nonnull (score);
  g_assert_true (fh_capability_get_core (fh_store_lookup_capability (plan.store, "registry")));
  g_assert_true (fh_store_remove (plan.store, score, &error));
  g_assert_no_error (error);
  plan_load (&plan);

  /* --summary: 13 of 14 assessed, the registry named, its stage null, not 0. */
  g_assert_cmpint (json_object_get_int_member (plan.summary, "assessed"), ==, 13);
  g_assert_cmpint (json_object_get_int_member (plan.summary, "capabilities"), ==, 14);
  g_assert_cmpstr (json_object_get_string_member (plan.summary, "assessed_text"), ==,
                   "13 of 14 assessed");
  missing = json_object_get_array_member (plan.summary, "not_assessed");
  g_assert_cmpuint (json_array_get_length (missing), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (missing, 0), "id"),
                   ==, "registry");
  stages = json_object_get_array_member (plan.summary, "stages");
  for (guint i = 0; i < json_array_get_length (stages); i++)
    {
      JsonObject *stage = json_array_get_object_element (stages, i);

      if (g_str_equal (json_object_get_string_member (stage, "id"), "registry"))
        registry = stage;
    }
  g_assert_nonnull (registry);
  g_assert_true (json_object_get_null_member (registry, "stage"));
  g_assert_cmpstr (json_object_get_string_member (plan.summary, "summary_text"), ==,
                   "Not yet · mean 0.9 · 13 of 14 assessed");
  g_assert_cmpint (json_object_get_int_member (plan.summary, "overall_stage"), ==, 0);

  /* Markdown and PDF: the same sentence, the capability named, never "0 Not yet" for it. */
  g_assert_nonnull (strstr (plan.markdown, "overall stage Not yet · mean 0.9 · 13 of 14 assessed"));
  g_assert_nonnull (strstr (plan.markdown, "Not assessed: Model registry & lineage."));
  g_assert_nonnull (
    strstr (plan.markdown, "| Model registry & lineage | yes | 0 Not yet | not assessed |"));
  g_assert_nonnull (strstr (plan.pdf, "overall stage Not yet · mean 0.9 · 13 of 14 assessed"));
  g_assert_nonnull (strstr (plan.pdf, "Not assessed: Model registry & lineage."));

  /* The window: the Assess page's summary and its sidebar badge. */
  screen_show (&screen, fh_assess_page_new (), plan.store);
  g_assert_cmpstr (
    gtk_label_get_text (fh_test_template_child (screen.page, FH_TYPE_ASSESS_PAGE, "summary_label")),
    ==, "Overall stage Not yet · mean 0.9 · 13 of 14 assessed");
  g_object_get (screen.page, "badge", &badge, NULL);
  g_assert_cmpstr (badge, ==, "Not yet · 13/14");
  /* The registry's row in the list says so too, never "0". */
  text = screen_text (&screen);
  g_assert_nonnull (strstr (text, "Model registry & lineage\nnot assessed\n"));
  g_clear_pointer (&text, g_free);
  screen_close (&screen);

  /* The Review page says how many the later quarter assesses. */
  screen_show (&screen, fh_review_page_new (), plan.store);
  text = g_strdup (gtk_label_get_text (
    fh_test_template_child (screen.page, FH_TYPE_REVIEW_PAGE, "summary_label")));
  g_assert_true (g_str_has_suffix (text, "(13 of 14 assessed)"));
  screen_close (&screen);

  plan_clear (&plan);
}

/* A slipped item ----------------------------------------------------------------- */

static void
test_slipped (void)
{
  Plan           plan;
  Screen         screen;
  FhPlanModels   models;
  FhAssessment  *previous;
  FhRoadmapItem *item;
  JsonArray     *due;
  JsonObject    *slipped = NULL;
  g_autoptr (FhAssessment) next = fh_assessment_new (fh_quarter_make (2027, 1));
  g_autoptr (GPtrArray) carried = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  const char *title = "Baselines, targets and one scoring method for use cases";

  plan_init (&plan);
  fh_store_get_models (plan.store, &models);
  previous = fh_maturity_latest (&models);

  /* Review 2027-Q1. The baseline saved at the 2026-Q3 review had item 1 due in 2027-Q1;
   * it slipped to 2027-Q2 since. */
  g_assert_true (fh_store_add (plan.store, next, &error));
  g_assert_no_error (error);
  carried = fh_maturity_plan_carry_over (&models, fh_assessment_get_id (previous),
                                         fh_assessment_get_id (next));
  for (guint i = 0; i < carried->len; i++)
    {
      g_assert_true (fh_store_add (plan.store, carried->pdata[i], &error));
      g_assert_no_error (error);
    }
  item = fh_store_lookup (plan.store, FH_COLLECTION_ROADMAP, 1);
  g_assert_cmpstr (fh_roadmap_item_get_title (item), ==, title);
  g_assert_true (fh_store_set (plan.store, item, &error, "status", FH_ITEM_STATUS_SLIPPED,
                               "start-quarter", fh_quarter_make (2027, 2), NULL));
  g_assert_no_error (error);
  plan_load (&plan);

  /* --summary: three items due in 2027-Q1, the slipped one among them. */
  g_assert_cmpstr (json_object_get_string_member (plan.summary, "latest_assessment"), ==,
                   "2027-Q1");
  due = json_object_get_array_member (plan.summary, "items_due");
  g_assert_cmpuint (json_array_get_length (due), ==, 3);
  for (guint i = 0; i < json_array_get_length (due); i++)
    {
      JsonObject *entry = json_array_get_object_element (due, i);

      if (json_object_get_int_member (entry, "id") == 1)
        slipped = entry;
    }
  g_assert_nonnull (slipped);
  g_assert_cmpstr (json_object_get_string_member (slipped, "status"), ==, "slipped");

  /* Markdown and PDF keep it in the delivery check. */
  g_assert_nonnull (
    strstr (plan.markdown, "3 roadmap items were due by the end of 2027-Q1; 0 of them done."));
  g_assert_nonnull (strstr (plan.markdown, "| Baselines, targets and one scoring method for use "
                                           "cases | Business alignment & success metrics | "
                                           "Slipped |"));
  g_assert_nonnull (
    strstr (plan.pdf, "3 roadmap items were due by the end of 2027-Q1; 0 of them done."));
  g_assert_nonnull (strstr (plan.pdf, "Slipped"));

  /* The window: the Review page's delivery check lists the same three. */
  screen_show (&screen, fh_review_page_new (), plan.store);
  text = screen_text (&screen);
  g_assert_nonnull (strstr (text, "Delivery Check: Due to Finish in 2027-Q1"));
  g_assert_nonnull (strstr (text, title));
  g_assert_nonnull (strstr (text, "Status: Slipped"));
  {
    GtkWidget *box = fh_test_template_child (screen.page, FH_TYPE_REVIEW_PAGE, "delivery_box");
    guint      n = 0;

    for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL;
         c = gtk_widget_get_next_sibling (c))
      n += gtk_widget_has_css_class (c, "review-delivery");
    g_assert_cmpuint (n, ==, 3);
  }
  screen_close (&screen);

  plan_clear (&plan);
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add_func ("/foothold/agree/jpy", test_jpy);
  g_test_add_func ("/foothold/agree/partly-assessed", test_partly_assessed);
  g_test_add_func ("/foothold/agree/slipped", test_slipped);

  return g_test_run ();
}
