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

#include "fh-store-private.h"

#include "fh-temp-file.h"

/* Files written whole or not at all (fh-temp-file.h): exports and copies. */

/* A temporary file, or what SQLite keeps beside a temporary plan. */
static gboolean
is_own_temp_file (const char *name)
{
  for (guint i = 0; i < FH_N_COMPANIONS; i++)
    if (g_str_has_suffix (name, fh_companion_suffix (i)))
      {
        g_autofree char *stem = g_strndup (name, strlen (name) - strlen (fh_companion_suffix (i)));

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

/* A file being written: a temporary file of Foothold's pattern beside the target,
 * renamed over it by fh_store_writer_commit(). Dropped without a commit, it is
 * removed and the target stays as it was. */
struct _FhStoreWriter
{
  GOutputStream parent_instance;

  char *display; /* the user's path, for messages */
  char *target;  /* where the file goes: the user's path, or what its link names */
  char *tmp;
  int   fd; /* -1 once committed or aborted */
};

G_DEFINE_FINAL_TYPE (FhStoreWriter, fh_store_writer, G_TYPE_OUTPUT_STREAM)

static void
set_write_error (FhStoreWriter *self, int saved, GError **error)
{
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
               _("Could not write “%s”: %s."), self->display, g_strerror (saved));
}

static gssize
fh_store_writer_write_fn (GOutputStream *stream,
                          const void    *buffer,
                          gsize          count,
                          GCancellable  *cancellable,
                          GError       **error)
{
  FhStoreWriter *self = FH_STORE_WRITER (stream);
  gssize         n;

  if (self->fd < 0)
    {
      set_write_error (self, EBADF, error);
      return -1;
    }

  do
    n = write (self->fd, buffer, count);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    set_write_error (self, errno, error);
  return n;
}

/* Closing the stream is not committing it: only fh_store_writer_commit() puts the
 * file in place. */
static gboolean
fh_store_writer_close_fn (GOutputStream *stream, GCancellable *cancellable, GError **error)
{
  return TRUE;
}

static void
fh_store_writer_finalize (GObject *object)
{
  FhStoreWriter *self = FH_STORE_WRITER (object);

  fh_store_writer_abort (self);
  g_free (self->display);
  g_free (self->target);
  g_free (self->tmp);

  G_OBJECT_CLASS (fh_store_writer_parent_class)->finalize (object);
}

static void
fh_store_writer_class_init (FhStoreWriterClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GOutputStreamClass *stream_class = G_OUTPUT_STREAM_CLASS (klass);

  object_class->finalize = fh_store_writer_finalize;
  stream_class->write_fn = fh_store_writer_write_fn;
  stream_class->close_fn = fh_store_writer_close_fn;
}

static void
fh_store_writer_init (FhStoreWriter *self)
{
  self->fd = -1;
}

/**
 * fh_store_writer_new:
 * @path: where to write; an existing file there is replaced, keeping its mode, and a
 *   symbolic link is written through
 *
 * Begins writing a file whole or not at all: what is written to the stream goes to
 * a temporary file beside @path, registered so that a terminating signal removes
 * it (fh-temp-file.h). Stale temporary files in that folder are swept first.
 * Messages name @path, never the temporary file.
 *
 * Returns: (transfer full): the writer, or %NULL with @error set
 */
FhStoreWriter *
fh_store_writer_new (const char *path, GError **error)
{
  g_autoptr (FhStoreWriter) self = NULL;
  g_autofree char *dir = NULL;
  GStatBuf         st;
  int              saved;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (FH_TYPE_STORE_WRITER, NULL);
  self->display = g_filename_display_name (path);
  self->target = fh_store_resolve_target (path, error);
  if (self->target == NULL)
    return NULL;

  dir = g_path_get_dirname (self->target);
  fh_store_sweep_temp_files (dir);

  self->tmp = fh_temp_file_template (self->target);
  self->fd = g_mkstemp_full (self->tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      saved = errno;
      g_clear_pointer (&self->tmp, g_free);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("Could not write “%s”: %s. Check that the folder exists and can be "
                     "written to."),
                      self->display, g_strerror (saved));
      return NULL;
    }
  fh_temp_file_register (self->tmp);

  /* An existing file keeps its permissions: a private export stays private. */
  if (g_stat (self->target, &st) == 0 && fchmod (self->fd, st.st_mode & 07777) != 0)
    {
      set_write_error (self, errno, error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * fh_store_writer_commit:
 *
 * Puts the file in place once everything has been written: synced, then renamed
 * over the target. On failure the temporary file is removed and the target is as it
 * was. Either way the writer is done.
 */
gboolean
fh_store_writer_commit (FhStoreWriter *self, GError **error)
{
  int fd, saved = 0;

  g_return_val_if_fail (FH_IS_STORE_WRITER (self), FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  fd = self->fd;
  self->fd = -1;
  if (fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
    }
  else if (close (fd) != 0 || g_rename (self->tmp, self->target) != 0)
    saved = errno;

  if (saved != 0)
    {
      set_write_error (self, saved, error);
      g_unlink (self->tmp);
      fh_temp_file_forget (self->tmp);
      return FALSE;
    }

  fh_temp_file_forget (self->tmp);
  return TRUE;
}

/**
 * fh_store_writer_abort:
 *
 * Gives up: the temporary file is removed, the target is as it was. Dropping the
 * last reference to an uncommitted writer does the same.
 */
void
fh_store_writer_abort (FhStoreWriter *self)
{
  g_return_if_fail (FH_IS_STORE_WRITER (self));

  if (self->fd < 0)
    return;

  close (self->fd);
  self->fd = -1;
  g_unlink (self->tmp);
  fh_temp_file_forget (self->tmp);
}

/**
 * fh_store_write_file:
 * @path: where to write; an existing file there is replaced, keeping its mode, and a
 *   symbolic link is written through
 * @bytes: the contents
 *
 * Writes @bytes whole or not at all (fh_store_writer_new()).
 */
gboolean
fh_store_write_file (const char *path, GBytes *bytes, GError **error)
{
  g_autoptr (FhStoreWriter) writer = NULL;
  gsize       size;
  const void *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  writer = fh_store_writer_new (path, error);
  if (writer == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  return g_output_stream_write_all (G_OUTPUT_STREAM (writer), data, size, NULL, NULL, error) &&
         fh_store_writer_commit (writer, error);
}

/* A temporary plan file and what SQLite may have put beside it. */
void
fh_store_discard_temp (const char *tmp)
{
  g_unlink (tmp);
  for (guint i = 0; i < FH_N_COMPANIONS; i++)
    {
      g_autofree char *file = g_strconcat (tmp, fh_companion_suffix (i), NULL);

      g_unlink (file);
    }
  fh_temp_file_forget (tmp);
}

/* Renames the temporary plan @tmp over @path, or discards it when that fails.
 * Returns 0, or the rename's errno. */
int
fh_store_settle_temp (const char *tmp, const char *path)
{
  int saved;

  if (g_rename (tmp, path) != 0)
    {
      saved = errno;
      fh_store_discard_temp (tmp);
      return saved;
    }

  fh_temp_file_forget (tmp);
  return 0;
}

/**
 * fh_store_save_copy:
 * @path: where to write the copy; an existing file there is replaced
 *
 * Writes a compacted copy of the plan. The open plan stays the one being edited.
 */
gboolean
fh_store_save_copy (FhStore *self, const char *path, GError **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  sqlite3_stmt    *stmt = NULL;
  int              rc, saved;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  name = g_filename_display_basename (path);
  if (g_strcmp0 (path, self->path) == 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_EXISTS,
                   _("“%s” is the open plan itself. Choose another name for the copy."), name);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  fh_store_sweep_temp_files (dir);
  tmp = fh_temp_file_random_name (path);
  fh_temp_file_register (tmp);
  if (sqlite3_prepare_v2 (self->db, "VACUUM INTO ?1", -1, &stmt, NULL) != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("saving a copy"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, tmp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      fh_store_discard_temp (tmp);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The copy could not be written to “%s”: %s."), name,
                      sqlite3_errmsg (self->db));
      return FALSE;
    }

  saved = fh_store_settle_temp (tmp, path);
  if (saved != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The copy could not be written to “%s”: %s."), name, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}
