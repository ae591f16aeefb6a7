/* bench-store.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "fh-bench-plan.h"
#include "fh-test-util.h"
#include "foothold-core.h"

/* Times the store on a large generated plan and prints one table. Run it with
 * `ninja -C build bench`, or `bench-store --gaps 1000` for a quick look. */

#define P99_BUDGET_MS 16.0 /* one frame at 60 Hz: a change must not stall the window */
#define N_OPENS       3

typedef struct
{
  char *measure;
  char *value;
  char *unit;
  char *note;
} Row;

typedef struct
{
  FhStore *store;
  GRand   *rand;
  guint    next_gap;
  GArray  *times; /* double, ms */
} ChangeRun;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->measure);
  g_free (row->value);
  g_free (row->unit);
  g_free (row->note);
  g_free (row);
}

static void G_GNUC_PRINTF (5, 6) add_row (GPtrArray  *rows,
                                          const char *measure,
                                          const char *value,
                                          const char *unit,
                                          const char *note_format,
                                          ...)
{
  Row    *row = g_new0 (Row, 1);
  va_list args;

  va_start (args, note_format);
  row->note = g_strdup_vprintf (note_format, args);
  va_end (args);
  row->measure = g_strdup (measure);
  row->value = g_strdup (value);
  row->unit = g_strdup (unit);
  g_ptr_array_add (rows, row);
}

static void G_GNUC_PRINTF (4, 5)
  add_ms_row (GPtrArray *rows, const char *measure, double ms, const char *note_format, ...)
{
  g_autofree char *value = g_strdup_printf ("%.2f", ms);
  g_autofree char *note = NULL;
  va_list          args;

  va_start (args, note_format);
  note = g_strdup_vprintf (note_format, args);
  va_end (args);
  add_row (rows, measure, value, "ms", "%s", note);
}

static double
ms_since (gint64 start)
{
  return (double)(g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Nearest-rank percentile of @times, which must be sorted. */
static double
percentile (GArray *times, double p)
{
  guint rank;

  if (times->len == 0)
    return NAN;
  rank = (guint)ceil (p / 100.0 * times->len);
  return g_array_index (times, double, CLAMP (rank, 1, times->len) - 1);
}

static double
median (double *values, guint n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static guint
n_items (FhStore *store, FhCollection collection)
{
  return g_list_model_get_n_items (fh_store_get_model (store, collection));
}

static guint
n_records (FhStore *store)
{
  guint n = 0;

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    n += n_items (store, c);
  return n;
}

static double
peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return NAN;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return NAN;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

/* fsync on tmpfs costs nothing, so the table says where the plans were. */
static char *
filesystem_type (const char *dir)
{
  g_autoptr (GFile) file = g_file_new_for_path (dir);
  g_autoptr (GFileInfo) info =
    g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_TYPE, NULL, NULL);
  const char *type =
    info ? g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_FILESYSTEM_TYPE) : NULL;

  return g_strdup (type ? type : "unknown file system");
}

static FhStore *
generate_or_die (const char *path, const FhBenchSize *size)
{
  g_autoptr (GError) error = NULL;
  FhStore *store = fh_bench_generate_plan (path, size, &error);

  if (store == NULL)
    g_error ("Generating %s failed: %s", path, error->message);
  return store;
}

static FhStore *
open_or_die (const char *path)
{
  g_autoptr (GError) error = NULL;
  FhStore *store = fh_store_open (path, &error);

  if (store == NULL)
    g_error ("Opening %s failed: %s", path, error->message);
  return store;
}

/* The integrity checks fh_store_open() runs on a plan, timed on a connection of
 * their own, so that the table can tell checking apart from loading. */
static double
time_checks (const char *path, const char *integrity)
{
  const char *const checks[] = { integrity, "PRAGMA foreign_key_check" };
  sqlite3          *db = NULL;
  gint64            start;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("Cannot open %s: %s", path, sqlite3_errmsg (db));

  start = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, checks[i], -1, &stmt, NULL) != SQLITE_OK)
        g_error ("%s: %s", checks[i], sqlite3_errmsg (db));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return ms_since (start);
}

/* Opens @path N_OPENS times; returns the median and leaves the last one open. */
static double
time_open (const char *path, FhStore **store, double *min, double *max)
{
  double times[N_OPENS];

  for (guint i = 0; i < N_OPENS; i++)
    {
      gint64 start;

      g_clear_object (store);
      start = g_get_monotonic_time ();
      *store = open_or_die (path);
      times[i] = ms_since (start);
    }

  *min = *max = times[0];
  for (guint i = 1; i < N_OPENS; i++)
    {
      *min = MIN (*min, times[i]);
      *max = MAX (*max, times[i]);
    }
  return median (times, N_OPENS);
}

/* One single change, timed from the call to its return: a gap's severity, votes or
 * title, or a new gap, in turn. */
static void
timed_change (ChangeRun *run, guint i)
{
  GListModel *gaps = fh_store_get_model (run->store, FH_COLLECTION_GAPS);
  guint       n_gaps = g_list_model_get_n_items (gaps);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhGap) gap = NULL;
  gboolean ok;
  gint64   start;
  double   ms;

  if (i % 2 == 1 || n_gaps == 0)
    {
      gap = fh_bench_make_gap (run->store, run->rand, run->next_gap++);
      start = g_get_monotonic_time ();
      ok = fh_store_add (run->store, gap, &error);
      ms = ms_since (start);
    }
  else
    {
      gap = g_list_model_get_item (gaps, (guint)g_rand_int_range (run->rand, 0, (gint32)n_gaps));

      switch ((i / 2) % 3)
        {
        case 0:
          {
            int severity = fh_gap_get_severity (gap) % 5 + 1;

            start = g_get_monotonic_time ();
            ok = fh_store_set (run->store, gap, &error, "severity", severity, NULL);
            ms = ms_since (start);
          }
          break;

        case 1:
          {
            int votes = (fh_gap_get_votes (gap) + g_rand_int_range (run->rand, 1, 50)) % 1001;

            start = g_get_monotonic_time ();
            ok = fh_store_set (run->store, gap, &error, "votes", votes, NULL);
            ms = ms_since (start);
          }
          break;

        default:
          {
            g_autofree char *title = g_strdup_printf ("Edited gap, change %u", i);

            start = g_get_monotonic_time ();
            ok = fh_store_set (run->store, gap, &error, "title", title, NULL);
            ms = ms_since (start);
          }
          break;
        }
    }

  if (!ok)
    g_error ("Change %u failed: %s", i, error->message);
  g_array_append_val (run->times, ms);
}

static void
change_run_init (ChangeRun *run, FhStore *store, guint32 seed)
{
  run->store = store;
  run->rand = g_rand_new_with_seed (seed);
  run->next_gap = n_items (store, FH_COLLECTION_GAPS) + 1;
  run->times = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
change_run_clear (ChangeRun *run)
{
  g_clear_pointer (&run->rand, g_rand_free);
  g_clear_pointer (&run->times, g_array_unref);
}

static void
print_table (GPtrArray *rows)
{
  static const char *const titles[] = { "measure", "value", "unit", "note" };
  glong                    widths[4];
  g_autoptr (GString) rule = g_string_new (NULL);

  for (guint c = 0; c < 4; c++)
    widths[c] = g_utf8_strlen (titles[c], -1);
  for (guint r = 0; r < rows->len; r++)
    {
      Row        *row = g_ptr_array_index (rows, r);
      const char *cells[] = { row->measure, row->value, row->unit, row->note };

      for (guint c = 0; c < 4; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (cells[c], -1));
    }

  for (guint c = 0; c < 4; c++)
    {
      g_string_append (rule, c ? "-+-" : "");
      for (glong k = 0; k < widths[c]; k++)
        g_string_append_c (rule, '-');
    }

  /* Widths count characters, so pad by hand: printf pads bytes. */
  for (guint r = 0; r <= rows->len; r++)
    {
      Row        *row = r ? g_ptr_array_index (rows, r - 1) : NULL;
      const char *cells[] = {
        row ? row->measure : titles[0],
        row ? row->value : titles[1],
        row ? row->unit : titles[2],
        row ? row->note : titles[3],
      };
      g_autoptr (GString) line = g_string_new (NULL);

      for (guint c = 0; c < 4; c++)
        {
          glong    pad = widths[c] - g_utf8_strlen (cells[c], -1);
          gboolean right = c == 1 && row != NULL;

          g_string_append (line, c ? " | " : "");
          for (glong k = 0; right && k < pad; k++)
            g_string_append_c (line, ' ');
          g_string_append (line, cells[c]);
          for (glong k = 0; !right && c < 3 && k < pad; k++)
            g_string_append_c (line, ' ');
        }
      g_print ("%s\n", line->str);
      if (r == 0)
        g_print ("%s\n", rule->str);
    }
}

int
main (int argc, char *argv[])
{
  FhBenchSize        size, small_size;
  int                gaps = -1, items = -1, options = -1, changes = 1000, undos = 200;
  const GOptionEntry entries[] = {
    { "gaps", 0, 0, G_OPTION_ARG_INT, &gaps, "Gaps in the large plan (10000)", "N" },
    { "items", 0, 0, G_OPTION_ARG_INT, &items, "Roadmap items (2000)", "N" },
    { "options", 0, 0, G_OPTION_ARG_INT, &options, "Options, 5 cost lines each (300)", "N" },
    { "changes", 0, 0, G_OPTION_ARG_INT, &changes, "Single changes to time (1000)", "N" },
    { "undos", 0, 0, G_OPTION_ARG_INT, &undos, "Undos to time (200)", "N" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- time the plan store");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  g_autofree char *dir = NULL;
  g_autofree char *fs_type = NULL;
  g_autofree char *large_path = NULL;
  g_autofree char *small_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autoptr (FhStore) large = NULL;
  g_autoptr (FhStore) small = NULL;
  g_autoptr (FhStore) empty = NULL;
  g_autoptr (FhStore) imported = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (GArray) undo_times = g_array_new (FALSE, FALSE, sizeof (double));
  ChangeRun large_run, small_run;
  guint     n_large_records, n_large_gaps;
  double    ms, create_ms, open_ms, empty_open_ms, checks_ms, quick_ms, lo, hi;
  double    p50_large, p99_large, p50_small, p99_small;
  gint64    start;
  char      value[64];

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  fh_bench_size_init_default (&size);
  if (gaps >= 0)
    size.n_gaps = (guint)gaps;
  if (items >= 0)
    size.n_items = (guint)items;
  if (options >= 0)
    size.n_options = (guint)options;
  if (size.n_gaps < 10 || changes < 1 || undos < 0)
    {
      g_printerr ("Use at least 10 gaps and 1 change.\n");
      return 2;
    }
  small_size = size;
  small_size.n_gaps = size.n_gaps / 10;

  dir = g_dir_make_tmp ("foothold-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  fs_type = filesystem_type (dir);
  large_path = g_build_filename (dir, "large" FH_PLAN_EXTENSION, NULL);
  small_path = g_build_filename (dir, "small" FH_PLAN_EXTENSION, NULL);
  empty_path = g_build_filename (dir, "empty" FH_PLAN_EXTENSION, NULL);

  /* Creating */
  start = g_get_monotonic_time ();
  large = generate_or_die (large_path, &size);
  create_ms = ms_since (start);
  n_large_records = n_records (large);
  add_ms_row (rows, "create large plan", create_ms,
              "new plan + %u gaps, %u items, %u options, %u cost lines, %u scores, "
              "%u links in one group; %u records",
              size.n_gaps, size.n_items, size.n_options, n_items (large, FH_COLLECTION_COST_LINES),
              n_items (large, FH_COLLECTION_SCORES),
              n_items (large, FH_COLLECTION_ITEM_GAPS) +
                n_items (large, FH_COLLECTION_ITEM_DEPENDENCIES),
              n_large_records);

  start = g_get_monotonic_time ();
  g_clear_object (&large);
  add_ms_row (rows, "close large plan", ms_since (start),
              "last unref: sqlite3_close checkpoints the WAL into the plan file");

  small = generate_or_die (small_path, &small_size);
  g_clear_object (&small);
  empty = fh_store_new_plan (empty_path, &error);
  if (empty == NULL)
    g_error ("Creating %s failed: %s", empty_path, error->message);
  g_clear_object (&empty);

  /* Opening */
  checks_ms = time_checks (large_path, "PRAGMA integrity_check");
  quick_ms = time_checks (large_path, "PRAGMA quick_check");
  empty_open_ms = time_open (empty_path, &empty, &lo, &hi);
  g_clear_object (&empty);
  open_ms = time_open (large_path, &large, &lo, &hi);
  add_ms_row (rows, "open large plan", open_ms,
              "fh_store_open, median of %d (%.0f-%.0f ms), warm cache: checks + migrate + load",
              N_OPENS, lo, hi);
  add_ms_row (rows, "  of which integrity checks", checks_ms,
              "integrity_check + foreign_key_check, timed on a raw SQLite connection");
  add_ms_row (rows, "  quick_check instead", quick_ms,
              "quick_check + foreign_key_check: skips comparing indexes with rows");
  add_ms_row (rows, "  of which loading models", open_ms - checks_ms,
              "open - checks: %u rows into records and 13 models", n_large_records);
  add_ms_row (rows, "open catalog-only plan", empty_open_ms,
              "fixed cost: the same open on a new plan holding only the catalog");

  /* Single changes, large and small plan in turn, so both see the same disk. */
  small = open_or_die (small_path);
  change_run_init (&large_run, large, size.seed + 1);
  change_run_init (&small_run, small, size.seed + 1);
  for (guint i = 0; i < (guint)changes; i++)
    {
      timed_change (&large_run, i);
      timed_change (&small_run, i);
    }
  g_array_sort (large_run.times, compare_doubles);
  g_array_sort (small_run.times, compare_doubles);
  p50_large = percentile (large_run.times, 50);
  p99_large = percentile (large_run.times, 99);
  p50_small = percentile (small_run.times, 50);
  p99_small = percentile (small_run.times, 99);

  add_ms_row (rows, "change p50", p50_large,
              "%d single changes: set severity / votes / title, add a gap, in turn", changes);
  add_ms_row (rows, "change p99", p99_large,
              "each its own transaction; WAL + synchronous=FULL: fsync per commit");
  add_ms_row (rows, "change max", percentile (large_run.times, 100),
              "slowest of %d; times include the model update (no views connected)", changes);
  add_ms_row (rows, "change p50, small plan", p50_small,
              "same loop, interleaved, on a plan with %u gaps; p99 %.2f ms", small_size.n_gaps,
              p99_small);
  g_snprintf (value, sizeof value, "%.2f", p50_large / p50_small);
  add_row (rows, "change p50 large/small", value, "x",
           "~1: a change costs the rows it touches, not the plan size");

  /* Undo */
  undos = MIN (undos, changes);
  for (int i = 0; i < undos; i++)
    {
      start = g_get_monotonic_time ();
      if (!fh_store_undo (large, &error))
        g_error ("Undo %d failed: %s", i, error->message);
      ms = ms_since (start);
      g_array_append_val (undo_times, ms);
    }
  g_array_sort (undo_times, compare_doubles);
  add_ms_row (rows, "undo p50", percentile (undo_times, 50),
              "%d undos of those changes; p99 %.2f ms, max %.2f ms", undos,
              percentile (undo_times, 99), percentile (undo_times, 100));

  /* JSON */
  n_large_gaps = n_items (large, FH_COLLECTION_GAPS);
  start = g_get_monotonic_time ();
  json = fh_store_export_json (large, &error);
  ms = ms_since (start);
  if (json == NULL)
    g_error ("Export failed: %s", error->message);
  add_ms_row (rows, "export JSON", ms, "fh_store_export_json, large plan (%u gaps by then)",
              n_large_gaps);
  g_snprintf (value, sizeof value, "%.2f", g_bytes_get_size (json) / 1e6);
  add_row (rows, "export JSON size", value, "MB", "pretty-printed, %" G_GSIZE_FORMAT " bytes",
           g_bytes_get_size (json));

  start = g_get_monotonic_time ();
  imported = fh_store_new_from_json (NULL, json, &error);
  ms = ms_since (start);
  if (imported == NULL)
    g_error ("Import failed: %s", error->message);
  add_ms_row (rows, "import JSON", ms,
              "fh_store_new_from_json (NULL): parse + check + write + load; %s",
              n_records (imported) == n_records (large) ? "counts match" : "COUNTS DIFFER");

  g_snprintf (value, sizeof value, "%.1f", peak_rss_mib ());
  add_row (rows, "peak RSS", value, "MiB", "VmHWM, whole run (up to 3 plans open at once)");

  g_print ("Foothold store benchmark: SQLite %s, plans in %s (%s)\n\n", sqlite3_libversion (), dir,
           fs_type);
  print_table (rows);
  g_print ("\nper-change p99 %.2f ms %s %.0f ms budget: %s\n", p99_large,
           p99_large <= P99_BUDGET_MS ? "<=" : ">", P99_BUDGET_MS,
           p99_large <= P99_BUDGET_MS ? "PASS" : "FAIL");

  change_run_clear (&large_run);
  change_run_clear (&small_run);
  g_clear_object (&imported);
  g_clear_object (&small);
  g_clear_object (&large);
  fh_test_remove_dir (dir);

  return 0;
}
