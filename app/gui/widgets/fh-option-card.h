/* fh-option-card.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-option.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_OPTION_CARD (fh_option_card_get_type ())

G_DECLARE_FINAL_TYPE (FhOptionCard, fh_option_card, FH, OPTION_CARD, GtkToggleButton)

GtkWidget *fh_option_card_new (FhStore *store, FhOption *option);
FhOption  *fh_option_card_get_option (FhOptionCard *self);
gint64     fh_option_card_get_tco (FhOptionCard *self);
void       fh_option_card_set_standing (FhOptionCard *self,
                                        double        score,
                                        gboolean      recommended,
                                        gboolean      chosen);
void       fh_option_card_refresh (FhOptionCard *self);

G_END_DECLS
