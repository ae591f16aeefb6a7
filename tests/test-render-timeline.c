/* test-render-timeline.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "foothold-core.h"
#include "fh-render-timeline.h"

#define Q0 (2027 * 4)

typedef struct
{
  FhPlanModels  models;
  GListStore   *stores[FH_N_COLLECTIONS];
} Plan;

static void
plan_init (Plan *plan)
{
  GType types[FH_N_COLLECTIONS];
  FhRoadmapItem *item;

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    types[c] = G_TYPE_OBJECT;
  types[FH_COLLECTION_CAPABILITIES] = FH_TYPE_CAPABILITY;
  types[FH_COLLECTION_ROADMAP] = FH_TYPE_ROADMAP_ITEM;
  types[FH_COLLECTION_ITEM_DEPENDENCIES] = FH_TYPE_LINK;

  plan->models.info = g_object_new (FH_TYPE_PLAN_INFO, "start-quarter", Q0, "horizon-years", 2, NULL);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      plan->stores[c] = g_list_store_new (types[c]);
      plan->models.models[c] = G_LIST_MODEL (plan->stores[c]);
    }

  for (guint i = 0; i < 3; i++)
    {
      static const char *ids[] = { "process", "experimentation", "registry" };
      FhCapability *cap = g_object_new (FH_TYPE_CAPABILITY, "id", ids[i], "name", ids[i],
                                        "position", i, NULL);

      g_list_store_append (plan->stores[FH_COLLECTION_CAPABILITIES], cap);
      g_object_unref (cap);
    }

  /* Experimentation: Initial → Repeatable in Q0–Q1; registry after it, a milestone. */
  item = g_object_new (FH_TYPE_ROADMAP_ITEM, "id", (gint64)1, "title", "Tracking",
                       "capability", "experimentation", "from-stage", 1, "target-stage", 2,
                       "start-quarter", Q0, "duration", 2, NULL);
  g_list_store_append (plan->stores[FH_COLLECTION_ROADMAP], item);
  g_object_unref (item);
  item = g_object_new (FH_TYPE_ROADMAP_ITEM, "id", (gint64)2, "title", "Registry",
                       "capability", "registry", "from-stage", 0, "target-stage", 1,
                       "start-quarter", Q0 + 2, "duration", 1, "milestone", TRUE, NULL);
  g_list_store_append (plan->stores[FH_COLLECTION_ROADMAP], item);
  g_object_unref (item);
  {
    g_autoptr(FhLink) link = fh_link_new (2, 1);

    g_list_store_append (plan->stores[FH_COLLECTION_ITEM_DEPENDENCIES], link);
  }
}

static void
plan_clear (Plan *plan)
{
  g_clear_object (&plan->models.info);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_clear_object (&plan->stores[c]);
}

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       double          *rgb)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  guint32 p = *(guint32 *)(data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static void
assert_colour (const double *got,
               const double *want)
{
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (got[i], want[i], 0.02);
}

static void
test_layout (void)
{
  Plan plan = { 0 };
  FhTimelineGeometry g;
  FhRenderTimeline *timeline;
  g_autoptr(GHashTable) collapsed = g_hash_table_new (g_str_hash, g_str_equal);
  const FhTimelineLane *lane;
  double w, h;

  plan_init (&plan);
  fh_timeline_geometry_init (&g, 1.0);

  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_layout (timeline, &g);
  g_assert_cmpuint (fh_render_timeline_get_n_lanes (timeline), ==, 3);
  g_assert_cmpint (fh_render_timeline_get_first (timeline), ==, Q0);
  g_assert_cmpint (fh_render_timeline_get_n_quarters (timeline), ==, 8);
  fh_render_timeline_get_size (timeline, &w, &h);
  g_assert_cmpfloat (w, ==, 8 * g.column_width);
  g_assert_cmpfloat (h, ==, 3 * (g.row_height + 8));
  fh_render_timeline_free (timeline);

  /* Empty lanes hidden: process goes; a collapsed lane is lower. */
  g_hash_table_add (collapsed, (gpointer)"registry");
  timeline = fh_render_timeline_new (&plan.models, NULL, collapsed, TRUE);
  fh_render_timeline_layout (timeline, &g);
  g_assert_cmpuint (fh_render_timeline_get_n_lanes (timeline), ==, 2);
  lane = fh_render_timeline_get_lane (timeline, 1);
  g_assert_cmpstr (lane->capability, ==, "registry");
  g_assert_true (lane->collapsed);
  g_assert_cmpfloat (lane->height, <, fh_render_timeline_get_lane (timeline, 0)->height);
  fh_render_timeline_free (timeline);
  plan_clear (&plan);
}

static void
test_draw_pixels (void)
{
  Plan plan = { 0 };
  FhTimelineGeometry g;
  FhTimelineViewport vp = { 0, 0, 1400, 400 };
  FhRenderTimeline *timeline;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1400, 400);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t r;
  double got[3], want[3];
  int index;

  plan_init (&plan);
  fh_timeline_geometry_init (&g, 1.0);
  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_set_now (timeline, Q0 + 5.5);
  fh_render_timeline_layout (timeline, &g);
  g_assert_cmpuint (fh_render_timeline_draw (timeline, cr, &vp), ==, 2);
  cairo_surface_flush (surface);

  /* The Repeatable bar: its colour at the left end, below the text. */
  index = fh_render_timeline_find_bar (timeline, 1);
  g_assert_cmpint (index, >=, 0);
  g_assert_true (fh_render_timeline_bar_rect (timeline, index, &r));
  g_assert_cmpfloat (r.width, ==, 2 * g.column_width - 6);
  pixel (surface, g.label_width + r.x + 3, g.header_height + r.y + r.height - 3, got);
  fh_render_timeline_stage_colour (2, want);
  /* The pattern lightens some pixels; the base colour or a lighter one of it is there. */
  g_assert_cmpfloat (got[1], >=, want[1] - 0.02);
  g_assert_cmpfloat (got[0], <, 0.6);

  /* The Initial bar is plain blue. */
  index = fh_render_timeline_find_bar (timeline, 2);
  g_assert_true (fh_render_timeline_bar_rect (timeline, index, &r));
  pixel (surface, g.label_width + r.x + 4, g.header_height + r.y + 3, got);
  fh_render_timeline_stage_colour (1, want);
  assert_colour (got, want);

  /* The now line, half way through the sixth quarter. */
  pixel (surface, g.label_width + 5.5 * g.column_width, g.header_height + 300, got);
  g_assert_cmpfloat (got[0], >, 0.8);
  g_assert_cmpfloat (got[1], <, 0.2);

  /* Hits: the bar, its end edge, a lane name. */
  g_assert_cmpint (fh_render_timeline_hit (timeline, &vp, g.label_width + r.x + r.width / 2,
                                           g.header_height + r.y + r.height / 2, &index),
                   ==, FH_TIMELINE_HIT_BAR);
  g_assert_cmpint (fh_render_timeline_get_bar (timeline, index)->id, ==, 2);
  g_assert_cmpint (fh_render_timeline_hit (timeline, &vp, 10, g.header_height + 5, &index),
                   ==, FH_TIMELINE_HIT_LANE);
  g_assert_cmpint (index, ==, 0);

  /* Scrolled past every bar: nothing is drawn. */
  vp.x = 6 * g.column_width;
  g_assert_cmpuint (fh_render_timeline_draw (timeline, cr, &vp), ==, 0);
  vp.x = 0;
  vp.y = 1000;
  g_assert_cmpuint (fh_render_timeline_draw (timeline, cr, &vp), ==, 0);

  fh_render_timeline_free (timeline);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  plan_clear (&plan);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render-timeline/layout", test_layout);
  g_test_add_func ("/foothold/render-timeline/draw-pixels", test_draw_pixels);

  return g_test_run ();
}
