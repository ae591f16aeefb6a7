/* fh-prerequisite.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_PREREQUISITE (fh_prerequisite_get_type ())

G_DECLARE_FINAL_TYPE (FhPrerequisite, fh_prerequisite, FH, PREREQUISITE, GObject)

FhPrerequisite *
fh_prerequisite_new (const char *capability, int stage, const char *requires, int requires_stage);
gint64      fh_prerequisite_get_id (FhPrerequisite *self);
const char *fh_prerequisite_get_capability (FhPrerequisite *self);
int         fh_prerequisite_get_stage (FhPrerequisite *self);
const char *fh_prerequisite_get_requires (FhPrerequisite *self);
int         fh_prerequisite_get_requires_stage (FhPrerequisite *self);

G_END_DECLS
