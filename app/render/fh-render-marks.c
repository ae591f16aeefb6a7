/* fh-render-marks.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <math.h>

#include "fh-render-timeline.h"

#include "fh-types.h"

/* The marks of the timeline, drawn by the timeline and by its legend alike: the
 * stages' fills, a finding's badge and a milestone's diamond. */

/* Colours chosen to stay apart for the common colour-vision deficiencies; each stage
 * also has its own pattern, so that print in grey and colour-blind eyes still tell
 * them apart. */
static const double stage_colours[][3] = {
  { 0.47, 0.47, 0.47 }, /* not yet */
  { 0.11, 0.44, 0.85 }, /* initial: blue */
  { 0.15, 0.52, 0.33 }, /* repeatable: green */
  { 0.78, 0.27, 0.00 }, /* reliable: orange */
  { 0.51, 0.24, 0.61 }, /* scalable: purple */
};

void
fh_render_timeline_stage_colour (int stage, double *rgb)
{
  stage = CLAMP (stage, 0, (int)G_N_ELEMENTS (stage_colours) - 1);
  rgb[0] = stage_colours[stage][0];
  rgb[1] = stage_colours[stage][1];
  rgb[2] = stage_colours[stage][2];
}

/* Each stage's own marks, drawn as vector lines over its colour inside the current
 * path (so that they stay sharp in print at any zoom): Initial plain, Repeatable
 * diagonal lines, Reliable a cross-hatch, Scalable dots. */
static void
hatch_stage (cairo_t *cr, int stage)
{
  double x0, y0, x1, y1;

  if (stage < FH_STAGE_REPEATABLE)
    return;

  cairo_save (cr);
  cairo_fill_extents (cr, &x0, &y0, &x1, &y1);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.36);
  cairo_set_line_width (cr, 2);
  x0 = floor (x0 / 10) * 10;
  y0 = floor (y0 / 10) * 10;
  switch (stage)
    {
    case FH_STAGE_REPEATABLE: /* diagonal lines */
      for (double x = x0 - (y1 - y0); x <= x1 + 10; x += 10)
        {
          cairo_move_to (cr, x, y1);
          cairo_line_to (cr, x + (y1 - y0), y0);
        }
      cairo_stroke (cr);
      break;
    case FH_STAGE_RELIABLE: /* cross-hatch */
      for (double x = x0 + 5; x <= x1; x += 10)
        {
          cairo_move_to (cr, x, y0);
          cairo_line_to (cr, x, y1);
        }
      for (double y = y0 + 5; y <= y1; y += 10)
        {
          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      cairo_stroke (cr);
      break;
    default: /* scalable: dots */
      for (double y = y0 + 5; y <= y1 + 3; y += 10)
        for (double x = x0 + 5; x <= x1 + 3; x += 10)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, 2.2, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

/* Fills the current path in the stage's colour and pattern, keeping the path. */
void
fh_render_timeline_fill_stage (cairo_t *cr, int stage)
{
  double rgb[3];

  stage = CLAMP (stage, 0, FH_STAGE_LAST);
  fh_render_timeline_stage_colour (stage, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill_preserve (cr);
  hatch_stage (cr, stage);
}

/**
 * fh_render_timeline_draw_badge:
 * @severity: a #FhSeverity
 *
 * A finding's mark centred on (@cx, @cy): an error is a red octagon with a white
 * bar, a warning an amber triangle with a dark "!", so that the two differ by shape
 * as well as by colour (in black and white too).
 */
void
fh_render_timeline_draw_badge (cairo_t *cr, int severity, double cx, double cy, double radius)
{
  cairo_new_path (cr);
  if (severity == FH_SEVERITY_ERROR)
    {
      for (int k = 0; k < 8; k++)
        {
          double a = G_PI / 8 + k * G_PI / 4;

          cairo_line_to (cr, cx + radius * cos (a), cy + radius * sin (a));
        }
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
      cairo_fill (cr);
      cairo_rectangle (cr, cx - radius * 0.55, cy - radius * 0.18, radius * 1.1, radius * 0.36);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
    }
  else
    {
      double h = radius * 1.9;

      cairo_move_to (cr, cx, cy - h * 0.55);
      cairo_line_to (cr, cx + radius * 1.1, cy + h * 0.45);
      cairo_line_to (cr, cx - radius * 1.1, cy + h * 0.45);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0.96, 0.72, 0.06);
      cairo_fill (cr);
      cairo_rectangle (cr, cx - radius * 0.13, cy - h * 0.24, radius * 0.26, h * 0.38);
      cairo_rectangle (cr, cx - radius * 0.13, cy + h * 0.2, radius * 0.26, radius * 0.26);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_fill (cr);
    }
}

/* A milestone's diamond, centred on (@x, @y). */
void
fh_render_timeline_draw_milestone (cairo_t *cr, double x, double y, double size)
{
  cairo_move_to (cr, x, y - size);
  cairo_line_to (cr, x + size, y);
  cairo_line_to (cr, x, y + size);
  cairo_line_to (cr, x - size, y);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 0.85, 0.2);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
}
