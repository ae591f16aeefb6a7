/* fh-assess-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-assess-page.h"

#include "fh-confirm.h"

#include "fh-assessment.h"
#include "fh-capability.h"
#include "fh-catalog-bar.h"
#include "fh-maturity.h"
#include "fh-plan-edits.h"
#include "fh-quarter.h"
#include "fh-score.h"
#include "fh-feedback.h"

/* The Assess section: one quarter's assessment, one capability at a time, so that a
 * workshop can go through all of them with the number keys and Enter. */
struct _FhAssessPage
{
  FhSection parent_instance;

  FhStore   *store;        /* the section's plan, held by FhSection */
  int        quarter;      /* the quarter shown; 0 = the latest */
  guint      current;      /* index of the capability shown */
  GPtrArray *capabilities; /* FhCapability, in display order */
  gboolean   updating;

  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkButton     *empty_start_button;
  GtkDropDown   *quarter_dropdown;
  GtkLabel      *summary_label;
  GtkMenuButton *start_button;
  GtkPopover    *start_popover;
  GtkEntry      *start_entry;
  GtkLabel      *start_error;
  GtkPopover    *details_popover;
  GtkEntry      *date_entry;
  GtkEntry      *participants_entry;
  GtkEntry      *notes_entry;
  GtkLabel      *details_error;
  GtkListBox    *capability_list;
  GtkWidget     *card;
  GtkLabel      *progress_label;
  GtkLabel      *name_label;
  GtkLabel      *description_label;
  GtkLabel      *frameworks_label;
  FhCatalogBar  *catalog_bar;
  GtkLabel      *carried_label;
  GtkListBox    *answers;
  GtkEntry      *evidence_entry;
  GtkDropDown   *confidence_dropdown;
  GtkWidget     *reason_title;
  GtkEntry      *reason_entry;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (FhAssessPage, fh_assess_page, FH_TYPE_SECTION)

static void fh_assess_page_refresh (FhAssessPage *self);

/* The collections this page shows: a change elsewhere in the plan leaves it as it is. */
static const FhCollection watched_collections[] = { FH_COLLECTION_CAPABILITIES,
                                                    FH_COLLECTION_ASSESSMENTS, FH_COLLECTION_SCORES,
                                                    FH_COLLECTION_CRITERIA,
                                                    FH_COLLECTION_PREREQUISITES };

/* TRUE while the user types in @widget: a refresh must not replace their text. */
static gboolean
is_editing (GtkWidget *widget)
{
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
set_entry_text (GtkEntry *entry, const char *text)
{
  if (!is_editing (GTK_WIDGET (entry)))
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static FhAssessment *
current_assessment (FhAssessPage *self, FhPlanModels *models)
{
  if (self->store == NULL)
    return NULL;
  fh_store_get_models (self->store, models);
  return fh_maturity_find_assessment (models, self->quarter);
}

static FhCapability *
current_capability (FhAssessPage *self)
{
  if (self->capabilities == NULL || self->current >= self->capabilities->len)
    return NULL;
  return g_ptr_array_index (self->capabilities, self->current);
}

static FhScore *
current_score (FhAssessPage *self, FhPlanModels *models)
{
  FhAssessment *assessment = current_assessment (self, models);
  FhCapability *capability = current_capability (self);

  if (assessment == NULL || capability == NULL)
    return NULL;
  return fh_maturity_find_score (models, fh_assessment_get_id (assessment),
                                 fh_capability_get_id (capability));
}

static int
suggested_quarter (FhAssessPage *self)
{
  int           today = fh_maturity_current_quarter (NULL);
  FhPlanModels  models;
  FhAssessment *latest;

  if (self->store == NULL)
    return today;
  fh_store_get_models (self->store, &models);
  latest = fh_maturity_latest (&models);
  if (latest == NULL || fh_assessment_get_quarter (latest) < today)
    return today;
  return fh_assessment_get_quarter (latest) + 1;
}

static GtkWidget *
capability_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *stage = gtk_label_new (NULL);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *state = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (stage), 2);
  gtk_widget_add_css_class (stage, "assess-stage-number");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_widget_add_css_class (state, "dim-label");
  gtk_widget_add_css_class (state, "caption");
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), state);
  gtk_box_append (GTK_BOX (box), stage);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "stage", stage);
  g_object_set_data (G_OBJECT (row), "name", name);
  g_object_set_data (G_OBJECT (row), "state", state);
  return row;
}

static void
update_capability_row (GtkWidget *row, FhCapability *capability, FhScore *score)
{
  GtkLabel        *stage = g_object_get_data (G_OBJECT (row), "stage");
  GtkLabel        *name = g_object_get_data (G_OBJECT (row), "name");
  GtkLabel        *state = g_object_get_data (G_OBJECT (row), "state");
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;

  if (score == NULL)
    {
      g_autofree char *not_assessed = fh_maturity_format_stage (-1);

      gtk_label_set_text (stage, "–");
      gtk_label_set_text (state, not_assessed);
    }
  else
    {
      number = g_strdup_printf ("%d", fh_score_get_stage (score));
      gtk_label_set_text (stage, number);
      if (fh_score_get_carried_over (score))
        /* Translators: a stage name, then a note that it is not confirmed yet */
        text = g_strdup_printf (_("%s · carried over"),
                                   fh_stage_get_label (fh_score_get_stage (score)));
      else
        text = g_strdup (fh_stage_get_label (fh_score_get_stage (score)));
      gtk_label_set_text (state, text);
    }
  gtk_label_set_text (name, fh_capability_get_name (capability));
}

static GtkWidget *
answer_row_new (int stage, const char *criterion, gboolean picked, gboolean last_quarter)
{
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);
  GtkWidget       *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *key_text = g_strdup_printf ("%d", stage);
  GtkWidget       *key = gtk_label_new (key_text);
  GtkWidget       *name = gtk_label_new (fh_stage_get_label (stage));
  GtkWidget       *body = gtk_label_new (criterion);
  g_autofree char *accessible = NULL;

  gtk_widget_add_css_class (key, "assess-key");
  gtk_widget_set_valign (key, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), body);
  gtk_box_append (GTK_BOX (box), key);
  gtk_box_append (GTK_BOX (box), text);

  if (last_quarter)
    {
      GtkWidget *tag = gtk_label_new (_("last quarter"));

      gtk_widget_add_css_class (tag, "assess-tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), tag);
    }
  if (picked)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("The answer picked"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The answer picked"), -1);
      gtk_box_append (GTK_BOX (box), check);
      gtk_widget_add_css_class (row, "assess-picked");
    }

  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "stage", GINT_TO_POINTER (stage));
  /* Translators: key, stage name and its criterion, e.g. "2, Repeatable: …" */
  accessible = g_strdup_printf (_("%d, %s: %s"), stage, fh_stage_get_label (stage), criterion);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

/* How the capability maps to the public frameworks' levels, when the catalog says. */
static void
set_frameworks (FhAssessPage *self, FhCapability *capability)
{
  const char *text = capability != NULL ? fh_capability_get_frameworks (capability) : "";

  gtk_label_set_text (self->frameworks_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->frameworks_label), text[0] != '\0');
}

static void
update_card (FhAssessPage *self, FhPlanModels *models, FhAssessment *assessment)
{
  FhCapability    *capability = current_capability (self);
  FhAssessment    *previous = fh_maturity_previous (models, fh_assessment_get_quarter (assessment));
  FhScore         *score = NULL;
  FhScore         *old = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *previous_quarter = NULL;
  GtkWidget       *child;
  gboolean         changed;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->answers))) != NULL)
    gtk_list_box_remove (self->answers, child);

  if (capability == NULL)
    {
      gtk_label_set_text (self->name_label, _("This plan has no capabilities"));
      gtk_label_set_text (self->progress_label, "");
      gtk_label_set_text (self->description_label, "");
      set_frameworks (self, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->carried_label), FALSE);
      return;
    }

  score = fh_maturity_find_score (models, fh_assessment_get_id (assessment),
                                  fh_capability_get_id (capability));
  if (previous != NULL)
    {
      old = fh_maturity_find_score (models, fh_assessment_get_id (previous),
                                    fh_capability_get_id (capability));
      previous_quarter = fh_quarter_format (fh_assessment_get_quarter (previous));
    }

  if (fh_capability_get_core (capability))
    /* Translators: "Capability 3 of 14 · core" */
    progress = g_strdup_printf (_("Capability %u of %u · core, decides the overall stage"),
                                   self->current + 1, self->capabilities->len);
  else
    progress =
      g_strdup_printf (_("Capability %u of %u"), self->current + 1, self->capabilities->len);
  gtk_label_set_text (self->progress_label, progress);
  gtk_label_set_text (self->name_label, fh_capability_get_name (capability));
  gtk_label_set_text (self->description_label, fh_capability_get_description (capability));
  set_frameworks (self, capability);

  if (score != NULL && fh_score_get_carried_over (score))
    {
      g_autofree char *text = g_strdup_printf (
        _("Carried over from %s and not confirmed yet. Press a number to change it, "
                           "or Enter to confirm it."),
           previous_quarter != NULL ? previous_quarter : _("the quarter before"));

      gtk_label_set_text (self->carried_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->carried_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->carried_label), FALSE);
    }

  for (int stage = FH_STAGE_NOT_YET; stage <= FH_STAGE_LAST; stage++)
    {
      const char *criterion =
        stage == FH_STAGE_NOT_YET ? _("None of the criteria below holds yet.")
                                  : fh_capability_get_criterion (capability, stage);

      gtk_list_box_append (self->answers,
                           answer_row_new (stage, criterion,
                                           score != NULL && fh_score_get_stage (score) == stage,
                                           old != NULL && fh_score_get_stage (old) == stage));
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->evidence_entry), score != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confidence_dropdown), score != NULL);
  set_entry_text (self->evidence_entry, score != NULL ? fh_score_get_evidence (score) : "");
  if (score != NULL)
    gtk_drop_down_set_selected (self->confidence_dropdown, fh_score_get_confidence (score));

  changed = score != NULL && old != NULL && fh_score_get_stage (score) != fh_score_get_stage (old);
  gtk_widget_set_visible (self->reason_title, changed);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_entry), changed);
  if (changed)
    {
      g_autofree char *placeholder =
        g_strdup_printf (_("What changed since %s and why; Enter saves"), previous_quarter);

      gtk_entry_set_placeholder_text (self->reason_entry, placeholder);
      set_entry_text (self->reason_entry, fh_score_get_reason (score));
    }
}

static void
update_quarters (FhAssessPage *self, GPtrArray *assessments)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < assessments->len; i++)
    {
      int              quarter = fh_assessment_get_quarter (g_ptr_array_index (assessments, i));
      g_autofree char *text = fh_quarter_format (quarter);

      gtk_string_list_append (list, text);
      if (quarter == self->quarter)
        selected = i;
    }

  gtk_drop_down_set_model (self->quarter_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->quarter_dropdown, selected);
}

static void
fh_assess_page_refresh (FhAssessPage *self)
{
  g_autoptr (GPtrArray) assessments = NULL;
  g_autofree char  *suggested = NULL;
  g_autofree char  *start_label = NULL;
  g_autofree char  *overall = NULL;
  g_autofree char  *summary_text = NULL;
  FhMaturitySummary summary;
  FhPlanModels      models;
  FhAssessment     *assessment;
  FhAssessment     *latest;
  GtkWidget        *row;
  guint             n_rows = 0;

  self->updating = TRUE;

  suggested = fh_quarter_format (suggested_quarter (self));
  /* Translators: the argument is a quarter, e.g. "Start the 2026-Q4 Assessment" */
  start_label = g_strdup_printf (_("_Start the %s Assessment"), suggested);
  gtk_button_set_label (self->empty_start_button, start_label);
  gtk_button_set_use_underline (self->empty_start_button, TRUE);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->updating = FALSE;
      return;
    }

  fh_store_get_models (self->store, &models);
  g_clear_pointer (&self->capabilities, g_ptr_array_unref);
  self->capabilities = fh_maturity_capabilities (&models);
  assessments = fh_maturity_assessments (&models);

  latest = fh_maturity_latest (&models);

  if (assessments->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->updating = FALSE;
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "assess");

  assessment = fh_maturity_find_assessment (&models, self->quarter);
  if (assessment == NULL)
    {
      assessment = latest;
      self->quarter = fh_assessment_get_quarter (latest);
    }
  update_quarters (self, assessments);

  fh_maturity_summarize (&models, fh_assessment_get_id (assessment), &summary);
  overall = fh_maturity_summary_text (&summary);
  if (summary.n_carried_over > 0)
    /* Translators: "Overall stage Initial · mean 1.1 · 13 of 14 assessed · 2 carried over" */
    summary_text =
      g_strdup_printf (ngettext ("Overall stage %s · %u carried over",
                                 "Overall stage %s · %u carried over", summary.n_carried_over),
                       overall, summary.n_carried_over);
  else
    summary_text = g_strdup_printf (_("Overall stage %s"), overall);
  gtk_label_set_text (self->summary_label, summary_text);

  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->capability_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n_rows++;
  if (n_rows != self->capabilities->len)
    {
      while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->capability_list))) != NULL)
        gtk_list_box_remove (self->capability_list, row);
      for (guint i = 0; i < self->capabilities->len; i++)
        gtk_list_box_append (self->capability_list, capability_row_new ());
    }

  if (self->capabilities->len > 0)
    self->current = MIN (self->current, self->capabilities->len - 1);
  for (guint i = 0; i < self->capabilities->len; i++)
    {
      FhCapability *capability = g_ptr_array_index (self->capabilities, i);

      row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->capability_list, i));
      update_capability_row (row, capability,
                             fh_maturity_find_score (&models, fh_assessment_get_id (assessment),
                                                     fh_capability_get_id (capability)));
      if (i == self->current)
        gtk_list_box_select_row (self->capability_list, GTK_LIST_BOX_ROW (row));
    }

  update_card (self, &models, assessment);

  set_entry_text (self->date_entry, fh_assessment_get_date (assessment));
  set_entry_text (self->participants_entry, fh_assessment_get_participants (assessment));
  set_entry_text (self->notes_entry, fh_assessment_get_notes (assessment));

  self->updating = FALSE;
}

static void
go_to (FhAssessPage *self, guint index)
{
  if (self->capabilities == NULL || index >= self->capabilities->len)
    return;
  self->current = index;
  fh_show_field_error (self->error_label, NULL, NULL);
  fh_assess_page_refresh (self);
}

static void
pick_stage (FhAssessPage *self, int stage)
{
  g_autoptr (GError) error = NULL;
  FhPlanModels  models;
  FhAssessment *assessment = current_assessment (self, &models);
  FhCapability *capability = current_capability (self);
  FhScore      *score;
  gboolean      ok = TRUE;

  if (assessment == NULL || capability == NULL || stage < 0 || stage > FH_STAGE_LAST)
    return;

  score = fh_maturity_find_score (&models, fh_assessment_get_id (assessment),
                                  fh_capability_get_id (capability));
  if (score == NULL)
    {
      g_autoptr (FhScore) added =
        fh_score_new (fh_assessment_get_id (assessment), fh_capability_get_id (capability), stage);

      ok = fh_store_add (self->store, added, &error);
    }
  else if (fh_score_get_stage (score) != stage || fh_score_get_carried_over (score))
    {
      ok = fh_store_set (self->store, score, &error, "stage", stage, "carried-over", FALSE, NULL);
    }

  fh_show_field_error (self->error_label, NULL, ok ? NULL : error->message);
}

static void
pick_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pick_stage (FH_ASSESS_PAGE (widget), g_variant_get_int32 (param));
}

static void
next_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhAssessPage *self = FH_ASSESS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  FhScore     *score = current_score (self, &models);

  if (score != NULL && fh_score_get_carried_over (score) &&
      !fh_store_set (self->store, score, &error, "carried-over", FALSE, NULL))
    {
      fh_show_field_error (self->error_label, NULL, error->message);
      return;
    }

  if (self->capabilities != NULL && self->current + 1 < self->capabilities->len)
    {
      go_to (self, self->current + 1);
    }
  else if (self->store != NULL)
    {
      FhAssessment     *assessment = current_assessment (self, &models);
      FhMaturitySummary summary;
      g_autofree char  *quarter = NULL;
      g_autofree char  *text = NULL;

      if (assessment == NULL)
        return;
      fh_maturity_summarize (&models, fh_assessment_get_id (assessment), &summary);
      quarter = fh_quarter_format (fh_assessment_get_quarter (assessment));
      if (summary.n_scored == summary.n_capabilities && summary.n_carried_over == 0)
        text = g_strdup_printf (_("Every capability of %s is scored and confirmed"), quarter);
      else
        {
          g_autofree char *assessed = fh_maturity_assessed_text (&summary);

          /* Translators: "2027-Q2: 13 of 14 assessed, 2 still carried over" */
          text =
            g_strdup_printf (ngettext ("%s: %s, %u still carried over",
                                       "%s: %s, %u still carried over", summary.n_carried_over),
                             quarter, assessed, summary.n_carried_over);
        }
      fh_section_toast (FH_SECTION (self), text, FALSE);
    }
}

static void
move_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhAssessPage *self = FH_ASSESS_PAGE (widget);
  int           step = g_variant_get_int32 (param);

  if (step < 0 && self->current > 0)
    go_to (self, self->current - 1);
  else if (step > 0)
    go_to (self, self->current + 1);
}

static void
start_quarter_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhAssessPage    *self = FH_ASSESS_PAGE (widget);
  g_autofree char *suggested = fh_quarter_format (suggested_quarter (self));

  if (self->store == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, "assess");
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), suggested);
  fh_show_field_error (self->start_error, GTK_WIDGET (self->start_entry), NULL);
  gtk_menu_button_popup (self->start_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_entry));
}

/* Starting a quarter is one undo step: the assessment and the answers carried over
 * from the quarter before it. */
static gboolean
start_quarter (FhAssessPage *self, int quarter, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  fh_store_get_models (self->store, &models);
  edit = fh_edit_start_quarter (&models, quarter, date);
  return fh_store_apply_edit (self->store, edit, error);
}

static void
start_activate_cb (FhAssessPage *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->start_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr (GError) error = NULL;
  int quarter = 0;

  if (self->store == NULL)
    return;

  if (!fh_quarter_parse (stripped, &quarter))
    {
      fh_show_field_error (self->start_error, GTK_WIDGET (self->start_entry),
                           _("Type a quarter from 2000-Q1 to 2100-Q4, such as 2027-Q1."));
      return;
    }

  if (!start_quarter (self, quarter, &error))
    {
      fh_show_field_error (self->start_error, GTK_WIDGET (self->start_entry), error->message);
      return;
    }

  gtk_popover_popdown (self->start_popover);
  self->quarter = quarter;
  self->current = 0;
  fh_assess_page_refresh (self);
  gtk_widget_grab_focus (self->card);
}

static void
start_changed_cb (FhAssessPage *self)
{
  fh_show_field_error (self->start_error, GTK_WIDGET (self->start_entry), NULL);
}

static void
details_save_cb (FhAssessPage *self)
{
  g_autoptr (GError) error = NULL;
  FhPlanModels     models;
  FhAssessment    *assessment = current_assessment (self, &models);
  g_autofree char *date = NULL;

  if (assessment == NULL)
    return;

  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_entry))));
  if (!fh_store_set (self->store, assessment, &error, "date", date, "participants",
                     gtk_editable_get_text (GTK_EDITABLE (self->participants_entry)), "notes",
                     gtk_editable_get_text (GTK_EDITABLE (self->notes_entry)), NULL))
    {
      fh_show_field_error (self->details_error, NULL, error->message);
      return;
    }
  fh_show_field_error (self->details_error, NULL, NULL);
  gtk_popover_popdown (self->details_popover);
}

static void
set_score_text (FhAssessPage *self, const char *property, GtkEntry *entry)
{
  g_autoptr (GError) error = NULL;
  FhPlanModels     models;
  FhScore         *score = current_score (self, &models);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (score == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_object_get (score, property, &value, NULL);
  if (g_strcmp0 (value, text) != 0 &&
      !fh_store_set (self->store, score, &error, property, text, NULL))
    {
      fh_show_field_error (self->error_label, GTK_WIDGET (entry), error->message);
      return;
    }
  fh_show_field_error (self->error_label, GTK_WIDGET (entry), NULL);
  gtk_widget_grab_focus (self->card);
  fh_assess_page_refresh (self);
}

static void
evidence_activate_cb (FhAssessPage *self)
{
  set_score_text (self, "evidence", self->evidence_entry);
}

static void
reason_activate_cb (FhAssessPage *self)
{
  set_score_text (self, "reason", self->reason_entry);
}

static void
confidence_changed_cb (FhAssessPage *self)
{
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  FhScore     *score;
  guint        selected = gtk_drop_down_get_selected (self->confidence_dropdown);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  score = current_score (self, &models);
  if (score == NULL || fh_score_get_confidence (score) == (FhConfidence)selected)
    return;
  if (!fh_store_set (self->store, score, &error, "confidence", (FhConfidence)selected, NULL))
    fh_show_field_error (self->error_label, NULL, error->message);
}

static void
quarter_selected_cb (FhAssessPage *self)
{
  guint            selected = gtk_drop_down_get_selected (self->quarter_dropdown);
  GtkStringObject *item;
  int              quarter = 0;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  item = gtk_drop_down_get_selected_item (self->quarter_dropdown);
  if (item != NULL && fh_quarter_parse (gtk_string_object_get_string (item), &quarter))
    fh_assess_page_set_quarter (self, quarter);
}

static void
capability_selected_cb (FhAssessPage *self, GtkListBoxRow *row)
{
  if (self->updating || row == NULL)
    return;
  go_to (self, gtk_list_box_row_get_index (row));
}

static void
answer_activated_cb (FhAssessPage *self, GtkListBoxRow *row)
{
  pick_stage (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "stage")));
  gtk_widget_grab_focus (self->card);
}

static void
delete_confirmed (GtkWidget *widget, gpointer data)
{
  FhAssessPage *self = FH_ASSESS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (FhAssessment) assessment = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *text = NULL;
  FhPlanModels     models;
  FhAssessment    *found = current_assessment (self, &models);

  /* The assessment asked about, not whatever the page shows by now. */
  if (found == NULL || fh_assessment_get_id (found) != (gint64)GPOINTER_TO_SIZE (data))
    return;
  assessment = g_object_ref (found);
  quarter = fh_quarter_format (fh_assessment_get_quarter (assessment));
  if (!fh_store_remove (self->store, assessment, &error))
    {
      fh_section_toast (FH_SECTION (self), error->message, FALSE);
      return;
    }
  text = g_strdup_printf (_("Assessment of %s deleted"), quarter);
  fh_section_toast (FH_SECTION (self), text, TRUE);
}

/* A whole quarter's scores go with one button: it asks first, naming the quarter and
 * how many scores are lost. */
static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhAssessPage     *self = FH_ASSESS_PAGE (widget);
  g_autofree char  *quarter = NULL;
  g_autofree char  *heading = NULL;
  g_autofree char  *body = NULL;
  FhPlanModels      models;
  FhMaturitySummary summary;
  FhAssessment     *found = current_assessment (self, &models);

  if (found == NULL)
    return;

  quarter = fh_quarter_format (fh_assessment_get_quarter (found));
  fh_maturity_summarize (&models, fh_assessment_get_id (found), &summary);
  /* Translators: %s is a quarter, such as "2026 Q1". */
  heading = g_strdup_printf (_("Delete the Assessment of %s?"), quarter);
  body = g_strdup_printf (ngettext ("Its %u capability score, with its notes, is deleted. "
                                    "Undo brings it back.",
                                    "Its %u capability scores, with their notes, are deleted. "
                                    "Undo brings them back.",
                                    summary.n_scored),
                          summary.n_scored);
  fh_confirm (widget, heading, body,
              _("_Delete Assessment"), delete_confirmed,
                 GSIZE_TO_POINTER (fh_assessment_get_id (found)), NULL);
}

static void
fh_assess_page_plan_changed (FhSection *section)
{
  FhAssessPage *self = FH_ASSESS_PAGE (section);

  /* Called only when a collection this page shows changed (fh_section_class_watch). */
  fh_assess_page_refresh (self);
}

static gboolean
fh_assess_page_grab_focus (GtkWidget *widget)
{
  FhAssessPage *self = FH_ASSESS_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->empty_start_button));
  return gtk_widget_grab_focus (self->card);
}

/* The overall stage of the latest assessment, from the core over the models. */
static void
fh_assess_page_update_badge (FhSection *section, FhStore *store)
{
  g_autofree char  *overall = NULL;
  FhMaturitySummary summary;
  FhPlanModels      models;
  FhAssessment     *latest = NULL;

  if (store != NULL)
    {
      fh_store_get_models (store, &models);
      latest = fh_maturity_latest (&models);
    }
  if (latest != NULL)
    {
      fh_maturity_summarize (&models, fh_assessment_get_id (latest), &summary);
      overall = fh_maturity_badge_text (&summary);
    }
  fh_section_set_badge (section, overall);
}

static void
fh_assess_page_store_set (FhSection *section, FhStore *store)
{
  FhAssessPage *self = FH_ASSESS_PAGE (section);

  self->store = store;
  fh_catalog_bar_set_store (self->catalog_bar, store);

  self->quarter = 0;
  self->current = 0;
  fh_assess_page_refresh (self);
}

static void
fh_assess_page_dispose (GObject *object)
{
  FhAssessPage *self = FH_ASSESS_PAGE (object);

  self->store = NULL;
  g_clear_pointer (&self->capabilities, g_ptr_array_unref);
  /* The stack is both a template child and the bin's child: drop it from the bin
   * first, so that AdwBin does not unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_ASSESS_PAGE);

  G_OBJECT_CLASS (fh_assess_page_parent_class)->dispose (object);
}

static void
add_key (GtkWidgetClass *widget_class, guint keyval, const char *action, int value)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, "i", value);
}

static void
fh_assess_page_class_init (FhAssessPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  g_type_ensure (FH_TYPE_CATALOG_BAR);

  object_class->dispose = fh_assess_page_dispose;

  widget_class->grab_focus = fh_assess_page_grab_focus;
  section_class->store_set = fh_assess_page_store_set;
  section_class->plan_changed = fh_assess_page_plan_changed;
  section_class->update_badge = fh_assess_page_update_badge;

  fh_section_class_watch (section_class, watched_collections, G_N_ELEMENTS (watched_collections));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-assess-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, stack);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, empty_start_button);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, start_popover);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, start_entry);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, start_error);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, details_popover);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, participants_entry);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, notes_entry);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, details_error);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, capability_list);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, card);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, frameworks_label);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, catalog_bar);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, carried_label);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, answers);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, evidence_entry);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, confidence_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, reason_title);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, FhAssessPage, error_label);
  gtk_widget_class_bind_template_callback (widget_class, start_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_save_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, capability_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, answer_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, fh_section_add_toast);

  gtk_widget_class_install_action (widget_class, "assess.pick", "i", pick_action);
  gtk_widget_class_install_action (widget_class, "assess.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "assess.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "assess.start-quarter", NULL,
                                   start_quarter_action);
  gtk_widget_class_install_action (widget_class, "assess.delete", NULL, delete_action);

  for (int stage = FH_STAGE_NOT_YET; stage <= FH_STAGE_LAST; stage++)
    {
      add_key (widget_class, GDK_KEY_0 + stage, "assess.pick", stage);
      add_key (widget_class, GDK_KEY_KP_0 + stage, "assess.pick", stage);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "assess.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "assess.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "assess.next", NULL);
  add_key (widget_class, GDK_KEY_Page_Down, "assess.move", 1);
  add_key (widget_class, GDK_KEY_Page_Up, "assess.move", -1);
}

static void
fh_assess_page_init (FhAssessPage *self)
{
  g_autoptr (GtkStringList) confidence = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In FhConfidence order, so the position is the value. */
  for (FhConfidence c = FH_CONFIDENCE_LOW; c <= FH_CONFIDENCE_HIGH; c++)
    gtk_string_list_append (confidence, fh_confidence_get_label (c));
  gtk_drop_down_set_model (self->confidence_dropdown, G_LIST_MODEL (confidence));

  g_signal_connect_swapped (self->confidence_dropdown, "notify::selected",
                            G_CALLBACK (confidence_changed_cb), self);
  g_signal_connect_swapped (self->quarter_dropdown, "notify::selected",
                            G_CALLBACK (quarter_selected_cb), self);
  fh_assess_page_refresh (self);
}

GtkWidget *
fh_assess_page_new (void)
{
  return g_object_new (FH_TYPE_ASSESS_PAGE, NULL);
}

int
fh_assess_page_get_quarter (FhAssessPage *self)
{
  g_return_val_if_fail (FH_IS_ASSESS_PAGE (self), 0);
  return self->quarter;
}

void
fh_assess_page_set_quarter (FhAssessPage *self, int quarter)
{
  g_return_if_fail (FH_IS_ASSESS_PAGE (self));

  if (self->quarter == quarter)
    return;
  self->quarter = quarter;
  self->current = 0;
  fh_assess_page_refresh (self);
}

guint
fh_assess_page_get_current (FhAssessPage *self)
{
  g_return_val_if_fail (FH_IS_ASSESS_PAGE (self), 0);
  return self->current;
}
