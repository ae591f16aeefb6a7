/* fh-data-view.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_DATA_VIEW (fh_data_view_get_type ())

G_DECLARE_FINAL_TYPE (FhDataView, fh_data_view, FH, DATA_VIEW, FhSection)

/* The plan's data sources: what exists, who owns it, how it is accessed, how
 * sensitive it is, and which use cases need it. Property "store"; signal "add-toast". */
GtkWidget *fh_data_view_new (void);

G_END_DECLS
