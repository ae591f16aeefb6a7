/* fh-role.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-role.h"

#include "fh-field.h"

/* A role in the ML team, one row of the roles × skills matrix (FhRoleSkill). */
struct _FhRole
{
  GObject parent_instance;

  gint64 id;
  char  *name;
  int    position;
};

G_DEFINE_FINAL_TYPE (FhRole, fh_role, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_role_finalize (GObject *object)
{
  FhRole *self = (FhRole *)object;

  g_free (self->name);

  G_OBJECT_CLASS (fh_role_parent_class)->finalize (object);
}

static void
fh_role_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhRole *self = FH_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_role_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhRole *self = FH_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_POSITION:
      fh_field_set_int (object, &self->position, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_role_class_init (FhRoleClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_role_finalize;
  object_class->get_property = fh_role_get_property;
  object_class->set_property = fh_role_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Position"), NULL, 0, 1000, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_role_init (FhRole *self)
{
  self->name = g_strdup ("");
}

FhRole *
fh_role_new (const char *name)
{
  return g_object_new (FH_TYPE_ROLE, "name", name, NULL);
}

gint64
fh_role_get_id (FhRole *self)
{
  g_return_val_if_fail (FH_IS_ROLE (self), 0);
  return self->id;
}

const char *
fh_role_get_name (FhRole *self)
{
  g_return_val_if_fail (FH_IS_ROLE (self), NULL);
  return self->name;
}

int
fh_role_get_position (FhRole *self)
{
  g_return_val_if_fail (FH_IS_ROLE (self), 0);
  return self->position;
}
