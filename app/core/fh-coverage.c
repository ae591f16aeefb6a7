/* fh-coverage.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include "fh-coverage.h"

#include "fh-gap.h"
#include "fh-link.h"
#include "fh-roadmap-item.h"

static int
compare_severity (gconstpointer a, gconstpointer b)
{
  FhGap *ga = *(FhGap **)a;
  FhGap *gb = *(FhGap **)b;
  int    d = fh_gap_get_severity (gb) - fh_gap_get_severity (ga);

  if (d != 0)
    return d;
  return fh_gap_get_votes (gb) - fh_gap_get_votes (ga);
}

void
fh_coverage_compute (const FhPlanModels *models, FhCoverage *coverage)
{
  g_autoptr (GHashTable) live_items = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) covered =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *items = models->models[FH_COLLECTION_ROADMAP];
  GListModel *links = models->models[FH_COLLECTION_ITEM_GAPS];
  GListModel *gaps = models->models[FH_COLLECTION_GAPS];
  guint       n;
  /* Ids are kept in arrays, because hash tables hold pointers to their keys. */
  g_autoptr (GArray) ids = NULL;

  g_return_if_fail (models != NULL && coverage != NULL);

  coverage->n_open = 0;
  coverage->n_covered = 0;
  coverage->uncovered = g_ptr_array_new_with_free_func (g_object_unref);

  n = items != NULL ? g_list_model_get_n_items (items) : 0;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_array_set_size (ids, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);

      g_array_index (ids, gint64, i) = fh_roadmap_item_get_id (item);
      if (fh_roadmap_item_get_status (item) != FH_ITEM_STATUS_DROPPED)
        g_hash_table_add (live_items, &g_array_index (ids, gint64, i));
    }

  n = links != NULL ? g_list_model_get_n_items (links) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);
      gint64 source = fh_link_get_source (link);

      if (g_hash_table_contains (live_items, &source))
        {
          gint64 *target = g_new (gint64, 1);

          *target = fh_link_get_target (link);
          g_hash_table_add (covered, target);
        }
    }

  n = gaps != NULL ? g_list_model_get_n_items (gaps) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);
      gint64 id = fh_gap_get_id (gap);

      if (!fh_gap_is_open (gap))
        continue;

      coverage->n_open++;
      if (g_hash_table_contains (covered, &id))
        coverage->n_covered++;
      else if (fh_gap_get_severity (gap) >= FH_COVERAGE_SEVERE)
        g_ptr_array_add (coverage->uncovered, g_object_ref (gap));
    }

  g_ptr_array_sort (coverage->uncovered, compare_severity);
}

void
fh_coverage_clear (FhCoverage *coverage)
{
  g_return_if_fail (coverage != NULL);

  g_clear_pointer (&coverage->uncovered, g_ptr_array_unref);
  coverage->n_open = 0;
  coverage->n_covered = 0;
}
