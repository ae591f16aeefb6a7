/* fh-record-form-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-record-form.h"

G_BEGIN_DECLS

/* What fh-record-form.c and fh-record-form-choice.c share: one field of a form, and
 * the form itself. */

typedef FhRecordFormKind FieldType;

typedef struct
{
  FhRecordForm     *form; /* unowned */
  FhRecordFormKind  type;
  char             *property;
  GtkWidget        *widget; /* GtkEntry, GtkTextView, GtkDropDown or GtkSwitch */
  GtkLabel         *error_label;
  GtkLabel         *title_label;   /* empty until a record gives the field's own label */
  int               first_value;   /* choices: the value of the first label */
  GtkLabel         *meaning_label; /* explained choices: what the chosen answer means */
  GStrv             meanings;
  gboolean          updating; /* set while the form writes the widget itself */
  gboolean          invalid;  /* holds a refused value, to be fixed */
  char             *reason;   /* why the last value was refused; kept after a revert */
  gboolean          dirty;    /* typed in since the record's value was shown */
  gboolean          bound;    /* placed by the caller; reasons go to the form's label */
  FhRecordFormCheck check;
  gpointer          check_data;
} Field;

struct _FhRecordForm
{
  AdwBin parent_instance;

  FhStore   *store;
  GObject   *record;
  GPtrArray *fields; /* Field */
  int        n_rows;

  GtkGrid  *grid;
  GtkLabel *errors;
};

GtkWidget *fh_record_form_add_field (FhRecordForm *self,
                                     FieldType     type,
                                     const char   *property,
                                     const char   *title,
                                     GtkWidget    *widget,
                                     int           first_value);
void       fh_record_form_field_update_meaning (Field *field);

G_END_DECLS
