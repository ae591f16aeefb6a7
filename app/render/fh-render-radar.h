/* fh-render-radar.h
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

/* The radar of a comparison: one axis per capability, a ring per stage, the earlier
 * quarter dashed with round markers, the later one solid with square markers, so
 * that the two read apart in black and white too. */

/* Where the chart puts its text, so that tests (and hit-testing) can check that no
 * two labels cover each other: axis labels lie outside the outer ring, ring labels
 * (the stage numbers) inside it, in the gap after the first axis, and the legend
 * (the two quarters and the key to the rings) above the chart. */
typedef enum
{
  FH_RADAR_BOX_LEGEND,
  FH_RADAR_BOX_RING_LABEL,
  FH_RADAR_BOX_AXIS_LABEL,
} FhRadarBoxKind;

typedef struct
{
  FhRadarBoxKind kind;
  guint          index; /* the axis, the stage or the legend entry */
  double         x, y, width, height;
  gboolean       ellipsized; /* an axis label whose text had to be cut short */
} FhRadarBox;

typedef struct _FhRadarLayout FhRadarLayout;

void fh_render_radar (cairo_t             *cr,
                      double               width,
                      double               height,
                      const FhComparison  *comparison,
                      const FhRenderStyle *style);
gboolean
fh_render_radar_outline (cairo_t *cr, double width, double height, guint n_axes, const int *stages);
void fh_render_radar_point (double  width,
                            double  height,
                            guint   n_axes,
                            guint   axis,
                            double  stage,
                            double *x,
                            double *y);

FhRadarLayout    *fh_render_radar_layout (cairo_t             *cr,
                                          double               width,
                                          double               height,
                                          const FhComparison  *comparison,
                                          const FhRenderStyle *style);
guint             fh_radar_layout_get_n_boxes (FhRadarLayout *layout);
const FhRadarBox *fh_radar_layout_get_box (FhRadarLayout *layout, guint index);
void              fh_radar_layout_free (FhRadarLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhRadarLayout, fh_radar_layout_free)

G_END_DECLS
