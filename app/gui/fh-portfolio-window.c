/* fh-portfolio-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-portfolio-window.h"

#include "fh-chart-style.h"

#include "fh-heat-map.h"
#include "fh-portfolio-open.h"
#include "fh-portfolio-report.h"
#include "fh-render-radar-teams.h"

/* A portfolio of plans, read only (docs/domain.md, "A portfolio of plans"): the
 * heat map and its table, a radar of up to six teams (those selected in the table,
 * or the first ones), the candidates to standardise and the skipped files. The
 * members are read in a worker thread; nothing here can change a plan. Signal
 * "loaded" (no arguments): once the portfolio is shown, or its error. */

struct _FhPortfolioWindow
{
  AdwApplicationWindow parent_instance;

  GtkStack             *state_stack;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStackPage     *skipped_page;
  GtkLabel             *overview_label;
  GtkLabel             *legend_label;
  FhHeatMap            *heat_map;
  GtkColumnView        *table;
  GtkLabel             *radar_label;
  GtkDrawingArea       *radar;
  GtkLabel             *shared_gaps_label;
  GtkListView          *shared_gaps;
  GtkLabel             *shared_options_label;
  GtkListView          *shared_options;
  GtkLabel             *skipped_label;
  GtkListView          *skipped;

  GCancellable      *cancellable;
  FhPortfolio       *portfolio;
  GtkMultiSelection *selection;
};

G_DEFINE_FINAL_TYPE (FhPortfolioWindow, fh_portfolio_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The teams on the radar: the selected rows, or the first ones. */
static guint
radar_rows (FhPortfolioWindow *self, guint *rows)
{
  guint n = 0, n_rows = fh_portfolio_get_n_rows (self->portfolio);

  for (guint r = 0; self->selection != NULL && r < n_rows && n < FH_RADAR_TEAMS_MAX; r++)
    if (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), r))
      rows[n++] = r;
  if (n == 0)
    for (guint r = 0; r < MIN (n_rows, 3); r++)
      rows[n++] = r;
  return n;
}

static void
radar_draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FhPortfolioWindow *self = data;
  guint              rows[FH_RADAR_TEAMS_MAX];
  guint              n;
  FhRenderStyle      style;

  /* The window's palette, light or dark, as every chart of the plan's own. */
  fh_chart_style_get (GTK_WIDGET (area), &style);
  fh_render_style_paint_background (cr, &style);
  if (self->portfolio == NULL)
    return;
  n = radar_rows (self, rows);
  fh_render_radar_teams (cr, width, height, self->portfolio, rows, n, &style);
}

static void
selection_changed_cb (GtkSelectionModel *model, guint position, guint n, FhPortfolioWindow *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->radar));
}

/* The table: a cell's text from the row at the list item's position. */
static void
cell_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (
    GTK_LABEL (label), GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "numeric")) ? 1 : 0);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhPortfolioWindow *self)
{
  int                   column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  const FhPortfolioRow *row =
    fh_portfolio_get_row (self->portfolio, gtk_list_item_get_position (item));
  g_autofree char *text = NULL;

  switch (column)
    {
    case -7:
      text = g_strdup (row->team);
      break;
    case -6:
      text = fh_maturity_format_stage (row->summary.overall);
      break;
    case -5:
      text = row->summary.mean >= 0 ? g_strdup_printf ("%.1f", row->summary.mean) : g_strdup ("—");
      break;
    case -4:
      text = fh_portfolio_row_trend_text (row);
      break;
    case -3:
      text = g_strdup_printf ("%u", row->open_gaps);
      break;
    case -2:
      text = fh_portfolio_row_findings_text (row);
      break;
    case -1:
      text = fh_portfolio_row_spend_text (row);
      break;
    default:
      text = fh_portfolio_stage_cell_text (
        fh_portfolio_get_stage (self->portfolio, gtk_list_item_get_position (item), (guint)column));
      break;
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_column (FhPortfolioWindow *self, const char *title, int column, gboolean numeric)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (factory), "numeric", GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->table, view_column);
}

static void
build_table (FhPortfolioWindow *self)
{
  g_autoptr (GtkStringList) teams = gtk_string_list_new (NULL);

  for (guint r = 0; r < fh_portfolio_get_n_rows (self->portfolio); r++)
    gtk_string_list_append (teams, fh_portfolio_get_row (self->portfolio, r)->team);

  add_column (self, _("Team"), -7, FALSE);
  add_column (self, _("Overall"), -6, FALSE);
  add_column (self, _("Mean"), -5, TRUE);
  add_column (self, _("Trend"), -4, TRUE);
  add_column (self, _("Open gaps"), -3, TRUE);
  add_column (self, _("Findings"), -2, FALSE);
  add_column (self, _("Spend"), -1, TRUE);
  for (guint c = 0; c < fh_portfolio_get_n_columns (self->portfolio); c++)
    add_column (self, fh_portfolio_get_column (self->portfolio, c)->name, (int)c, TRUE);

  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_steal_pointer (&teams)));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));
}

/* A list of sentences (candidates, skipped files): plan text, never markup. */
static void
text_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 8);
  gtk_widget_set_margin_end (label, 8);
  gtk_list_item_set_child (item, label);
}

static void
text_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
set_texts (GtkListView *view, GtkStringList *texts)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (text_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (text_bind_cb), NULL);
  gtk_list_view_set_factory (view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (texts))));
}

static void
build_lists (FhPortfolioWindow *self)
{
  GPtrArray     *gaps = fh_portfolio_get_shared_gaps (self->portfolio);
  GPtrArray     *options = fh_portfolio_get_shared_options (self->portfolio);
  guint          n_skipped = fh_portfolio_get_n_skipped (self->portfolio);
  GtkStringList *texts;

  texts = gtk_string_list_new (NULL);
  for (guint i = 0; i < gaps->len; i++)
    {
      g_autofree char *text = fh_portfolio_shared_gap_text (self->portfolio, gaps->pdata[i]);

      gtk_string_list_append (texts, text);
    }
  set_texts (self->shared_gaps, texts);
  gtk_label_set_text (self->shared_gaps_label,
                      gaps->len > 0 ? _("Open gaps of the same capability in several teams, with "
                                        "titles that share at least half of their words.")
                                    : _("No open gap is shared by several teams."));

  texts = gtk_string_list_new (NULL);
  for (guint i = 0; i < options->len; i++)
    {
      g_autofree char *text = fh_portfolio_shared_option_text (options->pdata[i]);

      gtk_string_list_append (texts, text);
    }
  set_texts (self->shared_options, texts);
  gtk_label_set_text (self->shared_options_label, options->len > 0
                      ? _("Packaged services that several teams chose or are evaluating.")
                      : _("No packaged service is chosen or evaluated by several teams."));

  texts = gtk_string_list_new (NULL);
  for (guint i = 0; i < n_skipped; i++)
    {
      const FhPortfolioSkipped *skipped = fh_portfolio_get_skipped (self->portfolio, i);
      g_autofree char *text = g_strdup_printf (_("%s: %s"), skipped->file, skipped->reason);

      gtk_string_list_append (texts, text);
    }
  set_texts (self->skipped, texts);
  gtk_label_set_text (self->skipped_label,
                      n_skipped > 0 ? _("These files were not read; the rest of the portfolio "
                                        "is shown without them. No file was changed.")
                                    : _("Every file of the portfolio was read."));
  adw_view_stack_page_set_badge_number (self->skipped_page, n_skipped);
  adw_view_stack_page_set_needs_attention (self->skipped_page, n_skipped > 0);
}

static void
show_portfolio (FhPortfolioWindow *self)
{
  g_autofree char *overview = fh_portfolio_overview_text (self->portfolio);

  adw_view_switcher_title_set_subtitle (self->switcher_title, overview);
  gtk_label_set_text (self->overview_label, overview);
  gtk_label_set_text (self->legend_label,
                      _("Each cell is the stage of the team's latest assessment, from 0 (Not "
                        "yet) to 4 (Scalable); “–” is not assessed, a grey cell a capability the "
                        "team's plan does not have. Arrow keys move between cells."));
  gtk_label_set_text (self->radar_label,
                      _("The teams selected in the table, up to six; without a selection, the "
                        "first three."));
  fh_heat_map_set_portfolio (self->heat_map, self->portfolio);
  build_table (self);
  build_lists (self);
  gtk_stack_set_visible_child_name (self->state_stack, "content");
}

static void
load_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  GError      *error = NULL;
  FhPortfolio *portfolio = fh_portfolio_open (data, NULL, &error);

  if (portfolio == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, portfolio, (GDestroyNotify)fh_portfolio_free);
}

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;
  FhPortfolio       *portfolio = g_task_propagate_pointer (G_TASK (result), &error);
  FhPortfolioWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      fh_portfolio_free (portfolio);
      return;
    }
  self = FH_PORTFOLIO_WINDOW (source);
  if (portfolio == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "error");
    }
  else
    {
      self->portfolio = portfolio;
      show_portfolio (self);
    }
  g_signal_emit (self, signals[LOADED], 0);
}

static void
fh_portfolio_window_dispose (GObject *object)
{
  FhPortfolioWindow *self = FH_PORTFOLIO_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  /* The views show the portfolio: they go before it. */
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_PORTFOLIO_WINDOW);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->portfolio, fh_portfolio_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (fh_portfolio_window_parent_class)->dispose (object);
}

static void
fh_portfolio_window_class_init (FhPortfolioWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_portfolio_window_dispose;

  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (FH_TYPE_HEAT_MAP);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/foothold/Foothold/fh-portfolio-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, state_stack);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, skipped_page);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, overview_label);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, legend_label);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, heat_map);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, table);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, radar_label);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, radar);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, shared_gaps_label);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, shared_gaps);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, shared_options_label);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, shared_options);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, FhPortfolioWindow, skipped);
}

static void
fh_portfolio_window_init (FhPortfolioWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_drawing_area_set_draw_func (self->radar, radar_draw_cb, self, NULL);
  fh_chart_style_watch (GTK_WIDGET (self->radar));
}

/**
 * fh_portfolio_window_new:
 * @paths: folders and plan files, the members
 *
 * Returns: (transfer none): a new window, shown, that reads @paths as a portfolio
 */
FhPortfolioWindow *
fh_portfolio_window_new (GtkApplication *app, const char *const *paths)
{
  FhPortfolioWindow *self = g_object_new (FH_TYPE_PORTFOLIO_WINDOW, "application", app, NULL);
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, loaded_cb, NULL);

  g_task_set_task_data (task, g_strdupv ((char **)paths), (GDestroyNotify)g_strfreev);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/* Returns: (transfer none) (nullable): the portfolio, once read */
FhPortfolio *
fh_portfolio_window_get_portfolio (FhPortfolioWindow *self)
{
  g_return_val_if_fail (FH_IS_PORTFOLIO_WINDOW (self), NULL);

  return self->portfolio;
}

static void
open_portfolio_cb (GSimpleAction *action, GVariant *param, gpointer app)
{
  g_autofree const char **paths = g_variant_get_bytestring_array (param, NULL);

  if (paths != NULL && paths[0] != NULL)
    fh_portfolio_window_new (app, paths);
}

static void
folder_response_cb (GtkNativeDialog *dialog, int response, gpointer app)
{
  g_autoptr (GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = folder != NULL ? g_file_get_path (folder) : NULL;
      if (path != NULL)
        fh_portfolio_window_new (app, (const char *const[]){ path, NULL });
    }
  g_object_unref (dialog);
}

static void
choose_folder_cb (GSimpleAction *action, GVariant *param, gpointer app)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
    _("Open Portfolio"), gtk_application_get_active_window (app),
       GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Open"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_response_cb), app);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * fh_portfolio_window_add_actions:
 *
 * Adds "app.open-portfolio" (the members' paths, "aay": what `foothold --portfolio`
 * sends) and "app.choose-portfolio" (a folder chooser: Open Portfolio… in the menu).
 */
void
fh_portfolio_window_add_actions (GtkApplication *app)
{
  static const GActionEntry entries[] = {
    { "open-portfolio", open_portfolio_cb, "aay" },
    { "choose-portfolio", choose_folder_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
}
