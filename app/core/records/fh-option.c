/* fh-option.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option.h"

#include "fh-enums.h"
#include "fh-field.h"

/* One way to build a capability: buy it, build it, or a mix. A capability may have
 * several options side by side; at most one of them is chosen. */
struct _FhOption
{
  GObject parent_instance;

  gint64       id;
  char        *capability;
  FhOptionKind kind;
  char        *name;
  char        *vendor;
  char        *description;
  gboolean     chosen;
  char        *rationale;
};

G_DEFINE_FINAL_TYPE (FhOption, fh_option, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CAPABILITY,
  PROP_KIND,
  PROP_NAME,
  PROP_VENDOR,
  PROP_DESCRIPTION,
  PROP_CHOSEN,
  PROP_RATIONALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_option_finalize (GObject *object)
{
  FhOption *self = (FhOption *)object;

  g_free (self->capability);
  g_free (self->name);
  g_free (self->vendor);
  g_free (self->description);
  g_free (self->rationale);

  G_OBJECT_CLASS (fh_option_parent_class)->finalize (object);
}

static void
fh_option_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhOption *self = FH_OPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_VENDOR:
      g_value_set_string (value, self->vendor);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_CHOSEN:
      g_value_set_boolean (value, self->chosen);
      break;
    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhOption *self = FH_OPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_CAPABILITY:
      fh_field_set_string (object, &self->capability, g_value_get_string (value), pspec);
      break;
    case PROP_KIND:
      fh_field_set_int (object, (int *)&self->kind, g_value_get_enum (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_VENDOR:
      fh_field_set_string (object, &self->vendor, g_value_get_string (value), pspec);
      break;
    case PROP_DESCRIPTION:
      fh_field_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;
    case PROP_CHOSEN:
      fh_field_set_boolean (object, &self->chosen, g_value_get_boolean (value), pspec);
      break;
    case PROP_RATIONALE:
      fh_field_set_string (object, &self->rationale, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_class_init (FhOptionClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_option_finalize;
  object_class->get_property = fh_option_get_property;
  object_class->set_property = fh_option_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_KIND] = g_param_spec_enum ("kind", N_("Kind"), NULL, FH_TYPE_OPTION_KIND,
                                                         FH_OPTION_KIND_PACKAGED, flags);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_VENDOR] = fh_field_mark (
    g_param_spec_string ("vendor", N_("Vendor"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_DESCRIPTION] = fh_field_mark (
    g_param_spec_string ("description", N_("Description"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_CHOSEN] = g_param_spec_boolean ("chosen", N_("Chosen"), NULL, FALSE, flags);
  properties[PROP_RATIONALE] = fh_field_mark (
    g_param_spec_string ("rationale", N_("Rationale"), NULL, "", flags), FH_FIELD_LONG, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_option_init (FhOption *self)
{
  self->capability = g_strdup ("");
  self->name = g_strdup ("");
  self->vendor = g_strdup ("");
  self->description = g_strdup ("");
  self->rationale = g_strdup ("");
  self->kind = FH_OPTION_KIND_PACKAGED;
}

FhOption *
fh_option_new (const char *capability, const char *name)
{
  return g_object_new (FH_TYPE_OPTION, "capability", capability, "name", name, NULL);
}

gint64
fh_option_get_id (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), 0);
  return self->id;
}

const char *
fh_option_get_capability (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), NULL);
  return self->capability;
}

FhOptionKind
fh_option_get_kind (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), 0);
  return self->kind;
}

const char *
fh_option_get_name (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), NULL);
  return self->name;
}

const char *
fh_option_get_vendor (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), NULL);
  return self->vendor;
}

const char *
fh_option_get_description (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), NULL);
  return self->description;
}

gboolean
fh_option_get_chosen (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), FALSE);
  return self->chosen;
}

const char *
fh_option_get_rationale (FhOption *self)
{
  g_return_val_if_fail (FH_IS_OPTION (self), NULL);
  return self->rationale;
}
