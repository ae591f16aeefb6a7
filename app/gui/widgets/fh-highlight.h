/* fh-highlight.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Show the room what changed: the row of a record just added to a list or column view
 * is highlighted for a moment (the "just-added" style class), wherever the recycling
 * list binds it. */

#define FH_HIGHLIGHT_MSEC 2500

void     fh_highlight_record (GtkWidget *list, gint64 id);
void     fh_highlight_bind (GtkWidget *list, GtkWidget *child, gint64 id);
gboolean fh_highlight_row_is_highlighted (GtkWidget *child);

G_END_DECLS
