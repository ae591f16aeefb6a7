/* fh-assess-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_ASSESS_PAGE (fh_assess_page_get_type ())

G_DECLARE_FINAL_TYPE (FhAssessPage, fh_assess_page, FH, ASSESS_PAGE, FhSection)

GtkWidget *fh_assess_page_new (void);
int        fh_assess_page_get_quarter (FhAssessPage *self);
void       fh_assess_page_set_quarter (FhAssessPage *self, int quarter);
guint      fh_assess_page_get_current (FhAssessPage *self);

G_END_DECLS
