/* fh-score.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-score.h"

#include "fh-enums.h"
#include "fh-field.h"

/* The stage one capability reached in one assessment, with the evidence for it and how
 * sure the assessors were. A score carried over from the previous quarter stays marked
 * until someone confirms it; reason says what changed since then and why. */
struct _FhScore
{
  GObject parent_instance;

  gint64       id;
  gint64       assessment;
  char        *capability;
  int          stage;
  char        *evidence;
  FhConfidence confidence;
  gboolean     carried_over;
  char        *reason;
};

G_DEFINE_FINAL_TYPE (FhScore, fh_score, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_ASSESSMENT,
  PROP_CAPABILITY,
  PROP_STAGE,
  PROP_EVIDENCE,
  PROP_CONFIDENCE,
  PROP_CARRIED_OVER,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_score_finalize (GObject *object)
{
  FhScore *self = (FhScore *)object;

  g_free (self->capability);
  g_free (self->evidence);
  g_free (self->reason);

  G_OBJECT_CLASS (fh_score_parent_class)->finalize (object);
}

static void
fh_score_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhScore *self = FH_SCORE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ASSESSMENT:
      g_value_set_int64 (value, self->assessment);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    case PROP_CONFIDENCE:
      g_value_set_enum (value, self->confidence);
      break;
    case PROP_CARRIED_OVER:
      g_value_set_boolean (value, self->carried_over);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_score_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhScore *self = FH_SCORE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_ASSESSMENT:
      fh_field_set_int64 (object, &self->assessment, g_value_get_int64 (value), pspec);
      break;
    case PROP_CAPABILITY:
      fh_field_set_string (object, &self->capability, g_value_get_string (value), pspec);
      break;
    case PROP_STAGE:
      fh_field_set_int (object, &self->stage, g_value_get_int (value), pspec);
      break;
    case PROP_EVIDENCE:
      fh_field_set_string (object, &self->evidence, g_value_get_string (value), pspec);
      break;
    case PROP_CONFIDENCE:
      fh_field_set_int (object, (int *)&self->confidence, g_value_get_enum (value), pspec);
      break;
    case PROP_CARRIED_OVER:
      fh_field_set_boolean (object, &self->carried_over, g_value_get_boolean (value), pspec);
      break;
    case PROP_REASON:
      fh_field_set_string (object, &self->reason, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_score_class_init (FhScoreClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_score_finalize;
  object_class->get_property = fh_score_get_property;
  object_class->set_property = fh_score_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ASSESSMENT] = fh_field_mark (g_param_spec_int64 (
    "assessment", N_("Assessment"), NULL, 1, G_MAXINT64, 1, flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_STAGE] = g_param_spec_int ("stage", N_("Stage"), NULL, 0, 4, 0, flags);
  properties[PROP_EVIDENCE] = fh_field_mark (
    g_param_spec_string ("evidence", N_("Evidence"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_CONFIDENCE] = g_param_spec_enum (
    "confidence", N_("Confidence"), NULL, FH_TYPE_CONFIDENCE, FH_CONFIDENCE_LOW, flags);
  properties[PROP_CARRIED_OVER] =
    g_param_spec_boolean ("carried-over", N_("Carried over"), NULL, FALSE, flags);
  properties[PROP_REASON] = fh_field_mark (
    g_param_spec_string ("reason", N_("Reason"), NULL, "", flags), FH_FIELD_SHORT, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_score_init (FhScore *self)
{
  /* assessment stays 0 until set: its range starts at 1, so a score that was never
   * given its assessment does not validate and cannot be stored. */
  self->capability = g_strdup ("");
  self->evidence = g_strdup ("");
  self->reason = g_strdup ("");
  self->confidence = FH_CONFIDENCE_LOW;
}

FhScore *
fh_score_new (gint64 assessment, const char *capability, int stage)
{
  return g_object_new (FH_TYPE_SCORE, "assessment", assessment, "capability", capability, "stage",
                       stage, NULL);
}

gint64
fh_score_get_id (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), 0);
  return self->id;
}

gint64
fh_score_get_assessment (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), 0);
  return self->assessment;
}

const char *
fh_score_get_capability (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), NULL);
  return self->capability;
}

int
fh_score_get_stage (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), 0);
  return self->stage;
}

const char *
fh_score_get_evidence (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), NULL);
  return self->evidence;
}

FhConfidence
fh_score_get_confidence (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), 0);
  return self->confidence;
}

gboolean
fh_score_get_carried_over (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), FALSE);
  return self->carried_over;
}

const char *
fh_score_get_reason (FhScore *self)
{
  g_return_val_if_fail (FH_IS_SCORE (self), NULL);
  return self->reason;
}
