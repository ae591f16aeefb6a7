/* fh-option-adder.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTION_ADDER (fh_option_adder_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionAdder, fh_option_adder, FH, OPTION_ADDER, AdwBin)

GtkWidget  *fh_option_adder_new (void);
void        fh_option_adder_set_store (FhOptionAdder *self, FhStore *store);
const char *fh_option_adder_get_capability (FhOptionAdder *self);
void        fh_option_adder_set_capability (FhOptionAdder *self, const char *capability);

G_END_DECLS
