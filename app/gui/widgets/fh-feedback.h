/* fh-feedback.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* How the window tells the user what happened: toasts, and the reason a field
 * refused a value, shown next to it. */

AdwToast *fh_toast_new (const char *text, gboolean undo);
void      fh_show_field_error (GtkLabel *label, GtkWidget *field, const char *message);

G_END_DECLS
