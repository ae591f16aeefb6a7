/* fh-render-text.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* How a piece of plan text is set: every chart, page and the timeline go through
 * here, so that plan text is never read as markup and never set below a size the
 * back of a room (or a printed page) can read. */
typedef struct
{
  const char *family;  /* NULL: "Sans" */
  double      size_pt; /* clamped to FH_RENDER_MIN_TEXT_PT */
  gboolean    bold;
  double      max_width; /* in user units; <= 0: no limit */
  int         max_lines; /* ellipsize after this many lines; <= 0: no limit */
} FhTextStyle;

#define FH_RENDER_MIN_TEXT_PT 8.0

PangoLayout *fh_render_text_layout (cairo_t *cr, const char *text, const FhTextStyle *style);
void         fh_render_text_set_language (cairo_t *cr, const char *language);
void         fh_render_text (cairo_t           *cr,
                             double             x,
                             double             y,
                             const char        *text,
                             const FhTextStyle *style,
                             double            *width,
                             double            *height);

double fh_render_nice_ceiling (double value);

G_END_DECLS
