/* fh-cost-line.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-cost-line.h"

#include "fh-enums.h"
#include "fh-field.h"

/* One line of an option's cost. The amount is in minor units of the plan's currency
 * so that sums are exact; it is paid once, monthly or yearly from first-year on, and
 * grows by growth percent a year (negative for costs that shrink); a recurring line runs
 * for years years from first-year on (0: to the end of the horizon). A line with fte
 * above 0 is staff instead: fte people at loaded-cost each (the plan's fte-cost when 0)
 * a year, and its amount is ignored. A line with person-months above 0 is a one-off
 * staff effort: person-months / 12 of a loaded yearly cost, once, in first-year; its
 * fte, amount and recurrence are ignored. */
struct _FhCostLine
{
  GObject parent_instance;

  gint64         id;
  gint64         option;
  FhCostCategory category;
  char          *description;
  gint64         amount;
  FhRecurrence   recurrence;
  int            first_year;
  double         growth;
  double         fte;
  gint64         loaded_cost;
  double         person_months;
  int            years;
};

G_DEFINE_FINAL_TYPE (FhCostLine, fh_cost_line, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_OPTION,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_AMOUNT,
  PROP_RECURRENCE,
  PROP_FIRST_YEAR,
  PROP_GROWTH,
  PROP_FTE,
  PROP_LOADED_COST,
  PROP_PERSON_MONTHS,
  PROP_YEARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_cost_line_finalize (GObject *object)
{
  FhCostLine *self = (FhCostLine *)object;

  g_free (self->description);

  G_OBJECT_CLASS (fh_cost_line_parent_class)->finalize (object);
}

static void
fh_cost_line_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhCostLine *self = FH_COST_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_OPTION:
      g_value_set_int64 (value, self->option);
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_RECURRENCE:
      g_value_set_enum (value, self->recurrence);
      break;
    case PROP_FIRST_YEAR:
      g_value_set_int (value, self->first_year);
      break;
    case PROP_GROWTH:
      g_value_set_double (value, self->growth);
      break;
    case PROP_FTE:
      g_value_set_double (value, self->fte);
      break;
    case PROP_LOADED_COST:
      g_value_set_int64 (value, self->loaded_cost);
      break;
    case PROP_PERSON_MONTHS:
      g_value_set_double (value, self->person_months);
      break;
    case PROP_YEARS:
      g_value_set_int (value, self->years);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_cost_line_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhCostLine *self = FH_COST_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fh_field_set_int64 (object, &self->id, g_value_get_int64 (value), pspec);
      break;
    case PROP_OPTION:
      fh_field_set_int64 (object, &self->option, g_value_get_int64 (value), pspec);
      break;
    case PROP_CATEGORY:
      fh_field_set_int (object, (int *)&self->category, g_value_get_enum (value), pspec);
      break;
    case PROP_DESCRIPTION:
      fh_field_set_string (object, &self->description, g_value_get_string (value), pspec);
      break;
    case PROP_AMOUNT:
      fh_field_set_int64 (object, &self->amount, g_value_get_int64 (value), pspec);
      break;
    case PROP_RECURRENCE:
      fh_field_set_int (object, (int *)&self->recurrence, g_value_get_enum (value), pspec);
      break;
    case PROP_FIRST_YEAR:
      fh_field_set_int (object, &self->first_year, g_value_get_int (value), pspec);
      break;
    case PROP_GROWTH:
      fh_field_set_double (object, &self->growth, g_value_get_double (value), pspec);
      break;
    case PROP_FTE:
      fh_field_set_double (object, &self->fte, g_value_get_double (value), pspec);
      break;
    case PROP_LOADED_COST:
      fh_field_set_int64 (object, &self->loaded_cost, g_value_get_int64 (value), pspec);
      break;
    case PROP_PERSON_MONTHS:
      fh_field_set_double (object, &self->person_months, g_value_get_double (value), pspec);
      break;
    case PROP_YEARS:
      fh_field_set_int (object, &self->years, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_cost_line_class_init (FhCostLineClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_cost_line_finalize;
  object_class->get_property = fh_cost_line_get_property;
  object_class->set_property = fh_cost_line_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", N_("Id"), NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OPTION] =
    fh_field_mark (g_param_spec_int64 ("option", N_("Option"), NULL, 1, G_MAXINT64, 1, flags),
                                       FH_FIELD_PLAIN, TRUE);
  properties[PROP_CATEGORY] = g_param_spec_enum (
    "category", N_("Category"), NULL, FH_TYPE_COST_CATEGORY, FH_COST_CATEGORY_LICENCE, flags);
  properties[PROP_DESCRIPTION] =
    fh_field_mark (g_param_spec_string ("description", N_("Description"), NULL, "", flags),
                                        FH_FIELD_SHORT, FALSE);
  properties[PROP_AMOUNT] =
    fh_field_mark (g_param_spec_int64 ("amount", N_("Amount"), NULL, 0, FH_MONEY_MAX, 0, flags),
                                       FH_FIELD_MONEY, FALSE);
  properties[PROP_RECURRENCE] = g_param_spec_enum (
    "recurrence", N_("Recurrence"), NULL, FH_TYPE_RECURRENCE, FH_RECURRENCE_ONE_OFF, flags);
  properties[PROP_FIRST_YEAR] =
    g_param_spec_int ("first-year", N_("First year"), NULL, 1, 10, 1, flags);
  properties[PROP_GROWTH] =
    g_param_spec_double ("growth", N_("Growth"), NULL, -100, 1000, 0, flags);
  properties[PROP_FTE] = g_param_spec_double ("fte", N_("FTE"), NULL, 0, 1000, 0, flags);
  properties[PROP_LOADED_COST] = fh_field_mark (g_param_spec_int64 (
    "loaded-cost", N_("Loaded cost"), NULL, 0, FH_MONEY_MAX, 0, flags), FH_FIELD_MONEY, FALSE);
  properties[PROP_PERSON_MONTHS] =
    g_param_spec_double ("person-months", N_("Person-months"), NULL, 0, 12000, 0, flags);
  properties[PROP_YEARS] = g_param_spec_int ("years", N_("Years"), NULL, 0, 10, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fh_cost_line_init (FhCostLine *self)
{
  /* option stays 0 until set: its range starts at 1, so a line that was never given
   * its option does not validate and cannot be stored. */
  self->description = g_strdup ("");
  self->category = FH_COST_CATEGORY_LICENCE;
  self->recurrence = FH_RECURRENCE_ONE_OFF;
  self->first_year = 1;
}

FhCostLine *
fh_cost_line_new (gint64 option)
{
  return g_object_new (FH_TYPE_COST_LINE, "option", option, NULL);
}

gint64
fh_cost_line_get_id (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->id;
}

gint64
fh_cost_line_get_option (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->option;
}

FhCostCategory
fh_cost_line_get_category (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->category;
}

const char *
fh_cost_line_get_description (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), NULL);
  return self->description;
}

gint64
fh_cost_line_get_amount (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->amount;
}

FhRecurrence
fh_cost_line_get_recurrence (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->recurrence;
}

int
fh_cost_line_get_first_year (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->first_year;
}

double
fh_cost_line_get_growth (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0.0);
  return self->growth;
}

double
fh_cost_line_get_fte (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0.0);
  return self->fte;
}

gint64
fh_cost_line_get_loaded_cost (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->loaded_cost;
}

double
fh_cost_line_get_person_months (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0.0);
  return self->person_months;
}

int
fh_cost_line_get_years (FhCostLine *self)
{
  g_return_val_if_fail (FH_IS_COST_LINE (self), 0);
  return self->years;
}
