/* fh-csv.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FH_CSV_ERROR (fh_csv_error_quark ())

typedef enum
{
  FH_CSV_ERROR_INVALID, /* not UTF-8, a quote left open, a stray quote, too large */
  FH_CSV_ERROR_COLUMNS, /* no header, or columns that cannot be read */
} FhCsvError;

/* At most this many bytes and rows are read: a workshop's sheet is far smaller. */
#define FH_CSV_MAX_BYTES (8 * 1024 * 1024)
#define FH_CSV_MAX_ROWS  20000

/* One row of a CSV document (RFC 4180): its fields and the line it starts on. */
typedef struct
{
  GStrv fields;
  guint line;
} FhCsvRow;

GQuark fh_csv_error_quark (void);

char       fh_csv_detect_separator (const char *data, gsize length);
GPtrArray *fh_csv_parse (const char *data, gsize length, char separator, GError **error);
void       fh_csv_append_field (GString *out, const char *text, char separator);
void       fh_csv_append_row (GString *out, const char *const *fields, char separator);
char      *fh_csv_format_value (GParamSpec *pspec, const GValue *value);
char      *fh_csv_format_property (GObject *record, GParamSpec *pspec);
char      *fh_csv_column_name (GParamSpec *pspec);

G_END_DECLS
