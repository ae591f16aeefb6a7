/* fh-gaps-view.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <gobject/gvaluecollector.h>
#include <string.h>

#include "fh-gaps-view.h"

#include "fh-capability.h"
#include "fh-enums.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-plan-edits.h"
#include "fh-roadmap-item.h"
#include "fh-feedback.h"

/* The plan's gaps as a sortable, filterable table for a workshop: a quick-capture
 * entry above it (type a gap, Enter, the next one; Tab reaches its capability and
 * severity), every column edited in place with one store call, and dot voting with
 * + and - on the selected gap. */
struct _FhGapsView
{
  FhSection parent_instance;

  FhStore            *store;    /* the section's plan, held by FhSection */
  GtkFilterListModel *filtered; /* owned by sorted */
  GtkSortListModel   *sorted;   /* owned by selection */
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GtkSorter          *capability_sorter;
  GtkSorter          *roadmap_sorter;
  gint64              selected_id;    /* the gap the user selected, 0 for none */
  GPtrArray          *capability_ids; /* char*: "" then the plan's capabilities in order */
  GtkStringList      *capability_names;
  GHashTable *roadmap_counts; /* gap id (gint64*) → GArray of the ids of the items closing it */

  GtkWidget           *entry;
  GtkDropDown         *capture_capability;
  GtkDropDown         *capture_severity;
  GtkLabel            *error_label;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *filter_capability;
  GtkDropDown         *filter_kind;
  GtkDropDown         *filter_status;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *capability_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *severity_column;
  GtkColumnViewColumn *votes_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *roadmap_column;
  guint                columns_idle; /* shows or hides the Roadmap column for the width */
};

G_DEFINE_FINAL_TYPE (FhGapsView, fh_gaps_view, FH_TYPE_SECTION)

typedef enum
{
  COLUMN_TITLE,
  COLUMN_CAPABILITY,
  COLUMN_KIND,
  COLUMN_SEVERITY,
  COLUMN_VOTES,
  COLUMN_OWNER,
  COLUMN_STATUS,
  COLUMN_ROADMAP,
} Column;

static const char *const severity_labels[] = { "1", "2", "3", "4", "5", NULL };

static void fh_gaps_view_show_error (FhGapsView *self, const char *message);
static void fh_gaps_view_clear_error (FhGapsView *self);

static const char *
lookup_capability_name (FhGapsView *self, FhGap *gap)
{
  const char   *id = fh_gap_get_capability (gap);
  FhCapability *capability;

  if (self->store == NULL || id == NULL || id[0] == '\0')
    return NULL;

  capability = fh_store_lookup_capability (self->store, id);

  return capability != NULL ? fh_capability_get_name (capability) : NULL;
}

static char *
capability_sort_key (FhGap *gap, FhGapsView *self)
{
  return g_strdup (lookup_capability_name (self, gap));
}

static int
status_sort_key (FhGap *gap, gpointer user_data)
{
  return fh_gap_get_status (gap);
}

static int
kind_sort_key (FhGap *gap, gpointer user_data)
{
  return fh_gap_get_kind (gap);
}

static int
roadmap_count (FhGapsView *self, FhGap *gap)
{
  gint64 id = fh_gap_get_id (gap);

  GArray *items;

  if (self->roadmap_counts == NULL)
    return 0;

  items = g_hash_table_lookup (self->roadmap_counts, &id);
  return items != NULL ? (int)items->len : 0;
}

/* The titles of the roadmap items that close @gap, one a line, for the tooltip of
 * its count: every gap shows which items close it. */
static char *
roadmap_items_text (FhGapsView *self, FhGap *gap)
{
  gint64   id = fh_gap_get_id (gap);
  GArray  *items = self->roadmap_counts ? g_hash_table_lookup (self->roadmap_counts, &id) : NULL;
  GString *text;

  if (items == NULL || self->store == NULL)
    return g_strdup (_("No roadmap item closes this gap yet"));

  text = g_string_new (
    ngettext ("Closed by this roadmap item:", "Closed by these roadmap items:", items->len));
  for (guint i = 0; i < items->len; i++)
    {
      FhRoadmapItem *item =
        fh_store_lookup (self->store, FH_COLLECTION_ROADMAP, g_array_index (items, gint64, i));

      if (item != NULL)
        g_string_append_printf (text, "\n• %s", fh_roadmap_item_get_title (item));
    }

  return g_string_free (text, FALSE);
}

static int
roadmap_sort_key (FhGap *gap, FhGapsView *self)
{
  return roadmap_count (self, gap);
}

static guint
capability_index (FhGapsView *self, const char *id)
{
  for (guint i = 0; i < self->capability_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->capability_ids, i), id) == 0)
      return i;

  return 0;
}

/* Cells ---------------------------------------------------------------------- */

static FhGap *
cell_gap (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "gap");
}

static gboolean
cell_updating (GtkWidget *widget)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "updating"));
}

static void
cell_set (FhGapsView *self, GtkWidget *widget, const char *property, ...)
{
  FhGap *gap = cell_gap (widget);
  g_autoptr (GError) error = NULL;
  GValue           value = G_VALUE_INIT;
  GParamSpec      *pspec;
  g_autofree char *problem = NULL;
  va_list          args;

  if (self->store == NULL || gap == NULL || cell_updating (widget))
    return;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (gap), property);
  va_start (args, property);
  G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &problem);
  va_end (args);

  /* Select the row being edited, so that + and - and Delete act on it next. */
  self->selected_id = fh_gap_get_id (gap);
  if (!fh_store_set_value (self->store, gap, property, &value, &error))
    fh_gaps_view_show_error (self, error->message);
  else
    fh_gaps_view_clear_error (self);
  g_value_unset (&value);
}

static void
editable_done_cb (GtkEditableLabel *label, GParamSpec *pspec, FhGapsView *self)
{
  const char      *property = g_object_get_data (G_OBJECT (label), "property");
  FhGap           *gap = cell_gap (GTK_WIDGET (label));
  g_autofree char *old = NULL;

  if (gtk_editable_label_get_editing (label) || gap == NULL || cell_updating (GTK_WIDGET (label)))
    return;

  g_object_get (gap, property, &old, NULL);
  if (g_strcmp0 (old, gtk_editable_get_text (GTK_EDITABLE (label))) == 0)
    return;

  cell_set (self, GTK_WIDGET (label), property, gtk_editable_get_text (GTK_EDITABLE (label)));

  /* A refused text goes back to what the plan holds; the reason shows above. */
  g_clear_pointer (&old, g_free);
  g_object_get (gap, property, &old, NULL);
  g_object_set_data (G_OBJECT (label), "updating", GINT_TO_POINTER (TRUE));
  gtk_editable_set_text (GTK_EDITABLE (label), old);
  g_object_set_data (G_OBJECT (label), "updating", GINT_TO_POINTER (FALSE));
}

static void
drop_down_changed_cb (GtkDropDown *drop_down, GParamSpec *pspec, FhGapsView *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (drop_down), "column"));
  guint  selected = gtk_drop_down_get_selected (drop_down);
  FhGap *gap = cell_gap (GTK_WIDGET (drop_down));

  if (gap == NULL || cell_updating (GTK_WIDGET (drop_down)) ||
      selected == GTK_INVALID_LIST_POSITION)
    return;

  switch (column)
    {
    case COLUMN_CAPABILITY:
      if (selected < self->capability_ids->len &&
          g_strcmp0 (g_ptr_array_index (self->capability_ids, selected),
                     fh_gap_get_capability (gap)) != 0)
        cell_set (self, GTK_WIDGET (drop_down), "capability",
                  (const char *)g_ptr_array_index (self->capability_ids, selected));
      break;
    case COLUMN_KIND:
      if ((int)selected != (int)fh_gap_get_kind (gap))
        cell_set (self, GTK_WIDGET (drop_down), "kind", (FhGapKind)selected);
      break;
    case COLUMN_SEVERITY:
      if ((int)selected + 1 != fh_gap_get_severity (gap))
        cell_set (self, GTK_WIDGET (drop_down), "severity", (int)selected + 1);
      break;
    case COLUMN_STATUS:
      if ((int)selected != (int)fh_gap_get_status (gap))
        cell_set (self, GTK_WIDGET (drop_down), "status", (FhGapStatus)selected);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
vote_clicked_cb (GtkButton *button, FhGapsView *self)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (button));
  FhGap     *gap = cell_gap (box);
  int        delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  if (gap == NULL)
    return;

  if (fh_gap_get_votes (gap) + delta >= 0)
    cell_set (self, box, "votes", fh_gap_get_votes (gap) + delta);
}

static GtkWidget *
labels_drop_down (const char *const *labels)
{
  return gtk_drop_down_new (G_LIST_MODEL (gtk_string_list_new (labels)), NULL);
}

/* The filter's first entry ("All kinds") is the template's; the kinds follow it. */
static void
append_enum_labels (GtkDropDown *drop_down, GType type)
{
  g_auto (GStrv) labels = fh_enum_get_labels (type);

  gtk_string_list_splice (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)), 1, 0,
                          (const char *const *)labels);
}

/* The label an editable label shows while it is not being edited. */
static GtkLabel *
editable_label_label (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = GTK_IS_LABEL (c) ? GTK_LABEL (c) : editable_label_label (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Long titles and capability names are cut with an ellipsis so that the list fits
 * a 1280-pixel screen; the tooltip shows them whole. */
static void
ellipsize_item_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_list_item_set_child (item, label);
}

static void
ellipsize_item_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
full_item_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

/* Setting a tooltip asks the display where the pointer is (a round trip to the X
 * server); rebinding a row sets the same text again, so skip it when it is. */
static void
set_tooltip (GtkWidget *widget, const char *text)
{
  const char *old = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (old, text != NULL && text[0] != '\0' ? text : NULL) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
update_cell (FhGapsView *self, GtkWidget *widget, FhGap *gap)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "column"));
  char   text[32];

  g_object_set_data (G_OBJECT (widget), "gap", gap);
  g_object_set_data (G_OBJECT (widget), "updating", GINT_TO_POINTER (TRUE));

  /* Plan text goes in as text (editable labels and gtk_label_set_text() never parse
   * markup). */
  switch (column)
    {
    case COLUMN_TITLE:
    case COLUMN_OWNER:
      {
        const char *value =
          column == COLUMN_TITLE ? fh_gap_get_title (gap) : fh_gap_get_owner (gap);
        g_autofree char *tip = NULL;

        gtk_editable_set_text (GTK_EDITABLE (widget), value);
        /* Translators: the tooltip of a (possibly shortened) title or owner in the gaps list */
        tip = g_strdup_printf (_("%s — press Enter or double-click to edit"), value);
        set_tooltip (widget, value[0] != '\0' ? tip
                                              : column == COLUMN_TITLE
                               ? _("Title; press Enter or double-click to edit")
                               : _("Owner; press Enter or double-click to edit"));
      }
      break;
    case COLUMN_CAPABILITY:
      {
        guint            index = capability_index (self, fh_gap_get_capability (gap));
        g_autofree char *tip = NULL;

        gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), index);
        /* Translators: the tooltip of the capability cell in the gaps list */
        tip = g_strdup_printf (
          _("Capability: %s"),
             index < g_list_model_get_n_items (G_LIST_MODEL (self->capability_names))
               ? gtk_string_list_get_string (self->capability_names, index)
               : "—");
        set_tooltip (widget, tip);
      }
      break;
    case COLUMN_KIND:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), fh_gap_get_kind (gap));
      break;
    case COLUMN_SEVERITY:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), fh_gap_get_severity (gap) - 1);
      break;
    case COLUMN_STATUS:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), fh_gap_get_status (gap));
      break;
    case COLUMN_VOTES:
      {
        GtkLabel *label = g_object_get_data (G_OBJECT (widget), "label");

        g_snprintf (text, sizeof text, "%d", fh_gap_get_votes (gap));
        gtk_label_set_text (label, text);
        gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (widget), "down"),
                                  fh_gap_get_votes (gap) > 0);
      }
      break;
    case COLUMN_ROADMAP:
      {
        g_autofree char *items = roadmap_items_text (self, gap);

        g_snprintf (text, sizeof text, "%d", roadmap_count (self, gap));
        gtk_label_set_text (GTK_LABEL (widget), text);
        /* Plain text: tooltip-text is never read as markup. */
        set_tooltip (widget, items);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  g_object_set_data (G_OBJECT (widget), "updating", GINT_TO_POINTER (FALSE));
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhGapsView *self)
{
  Column     column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *widget = NULL;

  switch (column)
    {
    case COLUMN_TITLE:
    case COLUMN_OWNER:
      widget = gtk_editable_label_new ("");
      g_object_set_data (G_OBJECT (widget), "property",
                         (gpointer)(column == COLUMN_TITLE ? "title" : "owner"));
      gtk_widget_set_tooltip_text (widget, column == COLUMN_TITLE
                                   ? _("Title; press Enter or double-click to edit")
                                   : _("Owner; press Enter or double-click to edit"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      column == COLUMN_TITLE ? _("Title") : _("Owner"), -1);
      g_signal_connect (widget, "notify::editing", G_CALLBACK (editable_done_cb), self);
      if (column == COLUMN_OWNER)
        gtk_editable_set_width_chars (GTK_EDITABLE (widget), 8);
      else
        gtk_editable_set_width_chars (GTK_EDITABLE (widget), 10);
      if (editable_label_label (widget) != NULL)
        gtk_label_set_ellipsize (editable_label_label (widget), PANGO_ELLIPSIZE_END);
      break;
    case COLUMN_CAPABILITY:
      {
        g_autoptr (GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
        g_autoptr (GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

        g_signal_connect (button_factory, "setup", G_CALLBACK (ellipsize_item_setup_cb), NULL);
        g_signal_connect (button_factory, "bind", G_CALLBACK (ellipsize_item_bind_cb), NULL);
        g_signal_connect (list_factory, "setup", G_CALLBACK (full_item_setup_cb), NULL);
        g_signal_connect (list_factory, "bind", G_CALLBACK (ellipsize_item_bind_cb), NULL);
        widget = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->capability_names)), NULL);
        gtk_drop_down_set_factory (GTK_DROP_DOWN (widget), button_factory);
        gtk_drop_down_set_list_factory (GTK_DROP_DOWN (widget), list_factory);
      }
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Capability"), -1);
      gtk_widget_set_tooltip_text (widget, _("Capability"));
      break;
    case COLUMN_KIND:
      {
        g_auto (GStrv) labels = fh_enum_get_labels (FH_TYPE_GAP_KIND);

        widget = labels_drop_down ((const char *const *)labels);
      }
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Kind"), -1);
      gtk_widget_set_tooltip_text (widget, _("Kind"));
      break;
    case COLUMN_SEVERITY:
      widget = labels_drop_down (severity_labels);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Severity, 1 to 5"), -1);
      gtk_widget_set_tooltip_text (widget, _("Severity, 1 (low) to 5 (high)"));
      break;
    case COLUMN_STATUS:
      {
        g_auto (GStrv) labels = fh_enum_get_labels (FH_TYPE_GAP_STATUS);

        widget = labels_drop_down ((const char *const *)labels);
      }
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Status"), -1);
      gtk_widget_set_tooltip_text (widget, _("Status"));
      break;
    case COLUMN_VOTES:
      {
        GtkWidget *down = gtk_button_new_from_icon_name ("list-remove-symbolic");
        GtkWidget *up = gtk_button_new_from_icon_name ("list-add-symbolic");
        GtkWidget *label = gtk_label_new ("0");

        widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
        for (GtkWidget *b = down; b != NULL; b = b == down ? up : NULL)
          {
            gboolean is_up = b == up;

            gtk_widget_add_css_class (b, "flat");
            gtk_widget_add_css_class (b, "circular");
            gtk_widget_set_focus_on_click (b, FALSE);
            gtk_widget_set_tooltip_text (b, is_up ? _("Add a vote") : _("Remove a vote"));
            gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            is_up ? _("Add a vote") : _("Remove a vote"), -1);
            g_object_set_data (G_OBJECT (b), "delta", GINT_TO_POINTER (is_up ? 1 : -1));
            g_signal_connect (b, "clicked", G_CALLBACK (vote_clicked_cb), self);
          }
        gtk_widget_add_css_class (label, "votes");
        gtk_box_append (GTK_BOX (widget), down);
        gtk_box_append (GTK_BOX (widget), label);
        gtk_box_append (GTK_BOX (widget), up);
        g_object_set_data (G_OBJECT (widget), "label", label);
        g_object_set_data (G_OBJECT (widget), "down", down);
      }
      break;
    case COLUMN_ROADMAP:
      widget = gtk_label_new (NULL);
      gtk_widget_set_tooltip_text (widget, _("Roadmap items that close this gap"));
      gtk_widget_add_css_class (widget, "numeric");
      break;
    default:
      g_assert_not_reached ();
    }

  if (GTK_IS_DROP_DOWN (widget))
    g_signal_connect (widget, "notify::selected", G_CALLBACK (drop_down_changed_cb), self);
  g_object_set_data (G_OBJECT (widget), "column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (item, widget);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhGapsView *self)
{
  /* The store announces a changed record as replaced in place, which binds its row
   * again: there is no need to follow the record's notify signals. */
  update_cell (self, gtk_list_item_get_child (item), gtk_list_item_get_item (item));
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, FhGapsView *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "gap", NULL);
}

static void
set_cell_factory (FhGapsView *self, GtkColumnViewColumn *column_view_column, Column column)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), self);
  gtk_column_view_column_set_factory (column_view_column, factory);
}

static void
set_column_sorter (GtkColumnViewColumn *column, GtkSorter *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

/* Filters ------------------------------------------------------------------- */

static gboolean
gap_matches (gpointer item, gpointer user_data)
{
  FhGapsView *self = user_data;
  FhGap      *gap = item;
  guint       capability = gtk_drop_down_get_selected (self->filter_capability);
  guint       kind = gtk_drop_down_get_selected (self->filter_kind);
  guint       status = gtk_drop_down_get_selected (self->filter_status);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Index 0 of each filter is "all". */
  if (capability != 0 && capability != GTK_INVALID_LIST_POSITION &&
      capability < self->capability_ids->len &&
      g_strcmp0 (g_ptr_array_index (self->capability_ids, capability),
                 fh_gap_get_capability (gap)) != 0)
    return FALSE;
  if (kind != 0 && kind != GTK_INVALID_LIST_POSITION && kind - 1 != fh_gap_get_kind (gap))
    return FALSE;
  if (status != 0 && status != GTK_INVALID_LIST_POSITION && status - 1 != fh_gap_get_status (gap))
    return FALSE;

  if (search != NULL && search[0] != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (search, -1);
      const char      *fields[] = { fh_gap_get_title (gap), fh_gap_get_description (gap),
                                    fh_gap_get_owner (gap), lookup_capability_name (self, gap) };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *hay = fields[i] != NULL ? g_utf8_casefold (fields[i], -1) : NULL;

          if (hay != NULL && strstr (hay, needle) != NULL)
            return TRUE;
        }
      return FALSE;
    }

  return TRUE;
}

static void
filter_changed_cb (FhGapsView *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Rebuilds the capability choices (the capture's, the filter's and the cells') from
 * the plan's catalog. */
static void
rebuild_capabilities (FhGapsView *self)
{
  GListModel *capabilities =
    self->store != NULL ? fh_store_get_model (self->store, FH_COLLECTION_CAPABILITIES) : NULL;
  guint n = capabilities != NULL ? g_list_model_get_n_items (capabilities) : 0;
  g_autoptr (GtkStringList) filter_names = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) capture_names = gtk_string_list_new (NULL);
  g_autofree char *filter_id = NULL;
  g_autofree char *capture_id = NULL;
  guint            old_filter = gtk_drop_down_get_selected (self->filter_capability);
  guint            old_capture = gtk_drop_down_get_selected (self->capture_capability);

  if (old_filter != GTK_INVALID_LIST_POSITION && old_filter < self->capability_ids->len)
    filter_id = g_strdup (g_ptr_array_index (self->capability_ids, old_filter));
  if (old_capture != GTK_INVALID_LIST_POSITION && old_capture < self->capability_ids->len)
    capture_id = g_strdup (g_ptr_array_index (self->capability_ids, old_capture));

  g_ptr_array_set_size (self->capability_ids, 0);
  g_ptr_array_add (self->capability_ids, g_strdup (""));
  gtk_string_list_append (filter_names, _("All capabilities"));
  gtk_string_list_append (capture_names, _("No capability"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhCapability) capability = g_list_model_get_item (capabilities, i);

      g_ptr_array_add (self->capability_ids, g_strdup (fh_capability_get_id (capability)));
      gtk_string_list_append (filter_names, fh_capability_get_name (capability));
      gtk_string_list_append (capture_names, fh_capability_get_name (capability));
    }

  /* The cells' list is replaced, not changed, so bound drop-downs keep theirs. */
  g_clear_object (&self->capability_names);
  self->capability_names = gtk_string_list_new (NULL);
  /* In a cell, no capability reads as a dash, as in the other empty cells. */
  gtk_string_list_append (self->capability_names, "—");
  for (guint i = 1; i < self->capability_ids->len; i++)
    gtk_string_list_append (self->capability_names, gtk_string_list_get_string (capture_names, i));

  gtk_drop_down_set_model (self->filter_capability, G_LIST_MODEL (filter_names));
  gtk_drop_down_set_model (self->capture_capability, G_LIST_MODEL (capture_names));
  gtk_drop_down_set_selected (self->filter_capability,
                              filter_id != NULL ? capability_index (self, filter_id) : 0);
  gtk_drop_down_set_selected (self->capture_capability,
                              capture_id != NULL ? capability_index (self, capture_id) : 0);
}

static void
rebuild_roadmap_counts (FhGapsView *self)
{
  GListModel *links;

  g_hash_table_remove_all (self->roadmap_counts);
  if (self->store == NULL)
    return;

  links = fh_store_get_model (self->store, FH_COLLECTION_ITEM_GAPS);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);
      gint64  gap = fh_link_get_target (link);
      gint64  item = fh_link_get_source (link);
      GArray *items = g_hash_table_lookup (self->roadmap_counts, &gap);

      if (items == NULL)
        {
          items = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (self->roadmap_counts, g_memdup2 (&gap, sizeof gap), items);
        }
      g_array_append_val (items, item);
    }
}

static void
fh_gaps_view_update_state (FhGapsView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;
  gboolean none_stored =
    self->store == NULL ||
    g_list_model_get_n_items (fh_store_get_model (self->store, FH_COLLECTION_GAPS)) == 0;
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_stack_set_visible_child_name (self->stack, !empty        ? "list"
                                                 : none_stored ? "empty"
                                                               : "no-match");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gaps.delete", self->store != NULL && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gaps.vote-up",
                                 self->store != NULL && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gaps.vote-down",
                                 self->store != NULL && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gaps.reset-votes",
                                 self->store != NULL && !none_stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gaps.sort-votes", self->store != NULL);
}

static void
fh_gaps_view_clear_error (FhGapsView *self)
{
  fh_show_field_error (self->error_label, self->entry, NULL);
}

static void
fh_gaps_view_show_error (FhGapsView *self, const char *message)
{
  fh_show_field_error (self->error_label, NULL, message);
}

static void
entry_activate_cb (FhGapsView *self, GtkEntry *entry)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  guint            capability = gtk_drop_down_get_selected (self->capture_capability);
  guint            severity = gtk_drop_down_get_selected (self->capture_severity);
  g_autoptr (FhGap) gap = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  gap = fh_gap_new (title);
  if (capability != GTK_INVALID_LIST_POSITION && capability < self->capability_ids->len)
    g_object_set (gap, "capability", g_ptr_array_index (self->capability_ids, capability), NULL);
  if (severity != GTK_INVALID_LIST_POSITION)
    g_object_set (gap, "severity", (int)severity + 1, NULL);

  if (!fh_store_add (self->store, gap, &error))
    {
      /* Keep the text, so that it can be fixed rather than typed again. */
      fh_show_field_error (self->error_label, self->entry, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

static void
entry_changed_cb (FhGapsView *self, GtkEntry *entry)
{
  fh_gaps_view_clear_error (self);
}

static void
selection_changed_cb (FhGapsView *self, guint position, guint n_items, GtkSelectionModel *selection)
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
  guint  n_items = g_list_model_get_n_items (model);

  /* An update may replace the selected record with a new one, or sorting may move it:
   * find it again by its id, so that editing a gap does not lose the selection. */
  if (self->selected_id != 0 && id != self->selected_id)
    {
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr (FhGap) item = g_list_model_get_item (model, i);

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
  rebuild_capabilities (self);
  set_cell_factory (self, self->capability_column, COLUMN_CAPABILITY);
  gtk_sorter_changed (self->capability_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
links_changed_cb (FhGapsView *self)
{
  rebuild_roadmap_counts (self);
  set_cell_factory (self, self->roadmap_column, COLUMN_ROADMAP);
  gtk_sorter_changed (self->roadmap_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
fh_gaps_view_delete (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);
  FhGap      *selected = gtk_single_selection_get_selected_item (self->selection);
  guint       position = gtk_single_selection_get_selected (self->selection);
  g_autoptr (FhGap) gap = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (AdwToast) toast = NULL;
  guint n_items;

  if (self->store == NULL || selected == NULL)
    return;

  gap = g_object_ref (selected);
  if (!fh_store_remove (self->store, gap, &error))
    {
      toast = fh_toast_new (error->message, FALSE);
      fh_section_add_toast (FH_SECTION (self), toast);
      return;
    }

  /* Select the next gap, so that Delete can be pressed again to clear a list. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  if (n_items > 0)
    gtk_single_selection_set_selected (self->selection, MIN (position, n_items - 1));

  toast = fh_toast_new (_("Gap deleted"), TRUE);
  fh_section_add_toast (FH_SECTION (self), toast);
}

static void
fh_gaps_view_vote (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);
  FhGap      *gap = gtk_single_selection_get_selected_item (self->selection);
  int         votes;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || gap == NULL)
    return;

  votes = fh_gap_get_votes (gap) + (g_str_equal (action_name, "gaps.vote-up") ? 1 : -1);
  if (votes < 0)
    return;

  if (!fh_store_set (self->store, gap, &error, "votes", votes, NULL))
    fh_gaps_view_show_error (self, error->message);
}

static void
fh_gaps_view_reset_votes (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);
  g_autoptr (FhEdit) edit = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (AdwToast) toast = NULL;

  if (self->store == NULL)
    return;

  /* All of it is one undo step. */
  edit = fh_edit_reset_votes (fh_store_get_model (self->store, FH_COLLECTION_GAPS));
  if (fh_edit_get_n_steps (edit) == 0)
    return;
  if (!fh_store_apply_edit (self->store, edit, &error))
    toast = fh_toast_new (error->message, FALSE);
  else
    toast = fh_toast_new (_("Votes reset"), TRUE);
  fh_section_add_toast (FH_SECTION (self), toast);
}

static void
fh_gaps_view_sort_votes (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);

  gtk_column_view_sort_by_column (self->column_view, self->votes_column, GTK_SORT_DESCENDING);
}

static gboolean
fh_gaps_view_grab_focus (GtkWidget *widget)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);

  return gtk_widget_grab_focus (self->entry);
}

static void
disconnect_store (FhGapsView *self)
{
  if (self->store == NULL)
    return;

  g_signal_handlers_disconnect_by_data (
    fh_store_get_model (self->store, FH_COLLECTION_CAPABILITIES), self);
  g_signal_handlers_disconnect_by_data (fh_store_get_model (self->store, FH_COLLECTION_ITEM_GAPS),
                                        self);
}

/* When the list is narrower than this (a 1280-pixel screen beside the sidebar), the
 * Roadmap count column and part of the Capability column give their width to the
 * titles; the count stays shown and sortable on wider screens. */
#define ROADMAP_COLUMN_MIN_VIEW_WIDTH 1100

static gboolean
update_columns_cb (gpointer user_data)
{
  FhGapsView *self = user_data;

  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  self->columns_idle = 0;
  if (adjustment != NULL)
    {
      gboolean wide = gtk_adjustment_get_page_size (adjustment) >= ROADMAP_COLUMN_MIN_VIEW_WIDTH;

      gtk_column_view_column_set_visible (self->roadmap_column, wide);
      /* Capability names are long; on a narrow list they are cut so the title is not. */
      gtk_column_view_column_set_fixed_width (self->capability_column, wide ? -1 : 150);
    }

  return G_SOURCE_REMOVE;
}

/* The list's visible width is the page size of its horizontal adjustment. */
static void
list_width_changed_cb (FhGapsView *self, GParamSpec *pspec, GtkAdjustment *adjustment)
{
  gboolean wide = gtk_adjustment_get_page_size (adjustment) >= ROADMAP_COLUMN_MIN_VIEW_WIDTH;

  /* Changing columns while the list is being allocated would resize it in the middle
   * of that: do it right after. */
  if (gtk_column_view_column_get_visible (self->roadmap_column) != wide && self->columns_idle == 0)
    self->columns_idle = g_idle_add (update_columns_cb, self);
}

static void
fh_gaps_view_store_set (FhSection *section, FhStore *store)
{
  FhGapsView *self = FH_GAPS_VIEW (section);

  disconnect_store (self);
  self->store = store;
  self->selected_id = 0;

  rebuild_capabilities (self);
  rebuild_roadmap_counts (self);
  gtk_filter_list_model_set_model (
    self->filtered, store != NULL ? fh_store_get_model (store, FH_COLLECTION_GAPS) : NULL);
  if (store != NULL)
    {
      g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_CAPABILITIES),
                                "items-changed", G_CALLBACK (capabilities_changed_cb), self);
      g_signal_connect_swapped (fh_store_get_model (store, FH_COLLECTION_ITEM_GAPS),
                                "items-changed", G_CALLBACK (links_changed_cb), self);
    }

  gtk_widget_set_sensitive (self->entry, store != NULL);
  fh_gaps_view_clear_error (self);
  fh_gaps_view_update_state (self);
}

static void
fh_gaps_view_dispose (GObject *object)
{
  FhGapsView *self = FH_GAPS_VIEW (object);

  g_clear_handle_id (&self->columns_idle, g_source_remove);
  if (self->column_view != NULL &&
      gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)) != NULL)
    g_signal_handlers_disconnect_by_data (
      gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)), self);
  disconnect_store (self);

  /* The column view outlives this dispose and changes its sorter as it goes: nothing
   * may call back into this view, or evaluate a sort key or filter that points at it. */
  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      gtk_filter_list_model_set_filter (self->filtered, NULL);
      gtk_filter_list_model_set_model (self->filtered, NULL);
      gtk_sort_list_model_set_sorter (self->sorted, NULL);
      gtk_sort_list_model_set_model (self->sorted, NULL);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_GAPS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->capability_names);
  self->sorted = NULL;
  self->filtered = NULL;
  self->capability_sorter = NULL;
  self->roadmap_sorter = NULL;
  self->store = NULL;

  G_OBJECT_CLASS (fh_gaps_view_parent_class)->dispose (object);
}

static void
fh_gaps_view_finalize (GObject *object)
{
  FhGapsView *self = FH_GAPS_VIEW (object);

  g_ptr_array_unref (self->capability_ids);
  g_hash_table_unref (self->roadmap_counts);

  G_OBJECT_CLASS (fh_gaps_view_parent_class)->finalize (object);
}

static void
fh_gaps_view_class_init (FhGapsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FhSectionClass *section_class = FH_SECTION_CLASS (klass);

  object_class->dispose = fh_gaps_view_dispose;
  object_class->finalize = fh_gaps_view_finalize;
  section_class->store_set = fh_gaps_view_store_set;

  widget_class->grab_focus = fh_gaps_view_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-gaps-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, entry);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, capture_capability);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, capture_severity);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, filter_capability);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, filter_kind);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, filter_status);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, stack);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, title_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, capability_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, kind_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, severity_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, votes_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, owner_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, status_column);
  gtk_widget_class_bind_template_child (widget_class, FhGapsView, roadmap_column);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "gaps.delete", NULL, fh_gaps_view_delete);
  gtk_widget_class_install_action (widget_class, "gaps.vote-up", NULL, fh_gaps_view_vote);
  gtk_widget_class_install_action (widget_class, "gaps.vote-down", NULL, fh_gaps_view_vote);
  gtk_widget_class_install_action (widget_class, "gaps.reset-votes", NULL,
                                   fh_gaps_view_reset_votes);
  gtk_widget_class_install_action (widget_class, "gaps.sort-votes", NULL, fh_gaps_view_sort_votes);
}

static void
add_key (GtkShortcutController *shortcuts, guint keyval, const char *action)
{
  gtk_shortcut_controller_add_shortcut (
    shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0), gtk_named_action_new (action)));
}

static void
fh_gaps_view_init (FhGapsView *self)
{
  GtkShortcutController *shortcuts;
  GtkSorter             *view_sorter;

  self->capability_ids = g_ptr_array_new_with_free_func (g_free);
  self->capability_names = gtk_string_list_new (NULL);
  self->roadmap_counts =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  append_enum_labels (self->filter_kind, FH_TYPE_GAP_KIND);
  append_enum_labels (self->filter_status, FH_TYPE_GAP_STATUS);
  rebuild_capabilities (self);
  if (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)) != NULL)
    g_signal_connect_swapped (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                              "notify::page-size", G_CALLBACK (list_width_changed_cb), self);

  set_cell_factory (self, self->title_column, COLUMN_TITLE);
  set_cell_factory (self, self->capability_column, COLUMN_CAPABILITY);
  set_cell_factory (self, self->kind_column, COLUMN_KIND);
  set_cell_factory (self, self->severity_column, COLUMN_SEVERITY);
  set_cell_factory (self, self->votes_column, COLUMN_VOTES);
  set_cell_factory (self, self->owner_column, COLUMN_OWNER);
  set_cell_factory (self, self->status_column, COLUMN_STATUS);
  set_cell_factory (self, self->roadmap_column, COLUMN_ROADMAP);

  set_column_sorter (
    self->title_column,
    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (FH_TYPE_GAP, NULL, "title"))));
  self->capability_sorter = GTK_SORTER (gtk_string_sorter_new (gtk_cclosure_expression_new (
    G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (capability_sort_key), self, NULL)));
  set_column_sorter (self->capability_column, self->capability_sorter);
  set_column_sorter (self->kind_column,
                     GTK_SORTER (gtk_numeric_sorter_new (gtk_cclosure_expression_new (
                       G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (kind_sort_key), NULL, NULL))));
  set_column_sorter (self->severity_column,
                     GTK_SORTER (gtk_numeric_sorter_new (
                       gtk_property_expression_new (FH_TYPE_GAP, NULL, "severity"))));
  set_column_sorter (
    self->votes_column,
    GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (FH_TYPE_GAP, NULL, "votes"))));
  set_column_sorter (
    self->owner_column,
    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (FH_TYPE_GAP, NULL, "owner"))));
  set_column_sorter (self->status_column,
                     GTK_SORTER (gtk_numeric_sorter_new (gtk_cclosure_expression_new (
                       G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (status_sort_key), NULL, NULL))));
  self->roadmap_sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_cclosure_expression_new (
    G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (roadmap_sort_key), self, NULL)));
  set_column_sorter (self->roadmap_column, self->roadmap_sorter);

  self->filter = gtk_custom_filter_new (gap_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted =
    gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), g_object_ref (view_sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* Connected after the column view's own handlers, so that it has caught up with a
   * change before the selection is moved. */
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (selection_items_changed_cb), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                            self);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  add_key (shortcuts, GDK_KEY_Delete, "gaps.delete");
  add_key (shortcuts, GDK_KEY_KP_Delete, "gaps.delete");
  /* Dot voting: + and - (with or without Shift, and on the keypad). */
  add_key (shortcuts, GDK_KEY_plus, "gaps.vote-up");
  add_key (shortcuts, GDK_KEY_equal, "gaps.vote-up");
  add_key (shortcuts, GDK_KEY_KP_Add, "gaps.vote-up");
  add_key (shortcuts, GDK_KEY_minus, "gaps.vote-down");
  add_key (shortcuts, GDK_KEY_KP_Subtract, "gaps.vote-down");
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (shortcuts));

  gtk_widget_set_sensitive (self->entry, FALSE);
  fh_gaps_view_update_state (self);
}

GtkWidget *
fh_gaps_view_new (void)
{
  return g_object_new (FH_TYPE_GAPS_VIEW, NULL);
}
