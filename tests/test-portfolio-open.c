/* test-portfolio-open.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fh-portfolio-open.h"
#include "fh-test-util.h"

/* A portfolio reads its members and writes nothing: a folder with two good plans
 * (a plan file and a JSON export), one locked, one from a newer Foothold, one
 * damaged and one that is not a plan is read with the four listed with their
 * reasons, and afterwards holds the very same files, byte for byte. */

static char *
save_demo (const char *dir, const char *name, const char *plan_name)
{
  g_autoptr (FhStore) demo = fh_test_demo_store ();
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (fh_store_set (demo, fh_store_get_info (demo), &error, "name", plan_name, NULL));
  g_assert_true (fh_store_save_copy (demo, path, &error));
  g_assert_no_error (error);
  return path;
}

static int
compare_lines (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Every file of @dir with its checksum, one a line, by name. */
static char *
snapshot (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);
      g_autofree char *sum = fh_test_checksum (path);

      g_ptr_array_add (lines, g_strdup_printf ("%s %s", entry, sum));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **)lines->pdata);
}

typedef struct
{
  GPid pid;
  int  go; /* closed: the holder closes the plan and exits */
} Holder;

/* `test-portfolio-open --hold PATH`: opens PATH as Foothold does, says so on standard
 * output and keeps it open until standard input closes. A program of its own (not a
 * fork), so that memory checkers do not count this test's memory as the holder's. */
static int
hold (const char *path)
{
  g_autoptr (FhStore) store = fh_store_open (path, NULL);
  char byte;

  if (store == NULL)
    return 1;
  if (write (STDOUT_FILENO, "y", 1) != 1)
    return 2;
  while (read (STDIN_FILENO, &byte, 1) > 0)
    ;
  return 0;
}

/* Another process that has @path open, as another Foothold would. */
static Holder
hold_open (const char *path)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char      *argv[] = { self, "--hold", path, NULL };
  g_autoptr (GError) error = NULL;
  Holder holder;
  int    out;
  char   byte = 0;

  g_assert_nonnull (self);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &holder.pid, &holder.go, &out, NULL,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (out, &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'y');
  close (out);
  return holder;
}

static void
release (Holder holder)
{
  int status = 0;

  close (holder.go);
  g_assert_cmpint (waitpid (holder.pid, &status, 0), ==, holder.pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_spawn_close_pid (holder.pid);
}

static const FhPortfolioSkipped *
find_skipped (FhPortfolio *portfolio, const char *file)
{
  for (guint i = 0; i < fh_portfolio_get_n_skipped (portfolio); i++)
    if (g_str_equal (fh_portfolio_get_skipped (portfolio, i)->file, file))
      return fh_portfolio_get_skipped (portfolio, i);
  g_assert_not_reached ();
}

static void
test_members (void)
{
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *good = save_demo (dir, "a-good.foothold", "Payments");
  g_autofree char *locked = save_demo (dir, "b-locked.foothold", "Search");
  g_autofree char *newer = save_demo (dir, "c-newer.foothold", "Risk");
  g_autofree char *damaged = save_demo (dir, "d-damaged.foothold", "Fraud");
  g_autofree char *export_path = g_build_filename (dir, "e-good.json", NULL);
  g_autofree char *notes = g_build_filename (dir, "f-notes.json", NULL);
  g_autofree char *readme = g_build_filename (dir, "README.md", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Holder           holder;
  g_autoptr (FhStore) demo = fh_test_demo_store ();
  g_autoptr (GBytes) json = NULL;
  g_autoptr (FhPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            length;
  const char      *paths[] = { dir, NULL };

  g_assert_true (fh_store_set (demo, fh_store_get_info (demo), &error, "name", "Pricing", NULL));
  json = fh_store_export_json (demo, &error);
  g_assert_no_error (error);
  g_assert_true (fh_store_write_file (export_path, json, &error));
  g_assert_true (g_file_set_contents (notes, "{\"hello\": 1}", -1, NULL));
  g_assert_true (g_file_set_contents (readme, "Our plans.\n", -1, NULL));

  fh_test_sql (newer, "PRAGMA user_version = 999");
  /* Half of the file, the rest gone: damaged, though its header is a plan's. */
  g_assert_true (g_file_get_contents (damaged, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (damaged, contents, (gssize)length / 2, NULL));

  /* Open in another process, as another Foothold would have it: the lock is held.
   * (In this process, reading the file for its checksum would drop the lock: closing
   * any descriptor of a file releases the process's POSIX locks on it.) */
  holder = hold_open (locked);
  g_assert_true (fh_store_probe_locked (locked));
  g_assert_false (fh_store_probe_locked (good));

  before = snapshot (dir);
  portfolio = fh_portfolio_open (paths, NULL, &error);
  g_assert_no_error (error);
  after = snapshot (dir);

  /* No file changed, none was added (no -wal, -journal or -shm of a member). */
  g_assert_cmpstr (before, ==, after);

  g_assert_cmpuint (fh_portfolio_get_n_rows (portfolio), ==, 2);
  g_assert_cmpstr (fh_portfolio_get_row (portfolio, 0)->team, ==, "Payments");
  g_assert_cmpstr (fh_portfolio_get_row (portfolio, 0)->file, ==, "a-good.foothold");
  g_assert_cmpstr (fh_portfolio_get_row (portfolio, 1)->team, ==, "Pricing");
  g_assert_cmpuint (fh_portfolio_get_n_columns (portfolio), ==, 14);

  /* README.md is no member; the four others are listed with their reasons. */
  g_assert_cmpuint (fh_portfolio_get_n_skipped (portfolio), ==, 4);
  g_assert_nonnull (
    strstr (find_skipped (portfolio, "b-locked.foothold")->reason, "open in another program"));
  g_assert_nonnull (
    strstr (find_skipped (portfolio, "c-newer.foothold")->reason, "newer version of Foothold"));
  g_assert_nonnull (strstr (find_skipped (portfolio, "d-damaged.foothold")->reason, "damaged"));
  g_assert_nonnull (
    strstr (find_skipped (portfolio, "f-notes.json")->reason, "is not a Foothold plan"));

  /* The holder still has its lock. */
  g_assert_true (fh_store_probe_locked (locked));
  release (holder);
  fh_test_remove_dir (dir);
}

static void
test_files_and_errors (void)
{
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *good = save_demo (dir, "good.foothold", "Payments");
  g_autofree char *missing_dir = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *missing_file = g_build_filename (dir, "gone.foothold", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.foothold", NULL);
  g_autofree char *text = g_build_filename (dir, "text.foothold", NULL);
  const char      *files[] = { good, dir, fifo, NULL };
  const char      *bad[] = { dir, missing_dir, NULL };
  const char      *bad_file[] = { good, missing_file, NULL };
  g_autoptr (FhPortfolio) portfolio = NULL;
  g_autoptr (FhPortfolio) refused = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_file_set_contents (text, "Not SQLite at all.", -1, NULL));

  /* A file named alone and again through its folder is one member; a FIFO is skipped,
   * never waited on, and so is a text file named as a plan. */
  portfolio = fh_portfolio_open (files, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fh_portfolio_get_n_rows (portfolio), ==, 1);
  g_assert_cmpuint (fh_portfolio_get_n_skipped (portfolio), ==, 2);

  g_assert_nonnull (strstr (fh_portfolio_get_skipped (portfolio, 0)->reason, "not a regular file"));
  g_assert_nonnull (
    strstr (fh_portfolio_get_skipped (portfolio, 1)->reason, "not a Foothold plan"));

  /* A path that does not exist is the whole command's error: a mistyped folder is
   * no empty portfolio. */
  refused = fh_portfolio_open (bad, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);
  refused = fh_portfolio_open (bad_file, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND);

  fh_test_remove_dir (dir);
}

static void
test_json (void)
{
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *good = save_demo (dir, "good.foothold", "Payments");
  g_autofree char *other = save_demo (dir, "other.foothold", "Search");
  const char      *paths[] = { dir, NULL };
  g_autoptr (FhPortfolio) portfolio = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root, *team, *stages;
  JsonArray  *teams;

  portfolio = fh_portfolio_open (paths, NULL, &error);
  g_assert_no_error (error);
  bytes = fh_portfolio_to_json (portfolio);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             (gssize)g_bytes_get_size (bytes), &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, FH_PORTFOLIO_FORMAT);
  teams = json_object_get_array_member (root, "teams");
  g_assert_cmpuint (json_array_get_length (teams), ==, 2);
  team = json_array_get_object_element (teams, 1);
  g_assert_cmpstr (json_object_get_string_member (team, "team"), ==, "Search");
  g_assert_cmpint (json_object_get_int_member (team, "overall_stage"), ==,
                   fh_portfolio_get_row (portfolio, 1)->summary.overall);
  stages = json_object_get_object_member (team, "stages");
  g_assert_cmpint (json_object_get_int_member (stages, "experimentation"), ==,
                   fh_portfolio_get_stage (portfolio, 1, 4));
  /* The two copies of the demo share every open gap and option. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "shared_gaps")), ==,
                    fh_portfolio_get_shared_gaps (portfolio)->len);
  g_assert_cmpuint (fh_portfolio_get_shared_gaps (portfolio)->len, >, 10);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "skipped")), ==, 0);

  fh_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    return hold (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/portfolio-open/members", test_members);
  g_test_add_func ("/portfolio-open/files-and-errors", test_files_and_errors);
  g_test_add_func ("/portfolio-open/json", test_json);

  return g_test_run ();
}
