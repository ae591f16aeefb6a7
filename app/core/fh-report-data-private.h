/* fh-report-data-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-report-data.h"

G_BEGIN_DECLS

/* fh-report-value.c: the Value and Funding section. */
void fh_report_build_value (const FhPlanModels *plan, GPtrArray *blocks);

G_END_DECLS
