/* test-option-widgets.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-cost-line-row.h"
#include "fh-cost-line.h"
#include "fh-money.h"
#include "fh-option-card.h"
#include "fh-option-editor.h"
#include "fh-option.h"
#include "fh-options-page.h"
#include "fh-plan-info.h"
#include "fh-record-form.h"
#include "fh-store.h"
#include "fh-tco.h"
#include "fh-test-ui.h"

/* The Options page's parts on their own: a cost line's row and an option's card,
 * each on a plan the test makes. */

typedef struct
{
  FhStore   *store;
  FhOption  *option; /* the store's */
  GtkWindow *window;
  GtkWidget *widget; /* the part under test, shown in @window */
} Fixture;

static void
show (Fixture *f, GtkWidget *widget)
{
  f->widget = g_object_ref (widget);
  gtk_window_set_child (f->window, widget);
  gtk_window_present (f->window);
  fh_test_wait_mapped (widget);
}

static FhCostLine *
add_line (Fixture *f, gint64 amount)
{
  g_autoptr (FhCostLine) line = fh_cost_line_new (fh_option_get_id (f->option));
  g_autoptr (GError) error = NULL;

  g_object_set (line, "amount", amount, NULL);
  g_assert_true (fh_store_add (f->store, line, &error));
  g_assert_no_error (error);

  return fh_store_lookup (f->store, FH_COLLECTION_COST_LINES, fh_cost_line_get_id (line));
}

static void
set_up (Fixture *f, gconstpointer data)
{
  const char *currency = data;
  g_autoptr (FhOption) option = fh_option_new ("registry", "MLflow Model Registry");
  g_autoptr (GError) error = NULL;

  f->store = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  if (currency != NULL)
    g_assert_true (
      fh_store_set (f->store, fh_store_get_info (f->store), &error, "currency", currency, NULL));
  g_assert_true (fh_store_add (f->store, option, &error));
  g_assert_no_error (error);
  f->option = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (option));
  g_assert_nonnull (f->option);

  f->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (f->window);
  gtk_window_set_default_size (f->window, 1040, 300);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  GtkWindow *window = g_steal_pointer (&f->window);

  fh_test_window_close (window);
  if (f->widget != NULL)
    g_assert_finalize_object (f->widget);
  g_assert_finalize_object (f->store);
}

static gpointer
row_child (GtkWidget *row, const char *name)
{
  return fh_test_template_child (row, FH_TYPE_COST_LINE_ROW, name);
}

static GtkLabel *
row_errors (GtkWidget *row)
{
  return fh_test_template_child (row_child (row, "form"), FH_TYPE_RECORD_FORM, "errors");
}

/* Esc on a key controller of @widget, as a key press delivers it. */
static gboolean
press_escape (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }

  return handled;
}

/* Two refused values in one card: both reasons show, one a line. Leaving a refused
 * field, or Esc, brings back the plan's value and keeps the reason in view. */
static void
test_line_two_errors (Fixture *f, gconstpointer data)
{
  FhCostLine *line = add_line (f, 45000);
  GtkWidget  *row = fh_cost_line_row_new (f->store, line);
  GtkWidget  *amount;
  GtkWidget  *growth;
  GtkLabel   *errors;
  const char *text;

  show (f, row);
  amount = row_child (row, "amount");
  growth = row_child (row, "growth");
  errors = row_errors (row);

  fh_test_type_into (amount, "abc");
  g_assert_true (gtk_widget_has_css_class (amount, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "abc");

  /* Into the next field: the amount goes back to what the plan holds. */
  fh_test_type_into (growth, "-500");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "450.00");
  g_assert_false (gtk_widget_has_css_class (amount, "error"));
  g_assert_true (gtk_widget_has_css_class (growth, "error"));
  text = gtk_label_get_text (errors);
  g_assert_true (g_str_has_prefix (text, "Amount: “abc” is not an amount. Type a number such as "
                                         "1,250.50."));
  g_assert_nonnull (strchr (text, '\n'));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (errors)));

  /* Esc brings the growth back; both reasons stay until the next edit. */
  g_assert_true (press_escape (growth));
  g_assert_false (gtk_widget_has_css_class (growth, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (growth)), ==, "0");
  g_assert_nonnull (strstr (gtk_label_get_text (errors), "\n"));
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 45000);

  /* Esc with nothing typed is not the field's: it goes on to the window. */
  g_assert_false (press_escape (growth));

  /* A good amount clears its own reason and leaves the other. */
  fh_test_type_into (amount, "500");
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 50000);
  g_assert_null (strstr (gtk_label_get_text (errors), "Amount"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (errors)));
}

static void
test_line_refuses (Fixture *f, gconstpointer data)
{
  static const char *const bad[] = { "-5", "abc", "12.345" };
  FhCostLine              *line = add_line (f, 45000);
  GtkWidget               *row = fh_cost_line_row_new (f->store, line);
  GtkWidget               *amount;
  GtkLabel                *errors;

  show (f, row);
  amount = row_child (row, "amount");
  errors = row_errors (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "450.00");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (errors)));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("amount = “%s”", bad[i]);
      fh_test_type_into (amount, bad[i]);
      /* Refused at the field: the text stays, marked, the reason under the card. */
      g_assert_true (gtk_widget_has_css_class (amount, "error"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, bad[i]);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (errors)));
      g_assert_true (g_str_has_prefix (gtk_label_get_text (errors), "Amount: "));
      g_assert_cmpint (fh_cost_line_get_amount (line), ==, 45000);
    }
  g_assert_nonnull (strstr (gtk_label_get_text (errors), "2 decimal places"));

  /* A good value is taken, and the reason goes. */
  fh_test_type_into (amount, "12.5");
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 1250);
  g_assert_false (gtk_widget_has_css_class (amount, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (errors)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "12.50");

  /* What is typed around the words is not kept. */
  fh_test_type_into (row_child (row, "description"), "  Small tracking server  ");
  g_assert_cmpstr (fh_cost_line_get_description (line), ==, "Small tracking server");
}

static void
test_line_yen (Fixture *f, gconstpointer data)
{
  FhCostLine      *line = add_line (f, 1000000); /* yen: JPY has no minor unit */
  GtkWidget       *row = fh_cost_line_row_new (f->store, line);
  GtkWidget       *amount;
  FhTcoParams      params;
  gint64           total = 0;
  g_autofree char *money = NULL;
  g_autofree char *expected = NULL;

  show (f, row);
  amount = row_child (row, "amount");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "1,000,000");

  /* Sen do not exist: a decimal amount is refused. */
  fh_test_type_into (amount, "1500.50");
  g_assert_true (gtk_widget_has_css_class (amount, "error"));
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 1000000);

  fh_test_type_into (amount, "2000");
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 2000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "2,000");

  /* The line's total is core's, over the plan's horizon, in whole yen. */
  fh_cost_line_row_refresh (FH_COST_LINE_ROW (row));
  fh_tco_params_init (&params, fh_store_get_info (f->store));
  for (int year = 1; year <= params.horizon; year++)
    total += fh_tco_line_cost (line, &params, year);
  money = fh_money_format_whole (total, "JPY");
  expected = g_strdup_printf ("= %s", money);
  g_assert_cmpstr (gtk_label_get_text (row_child (row, "total")), ==, expected);
  g_assert_null (strchr (gtk_label_get_text (row_child (row, "total")), '.'));
}

static void
test_card_tco (Fixture *f, gconstpointer data)
{
  FhCostLine      *yearly = add_line (f, 10000);
  GtkWidget       *card;
  FhPlanModels     models;
  FhTco            tco;
  g_autofree char *money = NULL;
  GtkLabel        *detail;
  g_autoptr (GError) error = NULL;

  add_line (f, 120050);
  g_assert_true (fh_store_set (f->store, yearly, &error, "recurrence", FH_RECURRENCE_YEARLY, NULL));
  card = fh_option_card_new (f->store, f->option);
  show (f, card);

  fh_store_get_models (f->store, &models);
  fh_tco_compute_option (&tco, &models, fh_option_get_id (f->option));
  g_assert_cmpint (tco.total, ==, 3 * 10000 + 120050);
  g_assert_cmpint (fh_option_card_get_tco (FH_OPTION_CARD (card)), ==, tco.total);

  money = fh_money_format_whole (tco.total, "EUR");
  detail = GTK_LABEL (gtk_widget_get_template_child (card, FH_TYPE_OPTION_CARD, "detail"));
  g_assert_nonnull (strstr (gtk_label_get_text (detail), money));
  g_assert_cmpstr (money, ==, "1,501 EUR");

  /* Its standing comes from the decision: badges only when it has one. */
  fh_option_card_set_standing (FH_OPTION_CARD (card), 4.5, TRUE, FALSE);
  g_assert_nonnull (strstr (gtk_label_get_text (detail), "score 4.50"));
}

static void
test_page_presenting (Fixture *f, gconstpointer data)
{
  GtkWidget *page = fh_options_page_new ();
  GtkWidget *adder;

  g_object_set (page, "store", f->store, NULL);
  show (f, page);
  adder = GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, "adder"));
  g_assert_true (gtk_widget_get_visible (adder));

  /* The editing chrome follows the section's presenting property. */
  fh_section_set_presenting (FH_SECTION (page), TRUE);
  g_assert_false (gtk_widget_get_visible (adder));
  fh_section_set_presenting (FH_SECTION (page), FALSE);
  g_assert_true (gtk_widget_get_visible (adder));
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (page)), ==, "0");
}

/* The focus leaving a row as it goes commits nothing of what was being typed. */
static void
test_row_going (Fixture *f, gconstpointer data)
{
  FhCostLine *line = add_line (f, 45000);
  gint64      id = fh_cost_line_get_id (line);
  GtkWidget  *page = fh_options_page_new ();
  GtkWidget  *editor;
  GtkWidget  *lines;
  GtkWidget  *amount;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  g_autoptr (GError) error = NULL;

  g_object_set (page, "store", f->store, NULL);
  /* The page builds when shown; then the capability is chosen, as a user would. */
  show (f, page);
  fh_options_page_set_capability (FH_OPTIONS_PAGE (page), "registry");
  editor = GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, "editor"));
  lines = GTK_WIDGET (gtk_widget_get_template_child (editor, FH_TYPE_OPTION_EDITOR, "lines_box"));
  amount = row_child (gtk_widget_get_first_child (lines), "amount");
  gtk_widget_grab_focus (amount);
  gtk_editable_set_text (GTK_EDITABLE (amount), "999");

  g_assert_true (fh_store_remove (f->store, line, &error));
  g_assert_no_error (error);
  fh_test_drain ();
  g_assert_null (gtk_widget_get_first_child (lines));
  before = fh_store_export_json (f->store, NULL);

  /* One undo brings the line back as it was. */
  g_assert_true (fh_store_undo (f->store, NULL));
  line = fh_store_lookup (f->store, FH_COLLECTION_COST_LINES, id);
  g_assert_nonnull (line);
  g_assert_cmpint (fh_cost_line_get_amount (line), ==, 45000);
  g_assert_true (fh_store_redo (f->store, NULL));
  after = fh_store_export_json (f->store, NULL);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/option-widgets/line-refuses-bad-amount", Fixture, NULL, set_up,
              test_line_refuses, tear_down);
  g_test_add ("/foothold/option-widgets/line-two-errors", Fixture, NULL, set_up,
              test_line_two_errors, tear_down);
  g_test_add ("/foothold/option-widgets/line-in-yen", Fixture, "JPY", set_up, test_line_yen,
              tear_down);
  g_test_add ("/foothold/option-widgets/card-shows-tco", Fixture, NULL, set_up, test_card_tco,
              tear_down);

  g_test_add ("/foothold/option-widgets/row-going", Fixture, NULL, set_up, test_row_going,
              tear_down);
  g_test_add ("/foothold/option-widgets/page-presenting", Fixture, NULL, set_up,
              test_page_presenting, tear_down);

  return g_test_run ();
}
