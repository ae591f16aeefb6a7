/* fh-temp-file.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Foothold writes every file whole or not at all: under a temporary name beside it,
 * renamed over it when complete. The name is `.NAME.foothold-tmp-XXXXXX` (six
 * letters or digits), for plans, exports and reports alike. While a temporary file
 * exists its path is registered here, so that a terminating signal can remove it;
 * one left by a killed Foothold is swept when Foothold next writes in that folder
 * and it is older than FH_TEMP_FILE_STALE_SECONDS. */

#define FH_TEMP_FILE_INFIX         ".foothold-tmp-"
#define FH_TEMP_FILE_STALE_SECONDS (60 * 60)
#define FH_TEMP_FILE_MAX_OPEN      8

char       *fh_temp_file_template (const char *target);
char       *fh_temp_file_random_name (const char *target);
gboolean    fh_temp_file_is_own_name (const char *basename);
gboolean    fh_temp_file_register (const char *path);
void        fh_temp_file_forget (const char *path);
const char *fh_temp_file_registered (guint slot);

G_END_DECLS
