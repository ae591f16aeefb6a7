/* fh-needs.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-needs.h"

#include "fh-maturity.h"
#include "fh-model.h"
#include "fh-pipeline.h"
#include "fh-plan-index-private.h"
#include "fh-roadmap-item.h"

/* What a use case's models and pipelines ask of the catalog (docs/domain.md section 3,
 * "What a use case needs"). Each row: when it applies, which capability, which stage,
 * and the sentence the window shows as the reason. A capability the plan's catalog
 * does not have is left out. */
typedef enum
{
  WHEN_ANY_MODEL,
  WHEN_SERVING,    /* value: FhServingMode */
  WHEN_RETRAINING, /* value: FhRetraining */
  WHEN_PIPELINE,   /* value: FhPipelineKind */
  WHEN_PIPELINES,  /* value: at least this many pipelines */
} When;

typedef struct
{
  When        when;
  int         value;
  const char *capability;
  int         stage;
  const char *reason;
} Mapping;

static const Mapping mapping[] = {
  { WHEN_ANY_MODEL, 0, "business-alignment", 2,
    N_("a model goes live against a KPI with a baseline and a target") },
    { WHEN_ANY_MODEL, 0, "experimentation", 2,
      N_("a model that goes live must come from a tracked run") },
      { WHEN_ANY_MODEL, 0, "registry", 2,
        N_("a model that goes live is registered with its version") },
        { WHEN_ANY_MODEL, 0, "monitoring", 1,
          N_("what to watch is written down before going live") },
          { WHEN_ANY_MODEL, 0, "deployment", 1, N_("a model is deployed somewhere") },
            { WHEN_SERVING, FH_SERVING_MODE_BATCH, "deployment", 2,
              N_("batch scoring is deployed by a script that can be repeated") },
              { WHEN_SERVING, FH_SERVING_MODE_BATCH, "pipelines", 2,
                N_("batch scoring runs as its own pipeline") },
                { WHEN_SERVING, FH_SERVING_MODE_ONLINE, "deployment", 3,
                  N_("an online model needs staged rollout and rollback") },
                  { WHEN_SERVING, FH_SERVING_MODE_ONLINE, "monitoring", 2,
                    N_("an online model needs service health and prediction logs") },
                    { WHEN_SERVING, FH_SERVING_MODE_STREAMING, "deployment", 3,
                      N_("a streaming model needs staged rollout and rollback") },
                      { WHEN_SERVING, FH_SERVING_MODE_STREAMING, "monitoring", 2,
                        N_("a streaming model needs service health and prediction logs") },
                        { WHEN_SERVING, FH_SERVING_MODE_STREAMING, "data", 3,
                          N_("streamed data is checked before inference") },
                          { WHEN_SERVING, FH_SERVING_MODE_EDGE, "deployment", 3,
                            N_("a model on devices needs staged rollout and rollback") },
                            { WHEN_SERVING, FH_SERVING_MODE_EDGE, "registry", 3,
                              N_("a model on devices must trace to what built it, with rollback tested") },
                              { WHEN_RETRAINING, FH_RETRAINING_BY_HAND, "pipelines", 2,
                                N_("retraining by hand still runs one parameterised pipeline") },
                                { WHEN_RETRAINING, FH_RETRAINING_SCHEDULE, "pipelines", 3,
                                  N_("retraining on a schedule needs pipelines started by triggers") },
                                  { WHEN_RETRAINING, FH_RETRAINING_TRIGGER, "pipelines", 3,
                                    N_("retraining on a trigger needs pipelines started by triggers") },
                                    { WHEN_RETRAINING, FH_RETRAINING_TRIGGER, "monitoring", 3,
                                      N_("retraining on drift or a KPI needs drift and KPI alerts with an owner") },
                                      { WHEN_PIPELINE, FH_PIPELINE_KIND_DATA, "data", 2,
                                        N_("a data pipeline reads catalogued, governed sources") },
                                        { WHEN_PIPELINE, FH_PIPELINE_KIND_FEATURES, "features", 2,
                                          N_("a feature pipeline needs versioned, shared feature code") },
                                          { WHEN_PIPELINE, FH_PIPELINE_KIND_TRAINING, "pipelines",
                                            2, N_("training runs as a parameterised pipeline") },
                                            { WHEN_PIPELINE, FH_PIPELINE_KIND_EVALUATION,
                                              "source-control", 2,
                                              N_("an evaluation pipeline's steps are tested in CI") },
                                              { WHEN_PIPELINE, FH_PIPELINE_KIND_INFERENCE,
                                                "deployment", 2,
                                                N_("an inference pipeline is deployed by a script that can be repeated") },
                                                { WHEN_PIPELINE, FH_PIPELINE_KIND_MONITORING,
                                                  "monitoring", 2,
                                                  N_("a monitoring pipeline stores metrics per model version") },
                                                  { WHEN_PIPELINES, 2, "source-control", 2,
                                                    N_("several pipelines share a standard layout and reviewed code") },
                                                };

/**
 * fh_needs_is_prioritised:
 *
 * Returns: whether the team prioritised @use_case: approved, in progress or live.
 *   Its needs are targets; a proposed or parked one sets none.
 */
gboolean
fh_needs_is_prioritised (FhUseCase *use_case)
{
  FhUseCaseStatus status = fh_use_case_get_status (use_case);

  return status == FH_USE_CASE_STATUS_APPROVED || status == FH_USE_CASE_STATUS_IN_PROGRESS ||
         status == FH_USE_CASE_STATUS_LIVE;
}

static gboolean
applies (const Mapping *row, GPtrArray *models, GPtrArray *pipelines)
{
  switch (row->when)
    {
    case WHEN_ANY_MODEL:
      return models->len > 0;
    case WHEN_SERVING:
      for (guint i = 0; i < models->len; i++)
        if ((int)fh_model_get_serving (models->pdata[i]) == row->value)
          return TRUE;
      return FALSE;
    case WHEN_RETRAINING:
      for (guint i = 0; i < models->len; i++)
        if ((int)fh_model_get_retraining (models->pdata[i]) == row->value)
          return TRUE;
      return FALSE;
    case WHEN_PIPELINE:
      for (guint i = 0; i < pipelines->len; i++)
        if ((int)fh_pipeline_get_kind (pipelines->pdata[i]) == row->value)
          return TRUE;
      return FALSE;
    case WHEN_PIPELINES:
      return pipelines->len >= (guint)row->value;
    default:
      g_return_val_if_reached (FALSE);
    }
}

static GPtrArray *
records_of (const FhPlanModels *models, FhCollection collection, gint64 use_case)
{
  GListModel *list = models->models[collection];
  guint       n = list != NULL ? g_list_model_get_n_items (list) : 0;
  GPtrArray  *mine = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GObject *record = g_list_model_get_item (list, i);
      gint64   owner = 0;

      g_object_get (record, "use-case", &owner, NULL);
      if (owner == use_case)
        g_ptr_array_add (mine, record);
      else
        g_object_unref (record);
    }

  return mine;
}

/* The end quarter of the first item that brings @capability to @stage after the latest
 * assessment; 0 when that assessment has it there already. An item that ended by the
 * latest assessment is in it: the assessment wins. */
static int
reached_by (const FhPlanModels *models, FhPlanIndex *index, const char *capability, int stage)
{
  GListModel *items = models->models[FH_COLLECTION_ROADMAP];
  guint       n = items != NULL ? g_list_model_get_n_items (items) : 0;
  int         pos = fh_plan_index_find (index, capability);
  int         best = FH_NEEDS_NEVER;

  if (pos >= 0 && index->assessed[pos] >= stage)
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      int end = fh_maturity_item_end_quarter (item);

      if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_DROPPED ||
          fh_roadmap_item_get_target_stage (item) < stage ||
          g_strcmp0 (fh_roadmap_item_get_capability (item), capability) != 0 ||
          (index->latest_quarter != 0 && end <= index->latest_quarter))
        continue;
      if (best == FH_NEEDS_NEVER || end < best)
        best = end;
    }

  return best;
}

/**
 * fh_needs_for_use_case:
 * @models: the plan
 * @use_case: a use case id
 *
 * Maps the use case's models and pipelines onto the plan's catalog (docs/domain.md
 * section 3) and says for each need when the roadmap reaches it.
 *
 * Returns: (transfer full) (element-type FhNeed): one row per capability the use case
 *   needs above Not yet, in catalog order; empty when it has no model
 */
GArray *
fh_needs_for_use_case (const FhPlanModels *models, gint64 use_case)
{
  g_autoptr (GPtrArray) mine = NULL;
  g_autoptr (GPtrArray) pipelines = NULL;
  GArray     *needs = g_array_new (FALSE, TRUE, sizeof (FhNeed));
  FhPlanIndex index = { 0 };
  FhNeed     *by_cap;
  guint       n_caps;

  g_return_val_if_fail (models != NULL, needs);

  mine = records_of (models, FH_COLLECTION_MODELS, use_case);
  pipelines = records_of (models, FH_COLLECTION_PIPELINES, use_case);
  fh_plan_index_init (&index, models, 0);
  n_caps = index.capabilities->len;
  by_cap = g_new0 (FhNeed, MAX (n_caps, 1));

  for (guint r = 0; r < G_N_ELEMENTS (mapping); r++)
    {
      const Mapping *row = &mapping[r];
      int            pos = fh_plan_index_find (&index, row->capability);

      if (pos < 0 || by_cap[pos].stage >= row->stage || !applies (row, mine, pipelines))
        continue;
      by_cap[pos].capability = row->capability;
      by_cap[pos].stage = row->stage;
      by_cap[pos].reason = _(row->reason);
    }

  for (guint c = 0; c < n_caps; c++)
    if (by_cap[c].stage > 0)
      {
        by_cap[c].reached = reached_by (models, &index, by_cap[c].capability, by_cap[c].stage);
        g_array_append_val (needs, by_cap[c]);
      }

  g_free (by_cap);
  fh_plan_index_clear (&index);
  return needs;
}

/**
 * fh_needs_ready_quarter:
 * @needs: (element-type FhNeed): from fh_needs_for_use_case()
 *
 * Returns: the first quarter the use case can go live in: the one after the roadmap
 *   reaches the last of its needs; 0 when every need is reached already;
 *   %FH_NEEDS_NEVER when the roadmap does not reach one of them
 */
int
fh_needs_ready_quarter (GArray *needs)
{
  int last = 0;

  for (guint i = 0; i < needs->len; i++)
    {
      const FhNeed *need = &g_array_index (needs, FhNeed, i);

      if (need->reached == FH_NEEDS_NEVER)
        return FH_NEEDS_NEVER;
      last = MAX (last, need->reached);
    }

  return last > 0 ? last + 1 : 0;
}

/**
 * fh_needs_blocked_until:
 *
 * Returns: 0 when @use_case is not blocked (its needs are reached, or it is live);
 *   otherwise the quarter it can go live in, or %FH_NEEDS_NEVER
 */
int
fh_needs_blocked_until (const FhPlanModels *models, FhUseCase *use_case)
{
  g_autoptr (GArray) needs = NULL;

  if (fh_use_case_get_status (use_case) == FH_USE_CASE_STATUS_LIVE)
    return 0;

  needs = fh_needs_for_use_case (models, fh_use_case_get_id (use_case));
  return fh_needs_ready_quarter (needs);
}

/**
 * fh_needs_targets:
 * @models: the plan
 *
 * The stage each capability must reach for every prioritised use case to go live:
 * the highest need among them. The draft aims at these.
 *
 * Returns: (transfer full): capability id (static) → stage (GINT_TO_POINTER); a
 *   capability no prioritised use case needs is absent
 */
GHashTable *
fh_needs_targets (const FhPlanModels *models)
{
  GHashTable *targets = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];
  guint       n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      g_autoptr (GArray) needs = NULL;

      if (!fh_needs_is_prioritised (use_case))
        continue;
      needs = fh_needs_for_use_case (models, fh_use_case_get_id (use_case));
      for (guint j = 0; j < needs->len; j++)
        {
          const FhNeed *need = &g_array_index (needs, FhNeed, j);
          int           have = GPOINTER_TO_INT (g_hash_table_lookup (targets, need->capability));

          if (need->stage > have)
            g_hash_table_insert (targets, (gpointer)need->capability,
                                 GINT_TO_POINTER (need->stage));
        }
    }

  return targets;
}
