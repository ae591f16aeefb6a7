/* fh-options-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-options-page.h"

#include "fh-capability.h"
#include "fh-cost-line.h"
#include "fh-decision.h"
#include "fh-option-adder.h"
#include "fh-option-card.h"
#include "fh-option-editor.h"
#include "fh-option.h"
#include "fh-funding-view.h"
#include "fh-options-comparison.h"
#include "fh-options-settings.h"

/* The Options section: per capability, its options as cards and the selected one in
 * an FhOptionEditor (tab "Options"); the options side by side in an
 * FhOptionsComparison (tab "Compare"); the plan's criteria weights and the settings
 * the costs depend on in FhOptionsSettings (tab "Criteria and Settings").
 *
 * The cards follow a filtered model of the plan's options; every field commits with
 * one store call, and the parts show the plan again after each change without
 * rebuilding what the user is typing in. */

struct _FhOptionsPage
{
  FhSection parent_instance;

  char       *capability;
  gint64      option_id;
  FhDecision *decision;
  gboolean    updating;

  GPtrArray     *capability_ids; /* parallel to the capability dropdown */
  GtkStringList *capability_names;
  GtkFilter     *option_filter; /* the options of the shown capability */
  GListModel    *options;

  GtkDropDown         *capability_dropdown;
  GtkStack            *view_stack;
  GtkBox              *top_bar;
  FhOptionAdder       *adder;
  GtkFlowBox          *option_flow;
  GtkLabel            *no_options_label;
  GtkBox              *editor_box;
  FhOptionEditor      *editor;
  FhOptionsComparison *comparison;
  FhFundingView       *funding;
  FhOptionsSettings   *settings;
};

G_DEFINE_FINAL_TYPE (FhOptionsPage, fh_options_page, FH_TYPE_SECTION)

static void fh_options_page_refresh (FhOptionsPage *self);

static FhStore *
page_store (FhOptionsPage *self)
{
  return fh_section_get_store (FH_SECTION (self));
}

static FhOption *
selected_option (FhOptionsPage *self)
{
  FhOption *option;

  if (page_store (self) == NULL || self->option_id == 0)
    return NULL;

  option = fh_store_lookup (page_store (self), FH_COLLECTION_OPTIONS, self->option_id);
  if (option == NULL || g_strcmp0 (fh_option_get_capability (option), self->capability) != 0)
    return NULL;

  return option;
}

static gboolean
option_in_capability (gpointer item, gpointer user_data)
{
  FhOptionsPage *self = user_data;

  return self->capability != NULL &&
         g_strcmp0 (fh_option_get_capability (item), self->capability) == 0;
}

/* The option cards ---------------------------------------------------------------- */

static void
card_set_standing (FhOptionsPage *self, FhOptionCard *card)
{
  int o = self->decision != NULL
            ? fh_decision_find_option (self->decision,
                                       fh_option_get_id (fh_option_card_get_option (card)))
            : -1;

  if (o >= 0)
    fh_option_card_set_standing (card, self->decision->totals[o], o == self->decision->recommended,
                                 o == self->decision->chosen);
  else
    fh_option_card_refresh (card);
}

static void
card_toggled_cb (FhOptionCard *card, FhOptionsPage *self)
{
  if (self->updating || !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (card)))
    return;

  self->option_id = fh_option_get_id (fh_option_card_get_option (card));
  fh_options_page_refresh (self);
}

static GtkWidget *
card_new (gpointer item, gpointer user_data)
{
  FhOptionsPage *self = user_data;
  GtkWidget     *card = fh_option_card_new (page_store (self), item);
  GtkWidget     *first = gtk_widget_get_first_child (GTK_WIDGET (self->option_flow));

  /* One group: the active card is the option being edited. */
  if (first != NULL)
    gtk_toggle_button_set_group (
      GTK_TOGGLE_BUTTON (card),
      GTK_TOGGLE_BUTTON (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (first))));
  card_set_standing (self, FH_OPTION_CARD (card));
  self->updating = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (card),
                                fh_option_get_id (item) == self->option_id);
  self->updating = FALSE;
  g_signal_connect (card, "toggled", G_CALLBACK (card_toggled_cb), self);

  return card;
}

static void
update_cards (FhOptionsPage *self)
{
  guint n = self->options != NULL ? g_list_model_get_n_items (self->options) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->no_options_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->option_flow), n > 0);

  self->updating = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->option_flow));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      FhOptionCard *card =
        FH_OPTION_CARD (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)));

      card_set_standing (self, card);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (card),
                                    fh_option_get_id (fh_option_card_get_option (card)) ==
                                      self->option_id);
    }
  self->updating = FALSE;
}

/* Actions ------------------------------------------------------------------------- */

static void
add_line (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  g_autoptr (FhCostLine) line = NULL;
  g_autoptr (GError) error = NULL;

  if (selected_option (self) == NULL)
    return;

  line = fh_cost_line_new (self->option_id);
  if (!fh_store_add (page_store (self), line, &error))
    {
      fh_section_toast (FH_SECTION (self), error->message, FALSE);
      return;
    }

  /* The line's row follows the plan's lines: start typing its amount. */
  fh_option_editor_focus_line_amount (self->editor, fh_cost_line_get_id (line));
}

static void
remove_line (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  FhStore       *store = page_store (self);
  FhCostLine    *line;
  g_autoptr (GError) error = NULL;

  if (store == NULL || (line = fh_store_lookup (store, FH_COLLECTION_COST_LINES,
                                                g_variant_get_int64 (param))) == NULL)
    return;

  if (!fh_store_remove (store, line, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
  else
    fh_section_toast (FH_SECTION (self), _("Cost line deleted"), TRUE);
}

static void
set_score (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  const char    *criterion;
  int            score;
  g_autoptr (GError) error = NULL;

  g_variant_get (param, "(&si)", &criterion, &score);
  if (!fh_option_editor_set_score (self->editor, criterion, score, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
}

static void
delete_option (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  FhOption      *option = selected_option (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (option == NULL)
    return;

  message = g_strdup_printf (_("“%s” deleted"), fh_option_get_name (option));
  if (!fh_store_remove (page_store (self), option, &error))
    {
      fh_section_toast (FH_SECTION (self), error->message, FALSE);
      return;
    }

  self->option_id = 0;
  fh_section_toast (FH_SECTION (self), message, TRUE);
}

static void
choose_option (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (selected_option (self) == NULL)
    return;

  if (!fh_option_editor_choose (self->editor, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
}

/* Capabilities, badge, refresh ---------------------------------------------------- */

/* The capabilities with a chosen option, counted over the model. */
static void
fh_options_page_update_badge (FhSection *section, FhStore *store)
{
  g_autoptr (GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *badge = NULL;

  if (store != NULL)
    {
      GListModel *options = fh_store_get_model (store, FH_COLLECTION_OPTIONS);

      for (guint i = 0; i < g_list_model_get_n_items (options); i++)
        {
          g_autoptr (FhOption) option = g_list_model_get_item (options, i);

          if (fh_option_get_chosen (option))
            g_hash_table_add (chosen, (gpointer)fh_option_get_capability (option));
        }
      badge = g_strdup_printf ("%u", g_hash_table_size (chosen));
    }

  fh_section_set_badge (section, badge);
}

static void
update_capabilities (FhOptionsPage *self)
{
  FhStore    *store = fh_section_get_store (FH_SECTION (self));
  GListModel *capabilities = fh_store_get_model (store, FH_COLLECTION_CAPABILITIES);
  GListModel *options = fh_store_get_model (store, FH_COLLECTION_OPTIONS);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gboolean same;
  guint    selected = 0;
  guint    first_with_options = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (capabilities); i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (capabilities, i);
      const char *id = fh_capability_get_id (capability);
      guint       n = 0;

      for (guint j = 0; j < g_list_model_get_n_items (options); j++)
        {
          g_autoptr (FhOption) option = g_list_model_get_item (options, j);

          n += g_strcmp0 (fh_option_get_capability (option), id) == 0;
        }
      if (n > 0 && first_with_options == G_MAXUINT)
        first_with_options = i;

      g_ptr_array_add (ids, g_strdup (id));
      g_ptr_array_add (names,
                       n > 0 ? g_strdup_printf (ngettext ("%s (%u option)", "%s (%u options)", n),
                                                fh_capability_get_name (capability), n)
                             : g_strdup (fh_capability_get_name (capability)));
    }

  same = names->len == (guint)g_list_model_get_n_items (G_LIST_MODEL (self->capability_names));
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (g_ptr_array_index (names, i),
                      gtk_string_list_get_string (self->capability_names, i)) == 0 &&
           g_strcmp0 (g_ptr_array_index (ids, i), g_ptr_array_index (self->capability_ids, i)) == 0;
  if (same)
    return;

  if (self->capability == NULL && ids->len > 0)
    self->capability =
      g_strdup (g_ptr_array_index (ids, first_with_options != G_MAXUINT ? first_with_options : 0));
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), self->capability) == 0)
      selected = i;

  g_ptr_array_add (names, NULL);
  self->updating = TRUE;
  g_clear_pointer (&self->capability_ids, g_ptr_array_unref);
  self->capability_ids = g_steal_pointer (&ids);
  g_object_unref (self->capability_names);
  self->capability_names = gtk_string_list_new ((const char *const *)names->pdata);
  gtk_drop_down_set_model (self->capability_dropdown, G_LIST_MODEL (self->capability_names));
  gtk_drop_down_set_selected (self->capability_dropdown, selected);
  self->updating = FALSE;
}

static void
capability_selected_cb (FhOptionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->capability_dropdown);

  if (self->updating || self->capability_ids == NULL || selected >= self->capability_ids->len)
    return;

  fh_options_page_set_capability (self, g_ptr_array_index (self->capability_ids, selected));
}

static void
option_added_cb (FhOptionsPage *self, FhOption *option)
{
  fh_options_page_set_option (self, fh_option_get_id (option));
}

static void
capability_changed (FhOptionsPage *self)
{
  fh_option_adder_set_capability (self->adder, self->capability);
  gtk_filter_changed (self->option_filter, GTK_FILTER_CHANGE_DIFFERENT);
  fh_options_comparison_set_capability (self->comparison, self->capability);
}

static void
fh_options_page_refresh (FhOptionsPage *self)
{
  FhStore         *store = page_store (self);
  FhPlanModels     models;
  FhOption        *option;
  g_autofree char *shown_capability = NULL;

  if (store == NULL)
    {
      g_clear_pointer (&self->decision, fh_decision_free);
      fh_option_editor_set_option (self->editor, NULL, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->editor), FALSE);
      return;
    }

  shown_capability = g_strdup (self->capability);
  update_capabilities (self);
  if (g_strcmp0 (shown_capability, self->capability) != 0 || self->capability == NULL)
    capability_changed (self);
  if (self->capability == NULL)
    return;

  fh_store_get_models (store, &models);
  g_clear_pointer (&self->decision, fh_decision_free);
  self->decision = fh_decision_new (&models, self->capability, NULL);

  /* Keep the selected option if it still exists; otherwise the chosen one, the
   * recommended one or the first. */
  if (fh_decision_find_option (self->decision, self->option_id) < 0)
    {
      int o = self->decision->chosen >= 0        ? self->decision->chosen
              : self->decision->recommended >= 0 ? self->decision->recommended
                                                 : 0;

      self->option_id =
        self->decision->n_options > 0 ? fh_option_get_id (self->decision->options[o]) : 0;
    }

  option = selected_option (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "options.add-line", option != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "options.delete", option != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "options.choose", option != NULL);
  fh_option_editor_set_option (self->editor, store, option);
  gtk_widget_set_visible (GTK_WIDGET (self->editor), option != NULL);
  if (option != NULL)
    fh_option_editor_refresh (self->editor, self->decision);

  update_cards (self);
  fh_options_comparison_refresh (self->comparison);
  fh_options_settings_refresh (self->settings);
}

/* FhSection ----------------------------------------------------------------------- */

static void
fh_options_page_store_set (FhSection *section, FhStore *store)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (section);

  g_clear_pointer (&self->capability, g_free);
  self->option_id = 0;
  fh_option_editor_set_option (self->editor, NULL, NULL);
  gtk_flow_box_bind_model (self->option_flow, NULL, NULL, NULL, NULL);
  g_clear_object (&self->options);
  if (store != NULL)
    {
      self->options = G_LIST_MODEL (
        gtk_filter_list_model_new (g_object_ref (fh_store_get_model (store, FH_COLLECTION_OPTIONS)),
                                   g_object_ref (self->option_filter)));
      gtk_flow_box_bind_model (self->option_flow, self->options, card_new, self, NULL);
    }
  fh_option_adder_set_store (self->adder, store);
  fh_options_comparison_set_store (self->comparison, store);
  fh_funding_view_set_store (self->funding, store);
  fh_options_settings_set_store (self->settings, store);

  fh_options_page_refresh (self);
}

static void
fh_options_page_plan_changed (FhSection *section)
{
  fh_options_page_refresh (FH_OPTIONS_PAGE (section));
}

/* GObject ------------------------------------------------------------------------- */

static void
fh_options_page_dispose (GObject *object)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (object);

  /* No more refreshes while the parts go. */
  fh_section_set_store (FH_SECTION (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTIONS_PAGE);
  g_clear_object (&self->options);
  g_clear_object (&self->option_filter);
  g_clear_pointer (&self->decision, fh_decision_free);

  G_OBJECT_CLASS (fh_options_page_parent_class)->dispose (object);
}

static void
fh_options_page_finalize (GObject *object)
{
  FhOptionsPage *self = FH_OPTIONS_PAGE (object);

  g_free (self->capability);
  g_clear_pointer (&self->capability_ids, g_ptr_array_unref);
  g_clear_object (&self->capability_names);

  G_OBJECT_CLASS (fh_options_page_parent_class)->finalize (object);
}

/* What the page shows: the options of each capability with their cost lines and scores,
 * the criteria, and the plan's currency, horizon and rates (fh_section_class_watch_info). */
static const FhCollection watched_collections[] = {
  FH_COLLECTION_CAPABILITIES, FH_COLLECTION_OPTIONS,       FH_COLLECTION_COST_LINES,
  FH_COLLECTION_CRITERIA,     FH_COLLECTION_OPTION_SCORES,
};

/* The section's main control: the capability whose options are shown. */
static gboolean
fh_options_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FH_OPTIONS_PAGE (widget)->capability_dropdown));
}

static void
fh_options_page_class_init (FhOptionsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  widget_class->grab_focus = fh_options_page_grab_focus;
  object_class->dispose = fh_options_page_dispose;
  object_class->finalize = fh_options_page_finalize;
  section_class->store_set = fh_options_page_store_set;
  section_class->plan_changed = fh_options_page_plan_changed;
  section_class->update_badge = fh_options_page_update_badge;
  fh_section_class_watch (section_class, watched_collections, G_N_ELEMENTS (watched_collections));
  fh_section_class_watch_info (section_class);

  g_type_ensure (FH_TYPE_OPTION_ADDER);
  g_type_ensure (FH_TYPE_OPTION_EDITOR);
  g_type_ensure (FH_TYPE_OPTIONS_COMPARISON);
  g_type_ensure (FH_TYPE_FUNDING_VIEW);
  g_type_ensure (FH_TYPE_OPTIONS_SETTINGS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-options-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, capability_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, top_bar);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, option_flow);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, no_options_label);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, adder);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, comparison);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, funding);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsPage, settings);
  gtk_widget_class_bind_template_callback (widget_class, option_added_cb);
  gtk_widget_class_bind_template_callback (widget_class, capability_selected_cb);

  gtk_widget_class_install_action (widget_class, "options.add-line", NULL, add_line);
  gtk_widget_class_install_action (widget_class, "options.remove-line", "x", remove_line);
  gtk_widget_class_install_action (widget_class, "options.score", "(si)", set_score);
  gtk_widget_class_install_action (widget_class, "options.delete", NULL, delete_option);
  gtk_widget_class_install_action (widget_class, "options.choose", NULL, choose_option);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "options.add-line", NULL);
}

/* In presentation type the capability and the switcher do not fit side by side on a
 * 1280-pixel screen. */
static void
presenting_changed_cb (FhOptionsPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->top_bar),
                                  fh_section_get_presenting (FH_SECTION (self))
                                    ? GTK_ORIENTATION_VERTICAL
                                    : GTK_ORIENTATION_HORIZONTAL);
}

static void
fh_options_page_init (FhOptionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::presenting", G_CALLBACK (presenting_changed_cb), NULL);

  self->capability_names = gtk_string_list_new (NULL);
  self->option_filter = GTK_FILTER (gtk_custom_filter_new (option_in_capability, self, NULL));

  fh_options_page_refresh (self);
}

GtkWidget *
fh_options_page_new (void)
{
  return g_object_new (FH_TYPE_OPTIONS_PAGE, NULL);
}

const char *
fh_options_page_get_capability (FhOptionsPage *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_PAGE (self), NULL);

  return self->capability;
}

void
fh_options_page_set_capability (FhOptionsPage *self, const char *capability)
{
  g_return_if_fail (FH_IS_OPTIONS_PAGE (self));

  if (g_strcmp0 (self->capability, capability) == 0)
    return;

  g_free (self->capability);
  self->capability = g_strdup (capability);
  self->option_id = 0;
  if (self->capability_ids != NULL)
    for (guint i = 0; i < self->capability_ids->len; i++)
      if (g_strcmp0 (g_ptr_array_index (self->capability_ids, i), capability) == 0)
        {
          self->updating = TRUE;
          gtk_drop_down_set_selected (self->capability_dropdown, i);
          self->updating = FALSE;
        }
  capability_changed (self);
  fh_options_page_refresh (self);
}

gint64
fh_options_page_get_option (FhOptionsPage *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_PAGE (self), 0);

  return self->option_id;
}

void
fh_options_page_set_option (FhOptionsPage *self, gint64 option)
{
  g_return_if_fail (FH_IS_OPTIONS_PAGE (self));

  self->option_id = option;
  fh_options_page_refresh (self);
}
