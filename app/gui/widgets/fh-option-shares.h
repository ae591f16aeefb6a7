/* fh-option-shares.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-option.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTION_SHARES (fh_option_shares_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionShares, fh_option_shares, FH, OPTION_SHARES, AdwBin)

GtkWidget  *fh_option_shares_new (void);
void        fh_option_shares_set_option (FhOptionShares *self, FhStore *store, FhOption *option);
GtkWidget  *fh_option_shares_get_check (FhOptionShares *self, const char *capability);
const char *fh_option_shares_get_summary (FhOptionShares *self);

G_END_DECLS
