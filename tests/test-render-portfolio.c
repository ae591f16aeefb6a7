/* test-render-portfolio.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fh-capability.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-render-heat-map.h"
#include "fh-render-radar-teams.h"
#include "fh-render-radar.h"
#include "fh-score.h"

/* The heat map and the teams' radar, drawn on an image and read back: each cell in
 * its stage's colour where the geometry says it is, the hit test finding it again,
 * and each team's markers where the plan's radar puts that stage. */

typedef struct
{
  FhPlanModels models;
} Plan;

static void
plan_init (Plan *plan, const char *name, const int *stages)
{
  g_autoptr (FhAssessment) assessment = fh_assessment_new (fh_quarter_make (2026, 2));
  const char *ids[] = { "a", "b", "c", "d" };

  memset (plan, 0, sizeof *plan);
  plan->models.info = fh_plan_info_new ();
  g_object_set (plan->models.info, "name", name, NULL);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    plan->models.models[i] = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
  g_object_set (assessment, "id", (gint64)1, NULL);
  g_list_store_append (G_LIST_STORE (plan->models.models[FH_COLLECTION_ASSESSMENTS]), assessment);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr (FhCapability) capability = fh_capability_new (ids[i], ids[i]);

      g_object_set (capability, "position", (int)i, "core", i == 0, NULL);
      g_list_store_append (G_LIST_STORE (plan->models.models[FH_COLLECTION_CAPABILITIES]),
                           capability);
      if (stages[i] >= 0)
        {
          g_autoptr (FhScore) score = fh_score_new (1, ids[i], stages[i]);

          g_list_store_append (G_LIST_STORE (plan->models.models[FH_COLLECTION_SCORES]), score);
        }
    }
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->models.info);
  for (guint i = 0; i < FH_N_COLLECTIONS; i++)
    g_clear_object (&plan->models.models[i]);
}

static FhPortfolio *
make_portfolio (void)
{
  static const int one[] = { 1, 2, 3, 4 };
  static const int two[] = { 0, -1, 4, 2 };
  FhPortfolio     *portfolio = fh_portfolio_new (NULL);
  Plan             a, b;

  plan_init (&a, "Payments", one);
  plan_init (&b, "Search", two);
  fh_portfolio_add_plan (portfolio, "a.foothold", &a.models);
  fh_portfolio_add_plan (portfolio, "b.foothold", &b.models);
  fh_portfolio_finish (portfolio);
  plan_clear (&a);
  plan_clear (&b);
  return portfolio;
}

static void
pixel (cairo_surface_t *surface, double x, double y, double *rgb)
{
  guint32 value;

  cairo_surface_flush (surface);
  value = *(guint32 *)(cairo_image_surface_get_data (surface) +
                       (int)y * cairo_image_surface_get_stride (surface) + (int)x * 4);
  rgb[0] = ((value >> 16) & 0xff) / 255.0;
  rgb[1] = ((value >> 8) & 0xff) / 255.0;
  rgb[2] = (value & 0xff) / 255.0;
}

static void
assert_rgb (const double *got, const double *want)
{
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (fabs (got[i] - want[i]), <, 0.02);
}

static void
test_heat_map (void)
{
  g_autoptr (FhPortfolio) portfolio = make_portfolio ();
  cairo_surface_t  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 300);
  cairo_t          *cr = cairo_create (surface);
  FhHeatMapGeometry g;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fh_render_heat_map_geometry (cr, portfolio, 900, 0, &g);
  g_assert_cmpuint (g.n_rows, ==, 2);
  g_assert_cmpfloat (g.label_width + 5 * g.cell_width, <=, 900);
  fh_render_heat_map (cr, portfolio, &g, -1, -1);

  for (guint r = 0; r < 2; r++)
    for (int c = -1; c < 4; c++)
      {
        int    stage = c < 0 ? fh_portfolio_get_row (portfolio, r)->summary.overall
                             : fh_portfolio_get_stage (portfolio, r, (guint)c);
        double x, y, w, h, got[3], want[3];
        guint  hit_row = 99;
        int    hit_column = 99;

        /* Near the cell's corner: its fill, away from its number. */
        fh_render_heat_map_cell_rect (&g, r, c, &x, &y, &w, &h);
        pixel (surface, x + 4, y + 4, got);
        fh_render_heat_map_stage_rgb (stage, want);
        assert_rgb (got, want);

        g_assert_true (
          fh_render_heat_map_hit (&g, portfolio, x + w / 2, y + h / 2, &hit_row, &hit_column));
        g_assert_cmpuint (hit_row, ==, r);
        g_assert_cmpint (hit_column, ==, c);
      }

  /* Search has no score for b: not assessed, white, never Not yet's colour. */
  g_assert_cmpint (fh_portfolio_get_stage (portfolio, 1, 1), ==, -1);
  {
    guint row;
    int   column;

    g_assert_false (fh_render_heat_map_hit (&g, portfolio, 2, 2, &row, &column));
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_radar (void)
{
  g_autoptr (FhPortfolio) portfolio = make_portfolio ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 640);
  cairo_t         *cr = cairo_create (surface);
  const guint      rows[] = { 0, 1 };
  double           x, y, got[3], legend_free[3];

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fh_render_radar_teams (cr, 800, 640, portfolio, rows, 2, NULL);

  /* Payments' marker on axis d at Scalable, in the first team's blue. The radar is
   * drawn above the legend's one line (4 + 10 pt × 1.8 + 4 = 26 px high). */
  fh_render_radar_point (800, 640 - (4 + 10.0 * 1.8 + 4), 4, 3, 4, &x, &y);
  pixel (surface, x, y, got);
  g_assert_cmpfloat (got[2], >, 0.7);
  g_assert_cmpfloat (got[0], <, 0.3);

  /* A point on no outline stays white. */
  pixel (surface, 790, 10, legend_free);
  assert_rgb (legend_free, (double[]){ 1, 1, 1 });

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render-portfolio/heat-map", test_heat_map);
  g_test_add_func ("/render-portfolio/radar", test_radar);

  return g_test_run ();
}
