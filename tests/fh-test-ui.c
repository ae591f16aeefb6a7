/* fh-test-ui.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "fh-test-ui.h"

/* Opens the display, then g_test_init() with isolated XDG folders (in that order:
 * g_test_init() points them at /dev/null until a test runs) and libadwaita.
 * Without a display the test program reports a skipped plan and exits, or fails
 * when REQUIRE_DISPLAY is set. */
void
fh_test_ui_init (int *argc, char ***argv)
{
  gboolean have_display = gtk_init_check ();
  g_autoptr (GPtrArray) mime_dirs = g_ptr_array_new_with_free_func (g_free);

  /* Each test gets data folders of its own, so the system's MIME database would be out
   * of sight too, and GdkPixbuf could not tell an SVG icon from anything else. The
   * database is read-only system data: keep the system's. */
  for (const char *const *dir = g_get_system_data_dirs (); *dir != NULL; dir++)
    g_ptr_array_add (mime_dirs, g_build_filename (*dir, "mime", NULL));
  g_ptr_array_add (mime_dirs, NULL);
  g_content_type_set_mime_dirs ((const char *const *)mime_dirs->pdata);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!have_display)
    {
      if (g_getenv ("REQUIRE_DISPLAY") != NULL)
        exit (1);
      g_print ("1..0 # SKIP no display\n");
      exit (0);
    }
  adw_init ();
}

/* Runs whatever is ready on the default main context, without blocking. */
void
fh_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The template child @name of @widget as built by @type's template; never NULL. */
gpointer
fh_test_template_child (gpointer widget, GType type, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  if (child == NULL)
    g_error ("%s has no template child \"%s\" of %s", G_OBJECT_TYPE_NAME (widget), name,
             g_type_name (type));
  return child;
}

gboolean
fh_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

gboolean
fh_test_has_width (gpointer widget)
{
  return gtk_widget_get_width (GTK_WIDGET (widget)) > 0;
}

/* Depth first, the first widget under @root (itself included) that @match takes. */
GtkWidget *
fh_test_find_widget (GtkWidget *root, FhTestWidgetMatch match, gconstpointer data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fh_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The size of @widget's type in pixels, as the screen shows it (96 dpi). */
double
fh_test_font_px (GtkWidget *widget)
{
  PangoContext               *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double                      size = (double)pango_font_description_get_size (font) / PANGO_SCALE;

  return pango_font_description_get_size_is_absolute (font) ? size : size * 96.0 / 72.0;
}

/* Waits (scaled, fh-test-util.h) until @widget is on screen, then drains. */
void
fh_test_wait_mapped (gpointer widget)
{
  fh_test_wait_for (fh_test_is_mapped, widget);
  fh_test_drain ();
}

static gboolean
is_cleared (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Waits until the weak pointer @weak (see g_object_add_weak_pointer()) is cleared. */
void
fh_test_wait_destroyed (gpointer *weak)
{
  fh_test_wait_for (is_cleared, weak);
}

/* Types @text into @entry as a user would, then Enter: the key binding of the
 * entry's text widget emits its "activate". @entry must take the focus. */
void
fh_test_type_into (GtkWidget *entry, const char *text)
{
  GtkWidget *focus;

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  focus = gtk_root_get_focus (gtk_widget_get_root (entry));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  g_signal_emit_by_name (focus, "activate");
  fh_test_drain ();
}

/* A window of @width × @height showing @child, presented and mapped. The caller
 * owns the returned reference and gives it back with fh_test_window_close(). */
GtkWindow *
fh_test_window_new (GtkWidget *child, int width, int height)
{
  GtkWindow *window = GTK_WINDOW (g_object_ref_sink (gtk_window_new ()));

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  fh_test_wait_mapped (window);
  return window;
}

/* Destroys @window and asserts that nothing else keeps it alive. */
void
fh_test_window_close (GtkWindow *window)
{
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* The confirmation a destructive action opened (fh_confirm), or NULL. */
GtkWindow *
fh_test_find_confirmation (void)
{
  return fh_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Asserts that a confirmation asking @heading is open, and answers it with @response
 * ("cancel" or "confirm") as its button would; the dialog closes. */
void
fh_test_answer_confirmation (const char *heading, const char *response)
{
  GtkWindow *dialog = fh_test_find_confirmation ();
  gpointer   weak = dialog;

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), response));
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  /* What the button does: the response, then the dialog closes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
  fh_test_wait_destroyed (&weak);
}

/* The first widget under @widget (itself included) with the style class @css_class. */
GtkWidget *
fh_test_find_by_class (GtkWidget *widget, const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fh_test_find_by_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget under @widget (itself included) of @type. */
GtkWidget *
fh_test_find_by_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fh_test_find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The shown top-level window of @type (a dialog the code under test opened), or NULL. */
GtkWindow *
fh_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}
