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
/* On a dark window: deep tints, and lighter names so that they read on them. */
static const Colour quadrant_fill_dark[] = {
  [FH_QUADRANT_QUICK_WIN] = { 0.13, 0.24, 0.15 },
  [FH_QUADRANT_STRATEGIC_BET] = { 0.12, 0.18, 0.28 },
  [FH_QUADRANT_FILL_IN] = { 0.26, 0.22, 0.10 },
  [FH_QUADRANT_AVOID] = { 0.27, 0.14, 0.15 },
};
static const Colour quadrant_dot_dark[] = {
  [FH_QUADRANT_QUICK_WIN] = { 0.56, 0.86, 0.60 },
  [FH_QUADRANT_STRATEGIC_BET] = { 0.58, 0.76, 1.0 },
  [FH_QUADRANT_FILL_IN] = { 0.98, 0.82, 0.42 },
  [FH_QUADRANT_AVOID] = { 1.0, 0.62, 0.62 },
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

static FhQuadrant
quadrant_of (const FhQuadrantPoint *p)
{
  return fh_scoring_quadrant (CLAMP (p->impact, 0, 3), CLAMP (p->readiness, 0, 3),
                              CLAMP (p->applicability, 0, 3));
}

/* A quadrant's cell of the plot: value up, feasibility right. */
static Rect
quadrant_cell (const Rect *plot, int q)
{
  gboolean high_value = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_STRATEGIC_BET;
  gboolean high_feasibility = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_FILL_IN;
  Rect     cell = { plot->x + (high_feasibility ? plot->w / 2 : 0),
                    plot->y + (high_value ? 0 : plot->h / 2), plot->w / 2, plot->h / 2 };

  return cell;
}

/* Puts each dot on the plot. Use cases with the same scores share a spot: they are
 * spread on a small circle around it, so that each stays visible and clickable. */
static void
place_dots (GPtrArray *order, const Rect *plot, double radius, GArray *marks)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_array_set_size (marks, 0);
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

      for (guint j = 0; j < order->len; j++)
        {
          const FhQuadrantPoint *o = order->pdata[j];

          if (CLAMP (o->impact, 0, 3) == CLAMP (p->impact, 0, 3) &&
              fh_scoring_feasibility (CLAMP (o->readiness, 0, 3), CLAMP (o->applicability, 0, 3)) ==
                feasibility)
            n_same++;
        }

      key = (int)(CLAMP (p->impact, 0, 3) * 100 + feasibility * 10) + 1;
      index = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (key)));
      g_hash_table_insert (counts, GINT_TO_POINTER (key), GUINT_TO_POINTER (index + 1));

      mark.id = p->id;
      mark.number = i + 1;
      mark.radius = radius;
      mark.x = plot->x + fx * plot->w;
      mark.y = plot->y + plot->h - fy * plot->h;
      if (n_same > 1)
        {
          double spread = radius * (1.6 + 0.35 * n_same);
          double angle = 2 * G_PI * index / n_same - G_PI / 2;

          mark.x += spread * cos (angle);
          mark.y += spread * sin (angle);
        }
      g_array_append_val (marks, mark);
    }
}

/* Labels: the most important first, each at the free place nearest its dot, inside
 * its dot's quadrant. Returns FALSE when some label could not be placed clear of
 * the others, the dots and the quadrant names. */
static gboolean
place_labels (GPtrArray *order, GPtrArray *texts, GArray *marks, GArray *taken, const Rect *plot)
{
  gboolean clear = TRUE;

  for (guint i = 0; i < order->len; i++)
    {
      FhQuadrantMark *mark = &g_array_index (marks, FhQuadrantMark, i);
      Rect            cell = quadrant_cell (plot, quadrant_of (order->pdata[i]));
      Rect            best = { 0 };
      double          best_cost = G_MAXDOUBLE;
      int             tw, th;

      pango_layout_get_pixel_size (texts->pdata[i], &tw, &th);
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
              cost = placement_cost (&r, taken, &cell);
              if (cost < best_cost)
                {
                  best_cost = cost;
                  best = r;
                  mark->leader = ring > 0;
                }
            }
        }

      clear &= best_cost <= 0;
      mark->label_x = best.x;
      mark->label_y = best.y;
      mark->label_width = best.w;
      mark->label_height = best.h;
      g_array_append_val (taken, best);
    }

  return clear;
}

static void
draw_plate (cairo_t *cr, const FhRenderStyle *rs, double x, double y, double w, double h)
{
  cairo_set_source_rgba (cr, rs->background[0], rs->background[1], rs->background[2], 0.85);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

/**
 * fh_render_quadrant:
 * @cr: where to draw
 * @width: (in user units) the chart's width
 * @height: the chart's height
 * @points: (array length=n_points): the use cases
 * @style: (nullable): text size, the selected use case and the palette
 *
 * Each use case is a dot labelled with its title inside its quadrant. When the
 * titles cannot all be placed clear of each other, the dots carry numbers instead
 * and a key on the right names them (most important first).
 *
 * Returns: (transfer full): where each dot and label (or key entry) went, for
 *   hit-testing
 */
FhQuadrantLayout *
fh_render_quadrant (cairo_t               *cr,
                    double                 width,
                    double                 height,
                    const FhQuadrantPoint *points,
                    guint                  n_points,
                    const FhQuadrantStyle *style)
{
  FhQuadrantLayout    *layout;
  FhQuadrantStyle      defaults = { 12, 0, NULL };
  const FhRenderStyle *rs;
  FhTextStyle          axis_style = { NULL, 11, FALSE, 0, 1 };
  FhTextStyle          title_style = { NULL, 13, TRUE, 0, 1 };
  FhTextStyle          label_style = { NULL, 12, FALSE, 0, 2 };
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GArray) taken = g_array_new (FALSE, FALSE, sizeof (Rect));
  const char *titles[4];
  Rect        plot;
  double      left, bottom, top, right, radius, text_pt, key_w = 0;
  gboolean    numbered = FALSE;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (n_points == 0 || points != NULL, NULL);

  if (style == NULL)
    style = &defaults;
  rs = fh_render_style_or_paper (style->render);
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
  radius = MAX (text_pt * 0.6, 6);

  titles[FH_QUADRANT_QUICK_WIN] = _("Quick wins");
  titles[FH_QUADRANT_STRATEGIC_BET] = _("Strategic bets");
  titles[FH_QUADRANT_FILL_IN] = _("Fill-ins");
  titles[FH_QUADRANT_AVOID] = _("Avoid");

  for (guint i = 0; i < n_points; i++)
    g_ptr_array_add (order, (gpointer)&points[i]);
  g_ptr_array_sort (order, compare_by_priority);

  /* Twice at most: labelled, then, when labels would collide, numbered with a key. */
  for (int pass = 0; pass < 2; pass++)
    {
      plot.x = left;
      plot.y = top;
      plot.w = MAX (width - left - right - key_w, 1);
      plot.h = MAX (height - top - bottom, 1);
      g_array_set_size (taken, 0);
      g_ptr_array_set_size (texts, 0);

      /* Quadrant names in their outer corners; labels keep clear of them. */
      for (int q = 0; q < 4; q++)
        {
          Rect     cell = quadrant_cell (&plot, q);
          gboolean high_value = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_STRATEGIC_BET;
          gboolean high_feasibility = q == FH_QUADRANT_QUICK_WIN || q == FH_QUADRANT_FILL_IN;
          g_autoptr (PangoLayout) text = NULL;
          int  tw, th;
          Rect r;

          title_style.max_width = cell.w - 16;
          text = fh_render_text_layout (cr, titles[q], &title_style);
          pango_layout_get_pixel_size (text, &tw, &th);
          r.w = tw;
          r.h = th;
          r.x = high_feasibility ? plot.x + plot.w - 8 - tw : plot.x + 8;
          r.y = high_value ? plot.y + 6 : plot.y + plot.h - 6 - th;
          g_array_append_val (taken, r);
        }

      place_dots (order, &plot, radius, layout->marks);
      for (guint i = 0; i < layout->marks->len; i++)
        {
          FhQuadrantMark *mark = &g_array_index (layout->marks, FhQuadrantMark, i);
          Rect dot = { mark->x - mark->radius - 3, mark->y - mark->radius - 3, 2 * mark->radius + 6,
                       2 * mark->radius + 6 };

          g_array_append_val (taken, dot);
        }

      if (numbered)
        break;
      for (guint i = 0; i < order->len; i++)
        {
          const FhQuadrantPoint *p = order->pdata[i];

          label_style.bold = style->selected != 0 && p->id == style->selected;
          label_style.max_width = MIN (plot.w / 2 * 0.9, text_pt * 18);
          g_ptr_array_add (texts, fh_render_text_layout (cr, p->label, &label_style));
        }
      if (place_labels (order, texts, layout->marks, taken, &plot) || n_points == 0)
        break;

      numbered = TRUE;
      key_w = MIN (width * 0.4, text_pt * 24);
      radius = MAX (radius, text_pt * 0.75);
    }

  cairo_save (cr);

  for (int q = 0; q < 4; q++)
    {
      Rect          cell = quadrant_cell (&plot, q);
      const Colour *fill = rs->dark ? &quadrant_fill_dark[q] : &quadrant_fill[q];

      set_colour (cr, fill);
      cairo_rectangle (cr, cell.x, cell.y, cell.w, cell.h);
      cairo_fill (cr);
    }

  fh_render_style_set_source (cr, rs->strong);
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, plot.x, plot.y, plot.w, plot.h);
  cairo_stroke (cr);
  cairo_move_to (cr, plot.x + plot.w / 2, plot.y);
  cairo_line_to (cr, plot.x + plot.w / 2, plot.y + plot.h);
  cairo_move_to (cr, plot.x, plot.y + plot.h / 2);
  cairo_line_to (cr, plot.x + plot.w, plot.y + plot.h / 2);
  cairo_stroke (cr);

  for (int q = 0; q < 4; q++)
    {
      const Rect *r = &g_array_index (taken, Rect, q);
      g_autoptr (PangoLayout) text = NULL;

      title_style.max_width = plot.w / 2 - 16;
      text = fh_render_text_layout (cr, titles[q], &title_style);
      set_colour (cr, rs->dark ? &quadrant_dot_dark[q] : &quadrant_dot[q]);
      cairo_new_path (cr);
      cairo_move_to (cr, r->x, r->y);
      pango_cairo_show_layout (cr, text);
    }

  /* Axis titles, cut short with an ellipsis only when the chart is narrower than they are. */
  axis_style.max_width = MAX (width - 4, 10);
  {
    g_autoptr (PangoLayout) x_title = fh_render_text_layout (
      cr, _("Feasibility (data readiness and ML applicability) →"), &axis_style);
    g_autoptr (PangoLayout) y_title =
      fh_render_text_layout (cr, _("Business impact →"), &axis_style);
    int tw, th;

    fh_render_style_set_source (cr, rs->text);
    /* Under the plot, but never past the chart's edges (a key narrows the plot). */
    pango_layout_get_pixel_size (x_title, &tw, &th);
    cairo_move_to (cr, CLAMP (plot.x + (plot.w - tw) / 2, 2, MAX (2, width - tw - 2)),
                   plot.y + plot.h + (bottom - th) / 2);
    pango_cairo_show_layout (cr, x_title);

    pango_layout_get_pixel_size (y_title, &tw, &th);
    cairo_save (cr);
    cairo_move_to (cr, (left - th) / 2, plot.y + (plot.h + tw) / 2);
    cairo_rotate (cr, -G_PI / 2);
    pango_cairo_show_layout (cr, y_title);
    cairo_restore (cr);
  }

  if (numbered)
    {
      /* The key: a number and a title per line, as many as fit, the rest counted. */
      double      x = plot.x + plot.w + 12, y = plot.y;
      FhTextStyle key_style = { NULL, text_pt, FALSE, width - x - 4, 2 };

      for (guint i = 0; i < order->len; i++)
        {
          const FhQuadrantPoint *p = order->pdata[i];
          FhQuadrantMark        *mark = &g_array_index (layout->marks, FhQuadrantMark, i);
          g_autofree char       *line = NULL;
          g_autoptr (PangoLayout) text = NULL;
          int tw, th;

          /* TRANSLATORS: an entry in the key to the quadrant chart: the number on a
           * dot, then the use case's title */
          line = g_strdup_printf (_("%u  %s"), mark->number, p->label);
          key_style.bold = style->selected != 0 && p->id == style->selected;
          text = fh_render_text_layout (cr, line, &key_style);
          pango_layout_get_pixel_size (text, &tw, &th);
          if (y + 2 * th > plot.y + plot.h && i + 1 < order->len)
            {
              g_autofree char *more = g_strdup_printf (
                ngettext ("and %u more", "and %u more", order->len - i), order->len - i);

              fh_render_style_set_source (cr, rs->dim);
              fh_render_text (cr, x, y, more, &key_style, NULL, NULL);
              break;
            }
          mark->label_x = x;
          mark->label_y = y;
          mark->label_width = tw;
          mark->label_height = th;
          mark->leader = FALSE;
          fh_render_style_set_source (cr, rs->text);
          cairo_move_to (cr, x, y);
          pango_cairo_show_layout (cr, text);
          y += th + 4;
        }
    }
  else
    for (guint i = 0; i < order->len; i++)
      {
        FhQuadrantMark *mark = &g_array_index (layout->marks, FhQuadrantMark, i);

        if (mark->leader)
          {
            double lx = CLAMP (mark->x, mark->label_x, mark->label_x + mark->label_width);
            double ly = CLAMP (mark->y, mark->label_y, mark->label_y + mark->label_height);

            cairo_set_source_rgba (cr, rs->dim[0], rs->dim[1], rs->dim[2], 0.8);
            cairo_set_line_width (cr, 1);
            cairo_new_path (cr);
            cairo_move_to (cr, mark->x, mark->y);
            cairo_line_to (cr, lx, ly);
            cairo_stroke (cr);
          }

        /* A plate behind the text keeps it readable over lines and tints. */
        draw_plate (cr, rs, mark->label_x - 2, mark->label_y, mark->label_width + 4,
                    mark->label_height);
        fh_render_style_set_source (cr, rs->text);
        cairo_move_to (cr, mark->label_x, mark->label_y);
        pango_cairo_show_layout (cr, texts->pdata[i]);
      }

  /* Showing text leaves the current point where the text began: clear it, and start
   * each dot as a new path, or cairo_arc would draw a line from that point. */
  cairo_new_path (cr);

  /* Dots last, over any leader line. */
  for (guint i = 0; i < order->len; i++)
    {
      const FhQuadrantPoint *p = order->pdata[i];
      FhQuadrantMark        *mark = &g_array_index (layout->marks, FhQuadrantMark, i);
      FhQuadrant             q = quadrant_of (p);

      if (style->selected != 0 && p->id == style->selected)
        {
          fh_render_style_set_source (cr, rs->focus);
          cairo_new_path (cr);
          cairo_arc (cr, mark->x, mark->y, mark->radius + 5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      set_colour (cr, &quadrant_dot[q]);
      cairo_new_path (cr);
      cairo_arc (cr, mark->x, mark->y, mark->radius, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      if (numbered)
        {
          g_autofree char *number = g_strdup_printf ("%u", mark->number);
          FhTextStyle number_style = { NULL, MAX (text_pt * 0.75, FH_RENDER_MIN_TEXT_PT), TRUE, 0,
                                       1 };
          g_autoptr (PangoLayout) text = fh_render_text_layout (cr, number, &number_style);
          int tw, th;

          pango_layout_get_pixel_size (text, &tw, &th);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_move_to (cr, mark->x - tw / 2.0, mark->y - th / 2.0);
          pango_cairo_show_layout (cr, text);
        }
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
