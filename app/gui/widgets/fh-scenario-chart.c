/* fh-scenario-chart.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-scenario-chart.h"

#include "fh-chart-style.h"
#include "fh-render-scenario-chart.h"

/* The scenarios' cost and people per year, drawn by the function the PDF uses. */
struct _FhScenarioChart
{
  GtkDrawingArea parent_instance;

  FhScenarioComparison *comparison;
  char                 *currency;
};

G_DEFINE_FINAL_TYPE (FhScenarioChart, fh_scenario_chart, GTK_TYPE_DRAWING_AREA)

/* The chart's type grows with the widget's own (zoom, presentation mode), so a room
 * reads it as it reads the table beside it: drawn at 1 / scale of the size, scaled up.
 * The scale and the palette are every chart's (fh_chart_style_get). */
static double
text_scale (GtkWidget *widget)
{
  FhRenderStyle style;

  fh_chart_style_get (widget, &style);
  return CLAMP (style.text_scale, 1.0, 2.5);
}

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  FhScenarioChart *self = FH_SCENARIO_CHART (area);
  FhRenderStyle    style;
  double           scale;

  if (self->comparison == NULL)
    return;
  fh_chart_style_get (GTK_WIDGET (area), &style);
  scale = CLAMP (style.text_scale, 1.0, 2.5);
  cairo_scale (cr, scale, scale);
  fh_render_scenario_chart (cr, &style, width / scale, height / scale, self->comparison,
                            self->currency, NULL);
}

static void
css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fh_scenario_chart_parent_class)->css_changed (widget, change);
  gtk_widget_set_size_request (widget, 360, (int)(300 * text_scale (widget)));
  gtk_widget_queue_draw (widget);
}

static void
fh_scenario_chart_finalize (GObject *object)
{
  FhScenarioChart *self = FH_SCENARIO_CHART (object);

  g_clear_pointer (&self->comparison, fh_scenario_comparison_free);
  g_free (self->currency);

  G_OBJECT_CLASS (fh_scenario_chart_parent_class)->finalize (object);
}

static void
fh_scenario_chart_class_init (FhScenarioChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fh_scenario_chart_finalize;
  widget_class->css_changed = css_changed;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fh_scenario_chart_init (FhScenarioChart *self)
{
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  fh_chart_style_watch (GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 300);
  gtk_widget_set_vexpand (GTK_WIDGET (self), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cost and people per year of each scenario"), -1);
}

GtkWidget *
fh_scenario_chart_new (void)
{
  return g_object_new (FH_TYPE_SCENARIO_CHART, NULL);
}

/**
 * fh_scenario_chart_set_comparison:
 * @comparison: (transfer full) (nullable): what to draw
 */
void
fh_scenario_chart_set_comparison (FhScenarioChart      *self,
                                  FhScenarioComparison *comparison,
                                  const char           *currency)
{
  g_return_if_fail (FH_IS_SCENARIO_CHART (self));

  g_clear_pointer (&self->comparison, fh_scenario_comparison_free);
  self->comparison = comparison;
  g_free (self->currency);
  self->currency = g_strdup (currency != NULL ? currency : "EUR");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
