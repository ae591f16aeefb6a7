/* fh-tco.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fh-tco.h"

#include "fh-option.h"

/* How the numbers are made (docs/domain.md section 4, docs/plan-format.md):
 *
 * - A line's yearly base is its amount (yearly), 12 × its amount (monthly), or, for a
 *   staff line (fte > 0), fte × its loaded cost, or × the plan's FTE cost when the
 *   loaded cost is 0; FTE lines always recur yearly.
 * - A staff effort (person-months > 0) costs person-months / 12 × that loaded cost
 *   once, in its first year, like a one-off line.
 * - A recurring line costs base × (1 + growth/100)^(y − first year) in every year y
 *   of the horizon from its first year on, for its years (0: to the horizon's end).
 * - A one-off line costs its amount once, in its first year; a one-off exit reserve is
 *   booked in the last year of the horizon, when leaving would happen. A line whose
 *   first year lies beyond the horizon costs nothing.
 * - Each (line, year) cost is rounded to the nearest minor unit, halves away from
 *   zero; totals are sums of those integers, so the breakdown adds up exactly.
 * - Present value = Σ over years of (that year's rounded total) / (1 + r)^y, each
 *   year's term rounded the same way; year 1 is discounted once (costs fall due at
 *   the end of each year).
 * - Values saturate at FH_TCO_CAP rather than overflow (growth of 1000 % a year
 *   over ten years can exceed any int64). */

#define FH_TCO_CAP G_GINT64_CONSTANT (1000000000000000000) /* 10^18 */

static gint64
add_capped (gint64 a, gint64 b)
{
  return a > FH_TCO_CAP - b ? FH_TCO_CAP : a + b;
}

static gint64
round_capped (double value)
{
  if (!(value < (double)FH_TCO_CAP))
    return FH_TCO_CAP;
  if (value <= 0)
    return 0;

  return (gint64)llround (value);
}

/**
 * fh_tco_params_init:
 * @info: (nullable): the plan's settings; %NULL gives the format's defaults
 */
void
fh_tco_params_init (FhTcoParams *params, FhPlanInfo *info)
{
  g_return_if_fail (params != NULL);

  memset (params, 0, sizeof *params);
  params->horizon = info != NULL ? fh_plan_info_get_horizon_years (info) : 3;
  params->discount_rate = info != NULL ? fh_plan_info_get_discount_rate (info) : 0;
  params->fte_cost = info != NULL ? fh_plan_info_get_fte_cost (info) : 9000000;
}

/**
 * fh_tco_line_cost:
 * @year: 1 … horizon
 *
 * Returns: what @line costs in @year, in minor units, rounded (see the top of this file).
 */
gint64
fh_tco_line_cost (FhCostLine *line, const FhTcoParams *params, int year)
{
  int          first = fh_cost_line_get_first_year (line);
  gint64       amount = fh_cost_line_get_amount (line);
  double       fte = fh_cost_line_get_fte (line);
  FhRecurrence recurrence = fh_cost_line_get_recurrence (line);
  double       base;

  g_return_val_if_fail (FH_IS_COST_LINE (line), 0);
  g_return_val_if_fail (params != NULL, 0);

  if (year < 1 || year > params->horizon || first > params->horizon)
    return 0;

  if (params->override_line != 0 && fh_cost_line_get_id (line) == params->override_line)
    amount = params->override_amount;

  if (fh_cost_line_get_person_months (line) > 0)
    {
      gint64 loaded = fh_cost_line_get_loaded_cost (line);

      base = fh_cost_line_get_person_months (line) / 12.0 *
             (double)(loaded > 0 ? loaded : params->fte_cost);
      recurrence = FH_RECURRENCE_ONE_OFF;
    }
  else if (fte > 0)
    {
      gint64 loaded = fh_cost_line_get_loaded_cost (line);

      base = fte * (double)(loaded > 0 ? loaded : params->fte_cost);
      recurrence = FH_RECURRENCE_YEARLY;
    }
  else if (recurrence == FH_RECURRENCE_MONTHLY)
    base = 12.0 * (double)amount;
  else
    base = (double)amount;

  if (recurrence == FH_RECURRENCE_ONE_OFF)
    {
      int due =
        fh_cost_line_get_category (line) == FH_COST_CATEGORY_EXIT_RESERVE ? params->horizon : first;

      return year == due ? round_capped (base) : 0;
    }

  if (year < first)
    return 0;
  if (fh_cost_line_get_years (line) > 0 && year >= first + fh_cost_line_get_years (line))
    return 0;

  return round_capped (base * pow (1.0 + fh_cost_line_get_growth (line) / 100.0, year - first));
}

/**
 * fh_tco_compute:
 * @cost_lines: a model of #FhCostLine (all of a plan's lines; only @option's count)
 *
 * Fills @tco with @option's costs per year and category, its total and its present value.
 */
void
fh_tco_compute (FhTco *tco, const FhTcoParams *params, GListModel *cost_lines, gint64 option)
{
  guint  n_items;
  double discount = 0;

  g_return_if_fail (tco != NULL);
  g_return_if_fail (params != NULL);
  g_return_if_fail (params->horizon >= 1 && params->horizon <= FH_TCO_MAX_YEARS);
  g_return_if_fail (G_IS_LIST_MODEL (cost_lines));

  memset (tco, 0, sizeof *tco);
  tco->horizon = params->horizon;

  n_items = g_list_model_get_n_items (cost_lines);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (FhCostLine) line = g_list_model_get_item (cost_lines, i);
      FhCostCategory category;

      if (fh_cost_line_get_option (line) != option)
        continue;

      tco->n_lines++;
      category = fh_cost_line_get_category (line);
      for (int year = 1; year <= params->horizon; year++)
        {
          gint64 cost = fh_tco_line_cost (line, params, year);

          tco->cells[year - 1][category] = add_capped (tco->cells[year - 1][category], cost);
          tco->by_year[year - 1] = add_capped (tco->by_year[year - 1], cost);
          tco->by_category[category] = add_capped (tco->by_category[category], cost);
          tco->total = add_capped (tco->total, cost);
        }
    }

  discount = 1.0 + params->discount_rate / 100.0;
  for (int year = 1; year <= params->horizon; year++)
    tco->present_value = add_capped (
      tco->present_value, round_capped ((double)tco->by_year[year - 1] / pow (discount, year)));
}

/**
 * fh_tco_compute_option:
 *
 * fh_tco_compute() with the plan's own settings.
 */
void
fh_tco_compute_option (FhTco *tco, const FhPlanModels *models, gint64 option)
{
  FhTcoParams params;

  g_return_if_fail (models != NULL);

  fh_tco_params_init (&params, models->info);
  fh_tco_compute (tco, &params, models->models[FH_COLLECTION_COST_LINES], option);
}

/**
 * fh_tco_chosen_for_capability:
 * @capability: a capability id
 * @option: (out) (optional): the chosen option's id
 * @tco: (out) (optional): its TCO under the plan's settings
 *
 * Returns: whether @capability has a chosen option.
 */
gboolean
fh_tco_chosen_for_capability (const FhPlanModels *models,
                              const char         *capability,
                              gint64             *option,
                              FhTco              *tco)
{
  GListModel *options;
  guint       n_items;

  g_return_val_if_fail (models != NULL, FALSE);
  g_return_val_if_fail (capability != NULL, FALSE);

  options = models->models[FH_COLLECTION_OPTIONS];
  n_items = g_list_model_get_n_items (options);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (FhOption) item = g_list_model_get_item (options, i);

      if (!fh_option_get_chosen (item) ||
          g_strcmp0 (fh_option_get_capability (item), capability) != 0)
        continue;

      if (option != NULL)
        *option = fh_option_get_id (item);
      if (tco != NULL)
        fh_tco_compute_option (tco, models, fh_option_get_id (item));
      return TRUE;
    }

  return FALSE;
}

/**
 * fh_tco_chosen_total:
 * @capability: a capability id
 *
 * The figure the roadmap shows for a capability.
 *
 * Returns: the undiscounted TCO over the plan's horizon of @capability's chosen
 *   option, in minor units, or -1 when no option is chosen.
 */
gint64
fh_tco_chosen_total (const FhPlanModels *models, const char *capability)
{
  FhTco tco;

  if (!fh_tco_chosen_for_capability (models, capability, NULL, &tco))
    return -1;

  return tco.total;
}
