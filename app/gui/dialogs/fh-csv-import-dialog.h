/* fh-csv-import-dialog.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-csv-import.h"
#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_CSV_IMPORT_DIALOG (fh_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FhCsvImportDialog, fh_csv_import_dialog, FH, CSV_IMPORT_DIALOG, AdwWindow)

FhCsvImportDialog *fh_csv_import_dialog_new (GtkWindow  *parent,
                                             FhStore    *store,
                                             FhCsvKind   kind,
                                             GBytes     *csv,
                                             const char *name,
                                             GError    **error);
FhCsvImport       *fh_csv_import_dialog_get_import (FhCsvImportDialog *self);
const char        *fh_csv_import_dialog_get_summary (FhCsvImportDialog *self);
gboolean fh_csv_import_dialog_map (FhCsvImportDialog *self, const char *value, const char *target);
void     fh_csv_import_dialog_choose (GtkWindow *parent, FhStore *store, const char *kind);

G_END_DECLS
