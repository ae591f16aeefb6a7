/* fh-report-data-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-report-data.h"

G_BEGIN_DECLS

/* fh-report-value.c: the Value and Funding section. */
void fh_report_build_value (const FhPlanModels *plan, GPtrArray *blocks);

/* What the files that build the report's sections share (fh-report-data.c,
 * fh-report-summary.c, fh-report-context.c). */

void           fh_report_block_free (gpointer data);
FhReportBlock *fh_report_add_block (GPtrArray *blocks, FhReportBlockKind kind, const char *text);
void           fh_report_add_heading (GPtrArray *blocks, int level, const char *text);
void           fh_report_add_chart (GPtrArray *blocks, const char *chart);
FhReportBlock *fh_report_add_table (GPtrArray *blocks, const char *const *spec);
void           fh_report_add_row (FhReportBlock *table, ...);
FhReportBlock *fh_report_add_list (GPtrArray *blocks);
void           fh_report_add_more (GPtrArray *blocks, guint shown, guint total);
char          *fh_report_stage_text (int stage);
GPtrArray     *fh_report_model_items (const FhPlanModels *plan, FhCollection collection);
FhAssessment  *fh_report_latest_assessment (const FhPlanModels *plan, FhAssessment **previous);

void fh_report_build_summary (const FhPlanModels    *plan,
                              const FhReportOptions *options,
                              GPtrArray             *blocks);
void
fh_report_build_gaps (const FhPlanModels *plan, const FhReportOptions *options, GPtrArray *blocks);
void fh_report_build_roadmap (const FhPlanModels    *plan,
                              const FhReportOptions *options,
                              GPtrArray             *blocks);
void fh_report_build_findings (const FhPlanModels    *plan,
                               const FhReportOptions *options,
                               GPtrArray             *blocks);
/* More capabilities with options than this: the Options section is one table, and
 * each capability's comparison goes to the appendix. */
#define FH_REPORT_OPTIONS_DETAIL_MAX 12

gboolean fh_report_add_option_details (const FhPlanModels *plan, GPtrArray *blocks);
guint    fh_report_count_compared (const FhPlanModels *plan);
void     fh_report_add_findings_by_rule (GPtrArray *blocks, GPtrArray *findings);
void     fh_report_build_context (const FhPlanModels    *plan,
                                  const FhReportOptions *options,
                                  GPtrArray             *blocks);
void     fh_report_build_appendix (const FhPlanModels    *plan,
                                   const FhReportOptions *options,
                                   GPtrArray             *blocks);

G_END_DECLS
