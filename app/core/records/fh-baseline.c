/* fh-baseline.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-baseline.h"

#include "fh-maturity.h"
#include "fh-quarter.h"

/* A roadmap baseline is the roadmap as it stood when a review was held. The next
 * review compares the roadmap with it, so that "the plan says Q3" cannot quietly
 * replace "the plan said Q2". */

static int
compare_baseline_items (gconstpointer a, gconstpointer b)
{
  gint64 x = fh_baseline_item_get_item (*(FhBaselineItem **)a);
  gint64 y = fh_baseline_item_get_item (*(FhBaselineItem **)b);

  return x < y ? -1 : x > y;
}

static int
compare_roadmap_items (gconstpointer a, gconstpointer b)
{
  gint64 x = fh_roadmap_item_get_id (*(FhRoadmapItem **)a);
  gint64 y = fh_roadmap_item_get_id (*(FhRoadmapItem **)b);

  return x < y ? -1 : x > y;
}

static void
clear_move (gpointer data)
{
  FhBaselineMove *move = data;

  g_clear_object (&move->then);
  g_clear_object (&move->now);
}

/**
 * fh_baseline_snapshot:
 * @assessment: the assessment whose review the baseline belongs to
 *
 * Returns: (transfer full): a new FhBaselineItem per roadmap item, by item id, not
 *   yet in the plan.
 */
GPtrArray *
fh_baseline_snapshot (const FhPlanModels *models, gint64 assessment)
{
  GPtrArray  *snapshot = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *roadmap;

  g_return_val_if_fail (models != NULL, snapshot);

  roadmap = models->models[FH_COLLECTION_ROADMAP];
  for (guint i = 0; i < g_list_model_get_n_items (roadmap); i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (roadmap, i);
      FhBaselineItem *copy = fh_baseline_item_new (assessment);

      g_object_set (
        copy, "item", fh_roadmap_item_get_id (item), "title", fh_roadmap_item_get_title (item),
        "capability", fh_roadmap_item_get_capability (item), "from-stage",
        fh_roadmap_item_get_from_stage (item), "target-stage",
        fh_roadmap_item_get_target_stage (item), "start-quarter",
        fh_roadmap_item_get_start_quarter (item), "duration", fh_roadmap_item_get_duration (item),
        "status", fh_roadmap_item_get_status (item), NULL);
      g_ptr_array_add (snapshot, copy);
    }

  g_ptr_array_sort (snapshot, compare_baseline_items);
  return snapshot;
}

/**
 * fh_baseline_items:
 *
 * Returns: (transfer full): the baseline saved with @assessment, by item id; empty
 *   when none was saved.
 */
GPtrArray *
fh_baseline_items (const FhPlanModels *models, gint64 assessment)
{
  GPtrArray  *items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  g_return_val_if_fail (models != NULL, items);

  list = models->models[FH_COLLECTION_BASELINE_ITEMS];
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhBaselineItem) item = g_list_model_get_item (list, i);

      if (fh_baseline_item_get_assessment (item) == assessment)
        g_ptr_array_add (items, g_steal_pointer (&item));
    }

  g_ptr_array_sort (items, compare_baseline_items);
  return items;
}

int
fh_baseline_end_quarter (FhBaselineItem *item)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (item), 0);

  return fh_baseline_item_get_start_quarter (item) + MAX (fh_baseline_item_get_duration (item), 1) -
         1;
}

/**
 * fh_baseline_diff:
 *
 * Compares the roadmap with the baseline saved with @assessment. An item counts as
 * moved when it starts or ends in another quarter than it did then.
 *
 * Returns: (transfer full): what was added, removed or moved, each by item id.
 */
FhBaselineDiff *
fh_baseline_diff (const FhPlanModels *models, gint64 assessment)
{
  g_autoptr (GPtrArray) baseline = NULL;
  g_autoptr (GHashTable) then_by_id = NULL;
  g_autoptr (GHashTable) seen = NULL;
  FhBaselineDiff *diff;
  GListModel     *roadmap;

  g_return_val_if_fail (models != NULL, NULL);

  diff = g_new0 (FhBaselineDiff, 1);
  diff->added = g_ptr_array_new_with_free_func (g_object_unref);
  diff->removed = g_ptr_array_new_with_free_func (g_object_unref);
  diff->moved = g_array_new (FALSE, TRUE, sizeof (FhBaselineMove));
  g_array_set_clear_func (diff->moved, clear_move);

  baseline = fh_baseline_items (models, assessment);
  then_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < baseline->len; i++)
    {
      FhBaselineItem *then = g_ptr_array_index (baseline, i);
      gint64         *key = g_new (gint64, 1);

      *key = fh_baseline_item_get_item (then);
      g_hash_table_insert (then_by_id, key, then);
    }

  roadmap = models->models[FH_COLLECTION_ROADMAP];
  for (guint i = 0; i < g_list_model_get_n_items (roadmap); i++)
    {
      g_autoptr (FhRoadmapItem) now = g_list_model_get_item (roadmap, i);
      gint64          id = fh_roadmap_item_get_id (now);
      FhBaselineItem *then = g_hash_table_lookup (then_by_id, &id);

      if (then == NULL)
        {
          g_ptr_array_add (diff->added, g_object_ref (now));
          continue;
        }

      g_hash_table_add (seen, then);
      if (fh_baseline_item_get_start_quarter (then) != fh_roadmap_item_get_start_quarter (now) ||
          fh_baseline_end_quarter (then) != fh_maturity_item_end_quarter (now))
        {
          FhBaselineMove move = { g_object_ref (then), g_object_ref (now) };

          g_array_append_val (diff->moved, move);
        }
    }

  for (guint i = 0; i < baseline->len; i++)
    {
      FhBaselineItem *then = g_ptr_array_index (baseline, i);

      if (!g_hash_table_contains (seen, then))
        g_ptr_array_add (diff->removed, g_object_ref (then));
    }

  g_ptr_array_sort (diff->added, compare_roadmap_items);
  return diff;
}

void
fh_baseline_diff_free (FhBaselineDiff *diff)
{
  if (diff == NULL)
    return;

  g_ptr_array_unref (diff->added);
  g_ptr_array_unref (diff->removed);
  g_array_unref (diff->moved);
  g_free (diff);
}

/* One quarter ("2027-Q1") or a span of them ("2027-Q1–2027-Q2"). */
static char *
format_span (int start, int end)
{
  g_autofree char *first = fh_quarter_format (start);
  g_autofree char *last = fh_quarter_format (end);

  if (end <= start)
    return g_steal_pointer (&first);
  /* Translators: the first and last quarter of a roadmap item */
  return g_strdup_printf (_("%s–%s"), first, last);
}

/**
 * fh_baseline_diff_lines:
 * @models: the plan
 * @assessment: the review whose saved baseline the roadmap is compared with
 *
 * The roadmap's changes since that review as sentences ("Added: …", "Removed: …",
 * "Moved: …"), as the Review page and the report say them.
 *
 * Returns: (transfer full) (element-type utf8): the sentences, one saying nothing
 *   changed when nothing did
 */
GPtrArray *
fh_baseline_diff_lines (const FhPlanModels *models, gint64 assessment)
{
  g_autoptr (FhBaselineDiff) diff = fh_baseline_diff (models, assessment);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  if (diff->added->len + diff->removed->len + diff->moved->len == 0)
    g_ptr_array_add (lines, g_strdup (_("Nothing was added, removed or moved since.")));
  for (guint i = 0; i < diff->added->len; i++)
    {
      FhRoadmapItem   *item = g_ptr_array_index (diff->added, i);
      g_autofree char *start = fh_quarter_format (fh_roadmap_item_get_start_quarter (item));

      g_ptr_array_add (lines, g_strdup_printf (_("Added: %s (from %s)"),
                                                  fh_roadmap_item_get_title (item), start));
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      FhBaselineItem  *item = g_ptr_array_index (diff->removed, i);
      g_autofree char *start = fh_quarter_format (fh_baseline_item_get_start_quarter (item));

      g_ptr_array_add (lines, g_strdup_printf (_("Removed: %s (was planned from %s)"),
                                                  fh_baseline_item_get_title (item), start));
    }
  for (guint i = 0; i < diff->moved->len; i++)
    {
      FhBaselineMove  *move = &g_array_index (diff->moved, FhBaselineMove, i);
      g_autofree char *then = format_span (fh_baseline_item_get_start_quarter (move->then),
                                           fh_baseline_end_quarter (move->then));
      g_autofree char *now = format_span (fh_roadmap_item_get_start_quarter (move->now),
                                          fh_maturity_item_end_quarter (move->now));

      /* Translators: title, then the quarter (or quarters) it ran in then and now */
      g_ptr_array_add (lines,
                       g_strdup_printf (_("Moved: %s, %s → %s"),
                                           fh_roadmap_item_get_title (move->now), then, now));
    }

  return lines;
}
