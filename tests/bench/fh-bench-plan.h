/* fh-bench-plan.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-gap.h"
#include "fh-store.h"

G_BEGIN_DECLS

/* How big a generated plan is. Every plan also holds the catalog's capabilities and
 * prerequisites. */
typedef struct
{
  guint   n_gaps;
  guint   n_items;
  guint   n_options;
  guint   cost_lines_per_option;
  guint   n_assessments;
  guint32 seed;
} FhBenchSize;

void     fh_bench_size_init_default (FhBenchSize *size);
FhStore *fh_bench_generate_plan (const char *path, const FhBenchSize *size, GError **error);
FhGap   *fh_bench_make_gap (FhStore *store, GRand *rand, guint n);

G_END_DECLS
