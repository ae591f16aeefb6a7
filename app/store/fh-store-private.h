/* fh-store-private.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fh-schema.h"
#include "fh-store.h"

G_BEGIN_DECLS

/* A whole plan as records, the unit that JSON import validates and then writes. */
typedef struct
{
  FhPlanInfo *info;
  GPtrArray  *records[FH_N_COLLECTIONS];
} FhPlanData;

FhPlanData *fh_plan_data_new (void);
void        fh_plan_data_free (FhPlanData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FhPlanData, fh_plan_data_free)

/* The store itself, shared by its files: fh-store.c (the object and its accessors),
 * fh-store-load.c (rows into records and models), fh-store-journal.c (actions, undo
 * and redo), fh-store-change.c (adding, changing and removing records),
 * fh-store-edit.c (applying an FhEdit), fh-store-open.c (opening and checking a plan
 * file) with fh-store-companions.c (the files around it), fh-store-create.c (new
 * plans, whole-plan replacement) and fh-store-file.c (files written whole). */
typedef struct
{
  const FhTableInfo *info;
  GParamSpec       **pspecs; /* one per column */
  GListStore        *model;
  GHashTable        *index; /* key text → record (the model holds the reference) */
  sqlite3_stmt      *select_one;
  sqlite3_stmt      *insert;
  sqlite3_stmt *delete;
} Collection;

typedef struct
{
  char   *label;
  GBytes *changeset;
} JournalEntry;

struct _FhStore
{
  GObject parent_instance;

  char    *path;
  char    *display_name;
  sqlite3 *db;

  FhPlanInfo   *info;
  GParamSpec  **plan_pspecs;
  sqlite3_stmt *select_plan;
  Collection    collections[FH_N_COLLECTIONS];
  GHashTable   *statements; /* SQL text → sqlite3_stmt, for updates */

  /* The action under way. */
  guint            depth;
  char            *action_label;
  sqlite3_session *session;
  GHashTable      *pending; /* "table\x1fkey" → record added in this action */

  GPtrArray *journal; /* JournalEntry; entries before journal_pos are done */
  guint      journal_pos;
};

/* fh-store.c */
FhStore    *fh_store_new_unopened (const char *path);
void        fh_store_notify_history (FhStore *self);
void        fh_store_emit_changed (FhStore *self);
void        fh_store_clear_statements (FhStore *self);
void        fh_store_set_sqlite_error (FhStore *self, GError **error, const char *doing);
gboolean    fh_store_exec_sql (FhStore *self, const char *sql, GError **error);
char       *fh_store_key_of (const Collection *coll, GObject *record);
Collection *fh_store_collection_of (FhStore *self, gpointer record);
GObject    *fh_store_lookup_key (FhStore *self, const Collection *coll, const char *key);
char       *fh_store_pending_key (const Collection *coll, const char *key);

/* fh-store-load.c */
void     fh_store_prepare_collections (FhStore *self);
gboolean fh_store_load_all (FhStore *self, GError **error);
void     fh_store_refresh (FhStore *self, GBytes *changeset);
int fh_store_bind_value (sqlite3_stmt *stmt, int index, FhColumnFlags flags, const GValue *value);
int fh_store_bind_key (const Collection *coll, sqlite3_stmt *stmt, const char *key);
sqlite3_stmt *fh_store_get_statement (FhStore *self, const char *sql);

/* fh-store-journal.c */
gboolean fh_store_action_begin (FhStore *self, const char *label, GError **error);
void     fh_store_action_abort (FhStore *self);
gboolean fh_store_action_end (FhStore *self, GError **error);
void     fh_store_action_fail (FhStore *self);

/* fh-store-change.c */
gboolean fh_store_run_step (FhStore           *self,
                            const FhTableInfo *info,
                            sqlite3_stmt      *stmt,
                            gboolean           deleting,
                            GError           **error);

/* fh-store-open.c */
gboolean fh_store_configure_connection (sqlite3 *db, gboolean on_disk);

/* fh-store-file.c */
void fh_store_discard_temp (const char *tmp);
int  fh_store_settle_temp (const char *tmp, const char *path);

guint    fh_store_max_links (FhCollection links);
gboolean fh_store_replace_all (FhStore *self, FhPlanData *data, const char *label, GError **error);
void     fh_store_forget_history (FhStore *self);

/* For fh-store-edit.c: an action that is not nested in a group, a change of several
 * fields given as arrays (names, GValues), and whether @record is the plan's. */
gboolean fh_store_begin_action (FhStore *self, const char *label, GError **error);
gboolean fh_store_set_values (FhStore   *self,
                              gpointer   record,
                              GPtrArray *names,
                              GArray    *values,
                              GError   **error);
gboolean fh_store_holds (FhStore *self, gpointer record);

/* fh-store-companions.c: the files around opening a plan */
typedef enum
{
  FH_COMPANION_WAL,
  FH_COMPANION_JOURNAL,
  FH_COMPANION_SHM,
  FH_N_COMPANIONS
} FhCompanionKind;

typedef struct
{
  char  *path[FH_N_COMPANIONS]; /* NULL where there is none */
  char  *name[FH_N_COMPANIONS]; /* for messages */
  gint64 size[FH_N_COMPANIONS];
} FhCompanions;

const char *fh_companion_suffix (FhCompanionKind kind);
int         fh_store_open_regular (const char *path, const char *name, GError **error);
gboolean    fh_store_check_regular (const char *path, const char *name, GError **error);
gboolean    fh_companions_find (const char *path, FhCompanions *companions, GError **error);
void        fh_companions_clear (FhCompanions *companions);
const char *fh_companions_replayable (const FhCompanions *companions);
char       *fh_companions_copy (const char         *path,
                                const char         *name,
                                const FhCompanions *companions,
                                GError            **error);
void        fh_private_dir_remove (const char *dir);
char       *fh_plan_files_stamp (const char *path);
char       *fh_immutable_uri (const char *path);

/* fh-plan-json.c */
FhPlanData *fh_plan_json_parse (GBytes *json, GError **error);
GBytes     *fh_plan_json_write (FhStore *self);
GBytes     *fh_json_builder_to_bytes (JsonBuilder *builder);
gboolean    fh_plan_json_sniff (const char *path);
/* fh-summary-json.c: members of the summaries' JSON objects (fh-portfolio-json.c too). */
void        fh_json_add_string (JsonBuilder *builder, const char *key, const char *value);
void        fh_json_add_take_string (JsonBuilder *builder, const char *key, char *value);
void        fh_json_add_int (JsonBuilder *builder, const char *key, gint64 value);
void        fh_json_add_stage (JsonBuilder *builder, const char *key, int stage);
void        fh_json_add_quarter (JsonBuilder *builder, const char *key, int quarter);
const char *fh_plan_json_skip_bom (const char *text, gsize *size);

/* A plan export is never nested deeper than 4 levels; json-glib's parser recurses. */
#define FH_JSON_MAX_DEPTH 64

G_END_DECLS
