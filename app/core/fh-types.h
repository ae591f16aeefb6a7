/* fh-types.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Enum nicks are the words stored in plan files and JSON: never rename one. */

typedef enum
{
  FH_STAGE_NOT_YET = 0,    /*< nick=not-yet >*/
  FH_STAGE_INITIAL = 1,    /*< nick=initial >*/
  FH_STAGE_REPEATABLE = 2, /*< nick=repeatable >*/
  FH_STAGE_RELIABLE = 3,   /*< nick=reliable >*/
  FH_STAGE_SCALABLE = 4,   /*< nick=scalable >*/
} FhStage;

#define FH_STAGE_LAST FH_STAGE_SCALABLE

typedef enum
{
  FH_GAP_KIND_PROCESS,    /*< nick=process >*/
  FH_GAP_KIND_PEOPLE,     /*< nick=people >*/
  FH_GAP_KIND_TECHNOLOGY, /*< nick=technology >*/
  FH_GAP_KIND_LIFECYCLE,  /*< nick=lifecycle >*/
} FhGapKind;

typedef enum
{
  FH_GAP_STATUS_OPEN,    /*< nick=open >*/
  FH_GAP_STATUS_PLANNED, /*< nick=planned >*/
  FH_GAP_STATUS_CLOSED,  /*< nick=closed >*/
} FhGapStatus;

typedef enum
{
  FH_USE_CASE_STATUS_PROPOSED,    /*< nick=proposed >*/
  FH_USE_CASE_STATUS_APPROVED,    /*< nick=approved >*/
  FH_USE_CASE_STATUS_IN_PROGRESS, /*< nick=in-progress >*/
  FH_USE_CASE_STATUS_LIVE,        /*< nick=live >*/
  FH_USE_CASE_STATUS_PARKED,      /*< nick=parked >*/
} FhUseCaseStatus;

typedef enum
{
  FH_METRIC_KIND_BUSINESS_KPI, /*< nick=business-kpi >*/
  FH_METRIC_KIND_ML_PROXY,     /*< nick=ml-proxy >*/
  FH_METRIC_KIND_GUARDRAIL,    /*< nick=guardrail >*/
} FhMetricKind;

typedef enum
{
  FH_DIRECTION_HIGHER, /*< nick=higher >*/
  FH_DIRECTION_LOWER,  /*< nick=lower >*/
} FhDirection;

typedef enum
{
  FH_OPTION_KIND_PACKAGED, /*< nick=packaged >*/
  FH_OPTION_KIND_CUSTOM,   /*< nick=custom >*/
  FH_OPTION_KIND_HYBRID,   /*< nick=hybrid >*/
} FhOptionKind;

typedef enum
{
  FH_COST_CATEGORY_LICENCE,          /*< nick=licence >*/
  FH_COST_CATEGORY_INFRASTRUCTURE,   /*< nick=infrastructure >*/
  FH_COST_CATEGORY_BUILD,            /*< nick=build >*/
  FH_COST_CATEGORY_OPERATIONS_STAFF, /*< nick=operations-staff >*/
  FH_COST_CATEGORY_SECURITY,         /*< nick=security >*/
  FH_COST_CATEGORY_TRAINING,         /*< nick=training >*/
  FH_COST_CATEGORY_MIGRATION_IN,     /*< nick=migration-in >*/
  FH_COST_CATEGORY_EXIT_RESERVE,     /*< nick=exit-reserve >*/
  FH_COST_CATEGORY_SUPPORT,          /*< nick=support >*/
} FhCostCategory;

typedef enum
{
  FH_RECURRENCE_ONE_OFF, /*< nick=one-off >*/
  FH_RECURRENCE_MONTHLY, /*< nick=monthly >*/
  FH_RECURRENCE_YEARLY,  /*< nick=yearly >*/
} FhRecurrence;

typedef enum
{
  FH_ITEM_STATUS_PLANNED,     /*< nick=planned >*/
  FH_ITEM_STATUS_IN_PROGRESS, /*< nick=in-progress >*/
  FH_ITEM_STATUS_DONE,        /*< nick=done >*/
  FH_ITEM_STATUS_SLIPPED,     /*< nick=slipped >*/
  FH_ITEM_STATUS_DROPPED,     /*< nick=dropped >*/
} FhItemStatus;

typedef enum
{
  FH_CONFIDENCE_LOW,    /*< nick=low >*/
  FH_CONFIDENCE_MEDIUM, /*< nick=medium >*/
  FH_CONFIDENCE_HIGH,   /*< nick=high >*/
} FhConfidence;

typedef enum
{
  FH_SEVERITY_INFO,    /*< nick=info >*/
  FH_SEVERITY_WARNING, /*< nick=warning >*/
  FH_SEVERITY_ERROR,   /*< nick=error >*/
} FhSeverity;

typedef enum
{
  FH_AVAILABILITY_AVAILABLE,     /*< nick=available >*/
  FH_AVAILABILITY_PARTIAL,       /*< nick=partial >*/
  FH_AVAILABILITY_NOT_COLLECTED, /*< nick=not-collected >*/
} FhAvailability;

typedef enum
{
  FH_ACCESS_SELF_SERVICE, /*< nick=self-service >*/
  FH_ACCESS_ON_REQUEST,   /*< nick=on-request >*/
  FH_ACCESS_NONE,         /*< nick=none >*/
} FhAccess;

typedef enum
{
  FH_SENSITIVITY_PUBLIC,       /*< nick=public >*/
  FH_SENSITIVITY_INTERNAL,     /*< nick=internal >*/
  FH_SENSITIVITY_CONFIDENTIAL, /*< nick=confidential >*/
  FH_SENSITIVITY_RESTRICTED,   /*< nick=restricted >*/
} FhSensitivity;

typedef enum
{
  FH_AUDIENCE_EVERYONE,     /*< nick=everyone >*/
  FH_AUDIENCE_DATA_SCIENCE, /*< nick=data-science >*/
  FH_AUDIENCE_ENGINEERING,  /*< nick=engineering >*/
  FH_AUDIENCE_BUSINESS,     /*< nick=business >*/
} FhAudience;

typedef enum
{
  FH_SERVING_MODE_BATCH,     /*< nick=batch >*/
  FH_SERVING_MODE_ONLINE,    /*< nick=online >*/
  FH_SERVING_MODE_STREAMING, /*< nick=streaming >*/
  FH_SERVING_MODE_EDGE,      /*< nick=edge >*/
} FhServingMode;

typedef enum
{
  FH_RETRAINING_SCHEDULE, /*< nick=schedule >*/
  FH_RETRAINING_TRIGGER,  /*< nick=trigger >*/
  FH_RETRAINING_BY_HAND,  /*< nick=by-hand >*/
} FhRetraining;

typedef enum
{
  FH_PIPELINE_KIND_DATA,       /*< nick=data >*/
  FH_PIPELINE_KIND_FEATURES,   /*< nick=features >*/
  FH_PIPELINE_KIND_TRAINING,   /*< nick=training >*/
  FH_PIPELINE_KIND_EVALUATION, /*< nick=evaluation >*/
  FH_PIPELINE_KIND_INFERENCE,  /*< nick=inference >*/
  FH_PIPELINE_KIND_MONITORING, /*< nick=monitoring >*/
} FhPipelineKind;

/* The collections of a plan, in dependency order: a collection only refers to
 * collections before it. The store keeps one GListModel per collection. */
typedef enum
{
  FH_COLLECTION_CAPABILITIES,
  FH_COLLECTION_PREREQUISITES,
  FH_COLLECTION_GAPS,
  FH_COLLECTION_USE_CASES,
  FH_COLLECTION_METRICS,
  FH_COLLECTION_MODELS,
  FH_COLLECTION_PIPELINES,
  FH_COLLECTION_OPTIONS,
  FH_COLLECTION_COST_LINES,
  FH_COLLECTION_OPTION_SHARES, /* FhOptionShare: option → another capability it serves */
  FH_COLLECTION_ROADMAP,
  FH_COLLECTION_ASSESSMENTS,
  FH_COLLECTION_SCORES,
  FH_COLLECTION_DATA_SOURCES,
  FH_COLLECTION_GLOSSARY,
  FH_COLLECTION_ROLES,
  FH_COLLECTION_SKILLS,
  FH_COLLECTION_ROLE_SKILLS,
  FH_COLLECTION_CRITERIA,
  FH_COLLECTION_OPTION_SCORES,
  FH_COLLECTION_BASELINE_ITEMS,
  FH_COLLECTION_SCENARIOS,
  FH_COLLECTION_SCENARIO_ITEMS,
  FH_COLLECTION_ITEM_GAPS,         /* FhLink: roadmap item → gap it closes */
  FH_COLLECTION_ITEM_USE_CASES,    /* FhLink: roadmap item → use case it serves */
  FH_COLLECTION_ITEM_DEPENDENCIES, /* FhLink: roadmap item → item it depends on */
  FH_COLLECTION_SOURCE_USE_CASES,  /* FhLink: data source → use case that needs it */
  FH_COLLECTION_SCENARIO_OPTIONS,  /* FhLink: scenario not shown → option it chooses */
  FH_N_COLLECTIONS
} FhCollection;

/* One label per value of each enum: the window, the report and the Markdown all show
 * these words. */
const char *fh_stage_get_label (FhStage stage);
const char *fh_gap_kind_get_label (FhGapKind gap_kind);
const char *fh_gap_status_get_label (FhGapStatus gap_status);
const char *fh_use_case_status_get_label (FhUseCaseStatus use_case_status);
const char *fh_metric_kind_get_label (FhMetricKind metric_kind);
const char *fh_direction_get_label (FhDirection direction);
const char *fh_option_kind_get_label (FhOptionKind option_kind);
const char *fh_cost_category_get_label (FhCostCategory cost_category);
const char *fh_recurrence_get_label (FhRecurrence recurrence);
const char *fh_item_status_get_label (FhItemStatus item_status);
const char *fh_confidence_get_label (FhConfidence confidence);
const char *fh_severity_get_label (FhSeverity severity);
const char *fh_availability_get_label (FhAvailability availability);
const char *fh_access_get_label (FhAccess access);
const char *fh_sensitivity_get_label (FhSensitivity sensitivity);
const char *fh_audience_get_label (FhAudience audience);
const char *fh_serving_mode_get_label (FhServingMode serving_mode);
const char *fh_retraining_get_label (FhRetraining retraining);
const char *fh_pipeline_kind_get_label (FhPipelineKind pipeline_kind);
const char *fh_enum_get_label (GType type, int value);
GStrv       fh_enum_get_labels (GType type);

G_END_DECLS
