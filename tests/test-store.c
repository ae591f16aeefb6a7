/* test-store.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "foothold-core.h"
#include "fh-store.h"
#include "fh-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = fh_test_make_dir ();
  f->path = g_build_filename (f->dir, "plan.foothold", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static guint
n_items (FhStore *store, FhCollection collection)
{
  return g_list_model_get_n_items (fh_store_get_model (store, collection));
}

static void
count_items_changed (GListModel *model, guint position, guint removed, guint added, guint *count)
{
  (*count)++;
}

static void
count_changed (guint *count)
{
  (*count)++;
}

static FhGap *
add_gap (FhStore *store, const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhGap) gap = fh_gap_new (title);

  g_assert_true (fh_store_add (store, gap, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&gap);
}

/* A new plan with the user's preferences: their currency and horizon, and no undo step
 * to take them away again; a currency the plan refuses leaves the catalog's. */
static void
test_new_plan_with (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan_with (f->path, "KRW", 5, &error);
  g_autoptr (FhStore) refused = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (fh_plan_info_get_currency (fh_store_get_info (store)), ==, "KRW");
  g_assert_cmpint (fh_plan_info_get_horizon_years (fh_store_get_info (store)), ==, 5);
  g_assert_false (fh_store_can_undo (store));

  refused = fh_store_new_plan_with (NULL, "not a currency", 4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fh_plan_info_get_currency (fh_store_get_info (refused)), ==, "EUR");
  g_assert_cmpint (fh_plan_info_get_horizon_years (fh_store_get_info (refused)), ==, 3);
  g_assert_false (fh_store_can_undo (refused));
}

static void
test_new_plan (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (f->path, &error);
  g_autofree char *header = NULL;
  gsize            length;
  FhCapability    *registry;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpstr (fh_store_get_path (store), ==, f->path);
  /* The catalog: fourteen capabilities and the ten that cover what the public
   * frameworks cover, each with its mapping to them. */
  g_assert_cmpuint (n_items (store, FH_COLLECTION_CAPABILITIES), ==, 24);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_PREREQUISITES), >=, 10);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_false (fh_store_can_undo (store));

  registry = fh_store_lookup_capability (store, "registry");
  g_assert_nonnull (registry);
  g_assert_true (fh_capability_get_core (registry));
  g_assert_cmpstr (fh_capability_get_criterion (registry, 1), !=, "");
  g_assert_nonnull (
    strstr (fh_capability_get_frameworks (registry), "Google MLOps levels: level 1"));
  for (guint i = 0; i < n_items (store, FH_COLLECTION_CAPABILITIES); i++)
    {
      g_autoptr (FhCapability) cap =
        g_list_model_get_item (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES), i);

      g_assert_cmpstr (fh_capability_get_frameworks (cap), !=, "");
      for (int stage = 1; stage <= 4; stage++)
        g_assert_cmpstr (fh_capability_get_criterion (cap, stage), !=, "");
    }
  g_assert_nonnull (fh_store_lookup_capability (store, "genai-overlay"));
  g_assert_nonnull (fh_store_lookup_capability (store, "retraining-triggers"));

  g_clear_object (&store);

  /* WAL: header bytes 18 and 19 are 2 once the file has been in WAL mode. */
  g_assert_true (g_file_get_contents (f->path, &header, &length, NULL));
  g_assert_cmpuint (length, >=, 100);
  g_assert_cmpint (header[18], ==, 2);
  g_assert_cmpint (header[19], ==, 2);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_IS_DIR));

  /* A plan is never created over an existing file. */
  store = fh_store_new_plan (f->path, &error);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_EXISTS);
  g_assert_null (store);
}

static void
test_add_set_remove (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (f->path, &error);
  GListModel *gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
  g_autoptr (GObject) first = NULL;
  guint  changes = 0;
  FhGap *gap;
  gint64 id;

  g_signal_connect (gaps, "items-changed", G_CALLBACK (count_items_changed), &changes);

  gap = add_gap (store, "No shared experiment tracker");
  id = fh_gap_get_id (gap);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (changes, ==, 1);
  first = g_list_model_get_item (gaps, 0);
  g_assert_true (first == (gpointer)gap);
  g_object_unref (gap);
  g_assert_true (fh_store_lookup (store, FH_COLLECTION_GAPS, id) == (gpointer)gap);

  g_assert_true (fh_store_set (store, gap, &error, "severity", 5, "capability", "experimentation",
                               "kind", FH_GAP_KIND_LIFECYCLE, NULL));
  g_assert_no_error (error);
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 5);
  g_assert_cmpstr (fh_gap_get_capability (gap), ==, "experimentation");
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Edit gap");

  /* Setting the same value again is not a change and not an undo step. */
  g_assert_true (fh_store_set (store, gap, &error, "severity", 5, NULL));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Edit gap");

  /* Refused values change nothing. */
  g_assert_false (fh_store_set (store, gap, &error, "severity", 9, NULL));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Severity"));
  g_clear_error (&error);
  g_assert_false (fh_store_set (store, gap, &error, "title", "   ", NULL));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fh_store_set (store, gap, &error, "capability", "no-such-thing", NULL));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 5);
  g_assert_cmpuint (changes, ==, 2);

  /* Reopen: everything shown as saved is on disk. */
  g_clear_object (&store);
  store = fh_store_open (f->path, &error);
  g_assert_no_error (error);
  gap = fh_store_lookup (store, FH_COLLECTION_GAPS, id);
  g_assert_nonnull (gap);
  g_assert_cmpstr (fh_gap_get_title (gap), ==, "No shared experiment tracker");
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 5);
  g_assert_cmpint (fh_gap_get_kind (gap), ==, FH_GAP_KIND_LIFECYCLE);
  g_assert_false (fh_store_can_undo (store)); /* opening is not an undo step */

  g_assert_true (fh_store_remove (store, gap, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_null (fh_store_lookup (store, FH_COLLECTION_GAPS, id));
}

static void
test_text_limits (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autofree char *huge = g_strnfill (10 * 1024 * 1024, 'x');
  g_autofree char *limit = g_strnfill (500, 'y');
  g_autoptr (FhGap) big = fh_gap_new (huge);
  g_autoptr (FhGap) fits = fh_gap_new (limit);
  g_autoptr (FhGap) markup = fh_gap_new ("<b>bold</b> & <i>");

  g_assert_false (fh_store_add (store, big, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fh_gap_get_id (big), ==, 0);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_false (fh_store_can_undo (store));

  g_assert_true (fh_store_add (store, fits, &error));
  g_assert_true (fh_store_add (store, markup, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fh_gap_get_title (markup), ==, "<b>bold</b> & <i>");
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 2);
}

static void
test_undo_redo (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Set up MLflow", "experimentation", fh_quarter_make (2027, 1));
  FhGap *gap;
  gint64 gap_id;

  gap = add_gap (store, "Runs are not tracked");
  gap_id = fh_gap_get_id (gap);
  g_object_unref (gap);
  g_assert_true (fh_store_add (store, item, &error));
  g_assert_true (
    fh_store_link (store, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item), gap_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 1);

  /* Deleting the gap cascades to the link; undo brings both back. */
  g_assert_true (
    fh_store_remove (store, fh_store_lookup (store, FH_COLLECTION_GAPS, gap_id), &error));
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 0);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Delete gap");

  g_assert_true (fh_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 1);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 1);
  g_assert_cmpstr (fh_gap_get_title (fh_store_lookup (store, FH_COLLECTION_GAPS, gap_id)), ==,
                   "Runs are not tracked");
  g_assert_true (fh_store_can_redo (store));
  g_assert_cmpstr (fh_store_get_redo_label (store), ==, "Delete gap");

  g_assert_true (fh_store_redo (store, &error));
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 0);

  /* Undo everything, across collections. */
  while (fh_store_can_undo (store))
    g_assert_true (fh_store_undo (store, &error));
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ROADMAP), ==, 0);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 0);

  /* A new change drops the redo steps. */
  g_object_unref (add_gap (store, "Another"));
  g_assert_false (fh_store_can_redo (store));
}

static void
test_group (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhGap) a = fh_gap_new ("One");
  g_autoptr (FhGap) b = fh_gap_new ("Two");
  g_autoptr (FhGap) bad = fh_gap_new ("");
  guint changes = 0;

  g_signal_connect (fh_store_get_model (store, FH_COLLECTION_GAPS), "items-changed",
                    G_CALLBACK (count_items_changed), &changes);

  fh_store_begin (store, "Capture gaps");
  g_assert_true (fh_store_add (store, a, &error));
  g_assert_false (fh_store_add (store, bad, &error)); /* refused, the group goes on */
  g_clear_error (&error);
  g_assert_true (fh_store_add (store, b, &error));
  g_assert_cmpuint (changes, ==, 0); /* models change when the group ends */
  g_assert_true (fh_store_end (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 2);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Capture gaps");

  g_assert_true (fh_store_undo (store, &error));
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_false (fh_store_can_undo (store));

  /* A cancelled group leaves no trace. */
  fh_store_begin (store, "Never mind");
  g_clear_object (&a);
  a = fh_gap_new ("Three");
  g_assert_true (fh_store_add (store, a, &error));
  fh_store_cancel (store);
  g_assert_cmpint (fh_gap_get_id (a), ==, 0);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 0);
  g_assert_true (fh_store_can_redo (store));
}

/* Inside a group, records added earlier in it can be referred to, changed, linked
 * and removed before the group ends. */
static void
test_group_references (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhGap) gap = fh_gap_new ("Gap in a group");
  g_autoptr (FhGap) gone = fh_gap_new ("Added and removed");
  g_autoptr (FhRoadmapItem) item = fh_roadmap_item_new ("Item", "data", fh_quarter_make (2027, 1));
  g_autoptr (FhOption) option = fh_option_new ("data", "Catalog service");
  g_autoptr (FhCostLine) line = NULL;

  fh_store_begin (store, "Draft");
  g_assert_true (fh_store_add (store, gap, &error));
  g_assert_true (fh_store_add (store, item, &error));
  g_assert_true (fh_store_add (store, option, &error));
  g_assert_no_error (error);
  line = fh_cost_line_new (fh_option_get_id (option));
  g_assert_true (fh_store_add (store, line, &error));
  g_assert_true (fh_store_link (store, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item),
                                fh_gap_get_id (gap), &error));
  g_assert_true (fh_store_set (store, gap, &error, "severity", 5, NULL));
  g_assert_true (fh_store_add (store, gone, &error));
  g_assert_true (fh_store_remove (store, gone, &error));
  g_assert_no_error (error);
  g_assert_true (fh_store_end (store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 1);
  g_assert_cmpint (fh_gap_get_severity (gap), ==, 5);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_COST_LINES), ==, 1);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 1);
  g_assert_cmpint (fh_gap_get_id (gone), ==, 0);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Draft");

  /* Unlinking inside a group sees the link made in it. */
  fh_store_begin (store, "Relink");
  g_assert_true (fh_store_unlink (store, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item),
                                  fh_gap_get_id (gap), &error));
  g_assert_true (fh_store_end (store, &error));
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ITEM_GAPS), ==, 0);
}

static void
test_conflicts (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Registry", "registry", fh_quarter_make (2027, 2));
  g_autoptr (FhAssessment) q1 = fh_assessment_new (fh_quarter_make (2027, 1));
  g_autoptr (FhAssessment) again = fh_assessment_new (fh_quarter_make (2027, 1));
  g_autoptr (FhOption) o1 = fh_option_new ("registry", "Managed registry");
  g_autoptr (FhOption) o2 = fh_option_new ("registry", "MLflow registry");

  g_assert_true (fh_store_add (store, item, &error));
  g_assert_false (fh_store_remove (store, fh_store_lookup_capability (store, "registry"), &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "roadmap items"));
  g_clear_error (&error);
  g_assert_nonnull (fh_store_lookup_capability (store, "registry"));

  g_assert_true (fh_store_add (store, q1, &error));
  g_assert_false (fh_store_add (store, again, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "assessment for that quarter"));
  g_clear_error (&error);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_ASSESSMENTS), ==, 1);

  g_assert_true (fh_store_add (store, o1, &error));
  g_assert_true (fh_store_add (store, o2, &error));
  g_assert_true (fh_store_set (store, o1, &error, "chosen", TRUE, NULL));
  g_assert_false (fh_store_set (store, o2, &error, "chosen", TRUE, NULL));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (fh_option_get_chosen (o2));

  g_assert_false (fh_store_link (store, FH_COLLECTION_ITEM_DEPENDENCIES,
                                 fh_roadmap_item_get_id (item), fh_roadmap_item_get_id (item),
                                 &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A capability without work planned on it can go, and its options with it. */
  g_assert_true (fh_store_remove (store, fh_store_lookup_capability (store, "features"), &error));
  g_assert_no_error (error);
  g_assert_null (fh_store_lookup_capability (store, "features"));
}

/* The check: any sequence of changes followed by as many undos leaves the
 * file's tables exactly as they were, and redo brings the changes back exactly. */
static void
test_random_undo (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (f->path, &error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261126);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GBytes) json_done = NULL;
  g_autoptr (GBytes) json_redone = NULL;
  guint              steps = 0, attempts = 0;
  const FhCollection kinds[] = {
    FH_COLLECTION_GAPS,        FH_COLLECTION_USE_CASES,  FH_COLLECTION_METRICS,
    FH_COLLECTION_OPTIONS,     FH_COLLECTION_COST_LINES, FH_COLLECTION_ROADMAP,
    FH_COLLECTION_ASSESSMENTS, FH_COLLECTION_SCORES,     FH_COLLECTION_CAPABILITIES,
  };

  g_assert_no_error (error);
  g_clear_object (&store);
  before = fh_test_dump_tables (f->path);
  store = fh_store_open (f->path, &error);
  g_assert_no_error (error);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_changed), &steps);

  while (steps < 250)
    {
      FhCollection kind = kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];
      GListModel  *model = fh_store_get_model (store, kind);
      guint        n = g_list_model_get_n_items (model);
      int          what = g_rand_int_range (rand, 0, 10);
      g_autoptr (GObject) record =
        n ? g_list_model_get_item (model, g_rand_int_range (rand, 0, n)) : NULL;
      gboolean ok = FALSE;

      g_assert_cmpuint (++attempts, <, 5000);

      if (what < 3 && kind == FH_COLLECTION_GAPS)
        {
          g_autofree char *title = g_strdup_printf ("Gap %u", steps);
          g_autoptr (FhGap) gap = fh_gap_new (title);

          ok = fh_store_add (store, gap, NULL);
        }
      else if (what < 3 && kind == FH_COLLECTION_ROADMAP)
        {
          g_autoptr (FhRoadmapItem) item =
            fh_roadmap_item_new ("Item", "pipelines", fh_quarter_make (2027, 3));

          ok = fh_store_add (store, item, NULL);
        }
      else if (what < 3 && kind == FH_COLLECTION_COST_LINES && n > 0)
        {
          g_autoptr (FhCostLine) line =
            fh_cost_line_new (fh_cost_line_get_option (FH_COST_LINE (record)));

          ok = fh_store_add (store, line, NULL);
        }
      else if (what < 5 && record != NULL && kind != FH_COLLECTION_CAPABILITIES)
        ok = fh_store_remove (store, record, NULL);
      else if (what == 5 && record != NULL && kind == FH_COLLECTION_CAPABILITIES)
        ok = fh_store_remove (store, record, NULL);
      else if (record != NULL && kind == FH_COLLECTION_GAPS)
        ok = fh_store_set (store, record, NULL, "severity", g_rand_int_range (rand, 1, 6), "votes",
                           g_rand_int_range (rand, 0, 20), "status", g_rand_int_range (rand, 0, 3),
                           NULL);
      else if (record != NULL && kind == FH_COLLECTION_ROADMAP)
        ok = fh_store_set (store, record, NULL, "duration", g_rand_int_range (rand, 1, 5),
                           "target-stage", g_rand_int_range (rand, 0, 5), NULL);
      else if (record != NULL && kind == FH_COLLECTION_CAPABILITIES)
        ok = fh_store_set (store, record, NULL, "position", g_rand_int_range (rand, 0, 30), NULL);
      else if (record != NULL && kind == FH_COLLECTION_SCORES)
        ok = fh_store_set (store, record, NULL, "stage", g_rand_int_range (rand, 0, 5), NULL);
      else if (record != NULL && kind == FH_COLLECTION_METRICS)
        ok = fh_store_set (store, record, NULL, "current", g_rand_double_range (rand, -5, 5), NULL);
      else if (kind == FH_COLLECTION_ASSESSMENTS)
        {
          GListModel *gaps = fh_store_get_model (store, FH_COLLECTION_GAPS);
          GListModel *items = fh_store_get_model (store, FH_COLLECTION_ROADMAP);
          guint       ng = g_list_model_get_n_items (gaps), ni = g_list_model_get_n_items (items);

          if (ng && ni)
            {
              g_autoptr (FhGap) gap = g_list_model_get_item (gaps, g_rand_int_range (rand, 0, ng));
              g_autoptr (FhRoadmapItem) item =
                g_list_model_get_item (items, g_rand_int_range (rand, 0, ni));

              ok = fh_store_link (store, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item),
                                  fh_gap_get_id (gap), NULL);
            }
        }
      else if (kind == FH_COLLECTION_USE_CASES && record != NULL)
        {
          g_autoptr (FhMetric) metric =
            fh_metric_new (fh_use_case_get_id (FH_USE_CASE (record)), "KPI");

          ok = fh_store_add (store, metric, NULL);
        }

      /* Some changes are refused (a link that exists, a capability in use) and
       * some change nothing; neither is a step ("changed" counts the steps). */
      (void)ok;
    }
  g_signal_handlers_disconnect_by_func (store, count_changed, &steps);

  json_done = fh_store_export_json (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < steps; i++)
    {
      g_assert_true (fh_store_can_undo (store));
      g_assert_true (fh_store_undo (store, &error));
      g_assert_no_error (error);
    }
  g_assert_false (fh_store_can_undo (store));

  /* Redo all the way, then export: the same plan as before the undos. */
  while (fh_store_can_redo (store))
    g_assert_true (fh_store_redo (store, &error));
  json_redone = fh_store_export_json (store, &error);
  g_assert_true (g_bytes_equal (json_done, json_redone));

  while (fh_store_can_undo (store))
    g_assert_true (fh_store_undo (store, &error));
  g_clear_object (&store);

  after = fh_test_dump_tables (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_refused (const char *path, FhStoreError code, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sum = fh_test_checksum (path);
  g_autofree char *sum_after = NULL;
  g_autoptr (FhStore) store = fh_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, FH_STORE_ERROR, (int)code);
  if (fragment && !strstr (error->message, fragment))
    g_error ("“%s” does not contain “%s”", error->message, fragment);

  /* Left byte for byte as it was. */
  sum_after = fh_test_checksum (path);
  g_assert_cmpstr (sum, ==, sum_after);
}

static void
make_closed_plan (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (path, &error);

  g_assert_no_error (error);
}

static void
test_untrusted (Fixture *f, gconstpointer data)
{
  g_autofree char *text = g_build_filename (f->dir, "notes.foothold", NULL);
  g_autofree char *json = g_build_filename (f->dir, "export.foothold", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.foothold", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.foothold", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.foothold", NULL);
  g_autofree char *trigger = g_build_filename (f->dir, "trigger.foothold", NULL);
  g_autofree char *view = g_build_filename (f->dir, "view.foothold", NULL);
  g_autofree char *bad_value = g_build_filename (f->dir, "bad-value.foothold", NULL);
  g_autofree char *corrupt = g_build_filename (f->dir, "corrupt.foothold", NULL);
  g_autofree char *readonly = g_build_filename (f->dir, "readonly.foothold", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;

  g_assert_true (g_file_set_contents (text, "Just some notes\n", -1, NULL));
  assert_refused (text, FH_STORE_ERROR_NOT_PLAN, "not a Foothold plan");

  g_assert_true (g_file_set_contents (json, "  {\"format\": \"foothold-plan\"}", -1, NULL));
  assert_refused (json, FH_STORE_ERROR_NOT_PLAN, "Import JSON");

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, FH_STORE_ERROR_NOT_PLAN, NULL);

  store = fh_store_open (missing, &error);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  fh_test_sql (other, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
  assert_refused (other, FH_STORE_ERROR_NOT_PLAN, "another program");

  make_closed_plan (newer);
  fh_test_sql (newer, "PRAGMA user_version = 7;");
  assert_refused (newer, FH_STORE_ERROR_NEWER_VERSION, "newer version");

  make_closed_plan (trigger);
  fh_test_sql (trigger, "CREATE TRIGGER t AFTER INSERT ON gaps BEGIN DELETE FROM gaps; END;");
  assert_refused (trigger, FH_STORE_ERROR_FOREIGN_OBJECT, "trigger");

  make_closed_plan (view);
  fh_test_sql (view, "CREATE VIEW v AS SELECT * FROM gaps;");
  assert_refused (view, FH_STORE_ERROR_FOREIGN_OBJECT, "view");

  make_closed_plan (bad_value);
  fh_test_sql (bad_value,
               "INSERT INTO gaps VALUES (1, 'x', '', NULL, 'process', 9, 0, '', 'open');");
  assert_refused (bad_value, FH_STORE_ERROR_CORRUPT, "severity");

  /* Scribble over the pages after the header. */
  make_closed_plan (corrupt);
  {
    g_autofree char *contents = NULL;
    gsize            length;

    g_assert_true (g_file_get_contents (corrupt, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 8192);
    memset (contents + 4096, 0xA5, length - 4096);
    g_assert_true (g_file_set_contents (corrupt, contents, length, NULL));
  }
  assert_refused (corrupt, FH_STORE_ERROR_CORRUPT, "damaged");

  make_closed_plan (readonly);
  g_assert_cmpint (g_chmod (readonly, 0444), ==, 0);
  assert_refused (readonly, FH_STORE_ERROR_READ_ONLY, "read-only");
}

static void
test_locked (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) first = NULL;
  g_autoptr (FhStore) second = NULL;

  make_closed_plan (f->path);
  first = fh_store_open (f->path, &error);
  g_assert_no_error (error);

  second = fh_store_open (f->path, &error);
  g_assert_null (second);
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  /* The first one is unharmed. */
  g_object_unref (add_gap (first, "Still works"));
  g_clear_object (&first);

  second = fh_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (second, FH_COLLECTION_GAPS), ==, 1);
}

/* A change is on disk when its call returns: a process killed right after it loses
 * nothing. */
static void
test_killed (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      path = g_strdup (g_getenv ("FOOTHOLD_TEST_PLAN"));
      store = fh_store_open (path, &error);
      g_assert_no_error (error);
      g_object_unref (add_gap (store, "Written before the crash"));
      g_assert_true (fh_store_set (store, fh_store_lookup_capability (store, "data"), &error,
                                   "name", "Data, renamed", NULL));
      raise (SIGKILL);
      return;
    }

  make_closed_plan (f->path);
  g_setenv ("FOOTHOLD_TEST_PLAN", f->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_assert_false (g_test_trap_has_passed ());

  store = fh_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (store, FH_COLLECTION_GAPS), ==, 1);
  g_assert_cmpstr (fh_capability_get_name (fh_store_lookup_capability (store, "data")), ==,
                   "Data, renamed");
}

static void
test_save_copy (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (f->path, &error);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.foothold", NULL);
  g_autoptr (FhStore) copy = NULL;
  g_autoptr (GBytes) a = NULL;
  g_autoptr (GBytes) b = NULL;

  g_assert_no_error (error);
  g_object_unref (add_gap (store, "Added before the copy"));
  g_assert_true (fh_store_save_copy (store, copy_path, &error));
  g_assert_no_error (error);

  g_assert_false (fh_store_save_copy (store, f->path, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  copy = fh_store_open (copy_path, &error);
  g_assert_no_error (error);
  a = fh_store_export_json (store, NULL);
  b = fh_store_export_json (copy, NULL);
  g_assert_true (g_bytes_equal (a, b));

  /* The open plan is still the original. */
  g_assert_cmpstr (fh_store_get_path (store), ==, f->path);
}

static void
test_plan_info (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  FhPlanInfo *info = fh_store_get_info (store);

  g_assert_cmpstr (fh_plan_info_get_currency (info), ==, "EUR");
  g_assert_true (fh_store_set (store, info, &error, "name", "Our plan", "horizon-years", 5, NULL));
  g_assert_cmpstr (fh_plan_info_get_name (info), ==, "Our plan");
  g_assert_cmpint (fh_plan_info_get_horizon_years (info), ==, 5);

  g_assert_false (fh_store_set (store, info, &error, "horizon-years", 11, NULL));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fh_store_set (store, info, &error, "currency", "euro", NULL));
  g_clear_error (&error);

  g_assert_true (fh_store_undo (store, &error));
  g_assert_cmpstr (fh_plan_info_get_name (info), !=, "Our plan");
  g_assert_cmpint (fh_plan_info_get_horizon_years (info), ==, 3);
}

/* Each kind of change names its undo step with a whole sentence of its own. */
static void
test_undo_labels (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (f->path, &error);
  g_autoptr (FhRoadmapItem) first =
    fh_roadmap_item_new ("Tracking", "experimentation", fh_quarter_make (2027, 1));
  g_autoptr (FhRoadmapItem) second =
    fh_roadmap_item_new ("Registry", "registry", fh_quarter_make (2027, 2));
  g_autoptr (FhGap) gap = add_gap (store, "No registry");

  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Add gap");
  g_assert_true (fh_store_set (store, gap, &error, "title", "No model registry", NULL));
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Edit gap");

  g_assert_true (fh_store_add (store, first, &error));
  g_assert_true (fh_store_add (store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Add roadmap item");

  g_assert_true (fh_store_link (store, FH_COLLECTION_ITEM_DEPENDENCIES,
                                fh_roadmap_item_get_id (second), fh_roadmap_item_get_id (first),
                                &error));
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Add dependency");
  g_assert_true (fh_store_unlink (store, FH_COLLECTION_ITEM_DEPENDENCIES,
                                  fh_roadmap_item_get_id (second), fh_roadmap_item_get_id (first),
                                  &error));
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Remove dependency");

  g_assert_true (fh_store_set (store, fh_store_get_info (store), &error, "name", "Ours", NULL));
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Edit plan settings");

  g_assert_true (fh_store_remove (store, gap, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Delete gap");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/foothold/store/new-plan", test_new_plan);
  ADD ("/foothold/store/new-plan-with", test_new_plan_with);
  ADD ("/foothold/store/add-set-remove", test_add_set_remove);
  ADD ("/foothold/store/undo-labels", test_undo_labels);
  ADD ("/foothold/store/text-limits", test_text_limits);
  ADD ("/foothold/store/undo-redo", test_undo_redo);
  ADD ("/foothold/store/group", test_group);
  ADD ("/foothold/store/group-references", test_group_references);
  ADD ("/foothold/store/conflicts", test_conflicts);
  ADD ("/foothold/store/random-undo", test_random_undo);
  ADD ("/foothold/store/untrusted", test_untrusted);
  ADD ("/foothold/store/locked", test_locked);
  ADD ("/foothold/store/killed", test_killed);
  ADD ("/foothold/store/save-copy", test_save_copy);
  ADD ("/foothold/store/plan-info", test_plan_info);

  return g_test_run ();
}
