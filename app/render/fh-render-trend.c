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
static const double dash[] = { 7.0, 5.0 };

typedef struct
{
  double               left, right, top, bottom;
  double               text_pt;
  double               width, height;
  const FhRenderStyle *style;
} Geometry;

static void
trend_geometry (double width, double height, const FhRenderStyle *style, Geometry *g)
{
  g->style = fh_render_style_or_paper (style);
  g->width = width;
  g->height = height;
  /* A room reads larger text: the presentation's scale raises the cap. */
  g->text_pt = CLAMP (MIN (width, height) / 30.0, 8.0, 14.0 * g->style->text_scale);
  g->left = CLAMP (width * 0.24, 90.0, 170.0);
  g->right = width - MAX (width * 0.06, 30.0);
  g->top = g->text_pt * 2.6 + 14;
  g->bottom = height - g->text_pt * 2.4;
}

static void
point_at (const Geometry *g, GArray *points, guint index, double value, double *x, double *y);

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

  g_return_if_fail (points != NULL && index < points->len);

  trend_geometry (width, height, NULL, &g);
  point_at (&g, points, index, value, x, y);
}

static void
point_at (const Geometry *gp, GArray *points, guint index, double value, double *x, double *y)
{
  Geometry g = *gp;
  int      first, last;

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
draw_legend_entry (cairo_t        *cr,
                   const Geometry *g,
                   double          x,
                   double          y,
                   const char     *text,
                   const double   *rgb,
                   gboolean        dashed,
                   double          text_pt)
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

  fh_render_style_set_source (cr, g->style->text);
  fh_render_text (cr, x + 48, y, text, &style, &w, NULL);
  return 48 + w + 28;
}

static void
draw_series (cairo_t *cr, const Geometry *g, GArray *points, gboolean mean)
{
  const double *rgb = g->style->series[mean ? 1 : 0];
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
      point_at (g, points, i, value, &x, &y);
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
      point_at (g, points, i, value, &x, &y);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      draw_marker (cr, x, y, !mean);
    }
}

/**
 * fh_render_trend:
 * @points: (element-type FhTrendPoint): one point per assessment, oldest first
 * @style: (nullable): the palette and text scale; NULL for paper
 * @label_boxes: (element-type cairo_rectangle_t) (nullable): where each quarter's
 *   name under the axis went, appended, for tests; names that would touch the one
 *   before are left out (the first and the last are always named)
 *
 * Draws the trend chart in the rectangle (0, 0, @width, @height).
 */
void
fh_render_trend (cairo_t             *cr,
                 double               width,
                 double               height,
                 GArray              *points,
                 const FhRenderStyle *rstyle,
                 GArray              *label_boxes)
{
  FhTextStyle        style;
  Geometry           g;
  double             x, legend_pt, last_end = -G_MAXDOUBLE;
  g_autofree double *starts = NULL, *widths = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (points != NULL);

  trend_geometry (width, height, rstyle, &g);
  style = (FhTextStyle){ NULL, g.text_pt, FALSE, 0, 0 };

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Smaller where a narrow chart would cut the legend or the stage names off. */
  legend_pt = MIN (g.text_pt, MAX (width / 48.0, FH_RENDER_MIN_TEXT_PT));
  x = draw_legend_entry (cr, &g, 4, 4, _("Overall stage"), g.style->series[0], FALSE, legend_pt);
  draw_legend_entry (cr, &g, 4 + x, 4,
                     _("Mean of the assessed capabilities"), g.style->series[1], TRUE, legend_pt);
  style.size_pt = MIN (g.text_pt, MAX (g.left / 11.0, FH_RENDER_MIN_TEXT_PT));

  /* A gridline per stage, named at the left. */
  for (int stage = 0; stage <= FH_STAGE_LAST; stage++)
    {
      double y = g.bottom - (g.bottom - g.top) * stage / FH_STAGE_LAST;
      g_autoptr (PangoLayout) layout = NULL;
      g_autofree char *text = g_strdup_printf ("%d %s", stage, fh_stage_get_label (stage));
      int              w, h;

      fh_render_style_set_source (cr, g.style->grid);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, g.left, y);
      cairo_line_to (cr, g.right, y);
      cairo_stroke (cr);

      style.max_width = g.left - 10;
      style.max_lines = 1;
      layout = fh_render_text_layout (cr, text, &style);
      pango_layout_get_pixel_size (layout, &w, &h);
      fh_render_style_set_source (cr, g.style->dim);
      cairo_move_to (cr, g.left - 8 - w, y - h / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  if (points->len == 0)
    {
      FhTextStyle empty = { NULL, g.text_pt, FALSE, g.right - g.left - 16, 0 };

      fh_render_style_set_source (cr, g.style->text);
      fh_render_text (cr, g.left + 8, g.top + 8,
                      _("No quarter has been assessed yet."), &empty, NULL, NULL);
      cairo_restore (cr);
      return;
    }

  draw_series (cr, &g, points, FALSE);
  draw_series (cr, &g, points, TRUE);

  style.size_pt = g.text_pt;
  style.max_width = 0;
  style.max_lines = 0;

  /* Where each quarter's name would go: centred under its point, but never left of
   * the plot (the stage labels end there, and "0 Not yet" sits level with the
   * quarters). The last is kept; a name that would touch one kept before it is left
   * out, so that eight or more quarters never run into each other. */
  starts = g_new0 (double, points->len);
  widths = g_new0 (double, points->len);
  for (guint i = 0; i < points->len; i++)
    {
      g_autofree char *quarter =
        fh_quarter_format (g_array_index (points, FhTrendPoint, i).quarter);
      g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, quarter, &style);
      double px, py;
      int    w;

      point_at (&g, points, i, 0, &px, &py);
      pango_layout_get_pixel_size (layout, &w, NULL);
      widths[i] = w;
      starts[i] = CLAMP (px - w / 2.0, g.left - 2, MAX (g.left - 2, width - w));
    }

  for (guint i = 0; i < points->len; i++)
    {
      const FhTrendPoint *p = &g_array_index (points, FhTrendPoint, i);
      double              px, py;
      int                 w, h;
      gboolean            named = starts[i] >= last_end + 8;

      /* The last quarter is always named: one before it yields its place. */
      if (named && i + 1 < points->len && starts[i] + widths[i] + 8 > starts[points->len - 1])
        named = FALSE;
      if (named)
        {
          g_autofree char *quarter = fh_quarter_format (p->quarter);
          g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, quarter, &style);

          pango_layout_get_pixel_size (layout, &w, &h);
          fh_render_style_set_source (cr, g.style->text);
          cairo_move_to (cr, starts[i], g.bottom + 6);
          pango_cairo_show_layout (cr, layout);
          last_end = starts[i] + w;
          if (label_boxes != NULL)
            {
              cairo_rectangle_t box = { starts[i], g.bottom + 6, w, h };

              g_array_append_val (label_boxes, box);
            }
        }

      /* The mean's value, since a dashed line alone does not say 1.4 from 1.5. */
      if (p->mean >= 0)
        {
          g_autofree char *value = g_strdup_printf ("%.1f", p->mean);
          g_autoptr (PangoLayout) label = fh_render_text_layout (cr, value, &style);
          const double *rgb = g.style->series[1];
          double        k = g.style->dark ? 1.0 : 0.7;

          point_at (&g, points, i, p->mean, &px, &py);
          pango_layout_get_pixel_size (label, &w, &h);
          cairo_set_source_rgb (cr, rgb[0] * k, rgb[1] * k, rgb[2] * k);
          cairo_move_to (cr, CLAMP (px + 8, 0, MAX (0, width - w)), py - h - 4);
          pango_cairo_show_layout (cr, label);
        }
    }

  cairo_restore (cr);
}
