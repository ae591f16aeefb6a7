/* fh-render-style.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* How a chart or the timeline is painted: the palette (light for paper and a light
 * window, dark for a dark window) and a text scale (1 on paper and in a window, more
 * while presenting to a room). Every render function takes one; NULL means paper.
 * The GUI makes one from the style manager's dark state and presentation mode
 * (see app/gui/fh-render-style-gui.c), so that a window and a PDF call the same code
 * and differ only in this. */
typedef struct
{
  double   background[3]; /* the chart's panel */
  double   stripe[3];     /* every other lane, a chart's plot area */
  double   panel[3];      /* the timeline's header and lane names */
  double   text[3];
  double   dim[3];    /* secondary text: axis ticks, done and dropped items */
  double   grid[3];   /* light rules */
  double   strong[3]; /* year dividers, axes */
  double   ink[3];    /* arrows, outlines drawn over the background */
  double   focus[3];  /* the selected bar's ring */
  double   focus_halo[3];
  double   series[2][3]; /* two data series: solid, then dashed (radar, trend) */
  gboolean dark;
  double   text_scale; /* >= 1 */
} FhRenderStyle;

void                 fh_render_style_init (FhRenderStyle *style, gboolean dark, double text_scale);
const FhRenderStyle *fh_render_style_paper (void);
const FhRenderStyle *fh_render_style_or_paper (const FhRenderStyle *style);
void                 fh_render_style_set_source (cairo_t *cr, const double *rgb);
void                 fh_render_style_paint_background (cairo_t *cr, const FhRenderStyle *style);
double               fh_render_style_luminance (const double *rgb);
double               fh_render_style_contrast (const double *a, const double *b);

G_END_DECLS
