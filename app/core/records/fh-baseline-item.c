/* fh-baseline-item.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-baseline-item.h"

#include "fh-enums.h"
#include "fh-field.h"
#include "fh-quarter.h"

/* A roadmap item as it stood when an assessment's review was held, so that the next
 * review can show what was added, removed or moved since. item and capability are what
 * they were then, not references: the item or the capability may be gone now. */
struct _FhBaselineItem
{
  GObject parent_instance;

  gint64       id;
  gint64       assessment;
  gint64       item;
  char        *title;
  char        *capability;
  int          from_stage;
  int          target_stage;
  int          start_quarter;
  int          duration;
  FhItemStatus status;
};

G_DEFINE_FINAL_TYPE (FhBaselineItem, fh_baseline_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_ASSESSMENT,
  PROP_ITEM,
  PROP_TITLE,
  PROP_CAPABILITY,
  PROP_FROM_STAGE,
  PROP_TARGET_STAGE,
  PROP_START_QUARTER,
  PROP_DURATION,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_baseline_item_finalize (GObject *object)
{
  FhBaselineItem *self = (FhBaselineItem *)object;

  g_free (self->title);
  g_free (self->capability);

  G_OBJECT_CLASS (fh_baseline_item_parent_class)->finalize (object);
}

static void
fh_baseline_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhBaselineItem *self = FH_BASELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ASSESSMENT:
      g_value_set_int64 (value, self->assessment);
      break;
    case PROP_ITEM:
      g_value_set_int64 (value, self->item);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_baseline_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FhBaselineItem *self = FH_BASELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_ASSESSMENT:
      fh_field_set_int64 (object, &self->assessment, g_value_get_int64 (value), pspec);
      break;
    case PROP_ITEM:
      fh_field_set_int64 (object, &self->item, g_value_get_int64 (value), pspec);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_baseline_item_class_init (FhBaselineItemClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_baseline_item_finalize;
  object_class->get_property = fh_baseline_item_get_property;
  object_class->set_property = fh_baseline_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ASSESSMENT] = fh_field_mark (g_param_spec_int64 (
    "assessment", N_("Assessment"), NULL, 1, G_MAXINT64, 1, flags), FH_FIELD_PLAIN, TRUE);
  properties[PROP_ITEM] =
    fh_field_mark (g_param_spec_int64 ("item", N_("Roadmap item"), NULL, 0, G_MAXINT64, 0, flags),
                                       FH_FIELD_PLAIN, FALSE);
  properties[PROP_TITLE] = fh_field_mark (
    g_param_spec_string ("title", N_("Title"), NULL, "", flags), FH_FIELD_SHORT, TRUE);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, FALSE);
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_baseline_item_init (FhBaselineItem *self)
{
  /* assessment stays 0 until set: its range starts at 1, so a baseline item that was
   * never given its assessment does not validate and cannot be stored. */
  self->title = g_strdup ("");
  self->capability = g_strdup ("");
  self->duration = 1;
  self->status = FH_ITEM_STATUS_PLANNED;
}

FhBaselineItem *
fh_baseline_item_new (gint64 assessment)
{
  return g_object_new (FH_TYPE_BASELINE_ITEM, "assessment", assessment, NULL);
}

gint64
fh_baseline_item_get_id (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->id;
}

gint64
fh_baseline_item_get_assessment (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->assessment;
}

gint64
fh_baseline_item_get_item (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->item;
}

const char *
fh_baseline_item_get_title (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), NULL);
  return self->title;
}

const char *
fh_baseline_item_get_capability (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), NULL);
  return self->capability;
}

int
fh_baseline_item_get_from_stage (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->from_stage;
}

int
fh_baseline_item_get_target_stage (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->target_stage;
}

int
fh_baseline_item_get_start_quarter (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->start_quarter;
}

int
fh_baseline_item_get_duration (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->duration;
}

FhItemStatus
fh_baseline_item_get_status (FhBaselineItem *self)
{
  g_return_val_if_fail (FH_IS_BASELINE_ITEM (self), 0);
  return self->status;
}
