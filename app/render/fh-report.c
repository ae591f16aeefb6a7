/* fh-report.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fh-report.h"
#include "fh-report-data-private.h"

#include "fh-capability.h"
#include "fh-maturity.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-render-cost-chart.h"
#include "fh-render-quadrant.h"
#include "fh-render-radar.h"
#include "fh-render-scenario-chart.h"
#include "fh-render-text.h"
#include "fh-render-legend.h"
#include "fh-render-timeline-tiles.h"
#include "fh-render-timeline.h"
#include "fh-render-trend.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-tco.h"
#include "fh-use-case.h"

/* Page geometry in points (1/72 in): what a printer can reach on both papers. */
#define MARGIN     42.0
#define FOOTER_GAP 20.0
#define CELL_PAD   4.0
#define BLOCK_GAP  8.0

/* Type sizes in points, set at 72 dpi so that they are the sizes in the PDF. */
#define SIZE_TITLE  28.0
#define SIZE_H1     20.0
#define SIZE_H2     13.0
#define SIZE_BODY   10.5
#define SIZE_COVER  14.0
#define SIZE_CELL   9.0
#define SIZE_SMALL  8.5
#define SIZE_FOOTER 8.0

/* The timeline's tiles: fh-render-timeline draws them at this scale of its screen
 * geometry (its text stays at 8 pt or more), with a caption above and a legend below. */
#define TIMELINE_SCALE 0.7
#define CAPTION_HEIGHT 18.0

typedef enum
{
  PIECE_TEXT,
  PIECE_BULLET,
  PIECE_TABLE_HEADER,
  PIECE_TABLE_ROW,
  PIECE_CHART,
  PIECE_TIMELINE,
  PIECE_TIMELINE_FIT, /* the whole timeline scaled to the piece's box */
  PIECE_CONTENTS,     /* a line of the contents page: index into the marks */
} PieceKind;

typedef struct
{
  PieceKind            kind;
  const FhReportBlock *block;
  guint                index; /* list item or table row */
  double               y;
  double               height;
  double               cx, cy; /* timeline tile: the part of the timeline's content shown */
  double               cw, ch;
  int                  mark; /* the Mark this piece is the destination of; -1: none */
} Piece;

typedef struct
{
  FhReportSection section;
  gboolean        landscape;
  GArray         *pieces;
} Page;

/* A place the outline and the contents name: a heading or a timeline tile. */
typedef struct
{
  int    level; /* 1: section, 2: subsection, 3: timeline tile */
  char  *text;
  guint  page;
  double y;
} Mark;

struct _FhReport
{
  FhPlanModels          plan;
  FhReportOptions       options;
  FhPaper               paper;
  char                 *date;
  GPtrArray            *blocks; /* GPtrArray of FhReportBlock per laid-out section */
  GPtrArray            *pages;  /* Page */
  FhReportRoadmap      *roadmap;
  FhRenderTimeline     *timeline; /* the roadmap section's chart, when it is included */
  FhTimelineGeometry    geometry;
  guint                 timeline_pages;
  GArray               *timeline_tiles; /* FhTimelineTile, one per timeline piece */
  guint                 tile_columns, tile_rows;
  guint                 max_pages; /* a preview's first pages only; 0: the whole report */
  gboolean              complete;  /* every page laid out, so the page count is known */
  double                min_text;
  GArray               *marks;        /* Mark, in page order */
  char                 *language;     /* BCP 47, fh_report_language() */
  GPtrArray            *extra_blocks; /* blocks of the report's own, such as "Contents" */
  GHashTable           *columns;      /* FhReportBlock → Columns: each table's widths */
  cairo_font_options_t *font_options;
  cairo_surface_t      *measure_surface;
  cairo_t              *measure;
  FhReportExtraChart    extra; /* fh_report_new_blocks(): its one chart of its own */
};

/* Charts by id (the part before a ':'; the rest is the chart's argument). A chart the
 * build has no function for is left out, and its section's table carries its numbers. */
typedef struct
{
  const char       *id;
  double            height; /* 0: the rest of a landscape page of its own */
  FhReportChartFunc func;
} ChartEntry;

/* The maturity radar: the latest quarter over the one before (or over itself). */
static void
draw_radar (const FhPlanModels *plan,
            const char         *argument,
            cairo_t            *cr,
            double              width,
            double              height)
{
  FhPlanModels *models = (FhPlanModels *)plan;
  FhAssessment *latest = fh_maturity_latest (models);
  FhAssessment *previous =
    latest != NULL ? fh_maturity_previous (models, fh_assessment_get_quarter (latest)) : NULL;
  g_autoptr (FhComparison) comparison = NULL;

  if (latest == NULL)
    return;

  comparison =
    fh_maturity_compare (models, fh_assessment_get_id (previous != NULL ? previous : latest),
                         fh_assessment_get_id (latest));
  fh_render_radar (cr, width, height, comparison, NULL);
}

static void
draw_trend (const FhPlanModels *plan,
            const char         *argument,
            cairo_t            *cr,
            double              width,
            double              height)
{
  g_autoptr (GArray) points = fh_maturity_trend ((FhPlanModels *)plan);

  fh_render_trend (cr, width, height, points, NULL, NULL);
}

static void
draw_quadrant (const FhPlanModels *plan,
               const char         *argument,
               cairo_t            *cr,
               double              width,
               double              height)
{
  GListModel                 *use_cases = plan->models[FH_COLLECTION_USE_CASES];
  guint                       n = use_cases != NULL ? g_list_model_get_n_items (use_cases) : 0;
  g_autofree FhQuadrantPoint *points = g_new0 (FhQuadrantPoint, MAX (n, 1));
  FhQuadrantStyle             style = { 9, 0 };
  g_autoptr (FhQuadrantLayout) layout = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);

      /* The model keeps the record, and so its title, alive. */
      points[i].id = fh_use_case_get_id (use_case);
      points[i].label = fh_use_case_get_title (use_case);
      points[i].impact = fh_use_case_get_impact (use_case);
      points[i].readiness = fh_use_case_get_readiness (use_case);
      points[i].applicability = fh_use_case_get_applicability (use_case);
    }

  layout = fh_render_quadrant (cr, width, height, points, n, &style);
}

/* The TCO chart of one capability's options; the argument is the capability's id. */
static void
draw_tco (const FhPlanModels *plan, const char *argument, cairo_t *cr, double width, double height)
{
  GListModel       *options = plan->models[FH_COLLECTION_OPTIONS];
  FhCostChartBar    bars[FH_COST_CHART_MAX_BARS];
  FhCostChartLayout layout;
  guint             n = 0;

  for (guint i = 0;
       options != NULL && i < g_list_model_get_n_items (options) && n < G_N_ELEMENTS (bars); i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);
      FhTco tco;

      if (g_strcmp0 (fh_option_get_capability (option), argument) != 0)
        continue;

      fh_tco_compute_option (&tco, plan, fh_option_get_id (option));
      bars[n].name = fh_option_get_name (option);
      memcpy (bars[n].by_category, tco.by_category, sizeof bars[n].by_category);
      n++;
    }

  if (n > 0)
    fh_render_cost_chart (cr, MIN (width, 700), height, bars, n,
                          plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "",
                          plan->info != NULL ? fh_plan_info_get_horizon_years (plan->info) : 3,
                          NULL, &layout);
}

static const ChartEntry charts[] = {
  /* The radar sets its type by its height and its names' width by its width: only a
   * wide page gives every capability's name room to show in full at a legible size. */
  { "radar", 0, draw_radar },
  { "trend", 200, draw_trend },
  { "quadrant", 330, draw_quadrant },
  { "tco", 260, draw_tco },
  { "scenarios", 300, fh_render_scenario_chart_for_report },
  { NULL, 0, NULL },
};

static const ChartEntry *
find_chart (const char *chart)
{
  gsize len = strcspn (chart, ":");

  for (guint i = 0; charts[i].id != NULL; i++)
    {
      if (strlen (charts[i].id) == len && strncmp (charts[i].id, chart, len) == 0)
        return &charts[i];
    }

  return NULL;
}

/* A chart by id, the report's own chart of fh_report_new_blocks() included (its
 * entry in @entry, without a func). */
static const ChartEntry *
report_find_chart (FhReport *self, const char *chart, ChartEntry *entry)
{
  if (self->extra.id != NULL && g_strcmp0 (chart, self->extra.id) == 0)
    {
      *entry = (ChartEntry){ self->extra.id, self->extra.height, NULL };
      return entry;
    }
  return find_chart (chart);
}

/**
 * fh_report_chart_is_available:
 * @chart: a chart id, such as "radar"
 *
 * Returns: %TRUE if the PDF draws @chart; otherwise its table stands alone
 */
gboolean
fh_report_chart_is_available (const char *chart)
{
  g_return_val_if_fail (chart != NULL, FALSE);

  return find_chart (chart) != NULL;
}

/**
 * fh_report_default_paper:
 *
 * The paper of the locale, for use without a display (the window asks GTK): Letter in
 * the United States and Canada, A4 elsewhere.
 */
FhPaper
fh_report_default_paper (void)
{
  const char *names[] = { "LC_ALL", "LC_PAPER", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = g_getenv (names[i]);

      if (value == NULL || value[0] == '\0')
        continue;

      return strstr (value, "_US") != NULL || strstr (value, "_CA") != NULL ? FH_PAPER_LETTER
                                                                            : FH_PAPER_A4;
    }

  return FH_PAPER_A4;
}

gboolean
fh_report_paper_parse (const char *text, FhPaper *paper, GError **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = FH_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = FH_PAPER_LETTER;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a paper size. Choose a4 or letter."), text);
      return FALSE;
    }

  return TRUE;
}

/* Portrait size in points. */
void
fh_report_paper_get_size (FhPaper paper, double *width, double *height)
{
  if (paper == FH_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

/* Wide tables and the timeline read better across the page (the appendix holds both). */
static gboolean
section_is_landscape (FhReportSection section)
{
  return section == FH_REPORT_ROADMAP || section == FH_REPORT_OPTIONS ||
         section == FH_REPORT_APPENDIX;
}

static void
page_size (FhReport *self, gboolean landscape, double *width, double *height)
{
  double w, h;

  fh_report_paper_get_size (self->paper, &w, &h);
  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

static double
content_bottom (FhReport *self, gboolean landscape)
{
  double w, h;

  page_size (self, landscape, &w, &h);
  return h - MARGIN - FOOTER_GAP;
}

static double
content_width (FhReport *self, gboolean landscape)
{
  double w, h;

  page_size (self, landscape, &w, &h);
  return w - 2 * MARGIN;
}

/* Every piece of text on a page is set here: plain text (never markup) through
 * fh-render-text, at 72 dpi so that a point is a point of the PDF, with metrics that do
 * not depend on the surface, so that what was measured is what is drawn. */
static PangoLayout *
report_layout (FhReport   *self,
               cairo_t    *cr,
               const char *text,
               double      size,
               gboolean    bold,
               double      max_width,
               int         max_lines)
{
  FhTextStyle                 style = { NULL, size, bold, max_width, max_lines };
  PangoLayout                *layout = fh_render_text_layout (cr, text, &style);
  PangoContext               *context = pango_layout_get_context (layout);
  const PangoFontDescription *font;

  pango_cairo_context_set_resolution (context, 72);
  pango_cairo_context_set_font_options (context, self->font_options);
  pango_layout_context_changed (layout);

  font = pango_layout_get_font_description (layout);
  self->min_text =
    MIN (self->min_text, (double)pango_font_description_get_size (font) / PANGO_SCALE);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)h / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)w / PANGO_SCALE;
}

static void
show_layout (cairo_t *cr, PangoLayout *layout, double x, double y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
text_size (FhReportSection section, const FhReportBlock *block)
{
  gboolean cover = section == FH_REPORT_COVER;

  switch (block->kind)
    {
    case FH_REPORT_BLOCK_HEADING:
      if (block->level <= 1)
        return cover ? SIZE_TITLE : SIZE_H1;
      return SIZE_H2;
    case FH_REPORT_BLOCK_PARAGRAPH:
    case FH_REPORT_BLOCK_LIST:
      return cover ? SIZE_COVER : SIZE_BODY;
    case FH_REPORT_BLOCK_TABLE:
    case FH_REPORT_BLOCK_CHART:
    case FH_REPORT_BLOCK_TIMELINE:
    default:
      return SIZE_CELL;
    }
}

/* Every page laid out, in this process: tests count them to check that a preview
 * lays out only its own pages. */
static gint pages_laid_out;

/* A preview stops laying out once something is put on the page after its last one:
 * by then every page it shows is whole, and the report is known to be longer. */
static gboolean
report_is_full (FhReport *self)
{
  Page *last;

  if (self->max_pages == 0 || self->pages->len <= self->max_pages)
    return FALSE;

  last = self->pages->pdata[self->pages->len - 1];
  return self->pages->len > self->max_pages + 1 || last->pieces->len > 0;
}

static Page *
add_page (FhReport *self, FhReportSection section)
{
  Page *page = g_new0 (Page, 1);

  page->section = section;
  page->landscape = section_is_landscape (section);
  page->pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  g_ptr_array_add (self->pages, page);
  g_atomic_int_inc (&pages_laid_out);
  return page;
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->pieces);
  g_free (page);
}

static Piece *
add_piece (Page                *page,
           PieceKind            kind,
           const FhReportBlock *block,
           guint                index,
           double               y,
           double               height)
{
  Piece piece = { kind, block, index, y, height, 0, 0, 0, 0, -1 };

  g_array_append_val (page->pieces, piece);
  return &g_array_index (page->pieces, Piece, page->pieces->len - 1);
}

/* A table's columns on a page of a given width: their left edges and the right edge. */
typedef struct
{
  double  width;
  double *x; /* n_columns + 1 */
} Columns;

static void
columns_free (gpointer data)
{
  Columns *columns = data;

  g_free (columns->x);
  g_free (columns);
}

static double
text_width (FhReport *self, const char *text, gboolean bold)
{
  g_autoptr (PangoLayout) layout = report_layout (self, self->measure, text, SIZE_CELL, bold, 0, 0);

  return layout_width (layout);
}

/* The widest word of @text: a column narrower than that breaks inside a word. */
static double
word_width (FhReport *self, const char *text, gboolean bold)
{
  g_auto (GStrv) words = g_strsplit_set (text != NULL ? text : "", " \n\t", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0')
        widest = MAX (widest, text_width (self, words[i], bold));
    }
  return widest;
}

/* Column widths from the content: every column at least as wide as its widest word
 * (so a name or a figure is never broken), the room left shared by how much more
 * each column's text would take on one line. The first rows stand for a long table. */
static Columns *
table_columns (FhReport *self, const FhReportBlock *table, double width)
{
  Columns           *columns = g_hash_table_lookup (self->columns, table);
  guint              n = table->columns->len;
  guint              sample = MIN (table->rows->len, 200);
  g_autofree double *least = g_new0 (double, n);
  g_autofree double *natural = g_new0 (double, n);
  double             sum_least = 0, sum_natural = 0, pad = 2 * CELL_PAD + 0.5;

  if (columns != NULL && columns->width == width)
    return columns;

  for (guint c = 0; c < n; c++)
    {
      const char *header = table->columns->pdata[c];

      least[c] = word_width (self, header, TRUE) + pad;
      natural[c] = text_width (self, header, TRUE) + pad;
      for (guint r = 0; r < sample; r++)
        {
          const char *cell = ((char **)table->rows->pdata[r])[c];

          least[c] = MAX (least[c], MIN (word_width (self, cell, FALSE) + pad, width / 3));
          natural[c] = MAX (natural[c], text_width (self, cell, FALSE) + pad);
        }
      /* Figures are never broken: "12 000 EUR" on one line. */
      if (table->numeric & (1u << c))
        least[c] = MIN (natural[c], width / 3);
      natural[c] = MAX (natural[c], least[c]);
      sum_least += least[c];
      sum_natural += natural[c];
    }

  columns = g_new0 (Columns, 1);
  columns->width = width;
  columns->x = g_new0 (double, n + 1);
  for (guint c = 0; c < n; c++)
    {
      double w;

      if (sum_natural <= width)
        w = natural[c] + (width - sum_natural) * natural[c] / sum_natural;
      else if (sum_least >= width)
        w = width * least[c] / sum_least;
      else
        w = least[c] +
            (width - sum_least) * (natural[c] - least[c]) / MAX (sum_natural - sum_least, 1e-6);
      columns->x[c + 1] = columns->x[c] + w;
    }
  g_hash_table_replace (self->columns, (gpointer)table, columns);
  return columns;
}

static double
column_x (FhReport *self, const FhReportBlock *table, double width, guint column)
{
  return table_columns (self, table, width)->x[column];
}

static double
column_width (FhReport *self, const FhReportBlock *table, double width, guint column)
{
  Columns *columns = table_columns (self, table, width);

  return columns->x[column + 1] - columns->x[column];
}

/* Lays out (cr != NULL: draws) one row of a table; returns its height. Every cell of a
 * row starts at the row's top, so a wrapped cell never shifts the cells beside it.
 * A row taller than a page is drawn in parts: only the lines between @from and @to
 * (row coordinates; @to < 0: to the end) are drawn, moved up by @from. When @cut is
 * given it receives the lowest line end of any cell at or above @to, so that a part
 * ends between lines. */
static double
table_row_part (FhReport            *self,
                cairo_t             *cr,
                const FhReportBlock *table,
                const char *const   *cells,
                gboolean             header,
                double               width,
                double               y,
                double               from,
                double               to,
                double              *cut)
{
  double height = 0;

  if (cut != NULL)
    *cut = from;
  for (guint c = 0; c < table->columns->len; c++)
    {
      double cw = column_width (self, table, width, c) - 2 * CELL_PAD;
      double x = MARGIN + column_x (self, table, width, c) + CELL_PAD;
      /* Never cut: a cell holds its whole text, a row as tall as it takes. */
      g_autoptr (PangoLayout) layout = report_layout (self, cr != NULL ? cr : self->measure,
                                                      cells[c], SIZE_CELL, header, MAX (cw, 1), 0);

      if (table->numeric & (1u << c))
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      height = MAX (height, layout_height (layout));

      if ((cr != NULL && (from > 0 || to >= 0)) || cut != NULL)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (layout);

          do
            {
              PangoRectangle logical;
              double         top, bottom;

              pango_layout_iter_get_line_extents (iter, NULL, &logical);
              top = CELL_PAD + (double)logical.y / PANGO_SCALE;
              bottom = top + (double)logical.height / PANGO_SCALE;
              if (cut != NULL && bottom <= to + 0.01 && bottom > *cut)
                *cut = bottom;
              if (cr != NULL && top >= from - 0.01 && (to < 0 || bottom <= to + 0.01))
                {
                  cairo_move_to (cr, x + (double)logical.x / PANGO_SCALE,
                                 y - from + CELL_PAD +
                                   (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
                  pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
                }
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
      else if (cr != NULL)
        show_layout (cr, layout, x, y + CELL_PAD);
    }

  return height + 2 * CELL_PAD;
}

static double
table_row (FhReport            *self,
           cairo_t             *cr,
           const FhReportBlock *table,
           const char *const   *cells,
           gboolean             header,
           double               width,
           double               y)
{
  return table_row_part (self, cr, table, cells, header, width, y, 0, -1, NULL);
}

static double
text_piece_height (FhReport            *self,
                   FhReportSection      section,
                   const FhReportBlock *block,
                   const char          *text,
                   double               width)
{
  g_autoptr (PangoLayout) layout =
    report_layout (self, self->measure, text, text_size (section, block),
                   block->kind == FH_REPORT_BLOCK_HEADING, width, 0);

  return layout_height (layout);
}

static int
add_mark (FhReport *self, int level, const char *text, double y)
{
  Mark mark = { level, g_strdup (text), self->pages->len - 1, y };

  g_array_append_val (self->marks, mark);
  return self->marks->len - 1;
}

static void
mark_clear (gpointer data)
{
  g_free (((Mark *)data)->text);
}

/* The outline's name of a timeline tile: which quarters and which part it is. */
static char *
tile_caption (FhReport *self, const Piece *piece)
{
  const FhTimelineTile *tile = &g_array_index (self->timeline_tiles, FhTimelineTile, piece->index);
  g_autofree char      *from = fh_quarter_format (tile->first_quarter);
  g_autofree char      *to = fh_quarter_format (tile->first_quarter + tile->n_quarters - 1);

  return g_strdup_printf (_("Timeline %s – %s, part %u"), from, to, piece->index + 1);
}

static double
fit_legend_height (FhReport *self, double width)
{
  return fh_render_legend (self->measure, NULL, width, SIZE_SMALL, FALSE, NULL) + 8;
}

/* The scale that fits the whole timeline, lane names and quarter headers included,
 * into @width × @height. */
static double
fitted_timeline_scale (FhReport *self, double width, double height)
{
  double content_w, content_h;

  fh_render_timeline_get_size (self->timeline, &content_w, &content_h);
  content_w += self->geometry.label_width;
  content_h += self->geometry.header_height;
  return MIN (1.0, MIN (width / content_w, (height - fit_legend_height (self, width)) / content_h));
}

static double
fitted_timeline_height (FhReport *self, double width, double room)
{
  double content_w, content_h;

  fh_render_timeline_get_size (self->timeline, &content_w, &content_h);
  return (content_h + self->geometry.header_height) * fitted_timeline_scale (self, width, room) +
         fit_legend_height (self, width);
}

/* The timeline goes on pages of its own, in the tiles fh_render_timeline_tile()
 * balances: quarters across, lanes down, every tile with the lane names, quarter
 * headers and legend. */
static Page *
paginate_timeline (FhReport *self, Page *page, const FhReportBlock *block, double y)
{
  double width = content_width (self, page->landscape);
  double legend_h = fh_render_legend (self->measure, NULL, width, SIZE_SMALL, FALSE, NULL) + 8;
  double room;
  /* A section's heading keeps its timeline on its page: the tiles take the room below. */
  gboolean under_heading =
    page->pieces->len == 1 &&
    g_array_index (page->pieces, Piece, 0).block->kind == FH_REPORT_BLOCK_HEADING;

  room = content_bottom (self, page->landscape) - (under_heading ? y : MARGIN) - CAPTION_HEIGHT -
         legend_h;
  g_clear_pointer (&self->timeline_tiles, g_array_unref);
  self->timeline_tiles = fh_render_timeline_tile (self->timeline, &self->geometry, width, room,
                                                  &self->tile_columns, &self->tile_rows);
  for (guint t = 0; t < self->timeline_tiles->len && !report_is_full (self); t++)
    {
      const FhTimelineTile *tile = &g_array_index (self->timeline_tiles, FhTimelineTile, t);
      Piece                *piece;

      /* The first tile stays under what is above it when it fits there. */
      if (t > 0 || page->pieces->len == 0 ||
          y + CAPTION_HEIGHT + self->geometry.header_height + tile->ch + legend_h >
            content_bottom (self, page->landscape))
        {
          if (page->pieces->len > 0)
            page = add_page (self, page->section);
          y = MARGIN;
        }
      piece = add_piece (page, PIECE_TIMELINE, block, t, y, 0);

      piece->cx = tile->cx;
      piece->cy = tile->cy;
      piece->cw = tile->cw;
      piece->ch = tile->ch;
      piece->height = CAPTION_HEIGHT + self->geometry.header_height + piece->ch + legend_h;
      {
        g_autofree char *name = tile_caption (self, piece);

        piece->mark = add_mark (self, 3, name, y);
      }
      self->timeline_pages++;
    }
  page = add_page (self, page->section);

  return page;
}

static void
paginate_section (FhReport *self, FhReportSection section, GPtrArray *blocks)
{
  Page  *page = add_page (self, section);
  double width = content_width (self, page->landscape);
  double bottom = content_bottom (self, page->landscape);
  double y = MARGIN;

  if (section == FH_REPORT_COVER)
    y = bottom * 0.3;

  for (guint b = 0; b < blocks->len && !report_is_full (self); b++)
    {
      const FhReportBlock *block = blocks->pdata[b];

      /* Pages of a section share its orientation, except a chart's page of its own. */
      width = content_width (self, page->landscape);
      bottom = content_bottom (self, page->landscape);

      switch (block->kind)
        {
        case FH_REPORT_BLOCK_HEADING:
        case FH_REPORT_BLOCK_PARAGRAPH:
          {
            double h;
            /* A heading keeps what it heads on its page: a chart, or a few lines. */
            const FhReportBlock *next = b + 1 < blocks->len ? blocks->pdata[b + 1] : NULL;
            ChartEntry           extra;
            const ChartEntry    *chart = next != NULL && next->kind == FH_REPORT_BLOCK_CHART
                                           ? report_find_chart (self, next->chart, &extra)
                                           : NULL;
            double               keep = block->kind != FH_REPORT_BLOCK_HEADING ? 0
                                        : chart != NULL                        ? chart->height
                                                                               : 60;

            /* A heading over a chart with a page of its own goes on that page. */
            if (block->kind == FH_REPORT_BLOCK_HEADING && chart != NULL && chart->height <= 0)
              {
                if (page->pieces->len > 0)
                  page = add_page (self, section);
                page->landscape = TRUE;
                y = MARGIN;
                width = content_width (self, page->landscape);
                bottom = content_bottom (self, page->landscape);
                keep = 0;
              }

            h = text_piece_height (self, section, block, block->text, width);
            if (y + h + keep > bottom && page->pieces->len > 0)
              {
                page = add_page (self, section);
                y = MARGIN;
              }
            {
              Piece *piece = add_piece (page, PIECE_TEXT, block, 0, y, h);

              if (block->kind == FH_REPORT_BLOCK_HEADING && section != FH_REPORT_COVER)
                piece->mark = add_mark (self, block->level, block->text, y);
            }
            y += h + BLOCK_GAP;
          }
          break;

        case FH_REPORT_BLOCK_LIST:
          for (guint i = 0; i < block->items->len && !report_is_full (self); i++)
            {
              double h =
                text_piece_height (self, section, block, block->items->pdata[i], width - 16);

              if (y + h > bottom && page->pieces->len > 0)
                {
                  page = add_page (self, section);
                  y = MARGIN;
                }
              add_piece (page, PIECE_BULLET, block, i, y, h);
              y += h + BLOCK_GAP / 2;
            }
          y += BLOCK_GAP / 2;
          break;

        case FH_REPORT_BLOCK_TABLE:
          {
            double   header = table_row (self, NULL, block,
                                         (const char *const *)block->columns->pdata, TRUE, width, 0);
            gboolean need_header = TRUE;

            for (guint r = 0; r < block->rows->len && !report_is_full (self); r++)
              {
                const char *const *cells = block->rows->pdata[r];
                double             h = table_row (self, NULL, block, cells, FALSE, width, 0);
                double             from = 0;

                /* A row taller than a whole page goes on in parts, cut between lines. */
                while (from < h - 0.01)
                  {
                    double end = h, cut;
                    Piece *piece;

                    /* A row moves to the next page whole, unless no page could hold it. */
                    double need = h - from <= bottom - MARGIN - header ? h - from : 3 * SIZE_CELL;

                    if (y + (need_header ? header : 0) + need > bottom && page->pieces->len > 0)
                      {
                        page = add_page (self, section);
                        y = MARGIN;
                        need_header = TRUE;
                      }
                    if (need_header)
                      {
                        add_piece (page, PIECE_TABLE_HEADER, block, 0, y, header);
                        y += header;
                        need_header = FALSE;
                      }
                    if (y + (h - from) > bottom)
                      {
                        table_row_part (self, NULL, block, cells, FALSE, width, 0, from,
                                        from + (bottom - y), &cut);
                        end = cut > from + 1 ? cut : from + (bottom - y);
                      }
                    piece = add_piece (page, PIECE_TABLE_ROW, block, r, y, end - from);
                    if (from > 0 || end < h)
                      {
                        piece->cy = from;
                        piece->ch = end - from;
                      }
                    y += end - from;
                    from = end;
                    if (from < h - 0.01)
                      {
                        page = add_page (self, section);
                        y = MARGIN;
                        need_header = TRUE;
                      }
                  }
              }
            y += BLOCK_GAP * 2;
          }
          break;

        case FH_REPORT_BLOCK_CHART:
          {
            ChartEntry        extra;
            const ChartEntry *chart = report_find_chart (self, block->chart, &extra);
            double            h;

            if (chart == NULL)
              break;

            if (chart->height <= 0)
              {
                /* The rest of a landscape page, then back to the section's pages. */
                if (!page->landscape)
                  {
                    if (page->pieces->len > 0)
                      page = add_page (self, section);
                    page->landscape = TRUE;
                    y = MARGIN;
                  }
                bottom = content_bottom (self, TRUE);
                add_piece (page, PIECE_CHART, block, 0, y, bottom - y);
                page = add_page (self, section);
                y = MARGIN;
                break;
              }

            h = MIN (chart->height, bottom - MARGIN);
            if (y + h > bottom && page->pieces->len > 0)
              {
                page = add_page (self, section);
                y = MARGIN;
              }
            add_piece (page, PIECE_CHART, block, 0, y, h);
            y += h + BLOCK_GAP * 2;
          }
          break;

        case FH_REPORT_BLOCK_TIMELINE:
          if (self->timeline == NULL)
            break;
          if (block->level == 1)
            {
              /* The whole roadmap on a landscape page of its own, its heading with it. */
              const FhReportBlock *heading = b > 0 ? blocks->pdata[b - 1] : NULL;
              Page                *fit;
              double               h, top = MARGIN;

              fit = page->landscape ? page : add_page (self, section);
              fit->landscape = TRUE;
              if (fit != page && heading != NULL && heading->kind == FH_REPORT_BLOCK_HEADING &&
                  page->pieces->len > 0 &&
                  g_array_index (page->pieces, Piece, page->pieces->len - 1).block == heading)
                {
                  /* Move the heading over. */
                  Piece moved = g_array_index (page->pieces, Piece, page->pieces->len - 1);

                  g_array_set_size (page->pieces, page->pieces->len - 1);
                  moved.y = MARGIN;
                  g_array_append_val (fit->pieces, moved);
                  if (page->pieces->len == 0)
                    g_ptr_array_remove (self->pages, page);
                  if (moved.mark >= 0)
                    {
                      Mark *mark = &g_array_index (self->marks, Mark, moved.mark);

                      mark->page = self->pages->len - 1;
                      mark->y = MARGIN;
                    }
                  top += moved.height + BLOCK_GAP;
                }
              else if (fit == page)
                top = y;
              h = fitted_timeline_height (self, content_width (self, TRUE),
                                          content_bottom (self, TRUE) - top);
              add_piece (fit, PIECE_TIMELINE_FIT, block, 0, top, h);
              /* What follows starts a page of the section's own orientation. */
              if (b + 1 < blocks->len)
                {
                  page = add_page (self, section);
                  y = MARGIN;
                }
              else
                {
                  page = fit;
                  y = content_bottom (self, TRUE) + 1;
                }
              break;
            }
          page = paginate_timeline (self, page, block, y);
          y = MARGIN;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* A section that ended exactly at a page break leaves an empty page behind. */
  if (page->pieces->len == 0 && !report_is_full (self))
    g_ptr_array_remove (self->pages, page);
}

static void
build_timeline (FhReport *self)
{
  g_autoptr (GPtrArray) findings = fh_rules_check (&self->plan);
  int first = self->roadmap->first_quarter;
  int last = self->roadmap->last_quarter;

  /* The same chart as the Roadmap page, with the start-small findings marked. */
  self->timeline = fh_render_timeline_new (&self->plan, findings, NULL, TRUE);
  if (first > 0)
    fh_render_timeline_set_range (self->timeline, first, last - first + 1);
  fh_timeline_geometry_init (&self->geometry, TIMELINE_SCALE);
  fh_render_timeline_layout (self->timeline, &self->geometry);

  /* A roadmap narrower than its landscape page spreads its quarters across the page
   * (up to three screen columns each), so that bar titles have room to be read. */
  {
    double content_w, available;
    guint  n_quarters;

    fh_render_timeline_get_size (self->timeline, &content_w, NULL);
    n_quarters = (guint)floor (content_w / self->geometry.column_width + 0.5);
    available = content_width (self, TRUE) - self->geometry.label_width;
    if (n_quarters > 0 && content_w < available)
      {
        self->geometry.column_width = MIN (available / n_quarters, 3 * self->geometry.column_width);
        fh_render_timeline_layout (self->timeline, &self->geometry);
      }
  }
}

/* The contents page, after the cover: every section and subsection with its page,
 * or the sections alone when they would not fit on one page. */
static void
add_contents (FhReport *self)
{
  Page          *page;
  double         bottom, y = MARGIN, line = SIZE_BODY * 1.6;
  guint          n_entries = 0;
  int            max_level = 2;
  gboolean       cover;
  FhReportBlock *heading;

  cover = self->pages->len > 0 && ((Page *)self->pages->pdata[0])->section == FH_REPORT_COVER;
  if (!cover || self->marks->len == 0)
    return;

  page = g_new0 (Page, 1);
  page->section = FH_REPORT_COVER;
  page->pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  g_ptr_array_insert (self->pages, 1, page);
  g_atomic_int_inc (&pages_laid_out);
  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->page >= 1)
        mark->page++;
      n_entries += mark->level <= 2;
    }

  bottom = content_bottom (self, FALSE);
  if (MARGIN + 40 + n_entries * line > bottom)
    max_level = 1;

  heading = g_new0 (FhReportBlock, 1);
  heading->kind = FH_REPORT_BLOCK_HEADING;
  heading->level = 1;
  heading->link = -1;
  heading->text = g_strdup (_("Contents"));
  g_ptr_array_add (self->extra_blocks, heading);
  /* The front matter's heading size, as on the cover. */
  add_piece (page, PIECE_TEXT, heading, 0, y, SIZE_TITLE * 1.4);
  y += SIZE_TITLE * 1.4 + BLOCK_GAP * 2;
  for (guint i = 0; i < self->marks->len && y + line <= bottom; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->level > max_level)
        continue;
      add_piece (page, PIECE_CONTENTS, NULL, i, y, line);
      y += line;
    }
}

static FhReport *
report_new (const FhPlanModels    *plan,
            const FhReportOptions *options,
            FhPaper                paper,
            guint                  max_pages,
            gboolean               build)
{
  FhReport *self;

  g_return_val_if_fail (plan != NULL, NULL);

  self = g_new0 (FhReport, 1);
  self->plan.info = plan->info != NULL ? g_object_ref (plan->info) : NULL;
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    self->plan.models[i] = plan->models[i] != NULL ? g_object_ref (plan->models[i]) : NULL;
  if (options != NULL)
    self->options = *options;
  self->options.date = options != NULL && options->date != NULL ? g_date_time_ref (options->date)
                                                                : g_date_time_new_now_local ();
  self->paper = paper;
  self->date = fh_report_format_date (&self->options);
  self->min_text = G_MAXDOUBLE;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func (page_free);

  self->font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (self->font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (self->font_options, CAIRO_HINT_STYLE_NONE);
  self->measure_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  self->measure = cairo_create (self->measure_surface);
  self->language = fh_report_language (&self->plan);
  fh_render_text_set_language (self->measure, self->language);

  self->max_pages = max_pages;
  self->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  self->extra_blocks = g_ptr_array_new_with_free_func (fh_report_block_free);
  g_array_set_clear_func (self->marks, mark_clear);
  self->columns = g_hash_table_new_full (NULL, NULL, NULL, columns_free);
  if (!build)
    return self; /* fh_report_new_blocks() lays its own sections out */

  /* The summary fits the roadmap to a page; the roadmap and the appendix tile it. */
  if (fh_report_options_has (&self->options, FH_REPORT_SUMMARY) ||
      fh_report_options_has (&self->options, FH_REPORT_ROADMAP) ||
      fh_report_options_has (&self->options, FH_REPORT_APPENDIX))
    {
      self->roadmap = fh_report_roadmap_new (&self->plan, &self->options);
      if (self->roadmap->placements->len > 0)
        build_timeline (self);
    }

  /* Sections are built as they are reached, so that a preview builds only its own. */
  for (guint s = 0; s < FH_REPORT_N_SECTIONS && !report_is_full (self); s++)
    {
      GPtrArray *blocks;

      if (!fh_report_options_has (&self->options, s))
        continue;

      blocks = fh_report_build_section (&self->plan, &self->options, s);
      g_ptr_array_add (self->blocks, blocks);
      paginate_section (self, s, blocks);
    }

  self->complete = !report_is_full (self);
  add_contents (self);
  if (!self->complete)
    g_ptr_array_set_size (self->pages, self->max_pages);

  return self;
}

/**
 * fh_report_new:
 * @plan: the plan; its models are kept for the report's lifetime
 * @options: (nullable): sections, quarter range and date; the whole plan, dated now, when %NULL
 * @paper: the paper size
 *
 * Lays the whole report out on pages.
 *
 * Returns: (transfer full): the report
 */
FhReport *
fh_report_new (const FhPlanModels *plan, const FhReportOptions *options, FhPaper paper)
{
  return report_new (plan, options, paper, 0, TRUE);
}

/**
 * fh_report_new_blocks:
 * @info: the settings whose name the footers show
 * @sections: (element-type GPtrArray): FhReportBlock per section; kept
 * @kinds: for each of @sections, the report section whose type and orientation it takes
 * @chart: (nullable): the one chart id the blocks may name beyond the plan's charts
 *
 * Lays out a report that is not one plan's, such as a portfolio's
 * (fh-report-portfolio.c), with the pages, tables and footers of the plan's report.
 *
 * Returns: (transfer full): the report
 */
FhReport *
fh_report_new_blocks (FhPlanInfo               *info,
                      GPtrArray                *sections,
                      const FhReportSection    *kinds,
                      FhPaper                   paper,
                      const FhReportExtraChart *chart)
{
  FhPlanModels plan = { info, { NULL } };
  FhReport    *self;

  g_return_val_if_fail (info != NULL && sections != NULL && kinds != NULL, NULL);

  self = report_new (&plan, NULL, paper, 0, FALSE);
  if (chart != NULL)
    self->extra = *chart;
  for (guint s = 0; s < sections->len; s++)
    {
      g_ptr_array_add (self->blocks, g_ptr_array_ref (sections->pdata[s]));
      paginate_section (self, kinds[s], sections->pdata[s]);
    }
  self->complete = TRUE;
  return self;
}

/**
 * fh_report_new_preview:
 * @plan: the plan; its models are kept for the report's lifetime
 * @options: (nullable): as for fh_report_new()
 * @paper: the paper size
 * @max_pages: how many pages to lay out, at least 1
 *
 * Lays out only the report's first @max_pages pages (the same pages fh_report_new()
 * would make), for a preview that must not wait for a large plan's every page. When
 * the report is longer, fh_report_is_complete() is %FALSE, the total page count is
 * unknown and the footers say "Page N" without "of M".
 *
 * Returns: (transfer full): the report's first pages
 */
FhReport *
fh_report_new_preview (const FhPlanModels    *plan,
                       const FhReportOptions *options,
                       FhPaper                paper,
                       guint                  max_pages)
{
  g_return_val_if_fail (max_pages > 0, NULL);

  return report_new (plan, options, paper, max_pages, TRUE);
}

/**
 * fh_report_count_pages_laid_out:
 *
 * Returns: how many pages every report of this process has laid out so far, the
 * pages a preview began and dropped included
 */
guint
fh_report_count_pages_laid_out (void)
{
  return (guint)g_atomic_int_get (&pages_laid_out);
}

/* Returns: %TRUE when every page of the report is laid out (always, but for a
 * preview of a report longer than its pages) */
gboolean
fh_report_is_complete (FhReport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->complete;
}

void
fh_report_free (FhReport *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->extra_blocks, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->roadmap, fh_report_roadmap_free);
  g_clear_pointer (&self->timeline, fh_render_timeline_free);
  g_clear_pointer (&self->timeline_tiles, g_array_unref);
  g_clear_pointer (&self->options.date, g_date_time_unref);
  g_clear_pointer (&self->measure, cairo_destroy);
  g_clear_pointer (&self->measure_surface, cairo_surface_destroy);
  g_clear_pointer (&self->font_options, cairo_font_options_destroy);
  g_clear_object (&self->plan.info);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    g_clear_object (&self->plan.models[i]);
  g_free (self->date);
  g_free (self);
}

/* Returns: (transfer none) (nullable): the plan's settings */
FhPlanInfo *
fh_report_get_plan_info (FhReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->plan.info;
}

guint
fh_report_get_n_pages (FhReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/* The size of @page in points, in its own orientation. */
void
fh_report_get_page_size (FhReport *self, guint page, double *width, double *height)
{
  Page *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  p = self->pages->pdata[page];
  page_size (self, p->landscape, width, height);
}

FhReportSection
fh_report_get_page_section (FhReport *self, guint page)
{
  g_return_val_if_fail (self != NULL, FH_REPORT_COVER);
  g_return_val_if_fail (page < self->pages->len, FH_REPORT_COVER);

  return ((Page *)self->pages->pdata[page])->section;
}

/* Returns: how many pages the roadmap's timeline was tiled onto */
guint
fh_report_get_timeline_pages (FhReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->timeline_pages;
}

/**
 * fh_report_get_min_text_size:
 * @self: the report
 *
 * The layout record of type sizes: the smallest size, in points, of any text the
 * report has laid out or drawn so far.
 */
double
fh_report_get_min_text_size (FhReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->min_text;
}

static void
set_grey (cairo_t *cr, double level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static void
draw_footer (FhReport *self, cairo_t *cr, guint page, double width, double height)
{
  const char *name = self->plan.info != NULL ? fh_plan_info_get_name (self->plan.info) : "";
  /* A preview of a longer report does not know its page count: it says no number it
   * has not counted. */
  g_autofree char *number =
    self->complete ? g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len)
                   : g_strdup_printf (_("Page %u"), page + 1);
  double y = height - MARGIN;
  double third = (width - 2 * MARGIN) / 3;
  g_autoptr (PangoLayout) left = report_layout (self, cr, name, SIZE_FOOTER, FALSE, third - 8, 1);
  g_autoptr (PangoLayout) centre = report_layout (self, cr, number, SIZE_FOOTER, FALSE, third, 1);
  g_autoptr (PangoLayout) right =
    report_layout (self, cr, self->date, SIZE_FOOTER, FALSE, third, 1);

  set_grey (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, width - MARGIN, y - 4);
  cairo_stroke (cr);

  set_grey (cr, 0.3);
  pango_layout_set_alignment (centre, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  show_layout (cr, left, MARGIN, y);
  show_layout (cr, centre, MARGIN + third, y);
  show_layout (cr, right, MARGIN + 2 * third, y);
}

static void
draw_table_piece (FhReport *self, cairo_t *cr, const Piece *piece, double width)
{
  const FhReportBlock *table = piece->block;

  if (piece->kind == PIECE_TABLE_HEADER)
    {
      cairo_set_source_rgb (cr, 0.90, 0.92, 0.95);
      cairo_rectangle (cr, MARGIN, piece->y, width, piece->height);
      cairo_fill (cr);
      set_grey (cr, 0.1);
      table_row (self, cr, table, (const char *const *)table->columns->pdata, TRUE, width,
                 piece->y);
      return;
    }

  /* Banded rows: the eye follows a row across to its figures. */
  if (piece->index % 2 == 1)
    {
      cairo_set_source_rgb (cr, 0.965, 0.965, 0.97);
      cairo_rectangle (cr, MARGIN, piece->y, width, piece->height);
      cairo_fill (cr);
    }
  set_grey (cr, 0.82);
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, MARGIN, piece->y + piece->height);
  cairo_line_to (cr, MARGIN + width, piece->y + piece->height);
  cairo_stroke (cr);

  set_grey (cr, 0.1);
  if (piece->ch > 0)
    table_row_part (self, cr, table, table->rows->pdata[piece->index], FALSE, width, piece->y,
                    piece->cy, piece->cy + piece->ch, NULL);
  else
    table_row (self, cr, table, table->rows->pdata[piece->index], FALSE, width, piece->y);
}

static void
draw_legend (FhReport *self, cairo_t *cr, double y, double width)
{
  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  fh_render_legend (cr, NULL, width, SIZE_SMALL, TRUE, NULL);
  cairo_restore (cr);
}

static void
draw_timeline_piece (FhReport *self, cairo_t *cr, const Piece *piece, double width)
{
  const FhTimelineGeometry *g = &self->geometry;
  FhTimelineViewport        viewport = { piece->cx, piece->cy, g->label_width + piece->cw,
                                         g->header_height + piece->ch };
  const FhTimelineTile *tile = &g_array_index (self->timeline_tiles, FhTimelineTile, piece->index);
  const FhTimelineLane *lane0 = fh_render_timeline_get_lane (self->timeline, tile->first_lane);
  const FhTimelineLane *lane1 =
    fh_render_timeline_get_lane (self->timeline, tile->first_lane + MAX (tile->n_lanes, 1) - 1);
  g_autofree char *from = fh_quarter_format (tile->first_quarter);
  g_autofree char *to = fh_quarter_format (tile->first_quarter + tile->n_quarters - 1);
  /* TRANSLATORS: which lanes a timeline tile holds: the first and last capability */
  g_autofree char *lanes =
    lane0 == lane1
      ? g_strdup (lane0 ? lane0->name : "")
      : g_strdup_printf (_("%s to %s"), lane0 ? lane0->name : "", lane1 ? lane1->name : "");
  /* TRANSLATORS: a timeline tile's caption: its quarters, its lanes, which part */
  g_autofree char *caption = self->complete
    ? g_strdup_printf (_("Timeline %s – %s, %s, part %u of %u"), from, to, lanes, piece->index + 1,
                          self->timeline_pages)
    : g_strdup_printf (_("Timeline %s – %s, %s, part %u"), from, to, lanes, piece->index + 1);
  /* The map of the tiles goes beside the caption while its cells stay 3 units or
   * more; the caption says the tile's place in words either way. */
  double map_cell = MIN (8, (CAPTION_HEIGHT - 2) / MAX (self->tile_rows, 1));
  double map_w = map_cell >= 3 ? self->tile_columns * map_cell + 4 : 0;
  /* TRANSLATORS: where a timeline tile sits among all of them, e.g. "column 1 of 2,
   * row 3 of 5" */
  g_autofree char *place = g_strdup_printf (_("column %u of %u, row %u of %u"), tile->column + 1,
                                               self->tile_columns, tile->row + 1, self->tile_rows);
  /* TRANSLATORS: a timeline tile's caption, then its place among the tiles */
  g_autofree char *full = g_strdup_printf (_("%s (%s)"), caption, place);
  double           top = piece->y + CAPTION_HEIGHT;

  {
    g_autoptr (PangoLayout) layout =
      report_layout (self, cr, full, SIZE_CELL, FALSE, width - map_w, 1);

    set_grey (cr, 0.3);
    show_layout (cr, layout, MARGIN, piece->y);
    /* Where this tile lies among all of them. */
    if (map_w > 0)
      fh_render_timeline_draw_tile_map (cr, NULL, MARGIN + width - map_w + 4, piece->y, map_cell,
                                        self->tile_columns, self->tile_rows, tile->column,
                                        tile->row);
  }

  cairo_save (cr);
  cairo_translate (cr, MARGIN, top);
  fh_render_timeline_draw (self->timeline, cr, &viewport);

  /* The corner above the lane names says what they are. */
  {
    g_autoptr (PangoLayout) layout =
      report_layout (self, cr, _("Capability"), SIZE_CELL, TRUE, g->label_width - 2 * CELL_PAD, 1);

    set_grey (cr, 0.15);
    show_layout (cr, layout, CELL_PAD, (g->header_height - layout_height (layout)) / 2);
  }

  /* A lane that began on an earlier tile is named again at the top of this one. */
  for (guint l = 0; l < fh_render_timeline_get_n_lanes (self->timeline); l++)
    {
      const FhTimelineLane *lane = fh_render_timeline_get_lane (self->timeline, l);
      g_autofree char      *name = NULL;
      double                h;

      if (lane->y >= piece->cy - 0.5 || lane->y + lane->height <= piece->cy + 0.5)
        continue;

      name = g_strdup_printf (_("%s (continued)"), lane->name);
      {
        g_autoptr (PangoLayout) layout =
          report_layout (self, cr, name, SIZE_CELL, FALSE, g->label_width - 2 * CELL_PAD, 2);

        h = MIN (layout_height (layout) + 2 * CELL_PAD, lane->y + lane->height - piece->cy);
        cairo_rectangle (cr, 0, g->header_height, g->label_width - 1, h);
        cairo_set_source_rgb (cr, 0.97, 0.97, 0.96);
        cairo_fill (cr);
        set_grey (cr, 0.1);
        show_layout (cr, layout, CELL_PAD, g->header_height + CELL_PAD);
      }
    }
  cairo_restore (cr);

  draw_legend (self, cr, top + g->header_height + piece->ch + 4, width);
}

/* The whole roadmap scaled into its box, with the legend below. */
static void
draw_fitted_timeline (FhReport *self, cairo_t *cr, const Piece *piece, double width)
{
  const FhTimelineGeometry *g = &self->geometry;
  double                    content_w, content_h, scale;
  FhTimelineViewport        viewport;

  fh_render_timeline_get_size (self->timeline, &content_w, &content_h);
  scale = fitted_timeline_scale (self, width, piece->height);
  viewport = (FhTimelineViewport){ 0, 0, g->label_width + content_w, g->header_height + content_h };

  cairo_save (cr);
  cairo_translate (cr, MARGIN, piece->y);
  cairo_rectangle (cr, 0, 0, width, piece->height - fit_legend_height (self, width));
  cairo_clip (cr);
  cairo_scale (cr, scale, scale);
  fh_render_timeline_draw (self->timeline, cr, &viewport);
  cairo_restore (cr);
  draw_legend (self, cr, piece->y + piece->height - fit_legend_height (self, width) + 4, width);
}

/* The heading that opens @section; -1 when the report leaves it out. */
static int
section_mark (FhReport *self, int section)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->level == 1 && mark->page < self->pages->len &&
          (int)((Page *)self->pages->pdata[mark->page])->section == section)
        return i;
    }
  return -1;
}

/* Links go to named destinations: cairo 1.16 writes a link to a page only when that
 * page already exists, so a page number would lose every link that points ahead. */
static void
begin_link (cairo_t *cr, int mark)
{
  g_autofree char *attributes = g_strdup_printf ("dest='m%d'", mark);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
}

static void
draw_contents_piece (FhReport *self, cairo_t *cr, const Piece *piece, double width)
{
  const Mark      *mark = &g_array_index (self->marks, Mark, piece->index);
  double           indent = mark->level > 1 ? 18 : 0;
  double           size = mark->level > 1 ? SIZE_CELL : SIZE_BODY;
  g_autofree char *number = self->complete ? g_strdup_printf ("%u", mark->page + 1) : g_strdup ("");
  g_autoptr (PangoLayout) text =
    report_layout (self, cr, mark->text, size, mark->level == 1, width - indent - 40, 1);
  g_autoptr (PangoLayout) page = report_layout (self, cr, number, size, FALSE, 40, 1);

  begin_link (cr, piece->index);
  set_grey (cr, 0.1);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  show_layout (cr, text, MARGIN + indent, piece->y);
  pango_layout_set_alignment (page, PANGO_ALIGN_RIGHT);
  show_layout (cr, page, MARGIN + width - 40, piece->y);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_text_piece (FhReport       *self,
                 cairo_t        *cr,
                 FhReportSection section,
                 const Piece    *piece,
                 double          width)
{
  const FhReportBlock *block = piece->block;
  gboolean             bullet = piece->kind == PIECE_BULLET;
  const char          *text = bullet ? block->items->pdata[piece->index] : block->text;
  double               indent = bullet ? 16 : 0;
  g_autoptr (PangoLayout) layout =
    report_layout (self, cr, text, text_size (section, block),
                   block->kind == FH_REPORT_BLOCK_HEADING, width - indent, 0);

  if (block->kind == FH_REPORT_BLOCK_HEADING)
    cairo_set_source_rgb (cr, 0.10, 0.20, 0.40);
  else
    set_grey (cr, 0.1);

  if (bullet)
    {
      g_autoptr (PangoLayout) mark =
        report_layout (self, cr, "•", text_size (section, block), FALSE, 0, 0);

      show_layout (cr, mark, MARGIN + 4, piece->y);
    }
  show_layout (cr, layout, MARGIN + indent, piece->y);
}

/**
 * fh_report_draw_page:
 * @self: the report
 * @cr: a context whose user space is the page in points (fh_report_get_page_size())
 * @page: which page, from 0
 *
 * Draws one page, footer included, on white.
 */
void
fh_report_draw_page (FhReport *self, cairo_t *cr, guint page)
{
  Page  *p;
  double width, height, content;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  p = self->pages->pdata[page];
  page_size (self, p->landscape, &width, &height);
  content = width - 2 * MARGIN;

  /* Every layout on the page, the timeline's too, in the document's language. */
  fh_render_text_set_language (cr, self->language);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  for (guint i = 0; i < p->pieces->len; i++)
    {
      const Piece     *piece = &g_array_index (p->pieces, Piece, i);
      int              target = piece->block != NULL && piece->block->link >= 0
                                  ? section_mark (self, piece->block->link)
                                  : -1;
      g_autofree char *dest = piece->mark >= 0 ? g_strdup_printf ("name='m%d'", piece->mark) : NULL;

      /* Summary → detail: the block is a link to the heading of its section. */
      if (target >= 0)
        begin_link (cr, target);
      if (dest != NULL)
        cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);

      switch (piece->kind)
        {
        case PIECE_TEXT:
        case PIECE_BULLET:
          draw_text_piece (self, cr, p->section, piece, content);
          break;
        case PIECE_TABLE_HEADER:
        case PIECE_TABLE_ROW:
          draw_table_piece (self, cr, piece, content);
          break;
        case PIECE_CHART:
          {
            ChartEntry        extra;
            const ChartEntry *chart = report_find_chart (self, piece->block->chart, &extra);
            const char       *colon = strchr (piece->block->chart, ':');

            cairo_save (cr);
            cairo_translate (cr, MARGIN, piece->y);
            cairo_rectangle (cr, 0, 0, content, piece->height);
            cairo_clip (cr);
            if (chart->func == NULL)
              self->extra.func (self->extra.data, cr, content, piece->height);
            else
              chart->func (&self->plan, colon != NULL ? colon + 1 : NULL, cr, content,
                           piece->height);
            cairo_restore (cr);
          }
          break;
        case PIECE_TIMELINE:
          draw_timeline_piece (self, cr, piece, content);
          break;
        case PIECE_TIMELINE_FIT:
          draw_fitted_timeline (self, cr, piece, content);
          break;
        case PIECE_CONTENTS:
          draw_contents_piece (self, cr, piece, content);
          break;
        default:
          g_assert_not_reached ();
        }

      if (dest != NULL)
        cairo_tag_end (cr, CAIRO_TAG_DEST);
      if (target >= 0)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }

  draw_footer (self, cr, page, width, height);
  cairo_restore (cr);
}

/**
 * fh_report_get_mark:
 * @self: the report
 * @index: which mark, from 0
 * @level: (out): 1 a section, 2 a subsection, 3 a timeline tile
 * @page: (out): its page, from 0
 * @y: (out): its top on that page, in points
 *
 * The places the PDF's outline and the contents page name, in page order.
 *
 * Returns: (transfer none) (nullable): the mark's text, %NULL past the last mark
 */
const char *
fh_report_get_mark (FhReport *self, guint index, int *level, guint *page, double *y)
{
  const Mark *mark;

  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->marks->len)
    return NULL;
  mark = &g_array_index (self->marks, Mark, index);
  if (mark->page >= self->pages->len)
    return NULL;
  *level = mark->level;
  *page = mark->page;
  *y = mark->y;
  return mark->text;
}

/* Returns: the report's language, a BCP 47 tag such as "ko" or "en-GB" */
const char *
fh_report_get_language (FhReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->language;
}
