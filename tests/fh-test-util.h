/* fh-test-util.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fh-store.h"

G_BEGIN_DECLS

char *fh_test_make_dir (void);
void  fh_test_remove_dir (const char *dir);
char *fh_test_dump_tables (const char *path);
char *fh_test_checksum (const char *path);
void  fh_test_sql (const char *path, const char *sql);
char *fh_test_run (const char *const *argv);

FhStore *fh_test_demo_store (void);

/* Waiting on a loaded machine. Every wait and timeout in the tests is a base time
 * multiplied by fh_test_timeout_factor(): FOOTHOLD_TEST_TIMEOUT_FACTOR (set it
 * with meson's --timeout-multiplier, as build-aux/test.sh does) times
 * FOOTHOLD_TEST_SETUP_FACTOR (set by the asan and valgrind test setups). */
#define FH_TEST_WAIT_SECONDS 30

typedef gboolean (*FhTestPredicate) (gpointer data);

double   fh_test_timeout_factor (void);
guint    fh_test_scaled_seconds (guint seconds);
gboolean fh_test_wait_until (FhTestPredicate predicate, gpointer data, guint seconds);
void     fh_test_wait_for (FhTestPredicate predicate, gpointer data);

G_END_DECLS
