/* fh-plan-index-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-capability.h"
#include "fh-plan-models.h"

G_BEGIN_DECLS

/* What the rules and the draft both need to know about a plan's capabilities: their
 * order, which are core, and the stage the latest assessment gives each. */
typedef struct
{
  GPtrArray  *capabilities; /* FhCapability*, by position */
  GHashTable *index;        /* capability id → position in @capabilities + 1 */
  int        *assessed;     /* per capability: stage in the latest assessment, -1 when it
                             * does not assess it, 0 when nothing is assessed */
  int latest_quarter;
  int start_quarter; /* the plan's first quarter */
} FhPlanIndex;

void fh_plan_index_init (FhPlanIndex *index, const FhPlanModels *models, int fallback_start);
void fh_plan_index_clear (FhPlanIndex *index);
int  fh_plan_index_find (FhPlanIndex *index, const char *capability);

/* Every capability a prerequisite row requires: @requires, or every core one when
 * it is empty. Returns the number written to @out (at most the number of
 * capabilities). */
guint fh_plan_index_required (FhPlanIndex *index, const char *requires, int *out);

/* Whether an item of capability @cap that ends in @end_quarter raises the stage the
 * latest assessment gives it: only when it ends after that assessment, or when that
 * assessment does not assess @cap. An item that ended before the latest assessment was
 * seen by it: the assessment wins, regressions included. The rules and the draft both
 * ask this. */
gboolean fh_plan_index_item_counts (FhPlanIndex *index, int cap, int end_quarter);

G_END_DECLS
