/* fh-prerequisite.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-prerequisite.h"

#include "fh-field.h"

/* A rule of the maturity model: "when capability reaches stage, requires must be at
 * least requires-stage". An empty capability stands for any capability, an empty
 * requires for every core capability, so that one rule can cover the whole model. */
struct _FhPrerequisite
{
  GObject parent_instance;

  gint64 id;
  char  *capability;
  int    stage;
  char  *requires;
  int    requires_stage;
};

G_DEFINE_FINAL_TYPE (FhPrerequisite, fh_prerequisite, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CAPABILITY,
  PROP_STAGE,
  PROP_REQUIRES,
  PROP_REQUIRES_STAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_prerequisite_finalize (GObject *object)
{
  FhPrerequisite *self = (FhPrerequisite *)object;

  g_free (self->capability);
  g_free (self->requires);

  G_OBJECT_CLASS (fh_prerequisite_parent_class)->finalize (object);
}

static void
fh_prerequisite_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhPrerequisite *self = FH_PREREQUISITE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;
    case PROP_REQUIRES:
      g_value_set_string (value, self->requires);
      break;
    case PROP_REQUIRES_STAGE:
      g_value_set_int (value, self->requires_stage);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_prerequisite_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FhPrerequisite *self = FH_PREREQUISITE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_CAPABILITY:
      fh_field_set_string (object, &self->capability, g_value_get_string (value), pspec);
      break;
    case PROP_STAGE:
      fh_field_set_int (object, &self->stage, g_value_get_int (value), pspec);
      break;
    case PROP_REQUIRES:
      fh_field_set_string (object, &self->requires, g_value_get_string (value), pspec);
      break;
    case PROP_REQUIRES_STAGE:
      fh_field_set_int (object, &self->requires_stage, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_prerequisite_class_init (FhPrerequisiteClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_prerequisite_finalize;
  object_class->get_property = fh_prerequisite_get_property;
  object_class->set_property = fh_prerequisite_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, FALSE);
  properties[PROP_STAGE] = g_param_spec_int ("stage", N_("Stage"), NULL, 1, 4, 1, flags);
  properties[PROP_REQUIRES] = fh_field_mark (
    g_param_spec_string ("requires", N_("Requires"), NULL, "", flags), FH_FIELD_PLAIN, FALSE);
  properties[PROP_REQUIRES_STAGE] =
    g_param_spec_int ("requires-stage", N_("Required stage"), NULL, 1, 4, 1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_prerequisite_init (FhPrerequisite *self)
{
  self->capability = g_strdup ("");
  self->requires = g_strdup ("");
  self->stage = 1;
  self->requires_stage = 1;
}

FhPrerequisite *
fh_prerequisite_new (const char *capability, int stage, const char *requires, int requires_stage)
{
  return g_object_new (FH_TYPE_PREREQUISITE, "capability", capability, "stage", stage, "requires",
                       requires, "requires-stage", requires_stage, NULL);
}

gint64
fh_prerequisite_get_id (FhPrerequisite *self)
{
  g_return_val_if_fail (FH_IS_PREREQUISITE (self), 0);
  return self->id;
}

const char *
fh_prerequisite_get_capability (FhPrerequisite *self)
{
  g_return_val_if_fail (FH_IS_PREREQUISITE (self), NULL);
  return self->capability;
}

int
fh_prerequisite_get_stage (FhPrerequisite *self)
{
  g_return_val_if_fail (FH_IS_PREREQUISITE (self), 0);
  return self->stage;
}

const char *
fh_prerequisite_get_requires (FhPrerequisite *self)
{
  g_return_val_if_fail (FH_IS_PREREQUISITE (self), NULL);
  return self->requires;
}

int
fh_prerequisite_get_requires_stage (FhPrerequisite *self)
{
  g_return_val_if_fail (FH_IS_PREREQUISITE (self), 0);
  return self->requires_stage;
}
