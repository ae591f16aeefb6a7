/* test-render-quadrant.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "fh-render-quadrant.h"

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
} Canvas;

static void
canvas_init (Canvas *c, int w, int h)
{
  c->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  c->cr = cairo_create (c->surface);
  cairo_set_source_rgb (c->cr, 1, 1, 1);
  cairo_paint (c->cr);
}

static void
canvas_clear (Canvas *c)
{
  cairo_destroy (c->cr);
  cairo_surface_destroy (c->surface);
}

static guint32
pixel (Canvas *c, int x, int y)
{
  cairo_surface_flush (c->surface);
  return *(guint32 *)(cairo_image_surface_get_data (c->surface) +
                      y * cairo_image_surface_get_stride (c->surface) + x * 4) &
         0xffffff;
}

static gboolean
labels_overlap (FhQuadrantLayout *layout)
{
  guint n = fh_quadrant_layout_get_n_marks (layout);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const FhQuadrantMark *a = fh_quadrant_layout_get_mark (layout, i);
        const FhQuadrantMark *b = fh_quadrant_layout_get_mark (layout, j);

        if (a->label_x < b->label_x + b->label_width && b->label_x < a->label_x + a->label_width &&
            a->label_y < b->label_y + b->label_height && b->label_y < a->label_y + a->label_height)
          return TRUE;
      }

  return FALSE;
}

/* Dots land in their quadrant, in the quadrant's colour; a click on a dot finds it. */
static void
test_quadrants (void)
{
  const FhQuadrantPoint points[] = {
    { 1, "Delivery time prediction", 3, 3, 3 }, /* quick win, top right */
    { 2, "Damage claim fraud", 3, 0, 0 },       /* strategic bet, top left */
    { 3, "E-mail routing", 0, 3, 3 },           /* fill-in, bottom right */
    { 4, "Customs code lookup", 0, 0, 0 },      /* avoid, bottom left */
  };
  Canvas c;
  g_autoptr (FhQuadrantLayout) layout = NULL;
  const FhQuadrantMark *m[4];

  canvas_init (&c, 800, 600);
  layout = fh_render_quadrant (c.cr, 800, 600, points, G_N_ELEMENTS (points), NULL);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (fh_quadrant_layout_get_n_marks (layout), ==, 4);

  for (guint i = 0; i < 4; i++)
    {
      m[i] = NULL;
      for (guint j = 0; j < 4; j++)
        if (fh_quadrant_layout_get_mark (layout, j)->id == (gint64)(i + 1))
          m[i] = fh_quadrant_layout_get_mark (layout, j);
      g_assert_nonnull (m[i]);
      g_assert_cmpint (fh_quadrant_layout_hit (layout, m[i]->x + 1, m[i]->y - 1), ==, i + 1);
      /* The dot's centre holds its quadrant's colour. */
      g_assert_cmphex (pixel (&c, (int)m[i]->x, (int)m[i]->y), !=, 0xffffff);
    }

  g_assert_cmpfloat (m[0]->x, >, 400);
  g_assert_cmpfloat (m[0]->y, <, 300);
  g_assert_cmpfloat (m[1]->x, <, 400);
  g_assert_cmpfloat (m[1]->y, <, 300);
  g_assert_cmpfloat (m[2]->x, >, 400);
  g_assert_cmpfloat (m[2]->y, >, 300);
  g_assert_cmpfloat (m[3]->x, <, 400);
  g_assert_cmpfloat (m[3]->y, >, 300);
  /* quick win green, avoid red */
  g_assert_cmphex (pixel (&c, (int)m[0]->x, (int)m[0]->y), ==, 0x268538);
  g_assert_cmphex (pixel (&c, (int)m[3]->x, (int)m[3]->y), ==, 0xa61c2e);

  /* Nothing there: no hit. A click on a label selects its use case. */
  g_assert_cmpint (fh_quadrant_layout_hit (layout, 2, 2), ==, 0);
  g_assert_cmpint (fh_quadrant_layout_hit (layout, m[2]->label_x + m[2]->label_width / 2,
                                           m[2]->label_y + m[2]->label_height / 2),
                   ==, 3);
  g_assert_false (labels_overlap (layout));

  canvas_clear (&c);
}

/* Many use cases with the very same scores: every dot stays apart and no label
 * covers another, even in a small chart. */
static void
test_crowded (void)
{
  FhQuadrantPoint points[10];
  char           *labels[10] = { NULL };
  Canvas          c;
  g_autoptr (FhQuadrantLayout) layout = NULL;
  FhQuadrantStyle style = { 12, 3 };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      labels[i] = g_strdup_printf ("Use case number %u with a long title", i + 1);
      points[i] = (FhQuadrantPoint){ i + 1, labels[i], 2, 2, 2 };
    }

  canvas_init (&c, 640, 480);
  layout = fh_render_quadrant (c.cr, 640, 480, points, G_N_ELEMENTS (points), &style);
  g_assert_cmpuint (fh_quadrant_layout_get_n_marks (layout), ==, 10);
  g_assert_false (labels_overlap (layout));

  for (guint i = 0; i < 10; i++)
    {
      const FhQuadrantMark *a = fh_quadrant_layout_get_mark (layout, i);

      g_assert_cmpfloat (a->label_x, >=, 0);
      g_assert_cmpfloat (a->label_x + a->label_width, <=, 640);
      g_assert_cmpint (fh_quadrant_layout_hit (layout, a->x, a->y), ==, a->id);
      for (guint j = i + 1; j < 10; j++)
        {
          const FhQuadrantMark *b = fh_quadrant_layout_get_mark (layout, j);

          g_assert_cmpfloat ((a->x - b->x) * (a->x - b->x) + (a->y - b->y) * (a->y - b->y), >,
                             a->radius * a->radius);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_free (labels[i]);
  canvas_clear (&c);
}

/* Labels that fit stay inside their dot's quadrant; ten long titles on one spot do
 * not fit, so the dots carry numbers 1 … 10 and a key beside the plot names them,
 * clear of the plot. */
static void
test_numbered_key (void)
{
  FhQuadrantPoint points[10];
  char           *labels[10] = { NULL };
  Canvas          c;
  FhQuadrantStyle style = { 12, 0, NULL };

  canvas_init (&c, 800, 600);
  {
    FhQuadrantPoint few[2] = { { 1, "Churn model", 3, 3, 3 }, { 2, "Demand forecast", 0, 0, 0 } };
    g_autoptr (FhQuadrantLayout) layout = fh_render_quadrant (c.cr, 800, 600, few, 2, &style);

    for (guint i = 0; i < 2; i++)
      {
        const FhQuadrantMark *m = fh_quadrant_layout_get_mark (layout, i);
        gboolean              right = m->x > 400, up = m->y < 300;

        /* The plot's middle is near (400, 280): the label keeps to the dot's side. */
        g_assert_cmpint (m->number, ==, i + 1);
        g_assert_true (right ? m->label_x > 380 : m->label_x + m->label_width < 420);
        g_assert_true (up ? m->label_y + m->label_height < 300 : m->label_y > 260);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      labels[i] = g_strdup_printf ("Use case number %u with a rather long title indeed", i + 1);
      points[i] = (FhQuadrantPoint){ i + 1, labels[i], 3, 3, 3 };
    }
  {
    g_autoptr (FhQuadrantLayout) layout =
      fh_render_quadrant (c.cr, 800, 600, points, G_N_ELEMENTS (points), &style);
    double plot_right = 0;

    for (guint i = 0; i < 10; i++)
      plot_right = MAX (plot_right, fh_quadrant_layout_get_mark (layout, i)->x);
    g_assert_false (labels_overlap (layout));
    for (guint i = 0; i < 10; i++)
      {
        const FhQuadrantMark *m = fh_quadrant_layout_get_mark (layout, i);

        g_assert_cmpuint (m->number, ==, i + 1);
        g_assert_false (m->leader);
        /* Key entries sit right of every dot, inside the chart, one under another. */
        g_assert_cmpfloat (m->label_x, >, plot_right);
        g_assert_cmpfloat (m->label_x + m->label_width, <=, 800.5);
        g_assert_cmpint (fh_quadrant_layout_hit (layout, m->label_x + m->label_width - 2,
                                                 m->label_y + m->label_height / 2),
                         ==, m->id);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_free (labels[i]);
  canvas_clear (&c);
}

/* Plan text is drawn as text: markup-looking labels neither fail nor vanish. */
static void
test_markup_label (void)
{
  const FhQuadrantPoint points[] = { { 7, "<b>Fraud & co</b>", 3, 3, 3 } };
  Canvas                c;
  g_autoptr (FhQuadrantLayout) layout = NULL;
  const FhQuadrantMark *m;

  canvas_init (&c, 400, 300);
  layout = fh_render_quadrant (c.cr, 400, 300, points, 1, NULL);
  m = fh_quadrant_layout_get_mark (layout, 0);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  /* The literal text, tags included, is wider than "Fraud & co" alone would be. */
  g_assert_cmpfloat (m->label_width, >, 100);
  canvas_clear (&c);
}

static void
test_empty (void)
{
  Canvas c;
  g_autoptr (FhQuadrantLayout) layout = NULL;

  canvas_init (&c, 300, 200);
  layout = fh_render_quadrant (c.cr, 300, 200, NULL, 0, NULL);
  g_assert_cmpuint (fh_quadrant_layout_get_n_marks (layout), ==, 0);
  g_assert_cmpint (fh_quadrant_layout_hit (layout, 150, 100), ==, 0);
  /* The quadrant tints are drawn even with no use case. */
  g_assert_cmphex (pixel (&c, 250, 40), !=, 0xffffff);
  canvas_clear (&c);
}

/* Nothing but dots, labels, leader lines and the grid is drawn on the plot: in
 * particular no stray line runs from where a label was set to a dot elsewhere (the
 * current point left behind by the text once made each dot's arc start with a line).
 * Samples on the straight line from every label to every other use case's dot, away
 * from labels and dots, keep a quadrant tint and are never the white of a stroke. */
static void
test_no_stray_lines (void)
{
  const FhQuadrantPoint points[] = {
    { 1, "Delivery time prediction", 3, 3, 3 },
    { 2, "Depot staffing forecast", 2, 3, 2 },
    { 3, "Damage claim fraud detection", 3, 1, 1 },
    { 4, "Customer e-mail routing", 1, 3, 3 },
    { 5, "Customs code lookup for shipment documents", 1, 1, 0 },
  };
  const int w = 900, h = 700;
  /* The plot's edges at the default 12 pt (see fh_render_quadrant). */
  const double plot_x = 12 * 2.6 + 12, plot_y = 8;
  const double plot_r = w - 8, plot_b = h - (12 * 2.6 + 12);
  Canvas       c;
  g_autoptr (FhQuadrantLayout) layout = NULL;
  guint n, checked = 0, stray = 0;

  canvas_init (&c, w, h);
  layout = fh_render_quadrant (c.cr, w, h, points, G_N_ELEMENTS (points), NULL);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  n = fh_quadrant_layout_get_n_marks (layout);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (points));

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        const FhQuadrantMark *from = fh_quadrant_layout_get_mark (layout, i);
        const FhQuadrantMark *to = fh_quadrant_layout_get_mark (layout, j);
        double                len = hypot (to->x - from->label_x, to->y - from->label_y);

        if (i == j)
          continue;

        for (double t = 0; t <= len; t += 2)
          {
            double   x = from->label_x + (to->x - from->label_x) * t / len;
            double   y = from->label_y + (to->y - from->label_y) * t / len;
            gboolean skip = FALSE;
            guint32  p;

            /* Only the inside of the plot, off its grid lines. */
            if (x < plot_x + 4 || x > plot_r - 4 || y < plot_y + 4 || y > plot_b - 4 ||
                fabs (x - (plot_x + plot_r) / 2) < 4 || fabs (y - (plot_y + plot_b) / 2) < 4)
              continue;
            for (guint k = 0; k < n && !skip; k++)
              {
                const FhQuadrantMark *m = fh_quadrant_layout_get_mark (layout, k);

                skip = hypot (x - m->x, y - m->y) < m->radius + 10 ||
                       (x > m->label_x - 6 && x < m->label_x + m->label_width + 6 &&
                        y > m->label_y - 4 && y < m->label_y + m->label_height + 4);
              }
            if (skip)
              continue;

            checked++;
            p = pixel (&c, (int)x, (int)y);
            /* The tints are pale but never white: a white pixel is a stroke. */
            if (((p >> 16) & 0xff) > 0xf4 && ((p >> 8) & 0xff) > 0xf4 && (p & 0xff) > 0xf4)
              stray++;
          }
      }

  /* Enough of the plot was looked at for the check to mean something. */
  g_assert_cmpuint (checked, >, 500);
  g_assert_cmpuint (stray, ==, 0);
  canvas_clear (&c);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render-quadrant/quadrants", test_quadrants);
  g_test_add_func ("/foothold/render-quadrant/crowded", test_crowded);
  g_test_add_func ("/foothold/render-quadrant/numbered-key", test_numbered_key);
  g_test_add_func ("/foothold/render-quadrant/markup-label", test_markup_label);
  g_test_add_func ("/foothold/render-quadrant/empty", test_empty);
  g_test_add_func ("/foothold/render-quadrant/no-stray-lines", test_no_stray_lines);

  return g_test_run ();
}
