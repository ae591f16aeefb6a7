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
#include <string.h>

#include "fh-report.h"

#include "fh-plan-info.h"

static void
set_metadata (FhReport *self, cairo_surface_t *surface, const char *name)
{
  FhPlanInfo *info = fh_report_get_plan_info (self);
  const char *organisation = info != NULL ? fh_plan_info_get_organisation (info) : NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *subject =
    g_strdup_printf (_("MLOps adoption plan: maturity, gaps, options and roadmap of “%s”"), name);
  g_autofree char *creator = g_strdup_printf ("Foothold %s", PACKAGE_VERSION);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  if (organisation != NULL && organisation[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, organisation);
}

/* The outline (bookmarks): every section, its subsections and the timeline's tiles. */
static void
add_outline (FhReport *self, cairo_surface_t *surface)
{
  int         parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                             CAIRO_PDF_OUTLINE_ROOT };
  const char *text;
  int         level;
  guint       page;
  double      y;

  for (guint i = 0; (text = fh_report_get_mark (self, i, &level, &page, &y)) != NULL; i++)
    {
      g_autofree char *link = NULL;
      char             pos[G_ASCII_DTOSTR_BUF_SIZE];
      int              id;

      level = CLAMP (level, 1, 3);
      g_ascii_formatd (pos, sizeof pos, "%.1f", y);
      link = g_strdup_printf ("page=%u pos=[0 %s]", page + 1, pos);
      /* A tile hangs under the subsection or section above it. */
      id = cairo_pdf_surface_add_outline (surface, parents[level - 1], text, link,
                                          level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      for (int l = level; l < 4; l++)
        parents[l] = id;
    }
}

/* Cairo 1.16 writes no /Lang, so the document's language is added the way PDF
 * allows any change to a finished file (ISO 32000-1, 7.5.6): an incremental update
 * that appends a new version of the catalog with /Lang, a cross-reference section for
 * it and a trailer pointing back to the original one. */
static gboolean
find_number (const char *text, const char *key, const char *end, guint64 *value)
{
  const char *at = g_strstr_len (text, end - text, key);

  if (at == NULL)
    return FALSE;
  *value = g_ascii_strtoull (at + strlen (key), NULL, 10);
  return TRUE;
}

static const char *
find_last (const char *data, gsize len, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = len >= n ? len - n + 1 : 0; i > 0; i--)
    {
      if (memcmp (data + i - 1, needle, n) == 0)
        return data + i - 1;
    }
  return NULL;
}

static const char *
find_first (const char *data, gsize len, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return data + i;
    }
  return NULL;
}

static GByteArray *
set_language (GByteArray *pdf, const char *language)
{
  const char      *data = (const char *)pdf->data;
  const char      *end = data + pdf->len;
  const char      *trailer = find_last (data, pdf->len, "trailer");
  const char      *startxref = find_last (data, pdf->len, "startxref");
  g_autofree char *header = NULL;
  g_autoptr (GString) update = NULL;
  guint64     root, size, info = 0, prev;
  gboolean    has_info;
  const char *object, *dict, *p;
  int         depth = 0;
  gsize       offset;

  if (trailer == NULL || startxref == NULL || !find_number (trailer, "/Root ", end, &root) ||
      !find_number (trailer, "/Size ", end, &size))
    return pdf;
  has_info = find_number (trailer, "/Info ", end, &info);
  prev = g_ascii_strtoull (startxref + strlen ("startxref"), NULL, 10);

  header = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 0 obj", root);
  /* The last definition of the catalog: its streams hold bytes of any value, NUL too. */
  object = find_last (data, pdf->len, header);
  dict = object != NULL ? find_first (object, end - object, "<<") : NULL;
  if (dict == NULL)
    return pdf;
  for (p = dict; p + 1 < end; p++)
    {
      if (p[0] == '<' && p[1] == '<')
        depth++, p++;
      else if (p[0] == '>' && p[1] == '>')
        {
          p++;
          if (--depth == 0)
            break;
        }
    }
  if (depth != 0)
    return pdf;

  update = g_string_new (NULL);
  offset = pdf->len + 1;
  g_string_append_printf (update, "\n%" G_GUINT64_FORMAT " 0 obj\n", root);
  g_string_append_len (update, dict, p - 1 - dict);
  g_string_append_printf (update, " /Lang (%s)\n>>\nendobj\n", language);
  {
    gsize xref = pdf->len + update->len;

    g_string_append_printf (
      update, "xref\n%" G_GUINT64_FORMAT " 1\n%010" G_GSIZE_FORMAT " 00000 n \n", root, offset);
    g_string_append_printf (
      update, "trailer\n<< /Size %" G_GUINT64_FORMAT "\n   /Root %" G_GUINT64_FORMAT " 0 R\n", size,
      root);
    if (has_info)
      g_string_append_printf (update, "   /Info %" G_GUINT64_FORMAT " 0 R\n", info);
    g_string_append_printf (
      update, "   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", prev,
      xref);
  }
  g_byte_array_append (pdf, (const guint8 *)update->str, update->len);
  return pdf;
}

/* A language tag goes into a PDF string as it is: letters, digits and '-' only. */
static gboolean
language_is_safe (const char *language)
{
  if (language == NULL || language[0] == '\0' || strlen (language) > 35)
    return FALSE;
  for (const char *p = language; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static cairo_status_t
memory_write_cb (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
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
  return fh_report_write_pdf_full (self, stream, NULL, NULL, NULL, error);
}

/**
 * fh_report_write_pdf_full:
 * @self: the report
 * @stream: where the PDF goes
 * @progress: (nullable): called after each page
 * @data: for @progress
 * @cancellable: (nullable): stops the export between pages
 * @error: says why it did not
 *
 * As fh_report_write_pdf(), with progress and cancelling; may run in a thread of its
 * own while nothing changes the plan's models. The PDF is made in memory and written
 * to @stream whole, with its outline, metadata and language.
 *
 * Returns: %TRUE if @stream holds the whole report
 */
gboolean
fh_report_write_pdf_full (FhReport            *self,
                          GOutputStream       *stream,
                          FhReportProgressFunc progress,
                          gpointer             data,
                          GCancellable        *cancellable,
                          GError             **error)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;
  double           width, height;
  guint            n;
  FhPlanInfo      *info;
  gboolean         stopped = FALSE;
  g_autoptr (GByteArray) pdf = g_byte_array_new ();

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
  surface = cairo_pdf_surface_create_for_stream (memory_write_cb, pdf, width, height);
  set_metadata (self, surface, info != NULL ? fh_plan_info_get_name (info) : "");
  add_outline (self, surface);
  cr = cairo_create (surface);

  for (guint page = 0; page < n && !stopped; page++)
    {
      fh_report_get_page_size (self, page, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      fh_report_draw_page (self, cr, page);
      cairo_show_page (cr);
      if ((progress != NULL && !progress (page + 1, n, data)) ||
          g_cancellable_is_cancelled (cancellable))
        stopped = TRUE;
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (stopped)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled."));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the report: %s."), cairo_status_to_string (status));
      return FALSE;
    }

  if (language_is_safe (fh_report_get_language (self)))
    pdf = set_language (pdf, fh_report_get_language (self));

  return g_output_stream_write_all (stream, pdf->data, pdf->len, NULL, cancellable, error);
}
