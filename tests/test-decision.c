/* test-decision.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-decision.h"
#include "fh-field.h"
#include "fh-offerings.h"
#include "fh-option.h"
#include "fh-option-score.h"
#include "fh-plan-info.h"
#include "fh-store.h"

/* A small plan in plain list stores, so that every number can be checked by hand. */
typedef struct
{
  FhPlanInfo  *info;
  GListStore  *options;
  GListStore  *lines;
  GListStore  *criteria;
  GListStore  *scores;
  FhPlanModels models;
} Plan;

static void
plan_init (Plan *plan)
{
  memset (plan, 0, sizeof *plan);
  plan->info = fh_plan_info_new ();
  plan->options = g_list_store_new (FH_TYPE_OPTION);
  plan->lines = g_list_store_new (FH_TYPE_COST_LINE);
  plan->criteria = g_list_store_new (FH_TYPE_CRITERION);
  plan->scores = g_list_store_new (FH_TYPE_OPTION_SCORE);
  plan->models.info = plan->info;
  plan->models.models[FH_COLLECTION_OPTIONS] = G_LIST_MODEL (plan->options);
  plan->models.models[FH_COLLECTION_COST_LINES] = G_LIST_MODEL (plan->lines);
  plan->models.models[FH_COLLECTION_CRITERIA] = G_LIST_MODEL (plan->criteria);
  plan->models.models[FH_COLLECTION_OPTION_SCORES] = G_LIST_MODEL (plan->scores);
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->info);
  g_clear_object (&plan->options);
  g_clear_object (&plan->lines);
  g_clear_object (&plan->criteria);
  g_clear_object (&plan->scores);
}

static void
add_option (Plan *plan, gint64 id, const char *capability)
{
  g_autoptr (FhOption) option =
    g_object_new (FH_TYPE_OPTION, "id", id, "capability", capability, "name", "option", NULL);

  g_list_store_append (plan->options, option);
}

static void
add_line (Plan *plan, gint64 id, gint64 option, gint64 amount, FhRecurrence recurrence, double fte)
{
  g_autoptr (FhCostLine) line =
    g_object_new (FH_TYPE_COST_LINE, "id", id, "option", option, "amount", amount, "recurrence",
                  recurrence, "fte", fte, NULL);

  g_list_store_append (plan->lines, line);
}

static void
add_criterion (Plan *plan, const char *id, int position, double weight, gboolean derived)
{
  g_autoptr (FhCriterion) criterion = fh_criterion_new (id, id, weight);

  g_object_set (criterion, "position", position, "derived", derived, NULL);
  g_list_store_append (plan->criteria, criterion);
}

static void
add_score (Plan *plan, gint64 option, const char *criterion, int score)
{
  g_autoptr (FhOptionScore) item = fh_option_score_new (option, criterion, score);

  g_list_store_append (plan->scores, item);
}

/* Three options for "registry":
 *   A: one-off 1000; B: one-off 2000; C: no cost lines.
 *   weights ttv 50, tco 30 (derived), control 20 → 0.5, 0.3, 0.2
 *   TCO scores: A 5 (cheapest), B 5 × 1000 / 2000 = 2.5, C 0 (no costs yet)
 *   totals: A 0.5×2 + 0.3×5 + 0.2×3 = 3.1
 *           B 0.5×5 + 0.3×2.5 + 0.2×4 = 4.05
 *           C 0.5×5 + 0 + 0.2×5 = 3.5 */
static void
matrix_plan (Plan *plan)
{
  plan_init (plan);
  /* listed out of position order: the matrix orders by position */
  add_criterion (plan, "control", 2, 20, FALSE);
  add_criterion (plan, "ttv", 0, 50, FALSE);
  add_criterion (plan, "tco", 1, 30, TRUE);
  add_option (plan, 1, "registry");
  add_option (plan, 2, "registry");
  add_option (plan, 3, "registry");
  add_option (plan, 4, "monitoring");
  add_line (plan, 1, 1, 1000, FH_RECURRENCE_ONE_OFF, 0);
  add_line (plan, 2, 2, 2000, FH_RECURRENCE_ONE_OFF, 0);
  add_line (plan, 3, 4, 1, FH_RECURRENCE_ONE_OFF, 0);
  add_score (plan, 1, "ttv", 2);
  add_score (plan, 1, "control", 3);
  add_score (plan, 2, "ttv", 5);
  add_score (plan, 2, "control", 4);
  add_score (plan, 3, "ttv", 5);
  add_score (plan, 3, "control", 5);
  add_score (plan, 2, "tco", 1); /* a hand score on a derived criterion is ignored */
  add_score (plan, 4, "ttv", 5);
}

static void
test_matrix (void)
{
  Plan plan;
  g_autoptr (FhDecision) decision = NULL;

  matrix_plan (&plan);
  decision = fh_decision_new (&plan.models, "registry", NULL);

  g_assert_cmpuint (decision->n_options, ==, 3);
  g_assert_cmpuint (decision->n_criteria, ==, 3);
  g_assert_cmpstr (fh_criterion_get_id (decision->criteria[0]), ==, "ttv");
  g_assert_cmpstr (fh_criterion_get_id (decision->criteria[1]), ==, "tco");
  g_assert_cmpfloat_with_epsilon (decision->weights[0], 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (decision->weights[1], 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (decision->weights[2], 0.2, 1e-12);

  g_assert_cmpint (decision->tcos[0].total, ==, 1000);
  g_assert_cmpint (decision->tcos[1].total, ==, 2000);
  g_assert_cmpint (decision->tcos[2].total, ==, 0);
  g_assert_cmpfloat_with_epsilon (fh_decision_get_score (decision, 0, 1), 5, 1e-12);
  g_assert_cmpfloat_with_epsilon (fh_decision_get_score (decision, 1, 1), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (fh_decision_get_score (decision, 2, 1), 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (fh_decision_get_score (decision, 1, 0), 5, 1e-12);

  g_assert_cmpfloat_with_epsilon (decision->totals[0], 3.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (decision->totals[1], 4.05, 1e-9);
  g_assert_cmpfloat_with_epsilon (decision->totals[2], 3.5, 1e-9);
  g_assert_cmpint (decision->recommended, ==, 1);
  g_assert_cmpint (decision->chosen, ==, -1);
  g_assert_cmpint (fh_decision_find_option (decision, 3), ==, 2);
  g_assert_cmpint (fh_decision_find_option (decision, 4), ==, -1);

  plan_clear (&plan);
}

typedef struct
{
  gint64 cost;
  gint64 cheapest;
  double expected;
} TcoScoreCase;

static void
test_tco_score (void)
{
  static const TcoScoreCase cases[] = {
    { 1000, 1000, 5 }, { 2000, 1000, 2.5 }, { 4000, 1000, 1.25 }, { 3000, 2000, 10.0 / 3 },
    { 5000, 1000, 1 }, { 37000, 1000, 1 }, /* never below the scale: 37× dearer is 1 */
    { 5000, 0, 1 }, /* an option that costs nothing leaves every other one at 1 */
    { 0, 0, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpfloat_with_epsilon (fh_decision_tco_score (cases[i].cost, cases[i].cheapest),
                                    cases[i].expected, 1e-12);
}

static void
test_weights (void)
{
  Plan plan;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhDecision) decision = NULL;
  g_autoptr (FhCriterion) first = NULL;

  plan_init (&plan);
  add_criterion (&plan, "a", 0, 20, FALSE);
  add_criterion (&plan, "b", 1, 0, FALSE);

  g_assert_true (fh_decision_check_weights (G_LIST_MODEL (plan.criteria), "a", 5, NULL));
  g_assert_true (fh_decision_check_weights (G_LIST_MODEL (plan.criteria), "b", 1, NULL));
  g_assert_false (fh_decision_check_weights (G_LIST_MODEL (plan.criteria), "a", 0, &error));
  g_assert_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID);

  /* Weights that do sum to 0 (from an imported plan) recommend nothing. */
  first = g_list_model_get_item (G_LIST_MODEL (plan.criteria), 0);
  g_object_set (first, "weight", 0.0, NULL);
  add_option (&plan, 1, "x");
  add_score (&plan, 1, "a", 5);
  decision = fh_decision_new (&plan.models, "x", NULL);
  g_assert_cmpfloat (decision->weights[0], ==, 0);
  g_assert_cmpint (decision->recommended, ==, -1);

  plan_clear (&plan);
}

static void
test_break_even_line (void)
{
  Plan        plan;
  FhBreakEven result;

  /* B scored 3 on control instead of 4: B = 0.5×5 + 0.2×3 + 0.3 × s = 3.1 + 0.3 s, where
   * its TCO score s = 5 × cheapest / B's cost, at least 1. C = 3.5. B wins while
   * s > 4/3. With B's line at x ≥ 1000 (A, 1000, the cheapest): s = 5000 / x > 4/3 while
   * x < 3750; at 3750 they tie and the tie goes to the cheaper, C (no costs). */
  matrix_plan (&plan);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan.scores)); i++)
    {
      g_autoptr (FhOptionScore) score = g_list_model_get_item (G_LIST_MODEL (plan.scores), i);

      if (fh_option_score_get_option (score) == 2 &&
          g_str_equal (fh_option_score_get_criterion (score), "control"))
        g_object_set (score, "score", 3, NULL);
    }
  g_assert_true (fh_decision_sensitivity (&plan.models, "registry",
                                          FH_SENSITIVITY_INPUT_LINE_AMOUNT, 2, &result));
  g_assert_cmpint (result.current, ==, 2000);
  g_assert_cmpint (result.winner, ==, 2);
  g_assert_cmpint (result.low, ==, 0);
  g_assert_false (result.flips_below);
  g_assert_cmpint (result.high, ==, 3749);
  g_assert_true (result.flips_above);
  g_assert_cmpint (result.above_winner, ==, 3);
  /* One-off lines: two options with one line each over a 3-year horizon. */
  g_assert_cmpint (result.tolerance, ==, 6);

  /* A's line at x (B's stays 2000): A = 0.5×2 + 0.2×3 + 0.3 × 5 = 3.1 never wins. While
   * x ≥ 2000, B is the cheapest: s = 5. Below, s = 5x / 2000, which beats 4/3 only
   * while x > 533.33. So B holds from 534 up, and at 533 C takes over. */
  g_assert_true (fh_decision_sensitivity (&plan.models, "registry",
                                          FH_SENSITIVITY_INPUT_LINE_AMOUNT, 1, &result));
  g_assert_cmpint (result.current, ==, 1000);
  g_assert_cmpint (result.winner, ==, 2);
  g_assert_true (result.flips_below);
  g_assert_cmpint (result.low, ==, 534);
  g_assert_cmpint (result.below_winner, ==, 3);
  g_assert_false (result.flips_above);
  g_assert_cmpint (result.high, ==, FH_MONEY_MAX);

  /* With B scored 4 as in the matrix, B = 3.3 + 0.3 s ≥ 3.6 beats C whatever its cost:
   * the TCO score never falls below 1, so no amount flips it. */
  plan_clear (&plan);
  matrix_plan (&plan);
  g_assert_true (fh_decision_sensitivity (&plan.models, "registry",
                                          FH_SENSITIVITY_INPUT_LINE_AMOUNT, 2, &result));
  g_assert_false (result.flips_above);
  g_assert_false (result.flips_below);

  plan_clear (&plan);
}

static void
test_break_even_horizon (void)
{
  Plan        plan;
  FhBreakEven result;

  /* Equal hand scores; A costs 10000 once, B 3000 a year. B is cheaper while
   * 3000 × N < 10000, that is up to 3 years; from 4 years on A is. */
  plan_init (&plan);
  add_criterion (&plan, "ttv", 0, 1, FALSE);
  add_criterion (&plan, "tco", 1, 1, TRUE);
  add_option (&plan, 1, "pipelines");
  add_option (&plan, 2, "pipelines");
  add_line (&plan, 1, 1, 10000, FH_RECURRENCE_ONE_OFF, 0);
  add_line (&plan, 2, 2, 3000, FH_RECURRENCE_YEARLY, 0);
  add_score (&plan, 1, "ttv", 3);
  add_score (&plan, 2, "ttv", 3);

  g_assert_true (
    fh_decision_sensitivity (&plan.models, "pipelines", FH_SENSITIVITY_INPUT_HORIZON, 0, &result));
  g_assert_cmpint (result.current, ==, 3);
  g_assert_cmpint (result.winner, ==, 2);
  g_assert_cmpint (result.low, ==, 1);
  g_assert_false (result.flips_below);
  g_assert_cmpint (result.high, ==, 3);
  g_assert_true (result.flips_above);
  g_assert_cmpint (result.above_winner, ==, 1);

  plan_clear (&plan);
}

static void
test_break_even_fte (void)
{
  Plan        plan;
  FhBreakEven result;

  /* One year. A: 1 FTE at the plan's cost; B: a licence of 5,000,000. With the FTE
   * cost at 4,000,000, A is cheaper; at 5,000,000 they tie and the first listed (A)
   * keeps it; from 5,000,001 on B is cheaper. */
  plan_init (&plan);
  g_object_set (plan.info, "horizon-years", 1, "fte-cost", (gint64)4000000, NULL);
  add_criterion (&plan, "tco", 0, 1, TRUE);
  add_option (&plan, 1, "monitoring");
  add_option (&plan, 2, "monitoring");
  add_line (&plan, 1, 1, 0, FH_RECURRENCE_YEARLY, 1);
  add_line (&plan, 2, 2, 5000000, FH_RECURRENCE_YEARLY, 0);

  g_assert_true (fh_decision_sensitivity (&plan.models, "monitoring", FH_SENSITIVITY_INPUT_FTE_COST,
                                          0, &result));
  g_assert_cmpint (result.current, ==, 4000000);
  g_assert_cmpint (result.winner, ==, 1);
  g_assert_cmpint (result.low, ==, 0);
  g_assert_false (result.flips_below);
  g_assert_cmpint (result.high, ==, 5000000);
  g_assert_true (result.flips_above);
  g_assert_cmpint (result.above_winner, ==, 2);

  /* From B's side: B holds from 5,000,001 up; below it A takes over. */
  g_object_set (plan.info, "fte-cost", (gint64)7000000, NULL);
  g_assert_true (fh_decision_sensitivity (&plan.models, "monitoring", FH_SENSITIVITY_INPUT_FTE_COST,
                                          0, &result));
  g_assert_cmpint (result.winner, ==, 2);
  g_assert_cmpint (result.low, ==, 5000001);
  g_assert_true (result.flips_below);
  g_assert_cmpint (result.below_winner, ==, 1);
  g_assert_false (result.flips_above);
  g_assert_cmpint (result.high, ==, FH_MONEY_MAX);

  /* Nothing scored, nothing to recommend. */
  g_assert_false (
    fh_decision_sensitivity (&plan.models, "registry", FH_SENSITIVITY_INPUT_FTE_COST, 0, &result));

  plan_clear (&plan);
}

static void
test_demo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (FhDecision) decision = NULL;
  FhPlanModels models;
  guint        kinds = 0;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);

  /* One option of each kind for experiment tracking, scored, one chosen. */
  decision = fh_decision_new (&models, "experimentation", NULL);
  g_assert_cmpuint (decision->n_options, >=, 3);
  for (guint o = 0; o < decision->n_options; o++)
    {
      kinds |= 1 << fh_option_get_kind (decision->options[o]);
      g_assert_cmpint (decision->tcos[o].total, >, 0);
      g_assert_cmpfloat (decision->totals[o], >, 0);
    }
  g_assert_cmpuint (kinds, ==, 7);
  g_assert_cmpuint (decision->n_criteria, ==, 8);
  g_assert_cmpint (decision->chosen, >=, 0);
  g_assert_cmpint (decision->recommended, >=, 0);
  g_assert_cmpstr (fh_option_get_rationale (decision->options[decision->chosen]), !=, "");
  g_assert_cmpint (fh_tco_chosen_total (&models, "experimentation"), ==,
                   decision->tcos[decision->chosen].total);
}

static void
test_json_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (FhOption) option = fh_option_new ("registry", "MLflow Model Registry");
  g_autoptr (FhCostLine) line = NULL;
  g_autoptr (FhOptionScore) score = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (GBytes) again = NULL;
  FhPlanModels models;
  FhTco        tco;

  g_assert_no_error (error);
  g_object_set (option, "kind", FH_OPTION_KIND_CUSTOM, "vendor", "Open source", "chosen", TRUE,
                "rationale", "Portable.", NULL);
  g_assert_true (fh_store_add (store, option, &error));
  g_assert_no_error (error);
  line =
    g_object_new (FH_TYPE_COST_LINE, "option", fh_option_get_id (option), "category",
                  FH_COST_CATEGORY_OPERATIONS_STAFF, "fte", 0.5, "loaded-cost", (gint64)8000000,
                  "growth", 2.5, "first-year", 2, "description", "Half an engineer", NULL);
  g_assert_true (fh_store_add (store, line, &error));
  g_assert_no_error (error);
  score = fh_option_score_new (fh_option_get_id (option), "time-to-value", 4);
  g_assert_true (fh_store_add (store, score, &error));
  g_assert_no_error (error);

  json = fh_store_export_json (store, &error);
  g_assert_no_error (error);
  copy = fh_store_new_from_json (NULL, json, &error);
  g_assert_no_error (error);
  again = fh_store_export_json (copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (json, again));

  /* 4,000,000 in year 2, 4,100,000 in year 3 */
  fh_store_get_models (copy, &models);
  g_assert_true (fh_tco_chosen_for_capability (&models, "registry", NULL, &tco));
  g_assert_cmpint (tco.total, ==, 8100000);
  g_assert_cmpint (fh_tco_chosen_total (&models, "registry"), ==, 8100000);
}

static void
test_offerings (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) pipelines = fh_offerings_load ("pipelines", &error);
  g_autoptr (GPtrArray) nothing = NULL;
  gboolean kubeflow = FALSE;
  gboolean sagemaker = FALSE;

  g_assert_no_error (error);
  g_assert_nonnull (pipelines);
  for (guint i = 0; i < pipelines->len; i++)
    {
      FhOption *option = g_ptr_array_index (pipelines, i);

      g_assert_cmpstr (fh_option_get_capability (option), ==, "pipelines");
      g_assert_cmpint (fh_option_get_id (option), ==, 0);
      if (g_str_equal (fh_option_get_name (option), "Kubeflow Pipelines"))
        kubeflow = fh_option_get_kind (option) == FH_OPTION_KIND_CUSTOM;
      if (g_str_equal (fh_option_get_name (option), "SageMaker Pipelines"))
        sagemaker = fh_option_get_kind (option) == FH_OPTION_KIND_PACKAGED;
    }
  g_assert_true (kubeflow);
  g_assert_true (sagemaker);

  nothing = fh_offerings_load ("people-skills", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nothing->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/decision/matrix", test_matrix);
  g_test_add_func ("/foothold/decision/tco-score", test_tco_score);
  g_test_add_func ("/foothold/decision/weights", test_weights);
  g_test_add_func ("/foothold/decision/break-even-line", test_break_even_line);
  g_test_add_func ("/foothold/decision/break-even-horizon", test_break_even_horizon);
  g_test_add_func ("/foothold/decision/break-even-fte", test_break_even_fte);
  g_test_add_func ("/foothold/decision/demo", test_demo);
  g_test_add_func ("/foothold/decision/json-round-trip", test_json_round_trip);
  g_test_add_func ("/foothold/decision/offerings", test_offerings);

  return g_test_run ();
}
