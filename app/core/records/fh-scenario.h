/* fh-scenario.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_SCENARIO (fh_scenario_get_type ())

G_DECLARE_FINAL_TYPE (FhScenario, fh_scenario, FH, SCENARIO, GObject)

FhScenario *fh_scenario_new (const char *name, int position);
gint64      fh_scenario_get_id (FhScenario *self);
const char *fh_scenario_get_name (FhScenario *self);
int         fh_scenario_get_position (FhScenario *self);
gboolean    fh_scenario_get_shown (FhScenario *self);

G_END_DECLS
