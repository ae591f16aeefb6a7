/* fh-timer.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-timer.h"

#define MAX_MINUTES 180

struct _FhTimer
{
  GtkWidget parent_instance;

  GtkMenuButton *button;
  GtkLabel      *label;
  GtkSpinButton *minutes;
  GtkWidget     *stop_button;
  GSettings     *settings; /* the length, kept as the Preferences' "Timer length" */

  gint64   end_time;  /* monotonic µs */
  int      remaining; /* seconds */
  guint    tick_id;
  gboolean paused; /* stopped with time left, until resumed */
  gboolean finished;
  char    *text;
};

G_DEFINE_FINAL_TYPE (FhTimer, fh_timer, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_RUNNING,
  PROP_FINISHED,
  N_PROPS
};

enum
{
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
fh_timer_update (FhTimer *self)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  gboolean         running = self->tick_id != 0;

  /* Time's up stays on screen, in the header and the presentation bar, until the
   * facilitator dismisses it (Stop, or the start/pause key). */
  if (self->finished)
    text = g_strdup (_("Time’s up"));
  else if (running || self->paused)
    text = g_strdup_printf ("%02d:%02d", self->remaining / 60, self->remaining % 60);
  else
    text = g_strdup ("");

  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->label), text[0] != '\0');
  gtk_widget_set_sensitive (self->stop_button, running || self->paused || self->finished);
  gtk_button_set_label (GTK_BUTTON (self->stop_button),
                        self->finished ? _("_Dismiss") : _("S_top"));

  if (running)
    tooltip = g_strdup_printf (_("Workshop timer: %s left"), text);
  else if (self->paused)
    tooltip = g_strdup_printf (_("Workshop timer: paused with %s left"), text);
  else if (self->finished)
    tooltip = g_strdup (_("Workshop timer: time is up"));
  else
    tooltip = g_strdup (_("Workshop timer"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);

  if (g_strcmp0 (text, self->text) != 0)
    {
      g_free (self->text);
      self->text = g_steal_pointer (&text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
}

static void
set_finished (FhTimer *self, gboolean finished)
{
  if (self->finished == finished)
    return;

  self->finished = finished;
  if (finished)
    gtk_widget_add_css_class (GTK_WIDGET (self), "timer-finished");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "timer-finished");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

static gboolean
tick_cb (gpointer data)
{
  FhTimer *self = data;
  gint64   left = self->end_time - g_get_monotonic_time ();

  /* Rounded up: "00:01" shows until the last second has passed. */
  self->remaining = left > 0 ? (int)((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC) : 0;

  if (self->remaining == 0)
    {
      self->tick_id = 0;
      set_finished (self, TRUE);
      fh_timer_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
      g_signal_emit (self, signals[FINISHED], 0);
      return G_SOURCE_REMOVE;
    }

  fh_timer_update (self);
  return G_SOURCE_CONTINUE;
}

static void
start_clicked_cb (FhTimer *self)
{
  gtk_menu_button_popdown (self->button);
  fh_timer_start (self, gtk_spin_button_get_value_as_int (self->minutes) * 60);
}

static void
minutes_activate_cb (FhTimer *self)
{
  gtk_spin_button_update (self->minutes);
  start_clicked_cb (self);
}

static void
stop_clicked_cb (FhTimer *self)
{
  gtk_menu_button_popdown (self->button);
  fh_timer_stop (self);
}

static GtkWidget *
build_popover (FhTimer *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *caption = gtk_label_new_with_mnemonic (_("_Minutes"));
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start"));
  GtkWidget *popover = gtk_popover_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);

  self->minutes = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, MAX_MINUTES, 1));
  /* The length starts from the preference, and the last length used becomes it. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "timer-minutes", gtk_spin_button_get_adjustment (self->minutes),
                   "value", G_SETTINGS_BIND_DEFAULT);
  gtk_spin_button_set_numeric (self->minutes, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->minutes),
                               _("Length of the countdown in minutes"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (caption), GTK_WIDGET (self->minutes));

  gtk_widget_add_css_class (start, "suggested-action");
  g_signal_connect_swapped (start, "clicked", G_CALLBACK (start_clicked_cb), self);
  self->stop_button = gtk_button_new_with_mnemonic (_("S_top"));
  g_signal_connect_swapped (self->stop_button, "clicked", G_CALLBACK (stop_clicked_cb), self);

  gtk_grid_attach (GTK_GRID (grid), caption, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->minutes), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->stop_button, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), start, 1, 1, 1, 1);

  /* Enter in the minutes starts the countdown (GTK 4.8's spin button has no "activate"
   * of its own: its text has). The value typed is read first. */
  g_signal_connect_swapped (gtk_editable_get_delegate (GTK_EDITABLE (self->minutes)), "activate",
                            G_CALLBACK (minutes_activate_cb), self);

  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), start);
  return popover;
}

static void
fh_timer_dispose (GObject *object)
{
  FhTimer *self = FH_TIMER (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->settings);
  if (self->button != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->button));
      self->button = NULL;
    }

  G_OBJECT_CLASS (fh_timer_parent_class)->dispose (object);
}

static void
fh_timer_finalize (GObject *object)
{
  FhTimer *self = FH_TIMER (object);

  g_free (self->text);

  G_OBJECT_CLASS (fh_timer_parent_class)->finalize (object);
}

static void
fh_timer_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhTimer *self = FH_TIMER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->tick_id != 0);
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_timer_class_init (FhTimerClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fh_timer_dispose;
  object_class->finalize = fh_timer_finalize;
  object_class->get_property = fh_timer_get_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, flags);
  properties[PROP_FINISHED] = g_param_spec_boolean ("finished", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fhtimer");
}

static void
fh_timer_init (FhTimer *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->text = g_strdup ("");
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("alarm-symbolic"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, box);
  gtk_menu_button_set_popover (self->button, build_popover (self));
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  fh_timer_update (self);
}

GtkWidget *
fh_timer_new (void)
{
  return g_object_new (FH_TYPE_TIMER, NULL);
}

/**
 * fh_timer_start:
 * @self: the timer
 * @seconds: the countdown's length, above 0
 *
 * Starts the countdown afresh, whether it ran or not.
 */
void
fh_timer_start (FhTimer *self, int seconds)
{
  gboolean was_running;

  g_return_if_fail (FH_IS_TIMER (self));
  g_return_if_fail (seconds > 0);

  was_running = self->tick_id != 0;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->paused = FALSE;
  set_finished (self, FALSE);

  self->end_time = g_get_monotonic_time () + (gint64)seconds * G_USEC_PER_SEC;
  self->remaining = seconds;
  /* Four ticks a second keep the display within a quarter second of the clock. */
  self->tick_id = g_timeout_add (250, tick_cb, self);
  fh_timer_update (self);

  if (!was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
fh_timer_stop (FhTimer *self)
{
  gboolean was_running;

  g_return_if_fail (FH_IS_TIMER (self));

  was_running = self->tick_id != 0;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->remaining = 0;
  self->paused = FALSE;
  set_finished (self, FALSE);
  fh_timer_update (self);

  if (was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
fh_timer_get_running (FhTimer *self)
{
  g_return_val_if_fail (FH_IS_TIMER (self), FALSE);

  return self->tick_id != 0;
}

gboolean
fh_timer_get_finished (FhTimer *self)
{
  g_return_val_if_fail (FH_IS_TIMER (self), FALSE);

  return self->finished;
}

int
fh_timer_get_remaining (FhTimer *self)
{
  g_return_val_if_fail (FH_IS_TIMER (self), 0);

  return self->remaining;
}

const char *
fh_timer_get_text (FhTimer *self)
{
  g_return_val_if_fail (FH_IS_TIMER (self), NULL);

  return self->text;
}

gboolean
fh_timer_get_paused (FhTimer *self)
{
  g_return_val_if_fail (FH_IS_TIMER (self), FALSE);

  return self->paused;
}

/**
 * fh_timer_toggle:
 * @self: the timer
 *
 * The one key of the timer (Ctrl+T): starts a countdown of the minutes set when idle,
 * pauses a running one, resumes a paused one, and dismisses "Time's up".
 */
void
fh_timer_toggle (FhTimer *self)
{
  g_return_if_fail (FH_IS_TIMER (self));

  if (self->finished)
    fh_timer_stop (self);
  else if (self->tick_id != 0)
    {
      g_clear_handle_id (&self->tick_id, g_source_remove);
      self->paused = TRUE;
      fh_timer_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
  else if (self->paused)
    fh_timer_start (self, self->remaining);
  else
    fh_timer_start (self, gtk_spin_button_get_value_as_int (self->minutes) * 60);
}

/**
 * fh_timer_add_minute:
 * @self: the timer
 *
 * One more minute (Ctrl+Shift+T) for a discussion that needs it: on a running or
 * paused countdown, and after time is up a new one-minute countdown.
 */
void
fh_timer_add_minute (FhTimer *self)
{
  g_return_if_fail (FH_IS_TIMER (self));

  if (self->tick_id != 0)
    {
      self->end_time += 60 * G_USEC_PER_SEC;
      self->remaining += 60;
      fh_timer_update (self);
    }
  else if (self->paused)
    {
      self->remaining = MIN (self->remaining + 60, MAX_MINUTES * 60);
      fh_timer_update (self);
    }
  else
    fh_timer_start (self, 60);
}
