/* fh-use-cases-view.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_USE_CASES_VIEW (fh_use_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (FhUseCasesView, fh_use_cases_view, FH, USE_CASES_VIEW, FhSection)

/* The use cases of a plan: a list (or the impact/feasibility chart) ordered by
 * priority, RICE or WSJF, and the selected one's fields and success metrics beside
 * it. Properties "store"; signal "add-toast". */
GtkWidget *fh_use_cases_view_new (void);
gint64     fh_use_cases_view_get_selected (FhUseCasesView *self);
void       fh_use_cases_view_select (FhUseCasesView *self, gint64 id);

G_END_DECLS
