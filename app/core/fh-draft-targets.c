/* fh-draft-targets.c
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

#include "fh-maturity.h"
#include "fh-prerequisite.h"
#include "fh-scoring.h"
#include "fh-needs.h"
#include "fh-use-case.h"

/* What the draft aims at: the stage per capability, what the targets need first, the
 * team's capacity, and the words that say how the draft was made. */

/* Today's stage of @cap: the latest assessment, raised by the items that ended after it
 * and before the draft's first quarter; -1 when it is not assessed. */
static int
stage_today (Draft *draft, int cap, int first)
{
  if (draft->index.assessed[cap] < 0)
    return -1;

  return fh_draft_known_stage (draft, cap, first, 0);
}

/* Open gaps always get their next step: a gap is work the team asked for. With an
 * active use case, every core capability aims one stage above today (until the use
 * cases' needs say the stage each must reach). */
void
fh_draft_fill_targets (Draft *draft, int first, gboolean active)
{
  for (guint c = 0; c < draft->index.capabilities->len; c++)
    {
      int today = stage_today (draft, c, first);

      if (today < 0 || today >= FH_STAGE_LAST)
        continue;
      if (draft->gaps[c]->len > 0 ||
          (active && fh_capability_get_core (draft->index.capabilities->pdata[c])))
        draft->target[c] = MAX (draft->target[c], today + 1);
    }
}

/* The default targets: what the prioritised use cases need to go live
 * (fh_needs_targets(), docs/domain.md section 3) when they say it; otherwise, with an
 * active use case, every core capability one stage up; open gaps always. */
void
fh_draft_fill_default_targets (Draft *draft, const FhPlanModels *models, int first)
{
  g_autoptr (GHashTable) needs = fh_needs_targets (models);
  GHashTableIter iter;
  gpointer       id, stage;

  fh_draft_fill_targets (draft, first,
                         g_hash_table_size (needs) == 0 && fh_draft_has_active_use_case (models));
  g_hash_table_iter_init (&iter, needs);
  while (g_hash_table_iter_next (&iter, &id, &stage))
    {
      int c = fh_plan_index_find (&draft->index, id);

      if (c >= 0)
        fh_draft_raise_target (draft, c, GPOINTER_TO_INT (stage), -1);
    }
}

gboolean
fh_draft_raise_target (Draft *draft, int cap, int stage, int by)
{
  if (draft->index.assessed[cap] < 0 || draft->target[cap] >= stage)
    return FALSE;

  draft->target[cap] = stage;
  if (by >= 0 && by != cap && draft->needed_by[cap] < 0)
    draft->needed_by[cap] = by;
  return TRUE;
}

/* What the targets need first: the prerequisites of every stage on the way, monitoring
 * before deployment at Repeatable, every core capability at Repeatable before Scalable.
 * Repeated until nothing rises: a target only ever goes up, to at most Scalable. */
void
fh_draft_close_targets (Draft *draft)
{
  guint           n_caps = draft->index.capabilities->len;
  g_autofree int *required = g_new (int, MAX (n_caps, 1));
  int             monitoring = fh_plan_index_find (&draft->index, CAPABILITY_MONITORING);
  gboolean        raised = TRUE;

  for (guint round = 0; raised && round <= n_caps * FH_STAGE_LAST; round++)
    {
      raised = FALSE;
      for (guint c = 0; c < n_caps; c++)
        {
          const char *id = fh_capability_get_id (draft->index.capabilities->pdata[c]);

          if (draft->target[c] <= MAX (draft->stage[c], 0))
            continue;
          if (draft->target[c] >= FH_STAGE_SCALABLE)
            for (guint k = 0; k < n_caps; k++)
              if (fh_capability_get_core (draft->index.capabilities->pdata[k]))
                raised |= fh_draft_raise_target (draft, k, FH_STAGE_REPEATABLE, c);
          if (draft->target[c] >= FH_STAGE_REPEATABLE && monitoring >= 0 &&
              g_strcmp0 (id, CAPABILITY_DEPLOYMENT) == 0)
            raised |= fh_draft_raise_target (draft, monitoring, FH_STAGE_INITIAL, c);

          for (guint p = 0; p < draft->rows->len; p++)
            {
              FhPrerequisite *row = draft->rows->pdata[p];
              const char     *row_cap = fh_prerequisite_get_capability (row);
              int             stage = fh_prerequisite_get_stage (row);
              guint           n_required;

              if (stage <= draft->stage[c] || stage > draft->target[c])
                continue;
              if (row_cap[0] != '\0' && g_strcmp0 (row_cap, id) != 0)
                continue;
              n_required = fh_plan_index_required (&draft->index,
                                                   fh_prerequisite_get_requires (row), required);
              for (guint r = 0; r < n_required; r++)
                if (required[r] != (int)c)
                  raised |= fh_draft_raise_target (draft, required[r],
                                                   fh_prerequisite_get_requires_stage (row), c);
            }
        }
    }
}

/**
 * fh_draft_has_active_use_case:
 *
 * Returns: whether some use case is active: not parked, and with a priority above 0.
 */
gboolean
fh_draft_has_active_use_case (const FhPlanModels *models)
{
  GListModel *use_cases = models->models[FH_COLLECTION_USE_CASES];

  for (guint i = 0, n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);

      if (fh_use_case_get_status (use_case) != FH_USE_CASE_STATUS_PARKED &&
          fh_use_case_priority (use_case) > 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * fh_draft_capacity:
 *
 * The items the team can start a quarter: the plan's draft-per-quarter (default 3).
 * The plan's roles carry no FTE, so the roles do not yet say it.
 */
int
fh_draft_capacity (const FhPlanModels *models)
{
  return models->info != NULL ? fh_plan_info_get_draft_per_quarter (models->info) : 3;
}

/* The first quarter the draft proposes for: the plan's start, or the quarter after the
 * latest assessment when that is later (the draft does not plan the past). */
int
fh_draft_first_quarter (Draft *draft)
{
  int first = draft->index.start_quarter;

  if (draft->index.latest_quarter != 0)
    first = MAX (first, draft->index.latest_quarter + 1);
  return first;
}

/**
 * fh_draft_default_targets:
 *
 * The targets fh_draft_propose() aims at: every capability with an open gap one stage
 * above today; with an active use case every core capability too; and what those need
 * first (prerequisites, monitoring before deployment, core at Repeatable before
 * Scalable). Only capabilities whose target is above today are listed.
 *
 * Returns: (transfer full) (element-type FhDraftTarget): the targets, in catalog order;
 *   the capability ids point into @models' records
 */
GArray *
fh_draft_default_targets (const FhPlanModels *models)
{
  GArray         *targets = g_array_new (FALSE, FALSE, sizeof (FhDraftTarget));
  g_autofree int *drafted_stage = NULL;
  Draft           draft = { 0 };
  guint           n_caps;

  g_return_val_if_fail (models != NULL, targets);

  drafted_stage = fh_draft_init (&draft, models);
  n_caps = draft.index.capabilities->len;
  fh_draft_fill_default_targets (&draft, models, fh_draft_first_quarter (&draft));
  fh_draft_close_targets (&draft);
  for (guint c = 0; c < n_caps; c++)
    if (draft.target[c] > MAX (draft.index.assessed[c], 0))
      {
        FhDraftTarget target = { fh_capability_get_id (draft.index.capabilities->pdata[c]),
                                 draft.target[c] };

        g_array_append_val (targets, target);
      }
  fh_draft_clear (&draft);

  return targets;
}
/**
 * fh_draft_intro_text:
 * @draft: (element-type FhDraftItem): what fh_draft_propose() returned for @models
 *
 * Returns: (transfer full): what the draft's preview and `foothold --draft` say above
 *   the proposal: how it was made, or why there is nothing to propose.
 */
static gboolean
has_needs (const FhPlanModels *models)
{
  g_autoptr (GHashTable) needs = fh_needs_targets (models);

  return g_hash_table_size (needs) > 0;
}

char *
fh_draft_intro_text (const FhPlanModels *models, GPtrArray *draft)
{
  gboolean active = fh_draft_has_active_use_case (models);

  if (!active && draft->len == 0)
    return g_strdup (
      _("No active use case and no open gap: discovery comes first. Name the use cases the team means to serve and record the gaps on the Discover page, then draft again."));
  if (!active)
    return g_strdup (
      _("No active use case yet: the draft only closes the open gaps, starting with process and people. Name the use cases on the Discover page before the platform climbs further."));
  if (draft->len == 0)
    return g_strdup (_("Nothing to propose: every capability is planned up to the stage the draft aims at, as far as the horizon allows."));
  if (has_needs (models))
    return g_strdup (_("Proposed from the latest assessment, the open gaps (by severity and votes) and what the prioritised use cases need to go live (their models and pipelines): each capability climbs one stage at a time towards the stage they need, in the order its prerequisites allow. The first quarters are proposed in detail; later ones are intent, to confirm at a review."));
  return g_strdup (
    _("Proposed from the latest assessment, the open gaps (by severity and votes) and the active use cases: each capability climbs one stage at a time towards the next stage up, in the order its prerequisites allow. The first quarters are proposed in detail; later ones are intent, to confirm at a review."));
}
