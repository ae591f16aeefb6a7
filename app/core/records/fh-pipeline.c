/* fh-pipeline.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-pipeline.h"

#include "fh-enums.h"
#include "fh-field.h"

/* A pipeline a use case needs: data, features, training, evaluation, inference or
 * monitoring. A use case usually needs several; each kind asks something of one
 * capability (docs/domain.md section 3). */
struct _FhPipeline
{
  GObject parent_instance;

  gint64         id;
  gint64         use_case;
  char          *name;
  FhPipelineKind kind;
};

G_DEFINE_FINAL_TYPE (FhPipeline, fh_pipeline, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_USE_CASE,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_pipeline_finalize (GObject *object)
{
  FhPipeline *self = (FhPipeline *)object;

  g_free (self->name);

  G_OBJECT_CLASS (fh_pipeline_parent_class)->finalize (object);
}

static void
fh_pipeline_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhPipeline *self = FH_PIPELINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_USE_CASE:
      g_value_set_int64 (value, self->use_case);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_pipeline_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhPipeline *self = FH_PIPELINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_USE_CASE:
      fh_field_set_int64 (object, &self->use_case, g_value_get_int64 (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_KIND:
      fh_field_set_int (object, (int *)&self->kind, g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_pipeline_class_init (FhPipelineClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_pipeline_finalize;
  object_class->get_property = fh_pipeline_get_property;
  object_class->set_property = fh_pipeline_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_USE_CASE] =
    fh_field_mark (g_param_spec_int64 ("use-case", N_("Use case"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_KIND] = g_param_spec_enum ("kind", N_("Kind"), NULL, FH_TYPE_PIPELINE_KIND,
                                                         FH_PIPELINE_KIND_TRAINING, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_pipeline_init (FhPipeline *self)
{
  /* use-case stays 0 until set: its range starts at 1, so a record that was never
   * given its use case does not validate and cannot be stored. */
  self->name = g_strdup ("");
  self->kind = FH_PIPELINE_KIND_TRAINING;
}

FhPipeline *
fh_pipeline_new (gint64 use_case, const char *name)
{
  return g_object_new (FH_TYPE_PIPELINE, "use-case", use_case, "name", name, NULL);
}

gint64
fh_pipeline_get_id (FhPipeline *self)
{
  g_return_val_if_fail (FH_IS_PIPELINE (self), 0);
  return self->id;
}

gint64
fh_pipeline_get_use_case (FhPipeline *self)
{
  g_return_val_if_fail (FH_IS_PIPELINE (self), 0);
  return self->use_case;
}

const char *
fh_pipeline_get_name (FhPipeline *self)
{
  g_return_val_if_fail (FH_IS_PIPELINE (self), NULL);
  return self->name;
}

FhPipelineKind
fh_pipeline_get_kind (FhPipeline *self)
{
  g_return_val_if_fail (FH_IS_PIPELINE (self), 0);
  return self->kind;
}
