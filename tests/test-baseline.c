/* test-baseline.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fh-assessment.h"
#include "fh-baseline.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-score.h"
#include "fh-store.h"

typedef struct
{
  FhPlanModels models;
  GListStore  *roadmap;
  GListStore  *baseline;
} Plan;

static void
plan_init (Plan *plan)
{
  memset (plan, 0, sizeof *plan);
  plan->roadmap = g_list_store_new (FH_TYPE_ROADMAP_ITEM);
  plan->baseline = g_list_store_new (FH_TYPE_BASELINE_ITEM);
  plan->models.models[FH_COLLECTION_ROADMAP] = G_LIST_MODEL (plan->roadmap);
  plan->models.models[FH_COLLECTION_BASELINE_ITEMS] = G_LIST_MODEL (plan->baseline);
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->roadmap);
  g_clear_object (&plan->baseline);
}

static FhRoadmapItem *
add_item (Plan *plan, gint64 id, const char *title, int start, int duration)
{
  g_autoptr (FhRoadmapItem) item = fh_roadmap_item_new (title, "registry", start);

  g_object_set (item, "id", id, "duration", duration, "from-stage", 1, "target-stage", 2, NULL);
  g_list_store_append (plan->roadmap, item);
  return item;
}

static void
test_snapshot (void)
{
  g_autoptr (GPtrArray) snapshot = NULL;
  FhBaselineItem *copy;
  FhRoadmapItem  *item;
  Plan            plan;

  plan_init (&plan);
  add_item (&plan, 9, "Later", fh_quarter_make (2027, 3), 1);
  item = add_item (&plan, 4, "Registry", fh_quarter_make (2026, 4), 2);
  g_object_set (item, "status", FH_ITEM_STATUS_IN_PROGRESS, NULL);

  snapshot = fh_baseline_snapshot (&plan.models, 12);
  g_assert_cmpuint (snapshot->len, ==, 2);
  copy = g_ptr_array_index (snapshot, 0);
  g_assert_cmpint (fh_baseline_item_get_id (copy), ==, 0);
  g_assert_cmpint (fh_baseline_item_get_assessment (copy), ==, 12);
  g_assert_cmpint (fh_baseline_item_get_item (copy), ==, 4);
  g_assert_cmpstr (fh_baseline_item_get_title (copy), ==, "Registry");
  g_assert_cmpstr (fh_baseline_item_get_capability (copy), ==, "registry");
  g_assert_cmpint (fh_baseline_item_get_from_stage (copy), ==, 1);
  g_assert_cmpint (fh_baseline_item_get_target_stage (copy), ==, 2);
  g_assert_cmpint (fh_baseline_item_get_start_quarter (copy), ==, fh_quarter_make (2026, 4));
  g_assert_cmpint (fh_baseline_item_get_duration (copy), ==, 2);
  g_assert_cmpint (fh_baseline_item_get_status (copy), ==, FH_ITEM_STATUS_IN_PROGRESS);
  /* two quarters from 2026-Q4 end in 2027-Q1 */
  g_assert_cmpint (fh_baseline_end_quarter (copy), ==, fh_quarter_make (2027, 1));
  g_assert_cmpint (fh_baseline_item_get_item (g_ptr_array_index (snapshot, 1)), ==, 9);

  plan_clear (&plan);
}

static void
test_diff (void)
{
  g_autoptr (GPtrArray) snapshot = NULL;
  g_autoptr (FhBaselineDiff) diff = NULL;
  g_autoptr (FhBaselineDiff) none = NULL;
  g_autoptr (FhBaselineDiff) other = NULL;
  FhBaselineMove *move;
  FhRoadmapItem  *item;
  Plan            plan;

  plan_init (&plan);
  add_item (&plan, 1, "Kept", fh_quarter_make (2027, 1), 1);
  add_item (&plan, 2, "Removed", fh_quarter_make (2027, 1), 1);
  add_item (&plan, 3, "Starts later", fh_quarter_make (2027, 2), 1);
  add_item (&plan, 4, "Takes longer", fh_quarter_make (2027, 2), 1);

  snapshot = fh_baseline_snapshot (&plan.models, 5);
  for (guint i = 0; i < snapshot->len; i++)
    {
      g_object_set (g_ptr_array_index (snapshot, i), "id", (gint64)(i + 1), NULL);
      g_list_store_append (plan.baseline, g_ptr_array_index (snapshot, i));
    }

  /* Right after the snapshot nothing differs. */
  none = fh_baseline_diff (&plan.models, 5);
  g_assert_cmpuint (none->added->len, ==, 0);
  g_assert_cmpuint (none->removed->len, ==, 0);
  g_assert_cmpuint (none->moved->len, ==, 0);

  g_list_store_remove (plan.roadmap, 1);
  item = g_list_model_get_item (G_LIST_MODEL (plan.roadmap), 1);
  g_object_set (item, "start-quarter", fh_quarter_make (2027, 3), NULL);
  g_object_unref (item);
  item = g_list_model_get_item (G_LIST_MODEL (plan.roadmap), 2);
  g_object_set (item, "duration", 3, NULL);
  g_object_unref (item);
  item = add_item (&plan, 6, "Added", fh_quarter_make (2027, 4), 1);
  /* a title or status change is not a move */
  item = g_list_model_get_item (G_LIST_MODEL (plan.roadmap), 0);
  g_object_set (item, "title", "Kept, renamed", "status", FH_ITEM_STATUS_DONE, NULL);
  g_object_unref (item);

  diff = fh_baseline_diff (&plan.models, 5);
  g_assert_cmpuint (diff->added->len, ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_id (g_ptr_array_index (diff->added, 0)), ==, 6);
  g_assert_cmpuint (diff->removed->len, ==, 1);
  g_assert_cmpstr (fh_baseline_item_get_title (g_ptr_array_index (diff->removed, 0)), ==,
                   "Removed");
  g_assert_cmpuint (diff->moved->len, ==, 2);
  move = &g_array_index (diff->moved, FhBaselineMove, 0);
  g_assert_cmpint (fh_baseline_item_get_item (move->then), ==, 3);
  g_assert_cmpint (fh_baseline_item_get_start_quarter (move->then), ==, fh_quarter_make (2027, 2));
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (move->now), ==, fh_quarter_make (2027, 3));
  move = &g_array_index (diff->moved, FhBaselineMove, 1);
  g_assert_cmpint (fh_baseline_item_get_item (move->then), ==, 4);
  g_assert_cmpint (fh_baseline_end_quarter (move->then), ==, fh_quarter_make (2027, 2));

  /* Another assessment's baseline is empty: everything counts as added. */
  other = fh_baseline_diff (&plan.models, 99);
  g_assert_cmpuint (other->added->len, ==, 4);
  g_assert_cmpuint (other->removed->len, ==, 0);

  plan_clear (&plan);
}

/* The demo plan's assessments, scores and baseline survive export and import. */
static void
test_json_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) demo = fh_store_new_demo (NULL, &error);
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (GBytes) first = NULL;
  g_autoptr (GBytes) second = NULL;
  g_autoptr (FhBaselineDiff) diff = NULL;
  FhPlanModels  models;
  FhAssessment *q3;
  FhAssessment *q4;
  guint         n_reasons = 0;
  GListModel   *scores;

  g_assert_no_error (error);
  first = fh_store_export_json (demo, &error);
  g_assert_no_error (error);
  copy = fh_store_new_from_json (NULL, first, &error);
  g_assert_no_error (error);
  second = fh_store_export_json (copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));

  fh_store_get_models (copy, &models);
  q3 = fh_maturity_find_assessment (&models, fh_quarter_make (2026, 3));
  q4 = fh_maturity_find_assessment (&models, fh_quarter_make (2026, 4));
  g_assert_nonnull (q3);
  g_assert_nonnull (q4);
  g_assert_cmpuint (g_list_model_get_n_items (models.models[FH_COLLECTION_SCORES]), ==,
                    2 * g_list_model_get_n_items (models.models[FH_COLLECTION_CAPABILITIES]));

  scores = models.models[FH_COLLECTION_SCORES];
  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr (FhScore) score = g_list_model_get_item (scores, i);

      if (fh_score_get_reason (score)[0] != '\0')
        n_reasons++;
    }
  g_assert_cmpuint (n_reasons, >, 0);

  /* The baseline of the earlier review: every kind of change shows. */
  diff = fh_baseline_diff (&models, fh_assessment_get_id (q3));
  g_assert_cmpuint (diff->added->len, >, 0);
  g_assert_cmpuint (diff->removed->len, >, 0);
  g_assert_cmpuint (diff->moved->len, >, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/baseline/snapshot", test_snapshot);
  g_test_add_func ("/foothold/baseline/diff", test_diff);
  g_test_add_func ("/foothold/baseline/json-round-trip", test_json_round_trip);

  return g_test_run ();
}
