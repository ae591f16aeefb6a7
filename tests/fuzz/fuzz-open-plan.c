/* fuzz-open-plan.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes any bytes to a .foothold file and opens it with the store. An input may
 * also carry the companion files SQLite keeps beside a plan: after a line
 * "@@foothold-fuzz -wal@@" come the bytes of plan.foothold-wal, after
 * "@@foothold-fuzz -journal@@" those of plan.foothold-journal. Beyond "no crash",
 * it asserts what the README promises:
 * - a refused file is left byte for byte as it was, companions included, and
 *   nothing is added beside it;
 * - whatever opens exports to JSON that imports again, to the same export, and
 *   opens again once closed, with the same contents.
 */

#include "config.h"

#include <string.h>

#include "fh-fuzz.h"
#include "fh-store.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fh_fuzz_setup_logging ();
  fh_fuzz_dir ();
  return 0;
}

static GBytes *export(FhStore *store, const char *what)
{
  g_autoptr (GError) error = NULL;
  GBytes *json = fh_store_export_json (store, &error);

  if (json == NULL)
    fh_fuzz_fail ("%s: the export is refused: %s", what, error->message);
  return json;
}

static void
check_opened (FhStore *store, const char *path)
{
  g_autoptr (GBytes) first = export(store, "the opened plan");
  g_autoptr (GBytes) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) copy = NULL;

  copy = fh_store_new_from_json (NULL, first, &error);
  if (copy == NULL)
    fh_fuzz_fail ("the export of a plan that opened is refused on import: %s", error->message);
  again = export(copy, "the re-imported export");
  fh_fuzz_expect_same ("open → export → import → export", first, again);
  g_clear_pointer (&again, g_bytes_unref);
  g_clear_object (&copy);

  g_object_unref (store);
  store = fh_store_open (path, &error);
  if (store == NULL)
    fh_fuzz_fail ("a plan that opened once does not open again: %s", error->message);
  again = export(store, "the reopened plan");
  fh_fuzz_expect_same ("closing and reopening", first, again);
  g_object_unref (store);
}

#define MARKER "\n@@foothold-fuzz "

/* Splits @data at the markers and writes each part to its file. */
static void
write_files (const char *path, const uint8_t *data, size_t size)
{
  const char *const suffixes[] = { "", "-wal", "-journal" };
  const uint8_t    *start = data, *end = data + size;
  guint             part = 0;

  while (start <= end)
    {
      const uint8_t   *next = NULL;
      guint            next_part = 0;
      g_autofree char *file = NULL;

      for (const uint8_t *p = start; p + strlen (MARKER) <= end && next == NULL; p++)
        {
          if (memcmp (p, MARKER, strlen (MARKER)) != 0)
            continue;
          for (guint s = 1; s < G_N_ELEMENTS (suffixes); s++)
            {
              g_autofree char *tail = g_strconcat (suffixes[s], "@@\n", NULL);
              const uint8_t   *q = p + strlen (MARKER);

              if ((size_t)(end - q) >= strlen (tail) && memcmp (q, tail, strlen (tail)) == 0)
                {
                  next = p;
                  next_part = s;
                  break;
                }
            }
        }

      file = g_strconcat (path, suffixes[part], NULL);
      /* A part named twice: the last one wins, as a file written twice would. */
      if (!fh_fuzz_write (file, start, (gsize)((next ? next : end) - start)))
        fh_fuzz_fail ("cannot write %s", file);
      if (next == NULL)
        break;
      start = next + strlen (MARKER) + strlen (suffixes[next_part]) + strlen ("@@\n");
      part = next_part;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *path = fh_fuzz_path ("plan" FH_PLAN_EXTENSION);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  FhStore *store;

  fh_fuzz_clear_dir ();
  write_files (path, data, size);
  before = fh_fuzz_hash_dir ();

  store = fh_store_open (path, &error);
  if (store != NULL)
    {
      if (error != NULL)
        fh_fuzz_fail ("a plan opened and also set an error: %s", error->message);
      fh_fuzz_note ("opened");
      check_opened (store, path);
      return 0;
    }

  if (error == NULL || error->domain != FH_STORE_ERROR || error->message[0] == '\0')
    fh_fuzz_fail ("a refused plan says nothing about why");

  fh_fuzz_note ("refused: %s", error->message);
  after = fh_fuzz_hash_dir ();
  if (g_strcmp0 (before, after) != 0)
    fh_fuzz_fail ("refusing a plan changed its files (%s):\nbefore:\n%safter:\n%s", error->message,
                  before, after);
  return 0;
}
