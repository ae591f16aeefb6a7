/* fh-options-comparison.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fh-options-comparison.h"

#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-decision.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-render-cost-chart.h"
#include "fh-report-data.h"
#include "fh-tco.h"

/* The options of one capability side by side (costs by category, TCO, present value,
 * every criterion's score and the weighted total, the best of each row marked), a
 * stacked cost chart, and what-if: how far one input can move before another option
 * would be recommended. All figures come from the capability's FhDecision. */

struct _FhOptionsComparison
{
  AdwBin parent_instance;

  FhStore    *store;
  char       *capability;
  FhDecision *decision;
  GArray     *sensitivity_lines; /* line ids, after the two plan settings of the drop-down */
  char       *sensitivity_shape;
  gboolean    updating;

  GtkGrid        *compare_grid;
  GtkDrawingArea *chart;
  GtkDropDown    *sensitivity_dropdown;
  GtkLabel       *sensitivity_label;
  GtkFilter      *line_filter;
  GListModel     *lines; /* the cost lines of the capability's options */
};

G_DEFINE_FINAL_TYPE (FhOptionsComparison, fh_options_comparison, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CAPABILITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
currency (FhOptionsComparison *self)
{
  return fh_plan_info_get_currency (fh_store_get_info (self->store));
}

static char *
money_text (FhOptionsComparison *self, gint64 minor)
{
  return fh_money_format_whole (minor, currency (self));
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static gboolean
line_in_capability (gpointer item, gpointer user_data)
{
  FhOptionsComparison *self = user_data;
  FhOption            *option;

  if (self->store == NULL || self->capability == NULL)
    return FALSE;
  option = fh_store_lookup (self->store, FH_COLLECTION_OPTIONS, fh_cost_line_get_option (item));
  return option != NULL && g_strcmp0 (fh_option_get_capability (option), self->capability) == 0;
}

typedef enum
{
  BEST_LOWEST,
  BEST_HIGHEST,
} Best;

static void
attach_cell (FhOptionsComparison *self,
             const char          *text,
             int                  column,
             int                  row,
             gboolean             best,
             gboolean             header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_label_set_justify (GTK_LABEL (label), column == 0 ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "compare-cell");
  if (row % 2 == 1)
    gtk_widget_add_css_class (label, "compare-odd");
  if (header)
    gtk_widget_add_css_class (label, "heading");
  if (column > 0 && !header)
    gtk_widget_add_css_class (label, "numeric");
  if (best)
    {
      g_autofree char *description = g_strdup_printf (_("%s, best in this row"), text);

      gtk_widget_add_css_class (label, "compare-best");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
    }
  gtk_grid_attach (self->compare_grid, label, column, row, 1, 1);
}

/* One row of values, the best ones (ties included) highlighted. */
static void
attach_row (FhOptionsComparison *self,
            int                  row,
            const char          *title,
            const double        *values,
            char               **texts,
            Best                 best)
{
  FhDecision *decision = self->decision;
  double      target = best == BEST_LOWEST ? INFINITY : -INFINITY;

  for (guint o = 0; o < decision->n_options; o++)
    target = best == BEST_LOWEST ? MIN (target, values[o]) : MAX (target, values[o]);

  attach_cell (self, title, 0, row, FALSE, FALSE);
  for (guint o = 0; o < decision->n_options; o++)
    attach_cell (self, texts[o], o + 1, row,
                 decision->n_options > 1 && fabs (values[o] - target) < 1e-9, FALSE);
}

static void
rebuild_compare (FhOptionsComparison *self)
{
  FhDecision        *decision = self->decision;
  g_autofree double *values = g_new0 (double, MAX (decision->n_options, 1));
  g_auto (GStrv) texts = g_new0 (char *, decision->n_options + 1);
  int    row = 1;
  double rate = fh_plan_info_get_discount_rate (fh_store_get_info (self->store));

  clear_grid (self->compare_grid);
  if (decision->n_options == 0)
    {
      attach_cell (self, _("Add options on the Options tab to compare them here."), 0, 0, FALSE,
                            FALSE);
      return;
    }

  attach_cell (self, "", 0, 0, FALSE, TRUE);
  for (guint o = 0; o < decision->n_options; o++)
    {
      g_autofree char *header = NULL;

      gboolean recommended = (int)o == decision->recommended;
      gboolean chosen = (int)o == decision->chosen;

      header =
        g_strdup_printf ("%s\n%s%s%s%s%s", fh_option_get_name (decision->options[o]),
                         fh_report_option_kind_label (fh_option_get_kind (decision->options[o])),
                         recommended || chosen ? "\n" : "",
                         recommended ? _("★ recommended") : "", recommended && chosen ? " · " : "",
                                          chosen ? _("✔ chosen") : "");
      attach_cell (self, header, o + 1, 0, FALSE, TRUE);
    }

  for (guint c = 0; c < FH_N_COST_CATEGORIES; c++)
    {
      gboolean used = FALSE;

      for (guint o = 0; o < decision->n_options; o++)
        used |= decision->tcos[o].by_category[c] > 0;
      if (!used)
        continue;

      for (guint o = 0; o < decision->n_options; o++)
        {
          values[o] = decision->tcos[o].by_category[c];
          g_free (texts[o]);
          texts[o] = money_text (self, decision->tcos[o].by_category[c]);
        }
      attach_row (self, row++, fh_cost_category_get_label (c), values, texts, BEST_LOWEST);
    }

  for (guint o = 0; o < decision->n_options; o++)
    {
      values[o] = decision->tcos[o].total;
      g_free (texts[o]);
      texts[o] = money_text (self, decision->tcos[o].total);
    }
  {
    g_autofree char *title = g_strdup_printf (
      ngettext ("TCO over %d year", "TCO over %d years", decision->tcos[0].horizon),
      decision->tcos[0].horizon);

    attach_row (self, row++, title, values, texts, BEST_LOWEST);
  }

  if (rate > 0)
    {
      g_autofree char *rate_text = fh_number_format (rate);
      g_autofree char *title = g_strdup_printf (_("Present value at %s %%"), rate_text);

      for (guint o = 0; o < decision->n_options; o++)
        {
          values[o] = decision->tcos[o].present_value;
          g_free (texts[o]);
          texts[o] = money_text (self, decision->tcos[o].present_value);
        }
      attach_row (self, row++, title, values, texts, BEST_LOWEST);
    }

  for (guint c = 0; c < decision->n_criteria; c++)
    {
      g_autofree char *title = g_strdup_printf (
        "%s (%.0f %%)", fh_criterion_get_name (decision->criteria[c]), decision->weights[c] * 100);

      for (guint o = 0; o < decision->n_options; o++)
        {
          double score = fh_decision_get_score (decision, o, c);

          values[o] = score;
          g_free (texts[o]);
          texts[o] = score <= 0 ? g_strdup ("—")
                     : fh_criterion_get_derived (decision->criteria[c])
                       ? g_strdup_printf ("%.1f", score)
                       : g_strdup_printf ("%.0f", score);
        }
      attach_row (self, row++, title, values, texts, BEST_HIGHEST);
    }

  for (guint o = 0; o < decision->n_options; o++)
    {
      values[o] = decision->totals[o];
      g_free (texts[o]);
      texts[o] = g_strdup_printf ("%.2f", decision->totals[o]);
    }
  attach_row (self, row++, _("Weighted total (of 5)"), values, texts, BEST_HIGHEST);
}

static void
chart_draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (user_data);
  FhCostChartBar       bars[FH_COST_CHART_MAX_BARS];
  guint                n_bars;

  if (self->store == NULL || self->decision == NULL)
    return;

  n_bars = MIN (self->decision->n_options, FH_COST_CHART_MAX_BARS);
  for (guint o = 0; o < n_bars; o++)
    {
      bars[o].name = fh_option_get_name (self->decision->options[o]);
      memcpy (bars[o].by_category, self->decision->tcos[o].by_category, sizeof bars[o].by_category);
    }

  fh_render_cost_chart (cr, width, height, bars, n_bars, currency (self), NULL);
}

/* Sensitivity --------------------------------------------------------------------- */

static char *
input_value_text (FhOptionsComparison *self, FhSensitivityInput input, gint64 value)
{
  if (input == FH_SENSITIVITY_INPUT_HORIZON)
    return g_strdup_printf (ngettext ("%d year", "%d years", (int)value), (int)value);

  return fh_money_format (value, currency (self));
}

static const char *
option_name (FhOptionsComparison *self, gint64 id)
{
  FhOption *option = fh_store_lookup (self->store, FH_COLLECTION_OPTIONS, id);

  return option != NULL ? fh_option_get_name (option) : "";
}

static void
update_sensitivity (FhOptionsComparison *self)
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
  if (result.flips_below)
    {
      g_autofree char *flip = input_value_text (self, input, result.low - 1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Break-even below: at %s “%s” takes over."), flip,
                                       option_name (self, result.below_winner));
    }
  if (result.flips_above)
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
rebuild_sensitivity_inputs (FhOptionsComparison *self)
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
sensitivity_selected_cb (FhOptionsComparison *self)
{
  if (self->updating || self->store == NULL || self->decision == NULL)
    return;
  update_sensitivity (self);
}

static void
fh_options_comparison_dispose (GObject *object)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTIONS_COMPARISON);
  g_clear_object (&self->lines);
  g_clear_object (&self->line_filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->decision, fh_decision_free);

  G_OBJECT_CLASS (fh_options_comparison_parent_class)->dispose (object);
}

static void
fh_options_comparison_finalize (GObject *object)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (object);

  g_free (self->capability);
  g_free (self->sensitivity_shape);
  g_array_unref (self->sensitivity_lines);

  G_OBJECT_CLASS (fh_options_comparison_parent_class)->finalize (object);
}

static void
fh_options_comparison_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_options_comparison_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_options_comparison_set_store (self, g_value_get_object (value));
      break;
    case PROP_CAPABILITY:
      fh_options_comparison_set_capability (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_options_comparison_class_init (FhOptionsComparisonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_options_comparison_dispose;
  object_class->finalize = fh_options_comparison_finalize;
  object_class->get_property = fh_options_comparison_get_property;
  object_class->set_property = fh_options_comparison_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPABILITY] =
    g_param_spec_string ("capability", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/fh-options-comparison.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, compare_grid);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, chart);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, sensitivity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, sensitivity_label);
  gtk_widget_class_bind_template_callback (widget_class, sensitivity_selected_cb);
}

static void
fh_options_comparison_init (FhOptionsComparison *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sensitivity_lines = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->line_filter = GTK_FILTER (gtk_custom_filter_new (line_in_capability, self, NULL));
  gtk_drawing_area_set_draw_func (self->chart, chart_draw_cb, self, NULL);
}

GtkWidget *
fh_options_comparison_new (void)
{
  return g_object_new (FH_TYPE_OPTIONS_COMPARISON, NULL);
}

FhStore *
fh_options_comparison_get_store (FhOptionsComparison *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_COMPARISON (self), NULL);

  return self->store;
}

/**
 * fh_options_comparison_set_store:
 * @store: (nullable): the plan to show
 */
void
fh_options_comparison_set_store (FhOptionsComparison *self, FhStore *store)
{
  g_return_if_fail (FH_IS_OPTIONS_COMPARISON (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->lines);
  if (store != NULL)
    self->lines = G_LIST_MODEL (gtk_filter_list_model_new (
      g_object_ref (fh_store_get_model (store, FH_COLLECTION_COST_LINES)),
      g_object_ref (self->line_filter)));
  g_clear_pointer (&self->sensitivity_shape, g_free);
  fh_options_comparison_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
fh_options_comparison_get_capability (FhOptionsComparison *self)
{
  g_return_val_if_fail (FH_IS_OPTIONS_COMPARISON (self), NULL);

  return self->capability;
}

void
fh_options_comparison_set_capability (FhOptionsComparison *self, const char *capability)
{
  g_return_if_fail (FH_IS_OPTIONS_COMPARISON (self));

  if (g_strcmp0 (self->capability, capability) == 0)
    return;

  g_free (self->capability);
  self->capability = g_strdup (capability);
  gtk_filter_changed (self->line_filter, GTK_FILTER_CHANGE_DIFFERENT);
  fh_options_comparison_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPABILITY]);
}

/* Computes the capability's decision again and shows it: after every change. */
void
fh_options_comparison_refresh (FhOptionsComparison *self)
{
  FhPlanModels models;

  g_return_if_fail (FH_IS_OPTIONS_COMPARISON (self));

  g_clear_pointer (&self->decision, fh_decision_free);
  if (self->store == NULL || self->capability == NULL)
    {
      clear_grid (self->compare_grid);
      gtk_widget_queue_draw (GTK_WIDGET (self->chart));
      return;
    }

  /* A line's option may have moved to another capability: check them again. */
  gtk_filter_changed (self->line_filter, GTK_FILTER_CHANGE_DIFFERENT);
  fh_store_get_models (self->store, &models);
  self->decision = fh_decision_new (&models, self->capability, NULL);
  rebuild_compare (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
  rebuild_sensitivity_inputs (self);
  update_sensitivity (self);
}
