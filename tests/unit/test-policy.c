/* test-policy.c: the grant parser, its matching and the policy filter's decisions */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-policy.h"

#define NOW_US (G_GINT64_CONSTANT (1800000000) * G_USEC_PER_SEC)

static JsonObject *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonObject *o = zt_json_parse_object_strict (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return o;
}

static ZtGrant *
grant (const char *text)
{
  g_autoptr(JsonObject) o = parse (text);
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  ZtGrant *g = zt_grant_from_json (o, &field, &error);

  g_assert_no_error (error);
  g_assert_nonnull (g);
  return g;
}

/* The field the parser blames for @text, or NULL when it takes it. */
static char *
blamed (const char *text)
{
  g_autoptr(JsonObject) o = parse (text);
  g_autoptr(GError) error = NULL;
  char *field = NULL;
  g_autoptr(ZtGrant) g = zt_grant_from_json (o, &field, &error);

  if (g != NULL)
    {
      g_assert_null (field);
      return NULL;
    }
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (field);
  g_assert_nonnull (strstr (error->message, field));
  return field;
}

static ZtPolicy *
policy_of (const char * const *grants)
{
  ZtPolicy *p = zt_policy_new ();
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_grant_unref);
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  const char *admins[] = { "user:alice", "endpoint:ops-pc", NULL };

  for (guint i = 0; grants[i]; i++)
    {
      ZtGrant *g = grant (grants[i]);
      g_autofree char *id = g_strdup_printf ("g-%u", i);

      zt_grant_set_id (g, id);
      g_ptr_array_add (list, g);
    }
  g_hash_table_insert (groups, g_strdup ("admins"), g_strdupv ((char **) admins));
  zt_policy_set (p, list, groups);
  return p;
}

static gboolean
call (ZtPolicy   *p,
      ZtSubject  *who,
      const char *tool,
      const char *args,
      gint64      now_us,
      char      **rule)
{
  g_autoptr(JsonNode) a = args ? zt_json_parse_strict (args, strlen (args), NULL, NULL) : NULL;

  return zt_policy_check (p, who, "files", ZT_POLICY_TOOL, tool, a, now_us, rule);
}

static void
test_durations (void)
{
  gint64 s = 0;
  const char *bad[] = { "", "0", "1x", "m", "-1h", "1h30m", "99999999999d", " 1h", NULL };

  g_assert_true (zt_duration_parse ("30s", &s, NULL)); g_assert_cmpint (s, ==, 30);
  g_assert_true (zt_duration_parse ("15m", &s, NULL)); g_assert_cmpint (s, ==, 900);
  g_assert_true (zt_duration_parse ("1h", &s, NULL)); g_assert_cmpint (s, ==, 3600);
  g_assert_true (zt_duration_parse ("2d", &s, NULL)); g_assert_cmpint (s, ==, 172800);
  g_assert_true (zt_duration_parse ("45", &s, NULL)); g_assert_cmpint (s, ==, 45);
  for (guint i = 0; bad[i]; i++)
    g_assert_false (zt_duration_parse (bad[i], &s, NULL));
}

static void
test_parse_errors (void)
{
  static const struct { const char *json, *field; } cases[] = {
    { "{\"subject\": \"user:a\"}", "service" },
    { "{\"service\": \"files\"}", "subject" },
    { "{\"service\": \"files\", \"subject\": \"role:a\"}", "subject" },
    { "{\"service\": \"files\", \"subject\": \"group:\"}", "subject" },
    { "{\"service\": \"a/b\", \"subject\": \"*\"}", "service" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"tools\": \"read\"}", "tools" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"tools\": [\"\"]}", "tools[0]" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"prompts\": [1]}", "prompts[0]" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/a\"}]}", "constraints[0]" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"a\", \"equals\": 1}]}", "constraints[0].pointer" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/~2\", \"equals\": 1}]}", "constraints[0].pointer" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/a\", \"regex\": \"(\"}]}", "constraints[0].regex" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/a\", \"min\": 3, \"max\": 1}]}", "constraints[0].min" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/a\", \"prefix\": \"x\", \"equals\": 1}]}", "constraints[0]" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/a\", \"enum\": []}]}", "constraints[0].enum" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"constraints\": [{\"pointer\": \"/a\", \"what\": 1}]}", "constraints[0].what" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"not_after\": \"tomorrow\"}", "not_after" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"not_before\": 20, \"not_after\": 10}", "not_after" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"rate\": {\"calls\": 0, \"per\": 60}}", "rate.calls" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"rate\": {\"calls\": 1}}", "rate" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"origin\": \"hub\"}", "origin" },
    { "{\"service\": \"files\", \"subject\": \"*\", \"color\": \"red\"}", "color" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": 100}", "budget" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": {}}", "budget" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": {\"tokens_per_day\": \"1k\"}}", "budget" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": {\"tokens_per_day\": 1, \"per\": 2}}", "budget" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": {\"tokens_per_day\": 0}}", "budget.tokens_per_day" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": {\"tokens_per_day\": 1e3}}", "budget" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"budget\": {\"tokens_per_day\": 1000000000001}}", "budget.tokens_per_day" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"models\": \"gpt-*\"}", "models" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"models\": [\"\"]}", "models[0]" },
    { "{\"service\": \"m\", \"subject\": \"*\", \"models\": [\"a\"], \"tools\": [\"a\"]}", "models" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *field = blamed (cases[i].json);

      g_test_message ("%s", cases[i].json);
      g_assert_cmpstr (field, ==, cases[i].field);
    }
  g_assert_null (blamed ("{\"service\": \"files\", \"subject\": \"alice\", \"tools\": [\"read_*\"]}"));
}

static void
test_round_trip (void)
{
  g_autoptr(ZtGrant) g = grant ("{\"service\": \"files\", \"subject\": \"alice\", \"tools\": [\"read_*\"],"
                                " \"constraints\": [{\"pointer\": \"/path\", \"prefix\": \"/docs/\"}],"
                                " \"rate\": {\"calls\": 2, \"per\": 60}, \"not_after\": 1900000000}");
  g_autoptr(JsonNode) out = zt_grant_to_json (g);
  g_autoptr(ZtGrant) again = zt_grant_from_json (json_node_get_object (out), NULL, NULL);
  JsonObject *o = json_node_get_object (out);

  g_assert_nonnull (again);
  g_assert_cmpstr (json_object_get_string_member (o, "subject"), ==, "user:alice");  /* stored typed */
  g_assert_cmpstr (json_object_get_string_member (o, "origin"), ==, "manual");
  g_assert_cmpint (zt_grant_get_not_after (again), ==, 1900000000);
}

static void
test_subjects (void)
{
  const char *grants[] = {
    "{\"service\": \"files\", \"subject\": \"user:bob\", \"tools\": [\"u\"]}",
    "{\"service\": \"files\", \"subject\": \"endpoint:bob\", \"tools\": [\"e\"]}",
    "{\"service\": \"files\", \"subject\": \"group:admins\", \"tools\": [\"g\"]}",
    "{\"service\": \"files\", \"subject\": \"client:bob\", \"tools\": [\"c\"]}",
    "{\"service\": \"files\", \"subject\": \"*\", \"tools\": [\"all\"]}",
    NULL };
  g_autoptr(ZtPolicy) p = policy_of (grants);
  g_autoptr(ZtSubject) user_bob = zt_subject_new_peer ("spiffe://m/user/bob/endpoint/x", NULL);
  g_autoptr(ZtSubject) ep_bob = zt_subject_new_peer ("spiffe://m/user/y/endpoint/bob", NULL);
  g_autoptr(ZtSubject) alice = zt_subject_new_peer ("spiffe://m/user/alice/endpoint/z", NULL);
  g_autoptr(ZtSubject) ops = zt_subject_new_peer ("spiffe://m/user/q/endpoint/ops-pc", NULL);
  g_autoptr(ZtSubject) client = zt_subject_new_client ("bob");
  g_autoptr(ZtSubject) other_client = zt_subject_new_client ("carol");
  g_autoptr(ZtSubject) local = zt_subject_new_local ();
  g_autofree char *rule = NULL;

  g_assert_true (call (p, user_bob, "u", NULL, NOW_US, NULL));
  g_assert_false (call (p, user_bob, "e", NULL, NOW_US, NULL));
  g_assert_true (call (p, ep_bob, "e", NULL, NOW_US, NULL));
  g_assert_false (call (p, ep_bob, "u", NULL, NOW_US, NULL));
  g_assert_false (call (p, user_bob, "c", NULL, NOW_US, NULL));   /* a client's grant is not the user's */
  g_assert_true (call (p, alice, "g", NULL, NOW_US, NULL));
  g_assert_true (call (p, ops, "g", NULL, NOW_US, NULL));
  g_assert_false (call (p, user_bob, "g", NULL, NOW_US, NULL));
  g_assert_true (call (p, user_bob, "all", NULL, NOW_US, NULL));
  g_assert_true (call (p, client, "c", NULL, NOW_US, NULL));
  g_assert_false (call (p, client, "u", NULL, NOW_US, NULL));
  g_assert_false (call (p, client, "all", NULL, NOW_US, &rule));   /* "*" is every peer, never a client */
  g_assert_cmpstr (rule, ==, "policy:client-scope");
  g_clear_pointer (&rule, g_free);
  g_assert_false (call (p, alice, "nothing", NULL, NOW_US, &rule));
  g_assert_cmpstr (rule, ==, "policy:default-deny");

  g_assert_true (zt_policy_restricts (p, alice, "files"));
  g_assert_true (zt_policy_restricts (p, client, "files"));
  g_assert_false (zt_policy_restricts (p, other_client, "files"));  /* keeps what its token gave it */
  g_assert_false (zt_policy_restricts (p, local, "files"));
  g_assert_true (zt_policy_names_peer (p, "files", "anyone", "anywhere"));
  g_assert_false (zt_policy_names_peer (p, "other", "bob", "x"));
}

static void
test_constraints (void)
{
  const char *grants[] = {
    "{\"service\": \"files\", \"subject\": \"*\", \"tools\": [\"read_*\", \"li?t\"], \"constraints\": ["
    " {\"pointer\": \"/path\", \"prefix\": \"/docs/\"},"
    " {\"pointer\": \"/mode\", \"enum\": [\"r\", \"ro\"]},"
    " {\"pointer\": \"/depth\", \"min\": 0, \"max\": 3},"
    " {\"pointer\": \"/owner/name\", \"equals\": \"alice\"},"
    " {\"pointer\": \"/tags/0\", \"regex\": \"^[a-z]+$\"},"
    " {\"pointer\": \"/a~1b\", \"equals\": {\"x\": [1, 2]}}]}",
    NULL };
  g_autoptr(ZtPolicy) p = policy_of (grants);
  g_autoptr(ZtSubject) bob = zt_subject_new_peer ("spiffe://m/user/bob/endpoint/x", NULL);
  const char *good = "{\"path\": \"/docs/a\", \"mode\": \"ro\", \"depth\": 2, \"owner\": {\"name\": \"alice\"},"
                     " \"tags\": [\"abc\"], \"a/b\": {\"x\": [1, 2.0]}}";
  static const struct { const char *args, *pointer; } bad[] = {
    { "{\"path\": \"/etc/passwd\", \"mode\": \"ro\", \"depth\": 2, \"owner\": {\"name\": \"alice\"}, \"tags\": [\"abc\"], \"a/b\": {\"x\": [1, 2]}}", "/path" },
    { "{\"path\": \"/docs/a\", \"mode\": \"rw\", \"depth\": 2, \"owner\": {\"name\": \"alice\"}, \"tags\": [\"abc\"], \"a/b\": {\"x\": [1, 2]}}", "/mode" },
    { "{\"path\": \"/docs/a\", \"mode\": \"r\", \"depth\": 4, \"owner\": {\"name\": \"alice\"}, \"tags\": [\"abc\"], \"a/b\": {\"x\": [1, 2]}}", "/depth" },
    { "{\"path\": \"/docs/a\", \"mode\": \"r\", \"depth\": \"2\", \"owner\": {\"name\": \"alice\"}, \"tags\": [\"abc\"], \"a/b\": {\"x\": [1, 2]}}", "/depth" },
    { "{\"path\": \"/docs/a\", \"mode\": \"r\", \"depth\": 1, \"owner\": {\"name\": \"bob\"}, \"tags\": [\"abc\"], \"a/b\": {\"x\": [1, 2]}}", "/owner/name" },
    { "{\"path\": \"/docs/a\", \"mode\": \"r\", \"depth\": 1, \"owner\": {\"name\": \"alice\"}, \"tags\": [\"ABC\"], \"a/b\": {\"x\": [1, 2]}}", "/tags/0" },
    { "{\"path\": \"/docs/a\", \"mode\": \"r\", \"depth\": 1, \"owner\": {\"name\": \"alice\"}, \"tags\": [], \"a/b\": {\"x\": [1, 2]}}", "/tags/0" },
    { "{\"path\": \"/docs/a\", \"mode\": \"r\", \"depth\": 1, \"owner\": {\"name\": \"alice\"}, \"tags\": [\"a\"], \"a/b\": {\"x\": [2, 1]}}", "/a~1b" },
    { "{\"mode\": \"r\", \"depth\": 1, \"owner\": {\"name\": \"alice\"}, \"tags\": [\"a\"], \"a/b\": {\"x\": [1, 2]}}", "/path" },
  };

  g_assert_true (call (p, bob, "read_file", good, NOW_US, NULL));
  g_assert_true (call (p, bob, "list", good, NOW_US, NULL));
  g_assert_false (call (p, bob, "lisst", good, NOW_US, NULL));
  g_assert_false (call (p, bob, "read_file", NULL, NOW_US, NULL));  /* no arguments: every pointer is missing */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *rule = NULL;
      g_autofree char *want = g_strdup_printf ("policy:constraint:g-0:%s", bad[i].pointer);

      g_assert_false (call (p, bob, "read_file", bad[i].args, NOW_US, &rule));
      g_assert_cmpstr (rule, ==, want);
    }
}

static void
test_time_and_rate (void)
{
  const char *grants[] = {
    "{\"service\": \"files\", \"subject\": \"*\", \"tools\": [\"window\"], \"not_before\": 1800000000, \"not_after\": 1800000010}",
    "{\"service\": \"files\", \"subject\": \"*\", \"tools\": [\"rated\"], \"rate\": {\"calls\": 2, \"per\": 10}}",
    NULL };
  g_autoptr(ZtPolicy) p = policy_of (grants);
  g_autoptr(ZtSubject) bob = zt_subject_new_peer ("spiffe://m/user/bob/endpoint/x", NULL);
  g_autoptr(ZtSubject) carol = zt_subject_new_peer ("spiffe://m/user/carol/endpoint/y", NULL);
  g_autofree char *rule = NULL;
  gint64 s = G_USEC_PER_SEC;

  g_assert_false (call (p, bob, "window", NULL, NOW_US - s, &rule));
  g_assert_cmpstr (rule, ==, "policy:not-yet:g-0");
  g_clear_pointer (&rule, g_free);
  g_assert_true (call (p, bob, "window", NULL, NOW_US, NULL));
  g_assert_true (call (p, bob, "window", NULL, NOW_US + 9 * s, NULL));
  g_assert_false (call (p, bob, "window", NULL, NOW_US + 10 * s, &rule));
  g_assert_cmpstr (rule, ==, "policy:expired:g-0");
  g_clear_pointer (&rule, g_free);
  g_assert_false (zt_policy_visible (p, bob, "files", ZT_POLICY_TOOL, "window", 1800000010));
  g_assert_true (zt_policy_visible (p, bob, "files", ZT_POLICY_TOOL, "window", 1800000005));

  g_assert_true (call (p, bob, "rated", NULL, NOW_US, NULL));
  g_assert_true (call (p, bob, "rated", NULL, NOW_US + s, NULL));
  g_assert_false (call (p, bob, "rated", NULL, NOW_US + 2 * s, &rule));
  g_assert_cmpstr (rule, ==, "policy:rate:g-1");
  g_assert_true (call (p, carol, "rated", NULL, NOW_US + 2 * s, NULL));  /* per subject */
  g_assert_true (call (p, bob, "rated", NULL, NOW_US + 10 * s, NULL));   /* the window slid */
  g_assert_false (call (p, bob, "rated", NULL, NOW_US + 10 * s + 1, NULL));
  g_assert_true (call (p, bob, "rated", NULL, NOW_US + 11 * s, NULL));
}

/* An llm service's grant: models (the tools globs) and a daily token budget, which the
 * allowing grant reports; round trip keeps the budget. */
static void
test_models_and_budget (void)
{
  const char *grants[] = {
    "{\"service\": \"m\", \"subject\": \"user:bob\", \"models\": [\"gpt-4*\"], \"budget\": {\"tokens_per_day\": 5000}}",
    "{\"service\": \"m\", \"subject\": \"user:bob\", \"models\": [\"small-?\"]}",
    NULL };
  g_autoptr(ZtPolicy) p = policy_of (grants);
  g_autoptr(ZtSubject) bob = zt_subject_new_peer ("spiffe://m/user/bob/endpoint/x", NULL);
  g_autoptr(ZtSubject) carol = zt_subject_new_peer ("spiffe://m/user/carol/endpoint/y", NULL);
  static const struct { const char *model; gboolean allowed; gint64 budget; const char *rule; } cases[] = {
    { "gpt-4o", TRUE, 5000, "grant:g-0" },
    { "small-1", TRUE, 0, "grant:g-1" },
    { "small-10", FALSE, -1, "policy:default-deny" },
    { "gpt-3.5", FALSE, -1, "policy:default-deny" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *rule = NULL;
      gint64 budget = -1;

      g_test_message ("%s", cases[i].model);
      g_assert_cmpint (zt_policy_check_budget (p, bob, "m", ZT_POLICY_TOOL, cases[i].model, NULL, NOW_US, &rule,
                                               &budget), ==, cases[i].allowed);
      g_assert_cmpint (budget, ==, cases[i].budget);
      g_assert_cmpstr (rule, ==, cases[i].rule);
    }
  g_assert_false (zt_policy_check_budget (p, carol, "m", ZT_POLICY_TOOL, "gpt-4o", NULL, NOW_US, NULL, NULL));
  {
    g_autoptr(ZtGrant) g = grant (grants[0]);
    g_autoptr(JsonNode) out = zt_grant_to_json (g);
    JsonObject *o = json_node_get_object (out);

    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "budget"), "tokens_per_day"), ==, 5000);
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (o, "tools"), 0), ==, "gpt-4*");
  }
}

static void
test_filter (void)
{
  const char *grants[] = { "{\"service\": \"files\", \"subject\": \"user:bob\", \"tools\": [\"read_*\"]}", NULL };
  g_autoptr(ZtPolicy) p = policy_of (grants);
  g_autoptr(ZtPolicyFilter) f = zt_policy_filter_new (p);
  g_autoptr(ZtSubject) bob = zt_subject_new_peer ("spiffe://m/user/bob/endpoint/x", NULL);
  const char *call_text = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"write\"}}";
  const char *list_text = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
  const char *answer_text = "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[{\"name\":\"read_a\"},{\"name\":\"write\"},{\"name\":\"read_b\"}]}}";
  g_autoptr(ZtMessage) m = zt_message_parse (call_text, strlen (call_text), NULL, NULL);
  g_autoptr(ZtMessage) list = zt_message_parse (list_text, strlen (list_text), NULL, NULL);
  g_autoptr(ZtMessage) answer = zt_message_parse (answer_text, strlen (answer_text), NULL, NULL);
  ZtFilterContext ctx = { "s", bob, "files", ZT_SIDE_EXPORTER, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT, m, NULL };
  ZtVerdict v = { 0 };
  JsonObject *data;
  JsonArray *tools;

  g_assert_cmpint (ZT_FILTER_GET_IFACE (f)->check (ZT_FILTER (f), &ctx, &v), ==, ZT_VERDICT_DENY);
  g_assert_cmpint (v.code, ==, -32003);
  data = json_node_get_object (v.data);
  g_assert_cmpstr (json_object_get_string_member (data, "rule"), ==, "policy:default-deny");
  g_assert_cmpstr (json_object_get_string_member (data, "tool"), ==, "write");
  g_assert_cmpstr (json_object_get_string_member (data, "access"), ==, "zt4mcp access request files --tools write");
  zt_verdict_clear (&v);

  ctx.message = list;
  g_assert_cmpint (ZT_FILTER_GET_IFACE (f)->check (ZT_FILTER (f), &ctx, &v), ==, ZT_VERDICT_ALLOW);
  ctx.direction = ZT_DIRECTION_TO_CLIENT;
  ctx.origin = ZT_ORIGIN_SERVER;
  ctx.message = answer;
  ctx.request = list;
  g_assert_cmpint (ZT_FILTER_GET_IFACE (f)->check (ZT_FILTER (f), &ctx, &v), ==, ZT_VERDICT_REWRITE);
  tools = json_object_get_array_member (zt_message_get_result (v.replacement), "tools");
  g_assert_cmpint (json_array_get_length (tools), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tools, 1), "name"), ==, "read_b");
  zt_verdict_clear (&v);
}

/* Whatever hostile JSON comes in, the parser answers with a grant or an error naming a field,
 * and never crashes or logs a critical (G_DEBUG=fatal-criticals in the test's env). */
static void
test_hostile (void)
{
  const char *values[] = { "null", "true", "-1", "1e308", "\"\"", "\"*\"", "[]", "{}", "[null]", "[[[]]]",
                           "{\"pointer\": null}", "\"\\u0000\"", "9223372036854775807", "[\"a\", 1]",
                           "{\"calls\": 1e9, \"per\": -1}", "[{\"pointer\": \"/\", \"regex\": \"(?R)\"}]",
                           "[{\"pointer\": \"\", \"min\": null}]", "[{\"pointer\": \"/0/~\", \"enum\": [1]}]" };
  const char *members[] = { "id", "service", "subject", "tools", "resources", "prompts", "constraints", "not_before",
                            "not_after", "rate", "origin", "note", "created" };

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      {
        g_autofree char *text = g_strdup_printf ("{\"service\": \"files\", \"subject\": \"*\", \"%s\": %s}",
                                                 members[m], values[v]);
        g_autoptr(JsonObject) o = zt_json_parse_object_strict (text, strlen (text), NULL, NULL);
        g_autoptr(GError) error = NULL;
        g_autofree char *field = NULL;
        g_autoptr(ZtGrant) g = NULL;

        if (o == NULL)
          continue;
        g = zt_grant_from_json (o, &field, &error);
        g_assert_true ((g != NULL) != (error != NULL));
        if (g != NULL)
          {
            g_autoptr(JsonNode) back = zt_grant_to_json (g);
            g_assert_nonnull (back);
          }
        else
          g_assert_nonnull (field);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/policy/durations", test_durations);
  g_test_add_func ("/policy/parse-errors", test_parse_errors);
  g_test_add_func ("/policy/round-trip", test_round_trip);
  g_test_add_func ("/policy/subjects", test_subjects);
  g_test_add_func ("/policy/constraints", test_constraints);
  g_test_add_func ("/policy/time-and-rate", test_time_and_rate);
  g_test_add_func ("/policy/filter", test_filter);
  g_test_add_func ("/policy/models-and-budget", test_models_and_budget);
  g_test_add_func ("/policy/hostile", test_hostile);
  return g_test_run ();
}
