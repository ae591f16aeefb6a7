/* fh-scenario-switcher.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_SCENARIO_SWITCHER (fh_scenario_switcher_get_type ())

G_DECLARE_FINAL_TYPE (FhScenarioSwitcher, fh_scenario_switcher, FH, SCENARIO_SWITCHER, AdwBin)

FhStore *fh_scenario_switcher_get_store (FhScenarioSwitcher *self);
void     fh_scenario_switcher_set_store (FhScenarioSwitcher *self, FhStore *store);
gboolean fh_scenario_switcher_show (FhScenarioSwitcher *self, gint64 scenario, GError **error);

G_END_DECLS
