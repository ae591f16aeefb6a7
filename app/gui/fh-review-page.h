/* fh-review-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_REVIEW_PAGE (fh_review_page_get_type ())

G_DECLARE_FINAL_TYPE (FhReviewPage, fh_review_page, FH, REVIEW_PAGE, AdwBin)

GtkWidget  *fh_review_page_new (void);
FhStore    *fh_review_page_get_store (FhReviewPage *self);
void        fh_review_page_set_store (FhReviewPage *self, FhStore *store);
const char *fh_review_page_get_badge (FhReviewPage *self);

G_END_DECLS
