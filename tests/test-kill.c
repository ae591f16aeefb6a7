/* test-kill.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kills Foothold with SIGKILL in the middle of its work and checks that nothing
 * acknowledged is lost. This program runs itself as a driver (--driver PLAN SEED)
 * that makes a stream of changes through the store API — adds, edits, deletes,
 * groups of changes, undo and redo — and prints "ack N" (flushed) once change N
 * has returned. The parent kills it at a random moment, then checks:
 * - PRAGMA integrity_check says ok;
 * - the plan opens, and holds exactly the plan after the last acknowledged change,
 *   or exactly the plan after the change that was in flight: every acknowledged
 *   change is there, and the one in flight is wholly there or wholly absent.
 * "The plan after change N" comes from running the same stream, with the same
 * seed, on a copy of the starting plan, and comparing JSON exports.
 *
 * The suite runs 5 trials; `test-kill --trials 50 [--seed N]` is the long form.
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "foothold-core.h"
#include "fh-store.h"
#include "fh-test-util.h"

#define MAX_STEPS 100000

typedef struct
{
  guint trials;
  guint seed;
  guint present;
  guint unchanged;
  guint absent;
  guint losses;
  guint acknowledged;
} Totals;

static Totals totals = { .trials = 5, .seed = 1 };
static char  *start_plan; /* the demo plan every trial starts from, closed */
static char  *work_dir;

/* The stream of changes */

static gpointer
pick (FhStore *store, FhCollection collection, GRand *rand)
{
  GListModel *model = fh_store_get_model (store, collection);
  guint       n = g_list_model_get_n_items (model);

  if (n == 0)
    return NULL;
  return g_list_model_get_item (model, g_rand_int_range (rand, 0, (gint32)n));
}

static void
add_gap (FhStore *store, GRand *rand, guint step, guint part)
{
  g_autofree char *title = g_strdup_printf ("Gap %u.%u", step, part);
  g_autoptr (FhGap) gap = fh_gap_new (title);
  g_autoptr (FhCapability) capability = pick (store, FH_COLLECTION_CAPABILITIES, rand);

  g_object_set (gap, "severity", g_rand_int_range (rand, 1, 6), "capability",
                capability ? fh_capability_get_id (capability) : NULL, NULL);
  fh_store_add (store, gap, NULL);
}

static void
edit_gap (FhStore *store, GRand *rand, guint step, guint part)
{
  g_autoptr (FhGap) gap = pick (store, FH_COLLECTION_GAPS, rand);
  g_autofree char *title = g_strdup_printf ("Edited %u.%u", step, part);

  if (gap != NULL)
    fh_store_set (store, gap, NULL, "title", title, "severity", g_rand_int_range (rand, 1, 6),
                  "votes", g_rand_int_range (rand, 0, 10), NULL);
}

static void
remove_any (FhStore *store, GRand *rand)
{
  FhCollection collection = g_rand_boolean (rand) ? FH_COLLECTION_GAPS : FH_COLLECTION_USE_CASES;
  g_autoptr (GObject) record = pick (store, collection, rand);

  if (record != NULL)
    fh_store_remove (store, record, NULL);
}

static void
add_use_case (FhStore *store, GRand *rand, guint step)
{
  g_autofree char *title = g_strdup_printf ("Use case %u", step);
  g_autoptr (FhUseCase) use_case = fh_use_case_new (title);

  g_object_set (use_case, "impact", g_rand_int_range (rand, 0, 4), "readiness",
                g_rand_int_range (rand, 0, 4), NULL);
  fh_store_add (store, use_case, NULL);
}

static void
link_item (FhStore *store, GRand *rand)
{
  g_autoptr (FhRoadmapItem) item = pick (store, FH_COLLECTION_ROADMAP, rand);
  g_autoptr (FhGap) gap = pick (store, FH_COLLECTION_GAPS, rand);

  /* Linking twice is refused, which changes nothing: that is a change too. */
  if (item != NULL && gap != NULL)
    fh_store_link (store, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item),
                   fh_gap_get_id (gap), NULL);
}

/* Change @step: one store call, one transaction, or one group of several. Draws
 * only from @rand and the plan, so the same seed on the same plan makes the same
 * changes. Refused changes are part of the stream: they change nothing. */
static void
make_change (FhStore *store, GRand *rand, guint step)
{
  int kind = g_rand_int_range (rand, 0, 100);

  if (kind < 25)
    add_gap (store, rand, step, 0);
  else if (kind < 45)
    edit_gap (store, rand, step, 0);
  else if (kind < 55)
    remove_any (store, rand);
  else if (kind < 62)
    add_use_case (store, rand, step);
  else if (kind < 68)
    link_item (store, rand);
  else if (kind < 80)
    {
      g_autofree char *label = g_strdup_printf ("Group %u", step);
      int              parts = g_rand_int_range (rand, 2, 7);

      fh_store_begin (store, label);
      for (int i = 0; i < parts; i++)
        {
          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              add_gap (store, rand, step, (guint)i);
              break;
            case 1:
              edit_gap (store, rand, step, (guint)i);
              break;
            case 2:
              remove_any (store, rand);
              break;
            default:
              add_use_case (store, rand, step);
              break;
            }
        }
      fh_store_end (store, NULL);
    }
  else if (kind < 92)
    {
      if (fh_store_can_undo (store))
        fh_store_undo (store, NULL);
      else
        add_gap (store, rand, step, 0);
    }
  else
    {
      if (fh_store_can_redo (store))
        fh_store_redo (store, NULL);
      else
        edit_gap (store, rand, step, 0);
    }
}

static int
run_driver (const char *path, guint seed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_open (path, &error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);

  if (store == NULL)
    {
      g_printerr ("driver: %s\n", error->message);
      return 1;
    }

  printf ("open\n");
  fflush (stdout);
  for (guint step = 1; step <= MAX_STEPS; step++)
    {
      make_change (store, rand, step);
      printf ("ack %u\n", step);
      fflush (stdout);
    }
  return 0;
}

/* The parent */

static GBytes *
export_plan (FhStore *store)
{
  g_autoptr (GError) error = NULL;
  GBytes *json = fh_store_export_json (store, &error);

  g_assert_no_error (error);
  return json;
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, (gssize)length, &error);
  g_assert_no_error (error);
}

/* The plan after changes 1..@acked and after 1..@acked + 1, from a copy of the
 * starting plan. */
static void
expected_plans (guint seed, guint acked, GBytes **after_acked, GBytes **after_in_flight)
{
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "reference" FH_PLAN_EXTENSION, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);

  copy_file (start_plan, path);
  store = fh_store_open (path, &error);
  g_assert_no_error (error);

  for (guint step = 1; step <= acked; step++)
    make_change (store, rand, step);
  *after_acked = export_plan (store);
  make_change (store, rand, acked + 1);
  *after_in_flight = export_plan (store);

  g_clear_object (&store);
  fh_test_remove_dir (dir);
}

static char *
integrity_check (const char *dir, const char *path)
{
  g_autofree char *copy = g_build_filename (dir, "copy" FH_PLAN_EXTENSION, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  sqlite3         *db = NULL;
  sqlite3_stmt    *stmt = NULL;
  g_autoptr (GString) result = g_string_new (NULL);

  copy_file (path, copy);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    copy_file (wal, copy_wal);
  g_assert_cmpint (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (result, "%s%s", result->len ? "; " : "",
                            (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_unlink (copy);
  g_unlink (copy_wal);
  return g_string_free (g_steal_pointer (&result), FALSE);
}

static gboolean
same_bytes (GBytes *a, GBytes *b)
{
  return g_bytes_equal (a, b);
}

static void
test_trial (gconstpointer data)
{
  guint trial = GPOINTER_TO_UINT (data);
  guint seed = totals.seed * 1000u + trial;
  g_autoptr (GRand) timing = g_rand_new_with_seed (seed ^ 0x5eedu);
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan" FH_PLAN_EXTENSION, NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  g_autofree char *check = NULL;
  const char      *argv[] = { self, "--driver", path, seed_text, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) found = NULL;
  g_autoptr (GBytes) after_acked = NULL;
  g_autoptr (GBytes) after_in_flight = NULL;
  g_autoptr (FhStore) store = NULL;
  char     line[64];
  FILE    *out;
  GPid     pid;
  int      out_fd, status = 0;
  guint    wait_for, acked = 0;
  gboolean opened = FALSE;

  g_assert_nonnull (self);
  copy_file (start_plan, path);

  /* Kill after a random number of acknowledged changes (sometimes before the
   * first), and a random fraction of a change later, so that kills land before,
   * during and after commits. */
  wait_for = (guint)g_rand_int_range (timing, 0, 400);
  g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                            NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);
  out = fdopen (out_fd, "r");
  g_assert_nonnull (out);

  while (acked < wait_for && fgets (line, sizeof line, out) != NULL)
    {
      if (strcmp (line, "open\n") == 0)
        opened = TRUE;
      else
        acked = (guint)g_ascii_strtoull (line + strlen ("ack "), NULL, 10);
    }
  g_usleep ((gulong)g_rand_int_range (timing, 0, 3000));
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  /* Whatever the driver printed before it died was acknowledged. */
  while (fgets (line, sizeof line, out) != NULL)
    if (strcmp (line, "open\n") == 0)
      opened = TRUE;
    else if (g_str_has_prefix (line, "ack "))
      acked = (guint)g_ascii_strtoull (line + strlen ("ack "), NULL, 10);
  fclose (out);

  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_test_message ("trial %u: seed %u, killed after %u acknowledged changes%s", trial, seed, acked,
                  opened ? "" : ", before the plan was open");
  totals.acknowledged += acked;

  /* SQLite's own check, on a copy of what the driver left (plan and -wal), so
   * that the plan is then opened by Foothold as the user would open it. */
  check = integrity_check (dir, path);
  g_assert_cmpstr (check, ==, "ok");

  store = fh_store_open (path, &error);
  g_assert_no_error (error);
  found = export_plan (store);
  g_clear_object (&store);

  expected_plans (seed, acked, &after_acked, &after_in_flight);
  if (same_bytes (after_acked, after_in_flight) && same_bytes (found, after_acked))
    {
      /* A refused change, or an undo with nothing to undo: nothing to tell apart. */
      totals.unchanged++;
      g_test_message ("trial %u: the change in flight (%u) changes nothing", trial, acked + 1);
    }
  else if (same_bytes (found, after_acked))
    {
      totals.absent++;
      g_test_message ("trial %u: the change in flight (%u) is wholly absent", trial, acked + 1);
    }
  else if (same_bytes (found, after_in_flight))
    {
      totals.present++;
      g_test_message ("trial %u: the change in flight (%u) is wholly present", trial, acked + 1);
    }
  else
    {
      totals.losses++;
      g_test_fail_printf ("trial %u (seed %u): the plan matches neither change %u nor change %u",
                          trial, seed, acked, acked + 1);
    }

  fh_test_remove_dir (dir);
}

static void
make_start_plan (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;

  work_dir = fh_test_make_dir ();
  start_plan = g_build_filename (work_dir, "start" FH_PLAN_EXTENSION, NULL);
  store = fh_store_new_demo (start_plan, &error);
  g_assert_no_error (error);
}

static gboolean
parse_count (const char *text, guint *value)
{
  guint64 n = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &n, NULL))
    return FALSE;
  *value = (guint)n;
  return TRUE;
}

int
main (int argc, char **argv)
{
  int rc;
  int kept = 1;

  if (argc == 4 && strcmp (argv[1], "--driver") == 0)
    {
      guint seed = 0;

      if (!parse_count (argv[3], &seed))
        return 2;
      return run_driver (argv[2], seed);
    }

  /* --trials N and --seed N are ours; the rest goes to g_test_init. */
  for (int i = 1; i < argc; i++)
    {
      if ((strcmp (argv[i], "--trials") == 0 || strcmp (argv[i], "--seed") == 0) && i + 1 < argc)
        {
          guint *value = argv[i][2] == 't' ? &totals.trials : &totals.seed;

          if (!parse_count (argv[i + 1], value))
            {
              g_printerr ("%s needs a number, not “%s”\n", argv[i], argv[i + 1]);
              return 2;
            }
          i++;
        }
      else
        argv[kept++] = argv[i];
    }
  argv[kept] = NULL;
  argc = kept;

  g_test_init (&argc, &argv, NULL);
  make_start_plan ();

  for (guint t = 1; t <= totals.trials; t++)
    {
      g_autofree char *name = g_strdup_printf ("/kill/trial-%u", t);

      g_test_add_data_func (name, GUINT_TO_POINTER (t), test_trial);
    }

  rc = g_test_run ();
  g_test_message ("%u trials (seed %u), %u changes acknowledged; the change in flight: wholly "
                  "present %u, wholly absent %u, a change that changes nothing %u; losses %u",
                  totals.trials, totals.seed, totals.acknowledged, totals.present, totals.absent,
                  totals.unchanged, totals.losses);
  fh_test_remove_dir (work_dir);
  return rc;
}
