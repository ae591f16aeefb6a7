/* fh-plan-merge.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fh-plan-merge.h"

#include "fh-store-private.h"

/* A three-way merge of JSON plan exports, for git: records are matched by id,
 * changes to different records and to different fields of one record are both kept,
 * and a field both sides changed differently is a conflict that keeps our value.
 * Lists of linked ids merge as sets. Records both sides added under the same id
 * (each copy numbers its new records from the same place) are both kept: theirs get
 * new ids, and theirs' references to them follow. */

typedef struct
{
  GPtrArray *conflicts;
} Merge;

static JsonNode *
parse (GBytes *bytes, const char *side, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (FhPlanData) data = NULL;
  g_autoptr (GError) local = NULL;
  gsize         size;
  gconstpointer text = g_bytes_get_data (bytes, &size);

  /* The plan check first: it names the place of anything wrong. */
  data = fh_plan_json_parse (bytes, &local);
  if (data == NULL || !json_parser_load_from_data (parser, text, (gssize)size, &local))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT, "%s: %s", side, local->message);
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

static gboolean
nodes_equal (JsonNode *a, JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static char *
node_key (JsonObject *record)
{
  JsonNode *id = json_object_get_member (record, "id");

  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id))
    return g_strdup ("");
  if (json_node_get_value_type (id) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (id));
  return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id));
}

static char *
describe (const char *table, JsonObject *record)
{
  static const char *const labels[] = { "title", "name", "term", NULL };
  g_autofree char         *key = node_key (record);

  for (guint i = 0; labels[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (record, labels[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING && *json_node_get_string (node))
        return g_strdup_printf ("%s %s “%s”", table, key, json_node_get_string (node));
    }
  return g_strdup_printf ("%s %s", table, key);
}

static char *
show (JsonNode *node)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();

  if (node == NULL)
    return g_strdup (_("nothing"));
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static gboolean
is_id_list (JsonNode *node)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_INT64)
        return FALSE;
    }
  return TRUE;
}

static gboolean
list_has (JsonNode *list, gint64 id)
{
  JsonArray *array;

  if (list == NULL)
    return FALSE;
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (json_array_get_int_element (array, i) == id)
      return TRUE;
  return FALSE;
}

/* Ids both sides keep, plus those one side added; one side's removal wins. */
static JsonNode *
merge_sets (JsonNode *base, JsonNode *ours, JsonNode *theirs)
{
  JsonArray *merged = json_array_new ();
  JsonNode  *sides[] = { ours, theirs };
  JsonNode  *node;

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      JsonArray *array = json_node_get_array (sides[s]);
      JsonNode  *other = sides[1 - s];

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gint64   id = json_array_get_int_element (array, i);
          gboolean in_merged = FALSE;

          for (guint m = 0; m < json_array_get_length (merged); m++)
            in_merged |= json_array_get_int_element (merged, m) == id;
          if (in_merged || (list_has (base, id) && !list_has (other, id)))
            continue;
          json_array_add_int_element (merged, id);
        }
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, merged);
  return node;
}

static void
conflict (Merge *merge, const char *record, const char *field, JsonNode *ours, JsonNode *theirs)
{
  g_autofree char *a = show (ours);
  g_autofree char *b = show (theirs);

  g_ptr_array_add (
    merge->conflicts,
    g_strdup_printf (_("%s, field %s: ours %s, theirs %s; ours is kept."), record, field, a, b));
}

/* Field by field; @base is NULL for a record both sides added. */
static JsonObject *
merge_record (Merge      *merge,
              const char *label,
              JsonObject *base,
              JsonObject *ours,
              JsonObject *theirs)
{
  JsonObject *merged = json_object_new ();
  g_autoptr (GList) our_members = json_object_get_members (ours);
  g_autoptr (GList) their_members = json_object_get_members (theirs);
  GList *lists[] = { our_members, their_members };

  for (guint s = 0; s < G_N_ELEMENTS (lists); s++)
    for (GList *l = lists[s]; l != NULL; l = l->next)
      {
        const char *name = l->data;
        JsonNode   *b = base ? json_object_get_member (base, name) : NULL;
        JsonNode   *o = json_object_get_member (ours, name);
        JsonNode   *t = json_object_get_member (theirs, name);
        JsonNode   *result;

        if (json_object_has_member (merged, name))
          continue;

        if (nodes_equal (o, t) || nodes_equal (t, b))
          result = o;
        else if (nodes_equal (o, b))
          result = t;
        else if (is_id_list (o) && is_id_list (t) && (b == NULL || is_id_list (b)))
          {
            json_object_set_member (merged, name, merge_sets (b, o, t));
            continue;
          }
        else
          {
            conflict (merge, label, name, o, t);
            result = o;
          }

        if (result != NULL)
          json_object_set_member (merged, name, json_node_copy (result));
      }

  return merged;
}

static GHashTable *
index_array (JsonArray *array)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_hash_table_insert (index, node_key (json_array_get_object_element (array, i)),
                         json_array_get_object_element (array, i));
  return index;
}

static JsonArray *
get_array (JsonObject *root, const char *table)
{
  JsonNode *node = json_object_get_member (root, table);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *root, const char *name)
{
  JsonNode *node = json_object_get_member (root, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gint64
max_id (JsonArray *array)
{
  gint64 max = 0;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    max = MAX (max, json_object_get_int_member (json_array_get_object_element (array, i), "id"));
  return max;
}

/* Every reference in @root to record @from of @collection now says @to. */
static void
rewrite_references (JsonObject *root, FhCollection collection, gint64 from, gint64 to)
{
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);
      JsonArray         *array = info->is_link ? NULL : get_array (root, info->table);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *record = json_array_get_object_element (array, i);

          for (guint k = 0; k < info->n_columns; k++)
            if (info->columns[k].references == collection &&
                !(info->columns[k].flags & FH_COLUMN_KEY) &&
                json_object_has_member (record, info->columns[k].name) &&
                json_object_get_int_member (record, info->columns[k].name) == from)
              json_object_set_int_member (record, info->columns[k].name, to);

          for (guint l = 0; l < FH_N_COLLECTIONS; l++)
            {
              const FhTableInfo *link = fh_schema_get_table (l);
              JsonNode          *list;

              if (!link->is_link || link->columns[0].references != c ||
                  link->columns[1].references != collection)
                continue;
              list = json_object_get_member (record, link->json_name);
              if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
                continue;
              for (guint e = 0; e < json_array_get_length (json_node_get_array (list)); e++)
                {
                  JsonNode *element = json_array_get_element (json_node_get_array (list), e);

                  if (json_node_get_int (element) == from)
                    json_node_set_int (element, to);
                }
            }
        }
    }
}

/* Records both sides added under one id but with different contents: theirs move to
 * fresh ids, so that both are kept. */
static void
renumber_theirs (JsonObject *base, JsonObject *ours, JsonObject *theirs)
{
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);
      JsonArray         *their_array;
      g_autoptr (GHashTable) base_index = NULL;
      g_autoptr (GHashTable) our_index = NULL;
      gint64 next;

      if (info->is_link || info->text_key)
        continue;
      their_array = get_array (theirs, info->table);
      base_index = index_array (get_array (base, info->table));
      our_index = index_array (get_array (ours, info->table));
      next =
        MAX (MAX (max_id (get_array (base, info->table)), max_id (get_array (ours, info->table))),
             max_id (their_array)) +
        1;

      for (guint i = 0; their_array != NULL && i < json_array_get_length (their_array); i++)
        {
          JsonObject      *record = json_array_get_object_element (their_array, i);
          g_autofree char *key = node_key (record);
          JsonObject      *mine = g_hash_table_lookup (our_index, key);
          gint64           id = json_object_get_int_member (record, "id");
          g_autoptr (JsonNode) a = NULL;
          g_autoptr (JsonNode) b = NULL;

          if (mine == NULL || g_hash_table_contains (base_index, key))
            continue;
          a = json_node_init_object (json_node_alloc (), mine);
          b = json_node_init_object (json_node_alloc (), record);
          if (json_node_equal (a, b))
            continue;

          json_object_set_int_member (record, "id", next);
          rewrite_references (theirs, c, id, next);
          next++;
        }
    }
}

static JsonArray *
merge_collection (Merge      *merge,
                  const char *table,
                  JsonArray  *base,
                  JsonArray  *ours,
                  JsonArray  *theirs)
{
  g_autoptr (GHashTable) base_index = index_array (base);
  g_autoptr (GHashTable) our_index = index_array (ours);
  g_autoptr (GHashTable) their_index = index_array (theirs);
  JsonArray *merged = json_array_new ();

  for (guint i = 0; ours != NULL && i < json_array_get_length (ours); i++)
    {
      JsonObject      *mine = json_array_get_object_element (ours, i);
      g_autofree char *key = node_key (mine);
      g_autofree char *label = describe (table, mine);
      JsonObject      *was = g_hash_table_lookup (base_index, key);
      JsonObject      *other = g_hash_table_lookup (their_index, key);

      if (other != NULL)
        {
          json_array_add_object_element (merged, merge_record (merge, label, was, mine, other));
          continue;
        }

      if (was != NULL)
        {
          g_autoptr (JsonNode) a = json_node_init_object (json_node_alloc (), was);
          g_autoptr (JsonNode) b = json_node_init_object (json_node_alloc (), mine);

          /* They removed it: gone, unless we changed it. */
          if (json_node_equal (a, b))
            continue;
          g_ptr_array_add (
            merge->conflicts,
            g_strdup_printf (_("%s: theirs removed it, ours changed it; ours is kept."), label));
        }
      json_array_add_object_element (merged, json_object_ref (mine));
    }

  for (guint i = 0; theirs != NULL && i < json_array_get_length (theirs); i++)
    {
      JsonObject      *record = json_array_get_object_element (theirs, i);
      g_autofree char *key = node_key (record);
      JsonObject      *was = g_hash_table_lookup (base_index, key);

      if (g_hash_table_contains (our_index, key))
        continue;

      if (was != NULL)
        {
          g_autoptr (JsonNode) a = json_node_init_object (json_node_alloc (), was);
          g_autoptr (JsonNode) b = json_node_init_object (json_node_alloc (), record);
          g_autofree char *label = describe (table, record);

          /* We removed it: gone; their change to it is a conflict, our removal kept. */
          if (!json_node_equal (a, b))
            g_ptr_array_add (merge->conflicts,
                             g_strdup_printf (_("%s: ours removed it, theirs changed it; the "
                                                "removal is kept."),
                                                 label));
          continue;
        }
      json_array_add_object_element (merged, json_object_ref (record));
    }

  return merged;
}

/**
 * fh_plan_merge:
 * @base: the common ancestor, a JSON plan export
 * @ours: our version
 * @theirs: their version
 * @conflicts: (element-type utf8): where each conflict goes, as a sentence that
 *   names the record and the field
 * @error: where an input that is not a valid plan export says which and why
 *
 * Returns: (transfer full): the merged plan as a JSON export — with our values where
 *   there are conflicts, or @ours itself when the merged records would not make a
 *   valid plan (a conflict says so) — or %NULL when an input is refused
 */
GBytes *
fh_plan_merge (GBytes *base, GBytes *ours, GBytes *theirs, GPtrArray *conflicts, GError **error)
{
  g_autoptr (JsonNode) base_root = NULL;
  g_autoptr (JsonNode) our_root = NULL;
  g_autoptr (JsonNode) their_root = NULL;
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) merged_root = NULL;
  g_autoptr (FhStore) store = NULL;
  g_autoptr (GError) local = NULL;
  g_autoptr (GBytes) merged_bytes = NULL;
  JsonObject *b, *o, *t, *merged;
  Merge       merge = { conflicts };
  char       *text;
  gsize       length;

  g_return_val_if_fail (base && ours && theirs && conflicts, NULL);

  if ((base_root = parse (base, "BASE", error)) == NULL ||
      (our_root = parse (ours, "OURS", error)) == NULL ||
      (their_root = parse (theirs, "THEIRS", error)) == NULL)
    return NULL;

  b = json_node_get_object (base_root);
  o = json_node_get_object (our_root);
  t = json_node_get_object (their_root);
  renumber_theirs (b, o, t);

  merged = json_object_new ();
  json_object_set_member (merged, "format", json_node_copy (json_object_get_member (o, "format")));
  json_object_set_member (merged, "version",
                          json_node_copy (json_object_get_member (o, "version")));
  if (get_object (o, "plan") != NULL && get_object (t, "plan") != NULL)
    json_object_set_object_member (merged, "plan",
                                   merge_record (&merge, "plan", get_object (b, "plan"),
                                                 get_object (o, "plan"), get_object (t, "plan")));

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (!info->is_link)
        json_object_set_array_member (
          merged, info->table,
          merge_collection (&merge, info->table, get_array (b, info->table),
                            get_array (o, info->table), get_array (t, info->table)));
    }

  merged_root = json_node_init_object (json_node_alloc (), merged);
  json_object_unref (merged);
  json_generator_set_root (generator, merged_root);
  text = json_generator_to_data (generator, &length);
  merged_bytes = g_bytes_new_take (text, length);

  /* The export of the merged plan, so that the result is checked and reads like any
   * export; a merge that breaks the plan's rules leaves ours as it was. */
  store = fh_store_new_from_json (NULL, merged_bytes, &local);
  if (store == NULL)
    {
      g_ptr_array_add (conflicts,
                       g_strdup_printf (_("The merged plan would not be valid (%s); ours is kept "
                                          "as it was."),
                                           local->message));
      return g_bytes_ref (ours);
    }

  return fh_store_export_json (store, error);
}
