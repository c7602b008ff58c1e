/* test-json-schema.c: the JSON Schema validator (each keyword, paths, bounds) and the schema filter */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-json-schema.h"
#include "zt-schema-filter.h"

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *n = zt_json_parse_strict (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return n;
}

/* One schema, one instance, and what the validator must say: valid, or the failing path and
 * keyword. The expectations come from the specification's text, not from the code. */
typedef struct {
  const char *schema;
  const char *instance;
  const char *path;     /* NULL: valid */
  const char *keyword;
} Case;

static const Case cases[] = {
  /* type, integer vs number, arrays of types */
  { "{\"type\":\"string\"}", "\"a\"", NULL, NULL },
  { "{\"type\":\"string\"}", "1", "", "type" },
  { "{\"type\":\"integer\"}", "1", NULL, NULL },
  { "{\"type\":\"integer\"}", "1.0", NULL, NULL },
  { "{\"type\":\"integer\"}", "1.5", "", "type" },
  { "{\"type\":\"number\"}", "1", NULL, NULL },
  { "{\"type\":\"number\"}", "\"1\"", "", "type" },
  { "{\"type\":[\"string\",\"null\"]}", "null", NULL, NULL },
  { "{\"type\":[\"string\",\"null\"]}", "true", "", "type" },
  { "{\"type\":\"boolean\"}", "false", NULL, NULL },
  { "{\"type\":\"array\"}", "{}", "", "type" },
  { "{\"type\":\"object\"}", "[]", "", "type" },
  /* properties, required, additionalProperties, patternProperties */
  { "{\"properties\":{\"a\":{\"type\":\"string\"}}}", "{\"a\":\"x\",\"b\":1}", NULL, NULL },
  { "{\"properties\":{\"a\":{\"type\":\"string\"}}}", "{\"a\":1}", "/a", "type" },
  { "{\"required\":[\"a\"]}", "{}", "/a", "required" },
  { "{\"required\":[\"a\"]}", "{\"a\":null}", NULL, NULL },
  { "{\"properties\":{\"a\":{}},\"additionalProperties\":false}", "{\"a\":1}", NULL, NULL },
  { "{\"properties\":{\"a\":{}},\"additionalProperties\":false}", "{\"a\":1,\"b\":2}", "/b", "additionalProperties" },
  { "{\"additionalProperties\":{\"type\":\"integer\"}}", "{\"x\":1,\"y\":\"2\"}", "/y", "type" },
  { "{\"patternProperties\":{\"^x-\":{\"type\":\"string\"}},\"additionalProperties\":false}",
    "{\"x-a\":\"1\"}", NULL, NULL },
  { "{\"patternProperties\":{\"^x-\":{\"type\":\"string\"}},\"additionalProperties\":false}",
    "{\"x-a\":1}", "/x-a", "type" },
  { "{\"patternProperties\":{\"^x-\":{\"type\":\"string\"}},\"additionalProperties\":false}",
    "{\"y\":\"1\"}", "/y", "additionalProperties" },
  /* a member that differs from a property only in case (or by "ſ" for "s", the Kelvin sign
   * for "k"): Go's encoding/json reads it as the property, which was never checked */
  { "{\"properties\":{\"path\":{\"type\":\"string\",\"pattern\":\"^/tmp/\"}}}",
    "{\"path\":\"/tmp/a\",\"PATH\":\"/etc/shadow\"}", "/PATH", "properties" },
  { "{\"properties\":{\"Path\":{}}}", "{\"path\":1}", "/path", "properties" },
  { "{\"properties\":{\"pass\":{}}}", "{\"pa\xc5\xbfs\":1}", "/pa\xc5\xbfs", "properties" },
  { "{\"properties\":{\"kind\":{}}}", "{\"\xe2\x84\xaaind\":1}", "/\xe2\x84\xaaind", "properties" },
  { "{\"properties\":{\"path\":{}}}", "{\"path\":1,\"paths\":2,\"Other\":3}", NULL, NULL },
  { "{\"minProperties\":1}", "{}", "", "minProperties" },
  { "{\"maxProperties\":1}", "{\"a\":1,\"b\":2}", "", "maxProperties" },
  { "{\"maxProperties\":1}", "{\"a\":1}", NULL, NULL },
  /* enum, const (numbers by value, objects regardless of order) */
  { "{\"enum\":[\"a\",1,null]}", "1.0", NULL, NULL },
  { "{\"enum\":[\"a\",1,null]}", "\"b\"", "", "enum" },
  { "{\"const\":{\"a\":[1,2],\"b\":true}}", "{\"b\":true,\"a\":[1,2]}", NULL, NULL },
  { "{\"const\":{\"a\":[1,2],\"b\":true}}", "{\"b\":true,\"a\":[2,1]}", "", "const" },
  { "{\"const\":false}", "0", "", "const" },
  /* strings: pattern (unanchored), lengths in code points, formats */
  { "{\"pattern\":\"b+\"}", "\"abbc\"", NULL, NULL },
  { "{\"pattern\":\"^b+$\"}", "\"abbc\"", "", "pattern" },
  { "{\"pattern\":\"^b+$\"}", "12", NULL, NULL },
  { "{\"minLength\":2}", "\"\xc3\xa9\"", "", "minLength" },
  { "{\"maxLength\":2}", "\"\xc3\xa9\xc3\xa9\"", NULL, NULL },
  { "{\"maxLength\":1}", "\"ab\"", "", "maxLength" },
  { "{\"format\":\"date-time\"}", "\"2026-12-02T20:00:00Z\"", NULL, NULL },
  { "{\"format\":\"date-time\"}", "\"2026-12-02T20:00:00.25+01:00\"", NULL, NULL },
  { "{\"format\":\"date-time\"}", "\"2026-12-02 20:00:00\"", "", "format" },
  { "{\"format\":\"date-time\"}", "\"2026-02-30T20:00:00Z\"", "", "format" },
  { "{\"format\":\"date\"}", "\"2024-02-29\"", NULL, NULL },
  { "{\"format\":\"date\"}", "\"2023-02-29\"", "", "format" },
  { "{\"format\":\"time\"}", "\"23:59:60Z\"", NULL, NULL },
  { "{\"format\":\"time\"}", "\"24:00:00Z\"", "", "format" },
  { "{\"format\":\"email\"}", "\"a.b@example.org\"", NULL, NULL },
  { "{\"format\":\"email\"}", "\"a b@example.org\"", "", "format" },
  { "{\"format\":\"email\"}", "\"example.org\"", "", "format" },
  { "{\"format\":\"uri\"}", "\"https://example.org/a?b=c#d\"", NULL, NULL },
  { "{\"format\":\"uri\"}", "\"/relative/path\"", "", "format" },
  { "{\"format\":\"uri\"}", "\"http://a b\"", "", "format" },
  { "{\"format\":\"uuid\"}", "\"123e4567-e89b-12d3-a456-426614174000\"", NULL, NULL },
  { "{\"format\":\"uuid\"}", "\"123e4567e89b12d3a456426614174000\"", "", "format" },
  { "{\"format\":\"ipv4\"}", "\"192.168.0.1\"", NULL, NULL },
  { "{\"format\":\"ipv4\"}", "\"256.1.1.1\"", "", "format" },
  { "{\"format\":\"ipv4\"}", "\"01.1.1.1\"", "", "format" },
  { "{\"format\":\"ipv6\"}", "\"::1\"", NULL, NULL },
  { "{\"format\":\"ipv6\"}", "\"1::2::3\"", "", "format" },
  { "{\"format\":\"hostname\"}", "\"not checked\"", NULL, NULL },
  /* numbers */
  { "{\"minimum\":1}", "1", NULL, NULL },
  { "{\"minimum\":1}", "0.5", "", "minimum" },
  { "{\"maximum\":1}", "2", "", "maximum" },
  { "{\"exclusiveMinimum\":1}", "1", "", "exclusiveMinimum" },
  { "{\"exclusiveMaximum\":1}", "0.99", NULL, NULL },
  { "{\"exclusiveMaximum\":1}", "1", "", "exclusiveMaximum" },
  { "{\"multipleOf\":3}", "9", NULL, NULL },
  { "{\"multipleOf\":3}", "10", "", "multipleOf" },
  { "{\"multipleOf\":0.1}", "0.3", NULL, NULL },
  { "{\"multipleOf\":0.1}", "0.35", "", "multipleOf" },
  { "{\"minimum\":5}", "\"3\"", NULL, NULL },
  /* arrays */
  { "{\"minItems\":1}", "[]", "", "minItems" },
  { "{\"maxItems\":1}", "[1,2]", "", "maxItems" },
  { "{\"uniqueItems\":true}", "[1,\"1\",{\"a\":1}]", NULL, NULL },
  { "{\"uniqueItems\":true}", "[{\"a\":1},2,{\"a\":1.0}]", "/2", "uniqueItems" },
  { "{\"items\":{\"type\":\"integer\"}}", "[1,2,\"3\"]", "/2", "type" },
  { "{\"prefixItems\":[{\"type\":\"string\"}],\"items\":{\"type\":\"integer\"}}", "[\"a\",1]", NULL, NULL },
  { "{\"prefixItems\":[{\"type\":\"string\"}],\"items\":{\"type\":\"integer\"}}", "[1]", "/0", "type" },
  { "{\"prefixItems\":[{}],\"items\":false}", "[1,2]", "/1", "items" },
  { "{\"items\":[{\"type\":\"string\"}],\"additionalItems\":false}", "[\"a\",2]", "/1", "items" },
  /* combinators */
  { "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}", "1", NULL, NULL },
  { "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}", "1.5", "", "anyOf" },
  { "{\"oneOf\":[{\"type\":\"number\"},{\"type\":\"integer\"}]}", "1.5", NULL, NULL },
  { "{\"oneOf\":[{\"type\":\"number\"},{\"type\":\"integer\"}]}", "1", "", "oneOf" },
  { "{\"allOf\":[{\"minimum\":1},{\"maximum\":3}]}", "4", "", "maximum" },
  { "{\"not\":{\"type\":\"null\"}}", "null", "", "not" },
  { "{\"not\":{\"type\":\"null\"}}", "0", NULL, NULL },
  { "false", "0", "", "false" },
  { "true", "{\"anything\":[]}", NULL, NULL },
  /* $ref: $defs, definitions, any pointer, escapes; recursion through the instance */
  { "{\"$defs\":{\"n\":{\"type\":\"integer\"}},\"properties\":{\"a\":{\"$ref\":\"#/$defs/n\"}}}",
    "{\"a\":\"x\"}", "/a", "type" },
  { "{\"definitions\":{\"n\":{\"type\":\"integer\"}},\"items\":{\"$ref\":\"#/definitions/n\"}}", "[1,2]", NULL, NULL },
  { "{\"$defs\":{\"a/b\":{\"type\":\"string\"},\"c%d\":{\"type\":\"string\"}},"
    "\"properties\":{\"x\":{\"$ref\":\"#/$defs/a~1b\"},\"y\":{\"$ref\":\"#/$defs/c%25d\"}}}",
    "{\"x\":\"1\",\"y\":2}", "/y", "type" },
  { "{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#\"},\"v\":{\"type\":\"integer\"}}}",
    "{\"next\":{\"next\":{\"v\":\"deep\"}}}", "/next/next/v", "type" },
  { "{\"properties\":{\"items\":{\"items\":{\"required\":[\"name\"]}}}}",
    "{\"items\":[{\"name\":1},{\"name\":2},{}]}", "/items/2/name", "required" },
  { "{\"properties\":{\"a/b~c\":{\"type\":\"string\"}}}", "{\"a/b~c\":1}", "/a~1b~0c", "type" },
  { "{\"$defs\":{\"l\":[{\"type\":\"string\"},{\"type\":\"integer\"}]},\"$ref\":\"#/$defs/l/1\"}", "\"x\"", "", "type" },
  /* bounds: a $ref cycle that never descends into the instance */
  { "{\"$ref\":\"#\"}", "1", "", "$limit" },
  { "{\"$defs\":{\"a\":{\"$ref\":\"#/$defs/b\"},\"b\":{\"$ref\":\"#/$defs/a\"}},\"$ref\":\"#/$defs/a\"}", "1", "", "$limit" },
  { "{\"not\":{\"$ref\":\"#\"}}", "1", "", "$limit" },
  /* unknown keywords are ignored */
  { "{\"x-whatever\":{\"type\":\"nonsense\"},\"title\":\"t\"}", "1", NULL, NULL },
};

static void
test_keywords (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(JsonNode) schema = parse (c->schema);
      g_autoptr(JsonNode) instance = parse (c->instance);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);
      ZtJsonSchemaFailure failure;
      gboolean ok;

      g_test_message ("case %u: %s against %s", i, c->instance, c->schema);
      g_assert_no_error (error);
      ok = zt_json_schema_validate (v, instance, &failure);
      if (c->path == NULL)
        {
          if (!ok)
            g_test_message ("unexpected failure at \"%s\" (%s): %s", failure.path, failure.keyword, failure.message);
          g_assert_true (ok);
          g_assert_null (failure.path);
        }
      else
        {
          g_assert_false (ok);
          g_assert_cmpstr (failure.path, ==, c->path);
          g_assert_cmpstr (failure.keyword, ==, c->keyword);
          g_assert_nonnull (failure.message);
          /* without a failure to fill, the same answer */
          g_assert_false (zt_json_schema_validate (v, instance, NULL));
        }
      zt_json_schema_failure_clear (&failure);
    }
}

/* Schemas the validator refuses to compile (so a tool with one goes unchecked, said in the log). */
static void
test_unusable (void)
{
  static const char *schemas[] = {
    "1",
    "{\"type\":\"nonsense\"}",
    "{\"type\":[]}",
    "{\"pattern\":\"(\"}",
    "{\"patternProperties\":{\"[\":{}}}",
    "{\"$ref\":\"https://example.org/schema\"}",
    "{\"$ref\":\"#/$defs/missing\"}",
    "{\"$ref\":\"#anchor\"}",
    "{\"$defs\":{\"l\":[{}]},\"$ref\":\"#/$defs/l/4294967296\"}",
    "{\"$defs\":{\"l\":[{}]},\"$ref\":\"#/$defs/l/01\"}",
    "{\"minLength\":-1}",
    "{\"minimum\":\"1\"}",
    "{\"multipleOf\":0}",
    "{\"required\":\"a\"}",
    "{\"anyOf\":[]}",
    "{\"properties\":{\"a\":3}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (schemas); i++)
    {
      g_autoptr(JsonNode) schema = parse (schemas[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);

      g_test_message ("%s", schemas[i]);
      g_assert_null (v);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
    }
}

/* Hostile schemas and instances: bounded in size, nesting and work, never "valid" by giving up. */
static void
test_hostile (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* nesting past the compile bound (built with json-glib, past the strict parser's depth) */
  {
    g_autoptr(JsonNode) deep = json_node_init_object (json_node_alloc (), json_object_new ());
    JsonNode *cur = deep;
    g_autoptr(ZtJsonSchema) v = NULL;

    json_object_unref (json_node_get_object (deep));  /* the node holds it */
    for (guint i = 0; i < ZT_JSON_SCHEMA_MAX_NESTING + 10; i++)
      {
        JsonObject *o = json_object_new ();

        json_object_set_object_member (json_node_get_object (cur), "not", o);
        cur = json_object_get_member (json_node_get_object (cur), "not");
      }
    v = zt_json_schema_new (deep, &error);
    g_assert_null (v);
    g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
  }

  /* an instance nested past the validation bound (built with json-glib, past the strict
   * parser's depth), against a schema that follows it down */
  {
    g_autoptr(JsonNode) schema = parse ("{\"items\":{\"$ref\":\"#\"}}");
    g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);
    g_autoptr(JsonNode) instance = json_node_new (JSON_NODE_NULL);
    ZtJsonSchemaFailure failure;

    g_assert_no_error (error);
    for (guint i = 0; i < ZT_JSON_SCHEMA_MAX_DEPTH * 2; i++)
      {
        JsonArray *a = json_array_new ();
        JsonNode *outer;

        json_array_add_element (a, g_steal_pointer (&instance));
        outer = json_node_init_array (json_node_alloc (), a);
        json_array_unref (a);
        instance = outer;
      }
    g_assert_false (zt_json_schema_validate (v, instance, &failure));
    g_assert_cmpstr (failure.keyword, ==, "$limit");
    zt_json_schema_failure_clear (&failure);
  }

  /* too many subschemas */
  g_string_append (s, "{\"anyOf\":[");
  for (guint i = 0; i < ZT_JSON_SCHEMA_MAX_NODES + 1; i++)
    g_string_append (s, i ? ",{}" : "{}");
  g_string_append (s, "]}");
  {
    g_autoptr(JsonNode) schema = parse (s->str);
    g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);

    g_assert_null (v);
    g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
  }

  /* exponential work: anyOf of anyOf ... each branch failing late, over a deep instance */
  {
    g_autoptr(JsonNode) schema = parse ("{\"$defs\":{\"x\":{\"anyOf\":[{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/x\"}},"
                                        "{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/x\"}}]}},"
                                        "\"$ref\":\"#/$defs/x\"}");
    g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);
    g_autoptr(GString) inst = g_string_new (NULL);
    g_autoptr(JsonNode) instance = NULL;
    ZtJsonSchemaFailure failure;
    gint64 start = g_get_monotonic_time ();

    g_assert_no_error (error);
    for (guint i = 0; i < 60; i++)
      g_string_append (inst, "[");
    g_string_append (inst, "1");
    for (guint i = 0; i < 60; i++)
      g_string_append (inst, "]");
    instance = parse (inst->str);
    g_assert_false (zt_json_schema_validate (v, instance, &failure));
    g_assert_cmpstr (failure.keyword, ==, "$limit");
    zt_json_schema_failure_clear (&failure);
    /* bounded: a few seconds at most even under sanitizers */
    g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  }

  /* a member's name of 100 000 characters where it is not allowed, under another long one:
   * the path and the message name them in a bounded number of characters (they go into the
   * error the caller gets and into the audit record) */
  {
    g_autoptr(JsonNode) schema = parse ("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"object\","
                                        "\"additionalProperties\":false}}");
    g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);
    g_autofree char *long_name = g_strnfill (100000, 'k');
    g_autoptr(GString) inst = g_string_new (NULL);
    g_autoptr(JsonNode) instance = NULL;
    ZtJsonSchemaFailure failure;

    g_assert_no_error (error);
    /* "é" so that a cut lands between characters, never inside one */
    g_string_append_printf (inst, "{\"é%s\":{\"é%s\":1}}", long_name, long_name);
    instance = parse (inst->str);
    g_assert_false (zt_json_schema_validate (v, instance, &failure));
    g_assert_cmpstr (failure.keyword, ==, "additionalProperties");
    g_test_message ("path %zu bytes, message %zu bytes", strlen (failure.path), strlen (failure.message));
    g_assert_cmpuint (strlen (failure.path), <, 300);
    g_assert_cmpuint (strlen (failure.message), <, 1100);
    g_assert_true (g_utf8_validate (failure.path, -1, NULL));
    g_assert_true (g_utf8_validate (failure.message, -1, NULL));
    g_assert_true (g_str_has_prefix (failure.path, "/ékkk"));
    g_assert_true (g_str_has_suffix (failure.path, "…"));
    zt_json_schema_failure_clear (&failure);
  }

  /* uniqueItems over many equal-looking items: quadratic, bounded by the steps */
  {
    g_autoptr(JsonNode) schema = parse ("{\"uniqueItems\":true}");
    g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, &error);
    g_autoptr(GString) inst = g_string_new ("[");
    g_autoptr(JsonNode) instance = NULL;
    ZtJsonSchemaFailure failure;

    for (guint i = 0; i < 20000; i++)
      g_string_append_printf (inst, "%s[%u,1,1,1]", i ? "," : "", i);
    g_string_append (inst, "]");
    instance = parse (inst->str);
    g_assert_false (zt_json_schema_validate (v, instance, &failure));
    g_assert_cmpstr (failure.keyword, ==, "$limit");
    zt_json_schema_failure_clear (&failure);
  }
}

/* ---------------------------------------------------------------------------------------- */
/* The filter                                                                               */

static ZtMessage *
message (const char *text)
{
  g_autoptr(GError) error = NULL;
  ZtMessage *m = zt_message_parse (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return m;
}

static ZtVerdictKind
ask (ZtFilter    *filter,
     ZtSide       side,
     ZtDirection  direction,
     ZtMessage   *m,
     ZtMessage   *request,
     ZtVerdict   *verdict)
{
  ZtFilterContext context = { "s1", NULL, "svc", side, direction,
                              direction == ZT_DIRECTION_TO_SERVER ? ZT_ORIGIN_CLIENT : ZT_ORIGIN_SERVER, m, request };

  return ZT_FILTER_GET_IFACE (filter)->check (filter, &context, verdict);
}

static void
test_filter (void)
{
  g_autoptr(ZtSchemaFilter) filter = zt_schema_filter_new ();
  ZtFilter *f = ZT_FILTER (filter);
  g_autoptr(ZtMessage) list = message ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
  g_autoptr(ZtMessage) tools = message (
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\","
    "\"properties\":{\"message\":{\"type\":\"string\"}},\"required\":[\"message\"]},\"outputSchema\":{\"type\":\"object\","
    "\"properties\":{\"n\":{\"type\":\"integer\"}},\"required\":[\"n\"]}},{\"name\":\"broken\",\"inputSchema\":"
    "{\"$ref\":\"http://elsewhere\"}}]}}");
  g_autoptr(ZtMessage) good = message ("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
                                       "{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"}}}");
  g_autoptr(ZtMessage) wrong = message ("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":"
                                        "{\"name\":\"echo\",\"arguments\":{\"message\":7}}}");
  g_autoptr(ZtMessage) missing = message ("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":"
                                          "{\"name\":\"echo\"}}");
  g_autoptr(ZtMessage) unknown = message ("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":"
                                          "{\"name\":\"other\",\"arguments\":{\"message\":7}}}");
  g_autoptr(ZtMessage) broken = message ("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":"
                                         "{\"name\":\"broken\",\"arguments\":7}}");
  g_autoptr(ZtMessage) out_good = message ("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[],"
                                           "\"structuredContent\":{\"n\":1}}}");
  g_autoptr(ZtMessage) out_bad = message ("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[],"
                                          "\"structuredContent\":{\"n\":\"one\"}}}");
  g_autoptr(ZtMessage) out_error = message ("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"content\":[],\"isError\":true,"
                                            "\"structuredContent\":{}}}");
  ZtVerdict v = { ZT_VERDICT_ALLOW };
  JsonObject *data;

  /* before any list: unknown tools pass */
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, wrong, NULL, &v), ==, ZT_VERDICT_ALLOW);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, tools, list, &v), ==, ZT_VERDICT_ALLOW);

  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, good, NULL, &v), ==, ZT_VERDICT_ALLOW);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, wrong, NULL, &v), ==, ZT_VERDICT_DENY);
  g_assert_cmpint (v.code, ==, ZT_JSONRPC_INVALID_PARAMS);
  g_assert_cmpstr (v.rule, ==, "schema:input");
  g_assert_nonnull (strstr (v.reason, "/message"));
  data = json_node_get_object (v.data);
  g_assert_cmpstr (json_object_get_string_member (data, "rule"), ==, "schema:input");
  g_assert_cmpstr (json_object_get_string_member (data, "path"), ==, "/message");
  g_assert_cmpstr (json_object_get_string_member (data, "keyword"), ==, "type");
  g_assert_cmpstr (json_object_get_string_member (data, "tool"), ==, "echo");
  zt_verdict_clear (&v);

  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, missing, NULL, &v), ==, ZT_VERDICT_DENY);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (v.data), "keyword"), ==, "required");
  zt_verdict_clear (&v);

  /* a tool no list named, and a tool whose schema cannot be used: not checked */
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, unknown, NULL, &v), ==, ZT_VERDICT_ALLOW);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, broken, NULL, &v), ==, ZT_VERDICT_ALLOW);
  /* the other side's chain has seen no list */
  g_assert_cmpint (ask (f, ZT_SIDE_EXPORTER, ZT_DIRECTION_TO_SERVER, wrong, NULL, &v), ==, ZT_VERDICT_ALLOW);

  /* results: structuredContent against outputSchema; a tool's error is not checked */
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, out_good, good, &v), ==, ZT_VERDICT_ALLOW);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, out_error, good, &v), ==, ZT_VERDICT_ALLOW);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, out_bad, good, &v), ==, ZT_VERDICT_DENY);
  g_assert_cmpint (v.code, ==, ZT_JSONRPC_INTERNAL_ERROR);
  g_assert_cmpstr (v.rule, ==, "schema:output");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (v.data), "path"), ==, "/n");
  zt_verdict_clear (&v);
  zt_schema_filter_set_output_action (filter, ZT_SCHEMA_OUTPUT_IGNORE);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, out_bad, good, &v), ==, ZT_VERDICT_ALLOW);

  /* listed again unchanged: the same answers; changed: the new schema decides */
  {
    g_autoptr(ZtMessage) changed = message (
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[{\"name\":\"echo\",\"inputSchema\":"
      "{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"integer\"}}}}]}}");

    g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, tools, list, &v), ==, ZT_VERDICT_ALLOW);
    g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, wrong, NULL, &v), ==, ZT_VERDICT_DENY);
    zt_verdict_clear (&v);
    g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, changed, list, &v), ==, ZT_VERDICT_ALLOW);
    g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, wrong, NULL, &v), ==, ZT_VERDICT_ALLOW);
    g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, good, NULL, &v), ==, ZT_VERDICT_DENY);
    zt_verdict_clear (&v);
  }

  /* switched off: everything passes */
  zt_schema_filter_set_enabled (filter, FALSE);
  g_assert_cmpint (ask (f, ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, wrong, NULL, &v), ==, ZT_VERDICT_ALLOW);
}

/* The cost of checking a valid call (the hot path), printed for docs/performance.md: the
 * validator alone, and the filter's whole check, with bench/zt-echo-server.c's echo tool. */
static void
test_cost (void)
{
  g_autoptr(ZtSchemaFilter) filter = zt_schema_filter_new ();
  g_autoptr(ZtMessage) list = message ("{\"jsonrpc\":\"2.0\",\"id\":\"list\",\"method\":\"tools/list\"}");
  g_autoptr(ZtMessage) tools = message (
    "{\"jsonrpc\":\"2.0\",\"id\":\"list\",\"result\":{\"tools\":[{\"name\":\"echo\",\"description\":\"Echo\","
    "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"},"
    "\"size\":{\"type\":\"integer\"}}}}]}}");
  g_autoptr(ZtMessage) call = message ("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":"
                                       "{\"name\":\"echo\",\"arguments\":{\"message\":\"hello from zt-bench\"}}}");
  g_autoptr(JsonNode) schema = parse ("{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"},"
                                      "\"size\":{\"type\":\"integer\"}}}");
  g_autoptr(JsonNode) instance = parse ("{\"message\":\"hello from zt-bench\"}");
  g_autoptr(ZtJsonSchema) v = zt_json_schema_new (schema, NULL);
  const guint n = 200000;
  ZtVerdict verdict = { ZT_VERDICT_ALLOW };
  gint64 start;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    g_assert_true (zt_json_schema_validate (v, instance, NULL));
  g_test_message ("validating the echo tool's arguments: %.3f us per call", (double) (g_get_monotonic_time () - start) / n);

  g_assert_cmpint (ask (ZT_FILTER (filter), ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, tools, list, &verdict), ==,
                   ZT_VERDICT_ALLOW);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (ask (ZT_FILTER (filter), ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, call, NULL, &verdict), ==,
                     ZT_VERDICT_ALLOW);
  g_test_message ("the schema filter's check of an echo tools/call: %.3f us per call",
                  (double) (g_get_monotonic_time () - start) / n);
  zt_schema_filter_set_enabled (filter, FALSE);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (ask (ZT_FILTER (filter), ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, call, NULL, &verdict), ==,
                     ZT_VERDICT_ALLOW);
  g_test_message ("the same, the filter switched off: %.3f us per call", (double) (g_get_monotonic_time () - start) / n);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-schema/keywords", test_keywords);
  g_test_add_func ("/json-schema/unusable", test_unusable);
  g_test_add_func ("/json-schema/hostile", test_hostile);
  g_test_add_func ("/json-schema/cost", test_cost);
  g_test_add_func ("/schema-filter/calls-and-results", test_filter);
  return g_test_run ();
}
