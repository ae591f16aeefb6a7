/* test-render-cost-chart.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "fh-render-cost-chart.h"

static guint32
pixel_at (cairo_surface_t *surface, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int            stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  return *(guint32 *)(data + y * stride + x * 4) & 0xffffff;
}

static double
grey_at (cairo_surface_t *surface, int x, int y)
{
  guint32 p = pixel_at (surface, x, y);

  return 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
}

static void
test_bars (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 520);
  cairo_t         *cr = cairo_create (surface);
  FhCostChartBar   bars[3] = {
      { "Packaged", { 0 } },
      { "Custom", { 0 } },
      { "Hybrid", { 0 } },
  };
  FhCostChartLayout layout;
  double            h0, h1, h2;
  int               cx;

  bars[0].by_category[FH_COST_CATEGORY_LICENCE] = 3000000;
  bars[0].by_category[FH_COST_CATEGORY_OPERATIONS_STAFF] = 1000000;
  bars[1].by_category[FH_COST_CATEGORY_BUILD] = 2000000;
  bars[1].by_category[FH_COST_CATEGORY_OPERATIONS_STAFF] = 6000000;
  bars[2].by_category[FH_COST_CATEGORY_INFRASTRUCTURE] = 2000000;

  fh_render_cost_chart (cr, 900, 520, bars, 3, "EUR", &layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* The legend holds exactly the four categories in use. */
  g_assert_cmpuint (layout.n_legend, ==, 4);
  g_assert_cmpuint (layout.n_bars, ==, 3);
  g_assert_cmpfloat (layout.legend_bottom, <, layout.bar_top[1]);

  /* Heights are proportional to the totals 4 : 8 : 2 (80,000 : 40,000 : 20,000). */
  h0 = layout.baseline - layout.bar_top[0];
  h1 = layout.baseline - layout.bar_top[1];
  h2 = layout.baseline - layout.bar_top[2];
  g_assert_cmpfloat (h1, >, 100);
  g_assert_cmpfloat_with_epsilon (h0 / h1, 0.5, 0.01);
  g_assert_cmpfloat_with_epsilon (h2 / h1, 0.25, 0.01);
  g_assert_cmpfloat (layout.bar_x[0], <, layout.bar_x[1]);
  g_assert_cmpfloat (layout.bar_x[1], <, layout.bar_x[2]);

  /* Inside a bar there is paint; beside it, above the baseline, there is paper. */
  cx = (int)(layout.bar_x[0] + 3);
  g_assert_cmphex (pixel_at (surface, cx, (int)layout.baseline - 3), !=, 0xffffff);
  g_assert_cmphex (pixel_at (surface, (int)layout.bar_x[0] - 10, (int)(layout.baseline - h0 / 3)),
                   ==, 0xffffff);
  /* Above the shortest bar's top (and its label) is paper too. */
  g_assert_cmphex (pixel_at (surface, (int)layout.bar_x[2] + 2, (int)(layout.bar_top[2] - 40)), ==,
                   0xffffff);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Every category's fill, seen in greyscale: the mean and how many pixels are darker
 * than the fill itself (the hatch). */
static void
greyscale_signature (FhCostCategory category, double *mean, double *hatched)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 48, 48);
  cairo_t         *cr = cairo_create (surface);
  double           sum = 0;
  double           lightest = 0;
  int              dark = 0;

  fh_render_cost_chart_fill (cr, category, 0, 0, 48, 48);
  for (int y = 4; y < 44; y++)
    for (int x = 4; x < 44; x++)
      lightest = MAX (lightest, grey_at (surface, x, y));
  for (int y = 4; y < 44; y++)
    for (int x = 4; x < 44; x++)
      {
        double g = grey_at (surface, x, y);

        sum += g;
        dark += g < lightest - 30;
      }

  *mean = sum / (40 * 40);
  *hatched = dark / (40.0 * 40.0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_black_and_white (void)
{
  double mean[FH_N_COST_CATEGORIES];
  double hatched[FH_N_COST_CATEGORIES];
  guint  solid = 0;

  for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
    {
      greyscale_signature (c, &mean[c], &hatched[c]);
      solid += hatched[c] < 0.01;
    }

  /* At most one category is a plain fill; every other one carries a hatch. */
  g_assert_cmpuint (solid, <=, 1);

  /* No two categories look the same in greyscale: their brightness or the amount
   * of hatching differs visibly. */
  for (guint a = 0; a < FH_N_COST_CATEGORIES; a++)
    for (guint b = a + 1; b < FH_N_COST_CATEGORIES; b++)
      {
        g_test_message ("%u: %.1f %.3f, %u: %.1f %.3f", a, mean[a], hatched[a], b, mean[b],
                        hatched[b]);
        g_assert_true (fabs (mean[a] - mean[b]) > 6 || fabs (hatched[a] - hatched[b]) > 0.04);
      }
}

static void
test_empty (void)
{
  cairo_surface_t  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 60);
  cairo_t          *cr = cairo_create (surface);
  FhCostChartBar    bar = { "No costs yet", { 0 } };
  FhCostChartLayout layout;

  fh_render_cost_chart (cr, 300, 60, NULL, 0, "EUR", &layout);
  g_assert_cmpuint (layout.n_bars, ==, 0);
  /* Too small to draw bars: nothing breaks. */
  fh_render_cost_chart (cr, 300, 60, &bar, 1, "EUR", &layout);
  g_assert_cmpuint (layout.n_legend, ==, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render-cost-chart/bars", test_bars);
  g_test_add_func ("/foothold/render-cost-chart/black-and-white", test_black_and_white);
  g_test_add_func ("/foothold/render-cost-chart/empty", test_empty);

  return g_test_run ();
}
