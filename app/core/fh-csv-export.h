/* fh-csv-export.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-plan-models.h"

G_BEGIN_DECLS

typedef enum
{
  FH_CSV_EXPORT_GAPS,
  FH_CSV_EXPORT_USE_CASES,
  FH_CSV_EXPORT_ROADMAP,
  FH_CSV_EXPORT_FINDINGS,
} FhCsvExportKind;

gboolean fh_csv_export_kind_parse (const char *text, FhCsvExportKind *kind);
GBytes  *fh_csv_export (const FhPlanModels *models, FhCsvExportKind kind, gboolean bom);
GBytes  *fh_ical_export (const FhPlanModels *models, GDateTime *stamp);
char    *fh_ical_fold (const char *line);
char    *fh_ical_escape (const char *text);

G_END_DECLS
