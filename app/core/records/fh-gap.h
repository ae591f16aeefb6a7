/* fh-gap.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_GAP (fh_gap_get_type ())

G_DECLARE_FINAL_TYPE (FhGap, fh_gap, FH, GAP, GObject)

FhGap      *fh_gap_new (const char *title);
gint64      fh_gap_get_id (FhGap *self);
const char *fh_gap_get_title (FhGap *self);
const char *fh_gap_get_description (FhGap *self);
const char *fh_gap_get_capability (FhGap *self);
FhGapKind   fh_gap_get_kind (FhGap *self);
int         fh_gap_get_severity (FhGap *self);
int         fh_gap_get_votes (FhGap *self);
const char *fh_gap_get_owner (FhGap *self);
FhGapStatus fh_gap_get_status (FhGap *self);

gboolean fh_gap_is_open (FhGap *self);
guint    fh_gaps_count_open (GListModel *gaps);
G_END_DECLS
