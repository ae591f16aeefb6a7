/* fh-link.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-link.h"

#include "fh-field.h"

/* A pair of record ids in one of the link tables (item_gaps, item_use_cases,
 * item_dependencies); which table gives the meaning of source and target. */
struct _FhLink
{
  GObject parent_instance;

  gint64 source;
  gint64 target;
};

G_DEFINE_FINAL_TYPE (FhLink, fh_link, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SOURCE,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_link_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhLink *self = FH_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_int64 (value, self->source);
      break;
    case PROP_TARGET:
      g_value_set_int64 (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_link_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhLink *self = FH_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      fh_field_set_int64 (object, &self->source, g_value_get_int64 (value), pspec);
      break;
    case PROP_TARGET:
      fh_field_set_int64 (object, &self->target, g_value_get_int64 (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_link_class_init (FhLinkClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = fh_link_get_property;
  object_class->set_property = fh_link_set_property;

  properties[PROP_SOURCE] =
    fh_field_mark (g_param_spec_int64 ("source", N_("Source"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_TARGET] =
    fh_field_mark (g_param_spec_int64 ("target", N_("Target"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_link_init (FhLink *self)
{
  /* Both ends stay 0 until set: their range starts at 1, so a link that was never
   * given its ends does not validate and cannot be stored. */
}

FhLink *
fh_link_new (gint64 source, gint64 target)
{
  return g_object_new (FH_TYPE_LINK, "source", source, "target", target, NULL);
}

gint64
fh_link_get_source (FhLink *self)
{
  g_return_val_if_fail (FH_IS_LINK (self), 0);
  return self->source;
}

gint64
fh_link_get_target (FhLink *self)
{
  g_return_val_if_fail (FH_IS_LINK (self), 0);
  return self->target;
}
