/* fh-data-source.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-data-source.h"

#include "fh-enums.h"
#include "fh-field.h"

/* A source of data that use cases need: who owns it, whether it is collected yet, how
 * it can be reached and how sensitive it is. Which use cases need it is not a property:
 * those are FhLink records (source_use_cases), so that deleting either end drops the
 * link without touching this source. */
struct _FhDataSource
{
  GObject parent_instance;

  gint64         id;
  char          *name;
  char          *description;
  char          *owner;
  FhAvailability availability;
  FhAccess       access;
  FhSensitivity  sensitivity;
  gboolean       collect_now;
};

G_DEFINE_FINAL_TYPE (FhDataSource, fh_data_source, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_AVAILABILITY,
  PROP_ACCESS,
  PROP_SENSITIVITY,
  PROP_COLLECT_NOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_data_source_finalize (GObject *object)
{
  FhDataSource *self = (FhDataSource *)object;

  g_free (self->name);
  g_free (self->description);
  g_free (self->owner);

  G_OBJECT_CLASS (fh_data_source_parent_class)->finalize (object);
}

static void
fh_data_source_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhDataSource *self = FH_DATA_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_AVAILABILITY:
      g_value_set_enum (value, self->availability);
      break;
    case PROP_ACCESS:
      g_value_set_enum (value, self->access);
      break;
    case PROP_SENSITIVITY:
      g_value_set_enum (value, self->sensitivity);
      break;
    case PROP_COLLECT_NOW:
      g_value_set_boolean (value, self->collect_now);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_data_source_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhDataSource *self = FH_DATA_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_DESCRIPTION:
      fh_field_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;
    case PROP_OWNER:
      fh_field_set_string (object, &self->owner, g_value_get_string (value), pspec);
      break;
    case PROP_AVAILABILITY:
      fh_field_set_int (object, (int *)&self->availability, g_value_get_enum (value), pspec);
      break;
    case PROP_ACCESS:
      fh_field_set_int (object, (int *)&self->access, g_value_get_enum (value), pspec);
      break;
    case PROP_SENSITIVITY:
      fh_field_set_int (object, (int *)&self->sensitivity, g_value_get_enum (value), pspec);
      break;
    case PROP_COLLECT_NOW:
      fh_field_set_boolean (object, &self->collect_now, g_value_get_boolean (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_data_source_class_init (FhDataSourceClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_data_source_finalize;
  object_class->get_property = fh_data_source_get_property;
  object_class->set_property = fh_data_source_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_DESCRIPTION] = fh_field_mark (
    g_param_spec_string ("description", N_("Description"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_OWNER] = fh_field_mark (
    g_param_spec_string ("owner", N_("Owner"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_AVAILABILITY] =
    g_param_spec_enum ("availability", N_("Availability"), NULL, FH_TYPE_AVAILABILITY,
                                           FH_AVAILABILITY_AVAILABLE, flags);
  properties[PROP_ACCESS] = g_param_spec_enum ("access", N_("Access"), NULL, FH_TYPE_ACCESS,
                                                             FH_ACCESS_SELF_SERVICE, flags);
  properties[PROP_SENSITIVITY] = g_param_spec_enum (
    "sensitivity", N_("Sensitivity"), NULL, FH_TYPE_SENSITIVITY, FH_SENSITIVITY_INTERNAL, flags);
  properties[PROP_COLLECT_NOW] =
    g_param_spec_boolean ("collect-now", N_("Start collecting now"), NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_data_source_init (FhDataSource *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->owner = g_strdup ("");
  self->availability = FH_AVAILABILITY_AVAILABLE;
  self->access = FH_ACCESS_SELF_SERVICE;
  self->sensitivity = FH_SENSITIVITY_INTERNAL;
}

FhDataSource *
fh_data_source_new (const char *name)
{
  return g_object_new (FH_TYPE_DATA_SOURCE, "name", name, NULL);
}

gint64
fh_data_source_get_id (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), 0);
  return self->id;
}

const char *
fh_data_source_get_name (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), NULL);
  return self->name;
}

const char *
fh_data_source_get_description (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), NULL);
  return self->description;
}

const char *
fh_data_source_get_owner (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), NULL);
  return self->owner;
}

FhAvailability
fh_data_source_get_availability (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), 0);
  return self->availability;
}

FhAccess
fh_data_source_get_access (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), 0);
  return self->access;
}

FhSensitivity
fh_data_source_get_sensitivity (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), 0);
  return self->sensitivity;
}

gboolean
fh_data_source_get_collect_now (FhDataSource *self)
{
  g_return_val_if_fail (FH_IS_DATA_SOURCE (self), FALSE);
  return self->collect_now;
}
