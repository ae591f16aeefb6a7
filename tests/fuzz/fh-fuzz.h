/* fh-fuzz.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* Each target defines these, as libFuzzer expects them. The same source is linked
 * into the libFuzzer program (clang, -Dfuzzing=true) and into the replay test that
 * the normal suite runs over every corpus and regression file. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* One private folder per process, removed at exit. */
const char *fh_fuzz_dir (void);
char       *fh_fuzz_path (const char *name);
void        fh_fuzz_clear_dir (void);

/* "name sha256" of every file in the folder, sorted by name: equal exactly when
 * the same files hold the same bytes. */
char *fh_fuzz_hash_dir (void);

gboolean fh_fuzz_write (const char *path, const void *data, gsize size);
void     fh_fuzz_setup_logging (void);

/* An invariant does not hold: says which, and aborts (libFuzzer keeps the input). */
/* Says what happened to an input (the replay test sets fh_fuzz_verbose). */
extern gboolean fh_fuzz_verbose;
void            fh_fuzz_note (const char *format, ...) G_GNUC_PRINTF (1, 2);

G_NORETURN void fh_fuzz_fail (const char *format, ...) G_GNUC_PRINTF (1, 2);
void            fh_fuzz_expect_same (const char *what, GBytes *expected, GBytes *actual);

G_END_DECLS
