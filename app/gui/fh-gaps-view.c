/* fh-gaps-view.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-gaps-view.h"

#include "fh-capability.h"
#include "fh-gap.h"

/* The plan's gaps as a sortable table, with a quick-add entry above it for a workshop:
 * type a gap, press Enter, type the next one. */
struct _FhGapsView
{
  AdwBin               parent_instance;

  FhStore             *store;
  GtkSortListModel    *sorted;      /* owned by selection */
  GtkSingleSelection  *selection;
  GtkSorter           *capability_sorter;
  gint64               selected_id; /* the gap the user selected, 0 for none */

  GtkWidget           *entry;
  GtkLabel            *error_label;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *capability_column;
  GtkColumnViewColumn *severity_column;
  GtkColumnViewColumn *status_column;
};

G_DEFINE_FINAL_TYPE (FhGapsView, fh_gaps_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef enum
{
  COLUMN_TITLE,
  COLUMN_CAPABILITY,
  COLUMN_SEVERITY,
  COLUMN_STATUS,
} Column;

static const char *
gap_status_label (FhGapStatus status)
{
  switch (status)
    {
    case FH_GAP_STATUS_OPEN:
      return C_("gap status", "Open");
    case FH_GAP_STATUS_PLANNED:
      return C_("gap status", "Planned");
    case FH_GAP_STATUS_CLOSED:
      return C_("gap status", "Closed");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
lookup_capability_name (FhGapsView *self,
                        FhGap      *gap)
{
  const char *id = fh_gap_get_capability (gap);
  FhCapability *capability;

  if (self->store == NULL || id == NULL || id[0] == '\0')
    return NULL;

  capability = fh_store_lookup_capability (self->store, id);

  return capability != NULL ? fh_capability_get_name (capability) : NULL;
}

static char *
capability_sort_key (FhGap      *gap,
                     FhGapsView *self)
{
  return g_strdup (lookup_capability_name (self, gap));
}

static int
status_sort_key (FhGap    *gap,
                 gpointer  user_data)
{
  return fh_gap_get_status (gap);
}

static void
update_cell (FhGapsView *self,
             GtkLabel   *label,
             FhGap      *gap)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "column"));
  char severity[16];
  const char *name;

  /* gtk_label_set_text() never parses markup: plan text is shown as it was typed. */
  switch (column)
    {
    case COLUMN_TITLE:
      gtk_label_set_text (label, fh_gap_get_title (gap));
      break;
    case COLUMN_CAPABILITY:
      name = lookup_capability_name (self, gap);
      gtk_label_set_text (label, name != NULL ? name : "—");
      break;
    case COLUMN_SEVERITY:
      g_snprintf (severity, sizeof severity, "%d", fh_gap_get_severity (gap));
      gtk_label_set_text (label, severity);
      break;
    case COLUMN_STATUS:
      gtk_label_set_text (label, gap_status_label (fh_gap_get_status (gap)));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               FhGapsView               *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (column == COLUMN_TITLE || column == COLUMN_CAPABILITY)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (column == COLUMN_CAPABILITY)
    gtk_label_set_max_width_chars (GTK_LABEL (label), 24);

  g_object_set_data (G_OBJECT (label), "column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              FhGapsView               *self)
{
  /* The store announces a changed record as replaced in place, which binds its row
   * again: there is no need to follow the record's notify signals. */
  update_cell (self, GTK_LABEL (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
set_cell_factory (FhGapsView          *self,
                  GtkColumnViewColumn *column_view_column,
                  Column               column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  gtk_column_view_column_set_factory (column_view_column, factory);
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GtkSorter           *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

static void
fh_gaps_view_update_state (FhGapsView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gaps.delete",
                                 self->store != NULL && selected);
}

static void
fh_gaps_view_clear_error (FhGapsView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
  gtk_widget_remove_css_class (self->entry, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
fh_gaps_view_show_error (FhGapsView *self,
                         const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_add_css_class (self->entry, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static void
fh_gaps_view_emit_toast (FhGapsView *self,
                         AdwToast   *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
entry_activate_cb (FhGapsView *self,
                   GtkEntry   *entry)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(FhGap) gap = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  gap = fh_gap_new (title);
  if (!fh_store_add (self->store, gap, &error))
    {
      /* Keep the text, so that it can be fixed rather than typed again. */
      fh_gaps_view_show_error (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

static void
entry_changed_cb (FhGapsView *self,
                  GtkEntry   *entry)
{
  fh_gaps_view_clear_error (self);
}

static void
selection_changed_cb (FhGapsView        *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  FhGap *gap = gtk_single_selection_get_selected_item (self->selection);

  self->selected_id = gap != NULL ? fh_gap_get_id (gap) : 0;
  fh_gaps_view_update_state (self);
}

static void
selection_items_changed_cb (FhGapsView *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *model)
{
  FhGap *gap = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = gap != NULL ? fh_gap_get_id (gap) : 0;
  guint n_items = g_list_model_get_n_items (model);

  /* An update may replace the selected record with a new one, or sorting may move it:
   * find it again by its id, so that editing a gap does not lose the selection. */
  if (self->selected_id != 0 && id != self->selected_id)
    {
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(FhGap) item = g_list_model_get_item (model, i);

          if (fh_gap_get_id (item) == self->selected_id)
            {
              gtk_single_selection_set_selected (self->selection, i);
              return;
            }
        }

      self->selected_id = id;
    }

  fh_gaps_view_update_state (self);
}

static void
capabilities_changed_cb (FhGapsView *self)
{
  /* A renamed capability changes no gap: rebuild the column's cells and its order. */
  set_cell_factory (self, self->capability_column, COLUMN_CAPABILITY);
  gtk_sorter_changed (self->capability_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
fh_gaps_view_delete (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);
  FhGap *selected = gtk_single_selection_get_selected_item (self->selection);
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(FhGap) gap = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  guint n_items;

  if (self->store == NULL || selected == NULL)
    return;

  gap = g_object_ref (selected);
  if (!fh_store_remove (self->store, gap, &error))
    {
      /* A toast's title is Pango markup; the store's sentence is plain text. */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      toast = adw_toast_new (escaped);
      fh_gaps_view_emit_toast (self, toast);
      return;
    }

  /* Select the next gap, so that Delete can be pressed again to clear a list. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  if (n_items > 0)
    gtk_single_selection_set_selected (self->selection, MIN (position, n_items - 1));

  toast = adw_toast_new (_("Gap deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  fh_gaps_view_emit_toast (self, toast);
}

static gboolean
fh_gaps_view_grab_focus (GtkWidget *widget)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);

  return gtk_widget_grab_focus (self->entry);
}

static void
fh_gaps_view_dispose (GObject *object)
{
  FhGapsView *self = FH_GAPS_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store,
                                                              FH_COLLECTION_CAPABILITIES),
                                          self);

  /* The column view outlives this dispose and changes its sorter as it goes: nothing
   * may call back into this view, or evaluate a sort key that points at it. */
  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      gtk_sort_list_model_set_sorter (self->sorted, NULL);
      gtk_sort_list_model_set_model (self->sorted, NULL);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_GAPS_VIEW);
  g_clear_object (&self->selection);
  self->sorted = NULL;
  self->capability_sorter = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_gaps_view_parent_class)->dispose (object);
}

static void
fh_gaps_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FhGapsView *self = FH_GAPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_gaps_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FhGapsView *self = FH_GAPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_gaps_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_gaps_view_class_init (FhGapsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fh_gaps_view_dispose;
  object_class->get_property = fh_gaps_view_get_property;
  object_class->set_property = fh_gaps_view_set_property;

  widget_class->grab_focus = fh_gaps_view_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FhGapsView::add-toast:
   * @self: the view
   * @toast: the toast, to be shown by the window
   */
  signals[ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-gaps-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, entry);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, title_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, capability_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, severity_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, status_column);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "gaps.delete", NULL, fh_gaps_view_delete);
}

static void
fh_gaps_view_init (FhGapsView *self)
{
  GtkShortcutController *shortcuts;
  GtkSorter *view_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  set_cell_factory (self, self->title_column, COLUMN_TITLE);
  set_cell_factory (self, self->capability_column, COLUMN_CAPABILITY);
  set_cell_factory (self, self->severity_column, COLUMN_SEVERITY);
  set_cell_factory (self, self->status_column, COLUMN_STATUS);

  set_column_sorter (self->title_column,
                     GTK_SORTER (gtk_string_sorter_new (
                       gtk_property_expression_new (FH_TYPE_GAP, NULL, "title"))));
  self->capability_sorter =
    GTK_SORTER (gtk_string_sorter_new (
      gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                   G_CALLBACK (capability_sort_key), self, NULL)));
  set_column_sorter (self->capability_column, self->capability_sorter);
  set_column_sorter (self->severity_column,
                     GTK_SORTER (gtk_numeric_sorter_new (
                       gtk_property_expression_new (FH_TYPE_GAP, NULL, "severity"))));
  set_column_sorter (self->status_column,
                     GTK_SORTER (gtk_numeric_sorter_new (
                       gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                    G_CALLBACK (status_sort_key), NULL, NULL))));

  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (view_sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* Connected after the column view's own handlers, so that it has caught up with a
   * change before the selection is moved. */
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (selection_items_changed_cb), self);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (selection_changed_cb), self);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("gaps.delete")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                                          gtk_named_action_new ("gaps.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (shortcuts));

  gtk_widget_set_sensitive (self->entry, FALSE);
  fh_gaps_view_update_state (self);
}

GtkWidget *
fh_gaps_view_new (void)
{
  return g_object_new (FH_TYPE_GAPS_VIEW, NULL);
}

FhStore *
fh_gaps_view_get_store (FhGapsView *self)
{
  g_return_val_if_fail (FH_IS_GAPS_VIEW (self), NULL);

  return self->store;
}

/**
 * fh_gaps_view_set_store:
 * @self: the view
 * @store: (nullable): the plan whose gaps to show
 */
void
fh_gaps_view_set_store (FhGapsView *self,
                        FhStore    *store)
{
  g_return_if_fail (FH_IS_GAPS_VIEW (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store,
                                                              FH_COLLECTION_CAPABILITIES),
                                          self);

  g_set_object (&self->store, store);
  self->selected_id = 0;

  gtk_sort_list_model_set_model (self->sorted,
                                 store != NULL ? fh_store_get_model (store, FH_COLLECTION_GAPS)
                                               : NULL);
  if (store != NULL)
    g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES),
                              "items-changed", G_CALLBACK (capabilities_changed_cb), self);

  gtk_widget_set_sensitive (self->entry, store != NULL);
  fh_gaps_view_clear_error (self);
  fh_gaps_view_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
