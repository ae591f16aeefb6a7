/* fh-csv-import.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-edit.h"
#include "fh-plan-models.h"

G_BEGIN_DECLS

typedef enum
{
  FH_CSV_KIND_GAPS,
  FH_CSV_KIND_USE_CASES,
  FH_CSV_KIND_GLOSSARY,
} FhCsvKind;

/* One data row of the file as it will be imported. */
typedef struct
{
  guint    row;       /* the spreadsheet's row number: the header is row 1 */
  GObject *record;    /* what will be added; NULL when the row is refused */
  char    *column;    /* refused: the column at fault, or NULL for the whole row */
  char    *reason;    /* refused: a sentence */
  gboolean duplicate; /* its title is in the plan or on an earlier row: not added */
} FhCsvImportRow;

#define FH_TYPE_CSV_IMPORT (fh_csv_import_get_type ())

/* FhCsvImport reads a CSV file of gaps, use cases or glossary terms against a plan:
 * each row as the record it becomes, or why it is refused, and the one edit that adds
 * them all. A sticky-note board's export (a "Content" or "Text" column, with
 * "Color" or "Group") is read as gaps, its colours or groups mapped to a gap kind or a
 * capability. */

G_DECLARE_FINAL_TYPE (FhCsvImport, fh_csv_import, FH, CSV_IMPORT, GObject)

gboolean              fh_csv_kind_parse (const char *text, FhCsvKind *kind);
FhCsvImport          *fh_csv_import_new (FhCsvKind           kind,
                                         const char         *data,
                                         gsize               length,
                                         char                separator,
                                         const FhPlanModels *models,
                                         GError            **error);
FhCsvKind             fh_csv_import_get_kind (FhCsvImport *self);
char                  fh_csv_import_get_separator (FhCsvImport *self);
guint                 fh_csv_import_get_n_rows (FhCsvImport *self);
const FhCsvImportRow *fh_csv_import_get_row (FhCsvImport *self, guint index);
guint                 fh_csv_import_count_added (FhCsvImport *self);
guint                 fh_csv_import_count_refused (FhCsvImport *self);
guint                 fh_csv_import_count_duplicates (FhCsvImport *self);
char                 *fh_csv_import_describe_row (FhCsvImport *self, guint index);

gboolean    fh_csv_import_is_board (FhCsvImport *self);
const char *fh_csv_import_get_map_column (FhCsvImport *self);
GStrv       fh_csv_import_get_map_columns (FhCsvImport *self);
gboolean    fh_csv_import_set_map_column (FhCsvImport *self, const char *column);
GStrv       fh_csv_import_get_map_values (FhCsvImport *self);
gboolean    fh_csv_import_set_mapping (FhCsvImport *self,
                                       const char  *value,
                                       const char  *target,
                                       GError     **error);
const char *fh_csv_import_get_mapping (FhCsvImport *self, const char *value);

FhEdit *fh_csv_import_build_edit (FhCsvImport *self);

G_END_DECLS
