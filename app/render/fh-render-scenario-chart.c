/* fh-render-scenario-chart.c
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

#include "fh-render-scenario-chart.h"

#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-render-text.h"

/* Scenarios side by side: the cost of the chosen options per year as grouped bars
 * (one bar per scenario in each year), and the people (FTE) per year as one line per
 * scenario. The figures are fh_scenario_compare()'s; the window and the PDF draw
 * this same function. Each scenario has a colour and a mark, so that the chart still
 * reads printed in grey. */

#define TEXT_PT  11.0
#define LABEL_PT 10.0
#define PAD      12.0

typedef struct
{
  double r, g, b;
} Ink;

static const Ink inks[FH_SCENARIO_CHART_MAX] = {
  { 0.21, 0.52, 0.89 }, { 0.90, 0.38, 0.00 }, { 0.18, 0.62, 0.35 }, { 0.57, 0.25, 0.67 },
  { 0.75, 0.11, 0.16 }, { 0.45, 0.45, 0.45 }, { 0.85, 0.65, 0.05 }, { 0.10, 0.60, 0.66 },
};

static void
set_ink (cairo_t *cr, const FhRenderStyle *rs)
{
  fh_render_style_set_source (cr, rs->text);
}

static void
set_scenario (cairo_t *cr, guint s)
{
  cairo_set_source_rgb (cr, inks[s].r, inks[s].g, inks[s].b);
}

/* A mark per scenario (circle, square, triangle, diamond, …) for the FTE lines and
 * the legend. */
static void
draw_mark (cairo_t *cr, guint s, double x, double y, double r)
{
  switch (s % 4)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case 2:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_line_to (cr, x - r, y + r);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    }
  cairo_fill (cr);
}

static double
text_width (cairo_t *cr, const char *text, const FhTextStyle *style)
{
  g_autoptr (PangoLayout) layout = fh_render_text_layout (cr, text, style);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)w / PANGO_SCALE;
}

static double
draw_legend (cairo_t                    *cr,
             double                      width,
             const FhScenarioComparison *comparison,
             guint                       n,
             const char                 *currency,
             const FhRenderStyle        *rs)
{
  FhTextStyle style = { .size_pt = LABEL_PT, .max_width = width / 2 };
  double      x = PAD, y = PAD, row = 0;

  for (guint s = 0; s < n; s++)
    {
      FhScenarioFigures *figures = comparison->scenarios->pdata[s];
      g_autofree char   *total = fh_money_format_whole (figures->tco_total, currency);
      /* TRANSLATORS: a scenario's name, then its total cost over the horizon */
      g_autofree char *label = g_strdup_printf (_("%s — %s"), figures->name, total);
      double           w = text_width (cr, label, &style), th = 16;

      if (x > PAD && x + 24 + w > width - PAD)
        {
          x = PAD;
          y += row + 6;
          row = 0;
        }
      set_scenario (cr, s);
      draw_mark (cr, s, x + 8, y + th / 2 + 1, 6);
      set_ink (cr, rs);
      fh_render_text (cr, x + 20, y, label, &style, NULL, &th);
      x += 20 + w + 20;
      row = MAX (row, th);
    }
  return y + row;
}

static void
draw_grid (cairo_t             *cr,
           double               left,
           double               right,
           double               top,
           double               bottom,
           const FhRenderStyle *rs)
{
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 4; i++)
    {
      double gy = round (bottom - (bottom - top) * i / 4) + 0.5;

      fh_render_style_set_source (cr, i == 0 ? rs->strong : rs->grid);
      cairo_move_to (cr, left, gy);
      cairo_line_to (cr, right, gy);
      cairo_stroke (cr);
    }
}

static void
draw_title (cairo_t *cr, double x, double y, const char *text, const FhRenderStyle *rs)
{
  FhTextStyle style = { .size_pt = TEXT_PT, .bold = TRUE };

  set_ink (cr, rs);
  fh_render_text (cr, x, y, text, &style, NULL, NULL);
}

static void
draw_year_labels (cairo_t             *cr,
                  double               left,
                  double               slot,
                  double               y,
                  int                  years,
                  const FhRenderStyle *rs)
{
  FhTextStyle style = { .size_pt = LABEL_PT };

  set_ink (cr, rs);
  for (int year = 1; year <= years; year++)
    {
      g_autofree char *label = g_strdup_printf (_("Year %d"), year);
      double           w = text_width (cr, label, &style);

      fh_render_text (cr, left + slot * (year - 0.5) - w / 2, y, label, &style, NULL, NULL);
    }
}

static void
draw_costs (cairo_t                    *cr,
            const FhScenarioComparison *comparison,
            guint                       n,
            const char                 *currency,
            double                      left,
            double                      right,
            double                      top,
            double                      bottom,
            FhScenarioChartLayout      *layout,
            const FhRenderStyle        *rs)
{
  FhTextStyle      style = { .size_pt = LABEL_PT };
  gint64           highest = 0;
  double           axis_max, slot, bar;
  int              years = comparison->horizon;
  g_autofree char *axis_label = NULL;

  for (guint s = 0; s < n; s++)
    for (int y = 0; y < years; y++)
      highest =
        MAX (highest, ((FhScenarioFigures *)comparison->scenarios->pdata[s])->tco_by_year[y]);
  axis_max = fh_render_nice_ceiling ((double)highest);
  draw_grid (cr, left, right, top, bottom, rs);
  axis_label = fh_money_format_whole ((gint64)axis_max, currency);
  set_ink (cr, rs);
  fh_render_text (cr, left + 4, top - 16, axis_label, &style, NULL, NULL);

  slot = (right - left) / years;
  bar = MIN ((slot * 0.8) / MAX (n, 1), 48);
  for (int y = 0; y < years; y++)
    for (guint s = 0; s < n; s++)
      {
        FhScenarioFigures *figures = comparison->scenarios->pdata[s];
        double             h = (double)figures->tco_by_year[y] / axis_max * (bottom - top);
        double             x = left + slot * y + (slot - bar * n) / 2 + bar * s;

        set_scenario (cr, s);
        cairo_rectangle (cr, x + 1, bottom - h, bar - 2, h);
        cairo_fill (cr);
        if (y == 0)
          layout->bar_top[s] = bottom - h;
      }
  draw_year_labels (cr, left, slot, bottom + 4, years, rs);
}

static void
draw_people (cairo_t                    *cr,
             const FhScenarioComparison *comparison,
             guint                       n,
             double                      left,
             double                      right,
             double                      top,
             double                      bottom,
             FhScenarioChartLayout      *layout,
             const FhRenderStyle        *rs)
{
  FhTextStyle      style = { .size_pt = LABEL_PT };
  double           highest = 0, axis_max, slot;
  int              years = comparison->horizon;
  g_autofree char *axis_label = NULL;

  for (guint s = 0; s < n; s++)
    for (int y = 0; y < years; y++)
      highest =
        MAX (highest, ((FhScenarioFigures *)comparison->scenarios->pdata[s])->fte_by_year[y]);
  axis_max = fh_render_nice_ceiling (highest);
  draw_grid (cr, left, right, top, bottom, rs);
  /* TRANSLATORS: the top of the people axis, in full-time people */
  axis_label = g_strdup_printf (_("%g FTE"), axis_max);
  set_ink (cr, rs);
  fh_render_text (cr, left + 4, top - 16, axis_label, &style, NULL, NULL);

  slot = (right - left) / years;
  for (guint s = 0; s < n; s++)
    {
      FhScenarioFigures *figures = comparison->scenarios->pdata[s];
      /* Lines that coincide are set a little apart, so each one stays visible. */
      double offset = ((double)s - (n - 1) / 2.0) * 3;

      set_scenario (cr, s);
      cairo_set_line_width (cr, 2.5);
      for (int y = 0; y < years; y++)
        {
          double px = left + slot * (y + 0.5);
          double py = bottom - figures->fte_by_year[y] / axis_max * (bottom - top) + offset;

          if (y == 0)
            {
              cairo_move_to (cr, px, py);
              layout->fte_y[s] = py;
            }
          else
            cairo_line_to (cr, px, py);
        }
      cairo_stroke (cr);
      for (int y = 0; y < years; y++)
        draw_mark (cr, s, left + slot * (y + 0.5),
                   bottom - figures->fte_by_year[y] / axis_max * (bottom - top) + offset, 5);
    }
  draw_year_labels (cr, left, slot, bottom + 4, years, rs);
}

/**
 * fh_render_scenario_chart:
 * @cr: where to draw; the chart fills (0, 0, @width, @height)
 * @style: (nullable): the palette (light or dark; %NULL for paper); the caller scales @cr
 *   for the text scale
 * @currency: the plan's ISO 4217 code
 * @layout: (out) (optional): where things went
 *
 * Draws the scenarios' cost per year (left) and people per year (right), with a
 * legend of the scenarios and their totals across the top.
 */
void
fh_render_scenario_chart (cairo_t                    *cr,
                          const FhRenderStyle        *style,
                          double                      width,
                          double                      height,
                          const FhScenarioComparison *comparison,
                          const char                 *currency,
                          FhScenarioChartLayout      *layout)
{
  const FhRenderStyle  *rs = fh_render_style_or_paper (style);
  FhScenarioChartLayout local;
  double                top, bottom, split;
  guint                 n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (comparison != NULL);

  if (layout == NULL)
    layout = &local;
  memset (layout, 0, sizeof *layout);
  n = MIN (comparison->scenarios->len, FH_SCENARIO_CHART_MAX);
  layout->n_scenarios = n;
  layout->n_years = comparison->horizon;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  fh_render_style_paint_background (cr, rs);

  layout->legend_bottom = draw_legend (cr, width, comparison, n, currency, rs);
  top = layout->legend_bottom + PAD + 24 + 22;
  bottom = height - PAD - 22;
  layout->cost_bottom = bottom;
  if (n == 0 || bottom - top < 30 || width < 200)
    {
      cairo_restore (cr);
      return;
    }

  split = PAD + (width - 2 * PAD) * 0.6;
  draw_title (cr, PAD, top - 44, _("Cost per year"), rs);
  draw_costs (cr, comparison, n, currency, PAD, split - PAD, top, bottom, layout, rs);
  draw_title (cr, split + PAD, top - 44, _("People per year (FTE)"), rs);
  draw_people (cr, comparison, n, split + PAD, width - PAD, top, bottom, layout, rs);
  cairo_restore (cr);
}

/**
 * fh_render_scenario_chart_for_report:
 *
 * The report's "scenarios" chart: fh_render_scenario_chart() on the plan's own
 * comparison.
 */
void
fh_render_scenario_chart_for_report (const FhPlanModels *plan,
                                     const char         *argument,
                                     cairo_t            *cr,
                                     double              width,
                                     double              height)
{
  g_autoptr (FhScenarioComparison) comparison = fh_scenario_compare (plan);

  fh_render_scenario_chart (cr, NULL, width, height, comparison,
                            plan->info != NULL ? fh_plan_info_get_currency (plan->info) : "EUR",
                            NULL);
}
