/* fh-assess-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_ASSESS_PAGE (fh_assess_page_get_type ())

G_DECLARE_FINAL_TYPE (FhAssessPage, fh_assess_page, FH, ASSESS_PAGE, AdwBin)

GtkWidget  *fh_assess_page_new (void);
FhStore    *fh_assess_page_get_store (FhAssessPage *self);
void        fh_assess_page_set_store (FhAssessPage *self, FhStore *store);
const char *fh_assess_page_get_badge (FhAssessPage *self);
int         fh_assess_page_get_quarter (FhAssessPage *self);
void        fh_assess_page_set_quarter (FhAssessPage *self, int quarter);
guint       fh_assess_page_get_current (FhAssessPage *self);

G_END_DECLS
