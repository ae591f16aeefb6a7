/* fh-test-util.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "fh-test-util.h"

/* A fresh folder per test, never the user's data. */
char *
fh_test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("foothold-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
fh_test_remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_chmod (path, 0644);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Every row of every table, in key order, as text: two dumps are equal exactly when
 * the plans hold the same data. The plan must be closed (plans are locked). */
char *
fh_test_dump_tables (const char *path)
{
  g_autoptr (GString) dump = g_string_new (NULL);
  g_autoptr (GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3      *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "ORDER BY name",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql =
        g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", (char *)tables->pdata[t]);

      g_string_append_printf (dump, "## %s\n", (char *)tables->pdata[t]);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *)sqlite3_column_text (stmt, c);

              g_string_append_printf (dump, "%s%s", c ? "|" : "", text ? text : "NULL");
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

char *
fh_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

/* Tampers with a plan file as an attacker or a broken tool would. */
void
fh_test_sql (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char    *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Runs @argv (searched in PATH) to its end; it must succeed. Returns its output. */
char *
fh_test_run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

/* The demo plan, in memory. */
FhStore *
fh_test_demo_store (void)
{
  g_autoptr (GError) error = NULL;
  FhStore *store = fh_store_new_demo (NULL, &error);

  g_assert_no_error (error);
  return store;
}

static double
read_factor (const char *name)
{
  const char *text = g_getenv (name);
  char       *end = NULL;
  double      value;

  if (text == NULL || *text == '\0')
    return 1.0;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value <= 0)
    g_error ("%s=%s: expected a positive number", name, text);
  return MAX (value, 1.0);
}

/* How much slower than a quiet machine this run may be; never below 1. */
double
fh_test_timeout_factor (void)
{
  return read_factor ("FOOTHOLD_TEST_TIMEOUT_FACTOR") * read_factor ("FOOTHOLD_TEST_SETUP_FACTOR");
}

guint
fh_test_scaled_seconds (guint seconds)
{
  return (guint)MIN (ceil (seconds * fh_test_timeout_factor ()), (double)G_MAXUINT / 1000);
}

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the default main context until @predicate holds, for at most @seconds
 * scaled by the factor. Returns whether it holds. */
gboolean
fh_test_wait_until (FhTestPredicate predicate, gpointer data, guint seconds)
{
  gboolean timed_out = FALSE;
  guint    id;

  if (predicate (data))
    return TRUE;

  id = g_timeout_add_seconds (fh_test_scaled_seconds (seconds), timed_out_cb, &timed_out);
  while (!predicate (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out || predicate (data);
}

/* The usual wait: the condition is expected to hold soon; failing it fails the test. */
void
fh_test_wait_for (FhTestPredicate predicate, gpointer data)
{
  if (!fh_test_wait_until (predicate, data, FH_TEST_WAIT_SECONDS))
    g_error ("waited %u s (%u s × timeout factor %.2g) and the condition does not hold; on a "
             "slower machine raise FOOTHOLD_TEST_TIMEOUT_FACTOR",
             fh_test_scaled_seconds (FH_TEST_WAIT_SECONDS), FH_TEST_WAIT_SECONDS,
             fh_test_timeout_factor ());
}
