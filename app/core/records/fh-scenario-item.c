/* fh-scenario-item.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-scenario-item.h"

#include "fh-enums.h"
#include "fh-field.h"
#include "fh-quarter.h"

/* Where a scenario that is not shown places one roadmap item: its start, duration
 * and status. An item without a row in a scenario is not part of it (it was added
 * while another scenario was shown) and counts as dropped there. */
struct _FhScenarioItem
{
  GObject parent_instance;

  gint64       id;
  gint64       scenario;
  gint64       item;
  int          start_quarter;
  int          duration;
  FhItemStatus status;
};

G_DEFINE_FINAL_TYPE (FhScenarioItem, fh_scenario_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_SCENARIO,
  PROP_ITEM,
  PROP_START_QUARTER,
  PROP_DURATION,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_scenario_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhScenarioItem *self = FH_SCENARIO_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_SCENARIO:
      g_value_set_int64 (value, self->scenario);
      break;
    case PROP_ITEM:
      g_value_set_int64 (value, self->item);
      break;
    case PROP_START_QUARTER:
      g_value_set_int (value, self->start_quarter);
      break;
    case PROP_DURATION:
      g_value_set_int (value, self->duration);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_scenario_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FhScenarioItem *self = FH_SCENARIO_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_SCENARIO:
      fh_field_set_int64 (object, &self->scenario, g_value_get_int64 (value), pspec);
      break;
    case PROP_ITEM:
      fh_field_set_int64 (object, &self->item, g_value_get_int64 (value), pspec);
      break;
    case PROP_START_QUARTER:
      fh_field_set_int (object, &self->start_quarter, g_value_get_int (value), pspec);
      break;
    case PROP_DURATION:
      fh_field_set_int (object, &self->duration, g_value_get_int (value), pspec);
      break;
    case PROP_STATUS:
      fh_field_set_int (object, (int *)&self->status, g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_scenario_item_class_init (FhScenarioItemClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = fh_scenario_item_get_property;
  object_class->set_property = fh_scenario_item_set_property;

  /* The same ranges as FhRoadmapItem's, so a value that fits one fits the other. */
  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SCENARIO] =
    fh_field_mark (g_param_spec_int64 ("scenario", N_("Scenario"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_ITEM] = fh_field_mark (
    g_param_spec_int64 ("item", N_("Item"), NULL, 1, G_MAXINT64, 1, flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_START_QUARTER] = fh_field_mark (
    g_param_spec_int ("start-quarter", N_("Start quarter"), NULL, 0, FH_QUARTER_MAX, 0, flags),
                      FH_FIELD_QUARTER, TRUE);
  properties[PROP_DURATION] = g_param_spec_int ("duration", N_("Duration"), NULL, 1, 40, 1, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", N_("Status"), NULL, FH_TYPE_ITEM_STATUS,
                                                             FH_ITEM_STATUS_PLANNED, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_scenario_item_init (FhScenarioItem *self)
{
  self->duration = 1;
  self->status = FH_ITEM_STATUS_PLANNED;
}

FhScenarioItem *
fh_scenario_item_new (gint64 scenario, gint64 item)
{
  return g_object_new (FH_TYPE_SCENARIO_ITEM, "scenario", scenario, "item", item, NULL);
}

gint64
fh_scenario_item_get_id (FhScenarioItem *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_ITEM (self), 0);
  return self->id;
}

gint64
fh_scenario_item_get_scenario (FhScenarioItem *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_ITEM (self), 0);
  return self->scenario;
}

gint64
fh_scenario_item_get_item (FhScenarioItem *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_ITEM (self), 0);
  return self->item;
}

int
fh_scenario_item_get_start_quarter (FhScenarioItem *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_ITEM (self), 0);
  return self->start_quarter;
}

int
fh_scenario_item_get_duration (FhScenarioItem *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_ITEM (self), 1);
  return self->duration;
}

FhItemStatus
fh_scenario_item_get_status (FhScenarioItem *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_ITEM (self), FH_ITEM_STATUS_PLANNED);
  return self->status;
}
