/* fh-export-dialog.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-report.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_EXPORT_DIALOG (fh_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FhExportDialog, fh_export_dialog, FH, EXPORT_DIALOG, AdwWindow)

/* The report's choices (sections, paper, the roadmap's quarter range) with a preview
 * of the first pages, and the ways out: PDF, Markdown, print. Signal "add-toast"
 * (AdwToast*): a confirmation for the window to show. */

FhExportDialog *fh_export_dialog_new (GtkWindow *parent, FhStore *store);
FhReport       *fh_export_dialog_get_report (FhExportDialog *self);
FhReport       *fh_export_dialog_get_preview (FhExportDialog *self);
void fh_export_dialog_get_options (FhExportDialog *self, FhReportOptions *options, FhPaper *paper);
void
fh_export_dialog_set_section (FhExportDialog *self, FhReportSection section, gboolean included);

void     fh_export_dialog_export_pdf (FhExportDialog *self, const char *path);
void     fh_export_dialog_stop_export (FhExportDialog *self);
gboolean fh_export_dialog_is_exporting (FhExportDialog *self);

FhPaper fh_export_default_paper (void);
void
fh_export_print (GtkWindow *parent, FhStore *store, const FhReportOptions *options, FhPaper paper);
guint fh_export_print_to_file (FhStore               *store,
                               const FhReportOptions *options,
                               FhPaper                paper,
                               const char            *path,
                               GError               **error);

G_END_DECLS
