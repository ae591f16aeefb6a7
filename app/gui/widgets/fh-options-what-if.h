/* fh-options-what-if.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTIONS_WHAT_IF (fh_options_what_if_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionsWhatIf, fh_options_what_if, FH, OPTIONS_WHAT_IF, AdwBin)

GtkWidget *fh_options_what_if_new (void);
void       fh_options_what_if_set_store (FhOptionsWhatIf *self, FhStore *store);
void       fh_options_what_if_set_capability (FhOptionsWhatIf *self, const char *capability);
void       fh_options_what_if_refresh (FhOptionsWhatIf *self);

G_END_DECLS
