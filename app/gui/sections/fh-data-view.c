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
#include "fh-highlight.h"

struct _FhDataView
{
  FhSection parent_instance;

  FhStore            *store; /* the section's plan, held by FhSection */
  gint64              selected_id;
  FhRecordForm       *form;
  gboolean            selecting;
  gboolean            updating;
  GtkSingleSelection *selection;     /* the plan's data sources, as the list shows them */
  GtkNoSelection     *use_cases;     /* the plan's use cases, as "Needed by" lists them */
  GHashTable         *linked;        /* ids (gint64*) of the use cases the source is linked to */
  GHashTable         *bound_sources; /* GtkListItems of the list bound now */
  GHashTable         *bound_needed;  /* GtkListItems of "Needed by" bound now */

  GtkWidget     *entry;
  GtkLabel      *error_label;
  GtkListView   *list;
  AdwStatusPage *empty_status;
  GtkStack      *detail_stack;
  GtkBox        *form_box;
  GtkWidget     *needed_empty;
  GtkWidget     *needed_scroll;
  GtkListView   *needed_list;
};

G_DEFINE_FINAL_TYPE (FhDataView, fh_data_view, FH_TYPE_SECTION)

static FhDataSource *
selected_source (FhDataView *self)
{
  if (self->store == NULL || self->selected_id == 0)
    return NULL;

  return fh_store_lookup (self->store, FH_COLLECTION_DATA_SOURCES, self->selected_id);
}

static void
fill_source_row (GtkWidget *box, FhDataSource *source)
{
  GtkLabel        *name = g_object_get_data (G_OBJECT (box), "name");
  GtkLabel        *state = g_object_get_data (G_OBJECT (box), "state");
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
  gtk_label_set_text (name, fh_data_source_get_name (source));
  gtk_label_set_text (state, text);
}

static void
source_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhDataView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *state = gtk_label_new (NULL);

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
  gtk_widget_add_css_class (state, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), state);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "state", state);
  gtk_list_item_set_child (item, box);
}

static void
source_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhDataView *self)
{
  fill_source_row (gtk_list_item_get_child (item), gtk_list_item_get_item (item));
  fh_highlight_bind (GTK_WIDGET (self->list), gtk_list_item_get_child (item),
                     fh_data_source_get_id (gtk_list_item_get_item (item)));
  g_hash_table_add (self->bound_sources, item);
}

static void
source_unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhDataView *self)
{
  g_hash_table_remove (self->bound_sources, item);
}

static guint
find_position (GListModel *model, gint64 id, guint first, guint n_first)
{
  guint n = g_list_model_get_n_items (model);

  /* Where the list changed first: a changed record comes back there. */
  for (guint i = first; i < first + n_first && i < n; i++)
    {
      g_autoptr (FhDataSource) source = g_list_model_get_item (model, i);

      if (fh_data_source_get_id (source) == id)
        return i;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhDataSource) source = g_list_model_get_item (model, i);

      if (fh_data_source_get_id (source) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
restore_selection (FhDataView *self, guint first, guint n_first)
{
  FhDataSource *shown = gtk_single_selection_get_selected_item (self->selection);

  if (shown != NULL && fh_data_source_get_id (shown) == self->selected_id)
    return;

  self->selecting = TRUE;
  gtk_single_selection_set_selected (
    self->selection, self->selected_id != 0 ? find_position (G_LIST_MODEL (self->selection),
                                                             self->selected_id, first, n_first)
                                            : GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
}

static gboolean
cell_is_updating (GtkWidget *widget)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "updating"));
}

static void
needed_toggled_cb (GtkCheckButton *check, FhDataView *self)
{
  FhUseCase *use_case = g_object_get_data (G_OBJECT (check), "use-case");
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->updating || self->store == NULL || use_case == NULL ||
      cell_is_updating (GTK_WIDGET (check)))
    return;

  if (gtk_check_button_get_active (check))
    ok = fh_store_link (self->store, FH_COLLECTION_SOURCE_USE_CASES, self->selected_id,
                        fh_use_case_get_id (use_case), &error);
  else
    ok = fh_store_unlink (self->store, FH_COLLECTION_SOURCE_USE_CASES, self->selected_id,
                          fh_use_case_get_id (use_case), &error);

  if (!ok)
    {
      g_autoptr (AdwToast) toast = fh_toast_new (error->message, FALSE);

      fh_section_add_toast (FH_SECTION (self), toast);
    }
}

/* One check per use case; each shows the readiness the use case is scored at and
 * what this source can support. The checks are a list view's rows: they stay in
 * place while links change, so that a toggled check keeps the keyboard focus. */
static void
fill_needed (FhDataView *self, GtkWidget *check, FhUseCase *use_case)
{
  FhDataSource *source = selected_source (self);
  GtkWidget    *label = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));
  gint64        id = fh_use_case_get_id (use_case);
  gboolean      linked = g_hash_table_contains (self->linked, &id);
  int supports = source != NULL ? fh_data_source_supports (fh_data_source_get_availability (source),
                                                           fh_data_source_get_access (source))
                                : 0;
  gboolean short_of = source != NULL && linked && supports < fh_use_case_get_readiness (use_case);
  g_autofree char *text = NULL;

  if (short_of)
    text = g_strdup_printf (_("%s — scored data readiness %d, this source supports %d"),
                               fh_use_case_get_title (use_case),
                               fh_use_case_get_readiness (use_case), supports);
  else
    text = g_strdup (fh_use_case_get_title (use_case));

  g_object_set_data (G_OBJECT (check), "updating", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (check), "use-case", use_case);
  gtk_label_set_text (GTK_LABEL (label), text);
  if (short_of)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), linked);
  g_object_set_data (G_OBJECT (check), "updating", GINT_TO_POINTER (FALSE));
}

static void
needed_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhDataView *self)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_widget_set_margin_start (check, 6);
  gtk_widget_set_margin_end (check, 6);
  g_signal_connect (check, "toggled", G_CALLBACK (needed_toggled_cb), self);
  gtk_list_item_set_child (item, check);
  /* The check takes the focus, not the row around it. */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
needed_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhDataView *self)
{
  fill_needed (self, gtk_list_item_get_child (item), gtk_list_item_get_item (item));
  g_hash_table_add (self->bound_needed, item);
}

static void
needed_unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhDataView *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "use-case", NULL);
  g_hash_table_remove (self->bound_needed, item);
}

static void
refresh_needed (FhDataView *self)
{
  GListModel    *links = fh_store_get_model (self->store, FH_COLLECTION_SOURCE_USE_CASES);
  guint          n = g_list_model_get_n_items (links);
  GHashTableIter iter;
  gpointer       item;

  g_hash_table_remove_all (self->linked);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);

      if (fh_link_get_source (link) == self->selected_id)
        {
          gint64 target = fh_link_get_target (link);

          g_hash_table_add (self->linked, g_memdup2 (&target, sizeof target));
        }
    }

  g_hash_table_iter_init (&iter, self->bound_needed);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    fill_needed (self, gtk_list_item_get_child (item), gtk_list_item_get_item (item));

  n = g_list_model_get_n_items (fh_store_get_model (self->store, FH_COLLECTION_USE_CASES));
  gtk_widget_set_visible (self->needed_empty, n == 0);
  gtk_widget_set_visible (self->needed_scroll, n > 0);
}

static void
refresh_detail (FhDataView *self)
{
  FhDataSource *source = selected_source (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.delete", source != NULL);
  if (source == NULL)
    {
      gboolean none = self->store == NULL || g_list_model_get_n_items (fh_store_get_model (
                                               self->store, FH_COLLECTION_DATA_SOURCES)) == 0;

      /* On a first start the page says what to do first. */
      adw_status_page_set_title (self->empty_status,
                                 none ? _("No Data Sources Yet") : _("No Data Source Selected"));
      adw_status_page_set_description (
        self->empty_status,
        none ? _("Type the name of data a use case needs in the field above and press Enter, "
                 "then say who owns it, whether it exists yet, how it is accessed and how "
                 "sensitive it is.")
             : _("Pick a data source in the list to say who owns it, whether it exists yet, "
                 "how it is accessed and how sensitive it is."));
      fh_record_form_set_record (self->form, NULL, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  fh_record_form_set_record (self->form, self->store, source);
  refresh_needed (self);
}

static void
selection_changed_cb (FhDataView *self)
{
  FhDataSource *source = gtk_single_selection_get_selected_item (self->selection);

  /* A changed record leaves the list for a moment: not the user's choice. */
  if (self->selecting || source == NULL)
    return;

  self->selected_id = fh_data_source_get_id (source);
  refresh_detail (self);
}

static void
sources_changed_cb (FhDataView *self, guint position, guint removed, guint added)
{
  restore_selection (self, position, added);
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
  restore_selection (self, 0, 0);
  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u",
                                gtk_single_selection_get_selected (self->selection));
  fh_highlight_record (GTK_WIDGET (self->list), fh_data_source_get_id (source));
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

  self->store = store;
  self->selected_id = 0;
  gtk_single_selection_set_model (
    self->selection, store != NULL ? fh_store_get_model (store, FH_COLLECTION_DATA_SOURCES) : NULL);
  gtk_no_selection_set_model (
    self->use_cases, store != NULL ? fh_store_get_model (store, FH_COLLECTION_USE_CASES) : NULL);

  gtk_widget_set_sensitive (self->entry, store != NULL);
  refresh_detail (self);
}

static void
fh_data_view_dispose (GObject *object)
{
  FhDataView *self = FH_DATA_VIEW (object);

  fh_section_set_store (FH_SECTION (self), NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_DATA_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->use_cases);

  G_OBJECT_CLASS (fh_data_view_parent_class)->dispose (object);
}

static void
fh_data_view_finalize (GObject *object)
{
  FhDataView *self = FH_DATA_VIEW (object);

  g_hash_table_unref (self->linked);
  g_hash_table_unref (self->bound_sources);
  g_hash_table_unref (self->bound_needed);

  G_OBJECT_CLASS (fh_data_view_parent_class)->finalize (object);
}

/* The tab's main control: the entry that adds a data source. */
static gboolean
fh_data_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (FH_DATA_VIEW (widget)->entry);
}

static void
fh_data_view_class_init (FhDataViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  widget_class->grab_focus = fh_data_view_grab_focus;
  object_class->dispose = fh_data_view_dispose;
  object_class->finalize = fh_data_view_finalize;
  section_class->store_set = fh_data_view_store_set;
  section_class->plan_changed = fh_data_view_plan_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-data-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FhDataView, entry);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, error_label);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, list);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, empty_status);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, form_box);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, needed_empty);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, needed_scroll);
  gtk_widget_class_bind_template_child (widget_class, FhDataView, needed_list);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "data.delete", NULL, delete_action);
}

static void
fh_data_view_init (FhDataView *self)
{
  g_auto (GStrv) avail = fh_enum_get_labels (FH_TYPE_AVAILABILITY);
  g_auto (GStrv) access = fh_enum_get_labels (FH_TYPE_ACCESS);
  g_auto (GStrv) sens = fh_enum_get_labels (FH_TYPE_SENSITIVITY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->linked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->bound_sources = g_hash_table_new (NULL, NULL);
  self->bound_needed = g_hash_table_new (NULL, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->use_cases = gtk_no_selection_new (NULL);
  {
    g_autoptr (GtkListItemFactory) sources = gtk_signal_list_item_factory_new ();
    g_autoptr (GtkListItemFactory) needed = gtk_signal_list_item_factory_new ();

    g_signal_connect (sources, "setup", G_CALLBACK (source_setup_cb), self);
    g_signal_connect (sources, "bind", G_CALLBACK (source_bind_cb), self);
    g_signal_connect (sources, "unbind", G_CALLBACK (source_unbind_cb), self);
    gtk_list_view_set_factory (self->list, sources);
    g_signal_connect (needed, "setup", G_CALLBACK (needed_setup_cb), self);
    g_signal_connect (needed, "bind", G_CALLBACK (needed_bind_cb), self);
    g_signal_connect (needed, "unbind", G_CALLBACK (needed_unbind_cb), self);
    gtk_list_view_set_factory (self->needed_list, needed);
  }
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_model (self->needed_list, GTK_SELECTION_MODEL (self->use_cases));
  /* Connected after the list view's own handlers, so that it has caught up. */
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (sources_changed_cb),
                            self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                            self);

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
