/* fh-draft.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"
#include "fh-roadmap-item.h"

G_BEGIN_DECLS

/* One proposed roadmap item, not yet in the plan. */
typedef struct
{
  FhRoadmapItem *item;        /* a new record (id 0) */
  GArray        *gaps;        /* gint64: the open gaps of its capability it closes */
  GArray        *use_cases;   /* gint64: the use cases it serves */
  int            depends_on;  /* index of the proposed item it follows, or -1 */
  double         priority;    /* why it comes where it does: higher first */
  gint64         option;      /* its capability's chosen option, or 0 */
  gint64         option_cost; /* that option's total cost of ownership (minor units), or 0;
                               * the item's own cost estimate is left at 0 for the team */
} FhDraftItem;

void       fh_draft_item_free (FhDraftItem *item);
GPtrArray *fh_draft_propose (const FhPlanModels *models);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhDraftItem, fh_draft_item_free)

G_END_DECLS
