/* test-value-widgets.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-funding-view.h"
#include "fh-model.h"
#include "fh-option-shares.h"
#include "fh-option.h"
#include "fh-quarter.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-use-case-needs.h"
#include "fh-use-case.h"

/* A use case's needs and the funding view, on the demo plan: what they show is what
 * the core computes (tests/test-value.c checks those figures by hand). */

typedef struct
{
  FhStore   *store;
  GtkWindow *window;
  GtkWidget *widget;
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = fh_store_new_demo (NULL, &error);
  g_assert_no_error (error);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  GtkWindow *window = g_steal_pointer (&f->window);

  fh_test_window_close (window);
  g_assert_finalize_object (f->widget);
  g_assert_finalize_object (f->store);
}

static void
show (Fixture *f, GtkWidget *widget)
{
  f->widget = g_object_ref (widget);
  f->window = fh_test_window_new (widget, 900, 700);
  fh_test_wait_mapped (widget);
}

static GtkWidget *
find (GtkWidget *widget, GType type, const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, type, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
n_models (Fixture *f, gint64 use_case)
{
  GListModel *models = fh_store_get_model (f->store, FH_COLLECTION_MODELS);
  guint       n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr (FhModel) model = g_list_model_get_item (models, i);

      n += fh_model_get_use_case (model) == use_case;
    }
  return n;
}

static void
test_needs (Fixture *f, gconstpointer data)
{
  FhUseCaseNeeds *needs = FH_USE_CASE_NEEDS (fh_use_case_needs_new ());
  FhUseCase      *depot = fh_store_lookup (f->store, FH_COLLECTION_USE_CASES, 2);
  GtkWidget      *entry;
  g_autoptr (GError) error = NULL;

  show (f, GTK_WIDGET (needs));
  fh_use_case_needs_set_use_case (needs, f->store, 2);
  /* batch, by hand, three pipelines: eight capabilities; the last (pipelines) ends 2027-Q4 */
  g_assert_cmpuint (fh_use_case_needs_get_n_needs (needs), ==, 8);
  g_assert_cmpstr (fh_use_case_needs_get_status_text (needs), ==,
                   "Blocked until 2028-Q1, when the roadmap reaches what it needs.");

  /* A go-live quarter before then is said at once; a bad one is refused and changes
   * nothing. */
  entry = find (GTK_WIDGET (needs), GTK_TYPE_ENTRY, NULL);
  fh_test_type_into (entry, "2027-Q4");
  g_assert_cmpint (fh_use_case_get_go_live_quarter (depot), ==, fh_quarter_make (2027, 4));
  g_assert_nonnull (
    strstr (fh_use_case_needs_get_status_text (needs), "It cannot go live in 2027-Q4 as planned."));
  fh_test_type_into (entry, "next spring");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (fh_use_case_get_go_live_quarter (depot), ==, fh_quarter_make (2027, 4));
  fh_test_type_into (entry, "");
  g_assert_cmpint (fh_use_case_get_go_live_quarter (depot), ==, 0);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  /* An online model raises what it needs: deployment must be Reliable, which no item
   * reaches. */
  g_assert_cmpuint (n_models (f, 2), ==, 1);
  g_signal_emit_by_name (find (GTK_WIDGET (needs), GTK_TYPE_BUTTON, "Add Model"), "clicked");
  fh_test_drain ();
  g_assert_cmpuint (n_models (f, 2), ==, 2);
  {
    GListModel *models = fh_store_get_model (f->store, FH_COLLECTION_MODELS);
    g_autoptr (FhModel) added =
      g_list_model_get_item (models, g_list_model_get_n_items (models) - 1);

    g_assert_true (fh_store_set (f->store, added, &error, "serving", FH_SERVING_MODE_ONLINE, NULL));
    g_assert_no_error (error);
  }
  fh_test_drain ();
  g_assert_cmpstr (fh_use_case_needs_get_status_text (needs), ==,
                   "Blocked: the roadmap does not reach every stage it needs.");
  g_assert_true (fh_store_undo (f->store, &error));
  g_assert_true (fh_store_undo (f->store, &error));
  fh_test_drain ();
  g_assert_cmpuint (n_models (f, 2), ==, 1);
  g_assert_cmpstr (fh_use_case_needs_get_status_text (needs), ==,
                   "Blocked until 2028-Q1, when the roadmap reaches what it needs.");

  /* A use case without models needs nothing yet and says so. */
  fh_use_case_needs_set_use_case (needs, f->store, 3);
  g_assert_cmpuint (fh_use_case_needs_get_n_needs (needs), ==, 0);
  g_assert_cmpstr (fh_use_case_needs_get_status_text (needs), ==,
                   "Nothing to go live with yet: it names no model.");
}

static void
assert_cell (FhFundingView *view, gboolean options, int row, int column, const char *text)
{
  g_autofree char *cell = fh_funding_view_get_cell (view, options, row, column);

  g_assert_cmpstr (cell, ==, text);
}

static void
test_funding (Fixture *f, gconstpointer data)
{
  FhFundingView *view = FH_FUNDING_VIEW (fh_funding_view_new ());
  FhUseCase     *depot = fh_store_lookup (f->store, FH_COLLECTION_USE_CASES, 2);
  g_autoptr (GError) error = NULL;

  show (f, GTK_WIDGET (view));
  fh_funding_view_set_store (view, f->store);

  /* Depot staffing goes live in 2028-Q1: 600 h × 1,500.00 = 900,000 a year, low
   * confidence ±50 %: 450,000 – 1,350,000, a quarter of it per quarter. */
  assert_cell (view, FALSE, 0, 0, "Quarter");
  assert_cell (view, FALSE, 0, 4, "Running value");
  assert_cell (view, FALSE, 0, 5, "Goes live");
  assert_cell (view, FALSE, 5, 0, "2028-Q1");
  assert_cell (view, FALSE, 4, 2, "0 EUR");
  assert_cell (view, FALSE, 5, 2, "110,000 EUR – 340,000 EUR");
  assert_cell (view, FALSE, 5, 5, "1 use case, 450,000 EUR – 1,400,000 EUR a year");
  assert_cell (view, FALSE, 12, 4, "900,000 EUR – 2,700,000 EUR");
  g_assert_null (fh_funding_view_get_cell (view, FALSE, 13, 0));
  assert_cell (view, TRUE, 1, 0, "SageMaker managed MLflow");
  assert_cell (view, TRUE, 1, 4, "ROI 53 % to 358 %");
  assert_cell (view, TRUE, 1, 5, "Year 2");

  /* The view follows the plan: a later go-live quarter moves the value. */
  g_assert_true (
    fh_store_set (f->store, depot, &error, "go-live-quarter", fh_quarter_make (2028, 3), NULL));
  g_assert_no_error (error);
  fh_test_drain ();
  assert_cell (view, FALSE, 5, 2, "0 EUR");
  assert_cell (view, FALSE, 7, 5, "1 use case, 450,000 EUR – 1,400,000 EUR a year");
}

static void
test_shares (Fixture *f, gconstpointer data)
{
  FhOptionShares *shares = FH_OPTION_SHARES (fh_option_shares_new ());
  FhOption       *option = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, 1);
  GListModel     *list = fh_store_get_model (f->store, FH_COLLECTION_OPTION_SHARES);
  GtkWidget      *registry;
  g_autoptr (GError) error = NULL;

  show (f, GTK_WIDGET (shares));
  fh_option_shares_set_option (shares, f->store, option);
  /* every capability but its own (experimentation) */
  g_assert_null (fh_option_shares_get_check (shares, "experimentation"));
  registry = fh_option_shares_get_check (shares, "registry");
  g_assert_nonnull (registry);
  g_assert_cmpstr (fh_option_shares_get_summary (shares), ==, "It serves its own capability only.");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (registry), TRUE);
  fh_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  /* the same button stays, so the focus does */
  g_assert_true (fh_option_shares_get_check (shares, "registry") == registry);
  g_assert_true (g_str_has_prefix (fh_option_shares_get_summary (shares),
                                   "It serves 2 capabilities: its cost counts once"));

  g_assert_true (fh_store_undo (f->store, &error));
  fh_test_drain ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (registry)));
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/value-widgets/needs", Fixture, NULL, set_up, test_needs, tear_down);
  g_test_add ("/foothold/value-widgets/shares", Fixture, NULL, set_up, test_shares, tear_down);
  g_test_add ("/foothold/value-widgets/funding", Fixture, NULL, set_up, test_funding, tear_down);

  return g_test_run ();
}
