/* zt-agent-auth.c: the agent's front door: tokens and their roles, client tokens, Host/Origin checks */
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
#include "zt-session.h"
#include "zt-sse.h"
#include "zt-store.h"
#include "zt-subject.h"
#include "zt-util.h"
#include "zt-ca.h"
#include "zt-keystore.h"
#include "zt-line-stream.h"

/* ---------------------------------------------------------------------------------------- */
/* Authentication and request checks                                                        */

void
_zt_agent_sha256 (const char *text,
                  guint8      out[32])
{
  gnutls_hash_fast (GNUTLS_DIG_SHA256, text, strlen (text), out);
}

char *
_zt_agent_sha256_hex (const char *text)
{
  return zt_sha256_hex (text, -1);
}

char *
_zt_agent_random_token (void)
{
  guint8 buf[32];

  if (gnutls_rnd (GNUTLS_RND_KEY, buf, sizeof buf) != 0)
    g_error ("no randomness available");
  return g_base64_encode (buf, sizeof buf);
}

/* Tokens have roles: the local token in api.json administers the agent (the REST API);
 * a client token reaches only the MCP endpoints of the services it may use. Returns the
 * role of the request's bearer token; *client is set for a client token. */

ZtTokenRole
_zt_agent_authenticate (ZtAgent               *self,
                        SoupServerMessage     *msg,
                        const ZtClientRecord **client)
{
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                   "Authorization");
  guint8 digest[32];
  g_autofree char *hex = NULL;
  ZtClientRecord *r;
  gint64 now;

  if (client)
    *client = NULL;
  if (auth == NULL || g_ascii_strncasecmp (auth, "Bearer ", 7) != 0)
    return ZT_TOKEN_NONE;
  auth += 7;
  while (*auth == ' ')
    auth++;

  _zt_agent_sha256 (auth, digest);
  if (zt_secure_equal (digest, self->token_digest, sizeof digest))
    return ZT_TOKEN_ADMIN;
  /* client tokens are looked up by their hash: equal hashes mean equal tokens */
  hex = _zt_agent_sha256_hex (auth);
  r = g_hash_table_lookup (self->client_hashes, hex);
  if (r == NULL)
    return ZT_TOKEN_NONE;
  /* the last use, for the list of apps with access; written at most once a minute */
  now = g_get_real_time () / G_USEC_PER_SEC;
  r->last_used = now;
  if (now - r->last_used_saved >= 60)
    {
      g_autoptr(GError) error = NULL;

      r->last_used_saved = now;
      if (!zt_store_touch_client (self->store, r->name, now, &error))
        g_warning ("client %s: its last use was not recorded: %s", r->name, error->message);
    }
  if (client)
    *client = r;
  return ZT_TOKEN_CLIENT;
}

gboolean
_zt_agent_client_may_use (const ZtClientRecord *client,
                          const char           *service)
{
  return client->services == NULL || g_strv_contains ((const char * const *) client->services, service);
}

/* Whether @session may be used by @subject: sessions are bound to their token. */
gboolean
_zt_agent_session_usable (ZtSession  *session,
                          ZtService  *service,
                          ZtSubject  *subject)
{
  return session != NULL && zt_session_get_service (session) == service &&
         zt_subject_equal (zt_session_get_subject (session), subject);
}

static gboolean
is_loopback_name (const char *host)
{
  return g_ascii_strcasecmp (host, "localhost") == 0 || strcmp (host, "127.0.0.1") == 0 ||
         strcmp (host, "::1") == 0 || strcmp (host, "[::1]") == 0;
}

gboolean
_zt_agent_remote_is_loopback (SoupServerMessage *msg)
{
  GSocketAddress *addr = soup_server_message_get_remote_address (msg);

  return G_IS_INET_SOCKET_ADDRESS (addr) &&
         g_inet_address_get_is_loopback (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (addr)));
}


/* /NAME/mcp is /mcp/NAME: tools such as the MCP inspector take a URL that ends in /mcp for
 * streamable HTTP. Returns the path to route @path by (@path itself, or a new string in
 * @canonical); the prefixes of the agent's own endpoints are never service names here. */
const char *
_zt_agent_route_path (const char *path,
                      char      **canonical)
{
  static const char *own[] = { "mcp", "sse", "llm", "api", NULL };
  const char *slash;
  g_autofree char *name = NULL;

  *canonical = NULL;
  if (path == NULL || path[0] != '/' || (slash = strchr (path + 1, '/')) == NULL || slash == path + 1)
    return path;
  if (strcmp (slash, "/mcp") != 0 && strcmp (slash, "/mcp/") != 0)
    return path;
  name = g_strndup (path + 1, slash - path - 1);
  if (g_strv_contains (own, name))
    return path;
  *canonical = g_strconcat ("/mcp/", name, NULL);
  return *canonical;
}

/* The service a request to /mcp/NAME or /sse/NAME is for, if there is one (nothing is
 * checked: for telling a refusal's observers which service it concerned). */
ZtService *
_zt_agent_service_of_request (ZtAgent           *self,
                              SoupServerMessage *msg)
{
  GUri *uri = soup_server_message_get_uri (msg);  /* NULL before the request line is read */
  g_autofree char *canonical = NULL;
  const char *path = _zt_agent_route_path (uri ? g_uri_get_path (uri) : NULL, &canonical);
  g_autofree char *name = NULL;

  if (path == NULL || (!g_str_has_prefix (path, "/mcp/") && !g_str_has_prefix (path, "/sse/") &&
                       !g_str_has_prefix (path, "/llm/")))
    return NULL;
  path += strlen ("/mcp/");
  name = g_strndup (path, strcspn (path, "/"));
  return g_hash_table_lookup (self->services, name);
}

/* A refusal at the front door, told to the observers of the service's chain. */
void
_zt_agent_front_door_refused (ZtAgent           *self,
                              SoupServerMessage *msg,
                              const char        *rule,
                              const char        *reason)
{
  ZtService *service = _zt_agent_service_of_request (self, msg);

  if (service != NULL)
    _zt_agent_report_refusal (self, service, ZT_SIDE_IMPORTER, NULL, rule, reason);
}

/* DNS rebinding defence: the Host must name this agent, and a browser's Origin must be a
 * loopback page. Applies to every endpoint, whatever the authentication. */
gboolean
_zt_agent_check_host_origin (ZtAgent           *self,
                             SoupServerMessage *msg)
{
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *host = soup_message_headers_get_one (h, "Host");
  const char *origin = soup_message_headers_get_one (h, "Origin");
  g_autofree char *hostname = NULL;

  if (host == NULL)
    {
      _zt_agent_reply_error (msg, 403, "forbidden", "missing Host header");
      _zt_agent_front_door_refused (self, msg, "host-origin", "missing Host header");
      return FALSE;
    }
  {
    const char *colon = host[0] == '[' ? strstr (host, "]:") : strrchr (host, ':');
    hostname = colon ? g_strndup (host, colon - host + (host[0] == '[' ? 1 : 0)) : g_strdup (host);
  }
  if (!is_loopback_name (hostname) && g_ascii_strcasecmp (hostname, self->host) != 0)
    {
      _zt_agent_reply_error (msg, 403, "forbidden",
                             "Host \"%s\" is not this agent; only loopback names are accepted (DNS rebinding defence)",
                             host);
      _zt_agent_front_door_refused (self, msg, "host-origin", "a Host that is not this agent");
      return FALSE;
    }

  if (origin != NULL && strcmp (origin, "null") != 0)
    {
      g_autoptr(GUri) uri = g_uri_parse (origin, G_URI_FLAGS_NONE, NULL);

      if (uri == NULL || g_uri_get_host (uri) == NULL || !is_loopback_name (g_uri_get_host (uri)))
        {
          _zt_agent_reply_error (msg, 403, "forbidden",
                                 "Origin \"%s\" may not use this agent; only pages served from loopback may", origin);
          _zt_agent_front_door_refused (self, msg, "host-origin", "an Origin that is not a loopback page");
          return FALSE;
        }
    }
  else if (origin != NULL)
    {
      _zt_agent_reply_error (msg, 403, "forbidden", "Origin \"null\" may not use this agent");
      _zt_agent_front_door_refused (self, msg, "host-origin", "Origin null");
      return FALSE;
    }
  return TRUE;
}


gboolean
_zt_agent_load_clients (ZtAgent *self,
                        GError **error)
{
  g_autoptr(GPtrArray) clients = zt_store_load_clients (self->store, error);

  if (clients == NULL)
    return FALSE;
  for (guint i = 0; i < clients->len; i++)
    {
      ZtClientRecord *r = g_ptr_array_index (clients, i);
      ZtClientRecord *before = g_hash_table_lookup (self->client_hashes, r->token_hash);

      /* a use not yet written to agent.db is not forgotten by a reload */
      if (before != NULL)
        r->last_used = MAX (r->last_used, before->last_used);
    }
  g_hash_table_remove_all (self->client_hashes);
  for (guint i = 0; i < clients->len; i++)
    {
      ZtClientRecord *r = g_ptr_array_index (clients, i);
      g_hash_table_insert (self->client_hashes, g_strdup (r->token_hash), r);
    }
  g_ptr_array_set_free_func (clients, NULL);  /* the records are the table's now */
  return TRUE;
}

/* A removed client token loses its sessions at once, not at their next idle reap. */
void
_zt_agent_close_client_sessions (ZtAgent    *self,
                                 const char *client)
{
  g_autoptr(ZtSubject) gone = zt_subject_new_client (client);
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  ZtSession *session;

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &session))
    if (zt_subject_equal (zt_session_get_subject (session), gone))
      g_ptr_array_add (doomed, g_object_ref (session));
  for (guint i = 0; i < doomed->len; i++)
    _zt_agent_close_session (self, g_ptr_array_index (doomed, i));
  if (doomed->len > 0)
    g_message ("closed %u session(s) of the removed client %s", doomed->len, client);
}

/* A revoked client: its sessions end now, and its grants go (a new token given the same
 * name later starts with nothing). */
static void
client_gone (ZtAgent    *self,
             const char *name)
{
  g_autofree char *subject = g_strconcat ("client:", name, NULL);

  g_autoptr(ZtSubject) who = zt_subject_new_client (name);

  _zt_agent_close_client_sessions (self, name);
  _zt_agent_llm_recheck (self, who);
  _zt_agent_policy_forget_subject (self, subject);
}

static int
client_by_name (gconstpointer a,
                gconstpointer b)
{
  const ZtClientRecord *ra = *(const ZtClientRecord * const *) a;
  const ZtClientRecord *rb = *(const ZtClientRecord * const *) b;

  return strcmp (ra->name, rb->name);
}

/* The client token with the id or the name @which; ids never look like names the API
 * accepts for new clients, so one cannot stand for the other. */
static ZtClientRecord *
find_client (ZtAgent    *self,
             const char *which)
{
  GHashTableIter iter;
  ZtClientRecord *r, *by_name = NULL;

  g_hash_table_iter_init (&iter, self->client_hashes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &r))
    {
      if (g_strcmp0 (r->id, which) == 0)
        return r;
      if (strcmp (r->name, which) == 0)
        by_name = r;
    }
  return by_name;
}

static gboolean
looks_like_client_id (const char *name)
{
  if (!g_str_has_prefix (name, "c-") || strlen (name) != 10)
    return FALSE;
  for (const char *p = name + 2; *p; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;
  return TRUE;
}

static JsonNode *
client_json (const ZtClientRecord *r)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *c = json_object_new ();

  json_object_set_string_member (c, "id", r->id ? r->id : "");
  json_object_set_string_member (c, "name", r->name);
  json_object_set_int_member (c, "created", r->created);
  if (r->last_used > 0)
    json_object_set_int_member (c, "last_used", r->last_used);
  else
    json_object_set_null_member (c, "last_used");
  if (r->services != NULL)
    {
      JsonArray *s = json_array_new ();

      for (guint j = 0; r->services[j]; j++)
        json_array_add_string_element (s, r->services[j]);
      json_object_set_array_member (c, "services", s);
    }
  else
    json_object_set_null_member (c, "services");
  json_node_take_object (node, c);
  return node;
}

void
_zt_agent_api_clients (ZtAgent           *self,
                       SoupServerMessage *msg,
                       const char        *method,
                       const char        *name)
{
  g_autoptr(GError) error = NULL;

  if (name == NULL && strcmp (method, "GET") == 0)
    {
      /* the live table: its last uses are newer than agent.db's */
      g_autoptr(GPtrArray) clients = g_ptr_array_new ();
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();
      JsonArray *a = json_array_new ();
      GHashTableIter iter;
      gpointer r;

      g_hash_table_iter_init (&iter, self->client_hashes);
      while (g_hash_table_iter_next (&iter, NULL, &r))
        g_ptr_array_add (clients, r);
      g_ptr_array_sort (clients, client_by_name);
      for (guint i = 0; i < clients->len; i++)
        json_array_add_element (a, client_json (g_ptr_array_index (clients, i)));
      json_object_set_array_member (o, "clients", a);
      json_node_take_object (root, o);
      _zt_agent_reply_json (msg, 200, root);
    }
  else if (name == NULL && strcmp (method, "POST") == 0)
    {
      g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
      g_autofree char *token = NULL;
      g_autofree char *hash = NULL;
      g_autofree char *id = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GPtrArray) services = NULL;
      JsonNode *list;
      JsonObject *o;
      const char *cname;

      if (body == NULL)
        return;
      cname = zt_json_get_string (body, "name");
      if (!zt_service_name_valid (cname) || strcmp (cname, "local") == 0 || strcmp (cname, "anonymous") == 0 ||
          looks_like_client_id (cname))
        return _zt_agent_reply_error (msg, 400, "invalid_request",
                                      "\"name\" must be 1-64 letters, digits, '-', '_' or '.' (not local, anonymous "
                                      "or the form c-XXXXXXXX of client ids)");
      /* "services": the services this token may use; absent or null: all of them */
      list = json_object_get_member (body, "services");
      if (list != NULL && !JSON_NODE_HOLDS_NULL (list))
        {
          if (!JSON_NODE_HOLDS_ARRAY (list) || json_array_get_length (json_node_get_array (list)) == 0)
            return _zt_agent_reply_error (msg, 400, "invalid_request",
                                          "\"services\" must be a non-empty array of service names, or null for all");
          services = g_ptr_array_new ();
          for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
            {
              JsonNode *e = json_array_get_element (json_node_get_array (list), i);
              const char *s = JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING
                              ? json_node_get_string (e) : NULL;

              if (s == NULL || g_hash_table_lookup (self->services, s) == NULL)
                return _zt_agent_reply_error (msg, 404, "not_found",
                                              "no service named %s; `zt4mcp service list` shows the configured ones",
                                              s ? s : "(not a string)");
              g_ptr_array_add (services, (gpointer) s);
            }
          g_ptr_array_add (services, NULL);
        }
      token = _zt_agent_random_token ();
      hash = _zt_agent_sha256_hex (token);
      if (!zt_store_add_client (self->store, cname, hash,
                                services ? (const char * const *) services->pdata : NULL, &id, &error))
        return _zt_agent_reply_gerror (msg, error);
      _zt_agent_load_clients (self, NULL);
      _zt_agent_events_changed (self, ZT_AGENT_EVENT_CLIENTS);
      root = json_node_new (JSON_NODE_OBJECT);
      o = json_object_new ();
      json_object_set_string_member (o, "id", id);
      json_object_set_string_member (o, "name", cname);
      json_object_set_string_member (o, "token", token);
      json_node_take_object (root, o);
      _zt_agent_reply_json (msg, 201, root);
    }
  else if (name != NULL && strcmp (method, "DELETE") == 0)
    {
      ZtClientRecord *r = find_client (self, name);
      g_autofree char *gone = NULL, *gone_id = NULL;

      if (r == NULL)
        return _zt_agent_reply_error (msg, 404, "not_found",
                                      "no client token with the id or name %s; `zt4mcp client list` shows them", name);
      gone = g_strdup (r->name);  /* the reload frees @r */
      gone_id = g_strdup (r->id);
      if (!zt_store_delete_client (self->store, gone, &error))
        return _zt_agent_reply_gerror (msg, error);
      _zt_agent_load_clients (self, NULL);
      client_gone (self, gone);
      g_message ("client %s (%s) revoked", gone, gone_id);
      _zt_agent_events_changed (self, ZT_AGENT_EVENT_CLIENTS);
      soup_server_message_set_status (msg, 204, NULL);
    }
  else
    _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET or POST on /api/v1/clients, DELETE on one client");
}

/* The last uses not yet written (they are, at most once a minute), when the agent stops. */
void
_zt_agent_clients_save_last_use (ZtAgent *self)
{
  GHashTableIter iter;
  ZtClientRecord *r;

  g_hash_table_iter_init (&iter, self->client_hashes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &r))
    if (r->last_used > r->last_used_saved)
      {
        g_autoptr(GError) error = NULL;

        if (!zt_store_touch_client (self->store, r->name, r->last_used, &error))
          g_warning ("client %s: its last use was not recorded: %s", r->name, error->message);
        r->last_used_saved = r->last_used;
      }
}

/* A removed service takes the tokens limited to it along: a token left with no service
 * would otherwise reach a service added later under the same name. */
void
_zt_agent_clients_drop_service (ZtAgent    *self,
                                const char *service)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) deleted = zt_store_clients_drop_service (self->store, service, &error);

  if (deleted == NULL)
    {
      /* fail closed: the tokens stay in agent.db, but none of them reaches anything now */
      g_warning ("service %s: its client tokens were not updated: %s; refusing every client token until "
                 "the agent restarts", service, error->message);
      g_hash_table_remove_all (self->client_hashes);
      return;
    }
  _zt_agent_load_clients (self, NULL);
  for (guint i = 0; deleted[i]; i++)
    {
      g_message ("client %s revoked with the service %s, its only one", deleted[i], service);
      client_gone (self, deleted[i]);
    }
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_CLIENTS);
}

gboolean
_zt_agent_api_authenticate (ZtAgent           *self,
                            SoupServerMessage *msg)
{
  switch (_zt_agent_authenticate (self, msg, NULL))
    {
    case ZT_TOKEN_NONE:
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer realm=\"zt4mcp\"");
      _zt_agent_reply_error (msg, 401, "unauthorized",
                             "missing or wrong bearer token: the local API token is in api.json in the agent's home");
      return FALSE;
    case ZT_TOKEN_CLIENT:
      _zt_agent_reply_error (msg, 403, "forbidden",
                             "this needs the administrator token (the local token in api.json in the agent's "
                             "home); a client token reaches only the MCP endpoints /mcp/<service> and "
                             "/sse/<service> of the services it may use");
      return FALSE;
    case ZT_TOKEN_ADMIN:
    default:
      return TRUE;
    }
}
