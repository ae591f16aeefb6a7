/* fh-item-editor.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-item-editor.h"

#include "fh-capability.h"
#include "fh-field.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-maturity.h"
#include "fh-quarter.h"
#include "fh-tco.h"
#include "fh-use-case.h"

/* One roadmap item, every field of it, saved as one undo step. */
struct _FhItemEditor
{
  AdwWindow parent_instance;

  FhStore       *store;
  FhRoadmapItem *item; /* NULL: a new item */
  GPtrArray     *capabilities;

  GtkLabel      *error_label;
  AdwEntryRow   *title_row;
  AdwComboRow   *capability_row;
  AdwComboRow   *from_row;
  AdwComboRow   *target_row;
  AdwEntryRow   *quarter_row;
  GtkSpinButton *duration_spin;
  AdwComboRow   *status_row;
  AdwEntryRow   *owner_row;
  AdwEntryRow   *cost_row;
  AdwActionRow  *option_row;
  GtkSwitch     *milestone_switch;
  GtkTextView   *notes_view;
  GPtrArray     *gap_checks; /* GtkCheckButton with "id" data */
  GPtrArray     *use_case_checks;
  GPtrArray     *dep_checks;
};

G_DEFINE_FINAL_TYPE (FhItemEditor, fh_item_editor, ADW_TYPE_WINDOW)

enum
{
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (FhItemEditor *self, GtkWidget *field, const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_widget_grab_focus (field);
    }
}

static void
field_changed_cb (GtkWidget *field, FhItemEditor *self)
{
  gtk_widget_remove_css_class (field, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static GtkStringList *
stage_list (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int s = FH_STAGE_NOT_YET; s <= FH_STAGE_LAST; s++)
    gtk_string_list_append (list, fh_stage_get_label (s));

  return list;
}

static AdwComboRow *
add_combo (AdwPreferencesGroup *group, const char *title, GListModel *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, model);
  g_object_unref (model);
  adw_preferences_group_add (group, GTK_WIDGET (row));

  return row;
}

static AdwEntryRow *
add_entry (FhItemEditor *self, AdwPreferencesGroup *group, const char *title, const char *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));

  return row;
}

static gboolean
is_linked (FhStore *store, FhCollection links, gint64 source, gint64 target)
{
  GListModel *model = fh_store_get_model (store, links);

  if (source == 0)
    return FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (model, i);

      if (fh_link_get_source (link) == source && fh_link_get_target (link) == target)
        return TRUE;
    }

  return FALSE;
}

static GPtrArray *
add_links (FhItemEditor       *self,
           AdwPreferencesPage *page,
           const char         *title,
           FhCollection        collection,
           FhCollection        links)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwExpanderRow      *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GListModel          *model = fh_store_get_model (self->store, collection);
  GPtrArray           *checks = g_ptr_array_new ();
  gint64               own = self->item != NULL ? fh_roadmap_item_get_id (self->item) : 0;
  guint                n_linked = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_preferences_group_add (group, GTK_WIDGET (expander));
  adw_preferences_page_add (page, group);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (model, i);
      g_autofree char *label = NULL;
      GtkWidget       *check;
      gint64           id;

      g_object_get (record, "id", &id, "title", &label, NULL);
      if (id == own)
        continue;

      check = gtk_check_button_new_with_label (label);
      gtk_widget_set_margin_start (check, 12);
      gtk_widget_set_margin_top (check, 6);
      gtk_widget_set_margin_bottom (check, 6);
      gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (check)), TRUE);
      g_object_set_data_full (G_OBJECT (check), "id", g_memdup2 (&id, sizeof id), g_free);
      if (is_linked (self->store, links, own, id))
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
          n_linked++;
        }
      adw_expander_row_add_row (expander, check);
      g_ptr_array_add (checks, check);
    }

  {
    g_autofree char *subtitle =
      g_strdup_printf (ngettext ("%u linked", "%u linked", n_linked), n_linked);

    adw_expander_row_set_subtitle (expander, subtitle);
  }

  return checks;
}

static void
update_option_cost (FhItemEditor *self)
{
  FhPlanModels  models;
  guint         position = adw_combo_row_get_selected (self->capability_row);
  FhCapability *capability;
  gint64        option = 0;
  FhTco         tco;

  if (position >= self->capabilities->len)
    return;

  capability = self->capabilities->pdata[position];
  fh_store_get_models (self->store, &models);
  if (fh_tco_chosen_for_capability (&models, fh_capability_get_id (capability), &option, &tco))
    {
      g_autofree char *money =
        fh_money_format (tco.total, fh_plan_info_get_currency (fh_store_get_info (self->store)));
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("%s over %d year (total cost of ownership)",
                                   "%s over %d years (total cost of ownership)", tco.horizon),
                         money, tco.horizon);

      adw_action_row_set_subtitle (self->option_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->option_row,
                                 _("No option chosen for this capability yet (Options section)"));
}

static gboolean
sync_links (FhItemEditor *self, GPtrArray *checks, FhCollection links, gint64 id, GError **error)
{
  for (guint i = 0; i < checks->len; i++)
    {
      gint64   target = *(gint64 *)g_object_get_data (checks->pdata[i], "id");
      gboolean want = gtk_check_button_get_active (checks->pdata[i]);
      gboolean have = is_linked (self->store, links, id, target);

      if (want && !have && !fh_store_link (self->store, links, id, target, error))
        return FALSE;
      if (!want && have && !fh_store_unlink (self->store, links, id, target, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * fh_item_editor_save:
 *
 * Checks every field, then writes the item and its links as one undo step.
 *
 * Returns: whether it was saved; if not, the window says why at the field
 */
gboolean
fh_item_editor_save (FhItemEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *quarter_text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quarter_row))));
  g_autofree char *owner =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->owner_row))));
  const char      *cost_text = gtk_editable_get_text (GTK_EDITABLE (self->cost_row));
  const char      *currency = fh_plan_info_get_currency (fh_store_get_info (self->store));
  g_autofree char *notes = NULL;
  GtkTextIter      start, end;
  guint            capability = adw_combo_row_get_selected (self->capability_row);
  int              from = adw_combo_row_get_selected (self->from_row);
  int              target = adw_combo_row_get_selected (self->target_row);
  int              quarter = 0;
  gint64           cost = 0;
  g_autoptr (FhRoadmapItem) fresh = NULL;
  FhRoadmapItem *item;
  const char    *cap_id;
  gint64         id;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->notes_view), &start, &end);
  notes =
    gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->notes_view), &start, &end, FALSE);

  if (!fh_field_validate_text (FH_FIELD_SHORT, TRUE, title, &error))
    {
      show_error (self, GTK_WIDGET (self->title_row), error->message);
      return FALSE;
    }
  if (!fh_quarter_parse (quarter_text, &quarter))
    {
      show_error (self, GTK_WIDGET (self->quarter_row),
                  _("Write the start quarter as year and quarter, like 2027-Q1."));
      return FALSE;
    }
  if (!fh_field_validate_text (FH_FIELD_SHORT, FALSE, owner, &error))
    {
      show_error (self, GTK_WIDGET (self->owner_row), error->message);
      return FALSE;
    }
  if (cost_text[0] != '\0' &&
      !fh_money_parse (cost_text, fh_money_currency_digits (currency), &cost, &error))
    {
      show_error (self, GTK_WIDGET (self->cost_row), error->message);
      return FALSE;
    }
  if (!fh_field_validate_text (FH_FIELD_LONG, FALSE, notes, &error))
    {
      show_error (self, GTK_WIDGET (self->notes_view), error->message);
      return FALSE;
    }
  if (capability >= self->capabilities->len)
    {
      show_error (self, GTK_WIDGET (self->capability_row),
                  _("Choose the capability this item works on."));
      return FALSE;
    }
  cap_id = fh_capability_get_id (self->capabilities->pdata[capability]);

  fh_store_begin (self->store,
                  self->item != NULL ? _("Edit roadmap item") : _("Add roadmap item"));
  if (self->item == NULL)
    {
      fresh = g_object_new (FH_TYPE_ROADMAP_ITEM, "title", title, "capability", cap_id,
                            "start-quarter", quarter, NULL);
      if (!fh_store_add (self->store, fresh, &error))
        goto failed;
      item = fresh;
    }
  else
    item = self->item;

  if (!fh_store_set (self->store, item, &error, "title", title, "capability", cap_id, "from-stage",
                     from, "target-stage", target, "start-quarter", quarter, "duration",
                     gtk_spin_button_get_value_as_int (self->duration_spin), "status",
                     (int)adw_combo_row_get_selected (self->status_row), "owner", owner, "cost",
                     cost, "milestone", gtk_switch_get_active (self->milestone_switch), "notes",
                     notes, NULL))
    goto failed;

  id = fh_roadmap_item_get_id (item);
  if (!sync_links (self, self->gap_checks, FH_COLLECTION_ITEM_GAPS, id, &error) ||
      !sync_links (self, self->use_case_checks, FH_COLLECTION_ITEM_USE_CASES, id, &error) ||
      !sync_links (self, self->dep_checks, FH_COLLECTION_ITEM_DEPENDENCIES, id, &error))
    goto failed;

  if (!fh_store_end (self->store, &error))
    {
      show_error (self, NULL, error->message);
      return FALSE;
    }

  return TRUE;

failed:
  fh_store_cancel (self->store);
  show_error (self, NULL, error->message);
  return FALSE;
}

static void
save_clicked_cb (FhItemEditor *self)
{
  if (fh_item_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_clicked_cb (FhItemEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AdwToast) toast = NULL;

  if (self->item == NULL)
    return;

  if (!fh_store_remove (self->store, self->item, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }

  toast = adw_toast_new (_("Roadmap item deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
build (FhItemEditor *self)
{
  GtkWidget           *header = adw_header_bar_new ();
  GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget           *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget           *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  AdwPreferencesPage  *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *notes_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GListModel          *caps = fh_store_get_model (self->store, FH_COLLECTION_CAPABILITIES);
  GtkStringList       *cap_names = gtk_string_list_new (NULL);
  GtkStringList       *statuses = gtk_string_list_new (NULL);
  FhRoadmapItem       *item = self->item;
  g_autofree char     *quarter = NULL;
  g_autofree char     *cost = NULL;
  GtkWidget           *row, *frame;
  const char          *currency = fh_plan_info_get_currency (fh_store_get_info (self->store));
  int                  start_quarter;

  gtk_window_set_title (GTK_WINDOW (self),
                        item != NULL ? _("Roadmap Item") : _("New Roadmap Item"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  if (item != NULL)
    {
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_tooltip_text (delete, _("Delete this item"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Delete this item"), -1);
      gtk_widget_add_css_class (delete, "destructive-action");
      g_signal_connect_swapped (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
      adw_header_bar_pack_end (ADW_HEADER_BAR (header), delete);
    }
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  adw_preferences_page_add (page, group);
  self->title_row =
    add_entry (self, group, _("Title"), item ? fh_roadmap_item_get_title (item) : "");

  self->capabilities = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0, n = g_list_model_get_n_items (caps); i < n; i++)
    {
      FhCapability *cap = g_list_model_get_item (caps, i);

      g_ptr_array_add (self->capabilities, cap);
      gtk_string_list_append (cap_names, fh_capability_get_name (cap));
      if (item != NULL &&
          g_strcmp0 (fh_capability_get_id (cap), fh_roadmap_item_get_capability (item)) == 0)
        g_object_set_data (G_OBJECT (self), "cap", GUINT_TO_POINTER (i + 1));
    }
  self->capability_row = add_combo (group, _("Capability"), G_LIST_MODEL (cap_names));
  adw_combo_row_set_selected (
    self->capability_row,
    MAX (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self), "cap")), 1) - 1);
  self->from_row = add_combo (group, _("From stage"), G_LIST_MODEL (stage_list ()));
  self->target_row = add_combo (group, _("Target stage"), G_LIST_MODEL (stage_list ()));
  adw_combo_row_set_selected (self->from_row, item ? fh_roadmap_item_get_from_stage (item) : 0);
  adw_combo_row_set_selected (self->target_row, item ? fh_roadmap_item_get_target_stage (item) : 1);

  start_quarter = item ? fh_roadmap_item_get_start_quarter (item)
                       : fh_plan_info_get_start_quarter (fh_store_get_info (self->store));
  if (start_quarter == 0)
    {
      start_quarter = fh_maturity_current_quarter (NULL);
    }
  quarter = fh_quarter_format (start_quarter);
  self->quarter_row = add_entry (self, group, _("Start quarter (like 2027-Q1)"), quarter);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Duration in quarters"));
  self->duration_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 40, 1));
  gtk_spin_button_set_value (self->duration_spin, item ? fh_roadmap_item_get_duration (item) : 1);
  gtk_spin_button_set_numeric (self->duration_spin, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->duration_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duration_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Duration in quarters"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->duration_spin));
  adw_preferences_group_add (group, row);

  for (FhItemStatus status = FH_ITEM_STATUS_PLANNED; status <= FH_ITEM_STATUS_DROPPED; status++)
    gtk_string_list_append (statuses, fh_item_status_get_label (status));
  self->status_row = add_combo (group, _("Status"), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row, item ? fh_roadmap_item_get_status (item) : 0);

  self->owner_row =
    add_entry (self, group, _("Owner"), item ? fh_roadmap_item_get_owner (item) : "");
  cost = item != NULL && fh_roadmap_item_get_cost (item) > 0
           ? fh_money_format_number (fh_roadmap_item_get_cost (item),
                                     fh_money_currency_digits (currency))
           : g_strdup ("");
  {
    g_autofree char *cost_title = g_strdup_printf (_("Own cost estimate (%s)"), currency);

    self->cost_row = add_entry (self, group, cost_title, cost);
  }

  self->option_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->option_row), _("Chosen option"));
  adw_preferences_group_add (group, GTK_WIDGET (self->option_row));
  g_signal_connect_swapped (self->capability_row, "notify::selected",
                            G_CALLBACK (update_option_cost), self);
  update_option_cost (self);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Milestone"));
  self->milestone_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->milestone_switch,
                         item ? fh_roadmap_item_get_milestone (item) : FALSE);
  gtk_widget_set_valign (GTK_WIDGET (self->milestone_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->milestone_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Milestone"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->milestone_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->milestone_switch));
  adw_preferences_group_add (group, row);

  adw_preferences_group_set_title (notes_group, _("Notes"));
  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->notes_view, 8);
  gtk_text_view_set_left_margin (self->notes_view, 8);
  gtk_widget_set_size_request (GTK_WIDGET (self->notes_view), -1, 90);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            item ? fh_roadmap_item_get_notes (item) : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Notes"), -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->notes_view));
  adw_preferences_group_add (notes_group, frame);
  adw_preferences_page_add (page, notes_group);

  self->gap_checks =
    add_links (self, page, _("Gaps it closes"), FH_COLLECTION_GAPS, FH_COLLECTION_ITEM_GAPS);
  self->use_case_checks = add_links (
    self, page, _("Use cases it serves"), FH_COLLECTION_USE_CASES, FH_COLLECTION_ITEM_USE_CASES);
  self->dep_checks = add_links (
    self, page, _("Items it depends on"), FH_COLLECTION_ROADMAP, FH_COLLECTION_ITEM_DEPENDENCIES);

  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
fh_item_editor_dispose (GObject *object)
{
  FhItemEditor *self = FH_ITEM_EDITOR (object);

  g_clear_pointer (&self->gap_checks, g_ptr_array_unref);
  g_clear_pointer (&self->use_case_checks, g_ptr_array_unref);
  g_clear_pointer (&self->dep_checks, g_ptr_array_unref);
  g_clear_pointer (&self->capabilities, g_ptr_array_unref);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_item_editor_parent_class)->dispose (object);
}

static void
fh_item_editor_class_init (FhItemEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_item_editor_dispose;

  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fh_item_editor_init (FhItemEditor *self)
{
}

FhItemEditor *
fh_item_editor_new (GtkWindow *parent, FhStore *store, FhRoadmapItem *item)
{
  FhItemEditor *self;

  g_return_val_if_fail (FH_IS_STORE (store), NULL);

  self = g_object_new (FH_TYPE_ITEM_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->item = item != NULL ? g_object_ref (item) : NULL;
  build (self);

  return self;
}
