/* fh-window.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_WINDOW (fh_window_get_type ())

G_DECLARE_FINAL_TYPE (FhWindow, fh_window, FH, WINDOW, AdwApplicationWindow)

FhWindow   *fh_window_new (GtkApplication *application);
FhStore    *fh_window_get_store (FhWindow *self);
void        fh_window_set_store (FhWindow *self, FhStore *store);
const char *fh_window_get_section (FhWindow *self);
void        fh_window_set_section (FhWindow *self, const char *section);
void        fh_window_focus_section (FhWindow *self);
void        fh_window_replace_with_json (FhWindow *self, const char *path);
GtkWindow  *fh_window_show_plan_properties (FhWindow *self);
gboolean    fh_window_get_presenting (FhWindow *self);
void        fh_window_set_presenting (FhWindow *self, gboolean presenting);
void        fh_window_add_toast (FhWindow *self, AdwToast *toast);
void        fh_window_show_error (FhWindow *self, const char *heading, const char *message);

G_END_DECLS
