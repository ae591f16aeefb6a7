/* fh-capability.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-capability.h"

#include "fh-field.h"
#include "fh-types.h"

/* One capability of the maturity model, such as "business-alignment". Its id is a
 * slug rather than a number because catalogs and other records refer to it by name, and
 * the name must survive export and import unchanged.
 *
 * The four criteria say what the capability looks like at each stage from Initial to
 * Scalable; they are kept in an array indexed by stage - 1 so that callers can ask for
 * "the criterion of stage n" without a switch. */
struct _FhCapability
{
  GObject parent_instance;

  char    *id;
  int      position;
  char    *name;
  char    *description;
  gboolean core;
  char    *criteria[FH_STAGE_LAST];
  char    *frameworks;
};

G_DEFINE_FINAL_TYPE (FhCapability, fh_capability, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_CORE,
  PROP_CRITERION_1,
  PROP_CRITERION_2,
  PROP_CRITERION_3,
  PROP_CRITERION_4,
  PROP_FRAMEWORKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_capability_finalize (GObject *object)
{
  FhCapability *self = (FhCapability *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->frameworks);
  for (guint i = 0; i < G_N_ELEMENTS (self->criteria); i++)
    g_free (self->criteria[i]);

  G_OBJECT_CLASS (fh_capability_parent_class)->finalize (object);
}

static void
fh_capability_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhCapability *self = FH_CAPABILITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_CORE:
      g_value_set_boolean (value, self->core);
      break;
    case PROP_CRITERION_1:
    case PROP_CRITERION_2:
    case PROP_CRITERION_3:
    case PROP_CRITERION_4:
      g_value_set_string (value, self->criteria[prop_id - PROP_CRITERION_1]);
      break;
    case PROP_FRAMEWORKS:
      g_value_set_string (value, self->frameworks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_capability_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhCapability *self = FH_CAPABILITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_string (object, &self->id, g_value_get_string (value), pspec);
      break;
    case PROP_POSITION:
      fh_field_set_int (object, &self->position, g_value_get_int (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_DESCRIPTION:
      fh_field_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;
    case PROP_CORE:
      fh_field_set_boolean (object, &self->core, g_value_get_boolean (value), pspec);
      break;
    case PROP_CRITERION_1:
    case PROP_CRITERION_2:
    case PROP_CRITERION_3:
    case PROP_CRITERION_4:
      fh_field_set_string (object, &self->criteria[prop_id - PROP_CRITERION_1],
                           g_value_get_string (value), pspec);
      break;
    case PROP_FRAMEWORKS:
      fh_field_set_string (object, &self->frameworks, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_capability_class_init (FhCapabilityClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_capability_finalize;
  object_class->get_property = fh_capability_get_property;
  object_class->set_property = fh_capability_set_property;

  properties[PROP_ID] =
    fh_field_mark (g_param_spec_string ("id", N_("Id"), NULL, "", flags), FH_FIELD_SLUG, TRUE);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Position"), NULL, 0, 1000, 0, flags);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_DESCRIPTION] = fh_field_mark (
    g_param_spec_string ("description", N_("Description"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_CORE] = g_param_spec_boolean ("core", N_("Core capability"), NULL, FALSE, flags);
  properties[PROP_CRITERION_1] =
    fh_field_mark (g_param_spec_string ("criterion-1", N_("Initial criterion"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);
  properties[PROP_CRITERION_2] = fh_field_mark (g_param_spec_string (
    "criterion-2", N_("Repeatable criterion"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_CRITERION_3] =
    fh_field_mark (g_param_spec_string ("criterion-3", N_("Reliable criterion"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);
  properties[PROP_CRITERION_4] =
    fh_field_mark (g_param_spec_string ("criterion-4", N_("Scalable criterion"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);
  /* How the capability's stages map to the levels of public MLOps frameworks. */
  properties[PROP_FRAMEWORKS] =
    fh_field_mark (g_param_spec_string ("frameworks", N_("Framework levels"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_capability_init (FhCapability *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->frameworks = g_strdup ("");
  for (guint i = 0; i < G_N_ELEMENTS (self->criteria); i++)
    self->criteria[i] = g_strdup ("");
}

FhCapability *
fh_capability_new (const char *id, const char *name)
{
  return g_object_new (FH_TYPE_CAPABILITY, "id", id, "name", name, NULL);
}

const char *
fh_capability_get_id (FhCapability *self)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), NULL);
  return self->id;
}

int
fh_capability_get_position (FhCapability *self)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), 0);
  return self->position;
}

const char *
fh_capability_get_name (FhCapability *self)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), NULL);
  return self->name;
}

const char *
fh_capability_get_description (FhCapability *self)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), NULL);
  return self->description;
}

gboolean
fh_capability_get_core (FhCapability *self)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), FALSE);
  return self->core;
}

/* @stage is FH_STAGE_INITIAL … FH_STAGE_SCALABLE: "not yet" has no criterion. */
const char *
fh_capability_get_criterion (FhCapability *self, int stage)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), NULL);
  g_return_val_if_fail (stage >= FH_STAGE_INITIAL && stage <= FH_STAGE_SCALABLE, NULL);

  return self->criteria[stage - FH_STAGE_INITIAL];
}

/* Returns: how the capability maps to AWS's ML Lens, Google's MLOps levels and
 * Microsoft's MLOps maturity model, in the catalog's words; "" when not recorded. */
const char *
fh_capability_get_frameworks (FhCapability *self)
{
  g_return_val_if_fail (FH_IS_CAPABILITY (self), NULL);
  return self->frameworks;
}
