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

#include "fh-confirm.h"

#include "fh-capability.h"
#include "fh-enums.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-plan-edits.h"
#include "fh-roadmap-item.h"
#include "fh-column-fit.h"
#include "fh-feedback.h"
#include "fh-highlight.h"

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
  GtkStringList      *kind_names; /* the choices of the kind, severity and status cells */
  GtkStringList      *severity_names;
  GtkStringList      *status_names;
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
  guint                columns_idle;     /* fits the columns to the list's width */
  char                *needle;           /* the search, case-folded; NULL for none */
  guint                shown_filters[3]; /* capability, kind, status as last filtered */
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
static void queue_update_columns (FhGapsView *self);

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

/* Text cells ------------------------------------------------------------------
 *
 * A title or owner is a label until it is edited (Enter, F2 or a double-click): the
 * text field is made then, and goes when the edit ends, so that the hundreds of rows
 * a list view keeps carry no text field each. */

static GtkLabel *
text_cell_label (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "label");
}

static void
text_cell_finish (FhGapsView *self, GtkWidget *cell, gboolean commit, gboolean refocus)
{
  GtkWidget       *text = g_object_get_data (G_OBJECT (cell), "text");
  const char      *property = g_object_get_data (G_OBJECT (cell), "property");
  g_autofree char *value = NULL;
  g_autofree char *old = NULL;
  FhGap           *gap = cell_gap (cell);

  if (text == NULL)
    return;

  value = g_strdup (gtk_editable_get_text (GTK_EDITABLE (text)));
  g_object_set_data (G_OBJECT (cell), "text", NULL);
  if (refocus)
    gtk_widget_grab_focus (cell);
  gtk_box_remove (GTK_BOX (cell), text);
  gtk_widget_set_visible (GTK_WIDGET (text_cell_label (cell)), TRUE);

  if (!commit || gap == NULL || gtk_widget_in_destruction (cell))
    return;

  g_object_get (gap, property, &old, NULL);
  if (g_strcmp0 (old, value) != 0)
    /* A refused text leaves the cell showing what the plan holds; the reason shows
     * above the list. */
    cell_set (self, cell, property, value);
}

static void
text_activate_cb (GtkText *text, GtkWidget *cell)
{
  text_cell_finish (g_object_get_data (G_OBJECT (cell), "view"), cell, TRUE, TRUE);
}

static gboolean
text_key_cb (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkWidget             *cell)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  text_cell_finish (g_object_get_data (G_OBJECT (cell), "view"), cell, FALSE, TRUE);
  return TRUE;
}

static void
text_leave_cb (GtkEventControllerFocus *controller, GtkWidget *cell)
{
  text_cell_finish (g_object_get_data (G_OBJECT (cell), "view"), cell, TRUE, FALSE);
}

static void
text_cell_start (GtkWidget *cell)
{
  GtkWidget          *text;
  GtkEventController *key, *leave;

  if (g_object_get_data (G_OBJECT (cell), "text") != NULL || cell_gap (cell) == NULL)
    return;

  text = gtk_text_new ();
  g_object_set_data_full (G_OBJECT (cell), "editing-id",
                          g_memdup2 (&(gint64){ fh_gap_get_id (cell_gap (cell)) }, sizeof (gint64)),
                          g_free);
  gtk_editable_set_text (GTK_EDITABLE (text), gtk_label_get_text (text_cell_label (cell)));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_object_get_data (G_OBJECT (cell), "name"), -1);
  g_signal_connect (text, "activate", G_CALLBACK (text_activate_cb), cell);
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (text_key_cb), cell);
  gtk_widget_add_controller (text, key);
  leave = gtk_event_controller_focus_new ();
  g_signal_connect (leave, "leave", G_CALLBACK (text_leave_cb), cell);
  gtk_widget_add_controller (text, leave);

  gtk_widget_set_visible (GTK_WIDGET (text_cell_label (cell)), FALSE);
  gtk_box_append (GTK_BOX (cell), text);
  g_object_set_data (G_OBJECT (cell), "text", text);
  gtk_widget_grab_focus (text);
  gtk_editable_select_region (GTK_EDITABLE (text), 0, -1);
}

static gboolean
text_cell_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  GtkWidget             *cell)
{
  if (g_object_get_data (G_OBJECT (cell), "text") != NULL ||
      (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter &&
       keyval != GDK_KEY_F2))
    return FALSE;

  text_cell_start (cell);
  return TRUE;
}

static void
text_cell_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, GtkWidget *cell)
{
  if (n_press == 2)
    text_cell_start (cell);
}

static GtkWidget *
text_cell_new (FhGapsView *self, Column column)
{
  GtkWidget          *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget          *label = gtk_label_new (NULL);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture         *click = gtk_gesture_click_new ();
  const char         *name = column == COLUMN_TITLE ? _("Title") : _("Owner");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), column == COLUMN_OWNER ? 8 : 10);
  if (column == COLUMN_TITLE)
    {
      /* The title is what the room reads: two lines before it is cut. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
    }
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (cell), label);
  gtk_widget_set_focusable (cell, TRUE);
  gtk_widget_add_css_class (cell, "text-cell");
  g_object_set_data (G_OBJECT (cell), "label", label);
  g_object_set_data (G_OBJECT (cell), "view", self);
  g_object_set_data (G_OBJECT (cell), "name", (gpointer)name);
  g_object_set_data (G_OBJECT (cell), "property",
                     (gpointer)(column == COLUMN_TITLE ? "title" : "owner"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (key, "key-pressed", G_CALLBACK (text_cell_key_cb), cell);
  gtk_widget_add_controller (cell, key);
  g_signal_connect (click, "pressed", G_CALLBACK (text_cell_pressed_cb), cell);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));

  return cell;
}

/* The user chose entry @selected of a choice cell's list. */
static void
choice_chosen (FhGapsView *self, GtkWidget *cell, guint selected)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
  FhGap *gap = cell_gap (cell);

  if (gap == NULL || cell_updating (cell) || selected == GTK_INVALID_LIST_POSITION)
    return;

  switch (column)
    {
    case COLUMN_CAPABILITY:
      if (selected < self->capability_ids->len &&
          g_strcmp0 (g_ptr_array_index (self->capability_ids, selected),
                     fh_gap_get_capability (gap)) != 0)
        cell_set (self, cell, "capability",
                  (const char *)g_ptr_array_index (self->capability_ids, selected));
      break;
    case COLUMN_KIND:
      if ((int)selected != (int)fh_gap_get_kind (gap))
        cell_set (self, cell, "kind", (FhGapKind)selected);
      break;
    case COLUMN_SEVERITY:
      if ((int)selected + 1 != fh_gap_get_severity (gap))
        cell_set (self, cell, "severity", (int)selected + 1);
      break;
    case COLUMN_STATUS:
      if ((int)selected != (int)fh_gap_get_status (gap))
        cell_set (self, cell, "status", (FhGapStatus)selected);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Choice cells ---------------------------------------------------------------
 *
 * A cell that chooses one of a few values is a button showing the value; its list
 * is a popover built when it is opened. A GtkDropDown per cell would build its
 * popover and a list view of every choice for each of the hundreds of rows a list
 * view keeps, and again for every row a filter brings in. */

static GListModel *
choice_model (FhGapsView *self, Column column)
{
  switch (column)
    {
    case COLUMN_CAPABILITY:
      return G_LIST_MODEL (self->capability_names);
    case COLUMN_KIND:
      return G_LIST_MODEL (self->kind_names);
    case COLUMN_SEVERITY:
      return G_LIST_MODEL (self->severity_names);
    case COLUMN_STATUS:
      return G_LIST_MODEL (self->status_names);
    default:
      g_assert_not_reached ();
    }
}

static guint
choice_get_selected (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "selected"));
}

/* A row is bound again whenever a gap before it comes or goes: what did not change
 * is not set again, so that the row is not measured and laid out again. */
static void
show_text (GtkLabel *label, const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

static void
show_tooltip (gpointer widget, const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
choice_set_selected (FhGapsView *self, GtkWidget *cell, guint selected)
{
  GListModel *model =
    choice_model (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column")));
  GtkLabel   *label = g_object_get_data (G_OBJECT (cell), "label");
  const char *text = selected < g_list_model_get_n_items (model)
                       ? gtk_string_list_get_string (GTK_STRING_LIST (model), selected)
                       : "—";

  g_object_set_data (G_OBJECT (cell), "selected", GUINT_TO_POINTER (selected));
  show_text (label, text);
}

static void
choice_row_activated_cb (GtkListBox *list, GtkListBoxRow *row, FhGapsView *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);
  GtkWidget *cell = gtk_widget_get_parent (popover);

  gtk_popover_popdown (GTK_POPOVER (popover));
  choice_chosen (self, cell, (guint)gtk_list_box_row_get_index (row));
}

static void
choice_destroy_cb (GtkWidget *cell)
{
  GtkWidget *popover = g_object_get_data (G_OBJECT (cell), "popover");

  if (popover != NULL)
    {
      g_object_set_data (G_OBJECT (cell), "popover", NULL);
      gtk_widget_unparent (popover);
    }
}

static void
choice_closed_cb (GtkPopover *popover, GtkWidget *cell)
{
  /* Built again on the next opening, from the choices of that moment. */
  choice_destroy_cb (cell);
  gtk_widget_grab_focus (cell);
}

static void
choice_clicked_cb (GtkButton *button, FhGapsView *self)
{
  GtkWidget  *cell = GTK_WIDGET (button);
  GListModel *model =
    choice_model (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column")));
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  guint      n = g_list_model_get_n_items (model);

  choice_destroy_cb (cell);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *label = gtk_label_new (gtk_string_list_get_string (GTK_STRING_LIST (model), i));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  g_signal_connect (list, "row-activated", G_CALLBACK (choice_row_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_add_css_class (popover, "menu");
  gtk_widget_set_parent (popover, cell);
  g_object_set_data (G_OBJECT (cell), "popover", popover);
  g_signal_connect (popover, "closed", G_CALLBACK (choice_closed_cb), cell);
  gtk_popover_popup (GTK_POPOVER (popover));

  {
    GtkListBoxRow *row =
      gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int)choice_get_selected (cell));

    if (row != NULL)
      {
        gtk_list_box_select_row (GTK_LIST_BOX (list), row);
        gtk_widget_grab_focus (GTK_WIDGET (row));
      }
  }
}

static GtkWidget *
choice_cell_new (FhGapsView *self, Column column)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (column == COLUMN_CAPABILITY)
    {
      /* Its width follows the list's (update_columns_cb()): a long name wraps once
       * before it is cut. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("pan-down-symbolic"));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "choice-cell");
  g_object_set_data (G_OBJECT (button), "label", label);
  g_object_set_data (G_OBJECT (button), "column", GINT_TO_POINTER (column));
  g_signal_connect (button, "clicked", G_CALLBACK (choice_clicked_cb), self);
  g_signal_connect (button, "destroy", G_CALLBACK (choice_destroy_cb), NULL);

  return button;
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

/* The filter's first entry ("All kinds") is the template's; the kinds follow it. */
static void
append_enum_labels (GtkDropDown *drop_down, GType type)
{
  g_auto (GStrv) labels = fh_enum_get_labels (type);

  gtk_string_list_splice (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)), 1, 0,
                          (const char *const *)labels);
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

        gint64 *editing = g_object_get_data (G_OBJECT (widget), "editing-id");

        /* The row now shows another gap: an edit of the one before is dropped. */
        if (editing != NULL && *editing != fh_gap_get_id (gap))
          text_cell_finish (self, widget, FALSE, FALSE);
        show_text (text_cell_label (widget), value);
        if (column == COLUMN_TITLE)
          fh_highlight_bind (GTK_WIDGET (self->column_view), widget, fh_gap_get_id (gap));
        /* Translators: the tooltip of a (possibly shortened) title or owner in the gaps list */
        tip = g_strdup_printf (_("%s — press Enter or double-click to edit"), value);
        show_tooltip (widget, value[0] != '\0' ? tip
                                               : column == COLUMN_TITLE
                                ? _("Title; press Enter or double-click to edit")
                                : _("Owner; press Enter or double-click to edit"));
      }
      break;
    case COLUMN_CAPABILITY:
      {
        guint            index = capability_index (self, fh_gap_get_capability (gap));
        g_autofree char *tip = NULL;

        choice_set_selected (self, widget, index);
        /* Translators: the tooltip of the capability cell in the gaps list */
        tip = g_strdup_printf (
          _("Capability: %s"),
             index < g_list_model_get_n_items (G_LIST_MODEL (self->capability_names))
               ? gtk_string_list_get_string (self->capability_names, index)
               : "—");
        show_tooltip (widget, tip);
      }
      break;
    case COLUMN_KIND:
      choice_set_selected (self, widget, fh_gap_get_kind (gap));
      break;
    case COLUMN_SEVERITY:
      choice_set_selected (self, widget, fh_gap_get_severity (gap) - 1);
      break;
    case COLUMN_STATUS:
      choice_set_selected (self, widget, fh_gap_get_status (gap));
      break;
    case COLUMN_VOTES:
      {
        GtkLabel *label = g_object_get_data (G_OBJECT (widget), "label");

        g_snprintf (text, sizeof text, "%d", fh_gap_get_votes (gap));
        show_text (label, text);
        gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (widget), "down"),
                                  fh_gap_get_votes (gap) > 0);
      }
      break;
    case COLUMN_ROADMAP:
      {
        g_autofree char *items = roadmap_items_text (self, gap);

        g_snprintf (text, sizeof text, "%d", roadmap_count (self, gap));
        show_text (GTK_LABEL (widget), text);
        /* Plain text: tooltip-text is never read as markup. */
        show_tooltip (widget, items);
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
      widget = text_cell_new (self, column);
      gtk_widget_set_tooltip_text (widget, column == COLUMN_TITLE
                                   ? _("Title; press Enter or double-click to edit")
                                   : _("Owner; press Enter or double-click to edit"));
      break;
    case COLUMN_CAPABILITY:
      widget = choice_cell_new (self, column);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Capability"), -1);
      gtk_widget_set_tooltip_text (widget, _("Capability"));
      break;
    case COLUMN_KIND:
      widget = choice_cell_new (self, column);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Kind"), -1);
      gtk_widget_set_tooltip_text (widget, _("Kind"));
      break;
    case COLUMN_SEVERITY:
      widget = choice_cell_new (self, column);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Severity, 1 to 5"), -1);
      gtk_widget_set_tooltip_text (widget, _("Severity, 1 (low) to 5 (high)"));
      break;
    case COLUMN_STATUS:
      widget = choice_cell_new (self, column);
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
  const char *needle = self->needle;

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

  if (needle != NULL)
    {
      const char *fields[] = { fh_gap_get_title (gap), fh_gap_get_description (gap),
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

/* A filter narrowed from "all", or a search that grew, only drops gaps: the list
 * keeps the rows of the gaps that stay. Widened, it only brings gaps back. */
static void
filter_changed_cb (FhGapsView *self)
{
  const char      *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle =
    search != NULL && search[0] != '\0' ? g_utf8_casefold (search, -1) : NULL;
  guint    filters[3] = { gtk_drop_down_get_selected (self->filter_capability),
                          gtk_drop_down_get_selected (self->filter_kind),
                          gtk_drop_down_get_selected (self->filter_status) };
  gboolean stricter = TRUE, looser = TRUE;

  if (self->filter == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i] != self->shown_filters[i])
      {
        stricter = stricter && self->shown_filters[i] == 0;
        looser = looser && filters[i] == 0;
      }
  if (g_strcmp0 (needle, self->needle) != 0)
    {
      stricter = stricter && (self->needle == NULL ||
                              (needle != NULL && strstr (needle, self->needle) != NULL));
      looser = looser &&
               (needle == NULL || (self->needle != NULL && strstr (self->needle, needle) != NULL));
    }

  memcpy (self->shown_filters, filters, sizeof filters);
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                                                 : looser ? GTK_FILTER_CHANGE_LESS_STRICT
                                                          : GTK_FILTER_CHANGE_DIFFERENT);
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

  /* The cells' list is replaced, not changed: the cells are made again from it. */
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

/* Selects the gap @id and scrolls the list to it; the keyboard focus stays. A new
 * gap is the store's last: the list is searched from its end. */
static void
show_gap (FhGapsView *self, gint64 id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint       n = g_list_model_get_n_items (model);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr (FhGap) item = g_list_model_get_item (model, i - 1);

      if (fh_gap_get_id (item) != id)
        continue;

      self->selected_id = id;
      gtk_single_selection_set_selected (self->selection, i - 1);
      for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); c != NULL;
           c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_LIST_VIEW (c))
          gtk_widget_activate_action (c, "list.scroll-to-item", "u", i - 1);
      return;
    }
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
  show_gap (self, fh_gap_get_id (gap));
  fh_highlight_record (GTK_WIDGET (self->column_view), fh_gap_get_id (gap));
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
      /* A changed record comes back where the list changed. */
      for (guint i = position; i < position + added && i < n_items; i++)
        {
          g_autoptr (FhGap) item = g_list_model_get_item (model, i);

          if (fh_gap_get_id (item) == self->selected_id)
            {
              gtk_single_selection_set_selected (self->selection, i);
              return;
            }
        }
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
  queue_update_columns (self);
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
reset_votes_confirmed (GtkWidget *widget, gpointer data)
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

/* The room's dot votes are an hour's work: Reset Votes sits in a menu away from Sort
 * by Votes, and asks first, naming how many gaps lose their votes. */
static void
fh_gaps_view_reset_votes (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhGapsView *self = FH_GAPS_VIEW (widget);
  g_autoptr (FhEdit) edit = NULL;
  g_autofree char *body = NULL;
  guint            n;

  if (self->store == NULL)
    return;

  edit = fh_edit_reset_votes (fh_store_get_model (self->store, FH_COLLECTION_GAPS));
  n = fh_edit_get_n_steps (edit);
  if (n == 0)
    return;

  body =
    g_strdup_printf (ngettext ("The votes of %u gap go back to zero. Undo brings them back.",
                               "The votes of %u gaps go back to zero. Undo brings them back.", n),
                     n);
  fh_confirm (widget, _("Reset Every Vote?"), body,
                         _("_Reset Votes"), reset_votes_confirmed, NULL, NULL);
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

/* Characters per line the title keeps, on two lines, before it may shrink: what the
 * room reads comes first. Pango's average character is wider than that of a sentence
 * (which has spaces and narrow letters): 48 of them hold 45 and more of a title. */
#define TITLE_MIN_CHARS 48

/* The pixels of a choice cell around its text: the button's padding, the spacing and
 * the arrow; of the votes cell around its count: the two round buttons. */
#define CHOICE_EXTRA 48
#define VOTES_EXTRA  84

/* The columns follow the list's width: the title keeps TITLE_MIN_CHARS per line; the
 * Roadmap count, then Owner, Kind and Severity hide before it shrinks; what is left
 * goes to the capability, up to its longest name. */
static gboolean
update_columns_cb (gpointer user_data)
{
  FhGapsView      *self = user_data;
  GtkAdjustment   *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  g_autofree char *owner_sample = g_strnfill (12, 'n');
  FhFitColumn      columns[] = {
         { self->capability_column, G_LIST_MODEL (self->capability_names), NULL, CHOICE_EXTRA, 14, 0 },
         { self->kind_column, G_LIST_MODEL (self->kind_names), NULL, CHOICE_EXTRA, 0, 3 },
         { self->severity_column, G_LIST_MODEL (self->severity_names), NULL, CHOICE_EXTRA, 0, 4 },
         { self->votes_column, NULL, "00", VOTES_EXTRA, 0, 0 },
         { self->owner_column, NULL, owner_sample, 16, 8, 2 },
         { self->status_column, G_LIST_MODEL (self->status_names), NULL, CHOICE_EXTRA, 0, 0 },
         { self->roadmap_column, NULL, "00", 0, 0, 1 },
  };

  self->columns_idle = 0;
  if (adjustment != NULL && gtk_adjustment_get_page_size (adjustment) > 0)
    fh_column_fit (GTK_WIDGET (self->column_view), (int)gtk_adjustment_get_page_size (adjustment),
                   TITLE_MIN_CHARS, columns, G_N_ELEMENTS (columns));

  return G_SOURCE_REMOVE;
}

/* Changing columns while the list is being allocated would resize it in the middle
 * of that: do it right after. */
static void
queue_update_columns (FhGapsView *self)
{
  if (self->columns_idle == 0)
    self->columns_idle = g_idle_add (update_columns_cb, self);
}

/* The list's visible width is the page size of its horizontal adjustment. */
static void
list_width_changed_cb (FhGapsView *self, GParamSpec *pspec, GtkAdjustment *adjustment)
{
  queue_update_columns (self);
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
  g_clear_object (&self->kind_names);
  g_clear_object (&self->severity_names);
  g_clear_object (&self->status_names);
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
  g_free (self->needle);

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
  {
    g_auto (GStrv) kinds = fh_enum_get_labels (FH_TYPE_GAP_KIND);
    g_auto (GStrv) statuses = fh_enum_get_labels (FH_TYPE_GAP_STATUS);

    self->kind_names = gtk_string_list_new ((const char *const *)kinds);
    self->severity_names = gtk_string_list_new (severity_labels);
    self->status_names = gtk_string_list_new ((const char *const *)statuses);
  }
  self->roadmap_counts =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  append_enum_labels (self->filter_kind, FH_TYPE_GAP_KIND);
  append_enum_labels (self->filter_status, FH_TYPE_GAP_STATUS);
  rebuild_capabilities (self);
  /* The width, and the type (presenting, zoom): a change of type changes the
   * columns' widths, so the adjustment's upper bound, and "changed" follows. Fitting
   * again with the same width and type changes nothing, so this settles. */
  if (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)) != NULL)
    {
      g_signal_connect_swapped (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                                "notify::page-size", G_CALLBACK (list_width_changed_cb), self);
      g_signal_connect_swapped (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                                "changed", G_CALLBACK (queue_update_columns), self);
    }
  g_signal_connect (self, "notify::presenting", G_CALLBACK (queue_update_columns), NULL);

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
