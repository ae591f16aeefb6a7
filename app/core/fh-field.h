/* fh-field.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a record property holds beyond its GType, so that validation, storage, JSON
 * and the views treat every record type alike. Kept as qdata on the GParamSpec. */
typedef enum
{
  FH_FIELD_PLAIN,    /* no extra meaning */
  FH_FIELD_SHORT,    /* one-line text, at most FH_FIELD_SHORT_MAX characters */
  FH_FIELD_LONG,     /* multi-line text, at most FH_FIELD_LONG_MAX characters */
  FH_FIELD_SLUG,     /* [a-z0-9-], 1–64 characters */
  FH_FIELD_DATE,     /* YYYY-MM-DD or empty */
  FH_FIELD_CURRENCY, /* ISO 4217 code: three capital letters */
  FH_FIELD_QUARTER,  /* int: year * 4 + quarter - 1, 0 = unset */
  FH_FIELD_MONEY,    /* int64 minor units, 0 … FH_MONEY_MAX */
} FhFieldKind;

#define FH_FIELD_SHORT_MAX 500
#define FH_FIELD_LONG_MAX  20000
#define FH_MONEY_MAX       G_GINT64_CONSTANT (1000000000000)

#define FH_FIELD_ERROR (fh_field_error_quark ())

typedef enum
{
  FH_FIELD_ERROR_INVALID,
} FhFieldError;

GQuark fh_field_error_quark (void);

GParamSpec *fh_field_mark (GParamSpec *pspec, FhFieldKind kind, gboolean required);
FhFieldKind fh_field_get_kind (GParamSpec *pspec);
gboolean    fh_field_is_required (GParamSpec *pspec);
const char *fh_field_get_label (GParamSpec *pspec);
gboolean    fh_field_validate (GParamSpec *pspec, const GValue *value, GError **error);
gboolean
fh_field_validate_text (FhFieldKind kind, gboolean required, const char *text, GError **error);

/* Setters for record classes' set_property(): they change the field and notify only
 * when the value really changes. A NULL string is stored as "". */
void fh_field_set_string (GObject *object, char **field, const char *value, GParamSpec *pspec);
void fh_field_set_int (GObject *object, int *field, int value, GParamSpec *pspec);
void fh_field_set_int64 (GObject *object, gint64 *field, gint64 value, GParamSpec *pspec);
void fh_field_set_double (GObject *object, double *field, double value, GParamSpec *pspec);
void fh_field_set_boolean (GObject *object, gboolean *field, gboolean value, GParamSpec *pspec);

G_END_DECLS
