/* fh-use-case.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_USE_CASE (fh_use_case_get_type ())

G_DECLARE_FINAL_TYPE (FhUseCase, fh_use_case, FH, USE_CASE, GObject)

FhUseCase      *fh_use_case_new (const char *title);
gint64          fh_use_case_get_id (FhUseCase *self);
const char     *fh_use_case_get_title (FhUseCase *self);
const char     *fh_use_case_get_description (FhUseCase *self);
const char     *fh_use_case_get_sponsor (FhUseCase *self);
int             fh_use_case_get_impact (FhUseCase *self);
int             fh_use_case_get_readiness (FhUseCase *self);
int             fh_use_case_get_applicability (FhUseCase *self);
int             fh_use_case_get_effort (FhUseCase *self);
FhUseCaseStatus fh_use_case_get_status (FhUseCase *self);
int             fh_use_case_get_reach (FhUseCase *self);
int             fh_use_case_get_confidence (FhUseCase *self);
int             fh_use_case_get_business_value (FhUseCase *self);
int             fh_use_case_get_time_criticality (FhUseCase *self);
int             fh_use_case_get_risk_reduction (FhUseCase *self);
int             fh_use_case_get_job_size (FhUseCase *self);
int             fh_use_case_get_go_live_quarter (FhUseCase *self);

G_END_DECLS
