/* zt-agent-http.c: the agent's HTTP answers: error formats, and the sinks that carry relayed messages to clients */
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

#define PING_INTERVAL  15

/* ---------------------------------------------------------------------------------------- */
/* Responses                                                                                */

void
_zt_agent_reply_json (SoupServerMessage *msg,
                      guint              status,
                      JsonNode          *node)
{
  char *text = zt_json_to_string_pretty (node);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, text, strlen (text));
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

const char *
_zt_agent_http_error_code (guint status)
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

void
_zt_agent_reply_gerror (SoupServerMessage *msg,
                        const GError      *error)
{
  guint status = zt_error_to_http (error);
  _zt_agent_reply_error (msg, status, _zt_agent_http_error_code (status), "%s", error->message);
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

static void
http_sink_client_gone (HttpSink *sink)
{
  if (sink->done)
    return;
  http_sink_mark_done (sink);
  if (sink->modern)
    _zt_bridge_sink_finished (sink);
  /* let libsoup fail its write and clean up the connection */
  _zt_msg_body_complete (sink->msg);
  _zt_msg_unpause (sink->msg);
}

/* Whether the readable @socket was closed by its client (not a pipelined request) */
static gboolean
client_closed (GSocket *socket)
{
  char byte;
  gssize n = recv (g_socket_get_fd (socket), &byte, 1, MSG_PEEK | MSG_DONTWAIT);

  return !(n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR)));
}

/* libsoup notices a client that went away only when it next writes; a modern client's
 * closed stream is a cancellation, so the socket is watched while the answer is pending. */
static gboolean
hup_cb (GSocket      *socket,
        GIOCondition  condition,
        gpointer      user_data)
{
  HttpSink *sink = user_data;

  /* either way the watch ends: a pipelined request is not a close */
  g_clear_pointer (&sink->hup_source, g_source_unref);
  if (client_closed (socket))
    http_sink_client_gone (sink);
  return G_SOURCE_REMOVE;
}

/* The same for a message an HTTP front worker owns: its socket is watched there (libsoup
 * closes that fd there), and what the sink does about it is done here. */
typedef struct {
  HttpSink *sink;
  ZtWorker *owner;
} Hup;

static void
sink_unref_item (gpointer item)
{
  zt_sink_unref (item);
}

static void
hup_gone_run (gpointer item,
              gpointer user_data)
{
  http_sink_client_gone (item);
}

static void
hup_free (gpointer data)
{
  Hup *h = data;

  /* the sink's last reference goes on its own thread */
  zt_worker_post_home (h->owner, NULL, h->sink, sink_unref_item);
  g_free (h);
}

static gboolean
hup_relay_cb (GSocket      *socket,
              GIOCondition  condition,
              gpointer      user_data)
{
  Hup *h = user_data;

  if (!client_closed (socket))
    return G_SOURCE_REMOVE;  /* a pipelined request, not a close */
  zt_sink_ref (&h->sink->parent);
  zt_worker_post_home (h->owner, hup_gone_run, h->sink, sink_unref_item);
  return G_SOURCE_REMOVE;
}

void
_zt_http_sink_watch_disconnect (HttpSink *sink)
{
  GSocket *socket = zt_http_guard_message_socket (sink->msg);
  ZtWorker *owner = _zt_msg_owner (sink->msg);

  if (socket == NULL || sink->hup_source != NULL)
    return;
  sink->hup_source = g_socket_create_source (socket, G_IO_IN | G_IO_HUP | G_IO_ERR, NULL);
  if (owner != NULL)
    {
      Hup *h = g_new0 (Hup, 1);

      h->sink = (HttpSink *) zt_sink_ref (&sink->parent);
      h->owner = owner;
      g_source_set_callback (sink->hup_source, (GSourceFunc) (void (*) (void)) hup_relay_cb, h, hup_free);
      g_source_attach (sink->hup_source, zt_worker_get_context (owner));
      return;
    }
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

/* Back-pressure. A stream that holds half the stream buffer not yet taken by its client has
 * its session's upstream wait (a stdio server's output stays in its pipe, an HTTP server's in
 * its connection, and the server blocks) until the client has taken all but an eighth; past the whole buffer the stream is
 * ended (_zt_msg_body_append ()), which an upstream that cannot wait can still reach. libsoup
 * says what it wrote where it writes, on a front worker's thread too, so the drain is
 * looked at from here every few milliseconds, and only while the upstream waits. */
#define DRAIN_CHECK_MS 5

static void
http_sink_release (HttpSink *sink)
{
  if (!sink->holding)
    return;
  sink->holding = FALSE;
  zt_source_clear (&sink->drain_timer);
  zt_session_hold_upstream (sink->feeds, FALSE);
}

static gboolean
drain_check_cb (gpointer user_data)
{
  HttpSink *sink = user_data;

  if (!sink->done && _zt_msg_backlog (sink->msg) > _zt_msg_stream_buffer () / 8)
    return G_SOURCE_CONTINUE;
  g_clear_pointer (&sink->drain_timer, g_source_unref);  /* removed by returning */
  http_sink_release (sink);
  return G_SOURCE_REMOVE;
}

static void
http_sink_appended (HttpSink *sink,
                    gsize     backlog)
{
  gsize bound = _zt_msg_stream_buffer ();

  if (bound == 0 || sink->holding || sink->feeds == NULL || backlog == G_MAXSIZE || backlog <= bound / 2)
    return;
  sink->holding = TRUE;
  zt_session_hold_upstream (sink->feeds, TRUE);
  sink->drain_timer = zt_timeout_source_attach (DRAIN_CHECK_MS, drain_check_cb, sink);
}

static void
http_sink_finished_cb (SoupServerMessage *msg,
                       HttpSink          *sink)
{
  gboolean answered = sink->done;

  http_sink_mark_done (sink);
  http_sink_release (sink);
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
  _zt_msg_body_complete (sink->msg);
  _zt_msg_unpause (sink->msg);
}

void
_zt_http_sink_write (HttpSink   *sink,
                 const char *data,
                 gsize       len)
{
  http_sink_appended (sink, _zt_msg_body_append (sink->msg, data, len));
  _zt_msg_unpause (sink->msg);
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
      _zt_msg_unpause (sink->msg);
      http_sink_mark_done (sink);
      return;
    }

  {
    GString *event = g_string_sized_new (len + 32);
    gsize backlog;

    zt_sse_append_event (event, sink->kind == SINK_LEGACY ? "message" : NULL, NULL, text, len);
    backlog = _zt_msg_body_append (sink->msg, event->str, event->len);
    g_string_free (event, TRUE);
    http_sink_appended (sink, backlog);
    _zt_msg_unpause (sink->msg);
  }

  if (final && sink->kind == SINK_POST_SSE)
    {
      _zt_msg_body_complete (sink->msg);
      _zt_msg_unpause (sink->msg);
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
  http_sink_release (sink);
  g_clear_object (&sink->feeds);
  if (sink->msg != NULL)
    g_clear_signal_handler (&sink->finished_handler, sink->msg);
  g_clear_object (&sink->msg);
  g_clear_object (&sink->session);
  g_free (sink);
}

static void
http_sink_end (ZtSink *base)
{
  _zt_http_sink_end ((HttpSink *) base);
}

static const ZtSinkFuncs http_sink_funcs = { http_sink_deliver, http_sink_finalize, http_sink_end };

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
  sink->finished_handler = _zt_msg_connect_finished (msg, G_CALLBACK (http_sink_finished_cb), sink);

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
  _zt_msg_pause (msg);
  return sink;
}
