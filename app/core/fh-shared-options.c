/* fh-shared-options.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <string.h>

#include "fh-shared-options.h"

#include "fh-option-share.h"

/* Options that serve several capabilities (docs/domain.md section 4, "Shared options"):
 * one platform for tracking, registry and pipelines is one option, of one capability,
 * with shares in the others. Its TCO is counted once in every total (it is one option);
 * in its capability's decision matrix it weighs with its share of the cost, so that it
 * is compared fairly with tools that serve one capability. */

static FhOption *
find_option (const FhPlanModels *models, gint64 id)
{
  GListModel *options = models->models[FH_COLLECTION_OPTIONS];
  guint       n = options != NULL ? g_list_model_get_n_items (options) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);

      if (fh_option_get_id (option) == id)
        return option; /* the model keeps it */
    }
  return NULL;
}

/**
 * fh_shared_option_find_share:
 *
 * Returns: (transfer none) (nullable): the FhOptionShare by which @option serves
 *   @capability
 */
gpointer
fh_shared_option_find_share (const FhPlanModels *models, gint64 option, const char *capability)
{
  GListModel *shares = models->models[FH_COLLECTION_OPTION_SHARES];
  guint       n = shares != NULL ? g_list_model_get_n_items (shares) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhOptionShare) share = g_list_model_get_item (shares, i);

      if (fh_option_share_get_option (share) == option &&
          g_strcmp0 (fh_option_share_get_capability (share), capability) == 0)
        return share;
    }
  return NULL;
}

/**
 * fh_shared_option_n_served:
 *
 * Returns: how many capabilities @option serves: its own and those it is shared with;
 *   1 for an option of one capability (and for an unknown one)
 */
guint
fh_shared_option_n_served (const FhPlanModels *models, gint64 option)
{
  GListModel *shares = models->models[FH_COLLECTION_OPTION_SHARES];
  guint       n = shares != NULL ? g_list_model_get_n_items (shares) : 0;
  FhOption   *record = find_option (models, option);
  guint       served = 1;

  for (guint i = 0; record != NULL && i < n; i++)
    {
      g_autoptr (FhOptionShare) share = g_list_model_get_item (shares, i);

      if (fh_option_share_get_option (share) == option &&
          g_strcmp0 (fh_option_share_get_capability (share), fh_option_get_capability (record)) !=
            0)
        served++;
    }
  return served;
}

/**
 * fh_shared_option_serves:
 *
 * Returns: whether @option serves @capability: it is its own, or shared with it
 */
gboolean
fh_shared_option_serves (const FhPlanModels *models, FhOption *option, const char *capability)
{
  return g_strcmp0 (fh_option_get_capability (option), capability) == 0 ||
         fh_shared_option_find_share (models, fh_option_get_id (option), capability) != NULL;
}

/**
 * fh_shared_option_split_tco:
 * @tco: (inout): an option's TCO; becomes the share of one capability
 * @n_served: from fh_shared_option_n_served()
 *
 * Each line-year cell is divided by @n_served and rounded to the minor unit, and the
 * sums are made again from the cells, so the share's breakdown adds up exactly as the
 * whole one does (docs/domain.md section 4).
 */
void
fh_shared_option_split_tco (FhTco *tco, guint n_served)
{
  if (n_served <= 1)
    return;

  tco->total = 0;
  memset (tco->by_year, 0, sizeof tco->by_year);
  memset (tco->by_category, 0, sizeof tco->by_category);
  for (int y = 0; y < FH_TCO_MAX_YEARS; y++)
    for (int c = 0; c < FH_N_COST_CATEGORIES; c++)
      {
        gint64 cell = tco->cells[y][c];

        cell = (cell + (gint64)n_served / 2) / (gint64)n_served;
        tco->cells[y][c] = cell;
        tco->by_year[y] += cell;
        tco->by_category[c] += cell;
        tco->total += cell;
      }
  tco->present_value = (tco->present_value + (gint64)n_served / 2) / (gint64)n_served;
}
