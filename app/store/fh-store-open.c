/* fh-store-open.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fh-store-private.h"

/* Opening a plan file, which is untrusted: its header is read before SQLite sees it,
 * then every check runs on a snapshot in memory of what SQLite would read, and only
 * then is the file itself opened for writing. The files around the plan are in
 * fh-store-companions.c; see docs/plan-format.md, "Companion files and read-only
 * opening". */

gboolean
fh_store_configure_connection (sqlite3 *db, gboolean on_disk)
{
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 250);

  /* The file is untrusted: no schema-defined functions, no extensions, no writes
   * to the schema through anything but our migrations. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);

  /* One program edits a plan at a time; the lock is taken on first read and held
   * until the plan is closed. */
  if (on_disk &&
      sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
    return FALSE;

  return sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) == SQLITE_OK;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) | p[3];
}

static void
set_newer_error (GError **error, const char *name, int version)
{
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NEWER_VERSION,
               _("“%s” was saved by a newer version of Foothold (plan format %d; this "
                 "version reads up to %d). Update Foothold to open it; the file was "
                 "left as it is."),
                  name, version, FH_SCHEMA_VERSION);
}

/* Looks at the file's header before SQLite sees it, so that a file that is not a
 * plan, or one from a newer Foothold, is refused without a single byte written.
 * @journal_byte is the header's write version: 1 for a rollback journal, 2 for WAL. */
static gboolean
check_header (const char *path, const char *name, int *version, int *journal_byte, GError **error)
{
  guint8 header[100];
  size_t n = 0;
  int    fd;

  fd = fh_store_open_regular (path, name, error);
  if (fd < 0)
    return FALSE;

  while (n < sizeof header)
    {
      ssize_t r = read (fd, header + n, sizeof header - n);

      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      n += (size_t)r;
    }
  close (fd);

  if (n < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      if (fh_plan_json_sniff (path))
        g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                     _("“%s” is a JSON export, not a plan file. Use Import JSON to bring "
                       "it into a plan."),
                        name);
      else
        g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                     _("“%s” is not a Foothold plan: it is neither a plan file nor a JSON "
                       "export. Choose another file."),
                        name);
      return FALSE;
    }

  if (read_be32 (header + 68) != FH_APPLICATION_ID)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                   _("“%s” is a database of another program, not a Foothold plan."), name);
      return FALSE;
    }

  *version = (int)read_be32 (header + 60);
  if (*version > FH_SCHEMA_VERSION)
    {
      set_newer_error (error, name, *version);
      return FALSE;
    }

  if (*version < 1)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it has no plan format version."), name);
      return FALSE;
    }

  *journal_byte = header[18];
  return TRUE;
}

static gboolean
check_writable (const char *path, const char *name, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf         st;

  /* Root may write anything; a file without write bits is still meant as
   * read-only by whoever made it so. */
  if (g_access (path, W_OK) != 0 || (g_stat (path, &st) == 0 && (st.st_mode & 0222) == 0))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, and Foothold saves every change as it is made. "
                     "Make the file writable, or copy it to a folder of your own."),
                      name);
      return FALSE;
    }

  /* WAL mode keeps two companion files next to the plan. */
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                   _("The folder of “%s” is read-only, and Foothold saves every change as "
                     "it is made. Copy the plan to a folder of your own."),
                      name);
      return FALSE;
    }

  return TRUE;
}

static void
set_locked_error (FhStore *self, GError **error)
{
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_LOCKED,
               _("“%s” is open in another program or another Foothold window. Close it "
                 "there, then try again."),
                  self->display_name);
}

/* @full: PRAGMA integrity_check, which also compares every index with its table's
 * rows (quick_check does not: a row missing from an index would be silently
 * missing from what is loaded, and from its JSON export). */
static gboolean
check_contents (FhStore *self, gboolean full, int *version, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc;
  gboolean      ok = FALSE;

  rc = sqlite3_prepare_v2 (self->db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    set_locked_error (self, error);
  else if (rc != SQLITE_ROW || g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be opened safely. Restore it from a backup "
                   "or a JSON export."),
                    self->display_name);
  else
    ok = TRUE;

  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;

  /* The header can lag behind a migration still in the WAL; SQLite's own answer
   * includes it. */
  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    *version = MAX (*version, sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  if (*version > FH_SCHEMA_VERSION)
    {
      set_newer_error (error, self->display_name, *version);
      return FALSE;
    }

  if (!fh_schema_check_objects (self->db, *version, self->display_name, error))
    return FALSE;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("checking the plan"));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: some records refer to records that are missing. "
                     "Restore it from a backup or a JSON export."),
                      self->display_name);
      return FALSE;
    }

  return TRUE;
}

/* Reads the plan as SQLite would see it into a database in memory, then runs every
 * check on that and loads the models from it. The user's files are only read:
 * without a -wal or -journal, through an immutable read-only connection; with one,
 * from a private copy of the plan and that file, which SQLite may replay into the
 * copy. With @companions NULL, the plan is read alone. */
static gboolean
load_snapshot (FhStore            *self,
               const char         *path,
               const FhCompanions *companions,
               int                *version,
               GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *source_path = NULL;
  sqlite3         *source = NULL;
  sqlite3_backup  *backup = NULL;
  int              flags = SQLITE_OPEN_EXRESCODE;
  int              rc;

  if (companions != NULL && fh_companions_replayable (companions) != NULL)
    {
      dir = fh_companions_copy (path, self->display_name, companions, error);
      if (dir == NULL)
        return FALSE;
      source_path = g_build_filename (dir, "plan.foothold", NULL);
      flags |= SQLITE_OPEN_READWRITE;
    }
  else
    {
      source_path = fh_immutable_uri (path);
      flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }

  if (sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK ||
      !fh_store_configure_connection (self->db, FALSE))
    {
      fh_store_set_sqlite_error (self, error, _("opening the plan"));
      goto out;
    }

  rc = sqlite3_open_v2 (source_path, &source, flags, NULL);
  if (rc == SQLITE_OK && !fh_store_configure_connection (source, dir != NULL))
    rc = sqlite3_errcode (source);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (self->db, "main", source, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (self->db);
      if (backup != NULL)
        sqlite3_backup_finish (backup);
    }

  if (rc != SQLITE_DONE)
    {
      switch (rc & 0xff)
        {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged and cannot be opened safely. Restore it from a "
                         "backup or a JSON export."),
                          self->display_name);
          break;
        case SQLITE_NOMEM:
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("Out of memory while checking “%s”."), self->display_name);
          break;
        default:
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("“%s” could not be read: %s."), self->display_name, sqlite3_errstr (rc));
          break;
        }
      goto out;
    }

  sqlite3_close (source);
  source = NULL;
  if (dir != NULL)
    fh_private_dir_remove (dir);
  g_clear_pointer (&dir, g_free);

  if (!check_contents (self, TRUE, version, error))
    return FALSE;

  /* Migrating and loading share one transaction; in memory, a migration is a
   * check too: a plan whose migration fails is refused before its file is
   * touched. */
  if (!fh_store_exec_sql (self, "BEGIN", error))
    return FALSE;
  if (!fh_schema_migrate (self->db, *version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  fh_store_prepare_collections (self);
  if (!fh_store_load_all (self, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return fh_store_exec_sql (self, "COMMIT", error);

out:
  sqlite3_close (source);
  if (dir != NULL)
    fh_private_dir_remove (dir);
  return FALSE;
}

/* The companions around @path, then the snapshot; a refusal with a -wal or
 * -journal beside the plan says whether the plan without it is sound, and so
 * what to do. */
static gboolean
open_snapshot (FhStore *self, const char *path, int journal_byte, int *version, GError **error)
{
  g_autoptr (GError) local = NULL;
  FhCompanions companions;
  const char  *replayable;
  int          header_version = *version;
  gboolean     ok;

  if (!fh_companions_find (path, &companions, error))
    return FALSE;
  replayable = fh_companions_replayable (&companions);

  /* A plan in rollback-journal mode never wrote a -wal: SQLite would delete it
   * unread, so whatever it holds is someone else's. */
  if (journal_byte == 1 && companions.path[FH_COMPANION_WAL] != NULL &&
      companions.size[FH_COMPANION_WAL] > 0)
    {
      const char *wal = companions.name[FH_COMPANION_WAL];

      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” lies beside “%s” but cannot belong to it: the plan does not keep "
                     "its changes in such a file. Nothing was opened and no file was changed. "
                     "Move “%s” out of the folder, then open the plan again."),
                      wal, self->display_name, wal);
      fh_companions_clear (&companions);
      return FALSE;
    }

  ok = load_snapshot (self, path, &companions, version, &local);
  if (!ok && replayable != NULL && local->code != FH_STORE_ERROR_IO)
    {
      g_autoptr (FhStore) alone = fh_store_new_unopened (path);

      if (load_snapshot (alone, path, NULL, &header_version, NULL))
        g_set_error (error, FH_STORE_ERROR, local->code,
                     _("“%s” lies beside “%s” and does not fit it, so nothing was opened and "
                       "no file was changed. With it: %s Without it, the plan opens as it "
                       "was last saved: if “%s” holds no changes you need, move it out of the "
                       "folder, then open the plan again."),
                        replayable, self->display_name, local->message, replayable);
      else
        g_set_error (error, FH_STORE_ERROR, local->code,
                     _("%s “%s” lies beside it and was checked with it; no file was changed. "
                       "The plan is damaged without it too, so moving it away does not help."),
                        local->message, replayable);
    }
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local));

  fh_companions_clear (&companions);
  return ok;
}

/* The snapshot, and proof that what was checked is what lies on disk: a plan or
 * companion that changed meanwhile (another program writing it) is not opened. */
static gboolean
open_checked (FhStore *self, const char *path, int journal_byte, int *version, GError **error)
{
  g_autofree char *before = fh_plan_files_stamp (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) local = NULL;
  gboolean ok;

  ok = open_snapshot (self, path, journal_byte, version, &local);
  after = fh_plan_files_stamp (path);

  if (g_strcmp0 (before, after) != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_LOCKED,
                   _("“%s” changed while Foothold was checking it: another program is "
                     "writing it. Close it there, then try again."),
                      self->display_name);
      return FALSE;
    }

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local));
  return ok;
}

/**
 * fh_store_open:
 * @path: a plan file
 *
 * Opens an existing plan. The file is treated as untrusted: every check runs on
 * what SQLite would read, companion files included, before a byte of the plan or
 * of a file beside it can be written.
 */
FhStore *
fh_store_open (const char *path, GError **error)
{
  g_autoptr (FhStore) self = NULL;
  int version = 0;
  int journal_byte = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = fh_store_new_unopened (path);

  if (!check_header (path, self->display_name, &version, &journal_byte, error) ||
      !check_writable (path, self->display_name, error))
    return NULL;

  if (!open_checked (self, path, journal_byte, &version, error))
    return NULL;

  /* Every check has passed, and the models hold the plan. Only now is the file
   * itself opened for writing: SQLite may now recover a -wal or -journal, which
   * gives what was just checked. */
  fh_store_clear_statements (self);
  sqlite3_close (self->db);
  self->db = NULL;

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL) !=
        SQLITE_OK ||
      !fh_store_configure_connection (self->db, TRUE))
    {
      fh_store_set_sqlite_error (self, error, _("opening the plan"));
      return NULL;
    }

  /* The first write lock: with locking_mode EXCLUSIVE it is held until close. */
  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      set_locked_error (self, error);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("opening the plan"));
      return NULL;
    }

  if (!fh_schema_migrate (self->db, version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return NULL;
    }

  if (!fh_store_exec_sql (self, "COMMIT", error))
    return NULL;

  fh_store_prepare_collections (self);

  /* Durable on return: with synchronous=FULL, every commit is synced to the WAL. */
  if (!fh_store_exec_sql (self, "PRAGMA journal_mode = WAL", error) ||
      !fh_store_exec_sql (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  return g_steal_pointer (&self);
}

/* A plan file for reading only: the snapshot in memory is the store, and nothing
 * is ever written to @path or beside it (no journal-mode change, no checkpoint). */
static FhStore *
open_read_only (const char *path, GError **error)
{
  g_autoptr (FhStore) self = fh_store_new_unopened (path);
  int version = 0;
  int journal_byte = 0;

  if (!check_header (path, self->display_name, &version, &journal_byte, error) ||
      !open_checked (self, path, journal_byte, &version, error))
    return NULL;

  g_clear_pointer (&self->path, g_free);
  return g_steal_pointer (&self);
}

/**
 * fh_store_open_any:
 * @path: a plan file or a JSON export
 *
 * Opens a plan file, or loads a JSON export, into a plan in memory, for the
 * command-line tools: they read plans kept either way, and never write the file
 * they read or any file beside it. The result has no path.
 */
FhStore *
fh_store_open_any (const char *path, GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  if (!fh_store_check_regular (path, name, error))
    return NULL;

  if (!fh_plan_json_sniff (path))
    return open_read_only (path, error);

  bytes = fh_store_read_json_file (path, error);
  if (bytes == NULL)
    return NULL;
  return fh_store_new_from_json (NULL, bytes, error);
}
