/* fh-record-form.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fh-store.h"

G_BEGIN_DECLS

#define FH_TYPE_RECORD_FORM (fh_record_form_get_type ())

G_DECLARE_FINAL_TYPE (FhRecordForm, fh_record_form, FH, RECORD_FORM, AdwBin)

/* How a field's text is read and shown. Money is the property's integer minor units
 * of the plan's currency (no decimals in JPY); a percent is a double, shown and
 * read as a plain number within the property's range. */
typedef enum
{
  FH_RECORD_FORM_TEXT,
  FH_RECORD_FORM_LONG_TEXT,
  FH_RECORD_FORM_NUMBER,
  FH_RECORD_FORM_MONEY,
  FH_RECORD_FORM_PERCENT,
  FH_RECORD_FORM_CHOICE,
  FH_RECORD_FORM_SWITCH,
  FH_RECORD_FORM_QUARTER, /* an int quarter (fh-quarter.h), typed as "2026-Q1" */
} FhRecordFormKind;

typedef gboolean (*FhRecordFormCheck) (gpointer record,
                                       GValue  *value,
                                       gpointer user_data,
                                       GError **error);

/* A form that edits fields of one plan record: each field is committed with one store
 * call (Enter or leaving the field), and a refused value stays in the field with the
 * store's reason under it. Titles are the fields' own labels unless given. */
GtkWidget *fh_record_form_new (void);
void       fh_record_form_set_record (FhRecordForm *self, FhStore *store, gpointer record);
gpointer   fh_record_form_get_record (FhRecordForm *self);
GtkWidget *fh_record_form_add_text (FhRecordForm *self,
                                    const char   *property,
                                    const char   *title,
                                    gboolean      multiline);
GtkWidget *fh_record_form_add_number (FhRecordForm *self, const char *property, const char *title);
GtkWidget *fh_record_form_add_choice (FhRecordForm      *self,
                                      const char        *property,
                                      const char        *title,
                                      int                first_value,
                                      const char *const *labels);
GtkWidget *fh_record_form_add_explained_choice (FhRecordForm      *self,
                                                const char        *property,
                                                const char        *title,
                                                int                first_value,
                                                const char *const *labels,
                                                const char *const *meanings);
GtkWidget *fh_record_form_add_quarter (FhRecordForm *self, const char *property, const char *title);
GtkWidget *fh_record_form_add_switch (FhRecordForm *self, const char *property, const char *title);
GtkWidget *fh_record_form_add_money (FhRecordForm *self, const char *property, const char *title);
GtkWidget *fh_record_form_add_percent (FhRecordForm *self, const char *property, const char *title);
void       fh_record_form_bind (FhRecordForm    *self,
                                GtkWidget       *widget,
                                FhRecordFormKind kind,
                                const char      *property);
void       fh_record_form_set_check (FhRecordForm     *self,
                                     GtkWidget        *widget,
                                     FhRecordFormCheck check,
                                     gpointer          user_data);
void       fh_record_form_refresh (FhRecordForm *self);
gboolean   fh_record_form_commit (FhRecordForm *self);
gboolean fh_record_form_strip (gpointer record, GValue *value, gpointer user_data, GError **error);

G_END_DECLS
