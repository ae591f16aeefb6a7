/* fh-scenario.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-scenario.h"

#include "fh-field.h"

/* A named way forward: which option each capability takes and how the roadmap's
 * items are placed. Exactly one scenario of a plan is shown; the plan's own options
 * and items hold the shown one, and every other scenario keeps its choices in the
 * scenario_options links and its items in FhScenarioItem rows (docs/domain.md,
 * "Scenarios"). */
struct _FhScenario
{
  GObject parent_instance;

  gint64   id;
  char    *name;
  int      position;
  gboolean shown;
};

G_DEFINE_FINAL_TYPE (FhScenario, fh_scenario, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_scenario_finalize (GObject *object)
{
  FhScenario *self = (FhScenario *)object;

  g_free (self->name);

  G_OBJECT_CLASS (fh_scenario_parent_class)->finalize (object);
}

static void
fh_scenario_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhScenario *self = FH_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHOWN:
      g_value_set_boolean (value, self->shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_scenario_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhScenario *self = FH_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_POSITION:
      fh_field_set_int (object, &self->position, g_value_get_int (value), pspec);
      break;
    case PROP_NAME:
      fh_field_set_string (object, &self->name, g_value_get_string (value), pspec);
      break;
    case PROP_SHOWN:
      fh_field_set_boolean (object, &self->shown, g_value_get_boolean (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_scenario_class_init (FhScenarioClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_scenario_finalize;
  object_class->get_property = fh_scenario_get_property;
  object_class->set_property = fh_scenario_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Position"), NULL, 0, 1000, 0, flags);
  properties[PROP_NAME] = fh_field_mark (g_param_spec_string ("name", N_("Name"), NULL, "", flags),
                                                              FH_FIELD_SHORT, TRUE);
  properties[PROP_SHOWN] = g_param_spec_boolean ("shown", N_("Shown"), NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_scenario_init (FhScenario *self)
{
  self->name = g_strdup ("");
}

FhScenario *
fh_scenario_new (const char *name, int position)
{
  return g_object_new (FH_TYPE_SCENARIO, "name", name, "position", position, NULL);
}

gint64
fh_scenario_get_id (FhScenario *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO (self), 0);
  return self->id;
}

const char *
fh_scenario_get_name (FhScenario *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO (self), NULL);
  return self->name;
}

int
fh_scenario_get_position (FhScenario *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO (self), 0);
  return self->position;
}

gboolean
fh_scenario_get_shown (FhScenario *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO (self), FALSE);
  return self->shown;
}
