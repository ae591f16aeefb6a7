/* fh-render-cost-chart.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-tco.h"

G_BEGIN_DECLS

#define FH_COST_CHART_MAX_BARS 16

/* One bar: an option's TCO over the horizon, stacked by cost category. */
typedef struct
{
  const char *name; /* plan text, shown as text */
  gint64      by_category[FH_N_COST_CATEGORIES];
} FhCostChartBar;

/* Where things were drawn, for tests and for pointing at a bar. */
typedef struct
{
  guint  n_bars;
  double bar_x[FH_COST_CHART_MAX_BARS]; /* left edge */
  double bar_top[FH_COST_CHART_MAX_BARS];
  double bar_width;
  double baseline; /* the bars' common bottom */
  double legend_bottom;
  guint  n_legend; /* categories in the legend */
} FhCostChartLayout;

void fh_render_cost_chart (cairo_t              *cr,
                           double                width,
                           double                height,
                           const FhCostChartBar *bars,
                           guint                 n_bars,
                           const char           *currency,
                           FhCostChartLayout    *layout);
void fh_render_cost_chart_fill (cairo_t       *cr,
                                FhCostCategory category,
                                double         x,
                                double         y,
                                double         width,
                                double         height);

G_END_DECLS
