/* fh-data-source.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

#define FH_TYPE_DATA_SOURCE (fh_data_source_get_type ())

G_DECLARE_FINAL_TYPE (FhDataSource, fh_data_source, FH, DATA_SOURCE, GObject)

FhDataSource  *fh_data_source_new (const char *name);
gint64         fh_data_source_get_id (FhDataSource *self);
const char    *fh_data_source_get_name (FhDataSource *self);
const char    *fh_data_source_get_description (FhDataSource *self);
const char    *fh_data_source_get_owner (FhDataSource *self);
FhAvailability fh_data_source_get_availability (FhDataSource *self);
FhAccess       fh_data_source_get_access (FhDataSource *self);
FhSensitivity  fh_data_source_get_sensitivity (FhDataSource *self);
gboolean       fh_data_source_get_collect_now (FhDataSource *self);

G_END_DECLS
