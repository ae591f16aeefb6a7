/* fh-store.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fh-edit.h"
#include "fh-plan-info.h"
#include "fh-plan-models.h"
#include "fh-types.h"

G_BEGIN_DECLS

/* Limits no real plan reaches (docs/plan-format.md, "Limits"); import and
 * fh_store_link() refuse anything beyond them, so that every algorithm over links
 * stays linear in the plan's size. */
#define FH_STORE_MAX_DEPENDENCIES 20  /* depends_on of one roadmap item */
#define FH_STORE_MAX_LINKS        100 /* gaps or use_cases of one roadmap item or data source */

#define FH_STORE_ERROR (fh_store_error_quark ())

/* Every error a user can cause; the message is a sentence that says what happened
 * and what to do, ready to be shown as it is. */
typedef enum
{
  FH_STORE_ERROR_NOT_FOUND,      /* the file does not exist */
  FH_STORE_ERROR_NOT_PLAN,       /* not SQLite, or SQLite but not a Foothold plan */
  FH_STORE_ERROR_CORRUPT,        /* damaged, or holds values no Foothold wrote */
  FH_STORE_ERROR_NEWER_VERSION,  /* written by a newer Foothold */
  FH_STORE_ERROR_READ_ONLY,      /* the file or its folder cannot be written */
  FH_STORE_ERROR_LOCKED,         /* open in another program */
  FH_STORE_ERROR_FOREIGN_OBJECT, /* holds a trigger, view or table Foothold did not create */
  FH_STORE_ERROR_INVALID,        /* a value was refused; nothing changed */
  FH_STORE_ERROR_CONFLICT,       /* the change would break the plan (a reference, a duplicate) */
  FH_STORE_ERROR_EXISTS,         /* the target file exists already */
  FH_STORE_ERROR_FORMAT,         /* a JSON document was refused; nothing changed */
  FH_STORE_ERROR_IO,             /* the disk said no */
} FhStoreError;

#define FH_PLAN_EXTENSION ".foothold"

#define FH_TYPE_STORE (fh_store_get_type ())

/* FhStore is the open plan. Properties: "path" (NULL in memory), "can-undo",
 * "can-redo", "undo-label", "redo-label" (all read-only, notified). Signal
 * "changed" (no arguments): after every committed change, undo and redo, once the
 * models are up to date. Records in the models are owned by the store: change them
 * only through fh_store_set(), never with g_object_set(). */

G_DECLARE_FINAL_TYPE (FhStore, fh_store, FH, STORE, GObject)

GQuark fh_store_error_quark (void);

/* Opening and creating. @path NULL means a plan in memory that is never saved. */
FhStore *fh_store_open (const char *path, GError **error);
FhStore *fh_store_open_any (const char *path, GError **error);
FhStore *fh_store_new_plan (const char *path, GError **error);
FhStore *fh_store_new_from_json (const char *path, GBytes *json, GError **error);
FhStore *fh_store_new_demo (const char *path, GError **error);
FhStore *
fh_store_new_plan_with (const char *path, const char *currency, int horizon_years, GError **error);
GPtrArray *fh_store_catalog_missing (FhStore *self, GPtrArray **prerequisites);

/* The versions of the libraries the store is built on, one "name version" line each, for
 * the About window's debug information. */
char *fh_store_describe_engine (void);

const char *fh_store_get_path (FhStore *self);
FhPlanInfo *fh_store_get_info (FhStore *self);
GListModel *fh_store_get_model (FhStore *self, FhCollection collection);
void        fh_store_get_models (FhStore *self, FhPlanModels *models);
gpointer    fh_store_lookup (FhStore *self, FhCollection collection, gint64 id);
gpointer    fh_store_lookup_slug (FhStore *self, FhCollection collection, const char *id);
gpointer    fh_store_lookup_capability (FhStore *self, const char *id);

/* Changes. Each call is one transaction and one undo step, unless it runs between
 * fh_store_begin() and fh_store_end(), which make all of them one step. On failure
 * nothing changes and @error says why. */
gboolean fh_store_add (FhStore *self, gpointer record, GError **error);
gboolean fh_store_set (FhStore    *self,
                       gpointer    record,
                       GError    **error,
                       const char *first_property,
                       ...) G_GNUC_NULL_TERMINATED;
gboolean fh_store_set_value (FhStore      *self,
                             gpointer      record,
                             const char   *property,
                             const GValue *value,
                             GError      **error);
gboolean fh_store_remove (FhStore *self, gpointer record, GError **error);
gboolean
fh_store_link (FhStore *self, FhCollection links, gint64 source, gint64 target, GError **error);
gboolean
fh_store_unlink (FhStore *self, FhCollection links, gint64 source, gint64 target, GError **error);
void     fh_store_begin (FhStore *self, const char *label);
gboolean fh_store_end (FhStore *self, GError **error);
void     fh_store_cancel (FhStore *self);
gboolean fh_store_apply_edit (FhStore *self, FhEdit *edit, GError **error);

/* Undo and redo across the whole plan. */
gboolean    fh_store_can_undo (FhStore *self);
gboolean    fh_store_can_redo (FhStore *self);
const char *fh_store_get_undo_label (FhStore *self);
const char *fh_store_get_redo_label (FhStore *self);
gboolean    fh_store_undo (FhStore *self, GError **error);
gboolean    fh_store_redo (FhStore *self, GError **error);

/* Whole-plan exchange. */
GBytes  *fh_store_export_json (FhStore *self, GError **error);
gboolean fh_store_import_json (FhStore *self, GBytes *json, GError **error);
GBytes  *fh_store_read_json_file (const char *path, GError **error);

/* fh-store-file.c: files written whole or not at all. FhStoreWriter is a stream
 * over a temporary file that fh_store_writer_commit() renames into place. */
#define FH_TYPE_STORE_WRITER (fh_store_writer_get_type ())
G_DECLARE_FINAL_TYPE (FhStoreWriter, fh_store_writer, FH, STORE_WRITER, GOutputStream)

FhStoreWriter *fh_store_writer_new (const char *path, GError **error);
gboolean       fh_store_writer_commit (FhStoreWriter *self, GError **error);
void           fh_store_writer_abort (FhStoreWriter *self);
gboolean       fh_store_write_file (const char *path, GBytes *bytes, GError **error);
char          *fh_store_resolve_target (const char *path, GError **error);
void           fh_store_sweep_temp_files (const char *dir);
gboolean       fh_store_save_copy (FhStore *self, const char *path, GError **error);

G_END_DECLS
