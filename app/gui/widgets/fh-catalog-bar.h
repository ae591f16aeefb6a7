/* fh-catalog-bar.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_CATALOG_BAR (fh_catalog_bar_get_type ())

G_DECLARE_FINAL_TYPE (FhCatalogBar, fh_catalog_bar, FH, CATALOG_BAR, GtkWidget)

/* A bar that offers a plan the capabilities a newer catalog has and it lacks, and adds
 * them as one undo step. It reveals itself only while there are some; "add-toast" carries
 * the toast that says what was added. */

GtkWidget *fh_catalog_bar_new (void);
void       fh_catalog_bar_set_store (FhCatalogBar *self, FhStore *store);
guint      fh_catalog_bar_get_n_missing (FhCatalogBar *self);
gboolean   fh_catalog_bar_add (FhCatalogBar *self, GError **error);

G_END_DECLS
