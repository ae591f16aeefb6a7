/* fh-render-radar.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-maturity.h"

G_BEGIN_DECLS

/* The radar of a comparison: one axis per capability, a ring per stage, the earlier
 * quarter dashed with round markers, the later one solid with square markers, so
 * that the two read apart in black and white too. */

void     fh_render_radar       (cairo_t            *cr,
                                double              width,
                                double              height,
                                const FhComparison *comparison);
void     fh_render_radar_point (double              width,
                                double              height,
                                guint               n_axes,
                                guint               axis,
                                double              stage,
                                double             *x,
                                double             *y);

G_END_DECLS
