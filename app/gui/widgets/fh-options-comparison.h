/* fh-options-comparison.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTIONS_COMPARISON (fh_options_comparison_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionsComparison, fh_options_comparison, FH, OPTIONS_COMPARISON, AdwBin)

GtkWidget  *fh_options_comparison_new (void);
FhStore    *fh_options_comparison_get_store (FhOptionsComparison *self);
void        fh_options_comparison_set_store (FhOptionsComparison *self, FhStore *store);
const char *fh_options_comparison_get_capability (FhOptionsComparison *self);
void fh_options_comparison_set_capability (FhOptionsComparison *self, const char *capability);
void fh_options_comparison_refresh (FhOptionsComparison *self);

G_END_DECLS
