/* test-portfolio-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-heat-map.h"
#include "fh-portfolio-window.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-test-util.h"

/* The portfolio window on a folder of two plans and a file that is not one: the
 * heat map, driven with the keyboard as a user would, says each cell in words; the
 * table, the candidates and the skipped file are shown. */

typedef struct
{
  char              *dir;
  FhPortfolioWindow *window;
  gboolean           loaded;
} Fixture;

static void
save_demo (const char *dir, const char *file, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) demo = fh_store_new_demo (NULL, &error);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  g_assert_no_error (error);
  g_assert_true (fh_store_set (demo, fh_store_get_info (demo), &error, "name", name, NULL));
  g_assert_true (fh_store_save_copy (demo, path, &error));
  g_assert_no_error (error);
}

static void
loaded_cb (FhPortfolioWindow *window, Fixture *f)
{
  f->loaded = TRUE;
}

static gboolean
is_loaded (gpointer data)
{
  return ((Fixture *)data)->loaded;
}

static void
open_window (Fixture *f, const char *path)
{
  const char *paths[] = { path, NULL };

  f->loaded = FALSE;
  f->window = g_object_ref (fh_portfolio_window_new (NULL, paths));
  g_signal_connect (f->window, "loaded", G_CALLBACK (loaded_cb), f);
  fh_test_wait_for (is_loaded, f);
  fh_test_wait_for (fh_test_is_mapped, f->window);
  fh_test_drain ();
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *junk = NULL;

  f->dir = fh_test_make_dir ();
  save_demo (f->dir, "payments.foothold", "Payments");
  save_demo (f->dir, "search.foothold", "Search");
  junk = g_build_filename (f->dir, "junk.json", NULL);
  g_assert_true (g_file_set_contents (junk, "[1, 2, 3]", -1, NULL));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->window != NULL)
    fh_test_window_close (GTK_WINDOW (f->window));
  fh_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
press (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
  fh_test_drain ();
}

static void
assert_focus (FhHeatMap *heat_map, FhPortfolio *portfolio, int row, int column)
{
  g_autofree char *expected = fh_heat_map_describe_cell (portfolio, row, column);
  g_autofree char *said = fh_heat_map_get_focus_text (heat_map);
  int              r, c;

  fh_heat_map_get_focus_cell (heat_map, &r, &c);
  g_assert_cmpint (r, ==, row);
  g_assert_cmpint (c, ==, column);
  g_assert_cmpstr (said, ==, expected);
}

static void
test_heat_map (Fixture *f, gconstpointer data)
{
  FhPortfolio     *portfolio;
  FhHeatMap       *heat_map;
  g_autofree char *first = NULL;

  open_window (f, f->dir);
  portfolio = fh_portfolio_window_get_portfolio (f->window);
  g_assert_nonnull (portfolio);
  g_assert_cmpuint (fh_portfolio_get_n_rows (portfolio), ==, 2);
  heat_map = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "heat_map");
  g_assert_true (fh_test_has_width (heat_map));

  /* Row by row, cell by cell, from the overall stage. */
  gtk_widget_grab_focus (GTK_WIDGET (heat_map));
  assert_focus (heat_map, portfolio, 0, -1);
  first = fh_heat_map_describe_cell (portfolio, 0, -1);
  g_assert_true (g_str_has_prefix (first, "Payments, Overall stage: "));
  press (GTK_WIDGET (heat_map), GDK_KEY_Right);
  assert_focus (heat_map, portfolio, 0, 0);
  press (GTK_WIDGET (heat_map), GDK_KEY_Down);
  assert_focus (heat_map, portfolio, 1, 0);
  press (GTK_WIDGET (heat_map), GDK_KEY_Down); /* stays on the last row */
  assert_focus (heat_map, portfolio, 1, 0);
  press (GTK_WIDGET (heat_map), GDK_KEY_End);
  assert_focus (heat_map, portfolio, 1, 13);
  {
    g_autofree char *last = fh_heat_map_get_focus_text (heat_map);

    g_assert_true (g_str_has_prefix (last, "Search, Implementation strategy: "));
  }
  press (GTK_WIDGET (heat_map), GDK_KEY_Home);
  assert_focus (heat_map, portfolio, 1, -1);
}

static void
test_views (Fixture *f, gconstpointer data)
{
  FhPortfolio       *portfolio;
  GtkColumnView     *table;
  GtkListView       *skipped, *shared_gaps, *shared_options;
  AdwViewStack      *stack;
  AdwViewStackPage  *skipped_page;
  GtkSelectionModel *selection;
  g_autoptr (GtkStringObject) reason = NULL;

  open_window (f, f->dir);
  portfolio = fh_portfolio_window_get_portfolio (f->window);
  table = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "table");
  skipped = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "skipped");
  shared_gaps = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "shared_gaps");
  shared_options = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "shared_options");
  stack = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "view_stack");
  skipped_page = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "skipped_page");

  /* The table equivalent: team, six figures, fourteen capabilities; a row per team. */
  adw_view_stack_set_visible_child_name (stack, "table");
  fh_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (table)), ==, 21);
  selection = gtk_column_view_get_model (table);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 2);

  /* The radar follows the selection. */
  gtk_selection_model_select_item (selection, 1, TRUE);
  adw_view_stack_set_visible_child_name (stack, "radar");
  fh_test_drain ();

  /* Two copies of one plan share every open gap and option. */
  adw_view_stack_set_visible_child_name (stack, "standardise");
  fh_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (shared_gaps))),
                    ==, fh_portfolio_get_shared_gaps (portfolio)->len);
  g_assert_cmpuint (fh_portfolio_get_shared_gaps (portfolio)->len, >, 0);
  g_assert_cmpuint (
    g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (shared_options))), ==,
    fh_portfolio_get_shared_options (portfolio)->len);

  adw_view_stack_set_visible_child_name (stack, "skipped");
  fh_test_drain ();
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (skipped_page), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (skipped))), ==,
                    1);
  reason = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (skipped)), 0);
  g_assert_true (g_str_has_prefix (gtk_string_object_get_string (reason), "junk.json: "));
}

static void
test_error (Fixture *f, gconstpointer data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", NULL);
  GtkStack        *state;
  AdwStatusPage   *error_page;

  open_window (f, missing);
  g_assert_null (fh_portfolio_window_get_portfolio (f->window));
  state = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "state_stack");
  error_page = fh_test_template_child (f->window, FH_TYPE_PORTFOLIO_WINDOW, "error_page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (state), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), "does not exist"));
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/portfolio-window/heat-map", Fixture, NULL, fixture_set_up, test_heat_map,
              fixture_tear_down);
  g_test_add ("/portfolio-window/views", Fixture, NULL, fixture_set_up, test_views,
              fixture_tear_down);
  g_test_add ("/portfolio-window/error", Fixture, NULL, fixture_set_up, test_error,
              fixture_tear_down);

  return g_test_run ();
}
