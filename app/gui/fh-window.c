/* fh-window.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-window.h"

#include "fh-gap.h"
#include "fh-roadmap-page.h"
#include "fh-discover-page.h"
#include "fh-assess-page.h"
#include "fh-review-page.h"
#include "fh-options-page.h"
#include "fh-plan-info.h"
#include "fh-export.h"
#include "fh-export-dialog.h"
#include "fh-timer.h"
#include "fh-feedback.h"

/* The sections in workshop order: the sidebar's rows and the stack's pages. */
static const char *const sections[] = { "discover", "assess", "options", "roadmap", "review" };

struct _FhWindow
{
  AdwApplicationWindow parent_instance;

  FhStore              *store;
  GSettings            *settings;
  char                 *section;
  AdwToast             *toast;   /* weak: the toast shown last */
  GtkFileChooserNative *chooser; /* the file chooser open, if any */

  AdwToastOverlay *toast_overlay;
  AdwLeaflet      *leaflet;
  GtkWidget       *content_pane;
  GtkListBox      *sidebar;
  GtkLabel        *discover_count;
  GtkLabel        *assess_count;
  GtkLabel        *options_count;
  GtkLabel        *roadmap_count;
  GtkLabel        *review_count;
  AdwWindowTitle  *window_title;
  GtkWidget       *undo_button;
  GtkWidget       *redo_button;
  GtkStack        *stack;
  GtkWidget       *discover_page;
  GMenu           *recent_menu;

  /* Share: presentation mode, zoom and the workshop timer. */
  GtkWidget      *content_header;
  FhTimer        *timer;
  GtkWidget      *timer_label;      /* the timer in the presentation bar */
  GtkWidget      *presentation_bar; /* above the content, only while presenting */
  GPtrArray      *hidden_chrome;    /* the .editing-chrome widgets presenting hid */
  GtkCssProvider *zoom_provider;
  gboolean        presenting;
};

G_DEFINE_FINAL_TYPE (FhWindow, fh_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef void (*ChooserCallback) (FhWindow *self, GFile *file);

static int
section_index (const char *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_strcmp0 (sections[i], section) == 0)
        return i;
    }

  return -1;
}

static void
fh_window_toast (FhWindow   *self,
                 const char *text,
                 const char *button_label,
                 const char *action_name)
{
  AdwToast *toast = fh_toast_new (text, FALSE);

  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
    }

  fh_window_add_toast (self, toast);
}

static char *
plan_file_stem (FhWindow *self)
{
  const char *path = fh_store_get_path (self->store);
  char       *stem;

  if (path != NULL)
    {
      stem = g_filename_display_basename (path);
      if (g_str_has_suffix (stem, FH_PLAN_EXTENSION))
        stem[strlen (stem) - strlen (FH_PLAN_EXTENSION)] = '\0';
    }
  else
    {
      stem = g_strdup (fh_plan_info_get_name (fh_store_get_info (self->store)));
    }

  /* A plan name may hold a slash, which no file name can. */
  return g_strdelimit (stem, "/", '-');
}

static void
fh_window_update_title (FhWindow *self)
{
  FhPlanInfo      *info = self->store != NULL ? fh_store_get_info (self->store) : NULL;
  const char      *name = info != NULL ? fh_plan_info_get_name (info) : NULL;
  const char      *path = self->store != NULL ? fh_store_get_path (self->store) : NULL;
  g_autofree char *basename = path != NULL ? g_filename_display_basename (path) : NULL;
  const char      *subtitle = basename;

  if (self->store == NULL)
    name = _("No Plan Open");
  else if (name == NULL || name[0] == '\0')
    name = _("Untitled plan");

  if (self->store != NULL && path == NULL)
    subtitle = _("Not saved to a file");

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static gboolean   has_property (gpointer object, const char *name);
static GtkWidget *fh_window_get_page (FhWindow *self, const char *section);

static void
fh_window_update_counts (FhWindow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  GListModel      *gaps;
  guint            n_open = 0;

  /* A Discover page with a badge of its own keeps its count itself. */
  if (has_property (fh_window_get_page (self, "discover"), "badge"))
    return;

  if (self->store == NULL)
    {
      gtk_label_set_text (self->discover_count, "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->discover_count), NULL);
      return;
    }

  gaps = fh_store_get_model (self->store, FH_COLLECTION_GAPS);
  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr (FhGap) gap = g_list_model_get_item (gaps, i);

      if (fh_gap_get_status (gap) == FH_GAP_STATUS_OPEN)
        n_open++;
    }

  text = g_strdup_printf ("%u", n_open);
  tooltip = g_strdup_printf (ngettext ("%u open gap", "%u open gaps", n_open), n_open);
  gtk_label_set_text (self->discover_count, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->discover_count), tooltip);
}

static void
fh_window_update_undo (FhWindow *self)
{
  gboolean         can_undo = self->store != NULL && fh_store_can_undo (self->store);
  gboolean         can_redo = self->store != NULL && fh_store_can_redo (self->store);
  const char      *undo_label = can_undo ? fh_store_get_undo_label (self->store) : NULL;
  const char      *redo_label = can_redo ? fh_store_get_redo_label (self->store) : NULL;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  if (undo_label != NULL && undo_label[0] != '\0')
    undo_tooltip = g_strdup_printf (_("Undo: %s"), undo_label);
  if (redo_label != NULL && redo_label[0] != '\0')
    redo_tooltip = g_strdup_printf (_("Redo: %s"), redo_label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip != NULL ? undo_tooltip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip != NULL ? redo_tooltip : _("Redo"));
}

static void
fh_window_update_recent (FhWindow *self)
{
  g_auto (GStrv) recent = g_settings_get_strv (self->settings, "recent-plans");

  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *basename = g_filename_display_basename (recent[i]);
      g_auto (GStrv) parts = NULL;
      g_autofree char *label = NULL;
      g_autoptr (GMenuItem) item = NULL;

      if (g_str_has_suffix (basename, FH_PLAN_EXTENSION))
        basename[strlen (basename) - strlen (FH_PLAN_EXTENSION)] = '\0';

      /* Menu labels take "_" as a mnemonic: double it to show it. */
      parts = g_strsplit (basename, "_", -1);
      label = g_strjoinv ("__", parts);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_menu, item);
    }

  /* An item whose action does not exist shows greyed out, which is what this one says. */
  if (recent[0] == NULL)
    g_menu_append (self->recent_menu, _("No Recent Plans"), "app.no-recent-plans");
}

static void
store_changed_cb (FhWindow *self)
{
  fh_window_update_title (self);
  fh_window_update_counts (self);
}

static void
sidebar_row_selected_cb (FhWindow *self, GtkListBoxRow *row, GtkListBox *sidebar)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (index >= 0 && index < (int)G_N_ELEMENTS (sections))
    fh_window_set_section (self, sections[index]);
}

static void
sidebar_row_activated_cb (FhWindow *self, GtkListBoxRow *row, GtkListBox *sidebar)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
back_clicked_cb (FhWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
page_add_toast_cb (FhWindow *self, AdwToast *toast, GtkWidget *page)
{
  fh_window_add_toast (self, g_object_ref (toast));
}

/* Each section's page is a widget of its own. The window speaks to it through
 * three optional parts, so a page needs no code in the window: a "store" property
 * (the plan to show), a "badge" property (the sidebar's count for the section) and
 * an "add-toast" signal (a toast for the window to show). */
static GtkWidget *
fh_window_get_page (FhWindow *self, const char *section)
{
  return gtk_stack_get_child_by_name (self->stack, section);
}

static gboolean
has_property (gpointer object, const char *name)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (object), name) != NULL;
}

static void
fh_window_connect_pages (FhWindow *self)
{
  GtkLabel *counts[] = {
    self->discover_count, self->assess_count, self->options_count,
    self->roadmap_count,  self->review_count,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (counts) == G_N_ELEMENTS (sections));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = fh_window_get_page (self, sections[i]);

      if (has_property (page, "badge"))
        g_object_bind_property (page, "badge", counts[i], "label", G_BINDING_SYNC_CREATE);
      if (g_signal_lookup ("add-toast", G_OBJECT_TYPE (page)) != 0)
        g_signal_connect_object (page, "add-toast", G_CALLBACK (page_add_toast_cb), self,
                                 G_CONNECT_SWAPPED);
    }
}

static void
fh_window_set_pages_store (FhWindow *self, FhStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = fh_window_get_page (self, sections[i]);

      if (has_property (page, "store"))
        g_object_set (page, "store", store, NULL);
    }
}

static void
chooser_response_cb (GtkNativeDialog *chooser, int response, FhWindow *self)
{
  ChooserCallback callback = g_object_get_data (G_OBJECT (chooser), "callback");
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    callback (self, file);
}

static void
fh_window_choose_file (FhWindow            *self,
                       const char          *title,
                       GtkFileChooserAction action,
                       const char          *accept_label,
                       const char          *suggested_name,
                       GtkFileFilter       *filter,
                       ChooserCallback      callback)
{
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  self->chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "callback", callback);

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested_name);

  if (filter != NULL)
    {
      g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
    }

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GtkFileFilter *
json_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("JSON Files"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");

  return filter;
}

static void
save_copy_to (FhWindow *self, GFile *file)
{
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  if (chosen == NULL)
    return;

  if (g_str_has_suffix (chosen, FH_PLAN_EXTENSION))
    path = g_steal_pointer (&chosen);
  else
    path = g_strconcat (chosen, FH_PLAN_EXTENSION, NULL);

  if (!fh_store_save_copy (self->store, path, &error))
    {
      fh_window_show_error (self, _("Could Not Save a Copy"), error->message);
      return;
    }

  basename = g_filename_display_basename (path);
  text = g_strdup_printf (_("Copy saved as “%s”"), basename);
  fh_window_toast (self, text, NULL, NULL);
}

static void
fh_window_save_copy (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow        *self = FH_WINDOW (widget);
  g_autofree char *stem = plan_file_stem (self);
  g_autofree char *copy = g_strdup_printf (_("%s (copy)"), stem);
  g_autofree char *name = g_strconcat (copy, FH_PLAN_EXTENSION, NULL);

  fh_window_choose_file (self, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                  _("_Save"), name, NULL, save_copy_to);
}

static void
import_from (FhWindow *self, GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = g_file_get_path (file);

  bytes = path != NULL ? fh_store_read_json_file (path, &error) : NULL;
  if (bytes == NULL)
    {
      if (error != NULL)
        fh_window_show_error (self, _("Could Not Read the File"), error->message);
      return;
    }

  if (!fh_store_import_json (self->store, bytes, &error))
    {
      fh_window_show_error (self, _("Could Not Import the Plan"), error->message);
      return;
    }

  fh_window_toast (self, _("Plan imported"), _("_Undo"), "win.undo");
}

static void
fh_window_import_json (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr (GtkFileFilter) filter = json_filter_new ();

  fh_window_choose_file (FH_WINDOW (widget), _("Import JSON"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                _("_Import"), NULL, filter, import_from);
}

static void
export_to (FhWindow *self, GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;

  if (path == NULL)
    return;

  bytes = fh_store_export_json (self->store, &error);
  if (bytes == NULL || !fh_store_write_file (path, bytes, &error))
    {
      fh_window_show_error (self, _("Could Not Export the Plan"), error->message);
      return;
    }

  fh_window_toast (self, _("Plan exported"), NULL, NULL);
}

static void
fh_window_export_json (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow        *self = FH_WINDOW (widget);
  g_autofree char *stem = plan_file_stem (self);
  g_autofree char *name = g_strconcat (stem, ".json", NULL);
  g_autoptr (GtkFileFilter) filter = json_filter_new ();

  fh_window_choose_file (self, _("Export JSON"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                  _("_Export"), name, filter, export_to);
}

static void
fh_window_undo (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow        *self = FH_WINDOW (widget);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || !fh_store_can_undo (self->store))
    return;

  label = g_strdup (fh_store_get_undo_label (self->store));
  if (!fh_store_undo (self->store, &error))
    {
      fh_window_show_error (self, _("Could Not Undo"), error->message);
      return;
    }

  if (label != NULL && label[0] != '\0')
    text = g_strdup_printf (_("Undone: %s"), label);
  else
    text = g_strdup (_("Undone"));

  fh_window_toast (self, text, _("_Redo"), "win.redo");
}

static void
fh_window_redo (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow        *self = FH_WINDOW (widget);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || !fh_store_can_redo (self->store))
    return;

  label = g_strdup (fh_store_get_redo_label (self->store));
  if (!fh_store_redo (self->store, &error))
    {
      fh_window_show_error (self, _("Could Not Redo"), error->message);
      return;
    }

  if (label != NULL && label[0] != '\0')
    text = g_strdup_printf (_("Redone: %s"), label);
  else
    text = g_strdup (_("Redone"));

  fh_window_toast (self, text, _("_Undo"), "win.undo");
}

/* Share: the report exports, printing, presentation mode, zoom and the
 * workshop timer. */

#define ZOOM_MIN  0.5
#define ZOOM_MAX  3.0
#define ZOOM_STEP 0.1

static void
export_dialog_toast_cb (FhWindow *self, AdwToast *toast, FhExportDialog *dialog)
{
  fh_window_add_toast (self, g_object_ref (toast));
}

static void
fh_window_export_pdf (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow       *self = FH_WINDOW (widget);
  FhExportDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = fh_export_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (export_dialog_toast_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
markdown_to (FhWindow *self, GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    return;

  if (!fh_export_markdown (self->store, path, NULL, &error))
    {
      fh_window_show_error (self, _("Could Not Export the Report"), error->message);
      return;
    }

  fh_window_toast (self, _("Report exported as Markdown"), NULL, NULL);
}

static void
fh_window_export_markdown (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow        *self = FH_WINDOW (widget);
  g_autofree char *stem = plan_file_stem (self);
  g_autofree char *name = g_strconcat (stem, ".md", NULL);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Markdown Documents"));
  gtk_file_filter_add_pattern (filter, "*.md");
  fh_window_choose_file (self, _("Export Markdown"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                  _("_Export"), name, filter, markdown_to);
}

static void
fh_window_print (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow *self = FH_WINDOW (widget);

  if (self->store != NULL)
    fh_export_print (GTK_WINDOW (self), self->store, NULL, fh_export_default_paper ());
}

static void
fh_window_update_share_actions (FhWindow *self)
{
  gboolean have_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-markdown", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", have_store);
}

static void
fh_window_update_timer_label (FhWindow *self)
{
  gboolean shown =
    self->presenting && (fh_timer_get_running (self->timer) || fh_timer_get_finished (self->timer));

  gtk_label_set_text (GTK_LABEL (self->timer_label), fh_timer_get_text (self->timer));
  gtk_widget_set_visible (self->timer_label, shown);
  /* The bar takes room from the content only when it has a timer to show. */
  gtk_widget_set_visible (self->presentation_bar, shown);
  if (fh_timer_get_finished (self->timer))
    gtk_widget_add_css_class (self->timer_label, "timer-finished");
  else
    gtk_widget_remove_css_class (self->timer_label, "timer-finished");
}

/* Presenting shows the plan, not the tools that edit it: every widget a page marks
 * with the style class "editing-chrome" (quick-add entries, filter and add bars) is
 * hidden while presenting, and exactly those that were shown come back after. */
static void
collect_editing_chrome (GtkWidget *widget, GPtrArray *found)
{
  if (gtk_widget_has_css_class (widget, "editing-chrome"))
    {
      if (gtk_widget_get_visible (widget))
        g_ptr_array_add (found, g_object_ref (widget));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_editing_chrome (child, found);
}

static void
fh_window_show_editing_chrome (FhWindow *self, gboolean shown)
{
  if (!shown)
    {
      g_ptr_array_set_size (self->hidden_chrome, 0);
      collect_editing_chrome (GTK_WIDGET (self->stack), self->hidden_chrome);
    }
  for (guint i = 0; i < self->hidden_chrome->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->hidden_chrome, i), shown);
  if (shown)
    g_ptr_array_set_size (self->hidden_chrome, 0);
}

static void
fh_window_set_presenting (FhWindow *self, gboolean presenting)
{
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;

  /* Folded, the leaflet shows the content alone: no sidebar, no separator. */
  adw_leaflet_set_can_unfold (self->leaflet, !presenting);
  if (presenting)
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  gtk_widget_set_visible (self->content_header, !presenting);

  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
      gtk_widget_add_css_class (GTK_WIDGET (self->stack), "presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
      gtk_widget_remove_css_class (GTK_WIDGET (self->stack), "presenting");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }

  fh_window_show_editing_chrome (self, !presenting);
  fh_window_update_timer_label (self);
}

static void
fh_window_present_toggle (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow *self = FH_WINDOW (widget);

  fh_window_set_presenting (self, !self->presenting);
}

static gboolean
presentation_key_cb (FhWindow              *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  int index, step;

  if (!self->presenting || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      fh_window_set_presenting (self, FALSE);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      step = 1;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      step = -1;
      break;
    default:
      return FALSE;
    }

  /* The sections in workshop order, stopping at either end. */
  index = CLAMP (section_index (self->section) + step, 0, (int)G_N_ELEMENTS (sections) - 1);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.section", "s", sections[index]);
  return TRUE;
}

static void
fh_window_apply_zoom (FhWindow *self)
{
  double zoom = CLAMP (g_settings_get_double (self->settings, "zoom"), ZOOM_MIN, ZOOM_MAX);
  g_autofree char *css = NULL;
  char             number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Relative sizes below (lists at 1.2em) scale with it, and presenting scales the
   * content by 1.6 on top: the type grows, the window's chrome does not. */
  g_ascii_formatd (number, sizeof number, "%.0f", zoom * 100);
  css = g_strdup_printf ("window.fh-window { font-size: %s%%; }\n"
                         "window.fh-window stack.presenting { font-size: 160%%; }",
                         number);
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
}

static void
fh_window_zoom (FhWindow *self, double step)
{
  double zoom = g_settings_get_double (self->settings, "zoom");

  /* Rounded to the step, so that in and out return to exactly 100 %. */
  zoom =
    step == 0 ? 1.0 : CLAMP (round ((zoom + step) / ZOOM_STEP) * ZOOM_STEP, ZOOM_MIN, ZOOM_MAX);
  g_settings_set_double (self->settings, "zoom", zoom);
}

static void
fh_window_zoom_in (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_zoom (FH_WINDOW (widget), ZOOM_STEP);
}

static void
fh_window_zoom_out (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_zoom (FH_WINDOW (widget), -ZOOM_STEP);
}

static void
fh_window_zoom_reset (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_zoom (FH_WINDOW (widget), 0);
}

static void
fh_window_class_init_share (GtkWidgetClass *widget_class)
{
  g_type_ensure (FH_TYPE_TIMER);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, timer);

  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, fh_window_export_pdf);
  gtk_widget_class_install_action (widget_class, "win.export-markdown", NULL,
                                   fh_window_export_markdown);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, fh_window_print);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, fh_window_present_toggle);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, fh_window_zoom_in);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, fh_window_zoom_out);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, fh_window_zoom_reset);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);
}

static void
fh_window_init_share (FhWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget          *plan_name = gtk_label_new (NULL);

  /* Presentation keys come first, before a focused list can take Page Down. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (presentation_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->hidden_chrome = g_ptr_array_new_with_free_func (g_object_unref);

  /* While presenting, the header bar is hidden and the timer shows in a slim bar of
   * its own above the content, beside the plan's name: it covers no control. */
  self->timer_label = gtk_label_new (NULL);
  gtk_widget_set_can_target (self->timer_label, FALSE);
  gtk_widget_add_css_class (self->timer_label, "presentation-timer");
  gtk_widget_add_css_class (self->timer_label, "osd");
  gtk_widget_add_css_class (self->timer_label, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Workshop timer"), -1);
  gtk_widget_set_tooltip_text (self->timer_label, _("Time left on the workshop timer"));
  gtk_widget_set_visible (self->timer_label, FALSE);

  gtk_label_set_ellipsize (GTK_LABEL (plan_name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (plan_name), 0);
  gtk_widget_add_css_class (plan_name, "presentation-title");
  g_object_bind_property (self->window_title, "title", plan_name, "label", G_BINDING_SYNC_CREATE);

  self->presentation_bar = gtk_center_box_new ();
  gtk_widget_add_css_class (self->presentation_bar, "presentation-bar");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (self->presentation_bar), plan_name);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (self->presentation_bar), self->timer_label);
  gtk_widget_set_visible (self->presentation_bar, FALSE);
  gtk_box_insert_child_after (GTK_BOX (self->content_pane), self->presentation_bar,
                              self->content_header);
  g_signal_connect_object (self->timer, "notify::text", G_CALLBACK (fh_window_update_timer_label),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::finished",
                           G_CALLBACK (fh_window_update_timer_label), self, G_CONNECT_SWAPPED);

  /* Zoom, kept across starts. */
  self->zoom_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->zoom_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fh-window");
  g_signal_connect_object (self->settings, "changed::zoom", G_CALLBACK (fh_window_apply_zoom), self,
                           G_CONNECT_SWAPPED);
  fh_window_apply_zoom (self);

  g_signal_connect (self, "notify::store", G_CALLBACK (fh_window_update_share_actions), NULL);
  fh_window_update_share_actions (self);
}

static void
fh_window_dispose_share (FhWindow *self)
{
  if (self->zoom_provider != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->zoom_provider));
  g_clear_object (&self->zoom_provider);
  g_clear_pointer (&self->hidden_chrome, g_ptr_array_unref);
}

static void
fh_window_unrealize (GtkWidget *widget)
{
  FhWindow *self = FH_WINDOW (widget);
  int       width, height;

  /* The size the window would have when not maximized, for the next start. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  GTK_WIDGET_CLASS (fh_window_parent_class)->unrealize (widget);
}

static void
fh_window_dispose (GObject *object)
{
  FhWindow *self = FH_WINDOW (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_weak_pointer (&self->toast);
  fh_window_dispose_share (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fh_window_parent_class)->dispose (object);
}

static void
fh_window_finalize (GObject *object)
{
  FhWindow *self = FH_WINDOW (object);

  g_free (self->section);

  G_OBJECT_CLASS (fh_window_parent_class)->finalize (object);
}

static void
fh_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhWindow *self = FH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhWindow *self = FH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_window_set_store (self, g_value_get_object (value));
      break;
    case PROP_SECTION:
      fh_window_set_section (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_window_class_init (FhWindowClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fh_window_dispose;
  object_class->finalize = fh_window_finalize;
  object_class->get_property = fh_window_get_property;
  object_class->set_property = fh_window_set_property;

  widget_class->unrealize = fh_window_unrealize;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE, flags);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, sections[0], flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FH_TYPE_OPTIONS_PAGE);
  g_type_ensure (FH_TYPE_ROADMAP_PAGE);
  g_type_ensure (FH_TYPE_DISCOVER_PAGE);
  g_type_ensure (FH_TYPE_ASSESS_PAGE);
  g_type_ensure (FH_TYPE_REVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FhWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, discover_count);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, assess_count);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, options_count);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, roadmap_count);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, review_count);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, discover_page);
  gtk_widget_class_bind_template_child (widget_class, FhWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, fh_window_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, fh_window_redo);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, fh_window_save_copy);
  gtk_widget_class_install_action (widget_class, "win.import-json", NULL, fh_window_import_json);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, fh_window_export_json);
  gtk_widget_class_install_property_action (widget_class, "win.section", "section");
  fh_window_class_init_share (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-copy", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.section",
                                         "s", sections[i]);
}

static void
fh_window_init (FhWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fh_window_connect_pages (self);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "section", self, "section", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::recent-plans",
                           G_CALLBACK (fh_window_update_recent), self, G_CONNECT_SWAPPED);

  /* The saved section may name one this version does not have. */
  if (self->section == NULL)
    fh_window_set_section (self, sections[0]);

  fh_window_init_share (self);
  fh_window_update_recent (self);
  fh_window_update_title (self);
  fh_window_update_counts (self);
  fh_window_update_undo (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-json", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-json", FALSE);
}

/**
 * fh_window_new:
 * @application: (nullable): the application
 *
 * Returns: (transfer none): a new window with no plan
 */
FhWindow *
fh_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (FH_TYPE_WINDOW, "application", application, NULL);
}

FhStore *
fh_window_get_store (FhWindow *self)
{
  g_return_val_if_fail (FH_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * fh_window_set_store:
 * @self: the window
 * @store: (nullable): the plan to show
 *
 * Shows @store in the window, in place of the plan shown before.
 */
void
fh_window_set_store (FhWindow *self, FhStore *store)
{
  gboolean have_store = store != NULL;

  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* An Undo button must never reach into the plan shown next. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
      g_signal_connect_swapped (store, "notify::can-undo", G_CALLBACK (fh_window_update_undo),
                                self);
      g_signal_connect_swapped (store, "notify::can-redo", G_CALLBACK (fh_window_update_undo),
                                self);
      g_signal_connect_swapped (store, "notify::undo-label", G_CALLBACK (fh_window_update_undo),
                                self);
      g_signal_connect_swapped (store, "notify::redo-label", G_CALLBACK (fh_window_update_undo),
                                self);
    }

  fh_window_set_pages_store (self, store);
  fh_window_update_title (self);
  fh_window_update_counts (self);
  fh_window_update_undo (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-json", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-json", have_store);

  /* In a workshop the first thing typed into a plan is a gap. */
  if (have_store && g_strcmp0 (self->section, "discover") == 0)
    gtk_widget_grab_focus (self->discover_page);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
fh_window_get_section (FhWindow *self)
{
  g_return_val_if_fail (FH_IS_WINDOW (self), NULL);

  return self->section;
}

/**
 * fh_window_set_section:
 * @self: the window
 * @section: "discover", "assess", "options", "roadmap" or "review"
 *
 * Shows @section. An unknown name changes nothing, so that a section saved by another
 * version cannot break the window.
 */
void
fh_window_set_section (FhWindow *self, const char *section)
{
  int index;

  g_return_if_fail (FH_IS_WINDOW (self));

  index = section_index (section);
  if (index < 0)
    return;

  /* In a narrow window the sidebar and the content take turns: choosing a section
   * (Alt+1…5 included) shows its content. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  if (g_strcmp0 (self->section, section) == 0)
    return;

  g_free (self->section);
  self->section = g_strdup (sections[index]);

  gtk_stack_set_visible_child_name (self->stack, self->section);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, index));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * fh_window_add_toast:
 * @self: the window
 * @toast: (transfer full): the toast
 *
 * Shows @toast in place of the one shown before, so that a quick series of edits does
 * not queue a toast for each.
 */
void
fh_window_add_toast (FhWindow *self, AdwToast *toast)
{
  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);

  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * fh_window_show_error:
 * @self: the window
 * @heading: what failed, as a title
 * @message: the sentence that says why and what to do, shown as plain text
 *
 * Shows a failure that the user has to read, such as a plan that does not open.
 */
void
fh_window_show_error (FhWindow *self, const char *heading, const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (message != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), heading);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}
