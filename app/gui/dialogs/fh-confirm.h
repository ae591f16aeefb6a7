/* fh-confirm.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What a confirmed action does, on the widget that asked. */
typedef void (*FhConfirmFunc) (GtkWidget *widget, gpointer data);

AdwMessageDialog *fh_confirm (GtkWidget     *widget,
                              const char    *heading,
                              const char    *body,
                              const char    *confirm_label,
                              FhConfirmFunc  func,
                              gpointer       data,
                              GDestroyNotify destroy);

G_END_DECLS
