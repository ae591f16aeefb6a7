/* fh-render-quadrant.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "fh-render-style.h"

G_BEGIN_DECLS

/* The impact/feasibility chart of use cases: value (business impact, 0–3) up,
 * feasibility (mean of data readiness and ML applicability, 0–3) to the right, split
 * at 1.5 into quick wins, strategic bets, fill-ins and avoid. Each use case is a
 * labelled dot; labels stay inside their quadrant, clear of each other and of the
 * dots; when they cannot, the dots carry numbers and a key names them.
 * The window and the PDF call the same function. */

typedef struct
{
  gint64      id;
  const char *label;         /* plan text, drawn as plain text */
  int         impact;        /* 0–3 */
  int         readiness;     /* 0–3 */
  int         applicability; /* 0–3 */
} FhQuadrantPoint;

typedef struct
{
  double               text_pt;  /* label size; <= 0: 12 pt; never below 8 pt */
  gint64               selected; /* the use case drawn as selected, 0 for none */
  const FhRenderStyle *render;   /* the palette; NULL for paper */
} FhQuadrantStyle;

typedef struct
{
  gint64   id;
  double   x, y; /* the dot's centre */
  double   radius;
  guint    number; /* 1 for the most important; shown on the dot in a numbered chart */
  double   label_x, label_y, label_width, label_height; /* the label, or its key entry */
  gboolean leader;                                      /* a line joins the label to its dot */
} FhQuadrantMark;

typedef struct _FhQuadrantLayout FhQuadrantLayout;

FhQuadrantLayout     *fh_render_quadrant (cairo_t               *cr,
                                          double                 width,
                                          double                 height,
                                          const FhQuadrantPoint *points,
                                          guint                  n_points,
                                          const FhQuadrantStyle *style);
gint64                fh_quadrant_layout_hit (FhQuadrantLayout *layout, double x, double y);
guint                 fh_quadrant_layout_get_n_marks (FhQuadrantLayout *layout);
const FhQuadrantMark *fh_quadrant_layout_get_mark (FhQuadrantLayout *layout, guint index);
void                  fh_quadrant_layout_free (FhQuadrantLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhQuadrantLayout, fh_quadrant_layout_free)

G_END_DECLS
