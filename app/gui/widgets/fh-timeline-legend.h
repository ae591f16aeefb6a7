/* fh-timeline-legend.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FH_TYPE_TIMELINE_LEGEND (fh_timeline_legend_get_type ())

G_DECLARE_FINAL_TYPE (FhTimelineLegend, fh_timeline_legend, FH, TIMELINE_LEGEND, GtkWidget)

GtkWidget *fh_timeline_legend_new (void);
double     fh_timeline_legend_get_text_pt (FhTimelineLegend *self);

G_END_DECLS
