/* fh-money.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is gint64 minor units of the plan's currency (cents for EUR, yen for JPY).
 * Parsing and formatting follow the C library's numeric locale (LC_NUMERIC): its
 * decimal point and, where it has one, its thousands separator. */

int      fh_money_currency_digits (const char *currency);
gboolean fh_money_parse (const char *text, int digits, gint64 *minor, GError **error);
char    *fh_money_format_number (gint64 minor, int digits);
char    *fh_money_format (gint64 minor, const char *currency);
char    *fh_money_format_whole (gint64 minor, const char *currency);
gboolean fh_number_parse (const char *text, double min, double max, double *value, GError **error);
char    *fh_number_format (double value);

G_END_DECLS
