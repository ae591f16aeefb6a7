/* fh-render-timeline-tiles.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-render-timeline.h"

G_BEGIN_DECLS

/* The timeline on paper: split into tiles, each drawn through a viewport of its own
 * (fh_render_timeline_draw() with the tile's cx, cy and a target of label_width +
 * cw by header_height + ch). Quarters are split evenly across the columns of tiles
 * (12 quarters in three tiles of 4, never 5 + 5 + 2), columns are narrowed (down to
 * what the header and a short title need) before another column of tiles is added,
 * then widened to fill the page; lanes are split evenly down the rows of tiles,
 * between lanes (between a lane's rows only when one lane is taller than a tile), so
 * that no tile holds a lone lane or nothing. */
typedef struct
{
  double cx, cy, cw, ch; /* the content the tile shows */
  int    first_quarter;
  int    n_quarters;
  guint  first_lane; /* the lanes that meet the tile */
  guint  n_lanes;
  guint  column, row; /* where the tile sits in the map of tiles */
} FhTimelineTile;

GArray  *fh_render_timeline_tile (FhRenderTimeline   *timeline,
                                  FhTimelineGeometry *geometry,
                                  double              width,
                                  double              height,
                                  guint              *n_columns,
                                  guint              *n_rows);
gboolean fh_render_timeline_fit (FhRenderTimeline   *timeline,
                                 FhTimelineGeometry *geometry,
                                 double              width,
                                 double              height);
void     fh_render_timeline_draw_tile_map (cairo_t             *cr,
                                           const FhRenderStyle *style,
                                           double               x,
                                           double               y,
                                           double               cell,
                                           guint                n_columns,
                                           guint                n_rows,
                                           guint                column,
                                           guint                row);

G_END_DECLS
