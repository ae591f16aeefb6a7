/* test-render-timeline.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "foothold-core.h"
#include "fh-render-text.h"
#include "fh-render-timeline-tiles.h"
#include "fh-render-timeline.h"

#define Q0 (2027 * 4)

typedef struct
{
  FhPlanModels models;
  GListStore  *stores[FH_N_COLLECTIONS];
} Plan;

static void
plan_init (Plan *plan)
{
  GType          types[FH_N_COLLECTIONS];
  FhRoadmapItem *item;

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    types[c] = G_TYPE_OBJECT;
  types[FH_COLLECTION_CAPABILITIES] = FH_TYPE_CAPABILITY;
  types[FH_COLLECTION_ROADMAP] = FH_TYPE_ROADMAP_ITEM;
  types[FH_COLLECTION_ITEM_DEPENDENCIES] = FH_TYPE_LINK;

  plan->models.info =
    g_object_new (FH_TYPE_PLAN_INFO, "start-quarter", Q0, "horizon-years", 2, NULL);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      plan->stores[c] = g_list_store_new (types[c]);
      plan->models.models[c] = G_LIST_MODEL (plan->stores[c]);
    }

  for (guint i = 0; i < 3; i++)
    {
      static const char *ids[] = { "process", "experimentation", "registry" };
      FhCapability      *cap =
        g_object_new (FH_TYPE_CAPABILITY, "id", ids[i], "name", ids[i], "position", i, NULL);

      g_list_store_append (plan->stores[FH_COLLECTION_CAPABILITIES], cap);
      g_object_unref (cap);
    }

  /* Experimentation: Initial → Repeatable in Q0–Q1; registry after it, a milestone. */
  item = g_object_new (FH_TYPE_ROADMAP_ITEM, "id", (gint64)1, "title", "Tracking", "capability",
                       "experimentation", "from-stage", 1, "target-stage", 2, "start-quarter", Q0,
                       "duration", 2, NULL);
  g_list_store_append (plan->stores[FH_COLLECTION_ROADMAP], item);
  g_object_unref (item);
  item = g_object_new (FH_TYPE_ROADMAP_ITEM, "id", (gint64)2, "title", "Registry", "capability",
                       "registry", "from-stage", 0, "target-stage", 1, "start-quarter", Q0 + 2,
                       "duration", 1, "milestone", TRUE, NULL);
  g_list_store_append (plan->stores[FH_COLLECTION_ROADMAP], item);
  g_object_unref (item);
  {
    g_autoptr (FhLink) link = fh_link_new (2, 1);

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
pixel (cairo_surface_t *surface, int x, int y, double *rgb)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  guint32        p = *(guint32 *)(data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static void
assert_colour (const double *got, const double *want)
{
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (got[i], want[i], 0.02);
}

static void
test_layout (void)
{
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhRenderTimeline  *timeline;
  g_autoptr (GHashTable) collapsed = g_hash_table_new (g_str_hash, g_str_equal);
  const FhTimelineLane *lane;
  double                w, h;

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
  g_hash_table_add (collapsed, (gpointer) "registry");
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
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhTimelineViewport vp = { 0, 0, 1400, 400 };
  FhRenderTimeline  *timeline;
  cairo_surface_t   *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1400, 400);
  cairo_t           *cr = cairo_create (surface);
  cairo_rectangle_t  r;
  double             got[3], want[3];
  int                index;

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
  g_assert_cmpint (fh_render_timeline_hit (timeline, &vp, 10, g.header_height + 5, &index), ==,
                   FH_TIMELINE_HIT_LANE);
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

static void
add_item (Plan *plan, gint64 id, const char *title, const char *capability, int start, int duration)
{
  g_autoptr (FhRoadmapItem) item = g_object_new (
    FH_TYPE_ROADMAP_ITEM, "id", id, "title", title, "capability", capability, "from-stage", 1,
    "target-stage", 2, "start-quarter", start, "duration", duration, NULL);

  g_list_store_append (plan->stores[FH_COLLECTION_ROADMAP], item);
}

/* A title too long for its bar goes beside it, whole, when its row is free there; it
 * never runs over the next bar in the row, and a title that fits stays inside. */
static void
test_title_beside (void)
{
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhRenderTimeline  *timeline;
  FhTimelineViewport vp = { 0, 0, 1600, 400 };
  cairo_surface_t   *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 400);
  cairo_t           *cr = cairo_create (surface);
  cairo_rectangle_t  bar, title, next;
  int                short_bar, crowded, after, wide;
  double             ink[3];

  plan_init (&plan);
  /* process: a one-quarter bar with room after it, then, later, one followed closely. */
  add_item (&plan, 10, "Baselines and a scoring method", "process", Q0, 1);
  add_item (&plan, 11, "A second long title that has little room after it", "process", Q0 + 4, 1);
  add_item (&plan, 12, "Next", "process", Q0 + 5, 2);
  add_item (&plan, 13, "A long bar holds its own title", "registry", Q0 + 4, 4);
  fh_timeline_geometry_init (&g, 1.0);
  g.column_width = 100;
  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_layout (timeline, &g);
  fh_render_timeline_draw (timeline, cr, &vp);
  cairo_surface_flush (surface);

  short_bar = fh_render_timeline_find_bar (timeline, 10);
  crowded = fh_render_timeline_find_bar (timeline, 11);
  after = fh_render_timeline_find_bar (timeline, 12);
  wide = fh_render_timeline_find_bar (timeline, 13);

  /* Beside, whole, on the right of the bar, level with it, before the next bar. */
  g_assert_true (fh_render_timeline_bar_rect (timeline, short_bar, &bar));
  g_assert_cmpint (fh_render_timeline_get_title_rect (timeline, short_bar, &title), ==,
                   FH_TIMELINE_TITLE_BESIDE);
  g_assert_false (fh_render_timeline_get_title_cut (timeline, short_bar));
  g_assert_cmpfloat (title.x, >=, bar.x + bar.width);
  g_assert_cmpfloat (title.width, >, bar.width);
  g_assert_cmpfloat (title.y, >=, bar.y);
  g_assert_cmpfloat (title.y + title.height, <=, bar.y + bar.height);
  fh_render_timeline_bar_rect (timeline, crowded, &next);
  g_assert_cmpfloat (title.x + title.width, <, next.x);
  /* Dark text on the lane where the title is. */
  {
    gboolean dark = FALSE;

    for (int x = title.x; x < title.x + title.width && !dark; x++)
      for (int y = title.y; y < title.y + title.height && !dark; y++)
        {
          pixel (surface, g.label_width + x, g.header_height + y, ink);
          dark = ink[0] < 0.3 && ink[1] < 0.3 && ink[2] < 0.3;
        }
    g_assert_true (dark);
  }

  /* The next bar is only one quarter further: the title is cut short before it. */
  fh_render_timeline_bar_rect (timeline, after, &next);
  g_assert_cmpint (fh_render_timeline_get_title_rect (timeline, crowded, &title), !=,
                   FH_TIMELINE_TITLE_NONE);
  g_assert_true (fh_render_timeline_get_title_cut (timeline, crowded));
  g_assert_cmpfloat (title.x + title.width, <=, next.x);

  /* A title that fits stays inside its bar. */
  g_assert_cmpint (fh_render_timeline_get_title_rect (timeline, after, &title), ==,
                   FH_TIMELINE_TITLE_INSIDE);
  g_assert_cmpint (fh_render_timeline_get_title_rect (timeline, wide, &title), ==,
                   FH_TIMELINE_TITLE_INSIDE);
  fh_render_timeline_bar_rect (timeline, wide, &bar);
  g_assert_cmpfloat (title.x + title.width, <=, bar.x + bar.width);
  g_assert_false (fh_render_timeline_get_title_cut (timeline, wide));

  /* Clicking the title beside a bar hits the bar. */
  {
    int index = -1;

    fh_render_timeline_get_title_rect (timeline, short_bar, &title);
    g_assert_cmpint (fh_render_timeline_hit (timeline, &vp,
                                             g.label_width + title.x + title.width - 2,
                                             g.header_height + title.y + title.height / 2, &index),
                     ==, FH_TIMELINE_HIT_BAR);
    g_assert_cmpint (index, ==, short_bar);
  }

  fh_render_timeline_free (timeline);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  plan_clear (&plan);
}

/* At a 1280-wide window the timeline is about 680 pixels wide: with the columns kept
 * at their least readable width, no year or quarter label is cut; squeezed below it,
 * the header says so. Lane triangles are drawn only when asked (not in print). */
static void
test_header_1280 (void)
{
  Plan                  plan = { 0 };
  FhTimelineGeometry    g;
  FhRenderTimeline     *timeline;
  FhTimelineViewport    vp = { 0, 0, 680, 500 };
  cairo_surface_t      *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 680, 500);
  cairo_t              *cr = cairo_create (surface);
  double                min_width, rgb[3];
  const FhTimelineLane *lane;

  plan_init (&plan);
  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_timeline_geometry_init (&g, 1.0);
  g.label_width = 200;
  min_width = fh_render_timeline_min_column_width (timeline, &g);
  g_assert_cmpfloat (min_width, >=, 60);
  /* Fitting 8 quarters into 480 pixels would give 60: the least width wins. */
  g.column_width = MAX (min_width, (vp.width - g.label_width) / 8);
  fh_render_timeline_layout (timeline, &g);
  for (vp.x = 0; vp.x < 8 * g.column_width; vp.x += g.column_width / 3)
    {
      fh_render_timeline_draw (timeline, cr, &vp);
      g_assert_false (fh_render_timeline_header_is_cut (timeline));
    }

  /* Two rows: the year once (dark text in the upper row), the quarters below. */
  vp.x = 0;
  fh_render_timeline_draw (timeline, cr, &vp);
  cairo_surface_flush (surface);
  {
    int dark_top = 0;

    for (int x = g.label_width; x < g.label_width + 60; x++)
      for (int y = 2; y < g.header_height / 2 - 2; y++)
        {
          pixel (surface, x, y, rgb);
          dark_top += rgb[0] < 0.3;
        }
    g_assert_cmpint (dark_top, >, 20);
  }

  /* Too narrow a column cuts the year, and the header reports it. */
  g.column_width = 20;
  fh_render_timeline_layout (timeline, &g);
  fh_render_timeline_draw (timeline, cr, &vp);
  g_assert_true (fh_render_timeline_header_is_cut (timeline));

  /* The disclosure triangle is a screen control: only drawn when asked. */
  g.column_width = min_width;
  fh_render_timeline_layout (timeline, &g);
  lane = fh_render_timeline_get_lane (timeline, 0);
  fh_render_timeline_draw (timeline, cr, &vp);
  cairo_surface_flush (surface);
  pixel (surface, 12, g.header_height + lane->y + 4 + 8, rgb);
  g_assert_cmpfloat (rgb[0], >, 0.9);
  fh_render_timeline_set_show_controls (timeline, TRUE);
  fh_render_timeline_draw (timeline, cr, &vp);
  cairo_surface_flush (surface);
  pixel (surface, 12, g.header_height + lane->y + 4 + 8, rgb);
  g_assert_cmpfloat (rgb[0], <, 0.5);

  fh_render_timeline_free (timeline);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  plan_clear (&plan);
}

/* A timeline made after a bar moved, taking over the text of the one before it,
 * draws exactly what a timeline made from nothing draws. */
static void
test_adopt_text (void)
{
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhTimelineViewport vp = { 0, 0, 1400, 400 };
  FhRenderTimeline  *before, *adopted, *fresh;
  cairo_surface_t   *surfaces[2];
  g_autoptr (FhRoadmapItem) item = NULL;

  plan_init (&plan);
  fh_timeline_geometry_init (&g, 1.0);
  for (guint i = 0; i < G_N_ELEMENTS (surfaces); i++)
    surfaces[i] = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1400, 400);

  before = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_layout (before, &g);
  {
    cairo_t *cr = cairo_create (surfaces[0]);

    g_assert_cmpuint (fh_render_timeline_draw (before, cr, &vp), ==, 2);
    cairo_destroy (cr);
  }

  /* Tracking moves one quarter on; the registry keeps its place and title. */
  item = g_list_model_get_item (plan.models.models[FH_COLLECTION_ROADMAP], 0);
  g_object_set (item, "start-quarter", Q0 + 1, NULL);
  adopted = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_adopt_text (adopted, before);
  fh_render_timeline_free (before);
  fresh = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (surfaces); i++)
    {
      cairo_t *cr = cairo_create (surfaces[i]);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      fh_render_timeline_layout (i == 0 ? adopted : fresh, &g);
      g_assert_cmpuint (fh_render_timeline_draw (i == 0 ? adopted : fresh, cr, &vp), ==, 2);
      cairo_destroy (cr);
      cairo_surface_flush (surfaces[i]);
    }
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (surfaces[0]),
                           cairo_image_surface_get_data (surfaces[1]),
                           cairo_image_surface_get_stride (surfaces[0]) * 400),
                   ==, 0);

  fh_render_timeline_free (adopted);
  fh_render_timeline_free (fresh);
  for (guint i = 0; i < G_N_ELEMENTS (surfaces); i++)
    cairo_surface_destroy (surfaces[i]);
  plan_clear (&plan);
}

static cairo_status_t
append_svg (void *closure, const unsigned char *data, unsigned int length)
{
  g_string_append_len (closure, (const char *)data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The stage patterns are vector: a printed bar holds no raster image. */
static void
test_vector_patterns (void)
{
  g_autoptr (GString) svg = g_string_new (NULL);
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_svg, svg, 300, 100);
  cairo_t         *cr = cairo_create (surface);

  for (int stage = 1; stage <= 4; stage++)
    {
      cairo_rectangle (cr, 10 + (stage - 1) * 70, 10, 60, 30);
      fh_render_timeline_fill_stage (cr, stage);
      cairo_new_path (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (svg->len, >, 100);
  g_assert_null (strstr (svg->str, "<image"));
}

/* The share of dark pixels in greyscale of what @draw leaves in a 40 × 40 box. */
static double
dark_share (int kind)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 40);
  cairo_t         *cr = cairo_create (surface);
  double           rgb[3];
  int              n = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (kind < 10)
    fh_render_timeline_draw_badge (cr, kind, 20, 20, 14);
  else
    {
      cairo_rectangle (cr, 0, 0, 40, 40);
      fh_render_timeline_fill_stage (cr, kind - 10);
    }
  cairo_surface_flush (surface);
  for (int y = 0; y < 40; y++)
    for (int x = 0; x < 40; x++)
      {
        pixel (surface, x, y, rgb);
        n += 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 0.55;
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n / 1600.0;
}

/* In black and white, an error's mark differs from a warning's by its shape (an
 * octagon covers far more of its box than a triangle), and Initial from Repeatable by
 * the latter's light hatching. */
static void
test_black_and_white_marks (void)
{
  double error = dark_share (FH_SEVERITY_ERROR), warning = dark_share (FH_SEVERITY_WARNING);
  double initial = dark_share (10 + FH_STAGE_INITIAL);
  double repeatable = dark_share (10 + FH_STAGE_REPEATABLE);

  g_test_message ("error %.2f warning %.2f initial %.2f repeatable %.2f", error, warning, initial,
                  repeatable);
  g_assert_cmpfloat (fabs (error - warning), >, 0.15);
  g_assert_cmpfloat (fabs (initial - repeatable), >, 0.1);
}

/* Dark: no white panel; the selected bar has a thick ring in the focus colour. */
static void
test_dark_and_selected (void)
{
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhTimelineViewport vp = { 0, 0, 1400, 400 };
  FhRenderTimeline  *timeline;
  FhRenderStyle      style;
  cairo_surface_t   *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1400, 400);
  cairo_t           *cr = cairo_create (surface);
  cairo_rectangle_t  r;
  double             got[3];
  int                index;

  plan_init (&plan);
  fh_render_style_init (&style, TRUE, 1);
  fh_timeline_geometry_init (&g, 1.0);
  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_set_style (timeline, &style);
  fh_render_timeline_set_selected (timeline, 1);
  fh_render_timeline_layout (timeline, &g);
  fh_render_timeline_draw (timeline, cr, &vp);
  cairo_surface_flush (surface);

  /* The empty lanes, the header and the lane names are dark. */
  pixel (surface, 1390, 390, got);
  g_assert_cmpfloat (got[0] + got[1] + got[2], <, 0.9);
  pixel (surface, 1390, 5, got);
  g_assert_cmpfloat (got[0] + got[1] + got[2], <, 0.9);
  pixel (surface, 5, 390, got);
  g_assert_cmpfloat (got[0] + got[1] + got[2], <, 0.9);

  /* Three pixels outside the selected bar's edge: the ring, yellow on dark. */
  index = fh_render_timeline_find_bar (timeline, 1);
  g_assert_true (fh_render_timeline_bar_rect (timeline, index, &r));
  pixel (surface, g.label_width + r.x + r.width / 2, g.header_height + r.y - 4, got);
  g_assert_cmpfloat (got[0], >, 0.8);
  g_assert_cmpfloat (got[1], >, 0.7);
  g_assert_cmpfloat (got[2], <, 0.5);

  fh_render_timeline_free (timeline);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  plan_clear (&plan);
}

static void
add_capability (Plan *plan, const char *id, int position)
{
  g_autoptr (FhCapability) cap =
    g_object_new (FH_TYPE_CAPABILITY, "id", id, "name", id, "position", position, NULL);

  g_list_store_append (plan->stores[FH_COLLECTION_CAPABILITIES], cap);
}

/* Tiles for print: quarters split evenly, columns narrowed before another column of
 * tiles is added and widened to the full width, lanes split evenly down, and every
 * title inside the tile that shows it, a continuing bar naming itself again. */
static void
test_tiles (void)
{
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhRenderTimeline  *timeline;
  cairo_surface_t   *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4000, 2000);
  cairo_t           *cr = cairo_create (surface);
  guint              cols, rows;
  double             area;
  static const char *extra[] = { "a", "b", "c", "d" };

  plan_init (&plan);
  for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
    add_capability (&plan, extra[i], 3 + i);
  add_item (&plan, 10, "A long title that runs over three whole quarters of the plan", "process",
            Q0 + 2, 4);
  add_item (&plan, 11, "Short", "a", Q0 + 9, 2);
  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_set_range (timeline, Q0, 12);
  fh_timeline_geometry_init (&g, 1.0);
  g.column_width = 200;
  fh_render_timeline_layout (timeline, &g);

  /* Twelve quarters fit at three quarters of the width asked: one column of tiles,
   * widened to the whole width. */
  area = 12 * 160;
  {
    g_autoptr (GArray) tiles =
      fh_render_timeline_tile (timeline, &g, g.label_width + area, 2000, &cols, &rows);

    g_assert_cmpuint (cols, ==, 1);
    g_assert_cmpuint (rows, ==, 1);
    g_assert_cmpuint (tiles->len, ==, 1);
    g_assert_cmpfloat_with_epsilon (g.column_width * 12, area, 1e-6);
    g_assert_cmpint (g_array_index (tiles, FhTimelineTile, 0).n_lanes, ==, 7);
  }

  /* Room for five: three columns of four, not 5 + 5 + 2. */
  g.column_width = 200;
  area = 5 * 160 + 10;
  {
    g_autoptr (GArray) tiles =
      fh_render_timeline_tile (timeline, &g, g.label_width + area, 2000, &cols, &rows);
    int sum = 0;

    g_assert_cmpuint (cols, ==, 3);
    g_assert_cmpfloat_with_epsilon (g.column_width * 4, area, 1e-6);
    for (guint t = 0; t < tiles->len; t++)
      {
        const FhTimelineTile *tile = &g_array_index (tiles, FhTimelineTile, t);

        g_assert_cmpint (tile->n_quarters, ==, 4);
        g_assert_cmpint (tile->first_quarter, ==, Q0 + 4 * (int)tile->column);
        sum += tile->n_quarters;
      }
    g_assert_cmpint (sum, ==, 12 * (int)rows);
  }

  /* Room for five lanes of seven: two rows of tiles of three and four, never five
   * and two; every title inside its tile. */
  g.column_width = 200;
  {
    const FhTimelineLane *last = fh_render_timeline_get_lane (timeline, 6);
    double                lane_h = last->height;
    g_autoptr (GArray) tiles = fh_render_timeline_tile (
      timeline, &g, g.label_width + area, g.header_height + 5 * lane_h + 2, &cols, &rows);

    g_assert_cmpuint (rows, ==, 2);
    for (guint t = 0; t < tiles->len; t++)
      {
        const FhTimelineTile *tile = &g_array_index (tiles, FhTimelineTile, t);
        FhTimelineViewport    vp = { tile->cx, tile->cy, g.label_width + tile->cw,
                                     g.header_height + tile->ch };

        g_assert_cmpuint (tile->n_lanes, >=, 3);
        g_assert_cmpuint (tile->n_lanes, <=, 4);
        g_assert_cmpfloat (tile->ch, <=, 5 * lane_h + 2);
        fh_render_timeline_draw (timeline, cr, &vp);
        for (guint b = 0; b < fh_render_timeline_get_n_bars (timeline); b++)
          {
            cairo_rectangle_t r, title;
            FhTimelineTitle   place = fh_render_timeline_get_title_rect (timeline, b, &title);

            if (!fh_render_timeline_bar_rect (timeline, b, &r) || r.x + r.width <= tile->cx ||
                r.x >= tile->cx + tile->cw || r.y + r.height <= tile->cy ||
                r.y >= tile->cy + tile->ch)
              continue;
            /* A bar in the tile has its title in the tile, whole or ellipsized. */
            g_assert_cmpint (place, !=, FH_TIMELINE_TITLE_NONE);
            g_assert_cmpfloat (title.x, >=, tile->cx);
            g_assert_cmpfloat (title.x + title.width, <=, tile->cx + tile->cw + 0.5);
            g_assert_cmpfloat (title.width, >, 10);
          }
      }
  }

  fh_render_timeline_free (timeline);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  plan_clear (&plan);
}

/* One page for a summary: all lanes and quarters in the room given, text at 8 pt or
 * more, every title led by its item's number; a room too small says so. */
static void
test_fit (void)
{
  Plan               plan = { 0 };
  FhTimelineGeometry g;
  FhRenderTimeline  *timeline;
  cairo_surface_t   *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t           *cr = cairo_create (surface);
  double             content_w, content_h;

  plan_init (&plan);
  add_item (&plan, 12, "A title much too long for a bar a quarter wide on a one-page timeline",
            "process", Q0 + 3, 1);
  timeline = fh_render_timeline_new (&plan.models, NULL, NULL, FALSE);
  fh_render_timeline_set_range (timeline, Q0, 12);

  g_assert_false (fh_render_timeline_fit (timeline, &g, 770, 40));
  g_assert_true (fh_render_timeline_fit (timeline, &g, 770, 300));
  fh_render_timeline_get_size (timeline, &content_w, &content_h);
  g_assert_cmpfloat (g.text_pt, >=, FH_RENDER_MIN_TEXT_PT);
  g_assert_cmpfloat (g.header_height + content_h, <=, 300);
  g_assert_cmpfloat_with_epsilon (g.label_width + content_w, 770, 1e-6);

  {
    FhTimelineViewport vp = { 0, 0, 770, 300 };

    fh_render_timeline_draw (timeline, cr, &vp);
  }
  for (guint b = 0; b < fh_render_timeline_get_n_bars (timeline); b++)
    {
      const FhTimelineBar *bar = fh_render_timeline_get_bar (timeline, b);
      g_autofree char     *lead = g_strdup_printf ("#%" G_GINT64_FORMAT " ", bar->id);
      cairo_rectangle_t    title;

      g_assert_true (g_str_has_prefix (bar->title, lead));
      g_assert_cmpint (fh_render_timeline_get_title_rect (timeline, b, &title), !=,
                       FH_TIMELINE_TITLE_NONE);
      g_assert_cmpfloat (title.x + title.width, <=, content_w + 0.5);
    }
  /* Numbering twice leads with the number once. */
  fh_render_timeline_number_titles (timeline);
  g_assert_true (g_str_has_prefix (
    fh_render_timeline_get_bar (timeline, fh_render_timeline_find_bar (timeline, 12))->title,
    "#12 A title"));

  fh_render_timeline_free (timeline);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  plan_clear (&plan);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/render-timeline/layout", test_layout);
  g_test_add_func ("/foothold/render-timeline/draw-pixels", test_draw_pixels);
  g_test_add_func ("/foothold/render-timeline/title-beside", test_title_beside);
  g_test_add_func ("/foothold/render-timeline/header-1280", test_header_1280);
  g_test_add_func ("/foothold/render-timeline/adopt-text", test_adopt_text);
  g_test_add_func ("/foothold/render-timeline/vector-patterns", test_vector_patterns);
  g_test_add_func ("/foothold/render-timeline/tiles", test_tiles);
  g_test_add_func ("/foothold/render-timeline/fit", test_fit);
  g_test_add_func ("/foothold/render-timeline/black-and-white-marks", test_black_and_white_marks);
  g_test_add_func ("/foothold/render-timeline/dark-and-selected", test_dark_and_selected);

  return g_test_run ();
}
