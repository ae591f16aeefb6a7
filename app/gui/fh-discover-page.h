/* fh-discover-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_DISCOVER_PAGE (fh_discover_page_get_type ())

G_DECLARE_FINAL_TYPE (FhDiscoverPage, fh_discover_page, FH, DISCOVER_PAGE, AdwBin)

/* The Discover section: tabs Gaps, Use cases, Data and People. Properties "store"
 * and "badge" (the number of open gaps); signal "add-toast" (AdwToast). */
GtkWidget  *fh_discover_page_new (void);
FhStore    *fh_discover_page_get_store (FhDiscoverPage *self);
void        fh_discover_page_set_store (FhDiscoverPage *self, FhStore *store);
const char *fh_discover_page_get_badge (FhDiscoverPage *self);
void        fh_discover_page_set_tab (FhDiscoverPage *self, const char *name);

G_END_DECLS
