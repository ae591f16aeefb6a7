/* fh-item-editor.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-roadmap-item.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_ITEM_EDITOR (fh_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (FhItemEditor, fh_item_editor, FH, ITEM_EDITOR, AdwWindow)

FhItemEditor *fh_item_editor_new (GtkWindow *parent, FhStore *store, FhRoadmapItem *item);
gboolean      fh_item_editor_save (FhItemEditor *self);

G_END_DECLS
