/* fh-decision.c
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

#include "fh-decision.h"
#include "fh-shared-options.h"

#include "fh-cost-line.h"
#include "fh-field.h"
#include "fh-option-score.h"

/* Totals closer than this are a tie; a tie goes to the cheaper option, then to the
 * one listed first, so that the recommendation never depends on rounding noise. */
#define TIE_EPSILON 1e-9

static int
compare_criteria (gconstpointer a, gconstpointer b)
{
  FhCriterion *ca = *(FhCriterion **)a;
  FhCriterion *cb = *(FhCriterion **)b;

  return fh_criterion_get_position (ca) - fh_criterion_get_position (cb);
}

/**
 * fh_decision_tco_score:
 * @cost: an option's cost (present value over the horizon, the table's last cost row)
 * @cheapest: the lowest cost among the options that have cost lines
 *
 * The derived TCO criterion, on the scale of the others: the cheapest option scores 5,
 * every other one 5 × cheapest / cost but at least 1, so an option twice as dear
 * scores 2.5 and one five times as dear or more scores 1.
 */
double
fh_decision_tco_score (gint64 cost, gint64 cheapest)
{
  if (cost <= 0)
    return 5.0;

  return MAX (1.0, 5.0 * (double)MIN (MAX (cheapest, 0), cost) / (double)cost);
}

static void
fill_scores (FhDecision *self, const FhPlanModels *models)
{
  GListModel *scores = models->models[FH_COLLECTION_OPTION_SCORES];
  guint       n_items = g_list_model_get_n_items (scores);
  gint64      cheapest = -1;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (FhOptionScore) score = g_list_model_get_item (scores, i);
      int o = fh_decision_find_option (self, fh_option_score_get_option (score));

      if (o < 0)
        continue;
      for (guint c = 0; c < self->n_criteria; c++)
        if (!fh_criterion_get_derived (self->criteria[c]) &&
            g_strcmp0 (fh_criterion_get_id (self->criteria[c]),
                       fh_option_score_get_criterion (score)) == 0)
          self->scores[o * self->n_criteria + c] = fh_option_score_get_score (score);
    }

  /* Options without any cost line are left out of the TCO score: an empty option
   * is not the cheapest, it is unfinished. */
  for (guint o = 0; o < self->n_options; o++)
    if (self->tcos[o].n_lines > 0 && (cheapest < 0 || self->tcos[o].present_value < cheapest))
      cheapest = self->tcos[o].present_value;

  for (guint o = 0; o < self->n_options; o++)
    for (guint c = 0; c < self->n_criteria; c++)
      if (fh_criterion_get_derived (self->criteria[c]))
        self->scores[o * self->n_criteria + c] =
          self->tcos[o].n_lines > 0 ? fh_decision_tco_score (self->tcos[o].present_value, cheapest)
                                    : 0;
}

static void
fill_totals (FhDecision *self)
{
  self->recommended = -1;

  for (guint o = 0; o < self->n_options; o++)
    {
      double total = 0;

      for (guint c = 0; c < self->n_criteria; c++)
        total += self->weights[c] * self->scores[o * self->n_criteria + c];
      self->totals[o] = total;

      if (total <= 0)
        continue;
      if (self->recommended < 0 || total > self->totals[self->recommended] + TIE_EPSILON ||
          (fabs (total - self->totals[self->recommended]) <= TIE_EPSILON &&
           self->tcos[o].present_value < self->tcos[self->recommended].present_value))
        self->recommended = o;
    }
}

/**
 * fh_decision_new:
 * @capability: a capability id
 * @params: (nullable): how to compute costs; %NULL for the plan's settings
 *
 * Builds the decision matrix of @capability: TCO per option, scores (the derived TCO
 * criterion from the present values), normalised weights, weighted totals and the
 * recommendation.
 */
FhDecision *
fh_decision_new (const FhPlanModels *models, const char *capability, const FhTcoParams *params)
{
  FhDecision *self;
  FhTcoParams plan_params;
  g_autoptr (GPtrArray) options = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  double      weight_sum = 0;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (capability != NULL, NULL);

  if (params == NULL)
    {
      fh_tco_params_init (&plan_params, models->info);
      params = &plan_params;
    }

  model = models->models[FH_COLLECTION_OPTIONS];
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      FhOption *option = g_list_model_get_item (model, i);

      if (g_strcmp0 (fh_option_get_capability (option), capability) == 0)
        g_ptr_array_add (options, option);
      else
        g_object_unref (option);
    }

  model = models->models[FH_COLLECTION_CRITERIA];
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (criteria, g_list_model_get_item (model, i));
  g_ptr_array_sort (criteria, compare_criteria);

  self = g_new0 (FhDecision, 1);
  self->n_options = options->len;
  self->n_criteria = criteria->len;
  self->options = (FhOption **)g_ptr_array_free (g_steal_pointer (&options), FALSE);
  self->criteria = (FhCriterion **)g_ptr_array_free (g_steal_pointer (&criteria), FALSE);
  self->weights = g_new0 (double, MAX (self->n_criteria, 1));
  self->tcos = g_new0 (FhTco, MAX (self->n_options, 1));
  self->scores = g_new0 (double, MAX (self->n_options * self->n_criteria, 1));
  self->totals = g_new0 (double, MAX (self->n_options, 1));
  self->chosen = -1;

  for (guint c = 0; c < self->n_criteria; c++)
    weight_sum += fh_criterion_get_weight (self->criteria[c]);
  for (guint c = 0; c < self->n_criteria; c++)
    self->weights[c] =
      weight_sum > 0 ? fh_criterion_get_weight (self->criteria[c]) / weight_sum : 0;

  for (guint o = 0; o < self->n_options; o++)
    {
      fh_tco_compute (&self->tcos[o], params, models->models[FH_COLLECTION_COST_LINES],
                      fh_option_get_id (self->options[o]));
      /* A shared option weighs with its share of the cost (fh-shared-options.c). */
      fh_shared_option_split_tco (
        &self->tcos[o], fh_shared_option_n_served (models, fh_option_get_id (self->options[o])));
      if (fh_option_get_chosen (self->options[o]))
        self->chosen = o;
    }

  fill_scores (self, models);
  fill_totals (self);

  return self;
}

void
fh_decision_free (FhDecision *self)
{
  if (self == NULL)
    return;

  for (guint o = 0; o < self->n_options; o++)
    g_object_unref (self->options[o]);
  for (guint c = 0; c < self->n_criteria; c++)
    g_object_unref (self->criteria[c]);
  g_free (self->options);
  g_free (self->criteria);
  g_free (self->weights);
  g_free (self->tcos);
  g_free (self->scores);
  g_free (self->totals);
  g_free (self);
}

/**
 * fh_decision_find_option:
 *
 * Returns: the index of the option with id @option, or -1.
 */
int
fh_decision_find_option (FhDecision *self, gint64 option)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint o = 0; o < self->n_options; o++)
    if (fh_option_get_id (self->options[o]) == option)
      return o;

  return -1;
}

double
fh_decision_get_score (FhDecision *self, guint option, guint criterion)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (option < self->n_options && criterion < self->n_criteria, 0);

  return self->scores[option * self->n_criteria + criterion];
}

/**
 * fh_decision_check_weights:
 * @criteria: the plan's criteria
 * @criterion: (nullable): the id of the criterion whose weight would change; %NULL to
 *   check the weights as they are
 * @weight: its new weight
 *
 * The one check of the decision weights: the Options page runs it before a weight
 * changes, the JSON import on the criteria it reads.
 *
 * Returns: whether the weights, with that change, still sum to more than 0 (they
 *   are normalised when used, so any positive sum is fine).
 */
gboolean
fh_decision_check_weights (GListModel *criteria,
                           const char *criterion,
                           double      weight,
                           GError    **error)
{
  double sum = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (criteria), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr (FhCriterion) item = g_list_model_get_item (criteria, i);

      sum += criterion != NULL && g_strcmp0 (fh_criterion_get_id (item), criterion) == 0
               ? weight
               : fh_criterion_get_weight (item);
    }

  if (sum > 0)
    return TRUE;

  g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("The weights add up to 0: at least one criterion must count."));
  return FALSE;
}

/* The recommended option's id when the input takes @value; 0 for none. */
static gint64
winner_at (const FhPlanModels *models,
           const char         *capability,
           FhSensitivityInput  input,
           gint64              line,
           gint64              value)
{
  g_autoptr (FhDecision) decision = NULL;
  FhTcoParams params;

  fh_tco_params_init (&params, models->info);
  switch (input)
    {
    case FH_SENSITIVITY_INPUT_FTE_COST:
      params.fte_cost = value;
      break;
    case FH_SENSITIVITY_INPUT_LINE_AMOUNT:
      params.override_line = line;
      params.override_amount = value;
      break;
    case FH_SENSITIVITY_INPUT_HORIZON:
      params.horizon = (int)value;
      break;
    default:
      g_assert_not_reached ();
    }

  decision = fh_decision_new (models, capability, &params);

  return decision->recommended >= 0 ? fh_option_get_id (decision->options[decision->recommended])
                                    : 0;
}

/* The last value from @from towards @to (exclusive of any flip) whose winner is
 * still @winner: samples a geometric grid, then bisects to the exact unit. */
static gint64
search_edge (const FhPlanModels *models,
             const char         *capability,
             FhSensitivityInput  input,
             gint64              line,
             gint64              winner,
             gint64              from,
             gint64              to,
             gboolean           *flipped,
             gint64             *other)
{
  const int steps = 64;
  gint64    same = from;
  gint64    differ = to;
  gint64    span = to > from ? to - from : from - to;
  int       direction = to > from ? 1 : -1;

  *flipped = FALSE;
  if (span == 0)
    return from;

  /* Offsets grow geometrically, so small and large changes both get samples. */
  for (int i = 1; i <= steps; i++)
    {
      double fraction = pow ((double)span + 1.0, (double)i / steps) - 1.0;
      gint64 offset = MIN (span, MAX ((gint64)llround (fraction), 1));
      gint64 value = from + direction * offset;
      gint64 w = winner_at (models, capability, input, line, value);

      if (w != winner)
        {
          *flipped = TRUE;
          differ = value;
          break;
        }
      same = value;
      if (offset == span)
        break;
    }

  if (!*flipped)
    return to;

  while ((differ - same) * direction > 1)
    {
      gint64 middle = same + (differ - same) / 2;

      if (winner_at (models, capability, input, line, middle) == winner)
        same = middle;
      else
        differ = middle;
    }

  *other = winner_at (models, capability, input, line, differ);
  return same;
}

/**
 * fh_decision_sensitivity:
 * @capability: a capability id
 * @input: which input to move
 * @line: the cost line, for %FH_SENSITIVITY_INPUT_LINE_AMOUNT
 * @result: (out): where the recommendation holds and where it flips
 *
 * Moves one input over its whole allowed range (money 0 … 10^12, horizon 1 … 10)
 * while everything else stays as the plan has it, and finds the nearest value on
 * each side of today's where another option becomes the recommendation (the
 * break-even), and the tolerance around it that per-year rounding accounts for.
 * Returns %FALSE when there is nothing to recommend today.
 */
gboolean
fh_decision_sensitivity (const FhPlanModels *models,
                         const char         *capability,
                         FhSensitivityInput  input,
                         gint64              line,
                         FhBreakEven        *result)
{
  gint64 min_value = 0;
  gint64 max_value = FH_MONEY_MAX;

  g_return_val_if_fail (models != NULL, FALSE);
  g_return_val_if_fail (capability != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);

  switch (input)
    {
    case FH_SENSITIVITY_INPUT_FTE_COST:
      result->current = fh_plan_info_get_fte_cost (models->info);
      break;
    case FH_SENSITIVITY_INPUT_HORIZON:
      result->current = fh_plan_info_get_horizon_years (models->info);
      min_value = 1;
      max_value = FH_TCO_MAX_YEARS;
      break;
    case FH_SENSITIVITY_INPUT_LINE_AMOUNT:
      {
        GListModel *lines = models->models[FH_COLLECTION_COST_LINES];
        gboolean    found = FALSE;

        for (guint i = 0; i < g_list_model_get_n_items (lines) && !found; i++)
          {
            g_autoptr (FhCostLine) item = g_list_model_get_item (lines, i);

            if (fh_cost_line_get_id (item) == line)
              {
                result->current = fh_cost_line_get_amount (item);
                found = TRUE;
              }
          }
        g_return_val_if_fail (found, FALSE);
      }
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  result->winner = winner_at (models, capability, input, line, result->current);
  if (result->winner == 0)
    return FALSE;

  result->low = search_edge (models, capability, input, line, result->winner, result->current,
                             min_value, &result->flips_below, &result->below_winner);
  result->high = search_edge (models, capability, input, line, result->winner, result->current,
                              max_value, &result->flips_above, &result->above_winner);

  /* Each option's TCO is a sum of line-years rounded one by one: near a tie the
   * winner can change back and forth within that many minor units. */
  if (input != FH_SENSITIVITY_INPUT_HORIZON)
    {
      g_autoptr (FhDecision) decision = fh_decision_new (models, capability, NULL);

      for (guint o = 0; o < decision->n_options; o++)
        result->tolerance += (gint64)decision->tcos[o].n_lines * decision->tcos[o].horizon;
    }

  return TRUE;
}
