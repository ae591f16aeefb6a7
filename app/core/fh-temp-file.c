/* fh-temp-file.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <limits.h>
#include <string.h>

#include "fh-temp-file.h"

#define SUFFIX_LENGTH 6

/* Read by a signal handler: fixed storage, no allocation, a slot is used while its
 * first byte is not zero. */
static char slots[FH_TEMP_FILE_MAX_OPEN][PATH_MAX];

/**
 * fh_temp_file_template:
 * @target: the file that will be written
 *
 * Returns: (transfer full): a g_mkstemp() template beside @target
 */
char *
fh_temp_file_template (const char *target)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (target != NULL, NULL);

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  return g_strdup_printf ("%s%c.%s" FH_TEMP_FILE_INFIX "XXXXXX", dir, G_DIR_SEPARATOR, base);
}

/**
 * fh_temp_file_random_name:
 * @target: the file that will be written
 *
 * For writers that must create the file themselves (SQLite).
 *
 * Returns: (transfer full): a temporary name beside @target, following the pattern
 */
char *
fh_temp_file_random_name (const char *target)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  char             *name = fh_temp_file_template (target);
  char             *x = name + strlen (name) - SUFFIX_LENGTH;

  for (guint i = 0; i < SUFFIX_LENGTH; i++)
    x[i] = letters[g_random_int_range (0, sizeof letters - 1)];
  return name;
}

/**
 * fh_temp_file_is_own_name:
 * @basename: a file name without folder
 *
 * Returns: whether @basename is exactly of Foothold's temporary pattern
 */
gboolean
fh_temp_file_is_own_name (const char *basename)
{
  const char *infix;
  gsize       length;

  g_return_val_if_fail (basename != NULL, FALSE);

  length = strlen (basename);
  if (basename[0] != '.' || length < 1 + 1 + strlen (FH_TEMP_FILE_INFIX) + SUFFIX_LENGTH)
    return FALSE;

  infix = basename + length - SUFFIX_LENGTH - strlen (FH_TEMP_FILE_INFIX);
  if (strncmp (infix, FH_TEMP_FILE_INFIX, strlen (FH_TEMP_FILE_INFIX)) != 0)
    return FALSE;
  for (guint i = 0; i < SUFFIX_LENGTH; i++)
    if (!g_ascii_isalnum (basename[length - SUFFIX_LENGTH + i]))
      return FALSE;
  return TRUE;
}

/**
 * fh_temp_file_register:
 * @path: a temporary file just created
 *
 * Returns: %FALSE when the path is too long or too many are open; the file is then
 *   not removed by a signal, but still by the next sweep
 */
gboolean
fh_temp_file_register (const char *path)
{
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);

  length = strlen (path);
  if (length == 0 || length >= PATH_MAX)
    return FALSE;

  for (guint i = 0; i < FH_TEMP_FILE_MAX_OPEN; i++)
    if (slots[i][0] == '\0')
      {
        /* The first byte last, so a signal never sees half a path. */
        memcpy (slots[i] + 1, path + 1, length);
        __atomic_store_n (&slots[i][0], path[0], __ATOMIC_SEQ_CST);
        return TRUE;
      }
  return FALSE;
}

/**
 * fh_temp_file_forget:
 * @path: a registered temporary file, renamed or removed now
 */
void
fh_temp_file_forget (const char *path)
{
  g_return_if_fail (path != NULL);

  for (guint i = 0; i < FH_TEMP_FILE_MAX_OPEN; i++)
    if (slots[i][0] != '\0' && strcmp (slots[i], path) == 0)
      {
        __atomic_store_n (&slots[i][0], '\0', __ATOMIC_SEQ_CST);
        return;
      }
}

/**
 * fh_temp_file_registered:
 * @slot: from 0 to FH_TEMP_FILE_MAX_OPEN - 1
 *
 * Async-signal-safe.
 *
 * Returns: (nullable): the temporary file in @slot
 */
const char *
fh_temp_file_registered (guint slot)
{
  if (slot >= FH_TEMP_FILE_MAX_OPEN || __atomic_load_n (&slots[slot][0], __ATOMIC_SEQ_CST) == '\0')
    return NULL;
  return slots[slot];
}
