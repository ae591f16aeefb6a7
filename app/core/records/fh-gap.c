/* fh-gap.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-gap.h"

#include "fh-enums.h"
#include "fh-field.h"

/* Something the current ML process lacks, tied to a capability. Records are changed
 * through the open plan (FhStore), which sets these properties from the file. */
struct _FhGap
{
  GObject parent_instance;

  gint64      id;
  char       *title;
  char       *description;
  char       *capability;
  FhGapKind   kind;
  int         severity;
  int         votes;
  char       *owner;
  FhGapStatus status;
};

G_DEFINE_FINAL_TYPE (FhGap, fh_gap, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CAPABILITY,
  PROP_KIND,
  PROP_SEVERITY,
  PROP_VOTES,
  PROP_OWNER,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_gap_finalize (GObject *object)
{
  FhGap *self = (FhGap *)object;

  g_free (self->title);
  g_free (self->description);
  g_free (self->capability);
  g_free (self->owner);

  G_OBJECT_CLASS (fh_gap_parent_class)->finalize (object);
}

static void
fh_gap_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhGap *self = FH_GAP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_VOTES:
      g_value_set_int (value, self->votes);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_gap_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhGap *self = FH_GAP (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_TITLE:
      fh_field_set_string (object, &self->title, g_value_get_string (value), pspec);
      break;
    case PROP_DESCRIPTION:
      fh_field_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;
    case PROP_CAPABILITY:
      fh_field_set_string (object, &self->capability, g_value_get_string (value), pspec);
      break;
    case PROP_KIND:
      fh_field_set_int (object, (int *)&self->kind, g_value_get_enum (value), pspec);
      break;
    case PROP_SEVERITY:
      fh_field_set_int (object, &self->severity, g_value_get_int (value), pspec);
      break;
    case PROP_VOTES:
      fh_field_set_int (object, &self->votes, g_value_get_int (value), pspec);
      break;
    case PROP_OWNER:
      fh_field_set_string (object, &self->owner, g_value_get_string (value), pspec);
      break;
    case PROP_STATUS:
      fh_field_set_int (object, (int *)&self->status, g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_gap_class_init (FhGapClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_gap_finalize;
  object_class->get_property = fh_gap_get_property;
  object_class->set_property = fh_gap_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = fh_field_mark (
    g_param_spec_string ("title", N_("Title"), NULL, "", flags), FH_FIELD_SHORT, TRUE);
  properties[PROP_DESCRIPTION] = fh_field_mark (
    g_param_spec_string ("description", N_("Description"), NULL, "", flags), FH_FIELD_LONG, FALSE);
  properties[PROP_CAPABILITY] = fh_field_mark (
    g_param_spec_string ("capability", N_("Capability"), NULL, "", flags), FH_FIELD_PLAIN, FALSE);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", N_("Kind"), NULL, FH_TYPE_GAP_KIND, FH_GAP_KIND_PROCESS, flags);
  properties[PROP_SEVERITY] = g_param_spec_int ("severity", N_("Severity"), NULL, 1, 5, 3, flags);
  properties[PROP_VOTES] = g_param_spec_int ("votes", N_("Votes"), NULL, 0, 1000, 0, flags);
  properties[PROP_OWNER] = fh_field_mark (
    g_param_spec_string ("owner", N_("Owner"), NULL, "", flags), FH_FIELD_SHORT, FALSE);
  properties[PROP_STATUS] = g_param_spec_enum ("status", N_("Status"), NULL, FH_TYPE_GAP_STATUS,
                                                             FH_GAP_STATUS_OPEN, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_gap_init (FhGap *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->capability = g_strdup ("");
  self->owner = g_strdup ("");
  self->kind = FH_GAP_KIND_PROCESS;
  self->severity = 3;
  self->status = FH_GAP_STATUS_OPEN;
}

FhGap *
fh_gap_new (const char *title)
{
  return g_object_new (FH_TYPE_GAP, "title", title, NULL);
}

gint64
fh_gap_get_id (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), 0);
  return self->id;
}

const char *
fh_gap_get_title (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), NULL);
  return self->title;
}

const char *
fh_gap_get_description (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), NULL);
  return self->description;
}

const char *
fh_gap_get_capability (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), NULL);
  return self->capability;
}

FhGapKind
fh_gap_get_kind (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), 0);
  return self->kind;
}

int
fh_gap_get_severity (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), 0);
  return self->severity;
}

int
fh_gap_get_votes (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), 0);
  return self->votes;
}

const char *
fh_gap_get_owner (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), NULL);
  return self->owner;
}

FhGapStatus
fh_gap_get_status (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), 0);
  return self->status;
}

/* A gap is open until it is closed: a planned gap has an item that should close it,
 * but it is still open. The sidebar, the roadmap's coverage and the report all count
 * this way. */
gboolean
fh_gap_is_open (FhGap *self)
{
  g_return_val_if_fail (FH_IS_GAP (self), FALSE);

  return self->status != FH_GAP_STATUS_CLOSED;
}

/* Returns: how many of @gaps (a model of FhGap, may be %NULL) are open */
guint
fh_gaps_count_open (GListModel *gaps)
{
  guint n = gaps != NULL ? g_list_model_get_n_items (gaps) : 0;
  guint open = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);

      if (fh_gap_is_open (gap))
        open++;
    }

  return open;
}
