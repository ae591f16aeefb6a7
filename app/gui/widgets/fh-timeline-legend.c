/* fh-timeline-legend.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-timeline-legend.h"

#include "fh-chart-style.h"
#include "fh-render-legend.h"

#define PAD       8.0
#define LEGEND_PT 10.0 /* at the desktop's size; scaled with the window's text */

/* The key under the Roadmap's timeline: app/render's legend, the one the PDF prints,
 * in the window's palette and text scale. It is as tall as its entries need at its
 * width, so it wraps onto more rows in a narrow window. */
struct _FhTimelineLegend
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (FhTimelineLegend, fh_timeline_legend, GTK_TYPE_WIDGET)

double
fh_timeline_legend_get_text_pt (FhTimelineLegend *self)
{
  FhRenderStyle style;

  g_return_val_if_fail (FH_IS_TIMELINE_LEGEND (self), LEGEND_PT);

  fh_chart_style_get (GTK_WIDGET (self), &style);
  return LEGEND_PT * style.text_scale;
}

static double
legend_height (FhTimelineLegend *self, double width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t         *cr = cairo_create (surface);
  double           h = fh_render_legend (cr, NULL, MAX (width - 2 * PAD, 80),
                                         fh_timeline_legend_get_text_pt (self), FALSE, NULL);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return h + 2 * PAD;
}

static GtkSizeRequestMode
fh_timeline_legend_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fh_timeline_legend_measure (GtkWidget     *widget,
                            GtkOrientation orientation,
                            int            for_size,
                            int           *minimum,
                            int           *natural,
                            int           *minimum_baseline,
                            int           *natural_baseline)
{
  FhTimelineLegend *self = FH_TIMELINE_LEGEND (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width: the entries wrap onto more rows. */
      *minimum = 120;
      *natural = 120;
    }
  else
    *minimum = *natural = (int)ceil (legend_height (self, for_size > 0 ? for_size : 900));
}

static void
fh_timeline_legend_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  FhTimelineLegend *self = FH_TIMELINE_LEGEND (widget);
  int               width = gtk_widget_get_width (widget);
  int               height = gtk_widget_get_height (widget);
  FhRenderStyle     style;
  cairo_t          *cr;

  fh_chart_style_get (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  fh_render_style_paint_background (cr, &style);
  cairo_translate (cr, PAD, PAD);
  fh_render_legend (cr, &style, MAX (width - 2 * PAD, 80), fh_timeline_legend_get_text_pt (self),
                    TRUE, NULL);
  cairo_destroy (cr);
}

static void
fh_timeline_legend_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fh_timeline_legend_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
fh_timeline_legend_class_init (FhTimelineLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = fh_timeline_legend_get_request_mode;
  widget_class->measure = fh_timeline_legend_measure;
  widget_class->snapshot = fh_timeline_legend_snapshot;
  widget_class->css_changed = fh_timeline_legend_css_changed;
  gtk_widget_class_set_css_name (widget_class, "fhtimelinelegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fh_timeline_legend_init (FhTimelineLegend *self)
{
  GString *description = g_string_new (NULL);

  /* The legend is a picture: its entries, in words, are its description. */
  for (int e = 0; e < FH_LEGEND_N_ENTRIES; e++)
    {
      g_autofree char *label = fh_render_legend_label (e);

      if (e > 0)
        /* TRANSLATORS: between the entries of the timeline's legend, read aloud */
        g_string_append (description, _(", "));
      g_string_append (description, label);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legend of the timeline"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                     description->str, -1);
  g_string_free (description, TRUE);
  fh_chart_style_watch (GTK_WIDGET (self));
}

GtkWidget *
fh_timeline_legend_new (void)
{
  return g_object_new (FH_TYPE_TIMELINE_LEGEND, NULL);
}
