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

/* One JSON Pointer token, unescaped (RFC 6901); FALSE for a '~' that escapes nothing. */
static gboolean
unescape_token (const char *token,
                GString    *out)
{
  for (const char *p = token; *p; p++)
    {
      if (*p == '~' && p[1] == '0')
        g_string_append_c (out, '~'), p++;
      else if (*p == '~' && p[1] == '1')
        g_string_append_c (out, '/'), p++;
      else if (*p == '~')
        return FALSE;
      else
        g_string_append_c (out, *p);
    }
  return TRUE;
}

/* Whether @tokens lead somewhere from @n, read here independently of how the validator builds
 * its paths. A member name over 64 characters is named by its first 63 and "…", so such a
 * token may stand for several members: the pointer leads somewhere if it does through any. */
static gboolean
leads (JsonNode  *n,
       char     **tokens,
       guint      left)
{
  g_autoptr(GString) t = g_string_new (NULL);

  if (left == 0)
    return TRUE;
  if (!unescape_token (tokens[0], t))
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (n))
    {
      JsonObject *o = json_node_get_object (n);
      JsonNode *member = json_object_get_member (o, t->str);
      JsonObjectIter iter;
      const char *name;

      if (member != NULL && leads (member, tokens + 1, left - 1))
        return TRUE;
      if (!g_str_has_suffix (t->str, "…") || g_utf8_strlen (t->str, -1) != 64)
        return FALSE;
      g_string_truncate (t, t->len - strlen ("…"));
      json_object_iter_init (&iter, o);
      while (json_object_iter_next (&iter, &name, &member))
        if (g_str_has_prefix (name, t->str) && g_utf8_strlen (name, -1) > 64 &&
            leads (member, tokens + 1, left - 1))
          return TRUE;
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);
      char *end;
      guint64 index = g_ascii_strtoull (t->str, &end, 10);

      return t->len > 0 && *end == '\0' && index < json_array_get_length (a) &&
             leads (json_array_get_element (a, (guint) index), tokens + 1, left - 1);
    }
  return FALSE;
}

/* Whether @pointer leads somewhere in @root; with @parent_only, whether all but its last
 * token do. */
static gboolean
follow (JsonNode   *root,
        const char *pointer,
        gboolean    parent_only)
{
  g_auto(GStrv) tokens = NULL;
  guint len;

  if (*pointer == '\0')
    return TRUE;
  if (*pointer != '/')
    return FALSE;
  tokens = g_strsplit (pointer + 1, "/", -1);
  len = g_strv_length (tokens);
  return leads (root, tokens, len - (parent_only ? 1 : 0));
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
  if (!follow (instance, failure.path, FALSE) &&
      (strcmp (failure.keyword, "required") != 0 || !follow (instance, failure.path, TRUE)))
    zt_fuzz_fail ("path", failure.path);
  zt_json_schema_failure_clear (&failure);
  return 0;
}
