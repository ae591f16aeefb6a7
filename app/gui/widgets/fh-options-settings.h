/* fh-options-settings.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTIONS_SETTINGS (fh_options_settings_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionsSettings, fh_options_settings, FH, OPTIONS_SETTINGS, AdwBin)

GtkWidget *fh_options_settings_new (void);
FhStore   *fh_options_settings_get_store (FhOptionsSettings *self);
void       fh_options_settings_set_store (FhOptionsSettings *self, FhStore *store);
void       fh_options_settings_refresh (FhOptionsSettings *self);

G_END_DECLS
