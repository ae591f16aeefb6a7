/* fh-role-skill.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_TYPE_ROLE_SKILL (fh_role_skill_get_type ())

G_DECLARE_FINAL_TYPE (FhRoleSkill, fh_role_skill, FH, ROLE_SKILL, GObject)

FhRoleSkill *fh_role_skill_new (gint64 role, gint64 skill);
gint64       fh_role_skill_get_id (FhRoleSkill *self);
gint64       fh_role_skill_get_role (FhRoleSkill *self);
gint64       fh_role_skill_get_skill (FhRoleSkill *self);
int          fh_role_skill_get_current (FhRoleSkill *self);
int          fh_role_skill_get_needed (FhRoleSkill *self);

G_END_DECLS
