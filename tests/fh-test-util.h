/* fh-test-util.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *fh_test_make_dir (void);
void  fh_test_remove_dir (const char *dir);
char *fh_test_dump_tables (const char *path);
char *fh_test_checksum (const char *path);
void  fh_test_sql (const char *path, const char *sql);

G_END_DECLS
