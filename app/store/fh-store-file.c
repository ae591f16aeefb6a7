/* fh-store-file.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fh-store.h"

#include "fh-temp-file.h"

/* Files written whole or not at all (fh-temp-file.h): exports and copies. */

/* A temporary file, or what SQLite keeps beside a temporary plan. */
static gboolean
is_own_temp_file (const char *name)
{
  static const char *const companions[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    if (g_str_has_suffix (name, companions[i]))
      {
        g_autofree char *stem = g_strndup (name, strlen (name) - strlen (companions[i]));

        return fh_temp_file_is_own_name (stem);
      }

  return fh_temp_file_is_own_name (name);
}

/**
 * fh_store_sweep_temp_files:
 * @dir: a folder Foothold is about to write in
 *
 * Removes temporary files of Foothold's own pattern that a killed Foothold left in
 * @dir (and SQLite's -journal, -wal and -shm beside a temporary plan), if they are
 * older than an hour (a younger one may belong to a Foothold writing right now).
 * Nothing else is touched, not even a matching directory.
 */
void
fh_store_sweep_temp_files (const char *dir)
{
  g_autoptr (GDir) listing = NULL;
  const char *name;
  time_t      now = time (NULL);

  g_return_if_fail (dir != NULL);

  listing = g_dir_open (dir, 0, NULL);
  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf         st;

      if (!is_own_temp_file (name))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          now - st.st_mtime > FH_TEMP_FILE_STALE_SECONDS)
        g_unlink (path);
    }
}

/**
 * fh_store_resolve_target:
 * @path: a file to be written
 *
 * A symbolic link is written through: the file it points to gets the new contents
 * and the link stays. A link to nothing is refused.
 *
 * Returns: (transfer full): the file to write, or %NULL with @error set
 */
char *
fh_store_resolve_target (const char *path, GError **error)
{
  g_autofree char *name = NULL;
  GStatBuf         st;
  char            *resolved;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    {
      int saved = errno;

      name = g_filename_display_name (path);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("“%s” is a symbolic link that leads to no file (%s). Foothold writes "
                     "through links to the file they name; choose another name."),
                      name, g_strerror (saved));
      return NULL;
    }

  /* realpath() allocates with malloc. */
  name = g_strdup (resolved);
  free (resolved);
  return g_steal_pointer (&name);
}

/**
 * fh_store_write_file:
 * @path: where to write; an existing file there is replaced, keeping its mode, and a
 *   symbolic link is written through
 * @bytes: the contents
 *
 * Writes @bytes whole or not at all. Messages name @path, never the temporary file.
 */
gboolean
fh_store_write_file (const char *path, GBytes *bytes, GError **error)
{
  g_autofree char *display = NULL;
  g_autofree char *target = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *dir = NULL;
  const char      *data;
  gsize            size, done = 0;
  GStatBuf         st;
  int              fd, saved;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  display = g_filename_display_name (path);
  target = fh_store_resolve_target (path, error);
  if (target == NULL)
    return FALSE;

  dir = g_path_get_dirname (target);
  fh_store_sweep_temp_files (dir);

  tmp = fh_temp_file_template (target);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("Could not write “%s”: %s. Check that the folder exists and can be "
                     "written to."),
                      display, g_strerror (saved));
      return FALSE;
    }
  fh_temp_file_register (tmp);

  /* An existing file keeps its permissions: a private export stays private. */
  if (g_stat (target, &st) == 0 && fchmod (fd, st.st_mode & 07777) != 0)
    goto fail;

  data = g_bytes_get_data (bytes, &size);
  while (done < size)
    {
      gssize n = write (fd, data + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto fail;
      done += (gsize)n;
    }
  if (fsync (fd) != 0)
    goto fail;
  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_rename (tmp, target) != 0)
    goto fail;
  fh_temp_file_forget (tmp);
  return TRUE;

fail:
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  fh_temp_file_forget (tmp);
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
               _("Could not write “%s”: %s."), display, g_strerror (saved));
  return FALSE;
}
