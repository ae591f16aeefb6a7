/* test-edit.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fh-test-util.h"
#include "foothold-core.h"
#include "fh-store.h"

/* Each multi-step change, as built in core and applied by the open plan in one call:
 * the records it leaves, and one undo that gives back the plan exactly. */

typedef struct
{
  char    *dir;
  char    *path;
  FhStore *store;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = fh_test_make_dir ();
  f->path = g_build_filename (f->dir, "plan.foothold", NULL);
  f->store = fh_store_new_plan (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->store);
  fh_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The plan, every table of a copy of its file, and as JSON. */
static char *
snapshot (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) json = fh_store_export_json (f->store, &error);
  g_autofree char *copy = g_build_filename (f->dir, "copy.foothold", NULL);
  g_autofree char *tables = NULL;

  g_assert_no_error (error);
  g_assert_true (fh_store_save_copy (f->store, copy, &error));
  g_assert_no_error (error);
  tables = fh_test_dump_tables (copy);
  g_assert_cmpint (g_remove (copy), ==, 0);
  return g_strdup_printf ("%s\n%.*s", tables, (int)g_bytes_get_size (json),
                          (const char *)g_bytes_get_data (json, NULL));
}

/* Applies @edit, then checks that it is one undo step named @label that gives back
 * the plan as it was, and that redo gives back the edited plan. */
static void
apply_undo_redo (Fixture *f, FhEdit *edit, const char *label)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *before = snapshot (f);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  const char      *undo_before = fh_store_get_undo_label (f->store);
  g_autofree char *undo_label_before = g_strdup (undo_before);

  g_assert_cmpstr (fh_edit_get_label (edit), ==, label);
  g_assert_true (fh_store_apply_edit (f->store, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fh_store_get_undo_label (f->store), ==, label);
  after = snapshot (f);
  g_assert_cmpstr (after, !=, before);

  g_assert_true (fh_store_undo (f->store, &error));
  g_assert_no_error (error);
  undone = snapshot (f);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpstr (fh_store_get_undo_label (f->store), ==, undo_label_before);
  g_assert_cmpstr (fh_store_get_redo_label (f->store), ==, label);

  g_assert_true (fh_store_redo (f->store, &error));
  g_assert_no_error (error);
  redone = snapshot (f);
  g_assert_cmpstr (redone, ==, after);
}

static void
add (Fixture *f, gpointer record)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (fh_store_add (f->store, record, &error));
  g_assert_no_error (error);
}

static void
add_link (Fixture *f, FhCollection links, gint64 source, gint64 target)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (fh_store_link (f->store, links, source, target, &error));
  g_assert_no_error (error);
}

static gboolean
has_link (Fixture *f, FhCollection links, gint64 source, gint64 target)
{
  GListModel *model = fh_store_get_model (f->store, links);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (model, i);

      if (fh_link_get_source (link) == source && fh_link_get_target (link) == target)
        return TRUE;
    }
  return FALSE;
}

static guint
count (Fixture *f, FhCollection collection)
{
  return g_list_model_get_n_items (fh_store_get_model (f->store, collection));
}

static FhRoadmapItem *
find_item (Fixture *f, const char *title)
{
  GListModel *model = fh_store_get_model (f->store, FH_COLLECTION_ROADMAP);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (fh_roadmap_item_get_title (item), title) == 0)
        return item; /* the model keeps it */
    }
  return NULL;
}

static FhRoadmapItem *
new_item (Fixture *f, const char *title, int from, int target, int start, int duration)
{
  g_autoptr (FhRoadmapItem) item = fh_roadmap_item_new (title, "registry", start);

  g_object_set (item, "from-stage", from, "target-stage", target, "duration", duration, NULL);
  add (f, item);
  return fh_store_lookup (f->store, FH_COLLECTION_ROADMAP, fh_roadmap_item_get_id (item));
}

static void
test_split_item_by_stage (Fixture *f, gconstpointer data)
{
  g_autoptr (FhGap) gap = fh_gap_new ("No registry");
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Churn");
  g_autoptr (FhEdit) edit = NULL;
  FhRoadmapItem *item, *second, *third;
  FhPlanModels   models;
  int            start = fh_quarter_make (2027, 1);

  add (f, gap);
  add (f, use_case);
  item = new_item (f, "Registry", 1, 4, start, 2);
  g_assert_true (fh_store_set (f->store, item, NULL, "cost", (gint64)1000, "owner", "Ana", NULL));
  add_link (f, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item), fh_gap_get_id (gap));
  add_link (f, FH_COLLECTION_ITEM_USE_CASES, fh_roadmap_item_get_id (item),
            fh_use_case_get_id (use_case));

  fh_store_get_models (f->store, &models);
  edit = fh_edit_split_item_by_stage (&models, item);
  apply_undo_redo (f, edit, "Split item by stage");

  /* Initial→Scalable is three items, each one stage, one after the other. */
  g_assert_cmpuint (count (f, FH_COLLECTION_ROADMAP), ==, 3);
  item = find_item (f, "Registry");
  second = find_item (f, "Registry: Reliable");
  third = find_item (f, "Registry: Scalable");
  g_assert_nonnull (item);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_cmpint (fh_roadmap_item_get_from_stage (item), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (item), ==, 2);
  g_assert_cmpint (fh_roadmap_item_get_from_stage (second), ==, 2);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (second), ==, 3);
  g_assert_cmpint (fh_roadmap_item_get_from_stage (third), ==, 3);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (third), ==, 4);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, start);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (second), ==, start + 2);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (third), ==, start + 4);
  g_assert_cmpstr (fh_roadmap_item_get_owner (third), ==, "Ana");
  /* The cost is shared out and adds up: 334 + 333 + 333. */
  g_assert_cmpint (fh_roadmap_item_get_cost (item), ==, 334);
  g_assert_cmpint (fh_roadmap_item_get_cost (second), ==, 333);
  g_assert_cmpint (fh_roadmap_item_get_cost (third), ==, 333);
  /* Every part closes the gap and serves the use case; each depends on the one before. */
  g_assert_cmpuint (count (f, FH_COLLECTION_ITEM_GAPS), ==, 3);
  g_assert_cmpuint (count (f, FH_COLLECTION_ITEM_USE_CASES), ==, 3);
  g_assert_true (
    has_link (f, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (third), fh_gap_get_id (gap)));
  g_assert_true (has_link (f, FH_COLLECTION_ITEM_USE_CASES, fh_roadmap_item_get_id (second),
                           fh_use_case_get_id (use_case)));
  g_assert_cmpuint (count (f, FH_COLLECTION_ITEM_DEPENDENCIES), ==, 2);
  g_assert_true (has_link (f, FH_COLLECTION_ITEM_DEPENDENCIES, fh_roadmap_item_get_id (second),
                           fh_roadmap_item_get_id (item)));
  g_assert_true (has_link (f, FH_COLLECTION_ITEM_DEPENDENCIES, fh_roadmap_item_get_id (third),
                           fh_roadmap_item_get_id (second)));
}

static void
test_move_after (Fixture *f, gconstpointer data)
{
  int            start = fh_quarter_make (2027, 2);
  FhRoadmapItem *first = new_item (f, "Tracking", 1, 2, start, 3);
  FhRoadmapItem *later = new_item (f, "Registry", 1, 2, start, 1);
  g_autoptr (FhEdit) edit = NULL;

  add_link (f, FH_COLLECTION_ITEM_DEPENDENCIES, fh_roadmap_item_get_id (later),
            fh_roadmap_item_get_id (first));
  edit = fh_edit_move_after (later, first);
  apply_undo_redo (f, edit, "Move item after its dependency");

  g_assert_cmpint (fh_roadmap_item_get_start_quarter (find_item (f, "Registry")), ==, start + 3);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (find_item (f, "Tracking")), ==, start);
}

static void
test_accept_draft (Fixture *f, gconstpointer data)
{
  g_autoptr (FhGap) gap = fh_gap_new ("Nobody speaks the same language");
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Predict late deliveries");
  g_autoptr (GPtrArray) draft = NULL;
  g_autoptr (FhEdit) edit = NULL;
  g_autofree gboolean *accepted = NULL;
  FhPlanModels         models;
  guint                n_added = 0, n_expected = 0, n_gap_links = 0, n_dependencies = 0;

  g_assert_true (fh_store_set (f->store, fh_store_get_info (f->store), NULL, "start-quarter",
                               fh_quarter_make (2027, 1), NULL));
  g_object_set (gap, "capability", "people-skills", "severity", 5, "kind", FH_GAP_KIND_PEOPLE,
                NULL);
  add (f, gap);
  /* An active use case: the draft climbs the core capabilities for it. */
  g_object_set (use_case, "impact", 3, "readiness", 2, "applicability", 2, NULL);
  add (f, use_case);

  fh_store_get_models (f->store, &models);
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, >=, 4);

  /* Leave out the second proposal: whatever follows it loses that dependency only. */
  accepted = g_new0 (gboolean, draft->len);
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem *proposed = draft->pdata[i];

      accepted[i] = i != 1;
      if (!accepted[i])
        continue;
      n_expected++;
      n_gap_links += proposed->gaps->len;
      if (proposed->depends_on >= 0 && accepted[proposed->depends_on])
        n_dependencies++;
    }
  edit = fh_edit_accept_draft (draft, accepted, &n_added);
  g_assert_cmpuint (n_added, ==, n_expected);
  apply_undo_redo (f, edit, "Accept draft roadmap");

  g_assert_cmpuint (count (f, FH_COLLECTION_ROADMAP), ==, n_expected);
  g_assert_cmpuint (n_gap_links, >=, 1);
  g_assert_cmpuint (count (f, FH_COLLECTION_ITEM_GAPS), ==, n_gap_links);
  g_assert_cmpuint (count (f, FH_COLLECTION_ITEM_DEPENDENCIES), ==, n_dependencies);
  g_assert_null (fh_store_lookup (f->store, FH_COLLECTION_ROADMAP,
                                  fh_roadmap_item_get_id (((FhDraftItem *)draft->pdata[1])->item)));
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem   *proposed = draft->pdata[i];
      gint64         id = fh_roadmap_item_get_id (proposed->item);
      FhRoadmapItem *item = fh_store_lookup (f->store, FH_COLLECTION_ROADMAP, id);

      if (!accepted[i])
        {
          g_assert_cmpint (id, ==, 0);
          continue;
        }
      g_assert_nonnull (item);
      g_assert_cmpstr (fh_roadmap_item_get_title (item), ==,
                       fh_roadmap_item_get_title (proposed->item));
      g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==,
                       fh_roadmap_item_get_start_quarter (proposed->item));
      for (guint k = 0; k < proposed->gaps->len; k++)
        g_assert_true (
          has_link (f, FH_COLLECTION_ITEM_GAPS, id, g_array_index (proposed->gaps, gint64, k)));
      if (proposed->depends_on >= 0 && accepted[proposed->depends_on])
        g_assert_true (has_link (
          f, FH_COLLECTION_ITEM_DEPENDENCIES, id,
          fh_roadmap_item_get_id (((FhDraftItem *)draft->pdata[proposed->depends_on])->item)));
    }
}

static void
test_save_baseline (Fixture *f, gconstpointer data)
{
  g_autoptr (FhAssessment) assessment = fh_assessment_new (fh_quarter_make (2027, 1));
  g_autoptr (FhEdit) first = NULL;
  g_autoptr (FhEdit) second = NULL;
  FhRoadmapItem *item;
  FhPlanModels   models;
  GListModel    *baseline = fh_store_get_model (f->store, FH_COLLECTION_BASELINE_ITEMS);
  guint          n_items = 0;

  add (f, assessment);
  item = new_item (f, "Registry", 1, 2, fh_quarter_make (2027, 1), 1);
  new_item (f, "Tracking", 0, 1, fh_quarter_make (2027, 2), 2);

  fh_store_get_models (f->store, &models);
  first = fh_edit_save_baseline (&models, assessment, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  apply_undo_redo (f, first, "Save the roadmap baseline for 2027-Q1");
  g_assert_cmpuint (count (f, FH_COLLECTION_BASELINE_ITEMS), ==, 2);

  /* Saving again replaces the baseline: the moved item's new start, nothing twice. */
  g_assert_true (
    fh_store_set (f->store, item, NULL, "start-quarter", fh_quarter_make (2027, 4), NULL));
  fh_store_get_models (f->store, &models);
  second = fh_edit_save_baseline (&models, assessment, &n_items);
  apply_undo_redo (f, second, "Save the roadmap baseline for 2027-Q1");
  g_assert_cmpuint (count (f, FH_COLLECTION_BASELINE_ITEMS), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (baseline); i++)
    {
      g_autoptr (FhBaselineItem) kept = g_list_model_get_item (baseline, i);

      g_assert_cmpint (fh_baseline_item_get_assessment (kept), ==,
                       fh_assessment_get_id (assessment));
      if (fh_baseline_item_get_item (kept) == fh_roadmap_item_get_id (item))
        g_assert_cmpint (fh_baseline_item_get_start_quarter (kept), ==, fh_quarter_make (2027, 4));
    }
}

static void
test_start_quarter (Fixture *f, gconstpointer data)
{
  g_autoptr (FhAssessment) previous = fh_assessment_new (fh_quarter_make (2027, 1));
  g_autoptr (FhScore) registry = NULL;
  g_autoptr (FhScore) monitoring = NULL;
  g_autoptr (FhEdit) edit = NULL;
  FhAssessment *started;
  GListModel   *scores = fh_store_get_model (f->store, FH_COLLECTION_SCORES);
  FhPlanModels  models;
  guint         n_carried = 0;

  add (f, previous);
  registry = fh_score_new (fh_assessment_get_id (previous), "registry", 2);
  g_object_set (registry, "evidence", "Models are versioned", "reason", "Audit", NULL);
  add (f, registry);
  monitoring = fh_score_new (fh_assessment_get_id (previous), "monitoring", 1);
  add (f, monitoring);

  fh_store_get_models (f->store, &models);
  edit = fh_edit_start_quarter (&models, fh_quarter_make (2027, 2), "2027-04-02");
  apply_undo_redo (f, edit, "Start the 2027-Q2 assessment");

  fh_store_get_models (f->store, &models);
  started = fh_maturity_find_assessment (&models, fh_quarter_make (2027, 2));
  g_assert_nonnull (started);
  g_assert_cmpstr (fh_assessment_get_date (started), ==, "2027-04-02");
  g_assert_cmpuint (count (f, FH_COLLECTION_ASSESSMENTS), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (scores), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr (FhScore) score = g_list_model_get_item (scores, i);

      if (fh_score_get_assessment (score) != fh_assessment_get_id (started))
        continue;
      n_carried++;
      g_assert_true (fh_score_get_carried_over (score));
      g_assert_cmpstr (fh_score_get_reason (score), ==, "");
      if (g_str_equal (fh_score_get_capability (score), "registry"))
        {
          g_assert_cmpint (fh_score_get_stage (score), ==, 2);
          g_assert_cmpstr (fh_score_get_evidence (score), ==, "Models are versioned");
        }
      else
        g_assert_cmpint (fh_score_get_stage (score), ==, 1);
    }
  g_assert_cmpuint (n_carried, ==, 2);
}

/* The first quarter has nothing to carry over: the assessment alone. */
static void
test_start_first_quarter (Fixture *f, gconstpointer data)
{
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  fh_store_get_models (f->store, &models);
  edit = fh_edit_start_quarter (&models, fh_quarter_make (2027, 1), "2027-01-05");
  g_assert_cmpuint (fh_edit_get_n_steps (edit), ==, 1);
  apply_undo_redo (f, edit, "Start the 2027-Q1 assessment");
  g_assert_cmpuint (count (f, FH_COLLECTION_ASSESSMENTS), ==, 1);
  g_assert_cmpuint (count (f, FH_COLLECTION_SCORES), ==, 0);
}

static FhOption *
new_option (Fixture *f, const char *capability, const char *name, gboolean chosen)
{
  g_autoptr (FhOption) option = fh_option_new (capability, name);

  g_object_set (option, "chosen", chosen, NULL);
  add (f, option);
  return fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (option));
}

static void
test_choose_option (Fixture *f, gconstpointer data)
{
  FhOption *managed = new_option (f, "registry", "Managed registry", TRUE);
  FhOption *built = new_option (f, "registry", "Built in-house", FALSE);
  FhOption *other = new_option (f, "monitoring", "Monitoring service", TRUE);
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  fh_store_get_models (f->store, &models);
  edit = fh_edit_choose_option (&models, built, "We keep the lineage in-house");
  apply_undo_redo (f, edit, "Choose option");

  managed = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (managed));
  built = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (built));
  other = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (other));
  g_assert_false (fh_option_get_chosen (managed));
  g_assert_true (fh_option_get_chosen (built));
  g_assert_cmpstr (fh_option_get_rationale (built), ==, "We keep the lineage in-house");
  /* Another capability's choice stays. */
  g_assert_true (fh_option_get_chosen (other));
}

static FhGap *
new_gap (Fixture *f, const char *title, int votes)
{
  g_autoptr (FhGap) gap = fh_gap_new (title);

  g_object_set (gap, "votes", votes, NULL);
  add (f, gap);
  return fh_store_lookup (f->store, FH_COLLECTION_GAPS, fh_gap_get_id (gap));
}

static void
test_reset_votes (Fixture *f, gconstpointer data)
{
  GListModel *gaps = fh_store_get_model (f->store, FH_COLLECTION_GAPS);
  g_autoptr (FhEdit) edit = NULL;
  g_autoptr (FhEdit) again = NULL;
  g_autoptr (GError) error = NULL;

  new_gap (f, "No tracking", 3);
  new_gap (f, "No registry", 0);
  new_gap (f, "No monitoring", 5);

  edit = fh_edit_reset_votes (gaps);
  g_assert_cmpuint (fh_edit_get_n_steps (edit), ==, 2);
  apply_undo_redo (f, edit, "Reset votes");
  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);

      g_assert_cmpint (fh_gap_get_votes (gap), ==, 0);
    }

  /* With no votes left there is nothing to do, and no undo step for it. */
  again = fh_edit_reset_votes (gaps);
  g_assert_cmpuint (fh_edit_get_n_steps (again), ==, 0);
  g_assert_true (fh_store_apply_edit (f->store, again, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fh_store_get_undo_label (f->store), ==, "Reset votes");
}

/* A step that is refused leaves the plan as it was: no row, no undo step, and the
 * records the edit added before it have no id again. */
static void
test_refused_step (Fixture *f, gconstpointer data)
{
  g_autoptr (FhGap) gap = fh_gap_new ("Added first");
  g_autoptr (FhUseCase) use_case = fh_use_case_new ("Churn");
  g_autoptr (FhEdit) edit = fh_edit_new ("Refused");
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *label = NULL;
  FhGap           *kept = new_gap (f, "Kept", 2);
  FhEditRef        added;

  label = g_strdup (fh_store_get_undo_label (f->store));
  before = snapshot (f);
  added = fh_edit_add (edit, gap);
  fh_edit_link (edit, FH_COLLECTION_ITEM_GAPS, FH_EDIT_REF_ID (999), added);
  fh_edit_add (edit, use_case);
  fh_edit_set (edit, kept, "votes", 7, NULL);

  g_assert_false (fh_store_apply_edit (f->store, edit, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (fh_store_get_undo_label (f->store), ==, label);
  g_assert_cmpint (fh_gap_get_id (gap), ==, 0);
  g_assert_cmpint (fh_use_case_get_id (use_case), ==, 0);
  g_assert_cmpint (fh_gap_get_votes (kept), ==, 2);
  g_assert_false (fh_store_can_redo (f->store));
}

/* A value refused by the plan's rules names the field and changes nothing. */
static void
test_refused_value (Fixture *f, gconstpointer data)
{
  FhGap *first = new_gap (f, "First", 1);
  FhGap *second = new_gap (f, "Second", 1);
  g_autoptr (FhEdit) edit = fh_edit_new ("Rename");
  g_autoptr (GError) error = NULL;
  g_autofree char *before = snapshot (f);
  g_autofree char *after = NULL;

  fh_edit_set (edit, first, "title", "Renamed", NULL);
  fh_edit_set (edit, second, "title", "", NULL);
  g_assert_false (fh_store_apply_edit (f->store, edit, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID);
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (fh_gap_get_title (first), ==, "First");
}

/* An edit built before the plan changed under it is refused as a whole. */
static void
test_stale_edit (Fixture *f, gconstpointer data)
{
  GListModel *gaps = fh_store_get_model (f->store, FH_COLLECTION_GAPS);
  g_autoptr (FhGap) gone = g_object_ref (new_gap (f, "Gone", 4));
  FhGap *stays = new_gap (f, "Stays", 3);
  g_autoptr (FhEdit) edit = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  edit = fh_edit_reset_votes (gaps);
  g_assert_true (fh_store_remove (f->store, gone, &error));
  g_assert_no_error (error);
  before = snapshot (f);

  g_assert_false (fh_store_apply_edit (f->store, edit, &error));
  g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (fh_gap_get_votes (stays), ==, 3);
  g_assert_cmpstr (fh_store_get_undo_label (f->store), ==, "Delete gap");
}

/* A record added in an edit can be changed and removed again later in the same
 * edit; one that is removed never reaches the plan. */
static void
test_refer_to_added (Fixture *f, gconstpointer data)
{
  g_autoptr (FhGap) gap = fh_gap_new ("Draft gap");
  g_autoptr (FhGap) scratch = fh_gap_new ("Scratch");
  g_autoptr (FhRoadmapItem) item = fh_roadmap_item_new ("Close it", "registry", 2027 * 4);
  g_autoptr (FhEdit) edit = fh_edit_new ("Capture");
  FhEditRef gap_ref, item_ref;

  gap_ref = fh_edit_add (edit, gap);
  item_ref = fh_edit_add (edit, item);
  fh_edit_add (edit, scratch);
  fh_edit_set (edit, gap, "votes", 2, NULL);
  fh_edit_link (edit, FH_COLLECTION_ITEM_GAPS, item_ref, gap_ref);
  fh_edit_remove (edit, scratch);
  g_assert_cmpuint (fh_edit_get_n_steps (edit), ==, 6);
  g_assert_true (fh_edit_get_step (edit, 4)->kind == FH_EDIT_LINK);
  apply_undo_redo (f, edit, "Capture");

  g_assert_cmpuint (count (f, FH_COLLECTION_GAPS), ==, 1);
  g_assert_cmpint (fh_gap_get_id (scratch), ==, 0);
  g_assert_cmpint (
    fh_gap_get_votes (fh_store_lookup (f->store, FH_COLLECTION_GAPS, fh_gap_get_id (gap))), ==, 2);
  g_assert_true (
    has_link (f, FH_COLLECTION_ITEM_GAPS, fh_roadmap_item_get_id (item), fh_gap_get_id (gap)));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/foothold/edit/split-item-by-stage", test_split_item_by_stage);
  ADD ("/foothold/edit/move-after", test_move_after);
  ADD ("/foothold/edit/accept-draft", test_accept_draft);
  ADD ("/foothold/edit/save-baseline", test_save_baseline);
  ADD ("/foothold/edit/start-quarter", test_start_quarter);
  ADD ("/foothold/edit/start-first-quarter", test_start_first_quarter);
  ADD ("/foothold/edit/choose-option", test_choose_option);
  ADD ("/foothold/edit/reset-votes", test_reset_votes);
  ADD ("/foothold/edit/refused-step", test_refused_step);
  ADD ("/foothold/edit/refused-value", test_refused_value);
  ADD ("/foothold/edit/stale-edit", test_stale_edit);
  ADD ("/foothold/edit/refer-to-added", test_refer_to_added);
#undef ADD

  return g_test_run ();
}
