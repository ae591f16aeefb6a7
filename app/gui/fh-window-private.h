/* fh-window-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-timer.h"
#include "fh-window.h"

G_BEGIN_DECLS

/* The window is split in three files: fh-window.c (the sections, the plan shown,
 * title, undo state, toasts), fh-window-actions.c (the win.* actions on the plan:
 * undo, redo, files, exports) and fh-window-presentation.c (presentation mode, the
 * workshop timer's bar and zoom). They share this structure. */
struct _FhWindow
{
  AdwApplicationWindow parent_instance;

  FhStore              *store;
  GSettings            *settings;
  char                 *section;
  AdwToast             *toast;   /* weak: the toast shown last */
  GtkFileChooserNative *chooser; /* the file chooser open, if any */
  gboolean              presenting;

  AdwToastOverlay *toast_overlay;
  AdwLeaflet      *leaflet;
  GtkWidget       *content_pane;
  GtkListBox      *sidebar;
  AdwWindowTitle  *window_title;
  GtkWidget       *undo_button;
  GtkWidget       *redo_button;
  GtkStack        *stack;
  GtkWidget       *discover_page;
  GMenu           *recent_menu;

  /* Presentation mode, zoom and the workshop timer. */
  GtkWidget      *content_header;
  FhTimer        *timer;
  GtkWidget      *timer_label;      /* the timer in the presentation bar */
  GtkWidget      *section_label;    /* "Assess — section 2 of 5" in the presentation bar */
  GtkWidget      *presentation_bar; /* above the content, only while presenting */
  GtkCssProvider *zoom_provider;
};

/* The sections in workshop order: the sidebar's rows and the stack's pages. */
#define FH_WINDOW_N_SECTIONS 6
const char *fh_window_section_name (int index);
int         fh_window_section_index (const char *section);

void fh_window_toast (FhWindow   *self,
                      const char *text,
                      const char *button_label,
                      const char *action_name);

void fh_window_class_init_actions (GtkWidgetClass *widget_class);
void fh_window_update_actions (FhWindow *self);
void fh_window_dispose_actions (FhWindow *self);

void   fh_window_class_init_presentation (GtkWidgetClass *widget_class);
void   fh_window_init_presentation (FhWindow *self);
void   fh_window_apply_presenting (FhWindow *self);
double fh_window_present_scale (FhWindow *self);
void   fh_window_dispose_presentation (FhWindow *self);

G_END_DECLS
