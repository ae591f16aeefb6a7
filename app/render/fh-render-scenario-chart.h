/* fh-render-scenario-chart.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-scenario-compare.h"

#include "fh-render-style.h"

G_BEGIN_DECLS

#define FH_SCENARIO_CHART_MAX 8 /* scenarios drawn; the table lists them all */

/* Where things were drawn, for tests. */
typedef struct
{
  guint  n_scenarios;
  guint  n_years;
  double cost_bottom;                    /* the bars' common baseline */
  double bar_top[FH_SCENARIO_CHART_MAX]; /* year 1's bar of each scenario */
  double fte_y[FH_SCENARIO_CHART_MAX];   /* year 1's point of each scenario */
  double legend_bottom;
} FhScenarioChartLayout;

void fh_render_scenario_chart (cairo_t                    *cr,
                               const FhRenderStyle        *style,
                               double                      width,
                               double                      height,
                               const FhScenarioComparison *comparison,
                               const char                 *currency,
                               FhScenarioChartLayout      *layout);

void fh_render_scenario_chart_for_report (const FhPlanModels *plan,
                                          const char         *argument,
                                          cairo_t            *cr,
                                          double              width,
                                          double              height);

G_END_DECLS
