/* fh-quadrant-chart.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-quadrant-chart.h"

#include "fh-chart-style.h"

#include "fh-render-quadrant.h"
#include "fh-use-case.h"

struct _FhQuadrantChart
{
  GtkDrawingArea parent_instance;

  GListModel       *use_cases;
  gint64            selected;
  FhQuadrantLayout *layout; /* from the last draw, for hit-testing */
};

G_DEFINE_FINAL_TYPE (FhQuadrantChart, fh_quadrant_chart, GTK_TYPE_DRAWING_AREA)

enum
{
  USE_CASE_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  FhQuadrantChart *self = FH_QUADRANT_CHART (area);
  guint            n = self->use_cases != NULL ? g_list_model_get_n_items (self->use_cases) : 0;
  g_autofree FhQuadrantPoint *points = g_new0 (FhQuadrantPoint, MAX (n, 1));
  g_autoptr (GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  /* Labels grow with the chart, so that a chart given the room of a projected
   * screen is read from the back of it: 13 pt (about 17 px) at the least. */
  FhQuadrantStyle style = { CLAMP (MIN (width, height) / 52.0, 13, 20), self->selected, NULL };
  FhRenderStyle   render;

  /* Presenting scales the text with the rest of the window's. */
  fh_chart_style_get (GTK_WIDGET (area), &render);
  style.text_pt = MAX (style.text_pt, 12 * render.text_scale);
  style.render = &render;
  fh_render_style_paint_background (cr, &render);

  for (guint i = 0; i < n; i++)
    {
      FhUseCase *use_case = g_list_model_get_item (self->use_cases, i);

      g_ptr_array_add (keep, use_case);
      points[i].id = fh_use_case_get_id (use_case);
      points[i].label = fh_use_case_get_title (use_case);
      points[i].impact = fh_use_case_get_impact (use_case);
      points[i].readiness = fh_use_case_get_readiness (use_case);
      points[i].applicability = fh_use_case_get_applicability (use_case);
    }

  g_clear_pointer (&self->layout, fh_quadrant_layout_free);
  self->layout = fh_render_quadrant (cr, width, height, points, n, &style);
}

static void
pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, FhQuadrantChart *self)
{
  gint64 id = fh_quadrant_chart_hit (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (id != 0)
    g_signal_emit (self, signals[USE_CASE_SELECTED], 0, id);
}

static void
items_changed_cb (FhQuadrantChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fh_quadrant_chart_dispose (GObject *object)
{
  FhQuadrantChart *self = FH_QUADRANT_CHART (object);

  fh_quadrant_chart_set_model (self, NULL);
  g_clear_pointer (&self->layout, fh_quadrant_layout_free);

  G_OBJECT_CLASS (fh_quadrant_chart_parent_class)->dispose (object);
}

static void
fh_quadrant_chart_class_init (FhQuadrantChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_quadrant_chart_dispose;

  /**
   * FhQuadrantChart::use-case-selected:
   * @id: the use case clicked
   */
  signals[USE_CASE_SELECTED] =
    g_signal_new ("use-case-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "quadrantchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fh_quadrant_chart_init (FhQuadrantChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  fh_chart_style_watch (GTK_WIDGET (self));
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 260);
  gtk_widget_set_tooltip_text (
    GTK_WIDGET (self),
    _("Use cases by business impact and feasibility; click a dot to select its use case"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Impact and feasibility chart"), -1);
}

GtkWidget *
fh_quadrant_chart_new (void)
{
  return g_object_new (FH_TYPE_QUADRANT_CHART, NULL);
}

/**
 * fh_quadrant_chart_set_model:
 * @use_cases: (nullable): FhUseCase records
 */
void
fh_quadrant_chart_set_model (FhQuadrantChart *self, GListModel *use_cases)
{
  g_return_if_fail (FH_IS_QUADRANT_CHART (self));

  if (self->use_cases == use_cases)
    return;

  if (self->use_cases != NULL)
    g_signal_handlers_disconnect_by_data (self->use_cases, self);
  g_set_object (&self->use_cases, use_cases);
  if (use_cases != NULL)
    g_signal_connect_swapped (use_cases, "items-changed", G_CALLBACK (items_changed_cb), self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fh_quadrant_chart_set_selected (FhQuadrantChart *self, gint64 id)
{
  g_return_if_fail (FH_IS_QUADRANT_CHART (self));

  if (self->selected == id)
    return;

  self->selected = id;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
fh_quadrant_chart_get_selected (FhQuadrantChart *self)
{
  g_return_val_if_fail (FH_IS_QUADRANT_CHART (self), 0);

  return self->selected;
}

/* The use case drawn at @x, @y in the last frame, or 0. */
gint64
fh_quadrant_chart_hit (FhQuadrantChart *self, double x, double y)
{
  g_return_val_if_fail (FH_IS_QUADRANT_CHART (self), 0);

  return self->layout != NULL ? fh_quadrant_layout_hit (self->layout, x, y) : 0;
}
