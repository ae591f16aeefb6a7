/* test-presentation-layout.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "fh-column-fit.h"
#include "fh-discover-page.h"
#include "fh-gaps-view.h"
#include "fh-highlight.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-use-cases-view.h"
#include "fh-window.h"

/* The shared screen at 1280×720, the commonest projector mode, and at 1920×1080:
 * what the room reads keeps its room and its size, and a new gap shows where it
 * landed. */

typedef struct
{
  FhStore   *store;
  FhWindow  *window;
  GtkWidget *gaps;
  GtkWidget *list;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  const int *size = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *discover;

  g_settings_reset (settings, "zoom");
  g_settings_reset (settings, "section");

  f->store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);
  f->window = g_object_ref (fh_window_new (NULL));
  gtk_window_set_default_size (GTK_WINDOW (f->window), size[0], size[1]);
  fh_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  fh_test_wait_for (fh_test_is_mapped, f->window);

  discover = fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page");
  f->gaps = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "gaps_view");
  f->list = fh_test_template_child (f->gaps, FH_TYPE_GAPS_VIEW, "column_view");
  fh_test_wait_for (fh_test_has_width, f->list);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->store);
}

static gboolean
has_class (GtkWidget *widget, gconstpointer name)
{
  return gtk_widget_has_css_class (widget, name) && gtk_widget_get_mapped (widget);
}

static gboolean
is_label_with_text (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The label of the first title cell of the gaps list. */
static GtkWidget *
title_label (Fixture *f)
{
  GtkWidget *cell = fh_test_find_widget (f->list, has_class, "text-cell");

  g_assert_nonnull (cell);
  return g_object_get_data (G_OBJECT (cell), "label");
}

static double
title_chars (Fixture *f)
{
  GtkWidget *label = title_label (f);

  return gtk_widget_get_width (label) / fh_column_fit_char_width (label);
}

static gboolean
title_keeps_45 (gpointer data)
{
  return title_chars (data) >= 45;
}

static void
present (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL);
  fh_test_drain ();
}

static gboolean
is_presented (gpointer data)
{
  Fixture *f = data;

  /* The type has grown: body text of 24 px or more. */
  return fh_test_font_px (title_label (f)) >= 24;
}

static void
test_gaps_title (Fixture *f, gconstpointer data)
{
  GtkWidget *label;

  /* On the desktop beside the sidebar the title keeps its characters too. */
  fh_test_wait_until (title_keeps_45, f, 5);
  g_assert_cmpfloat (title_chars (f), >=, 45);

  present (f);
  fh_test_wait_for (is_presented, f);
  fh_test_wait_until (title_keeps_45, f, 5);
  label = title_label (f);

  /* At least 45 characters a line, on up to two lines, in type of 24 px or more. */
  g_assert_cmpfloat (title_chars (f), >=, 45);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_cmpint (gtk_label_get_lines (GTK_LABEL (label)), ==, 2);
  g_assert_cmpfloat (fh_test_font_px (label), >=, 24);
}

static void
test_type_sizes (Fixture *f, gconstpointer data)
{
  GtkWidget *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");
  GtkWidget *header, *section, *title, *scores;
  GtkWidget *use_cases, *discover;

  present (f);
  fh_test_wait_for (is_presented, f);

  /* Column headers: what a participant reads, so 20 px or more. */
  header = fh_test_find_widget (f->list, is_label_with_text, "Title");
  g_assert_nonnull (header);
  g_assert_cmpfloat (fh_test_font_px (header), >=, 20);

  /* The bar names the section and its place. */
  section = fh_test_find_widget (GTK_WIDGET (f->window), has_class, "presentation-section");
  g_assert_nonnull (section);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (section)), ==, "Discover — section 1 of 6");
  g_assert_cmpfloat (fh_test_font_px (section), >=, 24);

  /* Use cases: a title is never smaller than the scores under it, and both are read. */
  discover = fh_test_template_child (f->window, FH_TYPE_WINDOW, "discover_page");
  use_cases = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  fh_discover_page_set_tab (FH_DISCOVER_PAGE (discover), "use-cases");
  fh_test_wait_for (fh_test_is_mapped, use_cases);
  title = fh_test_find_widget (use_cases, has_class, "heading");
  scores = fh_test_find_widget (use_cases, has_class, "caption");
  g_assert_nonnull (title);
  g_assert_nonnull (scores);
  g_assert_cmpfloat (fh_test_font_px (title), >=, 24);
  g_assert_cmpfloat (fh_test_font_px (scores), >=, 20);
  g_assert_cmpfloat (fh_test_font_px (title), >, fh_test_font_px (scores));
  g_assert_cmpfloat (fh_test_font_px (stack), >=, 24);

  /* Page Down moves on, and the bar follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.section", "s", "assess"));
  fh_test_drain ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (section)), ==, "Assess — section 2 of 6");
}

static void
collect (GtkWidget *widget, const char *name, GPtrArray *found)
{
  if (gtk_widget_has_css_class (widget, name) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, name, found);
}

/* At 1920 no capability name is cut while the title has room. */
static void
test_capability_uncut (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  guint checked = 0;

  fh_test_wait_until (title_keeps_45, f, 5);
  fh_test_drain ();
  collect (f->list, "choice-cell", cells);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);
      GtkLabel  *label = g_object_get_data (G_OBJECT (cell), "label");

      /* The capability cells are the ones the view sizes to the longest name. */
      if (g_strcmp0 (gtk_widget_get_tooltip_text (cell), "Capability") != 0 &&
          !g_str_has_prefix (gtk_widget_get_tooltip_text (cell), "Capability: "))
        continue;
      g_test_message ("capability %s", gtk_label_get_text (label));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (label)), ==, 1);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  g_assert_cmpfloat (title_chars (f), >=, 45);
}

typedef struct
{
  Fixture    *f;
  const char *title;
} Added;

static GtkWidget *
added_cell (Added *added)
{
  GtkWidget *label = fh_test_find_widget (added->f->list, is_label_with_text, added->title);

  return label != NULL ? gtk_widget_get_parent (label) : NULL;
}

static gboolean
added_is_highlighted (gpointer data)
{
  GtkWidget *cell = added_cell (data);

  return cell != NULL && fh_highlight_row_is_highlighted (cell);
}

static gboolean
added_is_plain (gpointer data)
{
  GtkWidget *cell = added_cell (data);

  return cell != NULL && !fh_highlight_row_is_highlighted (cell);
}

/* While presenting, a gap typed into the capture entry lands at the end of a long
 * list: it is scrolled into view and highlighted for a moment. */
static void
test_capture_highlight (Fixture *f, gconstpointer data)
{
  GtkWidget      *entry = fh_test_template_child (f->gaps, FH_TYPE_GAPS_VIEW, "entry");
  GtkWidget      *scrolled = gtk_widget_get_parent (f->list);
  Added           added = { f, "Model reviews happen only after incidents" };
  graphene_rect_t bounds;
  guint           n = g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS));

  present (f);
  fh_test_wait_for (is_presented, f);

  /* The capture entry is there on the shared screen; the filters are not. */
  g_assert_true (gtk_widget_is_drawable (entry));
  g_assert_false (
    gtk_widget_is_drawable (fh_test_template_child (f->gaps, FH_TYPE_GAPS_VIEW, "search_entry")));

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), added.title);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (f->store, FH_COLLECTION_GAPS)),
                    ==, n + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  fh_test_wait_for (added_is_highlighted, &added);
  g_assert_true (gtk_widget_compute_bounds (added_cell (&added), scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled));

  /* Only for a moment. */
  fh_test_wait_for (added_is_plain, &added);
}

static gboolean
has_text_prefix (GtkWidget *widget, gconstpointer prefix)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static gboolean
has_text_containing (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A first start says what to do, and a use case just typed in is not one to avoid. */
static void
test_first_run (void)
{
  g_autoptr (GError) error = NULL;
  FhStore       *store = fh_store_new_plan (NULL, &error);
  FhWindow      *window = g_object_ref (fh_window_new (NULL));
  GtkWidget     *discover, *use_cases, *entry, *row;
  AdwStatusPage *status;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  fh_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  fh_test_wait_for (fh_test_is_mapped, window);
  discover = fh_test_template_child (window, FH_TYPE_WINDOW, "discover_page");
  use_cases = fh_test_template_child (discover, FH_TYPE_DISCOVER_PAGE, "use_cases_view");
  fh_discover_page_set_tab (FH_DISCOVER_PAGE (discover), "use-cases");
  fh_test_wait_for (fh_test_is_mapped, use_cases);

  status = fh_test_template_child (use_cases, FH_TYPE_USE_CASES_VIEW, "empty_status");
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Use Cases Yet");
  g_assert_true (
    g_str_has_prefix (adw_status_page_get_description (status),
                      "Type an ML problem the business wants solved in the field above"));

  entry = fh_test_template_child (use_cases, FH_TYPE_USE_CASES_VIEW, "entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Returns triage");
  g_signal_emit_by_name (entry, "activate");
  fh_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_USE_CASES)),
                    ==, 1);

  /* Its row says it is not scored yet, with no "Avoid" and no scoring flag (it has
   * no business KPI yet, and may say so). */
  row = fh_test_find_widget (use_cases, has_text_prefix, "Priority 0.0");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (row)), "Not scored yet"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (row)), "Avoid"));
  g_assert_null (fh_test_find_widget (use_cases, has_text_containing, "Solve without ML"));
  g_assert_null (fh_test_find_widget (use_cases, has_text_containing, "Data work first"));
  g_assert_true (fh_highlight_row_is_highlighted (gtk_widget_get_parent (row)));

  fh_test_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (store);
}

int
main (int argc, char *argv[])
{
  static const int projector[] = { 1280, 720 };
  static const int full_hd[] = { 1920, 1080 };

  fh_test_ui_init (&argc, &argv);

  /* The application loads its style sheet by itself; a test has no application. */
  {
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/foothold/Foothold/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/foothold/presentation-layout/gaps-title", Fixture, projector, fixture_set_up,
              test_gaps_title, fixture_tear_down);
  g_test_add ("/foothold/presentation-layout/gaps-title-1920", Fixture, full_hd, fixture_set_up,
              test_gaps_title, fixture_tear_down);
  g_test_add ("/foothold/presentation-layout/type-sizes", Fixture, projector, fixture_set_up,
              test_type_sizes, fixture_tear_down);
  g_test_add ("/foothold/presentation-layout/capability-uncut", Fixture, full_hd, fixture_set_up,
              test_capability_uncut, fixture_tear_down);
  g_test_add ("/foothold/presentation-layout/capture-highlight", Fixture, projector, fixture_set_up,
              test_capture_highlight, fixture_tear_down);

  g_test_add_func ("/foothold/presentation-layout/first-run", test_first_run);

  return g_test_run ();
}
