/* test-scenarios-ui.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fh-option.h"
#include "fh-cost-line.h"
#include "fh-money.h"
#include "fh-plan-edits.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-scenario-switcher.h"
#include "fh-scenarios-page.h"
#include "fh-scenarios.h"
#include "fh-store.h"
#include "fh-test-ui.h"
#include "fh-window.h"

/* The Scenarios section and the header's switcher, in the window, as a facilitator
 * uses them: add a scenario, show it from the header, edit it, compare, undo, and
 * delete one after confirming. */

typedef struct
{
  FhStore  *store;
  FhWindow *window;
  FhOption *buy, *build;
} Fixture;

static GtkWidget *
scenarios_page (Fixture *f)
{
  GtkStack *stack = fh_test_template_child (f->window, FH_TYPE_WINDOW, "stack");

  return gtk_stack_get_child_by_name (stack, "scenarios");
}

static void
add (FhStore *store, gpointer record)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (fh_store_add (store, record, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhOption) buy = fh_option_new ("registry", "Buy");
  g_autoptr (FhOption) build = fh_option_new ("registry", "Build");
  g_autoptr (FhCostLine) licence = NULL;
  g_autoptr (FhCostLine) staff = NULL;
  g_autoptr (FhEdit) choose = NULL;
  FhPlanModels models;

  f->store = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  add (f->store, buy);
  add (f->store, build);
  licence = fh_cost_line_new (fh_option_get_id (buy));
  g_object_set (licence, "amount", (gint64)1000000, "recurrence", FH_RECURRENCE_YEARLY, NULL);
  add (f->store, licence);
  staff = fh_cost_line_new (fh_option_get_id (build));
  g_object_set (staff, "fte", 2.0, "loaded-cost", (gint64)5000000, NULL);
  add (f->store, staff);
  f->buy = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (buy));
  f->build = fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (build));
  fh_store_get_models (f->store, &models);
  choose = fh_edit_choose_option (&models, f->buy, "Fast");
  g_assert_true (fh_store_apply_edit (f->store, choose, &error));

  f->window = g_object_ref (g_object_new (FH_TYPE_WINDOW, "store", f->store, NULL));
  fh_window_set_section (f->window, "scenarios");
  gtk_window_present (GTK_WINDOW (f->window));
  fh_test_wait_for (fh_test_is_mapped, scenarios_page (f));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  fh_test_window_close (GTK_WINDOW (g_steal_pointer (&f->window)));
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0, n = g_list_model_get_n_items (toplevels); i < n; i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
respond (const char *response, const char *text)
{
  AdwMessageDialog *dialog;

  fh_test_drain ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  if (text != NULL)
    fh_test_type_into (adw_message_dialog_get_extra_child (dialog), text);
  /* As a button does: the response, then the dialog goes. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  fh_test_wait_destroyed ((gpointer *)&dialog);
  fh_test_drain ();
}

/* The text of the table's cell at @column, in the row whose first cell is @label. */
static const char *
table_cell (Fixture *f, const char *label, int column)
{
  GtkGrid *table = fh_test_template_child (scenarios_page (f), FH_TYPE_SCENARIOS_PAGE, "table");

  for (int row = 0; row < 200; row++)
    {
      GtkWidget *first = gtk_grid_get_child_at (table, 0, row);
      GtkWidget *cell;

      if (first == NULL && row > 0)
        break;
      if (first == NULL || g_strcmp0 (gtk_label_get_text (GTK_LABEL (first)), label) != 0)
        continue;
      cell = gtk_grid_get_child_at (table, column, row);
      return cell != NULL ? gtk_label_get_text (GTK_LABEL (cell)) : NULL;
    }
  return NULL;
}

static const char *
heading (Fixture *f, int column)
{
  GtkGrid   *table = fh_test_template_child (scenarios_page (f), FH_TYPE_SCENARIOS_PAGE, "table");
  GtkWidget *cell = gtk_grid_get_child_at (table, column, 0);

  return cell != NULL ? gtk_label_get_text (GTK_LABEL (cell)) : NULL;
}

static void
test_switch_and_compare (Fixture *f, gconstpointer data)
{
  GtkWidget          *page = scenarios_page (f);
  FhScenarioSwitcher *switcher =
    fh_test_template_child (f->window, FH_TYPE_WINDOW, "scenario_switcher");
  GtkDropDown     *dropdown = GTK_DROP_DOWN (gtk_widget_get_first_child (GTK_WIDGET (switcher)));
  GtkLabel        *badge = fh_test_template_child (f->window, FH_TYPE_WINDOW, "scenarios_count");
  g_autofree char *buy_total = fh_money_format_whole (3000000, "EUR");
  g_autofree char *build_total = fh_money_format_whole (30000000, "EUR");
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) choose = NULL;
  FhPlanModels models;

  fh_store_get_models (f->store, &models);
  /* One scenario, the plan itself: no switcher, one column. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_cmpstr (heading (f, 1), ==, "Base plan");
  g_assert_cmpstr (table_cell (f, "Total", 1), ==, buy_total);

  /* A name that is empty is refused with a toast and changes nothing. */
  gtk_widget_activate_action (page, "scenarios.new", NULL);
  respond ("ok", "   ");
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 0);

  gtk_widget_activate_action (page, "scenarios.new", NULL);
  respond ("ok", "Build-heavy");
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_cmpstr (gtk_label_get_text (badge), ==, "2");
  g_assert_cmpstr (heading (f, 2), ==, "Build-heavy");

  /* Shown from the header's drop-down: one undo step. */
  gtk_drop_down_set_selected (dropdown, 1);
  fh_test_drain ();
  g_assert_cmpstr (fh_store_get_undo_label (f->store), ==, "Show scenario");
  {
    g_autoptr (FhScenario) second =
      g_list_model_get_item (fh_store_get_model (f->store, FH_COLLECTION_SCENARIOS), 1);

    g_assert_cmpint (fh_scenarios_shown (&models), ==, fh_scenario_get_id (second));
  }

  /* Choosing an option edits the scenario shown; the base plan keeps its own. */
  choose = fh_edit_choose_option (&models, f->build, "Control");
  g_assert_true (fh_store_apply_edit (f->store, choose, &error));
  fh_test_drain ();
  g_assert_cmpstr (table_cell (f, "Total", 1), ==, buy_total);
  g_assert_cmpstr (table_cell (f, "Total", 2), ==, build_total);
  g_assert_cmpstr (table_cell (f, "Year 1", 2), !=, NULL);

  /* Undo twice: the choice, then the switch; the drop-down follows. */
  g_assert_true (fh_store_undo (f->store, &error));
  g_assert_true (fh_store_undo (f->store, &error));
  fh_test_drain ();
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_true (fh_option_get_chosen (f->buy));
  g_assert_false (fh_option_get_chosen (f->build));

  /* Delete asks first; Cancel keeps the scenario, Delete removes it. */
  fh_scenarios_page_select (FH_SCENARIOS_PAGE (page), 1);
  gtk_widget_activate_action (page, "scenarios.delete", NULL);
  respond ("cancel", NULL);
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 2);
  fh_scenarios_page_select (FH_SCENARIOS_PAGE (page), 1);
  gtk_widget_activate_action (page, "scenarios.delete", NULL);
  respond ("delete", NULL);
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_null (heading (f, 2));

  /* Undo brings it back, and the drop-down moving with the list changes nothing more:
   * the delete is still the step to redo. */
  g_assert_true (fh_store_undo (f->store, &error));
  fh_test_drain ();
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 2);
  g_assert_cmpstr (fh_store_get_redo_label (f->store), ==, "Delete scenario");
  g_assert_cmpstr (heading (f, 2), ==, "Build-heavy");

  /* The same for the shown scenario, first in the list: deleting it shows the other,
   * and undoing puts it back in front, shown, with nothing applied on the way. */
  fh_scenarios_page_select (FH_SCENARIOS_PAGE (page), 0);
  gtk_widget_activate_action (page, "scenarios.delete", NULL);
  respond ("delete", NULL);
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 1);
  g_assert_true (fh_option_get_chosen (f->buy));
  g_assert_true (fh_store_undo (f->store, &error));
  fh_test_drain ();
  g_assert_cmpstr (fh_store_get_redo_label (f->store), ==, "Delete scenario");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  {
    g_autoptr (FhScenario) first =
      g_list_model_get_item (fh_store_get_model (f->store, FH_COLLECTION_SCENARIOS), 0);

    g_assert_true (fh_scenario_get_shown (first));
  }

  /* An edit made elsewhere shows when the section is shown again. */
  fh_window_set_section (f->window, "options");
  fh_test_drain ();
  g_clear_object (&choose);
  choose = fh_edit_choose_option (&models, f->build, "Control");
  g_assert_true (fh_store_apply_edit (f->store, choose, &error));
  fh_test_drain ();
  fh_window_set_section (f->window, "scenarios");
  fh_test_wait_for (fh_test_is_mapped, page);
  g_assert_cmpstr (table_cell (f, "Total", 1), ==, build_total);
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);
  /* A message dialog destroyed while it still animates in takes libadwaita 1.2 down
   * with it; the dialogs here open and close at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/foothold/scenarios-ui/switch-and-compare", Fixture, NULL, fixture_set_up,
              test_switch_and_compare, fixture_tear_down);

  return g_test_run ();
}
