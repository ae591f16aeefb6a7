/* fh-metric.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_METRIC (fh_metric_get_type ())

G_DECLARE_FINAL_TYPE (FhMetric, fh_metric, FH, METRIC, GObject)

FhMetric    *fh_metric_new (gint64 use_case, const char *name);
gint64       fh_metric_get_id (FhMetric *self);
gint64       fh_metric_get_use_case (FhMetric *self);
const char  *fh_metric_get_name (FhMetric *self);
FhMetricKind fh_metric_get_kind (FhMetric *self);
const char  *fh_metric_get_unit (FhMetric *self);
FhDirection  fh_metric_get_direction (FhMetric *self);
double       fh_metric_get_baseline (FhMetric *self);
double       fh_metric_get_target (FhMetric *self);
double       fh_metric_get_current (FhMetric *self);
const char  *fh_metric_get_deadline (FhMetric *self);
const char  *fh_metric_get_owner (FhMetric *self);
const char  *fh_metric_get_unsuccessful_if (FhMetric *self);
const char  *fh_metric_get_measured_how (FhMetric *self);
gint64       fh_metric_get_value_per_unit (FhMetric *self);
FhConfidence fh_metric_get_value_confidence (FhMetric *self);

G_END_DECLS
