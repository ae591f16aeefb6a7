/* test-draft.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "foothold-core.h"
#include "fh-store.h"

/* Accepts every proposal, with the operation the preview's Accept button runs. */
static void
accept_all (FhStore *store, GPtrArray *draft)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = NULL;
  guint n_added = 0;
  guint n_before = g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP));

  edit = fh_edit_accept_draft (draft, NULL, &n_added);
  g_assert_cmpuint (n_added, ==, draft->len);
  g_assert_true (fh_store_apply_edit (store, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fh_store_get_undo_label (store), ==, "Accept draft roadmap");
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP)),
                    ==, n_before + draft->len);

  /* Every proposal is in the plan with its links. */
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem *proposed = draft->pdata[i];
      gint64       id = fh_roadmap_item_get_id (proposed->item);

      g_assert_true (fh_store_lookup (store, FH_COLLECTION_ROADMAP, id) == proposed->item);
      if (proposed->depends_on >= 0)
        {
          FhDraftItem *dependency = draft->pdata[proposed->depends_on];
          gint64       target = fh_roadmap_item_get_id (dependency->item);
          GListModel  *links = fh_store_get_model (store, FH_COLLECTION_ITEM_DEPENDENCIES);
          gboolean     found = FALSE;

          for (guint k = 0, n = g_list_model_get_n_items (links); k < n && !found; k++)
            {
              g_autoptr (FhLink) link = g_list_model_get_item (links, k);

              found = fh_link_get_source (link) == id && fh_link_get_target (link) == target;
            }
          g_assert_true (found);
        }
    }
}

static void
check_draft_shape (FhStore *store, GPtrArray *draft)
{
  FhPlanInfo *info = fh_store_get_info (store);
  GListModel *items = fh_store_get_model (store, FH_COLLECTION_ROADMAP);
  g_autoptr (GHashTable) per_quarter = g_hash_table_new (NULL, NULL);

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      int q = fh_roadmap_item_get_start_quarter (item);

      g_hash_table_insert (
        per_quarter, GINT_TO_POINTER (q),
        GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (per_quarter, GINT_TO_POINTER (q))) +
                         1));
    }

  for (guint i = 0; i < draft->len; i++)
    {
      FhRoadmapItem *item = ((FhDraftItem *)draft->pdata[i])->item;
      int            q = fh_roadmap_item_get_start_quarter (item);

      g_assert_cmpint (
        fh_roadmap_item_get_target_stage (item) - fh_roadmap_item_get_from_stage (item), ==, 1);
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (per_quarter, GINT_TO_POINTER (q))), <=,
                       MAX (fh_plan_info_get_draft_per_quarter (info),
                            /* a quarter the team had filled already stays as it was */
                            0));
    }
}

static void
assert_no_errors (FhStore *store)
{
  FhPlanModels models;
  g_autoptr (GPtrArray) findings = NULL;

  fh_store_get_models (store, &models);
  findings = fh_rules_check (&models);
  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];

      if (finding->severity == FH_SEVERITY_ERROR)
        g_test_message ("%s: %s", finding->rule_id, finding->message);
    }
  g_assert_cmpuint (fh_rules_count (findings, FH_SEVERITY_ERROR), ==, 0);
}

/* No findings of the draft's own: the rules over the plan with the draft accepted find
 * nothing the plan did not have. */
static void
assert_draft_passes (FhPlanModels *models, GPtrArray *draft)
{
  g_autoptr (GPtrArray) added = fh_draft_new_findings (models, draft, NULL);

  for (guint i = 0; i < added->len; i++)
    g_test_message ("%s: %s", ((FhFinding *)added->pdata[i])->rule_id,
                    ((FhFinding *)added->pdata[i])->message);
  g_assert_cmpuint (added->len, ==, 0);
}

static void
test_draft_demo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (GPtrArray) draft = NULL;
  FhPlanModels models;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, >, 0);
  assert_draft_passes (&models, draft);
  accept_all (store, draft);
  check_draft_shape (store, draft);
  assert_no_errors (store);

  /* Accepting was one step. */
  g_assert_true (fh_store_undo (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_ROADMAP)),
                    ==, 11);
}

static FhUseCase *
add_use_case (FhStore *store)
{
  g_autoptr (GError) error = NULL;
  FhUseCase *use_case = fh_use_case_new ("Predict late deliveries");

  g_object_set (use_case, "impact", 3, "readiness", 2, "applicability", 2, NULL);
  g_assert_true (fh_store_add (store, use_case, &error));
  g_assert_no_error (error);
  return use_case;
}

static void
test_draft_hand_checked (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhGap) gap = fh_gap_new ("Nobody speaks the same language");
  g_autoptr (FhUseCase) use_case = NULL;
  g_autoptr (GPtrArray) draft = NULL;
  g_autofree char *intro = NULL;
  FhPlanModels     models;
  FhRoadmapItem   *item;
  guint            n_people = 0;

  g_assert_no_error (error);
  g_assert_true (
    fh_store_set (store, fh_store_get_info (store), &error, "start-quarter", 2027 * 4, NULL));
  fh_store_get_models (store, &models);

  /* An empty plan: no use case, no gap, nothing to climb for. Discovery first. */
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, ==, 0);
  intro = fh_draft_intro_text (&models, draft);
  g_assert_nonnull (strstr (intro, "discovery comes first"));
  g_clear_pointer (&draft, g_ptr_array_unref);
  g_clear_pointer (&intro, g_free);

  /* An open people gap and still no use case: the people work, and nothing untraced. */
  g_object_set (gap, "capability", "people-skills", "severity", 5, "kind", FH_GAP_KIND_PEOPLE,
                NULL);
  g_assert_true (fh_store_add (store, gap, &error));
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, ==, 1);
  item = ((FhDraftItem *)draft->pdata[0])->item;
  g_assert_cmpstr (fh_roadmap_item_get_capability (item), ==, "people-skills");
  g_assert_cmpint (fh_roadmap_item_get_from_stage (item), ==, 0);
  g_assert_cmpint (fh_roadmap_item_get_target_stage (item), ==, 1);
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), ==, 2027 * 4);
  g_assert_cmpuint (((FhDraftItem *)draft->pdata[0])->gaps->len, ==, 1);
  g_assert_false (((FhDraftItem *)draft->pdata[0])->intent);
  assert_draft_passes (&models, draft);
  g_clear_pointer (&draft, g_ptr_array_unref);

  /* An active use case: every core capability aims one stage above today (Not yet, so
   * Initial), three a quarter, people first; nothing climbs further. */
  use_case = add_use_case (store);
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, >=, 3);
  g_assert_cmpstr (fh_roadmap_item_get_capability (((FhDraftItem *)draft->pdata[0])->item), ==,
                   "people-skills");
  g_assert_cmpstr (fh_roadmap_item_get_capability (((FhDraftItem *)draft->pdata[1])->item), ==,
                   "business-alignment");
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (((FhDraftItem *)draft->pdata[3])->item), ==,
                   2027 * 4 + 1);
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem *proposed = draft->pdata[i];
      int          q = fh_roadmap_item_get_start_quarter (proposed->item);

      g_assert_cmpint (fh_roadmap_item_get_target_stage (proposed->item), ==, 1);
      /* The next three quarters in detail, the rest intent. */
      g_assert_cmpint (proposed->intent, ==, q >= 2027 * 4 + FH_DRAFT_DETAIL_QUARTERS);
      if (g_str_equal (fh_roadmap_item_get_capability (proposed->item), "people-skills"))
        n_people++;
    }
  g_assert_cmpuint (n_people, ==, 1);
  assert_draft_passes (&models, draft);

  accept_all (store, draft);
  assert_no_errors (store);
}

/* The team's targets, capacity and horizon: experimentation at Repeatable brings the
 * stage its prerequisites need first (business alignment at Initial), one item a
 * quarter, and nothing past the horizon. */
static void
test_draft_targets (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhUseCase) use_case = NULL;
  g_autoptr (GPtrArray) draft = NULL;
  static const FhDraftTarget targets[] = { { "experimentation", 2 } };
  FhDraftOptions             options = { targets, G_N_ELEMENTS (targets), 4, 1, 2 };
  /* targets, n_targets, horizon_quarters, capacity, detail_quarters */
  FhPlanModels models;
  guint        n_experimentation = 0, n_alignment = 0;

  g_assert_no_error (error);
  g_assert_true (
    fh_store_set (store, fh_store_get_info (store), &error, "start-quarter", 2027 * 4, NULL));
  use_case = add_use_case (store);
  fh_store_get_models (store, &models);

  draft = fh_draft_propose_with (&models, &options);
  g_assert_cmpuint (draft->len, ==, 3);
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem *proposed = draft->pdata[i];
      const char  *cap = fh_roadmap_item_get_capability (proposed->item);

      g_assert_cmpint (fh_roadmap_item_get_start_quarter (proposed->item), ==, 2027 * 4 + i);
      g_assert_cmpint (proposed->intent, ==, i >= 2);
      if (g_str_equal (cap, "experimentation"))
        n_experimentation++;
      else if (g_str_equal (cap, "business-alignment"))
        n_alignment++;
    }
  /* Business alignment first (catalog order breaks the tie), then experimentation to
   * Initial and, in the third quarter, to Repeatable; nothing else. */
  g_assert_cmpstr (fh_roadmap_item_get_capability (((FhDraftItem *)draft->pdata[0])->item), ==,
                   "business-alignment");
  g_assert_cmpstr (fh_roadmap_item_get_capability (((FhDraftItem *)draft->pdata[2])->item), ==,
                   "experimentation");
  g_assert_cmpint (fh_roadmap_item_get_target_stage (((FhDraftItem *)draft->pdata[2])->item), ==,
                   2);
  g_assert_cmpuint (n_experimentation, ==, 2);
  g_assert_cmpuint (n_alignment, ==, 1);
  assert_draft_passes (&models, draft);
  g_clear_pointer (&draft, g_ptr_array_unref);

  /* A horizon of two quarters stops short of the target. */
  options.horizon_quarters = 2;
  draft = fh_draft_propose_with (&models, &options);
  g_assert_cmpuint (draft->len, ==, 2);
  for (guint i = 0; i < draft->len; i++)
    g_assert_cmpint (fh_roadmap_item_get_target_stage (((FhDraftItem *)draft->pdata[i])->item), ==,
                     1);
}

/* A regression: an item took experimentation to Repeatable, the later assessment says
 * Initial. The draft climbs from the assessment, as the rules do. */
static void
test_draft_regression (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
  g_autoptr (FhUseCase) use_case = NULL;
  g_autoptr (FhRoadmapItem) done = fh_roadmap_item_new ("Tracking", "experimentation", 2027 * 4);
  g_autoptr (FhAssessment) assessment = fh_assessment_new (2027 * 4 + 1);
  g_autoptr (GPtrArray) draft = NULL;
  GListModel  *caps;
  FhPlanModels models;
  gboolean     seen = FALSE;

  g_assert_no_error (error);
  g_assert_true (
    fh_store_set (store, fh_store_get_info (store), &error, "start-quarter", 2027 * 4, NULL));
  use_case = add_use_case (store);
  g_object_set (done, "from-stage", 1, "target-stage", 2, "status", FH_ITEM_STATUS_DONE, NULL);
  g_assert_true (fh_store_add (store, done, &error));
  g_assert_true (fh_store_add (store, assessment, &error));
  caps = fh_store_get_model (store, FH_COLLECTION_CAPABILITIES);
  for (guint i = 0, n = g_list_model_get_n_items (caps); i < n; i++)
    {
      g_autoptr (FhCapability) cap = g_list_model_get_item (caps, i);
      g_autoptr (FhScore) score =
        fh_score_new (fh_assessment_get_id (assessment), fh_capability_get_id (cap), 1);

      g_assert_true (fh_store_add (store, score, &error));
    }

  fh_store_get_models (store, &models);
  draft = fh_draft_propose (&models);
  for (guint i = 0; i < draft->len; i++)
    {
      FhRoadmapItem *item = ((FhDraftItem *)draft->pdata[i])->item;

      g_assert_cmpint (fh_roadmap_item_get_start_quarter (item), >=, 2027 * 4 + 2);
      if (g_str_equal (fh_roadmap_item_get_capability (item), "experimentation"))
        {
          g_assert_cmpint (fh_roadmap_item_get_from_stage (item), ==, 1);
          g_assert_cmpint (fh_roadmap_item_get_target_stage (item), ==, 2);
          seen = TRUE;
        }
    }
  g_assert_true (seen);
  assert_draft_passes (&models, draft);
}

static void
test_draft_generated (void)
{
  for (guint32 seed = 1; seed <= 40; seed++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (FhStore) store = fh_store_new_plan (NULL, &error);
      g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr (FhAssessment) assessment = fh_assessment_new (2026 * 4 + 3);
      g_autoptr (FhUseCase) use_case = NULL;
      g_autoptr (GPtrArray) draft = NULL;
      GListModel  *caps = fh_store_get_model (store, FH_COLLECTION_CAPABILITIES);
      FhPlanModels models;

      g_assert_true (fh_store_set (store, fh_store_get_info (store), &error, "start-quarter",
                                   2027 * 4, "horizon-years", g_rand_int_range (rand, 1, 5),
                                   "draft-per-quarter", g_rand_int_range (rand, 1, 6), NULL));
      g_assert_true (fh_store_add (store, assessment, &error));
      for (guint i = 0, n = g_list_model_get_n_items (caps); i < n; i++)
        {
          g_autoptr (FhCapability) cap = g_list_model_get_item (caps, i);
          g_autoptr (FhScore) score =
            fh_score_new (fh_assessment_get_id (assessment), fh_capability_get_id (cap),
                          g_rand_int_range (rand, 0, 3));

          g_assert_true (fh_store_add (store, score, &error));
          if (g_rand_boolean (rand))
            {
              g_autoptr (FhGap) gap = fh_gap_new ("A gap");

              g_object_set (gap, "capability", fh_capability_get_id (cap), "severity",
                            g_rand_int_range (rand, 1, 6), "votes", g_rand_int_range (rand, 0, 10),
                            NULL);
              g_assert_true (fh_store_add (store, gap, &error));
            }
        }

      /* Half the plans have an active use case. */
      if (seed % 2 == 0)
        use_case = add_use_case (store);

      fh_store_get_models (store, &models);
      draft = fh_draft_propose (&models);
      assert_draft_passes (&models, draft);
      accept_all (store, draft);
      assert_no_errors (store);
    }
}

/* A proposal shows its capability's chosen option's cost, and no own estimate. */
static void
test_draft_option_cost (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (GPtrArray) draft = NULL;
  FhPlanModels models;
  guint        n_with_option = 0;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);
  draft = fh_draft_propose (&models);
  g_assert_cmpuint (draft->len, >, 0);

  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem *proposed = draft->pdata[i];
      const char  *cap = fh_roadmap_item_get_capability (proposed->item);
      gint64       total = fh_tco_chosen_total (&models, cap);

      g_assert_cmpint (fh_roadmap_item_get_cost (proposed->item), ==, 0);
      if (total < 0)
        {
          g_assert_cmpint (proposed->option, ==, 0);
          g_assert_cmpint (proposed->option_cost, ==, 0);
        }
      else
        {
          g_assert_cmpint (proposed->option, !=, 0);
          g_assert_cmpint (proposed->option_cost, ==, total);
          n_with_option++;
        }
    }
  g_test_message ("%u of %u proposals carry a chosen option's cost", n_with_option, draft->len);
}

/* The draft climbs from where the latest assessment puts a capability; one it does not
 * assess has no known start, so the draft leaves it to the team rather than start it
 * at Not yet. */
static void
test_draft_not_assessed (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (GPtrArray) draft = NULL;
  GListModel  *roadmap = fh_store_get_model (store, FH_COLLECTION_ROADMAP);
  const char  *chosen = NULL;
  FhPlanModels models;
  FhScore     *score;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);
  draft = fh_draft_propose (&models);

  /* A capability the draft proposes for and the roadmap has no item of. */
  for (guint i = 0; chosen == NULL && i < draft->len; i++)
    {
      const char *id = fh_roadmap_item_get_capability (((FhDraftItem *)draft->pdata[i])->item);
      gboolean    planned = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (roadmap); j++)
        {
          g_autoptr (FhRoadmapItem) item = g_list_model_get_item (roadmap, j);

          planned |= g_str_equal (fh_roadmap_item_get_capability (item), id);
        }
      if (!planned)
        chosen = g_intern_string (id);
    }
  g_assert_nonnull (chosen);

  score =
    fh_maturity_find_score (&models, fh_assessment_get_id (fh_maturity_latest (&models)), chosen);
  g_assert_nonnull (score);
  g_assert_true (fh_store_remove (store, score, &error));
  g_assert_no_error (error);

  g_clear_pointer (&draft, g_ptr_array_unref);
  draft = fh_draft_propose (&models);
  for (guint i = 0; i < draft->len; i++)
    g_assert_cmpstr (fh_roadmap_item_get_capability (((FhDraftItem *)draft->pdata[i])->item), !=,
                     chosen);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/draft/demo", test_draft_demo);
  g_test_add_func ("/foothold/draft/not-assessed", test_draft_not_assessed);
  g_test_add_func ("/foothold/draft/hand-checked", test_draft_hand_checked);
  g_test_add_func ("/foothold/draft/targets", test_draft_targets);
  g_test_add_func ("/foothold/draft/regression", test_draft_regression);
  g_test_add_func ("/foothold/draft/generated", test_draft_generated);
  g_test_add_func ("/foothold/draft/option-cost", test_draft_option_cost);

  return g_test_run ();
}
