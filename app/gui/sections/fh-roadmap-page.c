/* fh-roadmap-page.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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
#include "fh-timeline-legend.h"
#include "fh-feedback.h"

/* The Roadmap section: the timeline, the start-small findings beside it, the gauge of
 * gaps the roadmap closes, and the draft. The rules run after every change. */
struct _FhRoadmapPage
{
  FhSection parent_instance;

  FhStore   *store; /* the section's plan, held by FhSection */
  GPtrArray *findings;

  FhTimeline      *timeline;
  GtkWidget       *legend; /* the timeline's key */
  GtkToggleButton *hide_empty_button;
  GtkLabel        *coverage_label;
  GtkLevelBar     *coverage_bar;
  GtkLabel        *findings_title;
  GtkListView     *findings_list;
  GListStore      *findings_model; /* FhFindingEntry, updated by difference */
  GHashTable      *expanded_rules; /* rule ids whose findings are all shown */
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

/* The findings panel lists entries of three kinds, one recycled row each: a rule's
 * heading with its count, a finding, and a rule's "show all" (or "show fewer"). */
typedef enum
{
  ENTRY_HEADING,
  ENTRY_FINDING,
  ENTRY_SHOW_ALL,
} EntryKind;

#define FH_TYPE_FINDING_ENTRY (fh_finding_entry_get_type ())
G_DECLARE_FINAL_TYPE (FhFindingEntry, fh_finding_entry, FH, FINDING_ENTRY, GObject)

struct _FhFindingEntry
{
  GObject     parent_instance;
  EntryKind   kind;
  const char *rule_id; /* static */
  FhSeverity  severity;
  FhFinding  *finding; /* ENTRY_FINDING only */
  char       *text;    /* the heading's or the "show all" text */
  gboolean    expanded;
};

G_DEFINE_FINAL_TYPE (FhFindingEntry, fh_finding_entry, G_TYPE_OBJECT)

static void
fh_finding_entry_finalize (GObject *object)
{
  FhFindingEntry *self = FH_FINDING_ENTRY (object);

  g_clear_pointer (&self->finding, fh_finding_free);
  g_free (self->text);
  G_OBJECT_CLASS (fh_finding_entry_parent_class)->finalize (object);
}

static void
fh_finding_entry_class_init (FhFindingEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fh_finding_entry_finalize;
}

static void
fh_finding_entry_init (FhFindingEntry *self)
{
}

static FhFindingEntry *
entry_new (EntryKind kind, const FhFinding *finding, char *text)
{
  FhFindingEntry *entry = g_object_new (FH_TYPE_FINDING_ENTRY, NULL);

  entry->kind = kind;
  entry->rule_id = finding->rule_id;
  entry->severity = finding->severity;
  entry->text = text;
  if (kind == ENTRY_FINDING)
    entry->finding = fh_finding_copy (finding);
  return entry;
}

static gboolean
ids_equal (GArray *a, GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

/* Equal entries keep their row, so focus and scroll stay across a change. */
static gboolean
entry_equal (FhFindingEntry *a, FhFindingEntry *b)
{
  if (a->kind != b->kind || a->rule_id != b->rule_id || a->severity != b->severity ||
      a->expanded != b->expanded || g_strcmp0 (a->text, b->text) != 0)
    return FALSE;
  if (a->kind != ENTRY_FINDING)
    return TRUE;
  return a->finding->fix_kind == b->finding->fix_kind && a->finding->n_more == b->finding->n_more &&
         g_strcmp0 (a->finding->message, b->finding->message) == 0 &&
         g_strcmp0 (a->finding->fix, b->finding->fix) == 0 &&
         ids_equal (a->finding->items, b->finding->items) &&
         ids_equal (a->finding->gaps, b->finding->gaps);
}

/* How many findings of a rule are shown before its "show all". */
#define FINDINGS_SHOWN_PER_RULE 3

/* The entries for the findings: per rule (in the order the rules come), its heading
 * with the count, its first findings, and "show all" when it has more. */
static GPtrArray *
findings_entries (FhRoadmapPage *self)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->findings->len;)
    {
      FhFinding  *first = self->findings->pdata[i];
      const char *rule = first->rule_id;
      gboolean    expanded = g_hash_table_contains (self->expanded_rules, rule);
      guint       end = i, total = 0, n_listed;

      while (end < self->findings->len &&
             ((FhFinding *)self->findings->pdata[end])->rule_id == rule &&
             ((FhFinding *)self->findings->pdata[end])->severity == first->severity)
        {
          total += MAX (((FhFinding *)self->findings->pdata[end])->n_more, 1);
          end++;
        }
      n_listed = end - i;

      /* TRANSLATORS: a start-small rule's name, then how many findings it has */
      g_ptr_array_add (
        entries, entry_new (ENTRY_HEADING, first,
                            g_strdup_printf (ngettext ("%s: %u finding", "%s: %u findings", total),
                                             fh_rules_get_title (rule), total)));
      for (guint j = i; j < end; j++)
        if (expanded || j - i < FINDINGS_SHOWN_PER_RULE)
          g_ptr_array_add (entries, entry_new (ENTRY_FINDING, self->findings->pdata[j], NULL));
      if (n_listed > FINDINGS_SHOWN_PER_RULE)
        {
          FhFindingEntry *more = entry_new (
            ENTRY_SHOW_ALL, first,
            expanded ? g_strdup (_("Show Fewer"))
                     : g_strdup_printf (
                         ngettext ("Show All %u Finding", "Show All %u Findings", total), total));

          more->expanded = expanded;
          g_ptr_array_add (entries, more);
        }
      i = end;
    }

  return entries;
}

/* Replaces the model's @n_old entries from @position by @n_new @entries, splicing
 * only what lies between the equal ones at the start and at the end. */
static void
splice_difference (GListStore *store, guint position, guint n_old, gpointer *entries, guint n_new)
{
  GListModel *model = G_LIST_MODEL (store);
  guint       prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr (FhFindingEntry) old = g_list_model_get_item (model, position + prefix);

      if (!entry_equal (old, entries[prefix]))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr (FhFindingEntry) old = g_list_model_get_item (model, position + n_old - 1 - suffix);

      if (!entry_equal (old, entries[n_new - 1 - suffix]))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return;
  g_list_store_splice (store, position + prefix, n_old - prefix - suffix, entries + prefix,
                       n_new - prefix - suffix);
}

/* The entries from @start up to the next heading: one rule's. */
static guint
group_length (GListModel *model, GPtrArray *entries, guint start)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : entries->len;
  guint end = start + 1;

  for (; end < n; end++)
    {
      g_autoptr (FhFindingEntry) owned = model != NULL ? g_list_model_get_item (model, end) : NULL;
      FhFindingEntry *entry = model != NULL ? owned : entries->pdata[end];

      if (entry->kind == ENTRY_HEADING)
        break;
    }
  return end - start;
}

static gboolean
same_rule (FhFindingEntry *a, FhFindingEntry *b)
{
  return a->rule_id == b->rule_id && a->severity == b->severity;
}

/* Replaces only what differs between the listed entries and the new ones, rule by
 * rule: the rows of the entries that stay are kept, and with them focus and scroll.
 * A rule's heading (its count) is replaced on its own. */
static void
update_findings_model (FhRoadmapPage *self)
{
  g_autoptr (GPtrArray) entries = self->findings != NULL
                                    ? findings_entries (self)
                                    : g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (self->findings_model);
  guint       position = 0, next = 0;

  while (next < entries->len || position < g_list_model_get_n_items (model))
    {
      g_autoptr (FhFindingEntry) old = position < g_list_model_get_n_items (model)
                                         ? g_list_model_get_item (model, position)
                                         : NULL;
      FhFindingEntry *fresh = next < entries->len ? entries->pdata[next] : NULL;
      gboolean        later = FALSE;
      guint           n_new = fresh != NULL ? group_length (NULL, entries, next) : 0;

      if (old != NULL && fresh != NULL && same_rule (old, fresh))
        {
          guint n_old = group_length (model, NULL, position);

          if (!entry_equal (old, fresh))
            g_list_store_splice (self->findings_model, position, 1, (gpointer *)&fresh, 1);
          splice_difference (self->findings_model, position + 1, n_old - 1,
                             entries->pdata + next + 1, n_new - 1);
          position += n_new;
          next += n_new;
          continue;
        }

      /* A rule that is new here comes in; one that is gone goes. */
      for (guint j = next; old != NULL && j < entries->len && !later; j++)
        later = ((FhFindingEntry *)entries->pdata[j])->kind == ENTRY_HEADING &&
                same_rule (old, entries->pdata[j]);
      if (fresh != NULL && (old == NULL || later))
        {
          g_list_store_splice (self->findings_model, position, 0, entries->pdata + next, n_new);
          position += n_new;
          next += n_new;
        }
      else
        {
          g_list_store_splice (self->findings_model, position, group_length (model, NULL, position),
                               NULL, 0);
        }
    }
}

static FhFindingEntry *
entry_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "entry");
}

static void
fix_clicked_cb (GtkButton *button, FhRoadmapPage *self)
{
  FhFindingEntry *entry = entry_of (GTK_WIDGET (button));
  g_autoptr (FhFinding) finding = NULL;
  g_autoptr (GError) error = NULL;

  if (entry == NULL || entry->finding == NULL)
    return;
  /* The change updates the list, and may drop this entry: work on a copy. */
  finding = fh_finding_copy (entry->finding);
  if (fh_roadmap_page_apply_fix (self, finding, &error))
    fh_section_toast (FH_SECTION (self), _("Fix applied"), TRUE);
  else if (error != NULL)
    fh_section_toast (FH_SECTION (self), error->message, FALSE);
}

static void
toggle_rule (FhRoadmapPage *self, const char *rule_id)
{
  if (!g_hash_table_remove (self->expanded_rules, rule_id))
    g_hash_table_add (self->expanded_rules, (gpointer)rule_id);
  update_findings_model (self);
}

static void
show_all_clicked_cb (GtkButton *button, FhRoadmapPage *self)
{
  FhFindingEntry *entry = entry_of (GTK_WIDGET (button));

  if (entry != NULL)
    toggle_rule (self, entry->rule_id);
}

/* The row: a heading, a finding (icon, message, fix, fix button) or a button; the
 * parts not needed by the entry bound are hidden. */
static void
finding_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, FhRoadmapPage *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *fix = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *more = gtk_button_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_set_margin_top (heading, 8);
  gtk_widget_set_margin_bottom (heading, 4);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (row), heading);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
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
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect (button, "clicked", G_CALLBACK (fix_clicked_cb), self);
  gtk_box_append (GTK_BOX (text), button);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (row), box);

  gtk_widget_set_halign (more, GTK_ALIGN_START);
  gtk_widget_set_margin_bottom (more, 4);
  gtk_widget_add_css_class (more, "flat");
  g_signal_connect (more, "clicked", G_CALLBACK (show_all_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), more);

  g_object_set_data (G_OBJECT (row), "heading", heading);
  g_object_set_data (G_OBJECT (row), "finding", box);
  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "message", message);
  g_object_set_data (G_OBJECT (row), "fix", fix);
  g_object_set_data (G_OBJECT (row), "fix-button", button);
  g_object_set_data (G_OBJECT (row), "show-all", more);
  gtk_list_item_set_child (list_item, row);
}

static void
finding_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, FhRoadmapPage *self)
{
  FhFindingEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget      *row = gtk_list_item_get_child (list_item);
  GtkWidget      *icon = g_object_get_data (G_OBJECT (row), "icon");
  GtkWidget      *button = g_object_get_data (G_OBJECT (row), "fix-button");
  GtkWidget      *more = g_object_get_data (G_OBJECT (row), "show-all");
  FhFinding      *finding = entry->finding;
  gboolean        error = entry->severity == FH_SEVERITY_ERROR;

  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "heading"),
                          entry->kind == ENTRY_HEADING);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "finding"),
                          entry->kind == ENTRY_FINDING);
  gtk_widget_set_visible (more, entry->kind == ENTRY_SHOW_ALL);
  g_object_set_data (G_OBJECT (button), "entry", entry);
  g_object_set_data (G_OBJECT (more), "entry", entry);
  gtk_list_item_set_activatable (list_item, (finding != NULL && finding->items->len > 0) ||
                                              entry->kind == ENTRY_SHOW_ALL);

  switch (entry->kind)
    {
    case ENTRY_HEADING:
      /* Plan text is never markup: set as text. */
      gtk_label_set_text (g_object_get_data (G_OBJECT (row), "heading"), entry->text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      entry->text, -1);
      break;
    case ENTRY_SHOW_ALL:
      gtk_button_set_label (GTK_BUTTON (more), entry->text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      entry->text, -1);
      break;
    case ENTRY_FINDING:
    default:
      {
        g_autofree char *accessible = g_strdup_printf (
          "%s: %s %s", fh_severity_get_label (finding->severity), finding->message, finding->fix);

        gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                      error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
        gtk_widget_remove_css_class (icon, error ? "warning" : "error");
        gtk_widget_add_css_class (icon, error ? "error" : "warning");
        gtk_widget_set_tooltip_text (icon, fh_severity_get_label (finding->severity));
        gtk_label_set_text (g_object_get_data (G_OBJECT (row), "message"), finding->message);
        gtk_label_set_text (g_object_get_data (G_OBJECT (row), "fix"), finding->fix);
        gtk_widget_set_visible (button, finding->fix_kind != FH_FIX_NONE);
        if (finding->fix_kind != FH_FIX_NONE)
          {
            gtk_button_set_label (GTK_BUTTON (button), finding->fix_kind == FH_FIX_SPLIT_STAGES
                                  ? _("Split by Stage")
                                  : _("Move After Dependency"));
            gtk_widget_set_tooltip_text (button, finding->fix);
          }
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        accessible, -1);
      }
      break;
    }
}

static void
finding_unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, FhRoadmapPage *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  g_object_set_data (g_object_get_data (G_OBJECT (row), "fix-button"), "entry", NULL);
  g_object_set_data (g_object_get_data (G_OBJECT (row), "show-all"), "entry", NULL);
}

static void
finding_activated_cb (FhRoadmapPage *self, guint position)
{
  g_autoptr (FhFindingEntry) entry =
    g_list_model_get_item (G_LIST_MODEL (self->findings_model), position);

  if (entry == NULL)
    return;
  if (entry->kind == ENTRY_SHOW_ALL)
    {
      toggle_rule (self, entry->rule_id);
      return;
    }
  if (entry->finding == NULL || entry->finding->items->len == 0)
    return;

  fh_timeline_set_selected (self->timeline, g_array_index (entry->finding->items, gint64, 0));
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
refresh (FhRoadmapPage *self)
{
  FhPlanModels models;
  FhCoverage   coverage = { 0 };

  g_clear_pointer (&self->findings, g_ptr_array_unref);

  if (self->store == NULL)
    {
      update_findings_model (self);
      fh_timeline_set_plan (self->timeline, NULL, NULL);
      gtk_label_set_text (self->findings_title, "");
      gtk_label_set_text (self->coverage_label, "");
      gtk_level_bar_set_value (self->coverage_bar, 0);
      return;
    }

  fh_store_get_models (self->store, &models);
  self->findings = fh_rules_check (&models);
  fh_timeline_set_plan (self->timeline, self->store, self->findings);

  update_findings_model (self);
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
  GPtrArray     *draft;    /* FhDraftItem */
  gboolean      *accepted; /* one per draft item; the rows are recycled, the choice stays */
} DraftPreview;

static void
draft_preview_free (DraftPreview *preview)
{
  g_ptr_array_unref (preview->draft);
  g_free (preview->accepted);
  g_object_unref (preview->page);
  g_free (preview);
}

static gboolean
accept_draft (DraftPreview *preview, guint *n_added, GError **error)
{
  g_autoptr (FhEdit) edit = NULL;

  edit = fh_edit_accept_draft (preview->draft, preview->accepted, n_added);
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

static char *
draft_subtitle (FhRoadmapPage *self, FhDraftItem *proposed)
{
  FhRoadmapItem *item = proposed->item;
  FhCapability  *capability =
    fh_store_lookup_capability (self->store, fh_roadmap_item_get_capability (item));
  g_autofree char *quarter = fh_quarter_format (fh_roadmap_item_get_start_quarter (item));
  g_autofree char *subtitle = NULL;

  if (proposed->intent)
    subtitle = g_strdup_printf (
      /* Translators: a drafted item beyond the quarters proposed in detail */
      ngettext ("%s · %s · closes %u gap · intent, to confirm at a review",
                "%s · %s · closes %u gaps · intent, to confirm at a review", proposed->gaps->len),
      quarter, capability != NULL ? fh_capability_get_name (capability) : "", proposed->gaps->len);
  else
    subtitle = g_strdup_printf (
      ngettext ("%s · %s · closes %u gap", "%s · %s · closes %u gaps", proposed->gaps->len),
      quarter, capability != NULL ? fh_capability_get_name (capability) : "", proposed->gaps->len);
  if (proposed->option != 0)
    {
      g_autofree char *money = fh_money_format (
        proposed->option_cost, fh_plan_info_get_currency (fh_store_get_info (self->store)));

      /* TRANSLATORS: a drafted item's details, then its capability's chosen option's cost */
      return g_strdup_printf (_("%s · chosen option %s (total cost of ownership)"), subtitle,
                                 money);
    }
  return g_steal_pointer (&subtitle);
}

static void
draft_check_toggled_cb (GtkCheckButton *check, DraftPreview *preview)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (check), "list-item");
  guint        position;

  if (list_item == NULL || g_object_get_data (G_OBJECT (check), "binding") != NULL)
    return;
  position = gtk_list_item_get_position (list_item);
  if (position < preview->draft->len)
    preview->accepted[position] = gtk_check_button_get_active (check);
}

static void
draft_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, DraftPreview *preview)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* Rows hold plan text: no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Include this item when accepting"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (check), "list-item", list_item);
  g_signal_connect (check, "toggled", G_CALLBACK (draft_check_toggled_cb), preview);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, row);
}

static void
draft_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, DraftPreview *preview)
{
  GtkWidget       *row = gtk_list_item_get_child (list_item);
  GtkWidget       *check = g_object_get_data (G_OBJECT (row), "check");
  guint            position = gtk_list_item_get_position (list_item);
  FhDraftItem     *proposed = g_ptr_array_index (preview->draft, position);
  g_autofree char *subtitle = draft_subtitle (preview->page, proposed);
  const char      *title = fh_roadmap_item_get_title (proposed->item);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  /* Showing the choice is not making one. */
  g_object_set_data (G_OBJECT (check), "binding", GINT_TO_POINTER (1));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), preview->accepted[position]);
  g_object_set_data (G_OBJECT (check), "binding", NULL);
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
  DraftPreview    *preview;
  FhPlanModels     models;
  GtkWidget       *window, *box, *header, *accept, *discard, *scrolled, *list, *intro;
  g_autofree char *intro_text = NULL;

  g_return_val_if_fail (FH_IS_ROADMAP_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;

  preview = g_new0 (DraftPreview, 1);
  preview->page = g_object_ref (self);
  fh_store_get_models (self->store, &models);
  preview->draft = fh_draft_propose (&models);
  preview->accepted = g_new (gboolean, MAX (preview->draft->len, 1));
  /* Intent is a direction, not a commitment: checked only when the team says so. */
  for (guint i = 0; i < preview->draft->len; i++)
    preview->accepted[i] = !((FhDraftItem *)preview->draft->pdata[i])->intent;

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

  intro_text = fh_draft_intro_text (&models, preview->draft);
  if (preview->draft->len > 0)
    {
      g_autofree char *how = g_steal_pointer (&intro_text);

      /* Translators: how the draft was made, then what to do with it */
      intro_text = g_strdup_printf (_("%s Intent is left unchecked. Uncheck what the team does not want, then accept; one Undo takes it all back."),
                                       how);
    }
  intro = gtk_label_new (intro_text);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_set_margin_top (intro, 12);
  gtk_widget_set_margin_start (intro, 18);
  gtk_widget_set_margin_end (intro, 18);
  gtk_box_append (GTK_BOX (box), intro);

  /* One recycled row per visible proposal: the draft of a large plan is long. */
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    g_autoptr (GtkStringList) titles = gtk_string_list_new (NULL);
    GtkNoSelection *selection;

    for (guint i = 0; i < preview->draft->len; i++)
      gtk_string_list_append (
        titles, fh_roadmap_item_get_title (((FhDraftItem *)preview->draft->pdata[i])->item));
    selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&titles)));
    g_signal_connect (factory, "setup", G_CALLBACK (draft_setup_cb), preview);
    g_signal_connect (factory, "bind", G_CALLBACK (draft_bind_cb), preview);
    list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  }
  gtk_widget_add_css_class (list, "rich-list");
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_margin_start (list, 18);
  gtk_widget_set_margin_end (list, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Proposed roadmap items"), -1);
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
  /* The rows' buttons call back into this page: the list goes first. */
  if (self->findings_list != NULL)
    gtk_list_view_set_model (self->findings_list, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_ROADMAP_PAGE);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_object (&self->findings_model);
  g_clear_pointer (&self->expanded_rules, g_hash_table_unref);

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
  g_type_ensure (FH_TYPE_TIMELINE_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-roadmap-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, FhRoadmapPage, legend);
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
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->findings_model = g_list_store_new (FH_TYPE_FINDING_ENTRY);
  self->expanded_rules = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_signal_connect (factory, "setup", G_CALLBACK (finding_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (finding_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (finding_unbind_cb), self);
  gtk_list_view_set_factory (self->findings_list, factory);
  g_object_unref (factory);
  {
    g_autoptr (GtkNoSelection) selection =
      gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->findings_model)));

    gtk_list_view_set_model (self->findings_list, GTK_SELECTION_MODEL (selection));
  }
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
