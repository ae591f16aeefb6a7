/* fh-heat-map.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-heat-map.h"

#include "fh-chart-style.h"

#include "fh-render-heat-map.h"

/* The portfolio's heat map on screen: fh-render-heat-map draws it; this widget
 * sizes it, moves a focus cell with the arrow keys (Home and End to the row's ends,
 * Page Up and Down by ten rows) or a click, and tells assistive technologies the
 * focused cell in words. Signal "cell-focused" (row, column). */

struct _FhHeatMap
{
  GtkDrawingArea parent_instance;

  FhPortfolio      *portfolio; /* not owned: the portfolio window's */
  FhHeatMapGeometry geometry;
  int               row;
  int               column; /* -1: the overall stage */
};

G_DEFINE_FINAL_TYPE (FhHeatMap, fh_heat_map, GTK_TYPE_DRAWING_AREA)

enum
{
  CELL_FOCUSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * fh_heat_map_describe_cell:
 * @column: a capability column, or -1 for the overall stage
 *
 * Returns: (transfer full): the cell in words, as a screen reader says it
 */
char *
fh_heat_map_describe_cell (FhPortfolio *portfolio, guint row, int column)
{
  const FhPortfolioRow *team = fh_portfolio_get_row (portfolio, row);
  int stage = column < 0 ? team->summary.overall : fh_portfolio_get_stage (portfolio, row, column);
  const char *capability =
    column < 0 ? _("Overall stage") : fh_portfolio_get_column (portfolio, column)->name;
  g_autofree char *stage_text =
    stage == FH_PORTFOLIO_NOT_IN_CATALOG ? g_strdup (_("not in this team's plan"))
                                         : fh_maturity_format_stage (stage);

  /* Translators: team, capability, stage: "Payments, Monitoring: Repeatable" */
  return g_strdup_printf (_("%s, %s: %s"), team->team, capability, stage_text);
}

static void
update_geometry (FhHeatMap *self, int width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t         *cr = cairo_create (surface);

  fh_render_heat_map_geometry (cr, self->portfolio, width, 0, &self->geometry);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FhHeatMap    *self = FH_HEAT_MAP (area);
  FhRenderStyle style;

  if (self->portfolio == NULL)
    return;
  update_geometry (self, width);
  /* The window's palette, light or dark, as every chart: names and headers in its text
   * colour; a cell keeps its stage's colour and picks its own text colour on it. */
  fh_chart_style_get (GTK_WIDGET (area), &style);
  memcpy (self->geometry.text_rgb, style.text, sizeof self->geometry.text_rgb);
  fh_render_style_set_source (cr, style.background);
  cairo_rectangle (
    cr, 0, 0,
    MIN (width, self->geometry.label_width + 8 +
                  self->geometry.cell_width * (fh_portfolio_get_n_columns (self->portfolio) + 1) +
                  8),
    height);
  cairo_fill (cr);
  fh_render_heat_map (cr, self->portfolio, &self->geometry,
                      gtk_widget_has_focus (GTK_WIDGET (self)) ? self->row : -1, self->column);
}

static void
announce (FhHeatMap *self)
{
  g_autofree char *text = NULL;

  if (self->portfolio == NULL || fh_portfolio_get_n_rows (self->portfolio) == 0)
    return;
  text = fh_heat_map_describe_cell (self->portfolio, (guint)self->row, self->column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

void
fh_heat_map_set_focus_cell (FhHeatMap *self, int row, int column)
{
  int n_rows, n_columns;

  g_return_if_fail (FH_IS_HEAT_MAP (self));

  if (self->portfolio == NULL)
    return;
  n_rows = (int)fh_portfolio_get_n_rows (self->portfolio);
  n_columns = (int)fh_portfolio_get_n_columns (self->portfolio);
  if (n_rows == 0)
    return;
  self->row = CLAMP (row, 0, n_rows - 1);
  self->column = CLAMP (column, -1, n_columns - 1);
  announce (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CELL_FOCUSED], 0, self->row, self->column);
}

/* Returns: (transfer full): what assistive technologies are told of the focused cell */
char *
fh_heat_map_get_focus_text (FhHeatMap *self)
{
  g_return_val_if_fail (FH_IS_HEAT_MAP (self), NULL);

  if (self->portfolio == NULL || fh_portfolio_get_n_rows (self->portfolio) == 0)
    return NULL;
  return fh_heat_map_describe_cell (self->portfolio, (guint)self->row, self->column);
}

void
fh_heat_map_get_focus_cell (FhHeatMap *self, int *row, int *column)
{
  *row = self->row;
  *column = self->column;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FhHeatMap             *self)
{
  int row = self->row, column = self->column;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      column--;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      column++;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      row--;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      row++;
      break;
    case GDK_KEY_Home:
      column = -1;
      break;
    case GDK_KEY_End:
      column = G_MAXINT;
      break;
    case GDK_KEY_Page_Up:
      row -= 10;
      break;
    case GDK_KEY_Page_Down:
      row += 10;
      break;
    default:
      return FALSE;
    }
  fh_heat_map_set_focus_cell (self, row, column);
  return TRUE;
}

static void
pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, FhHeatMap *self)
{
  guint row;
  int   column;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->portfolio != NULL &&
      fh_render_heat_map_hit (&self->geometry, self->portfolio, x, y, &row, &column))
    fh_heat_map_set_focus_cell (self, (int)row, column);
}

/* The tooltip says the cell under the pointer. */
static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  FhHeatMap  *self)
{
  g_autofree char *text = NULL;
  guint            row = (guint)MAX (self->row, 0);
  int              column = self->column;

  if (self->portfolio == NULL || fh_portfolio_get_n_rows (self->portfolio) == 0 ||
      (!keyboard &&
       !fh_render_heat_map_hit (&self->geometry, self->portfolio, x, y, &row, &column)))
    return FALSE;
  text = fh_heat_map_describe_cell (self->portfolio, row, column);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
focus_changed_cb (GtkEventControllerFocus *controller, FhHeatMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * fh_heat_map_set_portfolio:
 * @portfolio: (nullable): kept by the caller for as long as the widget shows it
 */
void
fh_heat_map_set_portfolio (FhHeatMap *self, FhPortfolio *portfolio)
{
  g_return_if_fail (FH_IS_HEAT_MAP (self));

  self->portfolio = portfolio;
  self->row = 0;
  self->column = -1;
  if (portfolio != NULL)
    {
      double min_width;

      update_geometry (self, 0);
      min_width = self->geometry.label_width +
                  self->geometry.cell_width * (fh_portfolio_get_n_columns (portfolio) + 1) + 8;
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self), (int)min_width + 8);
      gtk_drawing_area_set_content_height (
        GTK_DRAWING_AREA (self),
        (int)(self->geometry.header_height +
              self->geometry.cell_height * fh_portfolio_get_n_rows (portfolio)) +
          8);
      announce (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fh_heat_map_class_init (FhHeatMapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[CELL_FOCUSED] =
    g_signal_new ("cell-focused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "heat-map");
}

static void
fh_heat_map_init (FhHeatMap *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture         *click = gtk_gesture_click_new ();

  self->column = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  fh_chart_style_watch (GTK_WIDGET (self));
  gtk_accessible_update_property (
    GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
    _("Heat map of the latest assessed stage by team and capability; arrow keys move "
      "between cells"),
       -1);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
fh_heat_map_new (void)
{
  return g_object_new (FH_TYPE_HEAT_MAP, NULL);
}
