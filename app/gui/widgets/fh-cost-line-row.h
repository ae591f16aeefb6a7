/* fh-cost-line-row.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-cost-line.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_COST_LINE_ROW (fh_cost_line_row_get_type ())

G_DECLARE_FINAL_TYPE (FhCostLineRow, fh_cost_line_row, FH, COST_LINE_ROW, AdwBin)

GtkWidget  *fh_cost_line_row_new (FhStore *store, FhCostLine *line);
FhStore    *fh_cost_line_row_get_store (FhCostLineRow *self);
FhCostLine *fh_cost_line_row_get_line (FhCostLineRow *self);
void        fh_cost_line_row_refresh (FhCostLineRow *self);
void        fh_cost_line_row_focus_amount (FhCostLineRow *self);
void        fh_cost_line_row_release (FhCostLineRow *self);

G_END_DECLS
