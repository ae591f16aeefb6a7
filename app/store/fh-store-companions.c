/* fh-store-companions.c
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
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh-store-private.h"

/* The files around opening a plan: its header, the companion files SQLite keeps
 * beside it, and the private copy that every check runs on when a companion is
 * there. Nothing here writes to the user's files; see docs/plan-format.md,
 * "Companion files and read-only opening". */

static const char *const companion_suffixes[FH_N_COMPANIONS] = { "-wal", "-journal", "-shm" };

/* What SQLite appends to a database's name for the companion of @kind. */
const char *
fh_companion_suffix (FhCompanionKind kind)
{
  g_return_val_if_fail (kind < FH_N_COMPANIONS, "");

  return companion_suffixes[kind];
}

static void
set_not_regular_error (GError **error, const char *name, mode_t mode)
{
  if (S_ISDIR (mode))
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                 _("“%s” is a folder, not a plan file. Choose a file."), name);
  else
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                 _("“%s” is not a regular file (it is a pipe, socket or device), so Foothold "
                   "does not read it. Choose a plan file."),
                    name);
}

static void
set_open_error (GError **error, const char *name, int saved)
{
  if (saved == ENOENT)
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND,
                 _("“%s” does not exist. It may have been moved or deleted."), name);
  else
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                 _("“%s” cannot be read: %s."), name, g_strerror (saved));
}

/* Opens @path for reading without ever blocking: a FIFO or a device named like a
 * plan would otherwise hang open() or read() forever. Only regular files pass. */
int
fh_store_open_regular (const char *path, const char *name, GError **error)
{
  GStatBuf st;
  int      fd;

  /* stat() first: opening a FIFO, even with O_NONBLOCK, is not harmless for the
   * writer on its other end. */
  if (g_stat (path, &st) != 0)
    {
      set_open_error (error, name, errno);
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_not_regular_error (error, name, st.st_mode);
      return -1;
    }

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_open_error (error, name, errno);
      return -1;
    }

  /* The file may have been replaced between stat() and open(). */
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      set_not_regular_error (error, name, st.st_mode);
      close (fd);
      return -1;
    }

  return fd;
}

gboolean
fh_store_check_regular (const char *path, const char *name, GError **error)
{
  int fd = fh_store_open_regular (path, name, error);

  if (fd < 0)
    return FALSE;
  close (fd);
  return TRUE;
}

void
fh_companions_clear (FhCompanions *companions)
{
  for (guint i = 0; i < FH_N_COMPANIONS; i++)
    {
      g_clear_pointer (&companions->path[i], g_free);
      g_clear_pointer (&companions->name[i], g_free);
    }
}

/* Finds the -wal, -journal and -shm files beside @path. Anything of those names
 * that is not a regular file is refused: SQLite would open it, and copying it
 * could hang. */
gboolean
fh_companions_find (const char *path, FhCompanions *companions, GError **error)
{
  memset (companions, 0, sizeof *companions);

  for (guint i = 0; i < FH_N_COMPANIONS; i++)
    {
      g_autofree char *companion = g_strconcat (path, companion_suffixes[i], NULL);
      GStatBuf         st;

      if (g_lstat (companion, &st) != 0)
        {
          if (errno == ENOENT)
            continue;
          set_open_error (error, companion, errno);
          fh_companions_clear (companions);
          return FALSE;
        }

      companions->name[i] = g_filename_display_basename (companion);
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                       _("“%s” lies beside the plan but is not a regular file, so the plan "
                         "was not opened and nothing was changed. Move “%s” out of the "
                         "folder, then open the plan again."),
                          companions->name[i], companions->name[i]);
          fh_companions_clear (companions);
          return FALSE;
        }

      companions->path[i] = g_steal_pointer (&companion);
      companions->size[i] = st.st_size;
    }

  return TRUE;
}

/* The first companion that SQLite would read back into the plan, or NULL. */
const char *
fh_companions_replayable (const FhCompanions *companions)
{
  if (companions->path[FH_COMPANION_WAL] != NULL)
    return companions->name[FH_COMPANION_WAL];
  if (companions->path[FH_COMPANION_JOURNAL] != NULL)
    return companions->name[FH_COMPANION_JOURNAL];
  return NULL;
}

static gboolean
copy_file (const char *from, const char *to, const char *name, GError **error)
{
  int     in, out;
  char    buffer[65536];
  ssize_t n = 0;
  int     saved = 0;

  in = fh_store_open_regular (from, name, error);
  if (in < 0)
    return FALSE;

  out = g_open (to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (out < 0)
    {
      saved = errno;
      close (in);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("“%s” could not be checked: the private copy failed (%s)."), name,
                      g_strerror (saved));
      return FALSE;
    }

  while (saved == 0 && (n = read (in, buffer, sizeof buffer)) != 0)
    {
      ssize_t done = 0;

      if (n < 0)
        {
          if (errno != EINTR)
            saved = errno;
          continue;
        }
      while (saved == 0 && done < n)
        {
          ssize_t w = write (out, buffer + done, (size_t)(n - done));

          if (w < 0 && errno != EINTR)
            saved = errno;
          else if (w > 0)
            done += w;
        }
    }

  close (in);
  if (close (out) != 0 && saved == 0)
    saved = errno;

  if (saved != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("“%s” could not be checked: the private copy failed (%s)."), name,
                      g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

/* Copies the plan and the companions SQLite replays (not the -shm, which SQLite
 * rebuilds from the -wal) into a new folder only this user can enter. Returns
 * the folder; the copy of the plan is "plan.foothold" inside it. */
char *
fh_companions_copy (const char         *path,
                    const char         *name,
                    const FhCompanions *companions,
                    GError            **error)
{
  g_autoptr (GError) local = NULL;
  g_autofree char *dir = g_dir_make_tmp ("foothold-check-XXXXXX", &local);
  g_autofree char *plan = NULL;

  if (dir == NULL)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("“%s” could not be checked: the private copy failed (%s)."), name,
                      local->message);
      return NULL;
    }
  g_chmod (dir, 0700);

  plan = g_build_filename (dir, "plan.foothold", NULL);
  if (!copy_file (path, plan, name, error))
    {
      fh_private_dir_remove (dir);
      return NULL;
    }

  for (guint i = 0; i < FH_N_COMPANIONS; i++)
    {
      g_autofree char *to = NULL;

      if (i == FH_COMPANION_SHM || companions->path[i] == NULL)
        continue;

      to = g_strconcat (plan, companion_suffixes[i], NULL);
      if (!copy_file (companions->path[i], to, companions->name[i], error))
        {
          fh_private_dir_remove (dir);
          return NULL;
        }
    }

  return g_steal_pointer (&dir);
}

void
fh_private_dir_remove (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;

  while (d != NULL && (entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, entry, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

/* What the plan and its replayable companions are on disk, to tell whether they
 * changed while they were being checked. */
char *
fh_plan_files_stamp (const char *path)
{
  GString *stamp = g_string_new (NULL);

  for (int i = -1; i < FH_N_COMPANIONS; i++)
    {
      g_autofree char *file =
        i < 0 ? g_strdup (path) : g_strconcat (path, companion_suffixes[i], NULL);
      GStatBuf st;

      if (i == FH_COMPANION_SHM)
        continue;
      if (g_stat (file, &st) != 0)
        g_string_append (stamp, "-;");
      else
        g_string_append_printf (stamp,
                                "%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT
                                ":%" G_GINT64_FORMAT ".%09ld;",
                                (guint64)st.st_dev, (guint64)st.st_ino, (gint64)st.st_size,
                                (gint64)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
    }

  return g_string_free (stamp, FALSE);
}

/* An SQLite URI that opens @path read-only and immutable: no lock, no journal, no
 * companion file is looked at or created. */
char *
fh_immutable_uri (const char *path)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);

  return g_strconcat ("file:", escaped, "?mode=ro&immutable=1", NULL);
}
