/* test-maturity.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fh-maturity.h"
#include "fh-quarter.h"

/* A small plan in GListStores: four capabilities (two core) and two assessments. */
typedef struct
{
  FhPlanModels models;
  GListStore  *stores[FH_N_COLLECTIONS];
} Plan;

static void
plan_init (Plan *plan)
{
  memset (plan, 0, sizeof *plan);
  plan->stores[FH_COLLECTION_CAPABILITIES] = g_list_store_new (FH_TYPE_CAPABILITY);
  plan->stores[FH_COLLECTION_ASSESSMENTS] = g_list_store_new (FH_TYPE_ASSESSMENT);
  plan->stores[FH_COLLECTION_SCORES] = g_list_store_new (FH_TYPE_SCORE);
  plan->stores[FH_COLLECTION_ROADMAP] = g_list_store_new (FH_TYPE_ROADMAP_ITEM);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    plan->models.models[i] = G_LIST_MODEL (plan->stores[i]);
}

static void
plan_clear (Plan *plan)
{
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    g_clear_object (&plan->stores[i]);
}

static void
add_capability (Plan *plan, const char *id, int position, gboolean core)
{
  g_autoptr (FhCapability) capability = fh_capability_new (id, id);

  g_object_set (capability, "position", position, "core", core, NULL);
  g_list_store_append (plan->stores[FH_COLLECTION_CAPABILITIES], capability);
}

static gint64
add_assessment (Plan *plan, gint64 id, int quarter)
{
  g_autoptr (FhAssessment) assessment = fh_assessment_new (quarter);

  g_object_set (assessment, "id", id, NULL);
  g_list_store_append (plan->stores[FH_COLLECTION_ASSESSMENTS], assessment);
  return id;
}

static FhScore *
add_score (Plan *plan, gint64 assessment, const char *capability, int stage)
{
  g_autoptr (FhScore) score = fh_score_new (assessment, capability, stage);

  g_list_store_append (plan->stores[FH_COLLECTION_SCORES], score);
  return score;
}

/* Capabilities: "a" core (position 0), "b" (1), "c" core (2), "d" (3). Added out
 * of order on purpose: results follow position. */
static void
plan_fill (Plan *plan)
{
  add_capability (plan, "c", 2, TRUE);
  add_capability (plan, "a", 0, TRUE);
  add_capability (plan, "d", 3, FALSE);
  add_capability (plan, "b", 1, FALSE);
}

typedef struct
{
  const char *name;
  int         stages[4]; /* a, b, c, d; -1 = no score */
  int         overall;
  double      mean;
  guint       n_scored;
} SummaryCase;

static const SummaryCase summary_cases[] = {
  /* the lowest core stage, not the lowest of all */
  { "core-decides", { 2, 0, 3, 1 }, 2, 1.5, 4 },
  { "core-zero", { 0, 4, 4, 4 }, 0, 3.0, 4 },
  { "all-equal", { 3, 3, 3, 3 }, 3, 3.0, 4 },
  /* a core capability without a score does not pull the stage down */
  { "partly-scored", { -1, 1, 2, -1 }, 2, 1.5, 2 },
  { "non-core-only", { -1, 4, -1, 2 }, -1, 3.0, 2 },
  { "nothing", { -1, -1, -1, -1 }, -1, -1.0, 0 },
};

static void
test_summary (gconstpointer data)
{
  const SummaryCase       *c = data;
  static const char *const ids[] = { "a", "b", "c", "d" };
  FhMaturitySummary        summary;
  Plan                     plan;

  plan_init (&plan);
  plan_fill (&plan);
  add_assessment (&plan, 1, fh_quarter_make (2027, 1));
  for (guint i = 0; i < 4; i++)
    if (c->stages[i] >= 0)
      add_score (&plan, 1, ids[i], c->stages[i]);
  /* a score in another assessment must not count */
  add_score (&plan, 2, "a", 4);

  fh_maturity_summarize (&plan.models, 1, &summary);
  g_assert_cmpint (summary.overall, ==, c->overall);
  g_assert_cmpfloat_with_epsilon (summary.mean, c->mean, 1e-9);
  g_assert_cmpuint (summary.n_scored, ==, c->n_scored);
  g_assert_cmpuint (summary.n_capabilities, ==, 4);
  g_assert_cmpuint (summary.n_core, ==, 2);
  g_assert_cmpuint (summary.n_core_scored, ==, (c->stages[0] >= 0) + (c->stages[2] >= 0));

  plan_clear (&plan);
}

static void
test_compare (void)
{
  g_autoptr (FhComparison) comparison = NULL;
  g_autofree char       *text = NULL;
  const FhComparisonRow *row;
  Plan                   plan;

  plan_init (&plan);
  plan_fill (&plan);
  add_assessment (&plan, 1, fh_quarter_make (2026, 4));
  add_assessment (&plan, 2, fh_quarter_make (2027, 1));
  /* a: 1 → 2, b: 2 → 1 (regressed), c: 1 → 3, d: 0 → 0 */
  add_score (&plan, 1, "a", 1);
  add_score (&plan, 1, "b", 2);
  add_score (&plan, 1, "c", 1);
  add_score (&plan, 1, "d", 0);
  add_score (&plan, 2, "a", 2);
  g_object_set (add_score (&plan, 2, "b", 1), "reason", "The trainer left", NULL);
  add_score (&plan, 2, "c", 3);
  add_score (&plan, 2, "d", 0);

  comparison = fh_maturity_compare (&plan.models, 1, 2);
  g_assert_cmpint (comparison->quarter_a, ==, fh_quarter_make (2026, 4));
  g_assert_cmpint (comparison->quarter_b, ==, fh_quarter_make (2027, 1));
  g_assert_cmpuint (comparison->rows->len, ==, 4);
  g_assert_cmpuint (comparison->n_improved, ==, 2);
  g_assert_cmpuint (comparison->n_regressed, ==, 1);
  g_assert_cmpuint (comparison->n_unchanged, ==, 1);
  g_assert_cmpint (comparison->summary_a.overall, ==, 1);
  g_assert_cmpint (comparison->summary_b.overall, ==, 2);
  g_assert_cmpfloat_with_epsilon (comparison->summary_a.mean, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (comparison->summary_b.mean, 1.5, 1e-9);

  /* Rows follow capability position. */
  row = &g_array_index (comparison->rows, FhComparisonRow, 0);
  g_assert_cmpstr (fh_capability_get_id (row->capability), ==, "a");
  g_assert_cmpint (row->delta, ==, 1);
  g_assert_false (fh_comparison_row_is_regression (row));
  g_assert_true (fh_comparison_row_is_changed (row));

  row = &g_array_index (comparison->rows, FhComparisonRow, 1);
  g_assert_cmpstr (fh_capability_get_id (row->capability), ==, "b");
  g_assert_cmpint (row->stage_a, ==, 2);
  g_assert_cmpint (row->stage_b, ==, 1);
  g_assert_cmpint (row->delta, ==, -1);
  g_assert_true (fh_comparison_row_is_regression (row));
  g_assert_cmpstr (fh_score_get_reason (row->score_b), ==, "The trainer left");

  row = &g_array_index (comparison->rows, FhComparisonRow, 2);
  g_assert_cmpint (row->delta, ==, 2);

  row = &g_array_index (comparison->rows, FhComparisonRow, 3);
  g_assert_cmpint (row->delta, ==, 0);
  g_assert_false (fh_comparison_row_is_changed (row));

  text = fh_comparison_summary_text (comparison);
  g_assert_cmpstr (text, ==,
                   "2 capabilities improved, 1 regressed, overall stage Initial → Repeatable");

  plan_clear (&plan);
}

static void
test_compare_missing (void)
{
  g_autoptr (FhComparison) comparison = NULL;
  g_autofree char       *text = NULL;
  const FhComparisonRow *row;
  Plan                   plan;

  plan_init (&plan);
  plan_fill (&plan);
  add_assessment (&plan, 1, fh_quarter_make (2026, 4));
  add_assessment (&plan, 2, fh_quarter_make (2027, 1));
  add_score (&plan, 1, "a", 3);
  add_score (&plan, 2, "b", 1);
  add_score (&plan, 2, "a", 3);

  comparison = fh_maturity_compare (&plan.models, 1, 2);
  /* "b" is new in the later quarter: not an improvement, not a regression */
  row = &g_array_index (comparison->rows, FhComparisonRow, 1);
  g_assert_cmpint (row->stage_a, ==, -1);
  g_assert_cmpint (row->stage_b, ==, 1);
  g_assert_false (fh_comparison_row_is_changed (row));
  g_assert_cmpuint (comparison->n_improved, ==, 0);
  g_assert_cmpuint (comparison->n_regressed, ==, 0);
  g_assert_cmpuint (comparison->n_unchanged, ==, 1);

  text = fh_comparison_summary_text (comparison);
  g_assert_cmpstr (text, ==,
                   "0 capabilities improved, 0 regressed, overall stage Reliable → Reliable "
                   "(2 of 4 assessed)");

  plan_clear (&plan);
}

static void
test_carry_over (void)
{
  g_autoptr (GPtrArray) scores = NULL;
  FhScore *old;
  Plan     plan;

  plan_init (&plan);
  plan_fill (&plan);
  add_assessment (&plan, 1, fh_quarter_make (2026, 3));
  add_assessment (&plan, 3, fh_quarter_make (2026, 4));
  old = add_score (&plan, 1, "c", 2);
  g_object_set (old, "evidence", "Pipelines in CI", "confidence", FH_CONFIDENCE_HIGH, "reason",
                "Moved up after the audit", NULL);
  add_score (&plan, 1, "a", 1);
  add_score (&plan, 3, "a", 4); /* another assessment: not copied */

  /* The previous assessment of 2027-Q1 is 2026-Q4, across the year boundary. */
  g_assert_true (fh_maturity_previous (&plan.models, fh_quarter_make (2027, 1)) ==
                 fh_maturity_find_assessment (&plan.models, fh_quarter_make (2026, 4)));
  g_assert_null (fh_maturity_previous (&plan.models, fh_quarter_make (2026, 3)));
  g_assert_cmpint (fh_assessment_get_id (fh_maturity_latest (&plan.models)), ==, 3);

  scores = fh_maturity_plan_carry_over (&plan.models, 1, 7);
  g_assert_cmpuint (scores->len, ==, 2);
  /* in capability order: a, then c */
  g_assert_cmpstr (fh_score_get_capability (g_ptr_array_index (scores, 0)), ==, "a");
  g_assert_cmpint (fh_score_get_stage (g_ptr_array_index (scores, 0)), ==, 1);
  g_assert_cmpstr (fh_score_get_capability (g_ptr_array_index (scores, 1)), ==, "c");
  g_assert_cmpint (fh_score_get_assessment (g_ptr_array_index (scores, 1)), ==, 7);
  g_assert_cmpint (fh_score_get_stage (g_ptr_array_index (scores, 1)), ==, 2);
  g_assert_cmpstr (fh_score_get_evidence (g_ptr_array_index (scores, 1)), ==, "Pipelines in CI");
  g_assert_cmpint (fh_score_get_confidence (g_ptr_array_index (scores, 1)), ==, FH_CONFIDENCE_HIGH);
  g_assert_true (fh_score_get_carried_over (g_ptr_array_index (scores, 1)));
  g_assert_cmpstr (fh_score_get_reason (g_ptr_array_index (scores, 1)), ==, "");
  g_assert_cmpint (fh_score_get_id (g_ptr_array_index (scores, 1)), ==, 0);

  plan_clear (&plan);
}

static void
test_trend (void)
{
  g_autoptr (GArray) points = NULL;
  Plan plan;

  plan_init (&plan);
  plan_fill (&plan);
  add_assessment (&plan, 2, fh_quarter_make (2027, 1));
  add_assessment (&plan, 1, fh_quarter_make (2026, 4));
  add_assessment (&plan, 3, fh_quarter_make (2027, 2));
  add_score (&plan, 1, "a", 1);
  add_score (&plan, 1, "b", 0);
  add_score (&plan, 1, "c", 2);
  add_score (&plan, 2, "a", 2);
  add_score (&plan, 2, "b", 3);
  add_score (&plan, 2, "c", 2);
  add_score (&plan, 2, "d", 3);

  points = fh_maturity_trend (&plan.models);
  g_assert_cmpuint (points->len, ==, 3);
  g_assert_cmpint (g_array_index (points, FhTrendPoint, 0).quarter, ==, fh_quarter_make (2026, 4));
  g_assert_cmpint (g_array_index (points, FhTrendPoint, 0).overall, ==, 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, FhTrendPoint, 0).mean, 1.0, 1e-9);
  g_assert_cmpint (g_array_index (points, FhTrendPoint, 1).overall, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, FhTrendPoint, 1).mean, 2.5, 1e-9);
  g_assert_cmpint (g_array_index (points, FhTrendPoint, 2).overall, ==, -1);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, FhTrendPoint, 2).mean, -1.0, 1e-9);

  plan_clear (&plan);
}

typedef struct
{
  int      start_year, start_q, duration;
  gboolean due; /* due to finish in 2027-Q1? */
} DueCase;

static void
test_items_due (void)
{
  static const DueCase cases[] = {
    { 2027, 1, 1, TRUE },  { 2026, 4, 2, TRUE },  /* across the year boundary */
    { 2026, 2, 4, TRUE },  { 2026, 4, 1, FALSE }, /* ended the quarter before */
    { 2027, 1, 2, FALSE },                        /* still running */
    { 2027, 2, 1, FALSE },
  };
  g_autoptr (GPtrArray) due = NULL;
  Plan plan;

  plan_init (&plan);
  plan_fill (&plan);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (FhRoadmapItem) item =
        fh_roadmap_item_new ("Item", "a", fh_quarter_make (cases[i].start_year, cases[i].start_q));

      /* ids in reverse, to check the result is sorted by id */
      g_object_set (item, "id", (gint64)(100 - i), "duration", cases[i].duration, NULL);
      g_list_store_append (plan.stores[FH_COLLECTION_ROADMAP], item);
      g_assert_cmpint (fh_maturity_item_end_quarter (item) == fh_quarter_make (2027, 1), ==,
                       cases[i].due);
    }

  due = fh_maturity_items_due (&plan.models, fh_quarter_make (2027, 1));
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpint (fh_roadmap_item_get_id (g_ptr_array_index (due, 0)), ==, 98);
  g_assert_cmpint (fh_roadmap_item_get_id (g_ptr_array_index (due, 1)), ==, 99);
  g_assert_cmpint (fh_roadmap_item_get_id (g_ptr_array_index (due, 2)), ==, 100);
  /* All three are planned: all wait for the delivery check. */
  g_assert_cmpuint (fh_maturity_count_items_open (&plan.models, fh_quarter_make (2027, 1)), ==, 3);

  plan_clear (&plan);
}

/* The Review badge counts the items due this quarter that nobody has checked yet:
 * planned or in progress, not done, slipped or dropped. */
static void
test_items_open (void)
{
  static const struct
  {
    FhItemStatus status;
    int          start_q; /* 2027-Q<n>, one quarter long */
  } cases[] = {
    { FH_ITEM_STATUS_PLANNED, 1 }, { FH_ITEM_STATUS_IN_PROGRESS, 1 },
    { FH_ITEM_STATUS_DONE, 1 },    { FH_ITEM_STATUS_DROPPED, 1 },
    { FH_ITEM_STATUS_SLIPPED, 1 }, { FH_ITEM_STATUS_IN_PROGRESS, 2 }, /* due the quarter after */
    { FH_ITEM_STATUS_PLANNED, 2 },
  };
  g_autoptr (GPtrArray) due = NULL;
  Plan plan;

  plan_init (&plan);
  plan_fill (&plan);
  g_assert_cmpuint (fh_maturity_count_items_open (&plan.models, fh_quarter_make (2027, 1)), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (FhRoadmapItem) item =
        fh_roadmap_item_new ("Item", "a", fh_quarter_make (2027, cases[i].start_q));

      g_object_set (item, "id", (gint64)(200 + i), "duration", 1, "status", cases[i].status, NULL);
      g_list_store_append (plan.stores[FH_COLLECTION_ROADMAP], item);
    }

  due = fh_maturity_items_due (&plan.models, fh_quarter_make (2027, 1));
  g_assert_cmpuint (due->len, ==, 5);
  g_assert_cmpuint (fh_maturity_count_items_open (&plan.models, fh_quarter_make (2027, 1)), ==, 2);
  g_assert_cmpuint (fh_maturity_count_items_open (&plan.models, fh_quarter_make (2027, 2)), ==, 2);
  g_assert_cmpuint (fh_maturity_count_items_open (&plan.models, fh_quarter_make (2027, 3)), ==, 0);

  plan_clear (&plan);
}

static void
test_format_stage (void)
{
  g_autofree char *none = fh_maturity_format_stage (-1);
  g_autofree char *two = fh_maturity_format_stage (2);

  g_assert_cmpstr (none, ==, "not assessed");
  g_assert_cmpstr (two, ==, "Repeatable");
}

/* A capability without a score is not assessed: named, left out of stage and mean,
 * and every text says how many are assessed. */
static void
test_not_assessed (void)
{
  g_autoptr (GPtrArray) missing = NULL;
  g_autofree char  *text = NULL;
  g_autofree char  *badge = NULL;
  g_autofree char  *assessed = NULL;
  FhMaturitySummary summary;
  Plan              plan;

  plan_init (&plan);
  plan_fill (&plan);
  add_assessment (&plan, 1, fh_quarter_make (2027, 1));
  add_score (&plan, 1, "a", 1);
  add_score (&plan, 1, "b", 2);
  add_score (&plan, 1, "d", 3);

  fh_maturity_summarize (&plan.models, 1, &summary);
  g_assert_cmpint (summary.overall, ==, 1);
  g_assert_cmpfloat_with_epsilon (summary.mean, 2.0, 1e-9);
  missing = fh_maturity_not_assessed (&plan.models, 1);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (fh_capability_get_id (missing->pdata[0]), ==, "c");
  g_assert_cmpint (fh_maturity_stage (&plan.models, 1, "c"), ==, -1);
  g_assert_cmpint (fh_maturity_stage (&plan.models, 1, "d"), ==, 3);

  assessed = fh_maturity_assessed_text (&summary);
  g_assert_cmpstr (assessed, ==, "3 of 4 assessed");
  text = fh_maturity_summary_text (&summary);
  g_assert_cmpstr (text, ==, "Initial · mean 2.0 · 3 of 4 assessed");
  badge = fh_maturity_badge_text (&summary);
  g_assert_cmpstr (badge, ==, "Initial · 3/4");

  /* Fully assessed: the badge is the stage alone. */
  add_score (&plan, 1, "c", 4);
  fh_maturity_summarize (&plan.models, 1, &summary);
  g_clear_pointer (&badge, g_free);
  badge = fh_maturity_badge_text (&summary);
  g_assert_cmpstr (badge, ==, "Initial");
  g_clear_pointer (&text, g_free);
  text = fh_maturity_summary_text (&summary);
  g_assert_cmpstr (text, ==, "Initial · mean 2.5 · 4 of 4 assessed");

  /* Nothing assessed at all. */
  fh_maturity_summarize (&plan.models, 9, &summary);
  g_clear_pointer (&text, g_free);
  text = fh_maturity_summary_text (&summary);
  g_assert_cmpstr (text, ==, "not assessed · 0 of 4 assessed");

  plan_clear (&plan);
}

static void
test_current_quarter (void)
{
  g_autoptr (GDateTime) date = g_date_time_new_utc (2027, 5, 14, 9, 0, 0);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_assert_cmpint (fh_maturity_current_quarter (date), ==, fh_quarter_make (2027, 2));
  g_assert_cmpint (fh_maturity_current_quarter (NULL), ==, fh_quarter_from_date (now));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (summary_cases); i++)
    {
      g_autofree char *path =
        g_strdup_printf ("/foothold/maturity/summary/%s", summary_cases[i].name);

      g_test_add_data_func (path, &summary_cases[i], test_summary);
    }
  g_test_add_func ("/foothold/maturity/not-assessed", test_not_assessed);
  g_test_add_func ("/foothold/maturity/current-quarter", test_current_quarter);
  g_test_add_func ("/foothold/maturity/compare", test_compare);
  g_test_add_func ("/foothold/maturity/compare-missing", test_compare_missing);
  g_test_add_func ("/foothold/maturity/carry-over", test_carry_over);
  g_test_add_func ("/foothold/maturity/trend", test_trend);
  g_test_add_func ("/foothold/maturity/items-due", test_items_due);
  g_test_add_func ("/foothold/maturity/items-open", test_items_open);
  g_test_add_func ("/foothold/maturity/format-stage", test_format_stage);

  return g_test_run ();
}
