/* fh-scenarios-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-scenarios-page.h"

#include "fh-feedback.h"
#include "fh-scenario-chart.h"
#include "fh-scenario-compare.h"
#include "fh-scenarios.h"

/* The Scenarios section: the plan's scenarios (show, add, rename, duplicate,
 * delete) and their comparison — the chart and the table of
 * fh_scenario_compare() and fh_scenario_table(), the same as the report's. */
struct _FhScenariosPage
{
  FhSection parent_instance;

  GtkListView        *list;
  GtkStack           *list_stack;
  FhScenarioChart    *chart;
  GtkGrid            *table;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (FhScenariosPage, fh_scenarios_page, FH_TYPE_SECTION)

static FhPlanModels
models_of (FhScenariosPage *self)
{
  FhPlanModels models = { 0 };

  fh_store_get_models (fh_section_get_store (FH_SECTION (self)), &models);
  return models;
}

static FhScenario *
selected (FhScenariosPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
toast_result (FhScenariosPage *self, gboolean ok, GError *error, const char *done)
{
  g_autoptr (AdwToast) toast = fh_toast_new (ok ? done : error->message, ok);

  fh_section_add_toast (FH_SECTION (self), toast);
}

static gboolean
apply (FhScenariosPage *self, FhEdit *edit, GError *error, const char *done)
{
  g_autoptr (GError) apply_error = NULL;
  gboolean ok;

  if (edit == NULL)
    {
      toast_result (self, FALSE, error, NULL);
      return FALSE;
    }
  ok = fh_store_apply_edit (fh_section_get_store (FH_SECTION (self)), edit, &apply_error);
  toast_result (self, ok, apply_error, done);
  return ok;
}

static void
label_cell (FhScenariosPage *self, const char *text, int column, int row, gboolean strong)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  /* Bold by weight, not by a class with a size of its own: the table's type follows the
   * window's zoom and presentation mode. */
  if (strong)
    {
      PangoAttrList *bold = pango_attr_list_new ();

      pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      gtk_label_set_attributes (GTK_LABEL (label), bold);
      pango_attr_list_unref (bold);
    }
  if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->table, label, column, row, 1, 1);
}

static void
refresh (FhScenariosPage *self)
{
  FhStore *store = fh_section_get_store (FH_SECTION (self));
  g_autoptr (GPtrArray) rows = NULL;
  FhScenarioComparison *comparison;
  FhPlanModels          models;
  const char           *currency;
  GtkWidget            *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  if (store == NULL)
    {
      fh_scenario_chart_set_comparison (self->chart, NULL, NULL);
      return;
    }

  models = models_of (self);
  currency = fh_plan_info_get_currency (models.info);
  comparison = fh_scenario_compare (&models);
  rows = fh_scenario_table (comparison, currency);

  for (guint s = 0; s < comparison->scenarios->len; s++)
    label_cell (self, ((FhScenarioFigures *)comparison->scenarios->pdata[s])->name, s + 1, 0, TRUE);
  for (guint r = 0; r < rows->len; r++)
    {
      FhScenarioRow *row = rows->pdata[r];

      label_cell (self, row->label, 0, r + 1, row->heading);
      for (guint c = 0; c < row->cells->len; c++)
        label_cell (self, row->cells->pdata[c], c + 1, r + 1, FALSE);
    }
  fh_scenario_chart_set_comparison (self->chart, comparison, currency);
}

static void
show_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (widget);
  FhScenario      *scenario = selected (self);
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  if (scenario == NULL)
    return;
  models = models_of (self);
  edit = fh_edit_show_scenario (&models, fh_scenario_get_id (scenario));
  if (fh_edit_get_n_steps (edit) > 0)
    apply (self, edit, NULL, _("Scenario shown"));
}

static void
list_activate_cb (FhScenariosPage *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "scenarios.show", NULL);
}

typedef enum
{
  ASK_NEW,
  ASK_RENAME,
} Ask;

static void
name_response_cb (AdwMessageDialog *dialog, const char *response, FhScenariosPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  Ask          ask = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ask"));
  const char  *name = gtk_editable_get_text (entry);
  g_autoptr (GError) error = NULL;
  FhPlanModels models;

  if (g_strcmp0 (response, "ok") != 0 || fh_section_get_store (FH_SECTION (self)) == NULL)
    return;
  models = models_of (self);
  if (ask == ASK_NEW)
    {
      g_autoptr (FhEdit) edit = fh_edit_add_scenario (&models, name, 0, &error);

      apply (self, edit, error, _("Scenario added"));
      return;
    }
  {
    FhScenario      *scenario = selected (self);
    g_autofree char *clean = g_strstrip (g_strdup (name));
    gboolean         ok;

    if (scenario == NULL)
      return;
    if (*clean == '\0' || fh_scenarios_name_taken (&models, clean, fh_scenario_get_id (scenario)))
      {
        g_set_error (&error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NAME,
                     *clean == '\0' ? _("A scenario needs a name.")
                                    : _("There is a scenario called “%s” already. Choose "
                                        "another name."),
                                         clean);
        toast_result (self, FALSE, error, NULL);
        return;
      }
    ok = fh_store_set (fh_section_get_store (FH_SECTION (self)), scenario, &error, "name", clean,
                       NULL);
    toast_result (self, ok, error, _("Scenario renamed"));
  }
}

static void
ask_name (FhScenariosPage *self, Ask ask, const char *heading, const char *text)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog =
    adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scenario name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel",
                                    _("_Cancel"), "ok",
                                       ask == ASK_NEW ? _("_Add") : _("_Rename"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "ask", GINT_TO_POINTER (ask));
  g_signal_connect_object (dialog, "response", G_CALLBACK (name_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  ask_name (FH_SCENARIOS_PAGE (widget), ASK_NEW, _("New Scenario"), "");
}

static void
rename_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (widget);
  FhScenario      *scenario = selected (self);

  if (scenario != NULL)
    ask_name (self, ASK_RENAME, _("Rename Scenario"), fh_scenario_get_name (scenario));
}

static void
duplicate_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (widget);
  FhScenario      *scenario = selected (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  models = models_of (self);
  for (int n = 1; n < 100 && edit == NULL; n++)
    {
      const char *source = scenario != NULL ? fh_scenario_get_name (scenario) : _("Base plan");
      g_autofree char *name = NULL;

      /* TRANSLATORS: the name of a copy of a scenario; then of the second, third… copy */
      name = n == 1 ? g_strdup_printf (_("%s (copy)"), source)
                    : g_strdup_printf (_("%s (copy %d)"), source, n);

      g_clear_error (&error);
      edit =
        fh_edit_add_scenario (&models, name, scenario ? fh_scenario_get_id (scenario) : 0, &error);
      if (error != NULL && !g_error_matches (error, FH_SCENARIO_ERROR, FH_SCENARIO_ERROR_NAME))
        break;
    }
  apply (self, edit, error, _("Scenario duplicated"));
}

static void
delete_response_cb (AdwMessageDialog *dialog, const char *response, FhScenariosPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "scenario"));
  g_autoptr (GError) error = NULL;
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  if (g_strcmp0 (response, "delete") != 0 || fh_section_get_store (FH_SECTION (self)) == NULL)
    return;
  models = models_of (self);
  edit = fh_edit_delete_scenario (&models, id, &error);
  apply (self, edit, error, _("Scenario deleted"));
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (widget);
  FhScenario      *scenario = selected (self);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  if (scenario == NULL)
    return;
  body = g_strdup_printf (_("“%s” and the choices and item places it keeps are deleted. Undo "
                            "brings it back."),
                             fh_scenario_get_name (scenario));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Delete Scenario?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel",
                                    _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "scenario",
                     GSIZE_TO_POINTER ((gsize)fh_scenario_get_id (scenario)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (FhScenariosPage *self)
{
  FhStore    *store = fh_section_get_store (FH_SECTION (self));
  FhScenario *scenario = store != NULL ? selected (self) : NULL;
  guint       n = store != NULL
                    ? g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_SCENARIOS))
                    : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.new", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.duplicate", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.show",
                                 scenario != NULL && !fh_scenario_get_shown (scenario));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.rename", scenario != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scenarios.delete", scenario != NULL && n > 1);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
fh_scenarios_page_update_badge (FhSection *section, FhStore *store)
{
  guint            n = store != NULL
                         ? g_list_model_get_n_items (fh_store_get_model (store, FH_COLLECTION_SCENARIOS))
                         : 0;
  g_autofree char *badge = n > 1 ? g_strdup_printf ("%u", n) : NULL;
  g_autofree char *tooltip =
    n > 1 ? g_strdup_printf (ngettext ("%u scenario", "%u scenarios", n), n) : NULL;

  fh_section_set_badge (section, badge);
  fh_section_set_badge_tooltip (section, tooltip);
}

static void
fh_scenarios_page_store_set (FhSection *section, FhStore *store)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (section);

  gtk_single_selection_set_model (
    self->selection, store != NULL ? fh_store_get_model (store, FH_COLLECTION_SCENARIOS) : NULL);
  refresh (self);
  update_actions (self);
}

/* FhSection calls this only while the section is shown, or when it is shown again:
 * the comparison runs the rules and the TCO once per scenario. */
static void
fh_scenarios_page_plan_changed (FhSection *section)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (section);

  update_actions (self);
  refresh (self);
}

void
fh_scenarios_page_select (FhScenariosPage *self, guint position)
{
  g_return_if_fail (FH_IS_SCENARIOS_PAGE (self));
  gtk_single_selection_set_selected (self->selection, position);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (NULL);
  /* TRANSLATORS: beside the name of the scenario the plan shows now */
  GtkWidget *shown = gtk_label_new (_("Shown"));

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (shown, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), shown);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkWidget  *box = gtk_list_item_get_child (item);
  FhScenario *scenario = gtk_list_item_get_item (item);
  GBinding   *name, *shown;

  name = g_object_bind_property (scenario, "name", gtk_widget_get_first_child (box), "label",
                                 G_BINDING_SYNC_CREATE);
  shown = g_object_bind_property (scenario, "shown", gtk_widget_get_last_child (box), "visible",
                                  G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (item), "name-binding", name);
  g_object_set_data (G_OBJECT (item), "shown-binding", shown);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  g_binding_unbind (g_object_get_data (G_OBJECT (item), "name-binding"));
  g_binding_unbind (g_object_get_data (G_OBJECT (item), "shown-binding"));
}

static void
fh_scenarios_page_dispose (GObject *object)
{
  FhScenariosPage *self = FH_SCENARIOS_PAGE (object);

  fh_section_set_store (FH_SECTION (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_SCENARIOS_PAGE);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (fh_scenarios_page_parent_class)->dispose (object);
}

static void
fh_scenarios_page_class_init (FhScenariosPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  object_class->dispose = fh_scenarios_page_dispose;
  section_class->store_set = fh_scenarios_page_store_set;
  section_class->plan_changed = fh_scenarios_page_plan_changed;
  section_class->update_badge = fh_scenarios_page_update_badge;

  g_type_ensure (FH_TYPE_SCENARIO_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/foothold/Foothold/fh-scenarios-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhScenariosPage, list);
  gtk_widget_class_bind_template_child (widget_class, FhScenariosPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, FhScenariosPage, chart);
  gtk_widget_class_bind_template_child (widget_class, FhScenariosPage, table);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "scenarios.show", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "scenarios.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "scenarios.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "scenarios.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "scenarios.delete", NULL, delete_action);
}

static void
fh_scenarios_page_init (FhScenariosPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_actions), self);
  update_actions (self);
}
