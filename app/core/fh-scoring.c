/* fh-scoring.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fh-scoring.h"

#include "fh-data-source.h"
#include "fh-link.h"
#include "fh-metric.h"
#include "fh-role-skill.h"

/* Priority = impact × (readiness + applicability) / 2, from 0 to 9. */
double
fh_scoring_priority (int impact, int readiness, int applicability)
{
  return impact * (readiness + applicability) / 2.0;
}

/* Feasibility is the mean of data readiness and ML applicability. */
double
fh_scoring_feasibility (int readiness, int applicability)
{
  return (readiness + applicability) / 2.0;
}

/* Value (= impact) and feasibility are split at 1.5: a score of 2 or more is high. */
FhQuadrant
fh_scoring_quadrant (int impact, int readiness, int applicability)
{
  gboolean high_value = impact > FH_QUADRANT_SPLIT;
  gboolean high_feasibility = fh_scoring_feasibility (readiness, applicability) > FH_QUADRANT_SPLIT;

  if (high_value)
    return high_feasibility ? FH_QUADRANT_QUICK_WIN : FH_QUADRANT_STRATEGIC_BET;

  return high_feasibility ? FH_QUADRANT_FILL_IN : FH_QUADRANT_AVOID;
}

const char *
fh_quadrant_get_label (FhQuadrant quadrant)
{
  switch (quadrant)
    {
    case FH_QUADRANT_QUICK_WIN:
      return _("Quick win");
    case FH_QUADRANT_STRATEGIC_BET:
      return _("Strategic bet");
    case FH_QUADRANT_FILL_IN:
      return _("Fill-in");
    case FH_QUADRANT_AVOID:
      return _("Avoid");
    default:
      g_return_val_if_reached ("");
    }
}

FhUseCaseFlags
fh_scoring_flags (int readiness, int applicability)
{
  FhUseCaseFlags flags = FH_USE_CASE_FLAG_NONE;

  if (applicability == 0)
    flags |= FH_USE_CASE_FLAG_WITHOUT_ML;
  if (readiness <= 1)
    flags |= FH_USE_CASE_FLAG_DATA_WORK_FIRST;

  return flags;
}

/**
 * fh_scoring_rice:
 * @reach: people or events per quarter
 * @impact: business impact, 0–3
 * @confidence: percent, 0–100
 * @effort: person-weeks
 * @rice: (out): reach × impact × confidence% / effort
 *
 * Returns: %FALSE when there is no effort estimate (0), so no score
 */
gboolean
fh_scoring_rice (int reach, int impact, int confidence, int effort, double *rice)
{
  g_return_val_if_fail (rice != NULL, FALSE);

  *rice = 0;
  if (effort <= 0)
    return FALSE;

  *rice = (double)reach * impact * (confidence / 100.0) / effort;
  return TRUE;
}

/* WSJF = cost of delay (business value + time criticality + risk reduction) / job size. */
double
fh_scoring_wsjf (int business_value, int time_criticality, int risk_reduction, int job_size)
{
  return (double)(business_value + time_criticality + risk_reduction) / MAX (job_size, 1);
}

double
fh_use_case_priority (FhUseCase *use_case)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), 0);

  return fh_scoring_priority (fh_use_case_get_impact (use_case),
                              fh_use_case_get_readiness (use_case),
                              fh_use_case_get_applicability (use_case));
}

/* A new use case starts with impact, readiness and applicability at 0: until one of
 * them is scored it is in no quadrant and carries no flag, rather than looking like a
 * use case the team judged worthless ("Avoid", "Solve without ML"). */
gboolean
fh_use_case_is_scored (FhUseCase *use_case)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), FALSE);

  return fh_use_case_get_impact (use_case) != 0 || fh_use_case_get_readiness (use_case) != 0 ||
         fh_use_case_get_applicability (use_case) != 0;
}

/* What the window and the report say of the use case's quadrant. */
const char *
fh_use_case_quadrant_label (FhUseCase *use_case)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), "");

  if (!fh_use_case_is_scored (use_case))
    return C_("quadrant", "Not scored yet");

  return fh_quadrant_get_label (fh_use_case_quadrant (use_case));
}

FhQuadrant
fh_use_case_quadrant (FhUseCase *use_case)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), FH_QUADRANT_AVOID);

  return fh_scoring_quadrant (fh_use_case_get_impact (use_case),
                              fh_use_case_get_readiness (use_case),
                              fh_use_case_get_applicability (use_case));
}

FhUseCaseFlags
fh_use_case_flags (FhUseCase *use_case)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), FH_USE_CASE_FLAG_NONE);

  if (!fh_use_case_is_scored (use_case))
    return FH_USE_CASE_FLAG_NONE;

  return fh_scoring_flags (fh_use_case_get_readiness (use_case),
                           fh_use_case_get_applicability (use_case));
}

gboolean
fh_use_case_rice (FhUseCase *use_case, double *rice)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), FALSE);

  return fh_scoring_rice (fh_use_case_get_reach (use_case), fh_use_case_get_impact (use_case),
                          fh_use_case_get_confidence (use_case), fh_use_case_get_effort (use_case),
                          rice);
}

double
fh_use_case_wsjf (FhUseCase *use_case)
{
  g_return_val_if_fail (FH_IS_USE_CASE (use_case), 0);

  return fh_scoring_wsjf (
    fh_use_case_get_business_value (use_case), fh_use_case_get_time_criticality (use_case),
    fh_use_case_get_risk_reduction (use_case), fh_use_case_get_job_size (use_case));
}

static double
sort_value (FhUseCase *use_case, FhUseCaseSort sort)
{
  double rice;

  switch (sort)
    {
    case FH_SORT_PRIORITY:
      return fh_use_case_priority (use_case);
    case FH_SORT_RICE:
      /* A use case without an effort estimate has no RICE score: it sorts last. */
      return fh_use_case_rice (use_case, &rice) ? rice : -1;
    case FH_SORT_WSJF:
      return fh_use_case_wsjf (use_case);
    default:
      g_return_val_if_reached (0);
    }
}

/**
 * fh_use_case_compare:
 *
 * Orders use cases by @sort, highest first; equal scores by title, then id.
 */
int
fh_use_case_compare (FhUseCase *a, FhUseCase *b, FhUseCaseSort sort)
{
  double va = sort_value (a, sort);
  double vb = sort_value (b, sort);
  int    by_title;

  if (va != vb)
    return va > vb ? -1 : 1;

  by_title = g_utf8_collate (fh_use_case_get_title (a), fh_use_case_get_title (b));
  if (by_title != 0)
    return by_title;

  return (fh_use_case_get_id (a) > fh_use_case_get_id (b)) -
         (fh_use_case_get_id (a) < fh_use_case_get_id (b));
}

/**
 * fh_scoring_answer:
 * @property: "impact", "readiness" or "applicability"
 * @answer: 0–3
 *
 * Returns: what the answer means, as docs/domain.md section 3 words it
 */
const char *
fh_scoring_answer (const char *property, int answer)
{
  static const char *const impact[] = {
    N_("No measurable KPI"), N_("KPI named, no baseline"),
                                  N_("KPI with baseline, target and estimated value"),
                                      N_("Value estimated and an owner commits to the target"),
                                  };
  static const char *const readiness[] = {
    N_("Data missing or inaccessible"),
        N_("Exists but scattered or unlabelled"),
            N_("Accessible and documented, needs cleaning or labels"),
                N_("Clean, labelled, governed, refreshed on a known cadence"),
            };
  static const char *const applicability[] = {
    N_("A rule or a report solves it"),
      N_("ML may help, no proven approach or feedback signal"),
        N_("Proven approach, labels or feedback obtainable"),
          N_("Proven approach, packaged option or in-house precedent, cost of errors understood"),
        };
  const char *const *answers;

  g_return_val_if_fail (answer >= 0 && answer <= FH_SCORE_MAX, "");

  if (g_strcmp0 (property, "impact") == 0)
    answers = impact;
  else if (g_strcmp0 (property, "readiness") == 0)
    answers = readiness;
  else if (g_strcmp0 (property, "applicability") == 0)
    answers = applicability;
  else
    g_return_val_if_reached ("");

  return _(answers[answer]);
}

/**
 * fh_metric_progress:
 * @progress: (out): 0 at the baseline, 1 at the target; below 0 when the metric moved
 *   the wrong way, above 1 past the target
 *
 * Returns: %FALSE when progress has no meaning: the target equals the baseline (a
 *   guardrail that must hold) or lies on the wrong side of it for @direction
 */
gboolean
fh_metric_progress (FhDirection direction,
                    double      baseline,
                    double      target,
                    double      current,
                    double     *progress)
{
  double span;

  g_return_val_if_fail (progress != NULL, FALSE);

  *progress = 0;
  span = direction == FH_DIRECTION_LOWER ? baseline - target : target - baseline;
  if (!(span > 0) || !isfinite (span))
    return FALSE;

  *progress = (direction == FH_DIRECTION_LOWER ? baseline - current : current - baseline) / span;
  return isfinite (*progress);
}

/* Whether @current is at the target or better, for guardrails and finished metrics. */
gboolean
fh_metric_meets_target (FhDirection direction, double target, double current)
{
  return direction == FH_DIRECTION_LOWER ? current <= target : current >= target;
}

gboolean
fh_use_case_has_business_kpi (GListModel *metrics, gint64 use_case)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (metrics), FALSE);

  n = g_list_model_get_n_items (metrics);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhMetric) metric = g_list_model_get_item (metrics, i);

      if (fh_metric_get_use_case (metric) == use_case &&
          fh_metric_get_kind (metric) == FH_METRIC_KIND_BUSINESS_KPI)
        return TRUE;
    }

  return FALSE;
}

/**
 * fh_data_source_supports:
 *
 * Returns: the highest data readiness (0–3) that a source in this state can carry:
 *   3 only when it is available and self-service, 2 when available on request,
 *   1 when partial, 0 when it is not collected or cannot be accessed at all
 */
int
fh_data_source_supports (FhAvailability availability, FhAccess access)
{
  if (availability == FH_AVAILABILITY_NOT_COLLECTED || access == FH_ACCESS_NONE)
    return 0;
  if (availability == FH_AVAILABILITY_PARTIAL)
    return 1;

  return access == FH_ACCESS_SELF_SERVICE ? 3 : 2;
}

/**
 * fh_use_case_data_support:
 * @n_sources: (out) (optional): how many sources the use case needs
 *
 * Returns: the readiness the use case's sources support (the weakest source
 *   decides), or -1 when no source is linked to it
 */
int
fh_use_case_data_support (const FhPlanModels *models, gint64 use_case, guint *n_sources)
{
  GListModel *links;
  int         support = -1;
  guint       count = 0;
  guint       n;

  g_return_val_if_fail (models != NULL, -1);

  links = models->models[FH_COLLECTION_SOURCE_USE_CASES];
  n = links != NULL ? g_list_model_get_n_items (links) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);
      GListModel *sources = models->models[FH_COLLECTION_DATA_SOURCES];
      guint       n_sources_all;

      if (fh_link_get_target (link) != use_case)
        continue;

      n_sources_all = g_list_model_get_n_items (sources);
      for (guint j = 0; j < n_sources_all; j++)
        {
          g_autoptr (FhDataSource) source = g_list_model_get_item (sources, j);
          int level;

          if (fh_data_source_get_id (source) != fh_link_get_source (link))
            continue;

          level = fh_data_source_supports (fh_data_source_get_availability (source),
                                           fh_data_source_get_access (source));
          support = support < 0 ? level : MIN (support, level);
          count++;
          break;
        }
    }

  if (n_sources != NULL)
    *n_sources = count;

  return support;
}

/**
 * fh_skill_shortfalls:
 *
 * Returns: (transfer full) (element-type FhShortfall): every cell of the roles ×
 *   skills matrix whose current level is below the needed one, the largest
 *   shortfall first (then by role and skill id)
 */
static int
compare_shortfalls (gconstpointer a, gconstpointer b)
{
  const FhShortfall *sa = a;
  const FhShortfall *sb = b;
  int                da = sa->needed - sa->current;
  int                db = sb->needed - sb->current;

  if (da != db)
    return db - da;
  if (sa->role != sb->role)
    return sa->role < sb->role ? -1 : 1;
  if (sa->skill != sb->skill)
    return sa->skill < sb->skill ? -1 : 1;
  return 0;
}

GArray *
fh_skill_shortfalls (const FhPlanModels *models)
{
  GArray     *shortfalls = g_array_new (FALSE, FALSE, sizeof (FhShortfall));
  GListModel *cells;
  guint       n;

  g_return_val_if_fail (models != NULL, shortfalls);

  cells = models->models[FH_COLLECTION_ROLE_SKILLS];
  n = cells != NULL ? g_list_model_get_n_items (cells) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhRoleSkill) cell = g_list_model_get_item (cells, i);
      FhShortfall shortfall = {
        fh_role_skill_get_role (cell),
        fh_role_skill_get_skill (cell),
        fh_role_skill_get_current (cell),
        fh_role_skill_get_needed (cell),
      };

      if (shortfall.current < shortfall.needed)
        g_array_append_val (shortfalls, shortfall);
    }

  g_array_sort (shortfalls, compare_shortfalls);
  return shortfalls;
}

/* A people gap's severity (1–5) from how far a skill falls short: 1 level → 2, …, 4 → 5. */
int
fh_shortfall_severity (const FhShortfall *shortfall)
{
  g_return_val_if_fail (shortfall != NULL, 3);

  return CLAMP (shortfall->needed - shortfall->current + 1, 1, 5);
}

/**
 * fh_skill_level_get_label:
 * @level: 0–4
 */
const char *
fh_skill_level_get_label (int level)
{
  static const char *const labels[] = {
    N_("None"), N_("Aware"), N_("Practitioner"), N_("Expert"), N_("Can teach"),
    };

  g_return_val_if_fail (level >= 0 && level < (int)G_N_ELEMENTS (labels), "");

  return _(labels[level]);
}
