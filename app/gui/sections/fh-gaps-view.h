/* fh-gaps-view.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_GAPS_VIEW (fh_gaps_view_get_type ())

G_DECLARE_FINAL_TYPE (FhGapsView, fh_gaps_view, FH, GAPS_VIEW, FhSection)

GtkWidget *fh_gaps_view_new (void);

G_END_DECLS
