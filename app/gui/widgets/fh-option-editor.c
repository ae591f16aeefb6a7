/* fh-option-editor.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option-editor.h"

#include "fh-cost-line-row.h"
#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-feedback.h"
#include "fh-money.h"
#include "fh-option-score.h"
#include "fh-option-shares.h"
#include "fh-plan-edits.h"
#include "fh-plan-info.h"
#include "fh-record-form.h"
#include "fh-tco.h"
#include "fh-types.h"

/* One option, whole: its name, kind, vendor and description, its cost lines with
 * the total cost of ownership, its score on each criterion, and the decision (why
 * the team chooses it). The cost lines follow a filtered model of the plan's lines;
 * the score buttons carry their criterion and score as their action's target. The
 * actions (options.add-line, options.remove-line, options.score, options.delete,
 * options.choose) belong to the Options page. */

struct _FhOptionEditor
{
  AdwBin parent_instance;

  FhStore    *store;
  FhOption   *option;
  GtkFilter  *line_filter;
  GListModel *lines;        /* the option's cost lines */
  char       *scores_shape; /* the criteria the score buttons were built for */
  gboolean    shown_chosen; /* whether the decision part was set up for a chosen option */

  FhRecordForm   *form;
  GtkEntry       *name;
  GtkDropDown    *kind;
  GtkEntry       *vendor;
  GtkTextView    *description;
  GtkLabel       *tco_label;
  FhOptionShares *shares;
  GtkBox         *lines_box;
  GtkGrid        *scores_grid;
  GtkLabel       *decision_heading;
  GtkTextView    *rationale;
  GtkLabel       *choose_error;
  GtkButton      *choose_button;
};

G_DEFINE_FINAL_TYPE (FhOptionEditor, fh_option_editor, ADW_TYPE_BIN)

static gboolean
line_of_option (gpointer item, gpointer user_data)
{
  FhOptionEditor *self = user_data;

  return self->option != NULL && fh_cost_line_get_option (item) == fh_option_get_id (self->option);
}

/* Keeps one row per line of the filtered model, in its order. A row whose line
 * stays is kept, with its focus and what is being typed in it: the store announces a
 * changed record as removed and added again, which gtk_list_box_bind_model() would
 * answer with a new row, taking the focus away at every commit. */
static void
sync_lines (FhOptionEditor *self)
{
  g_autoptr (GHashTable) rows = g_hash_table_new (NULL, NULL); /* line → row */
  GtkWidget *previous = NULL;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_hash_table_insert (rows, fh_cost_line_row_get_line (FH_COST_LINE_ROW (child)), child);

  for (guint i = 0; self->lines != NULL && i < g_list_model_get_n_items (self->lines); i++)
    {
      g_autoptr (FhCostLine) line = g_list_model_get_item (self->lines, i);
      GtkWidget *row = g_hash_table_lookup (rows, line);

      if (row != NULL)
        {
          g_hash_table_remove (rows, line);
          gtk_box_reorder_child_after (self->lines_box, row, previous);
          fh_cost_line_row_refresh (FH_COST_LINE_ROW (row));
        }
      else
        {
          row = fh_cost_line_row_new (self->store, line);
          gtk_box_insert_child_after (self->lines_box, row, previous);
        }
      previous = row;
    }

  {
    GHashTableIter iter;
    gpointer       row;

    g_hash_table_iter_init (&iter, rows);
    while (g_hash_table_iter_next (&iter, NULL, &row))
      {
        fh_cost_line_row_release (row);
        gtk_box_remove (self->lines_box, row);
      }
  }
}

static char *
tco_sentence (FhOptionEditor *self, const FhTco *tco)
{
  const char      *currency = fh_plan_info_get_currency (fh_store_get_info (self->store));
  g_autofree char *total = fh_money_format (tco->total, currency);
  double           rate = fh_plan_info_get_discount_rate (fh_store_get_info (self->store));

  if (rate > 0)
    {
      g_autofree char *pv = fh_money_format (tco->present_value, currency);
      g_autofree char *rate_text = fh_number_format (rate);

      return g_strdup_printf (
        ngettext ("Total cost of ownership over %d year: %s (present value at %s %%: %s)",
                  "Total cost of ownership over %d years: %s (present value at %s %%: %s)",
                  tco->horizon),
        tco->horizon, total, rate_text, pv);
    }

  return g_strdup_printf (ngettext ("Total cost of ownership over %d year: %s",
                                    "Total cost of ownership over %d years: %s", tco->horizon),
                          tco->horizon, total);
}

static FhOptionScore *
find_score (FhOptionEditor *self, const char *criterion)
{
  GListModel *scores = fh_store_get_model (self->store, FH_COLLECTION_OPTION_SCORES);

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr (FhOptionScore) score = g_list_model_get_item (scores, i);

      if (fh_option_score_get_option (score) == fh_option_get_id (self->option) &&
          g_strcmp0 (fh_option_score_get_criterion (score), criterion) == 0)
        return score; /* owned by the store's model */
    }

  return NULL;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
score_buttons (FhCriterion *criterion)
{
  GtkWidget       *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *group = NULL;

  gtk_widget_add_css_class (buttons, "linked");
  for (int s = 1; s <= 5; s++)
    {
      g_autofree char *text = g_strdup_printf ("%d", s);
      g_autofree char *tip = g_strdup_printf (_("%s: %d of 5 (5 = best for the organisation)"),
                                                 fh_criterion_get_name (criterion), s);
      GtkWidget       *button = gtk_toggle_button_new_with_label (text);

      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip,
                                      -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "options.score");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(si)",
                                        fh_criterion_get_id (criterion), s);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      gtk_widget_add_css_class (button, "score-button");
      gtk_box_append (GTK_BOX (buttons), button);
    }

  return buttons;
}

static void
rebuild_scores (FhOptionEditor *self, FhDecision *decision)
{
  GString *shape = g_string_new (NULL);

  for (guint c = 0; c < decision->n_criteria; c++)
    g_string_append_printf (shape, "%s=%.6f;", fh_criterion_get_id (decision->criteria[c]),
                            decision->weights[c]);
  if (g_strcmp0 (shape->str, self->scores_shape) == 0)
    {
      g_string_free (shape, TRUE);
      return;
    }
  g_free (self->scores_shape);
  self->scores_shape = g_string_free (shape, FALSE);

  clear_grid (self->scores_grid);
  for (guint c = 0; c < decision->n_criteria; c++)
    {
      FhCriterion     *criterion = decision->criteria[c];
      GtkWidget       *name = gtk_label_new (fh_criterion_get_name (criterion));
      g_autofree char *percent = g_strdup_printf ("%.0f %%", decision->weights[c] * 100);
      GtkWidget       *weight = gtk_label_new (percent);
      GtkWidget       *value;

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_set_tooltip_text (name, fh_criterion_get_description (criterion));
      gtk_widget_add_css_class (weight, "dim-label");
      gtk_widget_add_css_class (weight, "numeric");
      if (fh_criterion_get_derived (criterion))
        {
          value = gtk_label_new (NULL);
          gtk_label_set_xalign (GTK_LABEL (value), 0);
          gtk_widget_add_css_class (value, "derived-score");
        }
      else
        value = score_buttons (criterion);
      gtk_grid_attach (self->scores_grid, name, 0, c, 1, 1);
      gtk_grid_attach (self->scores_grid, weight, 1, c, 1, 1);
      gtk_grid_attach (self->scores_grid, value, 2, c, 1, 1);
    }
}

/* Marks each criterion's score, and writes out the one scored from the costs. */
static void
update_scores (FhOptionEditor *self, FhDecision *decision, int o)
{
  for (guint c = 0; c < decision->n_criteria; c++)
    {
      GtkWidget *value = gtk_grid_get_child_at (self->scores_grid, 2, c);

      if (value == NULL)
        continue;

      if (GTK_IS_LABEL (value))
        {
          g_autofree char *text = decision->tcos[o].n_lines > 0
            ? g_strdup_printf (_("%.1f of 5, from the costs (the cheapest option scores 5)"),
                                  fh_decision_get_score (decision, o, c))
            : g_strdup (_("Not scored until the option has cost lines"));

          gtk_label_set_text (GTK_LABEL (value), text);
          continue;
        }

      for (GtkWidget *b = gtk_widget_get_first_child (value); b != NULL;
           b = gtk_widget_get_next_sibling (b))
        {
          GVariant      *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (b));
          const char    *criterion;
          int            score;
          FhOptionScore *held;

          g_variant_get (target, "(&si)", &criterion, &score);
          held = find_score (self, criterion);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b),
                                        held != NULL && fh_option_score_get_score (held) == score);
        }
    }
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* The rationale of an option not chosen yet is kept in the view until it is chosen;
 * that of a chosen option is saved when the focus leaves it. */
static void
rationale_leave_cb (FhOptionEditor *self)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  if (self->option == NULL || self->store == NULL || !fh_option_get_chosen (self->option))
    return;

  text = text_view_text (self->rationale);
  if (g_strcmp0 (text, fh_option_get_rationale (self->option)) == 0)
    return;

  if (!fh_store_set (self->store, self->option, &error, "rationale", text, NULL))
    fh_show_field_error (self->choose_error, GTK_WIDGET (self->rationale), error->message);
}

/* One undo step, with the option chosen before unmarked (fh-plan-edits.c). */
static gboolean
choose_with_rationale (FhOptionEditor *self, const char *rationale, GError **error)
{
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  fh_store_get_models (self->store, &models);
  edit = fh_edit_choose_option (&models, self->option, rationale);
  return fh_store_apply_edit (self->store, edit, error);
}

static void
update_decision_part (FhOptionEditor *self, gboolean force)
{
  gboolean chosen = fh_option_get_chosen (self->option);

  if (!force && chosen == self->shown_chosen)
    return;

  self->shown_chosen = chosen;
  gtk_label_set_text (self->decision_heading,
                      chosen ? _("Chosen, Because") : _("Choose This Option"));
  gtk_button_set_label (self->choose_button,
                        chosen ? _("_Unmark as Chosen") : _("_Choose With This Rationale"));
  if (chosen)
    gtk_widget_remove_css_class (GTK_WIDGET (self->choose_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->choose_button), "suggested-action");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->rationale),
                            fh_option_get_rationale (self->option), -1);
  fh_show_field_error (self->choose_error, NULL, NULL);
}

static void
fh_option_editor_dispose (GObject *object)
{
  FhOptionEditor *self = FH_OPTION_EDITOR (object);

  if (self->lines != NULL)
    g_signal_handlers_disconnect_by_data (self->lines, self);
  /* Fields losing the focus as they go commit nothing: forget the plan first. */
  g_clear_object (&self->option);
  if (self->form != NULL)
    fh_record_form_set_record (self->form, NULL, NULL);
  for (GtkWidget *row =
         self->lines_box != NULL ? gtk_widget_get_first_child (GTK_WIDGET (self->lines_box)) : NULL;
       row != NULL; row = gtk_widget_get_next_sibling (row))
    fh_cost_line_row_release (FH_COST_LINE_ROW (row));
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTION_EDITOR);
  g_clear_object (&self->lines);
  g_clear_object (&self->line_filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_option_editor_parent_class)->dispose (object);
}

static void
fh_option_editor_finalize (GObject *object)
{
  FhOptionEditor *self = FH_OPTION_EDITOR (object);

  g_free (self->scores_shape);

  G_OBJECT_CLASS (fh_option_editor_parent_class)->finalize (object);
}

static void
fh_option_editor_class_init (FhOptionEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_option_editor_dispose;
  object_class->finalize = fh_option_editor_finalize;

  g_type_ensure (FH_TYPE_RECORD_FORM);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-option-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, form);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, name);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, kind);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, vendor);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, description);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, tco_label);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, shares);
  g_type_ensure (FH_TYPE_OPTION_SHARES);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, lines_box);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, scores_grid);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, decision_heading);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, rationale);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, choose_error);
  gtk_widget_class_bind_template_child (widget_class, FhOptionEditor, choose_button);
  gtk_widget_class_bind_template_callback (widget_class, rationale_leave_cb);
}

static void
fh_option_editor_init (FhOptionEditor *self)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int k = 0; k <= FH_OPTION_KIND_HYBRID; k++)
    gtk_string_list_append (kinds, fh_option_kind_get_label (k));
  gtk_drop_down_set_model (self->kind, G_LIST_MODEL (kinds));
  self->line_filter = GTK_FILTER (gtk_custom_filter_new (line_of_option, self, NULL));

  fh_record_form_bind (self->form, GTK_WIDGET (self->name), FH_RECORD_FORM_TEXT, "name");
  fh_record_form_bind (self->form, GTK_WIDGET (self->kind), FH_RECORD_FORM_CHOICE, "kind");
  fh_record_form_bind (self->form, GTK_WIDGET (self->vendor), FH_RECORD_FORM_TEXT, "vendor");
  fh_record_form_bind (self->form, GTK_WIDGET (self->description), FH_RECORD_FORM_LONG_TEXT,
                       "description");
  fh_record_form_set_check (self->form, GTK_WIDGET (self->name), fh_record_form_strip, NULL);
  fh_record_form_set_check (self->form, GTK_WIDGET (self->vendor), fh_record_form_strip, NULL);
  fh_record_form_set_check (self->form, GTK_WIDGET (self->description), fh_record_form_strip, NULL);
}

GtkWidget *
fh_option_editor_new (void)
{
  return g_object_new (FH_TYPE_OPTION_EDITOR, NULL);
}

FhOption *
fh_option_editor_get_option (FhOptionEditor *self)
{
  g_return_val_if_fail (FH_IS_OPTION_EDITOR (self), NULL);

  return self->option;
}

/**
 * fh_option_editor_set_option:
 * @store: (nullable): the plan that holds @option
 * @option: (nullable): the option to edit
 */
void
fh_option_editor_set_option (FhOptionEditor *self, FhStore *store, FhOption *option)
{
  g_return_if_fail (FH_IS_OPTION_EDITOR (self));

  if (store != self->store)
    {
      if (self->lines != NULL)
        g_signal_handlers_disconnect_by_data (self->lines, self);
      g_clear_object (&self->lines);
      g_set_object (&self->store, store);
      g_clear_pointer (&self->scores_shape, g_free);
      clear_grid (self->scores_grid);
      if (store != NULL)
        {
          self->lines = G_LIST_MODEL (gtk_filter_list_model_new (
            g_object_ref (fh_store_get_model (store, FH_COLLECTION_COST_LINES)),
            g_object_ref (self->line_filter)));
          g_signal_connect_swapped (self->lines, "items-changed", G_CALLBACK (sync_lines), self);
        }
    }
  else if (option == self->option)
    return;

  g_set_object (&self->option, option);
  fh_record_form_set_record (self->form, store, option);
  fh_option_shares_set_option (self->shares, store, option);
  gtk_filter_changed (self->line_filter, GTK_FILTER_CHANGE_DIFFERENT);
  sync_lines (self);
  if (option != NULL)
    update_decision_part (self, TRUE);
}

/* Shows the option's values again, with the figures of @decision, its capability's. */
void
fh_option_editor_refresh (FhOptionEditor *self, FhDecision *decision)
{
  int o;

  g_return_if_fail (FH_IS_OPTION_EDITOR (self));
  g_return_if_fail (decision != NULL);

  if (self->option == NULL ||
      (o = fh_decision_find_option (decision, fh_option_get_id (self->option))) < 0)
    return;

  fh_record_form_refresh (self->form);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->lines_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    fh_cost_line_row_refresh (FH_COST_LINE_ROW (row));
  {
    g_autofree char *text = tco_sentence (self, &decision->tcos[o]);

    gtk_label_set_text (self->tco_label, text);
  }
  rebuild_scores (self, decision);
  update_scores (self, decision, o);
  update_decision_part (self, FALSE);
}

/* Puts the focus in the amount of @line, to type it right after adding the line. */
gboolean
fh_option_editor_focus_line_amount (FhOptionEditor *self, gint64 line)
{
  g_return_val_if_fail (FH_IS_OPTION_EDITOR (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->lines_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (fh_cost_line_get_id (fh_cost_line_row_get_line (FH_COST_LINE_ROW (row))) == line)
      {
        fh_cost_line_row_focus_amount (FH_COST_LINE_ROW (row));
        return TRUE;
      }

  return FALSE;
}

/**
 * fh_option_editor_choose:
 *
 * Chooses the option with the rationale written in the editor, or unmarks it when
 * it is chosen. Without a rationale nothing changes: the editor says why.
 *
 * Returns: %FALSE with @error set when the plan refused the change
 */
gboolean
fh_option_editor_choose (FhOptionEditor *self, GError **error)
{
  g_autofree char *rationale = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (FH_IS_OPTION_EDITOR (self), FALSE);

  if (self->option == NULL || self->store == NULL)
    return TRUE;

  if (fh_option_get_chosen (self->option))
    return fh_store_set (self->store, self->option, error, "chosen", FALSE, NULL);

  rationale = text_view_text (self->rationale);
  if (rationale[0] == '\0')
    {
      fh_show_field_error (self->choose_error, NULL,
                           _("Write down why the team chooses this option first: the "
                             "rationale is what a later review needs."));
      gtk_widget_grab_focus (GTK_WIDGET (self->rationale));
      return TRUE;
    }

  if (!choose_with_rationale (self, rationale, &local_error))
    fh_show_field_error (self->choose_error, NULL, local_error->message);
  return TRUE;
}

/**
 * fh_option_editor_set_score:
 * @criterion: a criterion's id
 * @score: 1–5
 *
 * Returns: %FALSE with @error set when the plan refused the score
 */
gboolean
fh_option_editor_set_score (FhOptionEditor *self, const char *criterion, int score, GError **error)
{
  FhOptionScore *held;

  g_return_val_if_fail (FH_IS_OPTION_EDITOR (self), FALSE);

  if (self->option == NULL || self->store == NULL)
    return TRUE;

  held = find_score (self, criterion);
  if (held != NULL)
    return fh_option_score_get_score (held) == score ||
           fh_store_set (self->store, held, error, "score", score, NULL);

  {
    g_autoptr (FhOptionScore) added =
      fh_option_score_new (fh_option_get_id (self->option), criterion, score);

    return fh_store_add (self->store, added, error);
  }
}
