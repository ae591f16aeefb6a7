/* test-scenarios.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fh-test-util.h"
#include "foothold-core.h"
#include "fh-scenario-compare.h"
#include "fh-scenario-item.h"
#include "fh-scenarios.h"
#include "fh-render-scenario-chart.h"
#include "fh-store.h"

/* Scenarios: showing one is one undo step, edits land in the one shown, the others
 * keep theirs, and the comparison's figures are the TCO model's and the rules'. */

typedef struct
{
  FhStore       *store;
  FhOption      *buy, *build;
  FhRoadmapItem *item;
} Plan;

/* Applies @edit and frees it. */
static void
apply (FhStore *store, FhEdit *edit)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) owned = edit;

  g_assert_nonnull (owned);
  g_assert_true (fh_store_apply_edit (store, edit, &error));
  g_assert_no_error (error);
}

static void
add (FhStore *store, gpointer record)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (fh_store_add (store, record, &error));
  g_assert_no_error (error);
}

/* Registry: “Buy” costs 10 000 a year from year 1; “Build” is half a person at a
 * loaded 40 000 from year 2. One item takes the registry from 0 to 2 in 2027 Q1–Q2. */
static void
plan_make (Plan *p)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhOption) buy = fh_option_new ("registry", "Buy");
  g_autoptr (FhOption) build = fh_option_new ("registry", "Build");
  g_autoptr (FhCostLine) licence = NULL;
  g_autoptr (FhCostLine) staff = NULL;
  g_autoptr (FhRoadmapItem) item =
    fh_roadmap_item_new ("Registry", "registry", fh_quarter_make (2027, 1));
  FhPlanModels models;

  p->store = fh_store_new_plan (NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fh_store_set (p->store, fh_store_get_info (p->store), &error, "discount-rate",
                               10.0, "horizon-years", 3, NULL));
  add (p->store, buy);
  add (p->store, build);
  licence = fh_cost_line_new (fh_option_get_id (buy));
  g_object_set (licence, "amount", (gint64)10000, "first-year", 1, "recurrence",
                FH_RECURRENCE_YEARLY, NULL);
  add (p->store, licence);
  staff = fh_cost_line_new (fh_option_get_id (build));
  g_object_set (staff, "fte", 0.5, "loaded-cost", (gint64)40000, "first-year", 2, "category",
                FH_COST_CATEGORY_BUILD, NULL);
  add (p->store, staff);
  g_object_set (item, "from-stage", 0, "target-stage", 2, "duration", 2, NULL);
  add (p->store, item);

  p->buy = fh_store_lookup (p->store, FH_COLLECTION_OPTIONS, fh_option_get_id (buy));
  p->build = fh_store_lookup (p->store, FH_COLLECTION_OPTIONS, fh_option_get_id (build));
  p->item = fh_store_lookup (p->store, FH_COLLECTION_ROADMAP, fh_roadmap_item_get_id (item));
  fh_store_get_models (p->store, &models);
  apply (p->store, fh_edit_choose_option (&models, p->buy, "Fast"));
}

static gint64
scenario_id (FhStore *store, const char *name)
{
  GListModel *list = fh_store_get_model (store, FH_COLLECTION_SCENARIOS);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) scenario = g_list_model_get_item (list, i);

      if (g_strcmp0 (fh_scenario_get_name (scenario), name) == 0)
        return fh_scenario_get_id (scenario);
    }
  g_assert_not_reached ();
}

static void
show (FhStore *store, const char *name)
{
  FhPlanModels models;
  g_autoptr (FhEdit) edit = NULL;

  fh_store_get_models (store, &models);
  edit = fh_edit_show_scenario (&models, scenario_id (store, name));
  apply (store, g_steal_pointer (&edit));
}

static char *export(FhStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) json = fh_store_export_json (store, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (json, NULL), g_bytes_get_size (json));
}

static void
test_switch_and_undo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = NULL;
  g_autofree char *before_show = NULL;
  g_autofree char *after_show = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr (FhRoadmapItem) extra = NULL;
  FhPlanModels models;
  Plan         p;

  plan_make (&p);
  fh_store_get_models (p.store, &models);
  edit = fh_edit_add_scenario (&models, "Build-heavy", 0, &error);
  g_assert_no_error (error);
  apply (p.store, g_steal_pointer (&edit));
  g_assert_cmpstr (fh_store_get_undo_label (p.store), ==, "Add scenario");
  /* The base plan became a scenario of its own, shown; the new one is a copy. */
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 2);
  g_assert_cmpint (fh_scenarios_shown (&models), ==, scenario_id (p.store, "Base plan"));
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (p.store, FH_COLLECTION_SCENARIO_ITEMS)), ==, 1);

  before_show = export(p.store);
  show (p.store, "Build-heavy");
  g_assert_cmpstr (fh_store_get_undo_label (p.store), ==, "Show scenario");
  g_assert_cmpint (fh_scenarios_shown (&models), ==, scenario_id (p.store, "Build-heavy"));
  /* A copy: the same choice and item, so only the rows moved. */
  g_assert_true (fh_option_get_chosen (p.buy));
  after_show = export(p.store);

  /* Undo is one step and gives the plan back exactly; redo too. */
  g_assert_true (fh_store_undo (p.store, &error));
  undone = export(p.store);
  g_assert_cmpstr (undone, ==, before_show);
  g_assert_true (fh_store_redo (p.store, &error));
  redone = export(p.store);
  g_assert_cmpstr (redone, ==, after_show);

  /* Edits land in the shown scenario: choose Build, move the bar, add an item. */
  g_clear_object (&edit);
  edit = fh_edit_choose_option (&models, p.build, "Control");
  apply (p.store, g_steal_pointer (&edit));
  g_assert_true (fh_store_set (p.store, p.item, &error, "start-quarter", fh_quarter_make (2028, 1),
                               "duration", 3, NULL));
  extra = fh_roadmap_item_new ("Own registry", "registry", fh_quarter_make (2028, 4));
  g_object_set (extra, "from-stage", 2, "target-stage", 3, NULL);
  add (p.store, extra);

  /* Back to the base plan: its choice, its bar, and the new item is not part of it. */
  show (p.store, "Base plan");
  g_assert_true (fh_option_get_chosen (p.buy));
  g_assert_false (fh_option_get_chosen (p.build));
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (p.item), ==, fh_quarter_make (2027, 1));
  g_assert_cmpint (fh_roadmap_item_get_duration (p.item), ==, 2);
  g_assert_cmpint (fh_roadmap_item_get_status (extra), ==, FH_ITEM_STATUS_DROPPED);

  /* And Build-heavy kept its own. */
  show (p.store, "Build-heavy");
  g_assert_false (fh_option_get_chosen (p.buy));
  g_assert_true (fh_option_get_chosen (p.build));
  g_assert_cmpint (fh_roadmap_item_get_start_quarter (p.item), ==, fh_quarter_make (2028, 1));
  g_assert_cmpint (fh_roadmap_item_get_duration (p.item), ==, 3);
  g_assert_cmpint (fh_roadmap_item_get_status (extra), ==, FH_ITEM_STATUS_PLANNED);
  /* The shown scenario keeps no rows: the plan holds it. */
  {
    GListModel *rows = fh_store_get_model (p.store, FH_COLLECTION_SCENARIO_ITEMS);
    gint64      shown = fh_scenarios_shown (&models);

    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr (FhScenarioItem) row = g_list_model_get_item (rows, i);

        g_assert_cmpint (fh_scenario_item_get_scenario (row), !=, shown);
      }
  }
  g_assert_finalize_object (p.store);
}

static void
test_refusals_and_delete (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;
  Plan         p;
  gint64       base, hybrid;

  plan_make (&p);
  fh_store_get_models (p.store, &models);
  g_assert_null (fh_edit_add_scenario (&models, "  ", 0, &error));
  g_assert_error (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NAME);
  g_clear_error (&error);
  apply (p.store, fh_edit_add_scenario (&models, "Hybrid", 0, &error));
  g_assert_null (fh_edit_add_scenario (&models, "hybrid ", 0, &error));
  g_assert_error (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NAME);
  g_clear_error (&error);
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 2);

  /* Deleting the shown scenario shows the other one in the same step. */
  base = scenario_id (p.store, "Base plan");
  hybrid = scenario_id (p.store, "Hybrid");
  show (p.store, "Hybrid");
  apply (p.store, fh_edit_choose_option (&models, p.build, "Control"));
  edit = fh_edit_delete_scenario (&models, hybrid, &error);
  g_assert_no_error (error);
  apply (p.store, g_steal_pointer (&edit));
  g_assert_cmpuint (fh_scenarios_count (&models), ==, 1);
  g_assert_cmpint (fh_scenarios_shown (&models), ==, base);
  g_assert_true (fh_option_get_chosen (p.buy));
  g_assert_false (fh_option_get_chosen (p.build));
  g_assert_cmpuint (
    g_list_model_get_n_items (fh_store_get_model (p.store, FH_COLLECTION_SCENARIO_ITEMS)), ==, 0);

  g_clear_object (&edit);
  g_assert_null (fh_edit_delete_scenario (&models, base, &error));
  g_assert_error (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_LAST);
  g_clear_error (&error);

  /* Undo brings Hybrid back, shown, with its choice. */
  g_assert_true (fh_store_undo (p.store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fh_scenarios_shown (&models), ==, hybrid);
  g_assert_true (fh_option_get_chosen (p.build));
  g_assert_finalize_object (p.store);
}

/* The figures, worked out by hand (docs/domain.md, TCO): 10 % discount, 3 years.
 * Buy: 10 000 in each year: total 30 000, PV 9 091 + 8 264 + 7 513 = 24 868.
 * Build: 0.5 × 40 000 = 20 000 in years 2 and 3: total 40 000,
 * PV 16 529 + 15 026 = 31 555; 0.5 FTE from year 2. */
static void
test_compare (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhScenarioComparison) comparison = NULL;
  FhScenarioFigures *base, *build;
  FhPlanModels       models;
  Plan               p;
  int                reach;

  plan_make (&p);
  fh_store_get_models (p.store, &models);

  comparison = fh_scenario_compare (&models);
  g_assert_cmpuint (comparison->scenarios->len, ==, 1);
  base = comparison->scenarios->pdata[0];
  g_assert_cmpint (base->id, ==, 0);
  g_assert_cmpint (base->tco_total, ==, 30000);
  g_clear_pointer (&comparison, fh_scenario_comparison_free);

  apply (p.store, fh_edit_add_scenario (&models, "Build-heavy", 0, &error));
  show (p.store, "Build-heavy");
  apply (p.store, fh_edit_choose_option (&models, p.build, "Control"));
  g_assert_true (
    fh_store_set (p.store, p.item, &error, "start-quarter", fh_quarter_make (2028, 1), NULL));
  /* Compared from the base plan's side, so Build-heavy comes from its rows. */
  show (p.store, "Base plan");

  comparison = fh_scenario_compare (&models);
  g_assert_cmpint (comparison->horizon, ==, 3);
  g_assert_cmpuint (comparison->scenarios->len, ==, 2);
  base = comparison->scenarios->pdata[0];
  build = comparison->scenarios->pdata[1];
  g_assert_cmpstr (base->name, ==, "Base plan");
  g_assert_true (base->shown);
  g_assert_false (build->shown);

  g_assert_cmpint (base->tco_by_year[0], ==, 10000);
  g_assert_cmpint (base->tco_by_year[2], ==, 10000);
  g_assert_cmpint (base->tco_total, ==, 30000);
  g_assert_cmpint (base->tco_present_value, ==, 24868);
  g_assert_cmpfloat (base->fte_by_year[1], ==, 0);

  g_assert_cmpint (build->tco_by_year[0], ==, 0);
  g_assert_cmpint (build->tco_by_year[1], ==, 20000);
  g_assert_cmpint (build->tco_total, ==, 40000);
  g_assert_cmpint (build->tco_present_value, ==, 31555);
  g_assert_cmpfloat (build->fte_by_year[0], ==, 0);
  g_assert_cmpfloat (build->fte_by_year[1], ==, 0.5);
  g_assert_cmpfloat (build->fte_by_year[2], ==, 0.5);
  g_assert_cmpuint (build->n_chosen, ==, 1);

  /* The registry is the capability named "registry"; find its row. */
  for (guint c = 0; c < comparison->capabilities->len; c++)
    {
      if (g_strcmp0 (fh_capability_get_id (comparison->capabilities->pdata[c]), "registry") != 0)
        continue;
      reach = fh_scenario_figures_reach (base, c, 2);
      g_assert_cmpint (reach, ==, fh_quarter_make (2027, 2));
      reach = fh_scenario_figures_reach (build, c, 2);
      g_assert_cmpint (reach, ==, fh_quarter_make (2028, 2));
      g_assert_cmpint (fh_scenario_figures_reach (build, c, 3), ==, FH_REACH_NEVER);
      g_assert_cmpint (fh_scenario_figures_reach (build, c, 0), ==, FH_REACH_ALREADY);
    }

  /* The table the window, the PDF and the Markdown show, from the same figures. */
  {
    g_autoptr (GPtrArray) rows = fh_scenario_table (comparison, "EUR");
    FhReportOptions  options = { .sections = 1u << FH_REPORT_SCENARIOS };
    g_autofree char *markdown = NULL;
    gboolean         seen_pv = FALSE, seen_fte = FALSE;

    for (guint r = 0; r < rows->len; r++)
      {
        FhScenarioRow *row = rows->pdata[r];

        if (row->heading)
          continue;
        g_assert_cmpuint (row->cells->len, ==, 2);
        if (g_strcmp0 (row->label, "Present value") == 0)
          {
            g_autofree char *base_pv = fh_money_format_whole (24868, "EUR");
            g_autofree char *build_pv = fh_money_format_whole (31555, "EUR");

            g_assert_cmpstr (row->cells->pdata[0], ==, base_pv);
            g_assert_cmpstr (row->cells->pdata[1], ==, build_pv);
            seen_pv = TRUE;
          }
        if (g_strcmp0 (row->label, "Year 2") == 0 && !seen_fte &&
            g_strcmp0 (row->cells->pdata[1], "0.5 (+0.5)") == 0)
          seen_fte = TRUE;
      }
    g_assert_true (seen_pv);
    g_assert_true (seen_fte);

    markdown = fh_markdown_report (&models, &options);
    g_assert_nonnull (strstr (markdown, "## Scenarios"));
    g_assert_nonnull (strstr (markdown, "| People (FTE) | Base plan | Build-heavy |"));
    g_assert_nonnull (
      strstr (markdown, "| Model registry & lineage: Repeatable | 2027-Q2 | 2028-Q2 |"));
  }

  /* The chart: Build-heavy costs nothing in year 1 and has more people in year 2. */
  {
    cairo_surface_t      *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 400);
    cairo_t              *cr = cairo_create (surface);
    FhScenarioChartLayout layout;

    fh_render_scenario_chart (cr, NULL, 900, 400, comparison, "EUR", &layout);
    g_assert_cmpuint (layout.n_scenarios, ==, 2);
    g_assert_cmpuint (layout.n_years, ==, 3);
    g_assert_cmpfloat (layout.bar_top[0], <, layout.cost_bottom - 10);
    g_assert_cmpfloat (layout.bar_top[1], ==, layout.cost_bottom);
    cairo_surface_flush (surface);
    /* On paper the panel is light… */
    g_assert_cmpuint (((guint32 *)cairo_image_surface_get_data (surface))[0] & 0xff, >, 200);

    /* …and in a dark window it is dark, as every other chart. */
    {
      FhRenderStyle dark;

      fh_render_style_init (&dark, TRUE, 1);
      fh_render_scenario_chart (cr, &dark, 900, 400, comparison, "EUR", NULL);
      cairo_surface_flush (surface);
      g_assert_cmpuint (((guint32 *)cairo_image_surface_get_data (surface))[0] & 0xff, <, 80);
    }
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_clear_pointer (&comparison, fh_scenario_comparison_free);
  g_assert_finalize_object (p.store);
}

/* The value side per scenario is the funding view's, on the plan as each scenario has
 * it: on the demo plan the base's figures are those of fh_value_funding(), and a scenario
 * that starts every item a year later earns less by the end of the horizon and pays back
 * no sooner. */
static void
test_compare_value (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FhStore) store = fh_store_new_demo (NULL, &error);
  g_autoptr (FhScenarioComparison) comparison = NULL;
  g_autoptr (GArray) funding = NULL;
  g_autoptr (GPtrArray) table = NULL;
  FhScenarioFigures *base, *later;
  FhFundingQuarter  *last;
  FhPlanModels       models;
  GListModel        *items;
  gboolean           seen = FALSE;

  g_assert_no_error (error);
  fh_store_get_models (store, &models);
  funding = fh_value_funding (&models);
  g_assert_cmpuint (funding->len, >, 0);
  last = &g_array_index (funding, FhFundingQuarter, funding->len - 1);
  g_assert_cmpint (last->cumulative_value.expected, >, 0);

  apply (store, fh_edit_add_scenario (&models, "A year later", 0, &error));
  show (store, "A year later");
  items = models.models[FH_COLLECTION_ROADMAP];
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);

      g_assert_true (fh_store_set (store, item, &error, "start-quarter",
                                   fh_roadmap_item_get_start_quarter (item) + 4, NULL));
    }
  show (store, "Base plan");

  comparison = fh_scenario_compare (&models);
  g_assert_cmpuint (comparison->scenarios->len, ==, 2);
  base = comparison->scenarios->pdata[0];
  later = comparison->scenarios->pdata[1];
  g_assert_true (base->has_value);
  g_assert_cmpint (base->value.low, ==, last->cumulative_value.low);
  g_assert_cmpint (base->value.expected, ==, last->cumulative_value.expected);
  g_assert_cmpint (base->value.high, ==, last->cumulative_value.high);
  g_assert_cmpint (later->value.expected, <, base->value.expected);
  if (base->payback_quarter != 0 && later->payback_quarter != 0)
    g_assert_cmpint (later->payback_quarter, >=, base->payback_quarter);

  table = fh_scenario_table (comparison, "EUR");
  for (guint r = 0; r < table->len; r++)
    {
      FhScenarioRow *row = table->pdata[r];

      if (g_str_equal (row->label, "Earned by the end of the horizon"))
        {
          g_autofree char *expected = fh_value_format_range (&base->value, "EUR");

          g_assert_cmpuint (row->cells->len, ==, 2);
          g_assert_cmpstr (row->cells->pdata[0], ==, expected);
          seen = TRUE;
        }
    }
  g_assert_true (seen);
}

static void
test_json_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) first = NULL;
  g_autoptr (GBytes) second = NULL;
  g_autoptr (FhStore) copy = NULL;
  g_autofree char *text = NULL;
  FhPlanModels     models;
  Plan             p;

  plan_make (&p);
  fh_store_get_models (p.store, &models);
  apply (p.store, fh_edit_add_scenario (&models, "Build-heavy", 0, &error));
  show (p.store, "Build-heavy");
  apply (p.store, fh_edit_choose_option (&models, p.build, "Control"));
  show (p.store, "Base plan");

  first = fh_store_export_json (p.store, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_nonnull (strstr (text, "\"scenarios\" : ["));
  g_assert_nonnull (strstr (text, "\"scenario_items\" : ["));
  copy = fh_store_new_from_json (NULL, first, &error);
  g_assert_no_error (error);
  second = fh_store_export_json (copy, &error);
  g_assert_true (g_bytes_equal (first, second));

  /* A hand-edited export that shows two scenarios is refused and changes nothing. */
  {
    g_autoptr (GString) edited = g_string_new (text);
    g_autoptr (GBytes) bad = NULL;
    g_autoptr (GBytes) after = NULL;

    g_assert_cmpuint (g_string_replace (edited, "\"shown\" : false", "\"shown\" : true", 0), ==, 1);
    bad = g_bytes_new (edited->str, edited->len);
    g_assert_false (fh_store_import_json (copy, bad, &error));
    g_assert_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "Another scenario is shown already"));
    g_clear_error (&error);
    after = fh_store_export_json (copy, &error);
    g_assert_true (g_bytes_equal (first, after));
  }

  /* --diff names what a switch changed: the rows, the mark, the choice. */
  {
    g_autoptr (FhStore) before = fh_store_new_from_json (NULL, first, &error);
    g_autofree char *diff = NULL;
    FhPlanModels     old_models, new_models;
    guint            n_changes = 0;

    g_assert_no_error (error);
    show (copy, "Build-heavy");
    fh_store_get_models (before, &old_models);
    fh_store_get_models (copy, &new_models);
    diff = fh_plan_diff (&old_models, &new_models, FH_DIFF_FORMAT_TEXT, &n_changes);
    g_assert_cmpuint (n_changes, >, 0);
    g_assert_nonnull (strstr (diff, "Scenarios\n"));
    g_assert_nonnull (strstr (diff, "Scenario items\n"));
    g_assert_nonnull (strstr (diff, "shown false → true"));
    show (copy, "Base plan");
  }

  /* The copy switches as the original does. */
  show (copy, "Build-heavy");
  fh_store_get_models (copy, &models);
  {
    g_autoptr (FhScenarioPlan) shown = fh_scenario_plan_new (&models, 0);
    FhOption *build = fh_store_lookup (copy, FH_COLLECTION_OPTIONS, fh_option_get_id (p.build));

    g_assert_true (fh_option_get_chosen (build));
    g_assert_true (shown->models.models[FH_COLLECTION_OPTIONS] ==
                   fh_store_get_model (copy, FH_COLLECTION_OPTIONS));
  }
  g_assert_finalize_object (p.store);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foothold/scenarios/switch-and-undo", test_switch_and_undo);
  g_test_add_func ("/foothold/scenarios/refusals-and-delete", test_refusals_and_delete);
  g_test_add_func ("/foothold/scenarios/compare", test_compare);
  g_test_add_func ("/foothold/scenarios/compare-value", test_compare_value);
  g_test_add_func ("/foothold/scenarios/json-round-trip", test_json_round_trip);

  return g_test_run ();
}
