/* fh-tco.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-cost-line.h"
#include "fh-plan-info.h"
#include "fh-plan-models.h"
#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TCO_MAX_YEARS     10
#define FH_N_COST_CATEGORIES (FH_COST_CATEGORY_SUPPORT + 1)

/* What a TCO is computed with: the plan's settings, and optionally one input
 * replaced (for the sensitivity analysis). */
typedef struct
{
  int    horizon;       /* years, 1 … FH_TCO_MAX_YEARS */
  double discount_rate; /* percent per year */
  gint64 fte_cost;      /* minor units per full-time person and year */
  gint64 override_line; /* a cost line id whose amount is replaced; 0 = none */
  gint64 override_amount;
} FhTcoParams;

/* An option's total cost of ownership over the horizon, in minor units. Cells are
 * rounded to the minor unit one by one, so every sum adds up exactly. */
typedef struct
{
  int    horizon;
  gint64 cells[FH_TCO_MAX_YEARS][FH_N_COST_CATEGORIES]; /* [year - 1][category] */
  gint64 by_year[FH_TCO_MAX_YEARS];
  gint64 by_category[FH_N_COST_CATEGORIES];
  gint64 total;         /* undiscounted TCO */
  gint64 present_value; /* discounted to today; equals total when the rate is 0 */
  guint  n_lines;
} FhTco;

void   fh_tco_params_init (FhTcoParams *params, FhPlanInfo *info);
gint64 fh_tco_line_cost (FhCostLine *line, const FhTcoParams *params, int year);
void fh_tco_compute (FhTco *tco, const FhTcoParams *params, GListModel *cost_lines, gint64 option);
void fh_tco_compute_option (FhTco *tco, const FhPlanModels *models, gint64 option);
gboolean fh_tco_chosen_for_capability (const FhPlanModels *models,
                                       const char         *capability,
                                       gint64             *option,
                                       FhTco              *tco);
gint64   fh_tco_chosen_total (const FhPlanModels *models, const char *capability);

G_END_DECLS
