/* fh-baseline-item.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_BASELINE_ITEM (fh_baseline_item_get_type ())

G_DECLARE_FINAL_TYPE (FhBaselineItem, fh_baseline_item, FH, BASELINE_ITEM, GObject)

FhBaselineItem *fh_baseline_item_new (gint64 assessment);
gint64          fh_baseline_item_get_id (FhBaselineItem *self);
gint64          fh_baseline_item_get_assessment (FhBaselineItem *self);
gint64          fh_baseline_item_get_item (FhBaselineItem *self);
const char     *fh_baseline_item_get_title (FhBaselineItem *self);
const char     *fh_baseline_item_get_capability (FhBaselineItem *self);
int             fh_baseline_item_get_from_stage (FhBaselineItem *self);
int             fh_baseline_item_get_target_stage (FhBaselineItem *self);
int             fh_baseline_item_get_start_quarter (FhBaselineItem *self);
int             fh_baseline_item_get_duration (FhBaselineItem *self);
FhItemStatus    fh_baseline_item_get_status (FhBaselineItem *self);

G_END_DECLS
