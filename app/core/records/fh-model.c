/* fh-model.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-model.h"

#include "fh-enums.h"
#include "fh-field.h"

/* A model a use case needs to go live: how it serves (batch, online, streaming, edge),
 * when it is retrained, and what its monitoring watches, who is alerted and what
 * happens then. A model belongs to one use case and goes when the use case goes;
 * docs/domain.md section 3 says what each answer asks of the capabilities. */
struct _FhModel
{
  GObject parent_instance;

  gint64        id;
  gint64        use_case;
  char         *name;
  FhServingMode serving;
  FhRetraining  retraining;
  char         *watched;
  char         *alerted;
  char         *response;
};

G_DEFINE_FINAL_TYPE (FhModel, fh_model, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_USE_CASE,
  PROP_NAME,
  PROP_SERVING,
  PROP_RETRAINING,
  PROP_WATCHED,
  PROP_ALERTED,
  PROP_RESPONSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_model_finalize (GObject *object)
{
  FhModel *self = (FhModel *)object;

  g_free (self->name);
  g_free (self->watched);
  g_free (self->alerted);
  g_free (self->response);

  G_OBJECT_CLASS (fh_model_parent_class)->finalize (object);
}

static void
fh_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhModel *self = FH_MODEL (object);

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
    case PROP_SERVING:
      g_value_set_enum (value, self->serving);
      break;
    case PROP_RETRAINING:
      g_value_set_enum (value, self->retraining);
      break;
    case PROP_WATCHED:
      g_value_set_string (value, self->watched);
      break;
    case PROP_ALERTED:
      g_value_set_string (value, self->alerted);
      break;
    case PROP_RESPONSE:
      g_value_set_string (value, self->response);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_model_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhModel *self = FH_MODEL (object);

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
    case PROP_SERVING:
      fh_field_set_int (object, (int *)&self->serving, g_value_get_enum (value), pspec);
      break;
    case PROP_RETRAINING:
      fh_field_set_int (object, (int *)&self->retraining, g_value_get_enum (value), pspec);
      break;
    case PROP_WATCHED:
      fh_field_set_string (object, &self->watched, g_value_get_string (value), pspec);
      break;
    case PROP_ALERTED:
      fh_field_set_string (object, &self->alerted, g_value_get_string (value), pspec);
      break;
    case PROP_RESPONSE:
      fh_field_set_string (object, &self->response, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_model_class_init (FhModelClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_model_finalize;
  object_class->get_property = fh_model_get_property;
  object_class->set_property = fh_model_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_USE_CASE] =
    fh_field_mark (g_param_spec_int64 ("use-case", N_("Use case"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_SERVING] = g_param_spec_enum (
    "serving", N_("Serving"), NULL, FH_TYPE_SERVING_MODE, FH_SERVING_MODE_BATCH, flags);
  properties[PROP_RETRAINING] = g_param_spec_enum (
    "retraining", N_("Retraining"), NULL, FH_TYPE_RETRAINING, FH_RETRAINING_BY_HAND, flags);
  properties[PROP_WATCHED] = fh_field_mark (
    g_param_spec_string ("watched", N_("What is watched"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_ALERTED] = fh_field_mark (
    g_param_spec_string ("alerted", N_("Who is alerted"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_RESPONSE] =
    fh_field_mark (g_param_spec_string ("response", N_("What happens then"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_model_init (FhModel *self)
{
  /* use-case stays 0 until set: its range starts at 1, so a record that was never
   * given its use case does not validate and cannot be stored. */
  self->name = g_strdup ("");
  self->serving = FH_SERVING_MODE_BATCH;
  self->retraining = FH_RETRAINING_BY_HAND;
  self->watched = g_strdup ("");
  self->alerted = g_strdup ("");
  self->response = g_strdup ("");
}

FhModel *
fh_model_new (gint64 use_case, const char *name)
{
  return g_object_new (FH_TYPE_MODEL, "use-case", use_case, "name", name, NULL);
}

gint64
fh_model_get_id (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), 0);
  return self->id;
}

gint64
fh_model_get_use_case (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), 0);
  return self->use_case;
}

const char *
fh_model_get_name (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), NULL);
  return self->name;
}

FhServingMode
fh_model_get_serving (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), 0);
  return self->serving;
}

FhRetraining
fh_model_get_retraining (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), 0);
  return self->retraining;
}

const char *
fh_model_get_watched (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), NULL);
  return self->watched;
}

const char *
fh_model_get_alerted (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), NULL);
  return self->alerted;
}

const char *
fh_model_get_response (FhModel *self)
{
  g_return_val_if_fail (FH_IS_MODEL (self), NULL);
  return self->response;
}
