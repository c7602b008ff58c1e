/* fuzz-schema.c: libFuzzer target for the JSON Schema validator (a schema and an instance from bytes) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>
#include <string.h>

#include "zt-json-schema.h"
#include "zt-jsonrpc.h"
#include "zt-fuzz-util.h"

/* Both come from an MCP server or its client, through the strict parser, as in the agent. */
static const ZtLimits fuzz_limits = { .max_size = 65536, .max_depth = 64 };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Where a JSON Pointer leads in @root, read here token by token (RFC 6901), independently of
 * how the validator builds its paths. NULL when it leads nowhere. */
static JsonNode *
follow (JsonNode   *root,
        const char *pointer,
        gboolean    parent_only)
{
  g_auto(GStrv) tokens = NULL;
  JsonNode *n = root;
  guint len;

  if (*pointer == '\0')
    return root;
  if (*pointer != '/')
    return NULL;
  tokens = g_strsplit (pointer + 1, "/", -1);
  len = g_strv_length (tokens);
  for (guint i = 0; i < len - (parent_only ? 1 : 0) && n != NULL; i++)
    {
      g_autoptr(GString) t = g_string_new (NULL);

      for (const char *p = tokens[i]; *p; p++)
        {
          if (*p == '~' && p[1] == '0')
            g_string_append_c (t, '~'), p++;
          else if (*p == '~' && p[1] == '1')
            g_string_append_c (t, '/'), p++;
          else if (*p == '~')
            return NULL;
          else
            g_string_append_c (t, *p);
        }
      if (JSON_NODE_HOLDS_OBJECT (n))
        {
          JsonObject *o = json_node_get_object (n);

          n = json_object_get_member (o, t->str);
          /* a member name over 64 characters is named by its first 63 and "…" */
          if (n == NULL && g_str_has_suffix (t->str, "…") && g_utf8_strlen (t->str, -1) == 64)
            {
              JsonObjectIter iter;
              const char *name;
              JsonNode *member;

              g_string_truncate (t, t->len - strlen ("…"));
              json_object_iter_init (&iter, o);
              while (n == NULL && json_object_iter_next (&iter, &name, &member))
                if (g_str_has_prefix (name, t->str) && g_utf8_strlen (name, -1) > 64)
                  n = member;
            }
        }
      else if (JSON_NODE_HOLDS_ARRAY (n))
        {
          char *end;
          guint64 index = g_ascii_strtoull (t->str, &end, 10);

          n = (t->len > 0 && *end == '\0' && index < json_array_get_length (json_node_get_array (n)))
            ? json_array_get_element (json_node_get_array (n), (guint) index) : NULL;
        }
      else
        n = NULL;
    }
  return n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* the schema, then a NUL, then the instance; without a NUL the schema checks itself */
  const uint8_t *nul = memchr (data, '\0', size);
  gsize schema_len = nul ? (gsize) (nul - data) : size;
  g_autoptr(JsonNode) schema = zt_json_parse_strict ((const char *) data, schema_len, &fuzz_limits, NULL);
  g_autoptr(JsonNode) instance = NULL;
  g_autoptr(ZtJsonSchema) v = NULL;
  ZtJsonSchemaFailure failure;
  gboolean ok;

  if (schema == NULL)
    return 0;
  instance = nul ? zt_json_parse_strict ((const char *) nul + 1, size - schema_len - 1, &fuzz_limits, NULL)
                 : json_node_ref (schema);
  if (instance == NULL || (v = zt_json_schema_new (schema, NULL)) == NULL)
    return 0;

  ok = zt_json_schema_validate (v, instance, &failure);
  /* whether someone asks why must not change the answer */
  if (zt_json_schema_validate (v, instance, NULL) != ok)
    zt_fuzz_fail ("validate", "the answer differs with and without a failure to fill");
  if (ok)
    {
      if (failure.path != NULL || failure.message != NULL)
        zt_fuzz_fail ("validate", "a valid instance came with a failure");
      return 0;
    }
  if (failure.path == NULL || failure.keyword == NULL || failure.message == NULL ||
      !g_utf8_validate (failure.message, -1, NULL) || !g_utf8_validate (failure.path, -1, NULL))
    zt_fuzz_fail ("validate", "an invalid instance without a whole failure");
  /* the path names a place in the instance: the value itself, or for a member that must be
   * there (required) or may not (a false schema), the object it belongs to */
  if (follow (instance, failure.path, FALSE) == NULL &&
      (strcmp (failure.keyword, "required") != 0 || follow (instance, failure.path, TRUE) == NULL))
    zt_fuzz_fail ("path", failure.path);
  zt_json_schema_failure_clear (&failure);
  return 0;
}
