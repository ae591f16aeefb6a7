/* fh-fuzz-common.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fh-fuzz.h"

static char *fuzz_dir;
gboolean     fh_fuzz_verbose;

static void
remove_dir (void)
{
  if (fuzz_dir == NULL)
    return;
  fh_fuzz_clear_dir ();
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
}

const char *
fh_fuzz_dir (void)
{
  if (fuzz_dir == NULL)
    {
      g_autoptr (GError) error = NULL;

      fuzz_dir = g_dir_make_tmp ("foothold-fuzz-XXXXXX", &error);
      if (fuzz_dir == NULL)
        fh_fuzz_fail ("cannot make a folder: %s", error->message);
      atexit (remove_dir);
    }
  return fuzz_dir;
}

char *
fh_fuzz_path (const char *name)
{
  return g_build_filename (fh_fuzz_dir (), name, NULL);
}

void
fh_fuzz_clear_dir (void)
{
  g_autoptr (GDir) dir = g_dir_open (fh_fuzz_dir (), 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = fh_fuzz_path (name);

      g_unlink (path);
    }
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

char *
fh_fuzz_hash_dir (void)
{
  g_autoptr (GDir) dir = g_dir_open (fh_fuzz_dir (), 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) out = g_string_new (NULL);
  const char *name;

  if (dir == NULL)
    fh_fuzz_fail ("the fuzz folder is gone");
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = fh_fuzz_path (names->pdata[i]);
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize            length = 0;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        fh_fuzz_fail ("cannot read %s", path);
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
      g_string_append_printf (out, "%s %s\n", (char *)names->pdata[i], sum);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
fh_fuzz_write (const char *path, const void *data, gsize size)
{
  FILE    *file = g_fopen (path, "wb");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fwrite (data, 1, size, file) == size;
  return fclose (file) == 0 && ok;
}

/* A critical or warning from GLib or Foothold is a bug, whatever the input. */
void
fh_fuzz_setup_logging (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

void
fh_fuzz_note (const char *format, ...)
{
  g_autofree char *text = NULL;
  va_list          args;

  if (!fh_fuzz_verbose)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_message ("%s", text);
}

void
fh_fuzz_fail (const char *format, ...)
{
  va_list args;

  fputs ("foothold fuzz: invariant broken: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

/* Names the first byte where two documents part, with a little of each. */
void
fh_fuzz_expect_same (const char *what, GBytes *expected, GBytes *actual)
{
  gsize            n_expected, n_actual, at = 0;
  const char      *a = g_bytes_get_data (expected, &n_expected);
  const char      *b = g_bytes_get_data (actual, &n_actual);
  g_autofree char *near_a = NULL;
  g_autofree char *near_b = NULL;

  if (n_expected == n_actual && (n_expected == 0 || memcmp (a, b, n_expected) == 0))
    return;

  while (at < n_expected && at < n_actual && a[at] == b[at])
    at++;
  near_a = g_strndup (a + at, MIN (n_expected - at, 60));
  near_b = g_strndup (b + at, MIN (n_actual - at, 60));
  fh_fuzz_fail ("%s: the documents differ at byte %" G_GSIZE_FORMAT ": “%s” against “%s”", what, at,
                near_a, near_b);
}
