/* fh-scenario-switcher.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-scenario-switcher.h"

#include "fh-scenarios.h"

/* The scenario shown, in the window's header: a drop-down of the plan's scenarios
 * (Alt+S, then the arrow keys and Enter). Choosing one shows it through
 * fh_edit_show_scenario(), one undo step; it follows undo and every other change
 * through the store. Hidden while the plan has a single scenario or none. */
struct _FhScenarioSwitcher
{
  AdwBin parent_instance;

  FhStore     *store;
  GtkDropDown *dropdown;
  gulong       changed_id;
  gulong       items_changed_id;
  gboolean     syncing; /* the selection moves because the plan did, not the user */
};

G_DEFINE_FINAL_TYPE (FhScenarioSwitcher, fh_scenario_switcher, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_shown (FhScenarioSwitcher *self)
{
  FhPlanModels models;
  GListModel  *list;
  gint64       shown;

  if (self->store == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  fh_store_get_models (self->store, &models);
  list = models.models[FH_COLLECTION_SCENARIOS];
  shown = fh_scenarios_shown (&models);
  self->syncing = TRUE;
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr (FhScenario) scenario = g_list_model_get_item (list, i);

      if (fh_scenario_get_id (scenario) == shown &&
          gtk_drop_down_get_selected (self->dropdown) != i)
        gtk_drop_down_set_selected (self->dropdown, i);
    }
  self->syncing = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (list) > 1);
}

/**
 * fh_scenario_switcher_show:
 *
 * Shows @scenario, as choosing it in the drop-down does.
 */
gboolean
fh_scenario_switcher_show (FhScenarioSwitcher *self, gint64 scenario, GError **error)
{
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  g_return_val_if_fail (FH_IS_SCENARIO_SWITCHER (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  fh_store_get_models (self->store, &models);
  edit = fh_edit_show_scenario (&models, scenario);
  if (fh_edit_get_n_steps (edit) == 0)
    return TRUE;
  return fh_store_apply_edit (self->store, edit, error);
}

static void
selected_cb (FhScenarioSwitcher *self)
{
  g_autoptr (GError) error = NULL;
  FhScenario *scenario;

  if (self->syncing || self->store == NULL)
    return;
  scenario = gtk_drop_down_get_selected_item (self->dropdown);
  if (scenario == NULL)
    return;
  if (!fh_scenario_switcher_show (self, fh_scenario_get_id (scenario), &error))
    {
      /* The plan is unchanged; the drop-down goes back to the scenario shown. */
      g_warning ("%s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      sync_shown (self);
    }
}

/* A change of the scenarios moves the drop-down's selection while the plan is still
 * being reloaded; only the user's choice shows a scenario, so until the store says
 * the change is done (sync_shown()) the selection is the plan's to move. */
static void
items_changed_cb (FhScenarioSwitcher *self)
{
  self->syncing = TRUE;
}

FhStore *
fh_scenario_switcher_get_store (FhScenarioSwitcher *self)
{
  g_return_val_if_fail (FH_IS_SCENARIO_SWITCHER (self), NULL);
  return self->store;
}

void
fh_scenario_switcher_set_store (FhScenarioSwitcher *self, FhStore *store)
{
  g_return_if_fail (FH_IS_SCENARIO_SWITCHER (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->items_changed_id,
                              fh_store_get_model (self->store, FH_COLLECTION_SCENARIOS));
    }
  g_set_object (&self->store, store);
  /* Before the drop-down's own handler, so that it runs first. */
  if (store != NULL)
    self->items_changed_id =
      g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_SCENARIOS),
                                "items-changed", G_CALLBACK (items_changed_cb), self);
  self->syncing = TRUE;
  gtk_drop_down_set_model (
    self->dropdown, store != NULL ? fh_store_get_model (store, FH_COLLECTION_SCENARIOS) : NULL);
  self->syncing = FALSE;
  if (store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (sync_shown), self);
  sync_shown (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
fh_scenario_switcher_dispose (GObject *object)
{
  FhScenarioSwitcher *self = FH_SCENARIO_SWITCHER (object);

  fh_scenario_switcher_set_store (self, NULL);

  G_OBJECT_CLASS (fh_scenario_switcher_parent_class)->dispose (object);
}

static void
fh_scenario_switcher_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhScenarioSwitcher *self = FH_SCENARIO_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_scenario_switcher_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FhScenarioSwitcher *self = FH_SCENARIO_SWITCHER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_scenario_switcher_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_scenario_switcher_class_init (FhScenarioSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fh_scenario_switcher_dispose;
  object_class->get_property = fh_scenario_switcher_get_property;
  object_class->set_property = fh_scenario_switcher_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static gboolean
focus_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  FhScenarioSwitcher *self = FH_SCENARIO_SWITCHER (widget);

  if (!gtk_widget_get_visible (widget))
    return FALSE;
  g_signal_emit_by_name (self->dropdown, "activate");
  return TRUE;
}

static void
fh_scenario_switcher_init (FhScenarioSwitcher *self)
{
  GtkExpression      *name = gtk_property_expression_new (FH_TYPE_SCENARIO, NULL, "name");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, name));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dropdown),
                               _("The scenario shown (Alt+S). Edits apply to it."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scenario shown"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scenario"), -1);
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (selected_cb), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->dropdown));

  /* Alt+S opens the list from anywhere in the window. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_s, GDK_ALT_MASK),
                      gtk_callback_action_new (focus_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
