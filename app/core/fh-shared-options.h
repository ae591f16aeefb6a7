/* fh-shared-options.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-option.h"
#include "fh-plan-models.h"
#include "fh-tco.h"

G_BEGIN_DECLS

guint fh_shared_option_n_served (const FhPlanModels *models, gint64 option);
gboolean
     fh_shared_option_serves (const FhPlanModels *models, FhOption *option, const char *capability);
void fh_shared_option_split_tco (FhTco *tco, guint n_served);
gpointer
fh_shared_option_find_share (const FhPlanModels *models, gint64 option, const char *capability);

G_END_DECLS
