/* test-service.c: unit tests of a service's JSON as the REST API and the store read it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-service.h"
#include "zt-store.h"

/* A refused body changes nothing and keeps nothing: a list of strings cut short by an
 * element of another type frees what it had copied (LeakSanitizer checks in ASan builds;
 * found by fuzz-rest). */
static void
test_service_refused (void)
{
  static const char * const bodies[] = {
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\",\"-l\",7]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"env\":[\"A=b\",\"C=d\",{}]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"env\":[\"A=b\",\"no-equals\"]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"export_to\":[\"bob\",null]}",
    "{\"name\":\"s\",\"kind\":\"http\",\"url\":\"ftp://x\"}",
    "{\"name\":\"s\",\"kind\":\"llm\"}",
    "{\"name\":\"s\",\"kind\":\"llm\",\"url\":\"http://u:p@127.0.0.1/v1\"}",
    "{\"name\":\"s\",\"kind\":\"llm\",\"url\":\"http://127.0.0.1/v1\",\"api_key_file\":\"rel/key\"}",
    "{\"name\":\"s\",\"kind\":\"llm\",\"url\":\"http://127.0.0.1/v1\",\"api_key_file\":\"/k\",\"api_key_keyring\":true}",
    "{\"name\":\"s\",\"kind\":\"mesh\",\"peer\":\"p\",\"remote\":\"r\",\"api\":\"openai\"}",
    /* secret variables: names only here (the agent keeps the values), valid, once, not also plain */
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"secret_env\":[\"1TOKEN\"]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"secret_env\":[\"A-B\"]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"secret_env\":[\"T\",\"T\"]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"secret_env\":{\"T\":\"v\"}}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"env\":[\"T=1\"],\"secret_env\":[\"T\"]}",
    "{\"name\":\"s\",\"kind\":\"http\",\"url\":\"http://127.0.0.1/mcp\",\"secret_env\":[\"T\"]}",
    /* overrides of the tool scan: known rules or families, off/warn/block, an object */
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"scan_rules\":{\"instruction.word\":\"off\"}}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"scan_rules\":{\"hidden.\":\"allow\"}}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"scan_rules\":{\"hidden.\":1}}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"scan_rules\":[\"hidden.\"]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"scan_rules\":{\"\":\"off\"}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(JsonObject) o = zt_json_parse_object_strict (bodies[i], strlen (bodies[i]), NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtService) service = NULL;

      g_test_message ("case %u: %s", i, bodies[i]);
      g_assert_nonnull (o);
      service = zt_service_new_from_json (o, &error);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      g_assert_null (service);
    }
}

/* A stdio service's secret variables: their names round-trip (to the store and to GET), an
 * empty list is none, and a name that is the start of a plain one is no conflict. */
static void
test_service_secret_env (void)
{
  static const char body[] = "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],"
                             "\"env\":[\"TOKEN_URL=x\"],\"secret_env\":[\"TOKEN\",\"_K2\"]}";
  g_autoptr(JsonObject) o = zt_json_parse_object_strict (body, strlen (body), NULL, NULL);
  g_autoptr(JsonObject) none = zt_json_parse_object_strict ("{\"secret_env\":[]}", 17, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtService) service = zt_service_new_from_json (o, &error);
  g_autoptr(JsonNode) shown = NULL;
  JsonArray *names;

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (service->secret_env), ==, 2);
  for (guint with_secrets = 0; with_secrets < 2; with_secrets++)
    {
      shown = zt_service_to_json (service, with_secrets);
      names = json_object_get_array_member (json_node_get_object (shown), "secret_env");
      g_assert_cmpuint (json_array_get_length (names), ==, 2);
      g_assert_cmpstr (json_array_get_string_element (names, 1), ==, "_K2");
      g_clear_pointer (&shown, json_node_unref);
    }
  g_assert_true (zt_service_update_from_json (service, none, &error));
  g_assert_null (service->secret_env);
  shown = zt_service_to_json (service, FALSE);
  g_assert_false (json_object_has_member (json_node_get_object (shown), "secret_env"));
}

/* The key a service's tool pins are kept under names what the upstream is: made once, and
 * made again when an update changes the command or the URL, so that pins approved for one
 * server are never applied to another. */
/* A service's overrides of the tool scan round-trip sorted, are replaced whole by an update,
 * and {} drops them */
static void
test_service_scan_rules (void)
{
  static const char body[] = "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],"
                             "\"scan_rules\":{\"instruction.words\":\"block\",\"hidden.\":\"warn\"}}";
  g_autoptr(JsonObject) o = zt_json_parse_object_strict (body, strlen (body), NULL, NULL);
  static const char other_body[] = "{\"scan_rules\":{\"shadow.\":\"off\"}}";
  static const char none_body[] = "{\"scan_rules\":{}}";
  g_autoptr(JsonObject) other = zt_json_parse_object_strict (other_body, strlen (other_body), NULL, NULL);
  g_autoptr(JsonObject) none = zt_json_parse_object_strict (none_body, strlen (none_body), NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtService) service = zt_service_new_from_json (o, &error);
  g_autoptr(JsonNode) shown = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (zt_scan_rules_get_key (service->scan_rules), ==, "hidden.=warn,instruction.words=block");
  g_assert_cmpuint (zt_scan_rules_get_config (service->scan_rules)->n_overrides, ==, 2);
  shown = zt_service_to_json (service, TRUE);
  text = zt_json_to_canonical (json_object_get_member (json_node_get_object (shown), "scan_rules"));
  g_assert_cmpstr (text, ==, "{\"hidden.\":\"warn\",\"instruction.words\":\"block\"}");
  g_clear_pointer (&shown, json_node_unref);

  g_assert_nonnull (other);
  g_assert_true (zt_service_update_from_json (service, other, &error));
  g_assert_cmpstr (zt_scan_rules_get_key (service->scan_rules), ==, "shadow.=off");
  g_assert_nonnull (none);
  g_assert_true (zt_service_update_from_json (service, none, &error));
  g_assert_null (service->scan_rules);
  g_assert_null (zt_scan_rules_get_config (service->scan_rules));
  shown = zt_service_to_json (service, FALSE);
  g_assert_false (json_object_has_member (json_node_get_object (shown), "scan_rules"));
}

static void
test_service_pin_key (void)
{
  static const char *body = "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"server\",\"--one\"]}";
  static const char *same = "{\"max_sessions\":3}";
  static const char *other = "{\"command\":[\"server\",\"--two\"]}";
  static const char *http = "{\"kind\":\"http\",\"url\":\"http://127.0.0.1:9/mcp\"}";
  g_autoptr(JsonObject) o = zt_json_parse_object_strict (body, strlen (body), NULL, NULL);
  g_autoptr(JsonObject) so = zt_json_parse_object_strict (same, strlen (same), NULL, NULL);
  g_autoptr(JsonObject) oo = zt_json_parse_object_strict (other, strlen (other), NULL, NULL);
  g_autoptr(JsonObject) ho = zt_json_parse_object_strict (http, strlen (http), NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtService) service = zt_service_new_from_json (o, &error);
  g_autofree char *first = NULL, *again = NULL, *kept = NULL, *changed = NULL, *moved = NULL;

  g_assert_no_error (error);
  first = zt_service_pin_key (service);
  again = zt_service_pin_key (service);
  g_assert_true (g_str_has_prefix (first, "local:s@"));
  g_assert_cmpstr (first, ==, again);
  g_assert_true (zt_service_update_from_json (service, so, &error));
  kept = zt_service_pin_key (service);
  g_assert_cmpstr (kept, ==, first);
  g_assert_true (zt_service_update_from_json (service, oo, &error));
  changed = zt_service_pin_key (service);
  g_assert_cmpstr (changed, !=, first);
  g_assert_true (zt_service_update_from_json (service, ho, &error));
  moved = zt_service_pin_key (service);
  g_assert_cmpstr (moved, !=, changed);
  g_assert_cmpstr (moved, !=, first);
}

/* An llm service: its JSON round trip (the key file named, never a key), an import of one,
 * and the key file's checks: ours, 0600, one line. */
static void
test_service_llm (void)
{
  static const char *body = "{\"name\":\"m\",\"kind\":\"llm\",\"url\":\"http://127.0.0.1:11434/v1\","
                            "\"api_key_file\":\"/keys/m\"}";
  static const char *import = "{\"name\":\"m\",\"kind\":\"mesh\",\"peer\":\"bob-pc\",\"remote\":\"m\",\"api\":\"llm\"}";
  g_autoptr(JsonObject) o = zt_json_parse_object_strict (body, strlen (body), NULL, NULL);
  g_autoptr(JsonObject) io = zt_json_parse_object_strict (import, strlen (import), NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtService) s = zt_service_new_from_json (o, &error);
  g_autoptr(ZtService) imported = zt_service_new_from_json (io, &error);
  g_autoptr(JsonNode) out = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zt-test-llm-XXXXXX", &error);
  g_autofree char *key = g_build_filename (dir, "key", NULL);
  static const struct { const char *text; int mode; gboolean ok; } files[] = {
    { "sk-1\n", 0600, TRUE }, { "sk-1", 0400, TRUE }, { "sk-1\n", 0640, FALSE }, { "sk-1", 0604, FALSE },
    { "\n", 0600, FALSE }, { "sk-1\nsk-2\n", 0600, FALSE },
  };

  g_assert_no_error (error);
  g_assert_true (s->llm);
  g_assert_true (imported->llm && imported->kind == ZT_SERVICE_MESH);
  out = zt_service_to_json (s, FALSE);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (out), "kind"), ==, "llm");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (out), "api"), ==, "llm");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (out), "api_key_file"), ==, "/keys/m");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *read = NULL;
      g_autoptr(GError) e = NULL;

      g_test_message ("key file %u: mode %o", i, files[i].mode);
      g_unlink (key);
      g_assert_true (g_file_set_contents (key, files[i].text, -1, NULL));
      g_assert_cmpint (g_chmod (key, files[i].mode), ==, 0);
      read = zt_service_read_key_file (key, &e);
      if (files[i].ok)
        {
          g_assert_no_error (e);
          g_assert_cmpstr (read, ==, "sk-1");
        }
      else
        {
          g_assert_error (e, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
          if (files[i].mode & 077)
            g_assert_nonnull (strstr (e->message, "chmod 600"));
        }
    }
  g_unlink (key);
  g_rmdir (dir);
}

/* Budgets count tokens per subject, service and UTC day, adding up. */
static void
test_llm_usage (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zt-test-usage-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "agent.db", NULL);
  g_autoptr(ZtStore) store = zt_store_open (path, &error);
  static const struct { const char *subject, *service, *day; gint64 in, out; } adds[] = {
    { "local", "m", "2026-12-02", 10, 5 },
    { "local", "m", "2026-12-02", 7, 3 },
    { "local", "m", "2026-12-03", 1, 1 },
    { "client:a", "m", "2026-12-02", 100, 0 },
    { "local", "n", "2026-12-02", 2, 2 },
    { "local", "m", "2026-12-02", -5, -5 },  /* nonsense from a model counts nothing */
  };
  static const struct { const char *subject, *service, *day; gint64 in, out; } totals[] = {
    { "local", "m", "2026-12-02", 17, 8 },
    { "local", "m", "2026-12-03", 1, 1 },
    { "client:a", "m", "2026-12-02", 100, 0 },
    { "local", "n", "2026-12-02", 2, 2 },
    { "spiffe://m/user/x/endpoint/y", "m", "2026-12-02", 0, 0 },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    g_assert_true (zt_store_llm_usage_add (store, adds[i].subject, adds[i].service, adds[i].day, adds[i].in,
                                           adds[i].out, &error));
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      gint64 in = -1, out = -1;

      g_assert_true (zt_store_llm_usage_get (store, totals[i].subject, totals[i].service, totals[i].day, &in, &out,
                                             &error));
      g_assert_cmpint (in, ==, totals[i].in);
      g_assert_cmpint (out, ==, totals[i].out);
    }
  g_clear_pointer (&store, zt_store_free);
  for (const char *const *f = (const char *const[]) { "agent.db", "agent.db-wal", "agent.db-shm", NULL }; *f; f++)
    {
      g_autofree char *p = g_build_filename (dir, *f, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/service/json/refused", test_service_refused);
  g_test_add_func ("/service/secret-env", test_service_secret_env);
  g_test_add_func ("/service/scan-rules", test_service_scan_rules);
  g_test_add_func ("/service/pin-key", test_service_pin_key);
  g_test_add_func ("/service/llm", test_service_llm);
  g_test_add_func ("/service/llm-usage", test_llm_usage);
  return g_test_run ();
}
