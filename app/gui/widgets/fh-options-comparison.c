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

#include "fh-chart-style.h"
#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-decision.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-options-what-if.h"
#include "fh-plan-info.h"
#include "fh-render-cost-chart.h"
#include "fh-tco.h"
#include "fh-types.h"

/* The options of one capability side by side (costs by category, TCO, present value,
 * every criterion's score and the weighted total, the best of each row marked), a
 * stacked cost chart, and the what-if analysis under them (FhOptionsWhatIf). All
 * figures come from the capability's FhDecision. */

struct _FhOptionsComparison
{
  AdwBin parent_instance;

  FhStore    *store;
  char       *capability;
  FhDecision *decision;

  GtkGrid         *compare_grid;
  GtkDrawingArea  *chart;
  FhOptionsWhatIf *what_if;
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
  int              row = 1;
  double           rate = fh_plan_info_get_discount_rate (fh_store_get_info (self->store));
  g_autofree char *basis = NULL;

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
                         fh_option_kind_get_label (fh_option_get_kind (decision->options[o])),
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
    /* The derived TCO score is computed from the present value, which is this row when
     * nothing is discounted: say which row, so anyone can redo the sum. */
    basis = g_steal_pointer (&title);
  }

  if (rate > 0)
    {
      g_autofree char *rate_text = fh_number_format (rate);
      g_autofree char *title = g_strdup_printf (_("Present value at %s %%"), rate_text);

      g_free (basis);
      basis = g_strdup (title);

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
      g_autofree char *title = NULL;

      if (fh_criterion_get_derived (decision->criteria[c]))
        /* Translators: a criterion, its weight, then the cost row its score comes from */
        title = g_strdup_printf (_("%s (%.0f %%): 5 × cheapest ÷ “%s”, at least 1"),
                                    fh_criterion_get_name (decision->criteria[c]),
                                    decision->weights[c] * 100, basis);
      else
        title = g_strdup_printf ("%s (%.0f %%)", fh_criterion_get_name (decision->criteria[c]),
                                 decision->weights[c] * 100);

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
  FhRenderStyle        style;
  guint                n_bars;

  if (self->store == NULL || self->decision == NULL)
    return;

  n_bars = MIN (self->decision->n_options, FH_COST_CHART_MAX_BARS);
  for (guint o = 0; o < n_bars; o++)
    {
      bars[o].name = fh_option_get_name (self->decision->options[o]);
      memcpy (bars[o].by_category, self->decision->tcos[o].by_category, sizeof bars[o].by_category);
    }

  fh_chart_style_get (GTK_WIDGET (area), &style);
  fh_render_cost_chart (cr, width, height, bars, n_bars, currency (self),
                        n_bars > 0 ? self->decision->tcos[0].horizon : 0, &style, NULL);
}

static void
fh_options_comparison_dispose (GObject *object)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTIONS_COMPARISON);
  g_clear_object (&self->store);
  g_clear_pointer (&self->decision, fh_decision_free);

  G_OBJECT_CLASS (fh_options_comparison_parent_class)->dispose (object);
}

static void
fh_options_comparison_finalize (GObject *object)
{
  FhOptionsComparison *self = FH_OPTIONS_COMPARISON (object);

  g_free (self->capability);

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

  g_type_ensure (FH_TYPE_OPTIONS_WHAT_IF);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/fh-options-comparison.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, compare_grid);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, chart);
  gtk_widget_class_bind_template_child (widget_class, FhOptionsComparison, what_if);
}

static void
fh_options_comparison_init (FhOptionsComparison *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->chart, chart_draw_cb, self, NULL);
  fh_chart_style_watch (GTK_WIDGET (self->chart));
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

  fh_options_what_if_set_store (self->what_if, store);
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
  fh_options_what_if_set_capability (self->what_if, capability);
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

  fh_store_get_models (self->store, &models);
  self->decision = fh_decision_new (&models, self->capability, NULL);
  rebuild_compare (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
  fh_options_what_if_refresh (self->what_if);
}
