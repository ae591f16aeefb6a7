/* fh-render-timeline-tiles.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <math.h>

#include "fh-render-timeline-tiles.h"

/* How much narrower than asked a column may get to save a column of tiles. */
#define SHRINK 0.75
/* And how much wider, to fill the page. */
#define WIDEN 3.0

/* Where a tile may end: between lanes, and between the rows of a lane, never through
 * a bar, so that a bar is always whole and level with its lane's name. */
static GArray *
cuts_of (FhRenderTimeline *timeline, const FhTimelineGeometry *geometry)
{
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (double));
  guint   n_lanes = fh_render_timeline_get_n_lanes (timeline);

  for (guint l = 0; l < n_lanes; l++)
    {
      const FhTimelineLane *lane = fh_render_timeline_get_lane (timeline, l);
      double                pad = (lane->height - lane->n_rows * geometry->row_height) / 2;
      double                end = lane->y + lane->height;

      for (int r = 1; r < lane->n_rows; r++)
        {
          double cut = lane->y + pad + r * geometry->row_height;

          g_array_append_val (cuts, cut);
        }
      g_array_append_val (cuts, end);
    }

  return cuts;
}

static gboolean
is_lane_end (FhRenderTimeline *timeline, double cut)
{
  for (guint l = 0; l < fh_render_timeline_get_n_lanes (timeline); l++)
    {
      const FhTimelineLane *lane = fh_render_timeline_get_lane (timeline, l);

      if (fabs (lane->y + lane->height - cut) < 0.5)
        return TRUE;
    }
  return FALSE;
}

/* The cut after @from nearest @target, not past @limit; a lane's end beats a cut
 * between its rows. A row taller than a tile is cut anyway, so this never stalls. */
static double
next_cut (FhRenderTimeline *timeline, GArray *cuts, double from, double target, double limit)
{
  double best = -1, best_cost = G_MAXDOUBLE;

  for (guint i = 0; i < cuts->len; i++)
    {
      double cut = g_array_index (cuts, double, i);
      double cost;

      if (cut <= from + 0.5 || cut > limit + 0.01)
        continue;
      cost = fabs (cut - target) + (is_lane_end (timeline, cut) ? 0 : 0.5 * (limit - from));
      if (cost < best_cost)
        best = cut, best_cost = cost;
    }

  return best > 0 ? best : limit;
}

/* How many rows of tiles a greedy split takes. */
static guint
count_rows (FhRenderTimeline *timeline, GArray *cuts, double content_h, double room)
{
  guint  n = 0;
  double y = 0;

  while (y < content_h - 0.5)
    {
      y = next_cut (timeline, cuts, y, y + room, MIN (y + room, content_h));
      n++;
    }
  return MAX (n, 1);
}

static void
lanes_meeting (FhRenderTimeline *timeline, double y0, double y1, guint *first, guint *n)
{
  *first = 0;
  *n = 0;
  for (guint l = 0; l < fh_render_timeline_get_n_lanes (timeline); l++)
    {
      const FhTimelineLane *lane = fh_render_timeline_get_lane (timeline, l);

      if (lane->y + lane->height <= y0 + 0.5 || lane->y >= y1 - 0.5)
        continue;
      if (*n == 0)
        *first = l;
      (*n)++;
    }
}

/**
 * fh_render_timeline_tile:
 * @geometry: (inout): the geometry asked for; its column width is set to the one
 *   the tiles use, and @timeline is laid out again with it
 * @width: a tile's width, the lane names included
 * @height: a tile's height, the header included
 * @n_columns: (out) (optional): columns of tiles, across the quarters
 * @n_rows: (out) (optional): rows of tiles, down the lanes
 *
 * Returns: (transfer full) (element-type FhTimelineTile): the tiles, a row of
 *   quarters after another, lanes down first
 */
GArray *
fh_render_timeline_tile (FhRenderTimeline   *timeline,
                         FhTimelineGeometry *geometry,
                         double              width,
                         double              height,
                         guint              *n_columns,
                         guint              *n_rows)
{
  GArray *tiles = g_array_new (FALSE, TRUE, sizeof (FhTimelineTile));
  int     n_quarters = fh_render_timeline_get_n_quarters (timeline);
  double  area_w = MAX (width - geometry->label_width, 1);
  double  room = MAX (height - geometry->header_height, geometry->row_height);
  double  asked = geometry->column_width, narrowest, content_w, content_h;
  guint   cols, rows, per, capacity;
  g_autoptr (GArray) cuts = NULL;

  g_return_val_if_fail (timeline != NULL && geometry != NULL, tiles);

  narrowest = MAX (fh_render_timeline_min_column_width (timeline, geometry), asked * SHRINK);
  capacity = MAX (1, (guint)floor (area_w / narrowest));
  n_quarters = MAX (n_quarters, 1);
  cols = (n_quarters + capacity - 1) / capacity;
  per = (n_quarters + cols - 1) / cols;
  /* Evenly: with per quarters a tile, every column of tiles holds per or per - 1. */
  geometry->column_width = MIN (area_w / per, asked * WIDEN);
  fh_render_timeline_layout (timeline, geometry);
  fh_render_timeline_get_size (timeline, &content_w, &content_h);

  cuts = cuts_of (timeline, geometry);
  rows = count_rows (timeline, cuts, content_h, room);

  for (guint c = 0; c < cols; c++)
    {
      /* The first (n_quarters % cols) columns take one quarter more. */
      int    q0 = c * (n_quarters / cols) + MIN (c, (guint)(n_quarters % cols));
      int    nq = n_quarters / cols + (c < (guint)(n_quarters % cols) ? 1 : 0);
      double y = 0;

      for (guint r = 0; y < content_h - 0.5; r++)
        {
          FhTimelineTile tile = { 0 };
          /* Aim at an even share of what is left, so that the last is no runt; never
           * past a tile's room. */
          double target = y + (content_h - y) / MAX (1, (int)rows - (int)r);
          double end = content_h - y <= room ? content_h
                                             : next_cut (timeline, cuts, y, MIN (target, y + room),
                                                         MIN (y + room, content_h));

          tile.cx = q0 * geometry->column_width;
          tile.cw = nq * geometry->column_width;
          tile.cy = y;
          tile.ch = end - y;
          tile.first_quarter = fh_render_timeline_get_first (timeline) + q0;
          tile.n_quarters = nq;
          tile.column = c;
          tile.row = r;
          lanes_meeting (timeline, y, end, &tile.first_lane, &tile.n_lanes);
          g_array_append_val (tiles, tile);
          y = end;
        }
    }

  if (n_columns != NULL)
    *n_columns = cols;
  if (n_rows != NULL)
    {
      *n_rows = 0;
      for (guint i = 0; i < tiles->len; i++)
        *n_rows = MAX (*n_rows, g_array_index (tiles, FhTimelineTile, i).row + 1);
    }
  return tiles;
}

/**
 * fh_render_timeline_draw_tile_map:
 * @cell: the size of one tile in the map
 *
 * A small map of the tiles, @n_columns across and @n_rows down, with the tile at
 * (@column, @row) filled: where on the whole timeline a page is.
 */
void
fh_render_timeline_draw_tile_map (cairo_t             *cr,
                                  const FhRenderStyle *style,
                                  double               x,
                                  double               y,
                                  double               cell,
                                  guint                n_columns,
                                  guint                n_rows,
                                  guint                column,
                                  guint                row)
{
  style = fh_render_style_or_paper (style);
  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        cairo_rectangle (cr, x + c * cell + 0.5, y + r * cell + 0.5, cell - 2, cell - 2);
        if (c == column && r == row)
          {
            fh_render_style_set_source (cr, style->text);
            cairo_fill_preserve (cr);
          }
        fh_render_style_set_source (cr, style->dim);
        cairo_stroke (cr);
      }
  cairo_restore (cr);
}

/**
 * fh_render_timeline_fit:
 * @geometry: (out): the geometry that fits, @timeline laid out with it
 * @width: the page's room, the lane names included
 * @height: the page's room, the header included
 *
 * The whole timeline on one page, for a summary: every lane and every quarter, the
 * geometry shrunk (text no smaller than FH_RENDER_MIN_TEXT_PT) until it fits, and
 * every bar's title led by its item's number ("#12 Title"), so that a title cut short
 * with "…" is found on the detail pages by its number.
 *
 * Returns: whether it fits; when not, the smallest geometry is set and the caller
 *   tiles instead
 */
gboolean
fh_render_timeline_fit (FhRenderTimeline   *timeline,
                        FhTimelineGeometry *geometry,
                        double              width,
                        double              height)
{
  int n_quarters = MAX (fh_render_timeline_get_n_quarters (timeline), 1);

  g_return_val_if_fail (timeline != NULL && geometry != NULL, FALSE);

  fh_render_timeline_number_titles (timeline);
  for (double scale = 1.0; scale > 0.29; scale -= 0.05)
    {
      double content_w, content_h;

      fh_timeline_geometry_init (geometry, scale);
      /* The text stays at its floor while the rows shrink no closer than it needs. */
      geometry->row_height = MAX (geometry->row_height, geometry->text_pt * 1.7);
      geometry->header_height = MAX (geometry->header_height, geometry->text_pt * 4);
      geometry->label_width = MIN (geometry->label_width, width * 0.22);
      geometry->column_width = MAX (width - geometry->label_width, 1) / n_quarters;
      fh_render_timeline_layout (timeline, geometry);
      fh_render_timeline_get_size (timeline, &content_w, &content_h);
      if (content_h + geometry->header_height <= height)
        return TRUE;
    }

  return FALSE;
}
