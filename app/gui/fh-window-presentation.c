/* fh-window-presentation.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-window-private.h"

/* Presentation mode shows the plan full screen to a room: no sidebar, no header bar,
 * larger type, Page Up and Down through the sections, Escape to leave. Each section
 * hides the filters and editing chrome the room does not need, bound to its
 * "presenting" property, which the window's template binds to the window's; what the
 * workshop does together (capture, votes, scores, Assess keys) stays. A slim bar above
 * the content names the plan, the section ("section 2 of 5") and the workshop timer;
 * zoom scales the whole window and is kept across starts. */

#define ZOOM_MIN  0.5
#define ZOOM_MAX  3.0
#define ZOOM_STEP 0.1

/* One factor for all the presented type: the "presentation-scale" preference, but
 * never less than body text of 18 pt (24 px on a 96 dpi projector) needs, whatever
 * the desktop's font. style.css sizes headings, captions and column headers in em, so
 * they grow with it and the hierarchy stays as it is on the desktop. */
#define PRESENT_BODY_PT 18.0

double
fh_window_present_scale (FhWindow *self)
{
  GtkSettings     *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  double           chosen = g_settings_get_double (self->settings, "presentation-scale");
  g_autofree char *name = NULL;
  g_autoptr (PangoFontDescription) font = NULL;
  double desktop_pt;

  g_object_get (settings, "gtk-font-name", &name, NULL);
  font = pango_font_description_from_string (name != NULL ? name : "");
  desktop_pt = (double)pango_font_description_get_size (font) / PANGO_SCALE;
  if (desktop_pt <= 0 || pango_font_description_get_size_is_absolute (font))
    return chosen;

  return MAX (chosen, PRESENT_BODY_PT / desktop_pt);
}

static void
fh_window_update_timer_label (FhWindow *self)
{
  gboolean shown =
    self->presenting && (fh_timer_get_running (self->timer) || fh_timer_get_paused (self->timer) ||
                         fh_timer_get_finished (self->timer));

  gtk_label_set_text (GTK_LABEL (self->timer_label), fh_timer_get_text (self->timer));
  gtk_widget_set_visible (self->timer_label, shown);
  gtk_widget_set_visible (self->presentation_bar, self->presenting);
  if (fh_timer_get_finished (self->timer))
    gtk_widget_add_css_class (self->timer_label, "timer-finished");
  else
    gtk_widget_remove_css_class (self->timer_label, "timer-finished");
}

/* The room sees where the workshop is: "Assess — section 2 of 5". */
static void
fh_window_update_section_label (FhWindow *self)
{
  int              index = fh_window_section_index (self->section);
  GtkWidget       *child;
  g_autofree char *text = NULL;

  if (index < 0)
    return;

  child = gtk_stack_get_child_by_name (self->stack, self->section);
  /* Translators: the section shown while presenting and its place among the five,
   * e.g. "Assess — section 2 of 5" */
  text = g_strdup_printf (_("%s — section %d of %d"),
                             gtk_stack_page_get_title (gtk_stack_get_page (self->stack, child)),
                             index + 1, FH_WINDOW_N_SECTIONS);
  gtk_label_set_text (GTK_LABEL (self->section_label), text);
}

/* Called by fh_window_set_presenting() once self->presenting has changed, before the
 * sections hear of it through their bindings. */
void
fh_window_apply_presenting (FhWindow *self)
{
  gboolean presenting = self->presenting;

  /* Folded, the leaflet shows the content alone: no sidebar, no separator. */
  adw_leaflet_set_can_unfold (self->leaflet, !presenting);
  if (presenting)
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_widget_set_visible (self->content_header, !presenting);

  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
      gtk_widget_add_css_class (GTK_WIDGET (self->stack), "presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
      gtk_widget_remove_css_class (GTK_WIDGET (self->stack), "presenting");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }

  fh_window_update_section_label (self);
  fh_window_update_timer_label (self);
}

static void
fh_window_present_toggle (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow *self = FH_WINDOW (widget);

  fh_window_set_presenting (self, !self->presenting);
}

static gboolean
presentation_key_cb (FhWindow              *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  int index, step;

  if (!self->presenting || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      fh_window_set_presenting (self, FALSE);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      step = 1;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      step = -1;
      break;
    default:
      return FALSE;
    }

  /* The sections in workshop order, stopping at either end. */
  index = CLAMP (fh_window_section_index (self->section) + step, 0, FH_WINDOW_N_SECTIONS - 1);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.section", "s",
                              fh_window_section_name (index));
  return TRUE;
}

static void
fh_window_apply_zoom (FhWindow *self)
{
  double zoom = CLAMP (g_settings_get_double (self->settings, "zoom"), ZOOM_MIN, ZOOM_MAX);
  g_autofree char *css = NULL;
  char             number[G_ASCII_DTOSTR_BUF_SIZE];
  char             scale[G_ASCII_DTOSTR_BUF_SIZE];

  /* Relative sizes below (lists at 1.2em) scale with it, and presenting scales the
   * content by one factor on top: the type grows, the window's chrome does not. */
  g_ascii_formatd (number, sizeof number, "%.0f", zoom * 100);
  g_ascii_formatd (scale, sizeof scale, "%.1f", fh_window_present_scale (self) * 100);
  css = g_strdup_printf ("window.fh-window { font-size: %s%%; }\n"
                         "window.fh-window stack.presenting,\n"
                         "window.fh-window .presentation-bar { font-size: %s%%; }",
                         number, scale);
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
}

static void
fh_window_zoom (FhWindow *self, double step)
{
  double zoom = g_settings_get_double (self->settings, "zoom");

  /* Rounded to the step, so that in and out return to exactly 100 %. */
  zoom =
    step == 0 ? 1.0 : CLAMP (round ((zoom + step) / ZOOM_STEP) * ZOOM_STEP, ZOOM_MIN, ZOOM_MAX);
  g_settings_set_double (self->settings, "zoom", zoom);
}

static void
fh_window_zoom_in (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_zoom (FH_WINDOW (widget), ZOOM_STEP);
}

static void
fh_window_zoom_out (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_zoom (FH_WINDOW (widget), -ZOOM_STEP);
}

static void
fh_window_zoom_reset (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_zoom (FH_WINDOW (widget), 0);
}

void
fh_window_class_init_presentation (GtkWidgetClass *widget_class)
{
  g_type_ensure (FH_TYPE_TIMER);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, timer);

  gtk_widget_class_install_action (widget_class, "win.present", NULL, fh_window_present_toggle);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, fh_window_zoom_in);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, fh_window_zoom_out);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, fh_window_zoom_reset);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);
}

void
fh_window_init_presentation (FhWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget          *plan_name = gtk_label_new (NULL);
  GtkWidget          *end = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  /* Presentation keys come first, before a focused list can take Page Down. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (presentation_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* While presenting, the header bar is hidden and the timer shows in a slim bar of
   * its own above the content, beside the plan's name: it covers no control. */
  self->timer_label = gtk_label_new (NULL);
  gtk_widget_set_can_target (self->timer_label, FALSE);
  gtk_widget_add_css_class (self->timer_label, "presentation-timer");
  gtk_widget_add_css_class (self->timer_label, "osd");
  gtk_widget_add_css_class (self->timer_label, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Workshop timer"), -1);
  gtk_widget_set_tooltip_text (self->timer_label, _("Time left on the workshop timer"));
  gtk_widget_set_visible (self->timer_label, FALSE);

  gtk_label_set_ellipsize (GTK_LABEL (plan_name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (plan_name), 0);
  gtk_widget_add_css_class (plan_name, "presentation-title");
  g_object_bind_property (self->window_title, "title", plan_name, "label", G_BINDING_SYNC_CREATE);

  self->section_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->section_label, "presentation-section");
  g_signal_connect_object (self, "notify::section", G_CALLBACK (fh_window_update_section_label),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_set_valign (self->section_label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (end), self->section_label);
  gtk_box_append (GTK_BOX (end), self->timer_label);
  self->presentation_bar = gtk_center_box_new ();
  gtk_widget_add_css_class (self->presentation_bar, "presentation-bar");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (self->presentation_bar), plan_name);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (self->presentation_bar), end);
  gtk_widget_set_visible (self->presentation_bar, FALSE);
  gtk_box_insert_child_after (GTK_BOX (self->content_pane), self->presentation_bar,
                              self->content_header);
  g_signal_connect_object (self->timer, "notify::text", G_CALLBACK (fh_window_update_timer_label),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::finished",
                           G_CALLBACK (fh_window_update_timer_label), self, G_CONNECT_SWAPPED);

  /* Zoom, kept across starts. */
  self->zoom_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->zoom_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fh-window");
  g_signal_connect_object (self->settings, "changed::zoom", G_CALLBACK (fh_window_apply_zoom), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::presentation-scale",
                           G_CALLBACK (fh_window_apply_zoom), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-font-name",
                           G_CALLBACK (fh_window_apply_zoom), self, G_CONNECT_SWAPPED);
  fh_window_apply_zoom (self);
}

void
fh_window_dispose_presentation (FhWindow *self)
{
  if (self->zoom_provider != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->zoom_provider));
  g_clear_object (&self->zoom_provider);
}
