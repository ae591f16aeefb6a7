/* fh-store.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gobject/gvaluecollector.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fh-store-private.h"

#include "fh-data-resources.h"

#include "fh-enums.h"
#include "fh-field.h"
#include "fh-link.h"
#include "fh-quarter.h"
#include "fh-temp-file.h"

/* The open plan: the SQLite file, one GListModel per collection, and the undo
 * journal.
 *
 * Every change runs as an "action": one transaction, recorded by SQLite's session
 * extension. The changeset it yields is the undo step (inverted to undo, applied
 * again to redo), and it is also what tells the models which rows to reload, so a
 * change costs the rows it touches, never a reload of the plan. */

#define RELOAD_THRESHOLD 2000 /* more changed rows than this: reload the models whole */

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

G_DEFINE_FINAL_TYPE (FhStore, fh_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (fh - store - error - quark, fh_store_error)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
journal_entry_free (gpointer data)
{
  JournalEntry *entry = data;

  g_free (entry->label);
  g_bytes_unref (entry->changeset);
  g_free (entry);
}

/* Keys */

static char *
key_from_record (const Collection *coll, GObject *record)
{
  const FhTableInfo *info = coll->info;

  if (info->is_link)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                            fh_link_get_source (FH_LINK (record)),
                            fh_link_get_target (FH_LINK (record)));

  if (info->text_key)
    {
      g_autofree char *id = NULL;

      g_object_get (record, "id", &id, NULL);
      return g_steal_pointer (&id);
    }
  else
    {
      gint64 id = 0;

      g_object_get (record, "id", &id, NULL);
      return g_strdup_printf ("%" G_GINT64_FORMAT, id);
    }
}

static char *
key_from_values (const FhTableInfo *info, sqlite3_value **values)
{
  if (info->is_link)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                            (gint64)sqlite3_value_int64 (values[0]),
                            (gint64)sqlite3_value_int64 (values[1]));

  if (info->text_key)
    return g_strdup ((const char *)sqlite3_value_text (values[0]));

  return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64)sqlite3_value_int64 (values[0]));
}

static int
compare_records (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const FhTableInfo *info = user_data;

  if (info->is_link)
    {
      gint64 sa = fh_link_get_source ((FhLink *)a), sb = fh_link_get_source ((FhLink *)b);
      gint64 ta = fh_link_get_target ((FhLink *)a), tb = fh_link_get_target ((FhLink *)b);

      if (sa != sb)
        return sa < sb ? -1 : 1;
      return ta < tb ? -1 : ta > tb;
    }

  if (info->text_key)
    {
      g_autofree char *ia = NULL;
      g_autofree char *ib = NULL;
      int              pa, pb;

      g_object_get ((gpointer)a, "id", &ia, "position", &pa, NULL);
      g_object_get ((gpointer)b, "id", &ib, "position", &pb, NULL);
      if (pa != pb)
        return pa < pb ? -1 : 1;
      return strcmp (ia, ib);
    }
  else
    {
      gint64 ia, ib;

      g_object_get ((gpointer)a, "id", &ia, NULL);
      g_object_get ((gpointer)b, "id", &ib, NULL);
      return ia < ib ? -1 : ia > ib;
    }
}

static Collection *
collection_for_record (FhStore *self, gpointer record)
{
  const FhTableInfo *info = fh_schema_table_for_type (G_OBJECT_TYPE (record));

  return info ? &self->collections[info->collection] : NULL;
}

/* The record with @key, including those added earlier in the action under way,
 * which reach the models only when it ends. */
static GObject *
lookup_key (FhStore *self, const Collection *coll, const char *key)
{
  GObject *record = g_hash_table_lookup (coll->index, key);

  if (record == NULL && self->depth > 0)
    {
      g_autofree char *pending_key = g_strconcat (coll->info->table, "\x1f", key, NULL);

      record = g_hash_table_lookup (self->pending, pending_key);
    }

  return record;
}

/* Errors */

static void
set_sqlite_error (FhStore *self, GError **error, const char *doing)
{
  int code = sqlite3_extended_errcode (self->db);

  switch (code & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The disk is full, so %s failed. Free some space and try again; "
                     "nothing was lost."),
                      doing);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                   _("The plan can no longer be written, so %s failed. Check that the "
                     "disk is still there and writable."),
                      doing);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_LOCKED,
                   _("The plan is in use by another program, so %s failed. Close it "
                     "there and try again."),
                      doing);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("The plan file is damaged, so %s failed. Save a copy or export it "
                     "to JSON, then restore it from a backup."),
                      doing);
      break;

    default:
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("%s failed: %s."), doing, sqlite3_errmsg (self->db));
      break;
    }
}

/* Constraint failures are the user's doing, so they get a sentence of their own. */
static void
set_constraint_error (FhStore *self, const FhTableInfo *info, gboolean deleting, GError **error)
{
  int         code = sqlite3_extended_errcode (self->db);
  const char *message = sqlite3_errmsg (self->db);

  gboolean foreign_key = code == SQLITE_CONSTRAINT_FOREIGNKEY || strstr (message, "FOREIGN KEY");

  if (foreign_key && deleting)
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("This capability still has roadmap items. Move them to another "
                           "capability or delete them first."));
  else if (foreign_key)
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("The change refers to something that is not in the plan."));
  else if (strstr (message, "assessments.quarter"))
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("There is an assessment for that quarter already. Edit that one "
                           "instead."));
  else if (strstr (message, "scores.assessment"))
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("That capability has a score in this assessment already."));
  else if (strstr (message, "options.capability"))
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("Another option is chosen for this capability already. Unmark "
                           "it first."));
  else if (strstr (message, "item_dependencies") || strstr (message, "CHECK"))
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("A roadmap item cannot depend on itself."));
  else if (code == SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLITE_CONSTRAINT_UNIQUE)
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                 _("That record is in the plan already (%s)."), info ? info->table : "plan");
  else
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                 _("The plan refused the change: %s."), message);
}

/* Rows and records */

static gboolean
value_from_column (GParamSpec *pspec, sqlite3_stmt *stmt, int col, GValue *value, GError **error)
{
  int   type = sqlite3_column_type (stmt, col);
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, vtype);

  if (vtype == G_TYPE_STRING)
    {
      if (type != SQLITE_TEXT && type != SQLITE_NULL)
        goto wrong_type;
      g_value_set_string (value,
                          type == SQLITE_NULL ? "" : (const char *)sqlite3_column_text (stmt, col));
    }
  else if (G_TYPE_IS_ENUM (vtype))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (vtype);
      const char *nick = (const char *)sqlite3_column_text (stmt, col);
      GEnumValue *ev;

      if (type != SQLITE_TEXT)
        goto wrong_type;
      ev = g_enum_get_value_by_nick (klass, nick);
      if (ev == NULL)
        {
          g_set_error (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("“%s” is not an allowed value."), nick);
          return FALSE;
        }
      g_value_set_enum (value, ev->value);
    }
  else if (type == SQLITE_NULL || type == SQLITE_TEXT || type == SQLITE_BLOB)
    goto wrong_type;
  else if (vtype == G_TYPE_INT)
    {
      sqlite3_int64 n = sqlite3_column_int64 (stmt, col);

      if (n < G_MININT || n > G_MAXINT)
        goto wrong_type;
      g_value_set_int (value, (int)n);
    }
  else if (vtype == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, col));
  else if (vtype == G_TYPE_DOUBLE)
    g_value_set_double (value, sqlite3_column_double (stmt, col));
  else if (vtype == G_TYPE_BOOLEAN)
    {
      sqlite3_int64 n = sqlite3_column_int64 (stmt, col);

      if (n != 0 && n != 1)
        goto wrong_type;
      g_value_set_boolean (value, n == 1);
    }
  else
    g_assert_not_reached ();

  return fh_field_validate (pspec, value, error);

wrong_type:
  g_set_error_literal (error, FH_FIELD_ERROR, FH_FIELD_ERROR_INVALID,
                       _("The stored value has the wrong type."));
  return FALSE;
}

/* Sets @record from the current row of @stmt. Nothing is set unless every column
 * is valid, so a record never holds a value the plan would refuse. */
static gboolean
record_from_row (FhStore        *self,
                 GParamSpec    **pspecs,
                 const FhColumn *columns,
                 guint           n_columns,
                 const char     *table,
                 sqlite3_stmt   *stmt,
                 GObject        *record,
                 GError        **error)
{
  g_autofree GValue *values = g_new0 (GValue, n_columns);
  gboolean           ok = TRUE;
  guint              i;

  for (i = 0; i < n_columns && ok; i++)
    {
      g_autoptr (GError) local = NULL;

      if (!value_from_column (pspecs[i], stmt, i, &values[i], &local))
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                       _("“%s” holds a value that Foothold did not write (%s, %s: %s). "
                         "Restore the plan from a backup or a JSON export."),
                          self->display_name, table, columns[i].name, local->message);
          ok = FALSE;
        }
    }

  if (ok)
    {
      g_object_freeze_notify (record);
      for (i = 0; i < n_columns; i++)
        g_object_set_property (record, pspecs[i]->name, &values[i]);
      g_object_thaw_notify (record);
    }

  for (i = 0; i < n_columns; i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);

  return ok;
}

static int
bind_value (sqlite3_stmt *stmt, int index, FhColumnFlags flags, const GValue *value)
{
  GType vtype = G_VALUE_TYPE (value);

  if (vtype == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);

      if (text == NULL)
        text = "";
      if ((flags & FH_COLUMN_NULLABLE) && *text == '\0')
        return sqlite3_bind_null (stmt, index);
      return sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
    }
  if (G_TYPE_IS_ENUM (vtype))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (vtype);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));

      g_return_val_if_fail (ev != NULL, SQLITE_MISUSE);
      return sqlite3_bind_text (stmt, index, ev->value_nick, -1, SQLITE_STATIC);
    }
  if (vtype == G_TYPE_INT)
    return sqlite3_bind_int64 (stmt, index, g_value_get_int (value));
  if (vtype == G_TYPE_INT64)
    return sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  if (vtype == G_TYPE_DOUBLE)
    return sqlite3_bind_double (stmt, index, g_value_get_double (value));
  if (vtype == G_TYPE_BOOLEAN)
    return sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);

  g_return_val_if_reached (SQLITE_MISUSE);
}

static int
bind_key (const Collection *coll, sqlite3_stmt *stmt, const char *key)
{
  if (coll->info->is_link)
    {
      gint64 source = 0, target = 0;

      sscanf (key, "%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, &source, &target);
      sqlite3_bind_int64 (stmt, 1, source);
      return sqlite3_bind_int64 (stmt, 2, target);
    }

  if (coll->info->text_key)
    return sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);

  return sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (key, NULL, 10));
}

/* Checks every column of @record; the message names the field. */
static gboolean
validate_record (GParamSpec **pspecs,
                 guint        n_columns,
                 GObject     *record,
                 gboolean     skip_int_key,
                 GError     **error)
{
  for (guint i = skip_int_key ? 1 : 0; i < n_columns; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;
      g_autoptr (GError) local = NULL;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (record, pspecs[i]->name, &value);
      if (!fh_field_validate (pspecs[i], &value, &local))
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID, "%s: %s",
                       fh_field_get_label (pspecs[i]), local->message);
          return FALSE;
        }
    }

  return TRUE;
}

static GParamSpec **
lookup_pspecs (GType type, const FhColumn *columns, guint n_columns)
{
  g_autoptr (GTypeClass) klass = g_type_class_ref (type);
  GParamSpec **pspecs = g_new0 (GParamSpec *, n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *name = fh_schema_property_name (columns[i].name);

      pspecs[i] = g_object_class_find_property (G_OBJECT_CLASS (klass), name);
      g_assert (pspecs[i] != NULL);
    }

  return pspecs;
}

static sqlite3_stmt *
prepare (FhStore *self, const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));

  return stmt;
}

/* Cached statements for SQL built at run time (updates of a few columns). */
static sqlite3_stmt *
get_statement (FhStore *self, const char *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      stmt = prepare (self, sql);
      if (stmt != NULL)
        g_hash_table_insert (self->statements, g_strdup (sql), stmt);
    }
  else
    sqlite3_reset (stmt);

  return stmt;
}

static char *
column_list (const FhColumn *columns)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; columns[i].name; i++)
    g_string_append_printf (s, "%s\"%s\"", i ? ", " : "", columns[i].name);

  return g_string_free (s, FALSE);
}

static char *
key_condition (const FhTableInfo *info)
{
  return g_strdup (info->is_link ? "source = ?1 AND target = ?2" : "id = ?1");
}

static void
prepare_collections (FhStore *self)
{
  guint            n_plan;
  const FhColumn  *plan_columns = fh_schema_plan_columns (&n_plan);
  g_autofree char *plan_list = column_list (plan_columns);
  g_autofree char *plan_sql = g_strdup_printf ("SELECT %s FROM plan WHERE id = 1", plan_list);

  self->select_plan = prepare (self, plan_sql);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection        *coll = &self->collections[c];
      const FhTableInfo *info = coll->info;
      g_autofree char   *list = column_list (info->columns);
      g_autofree char   *cond = key_condition (info);
      g_autofree char   *select =
        g_strdup_printf ("SELECT %s FROM \"%s\" WHERE %s", list, info->table, cond);
      g_autofree char *delete = g_strdup_printf ("DELETE FROM \"%s\" WHERE %s", info->table, cond);
      GString *insert = g_string_new (NULL);

      g_string_append_printf (insert, "INSERT INTO \"%s\" (%s) VALUES (", info->table, list);
      for (guint i = 0; i < info->n_columns; i++)
        g_string_append_printf (insert, "%s?%u", i ? ", " : "", i + 1);
      g_string_append (insert, ")");

      coll->select_one = prepare (self, select);
      coll->delete = prepare (self, delete);
      coll->insert = prepare (self, insert->str);
      g_string_free (insert, TRUE);
    }
}

static gboolean
load_plan_info (FhStore *self, GError **error)
{
  guint           n_plan;
  const FhColumn *plan_columns = fh_schema_plan_columns (&n_plan);
  gboolean        ok;

  sqlite3_reset (self->select_plan);
  if (sqlite3_step (self->select_plan) != SQLITE_ROW)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: its settings are missing. Restore it from a backup "
                     "or a JSON export."),
                      self->display_name);
      sqlite3_reset (self->select_plan);
      return FALSE;
    }

  ok = record_from_row (self, self->plan_pspecs, plan_columns, n_plan, "plan", self->select_plan,
                        G_OBJECT (self->info), error);
  sqlite3_reset (self->select_plan);
  return ok;
}

/* Reads every row of every collection into fresh records. */
static gboolean
read_all (FhStore *self, GPtrArray **loaded, GError **error)
{
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection        *coll = &self->collections[c];
      const FhTableInfo *info = coll->info;
      g_autofree char   *list = column_list (info->columns);
      g_autofree char   *sql =
        g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY %s", list, info->table, info->order_by);
      sqlite3_stmt *stmt = NULL;
      int           rc;

      if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          set_sqlite_error (self, error, _("reading the plan"));
          return FALSE;
        }

      loaded[c] = g_ptr_array_new_with_free_func (g_object_unref);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          GObject *record = g_object_new (info->get_type (), NULL);

          g_ptr_array_add (loaded[c], record);
          if (!record_from_row (self, coll->pspecs, info->columns, info->n_columns, info->table,
                                stmt, record, error))
            {
              sqlite3_finalize (stmt);
              return FALSE;
            }
        }
      sqlite3_finalize (stmt);

      if (rc != SQLITE_DONE)
        {
          set_sqlite_error (self, error, _("reading the plan"));
          return FALSE;
        }
    }

  return TRUE;
}

/* Swaps the models' contents in one splice each, so that a view sees one change,
 * not thousands. */
static void
swap_models (FhStore *self, GPtrArray **loaded)
{
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection *coll = &self->collections[c];
      guint       n_old = g_list_model_get_n_items (G_LIST_MODEL (coll->model));

      g_hash_table_remove_all (coll->index);
      for (guint i = 0; i < loaded[c]->len; i++)
        {
          GObject *record = g_ptr_array_index (loaded[c], i);

          g_hash_table_insert (coll->index, key_from_record (coll, record), record);
        }
      g_list_store_splice (coll->model, 0, n_old, loaded[c]->pdata, loaded[c]->len);
    }
}

static gboolean
load_all (FhStore *self, GError **error)
{
  GPtrArray *loaded[FH_N_COLLECTIONS] = { NULL };
  gboolean   ok;

  if (!load_plan_info (self, error))
    return FALSE;

  ok = read_all (self, loaded, error);
  if (ok)
    swap_models (self, loaded);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_clear_pointer (&loaded[c], g_ptr_array_unref);

  return ok;
}

/* Finds @record's position by bisection: models are sorted by key. */
static gboolean
find_position (Collection *coll, GObject *record, guint *position)
{
  GListModel *model = G_LIST_MODEL (coll->model);
  guint       lo = 0, hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr (GObject) item = g_list_model_get_item (model, mid);
      int cmp;

      if (item == record)
        {
          *position = mid;
          return TRUE;
        }

      cmp = compare_records (item, record, (gpointer)coll->info);
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  /* Sort keys changed under the record (a capability's position): look it up. */
  return g_list_store_find (coll->model, record, position);
}

static void
refresh_row (FhStore *self, Collection *coll, const char *key, int op)
{
  GObject *record = g_hash_table_lookup (coll->index, key);
  guint    position;

  if (op == SQLITE_DELETE)
    {
      if (record != NULL && find_position (coll, record, &position))
        {
          g_hash_table_remove (coll->index, key);
          g_list_store_remove (coll->model, position);
        }
      return;
    }

  bind_key (coll, coll->select_one, key);
  if (sqlite3_step (coll->select_one) == SQLITE_ROW)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GObject) fresh = NULL;
      g_autofree char *pending_key = g_strconcat (coll->info->table, "\x1f", key, NULL);

      if (record != NULL)
        {
          gboolean moved;
          int      before = -1;

          if (!find_position (coll, record, &position))
            g_assert_not_reached ();
          if (coll->info->text_key)
            g_object_get (record, "position", &before, NULL);

          record_from_row (self, coll->pspecs, coll->info->columns, coll->info->n_columns,
                           coll->info->table, coll->select_one, record, &error);

          moved = FALSE;
          if (coll->info->text_key)
            {
              int after;

              g_object_get (record, "position", &after, NULL);
              moved = before != after;
            }

          if (moved)
            {
              g_object_ref (record);
              g_list_store_remove (coll->model, position);
              g_list_store_insert_sorted (coll->model, record, compare_records,
                                          (gpointer)coll->info);
              g_object_unref (record);
            }
          else
            {
              /* Same record, same place: views re-read it, sorters and filters
               * re-check it. */
              g_autoptr (GObject) keep = g_object_ref (record);

              g_list_store_splice (coll->model, position, 1, (gpointer *)&keep, 1);
            }
        }
      else
        {
          record = g_hash_table_lookup (self->pending, pending_key);
          fresh = record ? g_object_ref (record) : g_object_new (coll->info->get_type (), NULL);
          record_from_row (self, coll->pspecs, coll->info->columns, coll->info->n_columns,
                           coll->info->table, coll->select_one, fresh, &error);
          g_hash_table_insert (coll->index, g_strdup (key), fresh);
          g_list_store_insert_sorted (coll->model, fresh, compare_records, (gpointer)coll->info);
        }

      /* Rows written by this process were validated on the way in. */
      if (error != NULL)
        g_critical ("%s", error->message);
    }
  sqlite3_reset (coll->select_one);
  sqlite3_clear_bindings (coll->select_one);
}

static void
refresh_from_changeset (FhStore *self, GBytes *changeset)
{
  sqlite3_changeset_iter *iter = NULL;
  gsize                   size;
  gconstpointer           data = g_bytes_get_data (changeset, &size);
  guint                   n_changes = 0;

  if (sqlite3changeset_start (&iter, (int)size, (void *)data) != SQLITE_OK)
    return;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    n_changes++;
  sqlite3changeset_finalize (iter);

  if (n_changes > RELOAD_THRESHOLD)
    {
      g_autoptr (GError) error = NULL;

      if (!load_all (self, &error))
        g_critical ("%s", error->message);
      return;
    }

  if (sqlite3changeset_start (&iter, (int)size, (void *)data) != SQLITE_OK)
    return;

  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char        *table;
      int                n_cols, op;
      const FhTableInfo *info;
      sqlite3_value     *keys[2] = { NULL, NULL };
      g_autofree char   *key = NULL;

      sqlite3changeset_op (iter, &table, &n_cols, &op, NULL);

      if (g_str_equal (table, "plan"))
        {
          g_autoptr (GError) error = NULL;

          if (!load_plan_info (self, &error))
            g_critical ("%s", error->message);
          continue;
        }

      info = fh_schema_find_table (table);
      g_return_if_fail (info != NULL);

      /* Keys come first in every table, and never change in an update. */
      for (guint k = 0; k < (info->is_link ? 2u : 1u); k++)
        {
          if (op == SQLITE_INSERT)
            sqlite3changeset_new (iter, k, &keys[k]);
          else
            sqlite3changeset_old (iter, k, &keys[k]);
        }

      key = key_from_values (info, keys);
      refresh_row (self, &self->collections[info->collection], key, op);
    }

  sqlite3changeset_finalize (iter);
}

/* Actions */

static gboolean
exec_sql (FhStore *self, const char *sql, GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("saving the change"));
      return FALSE;
    }
  return TRUE;
}

static void
notify_history (FhStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static gboolean
is_int_keyed (gpointer record)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), "id");

  return pspec != NULL && G_IS_PARAM_SPEC_INT64 (pspec);
}

/* Records added and removed again within one action never reached the plan: they
 * go back to having no id, like the records of a cancelled action. */
static void
forget_pending (FhStore *self)
{
  GHashTableIter iter;
  gpointer       record;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    {
      Collection      *coll = collection_for_record (self, record);
      g_autofree char *key = NULL;

      if (coll == NULL || !is_int_keyed (record))
        continue;
      key = key_from_record (coll, record);
      if (g_hash_table_lookup (coll->index, key) != record)
        g_object_set (record, "id", (gint64)0, NULL);
    }
  g_hash_table_remove_all (self->pending);
}

static void
reset_pending_ids (FhStore *self)
{
  GHashTableIter iter;
  gpointer       record;

  /* Records that never made it into the plan go back to having no id. */
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    if (is_int_keyed (record))
      g_object_set (record, "id", (gint64)0, NULL);
  g_hash_table_remove_all (self->pending);
}

static gboolean
action_begin (FhStore *self, const char *label, GError **error)
{
  if (self->depth++ > 0)
    return TRUE;

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    {
      self->depth = 0;
      return FALSE;
    }

  if (sqlite3session_create (self->db, "main", &self->session) != SQLITE_OK ||
      sqlite3session_attach (self->session, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("saving the change"));
      g_clear_pointer (&self->session, sqlite3session_delete);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->depth = 0;
      return FALSE;
    }

  g_free (self->action_label);
  self->action_label = g_strdup (label);
  return TRUE;
}

static void
action_abort (FhStore *self)
{
  g_return_if_fail (self->depth > 0);

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->action_label, g_free);
  reset_pending_ids (self);
  self->depth = 0;
}

static gboolean
action_end (FhStore *self, GError **error)
{
  int   size = 0;
  void *data = NULL;
  g_autoptr (GBytes) changeset = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  if (sqlite3session_changeset (self->session, &size, &data) != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("saving the change"));
      self->depth = 1;
      action_abort (self);
      return FALSE;
    }
  changeset = g_bytes_new_with_free_func (data, size, sqlite3_free, data);
  g_clear_pointer (&self->session, sqlite3session_delete);

  if (sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("saving the change"));
      self->depth = 1;
      action_abort (self);
      return FALSE;
    }

  /* A change that changed nothing is not a step anyone wants to undo. */
  if (size > 0)
    {
      JournalEntry *entry = g_new0 (JournalEntry, 1);

      entry->label = g_steal_pointer (&self->action_label);
      entry->changeset = g_bytes_ref (changeset);
      g_ptr_array_set_size (self->journal, self->journal_pos);
      g_ptr_array_add (self->journal, entry);
      self->journal_pos = self->journal->len;

      refresh_from_changeset (self, changeset);
    }

  forget_pending (self);
  g_clear_pointer (&self->action_label, g_free);

  if (size > 0)
    {
      notify_history (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }

  return TRUE;
}

/* Runs one statement inside the current action. A failed statement is rolled back
 * on its own through a savepoint, so a group of changes can go on without it. */
static gboolean
run_step (FhStore           *self,
          const FhTableInfo *info,
          sqlite3_stmt      *stmt,
          gboolean           deleting,
          GError           **error)
{
  int rc;

  g_return_val_if_fail (self->depth > 0, FALSE);

  exec_sql (self, "SAVEPOINT step", NULL);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        set_constraint_error (self, info, deleting, error);
      else
        set_sqlite_error (self, error, _("saving the change"));
      exec_sql (self, "ROLLBACK TO step", NULL);
      exec_sql (self, "RELEASE step", NULL);
      return FALSE;
    }

  exec_sql (self, "RELEASE step", NULL);
  return TRUE;
}

/* Leaves the action after a failed step: a single change is rolled back whole; in
 * a group, only the step was. */
static void
action_fail (FhStore *self)
{
  if (self->depth == 1)
    action_abort (self);
  else
    self->depth--;
}

/* Construction */

static void
fh_store_finalize (GObject *object)
{
  FhStore *self = (FhStore *)object;

  if (self->depth > 0)
    action_abort (self);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection *coll = &self->collections[c];

      g_clear_pointer (&coll->select_one, sqlite3_finalize);
      g_clear_pointer (&coll->insert, sqlite3_finalize);
      g_clear_pointer (&coll->delete, sqlite3_finalize);
      g_clear_pointer (&coll->index, g_hash_table_unref);
      g_clear_object (&coll->model);
      g_free (coll->pspecs);
    }
  g_clear_pointer (&self->select_plan, sqlite3_finalize);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->journal, g_ptr_array_unref);
  g_clear_object (&self->info);
  g_free (self->plan_pspecs);
  g_free (self->action_label);

  if (self->db != NULL)
    sqlite3_close (self->db);

  g_free (self->path);
  g_free (self->display_name);

  G_OBJECT_CLASS (fh_store_parent_class)->finalize (object);
}

static void
fh_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhStore *self = FH_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, fh_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, fh_store_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, fh_store_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, fh_store_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_store_class_init (FhStoreClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fh_store_finalize;
  object_class->get_property = fh_store_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
fh_store_init (FhStore *self)
{
  guint           n_plan;
  const FhColumn *plan_columns = fh_schema_plan_columns (&n_plan);

  self->info = g_object_new (FH_TYPE_PLAN_INFO, NULL);
  self->plan_pspecs = lookup_pspecs (FH_TYPE_PLAN_INFO, plan_columns, n_plan);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->journal = g_ptr_array_new_with_free_func (journal_entry_free);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection *coll = &self->collections[c];

      coll->info = fh_schema_get_table (c);
      coll->pspecs =
        lookup_pspecs (coll->info->get_type (), coll->info->columns, coll->info->n_columns);
      coll->model = g_list_store_new (coll->info->get_type ());
      coll->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
}

/* Opening */

static gboolean
configure_connection (sqlite3 *db, gboolean on_disk)
{
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 250);

  /* The file is untrusted: no schema-defined functions, no extensions, no writes
   * to the schema through anything but our migrations. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);

  /* One program edits a plan at a time; the lock is taken on first read and held
   * until the plan is closed. */
  if (on_disk &&
      sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
    return FALSE;

  return sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) == SQLITE_OK;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) | p[3];
}

static void
set_newer_error (GError **error, const char *name, int version)
{
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NEWER_VERSION,
               _("“%s” was saved by a newer version of Foothold (plan format %d; this "
                 "version reads up to %d). Update Foothold to open it; the file was "
                 "left as it is."),
                  name, version, FH_SCHEMA_VERSION);
}

/* Looks at the file's header before SQLite sees it, so that a file that is not a
 * plan, or one from a newer Foothold, is refused without a single byte written.
 * @journal_byte is the header's write version: 1 for a rollback journal, 2 for WAL. */
static gboolean
check_header (const char *path, const char *name, int *version, int *journal_byte, GError **error)
{
  guint8 header[100];
  size_t n = 0;
  int    fd;

  fd = fh_store_open_regular (path, name, error);
  if (fd < 0)
    return FALSE;

  while (n < sizeof header)
    {
      ssize_t r = read (fd, header + n, sizeof header - n);

      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      n += (size_t)r;
    }
  close (fd);

  if (n < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      if (fh_plan_json_sniff (path))
        g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                     _("“%s” is a JSON export, not a plan file. Use Import JSON to bring "
                       "it into a plan."),
                        name);
      else
        g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                     _("“%s” is not a Foothold plan: it is neither a plan file nor a JSON "
                       "export. Choose another file."),
                        name);
      return FALSE;
    }

  if (read_be32 (header + 68) != FH_APPLICATION_ID)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_NOT_PLAN,
                   _("“%s” is a database of another program, not a Foothold plan."), name);
      return FALSE;
    }

  *version = (int)read_be32 (header + 60);
  if (*version > FH_SCHEMA_VERSION)
    {
      set_newer_error (error, name, *version);
      return FALSE;
    }

  if (*version < 1)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it has no plan format version."), name);
      return FALSE;
    }

  *journal_byte = header[18];
  return TRUE;
}

static gboolean
check_writable (const char *path, const char *name, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf         st;

  /* Root may write anything; a file without write bits is still meant as
   * read-only by whoever made it so. */
  if (g_access (path, W_OK) != 0 || (g_stat (path, &st) == 0 && (st.st_mode & 0222) == 0))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, and Foothold saves every change as it is made. "
                     "Make the file writable, or copy it to a folder of your own."),
                      name);
      return FALSE;
    }

  /* WAL mode keeps two companion files next to the plan. */
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                   _("The folder of “%s” is read-only, and Foothold saves every change as "
                     "it is made. Copy the plan to a folder of your own."),
                      name);
      return FALSE;
    }

  return TRUE;
}

static void
set_locked_error (FhStore *self, GError **error)
{
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_LOCKED,
               _("“%s” is open in another program or another Foothold window. Close it "
                 "there, then try again."),
                  self->display_name);
}

/* @full: PRAGMA integrity_check, which also compares every index with its table's
 * rows (quick_check does not: a row missing from an index would be silently
 * missing from what is loaded, and from its JSON export). */
static gboolean
check_contents (FhStore *self, gboolean full, int *version, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc;
  gboolean      ok = FALSE;

  rc = sqlite3_prepare_v2 (self->db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    set_locked_error (self, error);
  else if (rc != SQLITE_ROW || g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged and cannot be opened safely. Restore it from a backup "
                   "or a JSON export."),
                    self->display_name);
  else
    ok = TRUE;

  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;

  /* The header can lag behind a migration still in the WAL; SQLite's own answer
   * includes it. */
  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    *version = MAX (*version, sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  if (*version > FH_SCHEMA_VERSION)
    {
      set_newer_error (error, self->display_name, *version);
      return FALSE;
    }

  if (!fh_schema_check_objects (self->db, *version, self->display_name, error))
    return FALSE;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("checking the plan"));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: some records refer to records that are missing. "
                     "Restore it from a backup or a JSON export."),
                      self->display_name);
      return FALSE;
    }

  return TRUE;
}

static FhStore *
store_new (const char *path)
{
  FhStore *self = g_object_new (FH_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  self->display_name = path ? g_filename_display_basename (path) : g_strdup (_("New plan"));
  return self;
}

/* Finalizes every statement prepared on self->db, so that the connection can be
 * closed and another one take its place. */
static void
clear_statements (FhStore *self)
{
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection *coll = &self->collections[c];

      g_clear_pointer (&coll->select_one, sqlite3_finalize);
      g_clear_pointer (&coll->insert, sqlite3_finalize);
      g_clear_pointer (&coll->delete, sqlite3_finalize);
    }
  g_clear_pointer (&self->select_plan, sqlite3_finalize);
  g_hash_table_remove_all (self->statements);
}

/* Reads the plan as SQLite would see it into a database in memory, then runs every
 * check on that and loads the models from it. The user's files are only read:
 * without a -wal or -journal, through an immutable read-only connection; with one,
 * from a private copy of the plan and that file, which SQLite may replay into the
 * copy. With @companions NULL, the plan is read alone. */
static gboolean
load_snapshot (FhStore            *self,
               const char         *path,
               const FhCompanions *companions,
               int                *version,
               GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *source_path = NULL;
  sqlite3         *source = NULL;
  sqlite3_backup  *backup = NULL;
  int              flags = SQLITE_OPEN_EXRESCODE;
  int              rc;

  if (companions != NULL && fh_companions_replayable (companions) != NULL)
    {
      dir = fh_companions_copy (path, self->display_name, companions, error);
      if (dir == NULL)
        return FALSE;
      source_path = g_build_filename (dir, "plan.foothold", NULL);
      flags |= SQLITE_OPEN_READWRITE;
    }
  else
    {
      source_path = fh_immutable_uri (path);
      flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }

  if (sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK ||
      !configure_connection (self->db, FALSE))
    {
      set_sqlite_error (self, error, _("opening the plan"));
      goto out;
    }

  rc = sqlite3_open_v2 (source_path, &source, flags, NULL);
  if (rc == SQLITE_OK && !configure_connection (source, dir != NULL))
    rc = sqlite3_errcode (source);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (self->db, "main", source, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (self->db);
      if (backup != NULL)
        sqlite3_backup_finish (backup);
    }

  if (rc != SQLITE_DONE)
    {
      switch (rc & 0xff)
        {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged and cannot be opened safely. Restore it from a "
                         "backup or a JSON export."),
                          self->display_name);
          break;
        case SQLITE_NOMEM:
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("Out of memory while checking “%s”."), self->display_name);
          break;
        default:
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                       _("“%s” could not be read: %s."), self->display_name, sqlite3_errstr (rc));
          break;
        }
      goto out;
    }

  sqlite3_close (source);
  source = NULL;
  if (dir != NULL)
    fh_private_dir_remove (dir);
  g_clear_pointer (&dir, g_free);

  if (!check_contents (self, TRUE, version, error))
    return FALSE;

  /* Migrating and loading share one transaction; in memory, a migration is a
   * check too: a plan whose migration fails is refused before its file is
   * touched. */
  if (!exec_sql (self, "BEGIN", error))
    return FALSE;
  if (!fh_schema_migrate (self->db, *version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  prepare_collections (self);
  if (!load_all (self, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return exec_sql (self, "COMMIT", error);

out:
  sqlite3_close (source);
  if (dir != NULL)
    fh_private_dir_remove (dir);
  return FALSE;
}

/* The companions around @path, then the snapshot; a refusal with a -wal or
 * -journal beside the plan says whether the plan without it is sound, and so
 * what to do. */
static gboolean
open_snapshot (FhStore *self, const char *path, int journal_byte, int *version, GError **error)
{
  g_autoptr (GError) local = NULL;
  FhCompanions companions;
  const char  *replayable;
  int          header_version = *version;
  gboolean     ok;

  if (!fh_companions_find (path, &companions, error))
    return FALSE;
  replayable = fh_companions_replayable (&companions);

  /* A plan in rollback-journal mode never wrote a -wal: SQLite would delete it
   * unread, so whatever it holds is someone else's. */
  if (journal_byte == 1 && companions.path[FH_COMPANION_WAL] != NULL &&
      companions.size[FH_COMPANION_WAL] > 0)
    {
      const char *wal = companions.name[FH_COMPANION_WAL];

      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CORRUPT,
                   _("“%s” lies beside “%s” but cannot belong to it: the plan does not keep "
                     "its changes in such a file. Nothing was opened and no file was changed. "
                     "Move “%s” out of the folder, then open the plan again."),
                      wal, self->display_name, wal);
      fh_companions_clear (&companions);
      return FALSE;
    }

  ok = load_snapshot (self, path, &companions, version, &local);
  if (!ok && replayable != NULL && local->code != FH_STORE_ERROR_IO)
    {
      g_autoptr (FhStore) alone = store_new (path);

      if (load_snapshot (alone, path, NULL, &header_version, NULL))
        g_set_error (error, FH_STORE_ERROR, local->code,
                     _("“%s” lies beside “%s” and does not fit it, so nothing was opened and "
                       "no file was changed. With it: %s Without it, the plan opens as it "
                       "was last saved: if “%s” holds no changes you need, move it out of the "
                       "folder, then open the plan again."),
                        replayable, self->display_name, local->message, replayable);
      else
        g_set_error (error, FH_STORE_ERROR, local->code,
                     _("%s “%s” lies beside it and was checked with it; no file was changed. "
                       "The plan is damaged without it too, so moving it away does not help."),
                        local->message, replayable);
    }
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local));

  fh_companions_clear (&companions);
  return ok;
}

/* The snapshot, and proof that what was checked is what lies on disk: a plan or
 * companion that changed meanwhile (another program writing it) is not opened. */
static gboolean
open_checked (FhStore *self, const char *path, int journal_byte, int *version, GError **error)
{
  g_autofree char *before = fh_plan_files_stamp (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) local = NULL;
  gboolean ok;

  ok = open_snapshot (self, path, journal_byte, version, &local);
  after = fh_plan_files_stamp (path);

  if (g_strcmp0 (before, after) != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_LOCKED,
                   _("“%s” changed while Foothold was checking it: another program is "
                     "writing it. Close it there, then try again."),
                      self->display_name);
      return FALSE;
    }

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local));
  return ok;
}

/**
 * fh_store_open:
 * @path: a plan file
 *
 * Opens an existing plan. The file is treated as untrusted: every check runs on
 * what SQLite would read, companion files included, before a byte of the plan or
 * of a file beside it can be written.
 */
FhStore *
fh_store_open (const char *path, GError **error)
{
  g_autoptr (FhStore) self = NULL;
  int version = 0;
  int journal_byte = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = store_new (path);

  if (!check_header (path, self->display_name, &version, &journal_byte, error) ||
      !check_writable (path, self->display_name, error))
    return NULL;

  if (!open_checked (self, path, journal_byte, &version, error))
    return NULL;

  /* Every check has passed, and the models hold the plan. Only now is the file
   * itself opened for writing: SQLite may now recover a -wal or -journal, which
   * gives what was just checked. */
  clear_statements (self);
  sqlite3_close (self->db);
  self->db = NULL;

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL) !=
        SQLITE_OK ||
      !configure_connection (self->db, TRUE))
    {
      set_sqlite_error (self, error, _("opening the plan"));
      return NULL;
    }

  /* The first write lock: with locking_mode EXCLUSIVE it is held until close. */
  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      set_locked_error (self, error);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("opening the plan"));
      return NULL;
    }

  if (!fh_schema_migrate (self->db, version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return NULL;
    }

  if (!exec_sql (self, "COMMIT", error))
    return NULL;

  prepare_collections (self);

  /* Durable on return: with synchronous=FULL, every commit is synced to the WAL. */
  if (!exec_sql (self, "PRAGMA journal_mode = WAL", error) ||
      !exec_sql (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  return g_steal_pointer (&self);
}

/* A plan file for reading only: the snapshot in memory is the store, and nothing
 * is ever written to @path or beside it (no journal-mode change, no checkpoint). */
static FhStore *
open_read_only (const char *path, GError **error)
{
  g_autoptr (FhStore) self = store_new (path);
  int version = 0;
  int journal_byte = 0;

  if (!check_header (path, self->display_name, &version, &journal_byte, error) ||
      !open_checked (self, path, journal_byte, &version, error))
    return NULL;

  g_clear_pointer (&self->path, g_free);
  return g_steal_pointer (&self);
}

/**
 * fh_store_open_any:
 * @path: a plan file or a JSON export
 *
 * Opens a plan file, or loads a JSON export, into a plan in memory, for the
 * command-line tools: they read plans kept either way, and never write the file
 * they read or any file beside it. The result has no path.
 */
FhStore *
fh_store_open_any (const char *path, GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  if (!fh_store_check_regular (path, name, error))
    return NULL;

  if (!fh_plan_json_sniff (path))
    return open_read_only (path, error);

  bytes = fh_store_read_json_file (path, error);
  if (bytes == NULL)
    return NULL;
  return fh_store_new_from_json (NULL, bytes, error);
}

static FhStore *
create_empty (const char *path, const char *user_path, GError **error)
{
  g_autoptr (FhStore) self = store_new (path);

  /* Messages name the file the user chose, not the temporary one being written. */
  if (user_path != NULL)
    {
      g_free (self->display_name);
      self->display_name = g_filename_display_basename (user_path);
    }

  if (sqlite3_open_v2 (path ? path : ":memory:", &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK ||
      !configure_connection (self->db, path != NULL))
    {
      set_sqlite_error (self, error, _("creating the plan"));
      return NULL;
    }

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return NULL;
  if (!fh_schema_migrate (self->db, 0, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return NULL;
    }
  if (!exec_sql (self, "COMMIT", error))
    return NULL;

  prepare_collections (self);
  if (!load_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* A temporary plan file and what SQLite may have put beside it. */
static void
discard_temp (const char *tmp)
{
  static const char *const companions[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *file = g_strconcat (tmp, companions[i], NULL);

      g_unlink (file);
    }
  fh_temp_file_forget (tmp);
}

/* A new plan is written under a temporary name and renamed into place when it is
 * complete, so that a failure never leaves a half-made plan at @path. */
static FhStore *
create_with_data (const char *path, FhPlanData *data, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (FhStore) store = NULL;

  if (path == NULL)
    {
      store = create_empty (NULL, NULL, error);
      if (store == NULL || !fh_store_replace_all (store, data, NULL, error))
        return NULL;
      fh_store_forget_history (store);
      return g_steal_pointer (&store);
    }

  name = g_filename_display_basename (path);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_EXISTS,
                   _("“%s” exists already. Choose another name."), name);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_READ_ONLY,
                   _("The plan cannot be created: the folder of “%s” is read-only or "
                     "missing."),
                      name);
      return NULL;
    }

  fh_store_sweep_temp_files (dir);
  tmp = fh_temp_file_random_name (path);
  fh_temp_file_register (tmp);
  store = create_empty (tmp, path, error);
  if (store == NULL)
    {
      discard_temp (tmp);
      return NULL;
    }

  if (!fh_store_replace_all (store, data, NULL, error))
    {
      g_clear_object (&store);
      discard_temp (tmp);
      return NULL;
    }
  g_clear_object (&store);

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      discard_temp (tmp);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The plan could not be saved as “%s”: %s."), name, g_strerror (saved));
      return NULL;
    }
  fh_temp_file_forget (tmp);

  return fh_store_open (path, error);
}

static FhStore *
new_from_resource (const char *path, const char *resource, GError **error)
{
  /* Looked up in the store's own bundle, so that no one has to register it. */
  g_autoptr (GBytes) bytes = g_resource_lookup_data (fh_data_get_resource (), resource, 0, NULL);

  g_return_val_if_fail (bytes != NULL, NULL);

  return fh_store_new_from_json (path, bytes, error);
}

/**
 * fh_store_new_plan:
 * @path: (nullable): where to create the plan, or %NULL for a plan in memory
 *
 * Creates a plan that holds a copy of the capability catalog, so that it stands
 * alone and can be tailored. @path must not exist.
 */
FhStore *
fh_store_new_plan (const char *path, GError **error)
{
  return new_from_resource (path, RESOURCE_BASE "/data/catalog.json", error);
}

FhStore *
fh_store_new_demo (const char *path, GError **error)
{
  return new_from_resource (path, RESOURCE_BASE "/data/demo-plan.json", error);
}

/**
 * fh_store_new_from_json:
 * @path: (nullable): where to create the plan (must not exist), or %NULL for memory
 * @json: a JSON export
 *
 * Creates a plan holding the plan in @json. Creating a plan is not an undo step.
 */
FhStore *
fh_store_new_from_json (const char *path, GBytes *json, GError **error)
{
  g_autoptr (FhPlanData) data = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  data = fh_plan_json_parse (json, error);
  if (data == NULL)
    return NULL;

  return create_with_data (path, data, error);
}

/* Accessors */

const char *
fh_store_get_path (FhStore *self)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);
  return self->path;
}

FhPlanInfo *
fh_store_get_info (FhStore *self)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);
  return self->info;
}

GListModel *
fh_store_get_model (FhStore *self, FhCollection collection)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);
  g_return_val_if_fail (collection < FH_N_COLLECTIONS, NULL);

  return G_LIST_MODEL (self->collections[collection].model);
}

gpointer
fh_store_lookup (FhStore *self, FhCollection collection, gint64 id)
{
  char key[32];

  g_return_val_if_fail (FH_IS_STORE (self), NULL);
  g_return_val_if_fail (collection < FH_N_COLLECTIONS, NULL);
  g_return_val_if_fail (!self->collections[collection].info->text_key, NULL);

  g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, id);
  return lookup_key (self, &self->collections[collection], key);
}

/* For collections keyed by a slug: capabilities and criteria. */
gpointer
fh_store_lookup_slug (FhStore *self, FhCollection collection, const char *id)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);
  g_return_val_if_fail (collection < FH_N_COLLECTIONS, NULL);
  g_return_val_if_fail (self->collections[collection].info->text_key, NULL);

  if (id == NULL)
    return NULL;
  return lookup_key (self, &self->collections[collection], id);
}

gpointer
fh_store_lookup_capability (FhStore *self, const char *id)
{
  return fh_store_lookup_slug (self, FH_COLLECTION_CAPABILITIES, id);
}

void
fh_store_get_models (FhStore *self, FhPlanModels *models)
{
  g_return_if_fail (FH_IS_STORE (self));
  g_return_if_fail (models != NULL);

  models->info = self->info;
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    models->models[c] = G_LIST_MODEL (self->collections[c].model);
}

/* Changes */

static gboolean
reference_exists (FhStore *self, const FhColumn *column, const GValue *value)
{
  if (column->references == FH_N_COLLECTIONS)
    return TRUE;

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *id = g_value_get_string (value);

      if ((column->flags & FH_COLUMN_NULLABLE) && (id == NULL || *id == '\0'))
        return TRUE;
      return fh_store_lookup_slug (self, column->references, id) != NULL;
    }

  return fh_store_lookup (self, column->references, g_value_get_int64 (value)) != NULL;
}

static gboolean
check_references (FhStore *self, const Collection *coll, GObject *record, GError **error)
{
  for (guint i = 0; i < coll->info->n_columns; i++)
    {
      const FhColumn *column = &coll->info->columns[i];
      g_auto (GValue) value = G_VALUE_INIT;

      if (column->references == FH_N_COLLECTIONS)
        continue;

      g_value_init (&value, coll->pspecs[i]->value_type);
      g_object_get_property (record, coll->pspecs[i]->name, &value);
      if (!reference_exists (self, column, &value))
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                       _("%s: it refers to something that is not in the plan."),
                          fh_field_get_label (coll->pspecs[i]));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_record (FhStore *self, Collection *coll, GObject *record, const char *label, GError **error)
{
  const FhTableInfo *info = coll->info;
  gboolean           auto_id = FALSE;
  g_autofree char   *key = NULL;

  if (!info->text_key && !info->is_link)
    {
      gint64 id;

      g_object_get (record, "id", &id, NULL);
      auto_id = id == 0;
    }

  if (!validate_record (coll->pspecs, info->n_columns, record, auto_id, error) ||
      !check_references (self, coll, record, error))
    return FALSE;

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      if (i == 0 && auto_id)
        {
          sqlite3_bind_null (coll->insert, 1);
          continue;
        }
      g_value_init (&value, coll->pspecs[i]->value_type);
      g_object_get_property (record, coll->pspecs[i]->name, &value);
      bind_value (coll->insert, i + 1, info->columns[i].flags, &value);
    }

  if (!action_begin (self, label, error))
    {
      sqlite3_reset (coll->insert);
      sqlite3_clear_bindings (coll->insert);
      return FALSE;
    }

  if (!run_step (self, info, coll->insert, FALSE, error))
    {
      action_fail (self);
      return FALSE;
    }

  if (auto_id)
    g_object_set (record, "id", (gint64)sqlite3_last_insert_rowid (self->db), NULL);

  key = key_from_record (coll, record);
  g_hash_table_insert (self->pending, g_strconcat (info->table, "\x1f", key, NULL),
                       g_object_ref (record));

  return action_end (self, error);
}

/* The undo step's name for each change, one whole sentence per collection and kind
 * of change, so that translators never see glued pieces. */
typedef enum
{
  CHANGE_ADD,
  CHANGE_EDIT,
  CHANGE_DELETE,
} ChangeKind;

static const char *
change_label (FhCollection collection, ChangeKind kind)
{
  static const struct
  {
    const char *add, *edit, *delete;
  } labels[FH_N_COLLECTIONS] = {
    [FH_COLLECTION_CAPABILITIES] = { N_("Add capability"), N_("Edit capability"), N_("Delete capability") },
      [FH_COLLECTION_PREREQUISITES] = { N_("Add prerequisite"), N_("Edit prerequisite"), N_("Delete prerequisite") },
        [FH_COLLECTION_GAPS] = { N_("Add gap"), N_("Edit gap"), N_("Delete gap") },
          [FH_COLLECTION_USE_CASES] = { N_("Add use case"), N_("Edit use case"), N_("Delete use case") },
            [FH_COLLECTION_METRICS] = { N_("Add metric"), N_("Edit metric"), N_("Delete metric") },
              [FH_COLLECTION_OPTIONS] = { N_("Add option"), N_("Edit option"), N_("Delete option") },
                [FH_COLLECTION_COST_LINES] = { N_("Add cost line"), N_("Edit cost line"), N_("Delete cost line") },
                  [FH_COLLECTION_ROADMAP] = { N_("Add roadmap item"), N_("Edit roadmap item"), N_("Delete roadmap item") },
                    [FH_COLLECTION_ASSESSMENTS] = { N_("Add assessment"), N_("Edit assessment"), N_("Delete assessment") },
                      [FH_COLLECTION_SCORES] = { N_("Add capability score"),
                        N_("Edit capability score"), N_("Delete capability score") },
                        [FH_COLLECTION_DATA_SOURCES] = { N_("Add data source"), N_("Edit data source"), N_("Delete data source") },
                          [FH_COLLECTION_GLOSSARY] = { N_("Add glossary term"),
                            N_("Edit glossary term"), N_("Delete glossary term") },
                            [FH_COLLECTION_ROLES] = { N_("Add role"), N_("Edit role"), N_("Delete role") },
                              [FH_COLLECTION_SKILLS] = { N_("Add skill"), N_("Edit skill"), N_("Delete skill") },
                                [FH_COLLECTION_ROLE_SKILLS] = { N_("Add skill level"),
                                  N_("Edit skill level"), N_("Delete skill level") },
                                  [FH_COLLECTION_CRITERIA] = { N_("Add criterion"),
                                    N_("Edit criterion"), N_("Delete criterion") },
                                    [FH_COLLECTION_OPTION_SCORES] = { N_("Add option score"),
                                      N_("Edit option score"), N_("Delete option score") },
                                      [FH_COLLECTION_BASELINE_ITEMS] = { N_("Add baseline item"),
                                        N_("Edit baseline item"), N_("Delete baseline item") },
                                        [FH_COLLECTION_ITEM_GAPS] = { N_("Link item to gap"),
                                          N_("Link item to gap"), N_("Unlink item from gap") },
                                          [FH_COLLECTION_ITEM_USE_CASES] = { N_("Link item to use case"),
                                            N_("Link item to use case"),
                                                N_("Unlink item from use case") },
                                            [FH_COLLECTION_ITEM_DEPENDENCIES] = { N_("Add dependency"),
                                              N_("Add dependency"), N_("Remove dependency") },
                                              [FH_COLLECTION_SOURCE_USE_CASES] = {
                                                N_("Link data source to use case"),
                                                    N_("Link data source to use case"),
                                                        N_("Unlink data source from use case") },
                                              };
  const char *label;

  g_return_val_if_fail (collection < FH_N_COLLECTIONS, NULL);

  switch (kind)
    {
    case CHANGE_ADD:
      label = labels[collection].add;
      break;
    case CHANGE_EDIT:
      label = labels[collection].edit;
      break;
    case CHANGE_DELETE:
    default:
      label = labels[collection].delete;
      break;
    }
  return _(label);
}

/**
 * fh_store_add:
 * @record: a new record (its id 0 to have one assigned)
 *
 * Adds @record to the plan. On success @record carries its id and is the object in
 * the collection's model.
 */
gboolean
fh_store_add (FhStore *self, gpointer record, GError **error)
{
  Collection      *coll;
  g_autofree char *label = NULL;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);

  coll = collection_for_record (self, record);
  g_return_val_if_fail (coll != NULL, FALSE);

  label = g_strdup (change_label (coll->info->collection, CHANGE_ADD));
  return insert_record (self, coll, record, label, error);
}

static gboolean
update_record (FhStore *self, GObject *record, GPtrArray *names, GArray *values, GError **error)
{
  const FhTableInfo *info = NULL;
  const FhColumn    *columns;
  guint              n_columns;
  GParamSpec       **pspecs;
  g_autoptr (GString) sql = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;
  int             *column_of = g_newa (int, names->len);
  sqlite3_stmt    *stmt;
  Collection      *coll = NULL;

  if (FH_IS_PLAN_INFO (record))
    {
      g_return_val_if_fail (record == G_OBJECT (self->info), FALSE);
      columns = fh_schema_plan_columns (&n_columns);
      pspecs = self->plan_pspecs;
    }
  else
    {
      coll = collection_for_record (self, record);
      g_return_val_if_fail (coll != NULL, FALSE);
      info = coll->info;
      columns = info->columns;
      n_columns = info->n_columns;
      pspecs = coll->pspecs;
      key = key_from_record (coll, G_OBJECT (record));
      g_return_val_if_fail (lookup_key (self, coll, key) == record, FALSE);
    }

  for (guint n = 0; n < names->len; n++)
    {
      const char *name = g_ptr_array_index (names, n);
      GValue     *value = &g_array_index (values, GValue, n);
      g_autoptr (GError) local = NULL;

      column_of[n] = -1;
      for (guint i = 0; i < n_columns; i++)
        if (g_str_equal (pspecs[i]->name, name))
          column_of[n] = i;

      g_return_val_if_fail (column_of[n] >= 0, FALSE);
      g_return_val_if_fail (!(columns[column_of[n]].flags & FH_COLUMN_KEY), FALSE);

      if (!fh_field_validate (pspecs[column_of[n]], value, &local))
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID, "%s: %s",
                       fh_field_get_label (pspecs[column_of[n]]), local->message);
          return FALSE;
        }
      if (!reference_exists (self, &columns[column_of[n]], value))
        {
          g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                       _("%s: it refers to something that is not in the plan."),
                          fh_field_get_label (pspecs[column_of[n]]));
          return FALSE;
        }
    }

  g_string_append_printf (sql, "UPDATE \"%s\" SET ", info ? info->table : "plan");
  for (guint n = 0; n < names->len; n++)
    g_string_append_printf (sql, "%s\"%s\" = ?%u", n ? ", " : "", columns[column_of[n]].name,
                            n + 2);
  g_string_append (sql, " WHERE id = ?1");

  stmt = get_statement (self, sql->str);
  g_return_val_if_fail (stmt != NULL, FALSE);

  if (coll != NULL)
    bind_key (coll, stmt, key);
  else
    sqlite3_bind_int (stmt, 1, 1);

  for (guint n = 0; n < names->len; n++)
    bind_value (stmt, n + 2, columns[column_of[n]].flags, &g_array_index (values, GValue, n));

  label = g_strdup (coll != NULL ? change_label (info->collection, CHANGE_EDIT)
                                 : _("Edit plan settings"));

  if (!action_begin (self, label, error))
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return FALSE;
    }
  if (!run_step (self, info, stmt, FALSE, error))
    {
      action_fail (self);
      return FALSE;
    }
  return action_end (self, error);
}

/**
 * fh_store_set:
 * @record: a record of this plan
 * @first_property: the first property to change, followed by its value, then more
 *   pairs, then %NULL, as for g_object_set()
 *
 * Changes some fields of @record as one undo step. Every value is checked first;
 * if one is refused, nothing changes.
 */
gboolean
fh_store_set (FhStore *self, gpointer record, GError **error, const char *first_property, ...)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  va_list  args;
  gboolean ok = TRUE;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);
  g_return_val_if_fail (first_property != NULL, FALSE);

  g_array_set_clear_func (values, (GDestroyNotify)g_value_unset);

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec      *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name);
      GValue           value = G_VALUE_INIT;
      g_autofree char *problem = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (record), name);
          ok = FALSE;
          break;
        }

      /* GValue pairs from fh_store_set_value() pass through as they are. */
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &problem);
      if (problem != NULL)
        {
          g_critical ("%s", problem);
          ok = FALSE;
          break;
        }
      g_ptr_array_add (names, (gpointer)pspec->name);
      g_array_append_val (values, value);
    }
  va_end (args);

  if (!ok)
    return FALSE;

  return update_record (self, G_OBJECT (record), names, values, error);
}

/**
 * fh_store_set_value:
 * @property: the property to change
 * @value: its new value
 *
 * fh_store_set() for one property given as a #GValue, for views that edit any
 * field of any record.
 */
gboolean
fh_store_set_value (FhStore      *self,
                    gpointer      record,
                    const char   *property,
                    const GValue *value,
                    GError      **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GValue      copy = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_return_val_if_fail (pspec != NULL, FALSE);

  g_array_set_clear_func (values, (GDestroyNotify)g_value_unset);
  g_value_init (&copy, pspec->value_type);
  if (!g_value_transform (value, &copy))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID,
                   _("%s: the value has the wrong type."), fh_field_get_label (pspec));
      g_value_unset (&copy);
      return FALSE;
    }
  g_ptr_array_add (names, (gpointer)pspec->name);
  g_array_append_val (values, copy);

  return update_record (self, G_OBJECT (record), names, values, error);
}

gboolean
fh_store_remove (FhStore *self, gpointer record, GError **error)
{
  Collection      *coll;
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);

  coll = collection_for_record (self, record);
  g_return_val_if_fail (coll != NULL, FALSE);

  key = key_from_record (coll, record);
  g_return_val_if_fail (lookup_key (self, coll, key) == record, FALSE);

  label = g_strdup (change_label (coll->info->collection, CHANGE_DELETE));
  bind_key (coll, coll->delete, key);

  if (!action_begin (self, label, error))
    {
      sqlite3_reset (coll->delete);
      sqlite3_clear_bindings (coll->delete);
      return FALSE;
    }
  if (!run_step (self, coll->info, coll->delete, TRUE, error))
    {
      action_fail (self);
      return FALSE;
    }
  return action_end (self, error);
}

/* How many links one record may have in @links. */
guint
fh_store_max_links (FhCollection links)
{
  return links == FH_COLLECTION_ITEM_DEPENDENCIES ? FH_STORE_MAX_DEPENDENCIES : FH_STORE_MAX_LINKS;
}

gboolean
fh_store_link (FhStore *self, FhCollection links, gint64 source, gint64 target, GError **error)
{
  g_autoptr (FhLink) link = NULL;
  g_autofree char *label = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt    *count;
  guint            n_from_source = 0;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (links < FH_N_COLLECTIONS, FALSE);
  g_return_val_if_fail (self->collections[links].info->is_link, FALSE);

  /* Counted by the primary key (source, target): a few rows read, whatever the size. */
  sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE source = ?1",
                         self->collections[links].info->table);
  count = get_statement (self, sql);
  if (count != NULL)
    {
      sqlite3_bind_int64 (count, 1, source);
      if (sqlite3_step (count) == SQLITE_ROW)
        n_from_source = (guint)sqlite3_column_int64 (count, 0);
      sqlite3_reset (count);
      sqlite3_clear_bindings (count);
    }
  if (n_from_source >= fh_store_max_links (links))
    {
      if (links == FH_COLLECTION_ITEM_DEPENDENCIES)
        g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID,
                     _("This item depends on %u others already, the most a plan allows. Remove "
                       "a dependency first."),
                        n_from_source);
      else
        g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_INVALID,
                     _("This record has %u links of this kind already, the most a plan allows. "
                       "Remove one first."),
                        n_from_source);
      return FALSE;
    }

  link = fh_link_new (source, target);
  label = g_strdup (change_label (links, CHANGE_ADD));
  return insert_record (self, &self->collections[links], G_OBJECT (link), label, error);
}

gboolean
fh_store_unlink (FhStore *self, FhCollection links, gint64 source, gint64 target, GError **error)
{
  g_autofree char *key = NULL;
  gpointer         link;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (links < FH_N_COLLECTIONS, FALSE);
  g_return_val_if_fail (self->collections[links].info->is_link, FALSE);

  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, source, target);
  link = lookup_key (self, &self->collections[links], key);
  if (link == NULL)
    return TRUE;

  bind_key (&self->collections[links], self->collections[links].delete, key);
  if (!action_begin (self, change_label (links, CHANGE_DELETE), error))
    {
      sqlite3_reset (self->collections[links].delete);
      sqlite3_clear_bindings (self->collections[links].delete);
      return FALSE;
    }
  if (!run_step (self, self->collections[links].info, self->collections[links].delete, TRUE, error))
    {
      action_fail (self);
      return FALSE;
    }
  return action_end (self, error);
}

/**
 * fh_store_begin:
 * @label: what the user did, as the undo step will name it
 *
 * Groups the changes up to fh_store_end() into one transaction and one undo step.
 * Models change only when the group ends.
 */
void
fh_store_begin (FhStore *self, const char *label)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (FH_IS_STORE (self));

  if (!action_begin (self, label, &error))
    {
      /* Steps will fail with their own error; remember nothing was begun. */
      g_warning ("%s", error->message);
    }
}

gboolean
fh_store_end (FhStore *self, GError **error)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  return action_end (self, error);
}

void
fh_store_cancel (FhStore *self)
{
  g_return_if_fail (FH_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  action_abort (self);
}

gboolean
fh_store_begin_action (FhStore *self, const char *label, GError **error)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return action_begin (self, label, error);
}

gboolean
fh_store_set_values (FhStore   *self,
                     gpointer   record,
                     GPtrArray *names,
                     GArray    *values,
                     GError   **error)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);
  g_return_val_if_fail (names != NULL && values != NULL && names->len == values->len, FALSE);
  g_return_val_if_fail (names->len > 0, FALSE);

  return update_record (self, G_OBJECT (record), names, values, error);
}

/* Whether @record is the plan's own object: in a model, added earlier in the action
 * under way, or the plan's settings. */
gboolean
fh_store_holds (FhStore *self, gpointer record)
{
  Collection      *coll;
  g_autofree char *key = NULL;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);

  if (record == (gpointer)self->info)
    return TRUE;
  coll = collection_for_record (self, record);
  if (coll == NULL)
    return FALSE;
  key = key_from_record (coll, record);
  return lookup_key (self, coll, key) == record;
}

/* Undo and redo */

gboolean
fh_store_can_undo (FhStore *self)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  return self->journal_pos > 0;
}

gboolean
fh_store_can_redo (FhStore *self)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  return self->journal_pos < self->journal->len;
}

const char *
fh_store_get_undo_label (FhStore *self)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);

  if (self->journal_pos == 0)
    return NULL;
  return ((JournalEntry *)g_ptr_array_index (self->journal, self->journal_pos - 1))->label;
}

const char *
fh_store_get_redo_label (FhStore *self)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);

  if (self->journal_pos >= self->journal->len)
    return NULL;
  return ((JournalEntry *)g_ptr_array_index (self->journal, self->journal_pos))->label;
}

static int
abort_on_conflict (void *data, int conflict, sqlite3_changeset_iter *iter)
{
  return SQLITE_CHANGESET_ABORT;
}

/* Applies a changeset from the journal. Foreign keys are off meanwhile: the
 * changeset already holds every cascaded change, and letting SQLite cascade again
 * would collide with them. The journal only ever moves between states that passed
 * the constraints, so what it restores passes them too. */
static gboolean
apply_changeset (FhStore *self, GBytes *changeset, GError **error)
{
  gsize         size;
  gconstpointer data = g_bytes_get_data (changeset, &size);
  int           rc;

  if (!exec_sql (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    {
      exec_sql (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }

  rc = sqlite3changeset_apply (self->db, (int)size, (void *)data, NULL, abort_on_conflict, NULL);
  if (rc != SQLITE_OK)
    {
      if (rc == SQLITE_ABORT)
        g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                             _("The plan no longer matches the step to undo or redo, so "
                               "nothing was changed."));
      else
        set_sqlite_error (self, error, _("undoing or redoing"));
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      exec_sql (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }

  if (!exec_sql (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      exec_sql (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }

  return exec_sql (self, "PRAGMA foreign_keys = ON", error);
}

gboolean
fh_store_undo (FhStore *self, GError **error)
{
  JournalEntry *entry;
  int           size = 0;
  void         *data = NULL;
  g_autoptr (GBytes) inverse = NULL;
  gsize         n;
  gconstpointer forward;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!fh_store_can_undo (self))
    return TRUE;

  entry = g_ptr_array_index (self->journal, self->journal_pos - 1);
  forward = g_bytes_get_data (entry->changeset, &n);
  if (sqlite3changeset_invert ((int)n, forward, &size, &data) != SQLITE_OK)
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                           _("Out of memory while undoing."));
      return FALSE;
    }
  inverse = g_bytes_new_with_free_func (data, size, sqlite3_free, data);

  if (!apply_changeset (self, inverse, error))
    return FALSE;

  self->journal_pos--;
  refresh_from_changeset (self, inverse);
  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
fh_store_redo (FhStore *self, GError **error)
{
  JournalEntry *entry;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!fh_store_can_redo (self))
    return TRUE;

  entry = g_ptr_array_index (self->journal, self->journal_pos);
  if (!apply_changeset (self, entry->changeset, error))
    return FALSE;

  self->journal_pos++;
  refresh_from_changeset (self, entry->changeset);
  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

void
fh_store_forget_history (FhStore *self)
{
  g_return_if_fail (FH_IS_STORE (self));

  g_ptr_array_set_size (self->journal, 0);
  self->journal_pos = 0;
  notify_history (self);
}

/* Whole plans */

FhPlanData *
fh_plan_data_new (void)
{
  FhPlanData *data = g_new0 (FhPlanData, 1);

  data->info = g_object_new (FH_TYPE_PLAN_INFO, NULL);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    data->records[c] = g_ptr_array_new_with_free_func (g_object_unref);
  return data;
}

void
fh_plan_data_free (FhPlanData *data)
{
  if (data == NULL)
    return;

  g_clear_object (&data->info);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_ptr_array_unref (data->records[c]);
  g_free (data);
}

static gboolean
write_plan_info (FhStore *self, FhPlanInfo *info, GError **error)
{
  guint           n_columns;
  const FhColumn *columns = fh_schema_plan_columns (&n_columns);
  g_autoptr (GString) sql = g_string_new ("UPDATE plan SET ");
  sqlite3_stmt *stmt;

  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, "%s\"%s\" = ?%u", i ? ", " : "", columns[i].name, i + 1);
  g_string_append (sql, " WHERE id = 1");

  stmt = get_statement (self, sql->str);
  for (guint i = 0; i < n_columns; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      g_value_init (&value, self->plan_pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (info), self->plan_pspecs[i]->name, &value);
      bind_value (stmt, i + 1, columns[i].flags, &value);
    }

  return run_step (self, NULL, stmt, FALSE, error);
}

/**
 * fh_store_replace_all:
 * @data: a whole plan, already validated
 * @label: (nullable): the undo step's label
 *
 * Replaces everything in the plan with @data in one transaction and one undo step.
 */
gboolean
fh_store_replace_all (FhStore *self, FhPlanData *data, const char *label, GError **error)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!action_begin (self, label ? label : _("Import plan"), error))
    return FALSE;

  /* Children first, so that no cascade runs: every deleted row is one change. */
  for (int c = FH_N_COLLECTIONS - 1; c >= 0; c--)
    {
      g_autofree char *sql =
        g_strdup_printf ("DELETE FROM \"%s\"", self->collections[c].info->table);

      if (!exec_sql (self, sql, error))
        {
          action_abort (self);
          return FALSE;
        }
    }

  if (!write_plan_info (self, data->info, error))
    {
      action_abort (self);
      return FALSE;
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection *coll = &self->collections[c];

      for (guint r = 0; r < data->records[c]->len; r++)
        {
          GObject *record = g_ptr_array_index (data->records[c], r);

          for (guint i = 0; i < coll->info->n_columns; i++)
            {
              g_auto (GValue) value = G_VALUE_INIT;

              g_value_init (&value, coll->pspecs[i]->value_type);
              g_object_get_property (record, coll->pspecs[i]->name, &value);
              bind_value (coll->insert, i + 1, coll->info->columns[i].flags, &value);
            }

          if (!run_step (self, coll->info, coll->insert, FALSE, error))
            {
              action_abort (self);
              return FALSE;
            }
        }
    }

  return action_end (self, error);
}

GBytes *
fh_store_export_json (FhStore *self, GError **error)
{
  g_return_val_if_fail (FH_IS_STORE (self), NULL);

  return fh_plan_json_write (self);
}

/**
 * fh_store_import_json:
 * @json: a JSON export
 *
 * Replaces the plan's contents with the plan in @json, as one undo step. The whole
 * document is checked first; if anything in it is refused, nothing changes.
 */
gboolean
fh_store_import_json (FhStore *self, GBytes *json, GError **error)
{
  g_autoptr (FhPlanData) data = NULL;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  data = fh_plan_json_parse (json, error);
  if (data == NULL)
    return FALSE;

  return fh_store_replace_all (self, data, _("Import plan"), error);
}

/**
 * fh_store_save_copy:
 * @path: where to write the copy; an existing file there is replaced
 *
 * Writes a compacted copy of the plan. The open plan stays the one being edited.
 */
gboolean
fh_store_save_copy (FhStore *self, const char *path, GError **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  sqlite3_stmt    *stmt = NULL;
  int              rc;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  name = g_filename_display_basename (path);
  if (g_strcmp0 (path, self->path) == 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_EXISTS,
                   _("“%s” is the open plan itself. Choose another name for the copy."), name);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  fh_store_sweep_temp_files (dir);
  tmp = fh_temp_file_random_name (path);
  fh_temp_file_register (tmp);
  if (sqlite3_prepare_v2 (self->db, "VACUUM INTO ?1", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, error, _("saving a copy"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, tmp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      discard_temp (tmp);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The copy could not be written to “%s”: %s."), name,
                      sqlite3_errmsg (self->db));
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      discard_temp (tmp);
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The copy could not be written to “%s”: %s."), name, g_strerror (saved));
      return FALSE;
    }
  fh_temp_file_forget (tmp);

  return TRUE;
}
