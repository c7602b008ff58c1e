/* zt-schema-filter.c: tools/call arguments and results checked against the tools' JSON Schemas */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-json-schema.h"
#include "zt-schema-filter.h"

typedef struct {
  JsonNode     *input;      /* as listed, or NULL */
  JsonNode     *output;
  ZtJsonSchema *input_v;    /* compiled on the first call */
  ZtJsonSchema *output_v;
  gboolean      input_bad;  /* could not be compiled: unchecked (said once in the log) */
  gboolean      output_bad;
} Tool;

struct _ZtSchemaFilter
{
  GObject               parent_instance;

  gboolean              enabled;
  ZtSchemaOutputAction  output_action;
  GHashTable           *services[2];  /* per ZtSide: service -> (tool name -> Tool) */
  JsonNode             *no_arguments; /* {}: what a call without arguments is checked as */
};

static void zt_schema_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtSchemaFilter, zt_schema_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_schema_filter_iface_init))

static void
tool_free (Tool *t)
{
  g_clear_pointer (&t->input, json_node_unref);
  g_clear_pointer (&t->output, json_node_unref);
  g_clear_pointer (&t->input_v, zt_json_schema_unref);
  g_clear_pointer (&t->output_v, zt_json_schema_unref);
  g_free (t);
}

static gboolean
same_schema (JsonNode *a,
             JsonNode *b)
{
  return a == NULL ? b == NULL : b != NULL && json_node_equal (a, b);
}

static JsonNode *
schema_member (JsonObject *tool,
               const char *member)
{
  JsonNode *n = json_object_get_member (tool, member);

  return n != NULL && (JSON_NODE_HOLDS_OBJECT (n) || JSON_NODE_HOLDS_VALUE (n)) ? json_node_copy (n) : NULL;
}

/* A list answer: its tools replace what was known of them. Tools it does not name stay
 * known, since the policy shows each subject only the tools it may use: one subject's
 * shorter list must not leave another's calls unchecked. */
static void
remember (ZtSchemaFilter        *self,
          const ZtFilterContext *context,
          JsonObject            *result)
{
  JsonArray *tools = zt_json_get_array (result, "tools");
  GHashTable *known;
  guint len = tools ? json_array_get_length (tools) : 0;

  if (len == 0)
    return;
  known = g_hash_table_lookup (self->services[context->side], context->service);
  if (known == NULL)
    {
      known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) tool_free);
      g_hash_table_insert (self->services[context->side], g_strdup (context->service), known);
    }
  for (guint i = 0; i < len; i++)
    {
      JsonObject *o = zt_json_array_get_object (tools, i);
      const char *name = o ? zt_json_get_string (o, "name") : NULL;
      g_autoptr(JsonNode) input = NULL;
      g_autoptr(JsonNode) output = NULL;
      Tool *t;

      if (name == NULL)
        continue;
      input = schema_member (o, "inputSchema");
      output = schema_member (o, "outputSchema");
      /* listed again unchanged: keep what was compiled */
      if ((t = g_hash_table_lookup (known, name)) != NULL && same_schema (t->input, input) &&
          same_schema (t->output, output))
        continue;
      if (!g_hash_table_contains (known, name) && g_hash_table_size (known) >= ZT_SCHEMA_FILTER_MAX_TOOLS)
        {
          g_message ("%s: more than %u tools listed; the schemas of the others are not checked",
                     context->service, ZT_SCHEMA_FILTER_MAX_TOOLS);
          return;
        }
      t = g_new0 (Tool, 1);
      t->input = g_steal_pointer (&input);
      t->output = g_steal_pointer (&output);
      g_hash_table_insert (known, g_strdup (name), t);
    }
}

static Tool *
lookup (ZtSchemaFilter        *self,
        const ZtFilterContext *context,
        const char            *name)
{
  GHashTable *known = g_hash_table_lookup (self->services[context->side], context->service);

  return known && name ? g_hash_table_lookup (known, name) : NULL;
}

/* The tool's schema, compiled once; NULL when it has none or it cannot be used. */
static ZtJsonSchema *
compiled (const ZtFilterContext *context,
          const char            *name,
          const char            *which,
          JsonNode              *schema,
          ZtJsonSchema         **cache,
          gboolean              *bad)
{
  g_autoptr(GError) error = NULL;

  if (*cache != NULL || *bad || schema == NULL)
    return *cache;
  *cache = zt_json_schema_new (schema, &error);
  if (*cache == NULL)
    {
      *bad = TRUE;
      g_message ("%s: the %s of tool %s is not checked: %s", context->service, which, name, error->message);
    }
  return *cache;
}

static void
refuse (ZtVerdict                 *verdict,
        const char                *rule,
        int                        code,
        const char                *tool,
        const ZtJsonSchemaFailure *failure,
        const char                *what)
{
  JsonObject *data = json_object_new ();

  zt_verdict_deny (verdict, rule, "%s %s: %s: %s (%s)", what, tool,
                   *failure->path ? failure->path : "(the whole value)", failure->message, failure->keyword);
  verdict->code = code;
  json_object_set_string_member (data, "rule", rule);
  json_object_set_string_member (data, "tool", tool);
  json_object_set_string_member (data, "path", failure->path);
  json_object_set_string_member (data, "keyword", failure->keyword);
  verdict->data = json_node_init_object (json_node_alloc (), data);
  json_object_unref (data);
}

static ZtVerdictKind
check_call (ZtSchemaFilter        *self,
            const ZtFilterContext *context,
            ZtVerdict             *verdict)
{
  JsonObject *params = zt_message_get_params (context->message);
  const char *name = params ? zt_json_get_string (params, "name") : NULL;
  Tool *t = lookup (self, context, name);
  ZtJsonSchema *schema;
  JsonNode *arguments;
  ZtJsonSchemaFailure failure;
  g_autoptr(JsonObject) visible = NULL;

  if (t == NULL || (schema = compiled (context, name, "inputSchema", t->input, &t->input_v, &t->input_bad)) == NULL)
    return ZT_VERDICT_ALLOW;
  /* checked on what the server gets: json-glib's tree cuts a string at U+0000, so a length,
   * pattern or enum would be checked on a shorter string than the one relayed */
  if (zt_message_has_nul_string (context->message))
    {
      JsonNode *p;

      visible = zt_message_dup_object_nul_visible (context->message);
      p = json_object_get_member (visible, "params");
      params = p && JSON_NODE_HOLDS_OBJECT (p) ? json_node_get_object (p) : params;
    }
  arguments = json_object_get_member (params, "arguments");
  if (arguments == NULL)
    arguments = self->no_arguments;
  if (zt_json_schema_validate (schema, arguments, &failure))
    return ZT_VERDICT_ALLOW;
  refuse (verdict, "schema:input", ZT_JSONRPC_INVALID_PARAMS, name, &failure, "invalid arguments for tool");
  zt_json_schema_failure_clear (&failure);
  return ZT_VERDICT_DENY;
}

static ZtVerdictKind
check_answer (ZtSchemaFilter        *self,
              const ZtFilterContext *context,
              JsonObject            *result,
              ZtVerdict             *verdict)
{
  JsonObject *params = zt_message_get_params (context->request);
  const char *name = params ? zt_json_get_string (params, "name") : NULL;
  Tool *t = lookup (self, context, name);
  JsonNode *structured = json_object_get_member (result, "structuredContent");
  JsonNode *is_error = json_object_get_member (result, "isError");
  ZtJsonSchema *schema;
  ZtJsonSchemaFailure failure;

  /* a tool's error is a result too, and need not have the shape of a success */
  if (t == NULL || structured == NULL ||
      (is_error != NULL && JSON_NODE_HOLDS_VALUE (is_error) && json_node_get_value_type (is_error) == G_TYPE_BOOLEAN &&
       json_node_get_boolean (is_error)) ||
      (schema = compiled (context, name, "outputSchema", t->output, &t->output_v, &t->output_bad)) == NULL)
    return ZT_VERDICT_ALLOW;
  if (zt_json_schema_validate (schema, structured, &failure))
    return ZT_VERDICT_ALLOW;
  if (self->output_action == ZT_SCHEMA_OUTPUT_IGNORE)
    {
      g_message ("%s: tool %s answered with structuredContent that does not match its outputSchema: %s: %s (%s)",
                 context->service, name, failure.path, failure.message, failure.keyword);
      zt_json_schema_failure_clear (&failure);
      return ZT_VERDICT_ALLOW;
    }
  refuse (verdict, "schema:output", ZT_JSONRPC_INTERNAL_ERROR, name, &failure,
          "the answer does not match the outputSchema of tool");
  zt_json_schema_failure_clear (&failure);
  return ZT_VERDICT_DENY;
}

static ZtVerdictKind
zt_schema_filter_check (ZtFilter              *filter,
                        const ZtFilterContext *context,
                        ZtVerdict             *verdict)
{
  ZtSchemaFilter *self = ZT_SCHEMA_FILTER (filter);
  const char *method;
  JsonObject *result;

  if (!self->enabled || context->message == NULL || context->service == NULL)
    return ZT_VERDICT_ALLOW;
  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      method = zt_message_get_method (context->message);
      if (context->origin != ZT_ORIGIN_AGENT && zt_message_get_kind (context->message) == ZT_MESSAGE_REQUEST &&
          method != NULL && strcmp (method, "tools/call") == 0)
        return check_call (self, context, verdict);
      return ZT_VERDICT_ALLOW;
    }
  if (context->request == NULL || zt_message_get_kind (context->message) != ZT_MESSAGE_RESULT ||
      (method = zt_message_get_method (context->request)) == NULL ||
      (result = zt_message_get_result (context->message)) == NULL)
    return ZT_VERDICT_ALLOW;
  if (strcmp (method, "tools/list") == 0)
    remember (self, context, result);
  else if (strcmp (method, "tools/call") == 0)
    return check_answer (self, context, result, verdict);
  return ZT_VERDICT_ALLOW;
}

static void
zt_schema_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = zt_schema_filter_check;
}

static void
zt_schema_filter_finalize (GObject *object)
{
  ZtSchemaFilter *self = ZT_SCHEMA_FILTER (object);

  g_clear_pointer (&self->services[ZT_SIDE_IMPORTER], g_hash_table_unref);
  g_clear_pointer (&self->services[ZT_SIDE_EXPORTER], g_hash_table_unref);
  g_clear_pointer (&self->no_arguments, json_node_unref);
  G_OBJECT_CLASS (zt_schema_filter_parent_class)->finalize (object);
}

static void
zt_schema_filter_class_init (ZtSchemaFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_schema_filter_finalize;
}

static void
zt_schema_filter_init (ZtSchemaFilter *self)
{
  JsonObject *empty = json_object_new ();

  self->enabled = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (self->services); i++)
    self->services[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  self->no_arguments = json_node_init_object (json_node_alloc (), empty);
  json_object_unref (empty);
}

ZtSchemaFilter *
zt_schema_filter_new (void)
{
  return g_object_new (ZT_TYPE_SCHEMA_FILTER, NULL);
}

void
zt_schema_filter_set_enabled (ZtSchemaFilter *self,
                              gboolean        enabled)
{
  g_return_if_fail (ZT_IS_SCHEMA_FILTER (self));
  self->enabled = enabled;
}

void
zt_schema_filter_set_output_action (ZtSchemaFilter       *self,
                                    ZtSchemaOutputAction  action)
{
  g_return_if_fail (ZT_IS_SCHEMA_FILTER (self));
  self->output_action = action;
}
