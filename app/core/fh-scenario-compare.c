/* fh-scenario-compare.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-scenario-compare.h"

#include "fh-capability.h"
#include "fh-maturity.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-scenarios.h"

/* Scenarios side by side (docs/domain.md, "Scenarios"). Each scenario's figures are
 * computed on the plan as that scenario has it (fh_scenario_plan_new()) by the
 * functions the rest of Foothold uses: the TCO model, the rules, the latest
 * assessment. Nothing here computes a cost or a finding of its own. */

static void
figures_free (gpointer data)
{
  FhScenarioFigures *figures = data;

  g_free (figures->name);
  g_free (figures->reach);
  g_free (figures);
}

/* A staff line counts its FTE in every year from its first on (staff lines always
 * recur yearly: fh-tco.c); other lines have none. */
static void
add_fte (FhScenarioFigures *figures, const FhPlanModels *plan, gint64 option, int horizon)
{
  GListModel *lines = plan->models[FH_COLLECTION_COST_LINES];

  for (guint i = 0, n = lines ? g_list_model_get_n_items (lines) : 0; i < n; i++)
    {
      g_autoptr (FhCostLine) line = g_list_model_get_item (lines, i);
      double fte = fh_cost_line_get_fte (line);

      if (fh_cost_line_get_option (line) != option || fte <= 0)
        continue;
      for (int year = MAX (fh_cost_line_get_first_year (line), 1); year <= horizon; year++)
        figures->fte_by_year[year - 1] += fte;
    }
}

static void
add_costs (FhScenarioFigures *figures, const FhPlanModels *plan, int horizon)
{
  GListModel *options = plan->models[FH_COLLECTION_OPTIONS];

  for (guint i = 0, n = options ? g_list_model_get_n_items (options) : 0; i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);
      FhTco tco;

      if (!fh_option_get_chosen (option))
        continue;
      figures->n_chosen++;
      fh_tco_compute_option (&tco, plan, fh_option_get_id (option));
      for (int year = 0; year < horizon; year++)
        figures->tco_by_year[year] += tco.by_year[year];
      figures->tco_total += tco.total;
      figures->tco_present_value += tco.present_value;
      add_fte (figures, plan, fh_option_get_id (option), horizon);
    }
}

/* The quarter each capability reaches each stage: at once when the latest
 * assessment has it there, else the end of the first item (not dropped) that takes
 * it across that stage. */
static void
add_reach (FhScenarioFigures *figures, const FhPlanModels *plan, GPtrArray *capabilities)
{
  FhAssessment *latest = fh_maturity_latest (plan);
  gint64        latest_id = latest != NULL ? fh_assessment_get_id (latest) : 0;
  GListModel   *items = plan->models[FH_COLLECTION_ROADMAP];

  figures->reach = g_new (int, MAX (capabilities->len, 1) * FH_SCENARIO_N_STAGES);
  for (guint c = 0; c < capabilities->len; c++)
    {
      const char *id = fh_capability_get_id (capabilities->pdata[c]);
      int         assessed = fh_maturity_stage (plan, latest_id, id);

      for (int stage = 0; stage < FH_SCENARIO_N_STAGES; stage++)
        figures->reach[c * FH_SCENARIO_N_STAGES + stage] =
          stage <= assessed || stage == 0 ? FH_REACH_ALREADY : FH_REACH_NEVER;

      for (guint i = 0, n = items ? g_list_model_get_n_items (items) : 0; i < n; i++)
        {
          g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
          int end = fh_maturity_item_end_quarter (item);

          if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_DROPPED ||
              g_strcmp0 (fh_roadmap_item_get_capability (item), id) != 0)
            continue;
          for (int stage = fh_roadmap_item_get_from_stage (item) + 1;
               stage <= fh_roadmap_item_get_target_stage (item) && stage < FH_SCENARIO_N_STAGES;
               stage++)
            {
              int *cell = &figures->reach[c * FH_SCENARIO_N_STAGES + stage];

              if (*cell == FH_REACH_NEVER || (*cell != FH_REACH_ALREADY && end < *cell))
                *cell = end;
            }
        }
    }
}

/* The funding view's last quarter and its payback (fh_value_funding()). */
static void
add_value (FhScenarioFigures *figures, const FhPlanModels *models)
{
  g_autoptr (GArray) funding = fh_value_funding (models);

  for (guint q = 0; q < funding->len; q++)
    {
      FhFundingQuarter *row = &g_array_index (funding, FhFundingQuarter, q);

      if (figures->payback_quarter == 0 && row->cumulative_value.expected > 0 &&
          row->cumulative_value.expected >= row->cumulative_cost)
        figures->payback_quarter = row->quarter;
      figures->value = row->cumulative_value;
    }
  figures->has_value = figures->value.high > 0;
}

static FhScenarioFigures *
figures_new (const FhPlanModels *plan,
             gint64              id,
             const char         *name,
             gboolean            shown,
             int                 horizon,
             GPtrArray          *capabilities)
{
  g_autoptr (FhScenarioPlan) state = fh_scenario_plan_new (plan, id);
  g_autoptr (GPtrArray) findings = NULL;
  FhScenarioFigures *figures = g_new0 (FhScenarioFigures, 1);
  GListModel        *items = state->models.models[FH_COLLECTION_ROADMAP];

  figures->id = id;
  figures->name = g_strdup (name);
  figures->shown = shown;
  add_costs (figures, &state->models, horizon);
  add_reach (figures, &state->models, capabilities);
  add_value (figures, &state->models);
  findings = fh_rules_check (&state->models);
  for (FhSeverity s = FH_SEVERITY_INFO; s <= FH_SEVERITY_ERROR; s++)
    figures->findings[s] = fh_rules_count (findings, s);
  for (guint i = 0, n = items ? g_list_model_get_n_items (items) : 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);

      if (fh_roadmap_item_get_status (item) != FH_ITEM_STATUS_DROPPED)
        figures->n_items++;
    }
  return figures;
}

/**
 * fh_scenario_compare:
 * @plan: the open plan's models
 *
 * Every scenario's figures, in the plan's order. A plan without scenarios has one
 * column: the base plan, as it is.
 *
 * Returns: (transfer full): the comparison
 */
FhScenarioComparison *
fh_scenario_compare (const FhPlanModels *plan)
{
  FhScenarioComparison *self;
  GListModel           *list;
  FhTcoParams           params;
  gint64                shown;

  g_return_val_if_fail (plan != NULL, NULL);

  self = g_new0 (FhScenarioComparison, 1);
  fh_tco_params_init (&params, plan->info);
  self->horizon = CLAMP (params.horizon, 1, FH_TCO_MAX_YEARS);
  self->capabilities = fh_maturity_capabilities (plan);
  self->scenarios = g_ptr_array_new_with_free_func (figures_free);

  list = plan->models[FH_COLLECTION_SCENARIOS];
  shown = fh_scenarios_shown (plan);
  if (list == NULL || g_list_model_get_n_items (list) == 0)
    {
      g_ptr_array_add (
        self->scenarios,
        figures_new (plan, 0, _("Base plan"), TRUE, self->horizon, self->capabilities));
      return self;
    }
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) scenario = g_list_model_get_item (list, i);
      gint64 id = fh_scenario_get_id (scenario);

      g_ptr_array_add (self->scenarios,
                       figures_new (plan, id, fh_scenario_get_name (scenario), id == shown,
                                    self->horizon, self->capabilities));
    }
  return self;
}

void
fh_scenario_comparison_free (FhScenarioComparison *comparison)
{
  if (comparison == NULL)
    return;
  g_clear_pointer (&comparison->capabilities, g_ptr_array_unref);
  g_clear_pointer (&comparison->scenarios, g_ptr_array_unref);
  g_free (comparison);
}

int
fh_scenario_figures_reach (const FhScenarioFigures *figures, guint capability, int stage)
{
  g_return_val_if_fail (figures != NULL, FH_REACH_NEVER);
  g_return_val_if_fail (stage >= 0 && stage < FH_SCENARIO_N_STAGES, FH_REACH_NEVER);

  return figures->reach[capability * FH_SCENARIO_N_STAGES + stage];
}

/* Returns: (transfer full): "2027 Q3", "now" or "—" */
char *
fh_scenario_format_reach (int reach)
{
  if (reach == FH_REACH_ALREADY)
    /* TRANSLATORS: a capability is at this stage already */
    return g_strdup (C_ ("reach", "now"));
  if (reach == FH_REACH_NEVER)
    /* TRANSLATORS: no roadmap item takes the capability to this stage */
    return g_strdup (C_ ("reach", "—"));
  return fh_quarter_format (reach);
}

static void
row_free (gpointer data)
{
  FhScenarioRow *row = data;

  g_free (row->label);
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static FhScenarioRow *
add_row (GPtrArray *rows, char *label, gboolean heading)
{
  FhScenarioRow *row = g_new0 (FhScenarioRow, 1);

  row->label = label;
  row->heading = heading;
  row->cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (rows, row);
  return row;
}

static char *
format_fte (double fte, double base, gboolean with_difference)
{
  double difference = fte - base;

  if (!with_difference || fabs (difference) < 0.05)
    return g_strdup_printf ("%.1f", fte);
  /* TRANSLATORS: people in a scenario, then the difference from the first scenario */
  return g_strdup_printf (_("%.1f (%+.1f)"), fte, difference);
}

/* Whether a reach row says anything: a row where every scenario has the capability
 * there already, or none takes it there, is left out. */
static gboolean
reach_row_matters (const FhScenarioComparison *comparison, guint capability, int stage)
{
  for (guint s = 0; s < comparison->scenarios->len; s++)
    if (fh_scenario_figures_reach (comparison->scenarios->pdata[s], capability, stage) > 0)
      return TRUE;
  return FALSE;
}

/**
 * fh_scenario_table:
 * @currency: the plan's ISO 4217 code
 *
 * The comparison as rows: cost per year, total and present value; people per year
 * with the difference from the first scenario; findings; the quarter each
 * capability reaches each stage (where some scenario takes it there).
 *
 * Returns: (transfer full) (element-type FhScenarioRow): the rows
 */
static gboolean
has_value (GPtrArray *scenarios)
{
  for (guint s = 0; s < scenarios->len; s++)
    if (((FhScenarioFigures *)scenarios->pdata[s])->has_value)
      return TRUE;
  return FALSE;
}

GPtrArray *
fh_scenario_table (const FhScenarioComparison *comparison, const char *currency)
{
  GPtrArray     *rows = g_ptr_array_new_with_free_func (row_free);
  GPtrArray     *list;
  FhScenarioRow *row;

  g_return_val_if_fail (comparison != NULL, rows);
  list = comparison->scenarios;

  add_row (rows, g_strdup (_("Cost of the chosen options")), TRUE);
  for (int year = 1; year <= comparison->horizon; year++)
    {
      row = add_row (rows, g_strdup_printf (_("Year %d"), year), FALSE);
      for (guint s = 0; s < list->len; s++)
        g_ptr_array_add (row->cells,
                         fh_money_format_whole (
                           ((FhScenarioFigures *)list->pdata[s])->tco_by_year[year - 1], currency));
    }
  row = add_row (rows, g_strdup (_("Total")), FALSE);
  for (guint s = 0; s < list->len; s++)
    g_ptr_array_add (row->cells, fh_money_format_whole (
                                   ((FhScenarioFigures *)list->pdata[s])->tco_total, currency));
  row = add_row (rows, g_strdup (_("Present value")), FALSE);
  for (guint s = 0; s < list->len; s++)
    g_ptr_array_add (
      row->cells,
      fh_money_format_whole (((FhScenarioFigures *)list->pdata[s])->tco_present_value, currency));

  add_row (rows, g_strdup (_("People (FTE)")), TRUE);
  for (int year = 1; year <= comparison->horizon; year++)
    {
      double base = ((FhScenarioFigures *)list->pdata[0])->fte_by_year[year - 1];

      row = add_row (rows, g_strdup_printf (_("Year %d"), year), FALSE);
      for (guint s = 0; s < list->len; s++)
        g_ptr_array_add (
          row->cells,
          format_fte (((FhScenarioFigures *)list->pdata[s])->fte_by_year[year - 1], base, s > 0));
    }

  if (has_value (list))
    {
      add_row (rows, g_strdup (_("Value (the funding view’s figures)")), TRUE);
      row = add_row (rows, g_strdup (_("Earned by the end of the horizon")), FALSE);
      for (guint s = 0; s < list->len; s++)
        g_ptr_array_add (row->cells, fh_value_format_range (
                                       &((FhScenarioFigures *)list->pdata[s])->value, currency));
      row = add_row (rows, g_strdup (_("Value covers the roadmap’s cost from")), FALSE);
      for (guint s = 0; s < list->len; s++)
        {
          int quarter = ((FhScenarioFigures *)list->pdata[s])->payback_quarter;

          g_ptr_array_add (row->cells, quarter != 0 ? fh_quarter_format (quarter)
                                                    /* Translators: a payback not reached */
                                                    : g_strdup (_("Not within the horizon")));
        }
    }

  add_row (rows, g_strdup (_("Findings")), TRUE);
  for (int severity = FH_SEVERITY_ERROR; severity >= FH_SEVERITY_INFO; severity--)
    {
      row = add_row (rows, g_strdup (fh_severity_get_label (severity)), FALSE);
      for (guint s = 0; s < list->len; s++)
        g_ptr_array_add (
          row->cells,
          g_strdup_printf ("%u", ((FhScenarioFigures *)list->pdata[s])->findings[severity]));
    }

  add_row (rows, g_strdup (_("Quarter each capability reaches each stage")), TRUE);
  for (guint c = 0; c < comparison->capabilities->len; c++)
    for (int stage = 1; stage < FH_SCENARIO_N_STAGES; stage++)
      {
        if (!reach_row_matters (comparison, c, stage))
          continue;
        /* TRANSLATORS: a capability's name, then a stage it reaches */
        row = add_row (
          rows, g_strdup_printf (_("%s: %s"),
                                    fh_capability_get_name (comparison->capabilities->pdata[c]),
                                    fh_stage_get_label (stage)),
                                 FALSE);
        for (guint s = 0; s < list->len; s++)
          g_ptr_array_add (row->cells, fh_scenario_format_reach (
                                         fh_scenario_figures_reach (list->pdata[s], c, stage)));
      }
  return rows;
}
