/* fh-render-cost-chart.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-render-style.h"
#include "fh-tco.h"

G_BEGIN_DECLS

#define FH_COST_CHART_MAX_BARS 64

/* One bar: an option's TCO over the horizon, stacked by cost category. */
typedef struct
{
  const char *name; /* plan text, shown as text */
  gint64      by_category[FH_N_COST_CATEGORIES];
} FhCostChartBar;

/* Where things were drawn, for tests and for pointing at a bar. Rows are in the
 * chart's order (cheapest first); order[] says which of the given bars each is. */
typedef struct
{
  guint  n_bars;   /* shown */
  guint  n_hidden; /* given but left out for want of room (the dearest) */
  guint  order[FH_COST_CHART_MAX_BARS];
  double bar_y[FH_COST_CHART_MAX_BARS]; /* top edge */
  double bar_end[FH_COST_CHART_MAX_BARS];
  double bar_height;
  double axis_x; /* where every bar starts: zero on the value axis */
  double axis_width;
  double baseline; /* the bottom of the last row, above the axis figures */
  double title_bottom;
  double legend_bottom;
  guint  n_legend; /* categories in the legend */
  guint  n_ticks;  /* figures on the value axis */
} FhCostChartLayout;

void fh_render_cost_chart (cairo_t              *cr,
                           double                width,
                           double                height,
                           const FhCostChartBar *bars,
                           guint                 n_bars,
                           const char           *currency,
                           int                   years,
                           const FhRenderStyle  *style,
                           FhCostChartLayout    *layout);
void fh_render_cost_chart_fill (cairo_t       *cr,
                                FhCostCategory category,
                                double         x,
                                double         y,
                                double         width,
                                double         height);

G_END_DECLS
