/* fh-render-radar-teams.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fh-portfolio.h"
#include "fh-render-style.h"

G_BEGIN_DECLS

/* At most this many teams are overlaid: more outlines do not read apart. */
#define FH_RADAR_TEAMS_MAX 6

void fh_render_radar_teams (cairo_t             *cr,
                            double               width,
                            double               height,
                            FhPortfolio         *portfolio,
                            const guint         *rows,
                            guint                n_rows,
                            const FhRenderStyle *style);

G_END_DECLS
