/* fh-report-portfolio.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-portfolio.h"
#include "fh-report.h"

G_BEGIN_DECLS

FhReport *fh_report_portfolio_new (FhPortfolio *portfolio, FhPaper paper, GDateTime *date);

G_END_DECLS
