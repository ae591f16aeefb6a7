/* fh-summary-json.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fh-plan-models.h"
#include "fh-summary.h"

G_BEGIN_DECLS

#define FH_SUMMARY_FORMAT  "foothold-summary"
#define FH_SUMMARY_VERSION 1

GBytes *fh_summary_to_json (const FhPlanSummary *summary, const FhPlanModels *models);

G_END_DECLS
