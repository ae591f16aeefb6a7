/* fh-role.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_ROLE (fh_role_get_type ())

G_DECLARE_FINAL_TYPE (FhRole, fh_role, FH, ROLE, GObject)

FhRole     *fh_role_new (const char *name);
gint64      fh_role_get_id (FhRole *self);
const char *fh_role_get_name (FhRole *self);
int         fh_role_get_position (FhRole *self);

G_END_DECLS
