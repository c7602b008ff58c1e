/* zt-bridge.c: serving MCP 2026-07-28 ("modern era") clients from session-era upstreams */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gnutls/crypto.h>
#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-util.h"

/* The bridge's own state; the agent only holds it (ZtAgent.bridge_state). */
struct _ZtBridgeState
{
  GHashTable *bridges;        /* key -> ZtBridge: modern clients on session-era upstreams */
  GHashTable *parked;         /* id -> ZtParked: upstream calls waiting for a client's input */
  guint8      state_key[32];  /* HMAC key for requestState tokens */
};

/* A modern client sends no initialize and holds no session: every request carries its
 * version and capabilities. The agent keeps one session-era upstream session per client,
 * service and capability set (a bridge), initialised on the client's behalf, and translates:
 * server/discover from the InitializeResult, resultType on results, server-to-client
 * requests into InputRequiredResult (MRTR) with an HMAC-protected requestState, a closed
 * stream into notifications/cancelled. See docs/mcp-2026-07-28.md. */

#define MODERN_VERSION      "2026-07-28"
#define META_VERSION        "io.modelcontextprotocol/protocolVersion"
#define META_CAPABILITIES   "io.modelcontextprotocol/clientCapabilities"
#define META_CLIENT_INFO    "io.modelcontextprotocol/clientInfo"
#define META_LOG_LEVEL      "io.modelcontextprotocol/logLevel"
#define META_SERVER_INFO    "io.modelcontextprotocol/serverInfo"
#define META_PREFIX         "io.modelcontextprotocol/"

#define ERR_HEADER_MISMATCH        (-32020)
#define ERR_MISSING_CAPABILITY     (-32021)
#define ERR_UNSUPPORTED_VERSION    (-32022)

#define PARKED_TTL_S  300   /* a client has this long to answer an input request */

static const char *session_versions[] = { "2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", NULL };

static const char *modern_methods[] = {
  "server/discover", "tools/list", "tools/call", "resources/list", "resources/templates/list",
  "resources/read", "prompts/list", "prompts/get", "completion/complete", "subscriptions/listen", NULL
};
static const char *mrtr_methods[] = { "tools/call", "prompts/get", "resources/read", NULL };
static const char *cacheable_methods[] = {
  "tools/list", "prompts/list", "resources/list", "resources/templates/list", "resources/read", NULL
};

struct _ZtBridge {
  ZtAgent   *agent;
  char      *key;
  char      *client;
  ZtSession *session;
  gulong     closed_handler;
  JsonNode  *init_result;   /* the upstream's InitializeResult */
  char      *init_error;
  gboolean   ready;
  GQueue     waiting;       /* Waiting: requests that came before the upstream was ready */
  char      *log_level;     /* the level last set upstream */
};

/* An upstream call left waiting for a client's input (MRTR). */
struct _ZtParked {
  char      *id;
  ZtBridge  *bridge;        /* not owned; the bridge clears its parked calls when it goes */
  HttpSink  *sink;          /* the sink the session still answers into (owned reference) */
  char      *client;
  char      *method;
  GPtrArray *asked;         /* client-facing ids of server requests sent as inputRequests */
  GPtrArray *unasked;       /* ZtMessage: server requests that came while parked */
  ZtMessage *final;         /* the answer, if it came while parked */
  guint      expiry_source;
  gint64     expires;       /* unix seconds */
};

typedef struct {
  SoupServerMessage *msg;
  ZtMessage         *message;
} Waiting;

static void dispatch (ZtBridge *bridge, SoupServerMessage *msg, ZtMessage *message);

/* ---------------------------------------------------------------------------------------- */
/* Era detection and request validation                                                     */

static JsonObject *
request_meta (ZtMessage *message)
{
  JsonObject *params = zt_message_get_params (message);
  JsonNode *meta = params ? json_object_get_member (params, "_meta") : NULL;

  return meta && JSON_NODE_HOLDS_OBJECT (meta) ? json_node_get_object (meta) : NULL;
}

gboolean
_zt_bridge_is_modern (SoupServerMessage *msg,
                      ZtMessage         *message)
{
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *version = soup_message_headers_get_one (h, "MCP-Protocol-Version");
  JsonObject *meta = request_meta (message);

  /* a session id says session era, whatever else the request carries */
  if (soup_message_headers_get_one (h, "Mcp-Session-Id") != NULL)
    return FALSE;
  if (version != NULL && !g_strv_contains (session_versions, version))
    return g_strcmp0 (zt_message_get_method (message), "initialize") != 0;
  return meta != NULL && json_object_has_member (meta, META_VERSION) &&
         g_strcmp0 (zt_message_get_method (message), "initialize") != 0;
}

/* Mcp-Name and Mcp-Param-* values that are not plain visible ASCII come as =?base64?...?= */
static char *
decode_header_value (const char *value)
{
  gsize n = strlen (value), len = 0;
  g_autofree guchar *raw = NULL;

  if (n < 12 || !g_str_has_prefix (value, "=?base64?") || !g_str_has_suffix (value, "?="))
    return g_strdup (value);
  {
    g_autofree char *b64 = g_strndup (value + 9, n - 11);
    raw = g_base64_decode (b64, &len);
  }
  if (raw == NULL || !g_utf8_validate ((const char *) raw, len, NULL))
    return NULL;
  return g_strndup ((const char *) raw, len);
}

static JsonNode *
supported_data (const char *requested)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "supported");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, MODERN_VERSION);
  for (guint i = 0; session_versions[i]; i++)
    json_builder_add_string_value (b, session_versions[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "requested");
  json_builder_add_string_value (b, requested ? requested : "");
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* The checks of the 2026-07-28 HTTP transport; answers and returns FALSE when one fails. */
static gboolean
validate (SoupServerMessage *msg,
          ZtMessage         *message)
{
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *hversion = soup_message_headers_get_one (h, "MCP-Protocol-Version");
  const char *hmethod = soup_message_headers_get_one (h, "Mcp-Method");
  const char *hname = soup_message_headers_get_one (h, "Mcp-Name");
  const char *method = zt_message_get_method (message);
  JsonNode *id = zt_message_get_id (message);
  JsonObject *meta = request_meta (message);
  JsonObject *params = zt_message_get_params (message);
  const char *version;

  if (meta == NULL || !json_object_has_member (meta, META_VERSION) ||
      json_object_get_member (meta, META_CAPABILITIES) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (meta, META_CAPABILITIES)))
    {
      _zt_agent_reply_jsonrpc_error (msg, 400, id, ZT_JSONRPC_INVALID_PARAMS,
                                     "params._meta must carry " META_VERSION " and " META_CAPABILITIES);
      return FALSE;
    }
  version = json_object_get_string_member_with_default (meta, META_VERSION, "");
  if (strcmp (version, MODERN_VERSION) != 0)
    {
      g_autoptr(JsonNode) data = supported_data (version);
      g_autofree char *text = g_strdup_printf ("unsupported protocol version \"%s\"", version);

      _zt_agent_reply_jsonrpc_error_data (msg, 400, id, ERR_UNSUPPORTED_VERSION, text, data);
      return FALSE;
    }
  if (hversion == NULL || strcmp (hversion, version) != 0)
    {
      _zt_agent_reply_jsonrpc_error (msg, 400, id, ERR_HEADER_MISMATCH,
                                     "MCP-Protocol-Version header is missing or differs from _meta");
      return FALSE;
    }
  if (zt_message_get_kind (message) != ZT_MESSAGE_REQUEST)
    return TRUE;
  if (hmethod == NULL || strcmp (hmethod, method) != 0)
    {
      _zt_agent_reply_jsonrpc_error (msg, 400, id, ERR_HEADER_MISMATCH,
                                     "Mcp-Method header is missing or differs from the body's method");
      return FALSE;
    }
  if (g_strv_contains (mrtr_methods, method))
    {
      const char *member = strcmp (method, "resources/read") == 0 ? "uri" : "name";
      const char *value = params ? json_object_get_string_member_with_default (params, member, NULL) : NULL;
      g_autofree char *decoded = hname ? decode_header_value (hname) : NULL;

      if (value == NULL || decoded == NULL || strcmp (decoded, value) != 0)
        {
          g_autofree char *text = g_strdup_printf ("Mcp-Name header is missing or differs from params.%s", member);
          _zt_agent_reply_jsonrpc_error (msg, 400, id, ERR_HEADER_MISMATCH, text);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* requestState: an HMAC-protected name for a parked call                                   */

static char *
state_mac (ZtAgent    *agent,
           const char *payload)
{
  ZtBridgeState *state = agent->bridge_state;
  guint8 mac[32];
  g_autoptr(GString) hex = g_string_new (NULL);

  gnutls_hmac_fast (GNUTLS_MAC_SHA256, state->state_key, sizeof state->state_key, payload, strlen (payload), mac);
  for (guint i = 0; i < sizeof mac; i++)
    g_string_append_printf (hex, "%02x", mac[i]);
  return g_string_free (g_steal_pointer (&hex), FALSE);
}

static char *
state_token (ZtParked *parked)
{
  g_autofree char *payload = g_strdup_printf ("%s.%" G_GINT64_FORMAT ".%s.%s", parked->id, parked->expires,
                                              parked->client, parked->method);
  g_autofree char *mac = state_mac (parked->bridge->agent, payload);

  return g_strdup_printf ("%s.%" G_GINT64_FORMAT ".%s", parked->id, parked->expires, mac);
}

/* Returns the parked call the token names, or NULL if it is forged, expired or gone. */
static ZtParked *
state_lookup (ZtAgent    *agent,
              const char *token,
              const char *client,
              const char *method)
{
  g_auto(GStrv) parts = g_strsplit (token, ".", 3);
  g_autofree char *payload = NULL;
  g_autofree char *mac = NULL;
  gint64 expires;

  if (g_strv_length (parts) != 3 || strlen (parts[2]) != 64)
    return NULL;
  expires = g_ascii_strtoll (parts[1], NULL, 10);
  payload = g_strdup_printf ("%s.%" G_GINT64_FORMAT ".%s.%s", parts[0], expires, client, method);
  mac = state_mac (agent, payload);
  if (!zt_secure_equal (mac, parts[2], 64) || expires < g_get_real_time () / G_USEC_PER_SEC)
    return NULL;
  return g_hash_table_lookup (agent->bridge_state->parked, parts[0]);
}

static void
parked_free (ZtParked *parked)
{
  zt_clear_source_id (&parked->expiry_source);
  if (parked->sink != NULL)
    {
      parked->sink->parked = NULL;
      zt_sink_unref (&parked->sink->parent);
    }
  g_clear_pointer (&parked->asked, g_ptr_array_unref);
  g_clear_pointer (&parked->unasked, g_ptr_array_unref);
  g_clear_pointer (&parked->final, zt_message_unref);
  g_free (parked->id);
  g_free (parked->client);
  g_free (parked->method);
  g_free (parked);
}

static gboolean
parked_expired_cb (gpointer user_data)
{
  ZtParked *parked = user_data;

  parked->expiry_source = 0;
  g_message ("%s: a client never answered an input request; cancelling the call",
             zt_session_get_service (parked->bridge->session)->name);
  zt_session_cancel_sink (parked->bridge->session, &parked->sink->parent, "the client did not answer in time");
  g_hash_table_remove (parked->bridge->agent->bridge_state->parked, parked->id);
  return G_SOURCE_REMOVE;
}

/* ---------------------------------------------------------------------------------------- */
/* Answers on the way out                                                                   */

static void
set_member (ZtMessage  *message,
            const char *a,
            const char *b,
            JsonNode   *value)
{
  const char * const path[] = { a, b, NULL };
  zt_message_replace (message, path, value);
}

static JsonNode *
server_info (ZtBridge *bridge)
{
  JsonObject *r = bridge->init_result ? json_node_get_object (bridge->init_result) : NULL;
  JsonNode *info = r ? json_object_get_member (r, "serverInfo") : NULL;

  if (info != NULL)
    return json_node_copy (info);
  info = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (info, json_object_new ());
  json_object_set_string_member (json_node_get_object (info), "name", "unknown");
  json_object_set_string_member (json_node_get_object (info), "version", "0");
  return info;
}

/* resultType, the cache hints and serverInfo, which modern clients expect on results */
static void
modernise_result (HttpSink  *sink,
                  ZtMessage *message)
{
  JsonObject *result = zt_message_get_result (message);
  g_autoptr(JsonNode) str = json_node_new (JSON_NODE_VALUE);

  if (result == NULL)
    return;
  if (!json_object_has_member (result, "resultType"))
    {
      json_node_set_string (str, "complete");
      set_member (message, "result", "resultType", str);
    }
  if (g_strv_contains (cacheable_methods, sink->method))
    {
      g_autoptr(JsonNode) ttl = zt_json_id_new_int (0);
      g_autoptr(JsonNode) scope = json_node_new (JSON_NODE_VALUE);

      json_node_set_string (scope, "private");  /* safe: never shared across tokens */
      if (!json_object_has_member (zt_message_get_result (message), "ttlMs"))
        set_member (message, "result", "ttlMs", ttl);
      if (!json_object_has_member (zt_message_get_result (message), "cacheScope"))
        set_member (message, "result", "cacheScope", scope);
    }
  if (sink->bridge != NULL)
    {
      JsonNode *meta = json_object_get_member (zt_message_get_result (message), "_meta");
      g_autoptr(JsonNode) info = server_info (sink->bridge);

      if (meta != NULL && JSON_NODE_HOLDS_OBJECT (meta))
        {
          const char * const path[] = { "result", "_meta", META_SERVER_INFO, NULL };
          zt_message_replace (message, path, info);
        }
      else
        {
          g_autoptr(JsonNode) m = json_node_new (JSON_NODE_OBJECT);
          json_node_take_object (m, json_object_new ());
          json_object_set_member (json_node_get_object (m), META_SERVER_INFO, json_node_ref (info));
          set_member (message, "result", "_meta", m);
        }
    }
}

static void
send_final (HttpSink  *sink,
            ZtMessage *message)
{
  g_autoptr(ZtMessage) out = zt_message_copy (message);

  zt_message_set_id (out, sink->client_id);
  if (zt_message_get_kind (out) == ZT_MESSAGE_RESULT)
    modernise_result (sink, out);
  else
    {
      JsonObject *err = json_object_get_object_member (zt_message_get_object (out), "error");
      if (err && json_object_get_int_member_with_default (err, "code", 0) == -32002)
        {
          g_autoptr(JsonNode) code = zt_json_id_new_int (ZT_JSONRPC_INVALID_PARAMS);
          set_member (out, "error", "code", code);  /* resource not found moved to -32602 */
        }
    }
  _zt_http_sink_send (sink, out, TRUE);
}

/* Sends an InputRequiredResult for the server requests @requests and parks the call. */
static void
ask_for_input (HttpSink  *sink,
               GPtrArray *requests)
{
  ZtBridge *bridge = sink->bridge;
  ZtAgent *agent = bridge->agent;
  ZtParked *parked = sink->parked;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(ZtMessage) reply = NULL;
  g_autofree char *token = NULL;

  if (parked == NULL)
    {
      parked = g_new0 (ZtParked, 1);
      parked->id = g_uuid_string_random ();
      parked->bridge = bridge;
      parked->client = g_strdup (bridge->client);
      parked->method = g_strdup (sink->method);
      parked->asked = g_ptr_array_new_with_free_func (g_free);
      parked->unasked = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_message_unref);
      parked->sink = (HttpSink *) zt_sink_ref (&sink->parent);
      sink->parked = parked;
      g_hash_table_insert (agent->bridge_state->parked, parked->id, parked);
    }
  zt_clear_source_id (&parked->expiry_source);
  parked->expires = g_get_real_time () / G_USEC_PER_SEC + PARKED_TTL_S;
  parked->expiry_source = zt_timeout_add_seconds (PARKED_TTL_S, parked_expired_cb, parked);
  token = state_token (parked);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "resultType");
  json_builder_add_string_value (b, "input_required");
  json_builder_set_member_name (b, "inputRequests");
  json_builder_begin_object (b);
  for (guint i = 0; i < requests->len; i++)
    {
      ZtMessage *request = g_ptr_array_index (requests, i);
      JsonNode *params = json_object_get_member (zt_message_get_object (request), "params");
      g_autofree char *key = g_strdup_printf ("r%" G_GINT64_FORMAT, json_node_get_int (zt_message_get_id (request)));

      json_builder_set_member_name (b, key);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "method");
      json_builder_add_string_value (b, zt_message_get_method (request));
      if (params != NULL)
        {
          json_builder_set_member_name (b, "params");
          json_builder_add_value (b, json_node_copy (params));
        }
      json_builder_end_object (b);
      g_ptr_array_add (parked->asked, g_steal_pointer (&key));
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "requestState");
  json_builder_add_string_value (b, token);
  json_builder_end_object (b);
  result = json_builder_get_root (b);

  reply = zt_message_new_result (sink->client_id, result);
  modernise_result (sink, reply);
  _zt_http_sink_send (sink, reply, TRUE);
}

/* Returns TRUE when it took care of @message. */
gboolean
_zt_bridge_sink_deliver (HttpSink  *sink,
                         ZtMessage *message,
                         gboolean   final)
{
  ZtParked *parked = sink->parked;

  if (parked != NULL && parked->sink == sink)
    {
      /* the client has our InputRequiredResult and has not retried yet */
      if (final)
        parked->final = zt_message_ref (message);
      else if (zt_message_get_kind (message) == ZT_MESSAGE_REQUEST)
        g_ptr_array_add (parked->unasked, zt_message_ref (message));
      return TRUE;
    }

  switch (zt_message_get_kind (message))
    {
    case ZT_MESSAGE_REQUEST:
      if (!g_strv_contains (mrtr_methods, sink->method) || sink->bridge == NULL)
        {
          /* only tools/call, prompts/get and resources/read may ask the client for input */
          g_autoptr(ZtMessage) err = zt_message_new_error (zt_message_get_id (message), ZT_JSONRPC_INTERNAL_ERROR,
                                                           "the client cannot answer requests during this method");
          if (sink->bridge != NULL)
            zt_session_handle (sink->bridge->session, err, NULL);
          return TRUE;
        }
      {
        g_autoptr(GPtrArray) one = g_ptr_array_new ();
        g_ptr_array_add (one, message);
        ask_for_input (sink, one);
      }
      return TRUE;

    case ZT_MESSAGE_NOTIFICATION:
      {
        const char *method = zt_message_get_method (message);

        /* only what belongs to this request, and log messages only when asked for */
        if (g_strcmp0 (method, "notifications/progress") == 0 ||
            (g_strcmp0 (method, "notifications/message") == 0 && sink->log_level != NULL))
          _zt_http_sink_send (sink, message, FALSE);
        return TRUE;
      }

    case ZT_MESSAGE_RESULT:
    case ZT_MESSAGE_ERROR:
    default:
      if (final)
        send_final (sink, message);
      return TRUE;
    }
}

void
_zt_bridge_sink_finished (HttpSink *sink)
{
  /* closing the stream is how a modern client cancels */
  if (sink->bridge != NULL && sink->parked == NULL)
    zt_session_cancel_sink (sink->bridge->session, &sink->parent, "the client closed the stream");
}

void
_zt_bridge_sink_clear (HttpSink *sink)
{
  g_clear_pointer (&sink->method, g_free);
  g_clear_pointer (&sink->client_id, json_node_unref);
  g_clear_pointer (&sink->log_level, g_free);
}

/* ---------------------------------------------------------------------------------------- */
/* Bridges: upstream sessions initialised on behalf of modern clients                       */

static void
waiting_free (Waiting *w)
{
  g_clear_object (&w->msg);
  g_clear_pointer (&w->message, zt_message_unref);
  g_free (w);
}

static void
bridge_free (ZtBridge *bridge)
{
  GHashTableIter iter;
  ZtParked *parked;
  Waiting *w;

  g_hash_table_iter_init (&iter, bridge->agent->bridge_state->parked);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &parked))
    if (parked->bridge == bridge)
      g_hash_table_iter_remove (&iter);
  while ((w = g_queue_pop_head (&bridge->waiting)))
    {
      _zt_agent_reply_jsonrpc_error (w->msg, 502, zt_message_get_id (w->message), ZT_JSONRPC_INTERNAL_ERROR,
                                     "the upstream session ended");
      _zt_msg_unpause (w->msg);
      waiting_free (w);
    }
  if (bridge->session != NULL)
    {
      g_clear_signal_handler (&bridge->closed_handler, bridge->session);
      g_clear_object (&bridge->session);
    }
  g_clear_pointer (&bridge->init_result, json_node_unref);
  g_free (bridge->init_error);
  g_free (bridge->key);
  g_free (bridge->client);
  g_free (bridge->log_level);
  g_free (bridge);
}

static void
bridge_session_closed_cb (ZtSession *session,
                          ZtBridge  *bridge)
{
  g_hash_table_remove (bridge->agent->bridge_state->bridges, bridge->key);
}

/* Receives the answer to the initialize the agent sent for the client. */
typedef struct {
  ZtSink    parent;
  ZtBridge *bridge;
} InitSink;

static void
init_sink_deliver (ZtSink    *base,
                   ZtMessage *message,
                   gboolean   final)
{
  ZtBridge *bridge = ((InitSink *) base)->bridge;
  Waiting *w;

  if (!final || bridge == NULL || bridge->ready)
    return;
  if (zt_message_get_kind (message) == ZT_MESSAGE_RESULT)
    {
      g_autoptr(ZtMessage) initialized = zt_message_new_notification ("notifications/initialized", NULL);

      bridge->init_result = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (bridge->init_result, zt_message_get_result (message));
      zt_session_handle (bridge->session, initialized, NULL);
    }
  else
    {
      JsonObject *err = json_object_get_object_member (zt_message_get_object (message), "error");
      bridge->init_error = g_strdup (err ? json_object_get_string_member_with_default (err, "message", "failed")
                                         : "failed");
    }
  bridge->ready = TRUE;
  while ((w = g_queue_pop_head (&bridge->waiting)))
    {
      dispatch (bridge, w->msg, w->message);
      /* answered on the spot (an error, server/discover): send it; a sink keeps it paused */
      if (soup_server_message_get_status (w->msg) != 0)
        _zt_msg_unpause (w->msg);
      waiting_free (w);
    }
}

static void
init_sink_finalize (ZtSink *base)
{
  g_free (base);
}

static const ZtSinkFuncs init_sink_funcs = { init_sink_deliver, init_sink_finalize };

/* The upstream sees the client's capabilities and identity, as if it had connected itself. */
static ZtMessage *
synthesize_initialize (JsonObject *meta)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) params = NULL;
  g_autoptr(JsonNode) id = json_node_new (JSON_NODE_VALUE);
  JsonNode *caps = json_object_get_member (meta, META_CAPABILITIES);
  JsonNode *info = json_object_get_member (meta, META_CLIENT_INFO);

  json_node_set_string (id, "zt4mcp-bridge-initialize");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "protocolVersion");
  json_builder_add_string_value (b, "2025-11-25");
  json_builder_set_member_name (b, "capabilities");
  json_builder_add_value (b, json_node_copy (caps));
  json_builder_set_member_name (b, "clientInfo");
  if (info != NULL && JSON_NODE_HOLDS_OBJECT (info))
    json_builder_add_value (b, json_node_copy (info));
  else
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, "zt4mcp-modern-client");
      json_builder_set_member_name (b, "version");
      json_builder_add_string_value (b, PACKAGE_VERSION);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  params = json_builder_get_root (b);
  return zt_message_new_request (id, "initialize", params);
}

static ZtBridge *
bridge_get (ZtAgent    *agent,
            ZtService  *service,
            ZtSubject  *subject,
            JsonObject *meta,
            GError    **error)
{
  const char *client = zt_subject_to_string (subject);  /* bridges, like sessions, are per subject */
  JsonNode *caps = json_object_get_member (meta, META_CAPABILITIES);
  JsonNode *info = json_object_get_member (meta, META_CLIENT_INFO);
  g_autofree char *caps_text = zt_json_to_string (caps);
  g_autofree char *info_text = info ? zt_json_to_string (info) : g_strdup ("");
  g_autofree char *material = g_strjoin ("\n", service->name, client, caps_text, info_text, NULL);
  g_autofree char *key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, material, -1);
  ZtBridge *bridge = g_hash_table_lookup (agent->bridge_state->bridges, key);
  g_autoptr(ZtMessage) initialize = NULL;
  InitSink *init;

  if (bridge != NULL)
    return bridge;

  bridge = g_new0 (ZtBridge, 1);
  bridge->agent = agent;
  bridge->key = g_steal_pointer (&key);
  bridge->client = g_strdup (client);
  g_queue_init (&bridge->waiting);
  bridge->session = _zt_agent_create_session (agent, service, subject, error);
  if (bridge->session == NULL)
    {
      bridge_free (bridge);
      return NULL;
    }
  bridge->closed_handler = g_signal_connect (bridge->session, "closed", G_CALLBACK (bridge_session_closed_cb), bridge);
  g_hash_table_insert (agent->bridge_state->bridges, bridge->key, bridge);

  init = g_new0 (InitSink, 1);
  zt_sink_init (&init->parent, &init_sink_funcs, FALSE);
  init->bridge = bridge;
  initialize = synthesize_initialize (meta);
  zt_session_handle (bridge->session, initialize, &init->parent);
  zt_sink_unref (&init->parent);
  return bridge;
}

/* ---------------------------------------------------------------------------------------- */
/* Requests                                                                                 */

static void
answer_discover (ZtBridge          *bridge,
                 SoupServerMessage *msg,
                 ZtMessage         *message)
{
  JsonObject *init = json_node_get_object (bridge->init_result);
  JsonNode *caps = json_object_get_member (init, "capabilities");
  const char *instructions = json_object_get_string_member_with_default (init, "instructions", NULL);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(ZtMessage) reply = NULL;
  JsonObject *c;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "resultType");
  json_builder_add_string_value (b, "complete");
  json_builder_set_member_name (b, "supportedVersions");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, MODERN_VERSION);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "capabilities");
  if (caps != NULL && JSON_NODE_HOLDS_OBJECT (caps))
    {
      JsonNode *copy = json_node_new (JSON_NODE_OBJECT);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      /* tasks moved to an extension with another design: not offered through the bridge */
      json_node_take_object (copy, (c = json_object_new ()));
      json_object_iter_init (&iter, json_node_get_object (caps));
      while (json_object_iter_next (&iter, &name, &value))
        if (strcmp (name, "tasks") != 0)
          json_object_set_member (c, name, json_node_copy (value));
      json_builder_add_value (b, copy);
    }
  else
    {
      json_builder_begin_object (b);
      json_builder_end_object (b);
    }
  if (instructions != NULL)
    {
      json_builder_set_member_name (b, "instructions");
      json_builder_add_string_value (b, instructions);
    }
  json_builder_set_member_name (b, "serverInfo");
  json_builder_add_value (b, server_info (bridge));
  json_builder_set_member_name (b, "ttlMs");
  json_builder_add_int_value (b, 0);
  json_builder_set_member_name (b, "cacheScope");
  json_builder_add_string_value (b, "private");
  json_builder_set_member_name (b, "_meta");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, META_SERVER_INFO);
  json_builder_add_value (b, server_info (bridge));
  json_builder_end_object (b);
  json_builder_end_object (b);
  result = json_builder_get_root (b);
  reply = zt_message_new_result (zt_message_get_id (message), result);
  _zt_agent_reply_message (msg, 200, reply);
}

/* The request as a session-era server expects it: no era keys in _meta, no MRTR fields. */
static ZtMessage *
legacy_request (ZtMessage *message)
{
  g_autoptr(ZtMessage) out = zt_message_copy (message);
  JsonObject *meta = request_meta (message);
  JsonObject *params = zt_message_get_params (message);

  if (meta != NULL)
    {
      g_autoptr(JsonNode) kept = json_node_new (JSON_NODE_OBJECT);
      JsonObject *k = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;
      const char * const path[] = { "params", "_meta", NULL };

      json_object_iter_init (&iter, meta);
      while (json_object_iter_next (&iter, &name, &value))
        if (!g_str_has_prefix (name, META_PREFIX))
          json_object_set_member (k, name, json_node_copy (value));
      json_node_take_object (kept, k);
      zt_message_replace (out, path, kept);
    }
  if (params != NULL && (json_object_has_member (params, "inputResponses") ||
                         json_object_has_member (params, "requestState")))
    {
      /* rebuilt without them: the tree is shared, so remove from a copy */
      JsonObject *p = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      const char * const path[] = { "params", NULL };

      json_object_iter_init (&iter, zt_message_get_params (out));
      while (json_object_iter_next (&iter, &name, &value))
        if (strcmp (name, "inputResponses") != 0 && strcmp (name, "requestState") != 0)
          json_object_set_member (p, name, json_node_copy (value));
      json_node_take_object (node, p);
      zt_message_replace (out, path, node);
    }
  return g_steal_pointer (&out);
}

static HttpSink *
modern_sink_new (ZtBridge          *bridge,
                 SoupServerMessage *msg,
                 ZtMessage         *message)
{
  JsonObject *meta = request_meta (message);
  HttpSink *sink = _zt_http_sink_new (msg, SINK_POST_UNDECIDED);

  sink->modern = TRUE;
  sink->bridge = bridge;
  sink->method = g_strdup (zt_message_get_method (message));
  sink->client_id = json_node_copy (zt_message_get_id (message));
  if (meta != NULL && json_object_has_member (meta, META_LOG_LEVEL))
    sink->log_level = g_strdup (json_object_get_string_member_with_default (meta, META_LOG_LEVEL, "info"));
  _zt_http_sink_watch_disconnect (sink);
  return sink;
}

/* Log levels were per session; the bridge asks for the most recent level any request wanted. */
static void
maybe_set_log_level (ZtBridge  *bridge,
                     ZtMessage *message)
{
  JsonObject *meta = request_meta (message);
  const char *level = meta ? json_object_get_string_member_with_default (meta, META_LOG_LEVEL, NULL) : NULL;
  JsonObject *caps = json_object_get_object_member (json_node_get_object (bridge->init_result), "capabilities");
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) params = NULL;
  g_autoptr(JsonNode) id = NULL;
  g_autoptr(ZtMessage) request = NULL;
  InitSink *ignore;

  if (level == NULL || g_strcmp0 (level, bridge->log_level) == 0 || caps == NULL ||
      !json_object_has_member (caps, "logging"))
    return;
  g_free (bridge->log_level);
  bridge->log_level = g_strdup (level);
  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "level");
  json_builder_add_string_value (b, level);
  json_builder_end_object (b);
  params = json_builder_get_root (b);
  id = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (id, "zt4mcp-bridge-loglevel");
  request = zt_message_new_request (id, "logging/setLevel", params);
  /* an InitSink with no bridge swallows the answer */
  ignore = g_new0 (InitSink, 1);
  zt_sink_init (&ignore->parent, &init_sink_funcs, FALSE);
  zt_session_handle (bridge->session, request, &ignore->parent);
  zt_sink_unref (&ignore->parent);
}

static void
retry (ZtBridge          *bridge,
       SoupServerMessage *msg,
       ZtMessage         *message,
       ZtParked          *parked)
{
  JsonObject *params = zt_message_get_params (message);
  JsonNode *responses = json_object_get_member (params, "inputResponses");
  HttpSink *old = parked->sink;
  HttpSink *sink;

  /* each answer goes upstream as the response to the server's request */
  for (guint i = 0; i < parked->asked->len; i++)
    {
      const char *key = g_ptr_array_index (parked->asked, i);
      JsonNode *answer = responses && JSON_NODE_HOLDS_OBJECT (responses)
                         ? json_object_get_member (json_node_get_object (responses), key) : NULL;
      g_autoptr(JsonNode) cid = zt_json_id_new_int (g_ascii_strtoll (key + 1, NULL, 10));
      g_autoptr(ZtMessage) reply = answer
        ? zt_message_new_result (cid, answer)
        : zt_message_new_error (cid, ZT_JSONRPC_INTERNAL_ERROR, "the client gave no answer");

      zt_session_handle (bridge->session, reply, NULL);
    }
  g_ptr_array_set_size (parked->asked, 0);

  sink = modern_sink_new (bridge, msg, message);
  zt_session_retarget_sink (bridge->session, &old->parent, &sink->parent);

  if (parked->final != NULL)
    {
      g_autoptr(ZtMessage) final = g_steal_pointer (&parked->final);
      g_hash_table_remove (bridge->agent->bridge_state->parked, parked->id);
      _zt_bridge_sink_deliver (sink, final, TRUE);
    }
  else if (parked->unasked->len > 0)
    {
      g_autoptr(GPtrArray) more = g_steal_pointer (&parked->unasked);

      parked->unasked = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_message_unref);
      /* the parked record now follows the new sink */
      zt_sink_unref (&parked->sink->parent);
      old->parked = NULL;
      parked->sink = (HttpSink *) zt_sink_ref (&sink->parent);
      sink->parked = parked;
      ask_for_input (sink, more);
    }
  else
    g_hash_table_remove (bridge->agent->bridge_state->parked, parked->id);
  zt_sink_unref (&sink->parent);
}

static void
dispatch (ZtBridge          *bridge,
          SoupServerMessage *msg,
          ZtMessage         *message)
{
  const char *method = zt_message_get_method (message);
  JsonObject *params = zt_message_get_params (message);
  const char *state = params ? json_object_get_string_member_with_default (params, "requestState", NULL) : NULL;
  g_autoptr(ZtMessage) upstream = NULL;
  HttpSink *sink;

  if (bridge->init_error != NULL)
    {
      g_autofree char *text = g_strdup_printf ("the upstream server refused to start a session: %s",
                                               bridge->init_error);
      _zt_agent_reply_jsonrpc_error (msg, 502, zt_message_get_id (message), ZT_JSONRPC_INTERNAL_ERROR, text);
      return;
    }
  if (strcmp (method, "server/discover") == 0)
    {
      answer_discover (bridge, msg, message);
      return;
    }
  if (strcmp (method, "subscriptions/listen") == 0)
    {
      _zt_agent_reply_jsonrpc_error (msg, 404, zt_message_get_id (message), ZT_JSONRPC_METHOD_NOT_FOUND,
                                     "subscriptions/listen is not bridged to session-era servers yet");
      return;
    }
  if (state != NULL)
    {
      ZtParked *parked = state_lookup (bridge->agent, state, bridge->client, method);

      if (parked == NULL || parked->bridge != bridge)
        {
          _zt_agent_reply_jsonrpc_error (msg, 400, zt_message_get_id (message), ZT_JSONRPC_INVALID_PARAMS,
                                         "requestState is not valid: forged, expired, or already used; "
                                         "send the request again without it");
          return;
        }
      retry (bridge, msg, message, parked);
      return;
    }

  maybe_set_log_level (bridge, message);
  upstream = legacy_request (message);
  sink = modern_sink_new (bridge, msg, message);
  zt_session_handle (bridge->session, upstream, &sink->parent);
  zt_sink_unref (&sink->parent);
}

void
_zt_bridge_handle_post (ZtAgent           *self,
                        SoupServerMessage *msg,
                        ZtService         *service,
                        ZtSubject         *subject,
                        ZtMessage         *message)
{
  g_autoptr(GError) error = NULL;
  ZtBridge *bridge;

  if (!validate (msg, message))
    return;
  if (zt_message_get_kind (message) != ZT_MESSAGE_REQUEST)
    {
      /* over HTTP a modern client cancels by closing its stream; nothing else is sent */
      soup_server_message_set_status (msg, 202, NULL);
      return;
    }
  if (!g_strv_contains (modern_methods, zt_message_get_method (message)))
    {
      g_autofree char *text = g_strdup_printf ("method %s does not exist in MCP %s",
                                               zt_message_get_method (message), MODERN_VERSION);
      _zt_agent_reply_jsonrpc_error (msg, 404, zt_message_get_id (message), ZT_JSONRPC_METHOD_NOT_FOUND, text);
      return;
    }
  if (!_zt_agent_accepts (msg, "application/json") || !_zt_agent_accepts (msg, "text/event-stream"))
    {
      _zt_agent_reply_jsonrpc_error (msg, 406, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST,
                                     "Not Acceptable: the client must accept application/json and text/event-stream");
      return;
    }

  bridge = bridge_get (self, service, subject, request_meta (message), &error);
  if (bridge == NULL)
    {
      _zt_agent_reply_jsonrpc_error (msg, error->code == ZT_ERROR_LIMIT ? 503 : 502, zt_message_get_id (message),
                                     ZT_JSONRPC_INTERNAL_ERROR, error->message);
      return;
    }
  if (!bridge->ready)
    {
      Waiting *w = g_new0 (Waiting, 1);

      w->msg = g_object_ref (msg);
      w->message = zt_message_ref (message);
      _zt_msg_pause (msg);
      g_queue_push_tail (&bridge->waiting, w);
      return;
    }
  dispatch (bridge, msg, message);
}

void
_zt_bridge_init (ZtAgent *self)
{
  self->bridge_state = g_new0 (ZtBridgeState, 1);
  if (gnutls_rnd (GNUTLS_RND_KEY, self->bridge_state->state_key, sizeof self->bridge_state->state_key) != 0)
    g_error ("no randomness available");
  self->bridge_state->parked = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) parked_free);
  self->bridge_state->bridges = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) bridge_free);
}

void
_zt_bridge_shutdown (ZtAgent *self)
{
  if (self->bridge_state == NULL)
    return;
  /* bridges first: each takes its parked requests out of the parked table as it goes */
  g_clear_pointer (&self->bridge_state->bridges, g_hash_table_unref);
  g_clear_pointer (&self->bridge_state->parked, g_hash_table_unref);
  g_clear_pointer (&self->bridge_state, g_free);
}
