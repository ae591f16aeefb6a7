/* fh-test-ui.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fh-test-util.h"

G_BEGIN_DECLS

/* The GTK half of the test helpers; the unit tests use fh-test-util.h alone and do
 * not link GTK. */

void     fh_test_ui_init (int *argc, char ***argv);
void     fh_test_drain (void);
gpointer fh_test_template_child (gpointer widget, GType type, const char *name);
gboolean fh_test_is_mapped (gpointer widget);
gboolean fh_test_has_width (gpointer widget);
void     fh_test_wait_mapped (gpointer widget);
void     fh_test_wait_destroyed (gpointer *weak);
void     fh_test_type_into (GtkWidget *entry, const char *text);

typedef gboolean (*FhTestWidgetMatch) (GtkWidget *widget, gconstpointer data);
GtkWidget *fh_test_find_widget (GtkWidget *root, FhTestWidgetMatch match, gconstpointer data);
double     fh_test_font_px (GtkWidget *widget);

GtkWindow *fh_test_window_new (GtkWidget *child, int width, int height);
void       fh_test_window_close (GtkWindow *window);

GtkWidget *fh_test_find_by_class (GtkWidget *widget, const char *css_class);
GtkWidget *fh_test_find_by_type (GtkWidget *widget, GType type);
GtkWindow *fh_test_find_toplevel (GType type);
GtkWindow *fh_test_find_confirmation (void);
void       fh_test_answer_confirmation (const char *heading, const char *response);

G_END_DECLS
