/* fh-render-heat-map.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-render-heat-map.h"

#include "fh-render-text.h"

/* Column -1 is the overall stage; 0 … n-1 the capabilities. */
#define OVERALL_GAP  8.0
#define TEXT_PT      10.0
#define HEADER_PT    8.5
#define MIN_CELL     48.0
#define MAX_CELL     96.0
#define ROW_HEIGHT   30.0
#define MIN_ROW      14.0
#define HEADER_LINES 4

/* Stages from Not yet to Scalable, light to dark (one hue, so that the order reads
 * in grey too); "not assessed" and "not in the plan" are white and a light grey. */
static const double stage_rgb[FH_STAGE_LAST + 1][3] = {
  { 0.96, 0.87, 0.80 }, { 0.99, 0.76, 0.47 }, { 0.60, 0.80, 0.64 },
  { 0.25, 0.60, 0.55 }, { 0.08, 0.36, 0.44 },
};

void
fh_render_heat_map_stage_rgb (int stage, double *rgb)
{
  for (guint i = 0; i < 3; i++)
    rgb[i] = stage >= 0 && stage <= FH_STAGE_LAST   ? stage_rgb[stage][i]
             : stage == FH_PORTFOLIO_NOT_IN_CATALOG ? 0.86
                                                    : 1.0;
}

/**
 * fh_render_heat_map_geometry:
 * @height: the room for rows; <= 0: every row at its full height
 *
 * Sizes the heat map to @width: the names' column, the header and the cells. With
 * a @height, the rows shrink to fit it down to a legible size, and the rows beyond
 * are left out (n_rows says how many are drawn).
 */
void
fh_render_heat_map_geometry (cairo_t           *cr,
                             FhPortfolio       *portfolio,
                             double             width,
                             double             height,
                             FhHeatMapGeometry *g)
{
  guint       n_rows = fh_portfolio_get_n_rows (portfolio);
  guint       n_columns = fh_portfolio_get_n_columns (portfolio);
  FhTextStyle style = { NULL, TEXT_PT, FALSE, 0, 1 };
  double      widest = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr (PangoLayout) layout =
        fh_render_text_layout (cr, fh_portfolio_get_row (portfolio, r)->team, &style);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  g->label_width = CLAMP (widest + 12, 80, 260);
  g->cell_width =
    CLAMP ((width - g->label_width - OVERALL_GAP) / (n_columns + 1), MIN_CELL, MAX_CELL);
  g->header_height = 0;
  for (guint c = 0; c <= n_columns; c++)
    {
      FhTextStyle header = { NULL, HEADER_PT, TRUE, g->cell_width - 4, HEADER_LINES };
      g_autoptr (PangoLayout) layout = fh_render_text_layout (
        cr, c == 0 ? _("Overall") : fh_portfolio_get_column (portfolio, c - 1)->name, &header);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      g->header_height = MAX (g->header_height, h + 8);
    }
  g->cell_height = ROW_HEIGHT;
  g->first_row = 0;
  g->n_rows = n_rows;
  g->text_rgb[0] = g->text_rgb[1] = g->text_rgb[2] = 0.1;

  if (height > 0 && n_rows > 0)
    {
      double room = height - g->header_height;

      g->cell_height = CLAMP (room / n_rows, MIN_ROW, ROW_HEIGHT);
      g->n_rows = MIN (n_rows, (guint)MAX (0, floor (room / g->cell_height)));
    }
}

/* The cell of @row and @column (-1: the overall stage), in the heat map's space. */
void
fh_render_heat_map_cell_rect (const FhHeatMapGeometry *g,
                              guint                    row,
                              int                      column,
                              double                  *x,
                              double                  *y,
                              double                  *width,
                              double                  *height)
{
  *x = g->label_width + (column + 1) * g->cell_width + (column >= 0 ? OVERALL_GAP : 0);
  *y = g->header_height + (row - g->first_row) * g->cell_height;
  *width = g->cell_width;
  *height = g->cell_height;
}

/* Returns: %TRUE when (@x, @y) lies on a cell; @row and @column say which */
gboolean
fh_render_heat_map_hit (const FhHeatMapGeometry *g,
                        FhPortfolio             *portfolio,
                        double                   x,
                        double                   y,
                        guint                   *row,
                        int                     *column)
{
  int    n_columns = (int)fh_portfolio_get_n_columns (portfolio);
  double cx = x - g->label_width;
  int    c;

  if (y < g->header_height || cx < 0)
    return FALSE;
  *row = g->first_row + (guint)((y - g->header_height) / g->cell_height);
  if (*row >= g->first_row + g->n_rows)
    return FALSE;

  if (cx < g->cell_width)
    c = -1;
  else if (cx < g->cell_width + OVERALL_GAP)
    return FALSE;
  else
    c = (int)((cx - g->cell_width - OVERALL_GAP) / g->cell_width);
  if (c >= n_columns)
    return FALSE;
  *column = c;
  return TRUE;
}

static void
draw_header (cairo_t *cr, const FhHeatMapGeometry *g, double x, const char *text)
{
  FhTextStyle style = { NULL, HEADER_PT, TRUE, g->cell_width - 4, HEADER_LINES };
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, &style);
  int h;

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, NULL, &h);
  cairo_set_source_rgb (cr, g->text_rgb[0], g->text_rgb[1], g->text_rgb[2]);
  cairo_move_to (cr, x + 2, g->header_height - 4 - h);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_cell (cairo_t *cr, const FhHeatMapGeometry *g, guint row, int column, int stage)
{
  double           x, y, w, h, rgb[3];
  g_autofree char *text = fh_portfolio_stage_cell_text (stage);
  FhTextStyle      style = { NULL, MIN (TEXT_PT, g->cell_height * 0.6), TRUE, 0, 1 };
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, &style);
  int tw, th;

  fh_render_heat_map_cell_rect (g, row, column, &x, &y, &w, &h);
  fh_render_heat_map_stage_rgb (stage, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_rectangle (cr, x + 1, y + 1, w - 2, h - 2);
  cairo_fill (cr);

  /* Dark cells take white text; the rest near-black: both well above 4.5:1. */
  if (stage >= FH_STAGE_RELIABLE)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  pango_layout_get_pixel_size (layout, &tw, &th);
  cairo_move_to (cr, x + (w - tw) / 2, y + (h - th) / 2);
  pango_cairo_show_layout (cr, layout);
}

/**
 * fh_render_heat_map:
 * @geometry: from fh_render_heat_map_geometry()
 * @focus_row: the row of the cell with the keyboard focus, or -1
 * @focus_column: its column (-1: the overall stage)
 *
 * Draws the heat map with its top left corner at (0, 0).
 */
void
fh_render_heat_map (cairo_t                 *cr,
                    FhPortfolio             *portfolio,
                    const FhHeatMapGeometry *g,
                    int                      focus_row,
                    int                      focus_column)
{
  guint       n_columns = fh_portfolio_get_n_columns (portfolio);
  FhTextStyle name_style = { NULL, MIN (TEXT_PT, g->cell_height * 0.6), FALSE, g->label_width - 8,
                             1 };

  cairo_save (cr);
  draw_header (cr, g, g->label_width, _("Overall"));
  for (guint c = 0; c < n_columns; c++)
    draw_header (cr, g, g->label_width + (c + 1) * g->cell_width + OVERALL_GAP,
                 fh_portfolio_get_column (portfolio, c)->name);

  for (guint r = g->first_row; r < g->first_row + g->n_rows; r++)
    {
      const FhPortfolioRow *row = fh_portfolio_get_row (portfolio, r);
      g_autoptr (PangoLayout) name = fh_render_text_layout (cr, row->team, &name_style);
      double x, y, w, h;
      int    th;

      fh_render_heat_map_cell_rect (g, r, -1, &x, &y, &w, &h);
      pango_layout_get_pixel_size (name, NULL, &th);
      cairo_set_source_rgb (cr, g->text_rgb[0], g->text_rgb[1], g->text_rgb[2]);
      cairo_move_to (cr, 4, y + (h - th) / 2);
      pango_cairo_show_layout (cr, name);

      draw_cell (cr, g, r, -1, row->summary.overall);
      for (guint c = 0; c < n_columns; c++)
        draw_cell (cr, g, r, (int)c, fh_portfolio_get_stage (portfolio, r, c));
    }

  if (focus_row >= (int)g->first_row && focus_row < (int)(g->first_row + g->n_rows))
    {
      double x, y, w, h;

      fh_render_heat_map_cell_rect (g, (guint)focus_row, focus_column, &x, &y, &w, &h);
      cairo_set_source_rgb (cr, g->text_rgb[0], g->text_rgb[1], g->text_rgb[2]);
      cairo_set_line_width (cr, 3);
      cairo_rectangle (cr, x + 1.5, y + 1.5, w - 3, h - 3);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The report's chart (FhReportDrawFunc): as many rows as fit; the table after it
 * lists every team. */
void
fh_render_heat_map_pdf (gpointer portfolio, cairo_t *cr, double width, double height)
{
  FhHeatMapGeometry g;

  fh_render_heat_map_geometry (cr, portfolio, width, height, &g);
  fh_render_heat_map (cr, portfolio, &g, -1, -1);
}
