/* zt-agent-api.c: the REST API (/api/v1): services, status, the OpenAPI document, routing */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <glib/gstdio.h>
#include <gnutls/crypto.h>
#include <libsoup/soup.h>
#include <string.h>
#include <unistd.h>

#include "zt-agent.h"
#include "zt-agent-private.h"
#include "zt-core-resources.h"
#include "zt-error.h"
#include "zt-scan-filter.h"
#include "zt-session.h"
#include "zt-sse.h"
#include "zt-store.h"
#include "zt-subject.h"
#include "zt-util.h"
#include "zt-ca.h"
#include "zt-keystore.h"
#include "zt-line-stream.h"

/* ---------------------------------------------------------------------------------------- */
/* REST API                                                                                 */

JsonObject *
_zt_agent_parse_json_body (const char  *data,
                           gsize        len,
                           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  ZtLimits limits = { API_BODY_LIMIT, 32 };

  if ((root = zt_json_parse_strict (data, len, &limits, &local_error)) == NULL)
    {
      g_set_error (error, ZT_ERROR, local_error->domain == ZT_ERROR ? local_error->code : ZT_ERROR_PARSE,
                   "request body is not valid JSON: %s", local_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST, "request body must be a JSON object");
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

JsonObject *
_zt_agent_read_json_body (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  JsonObject *object = _zt_agent_parse_json_body (data, len, &error);

  if (object == NULL)
    {
      guint status = zt_error_to_http (error);

      _zt_agent_reply_error (msg, status, _zt_agent_http_error_code (status), "%s", error->message);
    }
  return object;
}


static JsonNode *
service_json (ZtAgent   *self,
              ZtService *service)
{
  JsonNode *node = zt_service_to_json (service, FALSE);
  JsonObject *o = json_node_get_object (node);
  g_autofree char *url = g_strdup_printf ("%s/mcp/%s", self->url, service->name);
  g_autofree char *sse = g_strdup_printf ("%s/sse/%s", self->url, service->name);

  guint sessions = _zt_agent_count_sessions (self, service->name);
  const char *last_error = NULL;

  if (service->llm)
    {
      g_autofree char *base = g_strdup_printf ("%s/llm/%s/v1", self->url, service->name);

      json_object_set_string_member (o, "endpoint", base);
    }
  else
    {
      json_object_set_string_member (o, "endpoint", url);
      json_object_set_string_member (o, "sse_endpoint", sse);
    }
  json_object_set_int_member (o, "sessions", sessions);
  json_object_set_string_member (o, "state", _zt_agent_service_state (self, service, sessions, &last_error));
  if (last_error != NULL)
    json_object_set_string_member (o, "last_error", last_error);
  return node;
}

JsonNode *
_zt_agent_services_json (ZtAgent *self)
{
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  JsonArray *a = json_array_new ();
  g_autoptr(GList) names = g_list_sort (g_hash_table_get_keys (self->services), (GCompareFunc) strcmp);

  for (GList *l = names; l; l = l->next)
    json_array_add_element (a, service_json (self, g_hash_table_lookup (self->services, l->data)));
  json_object_set_array_member (o, "services", a);
  json_node_take_object (root, o);
  return root;
}

/* Whether an update changed what an upstream is made from (not limits, exports or auth). */
static gboolean
upstream_changed (JsonObject *before,
                  ZtService  *after)
{
  static const char *keys[] = { "kind", "command", "env", "secret_env", "cwd", "url", "era", "shared", "upstream_token",
                                "peer", "remote", NULL };
  g_autoptr(JsonNode) now = zt_service_to_json (after, TRUE);

  for (guint i = 0; keys[i]; i++)
    {
      JsonNode *a = json_object_get_member (before, keys[i]);
      JsonNode *b = json_object_get_member (json_node_get_object (now), keys[i]);

      if ((a == NULL) != (b == NULL) || (a != NULL && !json_node_equal (a, b)))
        return TRUE;
    }
  return FALSE;
}


/* A stdio service's program must exist where the agent would start it (its PATH, or the
 * service's directory for a relative path): a missing one is said at once, not as a failed
 * session later. */
static gboolean
check_program (ZtService   *service,
               const char **field,
               GError     **error)
{
  g_autofree char *path = NULL;
  const char *prog;

  if (service->kind != ZT_SERVICE_STDIO || service->argv == NULL || service->argv[0] == NULL)
    return TRUE;
  /* the directory it starts in, and a relative program is found from */
  *field = "cwd";
  if (service->cwd != NULL && (!g_path_is_absolute (service->cwd) || !g_file_test (service->cwd, G_FILE_TEST_IS_DIR)))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the working directory %s is not a folder on this computer; give the full path of one",
                   service->cwd);
      return FALSE;
    }
  *field = "command";
  prog = service->argv[0];
  if (strchr (prog, '/') != NULL)
    path = g_path_is_absolute (prog) || service->cwd == NULL ? g_strdup (prog)
                                                             : g_build_filename (service->cwd, prog, NULL);
  else
    path = g_find_program_in_path (prog);
  if (path == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the program %s was not found in the agent's PATH; install it, or give its full path", prog);
      return FALSE;
    }
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the program %s does not exist; check the path, or install it", path);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR) || !g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "%s is not a program this agent may run (not an executable file); check the path, or `chmod +x` it",
                   path);
      return FALSE;
    }
  return TRUE;
}

/* An error answer naming the member of the body it is about (the app marks that field). */
static void
reply_field_error (SoupServerMessage *msg,
                   const GError      *error,
                   const char        *field)
{
  guint status = zt_error_to_http (error);
  g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new (), *e = json_object_new ();

  json_object_set_string_member (e, "code", _zt_agent_http_error_code (status));
  json_object_set_string_member (e, "message", error->message);
  if (field != NULL)
    json_object_set_string_member (e, "field", field);
  json_object_set_object_member (o, "error", e);
  json_node_take_object (out, o);
  _zt_agent_reply_json (msg, status, out);
}

/* Which member of a refused update is wrong: each editable one is tried alone on a copy. */
static const char *
blame (ZtService  *service,
       JsonObject *body)
{
  static const char *fields[] = { "command", "env", "secret_env", "cwd", "url", "scan_rules", NULL };

  for (guint i = 0; fields[i]; i++)
    {
      g_autoptr(JsonNode) copy = NULL;
      g_autoptr(ZtService) probe = NULL;
      g_autoptr(JsonObject) one = NULL;

      if (!json_object_has_member (body, fields[i]))
        continue;
      copy = zt_service_to_json (service, TRUE);
      if ((probe = zt_service_new_from_json (json_node_get_object (copy), NULL)) == NULL)
        return NULL;
      one = json_object_new ();
      json_object_set_member (one, fields[i], json_node_copy (json_object_get_member (body, fields[i])));
      if (!zt_service_update_from_json (probe, one, NULL))
        return fields[i];
    }
  return NULL;
}

/* GET ?reveal=env: the values of its plain variables, for the app's Edit dialog (secret
 * ones are never shown: only their names). */
static gboolean
wants_plain_env (SoupServerMessage *msg)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autoptr(GHashTable) params = query ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL) : NULL;

  return params != NULL && g_strcmp0 (g_hash_table_lookup (params, "reveal"), "env") == 0;
}

/* Takes back every entry accepted under @key (of the service @name, removed or pointed at
 * another server: tools, prompts, resources, instructions), in the store and in the scan filter
 * at once, and says so in the log. */
static void
forget_accepted (ZtAgent    *self,
                 const char *name,
                 const char *key)
{
  g_autoptr(JsonArray) had = self->store ? zt_store_scan_accepted_list (self->store, key) : NULL;
  g_autoptr(GError) error = NULL;

  if (had == NULL || json_array_get_length (had) == 0)
    return;
  if (!zt_store_scan_accepted_forget (self->store, key, &error))
    g_warning ("service %s: what was accepted of it was not taken back: %s", name, error->message);
  else
    g_message ("service %s: %u accepted entr%s taken back with the server they were accepted for",
               name, json_array_get_length (had), json_array_get_length (had) == 1 ? "y" : "ies");
  zt_scan_filter_accepted_changed (self->scan_filter, name);
}

static void
api_services (ZtAgent           *self,
              SoupServerMessage *msg,
              const char        *method,
              const char        *name)
{
  g_autoptr(GError) error = NULL;

  if (name == NULL && strcmp (method, "GET") == 0)
    {
      g_autoptr(JsonNode) root = _zt_agent_services_json (self);
      _zt_agent_reply_json (msg, 200, root);
    }
  else if (name == NULL && strcmp (method, "POST") == 0)
    {
      g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
      g_autoptr(ZtService) service = NULL;
      g_autoptr(JsonNode) out = NULL;
      g_autoptr(GHashTable) secrets = NULL;
      const char *field = NULL;

      if (body == NULL)
        return;
      if (!_zt_agent_llm_take_key (self, zt_json_get_string (body, "name"), body, &error))
        return _zt_agent_reply_gerror (msg, error);
      if (!_zt_agent_secret_env_take (self, NULL, body, &secrets, &error))
        return reply_field_error (msg, error, "secret_env");
      service = zt_service_new_from_json (body, &error);
      if (service == NULL || !_zt_agent_llm_check_key (self, service, &error))
        return _zt_agent_reply_gerror (msg, error);
      if (!check_program (service, &field, &error))
        return reply_field_error (msg, error, field);
      /* an import of what the hub lists as a model service is one (the app, the CLI) */
      if (service->kind == ZT_SERVICE_MESH && !json_object_has_member (body, "api"))
        service->llm = _zt_agent_llm_peer_lists (self, service->peer, service->remote);
      if (g_str_has_prefix (service->name, ZT_RESERVED_PREFIX))
        return _zt_agent_reply_error (msg, 400, "invalid_request", "service names starting with \"%s\" are reserved "
                                      "for the agent's own use; choose another name", ZT_RESERVED_PREFIX);
      if (g_hash_table_contains (self->services, service->name) && service->kind == ZT_SERVICE_MESH)
        return _zt_agent_reply_error (msg, 409, "conflict",
                                      "a service named %s exists here; import %s/%s under another name with "
                                      "`zt4mcp service import %s/%s --as NEWNAME`", service->name, service->peer,
                                      service->remote, service->peer, service->remote);
      if (g_hash_table_contains (self->services, service->name))
        return _zt_agent_reply_error (msg, 409, "conflict",
                                      "a service named %s exists; remove it first (`zt4mcp service remove %s`), "
                                      "or change it with `zt4mcp service update %s`",
                                      service->name, service->name, service->name);
      if (!_zt_agent_secret_env_store (self, service->name, secrets, &error))
        return reply_field_error (msg, error, "secret_env");
      if (!zt_store_put_service (self->store, service, &error))
        return _zt_agent_reply_gerror (msg, error);
      g_hash_table_insert (self->services, g_strdup (service->name), zt_service_ref (service));
      g_message ("service %s added (%s)", service->name, zt_service_kind_to_string (service->kind));
      if (json_object_has_member (body, "export_to") && !_zt_agent_policy_sync_exports (self, service, &error))
        g_warning ("service %s: its export's grants were not made: %s", service->name, error->message);
      _zt_agent_announce_exports (self);
      _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
      out = service_json (self, service);
      _zt_agent_reply_json (msg, 201, out);
    }
  else if (name != NULL)
    {
      ZtService *service = g_hash_table_lookup (self->services, name);

      if (service == NULL)
        return _zt_agent_reply_error (msg, 404, "not_found", "no service named %s; `zt4mcp service list` shows them", name);

      if (strcmp (method, "GET") == 0)
        {
          g_autoptr(JsonNode) out = service_json (self, service);

          if (service->env != NULL && wants_plain_env (msg))
            {
              g_autoptr(JsonNode) plain = zt_service_to_json (service, TRUE);

              json_object_set_member (json_node_get_object (out), "env",
                                      json_node_copy (json_object_get_member (json_node_get_object (plain), "env")));
            }
          _zt_agent_reply_json (msg, 200, out);
        }
      else if (strcmp (method, "PATCH") == 0)
        {
          g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
          g_autoptr(JsonNode) copy_json = NULL;
          g_autoptr(ZtService) updated = NULL;
          g_autoptr(JsonNode) out = NULL;
          gboolean was_enabled = service->enabled;
          const char *read_only[] = { "state", "sessions", "last_error", "endpoint", "sse_endpoint",
                                      "has_upstream_token", NULL };
          g_autoptr(GHashTable) secrets = NULL;
          g_auto(GStrv) secret_before = NULL;
          const char *field = NULL;
          g_autofree char *key_before = NULL;
          g_autofree char *key_after = NULL;

          if (body == NULL)
            return;
          /* what GET shows can be sent back as it is */
          for (guint i = 0; read_only[i]; i++)
            json_object_remove_member (body, read_only[i]);
          if (json_object_has_member (body, "name") &&
              g_strcmp0 (zt_json_get_string (body, "name"), name) != 0)
            return _zt_agent_reply_error (msg, 400, "invalid_request", "a service cannot be renamed");
          if (service->kind == ZT_SERVICE_LLM && !_zt_agent_llm_take_key (self, name, body, &error))
            return _zt_agent_reply_gerror (msg, error);
          if (!_zt_agent_secret_env_take (self, service, body, &secrets, &error))
            return reply_field_error (msg, error, "secret_env");
          /* update a copy, so a failed update changes nothing */
          copy_json = zt_service_to_json (service, TRUE);
          updated = zt_service_new_from_json (json_node_get_object (copy_json), &error);
          if (updated == NULL || !zt_service_update_from_json (updated, body, &error))
            return reply_field_error (msg, error, blame (service, body));
          if (!_zt_agent_llm_check_key (self, updated, &error))
            return _zt_agent_reply_gerror (msg, error);
          if ((json_object_has_member (body, "command") || json_object_has_member (body, "cwd")) &&
              !check_program (updated, &field, &error))
            return reply_field_error (msg, error, field);
          /* the values first: a config naming a secret the key store does not hold would fail */
          if (!_zt_agent_secret_env_store (self, name, secrets, &error))
            return reply_field_error (msg, error, "secret_env");
          if (!zt_store_put_service (self->store, updated, &error))
            return _zt_agent_reply_gerror (msg, error);
          secret_before = g_strdupv (service->secret_env);
          key_before = zt_service_pin_key (service);
          /* The live service is changed in place, not replaced: its sessions hold it, and
           * keep working (a replaced object made every one of them "not found" while their
           * processes ran on). Limits, exports and auth apply at once; a new command, URL or
           * environment applies to the sessions opened from now on. */
          {
            g_autoptr(JsonNode) before = zt_service_to_json (service, TRUE);
            guint open = _zt_agent_count_sessions (self, name);

            if (!zt_service_update_from_json (service, body, &error))
              g_error ("service %s took an update its copy had taken: %s", name, error->message);  /* cannot happen */
            if (open > 0 && upstream_changed (json_node_get_object (before), updated))
              _zt_agent_service_log (self, name, "updated: %u open session(s) keep the previous upstream until "
                                     "they end; restart the service to end them now", open);
          }
          /* another command or URL is another server: what the owner accepted of the old one's
           * tools is taken back (the rows would come back to life if the old one returned) */
          key_after = zt_service_pin_key (service);
          if (strcmp (key_before, key_after) != 0)
            forget_accepted (self, name, key_before);
          if (json_object_has_member (body, "secret_env"))
            _zt_agent_secret_env_drop (self, name, secret_before, service->secret_env);
          if (was_enabled && !updated->enabled)
            {
              _zt_agent_close_service_sessions (self, name);
              _zt_agent_service_log (self, name, "stopped by the user");
            }
          else if (!was_enabled && updated->enabled)
            _zt_agent_service_log (self, name, "started again by the user");
          /* an export list offers the service, and grants all of it to each member it names */
          if (json_object_has_member (body, "export_to") && !_zt_agent_policy_sync_exports (self, service, &error))
            return _zt_agent_reply_gerror (msg, error);
          _zt_agent_announce_exports (self);
          _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
          out = service_json (self, updated);
          _zt_agent_reply_json (msg, 200, out);
        }
      else if (strcmp (method, "DELETE") == 0)
        {
          g_autofree char *gone = g_strdup (name);  /* @name may be the table's key */
          g_autofree char *key = zt_service_pin_key (service);

          if (!zt_store_delete_service (self->store, gone, &error))
            return _zt_agent_reply_gerror (msg, error);
          _zt_agent_close_service_sessions (self, gone);
          _zt_agent_secret_env_drop (self, gone, service->secret_env, NULL);
          g_hash_table_remove (self->services, gone);
          if (!zt_store_delete_export_grants (self->store, gone, &error))
            g_warning ("service %s: its export's grants were not removed: %s", gone, error->message);
          g_clear_error (&error);
          _zt_agent_policy_reload (self);
          {
            g_autofree char *importer = g_strconcat ("importer:", gone, NULL);
            g_autofree char *exporter = g_strconcat ("exporter:", gone, NULL);

            g_hash_table_remove (self->chains, importer);
            g_hash_table_remove (self->chains, exporter);
          }
          _zt_agent_service_forget (self, gone);
          _zt_agent_clients_drop_service (self, gone);
          /* a service added again under the name starts with nothing accepted */
          forget_accepted (self, gone, key);
          g_message ("service %s removed", gone);
          _zt_agent_announce_exports (self);
          _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
          soup_server_message_set_status (msg, 204, NULL);
        }
      else
        _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET, PATCH or DELETE on a service");
    }
  else
    _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET or POST on /api/v1/services");
}

/* POST /services/NAME/restart, GET /services/NAME/log */
static void
api_service_action (ZtAgent           *self,
                    SoupServerMessage *msg,
                    const char        *method,
                    const char        *name,
                    const char        *action)
{
  ZtService *service = g_hash_table_lookup (self->services, name);
  gboolean restart = strcmp (action, "restart") == 0;

  if (service == NULL)
    return _zt_agent_reply_error (msg, 404, "not_found", "no service named %s; `zt4mcp service list` shows them", name);
  if (strcmp (method, restart ? "POST" : "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", restart ? "use POST" : "use GET");
  if (strcmp (action, "tools") == 0)
    return _zt_agent_api_service_tools (self, msg, service);
  if (!restart)
    return _zt_agent_api_service_log (self, msg, service->name);
  _zt_agent_close_service_sessions (self, service->name);
  _zt_agent_service_set_failing (self, service->name, NULL);
  _zt_agent_service_log (self, service->name, "restarted by the user: its sessions were closed");
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
  soup_server_message_set_status (msg, 204, NULL);
}
static void
api_status (ZtAgent           *self,
            SoupServerMessage *msg)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  JsonArray *sessions = json_array_new ();
  GHashTableIter iter;
  ZtSession *session;

  json_object_set_string_member (o, "version", PACKAGE_VERSION);
  json_object_set_string_member (o, "url", self->url);
  json_object_set_string_member (o, "home", self->home);
  json_object_set_int_member (o, "pid", getpid ());
  json_object_set_int_member (o, "uptime", (g_get_monotonic_time () - self->started) / G_USEC_PER_SEC);
  json_object_set_int_member (o, "services", g_hash_table_size (self->services));
  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &session))
    {
      JsonObject *s = json_object_new ();
      g_autofree char *short_id = g_strndup (zt_session_get_id (session), 8);

      json_object_set_string_member (s, "id", short_id);
      json_object_set_string_member (s, "service", zt_session_get_service (session)->name);
      if (zt_session_get_client_name (session))
        json_object_set_string_member (s, "client", zt_session_get_client_name (session));
      if (zt_session_get_protocol_version (session))
        json_object_set_string_member (s, "protocol_version", zt_session_get_protocol_version (session));
      json_object_set_int_member (s, "in_flight", zt_session_get_n_pending (session));
      json_array_add_object_element (sessions, s);
    }
  json_object_set_array_member (o, "sessions", sessions);
  json_node_take_object (root, o);
  _zt_agent_reply_json (msg, 200, root);
}

static void
api_openapi (ZtAgent           *self,
             SoupServerMessage *msg)
{
  g_autoptr(GBytes) doc = g_resource_lookup_data (zt_core_get_resource (), "/io/github/zt4mcp/core/openapi.json",
                                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize len;
  const char *data;

  if (doc == NULL)
    return _zt_agent_reply_error (msg, 500, "internal", "the OpenAPI document is missing from this build");
  data = g_bytes_get_data (doc, &len);
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, data, len);
}

void
_zt_agent_handle_api (ZtAgent           *self,
                      SoupServerMessage *msg,
                      const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  g_auto(GStrv) parts = NULL;
  guint n;

  if (!_zt_agent_api_authenticate (self, msg))
    return;

  /* "/api/v1/services/NAME" -> "", "api", "v1", "services", "NAME" */
  parts = g_strsplit (path, "/", -1);
  n = g_strv_length (parts);
  while (n > 0 && parts[n - 1][0] == '\0')
    n--;

  if (n < 4)
    return _zt_agent_reply_error (msg, 404, "not_found", "no such API path; see /api/v1/openapi.json");

  if (n == 4 && strcmp (parts[3], "status") == 0 && strcmp (method, "GET") == 0)
    api_status (self, msg);
  else if (n == 4 && strcmp (parts[3], "openapi.json") == 0 && strcmp (method, "GET") == 0)
    api_openapi (self, msg);
  else if (strcmp (parts[3], "services") == 0 && n <= 5)
    api_services (self, msg, method, n == 5 ? parts[4] : NULL);
  else if (strcmp (parts[3], "services") == 0 && n == 6 &&
           (strcmp (parts[5], "restart") == 0 || strcmp (parts[5], "log") == 0 || strcmp (parts[5], "tools") == 0))
    api_service_action (self, msg, method, parts[4], parts[5]);
  else if (strcmp (parts[3], "services") == 0 && (n == 6 || (n == 7 && strcmp (parts[6], "approve") == 0)) &&
           strcmp (parts[5], "pins") == 0)
    {
      ZtService *service = g_hash_table_lookup (self->services, parts[4]);

      if (service == NULL)
        _zt_agent_reply_error (msg, 404, "not_found", "no service named %s; `zt4mcp service list` shows them", parts[4]);
      else
        _zt_agent_api_service_pins (self, msg, method, service, n == 7);
    }
  else if (strcmp (parts[3], "services") == 0 && n == 7 && strcmp (parts[5], "tools") == 0 &&
           strcmp (parts[6], "accept") == 0)
    {
      ZtService *service = g_hash_table_lookup (self->services, parts[4]);

      if (service == NULL)
        _zt_agent_reply_error (msg, 404, "not_found", "no service named %s; `zt4mcp service list` shows them", parts[4]);
      else
        _zt_agent_api_service_accept (self, msg, method, service);
    }
  else if (strcmp (parts[3], "services") == 0 && n == 7 && strcmp (parts[5], "tools") == 0 && strcmp (parts[6], "call") == 0)
    _zt_agent_api_service_tool_call (self, msg, method, parts[4]);
  else if (strcmp (parts[3], "mesh") == 0 && (n == 4 || (n == 5 && strcmp (parts[4], "reload") == 0)))
    _zt_agent_api_mesh (self, msg, method, n == 5);
  else if (strcmp (parts[3], "mesh") == 0 && n == 5 &&
           (strcmp (parts[4], "join") == 0 || strcmp (parts[4], "create") == 0 || strcmp (parts[4], "invite") == 0))
    {
      if (strcmp (method, "POST") != 0)
        _zt_agent_reply_error (msg, 405, "method_not_allowed", "use POST");
      else if (strcmp (parts[4], "join") == 0)
        _zt_agent_api_mesh_join (self, msg);
      else if (strcmp (parts[4], "create") == 0)
        _zt_agent_api_mesh_create (self, msg);
      else
        _zt_agent_api_mesh_invite (self, msg);
    }
  else if (n >= 5 && strcmp (parts[3], "mesh") == 0 && strcmp (parts[4], "hub") == 0 &&
           (n == 5 || (n == 7 && (strcmp (parts[5], "members") == 0 || strcmp (parts[5], "invitations") == 0))))
    _zt_agent_api_mesh_hub (self, msg, method, n == 7 ? parts[5] : NULL, n == 7 ? parts[6] : NULL);
  else if (n == 4 && strcmp (parts[3], "events") == 0)
    {
      if (strcmp (method, "GET") != 0)
        _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET");
      else
        _zt_agent_events_handle (self, msg);
    }
  else if (strcmp (parts[3], "peers") == 0 && n == 5)
    _zt_agent_api_peers (self, msg, method, parts[4]);
  else if ((strcmp (parts[3], "policy") == 0 && n <= 6) || (strcmp (parts[3], "access") == 0 && n <= 6))
    (parts[3][0] == 'p' ? _zt_agent_api_policy : _zt_agent_api_access) (self, msg, method, parts, n);
  else if (strcmp (parts[3], "audit") == 0 && n <= 5)
    _zt_agent_api_audit (self, msg, method, n == 5 ? parts[4] : NULL);
  else if (strcmp (parts[3], "clients") == 0 && n <= 5)
    _zt_agent_api_clients (self, msg, method, n == 5 ? parts[4] : NULL);
  else if (n == 4 && (strcmp (parts[3], "status") == 0 || strcmp (parts[3], "openapi.json") == 0))
    _zt_agent_reply_error (msg, 405, "method_not_allowed", "only GET is allowed here");
  else
    _zt_agent_reply_error (msg, 404, "not_found", "no such API path; see /api/v1/openapi.json");
}
