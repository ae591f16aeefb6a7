/* fh-field.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fh-field.h"
#include "fh-quarter.h"

G_DEFINE_QUARK (fh - field - error - quark, fh_field_error)

static GQuark kind_quark;
static GQuark required_quark;

static void
ensure_quarks (void)
{
  if (G_UNLIKELY (kind_quark == 0))
    {
      kind_quark = g_quark_from_static_string ("fh-field-kind");
      required_quark = g_quark_from_static_string ("fh-field-required");
    }
}

/* Returns @pspec so that class_init can wrap g_param_spec_*() calls in it. */
GParamSpec *
fh_field_mark (GParamSpec *pspec, FhFieldKind kind, gboolean required)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  ensure_quarks ();
  g_param_spec_set_qdata (pspec, kind_quark, GINT_TO_POINTER (kind));
  g_param_spec_set_qdata (pspec, required_quark, GINT_TO_POINTER (required));

  return pspec;
}

FhFieldKind
fh_field_get_kind (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FH_FIELD_PLAIN);

  ensure_quarks ();
  return GPOINTER_TO_INT (g_param_spec_get_qdata (pspec, kind_quark));
}

gboolean
fh_field_is_required (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  ensure_quarks ();
  return GPOINTER_TO_INT (g_param_spec_get_qdata (pspec, required_quark));
}

/* The nick of a record property is its label in English; translate it here so that
 * class_init does not depend on gettext being set up first. */
const char *
fh_field_get_label (GParamSpec *pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  return g_dgettext (GETTEXT_PACKAGE, g_param_spec_get_nick (pspec));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
is_date (const char *text)
{
  g_autoptr (GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (strlen (text) != 10)
    return FALSE;

  iso = g_strconcat (text, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);
  return date != NULL;
}

/* The error messages are whole sentences without the field's name; callers that know
 * where the value came from (a JSON path, a form row) put that in front. */
gboolean
fh_field_validate_text (FhFieldKind kind, gboolean required, const char *text, GError **error)
{
  glong length;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("The text is not valid UTF-8."));
      return FALSE;
    }

  if (required && is_blank (text))
    {
      g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("It cannot be empty; type at least one word."));
      return FALSE;
    }

  length = g_utf8_strlen (text, -1);

  switch (kind)
    {
    case FH_FIELD_SHORT:
    case FH_FIELD_PLAIN:
      if (length > FH_FIELD_SHORT_MAX)
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("It is %ld characters long; at most %d are allowed."), length,
                          FH_FIELD_SHORT_MAX);
          return FALSE;
        }
      break;

    case FH_FIELD_LONG:
      if (length > FH_FIELD_LONG_MAX)
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("It is %ld characters long; at most %d are allowed."), length,
                          FH_FIELD_LONG_MAX);
          return FALSE;
        }
      break;

    case FH_FIELD_SLUG:
      if (length < 1 || length > 64)
        {
          g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                               _("An id must have 1 to 64 characters."));
          return FALSE;
        }
      for (const char *p = text; *p; p++)
        if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
          {
            g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                         _("“%s” is not an id: use only a–z, 0–9 and “-”."), text);
            return FALSE;
          }
      break;

    case FH_FIELD_DATE:
      if (*text != '\0' && !is_date (text))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not a date: write it as YYYY-MM-DD."), text);
          return FALSE;
        }
      break;

    case FH_FIELD_CURRENCY:
      if (length != 3 || !g_ascii_isupper (text[0]) || !g_ascii_isupper (text[1]) ||
          !g_ascii_isupper (text[2]))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not a currency code: use three capital letters, such as EUR."),
                          text);
          return FALSE;
        }
      break;

    case FH_FIELD_QUARTER:
    case FH_FIELD_MONEY:
    default:
      break;
    }

  return TRUE;
}

static gboolean
validate_number (GParamSpec *pspec, const GValue *value, GError **error)
{
  g_auto (GValue) copy = G_VALUE_INIT;
  g_autofree char *shown = NULL;

  if (G_VALUE_HOLDS_DOUBLE (value) && !isfinite (g_value_get_double (value)))
    {
      g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("It must be a finite number."));
      return FALSE;
    }

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    {
      int quarter = g_value_get_int (value);

      if (quarter == 0 && !fh_field_is_required (pspec))
        return TRUE;

      if (!fh_quarter_is_valid (quarter))
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("A quarter must lie between %d-Q1 and %d-Q4."), FH_QUARTER_MIN_YEAR,
                          FH_QUARTER_MAX_YEAR);
          return FALSE;
        }
      return TRUE;
    }

  /* The param spec's own range is the field's range. */
  g_value_init (&copy, G_VALUE_TYPE (value));
  g_value_copy (value, &copy);
  if (!g_param_value_validate (pspec, &copy))
    return TRUE;

  shown = g_strdup_value_contents (value);

  if (G_IS_PARAM_SPEC_INT (pspec))
    g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                 _("%s is out of range (%d–%d)."), shown, G_PARAM_SPEC_INT (pspec)->minimum,
                    G_PARAM_SPEC_INT (pspec)->maximum);
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                 _("%s is out of range (%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")."), shown,
                    G_PARAM_SPEC_INT64 (pspec)->minimum, G_PARAM_SPEC_INT64 (pspec)->maximum);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                 _("%s is out of range (%g–%g)."), shown, G_PARAM_SPEC_DOUBLE (pspec)->minimum,
                    G_PARAM_SPEC_DOUBLE (pspec)->maximum);
  else
    g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                 _("%s is not an allowed value."), shown);

  return FALSE;
}

/* Checks a value against everything a record property promises: type, range, text
 * limits. A record that passes can be stored; nothing else can. */
gboolean
fh_field_validate (GParamSpec *pspec, const GValue *value, GError **error)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  if (!g_value_type_compatible (G_VALUE_TYPE (value), pspec->value_type))
    {
      g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("The value has the wrong type."));
      return FALSE;
    }

  if (G_VALUE_HOLDS_STRING (value))
    return fh_field_validate_text (fh_field_get_kind (pspec), fh_field_is_required (pspec),
                                   g_value_get_string (value), error);

  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));

      if (g_enum_get_value (klass, g_value_get_enum (value)) == NULL)
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("%d is not an allowed value."), g_value_get_enum (value));
          return FALSE;
        }
      return TRUE;
    }

  if (G_VALUE_HOLDS_BOOLEAN (value))
    return TRUE;

  return validate_number (pspec, value, error);
}

void
fh_field_set_string (GObject *object, char **field, const char *value, GParamSpec *pspec)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

void
fh_field_set_int (GObject *object, int *field, int value, GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

void
fh_field_set_int64 (GObject *object, gint64 *field, gint64 value, GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

void
fh_field_set_double (GObject *object, double *field, double value, GParamSpec *pspec)
{
  /* Compare bits, not values, so that an unchanged value never notifies. */
  if (memcmp (field, &value, sizeof value) == 0)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

void
fh_field_set_boolean (GObject *object, gboolean *field, gboolean value, GParamSpec *pspec)
{
  value = !!value;
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}
