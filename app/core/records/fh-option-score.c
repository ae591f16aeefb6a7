/* fh-option-score.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option-score.h"

#include "fh-field.h"

/* How well one option does on one criterion of the decision matrix, from 1 to 5 where
 * 5 is best for the organisation. A score belongs to its option and its criterion and
 * goes when either goes. */
struct _FhOptionScore
{
  GObject parent_instance;

  gint64 id;
  gint64 option;
  char  *criterion;
  int    score;
};

G_DEFINE_FINAL_TYPE (FhOptionScore, fh_option_score, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_OPTION,
  PROP_CRITERION,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_option_score_finalize (GObject *object)
{
  FhOptionScore *self = (FhOptionScore *)object;

  g_free (self->criterion);

  G_OBJECT_CLASS (fh_option_score_parent_class)->finalize (object);
}

static void
fh_option_score_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhOptionScore *self = FH_OPTION_SCORE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_OPTION:
      g_value_set_int64 (value, self->option);
      break;
    case PROP_CRITERION:
      g_value_set_string (value, self->criterion);
      break;
    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_score_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FhOptionScore *self = FH_OPTION_SCORE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_OPTION:
      fh_field_set_int64 (object, &self->option, g_value_get_int64 (value), pspec);
      break;
    case PROP_CRITERION:
      fh_field_set_string (object, &self->criterion, g_value_get_string (value), pspec);
      break;
    case PROP_SCORE:
      fh_field_set_int (object, &self->score, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_score_class_init (FhOptionScoreClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_option_score_finalize;
  object_class->get_property = fh_option_score_get_property;
  object_class->set_property = fh_option_score_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OPTION] =
    fh_field_mark (g_param_spec_int64 ("option", N_("Option"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_CRITERION] = fh_field_mark (
    g_param_spec_string ("criterion", N_("Criterion"), NULL, "", flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_SCORE] = g_param_spec_int ("score", N_("Score"), NULL, 1, 5, 3, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_option_score_init (FhOptionScore *self)
{
  /* option stays 0 until set: its range starts at 1, so a score that was never given
   * its option does not validate and cannot be stored. */
  self->criterion = g_strdup ("");
  self->score = 3;
}

FhOptionScore *
fh_option_score_new (gint64 option, const char *criterion, int score)
{
  return g_object_new (FH_TYPE_OPTION_SCORE, "option", option, "criterion", criterion, "score",
                       score, NULL);
}

gint64
fh_option_score_get_id (FhOptionScore *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SCORE (self), 0);
  return self->id;
}

gint64
fh_option_score_get_option (FhOptionScore *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SCORE (self), 0);
  return self->option;
}

const char *
fh_option_score_get_criterion (FhOptionScore *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SCORE (self), NULL);
  return self->criterion;
}

int
fh_option_score_get_score (FhOptionScore *self)
{
  g_return_val_if_fail (FH_IS_OPTION_SCORE (self), 0);
  return self->score;
}
