/* fh-about.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fh-store.h"

G_BEGIN_DECLS

/* Shows the About window over @parent: the app, its links, what is new in this release,
 * and debug information (versions of every library, the open plan's location) that a
 * bug report can carry. */
void fh_about_present (GtkWindow *parent, FhStore *store);

G_END_DECLS
