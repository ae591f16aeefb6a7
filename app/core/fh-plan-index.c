/* fh-plan-index.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include "fh-plan-index-private.h"

#include "fh-assessment.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-maturity.h"
#include "fh-score.h"

static int
compare_position (gconstpointer a, gconstpointer b)
{
  FhCapability *ca = *(FhCapability **)a;
  FhCapability *cb = *(FhCapability **)b;

  return fh_capability_get_position (ca) - fh_capability_get_position (cb);
}

void
fh_plan_index_init (FhPlanIndex *index, const FhPlanModels *models, int fallback_start)
{
  GListModel   *caps = models->models[FH_COLLECTION_CAPABILITIES];
  guint         n = caps != NULL ? g_list_model_get_n_items (caps) : 0;
  FhAssessment *latest;

  index->capabilities = g_ptr_array_new_full (n, g_object_unref);
  index->index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (index->capabilities, g_list_model_get_item (caps, i));
  g_ptr_array_sort (index->capabilities, compare_position);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (index->index,
                         (gpointer)fh_capability_get_id (index->capabilities->pdata[i]),
                         GINT_TO_POINTER (i + 1));

  /* A capability the latest assessment gives no score is not assessed (-1); a plan with
   * no assessment at all starts every capability from Not yet. */
  index->assessed = g_new0 (int, MAX (n, 1));
  latest = fh_maturity_latest (models);
  index->latest_quarter = latest != NULL ? fh_assessment_get_quarter (latest) : 0;
  for (guint i = 0; latest != NULL && i < n; i++)
    index->assessed[i] = fh_maturity_stage (models, fh_assessment_get_id (latest),
                                            fh_capability_get_id (index->capabilities->pdata[i]));

  index->start_quarter = models->info != NULL ? fh_plan_info_get_start_quarter (models->info) : 0;
  if (index->start_quarter == 0)
    index->start_quarter = fallback_start;
  if (index->start_quarter == 0 && index->latest_quarter != 0)
    index->start_quarter = index->latest_quarter + 1;
}

void
fh_plan_index_clear (FhPlanIndex *index)
{
  g_clear_pointer (&index->capabilities, g_ptr_array_unref);
  g_clear_pointer (&index->index, g_hash_table_unref);
  g_clear_pointer (&index->assessed, g_free);
}

int
fh_plan_index_find (FhPlanIndex *index, const char *capability)
{
  if (capability == NULL)
    return -1;

  return GPOINTER_TO_INT (g_hash_table_lookup (index->index, capability)) - 1;
}

guint
fh_plan_index_required (FhPlanIndex *index, const char *requires, int *out)
{
  guint n = 0;

  if (requires != NULL && requires[0] != '\0')
    {
      int c = fh_plan_index_find (index, requires);

      if (c >= 0)
        out[n++] = c;
      return n;
    }

  for (guint i = 0; i < index->capabilities->len; i++)
    if (fh_capability_get_core (index->capabilities->pdata[i]))
      out[n++] = i;

  return n;
}

gboolean
fh_plan_index_item_counts (FhPlanIndex *index, int cap, int end_quarter)
{
  if (cap < 0 || (guint)cap >= index->capabilities->len || index->latest_quarter == 0)
    return TRUE;

  return index->assessed[cap] < 0 || end_quarter > index->latest_quarter;
}
