/* fh-plan-info.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-plan-info.h"

#include "fh-field.h"
#include "fh-quarter.h"

/* The settings of the whole plan: a plan file holds exactly one, so it has no id. The
 * defaults are those of a new plan, and what an import gives fields it does not set. */
struct _FhPlanInfo
{
  GObject parent_instance;

  char  *name;
  char  *organisation;
  char  *currency;
  int    horizon_years;
  double discount_rate;
  int    first_step_limit;
  int    start_quarter;
  gint64 fte_cost;
  int    draft_per_quarter;
};

G_DEFINE_FINAL_TYPE (FhPlanInfo, fh_plan_info, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_CURRENCY,
  PROP_HORIZON_YEARS,
  PROP_DISCOUNT_RATE,
  PROP_FIRST_STEP_LIMIT,
  PROP_START_QUARTER,
  PROP_FTE_COST,
  PROP_DRAFT_PER_QUARTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_plan_info_finalize (GObject *object)
{
  FhPlanInfo *self = (FhPlanInfo *)object;

  g_free (self->name);
  g_free (self->organisation);
  g_free (self->currency);

  G_OBJECT_CLASS (fh_plan_info_parent_class)->finalize (object);
}

static void
fh_plan_info_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhPlanInfo *self = FH_PLAN_INFO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;
    case PROP_HORIZON_YEARS:
      g_value_set_int (value, self->horizon_years);
      break;
    case PROP_DISCOUNT_RATE:
      g_value_set_double (value, self->discount_rate);
      break;
    case PROP_FIRST_STEP_LIMIT:
      g_value_set_int (value, self->first_step_limit);
      break;
    case PROP_START_QUARTER:
      g_value_set_int (value, self->start_quarter);
      break;
    case PROP_FTE_COST:
      g_value_set_int64 (value, self->fte_cost);
      break;
    case PROP_DRAFT_PER_QUARTER:
      g_value_set_int (value, self->draft_per_quarter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_plan_info_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhPlanInfo *self = FH_PLAN_INFO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_ORGANISATION:
      fh_field_set_string (object, &self->organisation, g_value_get_string (value), pspec);
      break;
    case PROP_CURRENCY:
      fh_field_set_string (object, &self->currency, g_value_get_string (value), pspec);
      break;
    case PROP_HORIZON_YEARS:
      fh_field_set_int (object, &self->horizon_years, g_value_get_int (value), pspec);
      break;
    case PROP_DISCOUNT_RATE:
      fh_field_set_double (object, &self->discount_rate, g_value_get_double (value), pspec);
      break;
    case PROP_FIRST_STEP_LIMIT:
      fh_field_set_int (object, &self->first_step_limit, g_value_get_int (value), pspec);
      break;
    case PROP_START_QUARTER:
      fh_field_set_int (object, &self->start_quarter, g_value_get_int (value), pspec);
      break;
    case PROP_FTE_COST:
      fh_field_set_int64 (object, &self->fte_cost, g_value_get_int64 (value), pspec);
      break;
    case PROP_DRAFT_PER_QUARTER:
      fh_field_set_int (object, &self->draft_per_quarter, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_plan_info_class_init (FhPlanInfoClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_plan_info_finalize;
  object_class->get_property = fh_plan_info_get_property;
  object_class->set_property = fh_plan_info_set_property;

  properties[PROP_NAME] = fh_field_mark (
    g_param_spec_string ("name", N_("Name"), NULL, "Untitled plan", flags), FH_FIELD_SHORT, TRUE);
  properties[PROP_ORGANISATION] =
    fh_field_mark (g_param_spec_string ("organisation", N_("Organisation"), NULL, "", flags),
                                        FH_FIELD_SHORT, FALSE);
  properties[PROP_CURRENCY] =
    fh_field_mark (g_param_spec_string ("currency", N_("Currency"), NULL, "EUR", flags),
                                        FH_FIELD_CURRENCY, FALSE);
  properties[PROP_HORIZON_YEARS] =
    g_param_spec_int ("horizon-years", N_("Horizon in years"), NULL, 1, 10, 3, flags);
  properties[PROP_DISCOUNT_RATE] =
    g_param_spec_double ("discount-rate", N_("Discount rate"), NULL, 0, 100, 0, flags);
  properties[PROP_FIRST_STEP_LIMIT] =
    g_param_spec_int ("first-step-limit", N_("First step limit"), NULL, 1, 20, 3, flags);
  properties[PROP_START_QUARTER] = fh_field_mark (
    g_param_spec_int ("start-quarter", N_("Start quarter"), NULL, 0, FH_QUARTER_MAX, 0, flags),
                      FH_FIELD_QUARTER, FALSE);
  properties[PROP_FTE_COST] = fh_field_mark (g_param_spec_int64 (
    "fte-cost", N_("FTE cost"), NULL, 0, FH_MONEY_MAX, 9000000, flags), FH_FIELD_MONEY, FALSE);
  properties[PROP_DRAFT_PER_QUARTER] =
    g_param_spec_int ("draft-per-quarter", N_("Drafted items per quarter"), NULL, 1, 20, 3, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_plan_info_init (FhPlanInfo *self)
{
  self->name = g_strdup ("Untitled plan");
  self->organisation = g_strdup ("");
  self->currency = g_strdup ("EUR");
  self->horizon_years = 3;
  self->first_step_limit = 3;
  self->fte_cost = 9000000;
  self->draft_per_quarter = 3;
}

FhPlanInfo *
fh_plan_info_new (void)
{
  return g_object_new (FH_TYPE_PLAN_INFO, NULL);
}

const char *
fh_plan_info_get_name (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), NULL);
  return self->name;
}

const char *
fh_plan_info_get_organisation (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), NULL);
  return self->organisation;
}

const char *
fh_plan_info_get_currency (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), NULL);
  return self->currency;
}

int
fh_plan_info_get_horizon_years (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), 0);
  return self->horizon_years;
}

double
fh_plan_info_get_discount_rate (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), 0.0);
  return self->discount_rate;
}

int
fh_plan_info_get_first_step_limit (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), 0);
  return self->first_step_limit;
}

int
fh_plan_info_get_start_quarter (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), 0);
  return self->start_quarter;
}

gint64
fh_plan_info_get_fte_cost (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), 0);
  return self->fte_cost;
}

int
fh_plan_info_get_draft_per_quarter (FhPlanInfo *self)
{
  g_return_val_if_fail (FH_IS_PLAN_INFO (self), 0);
  return self->draft_per_quarter;
}
