/* fh-scenario-chart.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fh-scenario-compare.h"

G_BEGIN_DECLS

#define FH_TYPE_SCENARIO_CHART (fh_scenario_chart_get_type ())

G_DECLARE_FINAL_TYPE (FhScenarioChart, fh_scenario_chart, FH, SCENARIO_CHART, GtkDrawingArea)

GtkWidget *fh_scenario_chart_new (void);
void       fh_scenario_chart_set_comparison (FhScenarioChart      *self,
                                             FhScenarioComparison *comparison,
                                             const char           *currency);

G_END_DECLS
