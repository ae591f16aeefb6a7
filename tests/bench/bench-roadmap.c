/* bench-roadmap.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <stdlib.h>

#include "fh-bench-plan.h"
#include "fh-render-timeline.h"
#include "fh-rules.h"

/* The roadmap's two per-change costs on a plan with 2,000 items: the start-small
 * rules, which run after every change, and a full redraw of the timeline at
 * 1920×1080, which scrolling and dragging repeat every frame. */

#define RUNS 30

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

static double
median (double *values, guint n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = NULL;
  FhBenchSize        size;
  FhPlanModels       models;
  double             rules_ms[RUNS], draw_ms[RUNS], frame_ms[RUNS], max_rules = 0;
  cairo_surface_t   *surface;
  cairo_t           *cr;
  FhTimelineGeometry geometry;
  FhTimelineViewport viewport = { 0, 0, 1920, 1080 };
  guint              n_findings = 0, n_drawn = 0;

  fh_bench_size_init_default (&size);
  size.n_gaps = 2000;
  size.n_items = 2000;
  store = fh_bench_generate_plan (NULL, &size, &error);
  if (store == NULL)
    {
      g_printerr ("bench-roadmap: %s\n", error->message);
      return 1;
    }
  fh_store_get_models (store, &models);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (GPtrArray) findings = fh_rules_check (&models);

      rules_ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
      max_rules = MAX (max_rules, rules_ms[i]);
      n_findings = findings->len;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cr = cairo_create (surface);
  fh_timeline_geometry_init (&geometry, 1.0);
  {
    g_autoptr (GPtrArray) findings = fh_rules_check (&models);

    for (guint i = 0; i < RUNS; i++)
      {
        gint64            t0 = g_get_monotonic_time ();
        FhRenderTimeline *timeline = fh_render_timeline_new (&models, findings, NULL, FALSE);

        fh_render_timeline_layout (timeline, &geometry);
        n_drawn = fh_render_timeline_draw (timeline, cr, &viewport);
        cairo_surface_flush (surface);
        draw_ms[i] = (g_get_monotonic_time () - t0) / 1000.0;

        /* A scrolling frame: the timeline is built already, only the view moves. */
        viewport.y = (i % 5) * 200;
        t0 = g_get_monotonic_time ();
        fh_render_timeline_draw (timeline, cr, &viewport);
        cairo_surface_flush (surface);
        frame_ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
        viewport.y = 0;
        fh_render_timeline_free (timeline);
      }
  }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_print ("| measure | value | unit | note |\n");
  g_print ("| --- | ---: | --- | --- |\n");
  g_print (
    "| rules p50 | %.2f | ms | 9 start-small rules on %u items, %u findings; budget 5 ms |\n",
    median (rules_ms, RUNS), size.n_items, n_findings);
  g_print ("| rules max | %.2f | ms | of %d runs |\n", max_rules, RUNS);
  g_print ("| timeline frame p50 | %.2f | ms | full redraw at 1920x1080 on an image surface "
           "(scrolling, dragging); %u bars in view |\n",
           median (frame_ms, RUNS), n_drawn);
  g_print ("| timeline rebuild p50 | %.2f | ms | build from the plan, lay out and draw: once per "
           "change |\n",
           median (draw_ms, RUNS));

  return median (rules_ms, RUNS) < 5.0 ? 0 : 1;
}
