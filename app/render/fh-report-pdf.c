/* fh-report-pdf.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-render"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh-report.h"

#include "fh-plan-info.h"
#include "fh-temp-file.h"

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->saved_errno = n < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= n;
    }

  return CAIRO_STATUS_SUCCESS;
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

static gboolean
draw_pdf (FhReport *self, Sink *sink, const char *name, const char *display_path, GError **error)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;
  double           width, height;
  guint            n = fh_report_get_n_pages (self);

  if (n == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The report has no pages. Choose at least one section."));
      return FALSE;
    }

  fh_report_get_page_size (self, 0, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, width, height);
  set_metadata (self, surface, name);
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

  if (status != CAIRO_STATUS_SUCCESS)
    {
      if (sink->saved_errno != 0)
        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (sink->saved_errno),
                     _("Could not write “%s”: %s. Check that the disk has room."), display_path,
                        g_strerror (sink->saved_errno));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not draw the report: %s."), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * fh_report_write_pdf:
 * @self: the report
 * @path: where the PDF goes
 * @error: says why it did not
 *
 * Writes the report as a PDF with the plan's name as its title. The file is written
 * beside @path under Foothold's temporary name (fh-temp-file.h) and renamed over
 * @path only when complete, so a failure never leaves a half-written file at @path
 * (nor changes one there already). A file replaced keeps its permissions, and a
 * symbolic link is written through to the file it names.
 *
 * Returns: %TRUE if @path holds the report
 */
gboolean
fh_report_write_pdf (FhReport *self, const char *path, GError **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  g_autofree char *target = NULL;
  FhPlanInfo      *info;
  const char      *name;
  Sink             sink = { -1, 0 };
  int              saved_errno;
  GStatBuf         st;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  target = g_strdup (path);
  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      char *resolved = realpath (path, NULL);

      if (resolved == NULL)
        {
          saved_errno = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("“%s” is a symbolic link that leads to no file (%s). Foothold writes "
                         "through links to the file they name; choose another name."),
                          display, g_strerror (saved_errno));
          return FALSE;
        }
      g_free (target);
      target = g_strdup (resolved);
      free (resolved);
    }

  tmp = fh_temp_file_template (target);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      saved_errno = errno;
      g_set_error (
        error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
        _("Could not write “%s”: %s. Check that the folder exists and can be written to."),
           display, g_strerror (saved_errno));
      return FALSE;
    }
  fh_temp_file_register (tmp);

  /* An existing file keeps its permissions: a private report stays private. */
  if (g_stat (target, &st) == 0 && fchmod (sink.fd, st.st_mode & 07777) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
      goto fail;
    }

  info = fh_report_get_plan_info (self);
  name = info != NULL ? fh_plan_info_get_name (info) : "";

  if (!draw_pdf (self, &sink, name, display, error))
    goto fail;

  if (fsync (sink.fd) != 0 || close (sink.fd) != 0)
    {
      saved_errno = errno;
      sink.fd = -1;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s. Check that the disk has room."), display,
                      g_strerror (saved_errno));
      goto fail;
    }
  sink.fd = -1;

  if (g_rename (tmp, target) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
      goto fail;
    }

  fh_temp_file_forget (tmp);
  return TRUE;

fail:
  if (sink.fd >= 0)
    close (sink.fd);
  g_unlink (tmp);
  fh_temp_file_forget (tmp);
  return FALSE;
}
