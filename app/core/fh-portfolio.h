/* fh-portfolio.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-maturity.h"
#include "fh-plan-models.h"
#include "fh-types.h"

G_BEGIN_DECLS

/* A portfolio: many teams' plans side by side, read only (docs/domain.md, "A
 * portfolio of plans"). Each figure of a row comes from the function the window
 * and the plan's own report use for it (fh-summary, fh-maturity, fh-rules, fh-tco). */

/* A cell's stage when the team's plan has no such capability in its catalog. */
#define FH_PORTFOLIO_NOT_IN_CATALOG (-2)

/* Two gap titles are similar when at least this share of their words (of three
 * letters or more, case and punctuation ignored) is common to both. */
#define FH_PORTFOLIO_SIMILAR_WORDS 0.5

/* A capability column: matched by id across plans; named as the first plan that
 * has it names it. */
typedef struct
{
  char *id;
  char *name;
} FhPortfolioColumn;

typedef struct
{
  char             *team;    /* the plan's name, or its file's when it has none */
  char             *file;    /* the file's display name */
  int               quarter; /* of the latest assessment; 0: none */
  FhMaturitySummary summary; /* of the latest assessment (fh_maturity_summarize) */
  gboolean          has_trend;
  int               overall_before; /* the assessment before the latest one */
  double            mean_before;
  guint             open_gaps;
  guint             findings[FH_SEVERITY_ERROR + 1];
  gint64            spend; /* chosen options' TCO over the plan's horizon, minor units */
  char             *currency;
  GHashTable       *stages; /* capability id → stage + 10 (fh_portfolio_row_stage()) */
} FhPortfolioRow;

/* A member that was not read, and the sentence that says why. */
typedef struct
{
  char *file;
  char *reason;
} FhPortfolioSkipped;

/* Open gaps of several teams on one capability with similar titles. */
typedef struct
{
  char      *capability;
  GPtrArray *teams;  /* char*, distinct, in row order */
  GPtrArray *titles; /* char*, one per gap, in row order */
} FhPortfolioSharedGap;

/* One packaged service several teams chose or are evaluating. */
typedef struct
{
  char      *name;
  GPtrArray *choosing;   /* char*: teams that chose it */
  GPtrArray *evaluating; /* char*: teams that list it without choosing it */
} FhPortfolioSharedOption;

typedef struct _FhPortfolio FhPortfolio;

FhPortfolio *fh_portfolio_new (GDateTime *date);
void         fh_portfolio_free (FhPortfolio *self);
void fh_portfolio_add_plan (FhPortfolio *self, const char *file, const FhPlanModels *models);
void fh_portfolio_add_skipped (FhPortfolio *self, const char *file, const char *reason);
void fh_portfolio_finish (FhPortfolio *self);

guint                     fh_portfolio_get_n_rows (FhPortfolio *self);
const FhPortfolioRow     *fh_portfolio_get_row (FhPortfolio *self, guint row);
guint                     fh_portfolio_get_n_columns (FhPortfolio *self);
const FhPortfolioColumn  *fh_portfolio_get_column (FhPortfolio *self, guint column);
int                       fh_portfolio_get_stage (FhPortfolio *self, guint row, guint column);
guint                     fh_portfolio_get_n_skipped (FhPortfolio *self);
const FhPortfolioSkipped *fh_portfolio_get_skipped (FhPortfolio *self, guint index);
GPtrArray                *fh_portfolio_get_shared_gaps (FhPortfolio *self);
GPtrArray                *fh_portfolio_get_shared_options (FhPortfolio *self);
int                       fh_portfolio_get_current_quarter (FhPortfolio *self);

int      fh_portfolio_row_stage (const FhPortfolioRow *row, const char *capability);
char    *fh_portfolio_row_trend_text (const FhPortfolioRow *row);
char    *fh_portfolio_row_findings_text (const FhPortfolioRow *row);
char    *fh_portfolio_row_spend_text (const FhPortfolioRow *row);
char    *fh_portfolio_stage_cell_text (int stage);
gboolean fh_portfolio_titles_similar (const char *a, const char *b);
char    *fh_portfolio_summary_text (FhPortfolio *self);
char    *fh_portfolio_overview_text (FhPortfolio *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhPortfolio, fh_portfolio_free)

G_END_DECLS
