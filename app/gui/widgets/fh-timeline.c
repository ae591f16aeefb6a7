/* fh-timeline.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-timeline.h"

#include "fh-chart-style.h"
#include "fh-quarter.h"
#include "fh-render-timeline.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-feedback.h"

/* The roadmap's swimlanes on screen: the drawing is app/render's, so the PDF shows the
 * same picture; this widget scrolls it, draws only what is in view and turns mouse and
 * keys into changes of the plan, one undo step each. */
struct _FhTimeline
{
  GtkWidget parent_instance;

  FhStore           *store;
  FhRenderTimeline  *render;
  GPtrArray         *findings;
  GHashTable        *collapsed;
  gboolean           hide_empty;
  gboolean           stale; /* the plan changed while hidden: rebuilt when shown */
  gint64             selected;
  double             zoom;
  FhTimelineGeometry geometry;

  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;

  int           drag_bar;
  FhTimelineHit drag_hit;
  int           drag_start;
  int           drag_duration;
};

static void fh_timeline_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FhTimeline,
                               fh_timeline,
                               GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      fh_timeline_scrollable_init))

enum
{
  PROP_0,
  PROP_SELECTED,
  PROP_HIDE_EMPTY,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum
{
  ITEM_ACTIVATED,
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
fh_timeline_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
get_viewport (FhTimeline *self, FhTimelineViewport *viewport)
{
  viewport->x = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  viewport->y = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  viewport->width = gtk_widget_get_width (GTK_WIDGET (self));
  viewport->height = gtk_widget_get_height (GTK_WIDGET (self));
}

static double
now_in_quarters (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  int quarter = fh_quarter_from_date (now);
  int month_in = (g_date_time_get_month (now) - 1) % 3;

  return quarter + (month_in + (g_date_time_get_day_of_month (now) - 1) / 31.0) / 3.0;
}

static void
configure_adjustment (GtkAdjustment *adjustment, double content, double page, double step)
{
  double value;

  if (adjustment == NULL)
    return;

  page = MAX (page, 1);
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, content - page));
  gtk_adjustment_configure (adjustment, value, 0, MAX (content, page), step, page * 0.9, page);
}

static void
relayout (FhTimeline *self)
{
  int           width = gtk_widget_get_width (GTK_WIDGET (self));
  int           height = gtk_widget_get_height (GTK_WIDGET (self));
  double        content_w = 0, content_h = 0;
  int           n_quarters;
  FhRenderStyle style;

  if (self->render == NULL)
    return;

  /* The window's palette, and its text scale: presenting makes the lane names, bar
   * titles and quarters as large as the rest of the text. */
  fh_chart_style_get (GTK_WIDGET (self), &style);
  fh_render_timeline_set_style (self->render, &style);

  /* Fit the plan's quarters into the width; zooming in scrolls sideways. */
  /* The label column fits the longest lane name, up to about a third of the width;
   * past that, names wrap onto a second line, and are cut short only after that
   * (the tooltip then shows the whole name). */
  fh_timeline_geometry_init (&self->geometry, style.text_scale);
  self->geometry.label_width =
    CLAMP (fh_render_timeline_get_label_width (self->render, &self->geometry), 150,
           MAX (150, width * (width < 1000 ? 0.3 : 0.24)));
  n_quarters = fh_render_timeline_get_n_quarters (self->render);
  /* Columns never narrower than their header labels and a short title need; past
   * that, the timeline scrolls sideways inside itself. */
  self->geometry.column_width =
    MAX (fh_render_timeline_min_column_width (self->render, &self->geometry),
         (width - self->geometry.label_width) / n_quarters) *
    self->zoom;
  fh_render_timeline_layout (self->render, &self->geometry);
  fh_render_timeline_get_size (self->render, &content_w, &content_h);

  configure_adjustment (self->hadjustment, content_w, width - self->geometry.label_width,
                        self->geometry.column_width);
  configure_adjustment (self->vadjustment, content_h, height - self->geometry.header_height,
                        self->geometry.row_height);
}

static char *
describe_bar (FhTimeline *self, const FhTimelineBar *bar)
{
  g_autofree char      *start = fh_quarter_format (bar->start);
  g_autofree char      *end = fh_quarter_format (bar->start + bar->duration - 1);
  const FhTimelineLane *lane = fh_render_timeline_get_lane (self->render, bar->lane);

  /* TRANSLATORS: a roadmap item: title, capability, from stage, target stage, first and
   * last quarter */
  return g_strdup_printf (_("%s — %s, %s to %s, %s to %s"), bar->title, lane->name,
                             fh_stage_get_label (CLAMP (bar->from_stage, 0, FH_STAGE_LAST)),
                             fh_stage_get_label (CLAMP (bar->target_stage, 0, FH_STAGE_LAST)),
                             start, end);
}

/* A bar's tooltip: what it is, then each finding about it, in plain text. */
static char *
bar_tooltip (FhTimeline *self, const FhTimelineBar *bar)
{
  g_autofree char *head = describe_bar (self, bar);
  GString         *text = g_string_new (head);

  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    {
      FhFinding *finding = self->findings->pdata[i];

      if (!fh_finding_concerns_item (finding, bar->id))
        continue;
      /* TRANSLATORS: a finding in a bar's tooltip: its severity, then its message */
      g_string_append_printf (text, _("\n%s: %s"), fh_severity_get_label (finding->severity),
                                       finding->message);
    }

  return g_string_free (text, FALSE);
}

static void
announce_selection (FhTimeline *self)
{
  int index =
    self->render != NULL ? fh_render_timeline_find_bar (self->render, self->selected) : -1;
  g_autofree char *text = NULL;

  if (index >= 0)
    text = describe_bar (self, fh_render_timeline_get_bar (self->render, index));

  gtk_accessible_update_property (
    GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
    text != NULL ? text : _("No item selected. Press Down to select the first item."), -1);
}

static void
scroll_to_selected (FhTimeline *self)
{
  int index =
    self->render != NULL ? fh_render_timeline_find_bar (self->render, self->selected) : -1;
  cairo_rectangle_t r;

  if (index < 0 || !fh_render_timeline_bar_rect (self->render, index, &r))
    return;

  if (self->hadjustment != NULL)
    gtk_adjustment_clamp_page (self->hadjustment, r.x, r.x + r.width);
  if (self->vadjustment != NULL)
    gtk_adjustment_clamp_page (self->vadjustment, r.y, r.y + r.height);
}

static void
rebuild (FhTimeline *self)
{
  FhPlanModels      models;
  FhRenderTimeline *old = g_steal_pointer (&self->render);

  if (self->store != NULL)
    {
      fh_store_get_models (self->store, &models);
      self->render =
        fh_render_timeline_new (&models, self->findings, self->collapsed, self->hide_empty);
      /* The titles and names that stay are not laid out again. */
      if (old != NULL)
        fh_render_timeline_adopt_text (self->render, old);
      fh_render_timeline_set_now (self->render, now_in_quarters ());
      fh_render_timeline_set_show_controls (self->render, TRUE);
      if (fh_render_timeline_find_bar (self->render, self->selected) < 0)
        self->selected = 0;
      fh_render_timeline_set_selected (self->render, self->selected);
    }
  g_clear_pointer (&old, fh_render_timeline_free);

  relayout (self);
  announce_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* What a hidden timeline put off, before anything reads the drawing. */
static void
ensure_fresh (FhTimeline *self)
{
  if (!self->stale)
    return;
  self->stale = FALSE;
  rebuild (self);
}

static void
fh_timeline_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fh_timeline_parent_class)->map (widget);
  ensure_fresh (FH_TIMELINE (widget));
}

static void
emit_error (FhTimeline *self, GError *error)
{
  g_autoptr (AdwToast) toast = fh_toast_new (error->message, FALSE);

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static FhRoadmapItem *
lookup_item (FhTimeline *self, gint64 id)
{
  return self->store != NULL && id != 0 ? fh_store_lookup (self->store, FH_COLLECTION_ROADMAP, id)
                                        : NULL;
}

static gboolean
set_span (FhTimeline *self, gint64 id, int start, int duration)
{
  FhRoadmapItem *item = lookup_item (self, id);
  g_autoptr (GError) error = NULL;

  if (item == NULL)
    return FALSE;
  if (start == fh_roadmap_item_get_start_quarter (item) &&
      duration == fh_roadmap_item_get_duration (item))
    return FALSE;

  /* Start and length in one call: one undo step. */
  if (!fh_store_set (self->store, item, &error, "start-quarter", start, "duration", duration, NULL))
    {
      emit_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * fh_timeline_move_selected:
 * @delta_start: quarters to move the selected item by
 * @delta_duration: quarters to lengthen it by
 *
 * Returns: whether the plan changed
 */
gboolean
fh_timeline_move_selected (FhTimeline *self, int delta_start, int delta_duration)
{
  FhRoadmapItem *item;

  g_return_val_if_fail (FH_IS_TIMELINE (self), FALSE);

  item = lookup_item (self, self->selected);
  if (item == NULL)
    return FALSE;

  return set_span (self, self->selected, fh_roadmap_item_get_start_quarter (item) + delta_start,
                   CLAMP (fh_roadmap_item_get_duration (item) + delta_duration, 1, 40));
}

static void
select_relative (FhTimeline *self, int step)
{
  guint n;
  int   index;

  if (self->render == NULL || (n = fh_render_timeline_get_n_bars (self->render)) == 0)
    return;

  index = fh_render_timeline_find_bar (self->render, self->selected);
  if (index < 0)
    index = step > 0 ? 0 : (int)n - 1;
  else
    index = CLAMP (index + step, 0, (int)n - 1);

  fh_timeline_set_selected (self, fh_render_timeline_get_bar (self->render, index)->id);
}

static gboolean
key_pressed_cb (FhTimeline            *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      {
        int delta = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? -1 : 1;

        if (self->selected == 0 || control)
          return FALSE;
        if (shift)
          fh_timeline_move_selected (self, 0, delta);
        else
          fh_timeline_move_selected (self, delta, 0);
        return TRUE;
      }
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      select_relative (self, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      select_relative (self, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (self->selected == 0)
        return FALSE;
      g_signal_emit (self, signals[ITEM_ACTIVATED], 0, self->selected);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      if (!control)
        return FALSE;
      self->zoom = MIN (self->zoom * 1.25, 6.0);
      relayout (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      if (!control)
        return FALSE;
      self->zoom = MAX (self->zoom / 1.25, 1.0);
      relayout (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static void
click_pressed_cb (FhTimeline *self, int n_press, double x, double y, GtkGestureClick *gesture)
{
  FhTimelineViewport viewport;
  FhTimelineHit      hit;
  int                index;

  if (self->render == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  get_viewport (self, &viewport);
  hit = fh_render_timeline_hit (self->render, &viewport, x, y, &index);

  if (hit == FH_TIMELINE_HIT_LANE)
    {
      const char *id = fh_render_timeline_get_lane (self->render, index)->capability;

      if (!g_hash_table_remove (self->collapsed, id))
        g_hash_table_add (self->collapsed, g_strdup (id));
      rebuild (self);
      return;
    }

  if (hit == FH_TIMELINE_HIT_NONE)
    return;

  fh_timeline_set_selected (self, fh_render_timeline_get_bar (self->render, index)->id);
  if (n_press == 2)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, self->selected);
}

static void
drag_begin_cb (FhTimeline *self, double x, double y, GtkGestureDrag *gesture)
{
  FhTimelineViewport   viewport;
  const FhTimelineBar *bar;
  int                  index;

  self->drag_bar = -1;
  if (self->render == NULL)
    return;

  get_viewport (self, &viewport);
  self->drag_hit = fh_render_timeline_hit (self->render, &viewport, x, y, &index);
  if (self->drag_hit == FH_TIMELINE_HIT_NONE || self->drag_hit == FH_TIMELINE_HIT_LANE)
    return;

  bar = fh_render_timeline_get_bar (self->render, index);
  self->drag_bar = index;
  self->drag_start = bar->start;
  self->drag_duration = bar->duration;
}

static void
drag_span (FhTimeline *self, double offset_x, int *start, int *duration)
{
  int delta = (int)(offset_x / self->geometry.column_width + (offset_x >= 0 ? 0.5 : -0.5));

  *start = self->drag_start;
  *duration = self->drag_duration;
  switch (self->drag_hit)
    {
    case FH_TIMELINE_HIT_START_EDGE:
      delta = MIN (delta, self->drag_duration - 1);
      *start += delta;
      *duration -= delta;
      break;
    case FH_TIMELINE_HIT_END_EDGE:
      *duration = CLAMP (self->drag_duration + delta, 1, 40);
      break;
    default:
      *start += delta;
      break;
    }
}

static void
drag_update_cb (FhTimeline *self, double offset_x, double offset_y, GtkGestureDrag *gesture)
{
  int start, duration;

  if (self->drag_bar < 0 || self->render == NULL)
    return;

  drag_span (self, offset_x, &start, &duration);
  fh_render_timeline_set_bar_span (self->render, self->drag_bar, start, duration);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (FhTimeline *self, double offset_x, double offset_y, GtkGestureDrag *gesture)
{
  int    start, duration;
  gint64 id;

  if (self->drag_bar < 0 || self->render == NULL)
    return;

  drag_span (self, offset_x, &start, &duration);
  id = fh_render_timeline_get_bar (self->render, self->drag_bar)->id;
  self->drag_bar = -1;
  /* A refused or empty move puts the bar back where the plan has it. */
  if (!set_span (self, id, start, duration))
    rebuild (self);
}

static gboolean
query_tooltip_cb (FhTimeline *self, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  FhTimelineViewport viewport;
  g_autofree char   *text = NULL;
  int                index;

  if (self->render == NULL)
    return FALSE;

  if (keyboard)
    {
      index = fh_render_timeline_find_bar (self->render, self->selected);
      if (index < 0)
        {
          gtk_tooltip_set_text (tooltip,
                                _("Roadmap timeline: Up and Down select an item, arrows move it by a quarter, Shift+arrows change its length, Enter opens it"));
          return TRUE;
        }
    }
  else
    {
      /* Only over a bar, or over a lane's name: never over empty space. */
      get_viewport (self, &viewport);
      switch (fh_render_timeline_hit (self->render, &viewport, x, y, &index))
        {
        case FH_TIMELINE_HIT_LANE:
          /* TRANSLATORS: a lane's tooltip: the capability's full name, then a hint */
          text = g_strdup_printf (_("%s\nClick to collapse or expand this lane"),
                                     fh_render_timeline_get_lane (self->render, index)->name);
          gtk_tooltip_set_text (tooltip, text);
          return TRUE;
        case FH_TIMELINE_HIT_START_EDGE:
        case FH_TIMELINE_HIT_END_EDGE:
        case FH_TIMELINE_HIT_BAR:
          break;
        default:
          return FALSE;
        }
    }

  text = bar_tooltip (self, fh_render_timeline_get_bar (self->render, index));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
adjustment_changed_cb (FhTimeline *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (FhTimeline *self, GtkAdjustment **slot, GtkAdjustment *adjustment)
{
  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb),
                              self);
  relayout (self);
}

static void
fh_timeline_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  relayout (FH_TIMELINE (widget));
}

static void
fh_timeline_measure (GtkWidget     *widget,
                     GtkOrientation orientation,
                     int            for_size,
                     int           *minimum,
                     int           *natural,
                     int           *minimum_baseline,
                     int           *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 480;
}

static void
fh_timeline_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  FhTimeline        *self = FH_TIMELINE (widget);
  FhTimelineViewport viewport;
  cairo_t           *cr;

  if (self->render == NULL)
    return;

  get_viewport (self, &viewport);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, viewport.width, viewport.height));
  fh_render_timeline_draw (self->render, cr, &viewport);
  if (gtk_widget_has_visible_focus (widget) && self->selected == 0)
    {
      cairo_rectangle (cr, 1.5, 1.5, viewport.width - 3, viewport.height - 3);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.8);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* Presenting, zooming and the dark style change how the timeline is drawn. */
static void
fh_timeline_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fh_timeline_parent_class)->css_changed (widget, change);
  relayout (FH_TIMELINE (widget));
  gtk_widget_queue_draw (widget);
}

static void
style_changed_cb (FhTimeline *self)
{
  relayout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fh_timeline_dispose (GObject *object)
{
  FhTimeline *self = FH_TIMELINE (object);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  g_clear_pointer (&self->render, fh_render_timeline_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_timeline_parent_class)->dispose (object);
}

static void
fh_timeline_finalize (GObject *object)
{
  FhTimeline *self = FH_TIMELINE (object);

  g_hash_table_unref (self->collapsed);

  G_OBJECT_CLASS (fh_timeline_parent_class)->finalize (object);
}

static void
fh_timeline_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhTimeline *self = FH_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_int64 (value, self->selected);
      break;
    case PROP_HIDE_EMPTY:
      g_value_set_boolean (value, self->hide_empty);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_timeline_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhTimeline *self = FH_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      fh_timeline_set_selected (self, g_value_get_int64 (value));
      break;
    case PROP_HIDE_EMPTY:
      fh_timeline_set_hide_empty (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_timeline_class_init (FhTimelineClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_timeline_dispose;
  object_class->finalize = fh_timeline_finalize;
  object_class->get_property = fh_timeline_get_property;
  object_class->set_property = fh_timeline_set_property;

  widget_class->map = fh_timeline_map;
  widget_class->measure = fh_timeline_measure;
  widget_class->size_allocate = fh_timeline_size_allocate;
  widget_class->snapshot = fh_timeline_snapshot;
  widget_class->css_changed = fh_timeline_css_changed;

  properties[PROP_SELECTED] =
    g_param_spec_int64 ("selected", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDE_EMPTY] =
    g_param_spec_boolean ("hide-empty", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_css_name (widget_class, "fhtimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fh_timeline_init (FhTimeline *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();

  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->zoom = 1.0;
  self->drag_bar = -1;
  fh_timeline_geometry_init (&self->geometry, 1.0);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  /* Tooltips come from query-tooltip only: a bar's details over a bar, a lane's full
   * name over its label, nothing over empty space. The keys are in the accessible
   * description and in the keyboard tooltip. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Roadmap timeline"), -1);

  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
fh_timeline_new (void)
{
  return g_object_new (FH_TYPE_TIMELINE, NULL);
}

/**
 * fh_timeline_set_plan:
 * @store: (nullable): the plan
 * @findings: (nullable) (element-type FhFinding): its findings, marked on the bars
 *
 * Draws the plan again; call it after every change.
 */
void
fh_timeline_set_plan (FhTimeline *self, FhStore *store, GPtrArray *findings)
{
  g_return_if_fail (FH_IS_TIMELINE (self));

  g_set_object (&self->store, store);
  if (findings != NULL)
    g_ptr_array_ref (findings);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = findings;
  /* Hidden (another section is shown): the drawing waits until it is shown again. */
  if (self->render != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  rebuild (self);
}

gint64
fh_timeline_get_selected (FhTimeline *self)
{
  g_return_val_if_fail (FH_IS_TIMELINE (self), 0);

  ensure_fresh (self);
  return self->selected;
}

void
fh_timeline_set_selected (FhTimeline *self, gint64 item)
{
  g_return_if_fail (FH_IS_TIMELINE (self));

  ensure_fresh (self);
  if (self->render != NULL && fh_render_timeline_find_bar (self->render, item) < 0)
    item = 0;
  if (self->selected == item)
    return;

  self->selected = item;
  if (self->render != NULL)
    fh_render_timeline_set_selected (self->render, item);
  scroll_to_selected (self);
  announce_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
fh_timeline_get_hide_empty (FhTimeline *self)
{
  g_return_val_if_fail (FH_IS_TIMELINE (self), FALSE);

  return self->hide_empty;
}

void
fh_timeline_set_hide_empty (FhTimeline *self, gboolean hide_empty)
{
  g_return_if_fail (FH_IS_TIMELINE (self));

  hide_empty = !!hide_empty;
  if (self->hide_empty == hide_empty)
    return;

  self->hide_empty = hide_empty;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_EMPTY]);
}

guint
fh_timeline_get_n_lanes (FhTimeline *self)
{
  g_return_val_if_fail (FH_IS_TIMELINE (self), 0);

  ensure_fresh (self);
  return self->render != NULL ? fh_render_timeline_get_n_lanes (self->render) : 0;
}

/* The size of the lane names, bar titles and quarters as last laid out, in points. */
double
fh_timeline_get_text_pt (FhTimeline *self)
{
  g_return_val_if_fail (FH_IS_TIMELINE (self), 0);

  return self->geometry.text_pt;
}

/* Whether the timeline is drawn in the dark palette. */
gboolean
fh_timeline_get_dark (FhTimeline *self)
{
  FhRenderStyle style;

  g_return_val_if_fail (FH_IS_TIMELINE (self), FALSE);

  fh_chart_style_get (GTK_WIDGET (self), &style);
  return style.dark;
}
