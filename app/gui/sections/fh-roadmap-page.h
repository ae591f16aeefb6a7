/* fh-roadmap-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-rules.h"
#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_ROADMAP_PAGE (fh_roadmap_page_get_type ())

G_DECLARE_FINAL_TYPE (FhRoadmapPage, fh_roadmap_page, FH, ROADMAP_PAGE, FhSection)

GtkWidget *fh_roadmap_page_new (void);
GPtrArray *fh_roadmap_page_get_findings (FhRoadmapPage *self);
GtkWidget *fh_roadmap_page_get_timeline (FhRoadmapPage *self);
GtkWindow *fh_roadmap_page_show_draft (FhRoadmapPage *self);
gboolean   fh_roadmap_page_apply_fix (FhRoadmapPage *self, FhFinding *finding, GError **error);

G_END_DECLS
