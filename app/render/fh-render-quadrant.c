/* fh-render-quadrant.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-render-quadrant.h"

#include "fh-render-text.h"
#include "fh-scoring.h"

struct _FhQuadrantLayout
{
  GArray *marks; /* FhQuadrantMark */
};

typedef struct
{
  double x, y, w, h;
} Rect;

typedef struct
{
  double r, g, b;
} Colour;

/* Light tints behind the quadrants and strong colours for their dots, readable on a
 * projector and distinct in grey scale by their lightness. */
static const Colour quadrant_fill[] = {
  [FH_QUADRANT_QUICK_WIN] = { 0.87, 0.96, 0.88 },
  [FH_QUADRANT_STRATEGIC_BET] = { 0.87, 0.92, 0.98 },
  [FH_QUADRANT_FILL_IN] = { 0.99, 0.96, 0.84 },
  [FH_QUADRANT_AVOID] = { 0.95, 0.91, 0.91 },
};
static const Colour quadrant_dot[] = {
  [FH_QUADRANT_QUICK_WIN] = { 0.15, 0.52, 0.22 },
  [FH_QUADRANT_STRATEGIC_BET] = { 0.10, 0.37, 0.71 },
  [FH_QUADRANT_FILL_IN] = { 0.60, 0.42, 0.00 },
  [FH_QUADRANT_AVOID] = { 0.65, 0.11, 0.18 },
};

static gboolean
rect_inside (const Rect *inner, const Rect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->w <= outer->x + outer->w && inner->y + inner->h <= outer->y + outer->h;
}

static double
overlap_area (const Rect *a, const Rect *b)
{
  double w = MIN (a->x + a->w, b->x + b->w) - MAX (a->x, b->x);
  double h = MIN (a->y + a->h, b->y + b->h) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0;
}

static void
set_colour (cairo_t *cr, const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

/* How much a label at @rect would cover what is already on the chart. */
static double
placement_cost (const Rect *rect, const GArray *taken, const Rect *plot)
{
  double cost = 0;

  if (!rect_inside (rect, plot))
    cost += 1e9;
  for (guint i = 0; i < taken->len; i++)
    cost += overlap_area (rect, &g_array_index (taken, Rect, i));

  return cost;
}

/* Sorts the points so that the most important use cases get the best label places. */
static int
compare_by_priority (gconstpointer a, gconstpointer b)
{
  const FhQuadrantPoint *pa = *(const FhQuadrantPoint *const *)a;
  const FhQuadrantPoint *pb = *(const FhQuadrantPoint *const *)b;
  double                 va = fh_scoring_priority (pa->impact, pa->readiness, pa->applicability);
  double                 vb = fh_scoring_priority (pb->impact, pb->readiness, pb->applicability);

  if (va != vb)
    return va > vb ? -1 : 1;
  return (pa->id > pb->id) - (pa->id < pb->id);
}

/**
 * fh_render_quadrant:
 * @cr: where to draw
 * @width: (in user units) the chart's width
 * @height: the chart's height
 * @points: (array length=n_points): the use cases
 * @style: (nullable): text size and the selected use case
 *
 * Returns: (transfer full): where each dot and label went, for hit-testing
 */
FhQuadrantLayout *
fh_render_quadrant (cairo_t               *cr,
                    double                 width,
                    double                 height,
                    const FhQuadrantPoint *points,
                    guint                  n_points,
                    const FhQuadrantStyle *style)
{
  FhQuadrantLayout *layout;
  FhQuadrantStyle   defaults = { 12, 0 };
  FhTextStyle       axis_style = { NULL, 11, FALSE, 0, 1 };
  FhTextStyle       title_style = { NULL, 13, TRUE, 0, 1 };
  FhTextStyle       label_style = { NULL, 12, FALSE, 0, 2 };
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (GArray) taken = g_array_new (FALSE, FALSE, sizeof (Rect));
  const char *titles[4];
  Rect        plot;
  double      left, bottom, top, right, radius, text_pt;
  double      cell_w, cell_h;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (n_points == 0 || points != NULL, NULL);

  if (style == NULL)
    style = &defaults;
  text_pt = style->text_pt > 0 ? style->text_pt : 12;
  text_pt = MAX (text_pt, FH_RENDER_MIN_TEXT_PT);
  label_style.size_pt = text_pt;
  axis_style.size_pt = MAX (text_pt * 0.9, FH_RENDER_MIN_TEXT_PT);
  title_style.size_pt = text_pt * 1.1;

  layout = g_new0 (FhQuadrantLayout, 1);
  layout->marks = g_array_new (FALSE, TRUE, sizeof (FhQuadrantMark));

  /* Room for the axis titles on the left and at the bottom. */
  left = text_pt * 2.6 + 12;
  bottom = text_pt * 2.6 + 12;
  top = 8;
  right = 8;
  plot.x = left;
  plot.y = top;
  plot.w = MAX (width - left - right, 1);
  plot.h = MAX (height - top - bottom, 1);
  cell_w = plot.w / 2;
  cell_h = plot.h / 2;
  radius = MAX (text_pt * 0.6, 6);

  cairo_save (cr);

  /* Background of each quadrant: value up, feasibility right. */
  for (int q = 0; q < 4; q++)
    {
      gboolean high_value = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_STRATEGIC_BET;
      gboolean high_feasibility = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_FILL_IN;

      set_colour (cr, &quadrant_fill[q]);
      cairo_rectangle (cr, plot.x + (high_feasibility ? cell_w : 0),
                       plot.y + (high_value ? 0 : cell_h), cell_w, cell_h);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, plot.x, plot.y, plot.w, plot.h);
  cairo_stroke (cr);
  cairo_move_to (cr, plot.x + cell_w, plot.y);
  cairo_line_to (cr, plot.x + cell_w, plot.y + plot.h);
  cairo_move_to (cr, plot.x, plot.y + cell_h);
  cairo_line_to (cr, plot.x + plot.w, plot.y + cell_h);
  cairo_stroke (cr);

  /* Quadrant names in their outer corners; labels keep clear of them. */
  titles[FH_QUADRANT_QUICK_WIN] = _("Quick wins");
  titles[FH_QUADRANT_STRATEGIC_BET] = _("Strategic bets");
  titles[FH_QUADRANT_FILL_IN] = _("Fill-ins");
  titles[FH_QUADRANT_AVOID] = _("Avoid");
  for (int q = 0; q < 4; q++)
    {
      gboolean high_value = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_STRATEGIC_BET;
      gboolean high_feasibility = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_FILL_IN;
      g_autoptr (PangoLayout) text = NULL;
      int  tw, th;
      Rect r;

      title_style.max_width = cell_w - 16;
      text = fh_render_text_layout (cr, titles[q], &title_style);
      pango_layout_get_pixel_size (text, &tw, &th);
      r.w = tw;
      r.h = th;
      r.x = high_feasibility ? plot.x + plot.w - 8 - tw : plot.x + 8;
      r.y = high_value ? plot.y + 6 : plot.y + plot.h - 6 - th;
      set_colour (cr, &quadrant_dot[q]);
      cairo_new_path (cr);
      cairo_move_to (cr, r.x, r.y);
      pango_cairo_show_layout (cr, text);
      g_array_append_val (taken, r);
    }

  /* Axis titles. */
  {
    g_autoptr (PangoLayout) x_title = fh_render_text_layout (
      cr, _("Feasibility (data readiness and ML applicability) →"), &axis_style);
    g_autoptr (PangoLayout) y_title =
      fh_render_text_layout (cr, _("Business impact →"), &axis_style);
    int tw, th;

    cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
    pango_layout_get_pixel_size (x_title, &tw, &th);
    cairo_move_to (cr, plot.x + (plot.w - tw) / 2, plot.y + plot.h + (bottom - th) / 2);
    pango_cairo_show_layout (cr, x_title);

    pango_layout_get_pixel_size (y_title, &tw, &th);
    cairo_save (cr);
    cairo_move_to (cr, (left - th) / 2, plot.y + (plot.h + tw) / 2);
    cairo_rotate (cr, -G_PI / 2);
    pango_cairo_show_layout (cr, y_title);
    cairo_restore (cr);
  }

  /* Dots. Use cases with the same scores share a spot: spread them on a small circle
   * around it, so that each stays visible and clickable. */
  for (guint i = 0; i < n_points; i++)
    g_ptr_array_add (order, (gpointer)&points[i]);
  g_ptr_array_sort (order, compare_by_priority);

  {
    g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);

    for (guint i = 0; i < order->len; i++)
      {
        const FhQuadrantPoint *p = order->pdata[i];
        int                    key;
        double                 feasibility =
          fh_scoring_feasibility (CLAMP (p->readiness, 0, 3), CLAMP (p->applicability, 0, 3));
        /* Dots keep 0.25 away from the edges so they are not cut. */
        double         fx = (0.25 + feasibility * 2.5 / 3) / 3;
        double         fy = (0.25 + CLAMP (p->impact, 0, 3) * 2.5 / 3) / 3;
        FhQuadrantMark mark = { 0 };
        guint          n_same = 0;
        guint          index;

        /* Count those with the very same spot. */
        for (guint j = 0; j < order->len; j++)
          {
            const FhQuadrantPoint *o = order->pdata[j];

            if (CLAMP (o->impact, 0, 3) == CLAMP (p->impact, 0, 3) &&
                fh_scoring_feasibility (CLAMP (o->readiness, 0, 3),
                                        CLAMP (o->applicability, 0, 3)) == feasibility)
              n_same++;
          }

        key = (int)(CLAMP (p->impact, 0, 3) * 100 + feasibility * 10) + 1;
        index = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (key)));
        g_hash_table_insert (counts, GINT_TO_POINTER (key), GUINT_TO_POINTER (index + 1));

        mark.id = p->id;
        mark.radius = radius;
        mark.x = plot.x + fx * plot.w;
        mark.y = plot.y + plot.h - fy * plot.h;
        if (n_same > 1)
          {
            double spread = radius * (1.6 + 0.35 * n_same);
            double angle = 2 * G_PI * index / n_same - G_PI / 2;

            mark.x += spread * cos (angle);
            mark.y += spread * sin (angle);
          }
        g_array_append_val (layout->marks, mark);
      }
  }

  for (guint i = 0; i < layout->marks->len; i++)
    {
      FhQuadrantMark *mark = &g_array_index (layout->marks, FhQuadrantMark, i);
      Rect dot = { mark->x - mark->radius - 3, mark->y - mark->radius - 3, 2 * mark->radius + 6,
                   2 * mark->radius + 6 };

      g_array_append_val (taken, dot);
    }

  /* Labels: the most important first, each at the free place nearest its dot. */
  for (guint i = 0; i < order->len; i++)
    {
      const FhQuadrantPoint *p = order->pdata[i];
      FhQuadrantMark        *mark = &g_array_index (layout->marks, FhQuadrantMark, i);
      gboolean               selected = style->selected != 0 && p->id == style->selected;
      g_autoptr (PangoLayout) text = NULL;
      Rect     best = { 0 };
      double   best_cost = G_MAXDOUBLE;
      gboolean leader = FALSE;
      int      tw, th;

      label_style.bold = selected;
      label_style.max_width = MIN (cell_w * 0.9, text_pt * 18);
      text = fh_render_text_layout (cr, p->label, &label_style);
      pango_layout_get_pixel_size (text, &tw, &th);

      for (int ring = 0; ring < 6 && best_cost > 0; ring++)
        {
          double gap = mark->radius + 4 + ring * (th * 0.9);
          int    n_angles = ring == 0 ? 8 : 16;

          for (int a = 0; a < n_angles && best_cost > 0; a++)
            {
              /* Right first, then left, above, below and the diagonals. */
              static const double first[] = { 0, 180, 270, 90, 315, 225, 45, 135 };
              double              deg = ring == 0 ? first[a] : a * 360.0 / n_angles;
              double              rad = deg * G_PI / 180;
              double              cx = mark->x + gap * cos (rad);
              double              cy = mark->y + gap * sin (rad);
              Rect                r;
              double              cost;

              r.w = tw;
              r.h = th;
              /* Anchor the rectangle on the side that faces the dot. */
              r.x = cos (rad) > 0.3 ? cx : cos (rad) < -0.3 ? cx - tw : cx - tw / 2.0;
              r.y = sin (rad) > 0.3 ? cy : sin (rad) < -0.3 ? cy - th : cy - th / 2.0;
              cost = placement_cost (&r, taken, &plot);
              if (cost < best_cost)
                {
                  best_cost = cost;
                  best = r;
                  leader = ring > 0;
                }
            }
        }

      mark->label_x = best.x;
      mark->label_y = best.y;
      mark->label_width = best.w;
      mark->label_height = best.h;
      g_array_append_val (taken, best);

      if (leader)
        {
          double lx = CLAMP (mark->x, best.x, best.x + best.w);
          double ly = CLAMP (mark->y, best.y, best.y + best.h);

          cairo_set_source_rgba (cr, 0.3, 0.3, 0.3, 0.8);
          cairo_set_line_width (cr, 1);
          cairo_new_path (cr);
          cairo_move_to (cr, mark->x, mark->y);
          cairo_line_to (cr, lx, ly);
          cairo_stroke (cr);
        }

      /* A pale plate behind the text keeps it readable over lines and tints. */
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_new_path (cr);
      cairo_rectangle (cr, best.x - 2, best.y, best.w + 4, best.h);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, best.x, best.y);
      pango_cairo_show_layout (cr, text);
    }

  /* Showing text leaves the current point where the text began: clear it, and start
   * each dot as a new path, or cairo_arc would draw a line from that point. */
  cairo_new_path (cr);

  /* Dots last, over any leader line. */
  for (guint i = 0; i < order->len; i++)
    {
      const FhQuadrantPoint *p = order->pdata[i];
      FhQuadrantMark        *mark = &g_array_index (layout->marks, FhQuadrantMark, i);
      FhQuadrant q = fh_scoring_quadrant (CLAMP (p->impact, 0, 3), CLAMP (p->readiness, 0, 3),
                                          CLAMP (p->applicability, 0, 3));

      if (style->selected != 0 && p->id == style->selected)
        {
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          cairo_new_path (cr);
          cairo_arc (cr, mark->x, mark->y, mark->radius + 4, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      set_colour (cr, &quadrant_dot[q]);
      cairo_new_path (cr);
      cairo_arc (cr, mark->x, mark->y, mark->radius, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  cairo_new_path (cr);
  cairo_restore (cr);

  return layout;
}

/**
 * fh_quadrant_layout_hit:
 *
 * Returns: the use case whose dot or label is at @x, @y, or 0
 */
gint64
fh_quadrant_layout_hit (FhQuadrantLayout *layout, double x, double y)
{
  gint64 label_hit = 0;

  g_return_val_if_fail (layout != NULL, 0);

  /* Dots win over labels; the dot nearest the point wins among dots. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const FhQuadrantMark *m = &g_array_index (layout->marks, FhQuadrantMark, i);
      double                dx = x - m->x;
      double                dy = y - m->y;

      if (dx * dx + dy * dy <= (m->radius + 4) * (m->radius + 4))
        return m->id;
      if (label_hit == 0 && x >= m->label_x && x <= m->label_x + m->label_width &&
          y >= m->label_y && y <= m->label_y + m->label_height)
        label_hit = m->id;
    }

  return label_hit;
}

guint
fh_quadrant_layout_get_n_marks (FhQuadrantLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->marks->len;
}

const FhQuadrantMark *
fh_quadrant_layout_get_mark (FhQuadrantLayout *layout, guint index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < layout->marks->len, NULL);

  return &g_array_index (layout->marks, FhQuadrantMark, index);
}

void
fh_quadrant_layout_free (FhQuadrantLayout *layout)
{
  if (layout == NULL)
    return;

  g_array_unref (layout->marks);
  g_free (layout);
}
