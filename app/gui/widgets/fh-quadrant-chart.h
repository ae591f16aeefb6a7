/* fh-quadrant-chart.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FH_TYPE_QUADRANT_CHART (fh_quadrant_chart_get_type ())

G_DECLARE_FINAL_TYPE (FhQuadrantChart, fh_quadrant_chart, FH, QUADRANT_CHART, GtkDrawingArea)

/* The impact/feasibility chart of a list of use cases (FhUseCase), drawn by
 * fh_render_quadrant(). A click on a dot or label emits "use-case-selected" (gint64 id). */
GtkWidget *fh_quadrant_chart_new (void);
void       fh_quadrant_chart_set_model (FhQuadrantChart *self, GListModel *use_cases);
void       fh_quadrant_chart_set_selected (FhQuadrantChart *self, gint64 id);
gint64     fh_quadrant_chart_get_selected (FhQuadrantChart *self);
gint64     fh_quadrant_chart_hit (FhQuadrantChart *self, double x, double y);

G_END_DECLS
