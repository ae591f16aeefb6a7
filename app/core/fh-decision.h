/* fh-decision.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-criterion.h"
#include "fh-option.h"
#include "fh-plan-models.h"
#include "fh-tco.h"

G_BEGIN_DECLS

/* The decision matrix of one capability: its options (by id) × the plan's criteria
 * (by position). Scores are 1–5; 0 means "not scored", which counts as 0. */
typedef struct
{
  guint         n_options;
  guint         n_criteria;
  FhOption    **options;     /* owned references, in the options model's order */
  FhCriterion **criteria;    /* owned references, by position */
  double       *weights;     /* normalised: they sum to 1 (all 0 when the plan's sum to 0) */
  FhTco        *tcos;        /* per option */
  double       *scores;      /* [option * n_criteria + criterion] */
  double       *totals;      /* weighted totals, 0 … 5 */
  int           recommended; /* index of the highest total; -1 when nothing is scored */
  int           chosen;      /* index of the chosen option, -1 for none */
} FhDecision;

typedef enum
{
  FH_SENSITIVITY_INPUT_FTE_COST,
  FH_SENSITIVITY_INPUT_LINE_AMOUNT,
  FH_SENSITIVITY_INPUT_HORIZON,
} FhSensitivityInput;

/* Where the recommendation holds as one input moves while everything else stays. */
typedef struct
{
  gint64   current;     /* the input's value in the plan */
  gint64   winner;      /* the recommended option's id at @current; 0 for none */
  gint64   low;         /* the recommendation holds from @low … */
  gint64   high;        /* … to @high, both inclusive */
  gboolean flips_below; /* below @low another option wins: at @low - 1 */
  gint64   below_winner;
  gboolean flips_above; /* above @high another option wins: at @high + 1 */
  gint64   above_winner;
  gint64   tolerance; /* ± this much of the input around a flip is rounding: every
                       * line-year is rounded to the minor unit (0 for the horizon) */
} FhBreakEven;

FhDecision *
fh_decision_new (const FhPlanModels *models, const char *capability, const FhTcoParams *params);
void     fh_decision_free (FhDecision *decision);
int      fh_decision_find_option (FhDecision *decision, gint64 option);
double   fh_decision_get_score (FhDecision *decision, guint option, guint criterion);
double   fh_decision_tco_score (gint64 cost, gint64 cheapest);
gboolean fh_decision_check_weights (GListModel *criteria,
                                    const char *criterion,
                                    double      weight,
                                    GError    **error);
gboolean fh_decision_sensitivity (const FhPlanModels *models,
                                  const char         *capability,
                                  FhSensitivityInput  input,
                                  gint64              line,
                                  FhBreakEven        *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhDecision, fh_decision_free)

G_END_DECLS
