/* fh-export.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-report.h"
#include "fh-store.h"

G_BEGIN_DECLS

/* Writing the report of an open plan, from the window and the command line alike. */

gboolean      fh_export_report_pdf (FhReport *report, const char *out, GError **error);
gboolean      fh_export_pdf (FhStore               *store,
                             const char            *out,
                             const FhReportOptions *options,
                             FhPaper                paper,
                             GError               **error);
gboolean      fh_export_markdown (FhStore               *store,
                                  const char            *out,
                                  const FhReportOptions *options,
                                  GError               **error);
GAsyncResult *fh_export_pdf_async (FhStore               *store,
                                   const char            *out,
                                   const FhReportOptions *options,
                                   FhPaper                paper,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               data);
gboolean      fh_export_pdf_finish (GAsyncResult *result, GError **error);
void          fh_export_pdf_get_progress (GAsyncResult *result, guint *page, guint *n_pages);

extern const GOptionEntry fh_export_options[];

int fh_export_command_line (GVariantDict *dict, const char *const *files);

G_END_DECLS
