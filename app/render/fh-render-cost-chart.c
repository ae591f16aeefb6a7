/* fh-render-cost-chart.c
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

#include "fh-render-cost-chart.h"

#include "fh-money.h"
#include "fh-render-text.h"

/* Each category has a colour and a hatch, so that the chart still reads on a black
 * and white printout: colours differ in lightness too, and no two hatches match. */
typedef enum
{
  HATCH_NONE,
  HATCH_RISING,  /* / */
  HATCH_FALLING, /* \ */
  HATCH_HORIZONTAL,
  HATCH_VERTICAL,
  HATCH_CROSS,      /* + grid */
  HATCH_DIAGONAL_X, /* x grid */
  HATCH_DOTS,
  HATCH_DENSE, /* dense / */
} Hatch;

typedef struct
{
  double r, g, b;
  Hatch  hatch;
} CategoryStyle;

static const CategoryStyle category_styles[FH_N_COST_CATEGORIES] = {
  [FH_COST_CATEGORY_LICENCE] = { 0.21, 0.52, 0.89, HATCH_NONE },             /* blue */
  [FH_COST_CATEGORY_INFRASTRUCTURE] = { 0.56, 0.94, 0.64, HATCH_RISING },    /* light green */
  [FH_COST_CATEGORY_BUILD] = { 0.96, 0.83, 0.18, HATCH_HORIZONTAL },         /* yellow */
  [FH_COST_CATEGORY_OPERATIONS_STAFF] = { 0.90, 0.38, 0.00, HATCH_FALLING }, /* orange */
  [FH_COST_CATEGORY_SECURITY] = { 0.65, 0.11, 0.18, HATCH_CROSS },           /* dark red */
  [FH_COST_CATEGORY_TRAINING] = { 0.86, 0.54, 0.87, HATCH_DOTS },            /* pink */
  [FH_COST_CATEGORY_MIGRATION_IN] = { 0.60, 0.76, 0.95, HATCH_VERTICAL },    /* light blue */
  [FH_COST_CATEGORY_EXIT_RESERVE] = { 0.39, 0.27, 0.63, HATCH_DIAGONAL_X },  /* purple */
  [FH_COST_CATEGORY_SUPPORT] = { 0.53, 0.54, 0.52, HATCH_DENSE },            /* grey */
};

#define TEXT_PT  11.0
#define LABEL_PT 10.0
#define PAD      12.0

static void
set_ink (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.14, 0.14, 0.16);
}

static void
stroke_lines (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   step,
              double   dx_per_dy)
{
  /* Lines x' = x0 + dx_per_dy × (y' − y), spaced @step apart, covering the box. */
  double reach = fabs (dx_per_dy) * height;

  for (double x0 = x - reach; x0 <= x + width + reach; x0 += step)
    {
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0 + dx_per_dy * height, y + height);
    }
  cairo_stroke (cr);
}

/**
 * fh_render_cost_chart_fill:
 *
 * Fills a box with @category's colour and hatch, as in the chart and its legend.
 */
void
fh_render_cost_chart_fill (cairo_t       *cr,
                           FhCostCategory category,
                           double         x,
                           double         y,
                           double         width,
                           double         height)
{
  const CategoryStyle *style;

  g_return_if_fail (category < FH_N_COST_CATEGORIES);

  style = &category_styles[category];
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, style->r, style->g, style->b);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  cairo_set_source_rgba (cr, 0, 0, 0, 0.55);
  cairo_set_line_width (cr, 1.5);
  switch (style->hatch)
    {
    case HATCH_NONE:
      break;
    case HATCH_RISING:
      stroke_lines (cr, x, y, width, height, 8, -1);
      break;
    case HATCH_FALLING:
      stroke_lines (cr, x, y, width, height, 8, 1);
      break;
    case HATCH_DENSE:
      stroke_lines (cr, x, y, width, height, 4, -1);
      break;
    case HATCH_DIAGONAL_X:
      stroke_lines (cr, x, y, width, height, 9, 1);
      stroke_lines (cr, x, y, width, height, 9, -1);
      break;
    case HATCH_VERTICAL:
      stroke_lines (cr, x, y, width, height, 7, 0);
      break;
    case HATCH_HORIZONTAL:
    case HATCH_CROSS:
      for (double ly = y + 3.5; ly < y + height; ly += 7)
        {
          cairo_move_to (cr, x, ly);
          cairo_line_to (cr, x + width, ly);
        }
      cairo_stroke (cr);
      if (style->hatch == HATCH_CROSS)
        stroke_lines (cr, x, y, width, height, 7, 0);
      break;
    case HATCH_DOTS:
      for (double ly = y + 3; ly < y + height; ly += 6)
        for (double lx = x + 3 + fmod (ly - y, 12) / 2; lx < x + width; lx += 6)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, lx, ly, 1.3, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);

  /* An outline keeps neighbouring segments apart in greyscale. */
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (width - 1, 0), MAX (height - 1, 0));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Draws the legend of the categories in @used across the top; returns its bottom. */
static double
draw_legend (cairo_t *cr, double width, const gboolean *used, guint *n_legend)
{
  FhTextStyle  style = { .size_pt = LABEL_PT };
  double       x = PAD;
  double       y = PAD;
  double       row_height = 0;
  const double swatch = 18;

  *n_legend = 0;
  for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
    {
      g_autoptr (PangoLayout) probe = NULL;
      const char *label = fh_cost_category_get_label (c);
      double      text_width;
      double      text_height;
      int         w, h;

      if (!used[c])
        continue;

      probe = fh_render_text_layout (cr, label, &style);
      pango_layout_get_size (probe, &w, &h);
      text_width = (double)w / PANGO_SCALE;
      text_height = (double)h / PANGO_SCALE;
      if (x > PAD && x + swatch + 6 + text_width > width - PAD)
        {
          x = PAD;
          y += row_height + 6;
          row_height = 0;
        }

      fh_render_cost_chart_fill (cr, c, x, y + (text_height - swatch) / 2, swatch, swatch);
      set_ink (cr);
      fh_render_text (cr, x + swatch + 6, y, label, &style, NULL, NULL);
      x += swatch + 6 + text_width + 18;
      row_height = MAX (row_height, MAX (text_height, swatch));
      (*n_legend)++;
    }

  return y + row_height;
}

/* A tidy axis maximum: 1, 2 or 5 × 10^k at or above @value. */
static double
nice_ceiling (double value)
{
  double magnitude;
  double scaled;

  if (value <= 0)
    return 1;

  magnitude = pow (10, floor (log10 (value)));
  scaled = value / magnitude;

  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * magnitude;
}

static void
draw_centered (cairo_t *cr, double center_x, double y, const char *text, const FhTextStyle *style)
{
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, style);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, center_x - (double)w / PANGO_SCALE / 2, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * fh_render_cost_chart:
 * @cr: where to draw; the chart fills (0, 0, @width, @height)
 * @bars: (array length=n_bars): one bar per option
 * @currency: the plan's ISO 4217 code
 * @layout: (out) (optional): where the bars went
 *
 * Draws a stacked bar chart of TCO by category per option: a legend of the
 * categories in use, one bar per option with its total above it and each segment's
 * value inside it where there is room, and the option's name below.
 */
void
fh_render_cost_chart (cairo_t              *cr,
                      double                width,
                      double                height,
                      const FhCostChartBar *bars,
                      guint                 n_bars,
                      const char           *currency,
                      FhCostChartLayout    *layout)
{
  FhCostChartLayout local;
  gboolean          used[FH_N_COST_CATEGORIES] = { FALSE };
  gint64            totals[FH_COST_CHART_MAX_BARS] = { 0 };
  gint64            highest = 0;
  FhTextStyle       value_style = { .size_pt = TEXT_PT, .bold = TRUE };
  FhTextStyle       segment_style = { .size_pt = LABEL_PT };
  FhTextStyle       name_style = { .size_pt = TEXT_PT, .max_lines = 2 };
  double            top, bottom, slot, scale, axis_max;
  const double      name_height = 44;
  const double      value_height = 24;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (n_bars == 0 || bars != NULL);

  if (layout == NULL)
    layout = &local;
  memset (layout, 0, sizeof *layout);
  n_bars = MIN (n_bars, FH_COST_CHART_MAX_BARS);
  layout->n_bars = n_bars;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  for (guint b = 0; b < n_bars; b++)
    {
      for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
        {
          totals[b] += bars[b].by_category[c];
          used[c] |= bars[b].by_category[c] > 0;
        }
      highest = MAX (highest, totals[b]);
    }

  layout->legend_bottom = draw_legend (cr, width, used, &layout->n_legend);

  top = layout->legend_bottom + PAD + value_height;
  bottom = height - PAD - name_height;
  layout->baseline = bottom;
  if (n_bars == 0 || bottom - top < 20)
    {
      cairo_restore (cr);
      return;
    }

  axis_max = nice_ceiling ((double)highest);
  scale = (bottom - top) / axis_max;
  slot = (width - 2 * PAD) / n_bars;
  layout->bar_width = MIN (slot * 0.55, 160);
  name_style.max_width = slot - 8;

  /* Gridlines at quarters of the axis, faint, so values can be compared across bars. */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 4; i++)
    {
      double gy = round (bottom - (bottom - top) * i / 4) + 0.5;

      cairo_set_source_rgba (cr, 0, 0, 0, i == 0 ? 0.6 : 0.12);
      cairo_move_to (cr, PAD, gy);
      cairo_line_to (cr, width - PAD, gy);
      cairo_stroke (cr);
    }

  for (guint b = 0; b < n_bars; b++)
    {
      double           center = PAD + slot * (b + 0.5);
      double           x = center - layout->bar_width / 2;
      double           y = bottom;
      g_autofree char *total = fh_money_format_whole (totals[b], currency);

      layout->bar_x[b] = x;
      for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
        {
          double h = (double)bars[b].by_category[c] * scale;

          if (bars[b].by_category[c] <= 0)
            continue;

          y -= h;
          fh_render_cost_chart_fill (cr, c, x, y, layout->bar_width, h);
          if (h >= 20 && layout->bar_width >= 70)
            {
              g_autofree char *value = fh_money_format_whole (bars[b].by_category[c], currency);
              g_autoptr (PangoLayout) probe = fh_render_text_layout (cr, value, &segment_style);
              int w, th;

              pango_layout_get_size (probe, &w, &th);
              if ((double)w / PANGO_SCALE + 8 <= layout->bar_width)
                {
                  double tx = center - (double)w / PANGO_SCALE / 2;
                  double ty = y + (h - (double)th / PANGO_SCALE) / 2;

                  /* A white plate under the figure keeps it legible over any hatch. */
                  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
                  cairo_rectangle (cr, tx - 3, ty, (double)w / PANGO_SCALE + 6,
                                   (double)th / PANGO_SCALE);
                  cairo_fill (cr);
                  set_ink (cr);
                  cairo_move_to (cr, tx, ty);
                  pango_cairo_show_layout (cr, probe);
                }
            }
        }
      layout->bar_top[b] = y;

      set_ink (cr);
      draw_centered (cr, center, y - value_height + 2, total, &value_style);
      draw_centered (cr, center, bottom + 6, bars[b].name, &name_style);
    }

  cairo_restore (cr);
}
