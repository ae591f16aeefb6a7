/* fh-needs.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-plan-models.h"
#include "fh-use-case.h"

G_BEGIN_DECLS

/* The stage a capability must reach for one use case to go live, and why. */
typedef struct
{
  const char *capability; /* catalog id, static */
  int         stage;      /* 1 … FH_STAGE_LAST */
  const char *reason;     /* translated, static: what asks for it */
  int         reached;    /* quarter whose end the roadmap reaches it by; 0: reached
                           * already (the latest assessment); -1: the roadmap never does */
} FhNeed;

/* FH_NEEDS_NEVER: the roadmap does not reach what the use case needs. */
#define FH_NEEDS_NEVER (-1)

gboolean    fh_needs_is_prioritised (FhUseCase *use_case);
GArray     *fh_needs_for_use_case (const FhPlanModels *models, gint64 use_case);
int         fh_needs_ready_quarter (GArray *needs);
int         fh_needs_blocked_until (const FhPlanModels *models, FhUseCase *use_case);
GHashTable *fh_needs_targets (const FhPlanModels *models);

G_END_DECLS
