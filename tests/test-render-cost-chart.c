/* test-render-cost-chart.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

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
  double            w0, w1, w2;
  int               cy;

  bars[0].by_category[FH_COST_CATEGORY_LICENCE] = 3000000;
  bars[0].by_category[FH_COST_CATEGORY_OPERATIONS_STAFF] = 1000000;
  bars[1].by_category[FH_COST_CATEGORY_BUILD] = 2000000;
  bars[1].by_category[FH_COST_CATEGORY_OPERATIONS_STAFF] = 6000000;
  bars[2].by_category[FH_COST_CATEGORY_INFRASTRUCTURE] = 2000000;

  fh_render_cost_chart (cr, 900, 520, bars, 3, "EUR", 5, NULL, &layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* The legend holds exactly the four categories in use, under the title. */
  g_assert_cmpuint (layout.n_legend, ==, 4);
  g_assert_cmpuint (layout.n_bars, ==, 3);
  g_assert_cmpuint (layout.n_hidden, ==, 0);
  g_assert_cmpfloat (layout.title_bottom, <, layout.legend_bottom);
  g_assert_cmpfloat (layout.legend_bottom, <, layout.bar_y[0]);

  /* Cheapest first: Hybrid (20,000), Packaged (40,000), Custom (80,000). */
  g_assert_cmpuint (layout.order[0], ==, 2);
  g_assert_cmpuint (layout.order[1], ==, 0);
  g_assert_cmpuint (layout.order[2], ==, 1);
  g_assert_cmpfloat (layout.bar_y[0], <, layout.bar_y[1]);
  g_assert_cmpfloat (layout.bar_y[1], <, layout.bar_y[2]);

  /* One scale: lengths are proportional to the totals 2 : 4 : 8. */
  w0 = layout.bar_end[0] - layout.axis_x;
  w1 = layout.bar_end[1] - layout.axis_x;
  w2 = layout.bar_end[2] - layout.axis_x;
  g_assert_cmpfloat (w2, >, 200);
  g_assert_cmpfloat_with_epsilon (w1 / w2, 0.5, 0.01);
  g_assert_cmpfloat_with_epsilon (w0 / w2, 0.25, 0.01);
  /* The value axis is named: at least three figures. */
  g_assert_cmpuint (layout.n_ticks, >=, 3);

  /* Inside a bar there is paint; below the axis figures, paper. */
  cy = (int)(layout.bar_y[0] + layout.bar_height / 2);
  g_assert_cmphex (pixel_at (surface, (int)layout.axis_x + 3, cy), !=, 0xffffff);
  g_assert_cmphex (pixel_at (surface, 890, 515), ==, 0xffffff);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A category a thousandth of the largest still shows; many options become the
 * cheapest that fit, and the chart says how many were left out. */
static void
test_small_and_many (void)
{
  cairo_surface_t  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 700, 300);
  cairo_t          *cr = cairo_create (surface);
  FhCostChartBar    bars[40];
  FhCostChartLayout layout;

  for (guint i = 0; i < G_N_ELEMENTS (bars); i++)
    {
      memset (&bars[i], 0, sizeof bars[i]);
      bars[i].name = "Option";
      bars[i].by_category[FH_COST_CATEGORY_BUILD] = 1000000 * (i + 1);
      bars[i].by_category[FH_COST_CATEGORY_TRAINING] = 1000;
    }
  fh_render_cost_chart (cr, 700, 300, bars, G_N_ELEMENTS (bars), "EUR", 3, NULL, &layout);
  g_assert_cmpuint (layout.n_bars, >, 2);
  g_assert_cmpuint (layout.n_bars, <, 40);
  g_assert_cmpuint (layout.n_bars + layout.n_hidden, ==, 40);
  for (guint k = 0; k < layout.n_bars; k++)
    g_assert_cmpuint (layout.order[k], ==, k);
  /* The last row ends above the axis figures, inside the chart. */
  g_assert_cmpfloat (layout.baseline, <=, 300);

  /* Option 0: build 10,000 then training 10: the training sliver is at least 3 wide
   * and painted in its own colour, not the build's. */
  {
    int     y = (int)(layout.bar_y[0] + layout.bar_height / 2);
    int     x_build = (int)(layout.axis_x + 2);
    int     x_end = (int)(layout.bar_end[0] - 1.5);
    guint32 build = pixel_at (surface, x_build, y);

    g_assert_cmpfloat (layout.bar_end[0] - layout.axis_x, >, 3);
    g_assert_cmphex (pixel_at (surface, x_end, y), !=, build);
  }

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

  fh_render_cost_chart (cr, 300, 60, NULL, 0, "EUR", 3, NULL, &layout);
  g_assert_cmpuint (layout.n_bars, ==, 0);
  /* Too small to draw bars: nothing breaks. */
  fh_render_cost_chart (cr, 300, 60, &bar, 1, "EUR", 3, NULL, &layout);
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
  g_test_add_func ("/foothold/render-cost-chart/small-and-many", test_small_and_many);

  return g_test_run ();
}
