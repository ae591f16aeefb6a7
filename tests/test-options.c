/* test-options.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-option.h"
#include "fh-option-adder.h"
#include "fh-options-comparison.h"
#include "fh-options-page.h"
#include "fh-options-settings.h"
#include "fh-options-what-if.h"
#include "fh-plan-info.h"
#include "fh-store.h"
#include "fh-tco.h"
#include "fh-test-ui.h"

typedef struct
{
  FhStore       *store;
  GtkWindow     *window;
  FhOptionsPage *page;
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = data != NULL ? fh_store_new_demo (NULL, &error) : fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);

  f->page = FH_OPTIONS_PAGE (fh_options_page_new ());
  /* The content area of a 1280-pixel window beside the 240-pixel sidebar. */
  f->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (f->window);
  gtk_window_set_default_size (f->window, 1040, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  g_object_set (f->page, "store", f->store, NULL);
  gtk_window_present (f->window);
  fh_test_wait_mapped (GTK_WIDGET (f->page));
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  GtkWindow     *window = g_steal_pointer (&f->window);
  FhOptionsPage *page = f->page;

  g_object_ref (page);
  fh_test_window_close (window);
  g_assert_finalize_object (page);
  g_assert_finalize_object (f->store);
}

/* A template child of the page, or of its parts (comparison, what-if, settings, adder). */
static gpointer
child (Fixture *f, const char *name)
{
  GtkWidget *page = GTK_WIDGET (f->page);
  GObject   *object = gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, name);

  if (object == NULL)
    object = gtk_widget_get_template_child (
      GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, "comparison")),
      FH_TYPE_OPTIONS_COMPARISON, name);
  if (object == NULL)
    object = gtk_widget_get_template_child (
      GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, "settings")),
      FH_TYPE_OPTIONS_SETTINGS, name);
  if (object == NULL)
    object = gtk_widget_get_template_child (
      GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, "adder")),
      FH_TYPE_OPTION_ADDER, name);
  if (object == NULL)
    object = gtk_widget_get_template_child (
      GTK_WIDGET (gtk_widget_get_template_child (
        GTK_WIDGET (gtk_widget_get_template_child (page, FH_TYPE_OPTIONS_PAGE, "comparison")),
        FH_TYPE_OPTIONS_COMPARISON, "what_if")),
      FH_TYPE_OPTIONS_WHAT_IF, name);
  g_assert_nonnull (object);
  return object;
}

/* The @n-th (0-based) widget named @name under @root, in tree order. */
static GtkWidget *
find_named (GtkWidget *root, const char *name, int *n)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0 && (*n)-- == 0)
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
editor_widget (Fixture *f, const char *name, int n)
{
  GtkWidget *widget = find_named (child (f, "editor_box"), name, &n);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
focused_entry (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_nonnull (focus);
  /* The focus sits in the entry's text widget. */
  return GTK_IS_ENTRY (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
}

static GtkWidget *
find_class (GtkWidget *root, const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_class (c, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
tco_text (Fixture *f)
{
  GtkWidget *label = find_class (child (f, "editor_box"), "options-tco");

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static FhOption *
option_named (Fixture *f, const char *name)
{
  GListModel *options = fh_store_get_model (f->store, FH_COLLECTION_OPTIONS);

  for (guint i = 0; i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);

      if (g_strcmp0 (fh_option_get_name (option), name) == 0)
        return fh_store_lookup (f->store, FH_COLLECTION_OPTIONS, fh_option_get_id (option));
    }

  return NULL;
}

static void
test_add_by_keyboard (Fixture *f, gconstpointer data)
{
  GtkWidget   *add_entry = child (f, "add_entry");
  GtkWidget   *amount;
  FhOption    *option;
  FhPlanModels models;
  FhTco        tco;

  fh_options_page_set_capability (f->page, "registry");
  g_assert_true (gtk_widget_get_visible (child (f, "no_options_label")));

  /* Name the option, Enter. */
  fh_test_type_into (add_entry, "MLflow Model Registry");
  option = option_named (f, "MLflow Model Registry");
  g_assert_nonnull (option);
  g_assert_cmpstr (fh_option_get_capability (option), ==, "registry");
  g_assert_cmpint (fh_options_page_get_option (f->page), ==, fh_option_get_id (option));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_entry)), ==, "");
  g_assert_cmpstr (tco_text (f), ==, "Total cost of ownership over 3 years: 0.00 EUR");

  /* Ctrl+L adds a line and puts the focus in its amount: 1200.00 once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "options.add-line", NULL));
  fh_test_drain ();
  amount = focused_entry (f);
  g_assert_cmpstr (gtk_widget_get_name (amount), ==, "amount");
  fh_test_type_into (amount, "1200");
  g_assert_cmpstr (tco_text (f), ==, "Total cost of ownership over 3 years: 1,200.00 EUR");

  /* A second line: 100.00 a year from year 1, three years. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "options.add-line", NULL));
  fh_test_drain ();
  amount = focused_entry (f);
  g_assert_true (amount == editor_widget (f, "amount", 1));
  fh_test_type_into (amount, "100");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (editor_widget (f, "recurrence", 1)),
                              FH_RECURRENCE_YEARLY);
  fh_test_drain ();
  g_assert_cmpstr (tco_text (f), ==, "Total cost of ownership over 3 years: 1,500.00 EUR");

  fh_store_get_models (f->store, &models);
  fh_tco_compute_option (&tco, &models, fh_option_get_id (option));
  g_assert_cmpuint (tco.n_lines, ==, 2);
  g_assert_cmpint (tco.total, ==, 150000);

  /* Growth on the second line: 100 + 110 + 121 = 331 → 1531.00 */
  fh_test_type_into (editor_widget (f, "growth", 1), "10");
  g_assert_cmpstr (tco_text (f), ==, "Total cost of ownership over 3 years: 1,531.00 EUR");

  /* Undo goes back one field at a time. */
  g_assert_true (fh_store_undo (f->store, NULL));
  fh_test_drain ();
  g_assert_cmpstr (tco_text (f), ==, "Total cost of ownership over 3 years: 1,500.00 EUR");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_widget (f, "growth", 1))), ==, "0");
}

typedef struct
{
  const char *field;
  const char *text;
} BadInput;

static void
test_refuse_bad_input (Fixture *f, gconstpointer data)
{
  static const BadInput bad[] = {
    { "amount", "-5" },     { "amount", "abc" },    { "amount", "10000000000.01" },
    { "amount", "12.345" }, { "growth", "-100.5" }, { "growth", "1001" },
    { "growth", "ten" },    { "first-year", "11" }, { "first-year", "1.5" },
    { "fte", "-1" },        { "fte", "1001" },
  };
  FhOption *option;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;

  fh_options_page_set_capability (f->page, "experimentation");
  option = option_named (f, "Self-hosted MLflow");
  fh_options_page_set_option (f->page, fh_option_get_id (option));
  before = fh_store_export_json (f->store, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GtkWidget *entry = editor_widget (f, bad[i].field, 0);

      g_test_message ("%s = “%s”", bad[i].field, bad[i].text);
      fh_test_type_into (entry, bad[i].text);
      g_assert_true (gtk_widget_has_css_class (entry, "error"));
      /* The refused text stays, with its reason shown. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, bad[i].text);
      g_assert_nonnull (gtk_widget_get_tooltip_text (entry));
      /* A valid value clears the mark (0 FTE keeps the line as it is). */
      fh_test_type_into (entry, g_str_equal (bad[i].field, "fte") ? "0" : "7");
      g_assert_false (gtk_widget_has_css_class (entry, "error"));
      if (!g_str_equal (bad[i].field, "fte"))
        g_assert_true (fh_store_undo (f->store, NULL));
    }

  after = fh_store_export_json (f->store, NULL);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_refuse_settings (Fixture *f, gconstpointer data)
{
  static const BadInput bad[] = {
    { "horizon-years", "0" },     { "horizon-years", "11" },
    { "horizon-years", "three" }, { "discount-rate", "-1" },
    { "fte-cost", "-90000" },     { "fte-cost", "90,000.125" }, /* more decimals than EUR has */
    { "currency", "euro" },
  };
  GtkWidget  *criteria = child (f, "criteria_grid");
  GtkWidget  *settings = child (f, "settings_grid");
  FhPlanInfo *info = fh_store_get_info (f->store);
  GListModel *model = fh_store_get_model (f->store, FH_COLLECTION_CRITERIA);
  guint       n_criteria = g_list_model_get_n_items (model);
  GtkWidget  *entry;
  int         n;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      n = 0;
      entry = find_named (settings, bad[i].field, &n);
      g_assert_nonnull (entry);
      fh_test_type_into (entry, bad[i].text);
      g_assert_true (gtk_widget_has_css_class (entry, "error"));
    }
  g_assert_cmpint (fh_plan_info_get_horizon_years (info), ==, 3);
  g_assert_cmpstr (fh_plan_info_get_currency (info), ==, "EUR");

  n = 0;
  fh_test_type_into (find_named (settings, "horizon-years", &n), "5");
  g_assert_cmpint (fh_plan_info_get_horizon_years (info), ==, 5);

  /* Weights: every one can go to 0 but the last. */
  for (guint i = 0; i < n_criteria; i++)
    {
      n = i;
      entry = find_named (criteria, "weight", &n);
      g_assert_nonnull (entry);
      fh_test_type_into (entry, "0");
      g_assert_cmpint (gtk_widget_has_css_class (entry, "error"), ==, i == n_criteria - 1);
    }
  {
    double sum = 0;

    for (guint i = 0; i < n_criteria; i++)
      {
        g_autoptr (FhCriterion) criterion = g_list_model_get_item (model, i);

        sum += fh_criterion_get_weight (criterion);
      }
    g_assert_cmpfloat (sum, >, 0);
  }
}

static void
test_choose (Fixture *f, gconstpointer data)
{
  FhOption    *packaged = option_named (f, "SageMaker managed MLflow");
  FhOption    *custom = option_named (f, "Self-hosted MLflow");
  GtkTextView *rationale;

  g_assert_true (fh_option_get_chosen (packaged));
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), ==, "1");
  fh_options_page_set_capability (f->page, "experimentation");
  fh_options_page_set_option (f->page, fh_option_get_id (custom));

  /* Without a rationale, nothing happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "options.choose", NULL));
  g_assert_false (fh_option_get_chosen (option_named (f, "Self-hosted MLflow")));

  rationale = GTK_TEXT_VIEW (editor_widget (f, "rationale", 0));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (rationale), "Keeps the data in-house.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "options.choose", NULL));
  g_assert_true (fh_option_get_chosen (option_named (f, "Self-hosted MLflow")));
  g_assert_false (fh_option_get_chosen (option_named (f, "SageMaker managed MLflow")));
  g_assert_cmpstr (fh_option_get_rationale (option_named (f, "Self-hosted MLflow")), ==,
                   "Keeps the data in-house.");
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), ==, "1");

  /* One undo restores the earlier choice. */
  g_assert_true (fh_store_undo (f->store, NULL));
  g_assert_true (fh_option_get_chosen (option_named (f, "SageMaker managed MLflow")));
  g_assert_false (fh_option_get_chosen (option_named (f, "Self-hosted MLflow")));

  /* Unmarking leaves no capability chosen. */
  fh_options_page_set_option (f->page,
                              fh_option_get_id (option_named (f, "SageMaker managed MLflow")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "options.choose", NULL));
  g_assert_cmpstr (fh_section_get_badge (FH_SECTION (f->page)), ==, "0");
}

static void
test_example (Fixture *f, gconstpointer data)
{
  GtkListBox    *list = child (f, "examples_list");
  GtkListBoxRow *row = NULL;
  FhOption      *option;

  fh_options_page_set_capability (f->page, "pipelines");
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkWidget *box = gtk_list_box_row_get_child (row);

      if (g_str_equal (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box))),
                       "Kubeflow Pipelines (Custom)"))
        break;
    }
  g_assert_nonnull (row);

  /* Click one: "Add an Example", click two: the row. */
  g_signal_emit_by_name (list, "row-activated", row);
  option = option_named (f, "Kubeflow Pipelines");
  g_assert_nonnull (option);
  g_assert_cmpint (fh_option_get_kind (option), ==, FH_OPTION_KIND_CUSTOM);
  g_assert_cmpstr (fh_option_get_capability (option), ==, "pipelines");
  g_assert_cmpint (fh_options_page_get_option (f->page), ==, fh_option_get_id (option));
}

static int
count_class (GtkWidget *root, const char *css_class)
{
  int n = gtk_widget_has_css_class (root, css_class);

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += count_class (c, css_class);

  return n;
}

static void
test_compare (Fixture *f, gconstpointer data)
{
  GtkGrid   *grid = child (f, "compare_grid");
  GtkLabel  *sensitivity = child (f, "sensitivity_label");
  GtkWidget *cell;
  int        min_width;

  fh_options_page_set_capability (f->page, "experimentation");

  /* Header row: the three options in their columns. */
  cell = gtk_grid_get_child_at (grid, 3, 0);
  g_assert_nonnull (cell);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (cell)),
                                   "MLflow on managed database and storage"));
  g_assert_null (gtk_grid_get_child_at (grid, 4, 0));
  /* Every row has a best cell; weighted total last. */
  g_assert_cmpint (count_class (GTK_WIDGET (grid), "compare-best"), >=, 8 + 4);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (sensitivity)), "“"));

  /* The horizon as the input. */
  gtk_drop_down_set_selected (child (f, "sensitivity_dropdown"), 1);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (sensitivity)), "year"));

  /* Nothing needs horizontal scrolling beside the sidebar at 1280 pixels. */
  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL,
                      NULL);
  g_assert_cmpint (min_width, <=, 1040);
}

int
main (int argc, char *argv[])
{
  fh_test_ui_init (&argc, &argv);

  g_test_add ("/foothold/options/add-by-keyboard", Fixture, NULL, set_up, test_add_by_keyboard,
              tear_down);
  g_test_add ("/foothold/options/refuse-bad-input", Fixture, "demo", set_up, test_refuse_bad_input,
              tear_down);
  g_test_add ("/foothold/options/refuse-settings", Fixture, "demo", set_up, test_refuse_settings,
              tear_down);
  g_test_add ("/foothold/options/choose", Fixture, "demo", set_up, test_choose, tear_down);
  g_test_add ("/foothold/options/example", Fixture, NULL, set_up, test_example, tear_down);
  g_test_add ("/foothold/options/compare", Fixture, "demo", set_up, test_compare, tear_down);

  return g_test_run ();
}
