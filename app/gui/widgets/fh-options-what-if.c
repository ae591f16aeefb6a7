/* fh-options-what-if.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-options-what-if.h"

#include "fh-cost-line.h"
#include "fh-decision.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-tco.h"

/* What-if for one capability: how far one input (the plan's FTE cost or horizon, or
 * the amount of one cost line) can move, everything else staying, before another
 * option would be recommended. The figures are core's (fh_decision_sensitivity). */

struct _FhOptionsWhatIf
{
  AdwBin parent_instance;

  FhStore    *store;
  char       *capability;
  FhDecision *decision;
  GArray     *sensitivity_lines; /* line ids, after the two plan settings of the drop-down */
  char       *sensitivity_shape;
  gboolean    updating;
  GtkFilter  *line_filter;
  GListModel *lines; /* the cost lines of the capability's options */

  GtkDropDown *sensitivity_dropdown;
  GtkLabel    *sensitivity_label;
};

G_DEFINE_FINAL_TYPE (FhOptionsWhatIf, fh_options_what_if, ADW_TYPE_BIN)

static const char *
currency (FhOptionsWhatIf *self)
{
  return fh_plan_info_get_currency (fh_store_get_info (self->store));
}

static gboolean
line_in_capability (gpointer item, gpointer user_data)
{
  FhOptionsWhatIf *self = user_data;
  FhOption        *option;

  if (self->store == NULL || self->capability == NULL)
    return FALSE;
  option = fh_store_lookup (self->store, FH_COLLECTION_OPTIONS, fh_cost_line_get_option (item));
  return option != NULL && g_strcmp0 (fh_option_get_capability (option), self->capability) == 0;
}

static char *
input_value_text (FhOptionsWhatIf *self, FhSensitivityInput input, gint64 value)
{
  if (input == FH_SENSITIVITY_INPUT_HORIZON)
    return g_strdup_printf (ngettext ("%d year", "%d years", (int)value), (int)value);

  return fh_money_format (value, currency (self));
}

static const char *
option_name (FhOptionsWhatIf *self, gint64 id)
{
  FhOption *option = fh_store_lookup (self->store, FH_COLLECTION_OPTIONS, id);

  return option != NULL ? fh_option_get_name (option) : "";
}

static void
update_sensitivity (FhOptionsWhatIf *self)
{
  guint              selected = gtk_drop_down_get_selected (self->sensitivity_dropdown);
  FhSensitivityInput input;
  gint64             line = 0;
  FhPlanModels       models;
  FhBreakEven        result;
  GString           *text;
  g_autofree char   *low = NULL;
  g_autofree char   *high = NULL;
  g_autofree char   *current = NULL;

  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  if (selected == 0)
    input = FH_SENSITIVITY_INPUT_FTE_COST;
  else if (selected == 1)
    input = FH_SENSITIVITY_INPUT_HORIZON;
  else if (selected - 2 < self->sensitivity_lines->len)
    {
      input = FH_SENSITIVITY_INPUT_LINE_AMOUNT;
      line = g_array_index (self->sensitivity_lines, gint64, selected - 2);
    }
  else
    return;

  fh_store_get_models (self->store, &models);
  if (self->decision->n_options < 2 ||
      !fh_decision_sensitivity (&models, self->capability, input, line, &result))
    {
      gtk_label_set_text (
        self->sensitivity_label,
        _("Score at least two options to see where the recommendation would change."));
      return;
    }

  low = input_value_text (self, input, result.low);
  high = input_value_text (self, input, result.high);
  current = input_value_text (self, input, result.current);
  text = g_string_new (NULL);
  g_string_append_printf (text, _("“%s” stays recommended from %s to %s (today: %s)."),
                                   option_name (self, result.winner), low, high, current);
  if (result.flips_below && result.tolerance > 0)
    {
      g_autofree char *from =
        input_value_text (self, input, MAX (result.low - 1 - result.tolerance, 0));
      g_autofree char *to = input_value_text (self, input, result.low - 1 + result.tolerance);

      g_string_append_c (text, ' ');
      /* Translators: the break-even as a range: rounding each year to the cent moves it */
      g_string_append_printf (text, _("Break-even below: between %s and %s “%s” takes over."),
                                       from, to, option_name (self, result.below_winner));
    }
  else if (result.flips_below)
    {
      g_autofree char *flip = input_value_text (self, input, result.low - 1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Break-even below: at %s “%s” takes over."), flip,
                                       option_name (self, result.below_winner));
    }
  if (result.flips_above && result.tolerance > 0)
    {
      g_autofree char *from = input_value_text (self, input, result.high + 1 - result.tolerance);
      g_autofree char *to = input_value_text (self, input, result.high + 1 + result.tolerance);

      g_string_append_c (text, ' ');
      /* Translators: the break-even as a range: rounding each year to the cent moves it */
      g_string_append_printf (text, _("Break-even above: between %s and %s “%s” takes over."),
                                       from, to, option_name (self, result.above_winner));
    }
  else if (result.flips_above)
    {
      g_autofree char *flip = input_value_text (self, input, result.high + 1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Break-even above: at %s “%s” takes over."), flip,
                                       option_name (self, result.above_winner));
    }
  if (!result.flips_below && !result.flips_above)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("No value in the allowed range changes it."));
    }

  gtk_label_set_text (self->sensitivity_label, text->str);
  g_string_free (text, TRUE);
}

static void
rebuild_sensitivity_inputs (FhOptionsWhatIf *self)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  GString *shape = g_string_new (self->capability);
  guint    selected = gtk_drop_down_get_selected (self->sensitivity_dropdown);

  g_array_set_size (self->sensitivity_lines, 0);
  gtk_string_list_append (list, _("FTE cost (plan setting)"));
  gtk_string_list_append (list, _("Horizon (plan setting)"));

  for (guint o = 0; o < self->decision->n_options; o++)
    {
      FhOption *option = self->decision->options[o];

      for (guint i = 0; i < g_list_model_get_n_items (self->lines); i++)
        {
          g_autoptr (FhCostLine) line = g_list_model_get_item (self->lines, i);
          gint64           id = fh_cost_line_get_id (line);
          const char      *what = fh_cost_line_get_description (line);
          g_autofree char *label = NULL;

          if (fh_cost_line_get_option (line) != fh_option_get_id (option) ||
              fh_cost_line_get_fte (line) > 0)
            continue;
          label =
            g_strdup_printf (_("%s: %s"), fh_option_get_name (option),
                                what[0] != '\0' ? what
                                : fh_cost_line_get_category (line) < FH_N_COST_CATEGORIES
                                  ? fh_cost_category_get_label (fh_cost_line_get_category (line))
                                  : "");
          gtk_string_list_append (list, label);
          g_array_append_val (self->sensitivity_lines, id);
          g_string_append_printf (shape, ",%s", label);
        }
    }

  if (g_strcmp0 (shape->str, self->sensitivity_shape) != 0)
    {
      g_free (self->sensitivity_shape);
      self->sensitivity_shape = g_string_free (shape, FALSE);
      self->updating = TRUE;
      gtk_drop_down_set_model (self->sensitivity_dropdown, G_LIST_MODEL (list));
      gtk_drop_down_set_selected (
        self->sensitivity_dropdown,
        selected < g_list_model_get_n_items (G_LIST_MODEL (list)) ? selected : 0);
      self->updating = FALSE;
    }
  else
    g_string_free (shape, TRUE);
}

static void
sensitivity_selected_cb (FhOptionsWhatIf *self)
{
  if (self->updating || self->store == NULL || self->decision == NULL)
    return;
  update_sensitivity (self);
}

static void
fh_options_what_if_dispose (GObject *object)
{
  FhOptionsWhatIf *self = FH_OPTIONS_WHAT_IF (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTIONS_WHAT_IF);
  g_clear_object (&self->lines);
  g_clear_object (&self->line_filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->decision, fh_decision_free);

  G_OBJECT_CLASS (fh_options_what_if_parent_class)->dispose (object);
}

static void
fh_options_what_if_finalize (GObject *object)
{
  FhOptionsWhatIf *self = FH_OPTIONS_WHAT_IF (object);

  g_free (self->capability);
  g_free (self->sensitivity_shape);
  g_array_unref (self->sensitivity_lines);

  G_OBJECT_CLASS (fh_options_what_if_parent_class)->finalize (object);
}

static void
fh_options_what_if_class_init (FhOptionsWhatIfClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_options_what_if_dispose;
  object_class->finalize = fh_options_what_if_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/fh-options-what-if.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionsWhatIf, sensitivity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsWhatIf, sensitivity_label);
  gtk_widget_class_bind_template_callback (widget_class, sensitivity_selected_cb);
}

static void
fh_options_what_if_init (FhOptionsWhatIf *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sensitivity_lines = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->line_filter = GTK_FILTER (gtk_custom_filter_new (line_in_capability, self, NULL));
}

GtkWidget *
fh_options_what_if_new (void)
{
  return g_object_new (FH_TYPE_OPTIONS_WHAT_IF, NULL);
}

/**
 * fh_options_what_if_set_store:
 * @store: (nullable): the plan to analyse
 */
void
fh_options_what_if_set_store (FhOptionsWhatIf *self, FhStore *store)
{
  g_return_if_fail (FH_IS_OPTIONS_WHAT_IF (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->lines);
  if (store != NULL)
    self->lines = G_LIST_MODEL (gtk_filter_list_model_new (
      g_object_ref (fh_store_get_model (store, FH_COLLECTION_COST_LINES)),
      g_object_ref (self->line_filter)));
  g_clear_pointer (&self->sensitivity_shape, g_free);
  fh_options_what_if_refresh (self);
}

void
fh_options_what_if_set_capability (FhOptionsWhatIf *self, const char *capability)
{
  g_return_if_fail (FH_IS_OPTIONS_WHAT_IF (self));

  if (g_strcmp0 (self->capability, capability) == 0)
    return;

  g_free (self->capability);
  self->capability = g_strdup (capability);
  fh_options_what_if_refresh (self);
}

/* Analyses the capability's decision again: after every change. */
void
fh_options_what_if_refresh (FhOptionsWhatIf *self)
{
  FhPlanModels models;

  g_return_if_fail (FH_IS_OPTIONS_WHAT_IF (self));

  g_clear_pointer (&self->decision, fh_decision_free);
  if (self->store == NULL || self->capability == NULL)
    return;

  /* A line's option may have moved to another capability: check them again. */
  gtk_filter_changed (self->line_filter, GTK_FILTER_CHANGE_DIFFERENT);
  fh_store_get_models (self->store, &models);
  self->decision = fh_decision_new (&models, self->capability, NULL);
  rebuild_sensitivity_inputs (self);
  update_sensitivity (self);
}
