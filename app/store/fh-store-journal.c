/* fh-store-journal.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-store-private.h"

/* Actions, undo and redo. Every change runs as an action: one transaction, recorded
 * by SQLite's session extension. Its changeset is the undo step: inverted to undo,
 * applied again to redo. Actions nest; only the outermost one commits. */

static gboolean
is_int_keyed (gpointer record)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), "id");

  return pspec != NULL && G_IS_PARAM_SPEC_INT64 (pspec);
}

/* Records added in an action that are not in the models once it is over never
 * reached the plan (the action was cancelled, or removed them again): they go back
 * to having no id. */
static void
forget_pending (FhStore *self)
{
  GHashTableIter iter;
  gpointer       record;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    {
      Collection      *coll = fh_store_collection_of (self, record);
      g_autofree char *key = NULL;

      if (coll == NULL || !is_int_keyed (record))
        continue;
      key = fh_store_key_of (coll, record);
      if (g_hash_table_lookup (coll->index, key) != record)
        g_object_set (record, "id", (gint64)0, NULL);
    }
  g_hash_table_remove_all (self->pending);
}

gboolean
fh_store_action_begin (FhStore *self, const char *label, GError **error)
{
  if (self->depth++ > 0)
    return TRUE;

  if (!fh_store_exec_sql (self, "BEGIN IMMEDIATE", error))
    {
      self->depth = 0;
      return FALSE;
    }

  if (sqlite3session_create (self->db, "main", &self->session) != SQLITE_OK ||
      sqlite3session_attach (self->session, NULL) != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("saving the change"));
      g_clear_pointer (&self->session, sqlite3session_delete);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->depth = 0;
      return FALSE;
    }

  g_free (self->action_label);
  self->action_label = g_strdup (label);
  return TRUE;
}

void
fh_store_action_abort (FhStore *self)
{
  g_return_if_fail (self->depth > 0);

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->action_label, g_free);
  forget_pending (self);
  self->depth = 0;
}

gboolean
fh_store_action_end (FhStore *self, GError **error)
{
  int   size = 0;
  void *data = NULL;
  g_autoptr (GBytes) changeset = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  if (sqlite3session_changeset (self->session, &size, &data) != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("saving the change"));
      self->depth = 1;
      fh_store_action_abort (self);
      return FALSE;
    }
  changeset = g_bytes_new_with_free_func (data, size, sqlite3_free, data);
  g_clear_pointer (&self->session, sqlite3session_delete);

  if (sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      fh_store_set_sqlite_error (self, error, _("saving the change"));
      self->depth = 1;
      fh_store_action_abort (self);
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

      fh_store_refresh (self, changeset);
    }

  forget_pending (self);
  g_clear_pointer (&self->action_label, g_free);

  if (size > 0)
    {
      fh_store_notify_history (self);
      fh_store_emit_changed (self);
    }

  return TRUE;
}

/* Leaves the action after a failed step: a single change is rolled back whole; in
 * a group, only the step was. */
void
fh_store_action_fail (FhStore *self)
{
  if (self->depth == 1)
    fh_store_action_abort (self);
  else
    self->depth--;
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

  if (!fh_store_action_begin (self, label, &error))
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

  return fh_store_action_end (self, error);
}

void
fh_store_cancel (FhStore *self)
{
  g_return_if_fail (FH_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  fh_store_action_abort (self);
}

gboolean
fh_store_begin_action (FhStore *self, const char *label, GError **error)
{
  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return fh_store_action_begin (self, label, error);
}

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

  if (!fh_store_exec_sql (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  if (!fh_store_exec_sql (self, "BEGIN IMMEDIATE", error))
    {
      fh_store_exec_sql (self, "PRAGMA foreign_keys = ON", NULL);
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
        fh_store_set_sqlite_error (self, error, _("undoing or redoing"));
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      fh_store_exec_sql (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }

  if (!fh_store_exec_sql (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      fh_store_exec_sql (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }

  return fh_store_exec_sql (self, "PRAGMA foreign_keys = ON", error);
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
  fh_store_refresh (self, inverse);
  fh_store_notify_history (self);
  fh_store_emit_changed (self);
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
  fh_store_refresh (self, entry->changeset);
  fh_store_notify_history (self);
  fh_store_emit_changed (self);
  return TRUE;
}

void
fh_store_forget_history (FhStore *self)
{
  g_return_if_fail (FH_IS_STORE (self));

  g_ptr_array_set_size (self->journal, 0);
  self->journal_pos = 0;
  fh_store_notify_history (self);
}
