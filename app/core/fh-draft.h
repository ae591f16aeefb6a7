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
  gboolean intent;            /* beyond the quarters proposed in detail: a direction the
                               * team confirms later, not a commitment */
} FhDraftItem;

/* The stage the draft aims at for one capability. */
typedef struct
{
  const char *capability; /* a capability id; the caller owns it */
  int         stage;
} FhDraftTarget;

/* What the team chooses; every field left 0 (or NULL) takes the default that
 * fh_draft_propose() documents. */
typedef struct
{
  const FhDraftTarget *targets; /* the stage to reach per capability */
  guint                n_targets;
  int                  horizon_quarters; /* how far the draft looks ahead */
  int                  capacity;         /* items the team can start a quarter */
  int                  detail_quarters;  /* quarters proposed in detail; the rest is intent */
} FhDraftOptions;

#define FH_DRAFT_DETAIL_QUARTERS 3

void       fh_draft_item_free (FhDraftItem *item);
GPtrArray *fh_draft_propose (const FhPlanModels *models);
GPtrArray *fh_draft_propose_with (const FhPlanModels *models, const FhDraftOptions *options);
GArray    *fh_draft_default_targets (const FhPlanModels *models);
gboolean   fh_draft_has_active_use_case (const FhPlanModels *models);
int        fh_draft_capacity (const FhPlanModels *models);
char      *fh_draft_intro_text (const FhPlanModels *models, GPtrArray *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhDraftItem, fh_draft_item_free)

G_END_DECLS
