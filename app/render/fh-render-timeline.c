/* fh-render-timeline.c
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

#include "fh-render-timeline.h"

#include "fh-capability.h"
#include "fh-link.h"
#include "fh-plan-info.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-render-style.h"
#include "fh-render-text.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"

#define LANE_PAD  4.0
#define EDGE_GRAB 8.0
#define LABEL_PAD 30.0 /* the disclosure triangle and the margins around a lane's name */

typedef struct
{
  PangoLayout *layout;
  double       width; /* the width it was made for */
  int          lines;
  int          height; /* pixel height, cached */
} TextCache;

struct _FhRenderTimeline
{
  GArray            *lanes; /* FhTimelineLane */
  GArray            *bars;  /* FhTimelineBar, by lane then start */
  GArray            *deps;  /* pairs of bar indices: [dependent, dependency] */
  int                first;
  int                n_quarters;
  double             now; /* in quarters, e.g. 8108.5 is half way through a quarter */
  gint64             selected;
  FhTimelineGeometry geometry;
  double             content_height;

  /* What drawing a frame would otherwise make again every time: text layouts (kept
   * per bar, lane and quarter, made anew when their text, size or width changes),
   * the stage patterns and the paths of the arrows. Scrolling and dragging then only
   * paint. The layouts follow the cairo_t they are drawn on (font options,
   * resolution), so a window and a PDF may both draw the same timeline. */
  PangoContext         *pango;
  PangoFontDescription *fonts[2]; /* regular, bold; at text_font_pt */
  double                text_font_pt;
  TextCache            *bar_text;     /* per bar */
  TextCache            *lane_text;    /* per lane */
  TextCache            *quarter_text; /* per column of the range */
  guint                 n_quarter_text;
  GArray               *heads;     /* arrow heads of a frame: x, y pairs */
  TextCache            *year_text; /* per column of the range: its year's label */

  /* Where titles go: a title too long for its bar is set beside it, in the free part
   * of its row up to the next bar there (laid out in fh_render_timeline_layout()). */
  PangoLayout       *measure;       /* titles on one line, to measure them */
  int               *bar_natural;   /* per bar: the title's width, -1 not measured */
  int               *next_in_row;   /* per bar: the next bar in its row, or -1 */
  cairo_rectangle_t *title_rects;   /* per bar, of the last frame: where the title went */
  guint8            *title_place;   /* per bar, of the last frame: a FhTimelineTitle */
  gboolean           header_cut;    /* the last frame could not show a header label whole */
  gboolean           show_controls; /* the lanes' disclosure triangles: on screen only */
  FhRenderStyle      style;
  double             visible_x0, visible_x1; /* of the frame being drawn, content coordinates */
  gboolean           numbered;               /* titles are led by their item's number */
};

void
fh_timeline_geometry_init (FhTimelineGeometry *geometry, double scale)
{
  g_return_if_fail (geometry != NULL);

  scale = MAX (scale, 0.5);
  geometry->label_width = 210 * scale;
  geometry->header_height = 54 * scale; /* two rows: the years, then the quarters */
  geometry->column_width = 140 * scale;
  geometry->row_height = 38 * scale;
  geometry->text_pt = MAX (FH_RENDER_MIN_TEXT_PT, 11 * scale);
}

static void
text_cache_clear (TextCache *cache, guint n)
{
  for (guint i = 0; cache != NULL && i < n; i++)
    g_clear_object (&cache[i].layout);
}

static void
drop_text (FhRenderTimeline *self)
{
  text_cache_clear (self->bar_text, self->bars->len);
  text_cache_clear (self->lane_text, self->lanes->len);
  text_cache_clear (self->quarter_text, self->n_quarter_text);
  text_cache_clear (self->year_text, self->n_quarter_text);
  for (guint i = 0; self->bar_natural != NULL && i < self->bars->len; i++)
    self->bar_natural[i] = -1;
}

/* The layout for @text in @cache, made only when there is none yet for this width and
 * number of lines. Set as plain text (never markup), never below the smallest size,
 * as fh_render_text_layout() does. */
static PangoLayout *
cached_text (FhRenderTimeline *self,
             TextCache        *cache,
             const char       *text,
             gboolean          bold,
             double            max_width,
             int               max_lines)
{
  if (cache->layout != NULL && cache->width == max_width && cache->lines == max_lines)
    return cache->layout;

  g_clear_object (&cache->layout);
  cache->layout = pango_layout_new (self->pango);
  pango_layout_set_font_description (cache->layout, self->fonts[bold ? 1 : 0]);
  if (max_width > 0)
    {
      pango_layout_set_width (cache->layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_wrap (cache->layout, PANGO_WRAP_WORD_CHAR);
    }
  if (max_lines > 0)
    {
      pango_layout_set_height (cache->layout, -max_lines);
      pango_layout_set_ellipsize (cache->layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (cache->layout, text != NULL ? text : "", -1);
  cache->width = max_width;
  cache->lines = max_lines;
  cache->height = -1;

  return cache->layout;
}

static int
cached_height (TextCache *cache)
{
  if (cache->height < 0)
    pango_layout_get_pixel_size (cache->layout, NULL, &cache->height);

  return cache->height;
}

/* Before a frame: the text follows @cr's font options and resolution, and the size
 * the geometry asks for. */
static void
ensure_text (FhRenderTimeline *self)
{
  double pt = MAX (self->geometry.text_pt, FH_RENDER_MIN_TEXT_PT);

  if (self->pango == NULL)
    self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  if (self->fonts[0] == NULL || self->text_font_pt != pt)
    {
      drop_text (self);
      for (guint i = 0; i < G_N_ELEMENTS (self->fonts); i++)
        {
          g_clear_pointer (&self->fonts[i], pango_font_description_free);
          self->fonts[i] = pango_font_description_new ();
          pango_font_description_set_family (self->fonts[i], "Sans");
          pango_font_description_set_size (self->fonts[i], (int)(pt * PANGO_SCALE));
          pango_font_description_set_weight (self->fonts[i],
                                             i == 1 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        }
      self->text_font_pt = pt;
    }
}

static void
prepare_text (FhRenderTimeline *self, cairo_t *cr)
{
  ensure_text (self);
  pango_cairo_update_context (cr, self->pango);
}

static void
clear_lane (gpointer data)
{
  FhTimelineLane *lane = data;

  g_free (lane->capability);
  g_free (lane->name);
}

static void
clear_bar (gpointer data)
{
  FhTimelineBar *bar = data;

  g_free (bar->title);
}

static int
compare_position (gconstpointer a, gconstpointer b)
{
  return fh_capability_get_position (*(FhCapability **)a) -
         fh_capability_get_position (*(FhCapability **)b);
}

static int
compare_bars (gconstpointer a, gconstpointer b)
{
  const FhTimelineBar *ba = a;
  const FhTimelineBar *bb = b;

  if (ba->lane != bb->lane)
    return ba->lane - bb->lane;
  if (ba->start != bb->start)
    return ba->start - bb->start;
  return ba->id < bb->id ? -1 : ba->id > bb->id;
}

/**
 * fh_render_timeline_new:
 * @models: the plan
 * @findings: (nullable) (element-type FhFinding): the rules' findings, marked on bars
 * @collapsed: (nullable): capability ids whose lanes are collapsed (a set)
 * @hide_empty: leave out lanes without items
 *
 * The range starts at the plan's start quarter (or its first item) and spans the
 * plan's horizon, stretched to the last item's end.
 */
FhRenderTimeline *
fh_render_timeline_new (const FhPlanModels *models,
                        GPtrArray          *findings,
                        GHashTable         *collapsed,
                        gboolean            hide_empty)
{
  FhRenderTimeline *self = g_new0 (FhRenderTimeline, 1);
  GListModel       *caps = models->models[FH_COLLECTION_CAPABILITIES];
  GListModel       *items = models->models[FH_COLLECTION_ROADMAP];
  GListModel       *deps = models->models[FH_COLLECTION_ITEM_DEPENDENCIES];
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) lane_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) worst = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) bar_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree int *lane_map = NULL;
  guint           n_caps = caps != NULL ? g_list_model_get_n_items (caps) : 0;
  guint           n_items = items != NULL ? g_list_model_get_n_items (items) : 0;
  int             first = 0, last = 0, horizon = 3;
  guint           n_lanes = 0;

  self->style = *fh_render_style_paper ();

  g_return_val_if_fail (models != NULL, NULL);

  self->lanes = g_array_new (FALSE, TRUE, sizeof (FhTimelineLane));
  g_array_set_clear_func (self->lanes, clear_lane);
  self->bars = g_array_sized_new (FALSE, TRUE, sizeof (FhTimelineBar), n_items);
  g_array_set_clear_func (self->bars, clear_bar);
  self->deps = g_array_new (FALSE, FALSE, sizeof (guint));
  self->heads = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  fh_timeline_geometry_init (&self->geometry, 1.0);

  for (guint i = 0; i < n_caps; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (caps, i));
  g_ptr_array_sort (sorted, compare_position);
  for (guint i = 0; i < sorted->len; i++)
    g_hash_table_insert (lane_of, (gpointer)fh_capability_get_id (sorted->pdata[i]),
                         GUINT_TO_POINTER (i + 1));

  for (guint f = 0; findings != NULL && f < findings->len; f++)
    {
      FhFinding *finding = findings->pdata[f];

      for (guint k = 0; k < finding->items->len; k++)
        {
          gint64   id = g_array_index (finding->items, gint64, k);
          gpointer old = NULL;

          if (g_hash_table_lookup_extended (worst, &id, NULL, &old) &&
              GPOINTER_TO_INT (old) - 1 >= (int)finding->severity)
            continue;
          g_hash_table_insert (worst, g_memdup2 (&id, sizeof id),
                               GINT_TO_POINTER (finding->severity + 1));
        }
    }

  lane_map = g_new0 (int, MAX (sorted->len, 1));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      FhTimelineBar bar = { 0 };
      guint         lane =
        GPOINTER_TO_UINT (g_hash_table_lookup (lane_of, fh_roadmap_item_get_capability (item)));

      if (lane == 0)
        continue;

      bar.id = fh_roadmap_item_get_id (item);
      bar.lane = lane - 1;
      bar.start = fh_roadmap_item_get_start_quarter (item);
      bar.duration = MAX (fh_roadmap_item_get_duration (item), 1);
      bar.from_stage = fh_roadmap_item_get_from_stage (item);
      bar.target_stage = fh_roadmap_item_get_target_stage (item);
      bar.milestone = fh_roadmap_item_get_milestone (item);
      bar.status = fh_roadmap_item_get_status (item);
      bar.finding = GPOINTER_TO_INT (g_hash_table_lookup (worst, &bar.id)) - 1;
      bar.title = g_strdup (fh_roadmap_item_get_title (item));
      g_array_append_val (self->bars, bar);
      lane_map[bar.lane]++;

      if (first == 0 || bar.start < first)
        first = bar.start;
      last = MAX (last, bar.start + bar.duration - 1);
    }

  /* Lanes in catalog order; an empty lane may be hidden, and bars follow their lane. */
  for (guint i = 0; i < sorted->len; i++)
    {
      FhTimelineLane lane = { 0 };
      const char    *id = fh_capability_get_id (sorted->pdata[i]);
      guint          n_bars = lane_map[i];

      if (hide_empty && n_bars == 0)
        {
          lane_map[i] = -1;
          continue;
        }

      lane.capability = g_strdup (id);
      lane.name = g_strdup (fh_capability_get_name (sorted->pdata[i]));
      lane.collapsed = collapsed != NULL && g_hash_table_contains (collapsed, id);
      lane.n_bars = n_bars;
      g_array_append_val (self->lanes, lane);
      lane_map[i] = n_lanes++;
    }
  for (guint i = 0; i < self->bars->len; i++)
    {
      FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, i);

      bar->lane = lane_map[bar->lane];
    }
  g_array_sort (self->bars, compare_bars);
  for (guint i = 0; i < self->bars->len; i++)
    g_hash_table_insert (bar_of, &g_array_index (self->bars, FhTimelineBar, i).id,
                         GUINT_TO_POINTER (i + 1));

  for (guint i = 0, n = deps != NULL ? g_list_model_get_n_items (deps) : 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (deps, i);
      gint64 source = fh_link_get_source (link);
      gint64 target = fh_link_get_target (link);
      guint  a = GPOINTER_TO_UINT (g_hash_table_lookup (bar_of, &source));
      guint  b = GPOINTER_TO_UINT (g_hash_table_lookup (bar_of, &target));
      guint  pair[2] = { a - 1, b - 1 };

      if (a > 0 && b > 0)
        g_array_append_vals (self->deps, pair, 2);
    }

  if (models->info != NULL)
    {
      horizon = fh_plan_info_get_horizon_years (models->info);
      if (fh_plan_info_get_start_quarter (models->info) != 0)
        first = fh_plan_info_get_start_quarter (models->info);
    }
  if (first == 0)
    first = fh_maturity_current_quarter (NULL);
  self->bar_text = g_new0 (TextCache, MAX (self->bars->len, 1));
  self->lane_text = g_new0 (TextCache, MAX (self->lanes->len, 1));
  self->bar_natural = g_new (int, MAX (self->bars->len, 1));
  for (guint i = 0; i < self->bars->len; i++)
    self->bar_natural[i] = -1;
  self->next_in_row = g_new (int, MAX (self->bars->len, 1));
  for (guint i = 0; i < self->bars->len; i++)
    self->next_in_row[i] = -1;
  self->title_rects = g_new0 (cairo_rectangle_t, MAX (self->bars->len, 1));
  self->title_place = g_new0 (guint8, MAX (self->bars->len, 1));
  fh_render_timeline_set_range (self, first, MAX (horizon * 4, last - first + 1));

  return self;
}

void
fh_render_timeline_free (FhRenderTimeline *self)
{
  if (self == NULL)
    return;

  drop_text (self);
  g_free (self->bar_text);
  g_free (self->lane_text);
  g_free (self->quarter_text);
  g_free (self->year_text);
  g_free (self->bar_natural);
  g_free (self->next_in_row);
  g_free (self->title_rects);
  g_free (self->title_place);
  g_clear_object (&self->measure);
  for (guint i = 0; i < G_N_ELEMENTS (self->fonts); i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->pango);
  g_array_unref (self->lanes);
  g_array_unref (self->bars);
  g_array_unref (self->deps);
  g_array_unref (self->heads);
  g_free (self);
}

static void
move_text (TextCache *to, TextCache *from)
{
  g_clear_object (&to->layout);
  *to = *from;
  from->layout = NULL;
}

/**
 * fh_render_timeline_adopt_text:
 * @old: the timeline this one replaces, drawn before
 *
 * Takes over what @old laid out for the text that stays the same: its Pango context
 * and fonts, the layouts of the bars (by item) and lanes (by name) whose text did not
 * change, and the quarters' when the range is the same. After one bar moved, the next
 * frame then lays out only what changed, not every title again.
 */
void
fh_render_timeline_adopt_text (FhRenderTimeline *self, FhRenderTimeline *old)
{
  g_autoptr (GHashTable) bars = NULL;
  g_autoptr (GHashTable) lanes = NULL;

  g_return_if_fail (self != NULL && old != NULL && self != old);

  if (old->pango == NULL || self->pango != NULL || old->fonts[0] == NULL)
    return;

  self->pango = g_steal_pointer (&old->pango);
  for (guint i = 0; i < G_N_ELEMENTS (self->fonts); i++)
    self->fonts[i] = g_steal_pointer (&old->fonts[i]);
  self->text_font_pt = old->text_font_pt;
  self->measure = g_steal_pointer (&old->measure);

  bars = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < old->bars->len; i++)
    g_hash_table_insert (bars, &g_array_index (old->bars, FhTimelineBar, i).id,
                         GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < self->bars->len; i++)
    {
      FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, i);
      guint          j = GPOINTER_TO_UINT (g_hash_table_lookup (bars, &bar->id));

      if (j == 0 ||
          g_strcmp0 (g_array_index (old->bars, FhTimelineBar, j - 1).title, bar->title) != 0)
        continue;
      move_text (&self->bar_text[i], &old->bar_text[j - 1]);
      self->bar_natural[i] = old->bar_natural[j - 1];
    }

  lanes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < old->lanes->len; i++)
    if (g_array_index (old->lanes, FhTimelineLane, i).name != NULL)
      g_hash_table_insert (lanes, g_array_index (old->lanes, FhTimelineLane, i).name,
                           GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < self->lanes->len; i++)
    {
      const char *name = g_array_index (self->lanes, FhTimelineLane, i).name;
      guint       j = name != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (lanes, name)) : 0;

      if (j > 0)
        move_text (&self->lane_text[i], &old->lane_text[j - 1]);
    }

  if (self->first == old->first && self->n_quarter_text == old->n_quarter_text)
    for (guint i = 0; i < self->n_quarter_text; i++)
      {
        move_text (&self->quarter_text[i], &old->quarter_text[i]);
        move_text (&self->year_text[i], &old->year_text[i]);
      }
}

void
fh_render_timeline_set_range (FhRenderTimeline *self, int first_quarter, int n_quarters)
{
  g_return_if_fail (self != NULL);

  n_quarters = CLAMP (n_quarters, 1, 40 * 4);
  if (self->first != first_quarter || self->n_quarters != n_quarters)
    {
      text_cache_clear (self->quarter_text, self->n_quarter_text);
      text_cache_clear (self->year_text, self->n_quarter_text);
      g_free (self->quarter_text);
      g_free (self->year_text);
      self->quarter_text = g_new0 (TextCache, n_quarters);
      self->year_text = g_new0 (TextCache, n_quarters);
      self->n_quarter_text = n_quarters;
    }
  self->first = first_quarter;
  self->n_quarters = n_quarters;
}

int
fh_render_timeline_get_first (FhRenderTimeline *self)
{
  return self->first;
}

int
fh_render_timeline_get_n_quarters (FhRenderTimeline *self)
{
  return self->n_quarters;
}

void
fh_render_timeline_set_style (FhRenderTimeline *self, const FhRenderStyle *style)
{
  g_return_if_fail (self != NULL);

  self->style = *fh_render_style_or_paper (style);
}

void
fh_render_timeline_number_titles (FhRenderTimeline *self)
{
  g_return_if_fail (self != NULL);

  if (self->numbered)
    return;
  for (guint i = 0; i < self->bars->len; i++)
    {
      FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, i);
      char          *title =
        /* TRANSLATORS: a bar's title led by its item's number, on a one-page timeline */
        g_strdup_printf (_("#%" G_GINT64_FORMAT " %s"), bar->id, bar->title ? bar->title : "");

      g_free (bar->title);
      bar->title = title;
    }
  self->numbered = TRUE;
  drop_text (self);
}

void
fh_render_timeline_set_now (FhRenderTimeline *self, double now)
{
  self->now = now;
}

void
fh_render_timeline_set_selected (FhRenderTimeline *self, gint64 id)
{
  self->selected = id;
}

/* Packs each lane's bars into rows, so that bars never overlap. */
void
fh_render_timeline_layout (FhRenderTimeline *self, const FhTimelineGeometry *geometry)
{
  g_autoptr (GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) row_last = g_array_new (FALSE, FALSE, sizeof (int));
  double y = 0;
  guint  b = 0;

  g_return_if_fail (self != NULL && geometry != NULL);

  self->geometry = *geometry;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      FhTimelineLane *lane = &g_array_index (self->lanes, FhTimelineLane, l);

      g_array_set_size (row_ends, 0);
      g_array_set_size (row_last, 0);
      for (; b < self->bars->len; b++)
        {
          FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, b);
          guint          row;

          if (bar->lane != (int)l)
            break;

          for (row = 0; row < row_ends->len; row++)
            if (g_array_index (row_ends, int, row) < bar->start)
              break;
          if (row == row_ends->len)
            {
              int none = -1;

              g_array_set_size (row_ends, row + 1);
              g_array_append_val (row_last, none);
            }
          g_array_index (row_ends, int, row) = bar->start + bar->duration - 1;
          bar->row = lane->collapsed ? 0 : (int)row;

          /* Bars come by start: this one follows the row's previous one. */
          self->next_in_row[b] = -1;
          if (g_array_index (row_last, int, row) >= 0)
            self->next_in_row[g_array_index (row_last, int, row)] = b;
          g_array_index (row_last, int, row) = b;
        }

      lane->n_rows = MAX (1, (int)row_ends->len);
      lane->y = y;
      lane->height = lane->collapsed ? geometry->row_height * 0.5 + 2 * LANE_PAD
                                     : lane->n_rows * geometry->row_height + 2 * LANE_PAD;
      y += lane->height;
    }

  self->content_height = y;
}

/**
 * fh_render_timeline_get_label_width:
 * @geometry: the geometry whose text size counts
 *
 * The width of a label column that shows every lane's name on one line, at
 * @geometry's text size. A narrower column wraps long names onto a second line and
 * only then cuts them short.
 */
double
fh_render_timeline_get_label_width (FhRenderTimeline *self, const FhTimelineGeometry *geometry)
{
  g_autoptr (PangoLayout) layout = NULL;
  int widest = 0;

  g_return_val_if_fail (self != NULL && geometry != NULL, 0);

  self->geometry.text_pt = geometry->text_pt;
  ensure_text (self);
  layout = pango_layout_new (self->pango);
  pango_layout_set_font_description (layout, self->fonts[0]);
  for (guint l = 0; l < self->lanes->len; l++)
    {
      int width;

      pango_layout_set_text (layout, g_array_index (self->lanes, FhTimelineLane, l).name, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest + LABEL_PAD + 2;
}

/**
 * fh_render_timeline_min_column_width:
 * @geometry: the geometry whose text size counts
 *
 * The narrowest quarter column that stays readable: wide enough for every year and
 * quarter label of the header, and for a short title inside a one-quarter bar. A
 * window keeps its columns at least this wide and scrolls sideways past that.
 */
double
fh_render_timeline_min_column_width (FhRenderTimeline *self, const FhTimelineGeometry *geometry)
{
  g_autoptr (PangoLayout) layout = NULL;
  double pt = MAX (geometry->text_pt, FH_RENDER_MIN_TEXT_PT);
  int    widest = 0;

  g_return_val_if_fail (self != NULL && geometry != NULL, 0);

  self->geometry.text_pt = geometry->text_pt;
  ensure_text (self);
  layout = pango_layout_new (self->pango);
  pango_layout_set_font_description (layout, self->fonts[1]);
  for (int c = 0; c < self->n_quarters; c++)
    {
      int              q = self->first + c;
      g_autofree char *year = g_strdup_printf ("%d", fh_quarter_get_year (q));
      /* TRANSLATORS: a quarter in the timeline's header, under its year */
      g_autofree char *quarter = g_strdup_printf (_("Q%d"), fh_quarter_get_number (q));
      int              width;

      pango_layout_set_text (layout, year, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
      pango_layout_set_text (layout, quarter, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  /* Eight points of text per quarter, at least: about ten letters at 11 pt. */
  return MAX (widest + 16, 80.0 * pt / 11.0);
}

/**
 * fh_render_timeline_header_is_cut:
 *
 * Whether the last frame drawn had a year or quarter label wider than its column(s).
 */
gboolean
fh_render_timeline_header_is_cut (FhRenderTimeline *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->header_cut;
}

/**
 * fh_render_timeline_get_title_rect:
 * @rect: (out): where the title was drawn, in content coordinates
 *
 * Where the last frame drew @bar's title: inside the bar, beside it (on its right,
 * when the title is longer than the bar and its row is free there), or nowhere (a
 * collapsed lane, a bar out of view).
 */
FhTimelineTitle
fh_render_timeline_get_title_rect (FhRenderTimeline *self, guint bar, cairo_rectangle_t *rect)
{
  g_return_val_if_fail (self != NULL && bar < self->bars->len, FH_TIMELINE_TITLE_NONE);

  if (rect != NULL)
    *rect = self->title_rects[bar];

  return self->title_place[bar];
}

/**
 * fh_render_timeline_get_title_cut:
 *
 * Whether the last frame had to cut @bar's title short.
 */
gboolean
fh_render_timeline_get_title_cut (FhRenderTimeline *self, guint bar)
{
  g_return_val_if_fail (self != NULL && bar < self->bars->len, FALSE);

  return self->title_place[bar] != FH_TIMELINE_TITLE_NONE && self->bar_text[bar].layout != NULL &&
         pango_layout_is_ellipsized (self->bar_text[bar].layout);
}

/**
 * fh_render_timeline_set_show_controls:
 *
 * Whether to draw the screen's controls (the lanes' disclosure triangles). Off by
 * default: a printed page has nothing to click.
 */
void
fh_render_timeline_set_show_controls (FhRenderTimeline *self, gboolean show)
{
  g_return_if_fail (self != NULL);

  self->show_controls = !!show;
}

/**
 * fh_render_timeline_lane_is_cut:
 *
 * Whether the last frame drawn had to cut @lane's name short.
 */
gboolean
fh_render_timeline_lane_is_cut (FhRenderTimeline *self, guint lane)
{
  g_return_val_if_fail (self != NULL && lane < self->lanes->len, FALSE);

  return self->lane_text[lane].layout != NULL &&
         pango_layout_is_ellipsized (self->lane_text[lane].layout);
}

void
fh_render_timeline_get_size (FhRenderTimeline *self, double *content_width, double *content_height)
{
  if (content_width != NULL)
    *content_width = self->n_quarters * self->geometry.column_width;
  if (content_height != NULL)
    *content_height = self->content_height;
}

guint
fh_render_timeline_get_n_lanes (FhRenderTimeline *self)
{
  return self->lanes->len;
}

const FhTimelineLane *
fh_render_timeline_get_lane (FhRenderTimeline *self, guint lane)
{
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return &g_array_index (self->lanes, FhTimelineLane, lane);
}

guint
fh_render_timeline_get_n_bars (FhRenderTimeline *self)
{
  return self->bars->len;
}

const FhTimelineBar *
fh_render_timeline_get_bar (FhRenderTimeline *self, guint bar)
{
  g_return_val_if_fail (bar < self->bars->len, NULL);

  return &g_array_index (self->bars, FhTimelineBar, bar);
}

int
fh_render_timeline_find_bar (FhRenderTimeline *self, gint64 id)
{
  for (guint i = 0; i < self->bars->len; i++)
    if (g_array_index (self->bars, FhTimelineBar, i).id == id)
      return i;

  return -1;
}

/* Shows a bar elsewhere while it is dragged; the plan changes when the drag ends. */
void
fh_render_timeline_set_bar_span (FhRenderTimeline *self, guint index, int start, int duration)
{
  FhTimelineBar *bar;

  g_return_if_fail (index < self->bars->len);

  bar = &g_array_index (self->bars, FhTimelineBar, index);
  bar->start = start;
  bar->duration = MAX (duration, 1);
}

/* The bar's rectangle in content coordinates. */
gboolean
fh_render_timeline_bar_rect (FhRenderTimeline *self, guint index, cairo_rectangle_t *rect)
{
  const FhTimelineBar      *bar;
  const FhTimelineLane     *lane;
  const FhTimelineGeometry *g = &self->geometry;

  g_return_val_if_fail (index < self->bars->len, FALSE);

  bar = &g_array_index (self->bars, FhTimelineBar, index);
  if (bar->lane < 0)
    return FALSE;
  lane = &g_array_index (self->lanes, FhTimelineLane, bar->lane);

  rect->x = (bar->start - self->first) * g->column_width + 3;
  rect->width = MAX (bar->duration * g->column_width - 6, 4);
  if (lane->collapsed)
    {
      rect->y = lane->y + LANE_PAD;
      rect->height = g->row_height * 0.5;
    }
  else
    {
      rect->y = lane->y + LANE_PAD + bar->row * g->row_height + 3;
      rect->height = g->row_height - 6;
    }

  return TRUE;
}

/* How many lines a lane's name may take: two in an open lane (one row is tall enough
 * for two lines of text), more when the lane has more rows. */
static int
lane_lines (FhRenderTimeline *self, const FhTimelineLane *lane)
{
  if (lane->collapsed)
    return 1;

  return MAX (2, lane->n_rows * 2 - 1);
}

static gboolean
rects_meet (const cairo_rectangle_t *a, double x, double y, double w, double h)
{
  return a->x < x + w && a->x + a->width > x && a->y < y + h && a->y + a->height > y;
}

FhTimelineHit
fh_render_timeline_hit (FhRenderTimeline         *self,
                        const FhTimelineViewport *viewport,
                        double                    x,
                        double                    y,
                        int                      *index)
{
  const FhTimelineGeometry *g = &self->geometry;
  double                    cx = x - g->label_width + viewport->x;
  double                    cy = y - g->header_height + viewport->y;

  *index = -1;
  if (y < g->header_height)
    return FH_TIMELINE_HIT_NONE;

  if (x < g->label_width)
    {
      for (guint l = 0; l < self->lanes->len; l++)
        {
          FhTimelineLane *lane = &g_array_index (self->lanes, FhTimelineLane, l);

          if (cy >= lane->y && cy < lane->y + lane->height)
            {
              *index = l;
              return FH_TIMELINE_HIT_LANE;
            }
        }
      return FH_TIMELINE_HIT_NONE;
    }

  for (guint i = 0; i < self->bars->len; i++)
    {
      cairo_rectangle_t r;

      if (!fh_render_timeline_bar_rect (self, i, &r) || !rects_meet (&r, cx, cy, 1, 1))
        continue;

      *index = i;
      if (r.width > 3 * EDGE_GRAB && cx < r.x + EDGE_GRAB)
        return FH_TIMELINE_HIT_START_EDGE;
      if (r.width > 3 * EDGE_GRAB && cx > r.x + r.width - EDGE_GRAB)
        return FH_TIMELINE_HIT_END_EDGE;
      return FH_TIMELINE_HIT_BAR;
    }

  /* A title beside its bar stands for the bar (its tooltip, a click). */
  for (guint i = 0; i < self->bars->len; i++)
    if (self->title_place[i] == FH_TIMELINE_TITLE_BESIDE &&
        rects_meet (&self->title_rects[i], cx, cy, 1, 1))
      {
        *index = i;
        return FH_TIMELINE_HIT_BAR;
      }

  return FH_TIMELINE_HIT_NONE;
}

static void
rounded_rect (cairo_t *cr, const cairo_rectangle_t *r, double radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A finding's mark and a milestone grow with the rows (and so with the text). */
static double
badge_radius (const cairo_rectangle_t *r)
{
  return CLAMP (r->height * 0.24, 3, r->height / 2 - 2);
}

static double
milestone_size (const cairo_rectangle_t *r)
{
  return MIN (MAX (9, r->height * 0.26), r->height / 2);
}

/* The title's width on one line, measured once per text size. */
static int
title_natural (FhRenderTimeline *self, guint index)
{
  if (self->bar_natural[index] < 0)
    {
      int width = 0;

      if (self->measure == NULL)
        self->measure = pango_layout_new (self->pango);
      pango_layout_set_font_description (self->measure, self->fonts[1]);
      pango_layout_set_text (self->measure,
                             g_array_index (self->bars, FhTimelineBar, index).title ?: "", -1);
      pango_layout_get_pixel_size (self->measure, &width, NULL);
      self->bar_natural[index] = width;
    }

  return self->bar_natural[index];
}

/* Where a bar's title goes: inside when it fits there; else beside the bar, on its
 * right, when the row is free up to the next bar (or as much of it as is free, when
 * that is more room than inside); else cut short inside. The layout is left in the
 * bar's text cache and the place in title_rects (content coordinates). */
static void
place_title (FhRenderTimeline *self, guint index, const cairo_rectangle_t *r)
{
  const FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, index);
  TextCache           *cache = &self->bar_text[index];
  /* Only the part of the bar in view counts: a bar that began left of the view (on
   * an earlier tile of a printout) names itself again at the view's edge, and no
   * title runs past the view's right edge; it is ellipsized instead. */
  double   x0 = MAX (r->x, self->visible_x0), x1 = MIN (r->x + r->width, self->visible_x1);
  gboolean starts = r->x >= self->visible_x0 - 0.5,
           ends = r->x + r->width <= self->visible_x1 + 0.5;
  double inset = bar->finding >= 0 && starts ? 2 * badge_radius (r) + 4 : 0;
  double mile = bar->milestone && ends ? milestone_size (r) + 1 : 0;
  double inside = x1 - x0 - 14 - inset - mile;
  double bx = r->x + r->width + 6 + (bar->milestone ? milestone_size (r) + 1 : 0);
  double limit = MIN (self->n_quarters * self->geometry.column_width, self->visible_x1) - 4;
  double beside, width, x;
  int    natural = title_natural (self, index);
  FhTimelineTitle place;

  if (bar->title == NULL || bar->title[0] == '\0')
    return;

  if (self->next_in_row[index] >= 0)
    {
      cairo_rectangle_t next;

      fh_render_timeline_bar_rect (self, self->next_in_row[index], &next);
      limit = MIN (limit, next.x - 6);
    }
  beside = limit - bx;

  if (natural <= inside)
    place = FH_TIMELINE_TITLE_INSIDE, width = inside, x = x0 + 7 + inset;
  else if (ends && (natural <= beside || (beside > inside && beside >= 24)))
    place = FH_TIMELINE_TITLE_BESIDE, width = MIN (natural + 1, beside), x = bx;
  else if (inside > 8)
    place = FH_TIMELINE_TITLE_INSIDE, width = inside, x = x0 + 7 + inset;
  else
    return;

  cached_text (self, cache, bar->title, TRUE, width, 1);
  self->title_place[index] = place;
  self->title_rects[index].x = x;
  self->title_rects[index].y = r->y + (r->height - cached_height (cache)) / 2;
  self->title_rects[index].width = MIN (width, natural);
  self->title_rects[index].height = cached_height (cache);
}

/* A title beside its bar, over the lane (and any arrow or divider passing there). */
static void
draw_title_beside (FhRenderTimeline *self, cairo_t *cr, guint index, const double *background)
{
  const FhTimelineBar     *bar = &g_array_index (self->bars, FhTimelineBar, index);
  const cairo_rectangle_t *t = &self->title_rects[index];
  gboolean faded = bar->status == FH_ITEM_STATUS_DROPPED || bar->status == FH_ITEM_STATUS_DONE;

  /* An opaque plate: no arrow or year divider shows through the text. */
  cairo_rectangle (cr, t->x - 3, t->y, t->width + 6, t->height);
  fh_render_style_set_source (cr, background);
  cairo_fill (cr);
  cairo_move_to (cr, t->x, t->y);
  if (faded)
    fh_render_style_set_source (cr, self->style.dim);
  else
    fh_render_style_set_source (cr, self->style.text);
  pango_cairo_show_layout (cr, self->bar_text[index].layout);
}

static void
draw_bar (FhRenderTimeline  *self,
          cairo_t           *cr,
          guint              index,
          cairo_rectangle_t *r,
          gboolean           collapsed)
{
  const FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, index);
  gboolean faded = bar->status == FH_ITEM_STATUS_DROPPED || bar->status == FH_ITEM_STATUS_DONE;

  if (faded)
    {
      /* Clipped first, so that the group is the size of the bar, not of the page. */
      cairo_save (cr);
      cairo_rectangle (cr, r->x - 12, r->y - 12, r->width + 24, r->height + 24);
      cairo_clip (cr);
      /* Faded, but opaque over the arrows and dividers under it: the lane's colour
       * first, so that no line shows through its title. */
      rounded_rect (cr, r, 4);
      fh_render_style_set_source (cr,
                                  bar->lane % 2 == 1 ? self->style.stripe : self->style.background);
      cairo_fill (cr);
      cairo_push_group (cr);
    }

  rounded_rect (cr, r, 4);
  fh_render_timeline_fill_stage (cr, bar->target_stage);
  if (bar->finding == FH_SEVERITY_ERROR)
    {
      /* A solid outline: a dashed one costs many times more to draw. The mark on the
       * bar tells an error from a warning by its shape as well. */
      cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
      cairo_set_line_width (cr, 3);
      cairo_stroke_preserve (cr);
    }
  cairo_new_path (cr);
  if (bar->id == self->selected)
    {
      /* A thick ring outside the bar, in the style's focus colour on a halo of its
       * opposite, so that it reads on any stage colour and on either background. */
      cairo_rectangle_t ring = { r->x - 4, r->y - 4, r->width + 8, r->height + 8 };

      rounded_rect (cr, &ring, 7);
      fh_render_style_set_source (cr, self->style.focus_halo);
      cairo_set_line_width (cr, 6);
      cairo_stroke_preserve (cr);
      fh_render_style_set_source (cr, self->style.focus);
      cairo_set_line_width (cr, 3.5);
      cairo_stroke (cr);
    }

  if (!collapsed)
    place_title (self, index, r);
  if (self->title_place[index] == FH_TIMELINE_TITLE_INSIDE)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, self->title_rects[index].x, self->title_rects[index].y);
      pango_cairo_show_layout (cr, self->bar_text[index].layout);
    }

  if (bar->finding >= 0 && !collapsed)
    fh_render_timeline_draw_badge (cr, bar->finding, r->x + 5 + badge_radius (r),
                                   r->y + r->height / 2, badge_radius (r));

  if (bar->milestone)
    fh_render_timeline_draw_milestone (cr, r->x + r->width, r->y + r->height / 2,
                                       milestone_size (r));

  if (faded)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.45);
      cairo_restore (cr);
    }
}

/* Whether a bar's row, with the arrow's room around it, lies wholly above or below
 * the visible rows. */
static gboolean
row_is_off (const cairo_rectangle_t *bar, double y, double height)
{
  return bar->y + bar->height + 4 < y || bar->y - 4 > y + height;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Adds an arrow to the path as square elbows on whole pixels: out of the end of the
 * item depended on, down (or up) to the dependent's row, into its start. Straight,
 * pixel-aligned lines are drawn as boxes, far faster than curves, and stay readable
 * when many cross. Its head goes to @heads. */
static void
arrow_path (cairo_t *cr, GArray *heads, const cairo_rectangle_t *from, const cairo_rectangle_t *to)
{
  double x0 = round (from->x + from->width), y0 = round (from->y + from->height / 2);
  double x1 = round (to->x), y1 = round (to->y + to->height / 2);
  double head[2] = { x1, y1 };

  cairo_move_to (cr, x0, y0);
  if (x1 - 12 >= x0 + 6)
    {
      cairo_line_to (cr, x1 - 12, y0);
      cairo_line_to (cr, x1 - 12, y1);
    }
  else
    {
      /* The dependent starts before this ends: go round, between the rows. */
      double ymid = y1 > y0 ? round (to->y - 2) : round (to->y + to->height + 2);

      cairo_line_to (cr, x0 + 6, y0);
      cairo_line_to (cr, x0 + 6, ymid);
      cairo_line_to (cr, x1 - 12, ymid);
      cairo_line_to (cr, x1 - 12, y1);
    }
  cairo_line_to (cr, x1 - 6, y1);
  g_array_append_vals (heads, head, 1);
}

/**
 * fh_render_timeline_draw:
 *
 * Draws the part of the timeline @viewport shows, with the lane names and the quarter
 * names in place, onto @cr at its origin.
 *
 * Returns: the number of bars drawn
 */
guint
fh_render_timeline_draw (FhRenderTimeline *self, cairo_t *cr, const FhTimelineViewport *vp)
{
  const FhTimelineGeometry *g = &self->geometry;
  double                    cw = g->column_width;
  double                    area_w = MAX (vp->width - g->label_width, 0);
  double                    area_h = MAX (vp->height - g->header_height, 0);
  double                    content_w = self->n_quarters * cw;
  int                       first_col = MAX (0, (int)floor (vp->x / cw));
  int   last_col = MIN (self->n_quarters - 1, (int)ceil ((vp->x + area_w) / cw));
  guint drawn = 0;
  g_autoptr (GArray) beside = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (self != NULL && cr != NULL && vp != NULL, 0);

  prepare_text (self, cr);
  memset (self->title_place, FH_TIMELINE_TITLE_NONE, MAX (self->bars->len, 1));
  self->visible_x0 = vp->x;
  self->visible_x1 = vp->x + area_w;
  self->header_cut = FALSE;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, vp->width, vp->height);
  cairo_clip (cr);
  fh_render_style_set_source (cr, self->style.background);
  cairo_paint (cr);

  /* The content: lanes, grid, bars, arrows and the now line, shifted by the viewport. */
  cairo_save (cr);
  cairo_rectangle (cr, g->label_width, g->header_height, area_w, area_h);
  cairo_clip (cr);
  cairo_translate (cr, g->label_width - vp->x, g->header_height - vp->y);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      FhTimelineLane *lane = &g_array_index (self->lanes, FhTimelineLane, l);

      if (lane->y > vp->y + area_h || lane->y + lane->height < vp->y)
        continue;
      cairo_rectangle (cr, vp->x, lane->y, MIN (area_w, content_w - vp->x), lane->height);
      if (l % 2 == 1)
        fh_render_style_set_source (cr, self->style.stripe);
      else
        fh_render_style_set_source (cr, self->style.background);
      cairo_fill (cr);
      cairo_move_to (cr, vp->x, lane->y + lane->height - 0.5);
      cairo_line_to (cr, vp->x + MIN (area_w, content_w - vp->x), lane->y + lane->height - 0.5);
      fh_render_style_set_source (cr, self->style.grid);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }

  for (int c = first_col; c <= last_col + 1 && c <= self->n_quarters; c++)
    {
      gboolean year = fh_quarter_get_number (self->first + c) == 1;

      cairo_move_to (cr, c * cw + 0.5, vp->y);
      cairo_line_to (cr, c * cw + 0.5, MIN (vp->y + area_h, self->content_height));
      fh_render_style_set_source (cr, year ? self->style.strong : self->style.grid);
      cairo_set_line_width (cr, year ? 1.5 : 1);
      cairo_stroke (cr);
    }

  {
    GArray *heads = self->heads;
    g_autoptr (GArray) passing = g_array_new (FALSE, FALSE, sizeof (double));

    g_array_set_size (heads, 0);
    cairo_new_path (cr);
    for (guint i = 0; i + 1 < self->deps->len; i += 2)
      {
        cairo_rectangle_t a, b;
        double            x0, y0, x1, y1;

        fh_render_timeline_bar_rect (self, g_array_index (self->deps, guint, i), &a);
        fh_render_timeline_bar_rect (self, g_array_index (self->deps, guint, i + 1), &b);
        x0 = MIN (b.x + b.width, a.x) - 30;
        x1 = MAX (b.x + b.width, a.x) + 30;
        y0 = MIN (a.y, b.y);
        y1 = MAX (a.y + a.height, b.y + b.height);
        if (!rects_meet (&(cairo_rectangle_t){ x0, y0, x1 - x0, y1 - y0 }, vp->x, vp->y, area_w,
                         area_h))
          continue;
        if (row_is_off (&a, vp->y, area_h) && row_is_off (&b, vp->y, area_h))
          {
            /* Both ends are off this view, on either side: only the arrow's vertical
             * line shows, and arrows passing at the same x draw the same line. Drawn
             * once per x, a dense plan costs lines per column, not per link. */
            double bx = round (b.x + b.width), ax = round (a.x);
            double x = ax - 12 >= bx + 6 ? ax - 12 : bx + 6;

            g_array_append_val (passing, x);
            continue;
          }
        arrow_path (cr, heads, &b, &a);
      }
    g_array_sort (passing, compare_doubles);
    for (guint i = 0; i < passing->len; i++)
      {
        double x = g_array_index (passing, double, i);

        if (i > 0 && x == g_array_index (passing, double, i - 1))
          continue;
        cairo_move_to (cr, x, vp->y - 1);
        cairo_line_to (cr, x, vp->y + area_h + 1);
      }
    fh_render_style_set_source (cr, self->style.ink);
    cairo_set_line_width (cr, 2);
    cairo_stroke (cr);
    if (heads->len > 0)
      {
        for (guint i = 0; i < heads->len; i++)
          {
            double *head = &((double *)heads->data)[i * 2];

            cairo_move_to (cr, head[0], head[1]);
            cairo_line_to (cr, head[0] - 8, head[1] - 4.5);
            cairo_line_to (cr, head[0] - 8, head[1] + 4.5);
            cairo_close_path (cr);
          }
        cairo_fill (cr);
      }
  }

  /* Bars over the arrows, so that no line runs through a title inside a bar. */
  for (guint i = 0; i < self->bars->len; i++)
    {
      const FhTimelineBar *bar = &g_array_index (self->bars, FhTimelineBar, i);
      cairo_rectangle_t    r;

      if (!fh_render_timeline_bar_rect (self, i, &r) ||
          !rects_meet (&r, vp->x - 12, vp->y, area_w + 24, area_h))
        continue;
      draw_bar (self, cr, i, &r, g_array_index (self->lanes, FhTimelineLane, bar->lane).collapsed);
      if (self->title_place[i] == FH_TIMELINE_TITLE_BESIDE)
        g_array_append_val (beside, i);
      drawn++;
    }

  /* Titles set beside their bars go over the arrows, so that they stay readable. */
  for (guint k = 0; k < beside->len; k++)
    {
      guint i = g_array_index (beside, guint, k);
      int   lane = g_array_index (self->bars, FhTimelineBar, i).lane;

      draw_title_beside (self, cr, i, lane % 2 == 1 ? self->style.stripe : self->style.background);
    }

  if (self->now >= self->first && self->now <= self->first + self->n_quarters)
    {
      double x = (self->now - self->first) * cw;

      cairo_move_to (cr, x, vp->y);
      cairo_line_to (cr, x, vp->y + area_h);
      cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  /* The header, on two rows over the columns in view: each year once, over its
   * quarters (it stays in view while any of them is), then the quarters. Labels are
   * never cut short: the window keeps columns wide enough for them
   * (fh_render_timeline_min_column_width()). */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, vp->width, g->header_height);
  fh_render_style_set_source (cr, self->style.panel);
  cairo_fill (cr);
  cairo_rectangle (cr, g->label_width, 0, area_w, g->header_height);
  cairo_clip (cr);
  cairo_move_to (cr, g->label_width, round (g->header_height / 2) + 0.5);
  cairo_line_to (cr, g->label_width + area_w, round (g->header_height / 2) + 0.5);
  fh_render_style_set_source (cr, self->style.grid);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  for (int c = first_col; c <= last_col; c++)
    {
      int        q = self->first + c;
      int        number = fh_quarter_get_number (q);
      double     half = g->header_height / 2;
      double     x0 = g->label_width + c * cw - vp->x;
      TextCache *cache = &self->quarter_text[c];
      int        w = 0;

      if (cache->layout == NULL)
        {
          /* TRANSLATORS: a quarter in the timeline's header, under its year */
          g_autofree char *text = g_strdup_printf (_("Q%d"), number);

          cached_text (self, cache, text, FALSE, 0, 0);
        }
      pango_layout_get_pixel_size (cache->layout, &w, NULL);
      if (w > cw - 8)
        self->header_cut = TRUE;
      fh_render_style_set_source (cr, self->style.text);
      cairo_move_to (cr, x0 + MAX (4, (cw - w) / 2), half + (half - cached_height (cache)) / 2);
      pango_cairo_show_layout (cr, cache->layout);

      /* A quarter's line in the lower row; a year's through both. */
      cairo_move_to (cr, round (x0) + 0.5, number == 1 ? 0 : half);
      cairo_line_to (cr, round (x0) + 0.5, g->header_height);
      fh_render_style_set_source (cr, number == 1 ? self->style.strong : self->style.grid);

      cairo_set_line_width (cr, number == 1 ? 1.5 : 1);
      cairo_stroke (cr);

      if (c == first_col || number == 1)
        {
          int        c1 = MIN (self->n_quarters - 1, c + 4 - number);
          int        c0 = MAX (0, c - (number - 1));
          double     xs = g->label_width + c0 * cw - vp->x;
          double     xe = g->label_width + (c1 + 1) * cw - vp->x;
          TextCache *year = &self->year_text[c];
          double     x;

          if (year->layout == NULL)
            {
              g_autofree char *text = g_strdup_printf ("%d", fh_quarter_get_year (q));

              cached_text (self, year, text, TRUE, 0, 0);
            }
          pango_layout_get_pixel_size (year->layout, &w, NULL);
          if (w > (c1 - c0 + 1) * cw - 8)
            self->header_cut = TRUE;
          /* At the start of its quarters in view, sliding out with the last of them. */
          x = MIN (MAX (xs, g->label_width) + 6, xe - 6 - w);
          fh_render_style_set_source (cr, self->style.text);
          cairo_move_to (cr, x, (half - cached_height (year)) / 2);
          pango_cairo_show_layout (cr, year->layout);
        }
    }
  if (self->now >= self->first && self->now <= self->first + self->n_quarters)
    {
      double x = g->label_width + (self->now - self->first) * cw - vp->x;

      cairo_move_to (cr, x - 6, g->header_height - 8);
      cairo_line_to (cr, x + 6, g->header_height - 8);
      cairo_line_to (cr, x, g->header_height);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  /* The lane names, level with their lanes. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, g->header_height, g->label_width, area_h);
  cairo_clip (cr);
  fh_render_style_set_source (cr, self->style.panel);
  cairo_paint (cr);
  for (guint l = 0; l < self->lanes->len; l++)
    {
      FhTimelineLane *lane = &g_array_index (self->lanes, FhTimelineLane, l);
      double          y = g->header_height + lane->y - vp->y;
      double          tx = 24;

      if (y > vp->height || y + lane->height < g->header_height)
        continue;

      /* A disclosure triangle, right for collapsed, down for open: a control of the
       * window, not drawn on paper. */
      fh_render_style_set_source (cr, self->style.dim);
      if (!self->show_controls)
        tx = 8;
      else if (lane->collapsed)
        {
          cairo_move_to (cr, 9, y + LANE_PAD + 4);
          cairo_line_to (cr, 16, y + LANE_PAD + 9);
          cairo_line_to (cr, 9, y + LANE_PAD + 14);
        }
      else
        {
          cairo_move_to (cr, 7, y + LANE_PAD + 6);
          cairo_line_to (cr, 17, y + LANE_PAD + 6);
          cairo_line_to (cr, 12, y + LANE_PAD + 12);
        }
      if (self->show_controls)
        {
          cairo_close_path (cr);
          cairo_fill (cr);
        }

      /* The name wraps onto a second line (a lane is tall enough for two) before it
       * is cut short; the window shows the whole name in a tooltip. */
      cached_text (self, &self->lane_text[l], lane->name, FALSE, g->label_width - LABEL_PAD,
                   lane_lines (self, lane));
      fh_render_style_set_source (cr, self->style.text);
      cairo_move_to (cr, tx, y + LANE_PAD);
      pango_cairo_show_layout (cr, self->lane_text[l].layout);
      cairo_move_to (cr, 0, y + lane->height - 0.5);
      cairo_line_to (cr, g->label_width, y + lane->height - 0.5);
      fh_render_style_set_source (cr, self->style.grid);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, g->label_width - 0.5, g->header_height);
  cairo_line_to (cr, g->label_width - 0.5, vp->height);
  fh_render_style_set_source (cr, self->style.strong);
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_restore (cr);

  return drawn;
}
