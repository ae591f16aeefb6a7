/* fh-value.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-metric.h"
#include "fh-plan-models.h"
#include "fh-use-case.h"

G_BEGIN_DECLS

/* An amount of money the team expects, with the range its confidence gives: minor
 * units, low ≤ expected ≤ high. */
typedef struct
{
  gint64 low;
  gint64 expected;
  gint64 high;
} FhValueRange;

/* What one option is worth over the plan's horizon against what it costs. */
typedef struct
{
  FhValueRange value;       /* its share of the use cases it serves, over the horizon */
  gint64       tco;         /* fh_tco_compute_option(): undiscounted, the table's figure */
  guint        n_use_cases; /* prioritised use cases that need its capability */
  gboolean     has_roi;     /* FALSE when it costs nothing: no ratio to show */
  double       roi_low;     /* (value − TCO) / TCO, from value.low, .expected, .high */
  double       roi;
  double       roi_high;
  int          payback_year; /* 1 … horizon: the first year whose running value covers
                              * the running cost; 0: not within the horizon */
} FhOptionValue;

/* One quarter of the funding view. */
typedef struct
{
  int          quarter;
  gint64       cost;     /* roadmap item costs, spread over the quarters they run */
  FhValueRange value;    /* what the live use cases earn in this quarter */
  FhValueRange unlocked; /* yearly value of the use cases that go live this quarter */
  guint        n_unlocked;
  gint64       cumulative_cost;
  FhValueRange cumulative_value;
} FhFundingQuarter;

double  fh_value_spread (FhConfidence confidence);
void    fh_value_metric (FhMetric *metric, FhValueRange *range);
void    fh_value_use_case (const FhPlanModels *models, gint64 use_case, FhValueRange *range);
int     fh_value_live_quarter (const FhPlanModels *models, FhUseCase *use_case);
int     fh_value_first_quarter (const FhPlanModels *models);
void    fh_value_option (const FhPlanModels *models, gint64 option, FhOptionValue *out);
GArray *fh_value_funding (const FhPlanModels *models);
gint64  fh_value_round (gint64 minor, const char *currency);
char   *fh_value_format_range (const FhValueRange *range, const char *currency);
char   *fh_value_format_roi (const FhOptionValue *value);
char   *fh_value_format_payback (const FhOptionValue *value);

G_END_DECLS
