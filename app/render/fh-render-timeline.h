/* fh-render-timeline.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "fh-plan-models.h"
#include "fh-render-style.h"

G_BEGIN_DECLS

/* The roadmap timeline: one swimlane per capability, one column per quarter. It is
 * built from a plan once, laid out for a geometry, then drawn through a viewport onto
 * any cairo context: a window draws the part that is on screen, a PDF tiles the whole
 * across pages. Only what meets the viewport is drawn. */

typedef struct
{
  double label_width;   /* the lane names on the left, drawn in every viewport */
  double header_height; /* the quarter names on top, drawn in every viewport */
  double column_width;  /* one quarter */
  double row_height;    /* one bar row */
  double text_pt;       /* bar and label text size */
} FhTimelineGeometry;

/* The part of the timeline's content (quarters × lanes, without the label column
 * and the header) to draw, and where: content (x, y) lands at the target's
 * (label_width, header_height). */
typedef struct
{
  double x;
  double y;
  double width; /* of the target, labels and header included */
  double height;
} FhTimelineViewport;

typedef struct
{
  gint64   id;
  int      lane;
  int      row;      /* within the lane */
  int      start;    /* quarter */
  int      duration; /* quarters */
  int      from_stage;
  int      target_stage;
  gboolean milestone;
  int      finding; /* -1: none, else the worst FhSeverity of its findings */
  int      status;  /* FhItemStatus */
  char    *title;
} FhTimelineBar;

typedef struct
{
  char    *capability; /* capability id */
  char    *name;
  gboolean collapsed;
  guint    n_bars;
  int      n_rows;
  double   y; /* content coordinates */
  double   height;
} FhTimelineLane;

typedef struct _FhRenderTimeline FhRenderTimeline;

typedef enum
{
  FH_TIMELINE_TITLE_NONE,
  FH_TIMELINE_TITLE_INSIDE,
  FH_TIMELINE_TITLE_BESIDE, /* on the bar's right, in its row */
} FhTimelineTitle;

typedef enum
{
  FH_TIMELINE_HIT_NONE,
  FH_TIMELINE_HIT_BAR,
  FH_TIMELINE_HIT_START_EDGE,
  FH_TIMELINE_HIT_END_EDGE,
  FH_TIMELINE_HIT_LANE, /* a lane's name: toggles collapsing */
} FhTimelineHit;

void fh_timeline_geometry_init (FhTimelineGeometry *geometry, double scale);

FhRenderTimeline *fh_render_timeline_new (const FhPlanModels *models,
                                          GPtrArray          *findings,
                                          GHashTable         *collapsed,
                                          gboolean            hide_empty);
void              fh_render_timeline_free (FhRenderTimeline *timeline);
void              fh_render_timeline_adopt_text (FhRenderTimeline *timeline, FhRenderTimeline *old);
void   fh_render_timeline_set_range (FhRenderTimeline *timeline, int first_quarter, int n_quarters);
int    fh_render_timeline_get_first (FhRenderTimeline *timeline);
int    fh_render_timeline_get_n_quarters (FhRenderTimeline *timeline);
void   fh_render_timeline_set_now (FhRenderTimeline *timeline, double now);
void   fh_render_timeline_set_selected (FhRenderTimeline *timeline, gint64 id);
void   fh_render_timeline_layout (FhRenderTimeline *timeline, const FhTimelineGeometry *geometry);
double fh_render_timeline_get_label_width (FhRenderTimeline         *timeline,
                                           const FhTimelineGeometry *geometry);
gboolean fh_render_timeline_lane_is_cut (FhRenderTimeline *timeline, guint lane);
double   fh_render_timeline_min_column_width (FhRenderTimeline         *timeline,
                                              const FhTimelineGeometry *geometry);
gboolean fh_render_timeline_header_is_cut (FhRenderTimeline *timeline);
FhTimelineTitle
fh_render_timeline_get_title_rect (FhRenderTimeline *timeline, guint bar, cairo_rectangle_t *rect);
gboolean fh_render_timeline_get_title_cut (FhRenderTimeline *timeline, guint bar);
void     fh_render_timeline_set_show_controls (FhRenderTimeline *timeline, gboolean show);
void     fh_render_timeline_get_size (FhRenderTimeline *timeline,
                                      double           *content_width,
                                      double           *content_height);
guint    fh_render_timeline_get_n_lanes (FhRenderTimeline *timeline);
const FhTimelineLane *fh_render_timeline_get_lane (FhRenderTimeline *timeline, guint lane);
guint                 fh_render_timeline_get_n_bars (FhRenderTimeline *timeline);
const FhTimelineBar  *fh_render_timeline_get_bar (FhRenderTimeline *timeline, guint bar);
int                   fh_render_timeline_find_bar (FhRenderTimeline *timeline, gint64 id);
void
fh_render_timeline_set_bar_span (FhRenderTimeline *timeline, guint bar, int start, int duration);
gboolean
fh_render_timeline_bar_rect (FhRenderTimeline *timeline, guint bar, cairo_rectangle_t *rect);
FhTimelineHit fh_render_timeline_hit (FhRenderTimeline         *timeline,
                                      const FhTimelineViewport *viewport,
                                      double                    x,
                                      double                    y,
                                      int                      *index);
guint         fh_render_timeline_draw (FhRenderTimeline         *timeline,
                                       cairo_t                  *cr,
                                       const FhTimelineViewport *viewport);
void          fh_render_timeline_stage_colour (int stage, double *rgb);
void          fh_render_timeline_fill_stage (cairo_t *cr, int stage);
void fh_render_timeline_draw_badge (cairo_t *cr, int severity, double cx, double cy, double radius);
void fh_render_timeline_draw_milestone (cairo_t *cr, double x, double y, double size);
/* The palette the timeline is drawn in (NULL: paper's); its text scale is the
 * geometry's business (fh_timeline_geometry_init()). */
void fh_render_timeline_set_style (FhRenderTimeline *timeline, const FhRenderStyle *style);
/* Leads every bar's title with its item's number, "#12 Title" (once; for a summary
 * whose titles are cut short, see fh_render_timeline_fit()). */
void fh_render_timeline_number_titles (FhRenderTimeline *timeline);

G_END_DECLS
