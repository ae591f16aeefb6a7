/* fh-render-style.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fh-render-style.h"

static void
set (double *rgb, double r, double g, double b)
{
  rgb[0] = r;
  rgb[1] = g;
  rgb[2] = b;
}

/**
 * fh_render_style_init:
 * @dark: the dark palette, for a window in the dark style
 * @text_scale: how much larger than on paper text is set (1 or more)
 *
 * The light palette is the one the PDF has always used; the dark one follows
 * libadwaita's dark window (#242424) and keeps text at a contrast of 4.5 or more.
 */
void
fh_render_style_init (FhRenderStyle *style, gboolean dark, double text_scale)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = !!dark;
  style->text_scale = isfinite (text_scale) ? CLAMP (text_scale, 1.0, 4.0) : 1.0;
  if (dark)
    {
      set (style->background, 0.14, 0.14, 0.14);
      set (style->stripe, 0.18, 0.18, 0.18);
      set (style->panel, 0.19, 0.19, 0.19);
      set (style->text, 0.94, 0.94, 0.94);
      set (style->dim, 0.70, 0.70, 0.70);
      set (style->grid, 0.30, 0.30, 0.30);
      set (style->strong, 0.55, 0.55, 0.55);
      set (style->ink, 0.88, 0.88, 0.88);
      set (style->focus, 1.0, 0.86, 0.25);
      set (style->focus_halo, 0.0, 0.0, 0.0);
      set (style->series[0], 0.45, 0.66, 1.0);
      set (style->series[1], 1.0, 0.62, 0.28);
    }
  else
    {
      set (style->background, 1, 1, 1);
      set (style->stripe, 0.96, 0.96, 0.95);
      set (style->panel, 0.92, 0.92, 0.91);
      set (style->text, 0.1, 0.1, 0.1);
      set (style->dim, 0.40, 0.40, 0.40);
      set (style->grid, 0.85, 0.85, 0.84);
      set (style->strong, 0.6, 0.6, 0.6);
      set (style->ink, 0.2, 0.2, 0.2);
      set (style->focus, 0.0, 0.0, 0.0);
      set (style->focus_halo, 1.0, 0.86, 0.25);
      set (style->series[0], 0.11, 0.44, 0.85);
      set (style->series[1], 0.85, 0.33, 0.0);
    }
}

/* The style of print: light, text at its own size. */
const FhRenderStyle *
fh_render_style_paper (void)
{
  static FhRenderStyle paper;
  static gsize         once = 0;

  if (g_once_init_enter (&once))
    {
      fh_render_style_init (&paper, FALSE, 1.0);
      g_once_init_leave (&once, 1);
    }

  return &paper;
}

const FhRenderStyle *
fh_render_style_or_paper (const FhRenderStyle *style)
{
  return style != NULL ? style : fh_render_style_paper ();
}

void
fh_render_style_set_source (cairo_t *cr, const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

void
fh_render_style_paint_background (cairo_t *cr, const FhRenderStyle *style)
{
  fh_render_style_set_source (cr, fh_render_style_or_paper (style)->background);
  cairo_paint (cr);
}

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* The relative luminance of WCAG 2. */
double
fh_render_style_luminance (const double *rgb)
{
  return 0.2126 * channel (rgb[0]) + 0.7152 * channel (rgb[1]) + 0.0722 * channel (rgb[2]);
}

/* The contrast ratio of WCAG 2, 1 to 21. */
double
fh_render_style_contrast (const double *a, const double *b)
{
  double la = fh_render_style_luminance (a), lb = fh_render_style_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
