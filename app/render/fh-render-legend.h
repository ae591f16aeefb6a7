/* fh-render-legend.h
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

/* The key to the timeline: every mark it draws, each with its name. The PDF draws it
 * under every timeline tile and the Roadmap page under the timeline, through this one
 * function, so that the two never disagree. */
typedef enum
{
  FH_LEGEND_INITIAL,
  FH_LEGEND_REPEATABLE,
  FH_LEGEND_RELIABLE,
  FH_LEGEND_SCALABLE,
  FH_LEGEND_MILESTONE,
  FH_LEGEND_DEPENDENCY,
  FH_LEGEND_ERROR,
  FH_LEGEND_WARNING,
  FH_LEGEND_TODAY,
  FH_LEGEND_FADED,
  FH_LEGEND_N_ENTRIES
} FhLegendEntry;

typedef struct
{
  double x, y, width, height; /* the mark and its name together */
} FhLegendBox;

char  *fh_render_legend_label (FhLegendEntry entry);
double fh_render_legend (cairo_t             *cr,
                         const FhRenderStyle *style,
                         double               width,
                         double               text_pt,
                         gboolean             draw,
                         FhLegendBox         *boxes);

G_END_DECLS
