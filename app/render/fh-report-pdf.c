/* fh-report-pdf.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "fh-report.h"

#include "fh-plan-info.h"

/* The PDF goes to a stream the caller opened: where it lands, and how a file is
 * written safely, is not the report's business. */
typedef struct
{
  GOutputStream *stream;
  GError        *error; /* the stream's first refusal */
} Sink;

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->error == NULL &&
      g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_SUCCESS;

  return CAIRO_STATUS_WRITE_ERROR;
}

static void
set_metadata (FhReport *self, cairo_surface_t *surface, const char *name)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *subject =
    g_strdup_printf (_("MLOps adoption plan: maturity, gaps, options and roadmap of “%s”"), name);
  g_autofree char *creator = g_strdup_printf ("Foothold %s", PACKAGE_VERSION);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/**
 * fh_report_write_pdf:
 * @self: the report
 * @stream: where the PDF goes
 * @error: says why it did not
 *
 * Writes the report to @stream as a PDF with the plan's name as its title. On
 * failure @stream may hold part of a PDF; the caller discards it.
 *
 * Returns: %TRUE if @stream holds the whole report
 */
gboolean
fh_report_write_pdf (FhReport *self, GOutputStream *stream, GError **error)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;
  double           width, height;
  guint            n;
  FhPlanInfo      *info;
  Sink             sink = { stream, NULL };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  n = fh_report_get_n_pages (self);
  if (n == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The report has no pages. Choose at least one section."));
      return FALSE;
    }

  info = fh_report_get_plan_info (self);
  fh_report_get_page_size (self, 0, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, width, height);
  set_metadata (self, surface, info != NULL ? fh_plan_info_get_name (info) : "");
  cr = cairo_create (surface);

  for (guint page = 0; page < n; page++)
    {
      fh_report_get_page_size (self, page, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      fh_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the report: %s."), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
