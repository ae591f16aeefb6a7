/* fh-plan-edits.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-plan-edits.h"

#include "fh-capability.h"

#include "fh-baseline.h"
#include "fh-draft.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-types.h"

static void
copy_links (FhEdit *edit, GListModel *links, FhCollection collection, gint64 from, FhEditRef to)
{
  for (guint i = 0, n = links ? g_list_model_get_n_items (links) : 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);

      if (fh_link_get_source (link) == from)
        fh_edit_link (edit, collection, to, FH_EDIT_REF_ID (fh_link_get_target (link)));
    }
}

/**
 * fh_edit_split_item_by_stage:
 * @item: a roadmap item of the plan that climbs more than one stage
 *
 * One item that climbs several stages becomes one item per stage, each starting
 * when the one before ends, depending on it, and closing the same gaps and serving
 * the same use cases. @item keeps the first stage.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_split_item_by_stage (FhPlanModels *models, FhRoadmapItem *item)
{
  FhEdit   *edit;
  int       from, target, duration, start, n_parts;
  gint64    id, cost, share;
  FhEditRef previous;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (item), NULL);

  edit = fh_edit_new (_("Split item by stage"));
  from = fh_roadmap_item_get_from_stage (item);
  target = fh_roadmap_item_get_target_stage (item);
  duration = fh_roadmap_item_get_duration (item);
  start = fh_roadmap_item_get_start_quarter (item);
  id = fh_roadmap_item_get_id (item);
  previous = FH_EDIT_REF_ID (id);
  /* The cost is shared out, so that the roadmap's total stays the same: each part
   * gets an equal share, the first (the original item) also the remainder. */
  cost = fh_roadmap_item_get_cost (item);
  n_parts = MAX (target - from, 1);
  share = cost / n_parts;

  for (int stage = from + 2; stage <= target; stage++)
    {
      /* TRANSLATORS: a roadmap item split by stage: its title, then the stage it reaches */
      g_autofree char *title = g_strdup_printf (_("%s: %s"), fh_roadmap_item_get_title (item),
                                                   fh_stage_get_label (stage));
      g_autoptr (FhRoadmapItem) part = g_object_new (
        FH_TYPE_ROADMAP_ITEM, "title", title, "capability", fh_roadmap_item_get_capability (item),
        "from-stage", stage - 1, "target-stage", stage, "start-quarter",
        start + duration * (stage - from - 1), "duration", duration, "owner",
        fh_roadmap_item_get_owner (item), "cost", share, NULL);
      FhEditRef added = fh_edit_add (edit, part);

      copy_links (edit, models->models[FH_COLLECTION_ITEM_GAPS], FH_COLLECTION_ITEM_GAPS, id,
                  added);
      copy_links (edit, models->models[FH_COLLECTION_ITEM_USE_CASES], FH_COLLECTION_ITEM_USE_CASES,
                  id, added);
      fh_edit_link (edit, FH_COLLECTION_ITEM_DEPENDENCIES, added, previous);
      previous = added;
    }

  fh_edit_set (edit, item, "target-stage", MIN (from + 1, target), "cost",
               cost - share * (n_parts - 1), NULL);
  return edit;
}

/**
 * fh_edit_move_after:
 * @item: a roadmap item of the plan
 * @dependency: the item it depends on
 *
 * Moves @item to start in the quarter after @dependency ends.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_move_after (FhRoadmapItem *item, FhRoadmapItem *dependency)
{
  FhEdit *edit;

  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (item), NULL);
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (dependency), NULL);

  edit = fh_edit_new (_("Move item after its dependency"));
  fh_edit_set (edit, item, "start-quarter",
               fh_roadmap_item_get_start_quarter (dependency) +
                 fh_roadmap_item_get_duration (dependency),
               NULL);
  return edit;
}

/**
 * fh_edit_accept_draft:
 * @draft: (element-type FhDraftItem): a draft from fh_draft_propose()
 * @accepted: (nullable): one flag per draft item: whether to add it; %NULL for all
 * @n_added: (out) (optional): how many items the edit adds
 *
 * Adds the accepted proposals with their gaps and use cases, and each one's
 * dependency on the proposal it follows when that one is accepted too.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_accept_draft (GPtrArray *draft, const gboolean *accepted, guint *n_added)
{
  FhEdit               *edit;
  g_autofree FhEditRef *refs = NULL;
  guint                 added = 0;

  g_return_val_if_fail (draft != NULL, NULL);

  edit = fh_edit_new (_("Accept draft roadmap"));
  refs = g_new0 (FhEditRef, MAX (draft->len, 1));
  for (guint i = 0; i < draft->len; i++)
    {
      FhDraftItem *proposed = draft->pdata[i];

      if (accepted != NULL && !accepted[i])
        continue;

      refs[i] = fh_edit_add (edit, proposed->item);
      for (guint k = 0; k < proposed->gaps->len; k++)
        fh_edit_link (edit, FH_COLLECTION_ITEM_GAPS, refs[i],
                      FH_EDIT_REF_ID (g_array_index (proposed->gaps, gint64, k)));
      for (guint k = 0; k < proposed->use_cases->len; k++)
        fh_edit_link (edit, FH_COLLECTION_ITEM_USE_CASES, refs[i],
                      FH_EDIT_REF_ID (g_array_index (proposed->use_cases, gint64, k)));
      if (proposed->depends_on >= 0 && (guint)proposed->depends_on < i &&
          refs[proposed->depends_on].step != 0)
        fh_edit_link (edit, FH_COLLECTION_ITEM_DEPENDENCIES, refs[i], refs[proposed->depends_on]);
      added++;
    }

  if (n_added != NULL)
    *n_added = added;
  return edit;
}

/**
 * fh_edit_add_capabilities:
 * @capabilities: (element-type FhCapability): new capabilities, not in the plan
 * @prerequisites: (element-type FhPrerequisite): their prerequisites, new records
 *
 * Adds capabilities (from a newer catalog) after the plan's own, in their order, with
 * their prerequisites: one step to undo.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_add_capabilities (const FhPlanModels *models,
                          GPtrArray          *capabilities,
                          GPtrArray          *prerequisites)
{
  GListModel *plan = models->models[FH_COLLECTION_CAPABILITIES];
  int         position = -1;
  FhEdit     *edit;

  g_return_val_if_fail (capabilities != NULL, NULL);
  g_return_val_if_fail (prerequisites != NULL, NULL);

  for (guint i = 0, n = plan != NULL ? g_list_model_get_n_items (plan) : 0; i < n; i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (plan, i);

      position = MAX (position, fh_capability_get_position (capability));
    }

  edit = fh_edit_new (_("Add capabilities from the catalog"));
  for (guint i = 0; i < capabilities->len; i++)
    {
      FhCapability *capability = g_ptr_array_index (capabilities, i);

      g_object_set (capability, "position", MIN (position + 1 + (int)i, 1000), NULL);
      fh_edit_add (edit, capability);
    }
  for (guint i = 0; i < prerequisites->len; i++)
    fh_edit_add (edit, g_ptr_array_index (prerequisites, i));

  return edit;
}

/**
 * fh_edit_save_baseline:
 * @assessment: the review the baseline is kept with
 * @n_items: (out) (optional): how many roadmap items the baseline holds
 *
 * Replaces the baseline kept with @assessment by the roadmap as it is now.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_save_baseline (FhPlanModels *models, FhAssessment *assessment, guint *n_items)
{
  g_autoptr (GPtrArray) old = NULL;
  g_autoptr (GPtrArray) snapshot = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *label = NULL;
  FhEdit          *edit;
  gint64           id;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (FH_IS_ASSESSMENT (assessment), NULL);

  id = fh_assessment_get_id (assessment);
  quarter = fh_quarter_format (fh_assessment_get_quarter (assessment));
  label = g_strdup_printf (_("Save the roadmap baseline for %s"), quarter);
  edit = fh_edit_new (label);

  old = fh_baseline_items (models, id);
  snapshot = fh_baseline_snapshot (models, id);
  for (guint i = 0; i < old->len; i++)
    fh_edit_remove (edit, old->pdata[i]);
  for (guint i = 0; i < snapshot->len; i++)
    fh_edit_add (edit, snapshot->pdata[i]);

  if (n_items != NULL)
    *n_items = snapshot->len;
  return edit;
}

/**
 * fh_edit_start_quarter:
 * @quarter: the quarter to assess
 * @date: the day the assessment starts, as YYYY-MM-DD
 *
 * Adds the assessment of @quarter with the answers of the quarter before it carried
 * over, each marked so until the team confirms it.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_start_quarter (FhPlanModels *models, int quarter, const char *date)
{
  g_autoptr (FhAssessment) assessment = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  FhAssessment    *previous;
  FhEdit          *edit;
  FhEditRef        added;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  text = fh_quarter_format (quarter);
  label = g_strdup_printf (_("Start the %s assessment"), text);
  edit = fh_edit_new (label);

  assessment = fh_assessment_new (quarter);
  g_object_set (assessment, "date", date, NULL);
  added = fh_edit_add (edit, assessment);

  previous = fh_maturity_previous (models, quarter);
  if (previous != NULL)
    {
      gint64 previous_id = fh_assessment_get_id (previous);
      /* The new assessment has no id before it is added: the scores are made for the
       * previous one and pointed at the new one as the edit is applied. */
      g_autoptr (GPtrArray) scores = fh_maturity_plan_carry_over (models, previous_id, previous_id);

      for (guint i = 0; i < scores->len; i++)
        fh_edit_refer (edit, fh_edit_add (edit, scores->pdata[i]), "assessment", added);
    }

  return edit;
}

/**
 * fh_edit_choose_option:
 * @option: an option of the plan
 * @rationale: why the team chooses it
 *
 * Marks @option chosen with @rationale. At most one option per capability is
 * chosen: the one chosen before is unmarked in the same step, so that one undo
 * restores both.
 *
 * Returns: (transfer full): the edit
 */
FhEdit *
fh_edit_choose_option (FhPlanModels *models, FhOption *option, const char *rationale)
{
  GListModel *options;
  FhEdit     *edit;

  g_return_val_if_fail (models != NULL, NULL);
  g_return_val_if_fail (FH_IS_OPTION (option), NULL);
  g_return_val_if_fail (rationale != NULL, NULL);

  edit = fh_edit_new (_("Choose option"));
  options = models->models[FH_COLLECTION_OPTIONS];
  for (guint i = 0, n = options ? g_list_model_get_n_items (options) : 0; i < n; i++)
    {
      g_autoptr (FhOption) other = g_list_model_get_item (options, i);

      if (other != option && fh_option_get_chosen (other) &&
          g_strcmp0 (fh_option_get_capability (other), fh_option_get_capability (option)) == 0)
        fh_edit_set (edit, other, "chosen", FALSE, NULL);
    }
  fh_edit_set (edit, option, "chosen", TRUE, "rationale", rationale, NULL);
  return edit;
}

/**
 * fh_edit_reset_votes:
 * @gaps: the plan's gaps
 *
 * Sets every gap's dot votes back to none.
 *
 * Returns: (transfer full): the edit; without steps when no gap has a vote
 */
FhEdit *
fh_edit_reset_votes (GListModel *gaps)
{
  FhEdit *edit;

  g_return_val_if_fail (G_IS_LIST_MODEL (gaps), NULL);

  edit = fh_edit_new (_("Reset votes"));
  for (guint i = 0, n = g_list_model_get_n_items (gaps); i < n; i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);

      if (fh_gap_get_votes (gap) > 0)
        fh_edit_set (edit, gap, "votes", 0, NULL);
    }
  return edit;
}
