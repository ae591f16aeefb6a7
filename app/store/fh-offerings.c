/* fh-offerings.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fh-offerings.h"

#include "fh-data-resources.h"
#include "fh-enums.h"
#include "fh-field.h"
#include "fh-option.h"
#include "fh-store.h"

#define OFFERINGS_RESOURCE "/io/github/foothold/Foothold/data/offerings.json"

static const char *
member_string (JsonObject *object, const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
refuse (GError **error, guint index)
{
  g_set_error (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
               _("The list of example offerings is damaged at offerings[%u]; reinstall "
                 "Foothold."),
                  index);
  return FALSE;
}

/* Validates one entry and, when it is for @capability, adds it to @options as an
 * option ready to be added to a plan. */
static gboolean
read_offering (JsonNode   *node,
               guint       index,
               const char *capability,
               GPtrArray  *options,
               GError    **error)
{
  g_autoptr (GEnumClass) kinds = g_type_class_ref (FH_TYPE_OPTION_KIND);
  JsonObject *object;
  const char *for_capability;
  const char *kind;
  const char *name;
  const char *vendor;
  GEnumValue *kind_value;
  FhOption   *option;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (error, index);

  object = json_node_get_object (node);
  for_capability = member_string (object, "capability");
  kind = member_string (object, "kind");
  name = member_string (object, "name");
  vendor = member_string (object, "vendor");
  kind_value = kind != NULL ? g_enum_get_value_by_nick (kinds, kind) : NULL;

  if (for_capability == NULL || kind_value == NULL || vendor == NULL ||
      !fh_field_validate_text (FH_FIELD_SHORT, TRUE, name, NULL) ||
      !fh_field_validate_text (FH_FIELD_SHORT, FALSE, vendor, NULL))
    return refuse (error, index);

  if (g_strcmp0 (for_capability, capability) != 0)
    return TRUE;

  option = fh_option_new (capability, name);
  g_object_set (option, "kind", kind_value->value, "vendor", vendor, "description",
                _("Added from Foothold’s example offerings; its costs are "
                                 "yours to fill in."),
                   NULL);
  g_ptr_array_add (options, option);

  return TRUE;
}

/**
 * fh_offerings_load:
 * @capability: a capability id
 *
 * Reads the example offerings shipped as data (data/offerings.json) and returns
 * those for @capability as new #FhOption records with no costs, not yet in any plan,
 * in the file's order. An empty array means there are no examples for @capability.
 *
 * Returns: (transfer full) (element-type FhOption): the options, or %NULL on error
 */
GPtrArray *
fh_offerings_load (const char *capability, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GPtrArray) options = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode   *root;
  JsonObject *object;
  JsonArray  *offerings;

  g_return_val_if_fail (capability != NULL, NULL);

  bytes = g_resource_lookup_data (fh_data_get_resource (), OFFERINGS_RESOURCE, 0, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   NULL))
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                           _("The list of example offerings is not valid JSON; reinstall "
                             "Foothold."));
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      g_strcmp0 (member_string (json_node_get_object (root), "format"), "foothold-offerings") !=
        0 ||
      !json_object_has_member (json_node_get_object (root), "offerings") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "offerings")))
    {
      g_set_error_literal (error, FH_STORE_ERROR, FH_STORE_ERROR_FORMAT,
                           _("The list of example offerings is not in Foothold’s format; "
                             "reinstall Foothold."));
      return NULL;
    }

  object = json_node_get_object (root);
  offerings = json_object_get_array_member (object, "offerings");
  for (guint i = 0; i < json_array_get_length (offerings); i++)
    if (!read_offering (json_array_get_element (offerings, i), i, capability, options, error))
      return NULL;

  return g_steal_pointer (&options);
}
