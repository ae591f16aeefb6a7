/* fh-use-case.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-use-case.h"

#include "fh-enums.h"
#include "fh-field.h"
#include "fh-quarter.h"

/* A use case the ML programme could serve. Impact, readiness and applicability are
 * scored 0–3 so that use cases can be ranked against each other; effort is in
 * person-weeks. Reach and confidence feed a RICE score, business value, time
 * criticality, risk reduction and job size a WSJF score. */
struct _FhUseCase
{
  GObject parent_instance;

  gint64          id;
  char           *title;
  char           *description;
  char           *sponsor;
  int             impact;
  int             readiness;
  int             applicability;
  int             effort;
  FhUseCaseStatus status;
  int             reach;
  int             confidence;
  int             business_value;
  int             time_criticality;
  int             risk_reduction;
  int             job_size;
  int             go_live_quarter;
};

G_DEFINE_FINAL_TYPE (FhUseCase, fh_use_case, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_SPONSOR,
  PROP_IMPACT,
  PROP_READINESS,
  PROP_APPLICABILITY,
  PROP_EFFORT,
  PROP_STATUS,
  PROP_REACH,
  PROP_CONFIDENCE,
  PROP_BUSINESS_VALUE,
  PROP_TIME_CRITICALITY,
  PROP_RISK_REDUCTION,
  PROP_JOB_SIZE,
  PROP_GO_LIVE_QUARTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_use_case_finalize (GObject *object)
{
  FhUseCase *self = (FhUseCase *)object;

  g_free (self->title);
  g_free (self->description);
  g_free (self->sponsor);

  G_OBJECT_CLASS (fh_use_case_parent_class)->finalize (object);
}

static void
fh_use_case_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhUseCase *self = FH_USE_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_SPONSOR:
      g_value_set_string (value, self->sponsor);
      break;
    case PROP_IMPACT:
      g_value_set_int (value, self->impact);
      break;
    case PROP_READINESS:
      g_value_set_int (value, self->readiness);
      break;
    case PROP_APPLICABILITY:
      g_value_set_int (value, self->applicability);
      break;
    case PROP_EFFORT:
      g_value_set_int (value, self->effort);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_REACH:
      g_value_set_int (value, self->reach);
      break;
    case PROP_CONFIDENCE:
      g_value_set_int (value, self->confidence);
      break;
    case PROP_BUSINESS_VALUE:
      g_value_set_int (value, self->business_value);
      break;
    case PROP_TIME_CRITICALITY:
      g_value_set_int (value, self->time_criticality);
      break;
    case PROP_RISK_REDUCTION:
      g_value_set_int (value, self->risk_reduction);
      break;
    case PROP_JOB_SIZE:
      g_value_set_int (value, self->job_size);
      break;
    case PROP_GO_LIVE_QUARTER:
      g_value_set_int (value, self->go_live_quarter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_use_case_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhUseCase *self = FH_USE_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_TITLE:
      fh_field_set_string (object, &self->title, g_value_get_string (value), pspec);
      break;
    case PROP_DESCRIPTION:
      fh_field_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;
    case PROP_SPONSOR:
      fh_field_set_string (object, &self->sponsor, g_value_get_string (value), pspec);
      break;
    case PROP_IMPACT:
      fh_field_set_int (object, &self->impact, g_value_get_int (value), pspec);
      break;
    case PROP_READINESS:
      fh_field_set_int (object, &self->readiness, g_value_get_int (value), pspec);
      break;
    case PROP_APPLICABILITY:
      fh_field_set_int (object, &self->applicability, g_value_get_int (value), pspec);
      break;
    case PROP_EFFORT:
      fh_field_set_int (object, &self->effort, g_value_get_int (value), pspec);
      break;
    case PROP_STATUS:
      fh_field_set_int (object, (int *)&self->status, g_value_get_enum (value), pspec);
      break;
    case PROP_REACH:
      fh_field_set_int (object, &self->reach, g_value_get_int (value), pspec);
      break;
    case PROP_CONFIDENCE:
      fh_field_set_int (object, &self->confidence, g_value_get_int (value), pspec);
      break;
    case PROP_BUSINESS_VALUE:
      fh_field_set_int (object, &self->business_value, g_value_get_int (value), pspec);
      break;
    case PROP_TIME_CRITICALITY:
      fh_field_set_int (object, &self->time_criticality, g_value_get_int (value), pspec);
      break;
    case PROP_RISK_REDUCTION:
      fh_field_set_int (object, &self->risk_reduction, g_value_get_int (value), pspec);
      break;
    case PROP_JOB_SIZE:
      fh_field_set_int (object, &self->job_size, g_value_get_int (value), pspec);
      break;
    case PROP_GO_LIVE_QUARTER:
      fh_field_set_int (object, &self->go_live_quarter, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_use_case_class_init (FhUseCaseClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_use_case_finalize;
  object_class->get_property = fh_use_case_get_property;
  object_class->set_property = fh_use_case_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = fh_field_mark (
    g_param_spec_string ("title", N_("Title"), NULL, "", flags), FH_FIELD_SHORT, TRUE);
  properties[PROP_DESCRIPTION] = fh_field_mark (
    g_param_spec_string ("description", N_("Description"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_SPONSOR] = fh_field_mark (
    g_param_spec_string ("sponsor", N_("Sponsor"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_IMPACT] =
    g_param_spec_int ("impact", N_("Business impact"), NULL, 0, 3, 0, flags);
  properties[PROP_READINESS] =
    g_param_spec_int ("readiness", N_("Data readiness"), NULL, 0, 3, 0, flags);
  properties[PROP_APPLICABILITY] =
    g_param_spec_int ("applicability", N_("ML applicability"), NULL, 0, 3, 0, flags);
  properties[PROP_EFFORT] = g_param_spec_int ("effort", N_("Effort"), NULL, 0, 10000, 0, flags);
  properties[PROP_STATUS] = g_param_spec_enum (
    "status", N_("Status"), NULL, FH_TYPE_USE_CASE_STATUS, FH_USE_CASE_STATUS_PROPOSED, flags);
  properties[PROP_REACH] = g_param_spec_int ("reach", N_("Reach"), NULL, 0, 10000000, 0, flags);
  properties[PROP_CONFIDENCE] =
    g_param_spec_int ("confidence", N_("Confidence"), NULL, 0, 100, 50, flags);
  properties[PROP_BUSINESS_VALUE] =
    g_param_spec_int ("business-value", N_("Business value"), NULL, 0, 20, 0, flags);
  properties[PROP_TIME_CRITICALITY] =
    g_param_spec_int ("time-criticality", N_("Time criticality"), NULL, 0, 20, 0, flags);
  properties[PROP_RISK_REDUCTION] =
    g_param_spec_int ("risk-reduction", N_("Risk reduction"), NULL, 0, 20, 0, flags);
  properties[PROP_JOB_SIZE] = g_param_spec_int ("job-size", N_("Job size"), NULL, 1, 20, 1, flags);
  /* When the sponsor wants it live; 0 = not decided. */
  properties[PROP_GO_LIVE_QUARTER] = fh_field_mark (
    g_param_spec_int ("go-live-quarter", N_("Go-live quarter"), NULL, 0, FH_QUARTER_MAX, 0, flags),
                      FH_FIELD_QUARTER, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_use_case_init (FhUseCase *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->sponsor = g_strdup ("");
  self->status = FH_USE_CASE_STATUS_PROPOSED;
  self->confidence = 50;
  self->job_size = 1;
}

FhUseCase *
fh_use_case_new (const char *title)
{
  return g_object_new (FH_TYPE_USE_CASE, "title", title, NULL);
}

gint64
fh_use_case_get_id (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->id;
}

const char *
fh_use_case_get_title (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), NULL);
  return self->title;
}

const char *
fh_use_case_get_description (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), NULL);
  return self->description;
}

const char *
fh_use_case_get_sponsor (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), NULL);
  return self->sponsor;
}

int
fh_use_case_get_impact (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->impact;
}

int
fh_use_case_get_readiness (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->readiness;
}

int
fh_use_case_get_applicability (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->applicability;
}

int
fh_use_case_get_effort (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->effort;
}

FhUseCaseStatus
fh_use_case_get_status (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->status;
}

int
fh_use_case_get_reach (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->reach;
}

int
fh_use_case_get_confidence (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->confidence;
}

int
fh_use_case_get_business_value (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->business_value;
}

int
fh_use_case_get_time_criticality (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->time_criticality;
}

int
fh_use_case_get_risk_reduction (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->risk_reduction;
}

int
fh_use_case_get_job_size (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->job_size;
}

int
fh_use_case_get_go_live_quarter (FhUseCase *self)
{
  g_return_val_if_fail (FH_IS_USE_CASE (self), 0);
  return self->go_live_quarter;
}
