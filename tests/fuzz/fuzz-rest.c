/* fuzz-rest.c: libFuzzer target for REST request bodies: the body parse and the services API's JSON */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-service.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The services a PATCH updates. */
static const char * const bases[] = {
  "{\"name\":\"files\",\"kind\":\"stdio\",\"command\":[\"npx\",\"-y\",\"server-filesystem\",\"/tmp\"],"
  "\"env\":[\"TOKEN=s3cret\",\"A=b\"],\"cwd\":\"/tmp\",\"export_to\":[\"user:bob\",\"endpoint:carol-pc\"]}",
  "{\"name\":\"web\",\"kind\":\"http\",\"url\":\"https://mcp.example.com/mcp\",\"upstream_token\":\"tok\","
  "\"era\":\"modern\",\"shared\":true}",
  "{\"name\":\"imported\",\"kind\":\"mesh\",\"peer\":\"carol-pc\",\"remote\":\"files\",\"local_auth\":\"none\"}",
};

static char *
to_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static void
check_refusal (const GError *error,
               const char   *what)
{
  guint status;

  if (error == NULL || error->domain != ZT_ERROR)
    zt_fuzz_fail (what, "refused without a ZT_ERROR");
  status = zt_error_to_http (error);
  /* the client's fault, said in words that go into a JSON reply */
  if (status != 400 && status != 413)
    zt_fuzz_fail (what, error->message);
  if (!g_utf8_validate (error->message, -1, NULL))
    zt_fuzz_fail ("an error message that is not UTF-8", what);
}

/* What the API shows of a service reads back as the same service, and hides its secrets. */
static void
check_service (ZtService *svc)
{
  g_autoptr(JsonNode) shown = zt_service_to_json (svc, TRUE);
  g_autoptr(JsonNode) hidden = zt_service_to_json (svc, FALSE);
  g_autoptr(JsonNode) again_shown = NULL;
  g_autoptr(ZtService) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = to_text (shown);
  JsonObject *h = json_node_get_object (hidden);

  if (!zt_service_name_valid (svc->name))
    zt_fuzz_fail ("a service with an invalid name", svc->name);
  again = zt_service_new_from_json (json_node_get_object (shown), &error);
  if (again == NULL)
    zt_fuzz_fail ("a service's own JSON is refused", error->message);
  again_shown = zt_service_to_json (again, TRUE);
  if (!json_node_equal (shown, again_shown))
    zt_fuzz_fail ("a service's own JSON reads back as another service", text);

  if (json_object_has_member (h, "upstream_token"))
    zt_fuzz_fail ("the upstream token is shown", text);
  /* (only a stdio service shows its environment at all) */
  for (guint i = 0; svc->env && json_object_has_member (h, "env") && svc->env[i]; i++)
    {
      JsonArray *env = json_object_get_array_member (h, "env");
      const char *entry = json_array_get_string_element (env, i);
      gsize key = strchr (svc->env[i], '=') - svc->env[i];

      if (strncmp (entry, svc->env[i], key + 1) != 0 || strcmp (entry + key + 1, "***") != 0)
        zt_fuzz_fail ("an environment value is shown", entry);
    }
}

/* PATCH /api/v1/services/NAME as the agent does it: the update is tried on a copy, and once
 * the copy took it the live service takes it too (the agent aborts if not). */
static void
check_patch (const char *base_json,
             JsonObject *body)
{
  static const char * const read_only[] = { "state", "sessions", "last_error", "endpoint", "sse_endpoint",
                                            "has_upstream_token", NULL };
  g_autoptr(JsonObject) base_obj = zt_json_parse_object_strict (base_json, strlen (base_json), NULL, NULL);
  g_autoptr(ZtService) live = zt_service_new_from_json (base_obj, NULL);
  g_autoptr(JsonNode) copy_json = zt_service_to_json (live, TRUE);
  g_autoptr(ZtService) copy = zt_service_new_from_json (json_node_get_object (copy_json), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) live_error = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;

  g_assert (live != NULL && copy != NULL);
  for (guint i = 0; read_only[i]; i++)
    json_object_remove_member (body, read_only[i]);
  if (json_object_has_member (body, "name") && g_strcmp0 (zt_json_get_string (body, "name"), live->name) != 0)
    return;  /* "a service cannot be renamed" */
  if (!zt_service_update_from_json (copy, body, &error))
    {
      check_refusal (error, "PATCH refused for another reason than the request");
      return;
    }
  if (!zt_service_update_from_json (live, body, &live_error))
    zt_fuzz_fail ("the live service refuses an update its copy took", live_error->message);
  a = zt_service_to_json (copy, TRUE);
  b = zt_service_to_json (live, TRUE);
  if (!json_node_equal (a, b))
    zt_fuzz_fail ("the live service and its copy differ after one update", NULL);
  check_service (live);
}

/* Byte 0: 0 mod 4, a POST /api/v1/services body; otherwise a PATCH of one of @bases. The
 * rest is the body. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize len, i = 0;
  gboolean strict;

  zt_fuzz_watch_log (NULL);
  if (size < 1)
    return 0;
  text = (const char *) data + 1;
  len = size - 1;

  /* The body parse takes exactly strict JSON (1 MiB, 32 levels) whose value is an object and
   * none of whose strings holds an escaped U+0000 (json-glib would cut it short: refused by
   * design, with what to do), and no object of which has a member name twice. */
  body = _zt_agent_parse_json_body (len ? text : NULL, len, &error);
  while (i < len && strchr (" \t\r\n", text[i]) != NULL && text[i] != '\0')
    i++;
  if (len <= 1024 * 1024 && zt_ref_utf8 (text, len))
    {
      ZtRef ref = zt_ref_check (text, len, 32, TRUE);

      strict = ref.verdict == ZT_REF_OK && !ref.nul_escape && !ref.dup_name && i < len && text[i] == '{';
    }
  else
    strict = FALSE;
  if (body != NULL && !strict)
    zt_fuzz_fail ("a body that is not a strict JSON object was taken", NULL);
  if (body == NULL && strict)
    zt_fuzz_fail ("a strict JSON object refused as a body", error->message);
  if (body == NULL)
    {
      check_refusal (error, "body refused for another reason than the request");
      return 0;
    }

  if (data[0] % 4 == 0)
    {
      g_autoptr(GError) svc_error = NULL;
      g_autoptr(ZtService) svc = zt_service_new_from_json (body, &svc_error);

      if (svc == NULL)
        check_refusal (svc_error, "POST refused for another reason than the request");
      else
        check_service (svc);
    }
  else
    check_patch (bases[data[0] % 4 - 1], body);
  return 0;
}
