/* fh-plan-json.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fh-store-private.h"

#include "fh-field.h"
#include "fh-link.h"
#include "fh-plan-info.h"
#include "fh-quarter.h"

/* The JSON exchange format (docs/plan-format.md). Import checks the whole
 * document before the store writes anything, and every refusal names the place:
 * `roadmap[3].target_stage: 7 is out of range (0–4).` */

#define FORMAT_NAME  "foothold-plan"
#define MAX_DOCUMENT (64 * 1024 * 1024)

/* Writing */

static void
add_value (JsonBuilder *builder, GParamSpec *pspec, const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    {
      g_autofree char *text = fh_quarter_format (g_value_get_int (value));

      json_builder_add_string_value (builder, text);
    }
  else if (type == G_TYPE_STRING)
    json_builder_add_string_value (builder, g_value_get_string (value));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (type);

      json_builder_add_string_value (
        builder, g_enum_get_value (klass, g_value_get_enum (value))->value_nick);
    }
  else if (type == G_TYPE_INT)
    json_builder_add_int_value (builder, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    json_builder_add_int_value (builder, g_value_get_int64 (value));
  else if (type == G_TYPE_BOOLEAN)
    json_builder_add_boolean_value (builder, g_value_get_boolean (value));
  else if (type == G_TYPE_DOUBLE)
    {
      double d = g_value_get_double (value);

      /* Whole numbers stay whole in the file, which keeps diffs of plans kept in
       * git readable. */
      if (d == floor (d) && fabs (d) < 1e15)
        json_builder_add_int_value (builder, (gint64)d);
      else
        json_builder_add_double_value (builder, d);
    }
  else
    g_assert_not_reached ();
}

static void
add_record (JsonBuilder *builder, GObject *record, const FhColumn *columns, guint n_columns)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *name = fh_schema_property_name (columns[i].name);
      GParamSpec      *pspec = g_object_class_find_property (klass, name);
      g_auto (GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (record, name, &value);
      json_builder_set_member_name (builder, columns[i].name);
      add_value (builder, pspec, &value);
    }
}

/* Links are written inside their source record, as lists of target ids. */
static GHashTable *
group_links (GListModel *links)
{
  GHashTable *by_source =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (FhLink) link = g_list_model_get_item (links, i);
      gint64  source = fh_link_get_source (link);
      gint64  target = fh_link_get_target (link);
      GArray *targets = g_hash_table_lookup (by_source, &source);

      if (targets == NULL)
        {
          targets = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (by_source, g_memdup2 (&source, sizeof source), targets);
        }
      g_array_append_val (targets, target);
    }

  return by_source;
}

GBytes *
fh_plan_json_write (FhStore *store)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  GHashTable     *links[FH_N_COLLECTIONS] = { NULL };
  guint           n_plan;
  const FhColumn *plan_columns = fh_schema_plan_columns (&n_plan);
  char           *text;
  gsize           length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FH_JSON_FORMAT_VERSION);

  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_record (builder, G_OBJECT (fh_store_get_info (store)), plan_columns, n_plan);
  json_builder_end_object (builder);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (info->is_link)
        links[c] = group_links (fh_store_get_model (store, c));
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);
      GListModel        *model = fh_store_get_model (store, c);
      guint              n = g_list_model_get_n_items (model);

      if (info->is_link)
        continue;

      json_builder_set_member_name (builder, info->table);
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (GObject) record = g_list_model_get_item (model, i);

          json_builder_begin_object (builder);
          add_record (builder, record, info->columns, info->n_columns);

          for (guint l = 0; l < FH_N_COLLECTIONS; l++)
            {
              const FhTableInfo *link_info = fh_schema_get_table (l);
              GArray            *targets;
              gint64             id;

              if (!link_info->is_link || link_info->columns[0].references != c)
                continue;

              g_object_get (record, "id", &id, NULL);
              targets = g_hash_table_lookup (links[l], &id);
              json_builder_set_member_name (builder, link_info->json_name);
              json_builder_begin_array (builder);
              for (guint t = 0; targets && t < targets->len; t++)
                json_builder_add_int_value (builder, g_array_index (targets, gint64, t));
              json_builder_end_array (builder);
            }

          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_clear_pointer (&links[c], g_hash_table_unref);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  /* End with a newline, as text files do. */
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/* Reading */

typedef struct
{
  GString *path;
  GError **error;
} Reader;

G_GNUC_PRINTF (2, 3)
static gboolean
refuse (Reader *reader, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT, "%s: %s",
               reader->path->len ? reader->path->str : _("(document)"), message);
  return FALSE;
}

static const char *
node_kind (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
holds (JsonNode *node, GType type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static char *
enum_nicks (GType type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  g_autoptr (GString) s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", klass->values[i].value_nick);

  return g_strdup (s->str);
}

/* Converts one JSON field into a value of the property's type and checks it
 * against everything the property promises. */
static gboolean
read_value (Reader *reader, JsonNode *node, GParamSpec *pspec, GValue *value)
{
  GType type = pspec->value_type;
  g_autoptr (GError) local = NULL;

  g_value_init (value, type);

  if (fh_field_get_kind (pspec) == FH_FIELD_QUARTER)
    {
      const char *text;
      int         quarter = 0;

      if (!holds (node, G_TYPE_STRING))
        return refuse (reader, _("expected a quarter such as “2027-Q1”, found %s."),
                                  node_kind (node));
      text = json_node_get_string (node);
      if (*text != '\0' && !fh_quarter_parse (text, &quarter))
        return refuse (reader, _("“%s” is not a quarter: write it as YYYY-QN, between %d and "
                                 "%d."),
                                  text, FH_QUARTER_MIN_YEAR, FH_QUARTER_MAX_YEAR);
      g_value_set_int (value, quarter);
    }
  else if (type == G_TYPE_STRING)
    {
      if (!holds (node, G_TYPE_STRING))
        return refuse (reader, _("expected text, found %s."), node_kind (node));
      g_value_set_string (value, json_node_get_string (node));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev;

      if (!holds (node, G_TYPE_STRING))
        return refuse (reader, _("expected text, found %s."), node_kind (node));
      ev = g_enum_get_value_by_nick (klass, json_node_get_string (node));
      if (ev == NULL)
        {
          g_autofree char *nicks = enum_nicks (type);

          return refuse (reader, _("“%s” is not one of: %s."), json_node_get_string (node), nicks);
        }
      g_value_set_enum (value, ev->value);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!holds (node, G_TYPE_BOOLEAN))
        return refuse (reader, _("expected true or false, found %s."), node_kind (node));
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (type == G_TYPE_INT || type == G_TYPE_INT64)
    {
      gint64 n;

      if (!holds (node, G_TYPE_INT64))
        return refuse (reader, _("expected a whole number, found %s."), node_kind (node));
      n = json_node_get_int (node);
      if (type == G_TYPE_INT)
        {
          if (n < G_MININT || n > G_MAXINT)
            return refuse (reader, _("%" G_GINT64_FORMAT " is out of range."), n);
          g_value_set_int (value, (int)n);
        }
      else
        g_value_set_int64 (value, n);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      if (holds (node, G_TYPE_INT64))
        g_value_set_double (value, (double)json_node_get_int (node));
      else if (holds (node, G_TYPE_DOUBLE))
        g_value_set_double (value, json_node_get_double (node));
      else
        return refuse (reader, _("expected a number, found %s."), node_kind (node));
    }
  else
    g_assert_not_reached ();

  if (!fh_field_validate (pspec, value, &local))
    return refuse (reader, "%s", local->message);

  return TRUE;
}

static gboolean
read_record (Reader            *reader,
             JsonObject        *object,
             GObject           *record,
             const FhColumn    *columns,
             guint              n_columns,
             const char *const *extra_keys)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);
  gsize         path_len = reader->path->len;
  g_autoptr (GList) members = json_object_get_members (object);

  /* An unknown key is most likely a typo; losing its data silently is worse than
   * refusing it. */
  for (GList *l = members; l; l = l->next)
    {
      gboolean known = extra_keys && g_strv_contains (extra_keys, l->data);

      for (guint i = 0; i < n_columns && !known; i++)
        known = g_str_equal (columns[i].name, l->data);
      if (!known)
        {
          g_string_append_printf (reader->path, ".%s", (const char *)l->data);
          return refuse (reader, _("unknown field."));
        }
    }

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *name = fh_schema_property_name (columns[i].name);
      GParamSpec      *pspec = g_object_class_find_property (klass, name);
      JsonNode        *node = json_object_get_member (object, columns[i].name);
      g_auto (GValue) value = G_VALUE_INIT;

      g_string_append_printf (reader->path, ".%s", columns[i].name);

      if (node == NULL)
        {
          if ((columns[i].flags & FH_COLUMN_KEY) || fh_field_is_required (pspec) ||
              (columns[i].references != FH_N_COLLECTIONS &&
               !(columns[i].flags & FH_COLUMN_NULLABLE)))
            return refuse (reader, _("missing; it is required."));
          g_string_truncate (reader->path, path_len);
          continue;
        }

      if (!read_value (reader, node, pspec, &value))
        return FALSE;

      if ((columns[i].flags & FH_COLUMN_KEY) && G_VALUE_HOLDS_INT64 (&value) &&
          g_value_get_int64 (&value) <= 0)
        return refuse (reader, _("an id must be a whole number above 0."));

      g_object_set_property (record, name, &value);
      g_string_truncate (reader->path, path_len);
    }

  return TRUE;
}

typedef struct
{
  GHashTable *ids[FH_N_COLLECTIONS]; /* key text → index in its array */
} Index;

static char *
record_key (GObject *record, gboolean text_key)
{
  if (text_key)
    {
      char *id = NULL;

      g_object_get (record, "id", &id, NULL);
      return id;
    }
  else
    {
      gint64 id = 0;

      g_object_get (record, "id", &id, NULL);
      return g_strdup_printf ("%" G_GINT64_FORMAT, id);
    }
}

static gboolean
read_collection (Reader            *reader,
                 JsonObject        *root,
                 const FhTableInfo *info,
                 FhPlanData        *data,
                 Index             *index,
                 JsonArray        **array_out)
{
  JsonNode   *node = json_object_get_member (root, info->table);
  const char *extra[FH_N_COLLECTIONS + 1] = { NULL };
  guint       n_extra = 0;
  JsonArray  *array;

  *array_out = NULL;
  g_string_assign (reader->path, info->table);

  if (node == NULL)
    {
      if (info->collection == FH_COLLECTION_CAPABILITIES)
        return refuse (reader, _("missing; a plan needs its capabilities."));
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse (reader, _("expected a list, found %s."), node_kind (node));

  for (guint l = 0; l < FH_N_COLLECTIONS; l++)
    {
      const FhTableInfo *link = fh_schema_get_table (l);

      if (link->is_link && link->columns[0].references == info->collection)
        extra[n_extra++] = link->json_name;
    }

  array = json_node_get_array (node);
  *array_out = array;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr (GObject) record = g_object_new (info->get_type (), NULL);
      g_autofree char *key = NULL;
      gpointer         previous;

      g_string_printf (reader->path, "%s[%u]", info->table, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return refuse (reader, _("expected an object, found %s."), node_kind (element));

      if (!read_record (reader, json_node_get_object (element), record, info->columns,
                        info->n_columns, extra))
        return FALSE;

      key = record_key (record, info->text_key);
      if (g_hash_table_lookup_extended (index->ids[info->collection], key, NULL, &previous))
        {
          g_string_append (reader->path, ".id");
          return refuse (reader, _("%s is used twice (also by %s[%u])."), key, info->table,
                                    GPOINTER_TO_UINT (previous));
        }
      g_hash_table_insert (index->ids[info->collection], g_steal_pointer (&key),
                           GUINT_TO_POINTER (i));
      g_ptr_array_add (data->records[info->collection], g_steal_pointer (&record));
    }

  return TRUE;
}

static gboolean
check_references (Reader *reader, const FhTableInfo *info, FhPlanData *data, Index *index)
{
  for (guint r = 0; r < data->records[info->collection]->len; r++)
    {
      GObject *record = g_ptr_array_index (data->records[info->collection], r);

      for (guint i = 0; i < info->n_columns; i++)
        {
          const FhColumn  *column = &info->columns[i];
          g_autofree char *name = NULL;
          g_autofree char *key = NULL;
          g_auto (GValue) value = G_VALUE_INIT;
          GParamSpec *pspec;

          if (column->references == FH_N_COLLECTIONS || (column->flags & FH_COLUMN_KEY))
            continue;

          name = fh_schema_property_name (column->name);
          pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name);
          g_value_init (&value, pspec->value_type);
          g_object_get_property (record, name, &value);

          if (G_VALUE_HOLDS_STRING (&value))
            {
              if ((column->flags & FH_COLUMN_NULLABLE) && *g_value_get_string (&value) == '\0')
                continue;
              key = g_value_dup_string (&value);
            }
          else
            key = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value));

          if (!g_hash_table_contains (index->ids[column->references], key))
            {
              g_string_printf (reader->path, "%s[%u].%s", info->table, r, column->name);
              return refuse (reader, _("%s is not in the plan’s %s."), key,
                                        fh_schema_get_table (column->references)->table);
            }
        }
    }

  return TRUE;
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* Lists of ids inside a record become link records. */
static gboolean
read_links (Reader            *reader,
            const FhTableInfo *source_info,
            JsonArray         *array,
            FhPlanData        *data,
            Index             *index)
{
  if (array == NULL)
    return TRUE;

  for (guint l = 0; l < FH_N_COLLECTIONS; l++)
    {
      const FhTableInfo *link = fh_schema_get_table (l);

      if (!link->is_link || link->columns[0].references != source_info->collection)
        continue;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          GObject    *source = g_ptr_array_index (data->records[source_info->collection], i);
          JsonNode   *node = json_object_get_member (object, link->json_name);
          g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
          g_autoptr (GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
          JsonArray *list;
          gint64     source_id;

          if (node == NULL)
            continue;

          g_object_get (source, "id", &source_id, NULL);
          g_string_printf (reader->path, "%s[%u].%s", source_info->table, i, link->json_name);
          if (!JSON_NODE_HOLDS_ARRAY (node))
            return refuse (reader, _("expected a list of ids, found %s."), node_kind (node));

          list = json_node_get_array (node);
          g_array_set_size (targets, json_array_get_length (list));
          for (guint t = 0; t < json_array_get_length (list); t++)
            {
              JsonNode        *element = json_array_get_element (list, t);
              g_autofree char *key = NULL;
              gint64          *target = &g_array_index (targets, gint64, t);

              g_string_printf (reader->path, "%s[%u].%s[%u]", source_info->table, i,
                               link->json_name, t);
              if (!holds (element, G_TYPE_INT64))
                return refuse (reader, _("expected an id, found %s."), node_kind (element));

              *target = json_node_get_int (element);
              key = g_strdup_printf ("%" G_GINT64_FORMAT, *target);
              if (!g_hash_table_contains (index->ids[link->columns[1].references], key))
                return refuse (reader, _("%s is not in the plan’s %s."), key,
                                          fh_schema_get_table (link->columns[1].references)->table);
              if (link->columns[1].references == source_info->collection && *target == source_id)
                return refuse (reader, _("an item cannot depend on itself."));
              if (g_hash_table_contains (seen, target))
                return refuse (reader, _("%s is listed twice."), key);
              g_hash_table_add (seen, target);
            }

          /* Stored sorted, as the store keeps them, so that export is stable. */
          g_array_sort (targets, compare_ids);
          for (guint t = 0; t < targets->len; t++)
            g_ptr_array_add (data->records[l],
                             fh_link_new (source_id, g_array_index (targets, gint64, t)));
        }
    }

  return TRUE;
}

/* The text of the fields that must be unique together, as one key. */
static char *
unique_key (GObject *record, const char *first, const char *second)
{
  GString    *key = g_string_new (NULL);
  const char *names[] = { first, second };

  for (guint n = 0; n < G_N_ELEMENTS (names) && names[n]; n++)
    {
      g_auto (GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_object_get_property (record, names[n], &value);
      text = g_strdup_value_contents (&value);
      g_string_append_printf (key, "%s\x1f", text);
    }

  return g_string_free (key, FALSE);
}

static gboolean
check_unique (Reader      *reader,
              FhPlanData  *data,
              FhCollection collection,
              const char  *first,
              const char  *second,
              const char  *message)
{
  const FhTableInfo *info = fh_schema_get_table (collection);
  GPtrArray         *records = data->records[collection];
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      char *key = unique_key (g_ptr_array_index (records, i), first, second);

      if (!g_hash_table_add (seen, key))
        {
          g_autofree char *column = g_strdelimit (g_strdup (second ? second : first), "-", '_');

          g_string_printf (reader->path, "%s[%u].%s", info->table, i, column);
          return refuse (reader, "%s", message);
        }
    }

  return TRUE;
}

/* Rules that span records: the file would refuse them too, but with a sentence
 * nobody could act on. */
static gboolean
check_uniques (Reader *reader, FhPlanData *data)
{
  GPtrArray *records;
  g_autoptr (GHashTable) chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!check_unique (reader, data, FH_COLLECTION_ASSESSMENTS, "quarter", NULL,
                     _("there is another assessment for this quarter.")) ||
                     !check_unique (reader, data, FH_COLLECTION_SCORES, "assessment", "capability",
                                    _("this assessment has another score for this capability.")) ||
                                    !check_unique (
                                      reader, data, FH_COLLECTION_ROLE_SKILLS, "role", "skill",
                                      _("this role has another level for this skill.")) ||
                                      !check_unique (
                                        reader, data, FH_COLLECTION_OPTION_SCORES, "option",
                                        "criterion",
                                        _("this option has another score for this criterion.")))
    return FALSE;

  records = data->records[FH_COLLECTION_OPTIONS];
  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *capability = NULL;
      gboolean         is_chosen;

      g_object_get (g_ptr_array_index (records, i), "capability", &capability, "chosen", &is_chosen,
                    NULL);
      if (is_chosen && !g_hash_table_add (chosen, g_strdup (capability)))
        {
          g_string_printf (reader->path, "options[%u].chosen", i);
          return refuse (reader, _("another option is chosen for “%s” already."), capability);
        }
    }

  return TRUE;
}

static gboolean
read_header (Reader *reader, JsonObject *root)
{
  static const char *const top_keys[] = { "format", "version", "plan", NULL };
  JsonNode                *format = json_object_get_member (root, "format");
  JsonNode                *version = json_object_get_member (root, "version");
  g_autoptr (GList) members = json_object_get_members (root);

  g_string_assign (reader->path, "format");
  if (format == NULL)
    return refuse (reader, _("missing: this is not a Foothold plan export."));
  if (!holds (format, G_TYPE_STRING) || !g_str_equal (json_node_get_string (format), FORMAT_NAME))
    return refuse (reader, _("expected “%s”: this is not a Foothold plan export."), FORMAT_NAME);

  g_string_assign (reader->path, "version");
  if (version == NULL)
    return refuse (reader, _("missing; it is required."));
  if (!holds (version, G_TYPE_INT64) || json_node_get_int (version) < 1)
    return refuse (reader, _("expected a whole number from 1, found %s."), node_kind (version));
  if (json_node_get_int (version) > FH_JSON_FORMAT_VERSION)
    {
      g_set_error (reader->error, FH_STORE_ERROR, FH_STORE_ERROR_NEWER_VERSION,
                   _("version: the plan was exported by a newer version of Foothold (format "
                     "%" G_GINT64_FORMAT "; this version reads up to %d). Update Foothold "
                     "to import it."),
                      json_node_get_int (version), FH_JSON_FORMAT_VERSION);
      return FALSE;
    }

  for (GList *l = members; l; l = l->next)
    if (!g_strv_contains (top_keys, l->data) && fh_schema_find_table (l->data) == NULL)
      {
        g_string_assign (reader->path, l->data);
        return refuse (reader, _("unknown field."));
      }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    if (fh_schema_get_table (c)->is_link &&
        json_object_has_member (root, fh_schema_get_table (c)->table))
      {
        g_string_assign (reader->path, fh_schema_get_table (c)->table);
        return refuse (reader, _("unknown field."));
      }

  return TRUE;
}

FhPlanData *
fh_plan_json_parse (GBytes *json, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) local = NULL;
  g_autoptr (FhPlanData) data = NULL;
  g_autoptr (GString) path = g_string_new (NULL);
  Reader        reader = { path, error };
  Index         index = { { NULL } };
  JsonArray    *arrays[FH_N_COLLECTIONS] = { NULL };
  JsonNode     *root_node;
  JsonObject   *root;
  JsonNode     *plan;
  gsize         size;
  gconstpointer bytes = g_bytes_get_data (json, &size);
  gboolean      ok = FALSE;

  if (size > MAX_DOCUMENT)
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                   _("The document is %" G_GSIZE_FORMAT " MB; a plan export is at most %d MB."),
                      size / (1024 * 1024), MAX_DOCUMENT / (1024 * 1024));
      return NULL;
    }

  if (size == 0)
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                           _("The document is empty: it is not a Foothold plan export."));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, bytes, (gssize)size, &local))
    {
      g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                   _("The document is not valid JSON: %s"), local->message);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                           _("The document is not a Foothold plan export: it does not hold "
                             "a JSON object."));
      return NULL;
    }
  root = json_node_get_object (root_node);

  if (!read_header (&reader, root))
    return NULL;

  data = fh_plan_data_new ();

  plan = json_object_get_member (root, "plan");
  if (plan != NULL)
    {
      guint           n_plan;
      const FhColumn *plan_columns = fh_schema_plan_columns (&n_plan);

      g_string_assign (path, "plan");
      if (!JSON_NODE_HOLDS_OBJECT (plan))
        {
          refuse (&reader, _("expected an object, found %s."), node_kind (plan));
          return NULL;
        }
      if (!read_record (&reader, json_node_get_object (plan), G_OBJECT (data->info), plan_columns,
                        n_plan, NULL))
        return NULL;
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    index.ids[c] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (!info->is_link && !read_collection (&reader, root, info, data, &index, &arrays[c]))
        goto out;
    }

  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    {
      const FhTableInfo *info = fh_schema_get_table (c);

      if (!info->is_link && (!check_references (&reader, info, data, &index) ||
                             !read_links (&reader, info, arrays[c], data, &index)))
        goto out;
    }

  ok = check_uniques (&reader, data);

out:
  for (guint c = 0; c < FH_N_COLLECTIONS; c++)
    g_hash_table_unref (index.ids[c]);

  return ok ? g_steal_pointer (&data) : NULL;
}

/* A JSON export starts with "{" after optional white space; a plan file with the
 * SQLite header. */
gboolean
fh_plan_json_sniff (const char *path)
{
  char   buffer[256];
  FILE  *file = fopen (path, "rb");
  size_t n;

  if (file == NULL)
    return FALSE;

  n = fread (buffer, 1, sizeof buffer, file);
  fclose (file);

  for (size_t i = 0; i < n; i++)
    {
      if (buffer[i] == '{')
        return TRUE;
      if (!g_ascii_isspace (buffer[i]))
        return FALSE;
    }

  return FALSE;
}
