/* fh-report-portfolio.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-report-portfolio.h"

#include "fh-plan-info.h"
#include "fh-portfolio-report.h"
#include "fh-render-heat-map.h"

/* The portfolio's PDF: the blocks of fh-portfolio-report.c (the Markdown's too) on
 * the plan report's pages, with the heat map drawn on a landscape page of its own
 * before its table. */

/* Each portfolio section takes the type and orientation of one of the plan's. */
static const FhReportSection section_kinds[FH_PORTFOLIO_N_SECTIONS] = {
  [FH_PORTFOLIO_SECTION_OVERVIEW] = FH_REPORT_SUMMARY,
  [FH_PORTFOLIO_SECTION_HEAT_MAP] = FH_REPORT_OPTIONS, /* landscape: a column per capability */
  [FH_PORTFOLIO_SECTION_CANDIDATES] = FH_REPORT_GAPS,
  [FH_PORTFOLIO_SECTION_SKIPPED] = FH_REPORT_FINDINGS,
};

/**
 * fh_report_portfolio_new:
 * @portfolio: the portfolio; kept for the report's lifetime by the caller
 * @date: (nullable): the report's date; %NULL: today
 *
 * Returns: (transfer full): the portfolio's report, laid out on pages
 */
FhReport *
fh_report_portfolio_new (FhPortfolio *portfolio, FhPaper paper, GDateTime *date)
{
  g_autoptr (GDateTime) now = date != NULL ? g_date_time_ref (date) : g_date_time_new_now_local ();
  g_autoptr (GPtrArray) sections = fh_portfolio_report_sections (portfolio, now);
  g_autoptr (FhPlanInfo) info =
    g_object_new (FH_TYPE_PLAN_INFO, "name", _("Portfolio of plans"), NULL);
  FhReportExtraChart chart = { "portfolio-heat-map", 0, fh_render_heat_map_pdf, portfolio };

  return fh_report_new_blocks (info, sections, section_kinds, paper, &chart);
}
