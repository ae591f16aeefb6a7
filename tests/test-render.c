/* test-render.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fh-render-text.h"

/* Drawing needs no display: every render test draws on an image surface. */

static cairo_t *
make_context (cairo_surface_t **surface)
{
  *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  return cairo_create (*surface);
}

static void
test_plain_text (void)
{
  cairo_surface_t *surface;
  cairo_t         *cr = make_context (&surface);
  FhTextStyle      style = { NULL, 12, FALSE, 0, 0 };
  const char      *text = "<b>Bold?</b> & <span foreground='red'>no</span>";
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, &style);

  /* The layout holds the text as typed: no tag was taken as markup. */
  g_assert_cmpstr (pango_layout_get_text (layout), ==, text);
  g_assert_null (pango_layout_get_attributes (layout));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_minimum_size (void)
{
  cairo_surface_t *surface;
  cairo_t         *cr = make_context (&surface);
  FhTextStyle      tiny = { NULL, 3, FALSE, 0, 0 };
  FhTextStyle      eight = { NULL, 8, FALSE, 0, 0 };
  g_autoptr (PangoLayout) a = fh_render_text_layout (cr, "Readable", &tiny);
  g_autoptr (PangoLayout) b = fh_render_text_layout (cr, "Readable", &eight);
  const PangoFontDescription *font = pango_layout_get_font_description (a);
  int                         wa, wb;

  g_assert_cmpint (pango_font_description_get_size (font), ==, 8 * PANGO_SCALE);
  pango_layout_get_pixel_size (a, &wa, NULL);
  pango_layout_get_pixel_size (b, &wb, NULL);
  g_assert_cmpint (wa, ==, wb);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_wrap_and_draw (void)
{
  cairo_surface_t *surface;
  cairo_t         *cr = make_context (&surface);
  FhTextStyle      narrow = { NULL, 12, TRUE, 80, 2 };
  double           width = 0, height = 0;
  const guint8    *data;
  int              stride;
  gboolean         inked = FALSE;

  cairo_set_source_rgb (cr, 0, 0, 0);
  fh_render_text (cr, 10, 10,
                  "A long gap title that cannot fit on one line of a narrow swimlane label",
                  &narrow, &width, &height);
  cairo_surface_flush (surface);

  g_assert_cmpfloat (width, <=, 80.5);
  g_assert_cmpfloat (height, >, 12); /* wrapped onto a second line */
  g_assert_cmpfloat (height, <, 60); /* but ellipsized after two */

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 10; y < 10 + (int)height && !inked; y++)
    for (int x = 10; x < 90 && !inked; x++)
      inked = data[y * stride + x * 4 + 3] != 0;
  g_assert_true (inked);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render/plain-text", test_plain_text);
  g_test_add_func ("/foothold/render/minimum-size", test_minimum_size);
  g_test_add_func ("/foothold/render/wrap-and-draw", test_wrap_and_draw);

  return g_test_run ();
}
