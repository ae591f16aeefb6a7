/* fh-baseline.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-baseline-item.h"
#include "fh-plan-models.h"
#include "fh-roadmap-item.h"

G_BEGIN_DECLS

/* An item whose schedule changed since the baseline: it starts or ends in another
 * quarter. */
typedef struct
{
  FhBaselineItem *then; /* owned by the diff */
  FhRoadmapItem  *now;  /* owned by the diff */
} FhBaselineMove;

/* The roadmap now against the baseline saved with a review. */
typedef struct
{
  GPtrArray *added;   /* FhRoadmapItem: in the roadmap, not in the baseline */
  GPtrArray *removed; /* FhBaselineItem: in the baseline, gone from the roadmap */
  GArray    *moved;   /* FhBaselineMove */
} FhBaselineDiff;

GPtrArray      *fh_baseline_snapshot (const FhPlanModels *models, gint64 assessment);
GPtrArray      *fh_baseline_items (const FhPlanModels *models, gint64 assessment);
FhBaselineDiff *fh_baseline_diff (const FhPlanModels *models, gint64 assessment);
int             fh_baseline_end_quarter (FhBaselineItem *item);
void            fh_baseline_diff_free (FhBaselineDiff *diff);
GPtrArray      *fh_baseline_diff_lines (const FhPlanModels *models, gint64 assessment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhBaselineDiff, fh_baseline_diff_free)

G_END_DECLS
