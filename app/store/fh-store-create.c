/* fh-store-create.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fh-store-private.h"

#include "fh-data-resources.h"
#include "fh-capability.h"
#include "fh-prerequisite.h"
#include "fh-temp-file.h"

/* New plans, and whole plans in and out: a plan is created from a JSON document
 * (the catalog, the demo, an export) under a temporary name and renamed into place
 * when complete; an import replaces everything in one action. */

static FhStore *
create_empty (const char *path, const char *user_path, GError **error)
{
  g_autoptr (FhStore) self = fh_store_new_unopened (path);

  /* Messages name the file the user chose, not the temporary one being written. */
  if (user_path != NULL)
    {
      g_free (self->display_name);
      self->display_name = g_filename_display_basename (user_path);
    }

  if (sqlite3_open_v2 (path ? path : ":memory:", &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE,
                       NULL) != SQLITE_OK ||
      !fh_store_configure_connection (self->db, path != NULL))
    {
      fh_store_set_sqlite_error (self, error, _("creating the plan"));
      return NULL;
    }

  if (!fh_store_exec_sql (self, "BEGIN IMMEDIATE", error))
    return NULL;
  if (!fh_schema_migrate (self->db, 0, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return NULL;
    }
  if (!fh_store_exec_sql (self, "COMMIT", error))
    return NULL;

  fh_store_prepare_collections (self);
  if (!fh_store_load_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
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
  int saved;

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
      fh_store_discard_temp (tmp);
      return NULL;
    }

  if (!fh_store_replace_all (store, data, NULL, error))
    {
      g_clear_object (&store);
      fh_store_discard_temp (tmp);
      return NULL;
    }
  g_clear_object (&store);

  saved = fh_store_settle_temp (tmp, path);
  if (saved != 0)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_IO,
                   _("The plan could not be saved as “%s”: %s."), name, g_strerror (saved));
      return NULL;
    }

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

/**
 * fh_store_new_plan_with:
 * @path: (nullable): where to create the plan, or %NULL for a plan in memory
 * @currency: the ISO 4217 code the plan starts with
 * @horizon_years: the years it compares costs over and spans its roadmap on
 *
 * fh_store_new_plan() with the plan's currency and horizon set (the user's
 * preferences for new plans). Creating a plan is never an undo step, and neither is
 * this: the new plan has no history. A value the plan refuses (the preferences check
 * theirs, so only a hand-edited setting) leaves the catalog's own, and says so on the
 * log.
 */
FhStore *
fh_store_new_plan_with (const char *path, const char *currency, int horizon_years, GError **error)
{
  g_autoptr (FhStore) store = fh_store_new_plan (path, error);
  g_autoptr (GError) refused = NULL;

  if (store == NULL)
    return NULL;
  if (!fh_store_set (store, store->info, &refused, "currency", currency, "horizon-years",
                     horizon_years, NULL))
    g_message ("New plan: keeping the catalog's currency and horizon: %s", refused->message);
  fh_store_forget_history (store);
  return g_steal_pointer (&store);
}

/**
 * fh_store_catalog_missing:
 * @prerequisites: (out) (optional) (transfer full) (element-type FhPrerequisite): the
 *   catalog's prerequisites of those capabilities, as new records
 *
 * What the shipped catalog has that this plan does not: a plan keeps the catalog it
 * was created with, and the app offers what came later.
 *
 * Returns: (transfer full) (element-type FhCapability): the catalog's capabilities
 *   whose id the plan does not have, in catalog order, as new records
 */
GPtrArray *
fh_store_catalog_missing (FhStore *self, GPtrArray **prerequisites)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (FhPlanData) data = NULL;
  g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *missing = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *catalog;

  g_return_val_if_fail (FH_IS_STORE (self), missing);

  if (prerequisites != NULL)
    *prerequisites = g_ptr_array_new_with_free_func (g_object_unref);
  bytes =
    g_resource_lookup_data (fh_data_get_resource (), RESOURCE_BASE "/data/catalog.json", 0, NULL);
  data = bytes != NULL ? fh_plan_json_parse (bytes, NULL) : NULL;
  g_return_val_if_fail (data != NULL, missing);

  catalog = data->records[FH_COLLECTION_CAPABILITIES];
  for (guint i = 0; i < catalog->len; i++)
    {
      FhCapability *capability = g_ptr_array_index (catalog, i);

      if (fh_store_lookup_capability (self, fh_capability_get_id (capability)) == NULL)
        {
          g_ptr_array_add (missing, g_object_ref (capability));
          g_hash_table_add (known, (gpointer)fh_capability_get_id (capability));
        }
    }

  /* A prerequisite of a new capability on one the plan has, or on another new one. */
  for (guint i = 0; prerequisites != NULL && i < data->records[FH_COLLECTION_PREREQUISITES]->len;
       i++)
    {
      FhPrerequisite *row = g_ptr_array_index (data->records[FH_COLLECTION_PREREQUISITES], i);
      const char     *requires = fh_prerequisite_get_requires (row);

      if (!g_hash_table_contains (known, fh_prerequisite_get_capability (row)))
        continue;
      if (requires[0] != '\0' && !g_hash_table_contains (known, requires) &&
          fh_store_lookup_capability (self, requires) == NULL)
        continue;
      g_ptr_array_add (*prerequisites,
                       fh_prerequisite_new (fh_prerequisite_get_capability (row),
                                            fh_prerequisite_get_stage (row), requires,
                                            fh_prerequisite_get_requires_stage (row)));
    }

  return missing;
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

  stmt = fh_store_get_statement (self, sql->str);
  for (guint i = 0; i < n_columns; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      g_value_init (&value, self->plan_pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (info), self->plan_pspecs[i]->name, &value);
      fh_store_bind_value (stmt, i + 1, columns[i].flags, &value);
    }

  return fh_store_run_step (self, NULL, stmt, FALSE, error);
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

  if (!fh_store_action_begin (self, label ? label : _("Import plan"), error))
    return FALSE;

  /* Children first, so that no cascade runs: every deleted row is one change. */
  for (int c = FH_N_COLLECTIONS - 1; c >= 0; c--)
    {
      g_autofree char *sql =
        g_strdup_printf ("DELETE FROM \"%s\"", self->collections[c].info->table);

      if (!fh_store_exec_sql (self, sql, error))
        {
          fh_store_action_abort (self);
          return FALSE;
        }
    }

  if (!write_plan_info (self, data->info, error))
    {
      fh_store_action_abort (self);
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
              fh_store_bind_value (coll->insert, i + 1, coll->info->columns[i].flags, &value);
            }

          if (!fh_store_run_step (self, coll->info, coll->insert, FALSE, error))
            {
              fh_store_action_abort (self);
              return FALSE;
            }
        }
    }

  return fh_store_action_end (self, error);
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
