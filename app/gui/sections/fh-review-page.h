/* fh-review-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_REVIEW_PAGE (fh_review_page_get_type ())

G_DECLARE_FINAL_TYPE (FhReviewPage, fh_review_page, FH, REVIEW_PAGE, FhSection)

GtkWidget *fh_review_page_new (void);

G_END_DECLS
