/* fh-option-share.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option-share.h"

#include "fh-enums.h"
#include "fh-field.h"

/* An option that also serves another capability than its own: one platform for
 * tracking, registry and pipelines. Its cost is shared between the capabilities it
 * serves and counted once (docs/domain.md section 4). Goes with its option or the
 * capability. */
struct _FhOptionShare
{
  GObject parent_instance;

  gint64 id;
  gint64 option;
  char  *capability;
};

G_DEFINE_FINAL_TYPE (FhOptionShare, fh_option_share, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_OPTION,
  PROP_CAPABILITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_option_share_finalize (GObject *object)
{
  FhOptionShare *self = (FhOptionShare *)object;

  g_free (self->capability);

  G_OBJECT_CLASS (fh_option_share_parent_class)->finalize (object);
}

static void
fh_option_share_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhOptionShare *self = FH_OPTION_SHARE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_OPTION:
      g_value_set_int64 (value, self->option);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_share_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FhOptionShare *self = FH_OPTION_SHARE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_OPTION:
      fh_field_set_int64 (object, &self->option, g_value_get_int64 (value), pspec);
      break;
    case PROP_CAPABILITY:
      fh_field_set_string (object, &self->capability, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_share_class_init (FhOptionShareClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_option_share_finalize;
  object_class->get_property = fh_option_share_get_property;
  object_class->set_property = fh_option_share_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OPTION] =
    fh_field_mark (g_param_spec_int64 ("option", N_("Option"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, TRUE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_option_share_init (FhOptionShare *self)
{
  /* option stays 0 until set: its range starts at 1, so a share that was never given
   * its option does not validate and cannot be stored. */
  self->capability = g_strdup ("");
}

FhOptionShare *
fh_option_share_new (gint64 option, const char *capability)
{
  return g_object_new (FH_TYPE_OPTION_SHARE, "option", option, "capability", capability, NULL);
}

gint64
fh_option_share_get_id (FhOptionShare *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SHARE (self), 0);
  return self->id;
}

gint64
fh_option_share_get_option (FhOptionShare *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SHARE (self), 0);
  return self->option;
}

const char *
fh_option_share_get_capability (FhOptionShare *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SHARE (self), NULL);
  return self->capability;
}
