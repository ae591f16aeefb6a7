/* fh-types.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fh-types.h"
#include "fh-enums.h"

const char *
fh_stage_get_label (FhStage stage)
{
  switch (stage)
    {
    case FH_STAGE_NOT_YET:
      return _("Not yet");
    case FH_STAGE_INITIAL:
      return _("Initial");
    case FH_STAGE_REPEATABLE:
      return _("Repeatable");
    case FH_STAGE_RELIABLE:
      return _("Reliable");
    case FH_STAGE_SCALABLE:
      return _("Scalable");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
fh_gap_kind_get_label (FhGapKind gap_kind)
{
  switch (gap_kind)
    {
    case FH_GAP_KIND_PROCESS:
      return C_("gap kind", "Process");
    case FH_GAP_KIND_PEOPLE:
      return C_("gap kind", "People");
    case FH_GAP_KIND_TECHNOLOGY:
      return C_("gap kind", "Technology");
    case FH_GAP_KIND_LIFECYCLE:
      return C_("gap kind", "ML lifecycle");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_gap_status_get_label (FhGapStatus gap_status)
{
  switch (gap_status)
    {
    case FH_GAP_STATUS_OPEN:
      return C_("gap status", "Open");
    case FH_GAP_STATUS_PLANNED:
      return C_("gap status", "Planned");
    case FH_GAP_STATUS_CLOSED:
      return C_("gap status", "Closed");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_use_case_status_get_label (FhUseCaseStatus use_case_status)
{
  switch (use_case_status)
    {
    case FH_USE_CASE_STATUS_PROPOSED:
      return C_("use case status", "Proposed");
    case FH_USE_CASE_STATUS_APPROVED:
      return C_("use case status", "Approved");
    case FH_USE_CASE_STATUS_IN_PROGRESS:
      return C_("use case status", "In progress");
    case FH_USE_CASE_STATUS_LIVE:
      return C_("use case status", "Live");
    case FH_USE_CASE_STATUS_PARKED:
      return C_("use case status", "Parked");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_metric_kind_get_label (FhMetricKind metric_kind)
{
  switch (metric_kind)
    {
    case FH_METRIC_KIND_BUSINESS_KPI:
      return _("Business KPI");
    case FH_METRIC_KIND_ML_PROXY:
      return _("ML proxy");
    case FH_METRIC_KIND_GUARDRAIL:
      return _("Guardrail");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_direction_get_label (FhDirection direction)
{
  switch (direction)
    {
    case FH_DIRECTION_HIGHER:
      return _("Higher is better");
    case FH_DIRECTION_LOWER:
      return _("Lower is better");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_option_kind_get_label (FhOptionKind option_kind)
{
  switch (option_kind)
    {
    case FH_OPTION_KIND_PACKAGED:
      return C_("option kind", "Packaged");
    case FH_OPTION_KIND_CUSTOM:
      return C_("option kind", "Custom");
    case FH_OPTION_KIND_HYBRID:
      return C_("option kind", "Hybrid");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_cost_category_get_label (FhCostCategory cost_category)
{
  switch (cost_category)
    {
    case FH_COST_CATEGORY_LICENCE:
      return _("Licence or subscription");
    case FH_COST_CATEGORY_INFRASTRUCTURE:
      return _("Infrastructure");
    case FH_COST_CATEGORY_BUILD:
      return _("Build effort");
    case FH_COST_CATEGORY_OPERATIONS_STAFF:
      return _("Operations staff");
    case FH_COST_CATEGORY_SECURITY:
      return _("Security and compliance");
    case FH_COST_CATEGORY_TRAINING:
      return _("Training and enablement");
    case FH_COST_CATEGORY_MIGRATION_IN:
      return _("Migration in");
    case FH_COST_CATEGORY_EXIT_RESERVE:
      return _("Exit reserve");
    case FH_COST_CATEGORY_SUPPORT:
      return _("Support contracts");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_recurrence_get_label (FhRecurrence recurrence)
{
  switch (recurrence)
    {
    case FH_RECURRENCE_ONE_OFF:
      return _("One-off");
    case FH_RECURRENCE_MONTHLY:
      return _("Per month");
    case FH_RECURRENCE_YEARLY:
      return _("Per year");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_item_status_get_label (FhItemStatus item_status)
{
  switch (item_status)
    {
    case FH_ITEM_STATUS_PLANNED:
      return C_("item status", "Planned");
    case FH_ITEM_STATUS_IN_PROGRESS:
      return C_("item status", "In progress");
    case FH_ITEM_STATUS_DONE:
      return C_("item status", "Done");
    case FH_ITEM_STATUS_SLIPPED:
      return C_("item status", "Slipped");
    case FH_ITEM_STATUS_DROPPED:
      return C_("item status", "Dropped");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_confidence_get_label (FhConfidence confidence)
{
  switch (confidence)
    {
    case FH_CONFIDENCE_LOW:
      return C_("confidence", "Low");
    case FH_CONFIDENCE_MEDIUM:
      return C_("confidence", "Medium");
    case FH_CONFIDENCE_HIGH:
      return C_("confidence", "High");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_severity_get_label (FhSeverity severity)
{
  switch (severity)
    {
    case FH_SEVERITY_INFO:
      return C_("finding severity", "Info");
    case FH_SEVERITY_WARNING:
      return C_("finding severity", "Warning");
    case FH_SEVERITY_ERROR:
      return C_("finding severity", "Error");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_availability_get_label (FhAvailability availability)
{
  switch (availability)
    {
    case FH_AVAILABILITY_AVAILABLE:
      return _("Available");
    case FH_AVAILABILITY_PARTIAL:
      return _("Partial");
    case FH_AVAILABILITY_NOT_COLLECTED:
      return _("Not collected yet");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_access_get_label (FhAccess access)
{
  switch (access)
    {
    case FH_ACCESS_SELF_SERVICE:
      return _("Self-service");
    case FH_ACCESS_ON_REQUEST:
      return _("On request");
    case FH_ACCESS_NONE:
      return _("No access");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_sensitivity_get_label (FhSensitivity sensitivity)
{
  switch (sensitivity)
    {
    case FH_SENSITIVITY_PUBLIC:
      return _("Public");
    case FH_SENSITIVITY_INTERNAL:
      return _("Internal");
    case FH_SENSITIVITY_CONFIDENTIAL:
      return _("Confidential");
    case FH_SENSITIVITY_RESTRICTED:
      return _("Restricted");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_audience_get_label (FhAudience audience)
{
  switch (audience)
    {
    case FH_AUDIENCE_EVERYONE:
      return _("Everyone");
    case FH_AUDIENCE_DATA_SCIENCE:
      return _("Data science");
    case FH_AUDIENCE_ENGINEERING:
      return _("Engineering");
    case FH_AUDIENCE_BUSINESS:
      return _("Business");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_serving_mode_get_label (FhServingMode serving_mode)
{
  switch (serving_mode)
    {
    case FH_SERVING_MODE_BATCH:
      return C_("serving mode", "Batch");
    case FH_SERVING_MODE_ONLINE:
      return C_("serving mode", "Online");
    case FH_SERVING_MODE_STREAMING:
      return C_("serving mode", "Streaming");
    case FH_SERVING_MODE_EDGE:
      return C_("serving mode", "Edge");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_retraining_get_label (FhRetraining retraining)
{
  switch (retraining)
    {
    case FH_RETRAINING_SCHEDULE:
      return C_("retraining", "On a schedule");
    case FH_RETRAINING_TRIGGER:
      return C_("retraining", "On a drift or KPI trigger");
    case FH_RETRAINING_BY_HAND:
      return C_("retraining", "By hand");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
fh_pipeline_kind_get_label (FhPipelineKind pipeline_kind)
{
  switch (pipeline_kind)
    {
    case FH_PIPELINE_KIND_DATA:
      return C_("pipeline kind", "Data");
    case FH_PIPELINE_KIND_FEATURES:
      return C_("pipeline kind", "Features");
    case FH_PIPELINE_KIND_TRAINING:
      return C_("pipeline kind", "Training");
    case FH_PIPELINE_KIND_EVALUATION:
      return C_("pipeline kind", "Evaluation");
    case FH_PIPELINE_KIND_INFERENCE:
      return C_("pipeline kind", "Inference");
    case FH_PIPELINE_KIND_MONITORING:
      return C_("pipeline kind", "Monitoring");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * fh_enum_get_label:
 * @type: one of the enum types of fh-types.h
 * @value: a value of @type
 *
 * Returns: the label the window, the report and the Markdown show for @value
 */
const char *
fh_enum_get_label (GType type, int value)
{
  if (type == FH_TYPE_STAGE)
    return fh_stage_get_label (value);
  if (type == FH_TYPE_GAP_KIND)
    return fh_gap_kind_get_label (value);
  if (type == FH_TYPE_GAP_STATUS)
    return fh_gap_status_get_label (value);
  if (type == FH_TYPE_USE_CASE_STATUS)
    return fh_use_case_status_get_label (value);
  if (type == FH_TYPE_METRIC_KIND)
    return fh_metric_kind_get_label (value);
  if (type == FH_TYPE_DIRECTION)
    return fh_direction_get_label (value);
  if (type == FH_TYPE_OPTION_KIND)
    return fh_option_kind_get_label (value);
  if (type == FH_TYPE_COST_CATEGORY)
    return fh_cost_category_get_label (value);
  if (type == FH_TYPE_RECURRENCE)
    return fh_recurrence_get_label (value);
  if (type == FH_TYPE_ITEM_STATUS)
    return fh_item_status_get_label (value);
  if (type == FH_TYPE_CONFIDENCE)
    return fh_confidence_get_label (value);
  if (type == FH_TYPE_SEVERITY)
    return fh_severity_get_label (value);
  if (type == FH_TYPE_AVAILABILITY)
    return fh_availability_get_label (value);
  if (type == FH_TYPE_ACCESS)
    return fh_access_get_label (value);
  if (type == FH_TYPE_SENSITIVITY)
    return fh_sensitivity_get_label (value);
  if (type == FH_TYPE_AUDIENCE)
    return fh_audience_get_label (value);
  if (type == FH_TYPE_SERVING_MODE)
    return fh_serving_mode_get_label (value);
  if (type == FH_TYPE_RETRAINING)
    return fh_retraining_get_label (value);
  if (type == FH_TYPE_PIPELINE_KIND)
    return fh_pipeline_kind_get_label (value);
  g_return_val_if_reached ("");
}

/**
 * fh_enum_get_labels:
 * @type: one of the enum types of fh-types.h
 *
 * Returns: (transfer full): every value's label, in value order, for a drop-down
 *   whose position is the value
 */
GStrv
fh_enum_get_labels (GType type)
{
  GEnumClass   *klass = g_type_class_ref (type);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv         labels;

  for (guint i = 0; i < klass->n_values; i++)
    g_strv_builder_add (builder, fh_enum_get_label (type, klass->values[i].value));

  labels = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_type_class_unref (klass);
  return labels;
}
