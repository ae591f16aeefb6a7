/* fh-render-radar-teams.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-render-radar-teams.h"

#include "fh-capability.h"
#include "fh-render-radar.h"
#include "fh-render-text.h"

/* Several teams on one radar: fh-render-radar.c draws the rings, axes and names
 * (a comparison without quarters is its frame), and each team's outline goes on
 * top through fh_render_radar_point(), so the points are where that radar puts
 * them. Colour, dash and marker shape differ per team, for black and white too. */

#define LEGEND_PT 10.0

static const double team_rgb[FH_RADAR_TEAMS_MAX][3] = {
  { 0.11, 0.44, 0.85 }, { 0.85, 0.33, 0.00 }, { 0.20, 0.60, 0.25 },
  { 0.60, 0.25, 0.65 }, { 0.55, 0.45, 0.10 }, { 0.80, 0.15, 0.45 },
};
static const double team_dash[FH_RADAR_TEAMS_MAX][2] = {
  { 0, 0 }, { 7, 4 }, { 2, 3 }, { 10, 3 }, { 4, 4 }, { 1, 5 },
};

static void
marker (cairo_t *cr, guint team, double x, double y)
{
  double r = 4.5;

  switch (team % 3)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    default:
      cairo_move_to (cr, x, y - r - 1);
      cairo_line_to (cr, x + r + 1, y + r);
      cairo_line_to (cr, x - r - 1, y + r);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

static void
set_team_line (cairo_t *cr, guint team)
{
  const double *rgb = team_rgb[team];

  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, 2.5);
  cairo_set_dash (cr, team_dash[team], team_dash[team][0] > 0 ? 2 : 0, 0);
}

/* The legend under the radar, one entry per team, wrapping to new lines. */
static double
legend (cairo_t             *cr,
        gboolean             draw,
        double               width,
        FhPortfolio         *portfolio,
        const guint         *rows,
        guint                n,
        const FhRenderStyle *palette)
{
  double x = 4, y = 4, line = LEGEND_PT * 1.8;

  for (guint t = 0; t < n; t++)
    {
      FhTextStyle style = { NULL, LEGEND_PT, FALSE, MAX (60, width / 3 - 48), 1 };
      g_autoptr (PangoLayout) layout =
        fh_render_text_layout (cr, fh_portfolio_get_row (portfolio, rows[t])->team, &style);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      if (x > 4 && x + 40 + w > width)
        x = 4, y += line;
      if (draw)
        {
          set_team_line (cr, t);
          cairo_move_to (cr, x, y + line / 2 - 2);
          cairo_line_to (cr, x + 32, y + line / 2 - 2);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          marker (cr, t, x + 16, y + line / 2 - 2);
          fh_render_style_set_source (cr, fh_render_style_or_paper (palette)->text);
          cairo_move_to (cr, x + 38, y + 2);
          pango_cairo_show_layout (cr, layout);
        }
      x += 38 + w + 24;
    }
  return n > 0 ? y + line + 4 : 0;
}

/**
 * fh_render_radar_teams:
 * @rows: the teams (row indices of @portfolio) to overlay, at most FH_RADAR_TEAMS_MAX
 * @style: (nullable): the palette of the radar's frame and the legend's text (%NULL
 *   for paper); the teams keep their own line colours and dashes
 *
 * Draws the radar of the portfolio's capabilities with one outline per team at
 * its latest assessed stages, and the teams' legend under it.
 */
void
fh_render_radar_teams (cairo_t             *cr,
                       double               width,
                       double               height,
                       FhPortfolio         *portfolio,
                       const guint         *rows,
                       guint                n_rows,
                       const FhRenderStyle *style)
{
  guint n_axes = fh_portfolio_get_n_columns (portfolio);
  g_autoptr (GArray) axes = g_array_new (FALSE, TRUE, sizeof (FhComparisonRow));
  FhComparison frame = { 0 };
  double       legend_h, chart_h;

  g_return_if_fail (cr != NULL && portfolio != NULL);

  n_rows = MIN (n_rows, FH_RADAR_TEAMS_MAX);
  legend_h = legend (cr, FALSE, width, portfolio, rows, n_rows, style);
  chart_h = MAX (0, height - legend_h);

  for (guint c = 0; c < n_axes; c++)
    {
      const FhPortfolioColumn *column = fh_portfolio_get_column (portfolio, c);
      FhComparisonRow          axis = { 0 };

      axis.capability = fh_capability_new (column->id, column->name);
      axis.stage_a = axis.stage_b = -1;
      g_array_append_val (axes, axis);
    }
  frame.rows = axes;

  cairo_save (cr);
  fh_render_radar (cr, width, chart_h, &frame, style);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint t = 0; n_axes >= 3 && t < n_rows; t++)
    {
      g_autofree int *stages = g_new (int, n_axes);

      /* Not assessed, or not in the team's plan: no point, as on the plan's radar. */
      for (guint c = 0; c < n_axes; c++)
        stages[c] = fh_portfolio_get_stage (portfolio, rows[t], c);
      if (!fh_render_radar_outline (cr, width, chart_h, n_axes, stages))
        continue;
      set_team_line (cr, t);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      for (guint c = 0; c < n_axes; c++)
        {
          double x, y;

          if (stages[c] < 0)
            continue;
          fh_render_radar_point (width, chart_h, n_axes, c, stages[c], &x, &y);
          marker (cr, t, x, y);
        }
    }

  cairo_translate (cr, 0, chart_h);
  legend (cr, TRUE, width, portfolio, rows, n_rows, style);
  cairo_restore (cr);

  for (guint c = 0; c < axes->len; c++)
    g_object_unref (g_array_index (axes, FhComparisonRow, c).capability);
}
