/* fh-value.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-value.h"

#include "fh-field.h"
#include "fh-maturity.h"
#include "fh-money.h"
#include "fh-needs.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-roadmap-item.h"
#include "fh-shared-options.h"
#include "fh-tco.h"

/* The value side (docs/domain.md section 8): what a use case is worth comes from its
 * metrics, an option's share of it from the capabilities the use case needs, and the
 * quarter it starts to earn from the roadmap. Every figure is a range. */

/**
 * fh_value_spread:
 *
 * Returns: how far either way the team's confidence lets a value go: high ±10 %,
 *   medium ±25 %, low ±50 %
 */
double
fh_value_spread (FhConfidence confidence)
{
  switch (confidence)
    {
    case FH_CONFIDENCE_HIGH:
      return 0.10;
    case FH_CONFIDENCE_MEDIUM:
      return 0.25;
    case FH_CONFIDENCE_LOW:
    default:
      return 0.50;
    }
}

static gint64
clamp_money (double minor)
{
  if (!(minor > 0))
    return 0;
  if (minor >= (double)FH_MONEY_MAX)
    return FH_MONEY_MAX;
  return llround (minor);
}

/**
 * fh_value_metric:
 * @range: (out): the yearly value of reaching the metric's target
 *
 * (target − baseline) in the metric's good direction × the value per unit. A target
 * that is no improvement (a guardrail) is worth nothing on its own.
 */
void
fh_value_metric (FhMetric *metric, FhValueRange *range)
{
  double gain = fh_metric_get_target (metric) - fh_metric_get_baseline (metric);
  double spread = fh_value_spread (fh_metric_get_value_confidence (metric));
  double value;

  if (fh_metric_get_direction (metric) == FH_DIRECTION_LOWER)
    gain = -gain;
  value = gain * (double)fh_metric_get_value_per_unit (metric);

  range->expected = clamp_money (value);
  range->low = clamp_money (value * (1.0 - spread));
  range->high = clamp_money (value * (1.0 + spread));
}

static void
range_add (FhValueRange *sum, const FhValueRange *add)
{
  sum->low = MIN (sum->low + add->low, FH_MONEY_MAX);
  sum->expected = MIN (sum->expected + add->expected, FH_MONEY_MAX);
  sum->high = MIN (sum->high + add->high, FH_MONEY_MAX);
}

static void
range_scale (FhValueRange *out, const FhValueRange *in, double factor)
{
  out->low = clamp_money ((double)in->low * factor);
  out->expected = clamp_money ((double)in->expected * factor);
  out->high = clamp_money ((double)in->high * factor);
}

/**
 * fh_value_use_case:
 * @range: (out): the yearly value of the use case: the sum of its metrics'
 */
void
fh_value_use_case (const FhPlanModels *models, gint64 use_case, FhValueRange *range)
{
  GListModel *metrics = models->models[FH_COLLECTION_METRICS];
  guint       n = metrics != NULL ? g_list_model_get_n_items (metrics) : 0;

  *range = (FhValueRange){ 0 };
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhMetric) metric = g_list_model_get_item (metrics, i);
      FhValueRange one;

      if (fh_metric_get_use_case (metric) != use_case)
        continue;
      fh_value_metric (metric, &one);
      range_add (range, &one);
    }
}

/**
 * fh_value_first_quarter:
 *
 * Returns: the first quarter of the horizon: the plan's start quarter, else the first
 *   quarter of the roadmap; 0 when there is neither
 */
int
fh_value_first_quarter (const FhPlanModels *models)
{
  GListModel *items = models->models[FH_COLLECTION_ROADMAP];
  guint       n = items != NULL ? g_list_model_get_n_items (items) : 0;
  int         first = models->info != NULL ? fh_plan_info_get_start_quarter (models->info) : 0;

  for (guint i = 0; first == 0 && i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      int start = fh_roadmap_item_get_start_quarter (item);

      if (start > 0 && (first == 0 || start < first))
        first = start;
    }

  return first;
}

/**
 * fh_value_live_quarter:
 *
 * Returns: the quarter a prioritised use case starts to earn in: the later of its
 *   go-live quarter and the quarter its needs are reached; the first quarter of the
 *   horizon for a live one; 0 when it has no date (not prioritised, no go-live quarter
 *   and nothing to wait for) or the roadmap never reaches its needs
 */
int
fh_value_live_quarter (const FhPlanModels *models, FhUseCase *use_case)
{
  int ready;

  if (!fh_needs_is_prioritised (use_case))
    return 0;
  if (fh_use_case_get_status (use_case) == FH_USE_CASE_STATUS_LIVE)
    return fh_value_first_quarter (models);

  ready = fh_needs_blocked_until (models, use_case);
  if (ready == FH_NEEDS_NEVER)
    return 0;

  return MAX (ready, fh_use_case_get_go_live_quarter (use_case));
}

/* The quarters of [first, first + n) in which a use case live from @live earns. */
static int
quarters_live (int live, int first, int n)
{
  if (live == 0)
    return 0;
  return CLAMP (first + n - MAX (live, first), 0, n);
}

/**
 * fh_value_option:
 * @out: (out): the option's value, TCO, ROI and payback over the horizon
 *
 * A prioritised use case's value is shared equally among the capabilities it needs;
 * an option earns the share of its capability, for the quarters of the horizon the use
 * case is live.
 */
void
fh_value_option (const FhPlanModels *models, gint64 option_id, FhOptionValue *out)
{
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];
  guint       n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;
  FhOption   *option = NULL;
  FhTco       tco;
  int         horizon = models->info != NULL ? fh_plan_info_get_horizon_years (models->info) : 3;
  int         first = fh_value_first_quarter (models);
  gint64      by_year[FH_TCO_MAX_YEARS] = { 0 };
  gint64      running_value = 0, running_cost = 0;

  *out = (FhOptionValue){ 0 };
  horizon = CLAMP (horizon, 1, FH_TCO_MAX_YEARS);
  fh_tco_compute_option (&tco, models, option_id);
  out->tco = tco.total;

  for (guint i = 0; models->models[FH_COLLECTION_OPTIONS] != NULL &&
                    i < g_list_model_get_n_items (models->models[FH_COLLECTION_OPTIONS]);
       i++)
    {
      g_autoptr (FhOption) candidate =
        g_list_model_get_item (models->models[FH_COLLECTION_OPTIONS], i);

      if (fh_option_get_id (candidate) == option_id)
        {
          option = g_steal_pointer (&candidate);
          break;
        }
    }
  if (option == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      g_autoptr (GArray) needs = NULL;
      FhValueRange yearly, share;
      gboolean     needed = FALSE;
      guint        n_served = 0;
      int          live;

      if (!fh_needs_is_prioritised (use_case))
        continue;
      needs = fh_needs_for_use_case (models, fh_use_case_get_id (use_case));
      /* A shared option earns the share of every capability it serves. */
      for (guint j = 0; j < needs->len; j++)
        if (fh_shared_option_serves (models, option, g_array_index (needs, FhNeed, j).capability))
          n_served++;
      needed = n_served > 0;
      if (!needed)
        continue;

      out->n_use_cases++;
      live = fh_value_live_quarter (models, use_case);
      fh_value_use_case (models, fh_use_case_get_id (use_case), &yearly);
      range_scale (&share, &yearly, (double)n_served / needs->len);
      for (int y = 0; y < horizon; y++)
        {
          FhValueRange year;

          range_scale (&year, &share, quarters_live (live, first + 4 * y, 4) / 4.0);
          range_add (&out->value, &year);
          by_year[y] += year.expected;
        }
    }
  g_object_unref (option);

  for (int y = 0; y < horizon && out->payback_year == 0; y++)
    {
      running_value += by_year[y];
      running_cost += tco.by_year[y];
      if (running_value > 0 && running_value >= running_cost)
        out->payback_year = y + 1;
    }

  out->has_roi = out->tco > 0;
  if (out->has_roi)
    {
      out->roi_low = (double)(out->value.low - out->tco) / (double)out->tco;
      out->roi = (double)(out->value.expected - out->tco) / (double)out->tco;
      out->roi_high = (double)(out->value.high - out->tco) / (double)out->tco;
    }
}

/**
 * fh_value_funding:
 *
 * Returns: (transfer full) (element-type FhFundingQuarter): one row per quarter of the
 *   horizon (horizon years × 4 from fh_value_first_quarter()); empty when the plan has
 *   no first quarter
 */
GArray *
fh_value_funding (const FhPlanModels *models)
{
  GListModel *items = models->models[FH_COLLECTION_ROADMAP];
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];
  guint       n_items = items != NULL ? g_list_model_get_n_items (items) : 0;
  guint       n_cases = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;
  int         horizon = models->info != NULL ? fh_plan_info_get_horizon_years (models->info) : 3;
  int         first = fh_value_first_quarter (models);
  GArray     *rows = g_array_new (FALSE, TRUE, sizeof (FhFundingQuarter));
  int         n;

  if (first == 0)
    return rows;

  n = CLAMP (horizon, 1, FH_TCO_MAX_YEARS) * 4;
  g_array_set_size (rows, n);
  for (int q = 0; q < n; q++)
    g_array_index (rows, FhFundingQuarter, q).quarter = first + q;

  /* An item's cost is spread over the quarters it runs, to the minor unit. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      gint64 cost = fh_roadmap_item_get_cost (item);
      int    start = fh_roadmap_item_get_start_quarter (item);
      int    duration = MAX (fh_roadmap_item_get_duration (item), 1);

      if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_DROPPED)
        continue;
      for (int k = 0; k < duration; k++)
        {
          int q = start + k - first;

          if (q >= 0 && q < n)
            g_array_index (rows, FhFundingQuarter, q).cost +=
              cost * (k + 1) / duration - cost * k / duration;
        }
    }

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      int          live = fh_value_live_quarter (models, use_case);
      FhValueRange yearly, quarterly;

      if (live == 0)
        continue;
      fh_value_use_case (models, fh_use_case_get_id (use_case), &yearly);
      range_scale (&quarterly, &yearly, 0.25);
      if (live >= first && live < first + n)
        {
          FhFundingQuarter *row = &g_array_index (rows, FhFundingQuarter, live - first);

          range_add (&row->unlocked, &yearly);
          row->n_unlocked++;
        }
      for (int q = MAX (live - first, 0); q < n; q++)
        range_add (&g_array_index (rows, FhFundingQuarter, q).value, &quarterly);
    }

  for (int q = 0; q < n; q++)
    {
      FhFundingQuarter *row = &g_array_index (rows, FhFundingQuarter, q);

      if (q > 0)
        {
          FhFundingQuarter *before = &g_array_index (rows, FhFundingQuarter, q - 1);

          row->cumulative_cost = before->cumulative_cost;
          row->cumulative_value = before->cumulative_value;
        }
      row->cumulative_cost += row->cost;
      range_add (&row->cumulative_value, &row->value);
    }

  return rows;
}

/**
 * fh_value_round:
 *
 * Returns: @minor rounded to two significant digits of whole currency units: a value
 *   estimated from a confidence has no more precision than that
 */
gint64
fh_value_round (gint64 minor, const char *currency)
{
  int    digits = fh_money_currency_digits (currency);
  gint64 unit = 1, step = 1;
  gint64 whole;

  for (int i = 0; i < digits; i++)
    unit *= 10;
  whole = (minor + unit / 2) / unit;
  while (whole / step >= 100)
    step *= 10;

  return (whole + step / 2) / step * step * unit;
}

/**
 * fh_value_format_range:
 *
 * Returns: (transfer full): "120,000 EUR – 180,000 EUR", each end rounded by
 *   fh_value_round(); one amount when both ends round alike
 */
char *
fh_value_format_range (const FhValueRange *range, const char *currency)
{
  g_autofree char *low = fh_money_format_whole (fh_value_round (range->low, currency), currency);
  g_autofree char *high = fh_money_format_whole (fh_value_round (range->high, currency), currency);

  if (g_strcmp0 (low, high) == 0)
    return g_steal_pointer (&low);

  /* Translators: a range of money, lowest first */
  return g_strdup_printf (C_("value range", "%1$s – %2$s"), low, high);
}

static int
percent (double ratio)
{
  return (int)lround (CLAMP (ratio, -1e6, 1e6) * 100.0);
}

/**
 * fh_value_format_roi:
 *
 * Returns: (transfer full): the ROI range as whole percentages, or a sentence when the
 *   option costs nothing
 */
char *
fh_value_format_roi (const FhOptionValue *value)
{
  if (!value->has_roi)
    return g_strdup (_("No cost entered, so no return to compute."));
  if (percent (value->roi_low) == percent (value->roi_high))
    /* Translators: return on investment over the horizon, e.g. "ROI 40 %" */
    return g_strdup_printf (_("ROI %d %%"), percent (value->roi));

  /* Translators: return on investment over the horizon, lowest first */
  return g_strdup_printf (_("ROI %d %% to %d %%"), percent (value->roi_low),
                             percent (value->roi_high));
}

/**
 * fh_value_format_payback:
 *
 * Returns: (transfer full): when the option pays back, for a Payback column
 */
char *
fh_value_format_payback (const FhOptionValue *value)
{
  if (value->payback_year == 0)
    /* Translators: payback, in a table column of that name */
    return g_strdup (_("Not within the horizon"));

  /* Translators: payback, in a table column of that name: the year it pays back in */
  return g_strdup_printf (_("Year %d"), value->payback_year);
}
