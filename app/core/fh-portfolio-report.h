/* fh-portfolio-report.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-portfolio.h"
#include "fh-report-data.h"

G_BEGIN_DECLS

/* The portfolio report's sections, in order. */
typedef enum
{
  FH_PORTFOLIO_SECTION_OVERVIEW,
  FH_PORTFOLIO_SECTION_HEAT_MAP,
  FH_PORTFOLIO_SECTION_CANDIDATES,
  FH_PORTFOLIO_SECTION_SKIPPED,
  FH_PORTFOLIO_N_SECTIONS
} FhPortfolioSection;

char      *fh_portfolio_shared_gap_text (FhPortfolio *self, const FhPortfolioSharedGap *shared);
char      *fh_portfolio_shared_option_text (const FhPortfolioSharedOption *shared);
GPtrArray *fh_portfolio_report_sections (FhPortfolio *self, GDateTime *date);
char      *fh_portfolio_markdown (FhPortfolio *self, GDateTime *date);

G_END_DECLS
