/* fh-scenarios-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_SCENARIOS_PAGE (fh_scenarios_page_get_type ())

G_DECLARE_FINAL_TYPE (FhScenariosPage, fh_scenarios_page, FH, SCENARIOS_PAGE, FhSection)

void fh_scenarios_page_select (FhScenariosPage *self, guint position);

G_END_DECLS
