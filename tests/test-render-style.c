/* test-render-style.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "foothold-core.h"
#include "fh-render-legend.h"
#include "fh-render-style.h"
#include "fh-render-trend.h"

static gboolean
boxes_meet (const FhLegendBox *a, const FhLegendBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height &&
         b->y < a->y + a->height;
}

/* Text on either palette reads at WCAG AA (4.5 : 1) or better, and so does the
 * secondary text; the dark palette really is dark. */
static void
test_contrast (void)
{
  const double white[3] = { 1, 1, 1 }, black[3] = { 0, 0, 0 };

  g_assert_cmpfloat_with_epsilon (fh_render_style_contrast (white, black), 21, 1e-6);
  g_assert_cmpfloat_with_epsilon (fh_render_style_contrast (white, white), 1, 1e-6);

  for (int dark = 0; dark <= 1; dark++)
    {
      FhRenderStyle s;

      fh_render_style_init (&s, dark, 1);
      g_assert_true (s.dark == dark);
      g_assert_cmpfloat (fh_render_style_contrast (s.text, s.background), >=, 4.5);
      g_assert_cmpfloat (fh_render_style_contrast (s.text, s.stripe), >=, 4.5);
      g_assert_cmpfloat (fh_render_style_contrast (s.text, s.panel), >=, 4.5);
      g_assert_cmpfloat (fh_render_style_contrast (s.dim, s.background), >=, 4.5);
      g_assert_cmpfloat (fh_render_style_contrast (s.dim, s.panel), >=, 4.5);
      /* Lines and marks: 3 : 1, the floor for graphics. */
      g_assert_cmpfloat (fh_render_style_contrast (s.ink, s.background), >=, 3);
      g_assert_cmpfloat (fh_render_style_contrast (s.series[0], s.background), >=, 3);
      g_assert_cmpfloat (fh_render_style_contrast (s.series[1], s.background), >=, 3);
      g_assert_cmpfloat (fh_render_style_contrast (s.focus, s.focus_halo), >=, 4.5);
      g_assert_true (dark ? fh_render_style_luminance (s.background) < 0.1
                          : fh_render_style_luminance (s.background) > 0.8);
    }
}

static void
test_scale_and_paper (void)
{
  FhRenderStyle s;

  fh_render_style_init (&s, FALSE, 1.6);
  g_assert_cmpfloat_with_epsilon (s.text_scale, 1.6, 1e-9);
  fh_render_style_init (&s, FALSE, NAN);
  g_assert_cmpfloat (s.text_scale, ==, 1);
  fh_render_style_init (&s, FALSE, 0.2);
  g_assert_cmpfloat (s.text_scale, ==, 1);
  g_assert_false (fh_render_style_paper ()->dark);
  g_assert_true (fh_render_style_or_paper (NULL) == fh_render_style_paper ());
  g_assert_true (fh_render_style_or_paper (&s) == &s);
}

/* Every mark is in the legend, named, and no two entries cover each other, at a
 * page's width and at a narrow window's. */
static void
test_legend (void)
{
  cairo_surface_t    *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 300);
  cairo_t            *cr = cairo_create (surface);
  static const double widths[] = { 880, 300 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      FhLegendBox boxes[FH_LEGEND_N_ENTRIES];
      double      measured = fh_render_legend (cr, NULL, widths[w], 9, FALSE, boxes);
      double      drawn = fh_render_legend (cr, NULL, widths[w], 9, TRUE, NULL);

      g_assert_cmpfloat (measured, ==, drawn);
      g_assert_cmpfloat (measured, >, 10);
      for (int e = 0; e < FH_LEGEND_N_ENTRIES; e++)
        {
          g_autofree char *label = fh_render_legend_label (e);

          g_assert_nonnull (label);
          g_assert_cmpuint (strlen (label), >, 2);
          g_assert_cmpfloat (boxes[e].width, >, 20);
          g_assert_cmpfloat (boxes[e].x, >=, 0);
          g_assert_cmpfloat (boxes[e].x + boxes[e].width, <=, widths[w] + 0.5);
          g_assert_cmpfloat (boxes[e].y + boxes[e].height, <=, measured + 0.5);
          for (int o = 0; o < e; o++)
            g_assert_false (boxes_meet (&boxes[e], &boxes[o]));
        }
      /* The narrow one wraps onto more rows. */
      if (w == 1)
        g_assert_cmpfloat (measured, >, fh_render_legend (cr, NULL, widths[0], 9, FALSE, NULL));
    }
  {
    g_autofree char *error = fh_render_legend_label (FH_LEGEND_ERROR);
    g_autofree char *warning = fh_render_legend_label (FH_LEGEND_WARNING);
    g_autofree char *repeatable = fh_render_legend_label (FH_LEGEND_REPEATABLE);

    g_assert_cmpstr (error, !=, warning);
    g_assert_nonnull (strstr (repeatable, "Repeatable"));
  }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Twelve quarters on a narrow chart: the names under the axis never touch, the
 * first and the last are there, at paper size and at a presentation's. */
static void
test_trend_axis_labels (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1800, 400);
  cairo_t         *cr = cairo_create (surface);
  g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (FhTrendPoint));
  static const double widths[] = { 420, 900, 1800 };

  for (int i = 0; i < 12; i++)
    {
      FhTrendPoint p = { 0 };

      p.quarter = fh_quarter_make (2026 + i / 4, 1 + i % 4);
      p.overall = i % 5;
      p.mean = 0.3 * i;
      g_array_append_val (points, p);
    }

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (int scaled = 0; scaled <= 1; scaled++)
      {
        g_autoptr (GArray) boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
        FhRenderStyle style;
        double        first_x, last_x, y;

        fh_render_style_init (&style, scaled, scaled ? 1.8 : 1);
        fh_render_trend (cr, widths[w], 400, points, &style, boxes);
        g_assert_cmpuint (boxes->len, >=, 2);
        for (guint i = 1; i < boxes->len; i++)
          {
            const cairo_rectangle_t *a = &g_array_index (boxes, cairo_rectangle_t, i - 1);
            const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

            g_assert_cmpfloat (a->x + a->width, <, b->x);
          }
        fh_render_trend_point (widths[w], 400, points, 0, 0, &first_x, &y);
        fh_render_trend_point (widths[w], 400, points, 11, 0, &last_x, &y);
        g_assert_cmpfloat (g_array_index (boxes, cairo_rectangle_t, boxes->len - 1).x +
                             g_array_index (boxes, cairo_rectangle_t, boxes->len - 1).width,
                           <=, widths[w] + 0.5);
        /* The last name is under the last point. */
        g_assert_cmpfloat (
          fabs (g_array_index (boxes, cairo_rectangle_t, boxes->len - 1).x +
                g_array_index (boxes, cairo_rectangle_t, boxes->len - 1).width / 2 - last_x),
          <, g_array_index (boxes, cairo_rectangle_t, boxes->len - 1).width);
        /* Where there is room, every quarter is named; where not, every other
         * one at least. */
        if (w == 2 && !scaled)
          g_assert_cmpuint (boxes->len, ==, 12);
        if (w >= 1)
          g_assert_cmpuint (boxes->len, >=, 6);
      }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render-style/contrast", test_contrast);
  g_test_add_func ("/foothold/render-style/scale-and-paper", test_scale_and_paper);
  g_test_add_func ("/foothold/render-style/legend", test_legend);
  g_test_add_func ("/foothold/render-style/trend-axis-labels", test_trend_axis_labels);

  return g_test_run ();
}
