/* fh-heat-map.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fh-portfolio.h"

G_BEGIN_DECLS

#define FH_TYPE_HEAT_MAP (fh_heat_map_get_type ())

G_DECLARE_FINAL_TYPE (FhHeatMap, fh_heat_map, FH, HEAT_MAP, GtkDrawingArea)

GtkWidget *fh_heat_map_new (void);
void       fh_heat_map_set_portfolio (FhHeatMap *self, FhPortfolio *portfolio);
void       fh_heat_map_set_focus_cell (FhHeatMap *self, int row, int column);
char      *fh_heat_map_get_focus_text (FhHeatMap *self);
void       fh_heat_map_get_focus_cell (FhHeatMap *self, int *row, int *column);
char      *fh_heat_map_describe_cell (FhPortfolio *portfolio, guint row, int column);

G_END_DECLS
