/* fh-money.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "fh-money.h"

#include "fh-field.h"

static const char *
locale_decimal_point (void)
{
  const char *point = localeconv ()->decimal_point;

  return point != NULL && point[0] != '\0' ? point : ".";
}

/* The locale's digit grouping. The C and POSIX locales (and a few others) have none,
 * and "197090 EUR" is hard to read on a shared screen: they group as English does,
 * "197,090", or with a narrow no-break space where the decimal sign is a comma. */
static const char *
locale_thousands_sep (void)
{
  const char *sep = localeconv ()->thousands_sep;

  if (sep != NULL && sep[0] != '\0')
    return sep;

  return strcmp (locale_decimal_point (), ",") == 0 ? "\u202F" : ",";
}

/* An amount as the user would type it, for the messages: "1,250.50", "1.250,50". */
static char *
example_amount (int digits)
{
  gint64 minor = 1250;
  gint64 half = 5;

  for (int i = 0; i < digits; i++)
    minor *= 10;
  for (int i = 1; i < digits; i++)
    half *= 10;

  return fh_money_format_number (digits > 0 ? minor + half : minor, digits);
}

/**
 * fh_money_currency_digits:
 * @currency: an ISO 4217 code
 *
 * Returns: how many minor-unit digits the currency has (ISO 4217's list).
 */
int
fh_money_currency_digits (const char *currency)
{
  static const char *const zero[] = {
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
    "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
  };
  static const char *const three[] = { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

  if (currency == NULL)
    return 2;

  for (guint i = 0; i < G_N_ELEMENTS (zero); i++)
    if (strcmp (currency, zero[i]) == 0)
      return 0;
  for (guint i = 0; i < G_N_ELEMENTS (three); i++)
    if (strcmp (currency, three[i]) == 0)
      return 3;

  return 2;
}

/* Copies @text without spaces and thousands separators, and with the locale's decimal
 * point (or a plain ".") turned into "."; NULL when it holds anything else. */
static char *
normalise_number (const char *text)
{
  const char *point = locale_decimal_point ();
  const char *sep = locale_thousands_sep ();
  GString    *out = g_string_new (NULL);

  while (*text != '\0')
    {
      gunichar c = g_utf8_get_char (text);

      if (sep[0] != '\0' && g_str_has_prefix (text, sep) && strcmp (sep, point) != 0)
        {
          text += strlen (sep);
          continue;
        }
      if (g_str_has_prefix (text, point))
        {
          g_string_append_c (out, '.');
          text += strlen (point);
          continue;
        }
      if (g_unichar_isspace (c) || c == 0x202F || c == 0xA0)
        ;
      else if (c == 0x2212) /* the minus sign this file writes */
        g_string_append_c (out, '-');
      else if (c == '.' || c == '-' || c == '+' || (c >= '0' && c <= '9'))
        g_string_append_c (out, (char)c);
      else
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      text = g_utf8_next_char (text);
    }

  return g_string_free (out, FALSE);
}

/**
 * fh_money_parse:
 * @text: what the user typed, such as "1,234.50"
 * @digits: the currency's minor-unit digits
 * @minor: (out): the amount in minor units
 *
 * Refuses text that is not a number, negative amounts, more decimals than the
 * currency has and amounts above FH_MONEY_MAX, with a sentence in @error.
 */
gboolean
fh_money_parse (const char *text, int digits, gint64 *minor, GError **error)
{
  g_autofree char *plain = NULL;
  const char      *p;
  gint64           whole = 0;
  gint64           fraction = 0;
  int              fraction_digits = 0;
  gboolean         any_digit = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (digits >= 0 && digits <= 3, FALSE);

  plain = normalise_number (text);
  if (plain == NULL || plain[0] == '\0')
    goto not_amount;

  p = plain;
  if (*p == '-')
    {
      g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           _("An amount cannot be negative."));
      return FALSE;
    }
  if (*p == '+')
    p++;

  for (; *p >= '0' && *p <= '9'; p++)
    {
      any_digit = TRUE;
      whole = whole * 10 + (*p - '0');
      if (whole > FH_MONEY_MAX)
        goto too_large;
    }
  if (*p == '.')
    {
      for (p++; *p >= '0' && *p <= '9'; p++)
        {
          any_digit = TRUE;
          if (++fraction_digits > digits)
            {
              g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                           ngettext ("This currency has %d decimal place.",
                                     "This currency has %d decimal places.", digits),
                           digits);
              return FALSE;
            }
          fraction = fraction * 10 + (*p - '0');
        }
    }
  if (*p != '\0' || !any_digit)
    goto not_amount;

  for (; fraction_digits < digits; fraction_digits++)
    fraction *= 10;
  for (int i = 0; i < digits; i++)
    {
      whole *= 10;
      if (whole > FH_MONEY_MAX)
        goto too_large;
    }
  if (whole + fraction > FH_MONEY_MAX)
    goto too_large;

  *minor = whole + fraction;
  return TRUE;

not_amount:
  {
    g_autofree char *example = example_amount (digits);

    /* Translators: %s is what was typed, then an amount in the locale's format. */
    g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                 _("“%s” is not an amount. Type a number such as %s."), text, example);
    return FALSE;
  }

too_large:
  {
    gint64           scale = 1;
    g_autofree char *largest = NULL;

    for (int i = 0; i < digits; i++)
      scale *= 10;
    largest = fh_money_format_number (FH_MONEY_MAX / scale, 0);

    g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                 _("The amount is too large: the largest is %s."), largest);
    return FALSE;
  }
}

static void
append_grouped (GString *out, guint64 whole)
{
  char        digits[32];
  const char *sep = locale_thousands_sep ();
  int         n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, whole);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
}

/**
 * fh_money_format_number:
 *
 * Returns: @minor as a number with @digits decimals in the locale's format, without
 * a currency, such as "1,234.50" (or "1234.50" in a locale without grouping).
 */
char *
fh_money_format_number (gint64 minor, int digits)
{
  GString *out = g_string_new (NULL);
  guint64  magnitude = minor < 0 ? (guint64)(-(minor + 1)) + 1 : (guint64)minor;
  guint64  scale = 1;

  for (int i = 0; i < digits; i++)
    scale *= 10;

  if (minor < 0)
    g_string_append (out, "−");
  append_grouped (out, magnitude / scale);
  if (digits > 0)
    {
      g_string_append (out, locale_decimal_point ());
      g_string_append_printf (out, "%0*" G_GUINT64_FORMAT, digits, magnitude % scale);
    }

  return g_string_free (out, FALSE);
}

/**
 * fh_money_format:
 *
 * Returns: @minor with its currency code, such as "1,234.50 EUR".
 */
char *
fh_money_format (gint64 minor, const char *currency)
{
  g_autofree char *number = fh_money_format_number (minor, fh_money_currency_digits (currency));

  /* Translators: an amount of money; %1$s is the number, %2$s the ISO 4217 currency
   * code such as EUR. Swap them if your language puts the currency first. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), number, currency);
}

/**
 * fh_money_format_whole:
 *
 * Returns: @minor rounded to whole major units (half away from zero) with its
 * currency code, such as "1,235 EUR": for charts and tight tables.
 */
char *
fh_money_format_whole (gint64 minor, const char *currency)
{
  int              digits = fh_money_currency_digits (currency);
  gint64           scale = 1;
  gint64           whole;
  g_autofree char *number = NULL;

  for (int i = 0; i < digits; i++)
    scale *= 10;
  whole = minor >= 0 ? (minor + scale / 2) / scale : -((-minor + scale / 2) / scale);
  number = fh_money_format_number (whole, 0);

  return g_strdup_printf (C_("money", "%1$s %2$s"), number, currency);
}

/**
 * fh_number_parse:
 * @text: what the user typed
 * @value: (out): the number
 *
 * Parses a plain decimal number in the locale's format and refuses text, and numbers
 * outside @min … @max, with a sentence in @error.
 */
gboolean
fh_number_parse (const char *text, double min, double max, double *value, GError **error)
{
  g_autofree char *plain = normalise_number (text);
  char            *end = NULL;
  double           number;

  if (plain == NULL || plain[0] == '\0')
    goto not_number;

  number = g_ascii_strtod (plain, &end);
  if (end == plain || *end != '\0' || !isfinite (number))
    goto not_number;

  if (number < min || number > max)
    {
      g_autofree char *low = fh_number_format (min);
      g_autofree char *high = fh_number_format (max);

      g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                   _("%s is out of range: use a number from %s to %s."), text, low, high);
      return FALSE;
    }

  *value = number;
  return TRUE;

not_number:
  g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
               _("“%s” is not a number: type digits only."), text);
  return FALSE;
}

/**
 * fh_number_format:
 *
 * Returns: @value with at most two decimals and no trailing zeros, in the locale's
 * format ("2.5", "−100", "0.15").
 */
char *
fh_number_format (double value)
{
  char             buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *text = NULL;
  char            *dot;

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", fabs (value));
  dot = strchr (buffer, '.');
  if (dot != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *dot = '\0';
    }

  dot = strchr (buffer, '.');
  if (dot != NULL)
    {
      *dot = '\0';
      text = g_strconcat (buffer, locale_decimal_point (), dot + 1, NULL);
    }
  else
    text = g_strdup (buffer);

  return value < 0 && strcmp (text, "0") != 0 ? g_strconcat ("−", text, NULL)
                                              : g_steal_pointer (&text);
}
