/* test-jsonrpc.c: unit tests of JSON-RPC envelope validation, limits, ids and serialisation */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-test-util.h"
#include "zt-util.h"

/* Parses @json (of @len bytes, or strlen when -1) and insists on failure with @code and a
 * message containing @substr, so that a change of wording that a client relies on shows. */
static void
assert_parse_fails_len (const char     *json,
                        gssize          len,
                        const ZtLimits *limits,
                        ZtError         code,
                        const char     *substr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) msg = NULL;

  if (len < 0)
    len = strlen (json);
  msg = zt_message_parse (json, len, limits, &error);
  if (msg != NULL)
    g_error ("expected failure (code %d, \"%s\") but parsed: %.*s", code, substr, (int) len, json);
  g_assert_error (error, ZT_ERROR, (gint) code);
  if (strstr (error->message, substr) == NULL)
    g_error ("error for %.*s is \"%s\", expected it to contain \"%s\"",
             (int) MIN (len, 200), json, error->message, substr);
}

static void
assert_parse_fails (const char *json,
                    ZtError     code,
                    const char *substr)
{
  assert_parse_fails_len (json, -1, NULL, code, substr);
}

static ZtMessage *
parse_ok_limits (const char     *json,
                 gssize          len,
                 const ZtLimits *limits)
{
  g_autoptr(GError) error = NULL;
  ZtMessage *msg;

  if (len < 0)
    len = strlen (json);
  msg = zt_message_parse (json, len, limits, &error);
  if (msg == NULL)
    g_error ("expected %.*s to parse, got: %s", (int) MIN (len, 200), json, error->message);
  g_assert_no_error (error);
  return msg;
}

/* For a message that only has to be accepted. */
static void
assert_parses (const char     *json,
               gssize          len,
               const ZtLimits *limits)
{
  zt_message_unref (parse_ok_limits (json, len, limits));
}

static ZtMessage *
parse_ok (const char *json)
{
  return parse_ok_limits (json, -1, NULL);
}

/* The root node of a message, for json_node_equal. */
static JsonNode *
message_node (ZtMessage *msg)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_object (node, zt_message_get_object (msg));
  return node;
}

static JsonNode *
string_node (const char *s)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_string (node, s);
  return node;
}

/* Serialises, re-parses and checks that nothing changed, including the id's JSON type. */
static ZtMessage *
assert_round_trip (ZtMessage *msg)
{
  g_autofree char *text = NULL;
  g_autofree char *key1 = NULL;
  g_autofree char *key2 = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  ZtMessage *again;
  gsize len = 0;

  text = zt_message_to_string (msg, &len);
  g_assert_nonnull (text);
  g_assert_cmpuint (len, ==, strlen (text));
  g_assert_true (g_utf8_validate (text, len, NULL));
  again = parse_ok_limits (text, len, NULL);
  g_assert_cmpint (zt_message_get_kind (again), ==, zt_message_get_kind (msg));
  g_assert_cmpstr (zt_message_get_method (again), ==, zt_message_get_method (msg));
  key1 = zt_json_id_key (zt_message_get_id (msg));
  key2 = zt_json_id_key (zt_message_get_id (again));
  g_assert_cmpstr (key1, ==, key2);
  a = message_node (msg);
  b = message_node (again);
  g_assert_true (json_node_equal (a, b));
  return again;
}

/* "{...,"params":{"a":[[[1]]]}}" nests exactly @depth levels (@depth >= 2). */
static char *
request_with_depth (guint depth)
{
  GString *s = g_string_new ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":");

  g_assert_cmpuint (depth, >=, 2);
  for (guint i = 0; i < depth - 2; i++)
    g_string_append_c (s, '[');
  g_string_append_c (s, '1');
  for (guint i = 0; i < depth - 2; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}}");
  return g_string_free (s, FALSE);
}

/* ---- valid messages ---- */

static void
test_valid_request (void)
{
  g_autoptr(ZtMessage) m = parse_ok ("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\","
                                     "\"params\":{\"cursor\":\"c\"}}");
  JsonNode *id = zt_message_get_id (m);

  g_assert_cmpint (zt_message_get_kind (m), ==, ZT_MESSAGE_REQUEST);
  g_assert_false (zt_message_is_response (m));
  g_assert_cmpstr (zt_message_get_method (m), ==, "tools/list");
  g_assert_cmpint (json_node_get_value_type (id), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (id), ==, 7);
  g_assert_nonnull (zt_message_get_params (m));
  g_assert_cmpstr (json_object_get_string_member (zt_message_get_params (m), "cursor"), ==, "c");
  g_assert_null (zt_message_get_result (m));
}

static void
test_valid_variants (void)
{
  static const struct {
    const char *json;
    ZtMessageKind kind;
  } cases[] = {
    { "{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"m\"}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":\"\",\"method\":\"m\"}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"m\"}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":-42,\"method\":\"m\"}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":9223372036854775807,\"method\":\"m\"}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":-9223372036854775808,\"method\":\"m\"}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{}}", ZT_MESSAGE_REQUEST },
    { "  {\"method\":\"m\",\"id\":1,\"jsonrpc\":\"2.0\"}\r\n", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"x-extra\":[1,2]}", ZT_MESSAGE_REQUEST },
    { "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", ZT_MESSAGE_NOTIFICATION },
    { "{\"jsonrpc\":\"2.0\",\"method\":\"n\",\"params\":{\"a\":null}}", ZT_MESSAGE_NOTIFICATION },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", ZT_MESSAGE_RESULT },
    { "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":{\"tools\":[]}}", ZT_MESSAGE_RESULT },
    /* JSON-RPC lets a result be any value; MCP's object-ness is the upstream's business. */
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}", ZT_MESSAGE_RESULT },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[1]}", ZT_MESSAGE_RESULT },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"nope\"}}", ZT_MESSAGE_ERROR },
    { "{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"error\":{\"code\":1,\"message\":\"m\",\"data\":{}}}", ZT_MESSAGE_ERROR },
    /* The one place a null id is allowed: an error about an unreadable request. */
    { "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse\"}}", ZT_MESSAGE_ERROR },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZtMessage) m = parse_ok (cases[i].json);
      g_autoptr(ZtMessage) again = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      g_assert_cmpint (zt_message_get_kind (m), ==, cases[i].kind);
      g_assert_cmpint (zt_message_is_response (m), ==,
                       cases[i].kind == ZT_MESSAGE_RESULT || cases[i].kind == ZT_MESSAGE_ERROR);
      if (cases[i].kind == ZT_MESSAGE_RESULT || cases[i].kind == ZT_MESSAGE_ERROR)
        g_assert_null (zt_message_get_method (m));
      if (cases[i].kind == ZT_MESSAGE_NOTIFICATION)
        g_assert_null (zt_message_get_id (m));
      again = assert_round_trip (m);
    }
}

/* ---- every envelope rule ---- */

static void
test_invalid_envelope (void)
{
  static const struct {
    const char *json;
    const char *substr;
  } cases[] = {
    /* jsonrpc member */
    { "{\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    { "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    { "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    { "{\"jsonrpc\":null,\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    { "{\"jsonrpc\":\"2.0 \",\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    { "{\"jsonrpc\":[\"2.0\"],\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    { "{\"JSONRPC\":\"2.0\",\"id\":1,\"method\":\"m\"}", "\"jsonrpc\" must be the string \"2.0\"" },
    /* method */
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":1}", "\"method\" must be a string" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":null}", "\"method\" must be a string" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":{}}", "\"method\" must be a string" },
    { "{\"jsonrpc\":\"2.0\",\"method\":[\"m\"]}", "\"method\" must be a string" },
    /* a request with a response's members */
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"result\":{}}", "a request cannot carry" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"error\":{\"code\":1}}", "a request cannot carry" },
    { "{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"result\":null}", "a request cannot carry" },
    /* params */
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":[1,2]}", "\"params\" must be an object in MCP" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":\"x\"}", "\"params\" must be an object in MCP" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":null}", "\"params\" must be an object in MCP" },
    { "{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":3}", "\"params\" must be an object in MCP" },
    /* request ids */
    { "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"m\"}", "\"id\" must be a string or an integer (never null)" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"m\"}", "\"id\" must be a string or an integer" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1.0,\"method\":\"m\"}", "\"id\" must be a string or an integer" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1e3,\"method\":\"m\"}", "\"id\" must be a string or an integer" },
    { "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"m\"}", "\"id\" must be a string or an integer" },
    { "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"m\"}", "\"id\" must be a string or an integer" },
    { "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"m\"}", "\"id\" must be a string or an integer" },
    /* responses */
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1}}", "cannot carry both \"result\" and \"error\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1}", "message has no \"method\", \"result\" or \"error\"" },
    { "{\"jsonrpc\":\"2.0\"}", "message has no \"method\", \"result\" or \"error\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"bad\"}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":null}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{}}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":\"1\"}}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1.5}}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":null}}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":{}}}", "\"error\" must be an object with an integer \"code\"" },
    { "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1}}", "an error response needs an \"id\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"error\":{\"code\":1}}", "an error response needs an \"id\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":false,\"error\":{\"code\":1}}", "an error response needs an \"id\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":[],\"error\":{\"code\":1}}", "an error response needs an \"id\"" },
    { "{\"jsonrpc\":\"2.0\",\"result\":{}}", "a result needs an \"id\" that is a string or an integer" },
    { "{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{}}", "a result needs an \"id\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":true,\"result\":{}}", "a result needs an \"id\"" },
    { "{\"jsonrpc\":\"2.0\",\"id\":2.5,\"result\":{}}", "a result needs an \"id\"" },
    /* not an object */
    { "1", "a JSON-RPC message must be a JSON object" },
    { "\"x\"", "a JSON-RPC message must be a JSON object" },
    { "null", "a JSON-RPC message must be a JSON object" },
    { "true", "a JSON-RPC message must be a JSON object" },
    { "", "empty message" },
    { " \t\r\n ", "empty message" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].json);
      assert_parse_fails (cases[i].json, ZT_ERROR_INVALID_REQUEST, cases[i].substr);
    }
}

static void
test_batch_rejected (void)
{
  static const char *batches[] = {
    "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}]",
    "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"},{\"jsonrpc\":\"2.0\",\"method\":\"n\"}]",
    "[]",
    "[1]",
    " [ ] ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (batches); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtMessage) m = zt_message_parse (batches[i], strlen (batches[i]), NULL, &error);

      g_assert_null (m);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST);
      g_assert_nonnull (strstr (error->message, "batches are not supported"));
      g_assert_cmpint (zt_error_to_jsonrpc (error), ==, ZT_JSONRPC_INVALID_REQUEST);
      g_assert_cmpuint (zt_error_to_http (error), ==, 400);
    }
}

static void
test_not_json (void)
{
  static const char *cases[] = {
    "{",
    "}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"} x",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}]",
    "{\"jsonrpc\":\"2.0\" \"id\":1}",
    "{jsonrpc:\"2.0\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":tru,\"method\":\"m\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":NaN,\"method\":\"m\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":Infinity,\"method\":\"m\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":\"unterminated,\"method\":\"m\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":\"\\ud800\\u0041\",\"method\":\"m\"}",
    "garbage",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i]);
      assert_parse_fails (cases[i], ZT_ERROR_PARSE, "not valid JSON");
      error = g_error_new_literal (ZT_ERROR, ZT_ERROR_PARSE, "x");
      g_assert_cmpint (zt_error_to_jsonrpc (error), ==, ZT_JSONRPC_PARSE_ERROR);
    }
}

/* ---- ids ---- */

static void
test_id_string_vs_int (void)
{
  g_autoptr(ZtMessage) s = parse_ok ("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"method\":\"m\"}");
  g_autoptr(ZtMessage) i = parse_ok ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}");
  g_autoptr(ZtMessage) s2 = NULL;
  g_autoptr(ZtMessage) i2 = NULL;
  g_autofree char *ks = zt_json_id_key (zt_message_get_id (s));
  g_autofree char *ki = zt_json_id_key (zt_message_get_id (i));
  g_autofree char *ts = zt_message_to_string (s, NULL);
  g_autofree char *ti = zt_message_to_string (i, NULL);

  g_assert_cmpstr (ks, ==, "s:1");
  g_assert_cmpstr (ki, ==, "i:1");
  g_assert_cmpstr (ks, !=, ki);
  g_assert_nonnull (strstr (ts, "\"id\":\"1\""));
  g_assert_nonnull (strstr (ti, "\"id\":1"));
  g_assert_null (strstr (ti, "\"id\":\"1\""));

  s2 = assert_round_trip (s);
  i2 = assert_round_trip (i);
  g_assert_cmpint (json_node_get_value_type (zt_message_get_id (s2)), ==, G_TYPE_STRING);
  g_assert_cmpint (json_node_get_value_type (zt_message_get_id (i2)), ==, G_TYPE_INT64);
  g_assert_false (json_node_equal (zt_message_get_id (s2), zt_message_get_id (i2)));
}

static void
test_id_constructed_types (void)
{
  g_autoptr(JsonNode) sid = string_node ("1");
  g_autoptr(JsonNode) iid = zt_json_id_new_int (1);
  g_autoptr(ZtMessage) rs = zt_message_new_result (sid, NULL);
  g_autoptr(ZtMessage) ri = zt_message_new_result (iid, NULL);
  g_autoptr(ZtMessage) es = zt_message_new_error (sid, -32601, "x");
  g_autoptr(ZtMessage) qs = zt_message_new_request (sid, "m", NULL);
  g_autoptr(ZtMessage) qi = zt_message_new_request (iid, "m", NULL);
  ZtMessage *all[] = { rs, ri, es, qs, qi };

  for (gsize k = 0; k < G_N_ELEMENTS (all); k++)
    {
      g_autoptr(ZtMessage) again = assert_round_trip (all[k]);
      JsonNode *id = zt_message_get_id (again);
      gboolean want_string = all[k] == rs || all[k] == es || all[k] == qs;

      g_assert_cmpint (json_node_get_value_type (id), ==, want_string ? G_TYPE_STRING : G_TYPE_INT64);
    }
}

static void
test_id_key (void)
{
  g_autoptr(JsonNode) null_node = json_node_init_null (json_node_alloc ());
  g_autoptr(JsonNode) dbl = json_node_init_double (json_node_alloc (), 1.0);
  g_autoptr(JsonNode) bol = json_node_init_boolean (json_node_alloc (), TRUE);
  g_autoptr(JsonNode) obj = json_node_init_object (json_node_alloc (), NULL);
  g_autoptr(JsonNode) neg = zt_json_id_new_int (-5);
  g_autoptr(JsonNode) big = zt_json_id_new_int (G_MININT64);
  g_autoptr(JsonNode) str = string_node ("i:1");
  g_autoptr(JsonNode) empty = string_node ("");
  g_autoptr(JsonNode) uni = string_node ("\xf0\x9f\x98\x80");
  struct {
    JsonNode *node;
    const char *key;
    gboolean valid;
  } cases[] = {
    { NULL, "n:", FALSE },
    { null_node, "n:", FALSE },
    { dbl, "x:", FALSE },
    { bol, "x:", FALSE },
    { obj, "n:", FALSE },
    { neg, "i:-5", TRUE },
    { big, "i:-9223372036854775808", TRUE },
    /* A string that looks like another kind's key must not collide with it. */
    { str, "s:i:1", TRUE },
    { empty, "s:", TRUE },
    { uni, "s:\xf0\x9f\x98\x80", TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = zt_json_id_key (cases[i].node);

      g_assert_cmpstr (key, ==, cases[i].key);
      g_assert_cmpint (zt_json_id_valid (cases[i].node), ==, cases[i].valid);
    }
}

/* ---- constructors ---- */

static void
test_constructors (void)
{
  g_autoptr(JsonNode) id = zt_json_id_new_int (3);
  g_autoptr(JsonNode) params = json_from_string ("{\"name\":\"echo\",\"arguments\":{\"t\":\"x\"}}", NULL);
  g_autoptr(ZtMessage) req = zt_message_new_request (id, "tools/call", params);
  g_autoptr(ZtMessage) req_np = zt_message_new_request (id, "ping", NULL);
  g_autoptr(ZtMessage) notif = zt_message_new_notification ("notifications/cancelled", params);
  g_autoptr(ZtMessage) res = zt_message_new_result (id, NULL);
  g_autoptr(ZtMessage) res2 = zt_message_new_result (id, params);
  g_autoptr(ZtMessage) again = NULL;

  g_assert_cmpint (zt_message_get_kind (req), ==, ZT_MESSAGE_REQUEST);
  g_assert_cmpstr (zt_message_get_method (req), ==, "tools/call");
  g_assert_cmpstr (json_object_get_string_member (zt_message_get_params (req), "name"), ==, "echo");
  g_assert_false (json_object_has_member (zt_message_get_object (req_np), "params"));
  g_assert_cmpint (zt_message_get_kind (notif), ==, ZT_MESSAGE_NOTIFICATION);
  g_assert_false (json_object_has_member (zt_message_get_object (notif), "id"));
  g_assert_cmpint (zt_message_get_kind (res), ==, ZT_MESSAGE_RESULT);
  g_assert_nonnull (zt_message_get_result (res));
  g_assert_cmpuint (json_object_get_size (zt_message_get_result (res)), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (zt_message_get_result (res2), "name"), ==, "echo");

  g_clear_pointer (&again, zt_message_unref);
  again = assert_round_trip (req);
  g_clear_pointer (&again, zt_message_unref);
  again = assert_round_trip (req_np);
  g_clear_pointer (&again, zt_message_unref);
  again = assert_round_trip (notif);
  g_clear_pointer (&again, zt_message_unref);
  again = assert_round_trip (res);
  g_clear_pointer (&again, zt_message_unref);
  again = assert_round_trip (res2);
}

static void
test_error_constructors (void)
{
  g_autoptr(JsonNode) id = string_node ("req-1");
  g_autoptr(JsonNode) bad_id = json_node_init_double (json_node_alloc (), 2.5);
  g_autoptr(ZtMessage) e1 = zt_message_new_error (id, ZT_JSONRPC_METHOD_NOT_FOUND, "no such method");
  g_autoptr(ZtMessage) e2 = zt_message_new_error (NULL, ZT_JSONRPC_PARSE_ERROR, "bad");
  g_autoptr(ZtMessage) e3 = zt_message_new_error (bad_id, 1, "x");
  g_autoptr(GError) gerr = g_error_new_literal (ZT_ERROR, ZT_ERROR_TOO_DEEP, "too deep for us");
  g_autoptr(ZtMessage) e4 = zt_message_new_error_from_gerror (id, gerr);
  g_autoptr(GError) foreign = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "io");
  g_autoptr(ZtMessage) e5 = zt_message_new_error_from_gerror (NULL, foreign);
  ZtMessage *all[] = { e1, e2, e3, e4, e5 };
  JsonObject *err;

  err = json_object_get_object_member (zt_message_get_object (e1), "error");
  g_assert_cmpint (json_object_get_int_member (err, "code"), ==, -32601);
  g_assert_cmpstr (json_object_get_string_member (err, "message"), ==, "no such method");
  g_assert_cmpstr (json_node_get_string (zt_message_get_id (e1)), ==, "req-1");

  /* No id, or one that is not a valid id, gives the null id that JSON-RPC prescribes. */
  g_assert_true (JSON_NODE_HOLDS_NULL (zt_message_get_id (e2)));
  g_assert_true (JSON_NODE_HOLDS_NULL (zt_message_get_id (e3)));

  err = json_object_get_object_member (zt_message_get_object (e4), "error");
  g_assert_cmpint (json_object_get_int_member (err, "code"), ==, ZT_JSONRPC_INVALID_REQUEST);
  g_assert_cmpstr (json_object_get_string_member (err, "message"), ==, "too deep for us");
  err = json_object_get_object_member (zt_message_get_object (e5), "error");
  g_assert_cmpint (json_object_get_int_member (err, "code"), ==, ZT_JSONRPC_INTERNAL_ERROR);

  for (gsize i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autoptr(ZtMessage) again = assert_round_trip (all[i]);

      g_assert_cmpint (zt_message_get_kind (again), ==, ZT_MESSAGE_ERROR);
    }
}

static void
test_ref_and_type (void)
{
  g_autoptr(ZtMessage) m = parse_ok ("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"m\"}");
  g_autoptr(ZtMessage) r = zt_message_ref (m);
  g_autoptr(ZtMessage) c = zt_message_copy (m);

  g_assert_true (r == m);
  g_assert_true (c != m);
  g_assert_cmpint (zt_message_get_kind (c), ==, ZT_MESSAGE_REQUEST);
  g_assert_true (G_TYPE_IS_BOXED (ZT_TYPE_MESSAGE));
}

/* Relayed messages keep their received text with the id (or params.requestId) spliced in:
 * the splice must land on the right member whatever the spacing and order. */
static void
test_set_id_splice (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"m\",\"params\":{\"k\":1.50}}",
      "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"m\",\"params\":{\"k\":1.50}}" },
    { "{ \"method\" : \"m\" , \"id\" :\t7 , \"jsonrpc\":\"2.0\" }",
      "{ \"method\" : \"m\" , \"id\" :\t42 , \"jsonrpc\":\"2.0\" }" },
    /* "id" inside params or in a string is not the id */
    { "{\"jsonrpc\":\"2.0\",\"params\":{\"id\":1,\"s\":\"\\\"id\\\":1\"},\"method\":\"m\",\"id\":1}",
      "{\"jsonrpc\":\"2.0\",\"params\":{\"id\":1,\"s\":\"\\\"id\\\":1\"},\"method\":\"m\",\"id\":42}" },
    /* text the gateway does not touch is relayed byte for byte: numbers, escapes, \u0000 */
    { "{\"jsonrpc\":\"2.0\",\"id\":-3,\"result\":{\"n\":1e400,\"t\":\"a\\u0000b\\u00e9\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":{\"n\":1e400,\"t\":\"a\\u0000b\\u00e9\"}}" },
  };
  g_autoptr(JsonNode) nid = zt_json_id_new_int (42);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZtMessage) m = parse_ok (cases[i].in);
      g_autoptr(ZtMessage) c = zt_message_copy (m);
      g_autofree char *text = NULL;
      g_autofree char *orig = NULL;
      g_autoptr(ZtMessage) again = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].in);
      zt_message_set_id (c, nid);
      text = zt_message_to_string (c, NULL);
      g_assert_cmpstr (text, ==, cases[i].out);
      g_assert_cmpint (json_node_get_int (zt_message_get_id (c)), ==, 42);
      /* the original's text is untouched */
      orig = zt_message_to_string (m, NULL);
      g_assert_cmpstr (orig, ==, cases[i].in);
      again = parse_ok (text);
      g_assert_cmpint (json_node_get_int (zt_message_get_id (again)), ==, 42);
    }
}

static void
test_set_param_splice (void)
{
  g_autoptr(ZtMessage) m = parse_ok ("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                                     "\"params\":{\"reason\":\"requestId\",\"requestId\":\"c-1\"}}");
  g_autoptr(ZtMessage) c = zt_message_copy (m);
  g_autoptr(JsonNode) uid = zt_json_id_new_int (9);
  g_autofree char *text = NULL;

  zt_message_set_param (c, "requestId", uid);
  text = zt_message_to_string (c, NULL);
  g_assert_cmpstr (text, ==, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                             "\"params\":{\"reason\":\"requestId\",\"requestId\":9}}");
  g_assert_cmpint (json_object_get_int_member (zt_message_get_params (c), "requestId"), ==, 9);
}

static void
test_set_id_constructed (void)
{
  /* A message built here has no received text: it is serialised from the tree. */
  g_autoptr(JsonNode) sid = string_node ("s");
  g_autoptr(JsonNode) nid = zt_json_id_new_int (5);
  g_autoptr(ZtMessage) m = zt_message_new_request (sid, "ping", NULL);
  g_autoptr(ZtMessage) again = NULL;
  g_autofree char *text = NULL;

  zt_message_set_id (m, nid);
  text = zt_message_to_string (m, NULL);
  g_assert_nonnull (strstr (text, "\"id\":5"));
  again = assert_round_trip (m);
}

static void
test_copy_independent (void)
{
  /* send_upstream_request() sets the id on a copy: the caller's message (and
   * session->initialize, a copy too) must keep the client's id in tree and text. */
  g_autoptr(ZtMessage) m = parse_ok ("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"m\",\"params\":{\"requestId\":\"a\"}}");
  g_autoptr(ZtMessage) c = zt_message_copy (m);
  g_autoptr(JsonNode) nid = zt_json_id_new_int (42);
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;
  JsonNode *rid;

  zt_message_set_id (c, nid);
  zt_message_set_param (c, "requestId", nid);
  key = zt_json_id_key (zt_message_get_id (m));
  rid = json_object_get_member (zt_message_get_params (m), "requestId");
  g_assert_cmpstr (key, ==, "s:a");
  g_assert_cmpint (json_node_get_value_type (rid), ==, G_TYPE_STRING);
  text = zt_message_to_string (m, NULL);
  g_assert_cmpstr (text, ==, "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"m\",\"params\":{\"requestId\":\"a\"}}");
  g_assert_cmpint (json_object_get_int_member (zt_message_get_params (c), "requestId"), ==, 42);
}

/* ---- unicode ---- */

static void
test_unicode (void)
{
  /* Raw UTF-8 (2, 3 and 4-byte sequences, U+2028) and the same text as \u escapes, with a
   * surrogate pair for the non-BMP character. */
  static const char raw[] =
    "{\"jsonrpc\":\"2.0\",\"id\":\"\xc3\xa9\xf0\x9f\x98\x80\",\"method\":\"outils/\xc3\xa9t\xc3\xa9\","
    "\"params\":{\"\xe6\x97\xa5\xe6\x9c\xac\":\"h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac "
    "\xf0\x9f\x98\x80 \xe2\x80\xa8 \xf4\x8f\xbf\xbf\"}}";
  static const char escaped[] =
    "{\"jsonrpc\":\"2.0\",\"id\":\"\\u00e9\\ud83d\\ude00\",\"method\":\"outils/\\u00E9t\\u00e9\","
    "\"params\":{\"\\u65e5\\u672c\":\"h\\u00e9llo \\u65e5\\u672c \\uD83D\\uDE00 \\u2028 "
    "\\udbff\\udfff\"}}";
  static const char expected_value[] =
    "h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \xe2\x80\xa8 \xf4\x8f\xbf\xbf";
  g_autoptr(ZtMessage) a = parse_ok (raw);
  g_autoptr(ZtMessage) b = parse_ok (escaped);
  g_autoptr(ZtMessage) a2 = NULL;
  g_autoptr(ZtMessage) b2 = NULL;
  g_autoptr(JsonNode) na = NULL;
  g_autoptr(JsonNode) nb = NULL;

  g_assert_cmpstr (json_node_get_string (zt_message_get_id (a)), ==, "\xc3\xa9\xf0\x9f\x98\x80");
  g_assert_cmpstr (zt_message_get_method (a), ==, "outils/\xc3\xa9t\xc3\xa9");
  g_assert_cmpstr (json_object_get_string_member (zt_message_get_params (a), "\xe6\x97\xa5\xe6\x9c\xac"),
                   ==, expected_value);

  na = message_node (a);
  nb = message_node (b);
  g_assert_true (json_node_equal (na, nb));

  a2 = assert_round_trip (a);
  b2 = assert_round_trip (b);
  g_assert_cmpstr (json_object_get_string_member (zt_message_get_params (b2), "\xe6\x97\xa5\xe6\x9c\xac"),
                   ==, expected_value);
}

static void
test_control_characters_escaped (void)
{
  g_autoptr(ZtMessage) m = parse_ok ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\","
                                     "\"params\":{\"s\":\"a\\u0001b\\nc\\td\\\"e\\\\f\\u001f\"}}");
  g_autofree char *text = zt_message_to_string (m, NULL);
  g_autoptr(ZtMessage) again = NULL;

  g_assert_cmpstr (json_object_get_string_member (zt_message_get_params (m), "s"), ==,
                   "a\001b\nc\td\"e\\f\037");
  /* Control characters must be escaped in the output: a raw one would be invalid JSON and a
   * raw LF would break newline-delimited stdio framing. */
  for (const char *p = text; *p; p++)
    g_assert_cmpint ((guchar) *p, >=, 0x20);
  again = assert_round_trip (m);
}

/* ---- limits ---- */

static void
test_size_limit_boundary (void)
{
  static const char json[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
  gsize len = strlen (json);
  ZtLimits exact = { .max_size = len, .max_depth = 0 };
  ZtLimits under = { .max_size = len - 1, .max_depth = 0 };
  g_autoptr(GError) error = NULL;

  assert_parses (json, len, &exact);
  g_assert_true (zt_json_check (json, len, &exact, NULL));
  assert_parse_fails_len (json, len, &under, ZT_ERROR_TOO_LARGE, "max_message_size");
  g_assert_false (zt_json_check (json, len, &under, &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE);
  g_assert_cmpint (zt_error_to_jsonrpc (error), ==, ZT_JSONRPC_INVALID_REQUEST);
  g_assert_cmpuint (zt_error_to_http (error), ==, 413);
}

static void
test_size_limit_default (void)
{
  gsize len = ZT_DEFAULT_MAX_MESSAGE_SIZE + 1;
  g_autofree char *big = g_malloc (len);
  ZtLimits zero = { 0, 0 };
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;

  /* Whitespace padding: valid JSON, so only the size can reject it. */
  memset (big, ' ', len);
  memcpy (big, "{\"jsonrpc\":\"2.0\",\"method\":\"n\"}", 30);
  g_assert_false (zt_json_check (big, len, NULL, &e1));
  g_assert_error (e1, ZT_ERROR, ZT_ERROR_TOO_LARGE);
  g_assert_false (zt_json_check (big, len, &zero, &e2));
  g_assert_error (e2, ZT_ERROR, ZT_ERROR_TOO_LARGE);
  g_assert_true (zt_json_check (big, len - 1, NULL, NULL));
}

static void
test_size_checked_first (void)
{
  /* The size is the cheapest check and must win over UTF-8 and depth: a huge invalid
   * message is reported as too large, never scanned. */
  ZtLimits small = { .max_size = 8, .max_depth = 1 };
  assert_parse_fails_len ("\xff\xff\xff\xff\xff\xff\xff\xff\xff", 9, &small, ZT_ERROR_TOO_LARGE, "max_message_size");
  assert_parse_fails_len ("[[[[[[[[[", 9, &small, ZT_ERROR_TOO_LARGE, "max_message_size");
}

static void
test_depth_limit_boundary (void)
{
  for (guint d = 2; d <= 10; d++)
    {
      ZtLimits limits = { .max_size = 0, .max_depth = d };
      g_autofree char *at = request_with_depth (d);
      g_autofree char *over = request_with_depth (d + 1);
      g_autoptr(GError) error = NULL;

      assert_parses (at, -1, &limits);
      assert_parse_fails_len (over, -1, &limits, ZT_ERROR_TOO_DEEP, "max_depth");
      g_assert_false (zt_json_check (over, strlen (over), &limits, &error));
      g_assert_error (error, ZT_ERROR, ZT_ERROR_TOO_DEEP);
      g_assert_cmpint (zt_error_to_jsonrpc (error), ==, ZT_JSONRPC_INVALID_REQUEST);
      g_assert_cmpuint (zt_error_to_http (error), ==, 400);
    }
}

static void
test_depth_limit_default (void)
{
  ZtLimits zero = { 0, 0 };
  g_autofree char *at = request_with_depth (ZT_DEFAULT_MAX_DEPTH);
  g_autofree char *over = request_with_depth (ZT_DEFAULT_MAX_DEPTH + 1);

  assert_parses (at, -1, NULL);
  assert_parses (at, -1, &zero);
  assert_parse_fails_len (over, -1, NULL, ZT_ERROR_TOO_DEEP, "64");
  assert_parse_fails_len (over, -1, &zero, ZT_ERROR_TOO_DEEP, "max_depth");
}

static void
test_depth_ignores_strings (void)
{
  ZtLimits two = { .max_size = 0, .max_depth = 2 };
  ZtLimits three = { .max_size = 0, .max_depth = 3 };
  static const char *ok_at_two[] = {
    /* brackets in values and keys */
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"[[[[{{{{\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":\"[{[{\",\"method\":\"m{{\",\"params\":{\"[[[[\":1}}",
    /* an escaped quote does not end the string */
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"\\\"[[[[{{{{\"}}",
    /* an escaped backslash then an escaped quote: still inside */
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"\\\\\\\"[[[[\"}}",
    /* \u escapes, including of a quote and a backslash */
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"\\u0022[[[[\\u005c\"}}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (ok_at_two); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, ok_at_two[i]);
      assert_parses (ok_at_two[i], -1, &two);
    }

  /* After an escaped backslash the string ends: the brackets that follow are real. */
  {
    static const char deep[] =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"\\\\\",\"t\":[[1]]}}";
    static const char fits[] =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"\\\\\",\"t\":[1]}}";
    assert_parses (fits, -1, &three);
    assert_parse_fails_len (deep, -1, &three, ZT_ERROR_TOO_DEEP, "max_depth");
  }
}

static void
test_depth_no_credit_for_closers (void)
{
  ZtLimits two = { .max_size = 0, .max_depth = 2 };
  ZtLimits three = { .max_size = 0, .max_depth = 3 };

  /* Stray closers before the document must not buy extra depth for what follows: the
   * scan either counts the depth (TOO_DEEP) or sees that this is not JSON (PARSE). */
  {
    static const char json[] = "]]]]}}}}{\"a\":[[1]]}";
    g_autoptr(GError) error = NULL;
    g_autoptr(ZtMessage) m = zt_message_parse (json, strlen (json), &two, &error);

    g_assert_null (m);
    g_assert_true (g_error_matches (error, ZT_ERROR, ZT_ERROR_TOO_DEEP) ||
                   g_error_matches (error, ZT_ERROR, ZT_ERROR_PARSE));
    g_assert_false (zt_json_check (json, strlen (json), &two, NULL));
  }
  /* Siblings do not add up: depth is nesting, not a count of brackets. */
  assert_parses ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":[],\"b\":{},\"c\":[],"
                 "\"d\":{},\"e\":[],\"f\":{}}}", -1, &three);
}

static void
test_deep_nesting_fails_fast (void)
{
  const gsize n = 100000;
  g_autofree char *arrays = g_malloc (2 * n);
  GString *objects = g_string_new (NULL);
  g_autofree char *objects_str = NULL;
  gint64 start;

  memset (arrays, '[', n);
  memset (arrays + n, ']', n);
  for (gsize i = 0; i < n; i++)
    g_string_append (objects, "{\"a\":");
  g_string_append (objects, "1");
  for (gsize i = 0; i < n; i++)
    g_string_append_c (objects, '}');
  objects_str = g_string_free (objects, FALSE);

  start = g_get_monotonic_time ();
  assert_parse_fails_len (arrays, 2 * n, NULL, ZT_ERROR_TOO_DEEP, "max_depth");
  assert_parse_fails_len (objects_str, -1, NULL, ZT_ERROR_TOO_DEEP, "max_depth");
  /* Unclosed: the scan must stop at the limit rather than read to the end. */
  assert_parse_fails_len (arrays, n, NULL, ZT_ERROR_TOO_DEEP, "max_depth");
  /* Generous, even under sanitizers: the scan stops at depth 65 and never recurses. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_deep_nesting_at_config_cap (void)
{
  /* zt-service.c caps max_depth at 10000: a message at that depth passes the scan and
   * goes through json-glib's recursive parser, copy, equality and generator. It must not
   * exhaust the stack. */
  ZtLimits limits = { .max_size = 0, .max_depth = 10000 };
  g_autofree char *json = request_with_depth (10000);
  g_autoptr(ZtMessage) m = parse_ok_limits (json, -1, &limits);
  g_autoptr(ZtMessage) c = zt_message_copy (m);
  g_autofree char *text = zt_message_to_string (c, NULL);
  g_autoptr(ZtMessage) again = parse_ok_limits (text, -1, &limits);
  g_autoptr(JsonNode) a = message_node (m);
  g_autoptr(JsonNode) b = message_node (again);

  g_assert_true (json_node_equal (a, b));
}

/* ---- UTF-8 and NUL ---- */

static void
test_invalid_utf8 (void)
{
  static const struct {
    const char *bytes;
    const char *what;
  } cases[] = {
    { "\xc0\xaf", "overlong 2-byte '/'" },
    { "\xc1\xbf", "overlong 2-byte" },
    { "\xc0\x80", "overlong NUL (modified UTF-8)" },
    { "\xe0\x80\xaf", "overlong 3-byte" },
    { "\xf0\x80\x80\xaf", "overlong 4-byte" },
    { "\xed\xa0\x80", "high surrogate U+D800" },
    { "\xed\xbf\xbf", "low surrogate U+DFFF" },
    { "\xed\xa0\xbd\xed\xb8\x80", "CESU-8 surrogate pair" },
    { "\xe2\x82", "truncated 3-byte" },
    { "\xf0\x9f\x98", "truncated 4-byte" },
    { "\xc3", "truncated 2-byte" },
    { "\xf4\x90\x80\x80", "above U+10FFFF" },
    { "\xf5\x80\x80\x80", "lead byte F5" },
    { "\xf8\x88\x80\x80\x80", "5-byte form" },
    { "\x80", "stray continuation" },
    { "\xbf\xbf", "stray continuations" },
    { "\xfe", "byte FE" },
    { "\xff", "byte FF" },
    { "\xe2\x28\xa1", "bad continuation" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *in_value = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\","
                                                   "\"params\":{\"s\":\"a%sb\"}}", cases[i].bytes);
      g_autofree char *in_key = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\","
                                                 "\"params\":{\"%s\":1}}", cases[i].bytes);
      g_autofree char *in_method = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"%s\"}",
                                                    cases[i].bytes);
      g_autofree char *at_end = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"method\":\"m\"}%s", cases[i].bytes);
      g_autoptr(GError) error = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].what);
      assert_parse_fails (in_value, ZT_ERROR_PARSE, "UTF-8");
      assert_parse_fails (in_key, ZT_ERROR_PARSE, "UTF-8");
      assert_parse_fails (in_method, ZT_ERROR_PARSE, "UTF-8");
      assert_parse_fails (at_end, ZT_ERROR_PARSE, "UTF-8");

      g_assert_false (zt_json_check (in_value, strlen (in_value), NULL, &error));
      g_assert_error (error, ZT_ERROR, ZT_ERROR_PARSE);
      g_assert_cmpint (zt_error_to_jsonrpc (error), ==, ZT_JSONRPC_PARSE_ERROR);
      g_assert_cmpuint (zt_error_to_http (error), ==, 400);
    }
}

static void
test_invalid_utf8_offset (void)
{
  static const char json[] = "{\"jsonrpc\":\"2.0\",\"method\":\"\xc0\xaf\"}";
  g_autoptr(GError) error = NULL;
  g_autofree char *expect = g_strdup_printf ("offset %d", (int) (strchr (json, '\xc0') - json));

  g_assert_false (zt_json_check (json, strlen (json), NULL, &error));
  g_assert_nonnull (strstr (error->message, expect));
}

static void
test_nul_bytes (void)
{
  static const char inside[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\0x\"}";
  static const char after[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}\0";
  static const char before[] = "\0{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}";
  static const char prefix[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}GARBAGE\xff";
  g_autofree char *exact = NULL;
  gsize json_len = strlen ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}");

  /* A raw NUL is never valid in JSON text and must not truncate what the parser sees. */
  assert_parse_fails_len (inside, sizeof inside - 1, NULL, ZT_ERROR_PARSE, "");
  assert_parse_fails_len (after, sizeof after - 1, NULL, ZT_ERROR_PARSE, "");
  assert_parse_fails_len (before, sizeof before - 1, NULL, ZT_ERROR_PARSE, "");

  /* @len is the message: bytes after it are not read, and no terminator is needed. */
  {
    g_autoptr(ZtMessage) m = parse_ok_limits (prefix, json_len, NULL);
    g_assert_cmpstr (zt_message_get_method (m), ==, "m");
  }
  exact = g_memdup2 (prefix, json_len);
  {
    g_autoptr(ZtMessage) m = parse_ok_limits (exact, json_len, NULL);
    g_assert_cmpstr (zt_message_get_method (m), ==, "m");
  }
}

/* ---- the error-code mapping ---- */

static void
test_error_mapping (void)
{
  static const struct {
    ZtError code;
    int jsonrpc;
    guint http;
  } cases[] = {
    { ZT_ERROR_FAILED, ZT_JSONRPC_INTERNAL_ERROR, 500 },
    { ZT_ERROR_PARSE, ZT_JSONRPC_PARSE_ERROR, 400 },
    { ZT_ERROR_INVALID_REQUEST, ZT_JSONRPC_INVALID_REQUEST, 400 },
    { ZT_ERROR_TOO_LARGE, ZT_JSONRPC_INVALID_REQUEST, 413 },
    { ZT_ERROR_TOO_DEEP, ZT_JSONRPC_INVALID_REQUEST, 400 },
    { ZT_ERROR_NOT_FOUND, ZT_JSONRPC_METHOD_NOT_FOUND, 404 },
    { ZT_ERROR_EXISTS, ZT_JSONRPC_INTERNAL_ERROR, 409 },
    { ZT_ERROR_INVALID_ARGUMENT, ZT_JSONRPC_INVALID_PARAMS, 400 },
    { ZT_ERROR_UNAUTHORIZED, ZT_JSONRPC_INTERNAL_ERROR, 401 },
    { ZT_ERROR_FORBIDDEN, ZT_JSONRPC_INTERNAL_ERROR, 403 },
    { ZT_ERROR_UPSTREAM, ZT_JSONRPC_INTERNAL_ERROR, 502 },
    { ZT_ERROR_CLOSED, ZT_JSONRPC_INTERNAL_ERROR, 500 },
    { ZT_ERROR_LIMIT, ZT_JSONRPC_INTERNAL_ERROR, 503 },
    { (ZtError) 9999, ZT_JSONRPC_INTERNAL_ERROR, 500 },
  };
  g_autoptr(GError) foreign = g_error_new_literal (G_IO_ERROR, ZT_ERROR_PARSE, "same code, other domain");

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (ZT_ERROR, (gint) cases[i].code, "x");

      g_test_message ("code %d", cases[i].code);
      g_assert_cmpint (zt_error_to_jsonrpc (error), ==, cases[i].jsonrpc);
      g_assert_cmpuint (zt_error_to_http (error), ==, cases[i].http);
    }

  g_assert_cmpint (zt_error_to_jsonrpc (NULL), ==, ZT_JSONRPC_INTERNAL_ERROR);
  g_assert_cmpuint (zt_error_to_http (NULL), ==, 500);
  g_assert_cmpint (zt_error_to_jsonrpc (foreign), ==, ZT_JSONRPC_INTERNAL_ERROR);
  g_assert_cmpuint (zt_error_to_http (foreign), ==, 500);
  g_assert_cmpstr (g_quark_to_string (ZT_ERROR), ==, "zt-error-quark");
}

/* ---- regressions: each was a bug, found and fixed; the check is the input that showed it ---- */

/* What the gateway forwards for @json as a relayed request: a copy with a new id, as
 * send_upstream_request() in zt-session.c does. NULL when the message is rejected. */
static char *
relay_text (const char *json,
            gint64      new_id)
{
  g_autoptr(ZtMessage) m = zt_message_parse (json, strlen (json), NULL, NULL);
  g_autoptr(ZtMessage) c = NULL;
  g_autoptr(JsonNode) nid = zt_json_id_new_int (new_id);

  if (m == NULL)
    return NULL;
  c = zt_message_copy (m);
  if (zt_message_get_kind (c) != ZT_MESSAGE_NOTIFICATION)
    zt_message_set_id (c, nid);
  return zt_message_to_string (c, NULL);
}

static void
test_bug_depth_bypass (void)
{
  /* The flat depth scan knows only double-quoted strings, but json-glib also accepts
   * comments and single-quoted strings. A '"' inside either flips the scan's idea of
   * "inside a string", so the brackets that follow are not counted: with ~100000 of
   * them (200 KB, under the 4 MiB default) json-glib's recursive parser overflows the
   * stack and the gateway dies (SIGSEGV, reproduced). Here 200 levels: over the limit,
   * harmless to run. */
  static const char *wrappers[][2] = {
    { "/*\"*/", "/*\"*/" },
    { "'\"',\"b\":", ",\"c\":'\"'" },
  };

  for (gsize w = 0; w < G_N_ELEMENTS (wrappers); w++)
    {
      GString *s = g_string_new ("{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":{\"a\":");
      g_autofree char *json = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtMessage) m = NULL;

      g_string_append (s, wrappers[w][0]);
      for (int i = 0; i < 200; i++)
        g_string_append_c (s, '[');
      for (int i = 0; i < 200; i++)
        g_string_append_c (s, ']');
      g_string_append (s, wrappers[w][1]);
      g_string_append (s, "}}");
      json = g_string_free (s, FALSE);
      m = zt_message_parse (json, strlen (json), NULL, &error);

      zt_regression_check (m == NULL && (g_error_matches (error, ZT_ERROR, ZT_ERROR_TOO_DEEP) ||
                                        g_error_matches (error, ZT_ERROR, ZT_ERROR_PARSE)),
                          "200-deep message accepted under max_depth 64 (wrapper %s)", wrappers[w][0]);
    }
}

static void
test_bug_trailing_document (void)
{
  /* json-glib stops after the first document when another one follows; the gateway then
   * relays the received text, second message included, to the upstream. Over stdio (one
   * message per line) the second line is a request that no policy saw and whose id was
   * never remapped. The notification route relays it without even an id splice. */
  static const char *cases[] = {
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}\n"
    "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"tools/call\",\"params\":{\"name\":\"x\"}}",
    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
    "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"tools/call\",\"params\":{\"name\":\"x\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"}[1]",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtMessage) m = zt_message_parse (cases[i], strlen (cases[i]), NULL, &error);
      g_autofree char *out = relay_text (cases[i], 1000);

      zt_regression_check (m == NULL && g_error_matches (error, ZT_ERROR, ZT_ERROR_PARSE),
                          "two documents accepted as one message; relayed as: %s", out);
    }
}

static void
test_bug_relayed_newline (void)
{
  /* Pretty-printed JSON is valid, but its text is relayed as is, and the stdio transport
   * frames messages by newline: the upstream gets five broken lines. A raw newline inside
   * a string (which json-glib accepts, though JSON does not) does the same. */
  static const char *cases[] = {
    "{\n  \"jsonrpc\": \"2.0\",\n  \"id\": 1,\n  \"method\": \"tools/list\"\n}",
    "{\r\n\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"a\nb\"}}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = relay_text (cases[i], 1000);

      zt_regression_check (out == NULL || strpbrk (out, "\r\n") == NULL,
                          "relayed text has a raw line break (breaks stdio framing): %s", out);
    }
}

static void
test_bug_escaped_key_id (void)
{
  /* find_span() compares keys as raw bytes, json-glib decodes them: with "id" and "\u0069d"
   * both present, json-glib's id is the second, the splice replaces the first, and the
   * upstream (last key wins after decoding) sees the client's own id instead of the remapped
   * one. Its answer is then matched to whichever request has that upstream id. */
  static const char json[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"\\u0069d\":7}";
  g_autofree char *out = relay_text (json, 1000);
  g_autoptr(ZtMessage) seen = out ? zt_message_parse (out, strlen (out), NULL, NULL) : NULL;
  g_autofree char *key = seen ? zt_json_id_key (zt_message_get_id (seen)) : NULL;

  zt_regression_check (out == NULL || g_strcmp0 (key, "i:1000") == 0,
                      "upstream sees id %s instead of the remapped i:1000 in %s", key, out);
}

static void
test_bug_escaped_key_letter (void)
{
  /* json_key_is() read an escape by its letter: "\\requestId" (a carriage return and
   * "equestId") matched "requestId". A client sending both had the gateway's splice land
   * on the look-alike (the last match wins), and the upstream read the client's own
   * requestId: a cancellation aimed at another session's request on a shared upstream. */
  static const char json[] = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                             "\"params\":{\"requestId\":\"c-1\",\"\\requestId\":\"x\"}}";
  /* the same letter reading named "\\name" a tool name and refused its U+0000 */
  static const char nul_lookalike[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                                      "\"params\":{\"name\":\"t\",\"\\name\":\"\\u0000\"}}";
  g_autoptr(ZtMessage) m = parse_ok (json);
  g_autoptr(ZtMessage) c = zt_message_copy (m);
  g_autoptr(JsonNode) uid = zt_json_id_new_int (9);
  g_autoptr(ZtMessage) seen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonNode *rid = NULL;

  zt_message_set_param (c, "requestId", uid);
  text = zt_message_to_string (c, NULL);
  seen = zt_message_parse (text, strlen (text), NULL, NULL);
  if (seen != NULL)
    rid = json_object_get_member (zt_message_get_params (seen), "requestId");
  zt_regression_check (rid != NULL && JSON_NODE_HOLDS_VALUE (rid)
                       && json_node_get_value_type (rid) == G_TYPE_INT64
                       && json_node_get_int (rid) == 9,
                       "the upstream reads requestId %s instead of the remapped 9",
                       text);
  g_assert_nonnull (strstr (text, "\"\\requestId\":\"x\""));

  zt_regression_check (zt_json_check (nul_lookalike, strlen (nul_lookalike), NULL, &error),
                       "U+0000 in \"\\name\" refused as a tool name: %s",
                       error ? error->message : "");
}

static void
test_bug_duplicate_names (void)
{
  /* A member name twice in one object was read as json-glib reads it, the last one holding.
   * A server whose parser takes the first (RapidJSON's lookups, simdjson) then ran the tool
   * or cancelled the request the gateway did not decide on. Refused wherever it is, however
   * it is spelled, with the offset of the second. */
  static const struct {
    const char *json;
    const char *offset;
  } twice[] = {
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"ok\",\"name\":\"rm\"}}",
      "offset 68" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"\\u0069d\":7}", "offset 37" },
    { "{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"method\":\"tools/call\",\"id\":1}", "offset 30" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":[{\"\\u00e9\":1,\"\xc3\xa9\":2}]}}",
      "offset 64" },
    { "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"\\ud83d\\ude00\":1,\"\xf0\x9f\x98\x80\":2}}", "offset 51" },
  };
  /* the same name in two objects, and names that only look alike, are other names */
  static const char * const distinct[] = {
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"id\":1,\"a\":{\"id\":2}}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"\xc3\xa9\":1,\"e\xcc\x81\":2,\"a\":{\"E\":3,\"e\":4}}}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (twice); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) strict_error = NULL;
      g_autoptr(ZtMessage) m = zt_message_parse (twice[i].json, strlen (twice[i].json), NULL, &error);
      g_autoptr(JsonNode) tree = zt_json_parse_strict (twice[i].json, strlen (twice[i].json), NULL, &strict_error);

      zt_regression_check (m == NULL && tree == NULL, "a member name twice was read: %s", twice[i].json);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST);
      g_assert_error (strict_error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST);
      g_assert_nonnull (strstr (error->message, "appears twice"));
      g_assert_nonnull (strstr (error->message, twice[i].offset));
      /* the scan alone takes it: the text is JSON */
      g_assert_true (zt_json_check (twice[i].json, strlen (twice[i].json), NULL, NULL));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (distinct); i++)
    {
      g_autoptr(ZtMessage) m = parse_ok (distinct[i]);
      g_assert_nonnull (m);
    }
}

static void
test_bug_case_twins (void)
{
  /* {"name":"echo","Name":"rm"}: the gateway decided on "name", a server that matches member
   * names without case (Go's encoding/json) ran the last of the two. Refused in the message
   * and in params; deeper, the schema filter refuses a member that differs from a property of
   * the tool's inputSchema only in case. */
  static const char * const twins[] = {
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"Name\":\"rm\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"Method\":\"tools/call\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{},\"PARAMS\":{}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"arguments\":{},\"argument\\u017f\":{}}}",
    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":1,"
      "\"progressTo\\u212aen\":1,\"progress\":1}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"Result\":{}}",
    /* a shared server's progress went to whichever session had the token it read */
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
      "\"_meta\":{\"progressToken\":1,\"ProgressToken\":2}}}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (twins); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtMessage) m = zt_message_parse (twins[i], strlen (twins[i]), NULL, &error);

      zt_regression_check (m == NULL, "members that differ only in case were read: %s", twins[i]);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST);
      g_assert_nonnull (strstr (error->message, "differ only in case"));
    }
  g_assert_null (zt_json_name_fold ("name"));
  {
    g_autofree char *fold = zt_json_name_fold ("Pa\xc5\xbf\xe2\x84\xaa");   /* "Paſ" and the Kelvin sign */

    g_assert_cmpstr (fold, ==, "pask");
  }
}

static void
test_bug_lenient_syntax (void)
{
  /* json-glib accepts more than JSON, and the received text is what gets relayed: the
   * upstream's strict parser then fails, or reads something else than the gateway did. */
  static const char *cases[] = {
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\"/* comment */}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":'m'}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":0x10}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":01}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":.5}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":1.}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":- 1}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":\"\\x41\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":\"\\q\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"x\":\"tab\there\"}}",
  };
  GString *accepted = g_string_new (NULL);
  g_autofree char *list = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZtMessage) m = zt_message_parse (cases[i], strlen (cases[i]), NULL, NULL);

      if (m != NULL)
        g_string_append_printf (accepted, "\n  %s", cases[i]);
    }
  list = g_string_free (accepted, FALSE);
  zt_regression_check (*list == '\0', "non-JSON accepted and relayed verbatim:%s", list);
}

static void
test_bug_error_reply_utf8 (void)
{
  /* json-glib's parse error quotes the bad token decoded, so a lone surrogate escape in it
   * puts the bytes ED B8 80 into the GError; the error reply built from it (as the agent
   * answers a bad POST) is then not UTF-8, which a client's JSON parser rejects. Found by
   * fuzz-jsonrpc. */
  static const char json[] = "{\"jsonrpc\":\"2.0\\ude00\",\"n\":[1,2.5,-3e\"x\"]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) m = zt_message_parse (json, strlen (json), NULL, &error);
  g_autoptr(ZtMessage) reply = NULL;
  g_autofree char *text = NULL;
  gsize len;

  g_assert_null (m);
  reply = zt_message_new_error_from_gerror (NULL, error);
  text = zt_message_to_string (reply, &len);
  zt_regression_check (g_utf8_validate (text, len, NULL), "error reply is not UTF-8");
}

static void
test_bug_lone_surrogate_escape (void)
{
  /* A lone low-surrogate escape is decoded to the bytes ED B0 80: the text passed the UTF-8
   * check, but the strings the gateway reads from the tree (client name, tool name) are not
   * UTF-8, and the tree's serialisation (the fallback when no text is kept) is not either. */
  static const char json[] =
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"s\":\"\\udc00x\"}}";
  g_autoptr(ZtMessage) m = zt_message_parse (json, strlen (json), NULL, NULL);
  const char *s = m ? json_object_get_string_member (zt_message_get_params (m), "s") : NULL;

  zt_regression_check (m == NULL || g_utf8_validate (s, -1, NULL),
                      "lone surrogate escape decoded to invalid UTF-8");
}

static void
test_bug_double_serialisation (void)
{
  /* json-glib 1.6 writes 1e22 as "1e+22.0" and infinities as "inf.0". The received text of
   * a relayed message is kept, but a message without one (built here, or after a splice
   * that could not be done) is serialised from the tree into text that is not JSON. */
  static const double values[] = { 1e22, 1e308 };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(JsonNode) id = zt_json_id_new_int (1);
      g_autoptr(JsonNode) result = json_from_string ("{}", NULL);
      g_autoptr(ZtMessage) m = NULL;
      g_autofree char *text = NULL;
      g_autoptr(ZtMessage) again = NULL;

      json_object_set_double_member (json_node_get_object (result), "x", values[i]);
      m = zt_message_new_result (id, result);
      text = zt_message_to_string (m, NULL);
      again = zt_message_parse (text, strlen (text), NULL, NULL);
      zt_regression_check (again != NULL, "%g serialised as non-JSON: %s", values[i], text);
    }
}

static void
test_bug_integer_overflow_id (void)
{
  /* Integers beyond int64 wrap silently in json-glib: the id 18446744073709551615 becomes -1,
   * so the response goes back under a different id (or collides with a real -1). */
  static const struct {
    const char *json;
    const char *literal;
  } cases[] = {
    { "{\"jsonrpc\":\"2.0\",\"id\":18446744073709551615,\"method\":\"m\"}", "18446744073709551615" },
    { "{\"jsonrpc\":\"2.0\",\"id\":9223372036854775808,\"method\":\"m\"}", "9223372036854775808" },
    { "{\"jsonrpc\":\"2.0\",\"id\":-9223372036854775809,\"method\":\"m\"}", "-9223372036854775809" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZtMessage) m = zt_message_parse (cases[i].json, strlen (cases[i].json), NULL, NULL);
      g_autofree char *key = m ? zt_json_id_key (zt_message_get_id (m)) : NULL;
      g_autofree char *want = g_strconcat ("i:", cases[i].literal, NULL);

      zt_regression_check (m == NULL || g_strcmp0 (key, want) == 0,
                          "id %s accepted as %s", cases[i].literal, key);
    }
}

static void
test_bug_escaped_nul_truncates (void)
{
  /* "\u0000" is valid JSON. The relayed text keeps it, but json-glib's tree cuts the string
   * there: the gateway decides on "tools/list" while the upstream is sent
   * "tools/list\u0000x". Reject it or see it whole; never two views of one message. */
  static const char json[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\\u0000x\"}";
  g_autoptr(ZtMessage) m = zt_message_parse (json, strlen (json), NULL, NULL);

  zt_regression_check (m == NULL || g_strcmp0 (zt_message_get_method (m), "tools/list") != 0,
                      "gateway sees method \"%s\" for \"tools/list\\u0000x\"", zt_message_get_method (m));
}

static void
test_bug_nul_in_names (void)
{
  /* json-glib cuts strings at U+0000. "id\u0000" became a second "id" (the gateway remapped
   * 3 while the upstream answered 77: on a shared upstream one client forged the answer to
   * another's call), and "method\u0000" or a NUL in a method or tool name made the gateway
   * decide on one name while the upstream ran another. Each is refused with -32600. */
  static const char *cases[] = {
    "{\"jsonrpc\":\"2.0\",\"id\":3,\"id\\u0000\":77,\"method\":\"ping\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"method\\u0000\":\"tools/call\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\\u0000x\"}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"me\\u0074hod\":\"tools/call\\u0000\",\"params\":{}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\\u0000rm\",\"arguments\":{}}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"n\\u0061me\":\"a\\u0000b\"}}",
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"deep\":{\"k\\u0000\":1}}}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parse_fails (cases[i], ZT_ERROR_INVALID_REQUEST, "U+0000");
}

static void
test_nul_in_values_kept (void)
{
  /* U+0000 in other values (tool arguments, results) is valid JSON and relayed as is. */
  static const char json[] =
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
    "\"arguments\":{\"name\":\"a\\u0000b\"}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) m = zt_message_parse (json, strlen (json), NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = zt_message_to_string (m, NULL);
  g_assert_nonnull (strstr (text, "a\\u0000b"));
  /* ... but the tree says "a" for it: whoever decides on the value must know, and reads it
   * whole, U+0000 shown as U+FFFD (an escaped backslash before "u0000" is no escape) */
  g_assert_true (zt_message_has_nul_string (m));
  {
    static const char tricky[] =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
      "\"arguments\":{\"a\":\"x\\u0000yz\",\"b\":\"\\\\u0000\",\"c\":\"\\\"\\u0000\"}}}";
    g_autoptr(ZtMessage) t = zt_message_parse (tricky, strlen (tricky), NULL, NULL);
    g_autoptr(JsonObject) visible = zt_message_dup_object_nul_visible (t);
    JsonObject *args = json_object_get_object_member (json_object_get_object_member (visible, "params"), "arguments");

    g_assert_nonnull (t);
    g_assert_cmpstr (json_object_get_string_member (args, "a"), ==, "x\xef\xbf\xbdyz");
    g_assert_cmpstr (json_object_get_string_member (args, "b"), ==, "\\u0000");
    g_assert_cmpstr (json_object_get_string_member (args, "c"), ==, "\"\xef\xbf\xbd");
  }
}

static void
test_nul_refused_by_strict_parse (void)
{
  /* Configuration, REST bodies and the mesh's own lines have no use for U+0000, and json-glib
   * would read "exactly\u0000; more" as "exactly": refused whole. */
  static const char json[] = "{\"op\":\"request\",\"reason\":\"ok\\u0000; more\"}";
  static const char fine[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = zt_json_parse_strict (json, strlen (json), NULL, &error);
  g_autoptr(ZtMessage) m = zt_message_parse (fine, strlen (fine), NULL, NULL);

  g_assert_null (node);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST);
  g_assert_nonnull (strstr (error->message, "U+0000"));
  g_assert_false (zt_message_has_nul_string (m));
}

static void
test_parse_strict (void)
{
  /* The one helper for outside bytes: 65 000 nested arrays (what crashed the hub and the
   * agent through json-glib) are refused by depth before any recursion. */
  GString *deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonObject) object = NULL;
  static const ZtLimits small = { 16, 4 };

  for (int i = 0; i < 65000; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < 65000; i++)
    g_string_append_c (deep, ']');
  node = zt_json_parse_strict (deep->str, deep->len, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_TOO_DEEP);
  g_clear_error (&error);
  g_string_free (deep, TRUE);

  node = zt_json_parse_strict ("{\"a\":[1,2]}", 11, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_clear_pointer (&node, json_node_unref);

  object = zt_json_parse_object_strict ("[1]", 3, NULL, &error);
  g_assert_null (object);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_PARSE);
  g_clear_error (&error);

  node = zt_json_parse_strict ("  ", 2, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_PARSE);
  g_clear_error (&error);

  node = zt_json_parse_strict (NULL, 0, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_PARSE);
  g_clear_error (&error);

  node = zt_json_parse_strict ("{\"a\":\"0123456789abcdef\"}", 24, &small, &error);
  g_assert_null (node);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  node = zt_json_parse_strict ("{/*x*/}", 7, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_PARSE);
}

/* The canonical form that tool pins and the audit hash: members sorted at every depth, no
 * white space, the same text for the same value whatever order or spacing it came in. */
static void
test_json_canonical (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "{ \"b\" : 1, \"a\" : { \"d\" : [ 1, { \"z\": true, \"y\": null } ], \"c\": \"x\" } }",
      "{\"a\":{\"c\":\"x\",\"d\":[1,{\"y\":null,\"z\":true}]},\"b\":1}" },
    { "{\"a\":{\"d\":[1,{\"y\":null,\"z\":true}],\"c\":\"x\"},\"b\":1}",
      "{\"a\":{\"c\":\"x\",\"d\":[1,{\"y\":null,\"z\":true}]},\"b\":1}" },
    { "[3, 2, 1]", "[3,2,1]" },  /* arrays keep their order: it is part of the value */
    { "{\"B\":0,\"a\":0,\"\u00e9\":0}", "{\"B\":0,\"a\":0,\"\u00e9\":0}" },  /* bytewise */
    /* one spelling of each control character */
    { "{\"s\":\"line\\nnext \\u0001\"}", "{\"s\":\"line\\u000anext \\u0001\"}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = zt_json_parse_strict (cases[i].in, strlen (cases[i].in), NULL, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = zt_json_to_canonical (node);
      g_assert_cmpstr (text, ==, cases[i].out);
    }
}

/* The fast UTF-8 check gives GLib's answer and stopping place on texts made of the pieces
 * where validators go wrong: NULs, ASCII runs across word boundaries, cut and overlong
 * sequences, surrogates, code points past U+10FFFF, stray continuation bytes. */
static void
test_utf8_same_as_glib (void)
{
  static const char *const pieces[] = {
    "a", "abcdefgh", "0123456789abcdef", "\"", "\\", "\x7f", "\x01", "", "\xc3\xa9", "\xe2\x82\xac",
    "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "\xc0\x80", "\xc1\xbf",
    "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80",
    "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xff", "\x80", "\xbf", "\xef\xbf\xbf", "\xef\xbb\xbf",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261204);

  for (guint round = 0; round < 200000; round++)
    {
      g_autoptr(GByteArray) text = g_byte_array_new ();
      guint n = g_rand_int_range (rand, 0, 12);
      const char *end_glib = NULL, *end_ours = NULL;
      gboolean glib, ours;

      for (guint k = 0; k < n; k++)
        {
          guint i = g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces) + 1);

          if (i == G_N_ELEMENTS (pieces))
            g_byte_array_append (text, (const guint8 *) "\0", 1);  /* a NUL inside the length */
          else
            g_byte_array_append (text, (const guint8 *) pieces[i], strlen (pieces[i]));
        }
      glib = g_utf8_validate_len ((const char *) text->data, text->len, &end_glib);
      ours = zt_utf8_validate_len ((const char *) text->data, text->len, &end_ours);
      if (glib != ours || end_glib != end_ours)
        {
          g_error ("round %u: GLib %d at %td, ours %d at %td (%u bytes)", round, glib,
                   end_glib - (const char *) text->data, ours, end_ours - (const char *) text->data, text->len);
        }
    }
}

/* The writer's text, exactly: members in order, a double kept a double, 1e22 as JSON; and the
 * canonical form (pins and audit hashes are made of it) as it always was: sorted, 2.0 as 2. */
static void
test_writer_text (void)
{
  const char *text = "{\"b\":2.0,\"a\":[1,1e22,\"x\\u0001\\\"\"],\"c\":-0.5,\"d\":{}}";
  g_autoptr(JsonNode) node = zt_json_parse_strict (text, strlen (text), NULL, NULL);
  g_autofree char *line = NULL, *canonical = NULL, *pretty = NULL;

  g_assert_nonnull (node);
  line = zt_json_to_string (node);
  canonical = zt_json_to_canonical (node);
  pretty = zt_json_to_string_pretty (node);
  g_assert_cmpstr (line, ==, "{\"b\":2.0,\"a\":[1,1e+22,\"x\\u0001\\\"\"],\"c\":-0.5,\"d\":{}}");
  g_assert_cmpstr (canonical, ==, "{\"a\":[1,1e+22,\"x\\u0001\\\"\"],\"b\":2,\"c\":-0.5,\"d\":{}}");
  g_assert_cmpstr (pretty, ==, "{\n  \"b\" : 2.0,\n  \"a\" : [\n    1,\n    1e+22,\n    \"x\\u0001\\\"\"\n  ],\n"
                               "  \"c\" : -0.5,\n  \"d\" : {}\n}");
}

/* zt_format_int64 writes what printf does, at both ends of the range and around each power of
 * ten, and for random values */
static void
test_int64_same_as_printf (void)
{
  gint64 fixed[] = { 0, 1, -1, 9, 10, -10, 99, 100, G_MAXINT64, G_MININT64, G_MAXINT64 - 1, G_MININT64 + 1,
                     G_MAXINT32, G_MININT32, (gint64) G_MAXUINT32 + 1 };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < G_N_ELEMENTS (fixed) + 18 * 3 + 10000; i++)
    {
      gint64 v;
      char buf[ZT_INT64_BUF];
      g_autofree char *want = NULL;
      gsize len;

      if (i < G_N_ELEMENTS (fixed))
        v = fixed[i];
      else if (i < G_N_ELEMENTS (fixed) + 18 * 3)
        {
          guint k = i - G_N_ELEMENTS (fixed);
          gint64 p = 1;

          for (guint e = 0; e < k / 3 + 1; e++)
            p *= 10;
          v = (k % 3 == 0) ? p - 1 : (k % 3 == 1) ? p : -p;
        }
      else
        v = (gint64) (((guint64) g_rand_int (rand) << 32) | g_rand_int (rand));
      want = g_strdup_printf ("%" G_GINT64_FORMAT, v);
      len = zt_format_int64 (buf, v);
      g_assert_cmpstr (buf, ==, want);
      g_assert_cmpuint (len, ==, strlen (want));
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/jsonrpc/utf8-same-as-glib", test_utf8_same_as_glib);
  g_test_add_func ("/core/jsonrpc/int64-same-as-printf", test_int64_same_as_printf);
  g_test_add_func ("/core/jsonrpc/writer-text", test_writer_text);
  g_test_add_func ("/core/jsonrpc/valid/request", test_valid_request);
  g_test_add_func ("/core/jsonrpc/valid/variants", test_valid_variants);
  g_test_add_func ("/core/jsonrpc/invalid/envelope", test_invalid_envelope);
  g_test_add_func ("/core/jsonrpc/invalid/batch", test_batch_rejected);
  g_test_add_func ("/core/jsonrpc/invalid/not-json", test_not_json);
  g_test_add_func ("/core/jsonrpc/id/string-vs-int", test_id_string_vs_int);
  g_test_add_func ("/core/jsonrpc/id/constructed-types", test_id_constructed_types);
  g_test_add_func ("/core/jsonrpc/id/key", test_id_key);
  g_test_add_func ("/core/jsonrpc/construct/messages", test_constructors);
  g_test_add_func ("/core/jsonrpc/construct/errors", test_error_constructors);
  g_test_add_func ("/core/jsonrpc/construct/ref-and-type", test_ref_and_type);
  g_test_add_func ("/core/jsonrpc/relay/set-id-splice", test_set_id_splice);
  g_test_add_func ("/core/jsonrpc/relay/set-param-splice", test_set_param_splice);
  g_test_add_func ("/core/jsonrpc/relay/set-id-constructed", test_set_id_constructed);
  g_test_add_func ("/core/jsonrpc/relay/copy-independent", test_copy_independent);
  g_test_add_func ("/core/jsonrpc/unicode/preserved", test_unicode);
  g_test_add_func ("/core/jsonrpc/unicode/control-escaped", test_control_characters_escaped);
  g_test_add_func ("/core/jsonrpc/limits/size-boundary", test_size_limit_boundary);
  g_test_add_func ("/core/jsonrpc/limits/size-default", test_size_limit_default);
  g_test_add_func ("/core/jsonrpc/limits/size-first", test_size_checked_first);
  g_test_add_func ("/core/jsonrpc/limits/depth-boundary", test_depth_limit_boundary);
  g_test_add_func ("/core/jsonrpc/limits/depth-default", test_depth_limit_default);
  g_test_add_func ("/core/jsonrpc/limits/depth-strings", test_depth_ignores_strings);
  g_test_add_func ("/core/jsonrpc/limits/depth-closers", test_depth_no_credit_for_closers);
  g_test_add_func ("/core/jsonrpc/limits/deep-100k", test_deep_nesting_fails_fast);
  g_test_add_func ("/core/jsonrpc/limits/deep-config-cap", test_deep_nesting_at_config_cap);
  g_test_add_func ("/core/jsonrpc/utf8/invalid", test_invalid_utf8);
  g_test_add_func ("/core/jsonrpc/utf8/offset", test_invalid_utf8_offset);
  g_test_add_func ("/core/jsonrpc/utf8/nul", test_nul_bytes);
  g_test_add_func ("/core/jsonrpc/error-mapping", test_error_mapping);
  g_test_add_func ("/core/jsonrpc/regression/depth-bypass", test_bug_depth_bypass);
  g_test_add_func ("/core/jsonrpc/regression/nul-in-names", test_bug_nul_in_names);
  g_test_add_func ("/core/jsonrpc/nul-in-values-kept", test_nul_in_values_kept);
  g_test_add_func ("/core/jsonrpc/parse-strict", test_parse_strict);
  g_test_add_func ("/core/jsonrpc/regression/trailing-document", test_bug_trailing_document);
  g_test_add_func ("/core/jsonrpc/regression/relayed-newline", test_bug_relayed_newline);
  g_test_add_func ("/core/jsonrpc/regression/escaped-key-id", test_bug_escaped_key_id);
  g_test_add_func ("/core/jsonrpc/regression/escaped-key-letter", test_bug_escaped_key_letter);
  g_test_add_func ("/core/jsonrpc/regression/duplicate-names", test_bug_duplicate_names);
  g_test_add_func ("/core/jsonrpc/regression/case-twins", test_bug_case_twins);
  g_test_add_func ("/core/jsonrpc/regression/lenient-syntax", test_bug_lenient_syntax);
  g_test_add_func ("/core/jsonrpc/json-canonical", test_json_canonical);
  g_test_add_func ("/core/jsonrpc/regression/error-reply-utf8", test_bug_error_reply_utf8);
  g_test_add_func ("/core/jsonrpc/regression/lone-surrogate", test_bug_lone_surrogate_escape);
  g_test_add_func ("/core/jsonrpc/regression/double-output", test_bug_double_serialisation);
  g_test_add_func ("/core/jsonrpc/regression/int-overflow-id", test_bug_integer_overflow_id);
  g_test_add_func ("/core/jsonrpc/regression/escaped-nul", test_bug_escaped_nul_truncates);
  g_test_add_func ("/core/jsonrpc/nul-refused-by-strict-parse", test_nul_refused_by_strict_parse);

  return g_test_run ();
}
