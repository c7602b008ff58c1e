/* zt-agent.c: the agent: its lifecycle, the HTTP server and its front door, the session table, the filter chains */
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
#include "zt-pin-filter.h"
#include "zt-policy.h"
#include "zt-result-filter.h"
#include "zt-scan-filter.h"
#include "zt-schema-filter.h"

G_DEFINE_FINAL_TYPE (ZtAgent, zt_agent, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------------------------- */
/* Sessions                                                                                 */

/* Called when a session ends (see zt_memory_settle_later()). */
void
_zt_agent_settle_memory (ZtAgent *self)
{
  zt_memory_settle_later (&self->trim_source);
}

static void
session_closed_cb (ZtSession *session,
                   ZtAgent   *self)
{
  _zt_agent_audit_session_closed (self, zt_session_get_id (session));
  g_hash_table_remove (self->sessions, zt_session_get_id (session));
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
  _zt_agent_settle_memory (self);
}

guint
_zt_agent_count_sessions (ZtAgent    *self,
                          const char *service)
{
  GHashTableIter iter;
  ZtSession *session;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &session))
    if (service == NULL || strcmp (zt_session_get_service (session)->name, service) == 0)
      n++;
  return n;
}


/* At the cap, the least recently used session that nobody is using right now (no request in
 * flight, no open stream) makes room: many clients never end their sessions. */
static void
evict_idle_session (ZtAgent   *self,
                    ZtService *service)
{
  GHashTableIter iter;
  ZtSession *session, *oldest = NULL;

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &session))
    {
      if (strcmp (zt_session_get_service (session)->name, service->name) != 0 ||
          zt_session_get_n_pending (session) > 0 || zt_session_has_stream (session))
        continue;
      if (oldest == NULL || zt_session_get_last_activity (session) < zt_session_get_last_activity (oldest))
        oldest = session;
    }
  if (oldest != NULL)
    {
      g_message ("%s: at its cap of %u sessions; closing the least recently used idle one, %.8s",
                 service->name, service->max_sessions, zt_session_get_id (oldest));
      _zt_agent_close_session (self, oldest);
    }
}

/* The chain of @service on @side: one per service and side, shared by its sessions. */
static ZtFilterChain *
chain_for (ZtAgent    *self,
           const char *service,
           ZtSide      side)
{
  g_autofree char *key = g_strconcat (side == ZT_SIDE_EXPORTER ? "exporter:" : "importer:", service, NULL);
  ZtFilterChain *chain = g_hash_table_lookup (self->chains, key);

  if (chain == NULL)
    {
      chain = zt_filter_chain_new ();
      for (guint i = 0; i < self->filters->len; i++)
        zt_filter_chain_append (chain, g_ptr_array_index (self->filters, i));
      _zt_agent_audit_attach (self, chain);  /* last: it records what the others decided */
      g_hash_table_insert (self->chains, g_steal_pointer (&key), chain);
    }
  return chain;
}

void
zt_agent_set_scan_enabled (ZtAgent  *self,
                           gboolean  enabled)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  zt_scan_filter_set_enabled (self->scan_filter, enabled);
}

/* A service's own say over the scan (unknown names: the default, block). */
static ZtScanMode
scan_mode_cb (const char *service,
              gpointer    user_data)
{
  ZtAgent *self = user_data;
  ZtService *s = g_hash_table_lookup (self->services, service);

  return s ? s->tool_scan : ZT_SCAN_MODE_BLOCK;
}

static ZtScanRules *
scan_rules_cb (const char *service,
               gpointer    user_data)
{
  ZtAgent *self = user_data;
  ZtService *s = g_hash_table_lookup (self->services, service);

  return s ? s->scan_rules : NULL;
}

static gboolean
scan_accepted_cb (const char *service,
                  const char *kind,
                  const char *name,
                  const char *sha256,
                  gpointer    user_data)
{
  ZtAgent *self = user_data;
  ZtService *s = g_hash_table_lookup (self->services, service);
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;

  if (s == NULL || self->store == NULL)
    return FALSE;
  key = zt_service_pin_key (s);
  hash = zt_store_scan_accepted (self->store, key, kind, name, NULL, NULL);
  return hash != NULL && strcmp (hash, sha256) == 0;
}

void
zt_agent_set_result_scan_enabled (ZtAgent  *self,
                                  gboolean  enabled)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  zt_result_filter_set_enabled (self->result_filter, enabled);
}

/* A service's own say over its results (unknown names: the default, tag). */
static ZtResultScanMode
result_scan_mode_cb (const char *service,
                     gpointer    user_data)
{
  ZtAgent *self = user_data;
  ZtService *s = g_hash_table_lookup (self->services, service);

  return s ? s->result_scan : ZT_RESULT_SCAN_TAG;
}

void
zt_agent_set_schema_enabled (ZtAgent  *self,
                             gboolean  enabled)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  zt_schema_filter_set_enabled (self->schema_filter, enabled);
}

void
zt_agent_add_filter (ZtAgent  *self,
                     ZtFilter *filter)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  g_return_if_fail (ZT_IS_FILTER (filter));
  g_return_if_fail (g_hash_table_size (self->chains) == 0);
  g_ptr_array_add (self->filters, g_object_ref (filter));
}

/* A refusal made before a message reached the chain (the front door, the exporter's
 * admission), told to the chain's observers so that the audit sees it too. */
void
_zt_agent_report_refusal (ZtAgent    *self,
                          ZtService  *service,
                          ZtSide      side,
                          ZtSubject  *subject,
                          const char *rule,
                          const char *reason)
{
  ZtFilterContext context = { NULL, subject, service->name, side, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT, NULL, NULL };

  if (self->filters->len > 0 || self->audit_filter != NULL)
    zt_filter_chain_report_refusal (chain_for (self, service->name, side), &context, rule, reason);
}

ZtSession *
_zt_agent_create_session (ZtAgent    *self,
                ZtService  *service,
                ZtSubject  *subject,
                GError    **error)
{
  /* what people read: the client's name, without the kind of its token */
  const char *client = zt_subject_display_name (subject);
  ZtSide side;
  g_autoptr(ZtSession) session = NULL;

  if (service->llm)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "%s is a model service (OpenAI's API at /llm/%s/v1): it has no MCP tools or sessions",
                   service->name, service->name);
      return NULL;
    }
  if (_zt_agent_count_sessions (self, service->name) >= service->max_sessions)
    evict_idle_session (self, service);
  if (_zt_agent_count_sessions (self, service->name) >= service->max_sessions)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_LIMIT,
                   "service %s already has %u sessions in use, its cap (max_sessions); close "
                   "other clients or raise it with `zt4mcp service update %s --max-sessions N`",
                   service->name, service->max_sessions, service->name);
      return NULL;
    }
  session = zt_session_new (service, ZT_UPSTREAM_HOST (self->transports));
  /* a mesh peer's session is served on the exporting side; every other is a local client's */
  side = subject->type == ZT_SUBJECT_PEER ? ZT_SIDE_EXPORTER : ZT_SIDE_IMPORTER;
  zt_session_set_chain (session, chain_for (self, service->name, side), side);
  zt_session_set_subject (session, subject);
  zt_session_set_request_timeout (session, self->request_timeout_ms);
  zt_session_set_client_name (session, client);
  if (!zt_session_start (session, error))
    {
      if (error != NULL && *error != NULL)
        _zt_agent_service_set_failing (self, service->name, (*error)->message);
      return NULL;
    }
  g_signal_connect (session, "closed", G_CALLBACK (session_closed_cb), self);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
  g_hash_table_insert (self->sessions, g_strdup (zt_session_get_id (session)), g_object_ref (session));
  g_message ("%s: new session %.8s for client %s", service->name, zt_session_get_id (session),
             client ? client : "(none)");
  return g_steal_pointer (&session);
}

void
_zt_agent_close_session (ZtAgent   *self,
               ZtSession *session)
{
  g_autoptr(ZtSession) hold = g_object_ref (session);

  zt_session_close (hold);
  _zt_agent_audit_session_closed (self, zt_session_get_id (hold));
  g_hash_table_remove (self->sessions, zt_session_get_id (hold));
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
}

/* Its processes end with them; clients initialize again on their next request. */
void
_zt_agent_close_service_sessions (ZtAgent    *self,
                                  const char *name)
{
  GHashTableIter iter;
  ZtSession *session;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &session))
    if (strcmp (zt_session_get_service (session)->name, name) == 0)
      g_ptr_array_add (doomed, g_object_ref (session));
  for (guint i = 0; i < doomed->len; i++)
    _zt_agent_close_session (self, g_ptr_array_index (doomed, i));
}

static gboolean
reap_cb (gpointer user_data)
{
  ZtAgent *self = user_data;
  GHashTableIter iter;
  ZtSession *session;
  g_autoptr(GPtrArray) idle = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = g_get_monotonic_time ();

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &session))
    {
      guint timeout = zt_session_get_service (session)->idle_timeout;

      if (timeout > 0 && zt_session_get_n_pending (session) == 0 &&
          now - zt_session_get_last_activity (session) > (gint64) timeout * G_USEC_PER_SEC)
        g_ptr_array_add (idle, g_object_ref (session));
    }
  for (guint i = 0; i < idle->len; i++)
    {
      session = g_ptr_array_index (idle, i);
      g_message ("%s: closing session %.8s, idle for over %u s", zt_session_get_service (session)->name,
                 zt_session_get_id (session), zt_session_get_service (session)->idle_timeout);
      _zt_agent_close_session (self, session);
    }
  return G_SOURCE_CONTINUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Server                                                                                   */

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  _zt_agent_serve (user_data, msg, path);
}

void
_zt_agent_serve (ZtAgent           *self,
                 SoupServerMessage *msg,
                 const char        *path)
{
  g_autofree char *canonical = NULL;

  if (!_zt_agent_check_host_origin (self, msg))
    return;

  path = _zt_agent_route_path (path, &canonical);
  if (g_str_has_prefix (path, "/api/v1/") || strcmp (path, "/api/v1") == 0)
    {
      /* what it changes may be a service or a client token the workers' view holds */
      if (strcmp (soup_server_message_get_method (msg), "GET") != 0)
        _zt_agent_fronts_invalidate (self->fronts);
      _zt_agent_handle_api (self, msg, path);
    }
  else if (g_str_has_prefix (path, "/mcp/"))
    _zt_agent_handle_mcp (self, msg, path);
  else if (g_str_has_prefix (path, "/sse/"))
    _zt_agent_handle_sse (self, msg, path);
  else if (g_str_has_prefix (path, "/llm/"))
    _zt_agent_handle_llm (self, msg, path);
  else if (strcmp (path, "/metrics") == 0)
    _zt_agent_handle_metrics (self, msg);
  else
    _zt_agent_reply_error (msg, 404, "not_found", "nothing here: MCP services are at /mcp/<name> (or /<name>/mcp), the API at /api/v1");
}

/* Everything that can be decided from the headers is, before a byte of the body is read:
 * Host and Origin, the token, the service and its message size. A request refused here is
 * answered at once and its body never read (zt-http-guard.c). */
static void
got_headers_cb (SoupServerMessage *msg,
                gpointer           user_data)
{
  _zt_agent_check_headers (user_data, msg);
}

void
_zt_agent_check_headers (ZtAgent           *self,
                         SoupServerMessage *msg)
{
  g_autofree char *canonical = NULL;
  const char *path = _zt_agent_route_path (g_uri_get_path (soup_server_message_get_uri (msg)), &canonical);
  gsize limit = API_BODY_LIMIT;

  if (!_zt_agent_check_host_origin (self, msg))
    return;
  if (g_str_has_prefix (path, "/mcp/") || g_str_has_prefix (path, "/sse/"))
    {
      g_autofree char *rest = NULL;
      g_autoptr(ZtSubject) subject = NULL;
      ZtService *service = _zt_agent_lookup_service_for (self, msg, path, path[1] == 'm' ? "/mcp" : "/sse", &rest, &subject);

      if (service == NULL)
        return;
      limit = service->limits.max_size ? service->limits.max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;
    }
  else if (g_str_has_prefix (path, "/llm/"))
    {
      if (!_zt_agent_llm_check_headers (self, msg, path))
        return;
      limit = ZT_LLM_MAX_REQUEST;
    }
  else if ((g_str_has_prefix (path, "/api/v1/") || strcmp (path, "/api/v1") == 0 || strcmp (path, "/metrics") == 0) &&
           !_zt_agent_api_authenticate (self, msg))
    return;
  zt_http_guard_limit_body (msg, limit, "max_message_size");
}

/* The guard's errors (timeouts, sizes) in the format of the endpoint they end; TRUE when the
 * refusal is one the audit hears of (_zt_agent_front_door_refused). Touches only @msg, so an
 * HTTP front worker answers with it on its own thread. */
gboolean
_zt_agent_guard_reply (SoupServerMessage *msg,
                       guint              status,
                       const char        *message)
{
  GUri *uri = soup_server_message_get_uri (msg);  /* NULL before the request line is read */
  g_autofree char *canonical = NULL;
  const char *path = _zt_agent_route_path (uri ? g_uri_get_path (uri) : "", &canonical);

  if (g_str_has_prefix (path, "/mcp/") || g_str_has_prefix (path, "/sse/"))
    {
      _zt_agent_reply_jsonrpc_error (msg, status, NULL, ZT_JSONRPC_INVALID_REQUEST, message);
      return TRUE;
    }
  if (g_str_has_prefix (path, "/llm/"))
    {
      _zt_agent_llm_reply_error (msg, status, status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : "request_too_large",
                                 message);
      return TRUE;
    }
  _zt_agent_reply_error (msg, status, status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : _zt_agent_http_error_code (status),
                         "%s", message);
  return FALSE;
}

static void
guard_error (SoupServerMessage *msg,
             guint              status,
             const char        *message,
             gpointer           user_data)
{
  if (_zt_agent_guard_reply (msg, status, message))
    _zt_agent_front_door_refused (user_data, msg, status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : "limits", message);
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    gpointer           user_data)
{
  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers_cb), user_data);
  zt_soup_server_message_nodelay (msg);
}

static gboolean
write_api_json (ZtAgent *self,
                GError **error)
{
  g_autofree char *path = g_build_filename (self->home, "api.json", NULL);
  g_autofree char *token = _zt_agent_random_token ();
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "url");
  json_builder_add_string_value (b, self->url);
  json_builder_set_member_name (b, "token");
  json_builder_add_string_value (b, token);
  json_builder_set_member_name (b, "pid");
  json_builder_add_int_value (b, getpid ());
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  text = zt_json_to_string_pretty (root);

  _zt_agent_sha256 (token, self->token_digest);
  memset (token, 0, strlen (token));
  /* written whole and 0600 from the start: the token never sits in a readable file */
  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  return TRUE;
}

gboolean
zt_agent_start (ZtAgent    *self,
                const char *listen,
                GError    **error)
{
  g_autofree char *db_path = NULL;
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GInetAddress) addr = NULL;
  g_autoptr(GSocketAddress) sockaddr = NULL;
  g_autoptr(GResolver) resolver = NULL;
  GSocket *front_socket = NULL;
  GSList *uris;
  g_autofree char *host = NULL;
  guint port;

  g_return_val_if_fail (ZT_IS_AGENT (self), FALSE);
  zt_raise_fd_limit ();

  if (!zt_parse_listen (listen ? listen : ZT_DEFAULT_LISTEN, &host, &port, error))
    return FALSE;

  if (g_mkdir_with_parents (self->home, 0700) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot create home %s: %s", self->home, g_strerror (errno));
      return FALSE;
    }

  db_path = g_build_filename (self->home, "agent.db", NULL);
  /* created 0600 before SQLite opens it; its -wal and -shm files take the same mode */
  {
    int fd = g_open (db_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
      close (fd);
  }
  self->store = zt_store_open (db_path, error);
  if (self->store == NULL)
    return FALSE;
  zt_pin_filter_set_store (self->pin_filter, self->store);
  if (!_zt_agent_audit_start (self, error))
    return FALSE;
  services = zt_store_load_services (self->store, error);
  if (services == NULL || !_zt_agent_load_clients (self, error))
    return FALSE;
  for (guint i = 0; i < services->len; i++)
    {
      ZtService *s = g_ptr_array_index (services, i);
      g_autoptr(GError) key_error = NULL;

      g_hash_table_insert (self->services, g_strdup (s->name), zt_service_ref (s));
      /* said at every start; each request checks it again and is refused while it fails */
      if (!_zt_agent_llm_check_key (self, s, &key_error))
        g_warning ("service %s: %s", s->name, key_error->message);
    }
  _zt_agent_policy_reload (self);

  addr = g_inet_address_new_from_string (strcmp (host, "localhost") == 0 ? "127.0.0.1" : host);
  if (addr == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "listen host must be an IP address (127.0.0.1 is the safe default), not \"%s\"", host);
      return FALSE;
    }
  if (!g_inet_address_get_is_loopback (addr))
    g_warning ("listening on %s, which is not loopback: other machines can reach this agent", host);

  self->server = soup_server_new ("server-header", "zt4mcp/" PACKAGE_VERSION, NULL);
  g_signal_connect (self->server, "request-started", G_CALLBACK (request_started_cb), self);
  self->guard = zt_http_guard_new (self->server, &self->http_limits, guard_error, self);
  soup_server_add_handler (self->server, NULL, server_cb, self, NULL);
  sockaddr = g_inet_socket_address_new (addr, port);
  if (self->n_http_workers > 0)
    {
      /* each worker's server listens on the address (SO_REUSEPORT); the agent's own does not */
      g_autoptr(GSocket) socket = _zt_agent_reuseport_socket (addr, port, FALSE, error);

      /* every connection goes to the workers: this socket only holds the port (for port 0)
       * until theirs are bound, then it is closed */
      if (socket != NULL)
        {
          GSocketAddress *local = g_socket_get_local_address (socket, NULL);
          port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (local));
          self->port = port;
          g_object_unref (local);
          front_socket = g_object_ref (socket);
        }
      else
        {
          g_prefix_error (error, "cannot listen on %s: ", listen ? listen : ZT_DEFAULT_LISTEN);
          return FALSE;
        }
    }
  else if (!soup_server_listen (self->server, sockaddr, 0, error))
    {
      g_prefix_error (error, "cannot listen on %s: ", listen ? listen : ZT_DEFAULT_LISTEN);
      return FALSE;
    }

  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    self->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  self->host = g_strdup (host);
  self->url = g_inet_address_get_family (addr) == G_SOCKET_FAMILY_IPV6
              ? g_strdup_printf ("http://[%s]:%u", host, self->port)
              : g_strdup_printf ("http://%s:%u", host, self->port);

  if (self->n_http_workers > 0 &&
      (self->fronts = _zt_agent_fronts_start (self, self->n_http_workers, addr, self->port, error)) == NULL)
    return FALSE;
  if (front_socket != NULL)
    {
      g_socket_close (front_socket, NULL);
      g_clear_object (&front_socket);
    }
  if (!write_api_json (self, error))
    return FALSE;

  _zt_bridge_init (self);
  _zt_agent_llm_init (self);
  _zt_agent_events_init (self);
  _zt_agent_hub_start (self);
  _zt_agent_mesh_reload (self);
  self->started = g_get_monotonic_time ();
  self->reap_source = zt_timeout_source_attach (2000, reap_cb, self);
  g_message ("agent listening on %s (home %s)", self->url, self->home);
  return TRUE;
}

void
zt_agent_stop (ZtAgent *self)
{
  g_autoptr(GList) sessions = NULL;

  zt_source_clear (&self->reap_source);
  zt_source_clear (&self->trim_source);
  _zt_agent_events_shutdown (self);
  zt_transports_set_mesh_client (self->transports, NULL);
  g_clear_object (&self->mesh);
  _zt_agent_hub_stop (self);
  _zt_bridge_shutdown (self);
  _zt_agent_llm_shutdown (self);
  sessions = g_hash_table_get_values (self->sessions);
  for (GList *l = sessions; l; l = l->next)
    g_object_ref (l->data);
  for (GList *l = sessions; l; l = l->next)
    {
      zt_session_close (l->data);
      g_object_unref (l->data);
    }
  g_hash_table_remove_all (self->sessions);
  g_clear_pointer (&self->fronts, _zt_agent_fronts_stop);
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->guard);
  g_clear_object (&self->server);
  zt_pin_filter_set_store (self->pin_filter, NULL);
  if (self->store != NULL)
    _zt_agent_clients_save_last_use (self);
  g_clear_pointer (&self->store, zt_store_free);
  _zt_agent_audit_stop (self);
}

static void
zt_agent_dispose (GObject *object)
{
  zt_agent_stop (ZT_AGENT (object));
  G_OBJECT_CLASS (zt_agent_parent_class)->dispose (object);
}

static void
zt_agent_finalize (GObject *object)
{
  ZtAgent *self = ZT_AGENT (object);

  g_clear_pointer (&self->services, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_hash_table_unref);
  g_clear_pointer (&self->client_hashes, g_hash_table_unref);
  g_clear_pointer (&self->chains, g_hash_table_unref);
  g_clear_pointer (&self->filters, g_ptr_array_unref);
  g_clear_object (&self->result_filter);
  g_clear_object (&self->schema_filter);
  g_clear_object (&self->scan_filter);
  g_clear_object (&self->pin_filter);
  g_clear_pointer (&self->rechecks, g_hash_table_unref);
  g_clear_object (&self->policy);
  g_clear_object (&self->transports);
  g_clear_pointer (&self->mesh_peers, g_ptr_array_unref);
  g_free (self->home);
  g_free (self->mesh_direct);
  g_free (self->url);
  g_free (self->host);
  G_OBJECT_CLASS (zt_agent_parent_class)->finalize (object);
}

static void
zt_agent_class_init (ZtAgentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_agent_dispose;
  object_class->finalize = zt_agent_finalize;
}

static void
zt_agent_init (ZtAgent *self)
{
  self->services = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) zt_service_unref);
  self->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->client_hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) zt_client_record_free);
  self->filters = g_ptr_array_new_with_free_func (g_object_unref);
  /* tool pinning first (zt-agent-tool-pins.c): a definition that changed since it was
   * approved is held back before anything else reads it. Before the policy, because pins
   * are the service's, not a caller's: they must see the server's whole list (first use,
   * removals), never one cut for a caller; a call the policy refuses is left to it, so a
   * refusal for access stays one and tells nothing of what is held back */
  self->policy = zt_policy_new ();
  self->pin_filter = zt_pin_filter_new ();
  g_ptr_array_add (self->filters, g_object_ref (self->pin_filter));
  _zt_agent_tool_pins_init (self);
  /* then the policy, in every chain, however the agent is embedded */
  g_ptr_array_add (self->filters, zt_policy_filter_new (self->policy));
  /* then the tool definitions: lists are first cut to what the subject may use (no scan of
   * what it never sees), and the schema filter after it remembers only the tools a client
   * can see, neutralised; a call to a blocked tool is refused as such, not for its shape */
  self->scan_filter = zt_scan_filter_new ();
  zt_scan_filter_set_mode_func (self->scan_filter, scan_mode_cb, self);
  zt_scan_filter_set_rules_func (self->scan_filter, scan_rules_cb, self);
  zt_scan_filter_set_accepted_func (self->scan_filter, scan_accepted_cb, self);
  g_ptr_array_add (self->filters, g_object_ref (self->scan_filter));
  /* then the shape of calls and results: what the policy lets through must still match
   * the tool's schema before it reaches the server (the audit, last, records the refusal) */
  self->schema_filter = zt_schema_filter_new ();
  g_ptr_array_add (self->filters, g_object_ref (self->schema_filter));
  /* then what tools answer: after the schema filter, so structuredContent is checked as the
   * server sent it, and a redacted string cannot turn a valid answer invalid; before the
   * audit, which records a withheld result as a denial */
  self->result_filter = zt_result_filter_new ();
  zt_result_filter_set_mode_func (self->result_filter, result_scan_mode_cb, self);
  zt_result_filter_set_rules_func (self->result_filter, scan_rules_cb, self);
  g_ptr_array_add (self->filters, g_object_ref (self->result_filter));
  self->transports = zt_transports_new ();
  zt_transports_set_secret_env_func (self->transports, _zt_agent_secret_env_resolve, self);
  self->chains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->mesh_peers = g_ptr_array_new ();
  self->http_limits = (ZtHttpGuardLimits) {
    .header_timeout_ms = ZT_DEFAULT_HEADER_TIMEOUT_MS,
    .body_timeout_ms = ZT_DEFAULT_BODY_TIMEOUT_MS,
    .idle_timeout_ms = ZT_DEFAULT_IDLE_TIMEOUT_MS,
    .keep_alive = TRUE,
    .park_above = ZT_DEFAULT_PARK_ABOVE,
  };
  self->request_timeout_ms = ZT_SESSION_DEFAULT_REQUEST_TIMEOUT_MS;
  self->hub_timeout_ms = ZT_MESH_DEFAULT_HUB_TIMEOUT_MS;
}

void
zt_agent_set_timeout (ZtAgent        *self,
                      ZtAgentTimeout  which,
                      guint           ms)
{
  g_return_if_fail (ZT_IS_AGENT (self));

  switch (which)
    {
    case ZT_AGENT_TIMEOUT_HEADER: self->http_limits.header_timeout_ms = ms; break;
    case ZT_AGENT_TIMEOUT_BODY: self->http_limits.body_timeout_ms = ms; break;
    case ZT_AGENT_TIMEOUT_KEEPALIVE: self->http_limits.idle_timeout_ms = ms; break;
    case ZT_AGENT_TIMEOUT_REQUEST: self->request_timeout_ms = ms; break;
    case ZT_AGENT_TIMEOUT_HUB: self->hub_timeout_ms = ms; break;
    default: g_return_if_reached ();
    }
  if (self->guard != NULL)
    zt_http_guard_set_limits (self->guard, &self->http_limits);
  if (self->fronts != NULL)
    _zt_agent_fronts_set_limits (self->fronts, &self->http_limits);
}

void
zt_agent_set_http_workers (ZtAgent *self,
                           guint    n)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  self->n_http_workers = MIN (n, 64);
}

void
zt_agent_set_stream_buffer (ZtAgent *self,
                            gsize    bytes)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  _zt_msg_set_stream_buffer (bytes);
}

void
zt_agent_set_mesh_direct (ZtAgent    *self,
                          const char *listen)
{
  g_free (self->mesh_direct);
  self->mesh_direct = g_strdup (listen);
}

ZtAgent *
zt_agent_new (const char *home)
{
  ZtAgent *self = g_object_new (ZT_TYPE_AGENT, NULL);

  self->home = zt_home_resolve (home);
  return self;
}

const char *
zt_agent_get_url (ZtAgent *self)
{
  return self->url;
}

const char *
zt_agent_get_home (ZtAgent *self)
{
  return self->home;
}

guint
zt_agent_get_port (ZtAgent *self)
{
  return self->port;
}
