/* fh-funding-view.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-funding-view.h"

#include "fh-capability.h"
#include "fh-money.h"
#include "fh-option.h"
#include "fh-quarter.h"
#include "fh-value.h"

/* The Options page's Value tab: each option's value, TCO, ROI and payback over the
 * horizon, and the funding view: per quarter what the roadmap costs, what live use
 * cases earn and what goes live (fh_value_option(), fh_value_funding()). */
struct _FhFundingView
{
  AdwBin parent_instance;

  FhStore  *store;
  GtkGrid  *options_grid;
  GtkGrid  *funding_grid;
  GtkLabel *summary;
  gboolean  stale; /* the plan changed while the view was not shown */
};

G_DEFINE_FINAL_TYPE (FhFundingView, fh_funding_view, ADW_TYPE_BIN)

static GtkWidget *
cell (const char *text, gboolean header, gboolean numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  /* No wrapping: a table's height stays what its rows need; a wide one scrolls. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
header_row (GtkGrid *grid, const char *const *titles)
{
  for (int c = 0; titles[c] != NULL; c++)
    gtk_grid_attach (grid, cell (_(titles[c]), TRUE, c > 0 && titles[c + 1] != NULL), c, 0, 1, 1);
}

static const char *
capability_name (const FhPlanModels *models, const char *id)
{
  GListModel *caps = models->models[FH_COLLECTION_CAPABILITIES];

  for (guint i = 0; i < g_list_model_get_n_items (caps); i++)
    {
      g_autoptr (FhCapability) cap = g_list_model_get_item (caps, i);

      if (g_strcmp0 (fh_capability_get_id (cap), id) == 0)
        return g_intern_string (fh_capability_get_name (cap));
    }
  return id;
}

static void
refresh_options (FhFundingView *self, const FhPlanModels *models, const char *currency)
{
  static const char *const titles[] = {
    N_("Option"), N_("Capability"), N_("Value"), N_("TCO"), N_("ROI"), N_("Payback"), NULL };
  GListModel *options = models->models[FH_COLLECTION_OPTIONS];
  guint       n = g_list_model_get_n_items (options);

  clear_grid (self->options_grid);
  header_row (self->options_grid, titles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhOption) option = g_list_model_get_item (options, i);
      FhOptionValue    value;
      g_autofree char *range = NULL;
      g_autofree char *tco = NULL;
      g_autofree char *roi = NULL;
      g_autofree char *payback = NULL;

      fh_value_option (models, fh_option_get_id (option), &value);
      range = fh_value_format_range (&value.value, currency);
      tco = fh_money_format_whole (value.tco, currency);
      roi = fh_value_format_roi (&value);
      payback = fh_value_format_payback (&value);
      gtk_grid_attach (self->options_grid, cell (fh_option_get_name (option), FALSE, FALSE), 0,
                       i + 1, 1, 1);
      gtk_grid_attach (
        self->options_grid,
        cell (capability_name (models, fh_option_get_capability (option)), FALSE, FALSE), 1, i + 1,
        1, 1);
      gtk_grid_attach (self->options_grid, cell (range, FALSE, TRUE), 2, i + 1, 1, 1);
      gtk_grid_attach (self->options_grid, cell (tco, FALSE, TRUE), 3, i + 1, 1, 1);
      gtk_grid_attach (self->options_grid, cell (roi, FALSE, TRUE), 4, i + 1, 1, 1);
      gtk_grid_attach (self->options_grid, cell (payback, FALSE, FALSE), 5, i + 1, 1, 1);
    }
}

static void
refresh_funding (FhFundingView *self, const FhPlanModels *models, const char *currency)
{
  static const char *const titles[] = {
    N_("Quarter"), N_("Roadmap cost"), N_("Value earned"), N_("Running cost"),
                                                                  N_("Running value"),
                                                                      N_("Goes live"), NULL };
  g_autoptr (GArray) rows = fh_value_funding (models);
  g_autofree char *summary = NULL;

  clear_grid (self->funding_grid);
  header_row (self->funding_grid, titles);
  for (guint i = 0; i < rows->len; i++)
    {
      const FhFundingQuarter *row = &g_array_index (rows, FhFundingQuarter, i);
      g_autofree char        *quarter = fh_quarter_format (row->quarter);
      g_autofree char        *cost = fh_money_format_whole (row->cost, currency);
      g_autofree char        *value = fh_value_format_range (&row->value, currency);
      g_autofree char        *unlocked = NULL;
      g_autofree char        *running_cost = fh_money_format_whole (row->cumulative_cost, currency);
      g_autofree char *running_value = fh_value_format_range (&row->cumulative_value, currency);

      if (row->n_unlocked > 0)
        {
          g_autofree char *range = fh_value_format_range (&row->unlocked, currency);

          unlocked = g_strdup_printf (
            /* Translators: use cases going live in a quarter and their yearly value */
            ngettext ("%u use case, %s a year", "%u use cases, %s a year", row->n_unlocked),
            row->n_unlocked, range);
        }
      gtk_grid_attach (self->funding_grid, cell (quarter, FALSE, FALSE), 0, i + 1, 1, 1);
      gtk_grid_attach (self->funding_grid, cell (cost, FALSE, TRUE), 1, i + 1, 1, 1);
      gtk_grid_attach (self->funding_grid, cell (value, FALSE, TRUE), 2, i + 1, 1, 1);
      gtk_grid_attach (self->funding_grid, cell (running_cost, FALSE, TRUE), 3, i + 1, 1, 1);
      gtk_grid_attach (self->funding_grid, cell (running_value, FALSE, TRUE), 4, i + 1, 1, 1);
      gtk_grid_attach (self->funding_grid, cell (unlocked ? unlocked : "", FALSE, FALSE), 5, i + 1,
                       1, 1);
    }

  if (rows->len == 0)
    summary = g_strdup (_("Set the plan's start quarter to see the funding view."));
  else
    {
      const FhFundingQuarter *last = &g_array_index (rows, FhFundingQuarter, rows->len - 1);
      g_autofree char        *cost = fh_money_format_whole (last->cumulative_cost, currency);
      g_autofree char        *value = fh_value_format_range (&last->cumulative_value, currency);

      summary = g_strdup_printf (_("Over the horizon the roadmap costs %s and the use cases it "
                                   "unblocks earn %s."),
                                    cost, value);
    }
  gtk_label_set_text (self->summary, summary);
}

void
fh_funding_view_refresh (FhFundingView *self)
{
  FhPlanModels models;
  const char  *currency;

  g_return_if_fail (FH_IS_FUNDING_VIEW (self));

  self->stale = FALSE;
  if (self->store == NULL)
    return;
  fh_store_get_models (self->store, &models);
  currency = fh_plan_info_get_currency (models.info);
  refresh_options (self, &models, currency);
  refresh_funding (self, &models, currency);
}

static GtkWidget *
section_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  return label;
}

static GtkWidget *
explanation (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkGrid *
new_grid (const char *accessible_name)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  return grid;
}

/* Wide tables scroll on their own, so the page keeps its width. */
static GtkWidget *
scrolled (GtkGrid *grid)
{
  GtkWidget *window = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (window), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (window), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window), GTK_WIDGET (grid));
  return window;
}

/* Every figure depends on the whole plan; a hidden view catches up when it is shown
 * instead of recomputing on every change. */
static void
store_changed_cb (FhFundingView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fh_funding_view_refresh (self);
  else
    self->stale = TRUE;
}

static void
fh_funding_view_map (GtkWidget *widget)
{
  FhFundingView *self = FH_FUNDING_VIEW (widget);

  GTK_WIDGET_CLASS (fh_funding_view_parent_class)->map (widget);
  if (self->stale)
    fh_funding_view_refresh (self);
}

static void
fh_funding_view_dispose (GObject *object)
{
  FhFundingView *self = FH_FUNDING_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_funding_view_parent_class)->dispose (object);
}

static void
fh_funding_view_class_init (FhFundingViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fh_funding_view_dispose;
  GTK_WIDGET_CLASS (klass)->map = fh_funding_view_map;
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fh_funding_view_init (FhFundingView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  self->options_grid = new_grid (_("Value and return of each option"));
  self->funding_grid = new_grid (_("Funding by quarter"));
  self->summary = GTK_LABEL (explanation (""));

  gtk_box_append (GTK_BOX (box), section_heading (_("Value of each option")));
  gtk_box_append (
    GTK_BOX (box),
    explanation (_("A prioritised use case's yearly value (its metrics: target minus "
                   "baseline times the value per unit) is shared equally among the "
                   "capabilities it needs; an option earns its capability's share for the "
                   "quarters the use case is live. Ranges come from the confidence given per "
                   "metric, rounded to two figures.")));
  gtk_box_append (GTK_BOX (box), scrolled (self->options_grid));
  gtk_box_append (GTK_BOX (box), section_heading (_("Funding by quarter")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), scrolled (self->funding_grid));
  adw_bin_set_child (ADW_BIN (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Value and funding"), -1);
}

GtkWidget *
fh_funding_view_new (void)
{
  return g_object_new (FH_TYPE_FUNDING_VIEW, NULL);
}

void
fh_funding_view_set_store (FhFundingView *self, FhStore *store)
{
  g_return_if_fail (FH_IS_FUNDING_VIEW (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
  fh_funding_view_refresh (self);
}

/**
 * fh_funding_view_get_cell:
 * @options: TRUE for the options table, FALSE for the funding table
 * @row: 0 is the header
 *
 * Returns: (transfer full) (nullable): the text shown there, for tests
 */
char *
fh_funding_view_get_cell (FhFundingView *self, gboolean options, int row, int column)
{
  GtkWidget *child =
    gtk_grid_get_child_at (options ? self->options_grid : self->funding_grid, column, row);

  return child != NULL ? g_strdup (gtk_label_get_text (GTK_LABEL (child))) : NULL;
}
