/* fh-data-view.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-data-view.h"

#include "fh-enums.h"

#include "fh-data-source.h"
#include "fh-link.h"
#include "fh-record-form.h"
#include "fh-scoring.h"
#include "fh-use-case.h"
#include "fh-feedback.h"

struct _FhDataView
{
  FhSection parent_instance;

  FhStore      *store; /* the section's plan, held by FhSection */
  gint64        selected_id;
  FhRecordForm *form;
  gboolean      selecting;
  gboolean      updating;

  GtkWidget  *entry;
  GtkLabel   *error_label;
  GtkListBox *list;
  GtkStack   *detail_stack;
  GtkBox     *form_box;
  GtkBox     *needed_box;
};

G_DEFINE_FINAL_TYPE (FhDataView, fh_data_view, FH_TYPE_SECTION)

static FhDataSource *
selected_source (FhDataView *self)
{
  if (self->store == NULL || self->selected_id == 0)
    return NULL;

  return fh_store_lookup (self->store, FH_COLLECTION_DATA_SOURCES, self->selected_id);
}

static gboolean
is_linked (FhDataView *self, gint64 source, gint64 use_case)
{
  GListModel *links = fh_store_get_model (self->store, FH_COLLECTION_SOURCE_USE_CASES);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);

      if (fh_link_get_source (link) == source && fh_link_get_target (link) == use_case)
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
create_row_cb (gpointer item, gpointer user_data)
{
  FhDataSource    *source = item;
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *name = gtk_label_new (fh_data_source_get_name (source));
  GtkWidget       *state = gtk_label_new (NULL);
  g_autofree char *text = NULL;

  /* Translators: availability · access · sensitivity of a data source */
  text = g_strdup_printf (_("%s · %s · %s"),
                             fh_availability_get_label (fh_data_source_get_availability (source)),
                             fh_access_get_label (fh_data_source_get_access (source)),
                             fh_sensitivity_get_label (fh_data_source_get_sensitivity (source)));
  if (fh_data_source_get_collect_now (source))
    {
      g_autofree char *more = g_strdup_printf ("%s · %s", text, _("⚑ Start collecting now"));

      g_free (text);
      text = g_steal_pointer (&more);
    }
  gtk_label_set_text (GTK_LABEL (state), text);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_label_set_wrap (GTK_LABEL (state), TRUE);
  gtk_widget_add_css_class (state, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), state);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "id",
                          g_memdup2 (&(gint64){ fh_data_source_get_id (source) }, sizeof (gint64)),
                          g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fh_data_source_get_name (source), -1);

  return row;
}

static gint64
row_id (GtkListBoxRow *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "id") : NULL;

  return id != NULL ? *id : 0;
}

static void
restore_selection (FhDataView *self)
{
  GtkListBoxRow *row;

  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->list);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (row_id (row) == self->selected_id)
      {
        gtk_list_box_select_row (self->list, row);
        break;
      }
  self->selecting = FALSE;
}

static void
needed_toggled_cb (GtkCheckButton *check, FhDataView *self)
{
  gint64 *use_case = g_object_get_data (G_OBJECT (check), "use-case");
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->updating || self->store == NULL)
    return;

  if (gtk_check_button_get_active (check))
    ok = fh_store_link (self->store, FH_COLLECTION_SOURCE_USE_CASES, self->selected_id, *use_case,
                        &error);
  else
    ok = fh_store_unlink (self->store, FH_COLLECTION_SOURCE_USE_CASES, self->selected_id, *use_case,
                          &error);

  if (!ok)
    {
      g_autoptr (AdwToast) toast = fh_toast_new (error->message, FALSE);

      fh_section_add_toast (FH_SECTION (self), toast);
    }
}

/* One check per use case; each shows the readiness the use case is scored at and
 * what this source can support. */
static void
refresh_needed (FhDataView *self)
{
  GListModel   *use_cases = fh_store_get_model (self->store, FH_COLLECTION_USE_CASES);
  FhDataSource *source = selected_source (self);
  int           supports = fh_data_source_supports (fh_data_source_get_availability (source),
                                                    fh_data_source_get_access (source));
  GtkWidget    *child;
  guint         n = g_list_model_get_n_items (use_cases);
  gboolean      same = TRUE;
  guint         i = 0;

  /* The checks stay in place while the same use cases are listed, so that a toggled
   * check keeps the keyboard focus; they are rebuilt only when use cases come or go. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->needed_box)); child != NULL && same;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      gint64 *shown = g_object_get_data (G_OBJECT (child), "use-case");
      g_autoptr (FhUseCase) use_case = i < n ? g_list_model_get_item (use_cases, i) : NULL;

      same = shown != NULL && use_case != NULL && *shown == fh_use_case_get_id (use_case);
    }
  same = same && i == n && n > 0;

  self->updating = TRUE;
  if (!same)
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->needed_box))) != NULL)
      gtk_box_remove (self->needed_box, child);

  child = same ? gtk_widget_get_first_child (GTK_WIDGET (self->needed_box)) : NULL;
  for (i = 0; i < n; i++, child = child != NULL ? gtk_widget_get_next_sibling (child) : NULL)
    {
      g_autoptr (FhUseCase) use_case = g_list_model_get_item (use_cases, i);
      gint64     id = fh_use_case_get_id (use_case);
      GtkWidget *check = same ? child : gtk_check_button_new ();
      GtkWidget *label =
        same ? gtk_check_button_get_child (GTK_CHECK_BUTTON (check)) : gtk_label_new (NULL);
      g_autofree char *text = NULL;
      gboolean         linked = is_linked (self, self->selected_id, id);

      if (linked && supports < fh_use_case_get_readiness (use_case))
        text = g_strdup_printf (_("%s — scored data readiness %d, this source supports %d"),
                                   fh_use_case_get_title (use_case),
                                   fh_use_case_get_readiness (use_case), supports);
      else
        text = g_strdup (fh_use_case_get_title (use_case));

      gtk_label_set_text (GTK_LABEL (label), text);
      if (linked && supports < fh_use_case_get_readiness (use_case))
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_remove_css_class (label, "warning");
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), linked);
      if (same)
        continue;

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      g_object_set_data_full (G_OBJECT (check), "use-case", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (needed_toggled_cb), self);
      gtk_box_append (self->needed_box, check);
    }

  if (n == 0 && gtk_widget_get_first_child (GTK_WIDGET (self->needed_box)) == NULL)
    {
      GtkWidget *none = gtk_label_new (_("The plan has no use cases yet."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->needed_box, none);
    }
  self->updating = FALSE;
}

static void
refresh_detail (FhDataView *self)
{
  FhDataSource *source = selected_source (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.delete", source != NULL);
  if (source == NULL)
    {
      fh_record_form_set_record (self->form, NULL, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  fh_record_form_set_record (self->form, self->store, source);
  refresh_needed (self);
}

static void
rebind_list (FhDataView *self)
{
  gtk_list_box_bind_model (
    self->list,
    self->store != NULL ? fh_store_get_model (self->store, FH_COLLECTION_DATA_SOURCES) : NULL,
    create_row_cb, self, NULL);
  restore_selection (self);
}

static void
row_selected_cb (FhDataView *self, GtkListBoxRow *row)
{
  /* A rebuilt list drops its selected row for a moment: not the user's choice. */
  if (self->selecting || row == NULL)
    return;

  self->selected_id = row_id (row);
  refresh_detail (self);
}

static void
sources_changed_cb (FhDataView *self)
{
  restore_selection (self);
}

static void
fh_data_view_plan_changed (FhSection *section)
{
  FhDataView *self = FH_DATA_VIEW (section);

  if (selected_source (self) == NULL)
    self->selected_id = 0;
  refresh_detail (self);
}

static void
entry_changed_cb (FhDataView *self)
{
  fh_show_field_error (self->error_label, self->entry, NULL);
}

static void
entry_activate_cb (FhDataView *self, GtkEntry *entry)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr (FhDataSource) source = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  source = fh_data_source_new (name);
  if (!fh_store_add (self->store, source, &error))
    {
      fh_show_field_error (self->error_label, self->entry, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  self->selected_id = fh_data_source_get_id (source);
  restore_selection (self);
  refresh_detail (self);
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhDataView   *self = FH_DATA_VIEW (widget);
  FhDataSource *source = selected_source (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (AdwToast) toast = NULL;

  if (source == NULL)
    return;

  if (!fh_store_remove (self->store, source, &error))
    toast = fh_toast_new (error->message, FALSE);
  else
    toast = fh_toast_new (_("Data source deleted"), TRUE);
  fh_section_add_toast (FH_SECTION (self), toast);
}

static void
fh_data_view_store_set (FhSection *section, FhStore *store)
{
  FhDataView *self = FH_DATA_VIEW (section);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (
        fh_store_get_model (self->store, FH_COLLECTION_DATA_SOURCES), self);
    }

  self->store = store;
  self->selected_id = 0;
  rebind_list (self);

  if (store != NULL)
    {
      g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_DATA_SOURCES),
                                "items-changed", G_CALLBACK (sources_changed_cb), self);
    }

  gtk_widget_set_sensitive (self->entry, store != NULL);
  refresh_detail (self);
}

static void
fh_data_view_dispose (GObject *object)
{
  FhDataView *self = FH_DATA_VIEW (object);

  fh_section_set_store (FH_SECTION (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_DATA_VIEW);

  G_OBJECT_CLASS (fh_data_view_parent_class)->dispose (object);
}

static void
fh_data_view_class_init (FhDataViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  object_class->dispose = fh_data_view_dispose;
  section_class->store_set = fh_data_view_store_set;
  section_class->plan_changed = fh_data_view_plan_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-data-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FhDataView, entry);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, error_label);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, list);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, form_box);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, needed_box);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  gtk_widget_class_install_action (widget_class, "data.delete", NULL, delete_action);
}

static void
fh_data_view_init (FhDataView *self)
{
  g_auto (GStrv) avail = fh_enum_get_labels (FH_TYPE_AVAILABILITY);
  g_auto (GStrv) access = fh_enum_get_labels (FH_TYPE_ACCESS);
  g_auto (GStrv) sens = fh_enum_get_labels (FH_TYPE_SENSITIVITY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = FH_RECORD_FORM (fh_record_form_new ());
  fh_record_form_add_text (self->form, "name", NULL, FALSE);
  fh_record_form_add_text (self->form, "owner", NULL, FALSE);
  fh_record_form_add_choice (self->form, "availability", NULL, 0, (const char *const *)avail);
  fh_record_form_add_choice (self->form, "access", NULL, 0, (const char *const *)access);
  fh_record_form_add_choice (self->form, "sensitivity", NULL, 0, (const char *const *)sens);
  fh_record_form_add_switch (self->form, "collect-now", _("Start collecting now"));
  fh_record_form_add_text (self->form, "description", NULL, TRUE);
  gtk_box_append (self->form_box, GTK_WIDGET (self->form));

  gtk_widget_set_sensitive (self->entry, FALSE);
  refresh_detail (self);
}

GtkWidget *
fh_data_view_new (void)
{
  return g_object_new (FH_TYPE_DATA_VIEW, NULL);
}
