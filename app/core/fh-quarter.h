/* fh-quarter.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A quarter is one int: year * 4 + (quarter - 1), so that adding n quarters is + n
 * and years roll over by themselves. 0 means "no quarter". */

#define FH_QUARTER_MIN_YEAR 2000
#define FH_QUARTER_MAX_YEAR 2100
#define FH_QUARTER_MIN      (FH_QUARTER_MIN_YEAR * 4)
#define FH_QUARTER_MAX      (FH_QUARTER_MAX_YEAR * 4 + 3)

int      fh_quarter_make (int year, int quarter);
int      fh_quarter_get_year (int value);
int      fh_quarter_get_number (int value);
gboolean fh_quarter_is_valid (int value);
gboolean fh_quarter_parse (const char *text, int *value);
char    *fh_quarter_format (int value);
int      fh_quarter_from_date (GDateTime *date);

G_END_DECLS
