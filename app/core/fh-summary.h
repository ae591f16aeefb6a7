/* fh-summary.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-assessment.h"
#include "fh-maturity.h"
#include "fh-option.h"
#include "fh-plan-models.h"
#include "fh-scenario-compare.h"

G_BEGIN_DECLS

/* One capability as the latest assessment has it. */
typedef struct
{
  FhCapability *capability; /* owned */
  int           stage;      /* -1: not assessed */
} FhSummaryStage;

/* A chosen option and its TCO over the plan's horizon. */
typedef struct
{
  FhOption *option; /* owned */
  gint64    total;  /* minor units of the plan's currency, undiscounted */
} FhSummaryChoice;

/* The plan's state in figures: what `foothold --summary` prints. Every figure comes
 * from the function the window and the report use for it (fh-maturity, fh-gap,
 * fh-rules, fh-tco), never from a copy. */
typedef struct
{
  int                   current_quarter;
  FhAssessment         *latest;       /* owned, may be NULL: nothing assessed yet */
  FhMaturitySummary     summary;      /* of @latest; overall and mean -1 without it */
  GPtrArray            *not_assessed; /* FhCapability*: @latest gives them no score */
  GArray               *stages;       /* FhSummaryStage per capability, display order */
  guint                 open_gaps;    /* fh_gaps_count_open() */
  guint                 findings[FH_SEVERITY_ERROR + 1]; /* per FhSeverity */
  GArray               *choices;                         /* FhSummaryChoice, by capability order */
  GPtrArray            *items_due; /* FhRoadmapItem*: due in @latest's quarter */
  FhScenarioComparison *scenarios; /* every scenario's figures (one for a plan without any) */
} FhPlanSummary;

FhPlanSummary *fh_plan_summary_new (const FhPlanModels *models, GDateTime *date);
void           fh_plan_summary_free (FhPlanSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhPlanSummary, fh_plan_summary_free)

G_END_DECLS
