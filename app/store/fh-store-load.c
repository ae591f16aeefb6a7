/* fh-store-load.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "fh-store-private.h"

#include "fh-field.h"
#include "fh-link.h"

/* Rows into records, records into the models. A model holds its collection sorted
 * by key, with an index by key beside it. After a change, the changeset names the
 * rows it touched, and only those are read again (fh_store_refresh()). */

#define RELOAD_THRESHOLD 2000 /* more changed rows than this: reload the models whole */

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

int
fh_store_bind_value (sqlite3_stmt *stmt, int index, FhColumnFlags flags, const GValue *value)
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

int
fh_store_bind_key (const Collection *coll, sqlite3_stmt *stmt, const char *key)
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

static sqlite3_stmt *
prepare (FhStore *self, const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->db));

  return stmt;
}

/* Cached statements for SQL built at run time (updates of a few columns). */
sqlite3_stmt *
fh_store_get_statement (FhStore *self, const char *sql)
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

void
fh_store_prepare_collections (FhStore *self)
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
          fh_store_set_sqlite_error (self, error, _("reading the plan"));
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
          fh_store_set_sqlite_error (self, error, _("reading the plan"));
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

          g_hash_table_insert (coll->index, fh_store_key_of (coll, record), record);
        }
      g_list_store_splice (coll->model, 0, n_old, loaded[c]->pdata, loaded[c]->len);
    }
}

gboolean
fh_store_load_all (FhStore *self, GError **error)
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

  fh_store_bind_key (coll, coll->select_one, key);
  if (sqlite3_step (coll->select_one) == SQLITE_ROW)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GObject) fresh = NULL;
      g_autofree char *pending_key = fh_store_pending_key (coll, key);

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

void
fh_store_refresh (FhStore *self, GBytes *changeset)
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

      if (!fh_store_load_all (self, &error))
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
