/* fh-render-trend.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-render-trend.h"

#include "fh-quarter.h"
#include "fh-render-text.h"

/* Hue for the screen, line style and marker shape for paper. */
static const double overall_rgb[] = { 0.11, 0.44, 0.85 };
static const double mean_rgb[] = { 0.85, 0.33, 0.0 };
static const double dash[] = { 7.0, 5.0 };

typedef struct
{
  double left, right, top, bottom;
  double text_pt;
} Geometry;

static void
trend_geometry (double width, double height, Geometry *g)
{
  g->text_pt = CLAMP (MIN (width, height) / 30.0, 8.0, 14.0);
  g->left = CLAMP (width * 0.24, 90.0, 170.0);
  g->right = width - MAX (width * 0.06, 30.0);
  g->top = g->text_pt * 2.6 + 14;
  g->bottom = height - g->text_pt * 2.4;
}

/**
 * fh_render_trend_point:
 * @index: the point's position in @points
 * @value: a stage or a mean, 0–4
 *
 * Where @value at point @index lies on a trend chart drawn at @width × @height.
 * Quarters are spaced by time, so a skipped quarter leaves a gap.
 */
void
fh_render_trend_point (double  width,
                       double  height,
                       GArray *points,
                       guint   index,
                       double  value,
                       double *x,
                       double *y)
{
  Geometry g;
  int      first, last;

  g_return_if_fail (points != NULL && index < points->len);

  trend_geometry (width, height, &g);
  first = g_array_index (points, FhTrendPoint, 0).quarter;
  last = g_array_index (points, FhTrendPoint, points->len - 1).quarter;

  if (last > first)
    *x = g.left + (g.right - g.left) *
                    (g_array_index (points, FhTrendPoint, index).quarter - first) /
                    (double)(last - first);
  else
    *x = (g.left + g.right) / 2;
  *y = g.bottom - (g.bottom - g.top) * CLAMP (value, 0, FH_STAGE_LAST) / FH_STAGE_LAST;
}

static void
draw_marker (cairo_t *cr, double x, double y, gboolean square)
{
  if (square)
    cairo_rectangle (cr, x - 5, y - 5, 10, 10);
  else
    cairo_arc (cr, x, y, 5, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
set_line (cairo_t *cr, const double *rgb, gboolean dashed)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, dashed ? 2.5 : 3.5);
  cairo_set_dash (cr, dash, dashed ? G_N_ELEMENTS (dash) : 0, 0);
}

static double
draw_legend_entry (cairo_t      *cr,
                   double        x,
                   double        y,
                   const char   *text,
                   const double *rgb,
                   gboolean      dashed,
                   double        text_pt)
{
  FhTextStyle style = { NULL, text_pt, TRUE, 0, 0 };
  double      w = 0;
  double      mid = y + text_pt * 0.8;

  set_line (cr, rgb, dashed);
  cairo_move_to (cr, x, mid);
  cairo_line_to (cr, x + 40, mid);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  draw_marker (cr, x + 20, mid, !dashed);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  fh_render_text (cr, x + 48, y, text, &style, &w, NULL);
  return 48 + w + 28;
}

static void
draw_series (cairo_t *cr, double width, double height, GArray *points, gboolean mean)
{
  const double *rgb = mean ? mean_rgb : overall_rgb;
  gboolean      open = FALSE;

  set_line (cr, rgb, mean);
  for (guint i = 0; i < points->len; i++)
    {
      const FhTrendPoint *p = &g_array_index (points, FhTrendPoint, i);
      double              value = mean ? p->mean : p->overall;
      double              x, y;

      /* A quarter with nothing scored breaks the line rather than dropping to 0. */
      if (value < 0)
        {
          open = FALSE;
          continue;
        }
      fh_render_trend_point (width, height, points, i, value, &x, &y);
      if (open)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      open = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < points->len; i++)
    {
      const FhTrendPoint *p = &g_array_index (points, FhTrendPoint, i);
      double              value = mean ? p->mean : p->overall;
      double              x, y;

      if (value < 0)
        continue;
      fh_render_trend_point (width, height, points, i, value, &x, &y);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      draw_marker (cr, x, y, !mean);
    }
}

/**
 * fh_render_trend:
 * @points: (element-type FhTrendPoint): one point per assessment, oldest first
 *
 * Draws the trend chart in the rectangle (0, 0, @width, @height).
 */
void
fh_render_trend (cairo_t *cr, double width, double height, GArray *points)
{
  FhTextStyle style;
  Geometry    g;
  double      x, legend_pt;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (points != NULL);

  trend_geometry (width, height, &g);
  style = (FhTextStyle){ NULL, g.text_pt, FALSE, 0, 0 };

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Smaller where a narrow chart would cut the legend or the stage names off. */
  legend_pt = MIN (g.text_pt, MAX (width / 48.0, FH_RENDER_MIN_TEXT_PT));
  x = draw_legend_entry (cr, 4, 4, _("Overall stage"), overall_rgb, FALSE, legend_pt);
  draw_legend_entry (cr, 4 + x, 4,
                     _("Mean of the assessed capabilities"), mean_rgb, TRUE, legend_pt);
  style.size_pt = MIN (g.text_pt, MAX (g.left / 11.0, FH_RENDER_MIN_TEXT_PT));

  /* A gridline per stage, named at the left. */
  for (int stage = 0; stage <= FH_STAGE_LAST; stage++)
    {
      double y = g.bottom - (g.bottom - g.top) * stage / FH_STAGE_LAST;
      g_autoptr (PangoLayout) layout = NULL;
      g_autofree char *text = g_strdup_printf ("%d %s", stage, fh_stage_get_label (stage));
      int              w, h;

      cairo_set_source_rgb (cr, 0.78, 0.78, 0.78);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, g.left, y);
      cairo_line_to (cr, g.right, y);
      cairo_stroke (cr);

      style.max_width = g.left - 10;
      style.max_lines = 1;
      layout = fh_render_text_layout (cr, text, &style);
      pango_layout_get_pixel_size (layout, &w, &h);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      cairo_move_to (cr, g.left - 8 - w, y - h / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  if (points->len == 0)
    {
      FhTextStyle empty = { NULL, g.text_pt, FALSE, g.right - g.left - 16, 0 };

      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      fh_render_text (cr, g.left + 8, g.top + 8,
                      _("No quarter has been assessed yet."), &empty, NULL, NULL);
      cairo_restore (cr);
      return;
    }

  draw_series (cr, width, height, points, FALSE);
  draw_series (cr, width, height, points, TRUE);

  style.size_pt = g.text_pt;
  style.max_width = 0;
  style.max_lines = 0;
  for (guint i = 0; i < points->len; i++)
    {
      const FhTrendPoint *p = &g_array_index (points, FhTrendPoint, i);
      g_autofree char    *quarter = fh_quarter_format (p->quarter);
      g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, quarter, &style);
      double px, py;
      int    w, h;

      fh_render_trend_point (width, height, points, i, 0, &px, &py);
      pango_layout_get_pixel_size (layout, &w, &h);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      /* Centred under its point, but never left of the plot: the stage labels end
       * there, and "0 Not yet" sits level with the quarters. */
      cairo_move_to (cr, CLAMP (px - w / 2.0, g.left - 2, MAX (g.left - 2, width - w)),
                     g.bottom + 6);
      pango_cairo_show_layout (cr, layout);

      /* The mean's value, since a dashed line alone does not say 1.4 from 1.5. */
      if (p->mean >= 0)
        {
          g_autofree char *value = g_strdup_printf ("%.1f", p->mean);
          g_autoptr (PangoLayout) label = fh_render_text_layout (cr, value, &style);

          fh_render_trend_point (width, height, points, i, p->mean, &px, &py);
          pango_layout_get_pixel_size (label, &w, &h);
          cairo_set_source_rgb (cr, mean_rgb[0] * 0.7, mean_rgb[1] * 0.7, mean_rgb[2] * 0.7);
          cairo_move_to (cr, CLAMP (px + 8, 0, MAX (0, width - w)), py - h - 4);
          pango_cairo_show_layout (cr, label);
        }
    }

  cairo_restore (cr);
}
