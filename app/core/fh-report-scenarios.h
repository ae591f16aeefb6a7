/* fh-report-scenarios.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-plan-models.h"

G_BEGIN_DECLS

void fh_report_build_scenarios (const FhPlanModels *plan, GPtrArray *blocks);

G_END_DECLS
