/* fh-application.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "fh-application.h"
#include "fh-about.h"
#include "fh-preferences-window.h"

#include "fh-cli-exchange.h"
#include "fh-cli-portfolio.h"
#include "fh-enums.h"
#include "fh-export.h"
#include "fh-portfolio-window.h"
#include "fh-summary-json.h"
#include "fh-rules.h"
#include "fh-store.h"
#include "fh-temp-file.h"
#include "fh-window.h"

/* The demo plan's file name is fixed so that start-up finds it again in any locale. */
#define DEMO_PLAN_FILE "Demo plan" FH_PLAN_EXTENSION
#define RECENT_MAX     10

struct _FhApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  FhStore   *store;
};

G_DEFINE_FINAL_TYPE (FhApplication, fh_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the plan FILE (a plan or a JSON export) as JSON to OUT, then exit"), N_("OUT") },
      { "import-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
        N_("Import the JSON file IN into the plan FILE, creating FILE if it does not exist, then exit"),
            N_("IN") },
        { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
          N_("Print the state of the plan FILE (a plan or a JSON export) as JSON: stages, open gaps, findings and costs, then exit; needs no display"),
              NULL },
          { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
            N_("Check the roadmap of the plan FILE against the start-small rules, print the findings, then exit"),
                NULL },
            { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
              N_("Write the report of the plan FILE as a PDF to OUT, then exit; needs no display"),
                  N_("OUT") },
              { "export-markdown", 0, 0, G_OPTION_ARG_FILENAME, NULL,
                N_("Write the report of the plan FILE as Markdown to OUT, then exit; needs no display"),
                    N_("OUT") },
                { "sections", 0, 0, G_OPTION_ARG_STRING, NULL,
                  N_("The report's sections, separated by commas: cover, summary, maturity, gaps, use-cases, options, value, roadmap, findings, review, scenarios, context, appendix (default: all but the appendix)"),
                      N_("LIST") },
                  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
                    N_("The PDF's paper: a4 or letter (default: the locale's)"), N_("PAPER") },
                    /* No description: the files are named by the parameter string. */
                    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
                    { NULL } };

static gboolean
export_json (const char *out, const char *path, GError **error)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GBytes) bytes = NULL;

  store = fh_store_open_any (path, error);
  if (store == NULL)
    return FALSE;

  bytes = fh_store_export_json (store, error);
  if (bytes == NULL)
    return FALSE;

  return fh_store_write_file (out, bytes, error);
}

static gboolean
import_json (const char *in, const char *path, GError **error)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GBytes) bytes = NULL;

  bytes = fh_store_read_json_file (in, error);
  if (bytes == NULL)
    return FALSE;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      store = fh_store_new_from_json (path, bytes, error);
      return store != NULL;
    }

  store = fh_store_open (path, error);
  return store != NULL && fh_store_import_json (store, bytes, error);
}

/* `foothold --check FILE`: one finding a line, like a compiler, then a count. Exits 0
 * without errors, 1 with errors, 2 when FILE cannot be read. */
static int
check_plan (const char *path)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  guint        n_errors, n_warnings;

  store = fh_store_open_any (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 2;
    }

  fh_store_get_models (store, &models);
  findings = fh_rules_check (&models);
  for (guint i = 0; i < findings->len; i++)
    {
      FhFinding *finding = findings->pdata[i];
      g_autoptr (GEnumClass) severities = g_type_class_ref (FH_TYPE_SEVERITY);
      GEnumValue *value = g_enum_get_value (severities, finding->severity);

      /* The severity and rule id stay in English: scripts match on them. */
      g_print ("%s: %s: %s: %s\n", path, value->value_nick, finding->rule_id, finding->message);
    }

  n_errors = fh_rules_count (findings, FH_SEVERITY_ERROR);
  n_warnings = fh_rules_count (findings, FH_SEVERITY_WARNING);
  g_print ("%s: ", path);
  g_print (ngettext ("%u error", "%u errors", n_errors), n_errors);
  g_print (", ");
  g_print (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);
  g_print ("\n");

  return n_errors > 0 ? 1 : 0;
}

/* `foothold --summary FILE`: the plan's state as JSON on standard output, computed by
 * the code the window and the report use. Exits 0, or 2 when FILE cannot be read. */
static int
summarize_plan (const char *path)
{
  g_autoptr (FhStore) store = NULL;
  g_autoptr (FhPlanSummary) summary = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  FhPlanModels models;
  gsize        length;
  const char  *data;

  store = fh_store_open_any (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 2;
    }

  fh_store_get_models (store, &models);
  summary = fh_plan_summary_new (&models, NULL);
  bytes = fh_summary_to_json (summary, &models);
  data = g_bytes_get_data (bytes, &length);
  fwrite (data, 1, length, stdout);
  fflush (stdout);

  return 0;
}

static FhWindow *
fh_application_find_window (FhApplication *self)
{
  /* Most recently focused first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (FH_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

static FhWindow *
fh_application_get_window (FhApplication *self)
{
  FhWindow *window = fh_application_find_window (self);

  if (window == NULL)
    window = fh_window_new (GTK_APPLICATION (self));

  return window;
}

static void
fh_application_show_error (FhApplication *self, const char *heading, const GError *error)
{
  FhWindow *window = fh_application_get_window (self);

  gtk_window_present (GTK_WINDOW (window));
  fh_window_show_error (window, heading, error->message);
}

static void
fh_application_remember (FhApplication *self, const char *path)
{
  g_auto (GStrv) recent = g_settings_get_strv (self->settings, "recent-plans");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) updated = NULL;
  guint n = 1;

  /* Settings hold UTF-8 only; a plan under another encoding is simply not listed. */
  if (!g_utf8_validate (path, -1, NULL))
    return;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < RECENT_MAX; i++)
    {
      if (g_strcmp0 (recent[i], path) != 0)
        {
          g_strv_builder_add (builder, recent[i]);
          n++;
        }
    }
  updated = g_strv_builder_end (builder);

  g_settings_set_string (self->settings, "last-plan", path);
  g_settings_set_strv (self->settings, "recent-plans", (const char *const *)updated);
}

static void
fh_application_forget (FhApplication *self, const char *path)
{
  g_auto (GStrv) recent = g_settings_get_strv (self->settings, "recent-plans");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) updated = NULL;

  for (guint i = 0; recent[i] != NULL; i++)
    {
      if (g_strcmp0 (recent[i], path) != 0)
        g_strv_builder_add (builder, recent[i]);
    }
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "recent-plans", (const char *const *)updated);
}

static void
fh_application_show (FhApplication *self, FhStore *store)
{
  FhWindow   *window = fh_application_get_window (self);
  const char *path = store != NULL ? fh_store_get_path (store) : NULL;

  /* The previous plan is saved already: every edit was committed when it was made. */
  g_set_object (&self->store, store);
  fh_window_set_store (window, store);

  if (path != NULL)
    fh_application_remember (self, path);

  gtk_window_present (GTK_WINDOW (window));
}

static gboolean
fh_application_is_open (FhApplication *self, const char *path)
{
  const char *open_path = self->store != NULL ? fh_store_get_path (self->store) : NULL;
  g_autoptr (GFile) open_file = NULL;
  g_autoptr (GFile) file = NULL;

  if (open_path == NULL)
    return FALSE;

  open_file = g_file_new_for_path (open_path);
  file = g_file_new_for_path (path);

  return g_file_equal (open_file, file);
}

static void
fh_application_open_demo (FhApplication *self)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "foothold", NULL);
  g_autofree char *path = g_build_filename (dir, DEMO_PLAN_FILE, NULL);
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      store = fh_store_open (path, &error);
    }
  else if (g_mkdir_with_parents (dir, 0700) == 0)
    {
      store = fh_store_new_demo (path, &error);
    }
  else
    {
      int saved_errno = errno;

      g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The folder “%s” could not be created (%s). Check that your home folder can be written to."),
                      dir, g_strerror (saved_errno));
    }

  if (store == NULL)
    {
      /* A demo kept in memory is more useful than an empty window. */
      g_autoptr (FhStore) fallback = fh_store_new_demo (NULL, NULL);

      fh_application_show (self, fallback);
      fh_application_show_error (self, _("Could Not Open the Demo Plan"), error);
      return;
    }

  fh_application_show (self, store);
}

static void
fh_application_open_initial (FhApplication *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-plan");
  g_autoptr (GError) error = NULL;

  if (last[0] != '\0' && fh_application_open_plan (self, last, &error))
    return;

  fh_application_open_demo (self);

  if (error != NULL)
    fh_application_show_error (self, _("Could Not Open the Last Plan"), error);
}

static GtkFileChooserNative *
file_chooser_new (FhApplication       *self,
                  const char          *title,
                  GtkFileChooserAction action,
                  const char          *accept_label)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (fh_application_find_window (self)),
                                         action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  return chooser;
}

static void
new_plan_response_cb (GtkNativeDialog *dialog, int response, FhApplication *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  chosen = file != NULL ? g_file_get_path (file) : NULL;
  if (chosen == NULL)
    goto out;

  if (g_str_has_suffix (chosen, FH_PLAN_EXTENSION))
    path = g_steal_pointer (&chosen);
  else
    path = g_strconcat (chosen, FH_PLAN_EXTENSION, NULL);

  {
    g_autofree char *currency = g_settings_get_string (self->settings, "default-currency");

    store = fh_store_new_plan_with (path, currency,
                                    g_settings_get_int (self->settings, "default-horizon"), &error);
  }
  if (store != NULL)
    {
      FhWindow *window;

      fh_application_show (self, store);
      /* A new plan is named first: its name is on the title, the screen and the cover. */
      window = fh_application_find_window (self);
      if (window != NULL)
        fh_window_show_plan_properties (window);
    }
  else
    fh_application_show_error (self, _("Could Not Create the Plan"), error);

out:
  g_object_unref (dialog);
}

static void
fh_application_new_plan (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  FhApplication        *self = user_data;
  GtkFileChooserNative *chooser;
  g_autofree char      *name = g_strconcat (_("Untitled plan"), FH_PLAN_EXTENSION, NULL);

  chooser = file_chooser_new (self, _("New Plan"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (new_plan_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fh_application_open_path (FhApplication *self, const char *path)
{
  g_autoptr (GError) error = NULL;

  if (fh_application_open_plan (self, path, &error))
    return;

  if (g_error_matches (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_FOUND))
    fh_application_forget (self, path);

  fh_application_show_error (self, _("Could Not Open the Plan"), error);
}

static void
open_response_cb (GtkNativeDialog *dialog, int response, FhApplication *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path != NULL)
        fh_application_open_path (self, path);
    }

  g_object_unref (dialog);
}

static void
fh_application_open_chooser (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  FhApplication        *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (plans, _("Foothold Plans"));
  gtk_file_filter_add_pattern (plans, "*" FH_PLAN_EXTENSION);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = file_chooser_new (self, _("Open Plan"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fh_application_open_recent (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  fh_application_open_path (FH_APPLICATION (user_data), g_variant_get_string (param, NULL));
}

static void
fh_application_about (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  FhWindow *window = fh_application_find_window (FH_APPLICATION (user_data));

  fh_about_present (GTK_WINDOW (window), window != NULL ? fh_window_get_store (window) : NULL);
}

static void
fh_application_preferences (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  FhApplication *self = FH_APPLICATION (user_data);
  GtkWidget     *preferences = fh_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                GTK_WINDOW (fh_application_find_window (self)));
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
fh_application_shortcuts (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  FhWindow *window = fh_application_find_window (FH_APPLICATION (user_data));

  /* GtkApplication loads gtk/help-overlay.ui and gives each window this action. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
fh_application_quit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Nothing to save: closing the windows lets go of the plan, and the last one ends the app. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);

  g_list_free (windows);
}

static const GActionEntry app_entries[] = {
  { "new", fh_application_new_plan },
  { "open", fh_application_open_chooser },
  { "open-recent", fh_application_open_recent, "s" },
  { "preferences", fh_application_preferences },
  { "about", fh_application_about },
  { "shortcuts", fh_application_shortcuts },
  { "quit", fh_application_quit },
};

/* SIGTERM, SIGINT or SIGHUP while a file is being written: the temporary files go,
 * then Foothold ends as the signal asks. Runs in the signal handler, so it only
 * reads fixed storage and calls async-signal-safe functions. */
static void
remove_temp_files_cb (int signo)
{
  static const char *const companions[] = { "", "-journal", "-wal", "-shm" };
  char                     path[PATH_MAX + 16];

  for (guint i = 0; i < FH_TEMP_FILE_MAX_OPEN; i++)
    {
      const char *tmp = fh_temp_file_registered (i);
      size_t      length;

      if (tmp == NULL)
        continue;
      length = strlen (tmp);
      for (guint c = 0; c < G_N_ELEMENTS (companions); c++)
        {
          size_t extra = strlen (companions[c]);

          memcpy (path, tmp, length);
          memcpy (path + length, companions[c], extra + 1);
          unlink (path);
        }
    }

  signal (signo, SIG_DFL);
  raise (signo);
}

static void
install_signal_cleanup (void)
{
  static const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      struct sigaction action = { 0 };

      action.sa_handler = remove_temp_files_cb;
      sigemptyset (&action.sa_mask);
      sigaction (signals[i], &action, NULL);
    }
}

static int
fh_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  const char             *export_out = NULL;
  const char             *import_in = NULL;
  g_autofree const char **files = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  install_signal_cleanup ();

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("foothold %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export-json", "^&ay", &export_out);
  g_variant_dict_lookup (options, "import-json", "^&ay", &import_in);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* A portfolio (fh-cli-portfolio.c); CSV, iCalendar, diff and merge (fh-cli-exchange.c). */
  {
    int status = fh_cli_portfolio_run (app, options, (const char *const *)files);

    if (status >= 0)
      return status;
    status = fh_cli_exchange_run (options, (const char *const *)files);

    if (status >= 0)
      return status;
  }

  if (g_variant_dict_contains (options, "export-pdf") ||
      g_variant_dict_contains (options, "export-markdown"))
    {
      return fh_export_command_line (options, (const char *const *)files);
    }

  if (g_variant_dict_contains (options, "summary"))
    {
      if (files == NULL || g_strv_length ((char **)files) != 1)
        {
          g_printerr ("%s\n", _("Usage: foothold --summary FILE, with exactly one plan FILE."));
          return 2;
        }

      return summarize_plan (files[0]);
    }

  if (g_variant_dict_contains (options, "check"))
    {
      if (files == NULL || g_strv_length ((char **)files) != 1)
        {
          g_printerr ("%s\n", _("Usage: foothold --check FILE, with exactly one plan FILE."));
          return 2;
        }

      return check_plan (files[0]);
    }

  if (export_out != NULL || import_in != NULL)
    {
      if ((export_out != NULL && import_in != NULL) || files == NULL ||
          g_strv_length ((char **)files) != 1)
        {
          g_printerr ("%s\n", _("Usage: foothold --export-json OUT FILE, or foothold --import-json IN FILE, with exactly one plan FILE."));
          return 2;
        }

      if (export_out != NULL)
        ok = export_json (export_out, files[0], &error);
      else
        ok = import_json (import_in, files[0], &error);

      if (!ok)
        {
          g_printerr ("foothold: %s\n", error->message);
          return 1;
        }

      return 0;
    }

  if (files != NULL)
    {
      /* Declaring the remaining arguments as an option hides them from GApplication, so
       * the files are opened here; a running Foothold receives them instead. */
      g_autoptr (GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("foothold: %s\n", error->message);
          return 1;
        }

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (gfiles->len > 0)
        g_application_open (app, (GFile **)gfiles->pdata, gfiles->len, "");
      else
        g_application_activate (app);

      return 0;
    }

  return -1;
}

static void
fh_application_startup (GApplication *app)
{
  static const char *const new_accels[] = { "<Primary>n", NULL };
  static const char *const open_accels[] = { "<Primary>o", NULL };
  static const char *const quit_accels[] = { "<Primary>q", NULL };
  static const char *const preferences_accels[] = { "<Primary>comma", NULL };
  FhApplication           *self = FH_APPLICATION (app);

  G_APPLICATION_CLASS (fh_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries),
                                   self);
  fh_portfolio_window_add_actions (GTK_APPLICATION (self));
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
}

static void
fh_application_activate (GApplication *app)
{
  FhApplication *self = FH_APPLICATION (app);
  FhWindow      *window = fh_application_find_window (self);

  if (window != NULL && fh_window_get_store (window) != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  fh_application_open_initial (self);
}

static void
fh_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  FhApplication   *self = FH_APPLICATION (app);
  FhWindow        *window;
  g_autofree char *path = g_file_get_path (files[0]);
  g_autoptr (GError) error = NULL;

  /* The window shows one plan at a time: the first file wins. */
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (files[0]);

      g_set_error (
        &error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
        _("“%s” is not a file on this computer. Copy it to a folder here, then open it."), uri);
    }
  else if (fh_application_open_plan (self, path, &error))
    {
      return;
    }

  window = fh_application_find_window (self);
  if (window == NULL || fh_window_get_store (window) == NULL)
    fh_application_open_initial (self);

  fh_application_show_error (self, _("Could Not Open the Plan"), error);
}

static void
fh_application_shutdown (GApplication *app)
{
  FhApplication *self = FH_APPLICATION (app);

  g_clear_object (&self->store);

  G_APPLICATION_CLASS (fh_application_parent_class)->shutdown (app);
}

static void
fh_application_dispose (GObject *object)
{
  FhApplication *self = FH_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fh_application_parent_class)->dispose (object);
}

static void
fh_application_class_init (FhApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = fh_application_dispose;

  app_class->handle_local_options = fh_application_handle_local_options;
  app_class->startup = fh_application_startup;
  app_class->activate = fh_application_activate;
  app_class->open = fh_application_open;
  app_class->shutdown = fh_application_shutdown;
}

static void
fh_application_init (FhApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), fh_cli_exchange_options);
  g_application_add_main_option_entries (G_APPLICATION (self), fh_cli_portfolio_options);
  g_application_add_main_option_entries (G_APPLICATION (self), fh_export_options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE]"));
  g_application_set_option_context_summary (
    G_APPLICATION (self), _("Open the plan FILE, or the last plan you had open."));
}

FhApplication *
fh_application_new (void)
{
  return g_object_new (FH_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_HANDLES_OPEN, NULL);
}

/**
 * fh_application_open_plan:
 * @self: the application
 * @path: a plan file
 * @error: where to put the store's sentence when the plan does not open
 *
 * Shows the plan at @path in the window, in place of the plan shown before.
 *
 * Returns: %TRUE if the plan is shown
 */
gboolean
fh_application_open_plan (FhApplication *self, const char *path, GError **error)
{
  g_autoptr (FhStore) store = NULL;

  g_return_val_if_fail (FH_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (fh_application_is_open (self, path))
    {
      gtk_window_present (GTK_WINDOW (fh_application_get_window (self)));
      return TRUE;
    }

  store = fh_store_open (path, error);
  if (store == NULL)
    return FALSE;

  fh_application_show (self, store);

  return TRUE;
}
