/* fh-plan-models.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-plan-info.h"
#include "fh-types.h"

G_BEGIN_DECLS

/* A plan as core logic sees it: the settings and one list model of records per
 * collection (FhCollection). The open plan fills it (fh_store_get_models()); tests
 * fill it with GListStores of their own. Nothing here is owned. */
typedef struct
{
  FhPlanInfo *info;
  GListModel *models[FH_N_COLLECTIONS];
} FhPlanModels;

G_END_DECLS
