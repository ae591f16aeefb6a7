/* fh-summary.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include "fh-summary.h"

#include "fh-gap.h"
#include "fh-option.h"
#include "fh-rules.h"
#include "fh-tco.h"

static void
clear_stage (gpointer data)
{
  FhSummaryStage *stage = data;

  g_clear_object (&stage->capability);
}

static void
clear_choice (gpointer data)
{
  FhSummaryChoice *choice = data;

  g_clear_object (&choice->option);
}

/**
 * fh_plan_summary_new:
 * @models: the plan
 * @date: (nullable): the day the current quarter is taken from; %NULL for today
 *
 * Returns: (transfer full): the plan's state, computed by the code the window and
 *   the report use
 */
FhPlanSummary *
fh_plan_summary_new (const FhPlanModels *models, GDateTime *date)
{
  FhPlanSummary *self;
  g_autoptr (GPtrArray) capabilities = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  GListModel *options;
  gint64      latest_id;

  g_return_val_if_fail (models != NULL, NULL);

  self = g_new0 (FhPlanSummary, 1);
  self->current_quarter = fh_maturity_current_quarter (date);
  self->latest = fh_maturity_latest (models);
  if (self->latest != NULL)
    g_object_ref (self->latest);
  latest_id = self->latest != NULL ? fh_assessment_get_id (self->latest) : 0;

  /* Without an assessment nothing is scored: the summary says "0 of N assessed". */
  fh_maturity_summarize (models, latest_id, &self->summary);
  self->not_assessed = fh_maturity_not_assessed (models, latest_id);

  self->stages = g_array_new (FALSE, TRUE, sizeof (FhSummaryStage));
  g_array_set_clear_func (self->stages, clear_stage);
  capabilities = fh_maturity_capabilities (models);
  for (guint i = 0; i < capabilities->len; i++)
    {
      FhCapability  *capability = capabilities->pdata[i];
      FhSummaryStage stage = { g_object_ref (capability),
                               fh_maturity_stage (models, latest_id,
                                                  fh_capability_get_id (capability)) };

      g_array_append_val (self->stages, stage);
    }

  self->open_gaps = fh_gaps_count_open (models->models[FH_COLLECTION_GAPS]);

  findings = fh_rules_check (models);
  for (FhSeverity s = FH_SEVERITY_INFO; s <= FH_SEVERITY_ERROR; s++)
    self->findings[s] = fh_rules_count (findings, s);

  self->choices = g_array_new (FALSE, TRUE, sizeof (FhSummaryChoice));
  g_array_set_clear_func (self->choices, clear_choice);
  options = models->models[FH_COLLECTION_OPTIONS];
  for (guint c = 0; c < capabilities->len; c++)
    {
      const char *id = fh_capability_get_id (capabilities->pdata[c]);

      for (guint i = 0; options != NULL && i < g_list_model_get_n_items (options); i++)
        {
          g_autoptr (FhOption) option = g_list_model_get_item (options, i);
          FhSummaryChoice choice;
          FhTco           tco;

          if (!fh_option_get_chosen (option) ||
              g_strcmp0 (fh_option_get_capability (option), id) != 0)
            continue;

          fh_tco_compute_option (&tco, models, fh_option_get_id (option));
          choice.option = g_steal_pointer (&option);
          choice.total = tco.total;
          g_array_append_val (self->choices, choice);
        }
    }

  self->items_due = self->latest != NULL
                      ? fh_maturity_items_due (models, fh_assessment_get_quarter (self->latest))
                      : g_ptr_array_new_with_free_func (g_object_unref);
  self->scenarios = fh_scenario_compare (models);

  return self;
}

void
fh_plan_summary_free (FhPlanSummary *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->latest);
  g_clear_pointer (&self->not_assessed, g_ptr_array_unref);
  g_clear_pointer (&self->stages, g_array_unref);
  g_clear_pointer (&self->choices, g_array_unref);
  g_clear_pointer (&self->items_due, g_ptr_array_unref);
  g_clear_pointer (&self->scenarios, fh_scenario_comparison_free);
  g_free (self);
}
