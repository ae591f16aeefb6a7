/* fh-cost-line.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_COST_LINE (fh_cost_line_get_type ())

G_DECLARE_FINAL_TYPE (FhCostLine, fh_cost_line, FH, COST_LINE, GObject)

FhCostLine    *fh_cost_line_new (gint64 option);
gint64         fh_cost_line_get_id (FhCostLine *self);
gint64         fh_cost_line_get_option (FhCostLine *self);
FhCostCategory fh_cost_line_get_category (FhCostLine *self);
const char    *fh_cost_line_get_description (FhCostLine *self);
gint64         fh_cost_line_get_amount (FhCostLine *self);
FhRecurrence   fh_cost_line_get_recurrence (FhCostLine *self);
int            fh_cost_line_get_first_year (FhCostLine *self);
double         fh_cost_line_get_growth (FhCostLine *self);
double         fh_cost_line_get_fte (FhCostLine *self);
gint64         fh_cost_line_get_loaded_cost (FhCostLine *self);
double         fh_cost_line_get_person_months (FhCostLine *self);
int            fh_cost_line_get_years (FhCostLine *self);

G_END_DECLS
