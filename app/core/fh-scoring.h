/* fh-scoring.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"
#include "fh-types.h"
#include "fh-use-case.h"

G_BEGIN_DECLS

/* Use-case scoring as docs/domain.md section 3 defines it, and the other pure logic of
 * the Discover section: metric progress, data support and skill shortfalls. */

#define FH_SCORE_MAX      3 /* impact, readiness and applicability are 0–3 */
#define FH_QUADRANT_SPLIT 1.5

typedef enum
{
  FH_QUADRANT_QUICK_WIN,     /* high value, high feasibility */
  FH_QUADRANT_STRATEGIC_BET, /* high value, low feasibility */
  FH_QUADRANT_FILL_IN,       /* low value, high feasibility */
  FH_QUADRANT_AVOID,         /* low value, low feasibility */
} FhQuadrant;

typedef enum
{
  FH_USE_CASE_FLAG_NONE = 0,
  FH_USE_CASE_FLAG_WITHOUT_ML = 1 << 0,      /* applicability 0: solve it without ML */
  FH_USE_CASE_FLAG_DATA_WORK_FIRST = 1 << 1, /* readiness ≤ 1: data work first */
} FhUseCaseFlags;

typedef enum
{
  FH_SORT_PRIORITY,
  FH_SORT_RICE,
  FH_SORT_WSJF,
} FhUseCaseSort;

/* One cell of the roles × skills matrix where the current level is below the needed. */
typedef struct
{
  gint64 role;
  gint64 skill;
  int    current;
  int    needed;
} FhShortfall;

double         fh_scoring_priority (int impact, int readiness, int applicability);
double         fh_scoring_feasibility (int readiness, int applicability);
FhQuadrant     fh_scoring_quadrant (int impact, int readiness, int applicability);
const char    *fh_quadrant_get_label (FhQuadrant quadrant);
FhUseCaseFlags fh_scoring_flags (int readiness, int applicability);
gboolean       fh_scoring_rice (int reach, int impact, int confidence, int effort, double *rice);
double fh_scoring_wsjf (int business_value, int time_criticality, int risk_reduction, int job_size);

double         fh_use_case_priority (FhUseCase *use_case);
gboolean       fh_use_case_is_scored (FhUseCase *use_case);
FhQuadrant     fh_use_case_quadrant (FhUseCase *use_case);
const char    *fh_use_case_quadrant_label (FhUseCase *use_case);
FhUseCaseFlags fh_use_case_flags (FhUseCase *use_case);
gboolean       fh_use_case_rice (FhUseCase *use_case, double *rice);
double         fh_use_case_wsjf (FhUseCase *use_case);
int            fh_use_case_compare (FhUseCase *a, FhUseCase *b, FhUseCaseSort sort);

const char *fh_scoring_answer (const char *property, int answer);

gboolean fh_metric_progress (FhDirection direction,
                             double      baseline,
                             double      target,
                             double      current,
                             double     *progress);
gboolean fh_metric_meets_target (FhDirection direction, double target, double current);
gboolean fh_use_case_has_business_kpi (GListModel *metrics, gint64 use_case);

int fh_data_source_supports (FhAvailability availability, FhAccess access);
int fh_use_case_data_support (const FhPlanModels *models, gint64 use_case, guint *n_sources);

GArray     *fh_skill_shortfalls (const FhPlanModels *models);
int         fh_shortfall_severity (const FhShortfall *shortfall);
const char *fh_skill_level_get_label (int level);

G_END_DECLS
