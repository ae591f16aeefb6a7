/* fh-metric.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-metric.h"

#include "fh-enums.h"
#include "fh-field.h"

/* How a use case is judged: a business KPI, an ML proxy or a guardrail, with where it
 * started, where it should get to and where it is now. A metric belongs to one use case
 * and goes when the use case goes. */
struct _FhMetric
{
  GObject parent_instance;

  gint64       id;
  gint64       use_case;
  char        *name;
  FhMetricKind kind;
  char        *unit;
  FhDirection  direction;
  double       baseline;
  double       target;
  double       current;
  char        *deadline;
  char        *owner;
  char        *unsuccessful_if;
  char        *measured_how;
  gint64       value_per_unit;
  FhConfidence value_confidence;
};

G_DEFINE_FINAL_TYPE (FhMetric, fh_metric, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_USE_CASE,
  PROP_NAME,
  PROP_KIND,
  PROP_UNIT,
  PROP_DIRECTION,
  PROP_BASELINE,
  PROP_TARGET,
  PROP_CURRENT,
  PROP_DEADLINE,
  PROP_OWNER,
  PROP_UNSUCCESSFUL_IF,
  PROP_MEASURED_HOW,
  PROP_VALUE_PER_UNIT,
  PROP_VALUE_CONFIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_metric_finalize (GObject *object)
{
  FhMetric *self = (FhMetric *)object;

  g_free (self->name);
  g_free (self->unit);
  g_free (self->deadline);
  g_free (self->owner);
  g_free (self->unsuccessful_if);
  g_free (self->measured_how);

  G_OBJECT_CLASS (fh_metric_parent_class)->finalize (object);
}

static void
fh_metric_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhMetric *self = FH_METRIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_USE_CASE:
      g_value_set_int64 (value, self->use_case);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;
    case PROP_BASELINE:
      g_value_set_double (value, self->baseline);
      break;
    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;
    case PROP_CURRENT:
      g_value_set_double (value, self->current);
      break;
    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_UNSUCCESSFUL_IF:
      g_value_set_string (value, self->unsuccessful_if);
      break;
    case PROP_MEASURED_HOW:
      g_value_set_string (value, self->measured_how);
      break;
    case PROP_VALUE_PER_UNIT:
      g_value_set_int64 (value, self->value_per_unit);
      break;
    case PROP_VALUE_CONFIDENCE:
      g_value_set_enum (value, self->value_confidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_metric_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhMetric *self = FH_METRIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_USE_CASE:
      fh_field_set_int64 (object, &self->use_case, g_value_get_int64 (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_KIND:
      fh_field_set_int (object, (int *)&self->kind, g_value_get_enum (value), pspec);
      break;
    case PROP_UNIT:
      fh_field_set_string (object, &self->unit, g_value_get_string (value), pspec);
      break;
    case PROP_DIRECTION:
      fh_field_set_int (object, (int *)&self->direction, g_value_get_enum (value), pspec);
      break;
    case PROP_BASELINE:
      fh_field_set_double (object, &self->baseline, g_value_get_double (value), pspec);
      break;
    case PROP_TARGET:
      fh_field_set_double (object, &self->target, g_value_get_double (value), pspec);
      break;
    case PROP_CURRENT:
      fh_field_set_double (object, &self->current, g_value_get_double (value), pspec);
      break;
    case PROP_DEADLINE:
      fh_field_set_string (object, &self->deadline, g_value_get_string (value), pspec);
      break;
    case PROP_OWNER:
      fh_field_set_string (object, &self->owner, g_value_get_string (value), pspec);
      break;
    case PROP_UNSUCCESSFUL_IF:
      fh_field_set_string (object, &self->unsuccessful_if, g_value_get_string (value), pspec);
      break;
    case PROP_MEASURED_HOW:
      fh_field_set_string (object, &self->measured_how, g_value_get_string (value), pspec);
      break;
    case PROP_VALUE_PER_UNIT:
      fh_field_set_int64 (object, &self->value_per_unit, g_value_get_int64 (value), pspec);
      break;
    case PROP_VALUE_CONFIDENCE:
      fh_field_set_int (object, (int *)&self->value_confidence, g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_metric_class_init (FhMetricClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_metric_finalize;
  object_class->get_property = fh_metric_get_property;
  object_class->set_property = fh_metric_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_USE_CASE] =
    fh_field_mark (g_param_spec_int64 ("use-case", N_("Use case"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_KIND] = g_param_spec_enum ("kind", N_("Kind"), NULL, FH_TYPE_METRIC_KIND,
                                                         FH_METRIC_KIND_BUSINESS_KPI, flags);
  properties[PROP_UNIT] = fh_field_mark (g_param_spec_string ("unit", N_("Unit"), NULL, "", flags),
                                                              FH_FIELD_SHORT, FALSE);
  properties[PROP_DIRECTION] = g_param_spec_enum (
    "direction", N_("Direction"), NULL, FH_TYPE_DIRECTION, FH_DIRECTION_HIGHER, flags);
  properties[PROP_BASELINE] =
    g_param_spec_double ("baseline", N_("Baseline"), NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_TARGET] =
    g_param_spec_double ("target", N_("Target"), NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_CURRENT] =
    g_param_spec_double ("current", N_("Current"), NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_DEADLINE] = fh_field_mark (
    g_param_spec_string ("deadline", N_("Deadline"), NULL, "", flags), FH_FIELD_DATE, FALSE);
  properties[PROP_OWNER] = fh_field_mark (
    g_param_spec_string ("owner", N_("Owner"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_UNSUCCESSFUL_IF] =
    fh_field_mark (g_param_spec_string ("unsuccessful-if", N_("Unsuccessful if"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);
  properties[PROP_MEASURED_HOW] =
    fh_field_mark (g_param_spec_string ("measured-how", N_("Measured how"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);
  /* What one unit of improvement from baseline towards target is worth in a year, and
   * how sure the team is of it (docs/domain.md section 8). */
  properties[PROP_VALUE_PER_UNIT] = fh_field_mark (
    g_param_spec_int64 ("value-per-unit", N_("Value per unit"), NULL, 0, FH_MONEY_MAX, 0, flags),
                        FH_FIELD_MONEY, FALSE);
  properties[PROP_VALUE_CONFIDENCE] =
    g_param_spec_enum ("value-confidence", N_("Value confidence"), NULL, FH_TYPE_CONFIDENCE,
                                               FH_CONFIDENCE_MEDIUM, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_metric_init (FhMetric *self)
{
  /* use-case stays 0 until set: its range starts at 1, so a metric that was never
   * given its use case does not validate and cannot be stored. */
  self->name = g_strdup ("");
  self->unit = g_strdup ("");
  self->deadline = g_strdup ("");
  self->owner = g_strdup ("");
  self->unsuccessful_if = g_strdup ("");
  self->measured_how = g_strdup ("");
  self->kind = FH_METRIC_KIND_BUSINESS_KPI;
  self->direction = FH_DIRECTION_HIGHER;
  self->value_confidence = FH_CONFIDENCE_MEDIUM;
}

FhMetric *
fh_metric_new (gint64 use_case, const char *name)
{
  return g_object_new (FH_TYPE_METRIC, "use-case", use_case, "name", name, NULL);
}

gint64
fh_metric_get_id (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0);
  return self->id;
}

gint64
fh_metric_get_use_case (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0);
  return self->use_case;
}

const char *
fh_metric_get_name (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), NULL);
  return self->name;
}

FhMetricKind
fh_metric_get_kind (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0);
  return self->kind;
}

const char *
fh_metric_get_unit (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), NULL);
  return self->unit;
}

FhDirection
fh_metric_get_direction (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0);
  return self->direction;
}

double
fh_metric_get_baseline (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0.0);
  return self->baseline;
}

double
fh_metric_get_target (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0.0);
  return self->target;
}

double
fh_metric_get_current (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0.0);
  return self->current;
}

const char *
fh_metric_get_deadline (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), NULL);
  return self->deadline;
}

const char *
fh_metric_get_owner (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), NULL);
  return self->owner;
}

const char *
fh_metric_get_unsuccessful_if (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), NULL);
  return self->unsuccessful_if;
}

const char *
fh_metric_get_measured_how (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), NULL);
  return self->measured_how;
}

gint64
fh_metric_get_value_per_unit (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), 0);
  return self->value_per_unit;
}

FhConfidence
fh_metric_get_value_confidence (FhMetric *self)
{
  g_return_val_if_fail (FH_IS_METRIC (self), FH_CONFIDENCE_MEDIUM);
  return self->value_confidence;
}
