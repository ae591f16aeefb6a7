/* fh-schema.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The session extension records each change for undo; Debian's SQLite has it. */
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h>

#include "fh-store.h"

G_BEGIN_DECLS

/* The current schema version, kept in PRAGMA user_version, and the JSON format
 * version. A file or document with a higher number is refused. */
#define FH_SCHEMA_VERSION      5
#define FH_JSON_FORMAT_VERSION 1
#define FH_APPLICATION_ID      0x466f6f74 /* "Foot" */

typedef enum
{
  FH_COLUMN_KEY = 1 << 0,      /* (part of) the primary key */
  FH_COLUMN_NULLABLE = 1 << 1, /* "" in the record is NULL in SQL */
} FhColumnFlags;

typedef struct
{
  const char   *name; /* SQL column and JSON key; the property is the same with '-' */
  FhColumnFlags flags;
  FhCollection  references; /* FH_N_COLLECTIONS if it refers to nothing */
} FhColumn;

typedef struct
{
  FhCollection collection;
  const char  *table; /* SQL table and JSON array */
  GType (*get_type) (void);
  const FhColumn *columns; /* NULL-terminated; keys first */
  guint           n_columns;
  gboolean        text_key;  /* the key is a slug, not an int64 */
  gboolean        is_link;   /* key is (source, target); exported inside its source */
  const char     *json_name; /* for links: the list's key inside the source record */
  const char     *order_by;  /* ORDER BY clause for loading and export */
} FhTableInfo;

const FhTableInfo *fh_schema_get_table (FhCollection collection);
const FhTableInfo *fh_schema_find_table (const char *table);
const FhTableInfo *fh_schema_table_for_type (GType type);
const FhColumn    *fh_schema_plan_columns (guint *n_columns);
char              *fh_schema_property_name (const char *column);

gboolean fh_schema_migrate (sqlite3 *db, int from_version, GError **error);
gboolean
fh_schema_check_objects (sqlite3 *db, int version, const char *display_name, GError **error);

G_END_DECLS
