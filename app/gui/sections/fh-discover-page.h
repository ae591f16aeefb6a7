/* fh-discover-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_DISCOVER_PAGE (fh_discover_page_get_type ())

G_DECLARE_FINAL_TYPE (FhDiscoverPage, fh_discover_page, FH, DISCOVER_PAGE, FhSection)

/* The Discover section: tabs Gaps, Use cases, Data and People, each a section of its
 * own bound to this one's plan and presentation mode; the badge is the number of open
 * gaps. */
GtkWidget *fh_discover_page_new (void);
void       fh_discover_page_set_tab (FhDiscoverPage *self, const char *name);

G_END_DECLS
