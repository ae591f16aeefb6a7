/* fh-render-trend.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-maturity.h"
#include "fh-render-style.h"

G_BEGIN_DECLS

/* The trend over all recorded quarters: the overall stage as a solid line with
 * square markers, the mean of all capabilities dashed with round markers and its
 * value written beside each point. @points holds FhTrendPoint, oldest first. */

void fh_render_trend (cairo_t             *cr,
                      double               width,
                      double               height,
                      GArray              *points,
                      const FhRenderStyle *style,
                      GArray              *label_boxes);
void fh_render_trend_point (double  width,
                            double  height,
                            GArray *points,
                            guint   index,
                            double  value,
                            double *x,
                            double *y);

G_END_DECLS
