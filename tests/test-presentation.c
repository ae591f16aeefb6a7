/* test-presentation.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "fh-discover-page.h"
#include "fh-export-dialog.h"
#include "fh-gaps-view.h"
#include "fh-roadmap-page.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-timeline-legend.h"
#include "fh-timeline.h"
#include "fh-timer.h"
#include "fh-window.h"
#include "fh-window-private.h"

/* Presentation mode, zoom, the workshop timer and the export dialog, driven through
 * the window's actions and keys on the demo plan. */

typedef struct
{
  FhStore  *store;
  FhWindow *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  /* The memory backend lives as long as the process: each test starts at 100 %. */
  g_settings_reset (settings, "zoom");
  g_settings_reset (settings, "section");
  g_settings_reset (settings, "presentation-scale");

  f->store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);
  f->window = g_object_ref (fh_window_new (NULL));
  fh_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  fh_test_wait_for (fh_test_is_mapped, f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->store);
}

typedef struct
{
  GtkWidget *widget;
  double     size;
} FontQuery;

static gboolean
font_is (gpointer data)
{
  FontQuery *query = data;

  return fabs (fh_test_font_px (query->widget) - query->size) < 0.07;
}

/* Styles apply on the next frame: waits for @widget's type to reach @size. */
static void
wait_for_font (GtkWidget *widget, double size)
{
  FontQuery query = { widget, size };

  fh_test_wait_for (font_is, &query);
}

/* What a key press does: the window's capture-phase key controller sees it first. */
static gboolean
press_key (Fixture *f, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          return handled;
        }
    }

  g_assert_not_reached ();
}

static gboolean
is_drawable (gpointer data)
{
  return gtk_widget_is_drawable (data);
}

static gboolean
is_not_drawable (gpointer data)
{
  return !gtk_widget_is_drawable (data);
}

static void
test_presentation (Fixture *f, gconstpointer data)
{
  GtkWidget  *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  GtkWidget  *header = fh_test_template_child (f->window, FH_TYPE_WINDOW, "content_header");
  AdwLeaflet *leaflet = fh_test_template_child (f->window, FH_TYPE_WINDOW, "leaflet");
  GtkWidget  *discover = fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page");
  GtkWidget  *gaps =
    GTK_WIDGET (gtk_widget_get_template_child (discover, FH_TYPE_DISCOVER_PAGE, "gaps_view"));
  GtkWidget *quick_add =
    GTK_WIDGET (gtk_widget_get_template_child (gaps, FH_TYPE_GAPS_VIEW, "entry"));
  GtkWidget *search =
    GTK_WIDGET (gtk_widget_get_template_child (gaps, FH_TYPE_GAPS_VIEW, "search_entry"));
  GtkWidget *list =
    GTK_WIDGET (gtk_widget_get_template_child (gaps, FH_TYPE_GAPS_VIEW, "column_view"));
  double normal = fh_test_font_px (stack);

  /* The gaps view's quick-add entry and filter bar are there while editing. */
  fh_test_wait_for (is_drawable, quick_add);
  g_assert_true (gtk_widget_is_drawable (search));

  g_assert_false (press_key (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "discover");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  fh_test_drain ();

  /* Chrome hidden: no header bar, the sidebar folded away; type by the one factor,
   * the preference's or more, enough for body text of 24 px. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presentation"));
  g_assert_false (gtk_widget_get_visible (header));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) ==
                 fh_test_template_child (f->window, FH_TYPE_WINDOW, "content_pane"));
  g_assert_cmpfloat (fh_window_present_scale (f->window), >=, 1.5);
  g_assert_cmpfloat (normal * fh_window_present_scale (f->window), >=, 24.0 - 0.05);
  wait_for_font (stack, normal * fh_window_present_scale (f->window));

  /* The shared screen is where the workshop works: the capture entry stays, the
   * filters go. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presenting"));
  fh_test_wait_for (is_not_drawable, search);
  g_assert_true (gtk_widget_is_drawable (quick_add));
  g_assert_true (gtk_widget_is_drawable (list));

  /* Page Down and Page Up walk the sections in workshop order and stop at the ends. */
  g_assert_true (press_key (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "assess");
  g_assert_true (press_key (f, GDK_KEY_Page_Down));
  g_assert_true (press_key (f, GDK_KEY_Page_Down));
  g_assert_true (press_key (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "review");
  g_assert_true (press_key (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "scenarios");
  g_assert_true (press_key (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "scenarios");
  g_assert_true (press_key (f, GDK_KEY_Page_Up));
  g_assert_cmpstr (fh_window_get_section (f->window), ==, "review");

  /* Esc leaves, and everything comes back. */
  g_assert_true (press_key (f, GDK_KEY_Escape));
  fh_test_drain ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presentation"));
  g_assert_true (gtk_widget_get_visible (header));
  wait_for_font (stack, normal);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presenting"));
  g_assert_false (press_key (f, GDK_KEY_Escape));

  /* Back on Discover, the quick-add entry and the filter bar are back too. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.section", "s", "discover");
  fh_test_wait_for (is_drawable, quick_add);
  g_assert_true (gtk_widget_get_mapped (quick_add));
  g_assert_true (gtk_widget_is_drawable (search));
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  double     normal = fh_test_font_px (stack);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.2, 1e-9);
  wait_for_font (stack, normal * 1.2);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.1, 1e-9);
  wait_for_font (stack, normal * 1.1);

  /* Presentation scales on top of the zoom: 1.1 × the presentation factor. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  wait_for_font (stack, normal * 1.1 * fh_window_present_scale (f->window));
  /* A larger presentation scale in the preferences applies at once; one below what
   * 24 px body text needs does not lower it. */
  g_settings_set_double (settings, "presentation-scale", 2.5);
  g_assert_cmpfloat_with_epsilon (fh_window_present_scale (f->window), 2.5, 1e-9);
  wait_for_font (stack, normal * 1.1 * 2.5);
  g_settings_set_double (settings, "presentation-scale", 1.0);
  g_assert_cmpfloat (normal * fh_window_present_scale (f->window), >=, 24.0 - 0.05);
  g_settings_reset (settings, "presentation-scale");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  wait_for_font (stack, normal * 1.1);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 1.0);
  wait_for_font (stack, normal);

  /* It stops at the schema's bounds. */
  for (guint i = 0; i < 40; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 0.5, 1e-9);
}

static gboolean
timer_finished (gpointer data)
{
  return fh_timer_get_finished (data);
}

static void
test_timer (Fixture *f, gconstpointer data)
{
  FhTimer        *timer = fh_test_template_child (f->window, FH_TYPE_WINDOW, "timer");
  GtkWidget      *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  GtkWidget      *label;
  graphene_rect_t timer_bounds, stack_bounds;

  g_assert_false (fh_timer_get_running (timer));
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "");

  fh_timer_start (timer, 90);
  g_assert_true (fh_timer_get_running (timer));
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "01:30");
  fh_timer_stop (timer);
  g_assert_false (fh_timer_get_running (timer));
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);

  /* Running, the timer shows at the right of a bar of its own above the content,
   * over none of the page's controls. */
  fh_timer_start (timer, 90);
  label = fh_test_find_by_class (GTK_WIDGET (f->window), "presentation-timer");
  g_assert_nonnull (label);
  fh_test_wait_for (is_drawable, label);
  fh_test_drain ();
  /* The bar shows the running countdown (the clock moves while the window settles,
   * slowly under a sanitizer, so compare with the timer, not with a constant). */
  g_assert_cmpint (fh_timer_get_remaining (timer), >, 0);
  g_assert_cmpint (fh_timer_get_remaining (timer), <=, 90);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, fh_timer_get_text (timer));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "01:") ||
                 g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "00:"));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (f->window), &timer_bounds));
  g_assert_true (gtk_widget_compute_bounds (stack, GTK_WIDGET (f->window), &stack_bounds));
  g_assert_cmpfloat (timer_bounds.size.height, >, 0);
  g_assert_cmpfloat (timer_bounds.origin.y + timer_bounds.size.height, <=, stack_bounds.origin.y);
  g_assert_cmpfloat (timer_bounds.origin.x, >, gtk_widget_get_width (GTK_WIDGET (f->window)) / 2.0);
  fh_timer_stop (timer);
  fh_test_wait_for (is_not_drawable, label);

  fh_timer_start (timer, 1);
  fh_test_drain ();
  fh_test_wait_for (timer_finished, timer);

  /* At zero: still shown, flashing, until stopped. */
  g_assert_false (fh_timer_get_running (timer));
  g_assert_cmpstr (fh_timer_get_text (timer), ==, "Time’s up");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Time’s up");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (timer), "timer-finished"));
  g_assert_true (gtk_widget_has_css_class (label, "timer-finished"));
  g_assert_true (gtk_widget_is_drawable (label));

  fh_timer_stop (timer);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (timer), "timer-finished"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
}

static gboolean
find_dialog (gpointer data)
{
  FhExportDialog **dialog = data;
  GListModel      *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (FH_IS_EXPORT_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        *dialog = FH_EXPORT_DIALOG (window);
    }

  return *dialog != NULL;
}

static void
test_export_dialog (Fixture *f, gconstpointer data)
{
  FhExportDialog *dialog = NULL;
  FhReportOptions options;
  FhPaper         paper;
  guint           all_pages, before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-pdf", NULL));
  fh_test_wait_for (find_dialog, &dialog);
  g_object_ref (dialog);

  /* The default is the whole plan but the appendix, which is opt-in. */
  fh_export_dialog_get_options (dialog, &options, &paper);
  g_assert_cmphex (options.sections, ==, FH_REPORT_ALL_SECTIONS & ~(1u << FH_REPORT_APPENDIX));
  g_assert_cmpuint (options.top, ==, FH_REPORT_DEFAULT_TOP);
  g_assert_nonnull (fh_export_dialog_get_report (dialog));
  all_pages = fh_report_get_n_pages (fh_export_dialog_get_report (dialog));
  g_assert_cmpuint (all_pages, >=, 8);

  /* Fewer sections, fewer pages; none, nothing to export. */
  fh_export_dialog_set_section (dialog, FH_REPORT_GAPS, FALSE);
  g_assert_cmpuint (fh_report_get_n_pages (fh_export_dialog_get_report (dialog)), <, all_pages);
  for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
    fh_export_dialog_set_section (dialog, s, FALSE);
  g_assert_null (fh_export_dialog_get_report (dialog));
  fh_export_dialog_set_section (dialog, FH_REPORT_COVER, TRUE);
  g_assert_cmpuint (fh_report_get_n_pages (fh_export_dialog_get_report (dialog)), ==, 1);

  /* A change lays out only the preview's pages; the whole report waits for export. */
  for (guint s = 0; s < FH_REPORT_N_SECTIONS; s++)
    fh_export_dialog_set_section (dialog, s, s != FH_REPORT_APPENDIX);
  before = fh_report_count_pages_laid_out ();
  g_assert_nonnull (fh_export_dialog_get_preview (dialog));
  /* Three pages, the one that showed there is more, and the contents page. */
  g_assert_cmpuint (fh_report_count_pages_laid_out () - before, <=, 5);
  g_assert_cmpuint (fh_report_get_n_pages (fh_export_dialog_get_preview (dialog)), ==, 3);
  g_assert_false (fh_report_is_complete (fh_export_dialog_get_preview (dialog)));
  g_assert_cmpuint (fh_report_get_n_pages (fh_export_dialog_get_report (dialog)), ==, all_pages);

  fh_test_window_close (GTK_WINDOW (dialog));
}

static gboolean
export_is_done (gpointer data)
{
  return !fh_export_dialog_is_exporting (data);
}

/* The PDF is written in a thread with its progress shown; stopped, it leaves nothing. */
static void
test_export_in_thread (Fixture *f, gconstpointer data)
{
  FhExportDialog  *dialog = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *stopped = g_build_filename (dir, "stopped.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL;
  g_autoptr (GDir) listing = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-pdf", NULL));
  fh_test_wait_for (find_dialog, &dialog);
  g_object_ref (dialog);

  fh_export_dialog_export_pdf (dialog, stopped);
  g_assert_true (fh_export_dialog_is_exporting (dialog));
  fh_export_dialog_stop_export (dialog);
  fh_test_wait_for (export_is_done, dialog);
  g_assert_false (g_file_test (stopped, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));

  fh_export_dialog_export_pdf (dialog, path);
  g_assert_true (fh_export_dialog_is_exporting (dialog));
  fh_test_wait_for (export_is_done, dialog);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  info = fh_test_run ((const char *const[]){ "pdfinfo", path, NULL });
  pages = g_strdup_printf ("Pages:           %u\n",
                           fh_report_get_n_pages (fh_export_dialog_get_report (dialog)));
  g_assert_nonnull (strstr (info, pages));

  fh_test_window_close (GTK_WINDOW (dialog));
  fh_test_remove_dir (dir);
}

static void
test_print (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = fh_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  FhReportOptions  options = { (1u << FH_REPORT_COVER) | (1u << FH_REPORT_ROADMAP), 0, 0, NULL };
  guint            pages;

  /* GTK's print system, into a file instead of a printer: the same pages as the PDF. */
  pages = fh_export_print_to_file (f->store, &options, FH_PAPER_A4, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 3);

  text = fh_test_run ((const char *const[]){ "pdftotext", "-layout", path, "-", NULL });
  g_assert_nonnull (strstr (text, "Corvane MLOps adoption"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Timeline"));

  info = fh_test_run ((const char *const[]){ "pdfinfo", path, NULL });
  {
    g_autofree char *line = g_strdup_printf ("Pages:           %u\n", pages);

    g_assert_nonnull (strstr (info, line));
  }

  fh_test_remove_dir (dir);
}

static void
test_without_plan (void)
{
  FhWindow *window = g_object_ref (fh_window_new (NULL));

  FhExportDialog *dialog = NULL;

  /* Nothing to export without a plan: the action is off and opens no dialog. */
  gtk_window_present (GTK_WINDOW (window));
  fh_test_wait_for (fh_test_is_mapped, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL);
  fh_test_drain ();
  g_assert_false (find_dialog (&dialog));

  fh_test_window_close (GTK_WINDOW (window));
}

typedef struct
{
  GtkWidget *timeline;
  double     pt;
} TextQuery;

static gboolean
timeline_text_at_least (gpointer data)
{
  TextQuery *query = data;

  return fh_timeline_get_text_pt (FH_TIMELINE (query->timeline)) >= query->pt;
}

static gboolean
timeline_is_dark (gpointer data)
{
  return fh_timeline_get_dark (data);
}

/* At 1280 × 720 presenting, the timeline's lane names, bar titles and quarters and its
 * legend are 20 px or more (15 pt at 96 dpi); the dark style turns the timeline dark. */
static void
test_presenting_timeline (Fixture *f, gconstpointer data)
{
  GtkWidget *roadmap = gtk_stack_get_child_by_name (
    fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack"), "roadmap");
  GtkWidget *timeline = fh_roadmap_page_get_timeline (FH_ROADMAP_PAGE (roadmap));
  GtkWidget *legend = fh_test_template_child (roadmap, FH_TYPE_ROADMAP_PAGE, "legend");
  TextQuery  query = { timeline, 0 };
  double     normal;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.section", "s", "roadmap");
  fh_test_wait_for (fh_test_has_width, timeline);
  fh_test_wait_for (fh_test_has_width, legend);
  normal = fh_timeline_get_text_pt (FH_TIMELINE (timeline));
  g_assert_cmpfloat (normal, >=, 8);
  g_assert_cmpfloat (normal * 96 / 72, <, 20);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  query.pt = 15;
  fh_test_wait_for (timeline_text_at_least, &query);
  g_assert_cmpfloat (fh_timeline_get_text_pt (FH_TIMELINE (timeline)) * 96 / 72, >=, 20);
  g_assert_cmpfloat (fh_timeline_legend_get_text_pt (FH_TIMELINE_LEGEND (legend)) * 96 / 72, >=,
                     20);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  fh_test_wait_for (timeline_is_dark, timeline);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (fh_timeline_get_dark (FH_TIMELINE (timeline)));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int argc, char *argv[])
{
  /* Before g_test_init(), which points the XDG folders at /dev/null until a test runs. */
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/presentation/present", Fixture, NULL, fixture_set_up, test_presentation,
              fixture_tear_down);
  g_test_add ("/foothold/presentation/zoom", Fixture, NULL, fixture_set_up, test_zoom,
              fixture_tear_down);
  g_test_add ("/foothold/presentation/timer", Fixture, NULL, fixture_set_up, test_timer,
              fixture_tear_down);
  g_test_add ("/foothold/presentation/export-dialog", Fixture, NULL, fixture_set_up,
              test_export_dialog, fixture_tear_down);
  g_test_add ("/foothold/presentation/export-in-thread", Fixture, NULL, fixture_set_up,
              test_export_in_thread, fixture_tear_down);
  g_test_add ("/foothold/presentation/print", Fixture, NULL, fixture_set_up, test_print,
              fixture_tear_down);
  g_test_add ("/foothold/presentation/presenting-timeline", Fixture, NULL, fixture_set_up,
              test_presenting_timeline, fixture_tear_down);
  g_test_add_func ("/foothold/presentation/without-plan", test_without_plan);

  return g_test_run ();
}
