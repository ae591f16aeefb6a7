/* fh-about.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "fh-about.h"

#define FH_WEBSITE   "https://github.com/foothold/foothold"
#define FH_ISSUE_URL "https://github.com/foothold/foothold/issues"

static char *
debug_info (FhStore *store)
{
  g_autofree char *engine = fh_store_describe_engine ();
  const char      *path = store != NULL ? fh_store_get_path (store) : NULL;
  GString         *info = g_string_new (NULL);

  g_string_append_printf (info, "Foothold %s (%s)\n\n", PACKAGE_VERSION, APP_ID);
  g_string_append_printf (info, "GLib %u.%u.%u\n", glib_major_version, glib_minor_version,
                          glib_micro_version);
  g_string_append_printf (info, "GTK %u.%u.%u\n", gtk_get_major_version (),
                          gtk_get_minor_version (), gtk_get_micro_version ());
  g_string_append_printf (info, "libadwaita %u.%u.%u\n", adw_get_major_version (),
                          adw_get_minor_version (), adw_get_micro_version ());
  g_string_append (info, engine);
  g_string_append_printf (info, "\nGDK backend: %s\n",
                          G_OBJECT_TYPE_NAME (gdk_display_get_default ()));
  g_string_append_printf (info, "Locale: %s\n", setlocale (LC_MESSAGES, NULL));
  g_string_append_printf (info, "Plan: %s\n", path != NULL ? path : "(in memory)");
  return g_string_free (info, FALSE);
}

void
fh_about_present (GtkWindow *parent, FhStore *store)
{
  GtkWidget       *about = adw_about_window_new ();
  g_autofree char *debug = debug_info (store);

  g_object_set (
    about, "transient-for", parent, "modal", TRUE, "application-name",
    _("Foothold"), "application-icon", APP_ID, "version", PACKAGE_VERSION, "developer-name",
      _("The Foothold developers"), "comments",
        _("Plan how your team adopts MLOps: record where today’s process falls short, compare ways "
      "to close each gap with their full costs, and climb the maturity stages one step at a "
      "time."),
          "website", FH_WEBSITE, "issue-url", FH_ISSUE_URL, "support-url", FH_ISSUE_URL,
          "copyright",
          _("© 2026 The Foothold developers"), "license-type", GTK_LICENSE_GPL_3_0,
            "translator-credits",
            /* Translators: your names, one per line, as shown in the About window. */
            _("translator-credits"), "release-notes-version", PACKAGE_VERSION, "release-notes",
              /* Translators: the release notes, as in the AppStream metainfo; keep the <p> tags. */
              _("<p>First release: gaps, use cases and metrics, quarterly assessments, options with "
      "total cost of ownership, a checked roadmap, and PDF reports.</p>"),
                 "debug-info", debug, "debug-info-filename", "foothold-debug-info.txt", NULL);
  gtk_window_present (GTK_WINDOW (about));
}
