/* test-value.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "fh-assessment.h"
#include "fh-capability.h"
#include "fh-cost-line.h"
#include "fh-data-source.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-metric.h"
#include "fh-model.h"
#include "fh-needs.h"
#include "fh-decision.h"
#include "fh-draft.h"
#include "fh-option.h"
#include "fh-option-share.h"
#include "fh-shared-options.h"
#include "fh-pipeline.h"
#include "fh-plan-info.h"
#include "fh-prerequisite.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-score.h"
#include "fh-use-case.h"
#include "fh-value.h"

/* A plan in list stores, as the core sees it: no file, no store. */
typedef struct
{
  FhPlanModels models;
  GListStore  *lists[FH_N_COLLECTIONS];
} Plan;

static Plan *
plan_new (int start_quarter)
{
  Plan *plan = g_new0 (Plan, 1);

  plan->models.info = fh_plan_info_new ();
  g_object_set (plan->models.info, "start-quarter", start_quarter, "horizon-years", 3, NULL);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      /* any record fits a list of GObjects: the core reads them by collection */
      plan->lists[c] = g_list_store_new (G_TYPE_OBJECT);
      plan->models.models[c] = G_LIST_MODEL (plan->lists[c]);
    }
  return plan;
}

static void
plan_free (Plan *plan)
{
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_object_unref (plan->lists[c]);
  g_object_unref (plan->models.info);
  g_free (plan);
}

static void
add (Plan *plan, FhCollection c, gpointer record)
{
  g_list_store_append (plan->lists[c], record);
  g_object_unref (record);
}

/* The shipped catalog's ids, as the needs mapping refers to them. */
static const char *const catalog[] = {
  "business-alignment",
  "people-skills",
  "process",
  "data",
  "experimentation",
  "features",
  "pipelines",
  "source-control",
  "registry",
  "deployment",
  "monitoring",
  "governance",
  "platform",
  "implementation-strategy",
};

static void
add_catalog (Plan *plan)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      FhCapability *cap = fh_capability_new (catalog[i], catalog[i]);

      g_object_set (cap, "position", (int)i, "core", i != 1, NULL);
      add (plan, FH_COLLECTION_CAPABILITIES, cap);
    }
}

static gint64
add_use_case (Plan *plan, gint64 id, FhUseCaseStatus status, int go_live)
{
  FhUseCase *use_case = fh_use_case_new ("Delivery times");

  g_object_set (use_case, "id", id, "status", status, "go-live-quarter", go_live, NULL);
  add (plan, FH_COLLECTION_USE_CASES, use_case);
  return id;
}

/* Borrowed: the list keeps it. */
static gpointer
first_use_case (Plan *plan)
{
  gpointer use_case =
    g_list_model_get_item (G_LIST_MODEL (plan->lists[FH_COLLECTION_USE_CASES]), 0);

  g_object_unref (use_case);
  return use_case;
}

static void
add_model (Plan *plan, gint64 use_case, FhServingMode serving, FhRetraining retraining)
{
  FhModel *model = fh_model_new (use_case, "Model");

  g_object_set (model, "serving", serving, "retraining", retraining, NULL);
  add (plan, FH_COLLECTION_MODELS, model);
}

static void
add_pipeline (Plan *plan, gint64 use_case, FhPipelineKind kind)
{
  FhPipeline *pipeline = fh_pipeline_new (use_case, "Pipeline");

  g_object_set (pipeline, "kind", kind, NULL);
  add (plan, FH_COLLECTION_PIPELINES, pipeline);
}

static void
add_metric (Plan        *plan,
            gint64       use_case,
            FhDirection  direction,
            double       baseline,
            double       target,
            gint64       per_unit,
            FhConfidence confidence)
{
  FhMetric *metric = fh_metric_new (use_case, "KPI");

  g_object_set (metric, "direction", direction, "baseline", baseline, "target", target,
                "value-per-unit", per_unit, "value-confidence", confidence, NULL);
  add (plan, FH_COLLECTION_METRICS, metric);
}

static void
add_item (Plan *plan, gint64 id, const char *cap, int to, int start, int duration, gint64 cost)
{
  FhRoadmapItem *item = fh_roadmap_item_new ("Work", cap, start);

  g_object_set (item, "id", id, "from-stage", to - 1, "target-stage", to, "duration", duration,
                "cost", cost, NULL);
  add (plan, FH_COLLECTION_ROADMAP, item);
}

/* Hand-checked: every figure in the comments. */
static void
test_value_metric (void)
{
  g_autoptr (FhMetric) higher = fh_metric_new (1, "Inside the window");
  g_autoptr (FhMetric) lower = fh_metric_new (1, "Overtime");
  g_autoptr (FhMetric) guardrail = fh_metric_new (1, "Contacts");
  g_autoptr (FhMetric) worse = fh_metric_new (1, "Wrong way");
  FhValueRange range;

  /* 81 → 90 %, 40,000.00 a point, medium (±25 %): 9 × 4,000,000 = 36,000,000 */
  g_object_set (higher, "baseline", 81.0, "target", 90.0, "value-per-unit", (gint64)4000000, NULL);
  fh_value_metric (higher, &range);
  g_assert_cmpint (range.expected, ==, 36000000);
  g_assert_cmpint (range.low, ==, 27000000);
  g_assert_cmpint (range.high, ==, 45000000);

  /* 2100 → 1500 hours, lower is better, 1,500.00 an hour, low (±50 %): 600 × 150,000 */
  g_object_set (lower, "direction", FH_DIRECTION_LOWER, "baseline", 2100.0, "target", 1500.0,
                "value-per-unit", (gint64)150000, "value-confidence", FH_CONFIDENCE_LOW, NULL);
  fh_value_metric (lower, &range);
  g_assert_cmpint (range.expected, ==, 90000000);
  g_assert_cmpint (range.low, ==, 45000000);
  g_assert_cmpint (range.high, ==, 135000000);

  /* A guardrail holds its level: no gain, no value; a target the wrong way neither. */
  g_object_set (guardrail, "baseline", 12.4, "target", 12.4, "value-per-unit", (gint64)100, NULL);
  fh_value_metric (guardrail, &range);
  g_assert_cmpint (range.high, ==, 0);
  g_object_set (worse, "baseline", 10.0, "target", 5.0, "value-per-unit", (gint64)100, NULL);
  fh_value_metric (worse, &range);
  g_assert_cmpint (range.expected, ==, 0);

  /* high (±10 %): 0.5 × 333 = 166.5 → 167 (rounded half away); 149.85 → 150; 183.15 → 183 */
  g_object_set (higher, "baseline", 1.0, "target", 1.5, "value-per-unit", (gint64)333,
                "value-confidence", FH_CONFIDENCE_HIGH, NULL);
  fh_value_metric (higher, &range);
  g_assert_cmpint (range.expected, ==, 167);
  g_assert_cmpint (range.low, ==, 150);
  g_assert_cmpint (range.high, ==, 183);
}

static void
test_value_round (void)
{
  FhValueRange     range = { 27000000, 36000000, 45000000 };
  g_autofree char *text = NULL;
  g_autofree char *same = NULL;
  FhValueRange     narrow = { 12340000, 12345678, 12390000 };

  /* Two significant figures of whole units: 123,456.78 → 120,000; 45,678 → 46,000 */
  g_assert_cmpint (fh_value_round (12345678, "EUR"), ==, 12000000);
  g_assert_cmpint (fh_value_round (4567800, "EUR"), ==, 4600000);
  g_assert_cmpint (fh_value_round (9900, "EUR"), ==, 9900);
  g_assert_cmpint (fh_value_round (0, "EUR"), ==, 0);
  g_assert_cmpint (fh_value_round (1234567, "JPY"), ==, 1200000);

  text = fh_value_format_range (&range, "EUR");
  g_assert_cmpstr (text, ==, "270,000 EUR – 450,000 EUR");
  same = fh_value_format_range (&narrow, "EUR");
  g_assert_cmpstr (same, ==, "120,000 EUR");
}

/* The needs mapping, table-driven: docs/domain.md section 3. */
typedef struct
{
  const char   *name;
  int           n_models;
  FhServingMode serving;
  FhRetraining  retraining;
  int           pipelines[4]; /* FhPipelineKind + 1; 0 ends */
  const char   *expected;     /* "capability=stage …" in catalog order */
} NeedsCase;

static const NeedsCase needs_cases[] = {
  { "no model", 0, 0, 0, { 0 }, "" },
  { "batch, by hand",
    1,
    FH_SERVING_MODE_BATCH,
    FH_RETRAINING_BY_HAND,
    { 0 },
    "business-alignment=2 experimentation=2 pipelines=2 registry=2 deployment=2 monitoring=1" },
  { "online, on a trigger, three pipelines",
    1,
    FH_SERVING_MODE_ONLINE,
    FH_RETRAINING_TRIGGER,
    { FH_PIPELINE_KIND_DATA + 1, FH_PIPELINE_KIND_FEATURES + 1, FH_PIPELINE_KIND_EVALUATION + 1 },
    "business-alignment=2 data=2 experimentation=2 features=2 pipelines=3 source-control=2 "
    "registry=2 deployment=3 monitoring=3" },
  { "streaming on a schedule",
    1,
    FH_SERVING_MODE_STREAMING,
    FH_RETRAINING_SCHEDULE,
    { 0 },
    "business-alignment=2 data=3 experimentation=2 pipelines=3 registry=2 deployment=3 "
    "monitoring=2" },
  { "edge, one inference pipeline",
    1,
    FH_SERVING_MODE_EDGE,
    FH_RETRAINING_BY_HAND,
    { FH_PIPELINE_KIND_INFERENCE + 1 },
    "business-alignment=2 experimentation=2 pipelines=2 registry=3 deployment=3 monitoring=1" },
};

static void
test_needs_mapping (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (needs_cases); t++)
    {
      const NeedsCase *row = &needs_cases[t];
      Plan            *plan = plan_new (fh_quarter_make (2027, 1));
      g_autoptr (GString) got = g_string_new ("");
      g_autoptr (GArray) needs = NULL;

      add_catalog (plan);
      add_use_case (plan, 1, FH_USE_CASE_STATUS_APPROVED, 0);
      for (int m = 0; m < row->n_models; m++)
        add_model (plan, 1, row->serving, row->retraining);
      for (int p = 0; p < 4 && row->pipelines[p] != 0; p++)
        add_pipeline (plan, 1, row->pipelines[p] - 1);

      needs = fh_needs_for_use_case (&plan->models, 1);
      for (guint i = 0; i < needs->len; i++)
        {
          const FhNeed *need = &g_array_index (needs, FhNeed, i);

          g_string_append_printf (got, "%s%s=%d", i > 0 ? " " : "", need->capability, need->stage);
          g_assert_nonnull (need->reason);
          g_assert_cmpint (need->reached, ==, FH_NEEDS_NEVER);
        }
      g_test_message ("%s", row->name);
      g_assert_cmpstr (got->str, ==, row->expected);
      plan_free (plan);
    }
}

/* Reached: by the assessment, by an item ending after it, never by one ending before. */
static void
test_needs_reached (void)
{
  Plan         *plan = plan_new (fh_quarter_make (2027, 1));
  FhAssessment *assessment = fh_assessment_new (fh_quarter_make (2026, 4));
  g_autoptr (GArray) needs = NULL;
  g_autoptr (GHashTable) targets = NULL;

  add_catalog (plan);
  g_object_set (assessment, "id", (gint64)1, NULL);
  add (plan, FH_COLLECTION_ASSESSMENTS, assessment);
  add (plan, FH_COLLECTION_SCORES, fh_score_new (1, "business-alignment", 2));
  add (plan, FH_COLLECTION_SCORES, fh_score_new (1, "registry", 1));
  add_use_case (plan, 1, FH_USE_CASE_STATUS_IN_PROGRESS, fh_quarter_make (2027, 4));
  add_use_case (plan, 2, FH_USE_CASE_STATUS_PROPOSED, 0);
  add_model (plan, 1, FH_SERVING_MODE_BATCH, FH_RETRAINING_BY_HAND);
  add_model (plan, 2, FH_SERVING_MODE_ONLINE, FH_RETRAINING_TRIGGER);
  /* registry 1 → 2: one item that ended in the assessed quarter (the assessment says 1,
   * it wins), one that ends in 2027-Q2 */
  add_item (plan, 1, "registry", 2, fh_quarter_make (2026, 4), 1, 0);
  add_item (plan, 2, "registry", 2, fh_quarter_make (2027, 1), 2, 0);
  add_item (plan, 3, "experimentation", 2, fh_quarter_make (2027, 1), 1, 0);
  add_item (plan, 4, "pipelines", 2, fh_quarter_make (2027, 3), 1, 0);
  add_item (plan, 5, "deployment", 2, fh_quarter_make (2027, 2), 1, 0);
  add_item (plan, 6, "monitoring", 1, fh_quarter_make (2027, 1), 1, 0);

  needs = fh_needs_for_use_case (&plan->models, 1);
  g_assert_cmpuint (needs->len, ==, 6);
  g_assert_cmpstr (g_array_index (needs, FhNeed, 0).capability, ==, "business-alignment");
  g_assert_cmpint (g_array_index (needs, FhNeed, 0).reached, ==, 0);
  g_assert_cmpstr (g_array_index (needs, FhNeed, 3).capability, ==, "registry");
  g_assert_cmpint (g_array_index (needs, FhNeed, 3).reached, ==, fh_quarter_make (2027, 2));
  /* the last need (pipelines) ends 2027-Q3: ready in 2027-Q4 */
  g_assert_cmpint (fh_needs_ready_quarter (needs), ==, fh_quarter_make (2027, 4));
  {
    g_autoptr (FhUseCase) first =
      g_list_model_get_item (G_LIST_MODEL (plan->lists[FH_COLLECTION_USE_CASES]), 0);

    g_assert_cmpint (fh_needs_blocked_until (&plan->models, first), ==, fh_quarter_make (2027, 4));
    g_assert_cmpint (fh_value_live_quarter (&plan->models, first), ==, fh_quarter_make (2027, 4));
  }

  /* Targets: the prioritised use case only; the proposed online one sets none. */
  targets = fh_needs_targets (&plan->models);
  g_assert_cmpuint (g_hash_table_size (targets), ==, 6);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (targets, "deployment")), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (targets, "monitoring")), ==, 1);
  plan_free (plan);
}

/* The worked example of the value side: every figure by hand.
 *
 * Catalog: experimentation and registry only, so the use case needs two capabilities
 * (experimentation 2, registry 2) and each gets half its value. Plan from 2027-Q1, three
 * years. Item 1 brings experimentation to 2 in 2027-Q1 (cost 1,000,000); item 2 registry
 * to 2 over 2027-Q2–Q3 (cost 3,000,001: 1,500,000 + 1,500,001). Ready: 2027-Q4; the
 * go-live quarter is 2027-Q4 too. Value 36,000,000 a year (27M – 45M), so
 * 18,000,000 (13.5M – 22.5M) a year per capability.
 *
 * Option A on experimentation, one-off build 10,000,000 in year 1:
 *   value: year 1 one quarter 4,500,000; years 2 and 3 18,000,000 each = 40,500,000
 *   (low 3,375,000 + 13,500,000 × 2 = 30,375,000; high 5,625,000 + 22,500,000 × 2 = 50,625,000)
 *   ROI (40.5M − 10M) / 10M = 305 %; low 203.75 → 204 %; high 406.25 → 406 %
 *   payback: year 1 4.5M < 10M; year 2 22.5M ≥ 10M → year 2. */
static Plan *
worked_example (void)
{
  Plan       *plan = plan_new (fh_quarter_make (2027, 1));
  const char *caps[] = { "experimentation", "registry" };
  FhOption   *option = fh_option_new ("experimentation", "Tracker A");
  FhCostLine *line = fh_cost_line_new (1);

  for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
    {
      FhCapability *cap = fh_capability_new (caps[i], caps[i]);

      g_object_set (cap, "position", (int)i, "core", TRUE, NULL);
      add (plan, FH_COLLECTION_CAPABILITIES, cap);
    }
  add_use_case (plan, 1, FH_USE_CASE_STATUS_APPROVED, fh_quarter_make (2027, 4));
  add_model (plan, 1, FH_SERVING_MODE_BATCH, FH_RETRAINING_BY_HAND);
  add_metric (plan, 1, FH_DIRECTION_HIGHER, 81, 90, 4000000, FH_CONFIDENCE_MEDIUM);
  add_item (plan, 1, "experimentation", 2, fh_quarter_make (2027, 1), 1, 1000000);
  add_item (plan, 2, "registry", 2, fh_quarter_make (2027, 2), 2, 3000001);
  g_object_set (option, "id", (gint64)1, NULL);
  add (plan, FH_COLLECTION_OPTIONS, option);
  g_object_set (line, "id", (gint64)1, "category", FH_COST_CATEGORY_BUILD, "amount",
                (gint64)10000000, "recurrence", FH_RECURRENCE_ONE_OFF, "first-year", 1, NULL);
  add (plan, FH_COLLECTION_COST_LINES, line);
  return plan;
}

static void
test_value_option (void)
{
  Plan            *plan = worked_example ();
  FhOptionValue    value;
  g_autofree char *roi = NULL;
  g_autofree char *payback = NULL;

  fh_value_option (&plan->models, 1, &value);
  g_assert_cmpint (value.tco, ==, 10000000);
  g_assert_cmpuint (value.n_use_cases, ==, 1);
  g_assert_cmpint (value.value.expected, ==, 40500000);
  g_assert_cmpint (value.value.low, ==, 30375000);
  g_assert_cmpint (value.value.high, ==, 50625000);
  g_assert_true (value.has_roi);
  g_assert_cmpfloat_with_epsilon (value.roi, 3.05, 1e-9);
  g_assert_cmpint (value.payback_year, ==, 2);
  roi = fh_value_format_roi (&value);
  g_assert_cmpstr (roi, ==, "ROI 204 % to 406 %");
  payback = fh_value_format_payback (&value);
  g_assert_cmpstr (payback, ==, "Year 2");

  /* The go-live quarter moves to 2029-Q1: year 3 only, 18M < … still ≥ 10M in year 3. */
  g_object_set (first_use_case (plan), "go-live-quarter", fh_quarter_make (2029, 1), NULL);
  fh_value_option (&plan->models, 1, &value);
  g_assert_cmpint (value.value.expected, ==, 18000000);
  g_assert_cmpint (value.payback_year, ==, 3);

  /* Beyond the horizon: no value, no payback. */
  g_object_set (first_use_case (plan), "go-live-quarter", fh_quarter_make (2030, 1), NULL);
  fh_value_option (&plan->models, 1, &value);
  g_assert_cmpint (value.value.high, ==, 0);
  g_assert_cmpint (value.payback_year, ==, 0);
  plan_free (plan);
}

static void
test_value_funding (void)
{
  Plan *plan = worked_example ();
  g_autoptr (GArray) rows = fh_value_funding (&plan->models);
  const FhFundingQuarter *q;

  g_assert_cmpuint (rows->len, ==, 12);
  q = &g_array_index (rows, FhFundingQuarter, 0);
  g_assert_cmpint (q->quarter, ==, fh_quarter_make (2027, 1));
  g_assert_cmpint (q->cost, ==, 1000000);
  g_assert_cmpint (q->value.expected, ==, 0);
  q = &g_array_index (rows, FhFundingQuarter, 1);
  g_assert_cmpint (q->cost, ==, 1500000);
  q = &g_array_index (rows, FhFundingQuarter, 2);
  g_assert_cmpint (q->cost, ==, 1500001);
  g_assert_cmpint (q->cumulative_cost, ==, 4000001);
  /* 2027-Q4: the use case goes live: 36M a year unlocked, 9M earned in the quarter */
  q = &g_array_index (rows, FhFundingQuarter, 3);
  g_assert_cmpuint (q->n_unlocked, ==, 1);
  g_assert_cmpint (q->unlocked.expected, ==, 36000000);
  g_assert_cmpint (q->value.expected, ==, 9000000);
  g_assert_cmpint (q->value.low, ==, 6750000);
  g_assert_cmpint (q->cost, ==, 0);
  /* the last quarter: nine quarters live, 81M (60.75M – 101.25M) */
  q = &g_array_index (rows, FhFundingQuarter, 11);
  g_assert_cmpint (q->quarter, ==, fh_quarter_make (2029, 4));
  g_assert_cmpint (q->cumulative_value.expected, ==, 81000000);
  g_assert_cmpint (q->cumulative_value.low, ==, 60750000);
  g_assert_cmpint (q->cumulative_value.high, ==, 101250000);
  g_assert_cmpint (q->cumulative_cost, ==, 4000001);
  plan_free (plan);
}

/* One platform for experimentation and registry (docs/domain.md section 4, "Shared
 * options"): the worked example's option, shared with registry.
 *   the decision matrix of experimentation weighs half its TCO: 5,000,000;
 *   totals count it once: experimentation 10,000,000, registry nothing;
 *   it earns both capabilities' shares: 9,000,000 + 36,000,000 × 2 = 81,000,000,
 *   ROI (81M − 10M) / 10M = 710 %, paid back in year 2 (9M < 10M; 45M ≥ 10M). */
static void
test_shared_option (void)
{
  Plan          *plan = worked_example ();
  FhOptionValue  value;
  FhOptionShare *share = fh_option_share_new (1, "registry");
  FhOptionShare *own = fh_option_share_new (1, "experimentation");
  g_autoptr (FhDecision) decision = NULL;
  FhTco tco = { 0 };

  g_assert_cmpuint (fh_shared_option_n_served (&plan->models, 1), ==, 1);
  g_object_set (share, "id", (gint64)1, NULL);
  add (plan, FH_COLLECTION_OPTION_SHARES, share);
  /* a share in its own capability is no second capability */
  g_object_set (own, "id", (gint64)2, NULL);
  add (plan, FH_COLLECTION_OPTION_SHARES, own);
  g_assert_cmpuint (fh_shared_option_n_served (&plan->models, 1), ==, 2);
  g_assert_cmpuint (fh_shared_option_n_served (&plan->models, 99), ==, 1);

  decision = fh_decision_new (&plan->models, "experimentation", NULL);
  g_assert_cmpuint (decision->n_options, ==, 1);
  g_assert_cmpint (decision->tcos[0].total, ==, 5000000);
  g_assert_cmpint (decision->tcos[0].by_year[0], ==, 5000000);
  g_assert_cmpint (decision->tcos[0].by_category[FH_COST_CATEGORY_BUILD], ==, 5000000);
  /* chosen, it is counted once: in its own capability, the full TCO; registry has no
   * option of its own to count (-1: none chosen) */
  {
    g_autoptr (FhOption) option =
      g_list_model_get_item (G_LIST_MODEL (plan->lists[FH_COLLECTION_OPTIONS]), 0);

    g_object_set (option, "chosen", TRUE, NULL);
  }
  g_assert_cmpint (fh_tco_chosen_total (&plan->models, "experimentation"), ==, 10000000);
  g_assert_cmpint (fh_tco_chosen_total (&plan->models, "registry"), ==, -1);

  /* Shares round per line-year and still add up: 10,000,001 over 3 is 3,333,334. */
  tco.cells[0][FH_COST_CATEGORY_BUILD] = 10000001;
  tco.cells[1][FH_COST_CATEGORY_LICENCE] = 2;
  tco.total = tco.present_value = 10000003;
  fh_shared_option_split_tco (&tco, 3);
  g_assert_cmpint (tco.cells[0][FH_COST_CATEGORY_BUILD], ==, 3333334);
  g_assert_cmpint (tco.cells[1][FH_COST_CATEGORY_LICENCE], ==, 1);
  g_assert_cmpint (tco.total, ==, 3333335);
  g_assert_cmpint (tco.by_year[0] + tco.by_year[1], ==, tco.total);
  g_assert_cmpint (tco.present_value, ==, 3333334);

  fh_value_option (&plan->models, 1, &value);
  g_assert_cmpint (value.tco, ==, 10000000);
  g_assert_cmpint (value.value.expected, ==, 81000000);
  g_assert_cmpfloat_with_epsilon (value.roi, 7.1, 1e-9);
  g_assert_cmpint (value.payback_year, ==, 2);
  plan_free (plan);
}

static int
draft_target (GArray *targets, const char *capability)
{
  for (guint i = 0; i < targets->len; i++)
    if (g_strcmp0 (g_array_index (targets, FhDraftTarget, i).capability, capability) == 0)
      return g_array_index (targets, FhDraftTarget, i).stage;
  return -1;
}

/* The draft aims at what the prioritised use cases need, not one stage up everywhere. */
static void
test_draft_targets (void)
{
  Plan         *plan = plan_new (fh_quarter_make (2027, 1));
  FhAssessment *assessment = fh_assessment_new (fh_quarter_make (2026, 4));
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) after = NULL;

  add_catalog (plan);
  g_object_set (assessment, "id", (gint64)1, NULL);
  add (plan, FH_COLLECTION_ASSESSMENTS, assessment);
  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    add (plan, FH_COLLECTION_SCORES, fh_score_new (1, catalog[i], 1));
  add_use_case (plan, 1, FH_USE_CASE_STATUS_APPROVED, 0);
  g_object_set (first_use_case (plan), "impact", 3, "readiness", 2, "applicability", 2, NULL);

  /* No model named: every core capability one stage up; people (not core here) stays. */
  before = fh_draft_default_targets (&plan->models);
  g_assert_cmpint (draft_target (before, "deployment"), ==, 2);
  g_assert_cmpint (draft_target (before, "people-skills"), ==, -1);

  /* An online model retrained on a trigger: deployment, pipelines and monitoring must be
   * Reliable; a capability it does not need (process) is no longer raised. */
  add_model (plan, 1, FH_SERVING_MODE_ONLINE, FH_RETRAINING_TRIGGER);
  after = fh_draft_default_targets (&plan->models);
  g_assert_cmpint (draft_target (after, "deployment"), ==, 3);
  g_assert_cmpint (draft_target (after, "pipelines"), ==, 3);
  g_assert_cmpint (draft_target (after, "monitoring"), ==, 3);
  g_assert_cmpint (draft_target (after, "registry"), ==, 2);
  g_assert_cmpint (draft_target (after, "process"), ==, -1);
  plan_free (plan);
}

/* The use-case rules, table-driven: each case builds a plan and names the findings. */
typedef struct
{
  const char *name;
  void (*build) (Plan *plan);
  const char *rule;
  guint       n;
  const char *says; /* a finding of the rule says this, when set */
} RuleCase;

static guint
count_rule (Plan *plan, const char *rule, const char *says)
{
  g_autoptr (GPtrArray) findings = fh_rules_check (&plan->models);
  guint    n = 0;
  gboolean said = says == NULL;

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((FhFinding *)findings->pdata[i])->rule_id, rule) == 0)
      {
        n++;
        said = said || strstr (((FhFinding *)findings->pdata[i])->message, says) != NULL;
      }
  g_assert_true (said);
  return n;
}

static void
build_go_live_early (Plan *plan)
{
  /* ready 2027-Q4, go-live 2027-Q3 */
  add_use_case (plan, 1, FH_USE_CASE_STATUS_APPROVED, fh_quarter_make (2027, 3));
  add_model (plan, 1, FH_SERVING_MODE_BATCH, FH_RETRAINING_BY_HAND);
  add_item (plan, 1, "experimentation", 2, fh_quarter_make (2027, 1), 1, 0);
  add_item (plan, 2, "registry", 2, fh_quarter_make (2027, 2), 2, 0);
  /* the batch model's other needs, all by 2027-Q2 */
  add_item (plan, 3, "business-alignment", 2, fh_quarter_make (2027, 1), 1, 0);
  add_item (plan, 4, "monitoring", 1, fh_quarter_make (2027, 1), 1, 0);
  add_item (plan, 5, "deployment", 2, fh_quarter_make (2027, 2), 1, 0);
  add_item (plan, 6, "pipelines", 2, fh_quarter_make (2027, 2), 1, 0);
}

static void
build_go_live_in_time (Plan *plan)
{
  build_go_live_early (plan);
  g_object_set (first_use_case (plan), "go-live-quarter", fh_quarter_make (2027, 4), NULL);
}

static void
build_go_live_never (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_IN_PROGRESS, fh_quarter_make (2028, 1));
  add_model (plan, 1, FH_SERVING_MODE_BATCH, FH_RETRAINING_BY_HAND);
  add_item (plan, 1, "experimentation", 2, fh_quarter_make (2027, 1), 1, 0);
}

static void
build_go_live_proposed (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_PROPOSED, fh_quarter_make (2027, 1));
  add_model (plan, 1, FH_SERVING_MODE_BATCH, FH_RETRAINING_BY_HAND);
}

static void
add_source (Plan *plan, gint64 id, FhAvailability availability, FhAccess access, gint64 use_case)
{
  FhDataSource *source = fh_data_source_new ("Scans");

  g_object_set (source, "id", id, "availability", availability, "access", access, NULL);
  add (plan, FH_COLLECTION_DATA_SOURCES, source);
  add (plan, FH_COLLECTION_SOURCE_USE_CASES, fh_link_new (id, use_case));
}

static void
build_readiness_above (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_PROPOSED, 0);
  g_object_set (first_use_case (plan), "readiness", 3, NULL);
  add_source (plan, 1, FH_AVAILABILITY_AVAILABLE, FH_ACCESS_SELF_SERVICE, 1);
  add_source (plan, 2, FH_AVAILABILITY_AVAILABLE, FH_ACCESS_ON_REQUEST, 1);
}

static void
build_readiness_supported (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_PROPOSED, 0);
  g_object_set (first_use_case (plan), "readiness", 2, NULL);
  add_source (plan, 1, FH_AVAILABILITY_AVAILABLE, FH_ACCESS_ON_REQUEST, 1);
}

static void
add_baseline_gap (Plan *plan, FhGapStatus status)
{
  FhGap *gap = fh_gap_new ("No KPI baseline");

  g_object_set (gap, "id", (gint64)1, "capability", "business-alignment", "status", status, NULL);
  add (plan, FH_COLLECTION_GAPS, gap);
}

static void
build_baseline_contradiction (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_PROPOSED, 0);
  add_metric (plan, 1, FH_DIRECTION_HIGHER, 81, 90, 0, FH_CONFIDENCE_MEDIUM);
  add_metric (plan, 1, FH_DIRECTION_LOWER, 14, 6, 0, FH_CONFIDENCE_MEDIUM);
  add_baseline_gap (plan, FH_GAP_STATUS_OPEN);
}

static void
build_baseline_missing (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_PROPOSED, 0);
  add_metric (plan, 1, FH_DIRECTION_HIGHER, 81, 90, 0, FH_CONFIDENCE_MEDIUM);
  add_metric (plan, 1, FH_DIRECTION_LOWER, 0, 6, 0, FH_CONFIDENCE_MEDIUM);
  add_baseline_gap (plan, FH_GAP_STATUS_OPEN);
}

static void
build_baseline_closed (Plan *plan)
{
  add_use_case (plan, 1, FH_USE_CASE_STATUS_PROPOSED, 0);
  add_metric (plan, 1, FH_DIRECTION_HIGHER, 81, 90, 0, FH_CONFIDENCE_MEDIUM);
  add_baseline_gap (plan, FH_GAP_STATUS_CLOSED);
}

static void
assess (Plan *plan, const char *cap_a, int stage_a, const char *cap_b, int stage_b)
{
  FhAssessment *assessment = fh_assessment_new (fh_quarter_make (2026, 4));

  g_object_set (assessment, "id", (gint64)1, NULL);
  add (plan, FH_COLLECTION_ASSESSMENTS, assessment);
  add (plan, FH_COLLECTION_SCORES, fh_score_new (1, cap_a, stage_a));
  add (plan, FH_COLLECTION_SCORES, fh_score_new (1, cap_b, stage_b));
  add (plan, FH_COLLECTION_PREREQUISITES,
       fh_prerequisite_new ("registry", 2, "experimentation", 2));
}

static void
build_assessed_above_prerequisite (Plan *plan)
{
  assess (plan, "registry", 2, "experimentation", 1);
}

static void
build_assessed_reliable_above (Plan *plan)
{
  /* criteria are cumulative: Reliable includes Repeatable's prerequisites */
  assess (plan, "registry", 3, "experimentation", 1);
}

static void
build_assessed_consistent (Plan *plan)
{
  assess (plan, "registry", 2, "experimentation", 2);
}

static void
build_assessed_below (Plan *plan)
{
  assess (plan, "registry", 1, "experimentation", 0);
}

static const RuleCase rule_cases[] = {
  { "go-live before the needs", build_go_live_early, FH_RULE_GO_LIVE_EARLY, 1 },
  { "go-live before the needs, told when", build_go_live_early, FH_RULE_GO_LIVE_EARLY, 1,
    "should go live in 2027-Q3, but the roadmap reaches what it needs only for 2027-Q4" },
  { "go-live once ready", build_go_live_in_time, FH_RULE_GO_LIVE_EARLY, 0 },
  { "needs never reached", build_go_live_never, FH_RULE_GO_LIVE_EARLY, 1 },
  { "a proposed use case sets no date", build_go_live_proposed, FH_RULE_GO_LIVE_EARLY, 0 },
  { "readiness above its sources", build_readiness_above, FH_RULE_READINESS_UNSUPPORTED, 1 },
  { "readiness its sources support", build_readiness_supported, FH_RULE_READINESS_UNSUPPORTED, 0 },
  { "baseline gap, every KPI has one", build_baseline_contradiction, FH_RULE_BASELINE_GAP, 1 },
  { "baseline gap, one KPI has none", build_baseline_missing, FH_RULE_BASELINE_GAP, 0 },
  { "baseline gap closed", build_baseline_closed, FH_RULE_BASELINE_GAP, 0 },
  { "Repeatable on an Initial prerequisite", build_assessed_above_prerequisite,
    FH_RULE_ASSESSED_PREREQUISITE, 1 },
  { "Reliable on an Initial prerequisite", build_assessed_reliable_above,
    FH_RULE_ASSESSED_PREREQUISITE, 1 },
  { "prerequisite assessed where it must be", build_assessed_consistent,
    FH_RULE_ASSESSED_PREREQUISITE, 0 },
  { "below the stage that needs it", build_assessed_below, FH_RULE_ASSESSED_PREREQUISITE, 0 },
};

static void
test_rules_use_cases (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (rule_cases); t++)
    {
      Plan *plan = plan_new (fh_quarter_make (2027, 1));

      add_catalog (plan);
      rule_cases[t].build (plan);
      g_test_message ("%s", rule_cases[t].name);
      g_assert_cmpuint (count_rule (plan, rule_cases[t].rule, rule_cases[t].says), ==,
                        rule_cases[t].n);
      plan_free (plan);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/value/metric", test_value_metric);
  g_test_add_func ("/value/round", test_value_round);
  g_test_add_func ("/value/option", test_value_option);
  g_test_add_func ("/value/funding", test_value_funding);
  g_test_add_func ("/value/shared-option", test_shared_option);
  g_test_add_func ("/needs/mapping", test_needs_mapping);
  g_test_add_func ("/needs/reached", test_needs_reached);
  g_test_add_func ("/needs/draft-targets", test_draft_targets);
  g_test_add_func ("/rules/use-cases", test_rules_use_cases);

  return g_test_run ();
}
