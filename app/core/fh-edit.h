/* fh-edit.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fh-types.h"

G_BEGIN_DECLS

/* A record that a link, or a reference field of an added record, points at: one
 * already in the plan (@id), or the one an earlier step of the same edit adds
 * (@step, as fh_edit_add() returned it). */
typedef struct
{
  gint64 id;   /* a record of the plan; 0 when @step is used */
  guint  step; /* 1 + the index of an add step; 0 when @id is used */
} FhEditRef;

#define FH_EDIT_REF_ID(record_id) ((FhEditRef){ .id = (record_id), .step = 0 })

typedef enum
{
  FH_EDIT_ADD,    /* add @record */
  FH_EDIT_SET,    /* set @names to @values on @record */
  FH_EDIT_REMOVE, /* remove @record */
  FH_EDIT_LINK,   /* link @source to @target in @links */
  FH_EDIT_UNLINK, /* unlink @source from @target in @links */
} FhEditKind;

/* One step, as the open plan reads it to apply the edit. */
typedef struct
{
  FhEditKind kind;
  GObject   *record;   /* ADD: the new record; SET, REMOVE: a record of the plan or
                        * one an earlier step adds */
  GPtrArray   *names;  /* SET: property names; ADD: reference properties to fill */
  GArray      *values; /* SET: GValue, one per name */
  GArray      *refs;   /* ADD: FhEditRef, one per name: whose id goes in it */
  FhCollection links;  /* LINK, UNLINK */
  FhEditRef    source; /* LINK, UNLINK */
  FhEditRef    target; /* LINK, UNLINK */
} FhEditStep;

#define FH_TYPE_EDIT (fh_edit_get_type ())

/* FhEdit describes one change to a plan as ordered steps, with the name its undo
 * step will carry. It only describes: the open plan applies it whole, as one
 * transaction and one undo step (fh_store_apply_edit()), or not at all. */

G_DECLARE_FINAL_TYPE (FhEdit, fh_edit, FH, EDIT, GObject)

FhEdit           *fh_edit_new (const char *label);
const char       *fh_edit_get_label (FhEdit *self);
guint             fh_edit_get_n_steps (FhEdit *self);
const FhEditStep *fh_edit_get_step (FhEdit *self, guint index);

FhEditRef fh_edit_add (FhEdit *self, gpointer record);
void      fh_edit_refer (FhEdit *self, FhEditRef added, const char *property, FhEditRef target);
void
fh_edit_set (FhEdit *self, gpointer record, const char *first_property, ...) G_GNUC_NULL_TERMINATED;
void fh_edit_remove (FhEdit *self, gpointer record);
void fh_edit_link (FhEdit *self, FhCollection links, FhEditRef source, FhEditRef target);
void fh_edit_unlink (FhEdit *self, FhCollection links, FhEditRef source, FhEditRef target);

G_END_DECLS
