/* fh-skill.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_SKILL (fh_skill_get_type ())

G_DECLARE_FINAL_TYPE (FhSkill, fh_skill, FH, SKILL, GObject)

FhSkill    *fh_skill_new (const char *name);
gint64      fh_skill_get_id (FhSkill *self);
const char *fh_skill_get_name (FhSkill *self);
int         fh_skill_get_position (FhSkill *self);

G_END_DECLS
