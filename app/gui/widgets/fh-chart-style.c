/* fh-chart-style.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <adwaita.h>

#include "fh-chart-style.h"

/* The size of the desktop's font, in points: what a chart's text scale is relative
 * to. */
static double
desktop_font_pt (GtkWidget *widget)
{
  g_autofree char *name = NULL;
  g_autoptr (PangoFontDescription) font = NULL;
  double pt = 0;

  g_object_get (gtk_widget_get_settings (widget), "gtk-font-name", &name, NULL);
  if (name != NULL)
    {
      font = pango_font_description_from_string (name);
      pt = (double)pango_font_description_get_size (font) / PANGO_SCALE;
    }

  return pt > 0 ? pt : 11;
}

/**
 * fh_chart_style_get:
 * @widget: a chart or the timeline
 *
 * How @widget draws through app/render: the dark palette when the window is in the
 * dark style, and text scaled as @widget's own font is against the desktop's (the
 * window's zoom and presentation mode set it through CSS), so that charts grow with
 * the rest of the text while presenting.
 */
void
fh_chart_style_get (GtkWidget *widget, FhRenderStyle *style)
{
  const PangoFontDescription *font;
  double                      scale = 1;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      double size = (double)pango_font_description_get_size (font) / PANGO_SCALE;
      int    dpi = 0;

      /* CSS sets sizes in pixels: back to points at the screen's resolution. */
      if (pango_font_description_get_size_is_absolute (font))
        {
          g_object_get (gtk_widget_get_settings (widget), "gtk-xft-dpi", &dpi, NULL);
          size *= 72.0 / (dpi > 0 ? dpi / 1024.0 : 96.0);
        }
      scale = size / desktop_font_pt (widget);
    }
  fh_render_style_init (style, adw_style_manager_get_dark (adw_style_manager_get_default ()),
                        scale);
}

/**
 * fh_chart_style_watch:
 *
 * Redraws @widget when the style turns dark or light, for as long as it lives.
 */
void
fh_chart_style_watch (GtkWidget *widget)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), widget, G_CONNECT_SWAPPED);
}
