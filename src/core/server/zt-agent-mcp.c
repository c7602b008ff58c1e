/* zt-agent-mcp.c: the MCP endpoints: streamable HTTP (/mcp/NAME) and legacy HTTP+SSE (/sse/NAME) */
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

static const char *session_era_versions[] = { "2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", NULL };

/* ---------------------------------------------------------------------------------------- */
/* MCP endpoints                                                                            */

gboolean
_zt_agent_accepts (SoupServerMessage *msg,
         const char        *type)
{
  const char *accept = soup_message_headers_get_list (soup_server_message_get_request_headers (msg), "Accept");

  return accept == NULL || strstr (accept, type) != NULL || strstr (accept, "*/*") != NULL;
}

static void
reply_jsonrpc (SoupServerMessage *msg,
               guint              status,
               const char        *code,
               const char        *text)
{
  if (code != NULL)
    {
      g_autoptr(JsonNode) data = json_node_new (JSON_NODE_OBJECT);

      json_node_take_object (data, json_object_new ());
      json_object_set_string_member (json_node_get_object (data), "code", code);
      _zt_agent_reply_jsonrpc_error_data (msg, status, NULL, ZT_JSONRPC_INTERNAL_ERROR, text, data);
    }
  else
    _zt_agent_reply_jsonrpc_error (msg, status, NULL, ZT_JSONRPC_INVALID_REQUEST, text);
}

ZtService *
_zt_agent_lookup_service_for (ZtAgent           *self,
                              SoupServerMessage *msg,
                              const char        *path,
                              const char        *prefix,
                              char             **rest,
                              ZtSubject        **subject)
{
  return _zt_agent_lookup_service_with (self, msg, path, prefix, rest, subject, reply_jsonrpc);
}

ZtService *
_zt_agent_lookup_service_with (ZtAgent           *self,
                               SoupServerMessage *msg,
                               const char        *path,
                               const char        *prefix,
                               char             **rest,
                               ZtSubject        **subject,
                               ZtAgentReplyFunc   reply)
{
  g_autofree char *name = NULL;
  const char *p = path + strlen (prefix);
  const char *slash;
  const ZtClientRecord *client = NULL;
  ZtTokenRole role = _zt_agent_authenticate (self, msg, &client);
  ZtService *service;

  if (*p == '/')
    p++;
  slash = strchr (p, '/');
  name = slash ? g_strndup (p, slash - p) : g_strdup (p);
  *rest = g_strdup (slash ? slash : "");

  service = g_hash_table_lookup (self->services, name);
  /* without a token, a missing service and a protected one look the same */
  if (role == ZT_TOKEN_NONE && !(service != NULL && service->local_auth_none && _zt_agent_remote_is_loopback (msg)))
    {
      if (service != NULL)
        _zt_agent_report_refusal (self, service, ZT_SIDE_IMPORTER, NULL, "auth", "missing or wrong bearer token");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer realm=\"zt4mcp\"");
      reply (msg, 401, NULL, "missing or wrong bearer token: use the token from api.json or one "
                             "made by `zt4mcp client add NAME`");
      return NULL;
    }
  if (service == NULL)
    {
      g_autofree char *text = g_strdup_printf ("no service named \"%s\" on this agent; "
                                               "`zt4mcp service list` shows the configured ones", name);
      reply (msg, 404, NULL, text);
      return NULL;
    }
  /* an llm service speaks OpenAI's API at /llm/NAME/v1, an MCP service MCP at /mcp and /sse */
  if (service->llm != (strcmp (prefix, "/llm") == 0))
    {
      g_autofree char *text = service->llm
        ? g_strdup_printf ("%s is an llm service: use /llm/%s/v1 with an OpenAI client", name, name)
        : g_strdup_printf ("%s is an MCP service: use /mcp/%s", name, name);

      reply (msg, 404, NULL, text);
      return NULL;
    }
  if (role == ZT_TOKEN_CLIENT && !_zt_agent_client_may_use (client, service->name))
    {
      g_autofree char *allowed = g_strjoinv (", ", client->services);
      g_autofree char *text = g_strdup_printf ("the client token \"%s\" may not use the service %s (it may use: %s); "
                                               "the agent's administrator can make a token for it with "
                                               "`zt4mcp client add NAME --service %s`",
                                               client->name, service->name, *allowed ? allowed : "none",
                                               service->name);
      reply (msg, 403, NULL, text);
      {
        g_autoptr(ZtSubject) who = zt_subject_new_client (client->name);

        _zt_agent_report_refusal (self, service, ZT_SIDE_IMPORTER, who, "client-scope", text);
      }
      return NULL;
    }
  *subject = role == ZT_TOKEN_ADMIN ? zt_subject_new_local ()
           : role == ZT_TOKEN_CLIENT ? zt_subject_new_client (client->name)
           : zt_subject_new_anonymous ();
  if (!service->enabled)
    {
      g_autofree char *text = g_strdup_printf ("service %s is stopped; start it again in the desktop app or with "
                                               "PATCH /api/v1/services/%s {\"enabled\": true}",
                                               name, name);

      reply (msg, 503, "service_stopped", text);
      _zt_agent_report_refusal (self, service, ZT_SIDE_IMPORTER, *subject, "service-stopped", text);
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
      _zt_agent_report_refusal (self, service, ZT_SIDE_IMPORTER, subject, "parse", error->message);
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

      if (!_zt_agent_session_usable (found, service, subject))
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
  sink->feeds = g_object_ref (session);
  zt_session_handle (session, message, &sink->parent);
  zt_sink_unref (&sink->parent);
}

void
_zt_agent_handle_mcp (ZtAgent           *self,
                      SoupServerMessage *msg,
                      const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *rest = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  ZtService *service;

  service = _zt_agent_lookup_service_for (self, msg, path, "/mcp", &rest, &subject);
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
      if (!_zt_agent_session_usable (session, service, subject))
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
        sink->feeds = g_object_ref (session);
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

void
_zt_agent_handle_sse (ZtAgent           *self,
                      SoupServerMessage *msg,
                      const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *rest = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  ZtService *service;

  service = _zt_agent_lookup_service_for (self, msg, path, "/sse", &rest, &subject);
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
      sink->feeds = g_object_ref (session);
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
      if (!_zt_agent_session_usable (session, service, subject))
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
