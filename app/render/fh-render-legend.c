/* fh-render-legend.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-render-legend.h"

#include "fh-render-text.h"
#include "fh-render-timeline.h"
#include "fh-types.h"

#define ENTRY_GAP 16.0
#define LABEL_GAP 6.0

/**
 * fh_render_legend_label:
 *
 * Returns: (transfer full): the name of @entry, as the legend shows it
 */
char *
fh_render_legend_label (FhLegendEntry entry)
{
  switch (entry)
    {
    case FH_LEGEND_INITIAL:
    case FH_LEGEND_REPEATABLE:
    case FH_LEGEND_RELIABLE:
    case FH_LEGEND_SCALABLE:
      /* TRANSLATORS: the legend of the timeline: bars are filled by the stage they
       * reach; %s is a stage, e.g. "Repeatable" */
      return g_strdup_printf (_("to %s"), fh_stage_get_label (entry + FH_STAGE_INITIAL));
    case FH_LEGEND_MILESTONE:
      return g_strdup (_("Milestone"));
    case FH_LEGEND_DEPENDENCY:
      /* TRANSLATORS: the legend of the timeline: the arrow from one item to one that
       * depends on it */
      return g_strdup (_("Needed before"));
    case FH_LEGEND_ERROR:
      /* TRANSLATORS: the legend of the timeline: the mark of an item that breaks a
       * start-small rule */
      return g_strdup (_("Breaks a rule"));
    case FH_LEGEND_WARNING:
      /* TRANSLATORS: the legend of the timeline: the mark of an item with a warning */
      return g_strdup (_("Warning"));
    case FH_LEGEND_TODAY:
      /* TRANSLATORS: the legend of the timeline: the red line at today's date */
      return g_strdup (_("Today"));
    case FH_LEGEND_FADED:
      return g_strdup (_("Done or dropped"));
    case FH_LEGEND_N_ENTRIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
draw_mark (cairo_t             *cr,
           const FhRenderStyle *style,
           FhLegendEntry        entry,
           double               x,
           double               y,
           double               w,
           double               h)
{
  double cy = y + h / 2;

  switch (entry)
    {
    case FH_LEGEND_INITIAL:
    case FH_LEGEND_REPEATABLE:
    case FH_LEGEND_RELIABLE:
    case FH_LEGEND_SCALABLE:
      cairo_rectangle (cr, x, y, w, h);
      fh_render_timeline_fill_stage (cr, entry + FH_STAGE_INITIAL);
      cairo_new_path (cr);
      break;
    case FH_LEGEND_MILESTONE:
      fh_render_timeline_draw_milestone (cr, x + w / 2, cy, h / 2);
      break;
    case FH_LEGEND_DEPENDENCY:
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + w - 7, cy);
      fh_render_style_set_source (cr, style->ink);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      cairo_move_to (cr, x + w, cy);
      cairo_line_to (cr, x + w - 8, cy - 4.5);
      cairo_line_to (cr, x + w - 8, cy + 4.5);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case FH_LEGEND_ERROR:
    case FH_LEGEND_WARNING:
      if (entry == FH_LEGEND_ERROR)
        {
          /* An error's bar has a red outline as well as its mark. */
          cairo_rectangle (cr, x + 1.5, y + 1.5, w - 3, h - 3);
          cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
          cairo_set_line_width (cr, 3);
          cairo_stroke (cr);
        }
      fh_render_timeline_draw_badge (
        cr, entry == FH_LEGEND_ERROR ? FH_SEVERITY_ERROR : FH_SEVERITY_WARNING, x + w / 2, cy,
        h / 2 - 1);
      break;
    case FH_LEGEND_TODAY:
      cairo_move_to (cr, x + w / 2, y - 2);
      cairo_line_to (cr, x + w / 2, y + h + 2);
      cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
      break;
    case FH_LEGEND_FADED:
      cairo_rectangle (cr, x, y, w, h);
      cairo_push_group (cr);
      fh_render_timeline_fill_stage (cr, FH_STAGE_REPEATABLE);
      cairo_new_path (cr);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.45);
      break;
    case FH_LEGEND_N_ENTRIES:
    default:
      g_return_if_reached ();
    }
}

/**
 * fh_render_legend:
 * @style: (nullable): the palette; NULL for paper
 * @width: the room across; entries flow onto as many rows as they need
 * @text_pt: the size of the names
 * @draw: FALSE only to measure
 * @boxes: (out caller-allocates) (optional): FH_LEGEND_N_ENTRIES boxes, where each
 *   entry went
 *
 * Draws the legend with its top left corner at the origin of @cr.
 *
 * Returns: its height
 */
double
fh_render_legend (cairo_t             *cr,
                  const FhRenderStyle *style,
                  double               width,
                  double               text_pt,
                  gboolean             draw,
                  FhLegendBox         *boxes)
{
  FhTextStyle text = { NULL, MAX (text_pt, FH_RENDER_MIN_TEXT_PT), FALSE, 0, 1 };
  double      x = 0, y = 0, row_h = 0;

  g_return_val_if_fail (cr != NULL, 0);

  style = fh_render_style_or_paper (style);
  for (int e = 0; e < FH_LEGEND_N_ENTRIES; e++)
    {
      g_autofree char *label = fh_render_legend_label (e);
      g_autoptr (PangoLayout) layout = NULL;
      int    tw, th;
      double mark_h, mark_w, entry_w, h;

      /* A name longer than the whole width is cut short with an ellipsis. */
      text.max_width = 0;
      layout = fh_render_text_layout (cr, label, &text);
      pango_layout_get_pixel_size (layout, &tw, &th);
      mark_h = MAX (8, th * 0.8);
      mark_w = mark_h * 2;
      if (mark_w + LABEL_GAP + tw > width)
        {
          text.max_width = MAX (width - mark_w - LABEL_GAP, 10);
          g_object_unref (layout);
          layout = fh_render_text_layout (cr, label, &text);
          pango_layout_get_pixel_size (layout, &tw, &th);
        }
      entry_w = mark_w + LABEL_GAP + tw;
      h = MAX (th, mark_h + 4);
      if (x > 0 && x + entry_w > width)
        {
          x = 0;
          y += row_h + 4;
          row_h = 0;
        }
      if (draw)
        {
          cairo_save (cr);
          draw_mark (cr, style, e, x, y + (h - mark_h) / 2, mark_w, mark_h);
          fh_render_style_set_source (cr, style->text);
          cairo_move_to (cr, x + mark_w + LABEL_GAP, y + (h - th) / 2);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
        }
      if (boxes != NULL)
        boxes[e] = (FhLegendBox){ x, y, entry_w, h };
      x += entry_w + ENTRY_GAP;
      row_h = MAX (row_h, h);
    }

  return y + row_h;
}
