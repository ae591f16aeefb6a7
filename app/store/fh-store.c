/* fh-store.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-store-private.h"

#include "fh-link.h"

/* The open plan: the SQLite file, one GListModel per collection, and the undo
 * journal. This file holds the object and its accessors; fh-store-private.h lists
 * where the rest lives.
 *
 * Every change runs as an "action": one transaction, recorded by SQLite's session
 * extension. The changeset it yields is the undo step (inverted to undo, applied
 * again to redo), and it is also what tells the models which rows to reload, so a
 * change costs the rows it touches, never a reload of the plan. */

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

char *
fh_store_key_of (const Collection *coll, GObject *record)
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

Collection *
fh_store_collection_of (FhStore *self, gpointer record)
{
  const FhTableInfo *info = fh_schema_table_for_type (G_OBJECT_TYPE (record));

  return info ? &self->collections[info->collection] : NULL;
}

/* The key of a record added in the action under way, in self->pending. */
char *
fh_store_pending_key (const Collection *coll, const char *key)
{
  return g_strconcat (coll->info->table, "\x1f", key, NULL);
}

/* The record with @key, including those added earlier in the action under way,
 * which reach the models only when it ends. */
GObject *
fh_store_lookup_key (FhStore *self, const Collection *coll, const char *key)
{
  GObject *record = g_hash_table_lookup (coll->index, key);

  if (record == NULL && self->depth > 0)
    {
      g_autofree char *pending_key = fh_store_pending_key (coll, key);

      record = g_hash_table_lookup (self->pending, pending_key);
    }

  return record;
}

/* Errors */

void
fh_store_set_sqlite_error (FhStore *self, GError **error, const char *doing)
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

/* For the other files of the store */

gboolean
fh_store_exec_sql (FhStore *self, const char *sql, GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("saving the change"));
      return FALSE;
    }
  return TRUE;
}

void
fh_store_notify_history (FhStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

void
fh_store_emit_changed (FhStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Finalizes every statement prepared on self->db, so that the connection can be
 * closed and another one take its place. */
void
fh_store_clear_statements (FhStore *self)
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

/* Construction */

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

static void
fh_store_finalize (GObject *object)
{
  FhStore *self = (FhStore *)object;

  if (self->depth > 0)
    fh_store_action_abort (self);

  fh_store_clear_statements (self);
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      Collection *coll = &self->collections[c];

      g_clear_pointer (&coll->index, g_hash_table_unref);
      g_clear_object (&coll->model);
      g_free (coll->pspecs);
    }
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

/* A store with no database yet, for the functions that open or create one. */
FhStore *
fh_store_new_unopened (const char *path)
{
  FhStore *self = g_object_new (FH_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  self->display_name = path ? g_filename_display_basename (path) : g_strdup (_("New plan"));
  return self;
}

/* Accessors */

char *
fh_store_describe_engine (void)
{
  return g_strdup_printf ("SQLite %s\njson-glib %d.%d.%d (built against)\n", sqlite3_libversion (),
                          JSON_MAJOR_VERSION, JSON_MINOR_VERSION, JSON_MICRO_VERSION);
}

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
  return fh_store_lookup_key (self, &self->collections[collection], key);
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
  return fh_store_lookup_key (self, &self->collections[collection], id);
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
