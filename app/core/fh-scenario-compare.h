/* fh-scenario-compare.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-plan-models.h"
#include "fh-tco.h"
#include "fh-types.h"
#include "fh-value.h"

G_BEGIN_DECLS

#define FH_SCENARIO_N_STAGES 5 /* FhStage values, 0 … 4 */

/* When a capability reaches a stage under a scenario. */
#define FH_REACH_ALREADY 0  /* the latest assessment has it there already */
#define FH_REACH_NEVER   -1 /* no item of the scenario takes it there */

/* One scenario's figures: what the comparison view, the report's scenarios section
 * and `foothold --summary` show. */
typedef struct
{
  gint64   id; /* 0 for a plan without scenarios */
  char    *name;
  gboolean shown;
  gint64   tco_by_year[FH_TCO_MAX_YEARS]; /* chosen options, minor units */
  gint64   tco_total;
  gint64   tco_present_value;
  double   fte_by_year[FH_TCO_MAX_YEARS]; /* staff of the chosen options */
  int     *reach; /* [capability × FH_SCENARIO_N_STAGES + stage]: a quarter or FH_REACH_* */
  guint    findings[FH_SEVERITY_ERROR + 1];
  guint    n_chosen; /* capabilities with a chosen option */
  guint    n_items;  /* roadmap items not dropped */
  /* The value side, as the Options page's funding view computes it on the plan as this
   * scenario has it: what the live use cases earn by the end of the horizon, and the
   * first quarter whose running value (expected) covers the roadmap's running cost. */
  gboolean     has_value;
  FhValueRange value;
  int          payback_quarter; /* 0: not within the horizon */
} FhScenarioFigures;

typedef struct
{
  int        horizon;      /* years of the TCO and FTE rows */
  GPtrArray *capabilities; /* FhCapability*, display order, owned */
  GPtrArray *scenarios;    /* FhScenarioFigures*, in the plan's order, owned */
} FhScenarioComparison;

/* One row of the comparison table, as the window, the PDF and the Markdown show it. */
typedef struct
{
  char      *label;   /* plan text may be in it: shown as text */
  gboolean   heading; /* a group's title; @cells is empty */
  GPtrArray *cells;   /* char*, one per scenario */
} FhScenarioRow;

FhScenarioComparison *fh_scenario_compare (const FhPlanModels *plan);
void                  fh_scenario_comparison_free (FhScenarioComparison *comparison);
int   fh_scenario_figures_reach (const FhScenarioFigures *figures, guint capability, int stage);
char *fh_scenario_format_reach (int reach);
GPtrArray *fh_scenario_table (const FhScenarioComparison *comparison, const char *currency);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhScenarioComparison, fh_scenario_comparison_free)

G_END_DECLS
