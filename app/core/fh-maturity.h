/* fh-maturity.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-assessment.h"
#include "fh-capability.h"
#include "fh-plan-models.h"
#include "fh-roadmap-item.h"
#include "fh-score.h"

G_BEGIN_DECLS

/* What one assessment says as a whole. A capability without a score is not assessed:
 * never counted as Not yet, never silently dropped. overall is the lowest stage among
 * the assessed core capabilities (-1 when none is assessed); mean is the mean stage of
 * every assessed capability (-1 when none is). n_scored of n_capabilities are
 * assessed, n_core_scored of n_core among the core ones; fh_maturity_not_assessed()
 * names the rest. */
typedef struct
{
  int    overall;
  double mean;
  guint  n_scored;
  guint  n_capabilities;
  guint  n_carried_over;
  guint  n_core;
  guint  n_core_scored;
} FhMaturitySummary;

/* One capability in a comparison of two assessments. stage_a / stage_b are -1 when
 * that assessment has no score for it; delta is stage_b - stage_a when both exist. */
typedef struct
{
  FhCapability *capability; /* owned by the comparison */
  FhScore      *score_a;    /* owned, may be NULL */
  FhScore      *score_b;    /* owned, may be NULL: where the reason lives */
  int           stage_a;
  int           stage_b;
  int           delta;
} FhComparisonRow;

typedef struct
{
  int               quarter_a;
  int               quarter_b;
  FhMaturitySummary summary_a;
  FhMaturitySummary summary_b;
  guint             n_improved;
  guint             n_regressed;
  guint             n_unchanged;
  GArray           *rows; /* of FhComparisonRow, in capability order */
} FhComparison;

typedef struct
{
  int    quarter;
  int    overall; /* -1: no core capability scored */
  double mean;    /* -1: nothing scored */
} FhTrendPoint;

FhAssessment *fh_maturity_find_assessment (const FhPlanModels *models, int quarter);
FhAssessment *fh_maturity_previous (const FhPlanModels *models, int quarter);
FhAssessment *fh_maturity_latest (const FhPlanModels *models);
GPtrArray    *fh_maturity_assessments (const FhPlanModels *models);
GPtrArray    *fh_maturity_capabilities (const FhPlanModels *models);
FhScore *
fh_maturity_find_score (const FhPlanModels *models, gint64 assessment, const char *capability);
void
fh_maturity_summarize (const FhPlanModels *models, gint64 assessment, FhMaturitySummary *summary);
GPtrArray *fh_maturity_not_assessed (const FhPlanModels *models, gint64 assessment);
int   fh_maturity_stage (const FhPlanModels *models, gint64 assessment, const char *capability);
char *fh_maturity_assessed_text (const FhMaturitySummary *summary);
char *fh_maturity_summary_text (const FhMaturitySummary *summary);
char *fh_maturity_badge_text (const FhMaturitySummary *summary);
int   fh_maturity_current_quarter (GDateTime *date);
GPtrArray *
fh_maturity_plan_carry_over (const FhPlanModels *models, gint64 previous, gint64 assessment);
FhComparison          *
fh_maturity_compare (const FhPlanModels *models, gint64 assessment_a, gint64 assessment_b);
void     fh_comparison_free (FhComparison *comparison);
gboolean fh_comparison_row_is_regression (const FhComparisonRow *row);
gboolean fh_comparison_row_is_changed (const FhComparisonRow *row);
char    *fh_comparison_summary_text (const FhComparison *comparison);
GArray  *fh_maturity_trend (const FhPlanModels *models);
int      fh_maturity_item_end_quarter (FhRoadmapItem *item);
GPtrArray *fh_maturity_items_due (const FhPlanModels *models, int quarter);
guint      fh_maturity_count_items_open (const FhPlanModels *models, int quarter);
char      *fh_maturity_format_stage (int overall);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhComparison, fh_comparison_free)

G_END_DECLS
