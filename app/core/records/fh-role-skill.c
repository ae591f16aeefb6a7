/* fh-role-skill.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-role-skill.h"

#include "fh-field.h"

/* One cell of the roles × skills matrix: how well a role masters a skill now and how
 * well it needs to, each 0 (none) … 4 (can teach). A cell belongs to its role and its
 * skill and goes when either goes. */
struct _FhRoleSkill
{
  GObject parent_instance;

  gint64 id;
  gint64 role;
  gint64 skill;
  int    current;
  int    needed;
};

G_DEFINE_FINAL_TYPE (FhRoleSkill, fh_role_skill, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_ROLE,
  PROP_SKILL,
  PROP_CURRENT,
  PROP_NEEDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_role_skill_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhRoleSkill *self = FH_ROLE_SKILL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ROLE:
      g_value_set_int64 (value, self->role);
      break;
    case PROP_SKILL:
      g_value_set_int64 (value, self->skill);
      break;
    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;
    case PROP_NEEDED:
      g_value_set_int (value, self->needed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_role_skill_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhRoleSkill *self = FH_ROLE_SKILL (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_ROLE:
      fh_field_set_int64 (object, &self->role, g_value_get_int64 (value), pspec);
      break;
    case PROP_SKILL:
      fh_field_set_int64 (object, &self->skill, g_value_get_int64 (value), pspec);
      break;
    case PROP_CURRENT:
      fh_field_set_int (object, &self->current, g_value_get_int (value), pspec);
      break;
    case PROP_NEEDED:
      fh_field_set_int (object, &self->needed, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_role_skill_class_init (FhRoleSkillClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = fh_role_skill_get_property;
  object_class->set_property = fh_role_skill_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE] = fh_field_mark (
    g_param_spec_int64 ("role", N_("Role"), NULL, 1, G_MAXINT64, 1, flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_SKILL] =
    fh_field_mark (g_param_spec_int64 ("skill", N_("Skill"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_CURRENT] =
    g_param_spec_int ("current", N_("Current level"), NULL, 0, 4, 0, flags);
  properties[PROP_NEEDED] = g_param_spec_int ("needed", N_("Needed level"), NULL, 0, 4, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_role_skill_init (FhRoleSkill *self)
{
  /* role and skill stay 0 until set: their ranges start at 1, so a cell that was never
   * given them does not validate and cannot be stored. */
}

FhRoleSkill *
fh_role_skill_new (gint64 role, gint64 skill)
{
  return g_object_new (FH_TYPE_ROLE_SKILL, "role", role, "skill", skill, NULL);
}

gint64
fh_role_skill_get_id (FhRoleSkill *self)
{
  g_return_val_if_fail (FH_IS_ROLE_SKILL (self), 0);
  return self->id;
}

gint64
fh_role_skill_get_role (FhRoleSkill *self)
{
  g_return_val_if_fail (FH_IS_ROLE_SKILL (self), 0);
  return self->role;
}

gint64
fh_role_skill_get_skill (FhRoleSkill *self)
{
  g_return_val_if_fail (FH_IS_ROLE_SKILL (self), 0);
  return self->skill;
}

int
fh_role_skill_get_current (FhRoleSkill *self)
{
  g_return_val_if_fail (FH_IS_ROLE_SKILL (self), 0);
  return self->current;
}

int
fh_role_skill_get_needed (FhRoleSkill *self)
{
  g_return_val_if_fail (FH_IS_ROLE_SKILL (self), 0);
  return self->needed;
}
