/* fh-roadmap-item.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-roadmap-item.h"

#include "fh-enums.h"
#include "fh-field.h"
#include "fh-quarter.h"

/* A step on the roadmap: moving a capability from one stage to another over some
 * quarters. The gaps it closes, the use cases it serves and the items it depends on are
 * not properties: they are FhLink records, so that deleting either end drops the link
 * without touching this item. */
struct _FhRoadmapItem
{
  GObject parent_instance;

  gint64       id;
  char        *title;
  char        *capability;
  int          from_stage;
  int          target_stage;
  int          start_quarter;
  int          duration;
  FhItemStatus status;
  char        *owner;
  char        *notes;
  gboolean     milestone;
  gint64       cost;
  char        *status_reason;
};

G_DEFINE_FINAL_TYPE (FhRoadmapItem, fh_roadmap_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_CAPABILITY,
  PROP_FROM_STAGE,
  PROP_TARGET_STAGE,
  PROP_START_QUARTER,
  PROP_DURATION,
  PROP_STATUS,
  PROP_OWNER,
  PROP_NOTES,
  PROP_MILESTONE,
  PROP_COST,
  PROP_STATUS_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_roadmap_item_finalize (GObject *object)
{
  FhRoadmapItem *self = (FhRoadmapItem *)object;

  g_free (self->title);
  g_free (self->capability);
  g_free (self->owner);
  g_free (self->notes);
  g_free (self->status_reason);

  G_OBJECT_CLASS (fh_roadmap_item_parent_class)->finalize (object);
}

static void
fh_roadmap_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhRoadmapItem *self = FH_ROADMAP_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    case PROP_FROM_STAGE:
      g_value_set_int (value, self->from_stage);
      break;
    case PROP_TARGET_STAGE:
      g_value_set_int (value, self->target_stage);
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
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_MILESTONE:
      g_value_set_boolean (value, self->milestone);
      break;
    case PROP_COST:
      g_value_set_int64 (value, self->cost);
      break;
    case PROP_STATUS_REASON:
      g_value_set_string (value, self->status_reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_roadmap_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FhRoadmapItem *self = FH_ROADMAP_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_TITLE:
      fh_field_set_string (object, &self->title, g_value_get_string (value), pspec);
      break;
    case PROP_CAPABILITY:
      fh_field_set_string (object, &self->capability, g_value_get_string (value), pspec);
      break;
    case PROP_FROM_STAGE:
      fh_field_set_int (object, &self->from_stage, g_value_get_int (value), pspec);
      break;
    case PROP_TARGET_STAGE:
      fh_field_set_int (object, &self->target_stage, g_value_get_int (value), pspec);
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
    case PROP_OWNER:
      fh_field_set_string (object, &self->owner, g_value_get_string (value), pspec);
      break;
    case PROP_NOTES:
      fh_field_set_string (object, &self->notes, g_value_get_string (value), pspec);
      break;
    case PROP_MILESTONE:
      fh_field_set_boolean (object, &self->milestone, g_value_get_boolean (value), pspec);
      break;
    case PROP_COST:
      fh_field_set_int64 (object, &self->cost, g_value_get_int64 (value), pspec);
      break;
    case PROP_STATUS_REASON:
      fh_field_set_string (object, &self->status_reason, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_roadmap_item_class_init (FhRoadmapItemClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_roadmap_item_finalize;
  object_class->get_property = fh_roadmap_item_get_property;
  object_class->set_property = fh_roadmap_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = fh_field_mark (
    g_param_spec_string ("title", N_("Title"), NULL, "", flags), FH_FIELD_SHORT, TRUE);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_FROM_STAGE] =
    g_param_spec_int ("from-stage", N_("From stage"), NULL, 0, 4, 0, flags);
  properties[PROP_TARGET_STAGE] =
    g_param_spec_int ("target-stage", N_("Target stage"), NULL, 0, 4, 0, flags);
  properties[PROP_START_QUARTER] = fh_field_mark (
    g_param_spec_int ("start-quarter", N_("Start quarter"), NULL, 0, FH_QUARTER_MAX, 0, flags),
                      FH_FIELD_QUARTER, TRUE);
  properties[PROP_DURATION] = g_param_spec_int ("duration", N_("Duration"), NULL, 1, 40, 1, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", N_("Status"), NULL, FH_TYPE_ITEM_STATUS,
                                                             FH_ITEM_STATUS_PLANNED, flags);
  properties[PROP_OWNER] = fh_field_mark (
    g_param_spec_string ("owner", N_("Owner"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_NOTES] = fh_field_mark (
    g_param_spec_string ("notes", N_("Notes"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_MILESTONE] =
    g_param_spec_boolean ("milestone", N_("Milestone"), NULL, FALSE, flags);
  properties[PROP_COST] =
    fh_field_mark (g_param_spec_int64 ("cost", N_("Cost"), NULL, 0, FH_MONEY_MAX, 0, flags),
                                       FH_FIELD_MONEY, FALSE);
  properties[PROP_STATUS_REASON] =
    fh_field_mark (g_param_spec_string ("status-reason", N_("Status reason"), NULL, "", flags),
                                        FH_FIELD_LONG, FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_roadmap_item_init (FhRoadmapItem *self)
{
  self->title = g_strdup ("");
  self->capability = g_strdup ("");
  self->owner = g_strdup ("");
  self->notes = g_strdup ("");
  self->status_reason = g_strdup ("");
  self->duration = 1;
  self->status = FH_ITEM_STATUS_PLANNED;
}

FhRoadmapItem *
fh_roadmap_item_new (const char *title, const char *capability, int start_quarter)
{
  return g_object_new (FH_TYPE_ROADMAP_ITEM, "title", title, "capability", capability,
                       "start-quarter", start_quarter, NULL);
}

gint64
fh_roadmap_item_get_id (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->id;
}

const char *
fh_roadmap_item_get_title (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), NULL);
  return self->title;
}

const char *
fh_roadmap_item_get_capability (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), NULL);
  return self->capability;
}

int
fh_roadmap_item_get_from_stage (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->from_stage;
}

int
fh_roadmap_item_get_target_stage (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->target_stage;
}

int
fh_roadmap_item_get_start_quarter (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->start_quarter;
}

int
fh_roadmap_item_get_duration (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->duration;
}

FhItemStatus
fh_roadmap_item_get_status (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->status;
}

const char *
fh_roadmap_item_get_owner (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), NULL);
  return self->owner;
}

const char *
fh_roadmap_item_get_notes (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), NULL);
  return self->notes;
}

gboolean
fh_roadmap_item_get_milestone (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), FALSE);
  return self->milestone;
}

gint64
fh_roadmap_item_get_cost (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), 0);
  return self->cost;
}

const char *
fh_roadmap_item_get_status_reason (FhRoadmapItem *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (self), NULL);
  return self->status_reason;
}
