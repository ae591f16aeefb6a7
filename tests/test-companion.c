/* test-companion.c: refusing a plan never changes it, companion files included
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "fh-store.h"
#include "fh-test-util.h"

/* Each case is a plan "x.foothold" in a folder of its own, with the companion
 * files SQLite keeps beside it crafted by a raw SQLite connection. The SHA-256 of
 * the plan, its -wal, -shm and -journal ("absent" counts) is taken before and
 * after each opening: through the store, which the window opens plans with too,
 * and through every read-only command of the built program. */

static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
#define N_FILES G_N_ELEMENTS (suffixes)

typedef struct
{
  char *hash[N_FILES];
} Hashes;

static void
hashes_take (Hashes *h, const char *plan)
{
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *path = g_strconcat (plan, suffixes[i], NULL);

      g_free (h->hash[i]);
      h->hash[i] =
        g_file_test (path, G_FILE_TEST_EXISTS) ? fh_test_checksum (path) : g_strdup ("absent");
    }
}

static void
hashes_clear (Hashes *h)
{
  for (guint i = 0; i < N_FILES; i++)
    g_clear_pointer (&h->hash[i], g_free);
}

/* Asserts the four files are as in @before, and prints the row of the table. */
static void
assert_unchanged (const Hashes *before, const char *plan, const char *label, const char *how)
{
  Hashes after = { { NULL } };

  hashes_take (&after, plan);
  for (guint i = 0; i < N_FILES; i++)
    {
      g_test_message ("%-22s %-18s x.foothold%-8s %.16s %.16s %s", label, how, suffixes[i],
                      before->hash[i], after.hash[i],
                      g_strcmp0 (before->hash[i], after.hash[i]) == 0 ? "equal" : "CHANGED");
      g_assert_cmpstr (after.hash[i], ==, before->hash[i]);
    }
  hashes_clear (&after);
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

/* Copies @from and its companions that exist to @to. */
static void
copy_plan (const char *from, const char *to)
{
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *a = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *b = g_strconcat (to, suffixes[i], NULL);

      g_unlink (b);
      if (g_file_test (a, G_FILE_TEST_EXISTS))
        copy_file (a, b);
    }
}

static void
remove_plan (const char *plan)
{
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *path = g_strconcat (plan, suffixes[i], NULL);

      g_unlink (path);
    }
}

static void
exec_or_die (sqlite3 *db, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
query_text (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char         *text = NULL;

  /* A damaged file answers with SQLite's message. */
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return g_strdup (sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  else
    text = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return text;
}

/* What plain SQLite makes of @plan and its companions, on a scratch copy: the
 * answer to @sql. This is what Foothold used to write into the plan. */
static char *
raw_replay (const char *plan, const char *sql)
{
  g_autofree char *scratch = g_strconcat (plan, ".replay", NULL);
  sqlite3         *db = NULL;
  char            *answer;

  copy_plan (plan, scratch);
  g_assert_cmpint (sqlite3_open (scratch, &db), ==, SQLITE_OK);
  answer = query_text (db, sql);
  sqlite3_close (db);
  remove_plan (scratch);
  return answer;
}

/* @target gets @plan as it is, and a -wal (and -shm) holding @sql: the files are
 * copied while the connection that ran it is still open. */
static void
make_wal (const char *plan, const char *sql, const char *target)
{
  g_autofree char *scratch = g_strconcat (target, ".scratch", NULL);
  sqlite3         *db = NULL;

  copy_plan (plan, scratch);
  g_assert_cmpint (sqlite3_open (scratch, &db), ==, SQLITE_OK);
  exec_or_die (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
  exec_or_die (db, sql);
  copy_plan (scratch, target);
  sqlite3_close (db);
  remove_plan (scratch);

  {
    g_autofree char *wal = g_strconcat (target, "-wal", NULL);
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
}

static void
put_be32 (guint8 *p, guint32 v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

/* @target gets @plan (in rollback-journal mode) as it is, and a hot -journal that
 * SQLite rolls back into it, giving @plan with @bad run on it. The journal is
 * written in SQLite's documented rollback-journal format: a header, then each
 * page that differs, with its number and checksum. */
static void
make_hot_journal (const char *plan, const char *bad, const char *target)
{
  g_autofree char *scratch = g_strconcat (target, ".scratch", NULL);
  g_autofree char *journal_path = g_strconcat (target, "-journal", NULL);
  g_autofree char *clean = NULL;
  g_autofree char *dirty = NULL;
  gsize            clean_length = 0, dirty_length = 0;
  const guint32    nonce = 0x2f6a91c3;
  const guint      sector = 512;
  GByteArray      *journal = g_byte_array_new ();
  guint            page_size, n_pages, n_records = 0;
  guint8           header[512] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };

  copy_plan (plan, target);
  copy_plan (plan, scratch);
  fh_test_sql (scratch, bad);
  g_assert_true (g_file_get_contents (target, &clean, &clean_length, NULL));
  g_assert_true (g_file_get_contents (scratch, &dirty, &dirty_length, NULL));
  remove_plan (scratch);

  page_size = ((guint8)dirty[16] << 8) | (guint8)dirty[17];
  g_assert_cmpuint (page_size, ==, 4096);
  n_pages = dirty_length / page_size;

  g_byte_array_append (journal, header, sector);
  for (guint pgno = 1; pgno <= n_pages; pgno++)
    {
      const guint8 *page = (const guint8 *)dirty + (gsize)(pgno - 1) * page_size;
      guint8        word[4];
      guint32       sum = nonce;

      if ((gsize)pgno * page_size <= clean_length &&
          memcmp (page, clean + (gsize)(pgno - 1) * page_size, page_size) == 0)
        continue;

      for (int i = (int)page_size - 200; i > 0; i -= 200)
        sum += page[i];
      put_be32 (word, pgno);
      g_byte_array_append (journal, word, 4);
      g_byte_array_append (journal, page, page_size);
      put_be32 (word, sum);
      g_byte_array_append (journal, word, 4);
      n_records++;
    }
  g_assert_cmpuint (n_records, >, 0);

  put_be32 (journal->data + 8, n_records);
  put_be32 (journal->data + 12, nonce);
  put_be32 (journal->data + 16, n_pages);
  put_be32 (journal->data + 20, sector);
  put_be32 (journal->data + 24, page_size);
  g_assert_true (
    g_file_set_contents (journal_path, (const char *)journal->data, journal->len, NULL));
  g_byte_array_unref (journal);
}

typedef struct
{
  char *dir;
  char *plan;   /* the case under test */
  char *clean;  /* a healthy plan with records, WAL mode, no companions */
  char *legacy; /* the same in rollback-journal mode */
  char *other;  /* another plan */
} Fixture;

static void
make_store_plan (const char *path, gboolean demo)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store =
    demo ? fh_store_new_demo (path, &error) : fh_store_new_plan (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = fh_test_make_dir ();
  f->plan = g_build_filename (f->dir, "x.foothold", NULL);
  f->clean = g_build_filename (f->dir, "clean.foothold", NULL);
  f->legacy = g_build_filename (f->dir, "legacy.foothold", NULL);
  f->other = g_build_filename (f->dir, "other.foothold", NULL);

  make_store_plan (f->clean, TRUE);
  copy_plan (f->clean, f->legacy);
  fh_test_sql (f->legacy, "PRAGMA journal_mode = DELETE;");
  make_store_plan (f->other, FALSE);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (FhStore) store = fh_store_open (f->other, &error);
    FhPlanInfo *info;

    g_assert_no_error (error);
    info = fh_store_get_info (store);
    g_assert_true (fh_store_set (store, info, &error, "name", "Another team's plan", NULL));
  }
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->plan);
  g_free (f->clean);
  g_free (f->legacy);
  g_free (f->other);
}

/* Runs the built program on @plan with @args; returns its exit status, stderr in
 * @err. The program needs no display. */
static int
run_command (const char *const *args, const char *plan, char **err)
{
  const char *bin = g_getenv ("FOOTHOLD_BIN");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) env = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (gpointer)bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, (gpointer)plan);
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (g_environ_unsetenv (g_get_environ (), "DISPLAY"), "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                               NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (status))
    g_error ("%s did not exit normally", bin);
  return WEXITSTATUS (status);
}

typedef struct
{
  const char *how;
  const char *flag; /* NULL: --check, which writes nothing */
  const char *out;  /* the output's file name */
} Command;

static const Command commands[] = {
  { "--check", NULL, NULL },
  { "--export-json", "--export-json", "out.json" },
  { "--export-pdf", "--export-pdf", "out.pdf" },
  { "--export-markdown", "--export-markdown", "out.md" },
};

static char *
command_out (Fixture *f, const Command *command)
{
  return command->out != NULL ? g_build_filename (f->dir, command->out, NULL) : NULL;
}

static int
run_read_only (Fixture *f, const Command *command, char **err)
{
  g_autofree char *out = command_out (f, command);
  const char      *check[] = { "--check", NULL };
  const char *export[] = { command->flag, out, NULL };

  if (out != NULL)
    g_unlink (out);
  return run_command (command->flag == NULL ? check : export, f->plan, err);
}

/* Every way of opening @f->plan refuses it, names @culprit, and leaves the four
 * files as they were. */
static void
assert_refused_everywhere (Fixture *f, const char *label, const char *culprit)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  Hashes before = { { NULL } };

  hashes_take (&before, f->plan);

  store = fh_store_open (f->plan, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", label, error->message);
  g_assert_nonnull (strstr (error->message, culprit));
  g_assert_nonnull (strstr (error->message, "no file was changed"));
  assert_unchanged (&before, f->plan, label, "fh_store_open");
  g_clear_error (&error);

  store = fh_store_open_any (f->plan, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  assert_unchanged (&before, f->plan, label, "fh_store_open_any");
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;
      g_autofree char *out = command_out (f, &commands[i]);
      int              rc = run_read_only (f, &commands[i], &err);

      g_assert_cmpint (rc, !=, 0);
      g_assert_nonnull (strstr (err, culprit));
      if (out != NULL)
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      assert_unchanged (&before, f->plan, label, commands[i].how);
    }

  hashes_clear (&before);
}

/* A healthy plan beside another plan's -wal: SQLite would replay it and damage
 * the plan. */
static void
test_foreign_wal (Fixture *f, gconstpointer data)
{
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.foothold", NULL);
  g_autofree char *foreign_wal = g_strconcat (foreign, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->plan, "-wal", NULL);
  g_autofree char *integrity = NULL;

  make_wal (f->other,
            "UPDATE plan SET name = 'Renamed elsewhere';"
            "UPDATE capabilities SET description = description || ' (theirs)';",
            foreign);
  copy_plan (f->clean, f->plan);
  copy_file (foreign_wal, wal);

  integrity = raw_replay (f->plan, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, !=, "ok");

  assert_refused_everywhere (f, "foreign -wal", "x.foothold-wal");
}

static void
test_wal_trigger (Fixture *f, gconstpointer data)
{
  g_autofree char *trigger = NULL;

  make_wal (f->clean, "CREATE TRIGGER planted AFTER UPDATE ON gaps BEGIN SELECT 1; END;", f->plan);
  trigger = raw_replay (f->plan, "SELECT name FROM sqlite_schema WHERE type = 'trigger'");
  g_assert_cmpstr (trigger, ==, "planted");

  assert_refused_everywhere (f, "-wal plants a trigger", "x.foothold-wal");
}

static void
test_wal_value (Fixture *f, gconstpointer data)
{
  g_autofree char *value = NULL;

  make_wal (f->clean, "UPDATE plan SET horizon_years = 99;", f->plan);
  value = raw_replay (f->plan, "SELECT horizon_years FROM plan");
  g_assert_cmpstr (value, ==, "99");

  assert_refused_everywhere (f, "-wal out-of-range", "x.foothold-wal");
}

static void
test_journal_trigger (Fixture *f, gconstpointer data)
{
  g_autofree char *trigger = NULL;

  make_hot_journal (f->legacy, "CREATE TRIGGER planted AFTER UPDATE ON gaps BEGIN SELECT 1; END;",
                    f->plan);
  trigger = raw_replay (f->plan, "SELECT name FROM sqlite_schema WHERE type = 'trigger'");
  g_assert_cmpstr (trigger, ==, "planted");

  assert_refused_everywhere (f, "-journal plants trigger", "x.foothold-journal");
}

static void
test_journal_value (Fixture *f, gconstpointer data)
{
  g_autofree char *value = NULL;

  make_hot_journal (f->legacy, "UPDATE plan SET horizon_years = 99;", f->plan);
  value = raw_replay (f->plan, "SELECT horizon_years FROM plan");
  g_assert_cmpstr (value, ==, "99");

  assert_refused_everywhere (f, "-journal out-of-range", "x.foothold-journal");
}

/* A plan in rollback-journal mode never has a -wal of its own; SQLite would
 * delete it unread. */
static void
test_stray_wal (Fixture *f, gconstpointer data)
{
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.foothold", NULL);
  g_autofree char *foreign_wal = g_strconcat (foreign, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->plan, "-wal", NULL);

  make_wal (f->other, "UPDATE plan SET name = 'Renamed elsewhere';", foreign);
  copy_plan (f->legacy, f->plan);
  copy_file (foreign_wal, wal);

  assert_refused_everywhere (f, "stray -wal, rollback", "x.foothold-wal");
}

/* The user's own edits, still in the -wal after a crash: read-only commands see
 * them and leave every file alone; opening recovers them into the plan. */
static void
test_genuine_wal (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (GBytes) again = NULL;
  g_autofree char *wal = g_strconcat (f->plan, "-wal", NULL);
  g_autofree char *name = NULL;
  Hashes           before = { { NULL } };

  make_wal (f->clean, "UPDATE plan SET name = 'Edited before the crash';", f->plan);
  name = raw_replay (f->plan, "SELECT name FROM plan");
  g_assert_cmpstr (name, ==, "Edited before the crash");
  hashes_take (&before, f->plan);
  g_assert_cmpstr (before.hash[1], !=, "absent");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;
      g_autofree char *out = command_out (f, &commands[i]);

      g_assert_cmpint (run_read_only (f, &commands[i], &err), ==, 0);
      assert_unchanged (&before, f->plan, "genuine -wal", commands[i].how);
      if (out != NULL)
        g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
      if (g_strcmp0 (commands[i].flag, "--export-json") == 0)
        {
          g_autofree char *contents = NULL;

          g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
          g_assert_nonnull (strstr (contents, "Edited before the crash"));
        }
    }

  store = fh_store_open_any (f->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fh_plan_info_get_name (fh_store_get_info (store)), ==,
                   "Edited before the crash");
  g_assert_null (fh_store_get_path (store));
  g_clear_object (&store);
  assert_unchanged (&before, f->plan, "genuine -wal", "fh_store_open_any");

  store = fh_store_open (f->plan, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fh_plan_info_get_name (fh_store_get_info (store)), ==,
                   "Edited before the crash");

  /* Whatever opens exports to JSON that imports again, identically. */
  json = fh_store_export_json (store, &error);
  g_assert_no_error (error);
  copy = fh_store_new_from_json (NULL, json, &error);
  g_assert_no_error (error);
  again = fh_store_export_json (copy, &error);
  g_assert_true (g_bytes_equal (json, again));

  /* Closing checkpoints the recovered edit into the plan file itself. */
  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  {
    sqlite3         *db = NULL;
    g_autofree char *saved = NULL;
    g_autofree char *uri = g_strconcat ("file:", f->plan, "?immutable=1", NULL);

    g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==,
                     SQLITE_OK);
    saved = query_text (db, "SELECT name FROM plan");
    sqlite3_close (db);
    g_assert_cmpstr (saved, ==, "Edited before the crash");
  }
  hashes_clear (&before);
}

/* Read-only commands on plans without companions: a rollback-journal plan is not
 * switched to WAL, and nothing appears beside either plan. */
static void
test_read_only_plain (Fixture *f, gconstpointer data)
{
  const char *const sources[] = { f->legacy, f->clean };

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      Hashes before = { { NULL } };

      copy_plan (sources[s], f->plan);
      hashes_take (&before, f->plan);
      for (guint i = 1; i < N_FILES; i++)
        g_assert_cmpstr (before.hash[i], ==, "absent");

      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        {
          g_autofree char *err = NULL;

          g_assert_cmpint (run_read_only (f, &commands[i], &err), ==, 0);
          assert_unchanged (&before, f->plan, s == 0 ? "rollback plan" : "WAL plan",
                            commands[i].how);
        }
      hashes_clear (&before);
    }

  /* A plan open for editing (as in the window) reads as last saved, untouched. */
  copy_plan (f->clean, f->plan);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (FhStore) store = fh_store_open (f->plan, &error);
    g_autofree char *err = NULL;
    g_autofree char *out = command_out (f, &commands[1]);
    g_autofree char *contents = NULL;
    Hashes           before = { { NULL } };

    g_assert_no_error (error);
    g_assert_true (
      fh_store_set (store, fh_store_get_info (store), &error, "name", "Saved while open", NULL));
    hashes_take (&before, f->plan);
    g_assert_cmpint (run_read_only (f, &commands[1], &err), ==, 0);
    assert_unchanged (&before, f->plan, "open in a store", commands[1].how);
    g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Saved while open"));
    hashes_clear (&before);
  }

  /* A read-only file reads as well. */
  copy_plan (f->legacy, f->plan);
  g_assert_cmpint (g_chmod (f->plan, 0444), ==, 0);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (FhStore) store = fh_store_open_any (f->plan, &error);

    g_assert_no_error (error);
    g_assert_nonnull (store);
  }
}

/* Rows that disagree with their index pass quick_check; opening must not load
 * them as if nothing were wrong. */
static void
test_index_mismatch (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autofree char *quick = NULL;
  g_autofree char *full = NULL;
  Hashes           before = { { NULL } };

  copy_plan (f->clean, f->plan);
  fh_test_sql (f->plan, "PRAGMA writable_schema = ON;"
                        "UPDATE sqlite_schema SET sql = 'CREATE INDEX gaps_capability ON gaps "
                        "(capability) WHERE 0' WHERE name = 'gaps_capability';");
  /* With the index partial, a new row gets no entry in it. */
  fh_test_sql (f->plan, "CREATE TEMP TABLE t AS SELECT * FROM gaps LIMIT 1;"
                        "UPDATE t SET id = id + 100000;"
                        "INSERT INTO gaps SELECT * FROM t;");
  fh_test_sql (f->plan, "PRAGMA writable_schema = ON;"
                        "UPDATE sqlite_schema SET sql = 'CREATE INDEX gaps_capability ON gaps "
                        "(capability)' WHERE name = 'gaps_capability';");
  quick = raw_replay (f->plan, "PRAGMA quick_check");
  full = raw_replay (f->plan, "PRAGMA integrity_check");
  g_assert_cmpstr (quick, ==, "ok");
  g_assert_cmpstr (full, !=, "ok");

  hashes_take (&before, f->plan);
  store = fh_store_open (f->plan, &error);
  g_assert_null (store);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  assert_unchanged (&before, f->plan, "index mismatch", "fh_store_open");
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_read_only (f, &commands[i], &err), !=, 0);
      g_assert_nonnull (strstr (err, "damaged"));
      assert_unchanged (&before, f->plan, "index mismatch", commands[i].how);
    }
  hashes_clear (&before);

  /* The healthy plan it was made from opens, and its export imports again. */
  store = fh_store_open (f->clean, &error);
  g_assert_no_error (error);
  {
    g_autoptr (GBytes) json = fh_store_export_json (store, &error);
    g_autoptr (FhStore) copy = fh_store_new_from_json (NULL, json, &error);

    g_assert_no_error (error);
    g_assert_nonnull (copy);
  }
}

/* A FIFO, a folder or a device named like a plan, or lying where a companion
 * would, is refused before anything opens it: nothing hangs. */
static void
test_not_regular (Fixture *f, gconstpointer data)
{
  g_autofree char *wal = g_strconcat (f->plan, "-wal", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.foothold", NULL);
  const char      *check[] = { "--check", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (mkfifo (f->plan, 0600), ==, 0);
  store = fh_store_open (f->plan, &error);
  g_assert_null (store);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);
  store = fh_store_open_any (f->plan, &error);
  g_assert_null (store);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN);
  g_clear_error (&error);
  g_assert_cmpint (run_command (check, f->plan, &err), ==, 2);
  g_assert_nonnull (strstr (err, "not a regular file"));
  g_clear_pointer (&err, g_free);
  g_unlink (f->plan);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  store = fh_store_open (folder, &error);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);
  g_rmdir (folder);

  store = fh_store_open ("/dev/null", &error);
  g_assert_null (store);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN);
  g_clear_error (&error);

  /* A FIFO where the -wal would be. */
  copy_plan (f->clean, f->plan);
  g_assert_cmpint (mkfifo (wal, 0600), ==, 0);
  {
    /* A FIFO has no contents to hash: the plan's hash stands for both. */
    g_autofree char *before = fh_test_checksum (f->plan);
    g_autofree char *after = NULL;

    store = fh_store_open (f->plan, &error);
    g_assert_null (store);
    g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN);
    g_assert_nonnull (strstr (error->message, "x.foothold-wal"));
    g_clear_error (&error);
    g_assert_cmpint (run_command (check, f->plan, &err), ==, 2);
    g_assert_nonnull (strstr (err, "x.foothold-wal"));
    after = fh_test_checksum (f->plan);
    g_assert_cmpstr (after, ==, before);
  }
  g_unlink (wal);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/companion/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("foreign-wal", test_foreign_wal);
  ADD ("wal-trigger", test_wal_trigger);
  ADD ("wal-value", test_wal_value);
  ADD ("journal-trigger", test_journal_trigger);
  ADD ("journal-value", test_journal_value);
  ADD ("stray-wal", test_stray_wal);
  ADD ("genuine-wal", test_genuine_wal);
  ADD ("read-only-plain", test_read_only_plain);
  ADD ("index-mismatch", test_index_mismatch);
  ADD ("not-regular", test_not_regular);
#undef ADD

  return g_test_run ();
}
