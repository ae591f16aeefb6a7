/* fh-use-cases-view.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-use-cases-view.h"

#include "fh-enums.h"
#include "fh-metric.h"
#include "fh-use-case-needs.h"
#include "fh-quadrant-chart.h"
#include "fh-record-form.h"
#include "fh-scoring.h"
#include "fh-use-case.h"
#include "fh-feedback.h"
#include "fh-highlight.h"

struct _FhUseCasesView
{
  FhSection parent_instance;

  FhStore            *store;     /* the section's plan, held by FhSection */
  GtkSortListModel   *sorted;    /* owned by selection */
  GtkSingleSelection *selection; /* what the list shows */
  GHashTable         *bound;     /* the GtkListItems bound now: the rows on screen and near */
  FhUseCaseSort       sort;
  gint64              selected_id;
  FhRecordForm       *form;
  GArray             *metric_ids;   /* gint64: the metrics shown, in order */
  GPtrArray          *metric_forms; /* FhRecordForm, parallel to metric_ids */
  gboolean            selecting;

  GtkWidget       *entry;
  GtkLabel        *error_label;
  GtkDropDown     *sort_drop_down;
  GtkToggleButton *chart_button;
  GtkPaned        *paned;         /* the bin's child, not a bound template child */
  int              list_position; /* the divider's place while the list shows */
  GtkStack        *left_stack;
  GtkListView     *list;
  AdwStatusPage   *empty_status;
  FhQuadrantChart *chart;
  GtkStack        *detail_stack;
  GtkLabel        *score_label;
  GtkLabel        *flags_label;
  GtkLabel        *data_label;
  GtkBox          *form_box;
  GtkLabel        *kpi_label;
  GtkBox          *metrics_box;
  FhUseCaseNeeds  *needs;
};

G_DEFINE_FINAL_TYPE (FhUseCasesView, fh_use_cases_view, FH_TYPE_SECTION)

static void fh_use_cases_view_refresh_detail (FhUseCasesView *self);

static char *
score_summary (FhUseCase *use_case)
{
  double           rice;
  g_autofree char *rice_text = NULL;

  if (fh_use_case_rice (use_case, &rice))
    rice_text = g_strdup_printf ("%.0f", rice);
  else
    rice_text = g_strdup (C_("RICE score", "—"));

  /* Translators: priority of 9, quadrant, RICE and WSJF scores */
  return g_strdup_printf (_("Priority %.1f · %s · RICE %s · WSJF %.1f"),
                             fh_use_case_priority (use_case), fh_use_case_quadrant_label (use_case),
                             rice_text, fh_use_case_wsjf (use_case));
}

static GString *
flag_text (FhUseCasesView *self, FhUseCase *use_case)
{
  FhUseCaseFlags flags = fh_use_case_flags (use_case);
  GString       *text = g_string_new (NULL);
  GListModel    *metrics = fh_store_get_model (self->store, FH_COLLECTION_METRICS);

  if (flags & FH_USE_CASE_FLAG_WITHOUT_ML)
    g_string_append (text, _("⚑ Solve without ML"));
  if (flags & FH_USE_CASE_FLAG_DATA_WORK_FIRST)
    g_string_append_printf (text, "%s%s", text->len ? "   " : "", _("⚑ Data work first"));
  if (!fh_use_case_has_business_kpi (metrics, fh_use_case_get_id (use_case)))
    g_string_append_printf (text, "%s%s", text->len ? "   " : "", _("⚑ No business KPI"));

  return text;
}

/* Fills a row with what it shows of @use_case; called again in place when only the
 * flags change, so that the row keeps its focus and selection. */
static void
fill_row (FhUseCasesView *self, GtkWidget *box, FhUseCase *use_case)
{
  GtkLabel        *title = g_object_get_data (G_OBJECT (box), "title");
  GtkLabel        *scores = g_object_get_data (G_OBJECT (box), "scores");
  GtkLabel        *flag_label = g_object_get_data (G_OBJECT (box), "flags");
  g_autofree char *summary = score_summary (use_case);
  g_autoptr (GString) flags = flag_text (self, use_case);
  g_autofree char *line = g_strdup_printf (
    "%s · %s", summary, fh_use_case_status_get_label (fh_use_case_get_status (use_case)));

  gtk_label_set_text (title, fh_use_case_get_title (use_case));
  fh_highlight_bind (GTK_WIDGET (self->list), box, fh_use_case_get_id (use_case));
  gtk_label_set_text (scores, line);
  gtk_label_set_text (flag_label, flags->str);
  gtk_widget_set_visible (GTK_WIDGET (flag_label), flags->len > 0);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhUseCasesView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *scores = gtk_label_new (NULL);
  GtkWidget *flags = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  gtk_label_set_xalign (GTK_LABEL (scores), 0);
  gtk_label_set_wrap (GTK_LABEL (scores), TRUE);
  /* Smaller than the title above it, in every mode (style.css). */
  gtk_widget_add_css_class (scores, "dim-label");
  gtk_widget_add_css_class (scores, "caption");
  gtk_box_append (GTK_BOX (box), scores);

  gtk_label_set_xalign (GTK_LABEL (flags), 0);
  gtk_label_set_wrap (GTK_LABEL (flags), TRUE);
  gtk_widget_add_css_class (flags, "warning");
  gtk_box_append (GTK_BOX (box), flags);

  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "scores", scores);
  g_object_set_data (G_OBJECT (box), "flags", flags);
  gtk_list_item_set_child (item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhUseCasesView *self)
{
  FhUseCase *use_case = gtk_list_item_get_item (item);

  fill_row (self, gtk_list_item_get_child (item), use_case);
  g_hash_table_add (self->bound, item);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhUseCasesView *self)
{
  g_hash_table_remove (self->bound, item);
}

static FhUseCase *
selected_use_case (FhUseCasesView *self)
{
  if (self->store == NULL || self->selected_id == 0)
    return NULL;

  return fh_store_lookup (self->store, FH_COLLECTION_USE_CASES, self->selected_id);
}

static guint
find_position (GListModel *model, gint64 id, guint first, guint n_first)
{
  guint n = g_list_model_get_n_items (model);

  /* Where the list changed first: a changed record comes back there. */
  for (guint i = first; i < first + n_first && i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (model, i);

      if (fh_use_case_get_id (use_case) == id)
        return i;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (model, i);

      if (fh_use_case_get_id (use_case) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Selects the row of the selected use case again after the list changed. */
static void
restore_selection (FhUseCasesView *self, guint first, guint n_first)
{
  FhUseCase *shown = gtk_single_selection_get_selected_item (self->selection);

  if (shown != NULL && fh_use_case_get_id (shown) == self->selected_id)
    return;

  self->selecting = TRUE;
  gtk_single_selection_set_selected (
    self->selection, self->selected_id != 0 ? find_position (G_LIST_MODEL (self->selection),
                                                             self->selected_id, first, n_first)
                                            : GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
}

static int
compare_use_cases (gconstpointer a, gconstpointer b, gpointer user_data)
{
  FhUseCasesView *self = user_data;

  return fh_use_case_compare ((FhUseCase *)a, (FhUseCase *)b, self->sort);
}

/* Metrics ------------------------------------------------------------------ */

static char *
metric_progress_text (FhMetric *metric, double *fraction)
{
  double      progress;
  FhDirection direction = fh_metric_get_direction (metric);

  if (fh_metric_progress (direction, fh_metric_get_baseline (metric), fh_metric_get_target (metric),
                          fh_metric_get_current (metric), &progress))
    {
      *fraction = CLAMP (progress, 0, 1);
      /* Translators: progress of a metric from its baseline to its target */
      return g_strdup_printf (_("%.0f %% of the way from baseline to target"), progress * 100);
    }

  *fraction = fh_metric_meets_target (direction, fh_metric_get_target (metric),
                                      fh_metric_get_current (metric))
                ? 1
                : 0;
  if (*fraction > 0)
    return g_strdup (_("Holds its target"));

  return g_strdup (_("Misses its target"));
}

static void
update_metric_card (FhUseCasesView *self, GtkWidget *card, FhMetric *metric)
{
  GtkLabel        *name = g_object_get_data (G_OBJECT (card), "name");
  GtkLabel        *progress_label = g_object_get_data (G_OBJECT (card), "progress");
  GtkLevelBar     *bar = g_object_get_data (G_OBJECT (card), "bar");
  double           fraction;
  g_autofree char *progress = metric_progress_text (metric, &fraction);
  g_autofree char *values = NULL;
  g_autofree char *text = NULL;
  const char      *unit = fh_metric_get_unit (metric);

  gtk_label_set_text (name, fh_metric_get_name (metric));
  /* Translators: kind of metric; then baseline → current → target with the unit */
  values = g_strdup_printf (_("%s: baseline %g, now %g, target %g %s"),
                               fh_metric_kind_get_label (fh_metric_get_kind (metric)),
                               fh_metric_get_baseline (metric), fh_metric_get_current (metric),
                               fh_metric_get_target (metric), unit);
  text = g_strdup_printf ("%s\n%s", values, progress);
  gtk_label_set_text (progress_label, text);
  gtk_level_bar_set_value (bar, fraction);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, progress,
                                  -1);
}

static GtkWidget *
metric_card_new (FhUseCasesView *self, FhMetric *metric)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *progress = gtk_label_new (NULL);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget    *expander = gtk_expander_new_with_mnemonic (_("_Edit the Metric"));
  GtkWidget    *form = fh_record_form_new ();
  FhRecordForm *f = FH_RECORD_FORM (form);
  g_auto (GStrv) kinds = fh_enum_get_labels (FH_TYPE_METRIC_KIND);
  g_auto (GStrv) dirs = fh_enum_get_labels (FH_TYPE_DIRECTION);
  g_auto (GStrv) confidence = fh_enum_get_labels (FH_TYPE_CONFIDENCE);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "metric-card");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (name, "metric-name");
  gtk_box_append (GTK_BOX (header), name);
  gtk_widget_set_valign (delete, GTK_ALIGN_START);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete the Metric"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete the Metric"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "use-cases.delete-metric");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (delete),
                                          g_variant_new_int64 (fh_metric_get_id (metric)));
  gtk_box_append (GTK_BOX (header), delete);
  gtk_box_append (GTK_BOX (card), header);

  gtk_label_set_xalign (GTK_LABEL (progress), 0);
  gtk_label_set_wrap (GTK_LABEL (progress), TRUE);
  gtk_widget_add_css_class (progress, "metric-values");
  gtk_box_append (GTK_BOX (card), progress);
  gtk_widget_set_size_request (bar, -1, 12);
  gtk_box_append (GTK_BOX (card), bar);

  fh_record_form_add_text (f, "name", NULL, FALSE);
  fh_record_form_add_choice (f, "kind", NULL, 0, (const char *const *)kinds);
  fh_record_form_add_text (f, "unit", NULL, FALSE);
  fh_record_form_add_choice (f, "direction", NULL, 0, (const char *const *)dirs);
  fh_record_form_add_number (f, "baseline", NULL);
  fh_record_form_add_number (f, "target", NULL);
  fh_record_form_add_number (f, "current", NULL);
  fh_record_form_add_text (f, "deadline", NULL, FALSE);
  fh_record_form_add_text (f, "owner", NULL, FALSE);
  fh_record_form_add_text (f, "unsuccessful-if", NULL, TRUE);
  fh_record_form_add_text (f, "measured-how", NULL, TRUE);
  fh_record_form_add_money (f, "value-per-unit", _("Value per unit a year"));
  fh_record_form_add_choice (f, "value-confidence", NULL, 0, (const char *const *)confidence);
  gtk_expander_set_child (GTK_EXPANDER (expander), form);
  gtk_box_append (GTK_BOX (card), expander);

  g_object_set_data (G_OBJECT (card), "name", name);
  g_object_set_data (G_OBJECT (card), "progress", progress);
  g_object_set_data (G_OBJECT (card), "bar", bar);
  g_object_set_data (G_OBJECT (card), "form", form);
  g_ptr_array_add (self->metric_forms, form);

  return card;
}

static void
refresh_metrics (FhUseCasesView *self)
{
  GListModel *metrics = fh_store_get_model (self->store, FH_COLLECTION_METRICS);
  g_autoptr (GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean   same;
  GtkWidget *child;
  guint      n = g_list_model_get_n_items (metrics);

  for (guint i = 0; i < n; i++)
    {
      FhMetric *metric = g_list_model_get_item (metrics, i);

      if (fh_metric_get_use_case (metric) == self->selected_id)
        g_ptr_array_add (mine, metric);
      else
        g_object_unref (metric);
    }

  same = mine->len == self->metric_ids->len;
  for (guint i = 0; same && i < mine->len; i++)
    same = fh_metric_get_id (mine->pdata[i]) == g_array_index (self->metric_ids, gint64, i);

  /* Rebuild only when metrics came or went, so that a field being edited keeps its
   * focus while the values around it update. */
  if (!same)
    {
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->metrics_box))) != NULL)
        gtk_box_remove (self->metrics_box, child);
      g_array_set_size (self->metric_ids, 0);
      g_ptr_array_set_size (self->metric_forms, 0);

      for (guint i = 0; i < mine->len; i++)
        {
          gint64 id = fh_metric_get_id (mine->pdata[i]);

          gtk_box_append (self->metrics_box, metric_card_new (self, mine->pdata[i]));
          g_array_append_val (self->metric_ids, id);
        }
    }

  child = gtk_widget_get_first_child (GTK_WIDGET (self->metrics_box));
  for (guint i = 0; i < mine->len && child != NULL;
       i++, child = gtk_widget_get_next_sibling (child))
    {
      update_metric_card (self, child, mine->pdata[i]);
      fh_record_form_set_record (g_object_get_data (G_OBJECT (child), "form"), self->store,
                                 mine->pdata[i]);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->kpi_label),
                          !fh_use_case_has_business_kpi (metrics, self->selected_id));
}

/* Detail ------------------------------------------------------------------- */

static void
fh_use_cases_view_refresh_detail (FhUseCasesView *self)
{
  FhUseCase       *use_case = selected_use_case (self);
  g_autofree char *summary = NULL;
  g_autoptr (GString) flags = NULL;
  FhPlanModels     models;
  guint            n_sources = 0;
  int              support;
  g_autofree char *data_text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "use-cases.delete", use_case != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "use-cases.add-metric", use_case != NULL);
  fh_quadrant_chart_set_selected (self->chart, use_case != NULL ? self->selected_id : 0);

  if (use_case == NULL)
    {
      gboolean none =
        self->store == NULL ||
        g_list_model_get_n_items (fh_store_get_model (self->store, FH_COLLECTION_USE_CASES)) == 0;

      /* On a first start the page says what to do first. */
      adw_status_page_set_title (self->empty_status,
                                 none ? _("No Use Cases Yet") : _("No Use Case Selected"));
      adw_status_page_set_description (
        self->empty_status,
        none ? _("Type an ML problem the business wants solved in the field above and press "
                 "Enter, then score its business impact, data readiness and ML applicability.")
             : _("Pick a use case in the list to score its business impact, data readiness and "
                 "ML applicability."));
      fh_record_form_set_record (self->form, NULL, NULL);
      fh_use_case_needs_set_use_case (self->needs, NULL, 0);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  fh_record_form_set_record (self->form, self->store, use_case);

  summary = score_summary (use_case);
  gtk_label_set_text (self->score_label, summary);
  flags = flag_text (self, use_case);
  gtk_label_set_text (self->flags_label, flags->str);
  gtk_widget_set_visible (GTK_WIDGET (self->flags_label), flags->len > 0);

  fh_store_get_models (self->store, &models);
  support = fh_use_case_data_support (&models, self->selected_id, &n_sources);
  if (support < 0)
    data_text = g_strdup (
      _("No data source is linked to this use case yet: link the sources it needs under Data."));
  else if (support < fh_use_case_get_readiness (use_case))
    data_text = g_strdup_printf (
      ngettext ("Data readiness is scored %d, but its %u data source supports at most %d today.",
                "Data readiness is scored %d, but its %u data sources support at most %d today.",
                n_sources),
      fh_use_case_get_readiness (use_case), n_sources, support);
  else
    data_text = g_strdup_printf (
      ngettext ("Its %u data source supports the data readiness it is scored at (%d).",
                "Its %u data sources support the data readiness it is scored at (%d).", n_sources),
      n_sources, fh_use_case_get_readiness (use_case));
  gtk_label_set_text (self->data_label, data_text);

  refresh_metrics (self);
  fh_use_case_needs_set_use_case (self->needs, self->store, self->selected_id);
}

static void
selection_changed_cb (FhUseCasesView *self)
{
  FhUseCase *use_case = gtk_single_selection_get_selected_item (self->selection);

  /* A changed record leaves the list for a moment: that is no choice of the user's,
   * who cannot unselect a row of this list. */
  if (self->selecting || use_case == NULL)
    return;

  self->selected_id = fh_use_case_get_id (use_case);
  fh_use_cases_view_refresh_detail (self);
}

static void
chart_selected_cb (FhUseCasesView *self, gint64 id, FhQuadrantChart *chart)
{
  fh_use_cases_view_select (self, id);
}

static void
chart_toggled_cb (FhUseCasesView *self, GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  gtk_stack_set_visible_child_name (self->left_stack, active ? "chart" : "list");

  /* The chart is for the whole room to read: it takes most of the width and leaves
   * the detail of the selected use case a narrower column beside it. The list gets
   * its own width back when the chart is put away. */
  if (active)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

      self->list_position = gtk_paned_get_position (self->paned);
      if (width > 0)
        gtk_paned_set_position (self->paned,
                                MAX (self->list_position, width - MAX (440, (int)(width * 0.36))));
    }
  else if (self->list_position > 0)
    gtk_paned_set_position (self->paned, self->list_position);
}

static void
toggle_chart_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (widget);

  gtk_toggle_button_set_active (self->chart_button,
                                !gtk_toggle_button_get_active (self->chart_button));
}

static void
sort_changed_cb (FhUseCasesView *self)
{
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sorted);

  self->sort = (FhUseCaseSort)gtk_drop_down_get_selected (self->sort_drop_down);
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
entry_changed_cb (FhUseCasesView *self)
{
  fh_show_field_error (self->error_label, self->entry, NULL);
}

static void
entry_activate_cb (FhUseCasesView *self, GtkEntry *entry)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr (FhUseCase) use_case = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  use_case = fh_use_case_new (title);
  if (!fh_store_add (self->store, use_case, &error))
    {
      fh_show_field_error (self->error_label, self->entry, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  fh_use_cases_view_select (self, fh_use_case_get_id (use_case));
  fh_highlight_record (GTK_WIDGET (self->list), fh_use_case_get_id (use_case));
}

static void
items_changed_cb (FhUseCasesView *self, guint position, guint removed, guint added)
{
  /* The list view has caught up by now (its handler runs first). */
  restore_selection (self, position, added);
}

static void
metrics_changed_cb (FhUseCasesView *self)
{
  GHashTableIter iter;
  gpointer       item;

  /* The rows show the "no business KPI" flag: refill the bound ones in place, which
   * keeps the focused row focused and the selected row selected. */
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    fill_row (self, gtk_list_item_get_child (item), gtk_list_item_get_item (item));
}

static void
fh_use_cases_view_plan_changed (FhSection *section)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (section);

  if (selected_use_case (self) == NULL)
    self->selected_id = 0;
  fh_use_cases_view_refresh_detail (self);
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (widget);
  FhUseCase      *use_case = selected_use_case (self);
  g_autoptr (GError) error = NULL;

  if (use_case == NULL)
    return;

  if (!fh_store_remove (self->store, use_case, &error))
    {
      fh_section_toast (FH_SECTION (self), error->message, FALSE);
      return;
    }
  fh_section_toast (FH_SECTION (self), _("Use case deleted"), TRUE);
}

static void
add_metric_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (widget);
  g_autoptr (FhMetric) metric = NULL;
  g_autoptr (GError) error = NULL;

  if (selected_use_case (self) == NULL)
    return;

  metric = fh_metric_new (self->selected_id, _("New metric"));
  if (!fh_store_add (self->store, metric, &error))
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
}

static void
delete_metric_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (widget);
  FhMetric       *metric;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  metric = fh_store_lookup (self->store, FH_COLLECTION_METRICS, g_variant_get_int64 (param));
  if (metric == NULL)
    return;

  if (!fh_store_remove (self->store, metric, &error))
    {
      fh_section_toast (FH_SECTION (self), error->message, FALSE);
      return;
    }
  fh_section_toast (FH_SECTION (self), _("Metric deleted"), TRUE);
}

static void
build_form (FhUseCasesView *self)
{
  static const char *const scored[] = { "impact", "readiness", "applicability" };
  FhRecordForm            *f;
  GStrvBuilder            *builder;
  g_auto (GStrv) status_labels = NULL;

  self->form = FH_RECORD_FORM (fh_record_form_new ());
  f = self->form;
  fh_record_form_add_text (f, "title", NULL, FALSE);
  fh_record_form_add_text (f, "sponsor", NULL, FALSE);
  fh_record_form_add_text (f, "description", NULL, TRUE);

  /* Each 0–3 answer is shown with what it means, so a workshop agrees on a number. */
  for (guint s = 0; s < G_N_ELEMENTS (scored); s++)
    {
      g_auto (GStrv) answers = NULL;
      g_auto (GStrv) meanings = NULL;
      GStrvBuilder *meaning_builder = g_strv_builder_new ();
      GtkWidget    *drop_down;

      builder = g_strv_builder_new ();
      for (int a = 0; a <= FH_SCORE_MAX; a++)
        {
          g_autofree char *answer = g_strdup_printf ("%d", a);

          g_strv_builder_add (builder, answer);
          g_strv_builder_add (meaning_builder, fh_scoring_answer (scored[s], a));
        }
      answers = g_strv_builder_end (builder);
      meanings = g_strv_builder_end (meaning_builder);
      g_strv_builder_unref (builder);
      g_strv_builder_unref (meaning_builder);
      drop_down = fh_record_form_add_explained_choice (
        f, scored[s], NULL, 0, (const char *const *)answers, (const char *const *)meanings);
      gtk_widget_add_css_class (drop_down, "score-answer");
    }

  fh_record_form_add_number (f, "effort", _("Effort (person-weeks)"));
  status_labels = fh_enum_get_labels (FH_TYPE_USE_CASE_STATUS);
  fh_record_form_add_choice (f, "status", NULL, 0, (const char *const *)status_labels);
  fh_record_form_add_number (f, "reach", _("RICE reach (per quarter)"));
  fh_record_form_add_number (f, "confidence", _("RICE confidence (%)"));
  fh_record_form_add_number (f, "business-value", _("WSJF business value (0–20)"));
  fh_record_form_add_number (f, "time-criticality", _("WSJF time criticality (0–20)"));
  fh_record_form_add_number (f, "risk-reduction", _("WSJF risk reduction (0–20)"));
  fh_record_form_add_number (f, "job-size", _("WSJF job size (1–20)"));

  gtk_box_append (self->form_box, GTK_WIDGET (self->form));
}

static void
fh_use_cases_view_store_set (FhSection *section, FhStore *store)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (section);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store, FH_COLLECTION_METRICS),
                                            self);
    }

  self->store = store;
  self->selected_id = 0;
  g_array_set_size (self->metric_ids, 0);
  if (self->metrics_box != NULL)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->metrics_box))) != NULL)
        gtk_box_remove (self->metrics_box, child);
      g_ptr_array_set_size (self->metric_forms, 0);
    }

  gtk_sort_list_model_set_model (
    self->sorted, store != NULL ? fh_store_get_model (store, FH_COLLECTION_USE_CASES) : NULL);
  fh_quadrant_chart_set_model (
    self->chart, store != NULL ? fh_store_get_model (store, FH_COLLECTION_USE_CASES) : NULL);
  restore_selection (self, 0, 0);

  if (store != NULL)
    {
      g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_METRICS), "items-changed",
                                G_CALLBACK (metrics_changed_cb), self);
    }

  gtk_widget_set_sensitive (self->entry, store != NULL);
  fh_use_cases_view_refresh_detail (self);
}

static void
fh_use_cases_view_dispose (GObject *object)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (object);

  fh_section_set_store (FH_SECTION (self), NULL);
  if (self->sorted != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      gtk_sort_list_model_set_sorter (self->sorted, NULL);
      gtk_sort_list_model_set_model (self->sorted, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_USE_CASES_VIEW);
  g_clear_object (&self->selection);
  self->sorted = NULL;

  G_OBJECT_CLASS (fh_use_cases_view_parent_class)->dispose (object);
}

static void
fh_use_cases_view_finalize (GObject *object)
{
  FhUseCasesView *self = FH_USE_CASES_VIEW (object);

  g_array_unref (self->metric_ids);
  g_ptr_array_unref (self->metric_forms);
  g_hash_table_unref (self->bound);

  G_OBJECT_CLASS (fh_use_cases_view_parent_class)->finalize (object);
}

/* The tab's main control: the entry that adds a use case. */
static gboolean
fh_use_cases_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (FH_USE_CASES_VIEW (widget)->entry);
}

static void
fh_use_cases_view_class_init (FhUseCasesViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  widget_class->grab_focus = fh_use_cases_view_grab_focus;
  object_class->dispose = fh_use_cases_view_dispose;
  object_class->finalize = fh_use_cases_view_finalize;
  section_class->store_set = fh_use_cases_view_store_set;
  section_class->plan_changed = fh_use_cases_view_plan_changed;

  g_type_ensure (FH_TYPE_QUADRANT_CHART);
  g_type_ensure (FH_TYPE_USE_CASE_NEEDS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-use-cases-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, entry);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, error_label);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, sort_drop_down);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, chart_button);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, left_stack);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, list);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, chart);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, needs);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, empty_status);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, score_label);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, flags_label);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, data_label);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, form_box);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, kpi_label);
  gtk_widget_class_bind_template_child (widget_class, FhUseCasesView, metrics_box);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_selected_cb);

  gtk_widget_class_install_action (widget_class, "use-cases.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "use-cases.add-metric", NULL, add_metric_action);
  gtk_widget_class_install_action (widget_class, "use-cases.delete-metric", "x",
                                   delete_metric_action);
  gtk_widget_class_install_action (widget_class, "use-cases.toggle-chart", NULL,
                                   toggle_chart_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "use-cases.toggle-chart", NULL);
}

static void
fh_use_cases_view_init (FhUseCasesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->paned = GTK_PANED (adw_bin_get_child (ADW_BIN (self)));

  self->metric_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->metric_forms = g_ptr_array_new ();
  self->bound = g_hash_table_new (NULL, NULL);
  self->sorted = gtk_sort_list_model_new (
    NULL, GTK_SORTER (gtk_custom_sorter_new (compare_use_cases, self, NULL)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  {
    g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
    g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), self);
    gtk_list_view_set_factory (self->list, factory);
  }
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  /* Connected after the list view's own handlers, so that it has caught up. */
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                            self);

  build_form (self);
  gtk_widget_set_sensitive (self->entry, FALSE);
  fh_use_cases_view_refresh_detail (self);
}

GtkWidget *
fh_use_cases_view_new (void)
{
  return g_object_new (FH_TYPE_USE_CASES_VIEW, NULL);
}

gint64
fh_use_cases_view_get_selected (FhUseCasesView *self)
{
  g_return_val_if_fail (FH_IS_USE_CASES_VIEW (self), 0);

  return self->selected_id;
}

void
fh_use_cases_view_select (FhUseCasesView *self, gint64 id)
{
  guint position;

  g_return_if_fail (FH_IS_USE_CASES_VIEW (self));

  self->selected_id = id;
  restore_selection (self, 0, 0);
  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
  fh_use_cases_view_refresh_detail (self);
}
