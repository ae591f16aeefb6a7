/* fh-timeline.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_TIMELINE (fh_timeline_get_type ())

G_DECLARE_FINAL_TYPE (FhTimeline, fh_timeline, FH, TIMELINE, GtkWidget)

GtkWidget *fh_timeline_new (void);
void       fh_timeline_set_plan (FhTimeline *self, FhStore *store, GPtrArray *findings);
gint64     fh_timeline_get_selected (FhTimeline *self);
void       fh_timeline_set_selected (FhTimeline *self, gint64 item);
gboolean   fh_timeline_get_hide_empty (FhTimeline *self);
void       fh_timeline_set_hide_empty (FhTimeline *self, gboolean hide_empty);
guint      fh_timeline_get_n_lanes (FhTimeline *self);
gboolean   fh_timeline_move_selected (FhTimeline *self, int delta_start, int delta_duration);
double     fh_timeline_get_text_pt (FhTimeline *self);
gboolean   fh_timeline_get_dark (FhTimeline *self);

G_END_DECLS
