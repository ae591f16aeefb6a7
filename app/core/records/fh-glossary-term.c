/* fh-glossary-term.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-glossary-term.h"

#include "fh-enums.h"
#include "fh-field.h"

/* A term of the plan's glossary, defined in plain language for the audience that needs
 * it most. */
struct _FhGlossaryTerm
{
  GObject parent_instance;

  gint64     id;
  char      *term;
  char      *definition;
  FhAudience audience;
};

G_DEFINE_FINAL_TYPE (FhGlossaryTerm, fh_glossary_term, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TERM,
  PROP_DEFINITION,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_glossary_term_finalize (GObject *object)
{
  FhGlossaryTerm *self = (FhGlossaryTerm *)object;

  g_free (self->term);
  g_free (self->definition);

  G_OBJECT_CLASS (fh_glossary_term_parent_class)->finalize (object);
}

static void
fh_glossary_term_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhGlossaryTerm *self = FH_GLOSSARY_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TERM:
      g_value_set_string (value, self->term);
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;
    case PROP_AUDIENCE:
      g_value_set_enum (value, self->audience);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_glossary_term_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FhGlossaryTerm *self = FH_GLOSSARY_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_TERM:
      fh_field_set_string (object, &self->term, g_value_get_string (value), pspec);
      break;
    case PROP_DEFINITION:
      fh_field_set_string (object, &self->definition, g_value_get_string (value), pspec);
      break;
    case PROP_AUDIENCE:
      fh_field_set_int (object, (int *)&self->audience, g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_glossary_term_class_init (FhGlossaryTermClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_glossary_term_finalize;
  object_class->get_property = fh_glossary_term_get_property;
  object_class->set_property = fh_glossary_term_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TERM] = fh_field_mark (g_param_spec_string ("term", N_("Term"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_DEFINITION] = fh_field_mark (
    g_param_spec_string ("definition", N_("Definition"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_AUDIENCE] = g_param_spec_enum (
    "audience", N_("Audience"), NULL, FH_TYPE_AUDIENCE, FH_AUDIENCE_EVERYONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_glossary_term_init (FhGlossaryTerm *self)
{
  self->term = g_strdup ("");
  self->definition = g_strdup ("");
  self->audience = FH_AUDIENCE_EVERYONE;
}

FhGlossaryTerm *
fh_glossary_term_new (const char *term, const char *definition)
{
  return g_object_new (FH_TYPE_GLOSSARY_TERM, "term", term, "definition", definition, NULL);
}

gint64
fh_glossary_term_get_id (FhGlossaryTerm *self)
{
  g_return_val_if_fail (FH_IS_GLOSSARY_TERM (self), 0);
  return self->id;
}

const char *
fh_glossary_term_get_term (FhGlossaryTerm *self)
{
  g_return_val_if_fail (FH_IS_GLOSSARY_TERM (self), NULL);
  return self->term;
}

const char *
fh_glossary_term_get_definition (FhGlossaryTerm *self)
{
  g_return_val_if_fail (FH_IS_GLOSSARY_TERM (self), NULL);
  return self->definition;
}

FhAudience
fh_glossary_term_get_audience (FhGlossaryTerm *self)
{
  g_return_val_if_fail (FH_IS_GLOSSARY_TERM (self), 0);
  return self->audience;
}
