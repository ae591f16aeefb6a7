/* test-portfolio.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fh-cost-line.h"
#include "fh-gap.h"
#include "fh-option.h"
#include "fh-portfolio-report.h"
#include "fh-quarter.h"
#include "fh-rules.h"

/* Three small plans in list stores, figures worked out by hand:
 *
 * Alpha: capabilities a (core), b, c. 2026-Q1: a 1, b 1, c 0 (mean 0.67); 2026-Q2:
 *   a 2, b 3, c not scored: overall 2, mean 2.5, trend +1.8. Open gap on a "Model
 *   drift is not monitored", a closed one. Packaged MLflow chosen for a, 1,000.00 a
 *   year over 3 years: spend 300000 minor units.
 * Beta: capabilities a (core), b, d. 2026-Q2: a 1, b 2, d 4: overall 1, mean 7/3, no
 *   trend. Open gaps "Drift of models is not monitored!" on a (similar to Alpha's:
 *   drift, not, monitored of 5 words) and "Model drift is not monitored" on b (another
 *   capability). "mlflow " evaluated; Kubeflow (custom) chosen, 500.00 once: 50000.
 * gamma.foothold (no name): capability a only, no assessment. Gaps "Model drift not
 *   monitored" (similar) and "Alerts go to nobody" (not) on a; MLflow chosen. */

typedef struct
{
  FhPlanModels models;
} Plan;

static void
plan_init (Plan *plan, const char *name)
{
  memset (plan, 0, sizeof *plan);
  plan->models.info = fh_plan_info_new ();
  g_object_set (plan->models.info, "name", name, "horizon-years", 3, NULL);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    plan->models.models[i] = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->models.info);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    g_clear_object (&plan->models.models[i]);
}

static void
append (Plan *plan, FhCollection collection, gpointer record)
{
  g_list_store_append (G_LIST_STORE (plan->models.models[collection]), record);
  g_object_unref (record);
}

static void
capability (Plan *plan, const char *id, int position, gboolean core)
{
  FhCapability *capability = fh_capability_new (id, id);

  g_object_set (capability, "position", position, "core", core, NULL);
  append (plan, FH_COLLECTION_CAPABILITIES, capability);
}

static void
assessment (Plan *plan, gint64 id, int year, int quarter)
{
  FhAssessment *assessment = fh_assessment_new (fh_quarter_make (year, quarter));

  g_object_set (assessment, "id", id, NULL);
  append (plan, FH_COLLECTION_ASSESSMENTS, assessment);
}

static void
score (Plan *plan, gint64 assessment, const char *capability, int stage)
{
  append (plan, FH_COLLECTION_SCORES, fh_score_new (assessment, capability, stage));
}

static void
gap (Plan *plan, const char *capability, const char *title, FhGapStatus status)
{
  FhGap *gap = fh_gap_new (title);

  g_object_set (gap, "capability", capability, "status", status, NULL);
  append (plan, FH_COLLECTION_GAPS, gap);
}

static void
option (Plan        *plan,
        gint64       id,
        const char  *name,
        FhOptionKind kind,
        gboolean     chosen,
        gint64       amount,
        FhRecurrence recurrence)
{
  FhOption *option = fh_option_new ("a", name);

  g_object_set (option, "id", id, "kind", kind, "chosen", chosen, NULL);
  append (plan, FH_COLLECTION_OPTIONS, option);
  if (amount > 0)
    {
      FhCostLine *line = fh_cost_line_new (id);

      g_object_set (line, "id", id, "amount", amount, "recurrence", recurrence, NULL);
      append (plan, FH_COLLECTION_COST_LINES, line);
    }
}

typedef struct
{
  Plan         alpha, beta, gamma;
  FhPortfolio *portfolio;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  plan_init (&f->alpha, "Alpha");
  capability (&f->alpha, "a", 0, TRUE);
  capability (&f->alpha, "b", 1, FALSE);
  capability (&f->alpha, "c", 2, FALSE);
  assessment (&f->alpha, 1, 2026, 1);
  score (&f->alpha, 1, "a", 1);
  score (&f->alpha, 1, "b", 1);
  score (&f->alpha, 1, "c", 0);
  assessment (&f->alpha, 2, 2026, 2);
  score (&f->alpha, 2, "a", 2);
  score (&f->alpha, 2, "b", 3);
  gap (&f->alpha, "a", "Model drift is not monitored", FH_GAP_STATUS_OPEN);
  gap (&f->alpha, "a", "A closed gap about drift monitoring", FH_GAP_STATUS_CLOSED);
  option (&f->alpha, 1, "MLflow", FH_OPTION_KIND_PACKAGED, TRUE, 100000, FH_RECURRENCE_YEARLY);

  plan_init (&f->beta, "Beta");
  capability (&f->beta, "a", 0, TRUE);
  capability (&f->beta, "b", 1, FALSE);
  capability (&f->beta, "d", 2, FALSE);
  assessment (&f->beta, 1, 2026, 2);
  score (&f->beta, 1, "a", 1);
  score (&f->beta, 1, "b", 2);
  score (&f->beta, 1, "d", 4);
  gap (&f->beta, "a", "Drift of models is not monitored!", FH_GAP_STATUS_PLANNED);
  gap (&f->beta, "b", "Model drift is not monitored", FH_GAP_STATUS_OPEN);
  option (&f->beta, 1, "mlflow ", FH_OPTION_KIND_PACKAGED, FALSE, 0, FH_RECURRENCE_YEARLY);
  option (&f->beta, 2, "Kubeflow", FH_OPTION_KIND_CUSTOM, TRUE, 50000, FH_RECURRENCE_ONE_OFF);

  plan_init (&f->gamma, "");
  capability (&f->gamma, "a", 0, TRUE);
  gap (&f->gamma, "a", "Model drift not monitored", FH_GAP_STATUS_OPEN);
  gap (&f->gamma, "a", "Alerts go to nobody", FH_GAP_STATUS_OPEN);
  option (&f->gamma, 1, "MLflow", FH_OPTION_KIND_PACKAGED, TRUE, 0, FH_RECURRENCE_YEARLY);

  f->portfolio = fh_portfolio_new (NULL);
  fh_portfolio_add_plan (f->portfolio, "alpha.foothold", &f->alpha.models);
  fh_portfolio_add_plan (f->portfolio, "beta.json", &f->beta.models);
  fh_portfolio_add_plan (f->portfolio, "gamma.foothold", &f->gamma.models);
  fh_portfolio_add_skipped (f->portfolio, "notes.json", "Not a plan.");
  fh_portfolio_finish (f->portfolio);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_portfolio_free (f->portfolio);
  plan_clear (&f->alpha);
  plan_clear (&f->beta);
  plan_clear (&f->gamma);
}

static void
test_rows (Fixture *f, gconstpointer data)
{
  const FhPortfolioRow *alpha, *beta, *gamma;
  g_autoptr (GPtrArray) findings = NULL;
  g_autofree char *trend = NULL;
  g_autofree char *no_trend = NULL;

  g_assert_cmpuint (fh_portfolio_get_n_rows (f->portfolio), ==, 3);
  alpha = fh_portfolio_get_row (f->portfolio, 0);
  beta = fh_portfolio_get_row (f->portfolio, 1);
  gamma = fh_portfolio_get_row (f->portfolio, 2);

  g_assert_cmpstr (alpha->team, ==, "Alpha");
  g_assert_cmpstr (alpha->file, ==, "alpha.foothold");
  g_assert_cmpint (alpha->quarter, ==, fh_quarter_make (2026, 2));
  g_assert_cmpint (alpha->summary.overall, ==, 2);
  g_assert_cmpfloat_with_epsilon (alpha->summary.mean, 2.5, 1e-9);
  g_assert_true (alpha->has_trend);
  g_assert_cmpfloat_with_epsilon (alpha->mean_before, 2.0 / 3.0, 1e-9);
  trend = fh_portfolio_row_trend_text (alpha);
  g_assert_cmpstr (trend, ==, "+1.8");
  g_assert_cmpuint (alpha->open_gaps, ==, 1);
  g_assert_cmpint (alpha->spend, ==, 300000);

  g_assert_cmpstr (beta->team, ==, "Beta");
  g_assert_cmpint (beta->summary.overall, ==, 1);
  g_assert_cmpfloat_with_epsilon (beta->summary.mean, 7.0 / 3.0, 1e-9);
  g_assert_false (beta->has_trend);
  no_trend = fh_portfolio_row_trend_text (beta);
  g_assert_cmpstr (no_trend, ==, "—");
  g_assert_cmpuint (beta->open_gaps, ==, 2);
  g_assert_cmpint (beta->spend, ==, 50000);

  /* A plan without a name is called by its file; without an assessment it is
   * not assessed, never Not yet. */
  g_assert_cmpstr (gamma->team, ==, "gamma.foothold");
  g_assert_cmpint (gamma->summary.overall, ==, -1);
  g_assert_cmpint (gamma->quarter, ==, 0);
  g_assert_cmpint (gamma->spend, ==, 0);

  /* Findings are the rules' own count. */
  findings = fh_rules_check (&f->alpha.models);
  for (FhSeverity s = FH_SEVERITY_INFO; s <= FH_SEVERITY_ERROR; s++)
    g_assert_cmpuint (alpha->findings[s], ==, fh_rules_count (findings, s));
}

static void
test_columns (Fixture *f, gconstpointer data)
{
  FhPortfolio *p = f->portfolio;

  /* Matched by id: a, b, c from Alpha, then d from Beta. */
  g_assert_cmpuint (fh_portfolio_get_n_columns (p), ==, 4);
  g_assert_cmpstr (fh_portfolio_get_column (p, 0)->id, ==, "a");
  g_assert_cmpstr (fh_portfolio_get_column (p, 2)->id, ==, "c");
  g_assert_cmpstr (fh_portfolio_get_column (p, 3)->id, ==, "d");

  g_assert_cmpint (fh_portfolio_get_stage (p, 0, 0), ==, 2);
  g_assert_cmpint (fh_portfolio_get_stage (p, 0, 1), ==, 3);
  g_assert_cmpint (fh_portfolio_get_stage (p, 0, 2), ==, -1); /* not scored in Q2 */
  g_assert_cmpint (fh_portfolio_get_stage (p, 0, 3), ==, FH_PORTFOLIO_NOT_IN_CATALOG);
  g_assert_cmpint (fh_portfolio_get_stage (p, 1, 2), ==, FH_PORTFOLIO_NOT_IN_CATALOG);
  g_assert_cmpint (fh_portfolio_get_stage (p, 1, 3), ==, 4);
  g_assert_cmpint (fh_portfolio_get_stage (p, 2, 0), ==, -1);
  g_assert_cmpint (fh_portfolio_get_stage (p, 2, 1), ==, FH_PORTFOLIO_NOT_IN_CATALOG);
}

static void
test_shared (Fixture *f, gconstpointer data)
{
  GPtrArray                     *gaps = fh_portfolio_get_shared_gaps (f->portfolio);
  GPtrArray                     *options = fh_portfolio_get_shared_options (f->portfolio);
  const FhPortfolioSharedGap    *gap;
  const FhPortfolioSharedOption *option;
  g_autofree char               *gap_text = NULL;
  g_autofree char               *option_text = NULL;

  /* Only the drift gaps of capability a, in three teams; b's and the alerts stay out. */
  g_assert_cmpuint (gaps->len, ==, 1);
  gap = gaps->pdata[0];
  g_assert_cmpstr (gap->capability, ==, "a");
  g_assert_cmpuint (gap->teams->len, ==, 3);
  g_assert_cmpstr (gap->teams->pdata[0], ==, "Alpha");
  g_assert_cmpstr (gap->teams->pdata[2], ==, "gamma.foothold");
  g_assert_cmpuint (gap->titles->len, ==, 3);
  g_assert_cmpstr (gap->titles->pdata[0], ==, "Model drift is not monitored");
  gap_text = fh_portfolio_shared_gap_text (f->portfolio, gap);
  g_assert_cmpstr (gap_text, ==,
                   "a: “Model drift is not monitored” — 3 teams: Alpha, Beta, gamma.foothold");

  /* MLflow, whatever its case and spacing; Kubeflow is custom, not a service. */
  g_assert_cmpuint (options->len, ==, 1);
  option = options->pdata[0];
  g_assert_cmpstr (option->name, ==, "MLflow");
  g_assert_cmpuint (option->choosing->len, ==, 2);
  g_assert_cmpstr (option->choosing->pdata[1], ==, "gamma.foothold");
  g_assert_cmpuint (option->evaluating->len, ==, 1);
  g_assert_cmpstr (option->evaluating->pdata[0], ==, "Beta");
  option_text = fh_portfolio_shared_option_text (option);
  g_assert_cmpstr (option_text, ==, "MLflow — chosen by Alpha, gamma.foothold; evaluated by Beta");
}

static void
test_similar (void)
{
  g_assert_true (fh_portfolio_titles_similar ("Model drift is not monitored",
                                              "Drift of models is not monitored!"));
  g_assert_true (fh_portfolio_titles_similar ("CI-pipeline broken", "ci pipeline BROKEN"));
  g_assert_true (fh_portfolio_titles_similar ("Überwachung fehlt", "ÜBERWACHUNG FEHLT."));
  g_assert_false (fh_portfolio_titles_similar ("Alerts go to nobody", "Model drift is monitored"));
  g_assert_false (fh_portfolio_titles_similar ("", ""));
  g_assert_false (fh_portfolio_titles_similar ("a b c", "a b c"));
}

static void
test_report (Fixture *f, gconstpointer data)
{
  g_autofree char *markdown = fh_portfolio_markdown (f->portfolio, NULL);
  g_autofree char *text = fh_portfolio_summary_text (f->portfolio);

  g_assert_true (g_str_has_prefix (markdown, "# Portfolio of plans\n\n3 plans, 1 skipped."));
  /* The heat map's table: a 2, b 3, c not assessed, d not in Alpha's plan. */
  g_assert_nonnull (strstr (markdown, "| Alpha | 2 | 3 | – |  |\n"));
  g_assert_nonnull (strstr (markdown, "| Beta | 1 | 2 |  | 4 |\n"));
  g_assert_nonnull (strstr (markdown, "| Alpha | 2026-Q2 | Repeatable | 2.5 | +1.8 | 1 |"));
  g_assert_nonnull (strstr (markdown, "- notes.json: Not a plan.\n"));

  g_assert_true (
    g_str_has_prefix (text, "3 plans, 1 skipped\nAlpha: Repeatable, mean 2.5 (+1.8), 1 open gap,"));
  g_assert_nonnull (strstr (
    text, "\nShared option: MLflow — chosen by Alpha, gamma.foothold; evaluated by Beta\n"));
  g_assert_nonnull (strstr (text, "\nSkipped: notes.json: Not a plan.\n"));
}

static void
test_empty (void)
{
  g_autoptr (FhPortfolio) portfolio = fh_portfolio_new (NULL);
  g_autofree char *markdown = NULL;

  fh_portfolio_finish (portfolio);
  g_assert_cmpuint (fh_portfolio_get_n_rows (portfolio), ==, 0);
  g_assert_cmpuint (fh_portfolio_get_n_columns (portfolio), ==, 0);
  markdown = fh_portfolio_markdown (portfolio, NULL);
  g_assert_nonnull (strstr (markdown, "0 plans, 0 skipped."));
  g_assert_nonnull (strstr (markdown, "Every file of the portfolio was read."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/portfolio/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/portfolio/columns", Fixture, NULL, fixture_set_up, test_columns, fixture_tear_down);
  g_test_add ("/portfolio/shared", Fixture, NULL, fixture_set_up, test_shared, fixture_tear_down);
  g_test_add ("/portfolio/report", Fixture, NULL, fixture_set_up, test_report, fixture_tear_down);
  g_test_add_func ("/portfolio/similar", test_similar);
  g_test_add_func ("/portfolio/empty", test_empty);

  return g_test_run ();
}
