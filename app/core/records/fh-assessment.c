/* fh-assessment.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-assessment.h"

#include "fh-field.h"
#include "fh-quarter.h"

/* A maturity assessment, held at most once a quarter; its FhScore records say where
 * each capability stood. Comparing assessments shows progress along the roadmap. */
struct _FhAssessment
{
  GObject parent_instance;

  gint64 id;
  int    quarter;
  char  *date;
  char  *participants;
  char  *notes;
};

G_DEFINE_FINAL_TYPE (FhAssessment, fh_assessment, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_QUARTER,
  PROP_DATE,
  PROP_PARTICIPANTS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_assessment_finalize (GObject *object)
{
  FhAssessment *self = (FhAssessment *)object;

  g_free (self->date);
  g_free (self->participants);
  g_free (self->notes);

  G_OBJECT_CLASS (fh_assessment_parent_class)->finalize (object);
}

static void
fh_assessment_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhAssessment *self = FH_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_QUARTER:
      g_value_set_int (value, self->quarter);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_string (value, self->participants);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_assessment_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhAssessment *self = FH_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_QUARTER:
      fh_field_set_int (object, &self->quarter, g_value_get_int (value), pspec);
      break;
    case PROP_DATE:
      fh_field_set_string (object, &self->date, g_value_get_string (value), pspec);
      break;
    case PROP_PARTICIPANTS:
      fh_field_set_string (object, &self->participants, g_value_get_string (value), pspec);
      break;
    case PROP_NOTES:
      fh_field_set_string (object, &self->notes, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_assessment_class_init (FhAssessmentClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_assessment_finalize;
  object_class->get_property = fh_assessment_get_property;
  object_class->set_property = fh_assessment_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_QUARTER] =
    fh_field_mark (g_param_spec_int ("quarter", N_("Quarter"), NULL, 0, FH_QUARTER_MAX, 0, flags),
                                     FH_FIELD_QUARTER, TRUE);
  properties[PROP_DATE] = fh_field_mark (g_param_spec_string ("date", N_("Date"), NULL, "", flags),
                                                              FH_FIELD_DATE, FALSE);
  properties[PROP_PARTICIPANTS] =
    fh_field_mark (g_param_spec_string ("participants", N_("Participants"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);
  properties[PROP_NOTES] = fh_field_mark (
    g_param_spec_string ("notes", N_("Notes"), NULL, "", flags), FH_FIELD_LONG, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_assessment_init (FhAssessment *self)
{
  self->date = g_strdup ("");
  self->participants = g_strdup ("");
  self->notes = g_strdup ("");
}

FhAssessment *
fh_assessment_new (int quarter)
{
  return g_object_new (FH_TYPE_ASSESSMENT, "quarter", quarter, NULL);
}

gint64
fh_assessment_get_id (FhAssessment *self)
{
  g_return_val_if_fail (FH_IS_ASSESSMENT (self), 0);
  return self->id;
}

int
fh_assessment_get_quarter (FhAssessment *self)
{
  g_return_val_if_fail (FH_IS_ASSESSMENT (self), 0);
  return self->quarter;
}

const char *
fh_assessment_get_date (FhAssessment *self)
{
  g_return_val_if_fail (FH_IS_ASSESSMENT (self), NULL);
  return self->date;
}

const char *
fh_assessment_get_participants (FhAssessment *self)
{
  g_return_val_if_fail (FH_IS_ASSESSMENT (self), NULL);
  return self->participants;
}

const char *
fh_assessment_get_notes (FhAssessment *self)
{
  g_return_val_if_fail (FH_IS_ASSESSMENT (self), NULL);
  return self->notes;
}
