/* fh-scenario-item.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_SCENARIO_ITEM (fh_scenario_item_get_type ())

G_DECLARE_FINAL_TYPE (FhScenarioItem, fh_scenario_item, FH, SCENARIO_ITEM, GObject)

FhScenarioItem *fh_scenario_item_new (gint64 scenario, gint64 item);
gint64          fh_scenario_item_get_id (FhScenarioItem *self);
gint64          fh_scenario_item_get_scenario (FhScenarioItem *self);
gint64          fh_scenario_item_get_item (FhScenarioItem *self);
int             fh_scenario_item_get_start_quarter (FhScenarioItem *self);
int             fh_scenario_item_get_duration (FhScenarioItem *self);
FhItemStatus    fh_scenario_item_get_status (FhScenarioItem *self);

G_END_DECLS
