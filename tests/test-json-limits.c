/* test-json-limits.c: hostile JSON and plans at the limits, and how files are written.
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "foothold-core.h"
#include "fh-export.h"
#include "fh-render-timeline.h"
#include "fh-report.h"
#include "fh-store.h"
#include "fh-test-util.h"

#define N_ITEMS 300
#define N_GAPS  FH_STORE_MAX_LINKS

static void
pixel (cairo_surface_t *surface, int x, int y, double *rgb)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  guint32        p = *(guint32 *)(data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* Refused, with @message in the error, and @store exactly as it was. */
static void
assert_refused (FhStore *store, GBytes *json, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = fh_store_export_json (store, NULL);
  g_autoptr (GBytes) after = NULL;
  gboolean could_undo = fh_store_can_undo (store);

  g_assert_false (fh_store_import_json (store, json, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message);

  after = fh_store_export_json (store, NULL);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (fh_store_can_undo (store) == could_undo);
}

static char *
nested (guint depth)
{
  GString *s = g_string_new ("{\"format\": \"foothold-plan\", \"version\": 1, \"x\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}");
  return g_string_free (s, FALSE);
}

static void
test_deep (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autofree char *deep = nested (80000);
  g_autofree char *at_limit = nested (63); /* with the root object: 64 levels */
  g_autofree char *over = nested (64);
  g_autoptr (GBytes) json_deep = bytes_of (deep);
  g_autoptr (GBytes) json_at_limit = bytes_of (at_limit);
  g_autoptr (GBytes) json_over = bytes_of (over);

  g_assert_no_error (error);
  assert_refused (store, json_deep, "(line 1, column 111): the document is nested more than 64");
  assert_refused (store, json_over, "nested more than 64 levels deep");
  /* 64 levels pass the scan and are refused for what they are. */
  assert_refused (store, json_at_limit, "x: unknown field.");
}

static void
test_bom (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) demo = fh_store_new_demo (NULL, &error);
  g_autoptr (GBytes) export = fh_store_export_json (demo, NULL);
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bom.json", NULL);
  g_autoptr (GString) text = g_string_new ("\xef\xbb\xbf");
  g_autoptr (GBytes) with_bom = NULL;
  g_autoptr (GBytes) read = NULL;
  g_autoptr (GBytes) again = NULL;
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (FhStore) opened = NULL;

  g_string_append_len (text, g_bytes_get_data (export, NULL), (gssize)g_bytes_get_size (export));
  with_bom = g_bytes_new (text->str, text->len);

  /* Import, and every command that reads a JSON export, skip it the same way. */
  copy = fh_store_new_from_json (NULL, with_bom, &error);
  g_assert_no_error (error);
  again = fh_store_export_json (copy, NULL);
  g_assert_true (g_bytes_equal (export, again));

  g_assert_true (g_file_set_contents (path, text->str, (gssize)text->len, NULL));
  read = fh_store_read_json_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, with_bom));
  opened = fh_store_open_any (path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&again, g_bytes_unref);
  again = fh_store_export_json (opened, NULL);
  g_assert_true (g_bytes_equal (export, again));

  /* A BOM alone is an empty document. */
  g_clear_pointer (&with_bom, g_bytes_unref);
  with_bom = bytes_of ("\xef\xbb\xbf");
  assert_refused (demo, with_bom, "The document is empty");
  fh_test_remove_dir (dir);
}

static void
test_read_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autoptr (GBytes) bytes = NULL;
  FILE *file = g_fopen (big, "wb");

  /* 65 MB that take no room: the size is refused from stat, before reading. */
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), 65 * 1024 * 1024), ==, 0);
  fclose (file);
  bytes = fh_store_read_json_file (big, &error);
  g_assert_null (bytes);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "is 65 MB; a plan export is at most 64 MB"));
  g_clear_error (&error);

  /* A FIFO would block a reader forever: refused without waiting for a writer. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  bytes = fh_store_read_json_file (fifo, &error);
  g_assert_null (bytes);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "fifo.json” is not a regular file"));
  g_clear_error (&error);

  bytes = fh_store_read_json_file (missing, &error);
  g_assert_null (bytes);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND);
  fh_test_remove_dir (dir);
}

static void
append_ids (GString *s, const char *key, guint first, guint n)
{
  g_string_append_printf (s, ", \"%s\": [", key);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%u", i ? ", " : "", first + i);
  g_string_append_c (s, ']');
}

/* A plan at the limits: N_ITEMS items in one quarter, each linked to the most gaps
 * and use cases allowed, each depending on up to the next FH_STORE_MAX_DEPENDENCIES
 * items (no circle), so every dependency is out of order. @extra_deps more on the
 * first item go beyond the limit. */
static char *
plan_at_limits (guint extra_deps, guint extra_gaps)
{
  GString *s = g_string_new ("{\"format\": \"foothold-plan\", \"version\": 1,"
                             " \"plan\": {\"name\": \"Dense\", \"start_quarter\": \"2027-Q1\"},"
                             " \"capabilities\": [{\"id\": \"data\", \"name\": \"Data\"}],"
                             " \"gaps\": [");

  for (guint g = 1; g <= N_GAPS + extra_gaps; g++)
    g_string_append_printf (s, "%s{\"id\": %u, \"title\": \"Gap %u\"}", g > 1 ? ", " : "", g, g);
  g_string_append (s, "], \"use_cases\": [");
  for (guint u = 1; u <= FH_STORE_MAX_LINKS; u++)
    g_string_append_printf (s, "%s{\"id\": %u, \"title\": \"Use %u\"}", u > 1 ? ", " : "", u, u);
  g_string_append (s, "], \"data_sources\": [{\"id\": 1, \"name\": \"Orders\"");
  append_ids (s, "use_cases", 1, FH_STORE_MAX_LINKS);
  g_string_append (s, "}], \"roadmap\": [");
  for (guint i = 1; i <= N_ITEMS; i++)
    {
      guint n_deps = MIN (FH_STORE_MAX_DEPENDENCIES, N_ITEMS - i) + (i == 1 ? extra_deps : 0);

      g_string_append_printf (s,
                              "%s{\"id\": %u, \"title\": \"Item %u\", \"capability\": \"data\","
                              " \"from_stage\": 0, \"target_stage\": 1,"
                              " \"start_quarter\": \"2027-Q1\"",
                              i > 1 ? ", " : "", i, i);
      append_ids (s, "gaps", 1, N_GAPS + (i == 1 ? extra_gaps : 0));
      append_ids (s, "use_cases", 1, FH_STORE_MAX_LINKS);
      append_ids (s, "depends_on", i + 1, n_deps);
      g_string_append_c (s, '}');
    }
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

static guint
n_links (FhStore *store, FhCollection collection)
{
  return g_list_model_get_n_items (fh_store_get_model (store, collection));
}

static void
test_over_limits (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autofree char *deps = plan_at_limits (1, 0);
  g_autofree char *gaps = plan_at_limits (0, 1);
  g_autoptr (GBytes) json_deps = bytes_of (deps);
  g_autoptr (GBytes) json_gaps = bytes_of (gaps);

  g_assert_no_error (error);
  assert_refused (store, json_deps, "roadmap[0].depends_on: 21 ids are listed; at most 20");
  assert_refused (store, json_gaps, "roadmap[0].gaps: 101 ids are listed; at most 100");
}

static void
test_at_limits (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = plan_at_limits (0, 0);
  g_autoptr (GBytes) json = bytes_of (text);
  g_autoptr (FhStore) store = fh_store_new_from_json (NULL, json, &error);
  g_autoptr (GBytes) export = NULL;
  g_autoptr (GBytes) again = NULL;
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (FhReport) report = NULL;
  g_autofree char   *dir = fh_test_make_dir ();
  g_autofree char   *pdf = g_build_filename (dir, "dense.pdf", NULL);
  FhPlanModels       models;
  FhTimelineGeometry geometry;
  FhTimelineViewport vp = { 0, 0, 1600, 1200 };
  FhRenderTimeline  *timeline;
  cairo_surface_t   *surface;
  cairo_t           *cr;
  guint              n_order = 0, n_more = 0;
  /* Item i depends on the next min (20, 300 - i) items, all ending when it starts. */
  guint    want_order = 20 * (N_ITEMS - 20) + 20 * 19 / 2;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpuint (n_links (store, FH_COLLECTION_ITEM_DEPENDENCIES), ==, want_order);
  g_assert_cmpuint (n_links (store, FH_COLLECTION_ITEM_GAPS), ==, N_ITEMS * N_GAPS);
  g_assert_cmpuint (n_links (store, FH_COLLECTION_ITEM_USE_CASES), ==,
                    N_ITEMS * FH_STORE_MAX_LINKS);
  g_assert_cmpuint (n_links (store, FH_COLLECTION_SOURCE_USE_CASES), ==, FH_STORE_MAX_LINKS);

  /* Export and import again: the same plan. */
  export = fh_store_export_json (store, &error);
  g_assert_no_error (error);
  copy = fh_store_new_from_json (NULL, export, &error);
  g_assert_no_error (error);
  again = fh_store_export_json (copy, NULL);
  g_assert_true (g_bytes_equal (export, again));

  /* The check lists at most 50 findings a rule, and counts the rest. */
  fh_store_get_models (store, &models);
  findings = fh_rules_check (&models);
  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];
      guint      n = GPOINTER_TO_UINT (g_hash_table_lookup (listed, finding->rule_id));

      if (finding->n_more == 0)
        g_hash_table_insert (listed, (gpointer)finding->rule_id, GUINT_TO_POINTER (n + 1));
      g_assert_cmpuint (n, <=, FH_RULES_MAX_PER_RULE);
      if (g_str_equal (finding->rule_id, FH_RULE_DEPENDENCY_ORDER))
        {
          if (finding->n_more > 0)
            n_more = finding->n_more;
          else
            n_order++;
          g_assert_null (strstr (finding->message, "circle"));
        }
    }
  g_assert_cmpuint (n_order, ==, FH_RULES_MAX_PER_RULE);
  g_assert_cmpuint (n_more, ==, want_order - FH_RULES_MAX_PER_RULE);
  g_assert_cmpuint (fh_rules_count (findings, FH_SEVERITY_ERROR), >=, want_order);

  /* The timeline lays out and draws every bar; the report writes its PDF. */
  fh_timeline_geometry_init (&geometry, 1.0);
  timeline = fh_render_timeline_new (&models, findings, NULL, FALSE);
  fh_render_timeline_layout (timeline, &geometry);
  g_assert_cmpuint (fh_render_timeline_get_n_bars (timeline), ==, N_ITEMS);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 1200);
  cr = cairo_create (surface);
  g_assert_cmpuint (fh_render_timeline_draw (timeline, cr, &vp), >, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  fh_render_timeline_free (timeline);

  report = fh_report_new (&models, NULL, FH_PAPER_A4);
  g_assert_true (fh_export_report_pdf (report, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  fh_test_remove_dir (dir);
}

static void
test_store_link_limit (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = plan_at_limits (0, 0);
  g_autoptr (GBytes) json = bytes_of (text);
  g_autoptr (FhStore) store = fh_store_new_from_json (NULL, json, &error);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;

  g_assert_no_error (error);
  before = fh_store_export_json (store, NULL);

  /* Item 1 has 20 dependencies and 100 gaps: one more of either is refused. */
  g_assert_false (fh_store_link (store, FH_COLLECTION_ITEM_DEPENDENCIES, 1, 30, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "depends on 20 others already"));
  g_clear_error (&error);
  g_assert_false (fh_store_link (store, FH_COLLECTION_ITEM_DEPENDENCIES, 1, 300, &error));
  g_clear_error (&error);
  g_assert_false (fh_store_link (store, FH_COLLECTION_ITEM_USE_CASES, 1, 1, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "has 100 links of this kind already"));
  g_clear_error (&error);

  after = fh_store_export_json (store, NULL);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (fh_store_can_undo (store));

  /* Item 299 depends on one item only: it may take another. */
  g_assert_true (fh_store_link (store, FH_COLLECTION_ITEM_DEPENDENCIES, 299, 1, &error));
  g_assert_no_error (error);
}

/* An arrow that only passes through the view is drawn as its vertical line alone:
 * the pixels must be those of the whole timeline drawn at once. */
static void
test_arrow_passing (void)
{
  static const char plan[] =
    "{\"format\": \"foothold-plan\", \"version\": 1,"
    " \"plan\": {\"name\": \"Arrows\", \"start_quarter\": \"2027-Q1\"},"
    " \"capabilities\": [{\"id\": \"a\", \"name\": \"A\", \"position\": 0},"
    "   {\"id\": \"b\", \"name\": \"B\", \"position\": 1},"
    "   {\"id\": \"c\", \"name\": \"C\", \"position\": 2},"
    "   {\"id\": \"d\", \"name\": \"D\", \"position\": 3},"
    "   {\"id\": \"e\", \"name\": \"E\", \"position\": 4}],"
    " \"roadmap\": [{\"id\": 1, \"title\": \"First\", \"capability\": \"a\","
    "   \"start_quarter\": \"2027-Q1\"},"
    "  {\"id\": 2, \"title\": \"Late\", \"capability\": \"e\", \"start_quarter\": \"2027-Q4\","
    "   \"depends_on\": [1]},"
    "  {\"id\": 3, \"title\": \"Early\", \"capability\": \"e\", \"start_quarter\": \"2027-Q1\","
    "   \"depends_on\": [1]}]}";
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) json = bytes_of (plan);
  g_autoptr (FhStore) store = fh_store_new_from_json (NULL, json, &error);
  FhPlanModels          models;
  FhTimelineGeometry    g;
  FhRenderTimeline     *timeline;
  const FhTimelineLane *lane;
  double                content_w, content_h;
  int                   width, full_h, part_h, top, differ = 0, dark = 0;
  cairo_surface_t      *full, *part;
  cairo_t              *cr;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);
  fh_timeline_geometry_init (&g, 1.0);
  timeline = fh_render_timeline_new (&models, NULL, NULL, FALSE);
  fh_render_timeline_layout (timeline, &g);
  fh_render_timeline_get_size (timeline, &content_w, &content_h);
  g_assert_cmpuint (fh_render_timeline_get_n_lanes (timeline), ==, 5);
  lane = fh_render_timeline_get_lane (timeline, 2);

  width = (int)(g.label_width + content_w);
  full_h = (int)(g.header_height + content_h);
  top = (int)lane->y + 2;
  part_h = (int)lane->height - 4;
  full = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, full_h);
  part = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, (int)g.header_height + part_h);

  cr = cairo_create (full);
  fh_render_timeline_draw (timeline, cr, &(FhTimelineViewport){ 0, 0, width, full_h });
  cairo_destroy (cr);
  cr = cairo_create (part);
  fh_render_timeline_draw (timeline, cr,
                           &(FhTimelineViewport){ 0, top, width, g.header_height + part_h });
  cairo_destroy (cr);
  cairo_surface_flush (full);
  cairo_surface_flush (part);

  /* The middle lane's content: the same pixels, and the arrows' lines among them. */
  for (int y = 0; y < part_h; y++)
    for (int x = (int)g.label_width; x < width; x++)
      {
        double a[3], b[3];

        pixel (full, x, (int)g.header_height + top + y, a);
        pixel (part, x, (int)g.header_height + y, b);
        if (fabs (a[0] - b[0]) + fabs (a[1] - b[1]) + fabs (a[2] - b[2]) > 0.06)
          differ++;
        if (b[0] < 0.4 && b[1] < 0.4 && b[2] < 0.4)
          dark++;
      }
  g_assert_cmpint (differ, ==, 0);
  g_assert_cmpint (dark, >=, 2 * part_h); /* two lines, 2 px wide, all the way down */

  cairo_surface_destroy (full);
  cairo_surface_destroy (part);
  fh_render_timeline_free (timeline);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_write_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *real = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autofree char *old_tmp = g_build_filename (dir, ".plan.json" FH_TEMP_FILE_INFIX "a1B2c3", NULL);
  g_autofree char *young_tmp = g_build_filename (dir, ".x.json" FH_TEMP_FILE_INFIX "Zz9yY8", NULL);
  g_autofree char *foreign = g_build_filename (dir, ".plan.json.a1B2c3", NULL);
  g_autofree char *old_wal = g_strconcat (old_tmp, "-wal", NULL);
  g_autofree char *foreign_wal = g_strconcat (foreign, "-wal", NULL);
  g_autofree char *tmp_dir = g_build_filename (dir, ".d" FH_TEMP_FILE_INFIX "abcdef", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-folder", "out.json", NULL);
  g_autoptr (GBytes) one = bytes_of ("one\n");
  g_autoptr (GBytes) two = bytes_of ("two\n");
  g_autofree char *text = NULL;
  GStatBuf         st;
  struct stat      lst;
  g_autoptr (GDir) listing = NULL;
  const char     *name;
  guint           n_files = 0;
  time_t          old = time (NULL) - FH_TEMP_FILE_STALE_SECONDS - 60;
  struct timespec times[2] = { { old, 0 }, { old, 0 } };

  /* A 0600 file stays 0600. */
  g_assert_true (fh_store_write_file (target, one, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  g_assert_true (fh_store_write_file (target, two, &error));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  text = read_text (target);
  g_assert_cmpstr (text, ==, "two\n");
  g_clear_pointer (&text, g_free);

  /* A symbolic link is written through and stays a link. */
  g_assert_true (g_file_set_contents (real, "old\n", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  g_assert_true (fh_store_write_file (link, one, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (link, &lst), ==, 0);
  g_assert_true (S_ISLNK (lst.st_mode));
  text = read_text (real);
  g_assert_cmpstr (text, ==, "one\n");
  g_clear_pointer (&text, g_free);

  /* A link to nothing is refused, naming the user's path. */
  g_assert_cmpint (symlink ("nowhere/x.json", dangling), ==, 0);
  g_assert_false (fh_store_write_file (dangling, one, &error));
  g_assert_nonnull (strstr (error->message, "dangling.json” is a symbolic link that leads to no"));
  g_clear_error (&error);

  /* Errors name the user's path, never the temporary file. */
  g_assert_false (fh_store_write_file (missing, one, &error));
  g_assert_nonnull (strstr (error->message, "out.json"));
  g_assert_null (strstr (error->message, FH_TEMP_FILE_INFIX));
  g_clear_error (&error);

  /* Sweeping takes only old files of Foothold's exact pattern. */
  g_assert_true (g_file_set_contents (old_tmp, "", -1, NULL));
  g_assert_true (g_file_set_contents (young_tmp, "", -1, NULL));
  g_assert_true (g_file_set_contents (foreign, "", -1, NULL));
  g_assert_cmpint (g_mkdir (tmp_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old_wal, "", -1, NULL));
  g_assert_true (g_file_set_contents (foreign_wal, "", -1, NULL));
  g_assert_cmpint (utimensat (AT_FDCWD, old_tmp, times, 0), ==, 0);
  g_assert_cmpint (utimensat (AT_FDCWD, old_wal, times, 0), ==, 0);
  g_assert_cmpint (utimensat (AT_FDCWD, foreign_wal, times, 0), ==, 0);
  g_assert_cmpint (utimensat (AT_FDCWD, foreign, times, 0), ==, 0);
  g_assert_cmpint (utimensat (AT_FDCWD, tmp_dir, times, 0), ==, 0);
  g_assert_true (fh_store_write_file (target, one, &error));
  g_assert_false (g_file_test (old_tmp, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old_wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign_wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (young_tmp, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (tmp_dir, G_FILE_TEST_IS_DIR));

  /* Nothing else is left: plan.json, real.json, link.json, dangling.json, and the four
   * kept above. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 8);
  g_rmdir (tmp_dir);
  fh_test_remove_dir (dir);
}

/* A writer dropped before its commit leaves the target as it was and no temporary
 * file; one committed replaces the target. */
static void
test_writer_stream (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GDir) listing = NULL;
  FhStoreWriter *writer;
  guint          n_files = 0;

  g_assert_true (g_file_set_contents (target, "old\n", -1, NULL));

  writer = fh_store_writer_new (target, &error);
  g_assert_no_error (error);
  g_assert_true (
    g_output_stream_write_all (G_OUTPUT_STREAM (writer), "half", 4, NULL, NULL, &error));
  g_assert_nonnull (fh_temp_file_registered (0));
  g_object_unref (writer);
  g_assert_null (fh_temp_file_registered (0));
  text = read_text (target);
  g_assert_cmpstr (text, ==, "old\n");
  g_clear_pointer (&text, g_free);

  writer = fh_store_writer_new (target, &error);
  g_assert_true (
    g_output_stream_write_all (G_OUTPUT_STREAM (writer), "new\n", 4, NULL, NULL, &error));
  g_assert_true (fh_store_writer_commit (writer, &error));
  g_assert_no_error (error);
  g_object_unref (writer);
  text = read_text (target);
  g_assert_cmpstr (text, ==, "new\n");

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  fh_test_remove_dir (dir);
}

static void
test_temp_names (void)
{
  g_autofree char *name = fh_temp_file_random_name ("/some/where/Plan.foothold");
  g_autofree char *base = g_path_get_basename (name);
  g_autofree char *folder = g_path_get_dirname (name);

  g_assert_cmpstr (folder, ==, "/some/where");
  g_assert_true (g_str_has_prefix (base, ".Plan.foothold" FH_TEMP_FILE_INFIX));
  g_assert_true (fh_temp_file_is_own_name (base));
  g_assert_false (fh_temp_file_is_own_name ("Plan.foothold"));
  g_assert_false (fh_temp_file_is_own_name (".Plan.foothold.a1B2c3"));
  g_assert_false (fh_temp_file_is_own_name (".Plan" FH_TEMP_FILE_INFIX "a1B2c"));
  g_assert_false (fh_temp_file_is_own_name (".Plan" FH_TEMP_FILE_INFIX "a1B2c3d"));
  g_assert_false (fh_temp_file_is_own_name (".Plan" FH_TEMP_FILE_INFIX "a1B2c."));
  g_assert_false (fh_temp_file_is_own_name ("Plan" FH_TEMP_FILE_INFIX "a1B2c3"));

  g_assert_true (fh_temp_file_register (name));
  g_assert_cmpstr (fh_temp_file_registered (0), ==, name);
  fh_temp_file_forget (name);
  g_assert_null (fh_temp_file_registered (0));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/json-limits/deep", test_deep);
  g_test_add_func ("/foothold/json-limits/bom", test_bom);
  g_test_add_func ("/foothold/json-limits/read-file", test_read_file);
  g_test_add_func ("/foothold/json-limits/over-limits", test_over_limits);
  g_test_add_func ("/foothold/json-limits/at-limits", test_at_limits);
  g_test_add_func ("/foothold/json-limits/store-link-limit", test_store_link_limit);
  g_test_add_func ("/foothold/json-limits/arrow-passing", test_arrow_passing);
  g_test_add_func ("/foothold/json-limits/write-file", test_write_file);
  g_test_add_func ("/foothold/json-limits/writer-stream", test_writer_stream);
  g_test_add_func ("/foothold/json-limits/temp-names", test_temp_names);

  return g_test_run ();
}
