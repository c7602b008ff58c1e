/* zt-agent.c: the agent's HTTP front: REST API, streamable HTTP and legacy SSE MCP endpoints */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <glib/gstdio.h>
#include <gnutls/crypto.h>
#include <libsoup/soup.h>
#include <string.h>

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
#include <unistd.h>

#define API_BODY_LIMIT (1024 * 1024)
#define PING_INTERVAL  15

static const char *session_era_versions[] = { "2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", NULL };


G_DEFINE_FINAL_TYPE (ZtAgent, zt_agent, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------------------------- */
/* Responses                                                                                */

void
_zt_agent_reply_json (SoupServerMessage *msg,
                      guint              status,
                      JsonNode          *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  gsize len;
  char *text;

  json_generator_set_root (gen, node);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, &len);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, text, len);
}

void G_GNUC_PRINTF (4, 5)
_zt_agent_reply_error (SoupServerMessage *msg,
                       guint              status,
                       const char        *code,
                       const char        *format,
                       ...)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "error");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "code");
  json_builder_add_string_value (b, code);
  json_builder_set_member_name (b, "message");
  json_builder_add_string_value (b, text);
  json_builder_end_object (b);
  json_builder_end_object (b);
  node = json_builder_get_root (b);
  _zt_agent_reply_json (msg, status, node);
}

static const char *
http_error_code (guint status)
{
  switch (status)
    {
    case 400: return "invalid_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 409: return "conflict";
    case 413: return "too_large";
    case 503: return "unavailable";
    default: return "internal";
    }
}

static void
reply_gerror (SoupServerMessage *msg,
              const GError      *error)
{
  guint status = zt_error_to_http (error);
  _zt_agent_reply_error (msg, status, http_error_code (status), "%s", error->message);
}

/* MCP endpoints answer errors as JSON-RPC error objects, with a fitting HTTP status. */
void
_zt_agent_reply_jsonrpc_error (SoupServerMessage *msg,
                     guint              status,
                     JsonNode          *id,
                     int                code,
                     const char        *text)
{
  g_autoptr(ZtMessage) err = zt_message_new_error (id, code, text);
  gsize len;
  char *body = zt_message_to_string (err, &len);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, body, len);
}

void
_zt_agent_reply_jsonrpc_error_data (SoupServerMessage *msg,
                                    guint              status,
                                    JsonNode          *id,
                                    int                code,
                                    const char        *text,
                                    JsonNode          *data)
{
  g_autoptr(ZtMessage) err = zt_message_new_error (id, code, text);
  const char * const path[] = { "error", "data", NULL };

  if (data != NULL)
    zt_message_replace (err, path, data);
  _zt_agent_reply_message (msg, status, err);
}

void
_zt_agent_reply_message (SoupServerMessage *msg,
                         guint              status,
                         ZtMessage         *message)
{
  gsize len;
  char *body = zt_message_to_string (message, &len);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, body, len);
}

/* ---------------------------------------------------------------------------------------- */
/* Authentication and request checks                                                        */

static void
sha256 (const char *text,
        guint8      out[32])
{
  gnutls_hash_fast (GNUTLS_DIG_SHA256, text, strlen (text), out);
}

static char *
sha256_hex (const char *text)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static char *
random_token (void)
{
  guint8 buf[32];

  if (gnutls_rnd (GNUTLS_RND_KEY, buf, sizeof buf) != 0)
    g_error ("no randomness available");
  return g_base64_encode (buf, sizeof buf);
}

/* Tokens have roles: the local token in api.json administers the agent (the REST API);
 * a client token reaches only the MCP endpoints of the services it may use. Returns the
 * role of the request's bearer token; *client is set for a client token. */
typedef enum { TOKEN_NONE, TOKEN_ADMIN, TOKEN_CLIENT } TokenRole;

static TokenRole
authenticate (ZtAgent               *self,
              SoupServerMessage     *msg,
              const ZtClientRecord **client)
{
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                   "Authorization");
  guint8 digest[32];
  g_autofree char *hex = NULL;
  const ZtClientRecord *r;

  if (client)
    *client = NULL;
  if (auth == NULL || g_ascii_strncasecmp (auth, "Bearer ", 7) != 0)
    return TOKEN_NONE;
  auth += 7;
  while (*auth == ' ')
    auth++;

  sha256 (auth, digest);
  if (zt_secure_equal (digest, self->token_digest, sizeof digest))
    return TOKEN_ADMIN;
  /* client tokens are looked up by their hash: equal hashes mean equal tokens */
  hex = sha256_hex (auth);
  r = g_hash_table_lookup (self->client_hashes, hex);
  if (r == NULL)
    return TOKEN_NONE;
  if (client)
    *client = r;
  return TOKEN_CLIENT;
}

static gboolean
client_may_use (const ZtClientRecord *client,
                const char           *service)
{
  return client->services == NULL || g_strv_contains ((const char * const *) client->services, service);
}

/* Whether @session may be used by @subject: sessions are bound to their token. */
static gboolean
session_usable (ZtSession  *session,
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

static gboolean
remote_is_loopback (SoupServerMessage *msg)
{
  GSocketAddress *addr = soup_server_message_get_remote_address (msg);

  return G_IS_INET_SOCKET_ADDRESS (addr) &&
         g_inet_address_get_is_loopback (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (addr)));
}

static void report_refusal (ZtAgent *self, ZtService *service, ZtSide side, ZtSubject *subject,
                            const char *rule, const char *reason);

/* The service a request to /mcp/NAME or /sse/NAME is for, if there is one (nothing is
 * checked: for telling a refusal's observers which service it concerned). */
static ZtService *
service_of_request (ZtAgent           *self,
                    SoupServerMessage *msg)
{
  GUri *uri = soup_server_message_get_uri (msg);  /* NULL before the request line is read */
  const char *path = uri ? g_uri_get_path (uri) : NULL;
  g_autofree char *name = NULL;

  if (path == NULL || (!g_str_has_prefix (path, "/mcp/") && !g_str_has_prefix (path, "/sse/")))
    return NULL;
  path += strlen ("/mcp/");
  name = g_strndup (path, strcspn (path, "/"));
  return g_hash_table_lookup (self->services, name);
}

/* A refusal at the front door, told to the observers of the service's chain. */
static void
front_door_refused (ZtAgent           *self,
                    SoupServerMessage *msg,
                    const char        *rule,
                    const char        *reason)
{
  ZtService *service = service_of_request (self, msg);

  if (service != NULL)
    report_refusal (self, service, ZT_SIDE_IMPORTER, NULL, rule, reason);
}

/* DNS rebinding defence: the Host must name this agent, and a browser's Origin must be a
 * loopback page. Applies to every endpoint, whatever the authentication. */
static gboolean
check_host_origin (ZtAgent           *self,
                   SoupServerMessage *msg)
{
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *host = soup_message_headers_get_one (h, "Host");
  const char *origin = soup_message_headers_get_one (h, "Origin");
  g_autofree char *hostname = NULL;

  if (host == NULL)
    {
      _zt_agent_reply_error (msg, 403, "forbidden", "missing Host header");
      front_door_refused (self, msg, "host-origin", "missing Host header");
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
      front_door_refused (self, msg, "host-origin", "a Host that is not this agent");
      return FALSE;
    }

  if (origin != NULL && strcmp (origin, "null") != 0)
    {
      g_autoptr(GUri) uri = g_uri_parse (origin, G_URI_FLAGS_NONE, NULL);

      if (uri == NULL || g_uri_get_host (uri) == NULL || !is_loopback_name (g_uri_get_host (uri)))
        {
          _zt_agent_reply_error (msg, 403, "forbidden",
                                 "Origin \"%s\" may not use this agent; only pages served from loopback may", origin);
          front_door_refused (self, msg, "host-origin", "an Origin that is not a loopback page");
          return FALSE;
        }
    }
  else if (origin != NULL)
    {
      _zt_agent_reply_error (msg, 403, "forbidden", "Origin \"null\" may not use this agent");
      front_door_refused (self, msg, "host-origin", "Origin null");
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* HTTP sinks: where relayed messages reach a client                                        */



static void
http_sink_mark_done (HttpSink *sink)
{
  sink->done = TRUE;
  sink->parent.closed = TRUE;
  zt_source_clear (&sink->ping_source);
  zt_source_clear (&sink->sse_timer);
  if (sink->hup_source != NULL)
    {
      g_source_destroy (sink->hup_source);
      g_clear_pointer (&sink->hup_source, g_source_unref);
    }
}

/* libsoup notices a client that went away only when it next writes; a modern client's
 * closed stream is a cancellation, so the socket is watched while the answer is pending. */
static gboolean
hup_cb (GSocket      *socket,
        GIOCondition  condition,
        gpointer      user_data)
{
  HttpSink *sink = user_data;
  char byte;
  gssize n = recv (g_socket_get_fd (socket), &byte, 1, MSG_PEEK | MSG_DONTWAIT);

  if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR)))
    {
      /* a pipelined request, not a close: stop watching */
      g_clear_pointer (&sink->hup_source, g_source_unref);
      return G_SOURCE_REMOVE;
    }
  g_clear_pointer (&sink->hup_source, g_source_unref);
  if (!sink->done)
    {
      http_sink_mark_done (sink);
      if (sink->modern)
        _zt_bridge_sink_finished (sink);
      /* let libsoup fail its write and clean up the connection */
      soup_message_body_complete (soup_server_message_get_response_body (sink->msg));
      soup_server_message_unpause (sink->msg);
    }
  return G_SOURCE_REMOVE;
}

void
_zt_http_sink_watch_disconnect (HttpSink *sink)
{
  GSocket *socket = soup_server_message_get_socket (sink->msg);

  if (socket == NULL || sink->hup_source != NULL)
    return;
  sink->hup_source = g_socket_create_source (socket, G_IO_IN | G_IO_HUP | G_IO_ERR, NULL);
  g_source_set_callback (sink->hup_source, (GSourceFunc) (void (*) (void)) hup_cb, sink, NULL);
  g_source_attach (sink->hup_source, g_main_context_get_thread_default ());
}

static void
http_sink_begin_sse (HttpSink *sink)
{
  SoupMessageHeaders *h = soup_server_message_get_response_headers (sink->msg);

  zt_source_clear (&sink->sse_timer);
  sink->kind = SINK_POST_SSE;
  soup_server_message_set_status (sink->msg, 200, NULL);
  soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (h, "text/event-stream", NULL);
  soup_message_headers_replace (h, "Cache-Control", "no-cache");
  soup_message_headers_replace (h, "X-Accel-Buffering", "no");
}

static gboolean
sse_timer_cb (gpointer user_data)
{
  HttpSink *sink = user_data;

  g_clear_pointer (&sink->sse_timer, g_source_unref);
  if (!sink->done && sink->kind == SINK_POST_UNDECIDED)
    {
      /* a slow answer: headers go out now, so clients do not time out waiting for them */
      http_sink_begin_sse (sink);
      _zt_http_sink_write (sink, ": waiting for the server\n\n", strlen (": waiting for the server\n\n"));
    }
  return G_SOURCE_REMOVE;
}

static void
http_sink_finished_cb (SoupServerMessage *msg,
                       HttpSink          *sink)
{
  gboolean answered = sink->done;

  http_sink_mark_done (sink);
  if (sink->modern && !answered)
    _zt_bridge_sink_finished (sink);  /* a modern client closing its stream cancels */
  g_clear_signal_handler (&sink->finished_handler, sink->msg);
  if (sink->session != NULL)
    {
      g_autoptr(ZtSession) session = g_steal_pointer (&sink->session);

      zt_session_detach_stream (session, &sink->parent);
      /* a legacy SSE session lives exactly as long as its stream */
      if (sink->kind == SINK_LEGACY)
        zt_session_close (session);
    }
  zt_sink_unref (&sink->parent);  /* the reference held for the open response */
}

void
_zt_http_sink_end (HttpSink *sink)
{
  if (sink->done)
    return;
  http_sink_mark_done (sink);
  soup_message_body_complete (soup_server_message_get_response_body (sink->msg));
  soup_server_message_unpause (sink->msg);
}

void
_zt_http_sink_write (HttpSink   *sink,
                 const char *data,
                 gsize       len)
{
  SoupMessageBody *body = soup_server_message_get_response_body (sink->msg);

  soup_message_body_append (body, SOUP_MEMORY_COPY, data, len);
  soup_server_message_unpause (sink->msg);
}

static void
http_sink_deliver (ZtSink    *base,
                   ZtMessage *message,
                   gboolean   final)
{
  HttpSink *sink = (HttpSink *) base;

  if (sink->modern && _zt_bridge_sink_deliver (sink, message, final))
    return;
  _zt_http_sink_send (sink, message, final);
}

void
_zt_http_sink_send (HttpSink  *sink,
                    ZtMessage *message,
                    gboolean   final)
{
  g_autofree char *text = NULL;
  gsize len;

  if (sink->done)
    return;
  if (sink->kind == SINK_POST_UNDECIDED)
    {
      if (final)
        sink->kind = SINK_POST_JSON;
      else
        http_sink_begin_sse (sink);
    }
  text = zt_message_to_string (message, &len);

  if (sink->kind == SINK_POST_JSON)
    {
      if (!final)
        return;
      soup_server_message_set_status (sink->msg, 200, NULL);
      soup_server_message_set_response (sink->msg, "application/json", SOUP_MEMORY_TAKE,
                                        g_steal_pointer (&text), len);
      soup_server_message_unpause (sink->msg);
      http_sink_mark_done (sink);
      return;
    }

  {
    GString *event = g_string_sized_new (len + 32);
    SoupMessageBody *body = soup_server_message_get_response_body (sink->msg);
    gsize elen;

    zt_sse_append_event (event, sink->kind == SINK_LEGACY ? "message" : NULL, NULL, text, len);
    elen = event->len;
    soup_message_body_append (body, SOUP_MEMORY_TAKE, g_string_free (event, FALSE), elen);
    soup_server_message_unpause (sink->msg);
  }

  if (final && sink->kind == SINK_POST_SSE)
    {
      soup_message_body_complete (soup_server_message_get_response_body (sink->msg));
      soup_server_message_unpause (sink->msg);
      http_sink_mark_done (sink);
    }
}

static void
http_sink_finalize (ZtSink *base)
{
  HttpSink *sink = (HttpSink *) base;

  _zt_bridge_sink_clear (sink);
  if (sink->hup_source != NULL)
    {
      g_source_destroy (sink->hup_source);
      g_clear_pointer (&sink->hup_source, g_source_unref);
    }
  zt_source_clear (&sink->ping_source);
  zt_source_clear (&sink->sse_timer);
  if (sink->msg != NULL)
    g_clear_signal_handler (&sink->finished_handler, sink->msg);
  g_clear_object (&sink->msg);
  g_clear_object (&sink->session);
  g_free (sink);
}

static const ZtSinkFuncs http_sink_funcs = { http_sink_deliver, http_sink_finalize };

static gboolean
ping_cb (gpointer user_data)
{
  HttpSink *sink = user_data;

  /* a comment line keeps proxies from timing out and finds clients that went away */
  if (!sink->done)
    _zt_http_sink_write (sink, ": ping\n\n", strlen (": ping\n\n"));
  return G_SOURCE_CONTINUE;
}

HttpSink *
_zt_http_sink_new (SoupServerMessage *msg,
               SinkKind           kind)
{
  HttpSink *sink = g_new0 (HttpSink, 1);
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

  zt_sink_init (&sink->parent, &http_sink_funcs, kind != SINK_POST_JSON);
  if (kind == SINK_POST_UNDECIDED)
    sink->sse_timer = zt_timeout_source_attach (SSE_AFTER_MS, sse_timer_cb, sink);
  sink->kind = kind;
  sink->msg = g_object_ref (msg);
  /* one reference for the open response, dropped when it finishes */
  zt_sink_ref (&sink->parent);
  sink->finished_handler = g_signal_connect (msg, "finished", G_CALLBACK (http_sink_finished_cb), sink);

  if (kind == SINK_POST_SSE || kind == SINK_GET || kind == SINK_LEGACY)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (h, "text/event-stream", NULL);
      soup_message_headers_replace (h, "Cache-Control", "no-cache");
      soup_message_headers_replace (h, "X-Accel-Buffering", "no");
    }
  if (kind == SINK_GET || kind == SINK_LEGACY)
    sink->ping_source = zt_timeout_source_attach (PING_INTERVAL * 1000, ping_cb, sink);
  soup_server_message_pause (msg);
  return sink;
}

/* ---------------------------------------------------------------------------------------- */
/* Sessions                                                                                 */

static void
session_closed_cb (ZtSession *session,
                   ZtAgent   *self)
{
  g_hash_table_remove (self->sessions, zt_session_get_id (session));
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
}

static guint
count_sessions (ZtAgent    *self,
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
      g_hash_table_insert (self->chains, g_steal_pointer (&key), chain);
    }
  return chain;
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
static void
report_refusal (ZtAgent    *self,
                ZtService  *service,
                ZtSide      side,
                ZtSubject  *subject,
                const char *rule,
                const char *reason)
{
  ZtFilterContext context = { NULL, subject, service->name, side, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT, NULL, NULL };

  if (self->filters->len > 0)
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

  if (count_sessions (self, service->name) >= service->max_sessions)
    evict_idle_session (self, service);
  if (count_sessions (self, service->name) >= service->max_sessions)
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
  g_hash_table_remove (self->sessions, zt_session_get_id (hold));
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
}

/* Its processes end with them; clients initialize again on their next request. */
static void
close_service_sessions (ZtAgent    *self,
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
/* MCP endpoints                                                                            */

gboolean
_zt_agent_accepts (SoupServerMessage *msg,
         const char        *type)
{
  const char *accept = soup_message_headers_get_list (soup_server_message_get_request_headers (msg), "Accept");

  return accept == NULL || strstr (accept, type) != NULL || strstr (accept, "*/*") != NULL;
}

static ZtService *
lookup_service_for (ZtAgent           *self,
                    SoupServerMessage *msg,
                    const char        *path,
                    const char        *prefix,
                    char             **rest,
                    ZtSubject        **subject)
{
  g_autofree char *name = NULL;
  const char *p = path + strlen (prefix);
  const char *slash;
  const ZtClientRecord *client = NULL;
  TokenRole role = authenticate (self, msg, &client);
  ZtService *service;

  if (*p == '/')
    p++;
  slash = strchr (p, '/');
  name = slash ? g_strndup (p, slash - p) : g_strdup (p);
  *rest = g_strdup (slash ? slash : "");

  service = g_hash_table_lookup (self->services, name);
  /* without a token, a missing service and a protected one look the same */
  if (role == TOKEN_NONE && !(service != NULL && service->local_auth_none && remote_is_loopback (msg)))
    {
      if (service != NULL)
        report_refusal (self, service, ZT_SIDE_IMPORTER, NULL, "auth", "missing or wrong bearer token");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer realm=\"zt4mcp\"");
      _zt_agent_reply_jsonrpc_error (msg, 401, NULL, ZT_JSONRPC_INVALID_REQUEST,
                                     "missing or wrong bearer token: use the token from api.json or one "
                                     "made by `zt4mcp client add NAME`");
      return NULL;
    }
  if (service == NULL)
    {
      g_autofree char *text = g_strdup_printf ("no service named \"%s\" on this agent; "
                                               "`zt4mcp service list` shows the configured ones", name);
      _zt_agent_reply_jsonrpc_error (msg, 404, NULL, ZT_JSONRPC_INVALID_REQUEST, text);
      return NULL;
    }
  if (role == TOKEN_CLIENT && !client_may_use (client, service->name))
    {
      g_autofree char *allowed = g_strjoinv (", ", client->services);
      g_autofree char *text = g_strdup_printf ("the client token \"%s\" may not use the service %s (it may use: %s); "
                                               "the agent's administrator can make a token for it with "
                                               "`zt4mcp client add NAME --service %s`",
                                               client->name, service->name, *allowed ? allowed : "none",
                                               service->name);
      _zt_agent_reply_jsonrpc_error (msg, 403, NULL, ZT_JSONRPC_INVALID_REQUEST, text);
      {
        g_autoptr(ZtSubject) who = zt_subject_new_client (client->name);

        report_refusal (self, service, ZT_SIDE_IMPORTER, who, "client-scope", text);
      }
      return NULL;
    }
  *subject = role == TOKEN_ADMIN ? zt_subject_new_local ()
           : role == TOKEN_CLIENT ? zt_subject_new_client (client->name)
           : zt_subject_new_anonymous ();
  if (!service->enabled)
    {
      g_autoptr(JsonNode) data = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *text = g_strdup_printf ("service %s is stopped; start it again in the desktop app or with "
                                               "PATCH /api/v1/services/%s {\"enabled\": true}",
                                               name, name);

      json_node_take_object (data, json_object_new ());
      json_object_set_string_member (json_node_get_object (data), "code", "service_stopped");
      _zt_agent_reply_jsonrpc_error_data (msg, 503, NULL, ZT_JSONRPC_INTERNAL_ERROR, text, data);
      report_refusal (self, service, ZT_SIDE_IMPORTER, *subject, "service-stopped", text);
      return NULL;
    }
  return service;
}

static ZtMessage *
read_message (ZtAgent           *self,
              SoupServerMessage *msg,
              ZtService         *service,
              ZtSubject         *subject)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  ZtMessage *message;

  message = zt_message_parse (data ? data : "", len, &service->limits, &error);
  if (message == NULL)
    {
      _zt_agent_reply_jsonrpc_error (msg, zt_error_to_http (error), NULL, zt_error_to_jsonrpc (error), error->message);
      report_refusal (self, service, ZT_SIDE_IMPORTER, subject, "parse", error->message);
      return NULL;
    }
  return message;
}

static void
handle_mcp_post (ZtAgent           *self,
                 SoupServerMessage *msg,
                 ZtService         *service,
                 ZtSubject         *subject)
{
  SoupMessageHeaders *req = soup_server_message_get_request_headers (msg);
  const char *sid = soup_message_headers_get_one (req, "Mcp-Session-Id");
  const char *version = soup_message_headers_get_one (req, "MCP-Protocol-Version");
  g_autoptr(ZtMessage) message = NULL;
  g_autoptr(ZtSession) session = NULL;
  g_autoptr(GError) error = NULL;
  HttpSink *sink;
  gboolean is_initialize;

  message = read_message (self, msg, service, subject);
  if (message == NULL)
    return;

  if (_zt_bridge_is_modern (msg, message))
    {
      _zt_bridge_handle_post (self, msg, service, subject, message);
      return;
    }

  if (version != NULL && !g_strv_contains (session_era_versions, version))
    {
      g_autofree char *text = g_strdup_printf ("unsupported MCP-Protocol-Version \"%s\"; this agent "
                                               "speaks 2024-11-05 to 2025-11-25", version);
      _zt_agent_reply_jsonrpc_error (msg, 400, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST, text);
      return;
    }

  is_initialize = g_strcmp0 (zt_message_get_method (message), "initialize") == 0 &&
                  zt_message_get_kind (message) == ZT_MESSAGE_REQUEST;

  if (sid == NULL)
    {
      if (!is_initialize)
        {
          _zt_agent_reply_jsonrpc_error (msg, 400, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST,
                               "Bad Request: no Mcp-Session-Id header; send initialize first");
          return;
        }
      session = _zt_agent_create_session (self, service, subject, &error);
      if (session == NULL)
        {
          _zt_agent_reply_jsonrpc_error (msg, error->code == ZT_ERROR_LIMIT ? 503 : 502, zt_message_get_id (message),
                               ZT_JSONRPC_INTERNAL_ERROR, error->message);
          return;
        }
    }
  else
    {
      ZtSession *found = g_hash_table_lookup (self->sessions, sid);

      if (!session_usable (found, service, subject))
        {
          _zt_agent_reply_jsonrpc_error (msg, 404, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST,
                               "session not found for this token (it ended or expired, or another token "
                               "opened it); initialize a new one");
          return;
        }
      if (is_initialize)
        {
          _zt_agent_reply_jsonrpc_error (msg, 400, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST,
                               "this session is already initialized");
          return;
        }
      session = g_object_ref (found);
    }

  if (zt_message_get_kind (message) != ZT_MESSAGE_REQUEST)
    {
      zt_session_handle (session, message, NULL);
      soup_server_message_set_status (msg, 202, NULL);
      return;
    }

  if (!_zt_agent_accepts (msg, "text/event-stream") && !_zt_agent_accepts (msg, "application/json"))
    {
      _zt_agent_reply_jsonrpc_error (msg, 406, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST,
                           "Not Acceptable: the client must accept application/json and text/event-stream");
      return;
    }

  if (is_initialize)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Mcp-Session-Id",
                                  zt_session_get_id (session));
  if (!_zt_agent_accepts (msg, "text/event-stream"))
    sink = _zt_http_sink_new (msg, SINK_POST_JSON);
  else if (!_zt_agent_accepts (msg, "application/json"))
    sink = _zt_http_sink_new (msg, SINK_POST_SSE);
  else
    sink = _zt_http_sink_new (msg, SINK_POST_UNDECIDED);
  zt_session_handle (session, message, &sink->parent);
  zt_sink_unref (&sink->parent);
}

static void
handle_mcp (ZtAgent           *self,
            SoupServerMessage *msg,
            const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *rest = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  ZtService *service;

  service = lookup_service_for (self, msg, path, "/mcp", &rest, &subject);
  if (service == NULL)
    return;
  if (*rest && strcmp (rest, "/") != 0)
    {
      _zt_agent_reply_jsonrpc_error (msg, 404, NULL, ZT_JSONRPC_INVALID_REQUEST, "no such endpoint");
      return;
    }

  if (strcmp (method, "POST") == 0)
    handle_mcp_post (self, msg, service, subject);
  else if (strcmp (method, "GET") == 0 || strcmp (method, "DELETE") == 0)
    {
      const char *sid = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                      "Mcp-Session-Id");
      ZtSession *session = sid ? g_hash_table_lookup (self->sessions, sid) : NULL;

      if (sid == NULL)
        {
          _zt_agent_reply_jsonrpc_error (msg, 400, NULL, ZT_JSONRPC_INVALID_REQUEST,
                               "Bad Request: no Mcp-Session-Id header");
          return;
        }
      if (!session_usable (session, service, subject))
        {
          _zt_agent_reply_jsonrpc_error (msg, 404, NULL, ZT_JSONRPC_INVALID_REQUEST, "session not found for this token");
          return;
        }
      if (strcmp (method, "DELETE") == 0)
        {
          _zt_agent_close_session (self, session);
          soup_server_message_set_status (msg, 200, NULL);
          return;
        }
      if (!_zt_agent_accepts (msg, "text/event-stream"))
        {
          _zt_agent_reply_jsonrpc_error (msg, 406, NULL, ZT_JSONRPC_INVALID_REQUEST,
                               "Not Acceptable: a GET stream needs Accept: text/event-stream");
          return;
        }
      {
        HttpSink *sink = _zt_http_sink_new (msg, SINK_GET);

        sink->session = g_object_ref (session);
        /* notice a client that went away now, not at the next ping: its session becomes
         * idle (and can make room at the session cap) */
        _zt_http_sink_watch_disconnect (sink);
        zt_session_attach_stream (session, &sink->parent);
        /* headers go out now, so the client knows the stream is open */
        _zt_http_sink_write (sink, ": stream open\n\n", strlen (": stream open\n\n"));
        zt_sink_unref (&sink->parent);
      }
    }
  else
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", "GET, POST, DELETE");
      _zt_agent_reply_jsonrpc_error (msg, 405, NULL, ZT_JSONRPC_INVALID_REQUEST, "Method Not Allowed");
    }
}

static void
handle_sse (ZtAgent           *self,
            SoupServerMessage *msg,
            const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *rest = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  ZtService *service;

  service = lookup_service_for (self, msg, path, "/sse", &rest, &subject);
  if (service == NULL)
    return;

  if (strcmp (method, "GET") == 0 && (*rest == '\0' || strcmp (rest, "/") == 0))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtSession) session = NULL;
      g_autofree char *endpoint = NULL;
      HttpSink *sink;
      GString *event;

      if (!_zt_agent_accepts (msg, "text/event-stream"))
        {
          _zt_agent_reply_jsonrpc_error (msg, 406, NULL, ZT_JSONRPC_INVALID_REQUEST, "Accept: text/event-stream needed");
          return;
        }
      session = _zt_agent_create_session (self, service, subject, &error);
      if (session == NULL)
        {
          _zt_agent_reply_jsonrpc_error (msg, error->code == ZT_ERROR_LIMIT ? 503 : 502, NULL,
                               ZT_JSONRPC_INTERNAL_ERROR, error->message);
          return;
        }
      sink = _zt_http_sink_new (msg, SINK_LEGACY);
      sink->session = g_object_ref (session);
      _zt_http_sink_watch_disconnect (sink);
      endpoint = g_strdup_printf ("/sse/%s/message?sessionId=%s", service->name, zt_session_get_id (session));
      event = g_string_new (NULL);
      zt_sse_append_event (event, "endpoint", NULL, endpoint, strlen (endpoint));
      _zt_http_sink_write (sink, event->str, event->len);
      g_string_free (event, TRUE);
      zt_session_attach_stream (session, &sink->parent);
      zt_sink_unref (&sink->parent);
      return;
    }

  if (strcmp (method, "POST") == 0 && strcmp (rest, "/message") == 0)
    {
      GUri *uri = soup_server_message_get_uri (msg);
      g_autoptr(GHashTable) query = NULL;
      const char *sid = NULL;
      ZtSession *session;
      g_autoptr(ZtMessage) message = NULL;

      if (g_uri_get_query (uri) != NULL)
        query = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
      if (query != NULL)
        sid = g_hash_table_lookup (query, "sessionId");
      session = sid ? g_hash_table_lookup (self->sessions, sid) : NULL;
      if (!session_usable (session, service, subject))
        {
          _zt_agent_reply_jsonrpc_error (msg, 404, NULL, ZT_JSONRPC_INVALID_REQUEST,
                               "session not found for this token; open GET /sse/<service> first");
          return;
        }
      message = read_message (self, msg, service, subject);
      if (message == NULL)
        return;
      /* requests are answered on the session's stream, as legacy SSE has it */
      zt_session_handle (session, message, NULL);
      soup_server_message_set_status (msg, 202, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "Accepted", 8);
      return;
    }

  _zt_agent_reply_jsonrpc_error (msg, 405, NULL, ZT_JSONRPC_INVALID_REQUEST,
                       "legacy SSE: GET /sse/<service> for the stream, POST its endpoint for messages");
}

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

      _zt_agent_reply_error (msg, status, http_error_code (status), "%s", error->message);
    }
  return object;
}

static void announce_exports (ZtAgent *self);

static JsonNode *
service_json (ZtAgent   *self,
              ZtService *service)
{
  JsonNode *node = zt_service_to_json (service, FALSE);
  JsonObject *o = json_node_get_object (node);
  g_autofree char *url = g_strdup_printf ("%s/mcp/%s", self->url, service->name);
  g_autofree char *sse = g_strdup_printf ("%s/sse/%s", self->url, service->name);

  guint sessions = count_sessions (self, service->name);
  const char *last_error = NULL;

  json_object_set_string_member (o, "endpoint", url);
  json_object_set_string_member (o, "sse_endpoint", sse);
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
  static const char *keys[] = { "kind", "command", "env", "cwd", "url", "era", "shared", "upstream_token",
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

      if (body == NULL)
        return;
      service = zt_service_new_from_json (body, &error);
      if (service == NULL)
        return reply_gerror (msg, error);
      if (g_hash_table_contains (self->services, service->name))
        return _zt_agent_reply_error (msg, 409, "conflict",
                                      "a service named %s exists; remove it first or update it with PATCH",
                                      service->name);
      if (!zt_store_put_service (self->store, service, &error))
        return reply_gerror (msg, error);
      g_hash_table_insert (self->services, g_strdup (service->name), zt_service_ref (service));
      g_message ("service %s added (%s)", service->name, zt_service_kind_to_string (service->kind));
      announce_exports (self);
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

          if (body == NULL)
            return;
          /* what GET shows can be sent back as it is */
          for (guint i = 0; read_only[i]; i++)
            json_object_remove_member (body, read_only[i]);
          if (json_object_has_member (body, "name") &&
              g_strcmp0 (zt_json_get_string (body, "name"), name) != 0)
            return _zt_agent_reply_error (msg, 400, "invalid_request", "a service cannot be renamed");
          /* update a copy, so a failed update changes nothing */
          copy_json = zt_service_to_json (service, TRUE);
          updated = zt_service_new_from_json (json_node_get_object (copy_json), &error);
          if (updated == NULL || !zt_service_update_from_json (updated, body, &error))
            return reply_gerror (msg, error);
          if (!zt_store_put_service (self->store, updated, &error))
            return reply_gerror (msg, error);
          /* The live service is changed in place, not replaced: its sessions hold it, and
           * keep working (a replaced object made every one of them "not found" while their
           * processes ran on). Limits, exports and auth apply at once; a new command, URL or
           * environment applies to the sessions opened from now on. */
          {
            g_autoptr(JsonNode) before = zt_service_to_json (service, TRUE);
            guint open = count_sessions (self, name);

            if (!zt_service_update_from_json (service, body, &error))
              g_error ("service %s took an update its copy had taken: %s", name, error->message);  /* cannot happen */
            if (open > 0 && upstream_changed (json_node_get_object (before), updated))
              _zt_agent_service_log (self, name, "updated: %u open session(s) keep the previous upstream until "
                                     "they end; restart the service to end them now", open);
          }
          if (was_enabled && !updated->enabled)
            {
              close_service_sessions (self, name);
              _zt_agent_service_log (self, name, "stopped by the user");
            }
          else if (!was_enabled && updated->enabled)
            _zt_agent_service_log (self, name, "started again by the user");
          announce_exports (self);
          _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
          out = service_json (self, updated);
          _zt_agent_reply_json (msg, 200, out);
        }
      else if (strcmp (method, "DELETE") == 0)
        {
          g_autofree char *gone = g_strdup (name);  /* @name may be the table's key */

          if (!zt_store_delete_service (self->store, gone, &error))
            return reply_gerror (msg, error);
          close_service_sessions (self, gone);
          g_hash_table_remove (self->services, gone);
          {
            g_autofree char *importer = g_strconcat ("importer:", gone, NULL);
            g_autofree char *exporter = g_strconcat ("exporter:", gone, NULL);

            g_hash_table_remove (self->chains, importer);
            g_hash_table_remove (self->chains, exporter);
          }
          _zt_agent_service_forget (self, gone);
          g_message ("service %s removed", gone);
          announce_exports (self);
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
  close_service_sessions (self, service->name);
  _zt_agent_service_set_failing (self, service->name, NULL);
  _zt_agent_service_log (self, service->name, "restarted by the user: its sessions were closed");
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
  soup_server_message_set_status (msg, 204, NULL);
}

static gboolean
load_clients (ZtAgent *self,
              GError **error)
{
  g_autoptr(GPtrArray) clients = zt_store_load_clients (self->store, error);

  if (clients == NULL)
    return FALSE;
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
static void
close_sessions_of (ZtAgent    *self,
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

static void
api_clients (ZtAgent           *self,
             SoupServerMessage *msg,
             const char        *method,
             const char        *name)
{
  g_autoptr(GError) error = NULL;

  if (name == NULL && strcmp (method, "GET") == 0)
    {
      g_autoptr(GPtrArray) clients = zt_store_load_clients (self->store, &error);
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();
      JsonArray *a = json_array_new ();

      if (clients == NULL)
        return reply_gerror (msg, error);
      for (guint i = 0; i < clients->len; i++)
        {
          ZtClientRecord *r = g_ptr_array_index (clients, i);
          JsonObject *c = json_object_new ();

          json_object_set_string_member (c, "name", r->name);
          json_object_set_int_member (c, "created", r->created);
          if (r->services != NULL)
            {
              JsonArray *s = json_array_new ();

              for (guint j = 0; r->services[j]; j++)
                json_array_add_string_element (s, r->services[j]);
              json_object_set_array_member (c, "services", s);
            }
          else
            json_object_set_null_member (c, "services");
          json_array_add_object_element (a, c);
        }
      json_object_set_array_member (o, "clients", a);
      json_node_take_object (root, o);
      _zt_agent_reply_json (msg, 200, root);
    }
  else if (name == NULL && strcmp (method, "POST") == 0)
    {
      g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
      g_autofree char *token = NULL;
      g_autofree char *hash = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GPtrArray) services = NULL;
      JsonNode *list;
      JsonObject *o;
      const char *cname;

      if (body == NULL)
        return;
      cname = zt_json_get_string (body, "name");
      if (!zt_service_name_valid (cname) || strcmp (cname, "local") == 0 || strcmp (cname, "anonymous") == 0)
        return _zt_agent_reply_error (msg, 400, "invalid_request",
                                      "\"name\" must be 1-64 letters, digits, '-', '_' or '.' (not local or anonymous)");
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
      token = random_token ();
      hash = sha256_hex (token);
      if (!zt_store_add_client (self->store, cname, hash,
                                services ? (const char * const *) services->pdata : NULL, &error))
        return reply_gerror (msg, error);
      load_clients (self, NULL);
      root = json_node_new (JSON_NODE_OBJECT);
      o = json_object_new ();
      json_object_set_string_member (o, "name", cname);
      json_object_set_string_member (o, "token", token);
      json_node_take_object (root, o);
      _zt_agent_reply_json (msg, 201, root);
    }
  else if (name != NULL && strcmp (method, "DELETE") == 0)
    {
      if (!zt_store_delete_client (self->store, name, &error))
        {
          if (g_error_matches (error, ZT_ERROR, ZT_ERROR_NOT_FOUND))
            return _zt_agent_reply_error (msg, 404, "not_found", "no client named %s", name);
          return reply_gerror (msg, error);
        }
      load_clients (self, NULL);
      close_sessions_of (self, name);
      soup_server_message_set_status (msg, 204, NULL);
    }
  else
    _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET or POST on /api/v1/clients, DELETE on one client");
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

/* ---------------------------------------------------------------------------------------- */
/* Serving exported services to other agents                                                */

typedef struct {
  ZtSink        parent;
  ZtAgent      *agent;
  ZtService    *service;
  ZtSession    *session;
  ZtLineStream *lines;
  char         *peer;
  char         *user;
  char         *endpoint;
} MeshPeer;

static void
mesh_peer_deliver (ZtSink    *base,
                   ZtMessage *message,
                   gboolean   final)
{
  MeshPeer *mp = (MeshPeer *) base;
  gsize len;
  g_autofree char *text = NULL;

  if (mp->lines == NULL)
    return;
  text = zt_message_to_string (message, &len);
  zt_line_stream_send (mp->lines, text, len);
}

static void
mesh_peer_finalize (ZtSink *base)
{
  MeshPeer *mp = (MeshPeer *) base;

  g_clear_pointer (&mp->lines, zt_line_stream_free);
  g_clear_object (&mp->session);
  g_clear_pointer (&mp->service, zt_service_unref);
  g_free (mp->peer);
  g_free (mp->user);
  g_free (mp->endpoint);
  g_free (mp);
}

static const ZtSinkFuncs mesh_peer_funcs = { mesh_peer_deliver, mesh_peer_finalize };

static void
mesh_peer_line_cb (const char *line,
                   gsize       len,
                   gpointer    user_data)
{
  MeshPeer *mp = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) message = zt_message_parse (line, len, &mp->service->limits, &error);

  if (message == NULL)
    {
      g_autoptr(ZtMessage) reply = zt_message_new_error_from_gerror (NULL, error);
      mesh_peer_deliver (&mp->parent, reply, TRUE);
      return;
    }
  zt_session_handle (mp->session, message, &mp->parent);
}

static void
mesh_peer_closed_cb (const GError *error,
                     gpointer      user_data)
{
  MeshPeer *mp = user_data;

  mp->parent.closed = TRUE;
  g_ptr_array_remove (mp->agent->mesh_peers, mp);
  if (mp->session != NULL)
    {
      g_autoptr(ZtSession) session = g_object_ref (mp->session);

      zt_session_detach_stream (session, &mp->parent);
      _zt_agent_close_session (mp->agent, session);
    }
  zt_sink_unref (&mp->parent);  /* the stream's reference */
}

static gboolean
exported_to (ZtService  *service,
             const char *user,
             const char *endpoint)
{
  for (guint i = 0; service->export_to && service->export_to[i]; i++)
    if (zt_subject_matches (service->export_to[i], user, endpoint))
      return TRUE;
  return FALSE;
}

/* Another agent asks for one of our services: the decision rests on the identity in its
 * certificate (checked by TLS against the mesh CA), and remote subjects are denied unless
 * the service is exported to them. */
static void
serve_stream_cb (ZtMeshClient   *client,
                 GTlsConnection *tls,
                 const char     *peer,
                 const char     *service_name,
                 gpointer        user_data)
{
  ZtAgent *self = user_data;
  ZtService *service = g_hash_table_lookup (self->services, service_name);
  g_autofree char *mesh = NULL, *user = NULL, *endpoint = NULL, *key = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  g_autoptr(GError) error = NULL;
  MeshPeer *mp;

  if (!zt_spiffe_id_parse (peer, &mesh, &user, &endpoint, NULL) || service == NULL ||
      service->kind == ZT_SERVICE_MESH || !exported_to (service, user, endpoint) || !service->enabled)
    {
      const char *why = service == NULL ? "no such service" : !service->enabled ? "it is stopped" : "not exported to them";

      g_message ("mesh: refused %s the service %s: %s", peer, service_name, why);
      if (service != NULL)
        {
          subject = zt_subject_new_peer (peer, NULL);
          report_refusal (self, service, ZT_SIDE_EXPORTER, subject, "admission", why);
        }
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      return;
    }
  /* a certificate outlives a revocation: the hubs' current list of members decides too
   * (this is the only check a direct connection gets) */
  if (self->mesh == NULL || !zt_mesh_client_is_member (self->mesh, user, endpoint))
    {
      g_message ("mesh: refused %s the service %s: revoked, or not a current member", peer, service_name);
      subject = zt_subject_new_peer (peer, NULL);
      report_refusal (self, service, ZT_SIDE_EXPORTER, subject, "admission", "revoked, or not a current member");
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      return;
    }
  /* the CA vouches for the name; the key it first came with vouches for the holder */
  if (!_zt_agent_pin_check (self, tls, peer, &key, &error))
    {
      g_message ("mesh: refused %s the service %s: %s", peer, service_name, error->message);
      subject = zt_subject_new_peer (peer, NULL);
      report_refusal (self, service, ZT_SIDE_EXPORTER, subject, "key-continuity", error->message);
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      return;
    }
  mp = g_new0 (MeshPeer, 1);
  zt_sink_init (&mp->parent, &mesh_peer_funcs, TRUE);
  mp->agent = self;
  mp->service = zt_service_ref (service);
  mp->peer = g_strdup (peer);
  mp->user = g_strdup (user);
  mp->endpoint = g_strdup (endpoint);
  subject = zt_subject_new_peer (peer, key);
  mp->session = _zt_agent_create_session (self, service, subject, &error);
  if (mp->session == NULL)
    {
      g_message ("mesh: cannot serve %s to %s: %s", service_name, peer, error->message);
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      zt_sink_unref (&mp->parent);
      return;
    }
  zt_session_attach_stream (mp->session, &mp->parent);
  g_ptr_array_add (self->mesh_peers, mp);
  g_message ("mesh: serving %s to %s", service_name, peer);
  mp->lines = zt_line_stream_new (G_IO_STREAM (tls), mp->service->limits.max_size ? mp->service->limits.max_size
                                                                               : ZT_DEFAULT_MAX_MESSAGE_SIZE,
                                  mesh_peer_line_cb, mesh_peer_closed_cb, mp);
}

static void mesh_peers_recheck (ZtAgent *self);

static void
announce_exports (ZtAgent *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) exports = NULL;
  g_autoptr(GList) names = NULL;

  if (self->mesh == NULL)
    return;
  names = g_list_sort (g_hash_table_get_keys (self->services), (GCompareFunc) strcmp);
  json_builder_begin_array (b);
  for (GList *l = names; l; l = l->next)
    {
      ZtService *service = g_hash_table_lookup (self->services, l->data);

      if (service->export_to == NULL || service->export_to[0] == NULL || service->kind == ZT_SERVICE_MESH)
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, service->name);
      json_builder_set_member_name (b, "to");
      json_builder_begin_array (b);
      for (guint i = 0; service->export_to[i]; i++)
        json_builder_add_string_value (b, service->export_to[i]);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  exports = json_builder_get_root (b);
  zt_mesh_client_set_exports (self->mesh, exports);
  /* an export list that no longer names a peer ends what that peer is served */
  mesh_peers_recheck (self);
}

/* Why @mp may no longer be served, or NULL: what was allowed when its stream opened is
 * checked again whenever the export lists or the members change, and ends at once. */
static char *
mesh_peer_lost_access (ZtAgent  *self,
                       MeshPeer *mp)
{
  ZtService *service = g_hash_table_lookup (self->services, mp->service->name);

  if (self->mesh == NULL || !zt_mesh_client_is_member (self->mesh, mp->user, mp->endpoint))
    return g_strdup ("is no longer a member");
  if (service == NULL || !service->enabled)
    return g_strdup_printf ("lost access to %s: the service is gone or stopped", mp->service->name);
  if (!exported_to (service, mp->user, mp->endpoint))
    return g_strdup_printf ("lost access to %s: it is no longer exported to them", mp->service->name);
  return NULL;
}

static void
mesh_peers_recheck (ZtAgent *self)
{
  for (guint i = self->mesh_peers->len; i > 0; i--)
    {
      MeshPeer *mp = g_ptr_array_index (self->mesh_peers, i - 1);
      g_autofree char *why = mesh_peer_lost_access (self, mp);

      if (why != NULL)
        {
          g_message ("mesh: %s %s; closing what it was served", mp->peer, why);
          g_clear_pointer (&mp->lines, zt_line_stream_free);
          mesh_peer_closed_cb (NULL, mp);
        }
    }
}

static void
mesh_peers_changed_cb (ZtMeshClient *client,
                       gpointer      user_data)
{
  mesh_peers_recheck (user_data);
}

static void
mesh_changed_cb (ZtMeshClient *client,
                 gpointer      user_data)
{
  _zt_agent_events_changed (user_data, ZT_AGENT_EVENT_MESH);
}

void
_zt_agent_mesh_reload (ZtAgent *self)
{
  g_autoptr(GError) error = NULL;

  zt_transports_set_mesh_client (self->transports, NULL);
  g_clear_object (&self->mesh);
  self->mesh = zt_mesh_client_new (self->home, &error);
  zt_transports_set_mesh_client (self->transports, self->mesh);
  if (error != NULL)
    g_warning ("mesh: %s", error->message);
  if (self->mesh != NULL)
    {
      g_signal_connect (self->mesh, "serve-stream", G_CALLBACK (serve_stream_cb), self);
      g_signal_connect (self->mesh, "peers-changed", G_CALLBACK (mesh_peers_changed_cb), self);
      g_signal_connect (self->mesh, "changed", G_CALLBACK (mesh_changed_cb), self);
      zt_mesh_client_set_check_func (self->mesh, _zt_agent_pin_check_exporter, self);
      announce_exports (self);
      zt_mesh_client_set_preamble_timeout (self->mesh, self->http_limits.header_timeout_ms);
      if (self->mesh_direct != NULL && !zt_mesh_client_listen_direct (self->mesh, self->mesh_direct, &error))
        g_warning ("mesh: no direct connections: %s", error->message);
      zt_mesh_client_start (self->mesh);
    }
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
}

JsonNode *
_zt_agent_mesh_json (ZtAgent *self)
{
  JsonNode *out;

  if (self->mesh != NULL)
    out = zt_mesh_client_status (self->mesh);
  else
    {
      out = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (out, json_object_new ());
      json_object_set_boolean_member (json_node_get_object (out), "joined", FALSE);
    }
  _zt_agent_hub_describe (self, json_node_get_object (out));
  _zt_agent_pins_describe (self, json_node_get_object (out));
  return out;
}

/* Leaving: what this agent serves to peers ends, its mesh key is deleted, and its
 * certificate and permit are removed. A hub it hosts keeps running for the others. */
static void
api_mesh_leave (ZtAgent           *self,
                SoupServerMessage *msg)
{
  g_autofree char *mesh_dir = g_build_filename (self->home, "mesh", NULL);
  g_autofree char *permit_path = g_build_filename (mesh_dir, "permit.json", NULL);
  g_autofree char *permit_text = NULL;
  g_autoptr(JsonObject) permit = NULL;
  g_autofree char *key_name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) out = NULL;
  gsize permit_len = 0;
  const char *files[] = { "permit.json", "cert.pem", "ca.pem", NULL };

  if (self->mesh_busy)
    return _zt_agent_reply_error (msg, 409, "busy", "a join or mesh creation is running; wait for its answer");
  if (self->mesh == NULL)
    return _zt_agent_reply_error (msg, 409, "not_joined", "this agent is in no mesh");
  if (g_file_get_contents (permit_path, &permit_text, &permit_len, NULL) &&
      (permit = zt_json_parse_object_strict (permit_text, permit_len, NULL, NULL)) != NULL)
    key_name = g_strdup (json_object_get_string_member_with_default (permit, "key_name", NULL));

  for (guint i = self->mesh_peers->len; i > 0; i--)
    {
      MeshPeer *mp = g_ptr_array_index (self->mesh_peers, i - 1);

      g_clear_pointer (&mp->lines, zt_line_stream_free);
      mesh_peer_closed_cb (NULL, mp);
    }
  zt_transports_set_mesh_client (self->transports, NULL);
  g_clear_object (&self->mesh);

  if (key_name != NULL)
    {
      g_autoptr(ZtKeystore) keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, &error);

      if (keystore == NULL || !zt_keystore_delete (keystore, key_name, &error))
        g_warning ("mesh: the key %s could not be deleted: %s", key_name, error ? error->message : "no key store");
      g_clear_error (&error);
    }
  for (guint i = 0; files[i]; i++)
    {
      g_autofree char *path = g_build_filename (mesh_dir, files[i], NULL);
      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("mesh: cannot remove %s: %s", path, g_strerror (errno));
    }
  g_rmdir (mesh_dir);  /* only if nothing else is left in it */
  g_message ("mesh: left the mesh");
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  out = _zt_agent_mesh_json (self);
  _zt_agent_reply_json (msg, 200, out);
}

static void
api_mesh (ZtAgent           *self,
          SoupServerMessage *msg,
          const char        *method,
          gboolean           reload)
{
  g_autoptr(JsonNode) out = NULL;

  if (!reload && strcmp (method, "DELETE") == 0)
    return api_mesh_leave (self, msg);
  if (reload && strcmp (method, "POST") == 0)
    _zt_agent_mesh_reload (self);
  else if (reload || strcmp (method, "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", reload ? "use POST" : "use GET, or DELETE to leave");
  out = _zt_agent_mesh_json (self);
  _zt_agent_reply_json (msg, 200, out);
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

static gboolean
api_authenticate (ZtAgent           *self,
                  SoupServerMessage *msg)
{
  switch (authenticate (self, msg, NULL))
    {
    case TOKEN_NONE:
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer realm=\"zt4mcp\"");
      _zt_agent_reply_error (msg, 401, "unauthorized",
                             "missing or wrong bearer token: the local API token is in api.json in the agent's home");
      return FALSE;
    case TOKEN_CLIENT:
      _zt_agent_reply_error (msg, 403, "forbidden",
                             "this needs the administrator token (the local token in api.json in the agent's "
                             "home); a client token reaches only the MCP endpoints /mcp/<service> and "
                             "/sse/<service> of the services it may use");
      return FALSE;
    case TOKEN_ADMIN:
    default:
      return TRUE;
    }
}

static void
handle_api (ZtAgent           *self,
            SoupServerMessage *msg,
            const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  g_auto(GStrv) parts = NULL;
  guint n;

  if (!api_authenticate (self, msg))
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
  else if (strcmp (parts[3], "mesh") == 0 && (n == 4 || (n == 5 && strcmp (parts[4], "reload") == 0)))
    api_mesh (self, msg, method, n == 5);
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
  else if (n == 4 && strcmp (parts[3], "events") == 0)
    {
      if (strcmp (method, "GET") != 0)
        _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET");
      else
        _zt_agent_events_handle (self, msg);
    }
  else if (strcmp (parts[3], "peers") == 0 && n == 5)
    _zt_agent_api_peers (self, msg, method, parts[4]);
  else if (strcmp (parts[3], "clients") == 0 && n <= 5)
    api_clients (self, msg, method, n == 5 ? parts[4] : NULL);
  else if (n == 4 && (strcmp (parts[3], "status") == 0 || strcmp (parts[3], "openapi.json") == 0))
    _zt_agent_reply_error (msg, 405, "method_not_allowed", "only GET is allowed here");
  else
    _zt_agent_reply_error (msg, 404, "not_found", "no such API path; see /api/v1/openapi.json");
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
  ZtAgent *self = user_data;

  if (!check_host_origin (self, msg))
    return;

  if (g_str_has_prefix (path, "/api/v1/") || strcmp (path, "/api/v1") == 0)
    handle_api (self, msg, path);
  else if (g_str_has_prefix (path, "/mcp/"))
    handle_mcp (self, msg, path);
  else if (g_str_has_prefix (path, "/sse/"))
    handle_sse (self, msg, path);
  else
    _zt_agent_reply_error (msg, 404, "not_found", "nothing here: MCP services are at /mcp/<name>, the API at /api/v1");
}

/* Everything that can be decided from the headers is, before a byte of the body is read:
 * Host and Origin, the token, the service and its message size. A request refused here is
 * answered at once and its body never read (zt-http-guard.c). */
static void
got_headers_cb (SoupServerMessage *msg,
                gpointer           user_data)
{
  const char *path = g_uri_get_path (soup_server_message_get_uri (msg));
  ZtAgent *self = user_data;
  gsize limit = API_BODY_LIMIT;

  if (!check_host_origin (self, msg))
    return;
  if (g_str_has_prefix (path, "/mcp/") || g_str_has_prefix (path, "/sse/"))
    {
      g_autofree char *rest = NULL;
      g_autoptr(ZtSubject) subject = NULL;
      ZtService *service = lookup_service_for (self, msg, path, path[1] == 'm' ? "/mcp" : "/sse", &rest, &subject);

      if (service == NULL)
        return;
      limit = service->limits.max_size ? service->limits.max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;
    }
  else if ((g_str_has_prefix (path, "/api/v1/") || strcmp (path, "/api/v1") == 0) && !api_authenticate (self, msg))
    return;
  zt_http_guard_limit_body (msg, limit, "max_message_size");
}

/* The guard's errors (timeouts, sizes) in the format of the endpoint they end. */
static void
guard_error (SoupServerMessage *msg,
             guint              status,
             const char        *message,
             gpointer           user_data)
{
  GUri *uri = soup_server_message_get_uri (msg);  /* NULL before the request line is read */
  const char *path = uri ? g_uri_get_path (uri) : "";

  if (g_str_has_prefix (path, "/mcp/") || g_str_has_prefix (path, "/sse/"))
    {
      _zt_agent_reply_jsonrpc_error (msg, status, NULL, ZT_JSONRPC_INVALID_REQUEST, message);
      front_door_refused (user_data, msg, status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : "limits", message);
    }
  else
    _zt_agent_reply_error (msg, status, status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : http_error_code (status),
                           "%s", message);
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    gpointer           user_data)
{
  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers_cb), user_data);
}

static gboolean
write_api_json (ZtAgent *self,
                GError **error)
{
  g_autofree char *path = g_build_filename (self->home, "api.json", NULL);
  g_autofree char *token = random_token ();
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
  text = json_to_string (root, TRUE);

  sha256 (token, self->token_digest);
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
  GSList *uris;
  g_autofree char *host = NULL;
  guint port;

  g_return_val_if_fail (ZT_IS_AGENT (self), FALSE);

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
  services = zt_store_load_services (self->store, error);
  if (services == NULL || !load_clients (self, error))
    return FALSE;
  for (guint i = 0; i < services->len; i++)
    {
      ZtService *s = g_ptr_array_index (services, i);
      g_hash_table_insert (self->services, g_strdup (s->name), zt_service_ref (s));
    }

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
  if (!soup_server_listen (self->server, sockaddr, 0, error))
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

  if (!write_api_json (self, error))
    return FALSE;

  _zt_bridge_init (self);
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
  _zt_agent_events_shutdown (self);
  zt_transports_set_mesh_client (self->transports, NULL);
  g_clear_object (&self->mesh);
  _zt_agent_hub_stop (self);
  _zt_bridge_shutdown (self);
  sessions = g_hash_table_get_values (self->sessions);
  for (GList *l = sessions; l; l = l->next)
    g_object_ref (l->data);
  for (GList *l = sessions; l; l = l->next)
    {
      zt_session_close (l->data);
      g_object_unref (l->data);
    }
  g_hash_table_remove_all (self->sessions);
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->guard);
  g_clear_object (&self->server);
  g_clear_pointer (&self->store, zt_store_free);
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
  self->transports = zt_transports_new ();
  self->chains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->mesh_peers = g_ptr_array_new ();
  self->http_limits = (ZtHttpGuardLimits) {
    .header_timeout_ms = ZT_DEFAULT_HEADER_TIMEOUT_MS,
    .body_timeout_ms = ZT_DEFAULT_BODY_TIMEOUT_MS,
    .idle_timeout_ms = ZT_DEFAULT_IDLE_TIMEOUT_MS,
    .keep_alive = TRUE,
  };
  self->request_timeout_ms = ZT_SESSION_DEFAULT_REQUEST_TIMEOUT_MS;
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
    default: g_return_if_reached ();
    }
  if (self->guard != NULL)
    zt_http_guard_set_limits (self->guard, &self->http_limits);
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
