/* fh-options-page.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-section.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTIONS_PAGE (fh_options_page_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionsPage, fh_options_page, FH, OPTIONS_PAGE, FhSection)

GtkWidget  *fh_options_page_new (void);
const char *fh_options_page_get_capability (FhOptionsPage *self);
void        fh_options_page_set_capability (FhOptionsPage *self, const char *capability);
gint64      fh_options_page_get_option (FhOptionsPage *self);
void        fh_options_page_set_option (FhOptionsPage *self, gint64 option);

G_END_DECLS
