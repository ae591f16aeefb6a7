/* test-scoring.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "foothold-core.h"

/* Hand-checked: priority = impact × (readiness + applicability) / 2; value = impact and
 * feasibility = (readiness + applicability) / 2, both split at 1.5. */
static const struct
{
  int            impact, readiness, applicability;
  double         priority;
  FhQuadrant     quadrant;
  FhUseCaseFlags flags;
} use_case_cases[] = {
  { 0, 0, 0, 0.0, FH_QUADRANT_AVOID,
    FH_USE_CASE_FLAG_WITHOUT_ML | FH_USE_CASE_FLAG_DATA_WORK_FIRST },
  { 3, 3, 3, 9.0, FH_QUADRANT_QUICK_WIN, FH_USE_CASE_FLAG_NONE },
  { 3, 2, 3, 7.5, FH_QUADRANT_QUICK_WIN, FH_USE_CASE_FLAG_NONE },
  { 2, 3, 2, 5.0, FH_QUADRANT_QUICK_WIN, FH_USE_CASE_FLAG_NONE },
  { 3, 1, 1, 3.0, FH_QUADRANT_STRATEGIC_BET, FH_USE_CASE_FLAG_DATA_WORK_FIRST },
  { 1, 2, 0, 1.0, FH_QUADRANT_AVOID, FH_USE_CASE_FLAG_WITHOUT_ML },
  { 1, 2, 3, 2.5, FH_QUADRANT_FILL_IN, FH_USE_CASE_FLAG_NONE },
  /* feasibility exactly 1.5 is low; 2 is high */
  { 2, 1, 2, 3.0, FH_QUADRANT_STRATEGIC_BET, FH_USE_CASE_FLAG_DATA_WORK_FIRST },
  { 2, 2, 2, 4.0, FH_QUADRANT_QUICK_WIN, FH_USE_CASE_FLAG_NONE },
  /* impact 1 is low value however feasible */
  { 1, 3, 3, 3.0, FH_QUADRANT_FILL_IN, FH_USE_CASE_FLAG_NONE },
  { 0, 3, 3, 0.0, FH_QUADRANT_FILL_IN, FH_USE_CASE_FLAG_NONE },
  { 2, 0, 3, 3.0, FH_QUADRANT_STRATEGIC_BET, FH_USE_CASE_FLAG_DATA_WORK_FIRST },
};

static void
test_priority_quadrant_flags (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (use_case_cases); i++)
    {
      int im = use_case_cases[i].impact;
      int re = use_case_cases[i].readiness;
      int ap = use_case_cases[i].applicability;

      g_test_message ("case %u: %d %d %d", i, im, re, ap);
      g_assert_cmpfloat_with_epsilon (fh_scoring_priority (im, re, ap), use_case_cases[i].priority,
                                      1e-9);
      g_assert_cmpint (fh_scoring_quadrant (im, re, ap), ==, use_case_cases[i].quadrant);
      g_assert_cmpint (fh_scoring_flags (re, ap), ==, use_case_cases[i].flags);
    }
}

static void
test_use_case_record (void)
{
  g_autoptr (FhUseCase) a = fh_use_case_new ("Delivery time prediction");
  g_autoptr (FhUseCase) b = fh_use_case_new ("Depot staffing forecast");
  double rice;

  g_object_set (a, "impact", 3, "readiness", 2, "applicability", 3, "effort", 16, "reach", 180000,
                "confidence", 80, "business-value", 13, "time-criticality", 8, "risk-reduction", 5,
                "job-size", 8, NULL);
  g_object_set (b, "impact", 2, "readiness", 3, "applicability", 2, "effort", 12, "reach", 1200,
                "confidence", 80, "business-value", 8, "time-criticality", 5, "risk-reduction", 3,
                "job-size", 5, NULL);

  g_assert_cmpfloat_with_epsilon (fh_use_case_priority (a), 7.5, 1e-9);
  g_assert_cmpint (fh_use_case_quadrant (b), ==, FH_QUADRANT_QUICK_WIN);
  g_assert_true (fh_use_case_rice (a, &rice));
  /* 180000 × 3 × 0.8 / 16 = 27000 */
  g_assert_cmpfloat_with_epsilon (rice, 27000.0, 1e-6);
  /* (13 + 8 + 5) / 8 = 3.25 */
  g_assert_cmpfloat_with_epsilon (fh_use_case_wsjf (a), 3.25, 1e-9);
  /* (8 + 5 + 3) / 5 = 3.2 */
  g_assert_cmpfloat_with_epsilon (fh_use_case_wsjf (b), 3.2, 1e-9);

  g_assert_cmpint (fh_use_case_compare (a, b, FH_SORT_PRIORITY), <, 0);
  g_assert_cmpint (fh_use_case_compare (a, b, FH_SORT_WSJF), <, 0);
  g_object_set (b, "job-size", 4, NULL); /* 16 / 4 = 4 > 3.25 */
  g_assert_cmpint (fh_use_case_compare (a, b, FH_SORT_WSJF), >, 0);
  g_object_set (a, "effort", 0, NULL); /* no RICE: sorts after any scored one */
  g_assert_false (fh_use_case_rice (a, &rice));
  g_assert_cmpint (fh_use_case_compare (a, b, FH_SORT_RICE), >, 0);
  g_assert_cmpint (fh_use_case_compare (a, a, FH_SORT_RICE), ==, 0);
}

static void
test_use_case_unscored (void)
{
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Returns triage");

  /* New, nothing scored: no quadrant and no flag, not "Avoid" and "Solve without ML". */
  g_assert_false (fh_use_case_is_scored (use_case));
  g_assert_cmpstr (fh_use_case_quadrant_label (use_case), ==, "Not scored yet");
  g_assert_cmpint (fh_use_case_flags (use_case), ==, FH_USE_CASE_FLAG_NONE);

  /* One score is enough: impact 1, readiness and applicability still 0, is Avoid. */
  g_object_set (use_case, "impact", 1, NULL);
  g_assert_true (fh_use_case_is_scored (use_case));
  g_assert_cmpstr (fh_use_case_quadrant_label (use_case), ==, "Avoid");
  g_assert_cmpint (fh_use_case_flags (use_case), ==,
                   FH_USE_CASE_FLAG_WITHOUT_ML | FH_USE_CASE_FLAG_DATA_WORK_FIRST);
  g_object_set (use_case, "impact", 0, "readiness", 3, "applicability", 3, NULL);
  g_assert_cmpstr (fh_use_case_quadrant_label (use_case), ==, "Fill-in");
  g_assert_cmpint (fh_use_case_flags (use_case), ==, FH_USE_CASE_FLAG_NONE);
}

static const struct
{
  int      reach, impact, confidence, effort;
  gboolean defined;
  double   rice;
} rice_cases[] = {
  { 1000, 3, 100, 10, TRUE, 300.0 }, { 1000, 2, 50, 4, TRUE, 250.0 },
  { 60000, 1, 80, 6, TRUE, 8000.0 }, { 10000000, 3, 100, 1, TRUE, 30000000.0 },
  { 500, 0, 100, 5, TRUE, 0.0 },     { 500, 3, 0, 5, TRUE, 0.0 },
  { 500, 3, 100, 0, FALSE, 0.0 },
};

static void
test_rice (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rice_cases); i++)
    {
      double rice = -1;

      g_test_message ("case %u", i);
      g_assert_cmpint (fh_scoring_rice (rice_cases[i].reach, rice_cases[i].impact,
                                        rice_cases[i].confidence, rice_cases[i].effort, &rice),
                       ==, rice_cases[i].defined);
      g_assert_cmpfloat_with_epsilon (rice, rice_cases[i].rice, 1e-6);
    }
}

static const struct
{
  int    value, time, risk, size;
  double wsjf;
} wsjf_cases[] = {
  { 13, 8, 5, 8, 3.25 }, { 20, 20, 20, 1, 60.0 }, { 0, 0, 0, 20, 0.0 },
  { 1, 2, 3, 3, 2.0 },   { 5, 5, 2, 3, 4.0 },
};

static void
test_wsjf (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (wsjf_cases); i++)
    g_assert_cmpfloat_with_epsilon (fh_scoring_wsjf (wsjf_cases[i].value, wsjf_cases[i].time,
                                                     wsjf_cases[i].risk, wsjf_cases[i].size),
                                    wsjf_cases[i].wsjf, 1e-9);
}

static const struct
{
  FhDirection direction;
  double      baseline, target, current;
  gboolean    defined;
  double      progress;
  gboolean    meets;
} metric_cases[] = {
  { FH_DIRECTION_HIGHER, 81, 90, 83, TRUE, 2.0 / 9.0, FALSE },
  { FH_DIRECTION_HIGHER, 81, 90, 90, TRUE, 1.0, TRUE },
  { FH_DIRECTION_HIGHER, 81, 90, 95, TRUE, 14.0 / 9.0, TRUE },
  { FH_DIRECTION_HIGHER, 81, 90, 78, TRUE, -1.0 / 3.0, FALSE },
  { FH_DIRECTION_LOWER, 48, 25, 41, TRUE, 7.0 / 23.0, FALSE },
  { FH_DIRECTION_LOWER, 2100, 1500, 1500, TRUE, 1.0, TRUE },
  { FH_DIRECTION_LOWER, 14, 6, 14, TRUE, 0.0, FALSE },
  { FH_DIRECTION_LOWER, 10, 20, 5, FALSE, 0.0, TRUE },        /* target on the wrong side */
  { FH_DIRECTION_HIGHER, 10, 5, 5, FALSE, 0.0, TRUE },        /* target on the wrong side */
  { FH_DIRECTION_LOWER, 12.4, 12.4, 12.1, FALSE, 0.0, TRUE }, /* a guardrail holding */
  { FH_DIRECTION_LOWER, 9, 9, 11, FALSE, 0.0, FALSE },        /* a guardrail broken */
};

static void
test_metric_progress (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (metric_cases); i++)
    {
      double progress = -99;

      g_test_message ("case %u", i);
      g_assert_cmpint (fh_metric_progress (metric_cases[i].direction, metric_cases[i].baseline,
                                           metric_cases[i].target, metric_cases[i].current,
                                           &progress),
                       ==, metric_cases[i].defined);
      g_assert_cmpfloat_with_epsilon (progress, metric_cases[i].progress, 1e-9);
      g_assert_cmpint (fh_metric_meets_target (metric_cases[i].direction, metric_cases[i].target,
                                               metric_cases[i].current),
                       ==, metric_cases[i].meets);
    }
}

static void
test_business_kpi (void)
{
  g_autoptr (GListStore) metrics = g_list_store_new (FH_TYPE_METRIC);
  g_autoptr (FhMetric) proxy = fh_metric_new (1, "ETA error");
  g_autoptr (FhMetric) kpi = fh_metric_new (2, "Deliveries in window");

  g_object_set (proxy, "kind", FH_METRIC_KIND_ML_PROXY, NULL);
  g_object_set (kpi, "kind", FH_METRIC_KIND_BUSINESS_KPI, NULL);
  g_list_store_append (metrics, proxy);
  g_list_store_append (metrics, kpi);

  g_assert_false (fh_use_case_has_business_kpi (G_LIST_MODEL (metrics), 1));
  g_assert_true (fh_use_case_has_business_kpi (G_LIST_MODEL (metrics), 2));
  g_assert_false (fh_use_case_has_business_kpi (G_LIST_MODEL (metrics), 3));
}

static void
add_source (GListStore    *sources,
            GListStore    *links,
            gint64         id,
            FhAvailability availability,
            FhAccess       access,
            gint64         use_case)
{
  g_autoptr (FhDataSource) source = fh_data_source_new ("source");
  g_autoptr (FhLink) link = fh_link_new (id, use_case);

  g_object_set (source, "id", id, "availability", availability, "access", access, NULL);
  g_list_store_append (sources, source);
  g_list_store_append (links, link);
}

static void
test_data_support (void)
{
  g_autoptr (GListStore) sources = g_list_store_new (FH_TYPE_DATA_SOURCE);
  g_autoptr (GListStore) links = g_list_store_new (FH_TYPE_LINK);
  FhPlanModels models = { 0 };
  guint        n = 99;

  g_assert_cmpint (fh_data_source_supports (FH_AVAILABILITY_AVAILABLE, FH_ACCESS_SELF_SERVICE), ==,
                   3);
  g_assert_cmpint (fh_data_source_supports (FH_AVAILABILITY_AVAILABLE, FH_ACCESS_ON_REQUEST), ==,
                   2);
  g_assert_cmpint (fh_data_source_supports (FH_AVAILABILITY_PARTIAL, FH_ACCESS_SELF_SERVICE), ==,
                   1);
  g_assert_cmpint (fh_data_source_supports (FH_AVAILABILITY_AVAILABLE, FH_ACCESS_NONE), ==, 0);
  g_assert_cmpint (fh_data_source_supports (FH_AVAILABILITY_NOT_COLLECTED, FH_ACCESS_SELF_SERVICE),
                   ==, 0);

  add_source (sources, links, 1, FH_AVAILABILITY_AVAILABLE, FH_ACCESS_SELF_SERVICE, 10);
  add_source (sources, links, 2, FH_AVAILABILITY_AVAILABLE, FH_ACCESS_ON_REQUEST, 10);
  add_source (sources, links, 3, FH_AVAILABILITY_NOT_COLLECTED, FH_ACCESS_NONE, 20);
  models.models[FH_COLLECTION_DATA_SOURCES] = G_LIST_MODEL (sources);
  models.models[FH_COLLECTION_SOURCE_USE_CASES] = G_LIST_MODEL (links);

  g_assert_cmpint (fh_use_case_data_support (&models, 10, &n), ==, 2);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (fh_use_case_data_support (&models, 20, &n), ==, 0);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (fh_use_case_data_support (&models, 30, &n), ==, -1);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_shortfalls (void)
{
  g_autoptr (GListStore) cells = g_list_store_new (FH_TYPE_ROLE_SKILL);
  FhPlanModels models = { 0 };
  g_autoptr (GArray) shortfalls = NULL;
  const struct
  {
    gint64 role, skill;
    int    current, needed;
  } table[] = {
    { 1, 1, 2, 3 }, { 1, 2, 3, 3 }, { 2, 1, 0, 3 }, { 2, 2, 4, 1 }, { 3, 1, 1, 2 },
  };
  FhShortfall *s;

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr (FhRoleSkill) cell = fh_role_skill_new (table[i].role, table[i].skill);

      g_object_set (cell, "current", table[i].current, "needed", table[i].needed, NULL);
      g_list_store_append (cells, cell);
    }
  models.models[FH_COLLECTION_ROLE_SKILLS] = G_LIST_MODEL (cells);

  shortfalls = fh_skill_shortfalls (&models);
  g_assert_cmpuint (shortfalls->len, ==, 3);
  s = &g_array_index (shortfalls, FhShortfall, 0);
  g_assert_cmpint (s->role, ==, 2);
  g_assert_cmpint (s->needed - s->current, ==, 3);
  g_assert_cmpint (fh_shortfall_severity (s), ==, 4);
  s = &g_array_index (shortfalls, FhShortfall, 1);
  g_assert_cmpint (s->role, ==, 1);
  g_assert_cmpint (fh_shortfall_severity (s), ==, 2);
  s = &g_array_index (shortfalls, FhShortfall, 2);
  g_assert_cmpint (s->role, ==, 3);
}

static void
test_answers (void)
{
  g_assert_cmpstr (fh_scoring_answer ("impact", 0), ==, "No measurable KPI");
  g_assert_cmpstr (fh_scoring_answer ("readiness", 3), ==,
                   "Clean, labelled, governed, refreshed on a known cadence");
  g_assert_cmpstr (fh_scoring_answer ("applicability", 0), ==, "A rule or a report solves it");
  g_assert_cmpstr (fh_quadrant_get_label (FH_QUADRANT_STRATEGIC_BET), ==, "Strategic bet");
  g_assert_cmpstr (fh_skill_level_get_label (4), ==, "Can teach");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/scoring/priority-quadrant-flags", test_priority_quadrant_flags);
  g_test_add_func ("/foothold/scoring/use-case-unscored", test_use_case_unscored);
  g_test_add_func ("/foothold/scoring/use-case", test_use_case_record);
  g_test_add_func ("/foothold/scoring/rice", test_rice);
  g_test_add_func ("/foothold/scoring/wsjf", test_wsjf);
  g_test_add_func ("/foothold/scoring/metric-progress", test_metric_progress);
  g_test_add_func ("/foothold/scoring/business-kpi", test_business_kpi);
  g_test_add_func ("/foothold/scoring/data-support", test_data_support);
  g_test_add_func ("/foothold/scoring/shortfalls", test_shortfalls);
  g_test_add_func ("/foothold/scoring/answers", test_answers);

  return g_test_run ();
}
