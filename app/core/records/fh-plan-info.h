/* fh-plan-info.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_PLAN_INFO (fh_plan_info_get_type ())

G_DECLARE_FINAL_TYPE (FhPlanInfo, fh_plan_info, FH, PLAN_INFO, GObject)

FhPlanInfo *fh_plan_info_new (void);
const char *fh_plan_info_get_name (FhPlanInfo *self);
const char *fh_plan_info_get_organisation (FhPlanInfo *self);
const char *fh_plan_info_get_currency (FhPlanInfo *self);
int         fh_plan_info_get_horizon_years (FhPlanInfo *self);
double      fh_plan_info_get_discount_rate (FhPlanInfo *self);
int         fh_plan_info_get_first_step_limit (FhPlanInfo *self);
int         fh_plan_info_get_start_quarter (FhPlanInfo *self);
gint64      fh_plan_info_get_fte_cost (FhPlanInfo *self);
int         fh_plan_info_get_draft_per_quarter (FhPlanInfo *self);

G_END_DECLS
