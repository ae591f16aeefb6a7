/* fh-criterion.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-criterion.h"

#include "fh-field.h"

/* A criterion of the plan's decision matrix, such as "total cost of ownership". Like a
 * capability it is keyed by a slug, because option scores and catalogs refer to it by
 * name. Weights are relative: they are normalised when used. A derived criterion is
 * scored from the costs rather than by hand. */
struct _FhCriterion
{
  GObject parent_instance;

  char    *id;
  int      position;
  char    *name;
  char    *description;
  double   weight;
  gboolean derived;
};

G_DEFINE_FINAL_TYPE (FhCriterion, fh_criterion, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_WEIGHT,
  PROP_DERIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_criterion_finalize (GObject *object)
{
  FhCriterion *self = (FhCriterion *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);

  G_OBJECT_CLASS (fh_criterion_parent_class)->finalize (object);
}

static void
fh_criterion_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhCriterion *self = FH_CRITERION (object);

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
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_DERIVED:
      g_value_set_boolean (value, self->derived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_criterion_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhCriterion *self = FH_CRITERION (object);

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
    case PROP_WEIGHT:
      fh_field_set_double (object, &self->weight, g_value_get_double (value), pspec);
      break;
    case PROP_DERIVED:
      fh_field_set_boolean (object, &self->derived, g_value_get_boolean (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_criterion_class_init (FhCriterionClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_criterion_finalize;
  object_class->get_property = fh_criterion_get_property;
  object_class->set_property = fh_criterion_set_property;

  properties[PROP_ID] =
    fh_field_mark (g_param_spec_string ("id", N_("Id"), NULL, "", flags), FH_FIELD_SLUG, TRUE);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Position"), NULL, 0, 1000, 0, flags);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_DESCRIPTION] = fh_field_mark (
    g_param_spec_string ("description", N_("Description"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_WEIGHT] = g_param_spec_double ("weight", N_("Weight"), NULL, 0, 1000, 0, flags);
  properties[PROP_DERIVED] =
    g_param_spec_boolean ("derived", N_("Derived from costs"), NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_criterion_init (FhCriterion *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

FhCriterion *
fh_criterion_new (const char *id, const char *name, double weight)
{
  return g_object_new (FH_TYPE_CRITERION, "id", id, "name", name, "weight", weight, NULL);
}

const char *
fh_criterion_get_id (FhCriterion *self)
{
  g_return_val_if_fail (FH_IS_CRITERION (self), NULL);
  return self->id;
}

int
fh_criterion_get_position (FhCriterion *self)
{
  g_return_val_if_fail (FH_IS_CRITERION (self), 0);
  return self->position;
}

const char *
fh_criterion_get_name (FhCriterion *self)
{
  g_return_val_if_fail (FH_IS_CRITERION (self), NULL);
  return self->name;
}

const char *
fh_criterion_get_description (FhCriterion *self)
{
  g_return_val_if_fail (FH_IS_CRITERION (self), NULL);
  return self->description;
}

double
fh_criterion_get_weight (FhCriterion *self)
{
  g_return_val_if_fail (FH_IS_CRITERION (self), 0.0);
  return self->weight;
}

gboolean
fh_criterion_get_derived (FhCriterion *self)
{
  g_return_val_if_fail (FH_IS_CRITERION (self), FALSE);
  return self->derived;
}
