/* fh-render-radar.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-render-radar.h"

#include "fh-quarter.h"
#include "fh-render-text.h"

/* Colours that differ in hue for the screen; the dash pattern and the marker shape
 * keep them apart on a black-and-white printout. */
static const double dash[] = { 7.0, 5.0 };

struct _FhRadarLayout
{
  GArray *boxes; /* FhRadarBox */
};

/* A radar's geometry depends on its size and number of axes only (never on the
 * text), so that fh_render_radar_point() says where the chart draws. Each axis gets
 * a label slot of a fixed size outside the outer ring; the radius is the largest for
 * which all slots fit the chart without covering each other. */
typedef struct
{
  double               cx, cy, radius;
  double               legend_height;
  double               text_pt, ring_pt;
  double               slot_width, slot_height;
  int                  name_lines;
  double               gap;
  guint                n;
  FhRadarBox          *slots;
  const FhRenderStyle *style;
  const double        *earlier_rgb, *later_rgb;
} Geometry;

#define SLOT_MARGIN 4.0
/* A label is centred on its axis only when the axis points (nearly) straight up or
 * down; otherwise it sits to the axis's side, away from its neighbour's. */
#define SIDE 0.1

static double
axis_angle (guint n_axes, double axis)
{
  return -G_PI / 2 + 2 * G_PI * axis / n_axes;
}

static gboolean
boxes_overlap (const FhRadarBox *a, const FhRadarBox *b, double margin)
{
  return a->x < b->x + b->width + margin && b->x < a->x + a->width + margin &&
         a->y < b->y + b->height + margin && b->y < a->y + a->height + margin;
}

/* The distance from the origin to the nearest point of the rectangle centred on
 * (@x, @y) with half sizes @hw × @hh. */
static double
nearest_distance (double x, double y, double hw, double hh)
{
  return hypot (MAX (fabs (x) - hw, 0), MAX (fabs (y) - hh, 0));
}

/* Puts each axis's label slot on its axis, just far enough out that no part of it
 * comes closer to the centre than the outer ring plus a gap, and further out when it
 * would cover a slot placed before it. FALSE when a slot leaves the chart. */
static gboolean
place_slots (Geometry *g, double width, double height)
{
  double hh = g->slot_height / 2;
  double d = g->radius + g->gap;

  for (guint i = 0; i < g->n; i++)
    {
      double angle = axis_angle (g->n, i);
      double c = cos (angle), s = sin (angle);
      /* Labels to the sides may use the room out to the chart's edge. */
      double      hw = fabs (c) > 0.5
                         ? CLAMP (width / 2 - fabs (c) * d - 6, g->slot_width, 1.6 * g->slot_width) / 2
                         : g->slot_width / 2;
      double      ax = c * d, ay = s * d, t;
      FhRadarBox *box = &g->slots[i];
      gboolean    clear = FALSE;

      /* Beside the ring, on the far side of where the axis meets it: left-aligned
       * on the right, right-aligned on the left, centred at the top and bottom. */
      ax += c > SIDE ? hw : c < -SIDE ? -hw : 0;
      ay += s > 0.3 ? hh : s < -0.3 ? -hh : 0;
      /* Then out along the axis until clear of the ring, and of the slots before. */
      for (t = 0; nearest_distance (ax + c * t, ay + s * t, hw, hh) < d; t += 1)
        ;
      for (; !clear && t < width + height; t += clear ? 0 : 2)
        {
          *box = (FhRadarBox){ FH_RADAR_BOX_AXIS_LABEL, i,      g->cx + ax + c * t - hw,
                               g->cy + ay + s * t - hh, 2 * hw, g->slot_height };
          clear = TRUE;
          for (guint j = 0; j < i && clear; j++)
            clear = !boxes_overlap (box, &g->slots[j], SLOT_MARGIN);
        }

      if (!clear || box->x < 2 || box->y < g->legend_height || box->x + box->width > width - 2 ||
          box->y + box->height > height - 2)
        return FALSE;
    }

  return TRUE;
}

/* The height of one line of axis label text: Sans sets about 1.6 × pt per line at
 * 96 dpi. */
static double
label_line_height (const Geometry *g)
{
  return g->text_pt * 1.75;
}

/* Once the radius is set, the labels at the top and the bottom, which start as
 * narrow as the slot, take as much of the width the side labels may use (1.6 × the
 * slot) as is free between their neighbours, and one more line for the name where
 * the chart has room above (or below) them: long names show in full. The radius and
 * every other slot stay where they are. */
static void
widen_slots (Geometry *g, double width, double height)
{
  double line = label_line_height (g);

  for (guint i = 0; i < g->n; i++)
    {
      double      angle = axis_angle (g->n, i);
      double      c = cos (angle), s = sin (angle);
      FhRadarBox *box = &g->slots[i];
      FhRadarBox  wide;
      gboolean    done = FALSE;

      if (fabs (c) > 0.5)
        continue;

      for (double f = 1.6; f > 0.99 && !done; f -= 0.05)
        for (int extra = 0; extra <= 1 && !done; extra++)
          {
            gboolean clear = TRUE;

            if (f < 1.01 && extra == 0)
              continue;
            wide = *box;
            wide.width = f * g->slot_width;
            wide.height = box->height + extra * line;
            /* Grow away from the centre: rightwards on the right, leftwards on the
             * left, both ways on the axis; upwards at the top, downwards below. */
            wide.x = c > SIDE    ? box->x
                     : c < -SIDE ? box->x + box->width - wide.width
                                 : box->x + (box->width - wide.width) / 2;
            wide.y = s < 0 ? box->y + box->height - wide.height : box->y;
            if (wide.x < 2 || wide.x + wide.width > width - 2 || wide.y < g->legend_height ||
                wide.y + wide.height > height - 2)
              continue;
            for (guint j = 0; j < g->n && clear; j++)
              clear = j == i || !boxes_overlap (&wide, &g->slots[j], SLOT_MARGIN);
            if (clear)
              {
                *box = wide;
                done = TRUE;
              }
          }
    }
}

static void
radar_geometry (double width, double height, guint n_axes, const FhRenderStyle *style, Geometry *g)
{
  double side = MIN (width, height);
  double r_max, r_good, best_r = -1, best_w = 0;
  double line_height;
  int    best_lines = 2;

  g->style = fh_render_style_or_paper (style);
  g->earlier_rgb = g->style->series[0];
  g->later_rgb = g->style->series[1];
  /* A room reads larger text: the presentation's scale raises the cap. */
  g->text_pt = CLAMP (side / 42.0, 8.0, 14.0 * g->style->text_scale);
  g->ring_pt = MAX (g->text_pt - 2, FH_RENDER_MIN_TEXT_PT);
  /* Two rows: the quarters, then the key to the rings. */
  g->legend_height = 4 + g->text_pt * 2.2 + g->ring_pt * 1.8 + 4;
  g->gap = g->text_pt * 0.8;
  /* A slot holds a name in up to two lines and the stages below it; Sans sets
   * about 1.6 × pt per line at 96 dpi. */
  line_height = label_line_height (g);
  g->name_lines = 2;
  g->slot_height = 3 * line_height;
  g->cx = width / 2.0;
  g->cy = g->legend_height + (height - g->legend_height) / 2.0;
  g->n = n_axes >= 3 ? n_axes : 0;
  g->slots = g_new0 (FhRadarBox, MAX (g->n, 1));

  r_max = MIN (width - 4, height - g->legend_height - 4) / 2.0 - g->gap;
  r_good = side * 0.22;

  if (g->n == 0)
    {
      g->slot_width = 0;
      g->radius = MAX (r_max - g->slot_height, 10.0);
      return;
    }

  /* Widest labels with two-line names first; narrower ones (wrapped, ellipsized),
   * then one-line names, only when the roomier ones would leave too small a radar. */
  for (int lines = 2; lines >= 1 && best_r < r_good; lines--)
    for (double w = CLAMP (width * 0.17, 80.0, 190.0); w >= 56.0 && best_r < r_good; w *= 0.85)
      for (double r = r_max; r >= 10.0; r -= MAX (2.0, r_max / 80.0))
        {
          g->radius = r;
          g->slot_width = w;
          g->name_lines = lines;
          g->slot_height = (lines + 1) * line_height;
          if (place_slots (g, width, height))
            {
              if (r > best_r)
                {
                  best_r = r;
                  best_w = w;
                  best_lines = lines;
                }
              break;
            }
        }

  if (best_r < 0)
    {
      /* Too small for labels that never touch: keep a readable radar anyway. */
      best_r = MAX (r_max / 2.0, 10.0);
      best_w = 56.0;
      best_lines = 1;
    }
  g->radius = best_r;
  g->slot_width = best_w;
  g->name_lines = best_lines;
  g->slot_height = (best_lines + 1) * line_height;
  if (place_slots (g, width, height))
    widen_slots (g, width, height);
}

static void
geometry_clear (Geometry *g)
{
  g_clear_pointer (&g->slots, g_free);
}

static void
geometry_point (const Geometry *g, guint axis, double stage, double *x, double *y)
{
  double angle = axis_angle (MAX (g->n, 1), axis);

  *x = g->cx + cos (angle) * g->radius * stage / FH_STAGE_LAST;
  *y = g->cy + sin (angle) * g->radius * stage / FH_STAGE_LAST;
}

/**
 * fh_render_radar_point:
 *
 * Where @stage (0–4) lies on @axis of a radar drawn at @width × @height: the first
 * axis points up, the others follow clockwise.
 */
void
fh_render_radar_point (double  width,
                       double  height,
                       guint   n_axes,
                       guint   axis,
                       double  stage,
                       double *x,
                       double *y)
{
  Geometry g = {
    0,
  };
  double angle;

  g_return_if_fail (n_axes > 0);

  radar_geometry (width, height, n_axes, NULL, &g);
  angle = axis_angle (n_axes, axis);
  *x = g.cx + cos (angle) * g.radius * stage / FH_STAGE_LAST;
  *y = g.cy + sin (angle) * g.radius * stage / FH_STAGE_LAST;
  geometry_clear (&g);
}

static void
draw_marker (cairo_t *cr, double x, double y, double size, gboolean square)
{
  if (square)
    cairo_rectangle (cr, x - size, y - size, 2 * size, 2 * size);
  else
    cairo_arc (cr, x, y, size, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
set_series_line (cairo_t *cr, const double *rgb, gboolean dashed, double line_width)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, line_width);
  cairo_set_dash (cr, dash, dashed ? G_N_ELEMENTS (dash) : 0, 0);
}

static void
add_box (GArray        *boxes,
         FhRadarBoxKind kind,
         guint          index,
         double         x,
         double         y,
         double         width,
         double         height)
{
  FhRadarBox box = { kind, index, x, y, width, height };

  if (boxes != NULL)
    g_array_append_val (boxes, box);
}

static double
legend_entry (cairo_t      *cr,
              gboolean      draw,
              GArray       *boxes,
              guint         index,
              double        x,
              double        y,
              const char   *text,
              const double *rgb,
              gboolean      dashed,
              double        text_pt,
              const double *text_rgb)
{
  FhTextStyle style = { NULL, text_pt, TRUE, 0, 0 };
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, &style);
  double mid = y + text_pt * 0.8;
  int    w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  add_box (boxes, FH_RADAR_BOX_LEGEND, index, x, y, 48 + w, MAX (h, text_pt * 1.6));
  if (draw)
    {
      set_series_line (cr, rgb, dashed, dashed ? 2.5 : 3.5);
      cairo_move_to (cr, x, mid);
      cairo_line_to (cr, x + 40, mid);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_marker (cr, x + 20, mid, 4.5, !dashed);

      fh_render_style_set_source (cr, text_rgb);
      cairo_move_to (cr, x + 48, y);
      pango_cairo_show_layout (cr, layout);
    }
  return 48 + w + 28;
}

/* The outline through @stages (one per axis) as the current path. A capability
 * without a stage (< 0: not assessed) has no point: the outline joins its neighbours
 * rather than dip to Not yet. Returns: %FALSE when no axis has a point. */
static gboolean
outline_path (cairo_t *cr, const Geometry *g, const int *stages)
{
  gboolean started = FALSE;

  for (guint i = 0; i < g->n; i++)
    {
      double x, y;

      if (stages[i] < 0)
        continue;
      geometry_point (g, i, stages[i], &x, &y);
      if (!started)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      started = TRUE;
    }
  if (started)
    cairo_close_path (cr);
  return started;
}

/**
 * fh_render_radar_outline:
 * @stages: a stage per axis, < 0 for none
 *
 * Adds the outline of @stages on a radar drawn at @width × @height to the current
 * path, as the radar draws a quarter's (fh-render-radar-teams.c draws teams so).
 *
 * Returns: %FALSE when no axis has a stage, and nothing was added
 */
gboolean
fh_render_radar_outline (cairo_t *cr, double width, double height, guint n_axes, const int *stages)
{
  Geometry g = {
    0,
  };
  gboolean started;

  g_return_val_if_fail (cr != NULL && stages != NULL, FALSE);

  radar_geometry (width, height, n_axes, NULL, &g);
  started = outline_path (cr, &g, stages);
  geometry_clear (&g);
  return started;
}

static void
draw_series (cairo_t *cr, const Geometry *g, const FhComparison *comparison, gboolean later)
{
  GArray         *rows = comparison->rows;
  const double   *rgb = later ? g->later_rgb : g->earlier_rgb;
  g_autofree int *stages = g_new (int, MAX (rows->len, 1));

  for (guint i = 0; i < rows->len; i++)
    {
      const FhComparisonRow *row = &g_array_index (rows, FhComparisonRow, i);

      stages[i] = later ? row->stage_b : row->stage_a;
    }
  if (!outline_path (cr, g, stages))
    return;

  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], later ? 0.12 : 0.08);
  cairo_fill_preserve (cr);
  set_series_line (cr, rgb, !later, later ? 3.5 : 2.5);
  cairo_stroke (cr);

  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      const FhComparisonRow *row = &g_array_index (rows, FhComparisonRow, i);
      int                    stage = later ? row->stage_b : row->stage_a;
      double                 x, y;

      if (stage < 0)
        continue;
      geometry_point (g, i, stage, &x, &y);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      draw_marker (cr, x, y, later ? 5.0 : 4.5, later);
    }
}

static char *
stage_text (int stage)
{
  return stage < 0 ? g_strdup ("–") : g_strdup_printf ("%d", stage);
}

/* The capability's name (bold when it changed) over its two stages, set inside the
 * axis's slot: towards the ring side of the slot, aligned away from the centre. */
static void
axis_label (cairo_t               *cr,
            gboolean               draw,
            GArray                *boxes,
            const Geometry        *g,
            guint                  axis,
            const FhComparisonRow *row,
            gboolean               frame)
{
  const FhRadarBox *slot = &g->slots[axis];
  /* A slot made taller than the others (widen_slots) holds more lines of name. */
  int name_lines =
    MAX (g->name_lines, (int)floor (slot->height / label_line_height (g) + 0.01) - 1);
  FhTextStyle name_style = { NULL, g->text_pt, fh_comparison_row_is_changed (row), slot->width,
                             name_lines };
  FhTextStyle stage_style = { NULL, g->text_pt, FALSE, slot->width, 1 };
  g_autoptr (PangoLayout) name = NULL;
  g_autoptr (PangoLayout) stages = NULL;
  g_autofree char *a = stage_text (row->stage_a);
  g_autofree char *b = stage_text (row->stage_b);
  g_autofree char *stage_line = NULL;
  double           angle = axis_angle (g->n, axis);
  double           c = cos (angle), s = sin (angle);
  PangoAlignment   align;
  PangoRectangle   nr, sr;
  double           x, y, w, h;

  /* Translators: the stages of a capability in the earlier and the later quarter,
   * and a mark when it fell back, e.g. "2 → 1 ▼" */
  stage_line = frame ? g_strdup ("")
                     : g_strdup_printf (_("%s → %s%s"), a, b,
                                           fh_comparison_row_is_regression (row) ? " ▼"
                                           : row->delta > 0                      ? " ▲"
                                                                                 : "");

  align = c > SIDE ? PANGO_ALIGN_LEFT : c < -SIDE ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
  name = fh_render_text_layout (cr, fh_capability_get_name (row->capability), &name_style);
  stages = fh_render_text_layout (cr, stage_line, &stage_style);
  pango_layout_set_alignment (name, align);
  pango_layout_set_alignment (stages, align);
  /* The logical rectangles: where in the wrap width the lines actually are. */
  pango_layout_get_pixel_extents (name, NULL, &nr);
  pango_layout_get_pixel_extents (stages, NULL, &sr);
  w = MAX (nr.width, sr.width);
  h = nr.height + sr.height;

  x = c > SIDE ? slot->x : c < -SIDE ? slot->x + slot->width - w : slot->x + (slot->width - w) / 2;
  y = s > 0.3 ? slot->y : s < -0.3 ? slot->y + slot->height - h : slot->y + (slot->height - h) / 2;
  add_box (boxes, FH_RADAR_BOX_AXIS_LABEL, axis, x, y, w, h);
  if (boxes != NULL)
    g_array_index (boxes, FhRadarBox, boxes->len - 1).ellipsized =
      pango_layout_is_ellipsized (name) || pango_layout_is_ellipsized (stages);
  if (!draw)
    return;

  fh_render_style_set_source (cr, g->style->text);
  cairo_move_to (cr,
                 (c < -SIDE  ? x + w - nr.width
                  : c > SIDE ? x
                             : x + (w - nr.width) / 2) -
                   nr.x,
                 y - nr.y);
  pango_cairo_show_layout (cr, name);

  if (fh_comparison_row_is_regression (row))
    cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
  else
    fh_render_style_set_source (cr, g->style->dim);
  cairo_move_to (cr,
                 (c < -SIDE  ? x + w - sr.width
                  : c > SIDE ? x
                             : x + (w - sr.width) / 2) -
                   sr.x,
                 y + nr.height - sr.y);
  pango_cairo_show_layout (cr, stages);
}

/* The stage number of each ring, inside the ring, in the gap after the first axis:
 * nothing outside the outer ring, so no axis label can fall on one. */
static void
ring_labels (cairo_t *cr, gboolean draw, GArray *boxes, const Geometry *g)
{
  FhTextStyle style = { NULL, g->ring_pt, TRUE, 0, 0 };
  double      angle = axis_angle (g->n, 0.5);
  double      c = cos (angle), s = sin (angle);

  for (int stage = 1; stage <= FH_STAGE_LAST; stage++)
    {
      g_autofree char *text = g_strdup_printf ("%d", stage);
      g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, &style);
      int    w, h;
      double d, x, y;

      pango_layout_get_pixel_size (layout, &w, &h);
      /* On the ring's edge half way between the axes, moved in by half the text. */
      d = g->radius * stage / FH_STAGE_LAST * cos (G_PI / g->n) - hypot (w, h) / 2 - 2;
      x = g->cx + c * d - w / 2.0;
      y = g->cy + s * d - h / 2.0;
      add_box (boxes, FH_RADAR_BOX_RING_LABEL, stage, x, y, w, h);
      if (!draw)
        continue;

      cairo_set_source_rgba (cr, g->style->background[0], g->style->background[1],
                             g->style->background[2], 0.85);
      cairo_rectangle (cr, x - 2, y, w + 4, h);
      cairo_fill (cr);
      fh_render_style_set_source (cr, g->style->dim);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
}

/* All the chart's text: the legend (the quarters, then the key to the rings), the
 * ring numbers and the axis labels. Measured, and drawn when @draw is TRUE. */
static void
radar_text (cairo_t            *cr,
            gboolean            draw,
            GArray             *boxes,
            const Geometry     *g,
            double              width,
            const FhComparison *comparison)
{
  FhTextStyle      key_style = { NULL, g->ring_pt, FALSE, width - 8, 1 };
  g_autofree char *quarter_a = fh_quarter_format (comparison->quarter_a);
  g_autofree char *quarter_b = fh_quarter_format (comparison->quarter_b);
  g_autoptr (GString) stages = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autoptr (PangoLayout) key_layout = NULL;
  double key_y = 4 + g->text_pt * 2.2;
  int    kw, kh;
  double x;

  /* Without quarters, the radar is the frame for series of its caller's
   * (fh-render-radar-teams.c): no quarters in the legend, no stages by the names. */
  gboolean frame = comparison->quarter_a == 0 && comparison->quarter_b == 0;

  if (!frame)
    {
      x = legend_entry (cr, draw, boxes, 0, 4, 4, quarter_a, g->earlier_rgb, TRUE, g->text_pt,
                        g->style->text);
      legend_entry (cr, draw, boxes, 1, 4 + x, 4, quarter_b, g->later_rgb, FALSE, g->text_pt,
                    g->style->text);
    }

  for (int stage = 1; stage <= FH_STAGE_LAST; stage++)
    g_string_append_printf (stages, "%s%d %s", stage > 1 ? "   " : "", stage,
                            fh_stage_get_label (stage));
  /* Translators: the key to the radar's rings; %s lists the stages, e.g.
   * "1 Initial   2 Repeatable   3 Reliable   4 Scalable" */
  key = g_strdup_printf (_("Rings: %s"), stages->str);
  key_layout = fh_render_text_layout (cr, key, &key_style);
  pango_layout_get_pixel_size (key_layout, &kw, &kh);
  add_box (boxes, FH_RADAR_BOX_LEGEND, 2, 4, key_y, kw, kh);
  if (draw)
    {
      fh_render_style_set_source (cr, g->style->dim);
      cairo_move_to (cr, 4, key_y);
      pango_cairo_show_layout (cr, key_layout);
    }

  if (g->n == 0)
    return;

  ring_labels (cr, draw, boxes, g);
  for (guint i = 0; i < g->n; i++)
    axis_label (cr, draw, boxes, g, i, &g_array_index (comparison->rows, FhComparisonRow, i),
                frame);
}

/**
 * fh_render_radar_layout:
 * @cr: the context the chart will be drawn on (its text is measured there)
 * @comparison: the two quarters to overlay
 *
 * Where fh_render_radar() puts its text, without drawing.
 *
 * Returns: (transfer full): the layout; free with fh_radar_layout_free()
 */
FhRadarLayout *
fh_render_radar_layout (cairo_t             *cr,
                        double               width,
                        double               height,
                        const FhComparison  *comparison,
                        const FhRenderStyle *style)
{
  FhRadarLayout *layout;
  Geometry       g = {
          0,
  };

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (comparison != NULL, NULL);

  layout = g_new0 (FhRadarLayout, 1);
  layout->boxes = g_array_new (FALSE, TRUE, sizeof (FhRadarBox));
  radar_geometry (width, height, comparison->rows->len, style, &g);
  radar_text (cr, FALSE, layout->boxes, &g, width, comparison);
  geometry_clear (&g);
  return layout;
}

guint
fh_radar_layout_get_n_boxes (FhRadarLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->boxes->len;
}

const FhRadarBox *
fh_radar_layout_get_box (FhRadarLayout *layout, guint index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->boxes->len, NULL);

  return &g_array_index (layout->boxes, FhRadarBox, index);
}

void
fh_radar_layout_free (FhRadarLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->boxes);
  g_free (layout);
}

/**
 * fh_render_radar:
 * @comparison: the two quarters to overlay
 *
 * Draws the radar chart of @comparison in the rectangle (0, 0, @width, @height): the
 * legend at the top, then the rings, axes, both quarters and the labels.
 */
void
fh_render_radar (cairo_t             *cr,
                 double               width,
                 double               height,
                 const FhComparison  *comparison,
                 const FhRenderStyle *style)
{
  Geometry g = {
    0,
  };
  guint n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (comparison != NULL);

  n = comparison->rows->len;
  radar_geometry (width, height, n, style, &g);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (n < 3)
    {
      FhTextStyle text = { NULL, g.text_pt, FALSE, width - 8, 0 };

      radar_text (cr, TRUE, NULL, &g, width, comparison);
      fh_render_style_set_source (cr, g.style->text);
      fh_render_text (cr, 4, g.legend_height + 8,
                      _("A radar needs at least three capabilities."), &text, NULL, NULL);
      cairo_restore (cr);
      geometry_clear (&g);
      return;
    }

  /* Rings: one per stage, as polygons through the axes. */
  cairo_set_line_width (cr, 1.0);
  for (int stage = 1; stage <= FH_STAGE_LAST; stage++)
    {
      for (guint i = 0; i <= n; i++)
        {
          double px, py;

          geometry_point (&g, i % n, stage, &px, &py);
          if (i == 0)
            cairo_move_to (cr, px, py);
          else
            cairo_line_to (cr, px, py);
        }
      fh_render_style_set_source (cr, g.style->strong);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double px, py;

      geometry_point (&g, i, FH_STAGE_LAST, &px, &py);
      cairo_move_to (cr, g.cx, g.cy);
      cairo_line_to (cr, px, py);
    }
  fh_render_style_set_source (cr, g.style->grid);
  cairo_stroke (cr);

  draw_series (cr, &g, comparison, FALSE);
  draw_series (cr, &g, comparison, TRUE);

  /* Text last, on top of the series so that it stays legible. */
  radar_text (cr, TRUE, NULL, &g, width, comparison);

  cairo_restore (cr);
  geometry_clear (&g);
}
