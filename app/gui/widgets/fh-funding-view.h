/* fh-funding-view.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_FUNDING_VIEW (fh_funding_view_get_type ())

G_DECLARE_FINAL_TYPE (FhFundingView, fh_funding_view, FH, FUNDING_VIEW, AdwBin)

GtkWidget *fh_funding_view_new (void);
void       fh_funding_view_set_store (FhFundingView *self, FhStore *store);
void       fh_funding_view_refresh (FhFundingView *self);
char      *fh_funding_view_get_cell (FhFundingView *self, gboolean options, int row, int column);

G_END_DECLS
