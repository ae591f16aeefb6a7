/* fh-preferences-window.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FH_TYPE_PREFERENCES_WINDOW (fh_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FhPreferencesWindow,
                      fh_preferences_window,
                      FH,
                      PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* The app's preferences, stored in @settings (the app's GSettings): what new plans start
 * with, the presentation scale, the timer's length and the report's paper. A plan's own
 * settings are the plan's, not preferences. */
GtkWidget *fh_preferences_window_new (GSettings *settings);

G_END_DECLS
