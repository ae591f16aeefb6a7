/* fh-fuzz-replay.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs one fuzz target over files, without libFuzzer or clang: the normal test
 * suite replays every seed in tests/fuzz/corpus/TARGET and every input that once
 * broke the target, kept in tests/fuzz/regressions/TARGET. Each file is one test
 * case; an invariant that fails aborts it. Usage: replay-TARGET CORPUS [DIR-OR-FILE...]
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "fh-fuzz.h"

static void
replay_file (gconstpointer data)
{
  const char      *path = data;
  g_autofree char *contents = NULL;
  gsize            length = 0;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", path, length);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *)contents, length), ==, 0);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Every file of @dir, sorted; names starting with a dot are not inputs. */
static guint
add_dir (const char *dir, GPtrArray *paths)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) d = g_dir_open (dir, 0, &error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (dir, names->pdata[i], NULL));
  return names->len;
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *program = g_path_get_basename (argv[0]);
  const char      *target = program;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (g_str_has_prefix (target, "replay-"))
    target += strlen ("replay-");
  fh_fuzz_verbose = TRUE;
  LLVMFuzzerInitialize (&argc, &argv);

  /* The first folder is the seed corpus: one that went missing must not pass as
   * "nothing to replay". Regression folders may be empty. */
  for (int i = 1; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        g_ptr_array_add (paths, g_strdup (argv[i]));
      else if (add_dir (argv[i], paths) == 0 && i == 1)
        g_error ("%s holds no inputs", argv[i]);
    }

  for (guint i = 0; i < paths->len; i++)
    {
      const char      *path = paths->pdata[i];
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *parent = g_path_get_dirname (dir);
      g_autofree char *set = g_path_get_basename (parent);
      g_autofree char *file = g_path_get_basename (path);
      g_autofree char *name = g_strdup_printf ("/%s/%s/%s", target, set, file);

      g_test_add_data_func (name, path, replay_file);
    }

  return g_test_run ();
}
