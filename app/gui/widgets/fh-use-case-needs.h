/* fh-use-case-needs.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_USE_CASE_NEEDS (fh_use_case_needs_get_type ())

G_DECLARE_FINAL_TYPE (FhUseCaseNeeds, fh_use_case_needs, FH, USE_CASE_NEEDS, AdwBin)

GtkWidget  *fh_use_case_needs_new (void);
void        fh_use_case_needs_set_use_case (FhUseCaseNeeds *self, FhStore *store, gint64 use_case);
const char *fh_use_case_needs_get_status_text (FhUseCaseNeeds *self);
guint       fh_use_case_needs_get_n_needs (FhUseCaseNeeds *self);

G_END_DECLS
