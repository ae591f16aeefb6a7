/* fh-report.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "fh-plan-models.h"
#include "fh-report-data.h"

G_BEGIN_DECLS

/* The printed report: the sections of fh-report-data.h laid out on pages of a paper
 * size, each page in the orientation that fits its section. The same pages are
 * written to PDF (fh_report_write_pdf), printed (GtkPrintOperation calls
 * fh_report_draw_page) and previewed in the export dialog. */

typedef enum
{
  FH_PAPER_A4,
  FH_PAPER_LETTER,
} FhPaper;

typedef struct _FhReport FhReport;

/* A chart drawn on a page of the report: the plan, the chart's argument (such as a
 * capability id) and the area to fill, in points, with its top left at 0,0. */
typedef void (*FhReportChartFunc) (const FhPlanModels *plan,
                                   const char         *argument,
                                   cairo_t            *cr,
                                   double              width,
                                   double              height);

/* A chart of a report made of blocks (fh_report_new_blocks()), drawn with its data
 * into (0, 0, width, height); height 0 gives it the rest of a landscape page. */
typedef void (*FhReportDrawFunc) (gpointer data, cairo_t *cr, double width, double height);

typedef struct
{
  const char      *id;
  double           height;
  FhReportDrawFunc func;
  gpointer         data;
} FhReportExtraChart;

FhPaper  fh_report_default_paper (void);
gboolean fh_report_paper_parse (const char *text, FhPaper *paper, GError **error);
void     fh_report_paper_get_size (FhPaper paper, double *width, double *height);

FhReport   *fh_report_new (const FhPlanModels *plan, const FhReportOptions *options, FhPaper paper);
FhReport   *fh_report_new_preview (const FhPlanModels    *plan,
                                   const FhReportOptions *options,
                                   FhPaper                paper,
                                   guint                  max_pages);
FhReport   *fh_report_new_blocks (FhPlanInfo               *info,
                                  GPtrArray                *sections,
                                  const FhReportSection    *kinds,
                                  FhPaper                   paper,
                                  const FhReportExtraChart *chart);
gboolean    fh_report_is_complete (FhReport *self);
guint       fh_report_count_pages_laid_out (void);
void        fh_report_free (FhReport *self);
guint       fh_report_get_n_pages (FhReport *self);
FhPlanInfo *fh_report_get_plan_info (FhReport *self);
void        fh_report_get_page_size (FhReport *self, guint page, double *width, double *height);
FhReportSection fh_report_get_page_section (FhReport *self, guint page);
guint           fh_report_get_timeline_pages (FhReport *self);
void            fh_report_draw_page (FhReport *self, cairo_t *cr, guint page);
double          fh_report_get_min_text_size (FhReport *self);
gboolean        fh_report_chart_is_available (const char *chart);
const char *fh_report_get_mark (FhReport *self, guint index, int *level, guint *page, double *y);
const char *fh_report_get_language (FhReport *self);

/* Called after each page the PDF has drawn; returns %FALSE to stop. */
typedef gboolean (*FhReportProgressFunc) (guint page, guint n_pages, gpointer data);

gboolean fh_report_write_pdf (FhReport *self, GOutputStream *stream, GError **error);
gboolean fh_report_write_pdf_full (FhReport            *self,
                                   GOutputStream       *stream,
                                   FhReportProgressFunc progress,
                                   gpointer             data,
                                   GCancellable        *cancellable,
                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhReport, fh_report_free)

G_END_DECLS
