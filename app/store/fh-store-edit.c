/* fh-store-edit.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-store-private.h"

/* Applying an edit that core described (FhEdit): every step runs inside one action,
 * so the edit is one transaction and one undo step named by the edit's label. A
 * step that fails cancels the action: the plan is as it was before the call. */

static void
set_gone_error (GError **error)
{
  g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_CONFLICT,
                       _("Something this change refers to is no longer in the plan. Nothing "
                         "was changed; try again."));
}

/* The id of the record @ref names: a record of the plan, or one an earlier step
 * added. */
static gint64
resolve (FhEdit *edit, FhEditRef ref)
{
  const FhEditStep *added;
  GParamSpec       *pspec;
  gint64            id = 0;

  if (ref.step == 0)
    return ref.id;

  added = fh_edit_get_step (edit, ref.step - 1);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (added->record), "id");
  g_return_val_if_fail (pspec != NULL && G_IS_PARAM_SPEC_INT64 (pspec), 0);
  g_object_get (added->record, "id", &id, NULL);
  return id;
}

static gboolean
apply_add (FhStore *self, FhEdit *edit, const FhEditStep *step, GError **error)
{
  for (guint i = 0; step->names != NULL && i < step->names->len; i++)
    {
      gint64 id = resolve (edit, g_array_index (step->refs, FhEditRef, i));

      if (id <= 0)
        {
          set_gone_error (error);
          return FALSE;
        }
      g_object_set (step->record, g_ptr_array_index (step->names, i), id, NULL);
    }

  return fh_store_add (self, step->record, error);
}

static gboolean
apply_step (FhStore *self, FhEdit *edit, const FhEditStep *step, GError **error)
{
  gint64 source, target;

  switch (step->kind)
    {
    case FH_EDIT_ADD:
      return apply_add (self, edit, step, error);

    case FH_EDIT_SET:
      if (!fh_store_holds (self, step->record))
        {
          set_gone_error (error);
          return FALSE;
        }
      return fh_store_set_values (self, step->record, step->names, step->values, error);

    case FH_EDIT_REMOVE:
      if (!fh_store_holds (self, step->record))
        {
          set_gone_error (error);
          return FALSE;
        }
      return fh_store_remove (self, step->record, error);

    case FH_EDIT_LINK:
    case FH_EDIT_UNLINK:
      source = resolve (edit, step->source);
      target = resolve (edit, step->target);
      if (source <= 0 || target <= 0)
        {
          set_gone_error (error);
          return FALSE;
        }
      if (step->kind == FH_EDIT_LINK)
        return fh_store_link (self, step->links, source, target, error);
      return fh_store_unlink (self, step->links, source, target, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * fh_store_apply_edit:
 * @edit: a change described in core
 *
 * Applies every step of @edit in order, as one transaction and one undo step that
 * carries @edit's label. The models change once, at the end. An edit without steps
 * changes nothing and succeeds. It is a whole action of its own: never call it
 * between fh_store_begin() and fh_store_end().
 *
 * Returns: %TRUE when the whole edit was applied; %FALSE with @error, and the plan
 *   unchanged, when a step was refused
 */
gboolean
fh_store_apply_edit (FhStore *self, FhEdit *edit, GError **error)
{
  guint n_steps;

  g_return_val_if_fail (FH_IS_STORE (self), FALSE);
  g_return_val_if_fail (FH_IS_EDIT (edit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_steps = fh_edit_get_n_steps (edit);
  if (n_steps == 0)
    return TRUE;

  if (!fh_store_begin_action (self, fh_edit_get_label (edit), error))
    return FALSE;

  for (guint i = 0; i < n_steps; i++)
    if (!apply_step (self, edit, fh_edit_get_step (edit, i), error))
      {
        fh_store_cancel (self);
        return FALSE;
      }

  return fh_store_end (self, error);
}
