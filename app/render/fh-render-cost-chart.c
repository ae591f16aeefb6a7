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

#include <glib/gi18n.h>
#include <stdlib.h>

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
draw_legend (cairo_t             *cr,
             const FhRenderStyle *rstyle,
             double               width,
             const gboolean      *used,
             double               scale,
             double               top,
             guint               *n_legend)
{
  FhTextStyle  style = { .size_pt = LABEL_PT * scale };
  double       x = PAD;
  double       y = top;
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
      fh_render_style_set_source (cr, rstyle->text);
      fh_render_text (cr, x + swatch + 6, y, label, &style, NULL, NULL);
      x += swatch + 6 + text_width + 18;
      row_height = MAX (row_height, MAX (text_height, swatch));
      (*n_legend)++;
    }

  return y + row_height;
}

typedef struct
{
  guint  index;
  gint64 total;
} Ranked;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const Ranked *x = a, *y = b;

  /* Cheapest first; equal totals keep the options' order. */
  if (x->total != y->total)
    return x->total < y->total ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/**
 * fh_render_cost_chart:
 * @cr: where to draw; the chart fills (0, 0, @width, @height)
 * @bars: (array length=n_bars): one bar per option
 * @currency: the plan's ISO 4217 code
 * @years: the horizon the totals cover
 * @style: (nullable): the palette and text scale; NULL for paper
 * @layout: (out) (optional): where the bars went
 *
 * Draws the TCO of each option over @years as horizontal bars stacked by category,
 * cheapest on top, on one value axis shared by all: a title naming the horizon, the
 * legend of the categories in use, each option's name on the left and its total at
 * its bar's end. Every category an option spends on stays visible, however small.
 * When not all options fit, the cheapest are shown and the title says how many.
 */
void
fh_render_cost_chart (cairo_t              *cr,
                      double                width,
                      double                height,
                      const FhCostChartBar *bars,
                      guint                 n_bars,
                      const char           *currency,
                      int                   years,
                      const FhRenderStyle  *rstyle,
                      FhCostChartLayout    *layout)
{
  const FhRenderStyle *style = fh_render_style_or_paper (rstyle);
  FhCostChartLayout    local;
  gboolean             used[FH_N_COST_CATEGORIES] = { FALSE };
  Ranked               ranked[FH_COST_CHART_MAX_BARS];
  gint64               highest = 0;
  double               scale_pt = style->text_scale;
  FhTextStyle          title_style = { .size_pt = TEXT_PT * scale_pt, .bold = TRUE };
  FhTextStyle          value_style = { .size_pt = LABEL_PT * scale_pt, .bold = TRUE };
  FhTextStyle          tick_style = { .size_pt = LABEL_PT * scale_pt };
  FhTextStyle          name_style = { .size_pt = TEXT_PT * scale_pt, .max_lines = 2 };
  g_autofree char     *title = NULL;
  g_autofree char     *max_text = NULL;
  double               top, bottom, row, scale, axis_max, names_w, value_w, axis_w;
  guint                shown;
  int                  tw, tick_h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (n_bars == 0 || bars != NULL);

  if (layout == NULL)
    layout = &local;
  memset (layout, 0, sizeof *layout);
  n_bars = MIN (n_bars, FH_COST_CHART_MAX_BARS);

  cairo_save (cr);
  fh_render_style_set_source (cr, style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  for (guint b = 0; b < n_bars; b++)
    {
      ranked[b].index = b;
      ranked[b].total = 0;
      for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
        {
          ranked[b].total += MAX (bars[b].by_category[c], 0);
          used[c] |= bars[b].by_category[c] > 0;
        }
      highest = MAX (highest, ranked[b].total);
    }
  qsort (ranked, n_bars, sizeof *ranked, compare_ranked);

  {
    g_autoptr (PangoLayout) probe = fh_render_text_layout (cr, "Ag", &title_style);

    pango_layout_get_pixel_size (probe, NULL, &tw);
    layout->title_bottom = PAD + tw;
  }
  layout->legend_bottom =
    draw_legend (cr, style, width, used, scale_pt, layout->title_bottom + 8, &layout->n_legend);

  /* Rows of at least two lines of names; as many as fit, cheapest first. */
  {
    g_autoptr (PangoLayout) probe = fh_render_text_layout (cr, "Ag\nAg", &name_style);

    pango_layout_get_pixel_size (probe, NULL, &tw);
    row = MAX (tw + 8, 28);
  }
  {
    g_autoptr (PangoLayout) probe = fh_render_text_layout (cr, "0", &tick_style);

    pango_layout_get_pixel_size (probe, NULL, &tick_h);
  }
  top = layout->legend_bottom + PAD;
  bottom = height - PAD - tick_h - 6;
  shown = n_bars;
  if (bottom - top < shown * row)
    shown = (guint)MAX (0, floor ((bottom - top) / row));
  layout->n_bars = shown;
  layout->n_hidden = n_bars - shown;

  if (n_bars == 0)
    /* TRANSLATORS: the title of the cost chart; %d is the plan's horizon in years */
    title = g_strdup_printf (ngettext ("Total cost of ownership over %d year",
                                       "Total cost of ownership over %d years", years),
                             years);
  else if (shown < n_bars)
    /* TRANSLATORS: the title of the cost chart when not all options fit: the first %u
     * is how many are shown, the second of how many, %d the horizon in years */
    title = g_strdup_printf (ngettext ("Total cost of ownership over %d year, the %u cheapest of "
                                       "%u options",
                                       "Total cost of ownership over %d years, the %u cheapest "
                                       "of %u options",
                                       years),
                             years, shown, n_bars);
  else
    /* TRANSLATORS: the title of the cost chart; %d is the plan's horizon in years */
    title =
      g_strdup_printf (ngettext ("Total cost of ownership over %d year, cheapest first",
                                 "Total cost of ownership over %d years, cheapest first", years),
                       years);
  /* On one line, so that the legend's place is known before the title's text. */
  title_style.max_width = width - 2 * PAD;
  title_style.max_lines = 1;
  fh_render_style_set_source (cr, style->text);
  fh_render_text (cr, PAD, PAD, title, &title_style, NULL, NULL);

  if (shown == 0)
    {
      cairo_restore (cr);
      return;
    }

  axis_max = fh_render_nice_ceiling ((double)highest);
  max_text = fh_money_format_whole ((gint64)axis_max, currency);
  {
    g_autoptr (PangoLayout) probe = fh_render_text_layout (cr, max_text, &value_style);
    int w;

    pango_layout_get_pixel_size (probe, &w, NULL);
    value_w = w + 12;
  }
  names_w = CLAMP (width * 0.28, 80, 260);
  name_style.max_width = names_w - PAD - 8;
  layout->axis_x = names_w;
  axis_w = MAX (width - names_w - value_w - PAD, 20);
  layout->axis_width = axis_w;
  scale = axis_w / axis_max;
  layout->bar_height = MIN (row * 0.62, 40);
  layout->baseline = top + shown * row;

  /* The value axis: a tick and a figure at each fifth, faint lines up through the
   * bars so that lengths compare across options; figures that would touch are
   * left out (the last is always shown). */
  {
    double last_end = -G_MAXDOUBLE;

    for (int i = 0; i <= 4; i++)
      {
        double           x = round (names_w + axis_w * i / 4) + 0.5;
        g_autofree char *tick = fh_money_format_whole ((gint64)(axis_max * i / 4), currency);
        g_autoptr (PangoLayout) probe = fh_render_text_layout (cr, tick, &tick_style);
        int    w;
        double tx;

        fh_render_style_set_source (cr, i == 0 ? style->strong : style->grid);
        cairo_set_line_width (cr, 1);
        cairo_move_to (cr, x, top);
        cairo_line_to (cr, x, layout->baseline + 4);
        cairo_stroke (cr);

        pango_layout_get_pixel_size (probe, &w, NULL);
        tx = CLAMP (x - w / 2.0, 0, width - w);
        if (tx < last_end + 10 || (i < 4 && tx + w + 10 > names_w + axis_w - w / 2.0))
          continue;
        fh_render_style_set_source (cr, style->dim);
        cairo_move_to (cr, tx, layout->baseline + 6);
        pango_cairo_show_layout (cr, probe);
        last_end = tx + w;
        layout->n_ticks++;
      }
  }

  for (guint k = 0; k < shown; k++)
    {
      const FhCostChartBar *bar = &bars[ranked[k].index];
      double                y = top + k * row + (row - layout->bar_height) / 2;
      double                x = names_w;
      g_autofree char      *total = fh_money_format_whole (ranked[k].total, currency);
      g_autoptr (PangoLayout) name = fh_render_text_layout (cr, bar->name, &name_style);
      int nh;

      layout->order[k] = ranked[k].index;
      layout->bar_y[k] = y;
      for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
        {
          double w;

          if (bar->by_category[c] <= 0)
            continue;
          /* A small category keeps a sliver of 3 units, so that it is seen. */
          w = MAX ((double)bar->by_category[c] * scale, 3);
          fh_render_cost_chart_fill (cr, c, x, y, w, layout->bar_height);
          x += w;
        }
      layout->bar_end[k] = x;

      pango_layout_get_pixel_size (name, NULL, &nh);
      fh_render_style_set_source (cr, style->text);
      cairo_move_to (cr, PAD, top + k * row + (row - nh) / 2);
      pango_cairo_show_layout (cr, name);
      {
        g_autoptr (PangoLayout) value = fh_render_text_layout (cr, total, &value_style);
        int vh;

        pango_layout_get_pixel_size (value, NULL, &vh);
        cairo_move_to (cr, x + 6, y + (layout->bar_height - vh) / 2);
        pango_cairo_show_layout (cr, value);
      }
    }

  cairo_restore (cr);
}
