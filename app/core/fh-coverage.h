/* fh-coverage.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"

G_BEGIN_DECLS

/* Which gaps the roadmap closes. A gap counts as open until its status is closed; it
 * is covered when a roadmap item that is not dropped is linked to it. */
typedef struct
{
  guint      n_open;    /* gaps not closed */
  guint      n_covered; /* of those, gaps some item closes */
  GPtrArray *uncovered; /* FhGap*, open, severity >= FH_COVERAGE_SEVERE, no item; by severity */
} FhCoverage;

#define FH_COVERAGE_SEVERE 4

void fh_coverage_compute (const FhPlanModels *models, FhCoverage *coverage);
void fh_coverage_clear (FhCoverage *coverage);

G_END_DECLS
