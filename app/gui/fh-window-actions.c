/* fh-window-actions.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fh-window-private.h"

#include "fh-confirm.h"
#include "fh-csv-import-dialog.h"
#include "fh-export-dialog.h"
#include "fh-export.h"
#include "fh-plan-info.h"
#include "fh-plan-properties.h"

/* The window's actions on the plan it shows: undo and redo, a copy, JSON in and out,
 * and the report's exports and printing. */

typedef void (*ChooserCallback) (FhWindow *self, GFile *file);

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
replace_confirmed (GtkWidget *widget, gpointer data)
{
  FhWindow *self = FH_WINDOW (widget);
  GBytes   *bytes = data;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!fh_store_import_json (self->store, bytes, &error))
    {
      fh_window_show_error (self, _("Could Not Import the Plan"), error->message);
      return;
    }

  fh_window_toast (self, _("Plan replaced with the JSON file"), _("_Undo"), "win.undo");
}

/**
 * fh_window_replace_with_json:
 * @self: the window
 * @path: a JSON plan
 *
 * Reads @path and asks before the open plan is replaced with it: the dialog names the
 * plan whose content is lost and the file that replaces it. A file that cannot be read
 * says why and changes nothing.
 */
void
fh_window_replace_with_json (FhWindow *self, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *body = NULL;
  const char      *name;

  g_return_if_fail (FH_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL)
    return;

  bytes = fh_store_read_json_file (path, &error);
  if (bytes == NULL)
    {
      if (error != NULL)
        fh_window_show_error (self, _("Could Not Read the File"), error->message);
      return;
    }

  name = fh_plan_info_get_name (fh_store_get_info (self->store));
  if (name == NULL || name[0] == '\0')
    name = _("Untitled plan");
  basename = g_filename_display_basename (path);
  /* Translators: the first %s is the open plan's name, the second a file name. */
  body = g_strdup_printf (_("Everything in “%s” — its gaps, use cases, assessments, options "
                            "and roadmap — is replaced by the plan in “%s”. Undo brings it back."),
                             name, basename);
  fh_confirm (GTK_WIDGET (self), _("Replace the Plan?"), body,
                                    _("_Replace Plan"), replace_confirmed,
                                       g_steal_pointer (&bytes), (GDestroyNotify)g_bytes_unref);
}

static void
import_from (FhWindow *self, GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    fh_window_replace_with_json (self, path);
}

static void
fh_window_import_json (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr (GtkFileFilter) filter = json_filter_new ();

  fh_window_choose_file (FH_WINDOW (widget), _("Replace Plan with JSON"),
                                                GTK_FILE_CHOOSER_ACTION_OPEN,
                                                _("_Open"), NULL, filter, import_from);
}

/* CSV import (fh-csv-import-dialog.c): the parameter is the kind of records. */
static void
fh_window_import_csv (GtkWidget *widget, const char *action_name, GVariant *param)
{
  FhWindow *self = FH_WINDOW (widget);

  if (self->store != NULL)
    fh_csv_import_dialog_choose (GTK_WINDOW (self), self->store,
                                 g_variant_get_string (param, NULL));
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

/**
 * fh_window_show_plan_properties:
 * @self: the window
 *
 * Opens the plan's properties (name, organisation, quarters, money settings).
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL without a plan
 */
GtkWindow *
fh_window_show_plan_properties (FhWindow *self)
{
  FhPlanProperties *dialog;

  g_return_val_if_fail (FH_IS_WINDOW (self), NULL);

  if (self->store == NULL)
    return NULL;

  dialog = fh_plan_properties_new (GTK_WINDOW (self), self->store);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
fh_window_plan_properties (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_window_show_plan_properties (FH_WINDOW (widget));
}

/* A file just written (the export toast's "Open"), in the application the desktop
 * opens it with. */
static void
fh_window_open_uri (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (param, NULL), NULL, &error))
    fh_window_show_error (FH_WINDOW (widget), _("Could Not Open the File"), error->message);
}

/* The workshop timer's keys work in every section and while presenting, when its
 * header button is hidden. */
static void
fh_window_timer_toggle (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_timer_toggle (FH_WINDOW (widget)->timer);
}

static void
fh_window_timer_add_minute (GtkWidget *widget, const char *action_name, GVariant *param)
{
  fh_timer_add_minute (FH_WINDOW (widget)->timer);
}

/* Every action on the plan needs one. */
void
fh_window_update_actions (FhWindow *self)
{
  static const char *const plan_actions[] = {
    "win.save-copy",       "win.import-json", "win.export-json",     "win.export-pdf",
    "win.export-markdown", "win.print",       "win.plan-properties",
  };
  gboolean         can_undo = self->store != NULL && fh_store_can_undo (self->store);
  gboolean         can_redo = self->store != NULL && fh_store_can_redo (self->store);
  const char      *undo_label = can_undo ? fh_store_get_undo_label (self->store) : NULL;
  const char      *redo_label = can_redo ? fh_store_get_redo_label (self->store) : NULL;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (plan_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), plan_actions[i], self->store != NULL);

  if (undo_label != NULL && undo_label[0] != '\0')
    undo_tooltip = g_strdup_printf (_("Undo: %s"), undo_label);
  if (redo_label != NULL && redo_label[0] != '\0')
    redo_tooltip = g_strdup_printf (_("Redo: %s"), redo_label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip != NULL ? undo_tooltip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip != NULL ? redo_tooltip : _("Redo"));
}

void
fh_window_dispose_actions (FhWindow *self)
{
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
}

void
fh_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, fh_window_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, fh_window_redo);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, fh_window_save_copy);
  gtk_widget_class_install_action (widget_class, "win.import-json", NULL, fh_window_import_json);
  gtk_widget_class_install_action (widget_class, "win.import-csv", "s", fh_window_import_csv);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, fh_window_export_json);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, fh_window_export_pdf);
  gtk_widget_class_install_action (widget_class, "win.export-markdown", NULL,
                                   fh_window_export_markdown);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, fh_window_print);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", fh_window_open_uri);
  gtk_widget_class_install_action (widget_class, "win.plan-properties", NULL,
                                   fh_window_plan_properties);
  gtk_widget_class_install_action (widget_class, "win.timer-toggle", NULL, fh_window_timer_toggle);
  gtk_widget_class_install_action (widget_class, "win.timer-add-minute", NULL,
                                   fh_window_timer_add_minute);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK,
                                       "win.plan-properties", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.timer-toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.timer-add-minute", NULL);
}
