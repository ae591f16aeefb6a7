/* fh-timer.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FH_TYPE_TIMER (fh_timer_get_type ())

G_DECLARE_FINAL_TYPE (FhTimer, fh_timer, FH, TIMER, GtkWidget)

/* The workshop timer: a countdown for a timeboxed step such as gap capture, started
 * from the header bar or with Ctrl+T. Properties: "text" (the time left, "mm:ss", also
 * while paused; "Time’s up" once finished; empty when idle), "running", "finished" (TRUE from zero
 * until it is started again or stopped). At zero it flashes gently (the "timer-finished" style
 * class) and emits "finished". */

GtkWidget  *fh_timer_new (void);
void        fh_timer_start (FhTimer *self, int seconds);
void        fh_timer_stop (FhTimer *self);
gboolean    fh_timer_get_running (FhTimer *self);
gboolean    fh_timer_get_finished (FhTimer *self);
gboolean    fh_timer_get_paused (FhTimer *self);
void        fh_timer_toggle (FhTimer *self);
void        fh_timer_add_minute (FhTimer *self);
int         fh_timer_get_remaining (FhTimer *self);
const char *fh_timer_get_text (FhTimer *self);

G_END_DECLS
