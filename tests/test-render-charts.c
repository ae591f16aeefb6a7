/* test-render-charts.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "fh-quarter.h"
#include "fh-render-radar.h"
#include "fh-render-trend.h"

/* Charts draw on an image surface: no display. Pixels are read back and compared
 * with what the geometry functions say, with a tolerance for antialiasing. */

#define W 800
#define H 600

typedef struct
{
  guint8 r, g, b;
} Rgb;

static Rgb
pixel (cairo_surface_t *surface, int x, int y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int           stride = cairo_image_surface_get_stride (surface);
  guint32       v;
  Rgb           rgb;

  cairo_surface_flush (surface);
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  memcpy (&v, data + y * stride + x * 4, 4);
  rgb.r = (v >> 16) & 0xff;
  rgb.g = (v >> 8) & 0xff;
  rgb.b = v & 0xff;
  return rgb;
}

static gboolean
is_orange (Rgb c)
{
  return c.r > 170 && c.g < 140 && c.b < 60;
}

static gboolean
is_blue (Rgb c)
{
  return c.b > 170 && c.r < 80;
}

static gboolean
is_white (Rgb c)
{
  return c.r > 245 && c.g > 245 && c.b > 245;
}

static cairo_surface_t *
white_surface (cairo_t **cr)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);

  *cr = cairo_create (surface);
  cairo_set_source_rgb (*cr, 1, 1, 1);
  cairo_paint (*cr);
  return surface;
}

static FhComparison *
make_comparison (const int *a, const int *b, guint n)
{
  FhComparison *comparison = g_new0 (FhComparison, 1);

  comparison->quarter_a = fh_quarter_make (2026, 3);
  comparison->quarter_b = fh_quarter_make (2026, 4);
  comparison->rows = g_array_new (FALSE, TRUE, sizeof (FhComparisonRow));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("capability-%u", i);
      FhComparisonRow  row = {
         0,
      };

      row.capability = fh_capability_new (id, "Experimentation & <b>tracking</b>");
      row.stage_a = a[i];
      row.stage_b = b[i];
      row.delta = b[i] - a[i];
      g_array_append_val (comparison->rows, row);
    }

  return comparison;
}

static void
free_comparison (FhComparison *comparison)
{
  for (guint i = 0; i < comparison->rows->len; i++)
    g_object_unref (g_array_index (comparison->rows, FhComparisonRow, i).capability);
  fh_comparison_free (comparison);
}

static void
test_radar_geometry (void)
{
  double x0, y0, x, y, cx, cy;

  fh_render_radar_point (W, H, 4, 0, 0, &cx, &cy);
  fh_render_radar_point (W, H, 4, 0, 4, &x0, &y0);
  /* The first axis points straight up, the second to the right. */
  g_assert_cmpfloat_with_epsilon (x0, cx, 1e-9);
  g_assert_cmpfloat (y0, <, cy);
  fh_render_radar_point (W, H, 4, 1, 4, &x, &y);
  g_assert_cmpfloat_with_epsilon (y, cy, 1e-9);
  g_assert_cmpfloat_with_epsilon (x - cx, cy - y0, 1e-9);
  /* Stage 2 lies half way out. */
  fh_render_radar_point (W, H, 4, 1, 2, &x, &y);
  g_assert_cmpfloat_with_epsilon (x - cx, (cy - y0) / 2, 1e-9);
  /* Everything fits inside the chart with room for labels. */
  g_assert_cmpfloat (y0, >, 40);
  g_assert_cmpfloat (cy + (cy - y0), <, H - 40);
}

static void
test_radar_draws_both_quarters (void)
{
  static const int a[] = { 1, 1, 1, 1, 1, 1 };
  static const int b[] = { 4, 0, 0, 0, 0, 0 };
  FhComparison    *comparison = make_comparison (a, b, G_N_ELEMENTS (a));
  cairo_t         *cr;
  cairo_surface_t *surface = white_surface (&cr);
  double           x, y, cx, cy;

  fh_render_radar (cr, W, H, comparison, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* The later quarter's square marker at stage 4 on the first axis is orange. */
  fh_render_radar_point (W, H, 6, 0, 4, &x, &y);
  g_assert_true (is_orange (pixel (surface, (int)x, (int)y)));
  /* The earlier quarter's round marker at stage 1 on the third axis is blue. */
  fh_render_radar_point (W, H, 6, 2, 1, &x, &y);
  g_assert_true (is_blue (pixel (surface, (int)x, (int)y)));
  /* Between the rings and away from the series, the chart stays white. */
  fh_render_radar_point (W, H, 6, 3, 3.5, &cx, &cy);
  fh_render_radar_point (W, H, 6, 4, 3.5, &x, &y);
  g_assert_true (is_white (pixel (surface, (int)((x + cx) / 2), (int)((y + cy) / 2) - 3)));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  free_comparison (comparison);
}

/* The earlier quarter's line is dashed: along the edge between two of its vertices,
 * some pixels are blue and some are gaps. The later one is solid. */
static void
test_radar_line_styles (void)
{
  static const int a[] = { 3, 3, 3, 3 };
  static const int b[] = { 1, 1, 1, 1 };
  FhComparison    *comparison = make_comparison (a, b, G_N_ELEMENTS (a));
  cairo_t         *cr;
  cairo_surface_t *surface = white_surface (&cr);
  double           x0, y0, x1, y1;
  guint            blue = 0, gaps = 0, orange = 0;

  fh_render_radar (cr, W, H, comparison, NULL);

  fh_render_radar_point (W, H, 4, 1, 3, &x0, &y0);
  fh_render_radar_point (W, H, 4, 2, 3, &x1, &y1);
  for (int i = 10; i <= 90; i++)
    {
      Rgb c = pixel (surface, (int)(x0 + (x1 - x0) * i / 100.0 + 0.5),
                     (int)(y0 + (y1 - y0) * i / 100.0 + 0.5));

      if (is_blue (c))
        blue++;
      else
        gaps++;
    }
  g_assert_cmpuint (blue, >, 20);
  g_assert_cmpuint (gaps, >, 10);

  fh_render_radar_point (W, H, 4, 1, 1, &x0, &y0);
  fh_render_radar_point (W, H, 4, 2, 1, &x1, &y1);
  for (int i = 20; i <= 80; i++)
    if (is_orange (pixel (surface, (int)(x0 + (x1 - x0) * i / 100.0 + 0.5),
                          (int)(y0 + (y1 - y0) * i / 100.0 + 0.5))))
      orange++;
  g_assert_cmpuint (orange, ==, 61);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  free_comparison (comparison);
}

static gboolean
boxes_intersect (const FhRadarBox *a, const FhRadarBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height &&
         b->y < a->y + a->height;
}

/* No label covers another: not an axis label over a ring label (the report once drew
 * "1 → 1" over "4 Scalable"), not two axis labels, not a label over the legend; axis
 * labels lie outside the outer ring, ring labels inside it. Tried for the window's
 * and the PDF report's sizes and for few to many capabilities with long names. */
static void
test_radar_labels_apart (void)
{
  static const char *names[] = {
    "Business alignment & success metrics",
    "People, roles & skills",
    "Process & operating model",
    "Data access, quality & governance",
    "Experimentation & tracking",
    "Features & datasets",
    "Pipelines & orchestration",
    "Source control, testing & CI/CD",
    "Model registry & versioning",
    "Deployment & release",
    "Monitoring & feedback",
    "Governance & responsible AI",
    "Platform, environments & cost",
    "Implementation strategy",
    "Security & access",
    "Documentation",
  };
  static const double sizes[][2] = { { 800, 600 },  { 1000, 560 }, { 513, 320 },       { 595, 420 },
                                     { 1600, 700 }, { 420, 360 },  { 757.89, 459.995 } };
  static const int    a[G_N_ELEMENTS (names)] = { 1, 1, 0, 1, 2, 1, 1, 2, 0, 1, 0, 0, 1, 1, 3, 4 };
  static const int    b[G_N_ELEMENTS (names)] = { 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 0, 0, 1, 1, 4, 2 };
  cairo_surface_t    *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t            *cr = cairo_create (surface);

  for (guint n = 3; n <= G_N_ELEMENTS (names); n++)
    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        FhComparison *comparison = make_comparison (a, b, n);
        double        w = sizes[k][0], h = sizes[k][1];
        g_autoptr (FhRadarLayout) layout = NULL;
        guint  n_axis = 0, n_ring = 0, n_legend = 0;
        double cx, cy, x4, y4, radius;

        for (guint i = 0; i < n; i++)
          {
            FhComparisonRow *row = &g_array_index (comparison->rows, FhComparisonRow, i);

            g_object_unref (row->capability);
            row->capability = fh_capability_new ("c", names[i]);
          }
        fh_render_radar_point (w, h, n, 0, 0, &cx, &cy);
        fh_render_radar_point (w, h, n, 0, 4, &x4, &y4);
        radius = cy - y4;
        g_test_message ("n %u, %g×%g: radius %g", n, w, h, radius);
        g_assert_cmpfloat (radius, >, MIN (w, h) * 0.15);

        layout = fh_render_radar_layout (cr, w, h, comparison, NULL);
        for (guint i = 0; i < fh_radar_layout_get_n_boxes (layout); i++)
          {
            const FhRadarBox *box = fh_radar_layout_get_box (layout, i);
            double            dx = MAX (MAX (box->x - cx, cx - (box->x + box->width)), 0);
            double            dy = MAX (MAX (box->y - cy, cy - (box->y + box->height)), 0);
            double            fx = MAX (fabs (box->x - cx), fabs (box->x + box->width - cx));
            double            fy = MAX (fabs (box->y - cy), fabs (box->y + box->height - cy));

            if (g_test_verbose () || box->width <= 0)
              g_test_message ("n %u, %g×%g: box %u kind %d %g,%g %g×%g", n, w, h, i, box->kind,
                              box->x, box->y, box->width, box->height);
            g_assert_cmpfloat (box->width, >, 0);
            g_assert_cmpfloat (box->height, >, 0);
            g_assert_cmpfloat (box->x, >=, 0);
            g_assert_cmpfloat (box->y, >=, 0);
            g_assert_cmpfloat (box->x + box->width, <=, w);
            g_assert_cmpfloat (box->y + box->height, <=, h);

            if (box->kind == FH_RADAR_BOX_AXIS_LABEL)
              {
                n_axis++;
                g_assert_cmpfloat (hypot (dx, dy), >, radius);
              }
            else if (box->kind == FH_RADAR_BOX_RING_LABEL)
              {
                n_ring++;
                g_assert_cmpfloat (hypot (fx, fy), <, radius);
              }
            else
              {
                n_legend++;
                g_assert_cmpfloat (box->y + box->height, <, y4);
              }

            for (guint j = 0; j < i; j++)
              {
                const FhRadarBox *other = fh_radar_layout_get_box (layout, j);

                if (boxes_intersect (box, other))
                  g_error (
                    "n %u, %g×%g: label %d/%u (%g,%g %g×%g) covers label %d/%u (%g,%g %g×%g)", n, w,
                    h, box->kind, box->index, box->x, box->y, box->width, box->height, other->kind,
                    other->index, other->x, other->y, other->width, other->height);
              }
          }
        g_assert_cmpuint (n_axis, ==, n);
        g_assert_cmpuint (n_ring, ==, 4);
        g_assert_cmpuint (n_legend, ==, 3);
        free_comparison (comparison);
      }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static GArray *
make_points (void)
{
  static const FhTrendPoint data[] = {
    { 0, 1, 0.5 },
    { 0, 2, 1.5 },
    { 0, 3, 3.25 },
  };
  GArray *points = g_array_new (FALSE, FALSE, sizeof (FhTrendPoint));

  g_array_append_vals (points, data, G_N_ELEMENTS (data));
  g_array_index (points, FhTrendPoint, 0).quarter = fh_quarter_make (2026, 3);
  g_array_index (points, FhTrendPoint, 1).quarter = fh_quarter_make (2026, 4);
  /* a skipped quarter: 2027-Q1 has no assessment */
  g_array_index (points, FhTrendPoint, 2).quarter = fh_quarter_make (2027, 2);
  return points;
}

static void
test_trend (void)
{
  g_autoptr (GArray) points = make_points ();
  cairo_t         *cr;
  cairo_surface_t *surface = white_surface (&cr);
  double           x0, y0, x1, y1, x2, y2, x, y;

  /* Quarters are spaced by time: 2026-Q4 is a third of the way. */
  fh_render_trend_point (W, H, points, 0, 0, &x0, &y0);
  fh_render_trend_point (W, H, points, 1, 0, &x1, &y1);
  fh_render_trend_point (W, H, points, 2, 4, &x2, &y2);
  g_assert_cmpfloat_with_epsilon ((x1 - x0) * 3, x2 - x0, 1e-6);
  g_assert_cmpfloat (y2, <, y0);

  fh_render_trend (cr, W, H, points, NULL, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* Overall stage markers are blue squares, mean markers orange circles. */
  fh_render_trend_point (W, H, points, 1, 2, &x, &y);
  g_assert_true (is_blue (pixel (surface, (int)x, (int)y)));
  fh_render_trend_point (W, H, points, 2, 3.25, &x, &y);
  g_assert_true (is_orange (pixel (surface, (int)x, (int)y)));
  /* A square fills its corner, a circle does not. */
  fh_render_trend_point (W, H, points, 0, 1, &x, &y);
  g_assert_true (is_blue (pixel (surface, (int)x + 4, (int)y - 4)));
  fh_render_trend_point (W, H, points, 0, 0.5, &x, &y);
  g_assert_false (is_orange (pixel (surface, (int)x + 4, (int)y + 4)));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_trend_empty (void)
{
  g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (FhTrendPoint));
  cairo_t         *cr;
  cairo_surface_t *surface = white_surface (&cr);
  guint            ink = 0;

  fh_render_trend (cr, W, H, points, NULL, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  /* The message is drawn: some dark pixels in the plot area. */
  for (int y = 60; y < 200; y++)
    for (int x = 150; x < 600; x++)
      {
        Rgb c = pixel (surface, x, y);

        if (c.r < 100 && c.g < 100 && c.b < 100)
          ink++;
      }
  g_assert_cmpuint (ink, >, 50);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The same function draws on a PDF page. */
static void
test_pdf (void)
{
  static const int a[] = { 1, 2, 0, 1, 2 };
  static const int b[] = { 2, 1, 0, 1, 3 };
  FhComparison    *comparison = make_comparison (a, b, G_N_ELEMENTS (a));
  g_autoptr (GArray) points = make_points ();
  g_autofree char *dir = g_dir_make_tmp ("foothold-charts-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t         *cr = cairo_create (surface);
  GStatBuf         buf;

  fh_render_radar (cr, 595, 420, comparison, NULL);
  cairo_translate (cr, 0, 421);
  fh_render_trend (cr, 595, 420, points, NULL, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 1000);
  g_remove (path);
  g_rmdir (dir);
  free_comparison (comparison);
}

/* The number of axis labels cut short (ellipsized) on a radar of the demo plan's
 * fourteen capabilities at @width × @height. */
static guint
count_cut_labels (double width, double height)
{
  static const char *names[] = {
    "Business alignment & success metrics",
    "People, roles & skills",
    "Process & operating model",
    "Data access, quality & governance",
    "Experimentation & tracking",
    "Features & datasets",
    "Pipelines & orchestration",
    "Source control, testing & CI",
    "Model registry & lineage",
    "Deployment & release",
    "Monitoring & feedback",
    "Governance & responsible AI",
    "Platform, environments & cost",
    "Implementation strategy",
  };
  static const int a[G_N_ELEMENTS (names)] = { 1, 1, 0, 1, 2, 1, 1, 2, 0, 1, 0, 0, 1, 1 };
  static const int b[G_N_ELEMENTS (names)] = { 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 0, 0, 1, 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t         *cr = cairo_create (surface);
  FhComparison    *comparison = make_comparison (a, b, G_N_ELEMENTS (names));
  g_autoptr (FhRadarLayout) layout = NULL;
  guint n_axis = 0, n_cut = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      FhComparisonRow *row = &g_array_index (comparison->rows, FhComparisonRow, i);

      g_object_unref (row->capability);
      row->capability = fh_capability_new ("c", names[i]);
    }

  layout = fh_render_radar_layout (cr, width, height, comparison, NULL);
  for (guint i = 0; i < fh_radar_layout_get_n_boxes (layout); i++)
    {
      const FhRadarBox *box = fh_radar_layout_get_box (layout, i);

      if (box->kind != FH_RADAR_BOX_AXIS_LABEL)
        continue;
      n_axis++;
      if (box->ellipsized)
        {
          g_test_message ("%g×%g: the label of axis %u (%s) is cut short", width, height,
                          box->index, names[box->index]);
          n_cut++;
        }
    }
  g_assert_cmpuint (n_axis, ==, G_N_ELEMENTS (names));

  free_comparison (comparison);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_cut;
}

/* On the PDF report's landscape page (the radar's slot on A4 landscape is
 * 757.89 × 460 pt), every capability's name shows in full, the long one at the top
 * ("Business alignment & success metrics") too; on a small chart some are cut, so
 * the check can fail. */
static void
test_radar_labels_whole (void)
{
  g_assert_cmpuint (count_cut_labels (757.89, 459.995), ==, 0);
  g_assert_cmpuint (count_cut_labels (420, 360), >, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render-charts/radar-geometry", test_radar_geometry);
  g_test_add_func ("/foothold/render-charts/radar-both-quarters", test_radar_draws_both_quarters);
  g_test_add_func ("/foothold/render-charts/radar-line-styles", test_radar_line_styles);
  g_test_add_func ("/foothold/render-charts/radar-labels-apart", test_radar_labels_apart);
  g_test_add_func ("/foothold/render-charts/radar-labels-whole", test_radar_labels_whole);
  g_test_add_func ("/foothold/render-charts/trend", test_trend);
  g_test_add_func ("/foothold/render-charts/trend-empty", test_trend_empty);
  g_test_add_func ("/foothold/render-charts/pdf", test_pdf);

  return g_test_run ();
}
