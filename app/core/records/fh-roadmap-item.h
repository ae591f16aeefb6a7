/* fh-roadmap-item.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_ROADMAP_ITEM (fh_roadmap_item_get_type ())

G_DECLARE_FINAL_TYPE (FhRoadmapItem, fh_roadmap_item, FH, ROADMAP_ITEM, GObject)

FhRoadmapItem *fh_roadmap_item_new (const char *title, const char *capability, int start_quarter);
gint64         fh_roadmap_item_get_id (FhRoadmapItem *self);
const char    *fh_roadmap_item_get_title (FhRoadmapItem *self);
const char    *fh_roadmap_item_get_capability (FhRoadmapItem *self);
int            fh_roadmap_item_get_from_stage (FhRoadmapItem *self);
int            fh_roadmap_item_get_target_stage (FhRoadmapItem *self);
int            fh_roadmap_item_get_start_quarter (FhRoadmapItem *self);
int            fh_roadmap_item_get_duration (FhRoadmapItem *self);
FhItemStatus   fh_roadmap_item_get_status (FhRoadmapItem *self);
const char    *fh_roadmap_item_get_owner (FhRoadmapItem *self);
const char    *fh_roadmap_item_get_notes (FhRoadmapItem *self);
gboolean       fh_roadmap_item_get_milestone (FhRoadmapItem *self);
gint64         fh_roadmap_item_get_cost (FhRoadmapItem *self);
const char    *fh_roadmap_item_get_status_reason (FhRoadmapItem *self);

G_END_DECLS
