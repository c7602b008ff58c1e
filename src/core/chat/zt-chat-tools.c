/* zt-chat-tools.c: MCP tools offered to an OpenAI-compatible model, and its calls mapped back */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-chat-tools.h"
#include "zt-jsonrpc.h"

typedef struct {
  char     *function;
  char     *service;
  char     *tool;
  JsonNode *definition;  /* the MCP tool object */
} Entry;

struct _ZtChatTools
{
  GPtrArray  *entries;     /* Entry, in the order offered */
  GHashTable *by_function; /* function name -> Entry (not owned) */
};

static void
entry_free (Entry *e)
{
  g_free (e->function);
  g_free (e->service);
  g_free (e->tool);
  json_node_unref (e->definition);
  g_free (e);
}

ZtChatTools *
zt_chat_tools_new (void)
{
  ZtChatTools *self = g_new0 (ZtChatTools, 1);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_function = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

void
zt_chat_tools_free (ZtChatTools *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_function);
  g_ptr_array_unref (self->entries);
  g_free (self);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-';
}

/* SERVICE__TOOL in OpenAI's alphabet, within @max bytes. */
static char *
sanitized (const char *service,
           const char *tool,
           gsize       max)
{
  g_autofree char *joined = g_strconcat (service, "__", tool, NULL);
  GString *out = g_string_sized_new (max);

  for (const char *p = joined; *p != '\0' && out->len < max; p++)
    g_string_append_c (out, is_name_char (*p) ? *p : '_');
  return g_string_free (out, FALSE);
}

/* A name no other tool has: the sanitized one, else with _2, _3, ... (cut to make room). */
static char *
unique_name (ZtChatTools *self,
             const char  *service,
             const char  *tool)
{
  char *name = sanitized (service, tool, ZT_CHAT_TOOLS_MAX_NAME);

  for (guint n = 2; g_hash_table_contains (self->by_function, name); n++)
    {
      g_autofree char *suffix = g_strdup_printf ("_%u", n);
      g_autofree char *base = sanitized (service, tool, ZT_CHAT_TOOLS_MAX_NAME - strlen (suffix));

      g_free (name);
      name = g_strconcat (base, suffix, NULL);
    }
  return name;
}

guint
zt_chat_tools_add_service (ZtChatTools *self,
                           const char  *service,
                           JsonArray   *mcp_tools)
{
  guint added = 0;

  g_return_val_if_fail (self != NULL && service != NULL && mcp_tools != NULL, 0);
  for (guint i = 0; i < json_array_get_length (mcp_tools); i++)
    {
      JsonNode *node = json_array_get_element (mcp_tools, i);
      const char *tool;
      Entry *e;

      if (self->entries->len >= ZT_CHAT_TOOLS_MAX)
        break;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      tool = json_object_get_string_member_with_default (json_node_get_object (node), "name", NULL);
      if (tool == NULL || *tool == '\0' || zt_chat_tools_function_for (self, service, tool) != NULL)
        continue;
      e = g_new0 (Entry, 1);
      e->function = unique_name (self, service, tool);
      e->service = g_strdup (service);
      e->tool = g_strdup (tool);
      e->definition = json_node_copy (node);
      g_ptr_array_add (self->entries, e);
      g_hash_table_insert (self->by_function, e->function, e);
      added++;
    }
  return added;
}

guint
zt_chat_tools_get_n_tools (ZtChatTools *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

/* A tool without an inputSchema object still needs parameters for OpenAI: an empty object. */
static JsonNode *
parameters_of (JsonObject *definition)
{
  JsonNode *schema = json_object_get_member (definition, "inputSchema");

  if (schema != NULL && JSON_NODE_HOLDS_OBJECT (schema))
    return json_node_copy (schema);
  {
    JsonNode *node = json_node_new (JSON_NODE_OBJECT);
    JsonObject *empty = json_object_new ();

    json_object_set_string_member (empty, "type", "object");
    json_object_set_object_member (empty, "properties", json_object_new ());
    json_node_take_object (node, empty);
    return node;
  }
}

JsonNode *
zt_chat_tools_to_openai (ZtChatTools *self)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *out = json_array_new ();

  g_return_val_if_fail (self != NULL, NULL);
  json_node_take_array (node, out);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);
      JsonObject *definition = json_node_get_object (e->definition);
      const char *description = json_object_get_string_member_with_default (definition, "description", NULL);
      JsonObject *function = json_object_new ();
      JsonObject *tool = json_object_new ();

      json_object_set_string_member (function, "name", e->function);
      if (description != NULL)
        json_object_set_string_member (function, "description", description);
      json_object_set_member (function, "parameters", parameters_of (definition));
      json_object_set_string_member (tool, "type", "function");
      json_object_set_object_member (tool, "function", function);
      json_array_add_object_element (out, tool);
    }
  return node;
}

gboolean
zt_chat_tools_lookup (ZtChatTools *self,
                      const char  *function,
                      const char **service,
                      const char **tool)
{
  Entry *e;

  g_return_val_if_fail (self != NULL, FALSE);
  e = function ? g_hash_table_lookup (self->by_function, function) : NULL;
  if (e == NULL)
    return FALSE;
  *service = e->service;
  *tool = e->tool;
  return TRUE;
}

const char *
zt_chat_tools_function_for (ZtChatTools *self,
                            const char  *service,
                            const char  *tool)
{
  g_return_val_if_fail (self != NULL, NULL);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);

      if (strcmp (e->service, service) == 0 && strcmp (e->tool, tool) == 0)
        return e->function;
    }
  return NULL;
}

static void
append_content (GString    *out,
                JsonObject *item)
{
  const char *type = json_object_get_string_member_with_default (item, "type", "?");
  const char *text = json_object_get_string_member_with_default (item, "text", NULL);

  if (out->len > 0)
    g_string_append_c (out, '\n');
  if (strcmp (type, "text") == 0 && text != NULL)
    g_string_append (out, text);
  else if (strcmp (type, "resource") == 0 && json_object_has_member (item, "resource") &&
           JSON_NODE_HOLDS_OBJECT (json_object_get_member (item, "resource")))
    {
      JsonObject *r = json_object_get_object_member (item, "resource");
      const char *rtext = json_object_get_string_member_with_default (r, "text", NULL);

      g_string_append (out, rtext ? rtext : json_object_get_string_member_with_default (r, "uri", "[resource]"));
    }
  else
    g_string_append_printf (out, "[%s content]", type);
}

char *
zt_chat_tools_result_text (JsonObject *result,
                           gboolean   *is_error)
{
  GString *out = g_string_new (NULL);
  JsonNode *content, *structured;

  g_return_val_if_fail (result != NULL, NULL);
  *is_error = json_object_get_boolean_member_with_default (result, "isError", FALSE);
  content = json_object_get_member (result, "content");
  if (content != NULL && JSON_NODE_HOLDS_ARRAY (content))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (content)); i++)
      {
        JsonNode *item = json_array_get_element (json_node_get_array (content), i);

        if (JSON_NODE_HOLDS_OBJECT (item))
          append_content (out, json_node_get_object (item));
      }
  structured = json_object_get_member (result, "structuredContent");
  if (out->len == 0 && structured != NULL)
    {
      g_autofree char *json = zt_json_to_string (structured);

      g_string_append (out, json);
    }
  return g_string_free (out, FALSE);
}
