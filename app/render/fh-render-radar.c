/* fh-render-radar.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-render-radar.h"

#include "fh-quarter.h"
#include "fh-render-text.h"

/* Colours that differ in hue for the screen; the dash pattern and the marker shape
 * keep them apart on a black-and-white printout. */
static const double earlier_rgb[] = { 0.11, 0.44, 0.85 };
static const double later_rgb[] = { 0.85, 0.33, 0.0 };
static const double dash[] = { 7.0, 5.0 };

typedef struct
{
  double cx, cy, radius;
  double legend_height;
  double text_pt;
  double label_width;
} Geometry;

static void
radar_geometry (double    width,
                double    height,
                Geometry *g)
{
  double side = MIN (width, height);

  g->text_pt = CLAMP (side / 42.0, 8.0, 14.0);
  g->legend_height = g->text_pt * 2.6;
  g->label_width = CLAMP (width * 0.17, 80.0, 190.0);
  g->cx = width / 2.0;
  g->cy = g->legend_height + (height - g->legend_height) / 2.0;
  g->radius = MIN ((width - 2 * g->label_width) / 2.0,
                   (height - g->legend_height - 2 * g->text_pt * 5.0) / 2.0);
  g->radius = MAX (g->radius, 10.0);
}

/**
 * fh_render_radar_point:
 *
 * Where @stage (0–4) lies on @axis of a radar drawn at @width × @height: the first
 * axis points up, the others follow clockwise.
 */
void
fh_render_radar_point (double  width,
                       double  height,
                       guint   n_axes,
                       guint   axis,
                       double  stage,
                       double *x,
                       double *y)
{
  Geometry g;
  double angle;

  g_return_if_fail (n_axes > 0);

  radar_geometry (width, height, &g);
  angle = -G_PI / 2 + 2 * G_PI * axis / n_axes;
  *x = g.cx + cos (angle) * g.radius * stage / FH_STAGE_LAST;
  *y = g.cy + sin (angle) * g.radius * stage / FH_STAGE_LAST;
}

static void
draw_marker (cairo_t  *cr,
             double    x,
             double    y,
             double    size,
             gboolean  square)
{
  if (square)
    cairo_rectangle (cr, x - size, y - size, 2 * size, 2 * size);
  else
    cairo_arc (cr, x, y, size, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
set_series_line (cairo_t      *cr,
                 const double *rgb,
                 gboolean      dashed,
                 double        line_width)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, line_width);
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
  double w = 0, h = 0;
  double mid = y + text_pt * 0.8;

  set_series_line (cr, rgb, dashed, dashed ? 2.5 : 3.5);
  cairo_move_to (cr, x, mid);
  cairo_line_to (cr, x + 40, mid);
  cairo_stroke (cr);
  draw_marker (cr, x + 20, mid, 4.5, !dashed);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  fh_render_text (cr, x + 48, y, text, &style, &w, &h);
  return 48 + w + 28;
}

static void
draw_series (cairo_t            *cr,
             double              width,
             double              height,
             const FhComparison *comparison,
             gboolean            later)
{
  GArray *rows = comparison->rows;
  const double *rgb = later ? later_rgb : earlier_rgb;

  for (guint i = 0; i < rows->len; i++)
    {
      const FhComparisonRow *row = &g_array_index (rows, FhComparisonRow, i);
      int stage = later ? row->stage_b : row->stage_a;
      double x, y;

      fh_render_radar_point (width, height, rows->len, i, MAX (stage, 0), &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);

  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], later ? 0.12 : 0.08);
  cairo_fill_preserve (cr);
  set_series_line (cr, rgb, !later, later ? 3.5 : 2.5);
  cairo_stroke (cr);

  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      const FhComparisonRow *row = &g_array_index (rows, FhComparisonRow, i);
      int stage = later ? row->stage_b : row->stage_a;
      double x, y;

      if (stage < 0)
        continue;
      fh_render_radar_point (width, height, rows->len, i, stage, &x, &y);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      draw_marker (cr, x, y, later ? 5.0 : 4.5, later);
    }
}

static char *
stage_text (int stage)
{
  return stage < 0 ? g_strdup ("–") : g_strdup_printf ("%d", stage);
}

static void
draw_axis_label (cairo_t               *cr,
                 const Geometry        *g,
                 double                 width,
                 double                 height,
                 guint                  n_axes,
                 guint                  axis,
                 const FhComparisonRow *row)
{
  FhTextStyle name_style = { NULL, g->text_pt, fh_comparison_row_is_changed (row),
                             g->label_width - 8, 2 };
  FhTextStyle stage_style = { NULL, g->text_pt, FALSE, 0, 0 };
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) stages = NULL;
  g_autofree char *a = stage_text (row->stage_a);
  g_autofree char *b = stage_text (row->stage_b);
  g_autofree char *stage_line = NULL;
  double angle = -G_PI / 2 + 2 * G_PI * axis / n_axes;
  double c = cos (angle), s = sin (angle);
  double ax, ay, x, y, w, h;
  int nw, nh, sw, sh;

  /* Translators: the stages of a capability in the earlier and the later quarter,
   * and a mark when it fell back, e.g. "2 → 1 ▼" */
  stage_line = g_strdup_printf (_("%s → %s%s"), a, b,
                                fh_comparison_row_is_regression (row) ? " ▼"
                                : row->delta > 0 ? " ▲" : "");

  name = fh_render_text_layout (cr, fh_capability_get_name (row->capability), &name_style);
  stages = fh_render_text_layout (cr, stage_line, &stage_style);
  pango_layout_get_pixel_size (name, &nw, &nh);
  pango_layout_get_pixel_size (stages, &sw, &sh);
  w = MAX (nw, sw);
  h = nh + sh;

  ax = g->cx + c * (g->radius + 10);
  ay = g->cy + s * (g->radius + 10);
  x = c > 0.3 ? ax : c < -0.3 ? ax - w : ax - w / 2;
  y = s > 0.3 ? ay : s < -0.3 ? ay - h : ay - h / 2;
  x = CLAMP (x, 2, MAX (2, width - w - 2));
  y = CLAMP (y, g->legend_height, MAX (g->legend_height, height - h - 2));

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  pango_layout_set_alignment (name, c > 0.3 ? PANGO_ALIGN_LEFT
                                    : c < -0.3 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
  cairo_move_to (cr, c < -0.3 ? x + w - nw : c > 0.3 ? x : x + (w - nw) / 2, y);
  pango_cairo_show_layout (cr, name);

  if (fh_comparison_row_is_regression (row))
    cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
  else
    cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_move_to (cr, c < -0.3 ? x + w - sw : c > 0.3 ? x : x + (w - sw) / 2, y + nh);
  pango_cairo_show_layout (cr, stages);
}

/**
 * fh_render_radar:
 * @comparison: the two quarters to overlay
 *
 * Draws the radar chart of @comparison in the rectangle (0, 0, @width, @height): the
 * legend at the top, then the rings, axes, both quarters and the axis labels.
 */
void
fh_render_radar (cairo_t            *cr,
                 double              width,
                 double              height,
                 const FhComparison *comparison)
{
  FhTextStyle ring_style;
  g_autofree char *quarter_a = NULL;
  g_autofree char *quarter_b = NULL;
  guint n;
  Geometry g;
  double x;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (comparison != NULL);

  radar_geometry (width, height, &g);
  n = comparison->rows->len;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  quarter_a = fh_quarter_format (comparison->quarter_a);
  quarter_b = fh_quarter_format (comparison->quarter_b);
  x = draw_legend_entry (cr, 4, 4, quarter_a, earlier_rgb, TRUE, g.text_pt);
  draw_legend_entry (cr, 4 + x, 4, quarter_b, later_rgb, FALSE, g.text_pt);

  if (n < 3)
    {
      FhTextStyle style = { NULL, g.text_pt, FALSE, width - 8, 0 };

      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      fh_render_text (cr, 4, g.legend_height + 8,
                      _("A radar needs at least three capabilities."), &style, NULL, NULL);
      cairo_restore (cr);
      return;
    }

  /* Rings: one per stage, as polygons through the axes. */
  cairo_set_line_width (cr, 1.0);
  for (int stage = 1; stage <= FH_STAGE_LAST; stage++)
    {
      for (guint i = 0; i <= n; i++)
        {
          double px, py;

          fh_render_radar_point (width, height, n, i % n, stage, &px, &py);
          if (i == 0)
            cairo_move_to (cr, px, py);
          else
            cairo_line_to (cr, px, py);
        }
      cairo_set_source_rgb (cr, 0.72, 0.72, 0.72);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double px, py;

      fh_render_radar_point (width, height, n, i, FH_STAGE_LAST, &px, &py);
      cairo_move_to (cr, g.cx, g.cy);
      cairo_line_to (cr, px, py);
    }
  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_stroke (cr);

  draw_series (cr, width, height, comparison, FALSE);
  draw_series (cr, width, height, comparison, TRUE);

  /* Ring labels beside the first axis, on top of the series so they stay legible. */
  ring_style = (FhTextStyle) { NULL, MAX (g.text_pt - 2, FH_RENDER_MIN_TEXT_PT), FALSE, 0, 0 };
  for (int stage = 1; stage <= FH_STAGE_LAST; stage++)
    {
      g_autofree char *text = g_strdup_printf ("%d %s", stage, fh_stage_get_label (stage));
      double px, py;

      fh_render_radar_point (width, height, n, 0, stage, &px, &py);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      fh_render_text (cr, px + 5, py - ring_style.size_pt * 1.6, text, &ring_style, NULL, NULL);
    }

  for (guint i = 0; i < n; i++)
    draw_axis_label (cr, &g, width, height, n, i,
                     &g_array_index (comparison->rows, FhComparisonRow, i));

  cairo_restore (cr);
}
