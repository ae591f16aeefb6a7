/* fh-summary-json.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "fh-summary-json.h"

#include "fh-store-private.h"

#include "fh-capability.h"
#include "fh-enums.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"

/* `foothold --summary` writes what core computed; nothing here decides a figure. Keys
 * and enum words stay in English for scripts; the *_text members are the sentences the
 * window and the report show, in the user's language. */

static const char *
enum_nick (GType type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  /* The nicks are static strings: they outlive the class reference. */
  return found != NULL ? found->value_nick : "";
}

void
fh_json_add_string (JsonBuilder *builder, const char *key, const char *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

void
fh_json_add_take_string (JsonBuilder *builder, const char *key, char *value)
{
  fh_json_add_string (builder, key, value);
  g_free (value);
}

void
fh_json_add_int (JsonBuilder *builder, const char *key, gint64 value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

/* A stage, or null when not assessed. */
void
fh_json_add_stage (JsonBuilder *builder, const char *key, int stage)
{
  json_builder_set_member_name (builder, key);
  if (stage < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, stage);
}

void
fh_json_add_quarter (JsonBuilder *builder, const char *key, int quarter)
{
  json_builder_set_member_name (builder, key);
  if (quarter == 0)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = fh_quarter_format (quarter);

      json_builder_add_string_value (builder, text);
    }
}

static void
add_capability (JsonBuilder *builder, FhCapability *capability)
{
  fh_json_add_string (builder, "id", fh_capability_get_id (capability));
  fh_json_add_string (builder, "name", fh_capability_get_name (capability));
  json_builder_set_member_name (builder, "core");
  json_builder_add_boolean_value (builder, fh_capability_get_core (capability));
}

static void
add_maturity (JsonBuilder *builder, const FhPlanSummary *summary)
{
  const FhMaturitySummary *maturity = &summary->summary;

  fh_json_add_quarter (builder, "latest_assessment",
                       summary->latest != NULL ? fh_assessment_get_quarter (summary->latest) : 0);
  fh_json_add_stage (builder, "overall_stage", maturity->overall);
  fh_json_add_take_string (builder, "overall_stage_text",
                           fh_maturity_format_stage (maturity->overall));
  json_builder_set_member_name (builder, "mean");
  if (maturity->mean < 0)
    json_builder_add_null_value (builder);
  else
    /* Unrounded: the window and the report show it to one decimal (summary_text). */
    json_builder_add_double_value (builder, maturity->mean);
  fh_json_add_int (builder, "assessed", maturity->n_scored);
  fh_json_add_int (builder, "capabilities", maturity->n_capabilities);
  fh_json_add_int (builder, "core_assessed", maturity->n_core_scored);
  fh_json_add_int (builder, "core_capabilities", maturity->n_core);
  fh_json_add_take_string (builder, "assessed_text", fh_maturity_assessed_text (maturity));
  fh_json_add_take_string (builder, "summary_text", fh_maturity_summary_text (maturity));

  json_builder_set_member_name (builder, "not_assessed");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->not_assessed->len; i++)
    {
      json_builder_begin_object (builder);
      add_capability (builder, summary->not_assessed->pdata[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->stages->len; i++)
    {
      const FhSummaryStage *stage = &g_array_index (summary->stages, FhSummaryStage, i);

      json_builder_begin_object (builder);
      add_capability (builder, stage->capability);
      fh_json_add_stage (builder, "stage", stage->stage);
      fh_json_add_take_string (builder, "stage_text", fh_maturity_format_stage (stage->stage));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_years (JsonBuilder *builder, const char *key, const gint64 *money, const double *fte, int n)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (int y = 0; y < n; y++)
    if (money != NULL)
      json_builder_add_int_value (builder, money[y]);
    else
      json_builder_add_double_value (builder, fte[y]);
  json_builder_end_array (builder);
}

/* Each scenario's figures, as the Scenarios section and the report show them. */
static void
add_scenarios (JsonBuilder *builder, const FhScenarioComparison *comparison, const char *currency)
{
  json_builder_set_member_name (builder, "scenarios");
  json_builder_begin_array (builder);
  for (guint s = 0; s < comparison->scenarios->len; s++)
    {
      const FhScenarioFigures *figures = comparison->scenarios->pdata[s];

      json_builder_begin_object (builder);
      fh_json_add_int (builder, "id", figures->id);
      fh_json_add_string (builder, "name", figures->name);
      json_builder_set_member_name (builder, "shown");
      json_builder_add_boolean_value (builder, figures->shown);
      add_years (builder, "tco_by_year", figures->tco_by_year, NULL, comparison->horizon);
      fh_json_add_int (builder, "tco", figures->tco_total);
      fh_json_add_take_string (builder, "tco_text",
                               fh_money_format_whole (figures->tco_total, currency));
      fh_json_add_int (builder, "tco_present_value", figures->tco_present_value);
      add_years (builder, "fte_by_year", NULL, figures->fte_by_year, comparison->horizon);
      json_builder_set_member_name (builder, "findings");
      json_builder_begin_object (builder);
      for (FhSeverity v = FH_SEVERITY_INFO; v <= FH_SEVERITY_ERROR; v++)
        fh_json_add_int (builder, enum_nick (FH_TYPE_SEVERITY, v), figures->findings[v]);
      json_builder_end_object (builder);
      /* Only the stages a scenario's items take a capability to; "now" and "never"
       * are the same in every scenario and in the stages above. */
      json_builder_set_member_name (builder, "reaches");
      json_builder_begin_array (builder);
      for (guint c = 0; c < comparison->capabilities->len; c++)
        for (int stage = 1; stage < FH_SCENARIO_N_STAGES; stage++)
          {
            int reach = fh_scenario_figures_reach (figures, c, stage);

            if (reach <= 0)
              continue;
            json_builder_begin_object (builder);
            fh_json_add_string (builder, "capability",
                                fh_capability_get_id (comparison->capabilities->pdata[c]));
            fh_json_add_int (builder, "stage", stage);
            fh_json_add_quarter (builder, "quarter", reach);
            json_builder_end_object (builder);
          }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * fh_summary_to_json:
 * @summary: what core computed
 * @models: the plan it was computed from (for its name and currency)
 *
 * Returns: (transfer full): the summary as a JSON object, ending in a newline
 */
GBytes *
fh_summary_to_json (const FhPlanSummary *summary, const FhPlanModels *models)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  const char *currency = models->info != NULL ? fh_plan_info_get_currency (models->info) : "";

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (models != NULL, NULL);

  json_builder_begin_object (builder);
  fh_json_add_string (builder, "format", FH_SUMMARY_FORMAT);
  fh_json_add_int (builder, "version", FH_SUMMARY_VERSION);
  fh_json_add_string (builder, "plan",
                      models->info != NULL ? fh_plan_info_get_name (models->info) : "");
  fh_json_add_string (builder, "currency", currency);
  fh_json_add_quarter (builder, "current_quarter", summary->current_quarter);
  add_maturity (builder, summary);

  fh_json_add_int (builder, "open_gaps", summary->open_gaps);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_object (builder);
  for (FhSeverity s = FH_SEVERITY_INFO; s <= FH_SEVERITY_ERROR; s++)
    fh_json_add_int (builder, enum_nick (FH_TYPE_SEVERITY, s), summary->findings[s]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "chosen_options");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->choices->len; i++)
    {
      const FhSummaryChoice *choice = &g_array_index (summary->choices, FhSummaryChoice, i);

      json_builder_begin_object (builder);
      fh_json_add_string (builder, "capability", fh_option_get_capability (choice->option));
      fh_json_add_int (builder, "option", fh_option_get_id (choice->option));
      fh_json_add_string (builder, "name", fh_option_get_name (choice->option));
      fh_json_add_int (builder, "tco", choice->total);
      fh_json_add_take_string (builder, "tco_text",
                               fh_money_format_whole (choice->total, currency));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items_due");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->items_due->len; i++)
    {
      FhRoadmapItem *item = summary->items_due->pdata[i];

      json_builder_begin_object (builder);
      fh_json_add_int (builder, "id", fh_roadmap_item_get_id (item));
      fh_json_add_string (builder, "title", fh_roadmap_item_get_title (item));
      fh_json_add_string (builder, "status",
                          enum_nick (FH_TYPE_ITEM_STATUS, fh_roadmap_item_get_status (item)));
      fh_json_add_string (builder, "status_text",
                          fh_item_status_get_label (fh_roadmap_item_get_status (item)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_scenarios (builder, summary->scenarios, currency);
  json_builder_end_object (builder);

  return fh_json_builder_to_bytes (builder);
}
