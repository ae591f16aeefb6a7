/* fh-quarter.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fh-quarter.h"

#include <string.h>

int
fh_quarter_make (int year, int quarter)
{
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, 0);

  return year * 4 + (quarter - 1);
}

int
fh_quarter_get_year (int value)
{
  return value / 4;
}

int
fh_quarter_get_number (int value)
{
  return value % 4 + 1;
}

gboolean
fh_quarter_is_valid (int value)
{
  return value >= FH_QUARTER_MIN && value <= FH_QUARTER_MAX;
}

/* Accepts exactly "YYYY-QN"; anything else, or a year outside the supported range,
 * is refused so that a typo never becomes a quarter far away. */
gboolean
fh_quarter_parse (const char *text, int *value)
{
  int year = 0;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL || strlen (text) != 7)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      year = year * 10 + (text[i] - '0');
    }

  if (text[4] != '-' || (text[5] != 'Q' && text[5] != 'q') || text[6] < '1' || text[6] > '4')
    return FALSE;

  if (year < FH_QUARTER_MIN_YEAR || year > FH_QUARTER_MAX_YEAR)
    return FALSE;

  *value = fh_quarter_make (year, text[6] - '0');
  return TRUE;
}

char *
fh_quarter_format (int value)
{
  if (value <= 0)
    return g_strdup ("");

  return g_strdup_printf ("%04d-Q%d", fh_quarter_get_year (value), fh_quarter_get_number (value));
}

int
fh_quarter_from_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, 0);

  return fh_quarter_make (g_date_time_get_year (date), (g_date_time_get_month (date) - 1) / 3 + 1);
}
