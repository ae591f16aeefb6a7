/* fh-report-data.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fh-assessment.h"
#include "fh-capability.h"
#include "fh-plan-models.h"

G_BEGIN_DECLS

/* What the shared report says, whatever it is written as: the PDF pages
 * (app/render/fh-report.h) and Markdown (fh-markdown.h) take their sections, their
 * order and their numbers from here, so both say the same. */

typedef enum
{
  FH_REPORT_COVER,
  FH_REPORT_SUMMARY,
  FH_REPORT_MATURITY,
  FH_REPORT_GAPS,
  FH_REPORT_USE_CASES,
  FH_REPORT_OPTIONS,
  FH_REPORT_VALUE,
  FH_REPORT_ROADMAP,
  FH_REPORT_FINDINGS,
  FH_REPORT_REVIEW,
  FH_REPORT_SCENARIOS,
  FH_REPORT_CONTEXT,  /* KPIs, data sources, skills shortfall, glossary */
  FH_REPORT_APPENDIX, /* every gap, finding and roadmap item: opt-in */
  FH_REPORT_N_SECTIONS
} FhReportSection;

#define FH_REPORT_ALL_SECTIONS ((1u << FH_REPORT_N_SECTIONS) - 1)
#define FH_REPORT_TOP_GAPS     5
/* Rows a detail list shows before it says how many more the appendix holds. */
#define FH_REPORT_DEFAULT_TOP 20
#define FH_REPORT_MAX_TOP     1000

#define FH_REPORT_ERROR (fh_report_error_quark ())

typedef enum
{
  FH_REPORT_ERROR_SECTIONS, /* a section list names no known section */
} FhReportError;

typedef struct
{
  guint      sections;      /* a bit per FhReportSection; 0 means all */
  int        first_quarter; /* the roadmap's range; 0: from its first item */
  int        last_quarter;  /* 0: to its last item */
  GDateTime *date;          /* the report's date; NULL: now */
  gboolean   appendix;      /* add the appendix (also when @sections names it) */
  guint      top;           /* rows each detail list shows; 0: FH_REPORT_DEFAULT_TOP */
  gboolean   mermaid;       /* Markdown: a Mermaid gantt block of the roadmap */
} FhReportOptions;

/* One item's place in the roadmap's range. */
typedef struct
{
  gpointer item; /* FhRoadmapItem, owned by the plan */
  int      lane; /* index into the lanes (capabilities with items, in catalog order) */
  int      row;  /* row within the lane: items that overlap never share a row */
} FhReportPlacement;

typedef struct
{
  int        first_quarter;
  int        last_quarter;
  GPtrArray *lanes;      /* FhCapability*, owned by the plan */
  GArray    *lane_rows;  /* int: rows in each lane (at least 1) */
  GArray    *placements; /* FhReportPlacement, by lane, row, start */
} FhReportRoadmap;

/* A section is a list of blocks; Markdown writes them as they are, the PDF lays them
 * out on pages and draws a chart where a block names one (the table that follows a
 * chart block carries the same numbers, so Markdown skips the chart). */
typedef enum
{
  FH_REPORT_BLOCK_HEADING,   /* text, level 1 or 2 */
  FH_REPORT_BLOCK_PARAGRAPH, /* text */
  FH_REPORT_BLOCK_LIST,      /* items */
  FH_REPORT_BLOCK_TABLE,     /* columns, rows, weights, numeric */
  FH_REPORT_BLOCK_CHART,     /* chart: an id the renderer knows ("radar", "quadrant", …) */
  FH_REPORT_BLOCK_TIMELINE,  /* the roadmap's lanes across quarters (PDF only); level 0:
                              * tiled across pages, level 1: fitted to one page */
} FhReportBlockKind;

typedef struct
{
  FhReportBlockKind kind;
  int               level;
  char             *text;
  char             *chart;
  GPtrArray        *items;   /* char* */
  GPtrArray        *columns; /* char* */
  GPtrArray        *rows;    /* GStrv, one string per column */
  GArray           *weights; /* double per column: its share of the width */
  guint             numeric; /* bit per column: right-aligned figures */
  int               link;    /* a section (FhReportSection) this block points the reader
                              * to; -1: none */
} FhReportBlock;

GQuark     fh_report_error_quark (void);
GPtrArray *fh_report_build_section (const FhPlanModels    *plan,
                                    const FhReportOptions *options,
                                    FhReportSection        section);

const char *fh_report_section_get_id (FhReportSection section);
const char *fh_report_section_get_title (FhReportSection section);
gboolean    fh_report_sections_parse (const char *list, guint *sections, GError **error);
gboolean    fh_report_options_has (const FhReportOptions *options, FhReportSection section);
char       *fh_report_format_date (const FhReportOptions *options);
guint       fh_report_options_get_top (const FhReportOptions *options);
char       *fh_report_language (const FhPlanModels *plan);

FhCapability    *fh_report_find_capability (const FhPlanModels *plan, const char *id);
GPtrArray       *fh_report_sorted_gaps (const FhPlanModels *plan, gboolean open_only);
GPtrArray       *fh_report_sorted_use_cases (const FhPlanModels *plan);
void             fh_report_option_costs (const FhPlanModels *plan,
                                         gpointer            option,
                                         gint64             *one_off,
                                         gint64             *per_year);
GPtrArray       *fh_report_key_findings (const FhPlanModels *plan);
FhReportRoadmap *fh_report_roadmap_new (const FhPlanModels *plan, const FhReportOptions *options);
void             fh_report_roadmap_free (FhReportRoadmap *roadmap);
GArray     *fh_report_budget_by_quarter (const FhPlanModels *plan, const FhReportRoadmap *roadmap);
const char *fh_report_capability_name (const FhPlanModels *plan, const char *id);

GPtrArray *fh_report_blocks_new (void);
FhReportBlock *
fh_report_blocks_add (GPtrArray *blocks, FhReportBlockKind kind, int level, const char *text);
FhReportBlock *fh_report_blocks_add_table (GPtrArray *blocks, const char *const *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhReportRoadmap, fh_report_roadmap_free)

G_END_DECLS
