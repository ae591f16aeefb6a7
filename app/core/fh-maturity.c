/* fh-maturity.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-maturity.h"
#include "fh-baseline.h"

#include "fh-quarter.h"

/* Where the plan stands, quarter by quarter: the assessments' summaries, their
 * comparison and trend, and what the roadmap promised for a quarter. */

static GListModel *
model (const FhPlanModels *models, FhCollection collection)
{
  return models->models[collection];
}

static int
compare_assessments (gconstpointer a, gconstpointer b)
{
  FhAssessment *x = *(FhAssessment **)a;
  FhAssessment *y = *(FhAssessment **)b;

  return fh_assessment_get_quarter (x) - fh_assessment_get_quarter (y);
}

static int
compare_capabilities (gconstpointer a, gconstpointer b)
{
  FhCapability *x = *(FhCapability **)a;
  FhCapability *y = *(FhCapability **)b;
  int           d = fh_capability_get_position (x) - fh_capability_get_position (y);

  return d != 0 ? d : g_strcmp0 (fh_capability_get_id (x), fh_capability_get_id (y));
}

static GPtrArray *
collect (GListModel *list)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);
  guint      n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (list, i));

  return array;
}

/**
 * fh_maturity_assessments:
 *
 * Returns: (transfer full): every assessment, oldest quarter first.
 */
GPtrArray *
fh_maturity_assessments (const FhPlanModels *models)
{
  GPtrArray *array;

  g_return_val_if_fail (models != NULL, NULL);

  array = collect (model (models, FH_COLLECTION_ASSESSMENTS));
  g_ptr_array_sort (array, compare_assessments);
  return array;
}

/**
 * fh_maturity_capabilities:
 *
 * Returns: (transfer full): every capability in display order.
 */
GPtrArray *
fh_maturity_capabilities (const FhPlanModels *models)
{
  GPtrArray *array;

  g_return_val_if_fail (models != NULL, NULL);

  array = collect (model (models, FH_COLLECTION_CAPABILITIES));
  g_ptr_array_sort (array, compare_capabilities);
  return array;
}

/* Returns: (transfer none) (nullable): the assessment of @quarter. */
FhAssessment *
fh_maturity_find_assessment (const FhPlanModels *models, int quarter)
{
  GListModel   *list;
  FhAssessment *found = NULL;

  g_return_val_if_fail (models != NULL, NULL);

  list = model (models, FH_COLLECTION_ASSESSMENTS);
  for (guint i = 0; found == NULL && list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhAssessment) assessment = g_list_model_get_item (list, i);

      if (fh_assessment_get_quarter (assessment) == quarter)
        found = assessment;
    }

  return found;
}

/* Returns: (transfer none) (nullable): the latest assessment before @quarter. */
FhAssessment *
fh_maturity_previous (const FhPlanModels *models, int quarter)
{
  GListModel   *list;
  FhAssessment *best = NULL;

  g_return_val_if_fail (models != NULL, NULL);

  list = model (models, FH_COLLECTION_ASSESSMENTS);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhAssessment) assessment = g_list_model_get_item (list, i);
      int q = fh_assessment_get_quarter (assessment);

      if (q < quarter && (best == NULL || q > fh_assessment_get_quarter (best)))
        best = assessment;
    }

  return best;
}

/* Returns: (transfer none) (nullable): the assessment of the latest quarter. */
FhAssessment *
fh_maturity_latest (const FhPlanModels *models)
{
  return fh_maturity_previous (models, G_MAXINT);
}

/* Returns: (transfer none) (nullable) */
FhScore *
fh_maturity_find_score (const FhPlanModels *models, gint64 assessment, const char *capability)
{
  GListModel *list;
  FhScore    *found = NULL;

  g_return_val_if_fail (models != NULL, NULL);

  list = model (models, FH_COLLECTION_SCORES);
  for (guint i = 0; found == NULL && list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhScore) score = g_list_model_get_item (list, i);

      if (fh_score_get_assessment (score) == assessment &&
          g_strcmp0 (fh_score_get_capability (score), capability) == 0)
        found = score;
    }

  return found;
}

/* Overall stage: the lowest stage among the assessed core capabilities, since a chain
 * is as strong as its weakest core link; the mean of the assessed ones is only a trend
 * number. A capability without a score is not assessed: it counts neither as Not yet
 * nor towards the mean, and the summary says how many are assessed. Scores of
 * capabilities that are no longer in the plan do not count. With @not_assessed, the
 * capabilities without a score are added to it, in display order. */
static void
summarize (const FhPlanModels *models,
           gint64              assessment,
           FhMaturitySummary  *summary,
           GPtrArray          *not_assessed)
{
  g_autoptr (GPtrArray) capabilities = fh_maturity_capabilities (models);
  int sum = 0;

  summary->overall = -1;
  summary->mean = -1;
  summary->n_scored = 0;
  summary->n_capabilities = capabilities->len;
  summary->n_carried_over = 0;
  summary->n_core = 0;
  summary->n_core_scored = 0;

  for (guint i = 0; i < capabilities->len; i++)
    {
      FhCapability *capability = g_ptr_array_index (capabilities, i);
      FhScore      *score =
        fh_maturity_find_score (models, assessment, fh_capability_get_id (capability));
      gboolean core = fh_capability_get_core (capability);
      int      stage;

      if (core)
        summary->n_core++;
      if (score == NULL)
        {
          if (not_assessed != NULL)
            g_ptr_array_add (not_assessed, g_object_ref (capability));
          continue;
        }

      stage = fh_score_get_stage (score);
      summary->n_scored++;
      sum += stage;
      if (fh_score_get_carried_over (score))
        summary->n_carried_over++;
      if (core)
        {
          summary->n_core_scored++;
          if (summary->overall < 0 || stage < summary->overall)
            summary->overall = stage;
        }
    }

  if (summary->n_scored > 0)
    summary->mean = (double)sum / summary->n_scored;
}

void
fh_maturity_summarize (const FhPlanModels *models, gint64 assessment, FhMaturitySummary *summary)
{
  g_return_if_fail (models != NULL);
  g_return_if_fail (summary != NULL);

  summarize (models, assessment, summary, NULL);
}

/**
 * fh_maturity_not_assessed:
 * @assessment: an assessment's id
 *
 * Returns: (transfer full) (element-type FhCapability): the capabilities @assessment
 *   gives no score, in display order: the ones fh_maturity_summarize() leaves out.
 */
GPtrArray *
fh_maturity_not_assessed (const FhPlanModels *models, gint64 assessment)
{
  GPtrArray        *not_assessed = g_ptr_array_new_with_free_func (g_object_unref);
  FhMaturitySummary summary;

  g_return_val_if_fail (models != NULL, not_assessed);

  summarize (models, assessment, &summary, not_assessed);
  return not_assessed;
}

/* Returns: the stage @assessment gives @capability, or -1 when it does not assess it */
int
fh_maturity_stage (const FhPlanModels *models, gint64 assessment, const char *capability)
{
  FhScore *score;

  g_return_val_if_fail (models != NULL, -1);

  score = fh_maturity_find_score (models, assessment, capability);
  return score != NULL ? fh_score_get_stage (score) : -1;
}

/* Returns: (transfer full): "13 of 14 assessed" */
char *
fh_maturity_assessed_text (const FhMaturitySummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);

  /* Translators: capabilities; the plural follows the second number */
  return g_strdup_printf (
    ngettext ("%u of %u assessed", "%u of %u assessed", summary->n_capabilities), summary->n_scored,
    summary->n_capabilities);
}

/**
 * fh_maturity_summary_text:
 *
 * What the Assess page, the Review page, the report and the Markdown say of one
 * assessment.
 *
 * Returns: (transfer full): "Initial · mean 1.0 · 13 of 14 assessed", or
 *   "not assessed · 0 of 14 assessed" when nothing is scored
 */
char *
fh_maturity_summary_text (const FhMaturitySummary *summary)
{
  g_autofree char *overall = NULL;
  g_autofree char *assessed = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  overall = fh_maturity_format_stage (summary->overall);
  assessed = fh_maturity_assessed_text (summary);
  if (summary->mean < 0)
    /* Translators: "not assessed · 0 of 14 assessed" */
    return g_strdup_printf (_("%s · %s"), overall, assessed);
  /* Translators: "Initial · mean 1.0 · 13 of 14 assessed" */
  return g_strdup_printf (_("%s · mean %.1f · %s"), overall, summary->mean, assessed);
}

/* Returns: (transfer full): the sidebar's badge: the overall stage, and how many of the
 * capabilities are assessed when some are not ("Initial · 13/14") */
char *
fh_maturity_badge_text (const FhMaturitySummary *summary)
{
  g_autofree char *overall = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  overall = fh_maturity_format_stage (summary->overall);
  if (summary->n_scored == summary->n_capabilities)
    return g_steal_pointer (&overall);
  /* Translators: a stage name, then "13/14": capabilities assessed of all */
  return g_strdup_printf (_("%s · %u/%u"), overall, summary->n_scored, summary->n_capabilities);
}

/**
 * fh_maturity_current_quarter:
 * @date: (nullable): the day to ask about; %NULL for today
 *
 * The current quarter is the quarter @date falls in, whatever has been assessed: the
 * window's "this quarter", the report's cover and the review all mean this one.
 */
int
fh_maturity_current_quarter (GDateTime *date)
{
  g_autoptr (GDateTime) now = NULL;

  if (date != NULL)
    return fh_quarter_from_date (date);

  now = g_date_time_new_now_local ();
  return fh_quarter_from_date (now);
}

/**
 * fh_maturity_plan_carry_over:
 * @previous: the assessment to copy from
 * @assessment: the new assessment's id
 *
 * The previous quarter's answers as a starting point for @assessment: a new score per
 * capability scored in @previous, marked carried over until the team confirms it. The
 * reason is left empty: it belongs to the quarter it was given in.
 *
 * Returns: (transfer full): new FhScore records, not yet in the plan.
 */
GPtrArray *
fh_maturity_plan_carry_over (const FhPlanModels *models, gint64 previous, gint64 assessment)
{
  g_autoptr (GPtrArray) capabilities = NULL;
  GPtrArray *scores = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (models != NULL, scores);

  capabilities = fh_maturity_capabilities (models);
  for (guint i = 0; i < capabilities->len; i++)
    {
      const char *id = fh_capability_get_id (g_ptr_array_index (capabilities, i));
      FhScore    *old = fh_maturity_find_score (models, previous, id);
      FhScore    *score;

      if (old == NULL)
        continue;

      score = fh_score_new (assessment, id, fh_score_get_stage (old));
      g_object_set (score, "evidence", fh_score_get_evidence (old), "confidence",
                    fh_score_get_confidence (old), "carried-over", TRUE, NULL);
      g_ptr_array_add (scores, score);
    }

  return scores;
}

static FhAssessment *
find_by_id (const FhPlanModels *models, gint64 id)
{
  GListModel *list = model (models, FH_COLLECTION_ASSESSMENTS);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhAssessment) assessment = g_list_model_get_item (list, i);

      if (fh_assessment_get_id (assessment) == id)
        return assessment;
    }

  return NULL;
}

static void
clear_row (gpointer data)
{
  FhComparisonRow *row = data;

  g_clear_object (&row->capability);
  g_clear_object (&row->score_a);
  g_clear_object (&row->score_b);
}

/**
 * fh_maturity_compare:
 * @assessment_a: the earlier assessment (the one compared against)
 * @assessment_b: the later one
 *
 * Returns: (transfer full): per capability stage, delta and the reason given in
 *   @assessment_b, and how many capabilities improved or regressed.
 */
FhComparison *
fh_maturity_compare (const FhPlanModels *models, gint64 assessment_a, gint64 assessment_b)
{
  g_autoptr (GPtrArray) capabilities = NULL;
  FhComparison *comparison;
  FhAssessment *a, *b;

  g_return_val_if_fail (models != NULL, NULL);

  a = find_by_id (models, assessment_a);
  b = find_by_id (models, assessment_b);

  comparison = g_new0 (FhComparison, 1);
  comparison->rows = g_array_new (FALSE, TRUE, sizeof (FhComparisonRow));
  g_array_set_clear_func (comparison->rows, clear_row);
  comparison->quarter_a = a != NULL ? fh_assessment_get_quarter (a) : 0;
  comparison->quarter_b = b != NULL ? fh_assessment_get_quarter (b) : 0;
  fh_maturity_summarize (models, assessment_a, &comparison->summary_a);
  fh_maturity_summarize (models, assessment_b, &comparison->summary_b);

  capabilities = fh_maturity_capabilities (models);
  for (guint i = 0; i < capabilities->len; i++)
    {
      FhCapability   *capability = g_ptr_array_index (capabilities, i);
      const char     *id = fh_capability_get_id (capability);
      FhComparisonRow row = {
        0,
      };

      row.capability = g_object_ref (capability);
      row.score_a = fh_maturity_find_score (models, assessment_a, id);
      row.score_b = fh_maturity_find_score (models, assessment_b, id);
      row.stage_a = row.score_a != NULL ? fh_score_get_stage (row.score_a) : -1;
      row.stage_b = row.score_b != NULL ? fh_score_get_stage (row.score_b) : -1;
      if (row.score_a != NULL)
        g_object_ref (row.score_a);
      if (row.score_b != NULL)
        g_object_ref (row.score_b);
      row.delta = row.stage_a >= 0 && row.stage_b >= 0 ? row.stage_b - row.stage_a : 0;

      if (row.stage_a >= 0 && row.stage_b >= 0)
        {
          if (row.delta > 0)
            comparison->n_improved++;
          else if (row.delta < 0)
            comparison->n_regressed++;
          else
            comparison->n_unchanged++;
        }

      g_array_append_val (comparison->rows, row);
    }

  return comparison;
}

void
fh_comparison_free (FhComparison *comparison)
{
  if (comparison == NULL)
    return;

  g_array_unref (comparison->rows);
  g_free (comparison);
}

gboolean
fh_comparison_row_is_regression (const FhComparisonRow *row)
{
  g_return_val_if_fail (row != NULL, FALSE);

  return row->stage_a >= 0 && row->stage_b >= 0 && row->delta < 0;
}

gboolean
fh_comparison_row_is_changed (const FhComparisonRow *row)
{
  g_return_val_if_fail (row != NULL, FALSE);

  return row->stage_a >= 0 && row->stage_b >= 0 && row->delta != 0;
}

/**
 * fh_maturity_format_stage:
 * @overall: a stage, or -1
 *
 * Returns: (transfer full): the stage's name, or "not assessed" for -1.
 */
char *
fh_maturity_format_stage (int overall)
{
  if (overall < FH_STAGE_NOT_YET || overall > FH_STAGE_LAST)
    return g_strdup (C_("overall stage", "not assessed"));

  return g_strdup (fh_stage_get_label (overall));
}

/**
 * fh_comparison_summary_text:
 *
 * Returns: (transfer full): one sentence, such as "3 capabilities improved,
 *   1 regressed, overall stage Initial → Repeatable", which says how many are assessed
 *   when the later assessment leaves some out.
 */
char *
fh_comparison_summary_text (const FhComparison *comparison)
{
  g_autofree char *improved = NULL;
  g_autofree char *regressed = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (comparison != NULL, NULL);

  improved = g_strdup_printf (
    ngettext ("%u capability improved", "%u capabilities improved", comparison->n_improved),
    comparison->n_improved);
  regressed = g_strdup_printf (ngettext ("%u regressed", "%u regressed", comparison->n_regressed),
                               comparison->n_regressed);
  from = fh_maturity_format_stage (comparison->summary_a.overall);
  to = fh_maturity_format_stage (comparison->summary_b.overall);

  if (comparison->summary_b.n_scored < comparison->summary_b.n_capabilities)
    {
      g_autofree char *assessed = fh_maturity_assessed_text (&comparison->summary_b);

      /* Translators: the first two are "3 capabilities improved" and "1 regressed", the
       * next two are stage names, the last "13 of 14 assessed" */
      return g_strdup_printf (_("%s, %s, overall stage %s → %s (%s)"), improved, regressed, from,
                                 to, assessed);
    }
  /* Translators: the first two are "3 capabilities improved" and "1 regressed", the
   * last two are stage names */
  return g_strdup_printf (_("%s, %s, overall stage %s → %s"), improved, regressed, from, to);
}

/**
 * fh_maturity_trend:
 *
 * Returns: (transfer full): an FhTrendPoint per assessment, oldest first.
 */
GArray *
fh_maturity_trend (const FhPlanModels *models)
{
  g_autoptr (GPtrArray) assessments = NULL;
  GArray *points;

  g_return_val_if_fail (models != NULL, NULL);

  assessments = fh_maturity_assessments (models);
  points = g_array_sized_new (FALSE, TRUE, sizeof (FhTrendPoint), assessments->len);
  for (guint i = 0; i < assessments->len; i++)
    {
      FhAssessment     *assessment = g_ptr_array_index (assessments, i);
      FhMaturitySummary summary;
      FhTrendPoint      point;

      fh_maturity_summarize (models, fh_assessment_get_id (assessment), &summary);
      point.quarter = fh_assessment_get_quarter (assessment);
      point.overall = summary.overall;
      point.mean = summary.mean;
      g_array_append_val (points, point);
    }

  return points;
}

/* The quarter an item is due to finish in: it runs from its start quarter for
 * duration quarters, the start quarter included. */
int
fh_maturity_item_end_quarter (FhRoadmapItem *item)
{
  g_return_val_if_fail (FH_IS_ROADMAP_ITEM (item), 0);

  return fh_roadmap_item_get_start_quarter (item) + MAX (fh_roadmap_item_get_duration (item), 1) -
         1;
}

static int
compare_items (gconstpointer a, gconstpointer b)
{
  FhRoadmapItem *x = *(FhRoadmapItem **)a;
  FhRoadmapItem *y = *(FhRoadmapItem **)b;
  gint64         d = fh_roadmap_item_get_id (x) - fh_roadmap_item_get_id (y);

  return d < 0 ? -1 : d > 0;
}

/* The slipped items that the baseline of the latest earlier review promised for
 * @quarter: slipping moves an item on, but the review of @quarter still lists it. */
static void
add_slipped_from_baseline (const FhPlanModels *models, int quarter, GPtrArray *items)
{
  g_autoptr (GPtrArray) assessments = NULL;
  g_autoptr (GPtrArray) baseline = NULL;
  GListModel *roadmap = model (models, FH_COLLECTION_ROADMAP);

  if (model (models, FH_COLLECTION_BASELINE_ITEMS) == NULL ||
      model (models, FH_COLLECTION_ASSESSMENTS) == NULL)
    return;

  assessments = fh_maturity_assessments (models);
  for (guint i = assessments->len; i > 0 && baseline == NULL; i--)
    {
      FhAssessment *assessment = g_ptr_array_index (assessments, i - 1);
      g_autoptr (GPtrArray) saved = NULL;

      if (fh_assessment_get_quarter (assessment) >= quarter)
        continue;
      saved = fh_baseline_items (models, fh_assessment_get_id (assessment));
      if (saved->len > 0)
        baseline = g_steal_pointer (&saved);
    }
  if (baseline == NULL)
    return;

  for (guint i = 0; i < baseline->len; i++)
    {
      FhBaselineItem *then = g_ptr_array_index (baseline, i);

      if (fh_baseline_end_quarter (then) != quarter)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (roadmap); j++)
        {
          g_autoptr (FhRoadmapItem) item = g_list_model_get_item (roadmap, j);

          if (fh_roadmap_item_get_id (item) == fh_baseline_item_get_item (then) &&
              fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_SLIPPED &&
              fh_maturity_item_end_quarter (item) != quarter)
            g_ptr_array_add (items, g_steal_pointer (&item));
        }
    }
}

/**
 * fh_maturity_items_due:
 *
 * Returns: (transfer full): the roadmap items due to finish in @quarter, whatever their
 *   status, by id; with them the items that the baseline of the latest earlier review
 *   had due in @quarter and that have slipped since.
 */
GPtrArray *
fh_maturity_items_due (const FhPlanModels *models, int quarter)
{
  GPtrArray  *items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;

  g_return_val_if_fail (models != NULL, items);

  list = model (models, FH_COLLECTION_ROADMAP);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (list, i);

      if (fh_maturity_item_end_quarter (item) == quarter)
        g_ptr_array_add (items, g_steal_pointer (&item));
    }
  add_slipped_from_baseline (models, quarter, items);

  g_ptr_array_sort (items, compare_items);
  return items;
}

/**
 * fh_maturity_count_items_open:
 *
 * The items due to finish in @quarter that still wait for the delivery check: planned
 * or in progress. Done and dropped items are settled, and a slipped one has been
 * checked (and moved on to a later quarter).
 *
 * Returns: how many
 */
guint
fh_maturity_count_items_open (const FhPlanModels *models, int quarter)
{
  g_autoptr (GPtrArray) due = fh_maturity_items_due (models, quarter);
  guint open = 0;

  for (guint i = 0; i < due->len; i++)
    {
      FhItemStatus status = fh_roadmap_item_get_status (g_ptr_array_index (due, i));

      if (status == FH_ITEM_STATUS_PLANNED || status == FH_ITEM_STATUS_IN_PROGRESS)
        open++;
    }

  return open;
}
