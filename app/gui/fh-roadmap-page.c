/* fh-roadmap-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-roadmap-page.h"

#include "fh-capability.h"
#include "fh-coverage.h"
#include "fh-draft.h"
#include "fh-item-editor.h"
#include "fh-link.h"
#include "fh-money.h"
#include "fh-plan-edits.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-timeline.h"
#include "fh-feedback.h"

/* The Roadmap section: the timeline, the start-small findings beside it, the gauge of
 * gaps the roadmap closes, and the draft. The rules run after every change. */
struct _FhRoadmapPage
{
  FhSection parent_instance;

  FhStore   *store; /* the section's plan, held by FhSection */
  GPtrArray *findings;

  FhTimeline      *timeline;
  GtkToggleButton *hide_empty_button;
  GtkLabel        *coverage_label;
  GtkLevelBar     *coverage_bar;
  GtkLabel        *findings_title;
  GtkListBox      *findings_list;
};

G_DEFINE_FINAL_TYPE (FhRoadmapPage, fh_roadmap_page, FH_TYPE_SECTION)

/* One item that climbs several stages becomes one item per stage (fh-plan-edits.c). */
static gboolean
split_stages (FhRoadmapPage *self, FhRoadmapItem *item, GError **error)
{
  g_autoptr (FhEdit) edit = NULL;
  FhPlanModels models;

  fh_store_get_models (self->store, &models);
  edit = fh_edit_split_item_by_stage (&models, item);
  return fh_store_apply_edit (self->store, edit, error);
}

/**
 * fh_roadmap_page_apply_fix:
 * @finding: a finding whose fix is mechanical
 *
 * Makes the finding's fix as one undo step.
 *
 * Returns: whether the plan changed; FALSE without @error when there is nothing to fix
 */
gboolean
fh_roadmap_page_apply_fix (FhRoadmapPage *self, FhFinding *finding, GError **error)
{
  FhRoadmapItem *item, *dep;

  g_return_val_if_fail (FH_IS_ROADMAP_PAGE (self), FALSE);

  if (self->store == NULL || finding == NULL || finding->items->len == 0)
    return FALSE;

  item =
    fh_store_lookup (self->store, FH_COLLECTION_ROADMAP, g_array_index (finding->items, gint64, 0));
  if (item == NULL)
    return FALSE;

  switch (finding->fix_kind)
    {
    case FH_FIX_SPLIT_STAGES:
      return split_stages (self, item, error);
    case FH_FIX_MOVE_AFTER:
      if (finding->items->len < 2)
        return FALSE;
      dep = fh_store_lookup (self->store, FH_COLLECTION_ROADMAP,
                             g_array_index (finding->items, gint64, 1));
      if (dep == NULL)
        return FALSE;
      {
        g_autoptr (FhEdit) edit = fh_edit_move_after (item, dep);

        return fh_store_apply_edit (self->store, edit, error);
      }
    case FH_FIX_NONE:
    default:
      return FALSE;
    }
}

static void
fix_clicked_cb (GtkButton *button, FhRoadmapPage *self)
{
  FhFinding *finding = g_object_get_data (G_OBJECT (button), "finding");
  g_autoptr (GError) error = NULL;

  if (fh_roadmap_page_apply_fix (self, finding, &error))
    fh_section_toast (FH_SECTION (self), _("Fix applied"), TRUE);
  else if (error != NULL)
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
}

static GtkWidget *
finding_row (FhRoadmapPage *self, FhFinding *finding)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (
    finding->severity == FH_SEVERITY_ERROR ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  GtkWidget       *message = gtk_label_new (NULL);
  GtkWidget       *fix = gtk_label_new (NULL);
  g_autofree char *accessible = g_strdup_printf (
    "%s: %s %s", fh_severity_get_label (finding->severity), finding->message, finding->fix);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, finding->severity == FH_SEVERITY_ERROR ? "error" : "warning");
  gtk_widget_set_tooltip_text (icon, fh_severity_get_label (finding->severity));
  gtk_box_append (GTK_BOX (box), icon);

  /* Plan text is in these messages: set as text, never as markup. */
  gtk_label_set_text (GTK_LABEL (message), finding->message);
  gtk_label_set_text (GTK_LABEL (fix), finding->fix);
  for (GtkWidget *label = message; label != NULL; label = label == message ? fix : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_add_css_class (fix, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);

  if (finding->fix_kind != FH_FIX_NONE)
    {
      GtkWidget *button = gtk_button_new_with_label (finding->fix_kind == FH_FIX_SPLIT_STAGES
                                                     ? _("Split by Stage")
                                                     : _("Move After Dependency"));

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, finding->fix);
      g_object_set_data_full (G_OBJECT (button), "finding", fh_finding_copy (finding),
                              (GDestroyNotify)fh_finding_free);
      g_signal_connect (button, "clicked", G_CALLBACK (fix_clicked_cb), self);
      gtk_box_append (GTK_BOX (text), button);
    }

  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), finding->items->len > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data (G_OBJECT (row), "finding", finding);

  return row;
}

static void
header_func (GtkListBoxRow *row, GtkListBoxRow *before, gpointer user_data)
{
  FhRoadmapPage *self = user_data;
  FhFinding     *finding = g_object_get_data (G_OBJECT (row), "finding");
  FhFinding *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "finding") : NULL;
  g_autofree char *text = NULL;
  GtkWidget       *label;
  guint            n;

  if (finding == NULL || (previous != NULL && previous->severity == finding->severity))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  n = fh_rules_count (self->findings, finding->severity);
  if (finding->severity == FH_SEVERITY_ERROR)
    text = g_strdup_printf (ngettext ("%u error", "%u errors", n), n);
  else
    text = g_strdup_printf (ngettext ("%u warning", "%u warnings", n), n);

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 10);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_box_row_set_header (row, label);
}

static void
finding_activated_cb (FhRoadmapPage *self, GtkListBoxRow *row)
{
  FhFinding *finding = g_object_get_data (G_OBJECT (row), "finding");

  if (finding == NULL || finding->items->len == 0)
    return;

  fh_timeline_set_selected (self->timeline, g_array_index (finding->items, gint64, 0));
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
refresh (FhRoadmapPage *self)
{
  FhPlanModels models;
  FhCoverage   coverage = { 0 };
  GtkWidget   *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  if (self->store == NULL)
    {
      fh_timeline_set_plan (self->timeline, NULL, NULL);
      gtk_label_set_text (self->findings_title, "");
      gtk_label_set_text (self->coverage_label, "");
      gtk_level_bar_set_value (self->coverage_bar, 0);
      return;
    }

  fh_store_get_models (self->store, &models);
  self->findings = fh_rules_check (&models);
  fh_timeline_set_plan (self->timeline, self->store, self->findings);

  for (guint i = 0; i < self->findings->len; i++)
    gtk_list_box_append (self->findings_list, finding_row (self, self->findings->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), self->findings->len > 0);

  if (self->findings->len == 0)
    gtk_label_set_text (self->findings_title, _("The roadmap passes every start-small rule."));
  else
    {
      /* Counted whole, with those a rule does not list. */
      guint n_findings = fh_rules_count (self->findings, FH_SEVERITY_ERROR) +
                         fh_rules_count (self->findings, FH_SEVERITY_WARNING) +
                         fh_rules_count (self->findings, FH_SEVERITY_INFO);
      g_autofree char *title = g_strdup_printf (
        ngettext ("Start-small rules: %u finding", "Start-small rules: %u findings", n_findings),
        n_findings);

      gtk_label_set_text (self->findings_title, title);
    }

  fh_coverage_compute (&models, &coverage);
  {
    g_autofree char *text =
      g_strdup_printf (ngettext ("%u of %u open gap closed by an item",
                                 "%u of %u open gaps closed by an item", coverage.n_open),
                       coverage.n_covered, coverage.n_open);

    gtk_label_set_text (self->coverage_label, text);
    gtk_level_bar_set_value (
      self->coverage_bar, coverage.n_open > 0 ? (double)coverage.n_covered / coverage.n_open : 1);
  }
  fh_coverage_clear (&coverage);
}

static void
item_activated_cb (FhRoadmapPage *self, gint64 id)
{
  FhRoadmapItem *item;
  FhItemEditor  *editor;

  if (self->store == NULL)
    return;

  item = fh_store_lookup (self->store, FH_COLLECTION_ROADMAP, id);
  if (item == NULL)
    return;

  editor =
    fh_item_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, item);
  g_signal_connect_swapped (editor, "add-toast", G_CALLBACK (fh_section_add_toast), self);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
timeline_toast_cb (FhRoadmapPage *self, AdwToast *toast)
{
  fh_section_add_toast (FH_SECTION (self), toast);
}

static void
add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhRoadmapPage *self = FH_ROADMAP_PAGE (widget);
  FhItemEditor  *editor;

  if (self->store == NULL)
    return;

  editor = fh_item_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, NULL);
  g_signal_connect_swapped (editor, "add-toast", G_CALLBACK (fh_section_add_toast), self);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The draft preview: every proposed item with a check box; accepting adds the checked
 * ones and their links as one undo step. */
typedef struct
{
  FhRoadmapPage *page;
  GPtrArray     *draft;  /* FhDraftItem */
  GPtrArray     *checks; /* GtkCheckButton, one per draft item */
} DraftPreview;

static void
draft_preview_free (DraftPreview *preview)
{
  g_ptr_array_unref (preview->draft);
  g_ptr_array_unref (preview->checks);
  g_object_unref (preview->page);
  g_free (preview);
}

static gboolean
accept_draft (DraftPreview *preview, guint *n_added, GError **error)
{
  g_autofree gboolean *accepted = g_new0 (gboolean, MAX (preview->draft->len, 1));
  g_autoptr (FhEdit) edit = NULL;

  for (guint i = 0; i < preview->draft->len; i++)
    accepted[i] = gtk_check_button_get_active (preview->checks->pdata[i]);
  edit = fh_edit_accept_draft (preview->draft, accepted, n_added);
  return fh_store_apply_edit (preview->page->store, edit, error);
}

static void
draft_accept_cb (GtkButton *button, DraftPreview *preview)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr (GError) error = NULL;
  guint n_added = 0;

  if (preview->page->store == NULL)
    return;

  if (!accept_draft (preview, &n_added, &error))
    {
      fh_section_toast (FH_SECTION (preview->page), error->message, FALSE);
      return;
    }

  if (n_added > 0)
    {
      g_autofree char *title = g_strdup_printf (
        ngettext ("%u drafted item added", "%u drafted items added", n_added), n_added);

      fh_section_toast (FH_SECTION (preview->page), title, TRUE);
    }
  gtk_window_destroy (window);
}

static GtkWidget *
draft_row (FhRoadmapPage *self, FhDraftItem *proposed, GtkWidget **check)
{
  FhRoadmapItem *item = proposed->item;
  FhCapability  *capability =
    fh_store_lookup_capability (self->store, fh_roadmap_item_get_capability (item));
  g_autofree char *quarter = fh_quarter_format (fh_roadmap_item_get_start_quarter (item));
  g_autofree char *subtitle = NULL;
  GtkWidget       *row = adw_action_row_new ();

  subtitle = g_strdup_printf (
    ngettext ("%s · %s · closes %u gap", "%s · %s · closes %u gaps", proposed->gaps->len), quarter,
    capability != NULL ? fh_capability_get_name (capability) : "", proposed->gaps->len);
  if (proposed->option != 0)
    {
      g_autofree char *money = fh_money_format (
        proposed->option_cost, fh_plan_info_get_currency (fh_store_get_info (self->store)));
      g_autofree char *with_cost = NULL;

      /* TRANSLATORS: a drafted item's details, then its capability's chosen option's cost */
      with_cost =
        g_strdup_printf (_("%s · chosen option %s (total cost of ownership)"), subtitle, money);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_cost);
    }
  /* Rows hold plan text: no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fh_roadmap_item_get_title (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  *check = gtk_check_button_new ();
  gtk_check_button_set_active (GTK_CHECK_BUTTON (*check), TRUE);
  gtk_widget_set_valign (*check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fh_roadmap_item_get_title (item), -1);
  gtk_widget_set_tooltip_text (*check, _("Include this item when accepting"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), *check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *check);

  return row;
}

/**
 * fh_roadmap_page_show_draft:
 *
 * Opens the preview of a drafted roadmap.
 *
 * Returns: (transfer none) (nullable): the preview window
 */
GtkWindow *
fh_roadmap_page_show_draft (FhRoadmapPage *self)
{
  DraftPreview *preview;
  FhPlanModels  models;
  GtkWidget    *window, *box, *header, *accept, *discard, *scrolled, *list, *intro;

  g_return_val_if_fail (FH_IS_ROADMAP_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;

  preview = g_new0 (DraftPreview, 1);
  preview->page = g_object_ref (self);
  fh_store_get_models (self->store, &models);
  preview->draft = fh_draft_propose (&models);
  preview->checks = g_ptr_array_new ();

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Draft Roadmap"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  g_object_set_data_full (G_OBJECT (window), "preview", preview,
                          (GDestroyNotify)draft_preview_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  discard = gtk_button_new_with_mnemonic (_("_Discard"));
  g_signal_connect_swapped (discard, "clicked", G_CALLBACK (gtk_window_destroy), window);
  accept = gtk_button_new_with_mnemonic (_("_Accept Checked Items"));
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_widget_set_sensitive (accept, preview->draft->len > 0);
  g_signal_connect (accept, "clicked", G_CALLBACK (draft_accept_cb), preview);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), discard);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), accept);
  gtk_box_append (GTK_BOX (box), header);

  intro =
    gtk_label_new (preview->draft->len > 0
                   ? _("Proposed from the latest assessment, the open gaps (by severity and votes) and the use cases’ priorities: each capability climbs one stage at a time, in the order its prerequisites allow. Uncheck what the team does not want, then accept; one Undo takes it all back.")
                   : _("Nothing to propose: every capability that has open gaps, and every core capability, is already planned as far as the plan’s horizon allows."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_set_margin_top (intro, 12);
  gtk_widget_set_margin_start (intro, 18);
  gtk_widget_set_margin_end (intro, 18);
  gtk_box_append (GTK_BOX (box), intro);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_margin_start (list, 18);
  gtk_widget_set_margin_end (list, 18);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Proposed roadmap items"), -1);
  for (guint i = 0; i < preview->draft->len; i++)
    {
      GtkWidget *check = NULL;

      gtk_list_box_append (GTK_LIST_BOX (list), draft_row (self, preview->draft->pdata[i], &check));
      g_ptr_array_add (preview->checks, check);
    }
  gtk_widget_set_visible (list, preview->draft->len > 0);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_widget (GTK_WINDOW (window), accept);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

static void
draft_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_roadmap_page_show_draft (FH_ROADMAP_PAGE (widget));
}

static void
hide_empty_toggled_cb (FhRoadmapPage *self, GtkToggleButton *button)
{
  fh_timeline_set_hide_empty (self->timeline, gtk_toggle_button_get_active (button));
}

/* The start-small rules' errors: the rules over the models, without the findings panel. */
static void
fh_roadmap_page_update_badge (FhSection *section, FhStore *store)
{
  g_autoptr (GPtrArray) findings = NULL;
  g_autofree char *badge = NULL;
  FhPlanModels     models;
  guint            n_errors;

  if (store != NULL)
    {
      fh_store_get_models (store, &models);
      findings = fh_rules_check (&models);
      n_errors = fh_rules_count (findings, FH_SEVERITY_ERROR);
      if (n_errors > 0)
        badge = g_strdup_printf ("%u", n_errors);
    }
  fh_section_set_badge (section, badge);
}

static void
fh_roadmap_page_store_set (FhSection *section, FhStore *store)
{
  FhRoadmapPage *self = FH_ROADMAP_PAGE (section);

  self->store = store;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roadmap.add", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roadmap.draft", store != NULL);
  refresh (self);
}

static void
fh_roadmap_page_plan_changed (FhSection *section)
{
  refresh (FH_ROADMAP_PAGE (section));
}

static void
fh_roadmap_page_dispose (GObject *object)
{
  FhRoadmapPage *self = FH_ROADMAP_PAGE (object);

  self->store = NULL;
  /* The rows point into the findings: they go first, without asking for headers
   * (the list may outlive this page by a moment). */
  if (self->findings_list != NULL)
    {
      GtkWidget *child;

      gtk_list_box_set_header_func (self->findings_list, NULL, NULL, NULL);
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
        gtk_list_box_remove (self->findings_list, child);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_ROADMAP_PAGE);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (fh_roadmap_page_parent_class)->dispose (object);
}

static gboolean
fh_roadmap_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FH_ROADMAP_PAGE (widget)->timeline));
}

static void
fh_roadmap_page_class_init (FhRoadmapPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  object_class->dispose = fh_roadmap_page_dispose;

  widget_class->grab_focus = fh_roadmap_page_grab_focus;

  section_class->store_set = fh_roadmap_page_store_set;
  section_class->plan_changed = fh_roadmap_page_plan_changed;
  section_class->update_badge = fh_roadmap_page_update_badge;

  g_type_ensure (FH_TYPE_TIMELINE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-roadmap-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, hide_empty_button);
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, coverage_bar);
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, findings_title);
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, findings_list);
  /* Shown while editing only; tests read them. */
  gtk_widget_class_bind_template_child_full (widget_class, "add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "draft_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);

  gtk_widget_class_install_action (widget_class, "roadmap.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "roadmap.draft", NULL, draft_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "roadmap.add", NULL);
}

static void
fh_roadmap_page_init (FhRoadmapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->findings_list, header_func, self, NULL);
  g_signal_connect_swapped (self->hide_empty_button, "toggled", G_CALLBACK (hide_empty_toggled_cb),
                            self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roadmap.add", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roadmap.draft", FALSE);
  refresh (self);
}

GtkWidget *
fh_roadmap_page_new (void)
{
  return g_object_new (FH_TYPE_ROADMAP_PAGE, NULL);
}

/**
 * fh_roadmap_page_get_findings:
 *
 * Returns: (transfer none) (nullable) (element-type FhFinding): the latest findings
 */
GPtrArray *
fh_roadmap_page_get_findings (FhRoadmapPage *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_PAGE (self), NULL);

  return self->findings;
}

GtkWidget *
fh_roadmap_page_get_timeline (FhRoadmapPage *self)
{
  g_return_val_if_fail (FH_IS_ROADMAP_PAGE (self), NULL);

  return GTK_WIDGET (self->timeline);
}
