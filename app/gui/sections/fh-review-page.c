/* fh-review-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-review-page.h"

#include "fh-assessment.h"
#include "fh-baseline.h"
#include "fh-capability.h"
#include "fh-chart-style.h"
#include "fh-maturity.h"
#include "fh-plan-edits.h"
#include "fh-quarter.h"
#include "fh-render-radar.h"
#include "fh-render-trend.h"
#include "fh-roadmap-item.h"
#include "fh-score.h"
#include "fh-feedback.h"

/* The Review section: two quarters compared (radar, table, reasons), the trend over
 * all quarters, the delivery check of the quarter under review and the roadmap
 * baseline kept with each review. */
struct _FhReviewPage
{
  FhSection parent_instance;

  FhStore      *store; /* the section's plan, held by FhSection */
  int           quarter_a;
  int           quarter_b;
  FhComparison *comparison;
  GArray       *trend_points;
  gboolean      updating;
  gboolean      stale;        /* hidden when the plan changed: refreshed when shown */
  GHashTable   *slipped_here; /* ids of the items slipped in this review of quarter_b */

  GtkStack      *stack;
  GtkDropDown   *dropdown_a;
  GtkDropDown   *dropdown_b;
  GtkLabel      *summary_label;
  GtkWidget     *radar;
  GtkWidget     *trend;
  GtkGrid       *table;
  GtkLabel      *delivery_title;
  GtkBox        *delivery_box;
  GtkLabel      *baseline_title;
  GtkButton     *baseline_button;
  GtkListView   *baseline_list;
  GtkStringList *baseline_lines; /* the lines of the baseline difference */
};

G_DEFINE_FINAL_TYPE (FhReviewPage, fh_review_page, FH_TYPE_SECTION)

static void fh_review_page_refresh (FhReviewPage *self);

/* The collections this page shows: a change elsewhere in the plan leaves it as it is. */
static const FhCollection watched_collections[] = { FH_COLLECTION_CAPABILITIES,
                                                    FH_COLLECTION_ASSESSMENTS, FH_COLLECTION_SCORES,
                                                    FH_COLLECTION_ROADMAP,
                                                    FH_COLLECTION_BASELINE_ITEMS };

static GtkWidget *
label_new (const char *text, const char *css_class, gboolean wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_widget_unparent (child);
}

static void
radar_draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FhReviewPage *self = data;
  FhRenderStyle style;

  fh_chart_style_get (GTK_WIDGET (area), &style);
  fh_render_style_paint_background (cr, &style);
  if (self->comparison != NULL)
    fh_render_radar (cr, width, height, self->comparison, &style);
}

static void
trend_draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  FhReviewPage *self = data;
  FhRenderStyle style;

  fh_chart_style_get (GTK_WIDGET (area), &style);
  fh_render_style_paint_background (cr, &style);
  if (self->trend_points != NULL)
    fh_render_trend (cr, width, height, self->trend_points, &style, NULL);
}

static void
reason_activate_cb (GtkEntry *entry, FhReviewPage *self)
{
  FhScore         *score = g_object_get_data (G_OBJECT (entry), "score");
  GtkLabel        *error_label = g_object_get_data (G_OBJECT (entry), "error");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || score == NULL || g_strcmp0 (fh_score_get_reason (score), text) == 0)
    return;
  if (!fh_store_set (self->store, score, &error, "reason", text, NULL))
    {
      gtk_label_set_text (error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
    }
}

static void
update_table (FhReviewPage *self)
{
  g_autofree char *quarter_a = fh_quarter_format (self->quarter_a);
  g_autofree char *quarter_b = fh_quarter_format (self->quarter_b);
  const char      *headers[] = { _("Capability"), quarter_a, quarter_b, _("Change"), _("Reason") };
  GArray          *rows = self->comparison->rows;
  int              line = 1;

  clear_box (GTK_WIDGET (self->table));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (self->table, label_new (headers[i], "heading", FALSE), i, 0, 1, 1);

  for (guint i = 0; i < rows->len; i++, line += 1)
    {
      const FhComparisonRow *row = &g_array_index (rows, FhComparisonRow, i);
      g_autofree char       *a = row->stage_a >= 0 ? g_strdup_printf ("%d %s", row->stage_a,
                                                                      fh_stage_get_label (row->stage_a))
                                                   : g_strdup ("–");
      g_autofree char       *b = row->stage_b >= 0 ? g_strdup_printf ("%d %s", row->stage_b,
                                                                      fh_stage_get_label (row->stage_b))
                                                   : g_strdup ("–");
      g_autofree char       *change = NULL;
      GtkWidget *name = label_new (fh_capability_get_name (row->capability), NULL, TRUE);
      GtkWidget *change_label;

      gtk_label_set_max_width_chars (GTK_LABEL (name), 30);
      if (fh_comparison_row_is_regression (row))
        /* Translators: a stage delta such as −1, flagged */
        change = g_strdup_printf (_("▼ %d regressed"), row->delta);
      else if (row->delta > 0)
        change = g_strdup_printf (_("▲ +%d improved"), row->delta);
      else
        change = g_strdup (row->stage_a >= 0 && row->stage_b >= 0 ? C_("change", "same") : "–");

      change_label =
        label_new (change, fh_comparison_row_is_regression (row) ? "error" : NULL, FALSE);
      if (row->delta > 0)
        gtk_widget_add_css_class (change_label, "success");
      gtk_grid_attach (self->table, name, 0, line, 1, 1);
      gtk_grid_attach (self->table, label_new (a, NULL, FALSE), 1, line, 1, 1);
      gtk_grid_attach (self->table, label_new (b, NULL, FALSE), 2, line, 1, 1);
      gtk_grid_attach (self->table, change_label, 3, line, 1, 1);

      if (fh_comparison_row_is_changed (row) && row->score_b != NULL)
        {
          GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          GtkWidget       *entry = gtk_entry_new ();
          GtkWidget       *error = label_new (NULL, "error", TRUE);
          g_autofree char *accessible = g_strdup_printf (
            _("Reason for the change of %s"), fh_capability_get_name (row->capability));

          gtk_widget_set_hexpand (entry, TRUE);
          gtk_editable_set_text (GTK_EDITABLE (entry), fh_score_get_reason (row->score_b));
          gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                          _("What changed and why; Enter saves"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          accessible, -1);
          gtk_widget_set_visible (error, FALSE);
          g_object_set_data_full (G_OBJECT (entry), "score", g_object_ref (row->score_b),
                                  g_object_unref);
          g_object_set_data (G_OBJECT (entry), "error", error);
          g_signal_connect (entry, "activate", G_CALLBACK (reason_activate_cb), self);
          gtk_box_append (GTK_BOX (box), entry);
          gtk_box_append (GTK_BOX (box), error);
          gtk_grid_attach (self->table, box, 4, line, 1, 1);
        }
      else
        {
          gtk_grid_attach (self->table, label_new ("", NULL, FALSE), 4, line, 1, 1);
        }
    }
}

typedef struct
{
  FhReviewPage  *self;
  FhRoadmapItem *item;
  GtkEntry      *reason;
  GtkEntry      *quarter;
  GtkLabel      *error;
} DeliveryRow;

static void
delivery_row_free (gpointer data)
{
  DeliveryRow *row = data;

  g_clear_object (&row->item);
  g_free (row);
}

static void
delivery_error (DeliveryRow *row, const char *message)
{
  gtk_label_set_text (row->error, message);
  gtk_widget_set_visible (GTK_WIDGET (row->error), TRUE);
}

static void
mark_item (DeliveryRow *row, FhItemStatus status)
{
  FhReviewPage    *self = row->self;
  g_autofree char *reason =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->reason))));
  g_autoptr (GError) error = NULL;
  gint64   id = 0;
  gboolean ok;

  if (self->store == NULL)
    return;

  if (status == FH_ITEM_STATUS_DONE)
    {
      ok =
        fh_store_set (self->store, row->item, &error, "status", status, "status-reason", "", NULL);
    }
  else if (reason[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (row->reason), "error");
      delivery_error (row, status == FH_ITEM_STATUS_SLIPPED
                      ? _("Say why it slipped, then press Slipped again.")
                      : _("Say why it was dropped, then press Dropped again."));
      return;
    }
  else if (status == FH_ITEM_STATUS_DROPPED)
    {
      ok = fh_store_set (self->store, row->item, &error, "status", status, "status-reason", reason,
                         NULL);
    }
  else
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row->quarter));
      int         end = fh_maturity_item_end_quarter (row->item);
      int         target = 0;

      if (!fh_quarter_parse (text, &target) || target <= end)
        {
          g_autofree char *after = fh_quarter_format (end);
          g_autofree char *message =
            g_strdup_printf (_("Type the quarter it should now finish in: one after %s."), after);
          gtk_widget_add_css_class (GTK_WIDGET (row->quarter), "error");
          delivery_error (row, message);
          return;
        }
      /* Kept before the change: it is still listed, slipped, once it moves on. */
      id = fh_roadmap_item_get_id (row->item);
      g_hash_table_add (self->slipped_here, g_memdup2 (&id, sizeof id));
      /* One step: the status, the reason and the new schedule, keeping its length. */
      ok = fh_store_set (self->store, row->item, &error, "status", status, "status-reason", reason,
                         "start-quarter",
                         fh_roadmap_item_get_start_quarter (row->item) + (target - end), NULL);
    }

  if (!ok)
    {
      delivery_error (row, error->message);
      return;
    }
  /* On success the change rebuilt the rows: @row is gone now. */
  fh_section_toast (FH_SECTION (self), _("Roadmap item updated"), TRUE);
}

static void
done_clicked_cb (GtkButton *button, DeliveryRow *row)
{
  mark_item (row, FH_ITEM_STATUS_DONE);
}

static void
slipped_clicked_cb (GtkButton *button, DeliveryRow *row)
{
  mark_item (row, FH_ITEM_STATUS_SLIPPED);
}

static void
dropped_clicked_cb (GtkButton *button, DeliveryRow *row)
{
  mark_item (row, FH_ITEM_STATUS_DROPPED);
}

static GtkWidget *
delivery_row_new (FhReviewPage *self, FhRoadmapItem *item)
{
  DeliveryRow     *row = g_new0 (DeliveryRow, 1);
  GtkWidget       *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget       *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *title = label_new (fh_roadmap_item_get_title (item), "heading", TRUE);
  g_autofree char *status = NULL;
  GtkWidget       *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget       *done = gtk_button_new_with_mnemonic (_("_Done"));
  GtkWidget       *slipped = gtk_button_new_with_mnemonic (_("_Slipped"));
  GtkWidget       *dropped = gtk_button_new_with_mnemonic (_("D_ropped"));
  GtkWidget       *finish_label = label_new (_("Finish in"), NULL, FALSE);
  g_autofree char *next = fh_quarter_format (fh_maturity_item_end_quarter (item) + 1);
  const char      *reason = fh_roadmap_item_get_status_reason (item);

  if (fh_roadmap_item_get_status (item) == FH_ITEM_STATUS_SLIPPED)
    {
      g_autofree char *end = fh_quarter_format (fh_maturity_item_end_quarter (item));

      /* Translators: the quarter a slipped roadmap item should now finish in */
      status = g_strdup_printf (_("Status: Slipped, now finishing in %s"), end);
    }
  else
    {
      status = g_strdup_printf (_("Status: %s"),
                                   fh_item_status_get_label (fh_roadmap_item_get_status (item)));
    }

  row->self = self;
  row->item = g_object_ref (item);
  row->reason = GTK_ENTRY (gtk_entry_new ());
  row->quarter = GTK_ENTRY (gtk_entry_new ());
  row->error = GTK_LABEL (label_new (NULL, "error", TRUE));
  g_object_set_data_full (G_OBJECT (frame), "row", row, delivery_row_free);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), label_new (status, "dim-label", FALSE));
  gtk_widget_set_tooltip_text (done, _("Mark the item done"));
  gtk_widget_set_tooltip_text (
    slipped, _("Mark the item slipped, with the reason, and move it to the quarter typed"));
  gtk_widget_set_tooltip_text (dropped, _("Mark the item dropped, with the reason"));
  gtk_box_append (GTK_BOX (buttons), done);
  gtk_box_append (GTK_BOX (buttons), slipped);
  gtk_box_append (GTK_BOX (buttons), dropped);
  gtk_box_append (GTK_BOX (top), buttons);

  gtk_widget_set_hexpand (GTK_WIDGET (row->reason), TRUE);
  gtk_entry_set_placeholder_text (row->reason, _("Why it slipped or was dropped"));
  gtk_editable_set_text (GTK_EDITABLE (row->reason), reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  gtk_editable_set_text (GTK_EDITABLE (row->quarter), next);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->quarter), 8);
  gtk_entry_set_max_length (row->quarter, 7);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->quarter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Quarter it should now finish in, if it slipped"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->quarter),
                               _("Quarter it should now finish in, if it slipped"));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (row->reason));
  gtk_box_append (GTK_BOX (bottom), finish_label);
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (row->quarter));
  gtk_widget_set_visible (GTK_WIDGET (row->error), FALSE);

  g_signal_connect (done, "clicked", G_CALLBACK (done_clicked_cb), row);
  g_signal_connect (slipped, "clicked", G_CALLBACK (slipped_clicked_cb), row);
  g_signal_connect (dropped, "clicked", G_CALLBACK (dropped_clicked_cb), row);

  gtk_box_append (GTK_BOX (frame), top);
  gtk_box_append (GTK_BOX (frame), bottom);
  gtk_box_append (GTK_BOX (frame), GTK_WIDGET (row->error));
  gtk_widget_add_css_class (frame, "review-delivery");
  return frame;
}

static void
update_delivery (FhReviewPage *self, FhPlanModels *models)
{
  g_autoptr (GPtrArray) due = fh_maturity_items_due (models, self->quarter_b);
  GListModel      *roadmap = models->models[FH_COLLECTION_ROADMAP];
  g_autofree char *quarter = fh_quarter_format (self->quarter_b);
  g_autofree char *title = g_strdup_printf (_("Delivery Check: Due to Finish in %s"), quarter);

  gtk_label_set_text (self->delivery_title, title);
  clear_box (GTK_WIDGET (self->delivery_box));

  /* An item slipped here moves on to a later quarter, but stays in this check. */
  for (guint i = 0; i < g_list_model_get_n_items (roadmap); i++)
    {
      g_autoptr (FhRoadmapItem) item = g_list_model_get_item (roadmap, i);
      gint64   id = fh_roadmap_item_get_id (item);
      gboolean listed = FALSE;

      if (!g_hash_table_contains (self->slipped_here, &id) ||
          fh_roadmap_item_get_status (item) != FH_ITEM_STATUS_SLIPPED)
        continue;
      for (guint j = 0; j < due->len && !listed; j++)
        listed = g_ptr_array_index (due, j) == (gpointer)item;
      if (!listed)
        g_ptr_array_add (due, g_steal_pointer (&item));
    }

  if (due->len == 0)
    {
      g_autofree char *text =
        g_strdup_printf (_("No roadmap item was due to finish in %s."), quarter);

      gtk_box_append (self->delivery_box, label_new (text, "dim-label", TRUE));
      return;
    }
  for (guint i = 0; i < due->len; i++)
    gtk_box_append (self->delivery_box, delivery_row_new (self, g_ptr_array_index (due, i)));
}

static void
add_baseline_line (GPtrArray *lines, char *text)
{
  g_ptr_array_add (lines, text);
}

static void
baseline_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget *label = label_new (NULL, NULL, TRUE);

  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, label);
}

static void
baseline_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer data)
{
  GtkWidget  *label = gtk_list_item_get_child (list_item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (list_item));

  /* Titles are plan text: set as text, never markup. */
  gtk_label_set_text (GTK_LABEL (label), text);
}

/* Shows @lines (taken), replacing the list in one change. */
static void
set_baseline_lines (FhReviewPage *self, GPtrArray *lines)
{
  g_ptr_array_add (lines, NULL);
  gtk_string_list_splice (self->baseline_lines, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->baseline_lines)),
                          (const char *const *)lines->pdata);
  g_ptr_array_unref (lines);
}

static void
update_baseline (FhReviewPage *self, FhPlanModels *models)
{
  FhAssessment    *a = fh_maturity_find_assessment (models, self->quarter_a);
  FhAssessment    *b = fh_maturity_find_assessment (models, self->quarter_b);
  g_autofree char *quarter_a = fh_quarter_format (self->quarter_a);
  g_autofree char *quarter_b = fh_quarter_format (self->quarter_b);
  g_autofree char *title = g_strdup_printf (_("Roadmap Since the %s Review"), quarter_a);
  g_autofree char *button = NULL;
  g_autoptr (GPtrArray) saved_a = NULL;
  g_autoptr (GPtrArray) saved_b = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  gtk_label_set_text (self->baseline_title, title);
  saved_b = fh_baseline_items (models, b != NULL ? fh_assessment_get_id (b) : 0);
  button = g_strdup_printf (saved_b->len > 0 ? _("_Save the Baseline Again for %s")
                                             : _("_Save the Roadmap Baseline for %s"), quarter_b);
  gtk_button_set_label (self->baseline_button, button);

  saved_a = fh_baseline_items (models, a != NULL ? fh_assessment_get_id (a) : 0);
  if (a == NULL || saved_a->len == 0)
    {
      g_autofree char *text =
        g_strdup_printf (_("No roadmap baseline was saved with the %s review, "
                                                 "so there is nothing to compare the roadmap with."),
                            quarter_a);

      add_baseline_line (lines, g_steal_pointer (&text));
      set_baseline_lines (self, lines);
      return;
    }

  g_ptr_array_extend_and_steal (lines, fh_baseline_diff_lines (models, fh_assessment_get_id (a)));
  set_baseline_lines (self, lines);
}

static void
update_quarter_list (FhReviewPage *self, GtkDropDown *dropdown, GPtrArray *assessments, int quarter)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < assessments->len; i++)
    {
      int              q = fh_assessment_get_quarter (g_ptr_array_index (assessments, i));
      g_autofree char *text = fh_quarter_format (q);

      gtk_string_list_append (list, text);
      if (q == quarter)
        selected = i;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected);
}

/* The roadmap items still open this quarter, counted over the models. */
static void
fh_review_page_update_badge (FhSection *section, FhStore *store)
{
  g_autofree char *text = NULL;
  FhPlanModels     models;

  if (store != NULL)
    {
      fh_store_get_models (store, &models);
      text = g_strdup_printf (
        "%u", fh_maturity_count_items_open (&models, fh_maturity_current_quarter (NULL)));
    }
  fh_section_set_badge (section, text);
}

static void
fh_review_page_refresh (FhReviewPage *self)
{
  g_autoptr (GPtrArray) assessments = NULL;
  g_autofree char *summary = NULL;
  FhPlanModels     models;
  FhAssessment    *a, *b;

  self->updating = TRUE;
  self->stale = FALSE;
  g_clear_pointer (&self->comparison, fh_comparison_free);
  g_clear_pointer (&self->trend_points, g_array_unref);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->updating = FALSE;
      return;
    }

  fh_store_get_models (self->store, &models);
  assessments = fh_maturity_assessments (&models);
  if (assessments->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->updating = FALSE;
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "review");

  /* By default the latest quarter against the one before it. */
  b = fh_maturity_find_assessment (&models, self->quarter_b);
  if (b == NULL)
    b = g_ptr_array_index (assessments, assessments->len - 1);
  a = fh_maturity_find_assessment (&models, self->quarter_a);
  if (a == NULL)
    a = fh_maturity_previous (&models, fh_assessment_get_quarter (b));
  if (a == NULL)
    a = b;
  self->quarter_a = fh_assessment_get_quarter (a);
  self->quarter_b = fh_assessment_get_quarter (b);
  update_quarter_list (self, self->dropdown_a, assessments, self->quarter_a);
  update_quarter_list (self, self->dropdown_b, assessments, self->quarter_b);

  self->comparison =
    fh_maturity_compare (&models, fh_assessment_get_id (a), fh_assessment_get_id (b));
  self->trend_points = fh_maturity_trend (&models);
  summary = fh_comparison_summary_text (self->comparison);
  gtk_label_set_text (self->summary_label, summary);

  update_table (self);
  update_delivery (self, &models);
  update_baseline (self, &models);
  gtk_widget_queue_draw (self->radar);
  gtk_widget_queue_draw (self->trend);
  self->updating = FALSE;
}

static void
dropdown_changed_cb (FhReviewPage *self)
{
  GtkStringObject *a, *b;
  int              qa = 0, qb = 0;

  if (self->updating)
    return;
  a = gtk_drop_down_get_selected_item (self->dropdown_a);
  b = gtk_drop_down_get_selected_item (self->dropdown_b);
  if (a != NULL && fh_quarter_parse (gtk_string_object_get_string (a), &qa))
    self->quarter_a = qa;
  if (b != NULL && fh_quarter_parse (gtk_string_object_get_string (b), &qb) &&
      qb != self->quarter_b)
    {
      self->quarter_b = qb;
      g_hash_table_remove_all (self->slipped_here);
    }
  fh_review_page_refresh (self);
}

/* Saving a baseline replaces the one kept with the review, in one undo step. */
static void
save_baseline_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhReviewPage *self = FH_REVIEW_PAGE (widget);
  g_autoptr (FhEdit) edit = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *quarter = fh_quarter_format (self->quarter_b);
  g_autofree char *text = NULL;
  FhPlanModels     models;
  FhAssessment    *assessment;
  guint            n_items = 0;

  if (self->store == NULL)
    return;
  fh_store_get_models (self->store, &models);
  assessment = fh_maturity_find_assessment (&models, self->quarter_b);
  if (assessment == NULL)
    return;

  edit = fh_edit_save_baseline (&models, assessment, &n_items);
  if (!fh_store_apply_edit (self->store, edit, &error))
    {
      fh_section_toast (FH_SECTION (self), error->message, FALSE);
      return;
    }

  text = g_strdup_printf (ngettext ("Baseline of %u roadmap item saved with %s",
                                    "Baseline of %u roadmap items saved with %s", n_items),
                          n_items, quarter);
  fh_section_toast (FH_SECTION (self), text, TRUE);
}

static void
fh_review_page_plan_changed (FhSection *section)
{
  FhReviewPage *self = FH_REVIEW_PAGE (section);

  /* Called only when a collection this page shows changed (fh_section_class_watch). */
  if (self->store == NULL)
    return;
  /* Hidden: the section keeps the sidebar's badge; the rest when the page is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  fh_review_page_refresh (self);
}

static void
fh_review_page_map (GtkWidget *widget)
{
  FhReviewPage *self = FH_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (fh_review_page_parent_class)->map (widget);
  if (self->stale)
    fh_review_page_refresh (self);
}

static void
fh_review_page_store_set (FhSection *section, FhStore *store)
{
  FhReviewPage *self = FH_REVIEW_PAGE (section);

  self->store = store;
  self->quarter_a = self->quarter_b = 0;
  g_hash_table_remove_all (self->slipped_here);
  fh_review_page_refresh (self);
}

static void
fh_review_page_dispose (GObject *object)
{
  FhReviewPage *self = FH_REVIEW_PAGE (object);

  self->store = NULL;
  g_clear_pointer (&self->comparison, fh_comparison_free);
  g_clear_pointer (&self->trend_points, g_array_unref);
  /* The stack is both a template child and the bin's child: drop it from the bin
   * first, so that AdwBin does not unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_REVIEW_PAGE);

  G_OBJECT_CLASS (fh_review_page_parent_class)->dispose (object);
}

static void
fh_review_page_finalize (GObject *object)
{
  FhReviewPage *self = FH_REVIEW_PAGE (object);

  g_hash_table_unref (self->slipped_here);
  g_clear_object (&self->baseline_lines);

  G_OBJECT_CLASS (fh_review_page_parent_class)->finalize (object);
}

/* The section's main control: the earlier of the two quarters compared; with nothing
 * to compare yet, whatever the empty page offers. */
static gboolean
fh_review_page_grab_focus (GtkWidget *widget)
{
  FhReviewPage *self = FH_REVIEW_PAGE (widget);

  if (gtk_widget_is_drawable (GTK_WIDGET (self->dropdown_a)) &&
      gtk_widget_grab_focus (GTK_WIDGET (self->dropdown_a)))
    return TRUE;

  return GTK_WIDGET_CLASS (fh_review_page_parent_class)->grab_focus (widget);
}

static void
fh_review_page_class_init (FhReviewPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  object_class->dispose = fh_review_page_dispose;
  object_class->finalize = fh_review_page_finalize;
  widget_class->map = fh_review_page_map;
  widget_class->grab_focus = fh_review_page_grab_focus;
  section_class->store_set = fh_review_page_store_set;
  section_class->plan_changed = fh_review_page_plan_changed;
  section_class->update_badge = fh_review_page_update_badge;

  fh_section_class_watch (section_class, watched_collections, G_N_ELEMENTS (watched_collections));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, dropdown_a);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, dropdown_b);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, radar);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, trend);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, table);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, delivery_title);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, delivery_box);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, baseline_title);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, baseline_button);
  gtk_widget_class_bind_template_child (widget_class, FhReviewPage, baseline_list);

  gtk_widget_class_install_action (widget_class, "review.save-baseline", NULL,
                                   save_baseline_action);
}

static void
fh_review_page_init (FhReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->slipped_here = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    g_autoptr (GtkNoSelection) selection = NULL;

    self->baseline_lines = gtk_string_list_new (NULL);
    selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->baseline_lines)));
    g_signal_connect (factory, "setup", G_CALLBACK (baseline_setup_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (baseline_bind_cb), NULL);
    gtk_list_view_set_factory (self->baseline_list, factory);
    g_object_unref (factory);
    gtk_list_view_set_model (self->baseline_list, GTK_SELECTION_MODEL (selection));
  }

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->radar), radar_draw_cb, self, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->trend), trend_draw_cb, self, NULL);
  fh_chart_style_watch (self->radar);
  fh_chart_style_watch (self->trend);
  g_signal_connect_swapped (self->dropdown_a, "notify::selected", G_CALLBACK (dropdown_changed_cb),
                            self);
  g_signal_connect_swapped (self->dropdown_b, "notify::selected", G_CALLBACK (dropdown_changed_cb),
                            self);
  fh_review_page_refresh (self);
}

GtkWidget *
fh_review_page_new (void)
{
  return g_object_new (FH_TYPE_REVIEW_PAGE, NULL);
}
