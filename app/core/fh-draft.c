/* fh-draft.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-draft.h"
#include "fh-draft-private.h"

#include "fh-gap.h"
#include "fh-plan-index-private.h"
#include "fh-plan-info.h"
#include "fh-prerequisite.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-scoring.h"
#include "fh-tco.h"
#include "fh-use-case.h"

#define MAX_LINKED_USE_CASES 3

void
fh_draft_item_free (FhDraftItem *item)
{
  if (item == NULL)
    return;

  g_clear_object (&item->item);
  g_clear_pointer (&item->gaps, g_array_unref);
  g_clear_pointer (&item->use_cases, g_array_unref);
  g_free (item);
}

/* The stage @cap has reached before @quarter begins. */
int
fh_draft_known_stage (Draft *draft, int cap, int quarter, int drafted)
{
  GArray *existing = draft->existing[cap];
  int     stage = MAX (draft->index.assessed[cap], drafted);

  for (guint i = 0; i < existing->len; i++)
    if (g_array_index (existing, Reach, i).end < quarter)
      stage = MAX (stage, g_array_index (existing, Reach, i).stage);

  return stage;
}

typedef struct
{
  double priority;
  int    cap;
  int    stage;
} Candidate;

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  /* One stage at a time across the plan: lower next stages first, then priority. */
  if (ca->stage != cb->stage)
    return ca->stage - cb->stage;
  if (ca->priority != cb->priority)
    return ca->priority < cb->priority ? 1 : -1;
  return ca->cap - cb->cap;
}

typedef struct
{
  gint64 id;
  double priority;
} Ranked;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->priority != rb->priority)
    return ra->priority < rb->priority ? 1 : -1;
  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

void
fh_draft_load (Draft *draft, const FhPlanModels *models, int drafted_stage[])
{
  GListModel *items = models->models[FH_COLLECTION_ROADMAP];
  GListModel *gaps = models->models[FH_COLLECTION_GAPS];
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];
  GListModel *prereqs = models->models[FH_COLLECTION_PREREQUISITES];
  guint       n_caps = draft->index.capabilities->len;
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  double use_case_total = 0;
  guint  n;

  draft->existing = g_new0 (GArray *, MAX (n_caps, 1));
  draft->gaps = g_new0 (GArray *, MAX (n_caps, 1));
  draft->stage = g_new0 (int, MAX (n_caps, 1));
  draft->available = g_new0 (int, MAX (n_caps, 1));
  draft->target = g_new0 (int, MAX (n_caps, 1));
  draft->needed_by = g_new0 (int, MAX (n_caps, 1));
  draft->priority = g_new0 (double, MAX (n_caps, 1));
  draft->last_draft = g_new0 (int, MAX (n_caps, 1));
  draft->people_first = g_new0 (gboolean, MAX (n_caps, 1));
  draft->busy = g_hash_table_new (NULL, NULL);
  draft->rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < n_caps; c++)
    {
      draft->existing[c] = g_array_new (FALSE, FALSE, sizeof (Reach));
      draft->gaps[c] = g_array_new (FALSE, FALSE, sizeof (gint64));
      draft->stage[c] = draft->index.assessed[c];
      draft->last_draft[c] = -1;
      draft->needed_by[c] = -1;
    }

  n = items != NULL ? g_list_model_get_n_items (items) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      int      c = fh_plan_index_find (&draft->index, fh_roadmap_item_get_capability (item));
      int      start = fh_roadmap_item_get_start_quarter (item);
      Reach    reach = { start + MAX (fh_roadmap_item_get_duration (item), 1) - 1,
                         fh_roadmap_item_get_target_stage (item) };
      gpointer count;

      if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_DROPPED)
        continue;

      count = g_hash_table_lookup (draft->busy, GINT_TO_POINTER (start));
      g_hash_table_insert (draft->busy, GINT_TO_POINTER (start),
                           GINT_TO_POINTER (GPOINTER_TO_INT (count) + 1));
      if (c < 0)
        continue;

      draft->available[c] = MAX (draft->available[c], reach.end + 1);
      /* An item that ended before the latest assessment was seen by it. */
      if (!fh_plan_index_item_counts (&draft->index, c, reach.end))
        continue;
      g_array_append_val (draft->existing[c], reach);
      draft->stage[c] = MAX (draft->stage[c], reach.stage);
    }

  n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      Ranked r = { fh_use_case_get_id (use_case), fh_use_case_priority (use_case) };

      if (fh_use_case_get_status (use_case) == FH_USE_CASE_STATUS_PARKED || r.priority <= 0)
        continue;
      g_array_append_val (ranked, r);
      use_case_total += r.priority;
    }
  g_array_sort (ranked, compare_ranked);
  draft->use_cases = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < MIN (ranked->len, MAX_LINKED_USE_CASES); i++)
    g_array_append_val (draft->use_cases, g_array_index (ranked, Ranked, i).id);

  /* Every ML use case needs the core capabilities: their priorities weigh on those. */
  for (guint c = 0; c < n_caps; c++)
    if (fh_capability_get_core (draft->index.capabilities->pdata[c]))
      draft->priority[c] = use_case_total;

  n = gaps != NULL ? g_list_model_get_n_items (gaps) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);
      int    c = fh_plan_index_find (&draft->index, fh_gap_get_capability (gap));
      gint64 id = fh_gap_get_id (gap);

      if (c < 0 || !fh_gap_is_open (gap))
        continue;
      g_array_append_val (draft->gaps[c], id);
      draft->priority[c] += fh_gap_get_severity (gap) * (1.0 + fh_gap_get_votes (gap));
      if (g_strcmp0 (fh_gap_get_capability (gap), CAPABILITY_PEOPLE) == 0 ||
          fh_gap_get_kind (gap) == FH_GAP_KIND_PEOPLE)
        {
          int people = fh_plan_index_find (&draft->index, CAPABILITY_PEOPLE);

          if (people >= 0)
            draft->people_first[people] = TRUE;
        }
    }

  n = prereqs != NULL ? g_list_model_get_n_items (prereqs) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (draft->rows, g_list_model_get_item (prereqs, i));

  for (guint c = 0; c < n_caps; c++)
    drafted_stage[c] = 0;
}

/* Indexes the plan and loads what the draft needs; a plan without a start quarter
 * starts this quarter. Returns: (transfer full): per capability, the stage drafted so
 * far (all 0). */
int *
fh_draft_init (Draft *draft, const FhPlanModels *models)
{
  int *drafted_stage;

  fh_plan_index_init (&draft->index, models, 0);
  if (draft->index.start_quarter == 0)
    draft->index.start_quarter = fh_maturity_current_quarter (NULL);
  drafted_stage = g_new0 (int, MAX (draft->index.capabilities->len, 1));
  fh_draft_load (draft, models, drafted_stage);
  return drafted_stage;
}

void
fh_draft_clear (Draft *draft)
{
  for (guint c = 0; c < draft->index.capabilities->len; c++)
    {
      g_array_unref (draft->existing[c]);
      g_array_unref (draft->gaps[c]);
    }
  g_free (draft->existing);
  g_free (draft->gaps);
  g_free (draft->stage);
  g_free (draft->available);
  g_free (draft->target);
  g_free (draft->needed_by);
  g_free (draft->priority);
  g_free (draft->last_draft);
  g_free (draft->people_first);
  g_array_unref (draft->use_cases);
  g_hash_table_unref (draft->busy);
  g_ptr_array_unref (draft->rows);
  fh_plan_index_clear (&draft->index);
}

/* Whether @cap may reach @stage in @quarter: everything it needs stands before then. */
static gboolean
may_reach (Draft *draft, int cap, int stage, int quarter, int drafted_stage[])
{
  const char     *id = fh_capability_get_id (draft->index.capabilities->pdata[cap]);
  guint           n_caps = draft->index.capabilities->len;
  g_autofree int *required = g_new (int, MAX (n_caps, 1));

  if (stage == FH_STAGE_SCALABLE)
    {
      if (quarter <= draft->index.start_quarter)
        return FALSE;
      for (guint c = 0; c < n_caps; c++)
        if (fh_capability_get_core (draft->index.capabilities->pdata[c]) &&
            fh_draft_known_stage (draft, c, quarter, drafted_stage[c]) < FH_STAGE_REPEATABLE)
          return FALSE;
    }

  if (stage >= FH_STAGE_REPEATABLE && g_strcmp0 (id, CAPABILITY_DEPLOYMENT) == 0)
    {
      int monitoring = fh_plan_index_find (&draft->index, CAPABILITY_MONITORING);

      if (monitoring >= 0 && fh_draft_known_stage (draft, monitoring, quarter,
                                                   drafted_stage[monitoring]) < FH_STAGE_INITIAL)
        return FALSE;
    }

  for (guint p = 0; p < draft->rows->len; p++)
    {
      FhPrerequisite *row = draft->rows->pdata[p];
      const char     *row_cap = fh_prerequisite_get_capability (row);
      guint           n_required;

      if (fh_prerequisite_get_stage (row) != stage)
        continue;
      if (row_cap[0] != '\0' && g_strcmp0 (row_cap, id) != 0)
        continue;

      n_required =
        fh_plan_index_required (&draft->index, fh_prerequisite_get_requires (row), required);
      for (guint r = 0; r < n_required; r++)
        if (required[r] != cap &&
            fh_draft_known_stage (draft, required[r], quarter, drafted_stage[required[r]]) <
              fh_prerequisite_get_requires_stage (row))
          return FALSE;
    }

  return TRUE;
}

/* Whether @cap's next step is what the first people item waits for: a prerequisite of
 * the people capability's next stage that @cap does not meet yet. */
static gboolean
people_wait_for (Draft *draft, int cap, int quarter, int drafted_stage[])
{
  int             people = fh_plan_index_find (&draft->index, CAPABILITY_PEOPLE);
  guint           n_caps = draft->index.capabilities->len;
  g_autofree int *required = g_new (int, MAX (n_caps, 1));
  int             next;

  if (people < 0 || people == cap || !draft->people_first[people] ||
      draft->last_draft[people] >= 0 || draft->stage[people] < 0)
    return FALSE;

  next = draft->stage[people] + 1;
  for (guint p = 0; p < draft->rows->len; p++)
    {
      FhPrerequisite *row = draft->rows->pdata[p];
      const char     *row_cap = fh_prerequisite_get_capability (row);
      guint           n_required;

      if (fh_prerequisite_get_stage (row) != next ||
          (row_cap[0] != '\0' && g_strcmp0 (row_cap, CAPABILITY_PEOPLE) != 0))
        continue;
      n_required =
        fh_plan_index_required (&draft->index, fh_prerequisite_get_requires (row), required);
      for (guint r = 0; r < n_required; r++)
        if (required[r] == cap && fh_draft_known_stage (draft, cap, quarter, drafted_stage[cap]) <
                                    fh_prerequisite_get_requires_stage (row))
          return TRUE;
    }

  return FALSE;
}

static FhDraftItem *
propose (Draft *draft, int cap, int stage, int quarter, gboolean first_of_cap)
{
  FhCapability    *capability = draft->index.capabilities->pdata[cap];
  FhDraftItem     *proposed = g_new0 (FhDraftItem, 1);
  g_autofree char *title = g_strdup_printf (_("%s to %s"), fh_capability_get_name (capability),
                                               fh_stage_get_label (stage));

  proposed->item = g_object_new (FH_TYPE_ROADMAP_ITEM, "title", title, "capability",
                                 fh_capability_get_id (capability), "from-stage", stage - 1,
                                 "target-stage", stage, "start-quarter", quarter, "duration", 1,
                                 "notes", fh_capability_get_criterion (capability, stage), NULL);
  proposed->gaps = g_array_new (FALSE, FALSE, sizeof (gint64));
  proposed->use_cases = g_array_new (FALSE, FALSE, sizeof (gint64));
  proposed->depends_on = draft->last_draft[cap];
  proposed->priority = draft->priority[cap];

  /* The gaps are closed where the work on a capability starts; its later steps serve
   * the use cases (every use case needs the core capabilities). */
  if (first_of_cap)
    g_array_append_vals (proposed->gaps, draft->gaps[cap]->data, draft->gaps[cap]->len);
  if (fh_capability_get_core (capability) || proposed->gaps->len == 0)
    g_array_append_vals (proposed->use_cases, draft->use_cases->data, draft->use_cases->len);
  /* Work only a target needs first serves that target: it closes the gaps the needing
   * capability closes (followed up the chain to the first that has some). */
  if (proposed->gaps->len == 0 && proposed->use_cases->len == 0)
    for (int by = draft->needed_by[cap], hops = 0;
         by >= 0 && hops < (int)draft->index.capabilities->len; by = draft->needed_by[by], hops++)
      if (draft->gaps[by]->len > 0)
        {
          g_array_append_vals (proposed->gaps, draft->gaps[by]->data, draft->gaps[by]->len);
          break;
        }

  return proposed;
}

/**
 * fh_draft_propose:
 * @models: the plan
 *
 * fh_draft_propose_with() with every option at its default.
 *
 * Returns: (transfer full) (element-type FhDraftItem): the proposal, by quarter
 */
GPtrArray *
fh_draft_propose (const FhPlanModels *models)
{
  FhDraftOptions options = { 0 };

  return fh_draft_propose_with (models, &options);
}

/**
 * fh_draft_propose_with:
 * @models: the plan
 * @options: the targets, horizon, capacity and detail the team chose
 *
 * Proposes roadmap items that move each capability one stage at a time from where the
 * latest assessment and the items that ended after it leave it, up to its target
 * (@options' targets, or fh_draft_default_targets(); capabilities with open gaps always
 * aim one stage up, and every target brings what it needs first): ordered by the
 * prerequisites, then by priority (the severity and votes of a capability's open gaps,
 * and for core capabilities the use cases' priorities), at most the capacity a quarter
 * (counting items already planned; the first quarter that holds work at most the
 * plan's first-step limit), never Scalable while a core capability is below
 * Repeatable, open people gaps first. It starts after the latest assessment and looks
 * @options' horizon ahead (default the plan's horizon in years); the first
 * detail_quarters quarters (default 3) are proposed in detail, later items are marked
 * as intent.
 *
 * Returns: (transfer full) (element-type FhDraftItem): the proposal, by quarter
 */
GPtrArray *
fh_draft_propose_with (const FhPlanModels *models, const FhDraftOptions *options)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify)fh_draft_item_free);
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree int *drafted_stage = NULL;
  Draft           draft = { 0 };
  int             per_quarter, first_limit = 3, horizon = 12, detail;
  int             first, last, first_work = 0;
  guint           n_caps;
  GHashTableIter  iter;
  gpointer        key;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  drafted_stage = fh_draft_init (&draft, models);
  n_caps = draft.index.capabilities->len;

  per_quarter = options->capacity > 0 ? options->capacity : fh_draft_capacity (models);
  if (models->info != NULL)
    {
      first_limit = fh_plan_info_get_first_step_limit (models->info);
      horizon = fh_plan_info_get_horizon_years (models->info) * 4;
    }
  if (options->horizon_quarters > 0)
    horizon = MIN (options->horizon_quarters, 40);
  detail = options->detail_quarters > 0 ? options->detail_quarters : FH_DRAFT_DETAIL_QUARTERS;

  first = fh_draft_first_quarter (&draft);
  last = first + horizon - 1;

  if (options->targets != NULL)
    {
      for (guint t = 0; t < options->n_targets; t++)
        {
          int c = fh_plan_index_find (&draft.index, options->targets[t].capability);

          if (c >= 0)
            fh_draft_raise_target (&draft, c, CLAMP (options->targets[t].stage, 0, FH_STAGE_LAST),
                                   -1);
        }
      fh_draft_fill_targets (&draft, first, FALSE);
    }
  else
    fh_draft_fill_default_targets (&draft, models, first);
  fh_draft_close_targets (&draft);

  /* The first quarter that holds work is the first step, whoever put the work there. */
  g_hash_table_iter_init (&iter, draft.busy);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (first_work == 0 || GPOINTER_TO_INT (key) < first_work)
      first_work = GPOINTER_TO_INT (key);

  for (int q = first; q <= last; q++)
    {
      int limit = first_work == 0 || q <= first_work ? MIN (per_quarter, first_limit) : per_quarter;
      int room = limit - GPOINTER_TO_INT (g_hash_table_lookup (draft.busy, GINT_TO_POINTER (q)));
      gboolean early = q < first + 2;
      guint    n_taken;

      if (room <= 0)
        continue;

      g_array_set_size (candidates, 0);
      for (guint c = 0; c < n_caps; c++)
        {
          int       next = draft.stage[c] + 1;
          Candidate candidate;

          /* A capability the latest assessment does not assess has no known
           * stage to climb from: the draft leaves it to the team. */
          if (draft.stage[c] < 0 || next > draft.target[c] || draft.available[c] > q)
            continue;
          if (!may_reach (&draft, c, next, q, drafted_stage))
            continue;

          candidate.cap = c;
          candidate.stage = next;
          candidate.priority = draft.priority[c];
          /* People before scale: open people gaps put that work in the first quarters,
           * whatever stage it is at (the rules ask for it). */
          if (early && draft.people_first[c] && draft.last_draft[c] < 0)
            {
              candidate.stage = 0;
              candidate.priority = G_MAXDOUBLE;
            }
          else if (early && people_wait_for (&draft, c, q, drafted_stage))
            {
              candidate.stage = 0;
              candidate.priority = G_MAXDOUBLE / 2;
            }
          g_array_append_val (candidates, candidate);
        }

      g_array_sort (candidates, compare_candidates);
      n_taken = MIN (candidates->len, (guint)room);
      for (guint i = 0; i < n_taken; i++)
        {
          Candidate   *candidate = &g_array_index (candidates, Candidate, i);
          int          c = candidate->cap;
          int          stage = draft.stage[c] + 1;
          FhDraftItem *proposed = propose (&draft, c, stage, q, draft.last_draft[c] < 0);

          proposed->intent = q >= first + detail;
          g_ptr_array_add (result, proposed);
          draft.last_draft[c] = result->len - 1;
          draft.stage[c] = stage;
          draft.available[c] = q + 1;
        }
      if (n_taken > 0 && first_work == 0)
        first_work = q;

      /* What was proposed this quarter counts from the next one on. */
      for (guint i = 0; i < n_taken; i++)
        {
          int c = g_array_index (candidates, Candidate, i).cap;

          drafted_stage[c] = draft.stage[c];
        }
    }

  fh_draft_clear (&draft);

  /* The cost each proposal shows: its capability's chosen option, if the team chose
   * one (the Options section). The draft makes no own estimate: that is the team's. */
  for (guint i = 0; i < result->len; i++)
    {
      FhDraftItem *proposed = result->pdata[i];
      const char  *cap = fh_roadmap_item_get_capability (proposed->item);
      FhTco        tco;

      if (i > 0 && g_strcmp0 (cap, fh_roadmap_item_get_capability (
                                     ((FhDraftItem *)result->pdata[i - 1])->item)) == 0)
        {
          proposed->option = ((FhDraftItem *)result->pdata[i - 1])->option;
          proposed->option_cost = ((FhDraftItem *)result->pdata[i - 1])->option_cost;
        }
      else if (fh_tco_chosen_for_capability (models, cap, &proposed->option, &tco))
        proposed->option_cost = tco.total;
    }

  return result;
}
