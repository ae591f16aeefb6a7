/* fh-capability.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_CAPABILITY (fh_capability_get_type ())

G_DECLARE_FINAL_TYPE (FhCapability, fh_capability, FH, CAPABILITY, GObject)

FhCapability *fh_capability_new (const char *id, const char *name);
const char   *fh_capability_get_id (FhCapability *self);
int           fh_capability_get_position (FhCapability *self);
const char   *fh_capability_get_name (FhCapability *self);
const char   *fh_capability_get_description (FhCapability *self);
gboolean      fh_capability_get_core (FhCapability *self);
const char   *fh_capability_get_criterion (FhCapability *self, int stage);
const char   *fh_capability_get_frameworks (FhCapability *self);

G_END_DECLS
