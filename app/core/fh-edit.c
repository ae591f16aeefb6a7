/* fh-edit.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-core"

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "fh-edit.h"

/* A multi-step change is built here, from the plan's current records, so that it
 * can be tested without a display and applied by one call (HACKING.md, "Described
 * edits"). */
struct _FhEdit
{
  GObject parent_instance;

  char   *label;
  GArray *steps; /* FhEditStep */
};

G_DEFINE_FINAL_TYPE (FhEdit, fh_edit, G_TYPE_OBJECT)

static void
clear_step (gpointer data)
{
  FhEditStep *step = data;

  g_clear_object (&step->record);
  g_clear_pointer (&step->names, g_ptr_array_unref);
  g_clear_pointer (&step->values, g_array_unref);
  g_clear_pointer (&step->refs, g_array_unref);
}

static FhEditStep *
append_step (FhEdit *self, FhEditKind kind)
{
  FhEditStep step = { .kind = kind, .links = FH_N_COLLECTIONS };

  g_array_append_val (self->steps, step);
  return &g_array_index (self->steps, FhEditStep, self->steps->len - 1);
}

static gboolean
is_earlier_add (FhEdit *self, FhEditRef ref)
{
  if (ref.step == 0)
    return ref.id > 0;
  return ref.step <= self->steps->len &&
         g_array_index (self->steps, FhEditStep, ref.step - 1).kind == FH_EDIT_ADD;
}

static void
fh_edit_finalize (GObject *object)
{
  FhEdit *self = FH_EDIT (object);

  g_free (self->label);
  g_array_unref (self->steps);

  G_OBJECT_CLASS (fh_edit_parent_class)->finalize (object);
}

static void
fh_edit_class_init (FhEditClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fh_edit_finalize;
}

static void
fh_edit_init (FhEdit *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (FhEditStep));
  g_array_set_clear_func (self->steps, clear_step);
}

/**
 * fh_edit_new:
 * @label: what the user did, as the undo step will name it (translated)
 */
FhEdit *
fh_edit_new (const char *label)
{
  FhEdit *self;

  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (FH_TYPE_EDIT, NULL);
  self->label = g_strdup (label);
  return self;
}

const char *
fh_edit_get_label (FhEdit *self)
{
  g_return_val_if_fail (FH_IS_EDIT (self), NULL);

  return self->label;
}

guint
fh_edit_get_n_steps (FhEdit *self)
{
  g_return_val_if_fail (FH_IS_EDIT (self), 0);

  return self->steps->len;
}

const FhEditStep *
fh_edit_get_step (FhEdit *self, guint index)
{
  g_return_val_if_fail (FH_IS_EDIT (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return &g_array_index (self->steps, FhEditStep, index);
}

/**
 * fh_edit_add:
 * @record: a new record, not in the plan
 *
 * Adds @record. Once the edit is applied, @record carries its id and is the object
 * in the plan's model.
 *
 * Returns: how later steps refer to @record
 */
FhEditRef
fh_edit_add (FhEdit *self, gpointer record)
{
  FhEditStep *step;

  g_return_val_if_fail (FH_IS_EDIT (self), FH_EDIT_REF_ID (0));
  g_return_val_if_fail (G_IS_OBJECT (record), FH_EDIT_REF_ID (0));

  step = append_step (self, FH_EDIT_ADD);
  step->record = g_object_ref (record);
  return (FhEditRef){ .id = 0, .step = self->steps->len };
}

/**
 * fh_edit_refer:
 * @added: the step that adds a record
 * @property: a reference property of that record (an id, a #gint64)
 * @target: the record it refers to, usually one added by an earlier step
 *
 * When @added runs, @property of its record is set to @target's id first: a new
 * record can point at another new record, whose id exists only once it is added.
 */
void
fh_edit_refer (FhEdit *self, FhEditRef added, const char *property, FhEditRef target)
{
  FhEditStep *step;
  GParamSpec *pspec;

  g_return_if_fail (FH_IS_EDIT (self));
  g_return_if_fail (added.step > 0 && is_earlier_add (self, added));
  g_return_if_fail (is_earlier_add (self, target));
  g_return_if_fail (target.step < added.step);

  step = &g_array_index (self->steps, FhEditStep, added.step - 1);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (step->record), property);
  g_return_if_fail (pspec != NULL && G_IS_PARAM_SPEC_INT64 (pspec));

  if (step->names == NULL)
    {
      step->names = g_ptr_array_new ();
      step->refs = g_array_new (FALSE, FALSE, sizeof (FhEditRef));
    }
  g_ptr_array_add (step->names, (gpointer)pspec->name);
  g_array_append_val (step->refs, target);
}

/**
 * fh_edit_set:
 * @record: a record of the plan, or one an earlier step adds
 * @first_property: the first property to change, followed by its value, then more
 *   pairs, then %NULL, as for g_object_set()
 *
 * Changes some fields of @record. The values are checked when the edit is applied.
 */
void
fh_edit_set (FhEdit *self, gpointer record, const char *first_property, ...)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  FhEditStep *step;
  va_list     args;

  g_return_if_fail (FH_IS_EDIT (self));
  g_return_if_fail (G_IS_OBJECT (record));
  g_return_if_fail (first_property != NULL);

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
          va_end (args);
          return;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &problem);
      if (problem != NULL)
        {
          g_critical ("%s", problem);
          va_end (args);
          return;
        }
      g_ptr_array_add (names, (gpointer)pspec->name);
      g_array_append_val (values, value);
    }
  va_end (args);

  step = append_step (self, FH_EDIT_SET);
  step->record = g_object_ref (record);
  step->names = g_steal_pointer (&names);
  step->values = g_steal_pointer (&values);
}

/**
 * fh_edit_remove:
 * @record: a record of the plan
 */
void
fh_edit_remove (FhEdit *self, gpointer record)
{
  g_return_if_fail (FH_IS_EDIT (self));
  g_return_if_fail (G_IS_OBJECT (record));

  append_step (self, FH_EDIT_REMOVE)->record = g_object_ref (record);
}

static void
append_link (FhEdit *self, FhEditKind kind, FhCollection links, FhEditRef source, FhEditRef target)
{
  FhEditStep *step;

  g_return_if_fail (FH_IS_EDIT (self));
  g_return_if_fail (links < FH_N_COLLECTIONS);
  g_return_if_fail (is_earlier_add (self, source));
  g_return_if_fail (is_earlier_add (self, target));

  step = append_step (self, kind);
  step->links = links;
  step->source = source;
  step->target = target;
}

/**
 * fh_edit_link:
 * @links: a collection of links, such as %FH_COLLECTION_ITEM_GAPS
 *
 * Links @source to @target; either may be a record an earlier step adds.
 */
void
fh_edit_link (FhEdit *self, FhCollection links, FhEditRef source, FhEditRef target)
{
  append_link (self, FH_EDIT_LINK, links, source, target);
}

void
fh_edit_unlink (FhEdit *self, FhCollection links, FhEditRef source, FhEditRef target)
{
  append_link (self, FH_EDIT_UNLINK, links, source, target);
}
