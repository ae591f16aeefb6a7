/* fh-criterion.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_CRITERION (fh_criterion_get_type ())

G_DECLARE_FINAL_TYPE (FhCriterion, fh_criterion, FH, CRITERION, GObject)

FhCriterion *fh_criterion_new (const char *id, const char *name, double weight);
const char  *fh_criterion_get_id (FhCriterion *self);
int          fh_criterion_get_position (FhCriterion *self);
const char  *fh_criterion_get_name (FhCriterion *self);
const char  *fh_criterion_get_description (FhCriterion *self);
double       fh_criterion_get_weight (FhCriterion *self);
gboolean     fh_criterion_get_derived (FhCriterion *self);

G_END_DECLS
