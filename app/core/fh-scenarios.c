/* fh-scenarios.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-scenarios.h"

#include "fh-link.h"
#include "fh-option.h"
#include "fh-roadmap-item.h"
#include "fh-scenario-item.h"

/* How scenarios live in a plan (docs/domain.md, "Scenarios"; HACKING.md):
 *
 * - the plan's own options and roadmap items *are* the shown scenario, so every
 *   view, rule and figure of the window reads the shown scenario without knowing
 *   that scenarios exist, and every edit (choose an option, move a bar) lands in it;
 * - a scenario that is not shown keeps the options it chooses as scenario_options
 *   links and each item's start, duration and status as an FhScenarioItem; an item
 *   without a row is not part of that scenario (it was added while another was
 *   shown) and counts as dropped there;
 * - showing a scenario is one described edit: the shown one's state is written into
 *   its rows, the target's rows are written into the plan and removed, and the
 *   "shown" mark moves. One transaction, one undo step;
 * - fh_scenario_plan_new() is the one function that says what the plan is under a
 *   scenario; the show edit and every comparison use it. */

G_DEFINE_QUARK (fh - scenario - error - quark, fh_scenario_error)

static GListModel *
model (const FhPlanModels *plan, FhCollection collection)
{
  return plan->models[collection];
}

static guint
n_items (GListModel *list)
{
  return list != NULL ? g_list_model_get_n_items (list) : 0;
}

guint
fh_scenarios_count (const FhPlanModels *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return n_items (model (plan, FH_COLLECTION_SCENARIOS));
}

/**
 * fh_scenarios_find:
 *
 * Returns: (transfer full) (nullable): the scenario with id @scenario
 */
FhScenario *
fh_scenarios_find (const FhPlanModels *plan, gint64 scenario)
{
  GListModel *list;

  g_return_val_if_fail (plan != NULL, NULL);
  list = model (plan, FH_COLLECTION_SCENARIOS);
  for (guint i = 0, n = n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) item = g_list_model_get_item (list, i);

      if (fh_scenario_get_id (item) == scenario)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/**
 * fh_scenarios_shown:
 *
 * The scenario the plan's own options and items hold: the one marked shown, or, in a
 * hand-made export that marks none, the first.
 *
 * Returns: its id, or 0 when the plan has no scenarios
 */
gint64
fh_scenarios_shown (const FhPlanModels *plan)
{
  GListModel *list;
  gint64      first = 0;

  g_return_val_if_fail (plan != NULL, 0);
  list = model (plan, FH_COLLECTION_SCENARIOS);
  for (guint i = 0, n = n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) item = g_list_model_get_item (list, i);

      if (fh_scenario_get_shown (item))
        return fh_scenario_get_id (item);
      if (i == 0)
        first = fh_scenario_get_id (item);
    }
  return first;
}

/* Names are compared as the user reads them: case and outer spaces aside. */
gboolean
fh_scenarios_name_taken (const FhPlanModels *plan, const char *name, gint64 except)
{
  g_autofree char *stripped = NULL;
  g_autofree char *wanted = NULL;
  GListModel      *list;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  stripped = g_strstrip (g_strdup (name));
  wanted = g_utf8_casefold (stripped, -1);
  list = model (plan, FH_COLLECTION_SCENARIOS);
  for (guint i = 0, n = n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) item = g_list_model_get_item (list, i);
      g_autofree char *have = NULL;

      if (fh_scenario_get_id (item) == except)
        continue;
      have = g_utf8_casefold (fh_scenario_get_name (item), -1);
      if (g_strcmp0 (have, wanted) == 0)
        return TRUE;
    }
  return FALSE;
}

static GObject *
copy_record (GObject *record)
{
  g_autofree GParamSpec **props = NULL;
  guint                   n_props;
  GObject                *copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  props = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_props);
  for (guint p = 0; p < n_props; p++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      if ((props[p]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      g_value_init (&value, props[p]->value_type);
      g_object_get_property (record, props[p]->name, &value);
      g_object_set_property (copy, props[p]->name, &value);
    }
  return copy;
}

static gboolean
scenario_chooses (const FhPlanModels *plan, gint64 scenario, gint64 option)
{
  GListModel *links = model (plan, FH_COLLECTION_SCENARIO_OPTIONS);

  for (guint i = 0, n = n_items (links); i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);

      if (fh_link_get_source (link) == scenario && fh_link_get_target (link) == option)
        return TRUE;
    }
  return FALSE;
}

/* The scenario's rows by item id. */
static GHashTable *
scenario_rows (const FhPlanModels *plan, gint64 scenario)
{
  GHashTable *rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  GListModel *list = model (plan, FH_COLLECTION_SCENARIO_ITEMS);

  for (guint i = 0, n = n_items (list); i < n; i++)
    {
      g_autoptr (FhScenarioItem) row = g_list_model_get_item (list, i);
      gint64 *key;

      if (fh_scenario_item_get_scenario (row) != scenario)
        continue;
      key = g_new (gint64, 1);
      *key = fh_scenario_item_get_item (row);
      g_hash_table_replace (rows, key, g_steal_pointer (&row));
    }
  return rows;
}

/**
 * fh_scenario_plan_new:
 * @plan: the open plan's models
 * @scenario: a scenario id, or 0 for the shown one
 *
 * The plan as @scenario has it. For the shown scenario (and for a plan without
 * scenarios) that is @plan itself; for another, its options carry the scenario's
 * choices and its items the scenario's places.
 *
 * Returns: (transfer full): the plan under @scenario; its models borrow @plan's
 *   except the options and the roadmap, which it owns when it replaces them
 */
FhScenarioPlan *
fh_scenario_plan_new (const FhPlanModels *plan, gint64 scenario)
{
  FhScenarioPlan *result;
  g_autoptr (GHashTable) rows = NULL;
  GListModel *options, *items;

  g_return_val_if_fail (plan != NULL, NULL);

  result = g_new0 (FhScenarioPlan, 1);
  result->models = *plan;
  if (scenario == 0 || scenario == fh_scenarios_shown (plan))
    return result;

  result->options = g_list_store_new (FH_TYPE_OPTION);
  options = model (plan, FH_COLLECTION_OPTIONS);
  for (guint i = 0, n = n_items (options); i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);
      g_autoptr (GObject) copy = copy_record (G_OBJECT (option));

      g_object_set (copy, "chosen", scenario_chooses (plan, scenario, fh_option_get_id (option)),
                    NULL);
      g_list_store_append (result->options, copy);
    }

  rows = scenario_rows (plan, scenario);
  result->roadmap = g_list_store_new (FH_TYPE_ROADMAP_ITEM);
  items = model (plan, FH_COLLECTION_ROADMAP);
  for (guint i = 0, n = n_items (items); i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      g_autoptr (GObject) copy = copy_record (G_OBJECT (item));
      gint64          id = fh_roadmap_item_get_id (item);
      FhScenarioItem *row = g_hash_table_lookup (rows, &id);

      if (row != NULL)
        g_object_set (copy, "start-quarter", fh_scenario_item_get_start_quarter (row), "duration",
                      fh_scenario_item_get_duration (row), "status",
                      fh_scenario_item_get_status (row), NULL);
      else
        g_object_set (copy, "status", FH_ITEM_STATUS_DROPPED, NULL);
      g_list_store_append (result->roadmap, copy);
    }

  result->models.models[FH_COLLECTION_OPTIONS] = G_LIST_MODEL (result->options);
  result->models.models[FH_COLLECTION_ROADMAP] = G_LIST_MODEL (result->roadmap);
  return result;
}

void
fh_scenario_plan_free (FhScenarioPlan *scenario_plan)
{
  if (scenario_plan == NULL)
    return;
  g_clear_object (&scenario_plan->options);
  g_clear_object (&scenario_plan->roadmap);
  g_free (scenario_plan);
}

/* Writes @state (the plan under some scenario) into the rows of the scenario that
 * @target refers to: one link per chosen option, one row per item. */
static void
append_rows (FhEdit *edit, const FhPlanModels *state, FhEditRef target)
{
  GListModel *options = model (state, FH_COLLECTION_OPTIONS);
  GListModel *items = model (state, FH_COLLECTION_ROADMAP);

  for (guint i = 0, n = n_items (options); i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);

      if (fh_option_get_chosen (option))
        fh_edit_link (edit, FH_COLLECTION_SCENARIO_OPTIONS, target,
                      FH_EDIT_REF_ID (fh_option_get_id (option)));
    }
  for (guint i = 0, n = n_items (items); i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      g_autoptr (FhScenarioItem) row = g_object_new (
        FH_TYPE_SCENARIO_ITEM, "scenario", target.id > 0 ? target.id : 1, "item",
        fh_roadmap_item_get_id (item), "start-quarter", fh_roadmap_item_get_start_quarter (item),
        "duration", fh_roadmap_item_get_duration (item), "status",
        fh_roadmap_item_get_status (item), NULL);
      FhEditRef added = fh_edit_add (edit, row);

      if (target.step != 0)
        fh_edit_refer (edit, added, "scenario", target);
    }
}

/* Removes every row @scenario keeps: it is about to be shown, so the plan holds it. */
static void
remove_rows (FhEdit *edit, const FhPlanModels *plan, gint64 scenario)
{
  GListModel *links = model (plan, FH_COLLECTION_SCENARIO_OPTIONS);
  GListModel *list = model (plan, FH_COLLECTION_SCENARIO_ITEMS);

  for (guint i = 0, n = n_items (links); i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);

      if (fh_link_get_source (link) == scenario)
        fh_edit_unlink (edit, FH_COLLECTION_SCENARIO_OPTIONS, FH_EDIT_REF_ID (scenario),
                        FH_EDIT_REF_ID (fh_link_get_target (link)));
    }
  for (guint i = 0, n = n_items (list); i < n; i++)
    {
      g_autoptr (FhScenarioItem) row = g_list_model_get_item (list, i);

      if (fh_scenario_item_get_scenario (row) == scenario)
        fh_edit_remove (edit, row);
    }
}

/* Makes the plan's own options and items what @target has. The options a scenario
 * drops are unmarked before the ones it takes are marked, since a capability has at
 * most one chosen option at any moment. */
static void
append_apply (FhEdit *edit, const FhPlanModels *plan, gint64 target)
{
  g_autoptr (FhScenarioPlan) wanted = fh_scenario_plan_new (plan, target);
  GListModel *live = model (plan, FH_COLLECTION_OPTIONS);
  GListModel *items = model (plan, FH_COLLECTION_ROADMAP);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0, n = n_items (live); i < n; i++)
      {
        g_autoptr (FhOption) option = g_list_model_get_item (live, i);
        g_autoptr (FhOption) want = g_list_model_get_item (G_LIST_MODEL (wanted->options), i);
        gboolean now = fh_option_get_chosen (option), then = fh_option_get_chosen (want);

        if (now != then && then == (pass == 1))
          fh_edit_set (edit, option, "chosen", then, NULL);
      }

  for (guint i = 0, n = n_items (items); i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      g_autoptr (FhRoadmapItem) want = g_list_model_get_item (G_LIST_MODEL (wanted->roadmap), i);

      if (fh_roadmap_item_get_start_quarter (item) != fh_roadmap_item_get_start_quarter (want) ||
          fh_roadmap_item_get_duration (item) != fh_roadmap_item_get_duration (want) ||
          fh_roadmap_item_get_status (item) != fh_roadmap_item_get_status (want))
        fh_edit_set (edit, item, "start-quarter", fh_roadmap_item_get_start_quarter (want),
                     "duration", fh_roadmap_item_get_duration (want), "status",
                     fh_roadmap_item_get_status (want), NULL);
    }
}

/* Hands @target's rows to @shown, filled with the plan's own (shown) state: one set
 * per item instead of a removal and an addition, so that showing a scenario of a
 * large roadmap costs one statement per item. Items @target has no row for get a new
 * row; @target keeps no rows once it is shown. */
static void
append_swap_rows (FhEdit *edit, const FhPlanModels *plan, gint64 shown, gint64 target)
{
  g_autoptr (GHashTable) rows = scenario_rows (plan, target);
  GListModel *options = model (plan, FH_COLLECTION_OPTIONS);
  GListModel *links = model (plan, FH_COLLECTION_SCENARIO_OPTIONS);
  GListModel *items = model (plan, FH_COLLECTION_ROADMAP);

  for (guint i = 0, n = n_items (links); i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);

      if (fh_link_get_source (link) == target)
        fh_edit_unlink (edit, FH_COLLECTION_SCENARIO_OPTIONS, FH_EDIT_REF_ID (target),
                        FH_EDIT_REF_ID (fh_link_get_target (link)));
    }
  for (guint i = 0, n = n_items (options); i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);

      if (fh_option_get_chosen (option))
        fh_edit_link (edit, FH_COLLECTION_SCENARIO_OPTIONS, FH_EDIT_REF_ID (shown),
                      FH_EDIT_REF_ID (fh_option_get_id (option)));
    }
  for (guint i = 0, n = n_items (items); i < n; i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (items, i);
      gint64          id = fh_roadmap_item_get_id (item);
      FhScenarioItem *row = g_hash_table_lookup (rows, &id);

      if (row != NULL)
        {
          fh_edit_set (edit, row, "scenario", shown, "start-quarter",
                       fh_roadmap_item_get_start_quarter (item), "duration",
                       fh_roadmap_item_get_duration (item), "status",
                       fh_roadmap_item_get_status (item), NULL);
          g_hash_table_remove (rows, &id);
          continue;
        }
      {
        g_autoptr (FhScenarioItem) added = g_object_new (
          FH_TYPE_SCENARIO_ITEM, "scenario", shown, "item", id, "start-quarter",
          fh_roadmap_item_get_start_quarter (item), "duration", fh_roadmap_item_get_duration (item),
          "status", fh_roadmap_item_get_status (item), NULL);

        fh_edit_add (edit, added);
      }
    }
}

static void
set_shown (FhEdit *edit, const FhPlanModels *plan, gint64 from, gint64 to)
{
  g_autoptr (FhScenario) old = fh_scenarios_find (plan, from);
  g_autoptr (FhScenario) new = fh_scenarios_find (plan, to);

  if (old != NULL && fh_scenario_get_shown (old))
    fh_edit_set (edit, old, "shown", FALSE, NULL);
  if (new != NULL)
    fh_edit_set (edit, new, "shown", TRUE, NULL);
}

/**
 * fh_edit_show_scenario:
 * @scenario: a scenario of the plan
 *
 * Shows @scenario: the scenario shown until now keeps its choices and items in its
 * rows, and the plan's options and items become @scenario's. Undoing it shows the
 * previous one again.
 *
 * Returns: (transfer full): the edit; without steps when @scenario is already shown
 *   or not in the plan
 */
FhEdit *
fh_edit_show_scenario (const FhPlanModels *plan, gint64 scenario)
{
  FhEdit *edit;
  gint64  shown;

  g_return_val_if_fail (plan != NULL, NULL);

  /* TRANSLATORS: the name of an undo step */
  edit = fh_edit_new (_("Show scenario"));
  shown = fh_scenarios_shown (plan);
  if (shown == 0 || shown == scenario)
    return edit;
  {
    g_autoptr (FhScenario) target = fh_scenarios_find (plan, scenario);

    if (target == NULL)
      return edit;
  }

  /* A row the shown scenario should not have (a hand-made export) is replaced. */
  remove_rows (edit, plan, shown);
  append_apply (edit, plan, scenario);
  append_swap_rows (edit, plan, shown, scenario);
  set_shown (edit, plan, shown, scenario);
  return edit;
}

static int
next_position (const FhPlanModels *plan)
{
  GListModel *list = model (plan, FH_COLLECTION_SCENARIOS);
  int         position = 0;

  for (guint i = 0, n = n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) item = g_list_model_get_item (list, i);

      position = MAX (position, fh_scenario_get_position (item) + 1);
    }
  return MIN (position, 1000);
}

/**
 * fh_edit_add_scenario:
 * @name: the new scenario's name
 * @copy_of: the scenario it starts as a copy of; 0 for the shown one
 *
 * Adds a scenario that starts with the choices and items of @copy_of; it is not
 * shown. A plan without scenarios first gets its base plan as a scenario of its own
 * (“Base plan”, shown), in the same step.
 *
 * Returns: (transfer full) (nullable): the edit, or %NULL with @error set when @name
 *   is empty or taken
 */
FhEdit *
fh_edit_add_scenario (const FhPlanModels *plan, const char *name, gint64 copy_of, GError **error)
{
  g_autoptr (FhScenarioPlan) state = NULL;
  g_autofree char *clean = NULL;
  FhEdit          *edit;
  FhEditRef        added;
  int              position;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  clean = g_strstrip (g_strdup (name));
  if (*clean == '\0' || fh_scenarios_name_taken (plan, clean, 0) ||
      (fh_scenarios_count (plan) == 0 && fh_scenarios_name_taken (plan, _("Base plan"), 0)))
    {
      g_set_error (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NAME,
                   *clean == '\0' ? _("A scenario needs a name.")
                                  : _("There is a scenario called “%s” already. Choose "
                                      "another name."),
                                       clean);
      return NULL;
    }
  if (copy_of != 0 && fh_scenarios_count (plan) > 0)
    {
      g_autoptr (FhScenario) source = fh_scenarios_find (plan, copy_of);

      if (source == NULL)
        {
          g_set_error_literal (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NOT_FOUND,
                               _("The scenario to copy is no longer in the plan."));
          return NULL;
        }
    }

  /* TRANSLATORS: the name of an undo step */
  edit = fh_edit_new (_("Add scenario"));
  position = next_position (plan);
  if (fh_scenarios_count (plan) == 0)
    {
      /* TRANSLATORS: the scenario a plan had before it had any other */
      g_autoptr (FhScenario) base = fh_scenario_new (_("Base plan"), 0);

      g_object_set (base, "shown", TRUE, NULL);
      fh_edit_add (edit, base);
      position = 1;
      copy_of = 0;
    }
  {
    g_autoptr (FhScenario) scenario = fh_scenario_new (clean, position);

    added = fh_edit_add (edit, scenario);
  }
  state = fh_scenario_plan_new (plan, copy_of);
  append_rows (edit, &state->models, added);
  return edit;
}

/**
 * fh_edit_delete_scenario:
 * @scenario: a scenario of the plan
 *
 * Deletes @scenario. When it is the one shown, the first other scenario is shown
 * in its place, in the same step.
 *
 * Returns: (transfer full) (nullable): the edit, or %NULL with @error set when
 *   @scenario is the plan's only one or not in it
 */
FhEdit *
fh_edit_delete_scenario (const FhPlanModels *plan, gint64 scenario, GError **error)
{
  g_autoptr (FhScenario) doomed = NULL;
  GListModel *list;
  FhEdit     *edit;

  g_return_val_if_fail (plan != NULL, NULL);

  doomed = fh_scenarios_find (plan, scenario);
  if (doomed == NULL)
    {
      g_set_error_literal (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NOT_FOUND,
                           _("The scenario is no longer in the plan."));
      return NULL;
    }
  if (fh_scenarios_count (plan) < 2)
    {
      g_set_error_literal (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_LAST,
                           _("The plan's only scenario cannot be deleted."));
      return NULL;
    }

  /* TRANSLATORS: the name of an undo step */
  edit = fh_edit_new (_("Delete scenario"));
  if (scenario == fh_scenarios_shown (plan))
    {
      list = model (plan, FH_COLLECTION_SCENARIOS);
      for (guint i = 0, n = n_items (list); i < n; i++)
        {
          g_autoptr (FhScenario) other = g_list_model_get_item (list, i);

          if (fh_scenario_get_id (other) == scenario)
            continue;
          /* The deleted one's state is not kept, so it is not written into rows. */
          append_apply (edit, plan, fh_scenario_get_id (other));
          remove_rows (edit, plan, fh_scenario_get_id (other));
          set_shown (edit, plan, scenario, fh_scenario_get_id (other));
          break;
        }
    }
  fh_edit_remove (edit, doomed);
  return edit;
}
