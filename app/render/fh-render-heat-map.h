/* fh-render-heat-map.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-portfolio.h"

G_BEGIN_DECLS

/* The portfolio's heat map: a row per team, its overall stage, then a cell per
 * capability coloured by the latest assessed stage with the stage's number in it,
 * so that it reads without colour too. The window and the PDF draw it alike. */

typedef struct
{
  double label_width;   /* the team names */
  double header_height; /* the capability names */
  double cell_width;
  double cell_height;
  guint  first_row; /* the rows drawn: first_row … first_row + n_rows - 1 */
  guint  n_rows;
  double text_rgb[3]; /* names and headers; cells pick their own text colour */
} FhHeatMapGeometry;

void     fh_render_heat_map_geometry (cairo_t           *cr,
                                      FhPortfolio       *portfolio,
                                      double             width,
                                      double             height,
                                      FhHeatMapGeometry *geometry);
void     fh_render_heat_map (cairo_t                 *cr,
                             FhPortfolio             *portfolio,
                             const FhHeatMapGeometry *geometry,
                             int                      focus_row,
                             int                      focus_column);
void     fh_render_heat_map_cell_rect (const FhHeatMapGeometry *geometry,
                                       guint                    row,
                                       int                      column,
                                       double                  *x,
                                       double                  *y,
                                       double                  *width,
                                       double                  *height);
gboolean fh_render_heat_map_hit (const FhHeatMapGeometry *geometry,
                                 FhPortfolio             *portfolio,
                                 double                   x,
                                 double                   y,
                                 guint                   *row,
                                 int                     *column);
void     fh_render_heat_map_stage_rgb (int stage, double *rgb);
void     fh_render_heat_map_pdf (gpointer portfolio, cairo_t *cr, double width, double height);

G_END_DECLS
