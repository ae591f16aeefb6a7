/* fh-store-change.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <gobject/gvaluecollector.h>
#include <string.h>

#include "fh-store-private.h"

#include "fh-field.h"
#include "fh-link.h"

/* Adding, changing and removing records, and linking them. Every value is checked
 * before SQL sees it, and what SQLite still refuses gets a sentence of its own;
 * each call is one action, so one undo step named by change_label(). */

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
  else if (strstr (message, "scenarios.shown"))
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("Another scenario is shown already. A plan shows one scenario at a "
                           "time."));
  else if (strstr (message, "scenario_items.scenario"))
    g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                         _("That scenario places this roadmap item already."));
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

/* Runs one statement inside the current action. A failed statement is rolled back
 * on its own through a savepoint, so a group of changes can go on without it. */
gboolean
fh_store_run_step (FhStore           *self,
                   const FhTableInfo *info,
                   sqlite3_stmt      *stmt,
                   gboolean           deleting,
                   GError           **error)
{
  int rc;

  g_return_val_if_fail (self->depth > 0, FALSE);

  fh_store_exec_sql (self, "SAVEPOINT step", NULL);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        set_constraint_error (self, info, deleting, error);
      else
        fh_store_set_sqlite_error (self, error, _("saving the change"));
      fh_store_exec_sql (self, "ROLLBACK TO step", NULL);
      fh_store_exec_sql (self, "RELEASE step", NULL);
      return FALSE;
    }

  fh_store_exec_sql (self, "RELEASE step", NULL);
  return TRUE;
}

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
      fh_store_bind_value (coll->insert, i + 1, info->columns[i].flags, &value);
    }

  if (!fh_store_action_begin (self, label, error))
    {
      sqlite3_reset (coll->insert);
      sqlite3_clear_bindings (coll->insert);
      return FALSE;
    }

  if (!fh_store_run_step (self, info, coll->insert, FALSE, error))
    {
      fh_store_action_fail (self);
      return FALSE;
    }

  if (auto_id)
    g_object_set (record, "id", (gint64)sqlite3_last_insert_rowid (self->db), NULL);

  key = fh_store_key_of (coll, record);
  g_hash_table_insert (self->pending, fh_store_pending_key (coll, key), g_object_ref (record));

  return fh_store_action_end (self, error);
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
              [FH_COLLECTION_MODELS] = { N_("Add model"), N_("Edit model"), N_("Delete model") },
                [FH_COLLECTION_PIPELINES] = { N_("Add pipeline"), N_("Edit pipeline"), N_("Delete pipeline") },
                  [FH_COLLECTION_OPTIONS] = { N_("Add option"), N_("Edit option"), N_("Delete option") },
                    [FH_COLLECTION_OPTION_SHARES] = { N_("Share option"), N_("Edit shared option"), N_("Stop sharing option") },
                      [FH_COLLECTION_COST_LINES] = { N_("Add cost line"), N_("Edit cost line"), N_("Delete cost line") },
                        [FH_COLLECTION_ROADMAP] = { N_("Add roadmap item"),
                          N_("Edit roadmap item"), N_("Delete roadmap item") },
                          [FH_COLLECTION_ASSESSMENTS] = { N_("Add assessment"), N_("Edit assessment"), N_("Delete assessment") },
                            [FH_COLLECTION_SCORES] = { N_("Add capability score"),
                              N_("Edit capability score"), N_("Delete capability score") },
                              [FH_COLLECTION_DATA_SOURCES] = { N_("Add data source"),
                                N_("Edit data source"), N_("Delete data source") },
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
                                              N_("Edit baseline item"),
                                                  N_("Delete baseline item") },
                                              [FH_COLLECTION_ITEM_GAPS] = { N_("Link item to gap"),
                                                N_("Link item to gap"),
                                                    N_("Unlink item from gap") },
                                                [FH_COLLECTION_ITEM_USE_CASES] = { N_("Link item to use case"),
                                                  N_("Link item to use case"),
                                                      N_("Unlink item from use case") },
                                                  [FH_COLLECTION_ITEM_DEPENDENCIES] = { N_("Add dependency"),
                                                    N_("Add dependency"),
                                                        N_("Remove dependency") },
                                                    [FH_COLLECTION_SOURCE_USE_CASES] = { N_("Link data source to use case"),
                                                      N_("Link data source to use case"),
                                                          N_("Unlink data source from use case") },
                                                      [FH_COLLECTION_SCENARIOS] = { N_("Add scenario"),
                                                        N_("Rename scenario"),
                                                            N_("Delete scenario") },
                                                        [FH_COLLECTION_SCENARIO_ITEMS] = { N_("Add scenario item"),
                                                          N_("Edit scenario item"),
                                                              N_("Delete scenario item") },
                                                          [FH_COLLECTION_SCENARIO_OPTIONS] = { N_("Choose option in scenario"),
                                                            N_("Choose option in scenario"),
                                                              N_("Unchoose option in scenario") },
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

/* Runs @stmt, bound already, as an action of its own (or a step of the group under
 * way). */
static gboolean
run_action (FhStore           *self,
            const char        *label,
            const FhTableInfo *info,
            sqlite3_stmt      *stmt,
            gboolean           deleting,
            GError           **error)
{
  if (!fh_store_action_begin (self, label, error))
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return FALSE;
    }
  if (!fh_store_run_step (self, info, stmt, deleting, error))
    {
      fh_store_action_fail (self);
      return FALSE;
    }
  return fh_store_action_end (self, error);
}

/* Deletes the row of @coll with @key. */
static gboolean
delete_row (FhStore *self, Collection *coll, const char *key, GError **error)
{
  fh_store_bind_key (coll, coll->delete, key);
  return run_action (self, change_label (coll->info->collection, CHANGE_DELETE), coll->info,
                     coll->delete, TRUE, error);
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

  coll = fh_store_collection_of (self, record);
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
      coll = fh_store_collection_of (self, record);
      g_return_val_if_fail (coll != NULL, FALSE);
      info = coll->info;
      columns = info->columns;
      n_columns = info->n_columns;
      pspecs = coll->pspecs;
      key = fh_store_key_of (coll, G_OBJECT (record));
      g_return_val_if_fail (fh_store_lookup_key (self, coll, key) == record, FALSE);
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

  stmt = fh_store_get_statement (self, sql->str);
  g_return_val_if_fail (stmt != NULL, FALSE);

  if (coll != NULL)
    fh_store_bind_key (coll, stmt, key);
  else
    sqlite3_bind_int (stmt, 1, 1);

  for (guint n = 0; n < names->len; n++)
    fh_store_bind_value (stmt, n + 2, columns[column_of[n]].flags,
                         &g_array_index (values, GValue, n));

  return run_action (self, coll != NULL ? change_label (info->collection, CHANGE_EDIT)
                                        : _("Edit plan settings"), info, stmt, FALSE, error);
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

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (record), FALSE);

  coll = fh_store_collection_of (self, record);
  g_return_val_if_fail (coll != NULL, FALSE);

  key = fh_store_key_of (coll, record);
  g_return_val_if_fail (fh_store_lookup_key (self, coll, key) == record, FALSE);

  return delete_row (self, coll, key, error);
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
  count = fh_store_get_statement (self, sql);
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
  link = fh_store_lookup_key (self, &self->collections[links], key);
  if (link == NULL)
    return TRUE;

  return delete_row (self, &self->collections[links], key, error);
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
  coll = fh_store_collection_of (self, record);
  if (coll == NULL)
    return FALSE;
  key = fh_store_key_of (coll, record);
  return fh_store_lookup_key (self, coll, key) == record;
}
