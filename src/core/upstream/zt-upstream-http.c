/* zt-upstream-http.c: MCP over streamable HTTP (session era) and legacy HTTP+SSE, as a client */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libsoup/soup.h>
#include <string.h>

#include "zt-error.h"
#include "zt-http-client.h"
#include "zt-sse.h"
#include "zt-transports.h"
#include "zt-tls.h"
#include "zt-util.h"

#define LATEST_SESSION_ERA "2025-11-25"

struct _ZtUpstreamHttp
{
  ZtUpstream    parent_instance;

  SoupSession  *session;
  ZtHttpClient *lite;            /* plain http: calls on our own kept-alive sockets, or NULL */
  GCancellable *cancellable;
  GUri         *url;
  char         *token;
  gboolean      legacy;          /* HTTP+SSE (2024-11-05) instead of streamable HTTP */

  char         *session_id;      /* Mcp-Session-Id given by the server */
  char         *protocol_version;
  GHashTable   *initialize_ids;  /* id keys of initialize requests in flight */
  gboolean      get_stream_open;
  guint         get_retries;

  GUri         *post_url;        /* legacy: from the "endpoint" event */
  GQueue        pending;         /* messages waiting for the endpoint or for an ordered POST */
  gsize         pending_bytes;   /* their memory (twice their size), bounded by zt_upstream_backlog_limit */
  gboolean      ordering;        /* an ordered POST is in flight: later messages wait */

  /* 2026-07-28 servers, met by a session-era client: see the "Modern servers" section */
  ZtEra         era;             /* as configured; AUTO probes with server/discover */
  gboolean      modern;          /* decided: the server speaks 2026-07-28 */
  ZtMessage    *probing;         /* the client's initialize, held while probing */
  JsonNode     *client_caps;
  JsonNode     *client_info;
  char         *client_version;
  char         *log_level;
  GHashTable   *exchanges;       /* upstream request id -> Exchange */
  GQueue        readers;         /* BodyReader *, every answer being read */
  gboolean      held;            /* answers are not read on: back-pressure from a client */
};

/* A request to a modern server, kept until its final answer (MRTR may take rounds). */
typedef struct {
  ZtMessage    *request;         /* as the session sent it (id = the session's upstream id) */
  gint64        id;
  GCancellable *cancellable;     /* closing the stream is how a modern server is told to stop */
  GHashTable   *asked;           /* server-request id we made up -> inputRequests key */
  JsonObject   *responses;       /* key -> the client's answer */
  char         *state;           /* requestState to echo */
  guint         round;
} Exchange;

static void
exchange_free (Exchange *x)
{
  g_cancellable_cancel (x->cancellable);
  g_clear_object (&x->cancellable);
  g_clear_pointer (&x->request, zt_message_unref);
  g_clear_pointer (&x->asked, g_hash_table_unref);
  g_clear_pointer (&x->responses, json_object_unref);
  g_free (x->state);
  g_free (x);
}

#define ZT_TYPE_UPSTREAM_HTTP (zt_upstream_http_get_type ())
G_DECLARE_FINAL_TYPE (ZtUpstreamHttp, zt_upstream_http, ZT, UPSTREAM_HTTP, ZtUpstream)
G_DEFINE_FINAL_TYPE (ZtUpstreamHttp, zt_upstream_http, ZT_TYPE_UPSTREAM)

/* One response body being read: a JSON document or an SSE stream. The request is described
 * by a SoupMessage either way; it is sent by libsoup (https, a proxy) or by the lean client
 * (zt-http-client.h), and what either learns of the answer is kept here. */
typedef struct {
  ZtUpstreamHttp *self;
  SoupMessage    *msg;
  GBytes         *req_body;
  GInputStream   *stream;      /* libsoup's body stream */
  ZtHttpCall     *call;        /* or the lean client's call, until it ends */
  gulong          cancel_id;
  guint           status;
  char           *reason;
  SoupMessageHeaders *resp_headers;
  ZtSseParser    *parser;
  GByteArray     *body;
  JsonNode       *request_id;  /* the request this body answers, or NULL */
  gint64          related;
  gboolean        is_sse;
  gboolean        is_get;
  gboolean        answered;    /* a response to request_id was seen */
  gboolean        probe;       /* the server/discover sent to learn the server's era */
  gint64          exchange;    /* modern: the exchange this answers, or -1 */
  gboolean        ordered;     /* later messages wait until this POST is accepted */
  gboolean        discard;     /* a 202's body: read to its end only to free the connection */
  GCancellable   *cancellable;
  GList           link;        /* in self->readers */
  /* libsoup's body stream while the upstream is held (parked): no read is asked for until
   * release, or until the reader is cancelled (which a read then reports) */
  gulong          park_id;     /* not 0 while parked */
  GSource        *unpark;
} BodyReader;

static void modern_answer (ZtUpstreamHttp *self, BodyReader *r, ZtMessage *message);
static void probe_answer (ZtUpstreamHttp *self, BodyReader *r, ZtMessage *message, guint status);
static void probe_failed (ZtUpstreamHttp *self);

static void open_get_stream (ZtUpstreamHttp *self);
static void flush_pending (ZtUpstreamHttp *self);

static BodyReader *
body_reader_new (ZtUpstreamHttp *self)
{
  BodyReader *r = g_new0 (BodyReader, 1);

  r->self = g_object_ref (self);
  r->related = -1;
  r->exchange = -1;
  r->cancellable = g_object_ref (self->cancellable);
  r->link.data = r;
  g_queue_push_tail_link (&self->readers, &r->link);
  return r;
}

static void
body_reader_free (BodyReader *r)
{
  if (r->call != NULL)
    zt_http_call_abandon (g_steal_pointer (&r->call));
  if (r->cancel_id != 0)
    g_cancellable_disconnect (r->cancellable, r->cancel_id);
  if (r->park_id != 0)
    g_cancellable_disconnect (r->cancellable, r->park_id);
  zt_source_clear (&r->unpark);
  g_queue_unlink (&r->self->readers, &r->link);
  g_clear_object (&r->self);
  g_clear_object (&r->msg);
  g_clear_pointer (&r->req_body, g_bytes_unref);
  g_clear_pointer (&r->resp_headers, soup_message_headers_unref);
  g_free (r->reason);
  g_clear_object (&r->stream);
  g_clear_pointer (&r->parser, zt_sse_parser_free);
  g_clear_pointer (&r->body, g_byte_array_unref);
  g_clear_pointer (&r->request_id, json_node_unref);
  g_clear_object (&r->cancellable);
  g_free (r);
}

static void
emit_error_for (ZtUpstreamHttp *self,
                JsonNode       *request_id,
                int             code,
                const char     *text)
{
  g_autoptr(ZtMessage) err = NULL;

  if (request_id == NULL)
    {
      g_message ("%s: %s", zt_upstream_get_name (ZT_UPSTREAM (self)), text);
      return;
    }
  err = zt_message_new_error (request_id, code, text);
  zt_upstream_emit_message (ZT_UPSTREAM (self), err, -1);
}

static void
deliver (BodyReader *r,
         const char *data,
         gsize       len)
{
  ZtUpstreamHttp *self = r->self;
  const ZtLimits *limits = zt_upstream_get_limits (ZT_UPSTREAM (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) message = NULL;
  JsonNode *id;

  message = zt_message_parse (data, len, limits, &error);
  if (message == NULL)
    {
      g_warning ("%s: dropped a message from the upstream server: %s",
                 zt_upstream_get_name (ZT_UPSTREAM (self)), error->message);
      return;
    }

  if (r->probe)
    {
      r->answered = TRUE;
      probe_answer (self, r, message, r->status);
      return;
    }

  id = zt_message_get_id (message);
  if (zt_message_get_kind (message) == ZT_MESSAGE_ERROR && r->request_id != NULL && !r->answered &&
      (id == NULL || JSON_NODE_HOLDS_NULL (id)))
    {
      /* an error without an id in the body of a POST answers that POST's request */
      zt_message_set_id (message, r->request_id);
      id = zt_message_get_id (message);
    }
  if (zt_message_is_response (message) && id != NULL)
    {
      g_autofree char *key = zt_json_id_key (id);

      if (r->request_id != NULL && json_node_equal (id, r->request_id))
        r->answered = TRUE;

      if (g_hash_table_remove (self->initialize_ids, key) &&
          zt_message_get_kind (message) == ZT_MESSAGE_RESULT)
        {
          JsonObject *result = zt_message_get_result (message);
          const char *sid = r->resp_headers ? soup_message_headers_get_one (r->resp_headers, "Mcp-Session-Id")
                                            : NULL;

          g_free (self->protocol_version);
          self->protocol_version =
            g_strdup (result ? json_object_get_string_member_with_default (result, "protocolVersion", NULL) : NULL);
          if (sid != NULL && !self->legacy)
            {
              g_free (self->session_id);
              self->session_id = g_strdup (sid);
            }
        }
    }

  if (self->modern && r->exchange >= 0 && zt_message_is_response (message))
    {
      modern_answer (self, r, message);
      return;
    }
  zt_upstream_emit_message (ZT_UPSTREAM (self), message, r->related);
}

static void
sse_event_cb (const char *event,
              const char *data,
              gsize       len,
              const char *id,
              gpointer    user_data)
{
  BodyReader *r = user_data;
  ZtUpstreamHttp *self = r->self;

  if (self->legacy && strcmp (event, "endpoint") == 0)
    {
      g_autofree char *ref = g_strndup (data, len);
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&self->post_url, g_uri_unref);
      self->post_url = g_uri_parse_relative (self->url, ref, G_URI_FLAGS_ENCODED, &error);
      if (self->post_url == NULL)
        {
          g_message ("%s: bad endpoint event: %s", zt_upstream_get_name (ZT_UPSTREAM (self)), error->message);
          return;
        }
      flush_pending (self);
      return;
    }

  if (strcmp (event, "message") == 0)
    deliver (r, data, len);
}

static void read_body (BodyReader *r);

static void
body_finished (BodyReader *r)
{
  ZtUpstreamHttp *self = r->self;

  if (r->discard)
    {
      if (r->stream != NULL)
        g_input_stream_close_async (r->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      body_reader_free (r);
      return;
    }
  if (r->is_sse && r->parser != NULL)
    zt_sse_parser_feed (r->parser, "\n\n", 2, NULL);

  if (!r->is_sse && r->body != NULL && r->body->len > 0)
    deliver (r, (const char *) r->body->data, r->body->len);

  if (r->probe && !r->answered)
    probe_failed (self);
  else if (r->request_id != NULL && !r->answered && !g_cancellable_is_cancelled (r->cancellable))
    emit_error_for (self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR,
                    "the upstream server closed the response stream before answering");

  if (r->is_get && !g_cancellable_is_cancelled (self->cancellable))
    {
      self->get_stream_open = FALSE;
      if (self->legacy)
        zt_upstream_emit_closed (ZT_UPSTREAM (self),
                                 g_error_new_literal (ZT_ERROR, ZT_ERROR_UPSTREAM,
                                                      "the upstream SSE stream ended"));
      else if (self->get_retries++ < 3)
        open_get_stream (self);
    }

  /* the body was read to its end: closing the stream is what hands the connection back to
   * libsoup's pool for the next request (otherwise each request opened a connection) */
  if (r->stream != NULL && !g_input_stream_is_closed (r->stream))
    g_input_stream_close_async (r->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  body_reader_free (r);
}

/* Body bytes. FALSE when they ended the reader (it is freed). */
static gboolean
body_data (BodyReader *r,
           const char *data,
           gsize       len)
{
  const ZtLimits *limits = zt_upstream_get_limits (ZT_UPSTREAM (r->self));
  gsize max = limits->max_size ? limits->max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;
  g_autoptr(GError) error = NULL;

  if (r->discard)
    {
      /* only read to the end */
    }
  else if (r->is_sse)
    {
      if (!zt_sse_parser_feed (r->parser, data, len, &error))
        {
          g_warning ("%s: %s", zt_upstream_get_name (ZT_UPSTREAM (r->self)), error->message);
          body_finished (r);
          return FALSE;
        }
    }
  else
    {
      if (r->body->len + len > max)
        {
          g_clear_pointer (&r->body, g_byte_array_unref);
          emit_error_for (r->self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR,
                          "the upstream server's response is over the message size limit");
          r->answered = TRUE;
          body_finished (r);
          return FALSE;
        }
      g_byte_array_append (r->body, (const guint8 *) data, len);
    }
  return TRUE;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BodyReader *r = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      body_finished (r);
      return;
    }
  data = g_bytes_get_data (bytes, &len);
  if (body_data (r, data, len))
    read_body (r);
}

static gboolean
unpark_cb (gpointer user_data)
{
  BodyReader *r = user_data;

  g_clear_pointer (&r->unpark, g_source_unref);  /* removed by returning */
  if (r->park_id != 0)
    {
      g_cancellable_disconnect (r->cancellable, r->park_id);
      r->park_id = 0;
      read_body (r);
    }
  return G_SOURCE_REMOVE;
}

/* From within g_cancellable_cancel (): the handler cannot disconnect itself there. */
static void
parked_cancelled_cb (GCancellable *cancellable,
                     gpointer      user_data)
{
  BodyReader *r = user_data;

  if (r->unpark == NULL)
    r->unpark = zt_timeout_source_attach (0, unpark_cb, r);
}

static void
read_body (BodyReader *r)
{
  if (r->self->held && !g_cancellable_is_cancelled (r->cancellable))
    {
      r->park_id = g_cancellable_connect (r->cancellable, G_CALLBACK (parked_cancelled_cb), r, NULL);
      return;
    }
  g_input_stream_read_bytes_async (r->stream, 64 * 1024, G_PRIORITY_DEFAULT,
                                   r->cancellable, read_cb, r);
}

/* Back-pressure (zt_session_hold_upstream ()): while held, no answer is read on. The
 * server's bytes wait in the connection, and a server that streams blocks once the window
 * is full, as a stdio server does on its pipe. */
static void
zt_upstream_http_hold_reading (ZtUpstream *upstream,
                               gboolean    hold)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);

  self->held = hold;
  for (GList *l = self->readers.head; l != NULL; l = l->next)
    {
      BodyReader *r = l->data;

      if (r->call != NULL)
        zt_http_call_hold (r->call, hold);
      else if (!hold && r->park_id != 0 && r->unpark == NULL)
        r->unpark = zt_timeout_source_attach (0, unpark_cb, r);  /* not from here: it may end */
    }
}

/* The answer's head came (or @error). TRUE when its body is to be read; FALSE when the
 * reader is done with (it is freed). */
static gboolean
head_ready (BodyReader   *r,
            const GError *error)
{
  ZtUpstreamHttp *self = r->self;
  const char *ctype;
  guint status;

  if (r->ordered)
    {
      /* the server has taken the message (or failed it): the next may go */
      r->ordered = FALSE;
      self->ordering = FALSE;
      if (!g_cancellable_is_cancelled (self->cancellable))
        flush_pending (self);
    }
  if (error != NULL && r->probe)
    {
      probe_failed (self);
      body_reader_free (r);
      return FALSE;
    }
  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *text = g_strdup_printf ("cannot reach the upstream server: %s", error->message);

          if (r->is_get && self->legacy)
            zt_upstream_emit_closed (ZT_UPSTREAM (self),
                                     g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "%s", text));
          else
            emit_error_for (self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR, text);
        }
      body_reader_free (r);
      return FALSE;
    }

  status = r->status;
  ctype = soup_message_headers_get_content_type (r->resp_headers, NULL);
  r->is_sse = g_strcmp0 (ctype, "text/event-stream") == 0;

  if (r->is_get && !self->legacy && status == 405)
    {
      /* the server offers no standalone stream: fine */
      body_reader_free (r);
      return FALSE;
    }

  if (status == 404 && self->session_id != NULL && !r->is_get)
    {
      emit_error_for (self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR,
                      "the upstream server ended the session (HTTP 404)");
      body_reader_free (r);
      zt_upstream_emit_closed (ZT_UPSTREAM (self),
                               g_error_new_literal (ZT_ERROR, ZT_ERROR_UPSTREAM,
                                                    "the upstream server ended the session"));
      return FALSE;
    }

  if (status == 202 || status == 204)
    {
      if (!self->legacy && !self->get_stream_open && self->session_id != NULL)
        open_get_stream (self);
      /* a "202 Accepted" may have a body (the SDK's SSE server sends one, chunked): read to
       * its end, or libsoup drops the connection instead of reusing it */
      r->discard = TRUE;
      return TRUE;
    }

  if (r->probe && !SOUP_STATUS_IS_SUCCESSFUL (status) && g_strcmp0 (ctype, "application/json") != 0)
    {
      /* no JSON-RPC answer at all: not a modern server */
      probe_failed (self);
      body_reader_free (r);
      return FALSE;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status) && g_strcmp0 (ctype, "application/json") != 0)
    {
      g_autofree char *text = g_strdup_printf ("the upstream server answered HTTP %u %s", status,
                                               r->reason ? r->reason : "");
      if (r->is_get && self->legacy)
        zt_upstream_emit_closed (ZT_UPSTREAM (self), g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "%s", text));
      else if (!r->is_get)
        emit_error_for (self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR, text);
      body_reader_free (r);
      return FALSE;
    }

  if (r->is_sse)
    {
      const ZtLimits *limits = zt_upstream_get_limits (ZT_UPSTREAM (self));
      r->parser = zt_sse_parser_new (limits->max_size ? limits->max_size + 4096 : 0, sse_event_cb, r);
      if (r->is_get)
        self->get_retries = 0;
    }
  else
    r->body = g_byte_array_new ();
  return TRUE;
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BodyReader *r = user_data;
  g_autoptr(GError) error = NULL;

  r->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (r->stream != NULL)
    {
      r->status = soup_message_get_status (r->msg);
      r->reason = g_strdup (soup_message_get_reason_phrase (r->msg));
      r->resp_headers = soup_message_headers_ref (soup_message_get_response_headers (r->msg));
    }
  if (head_ready (r, r->stream == NULL ? error : NULL))
    read_body (r);
}

static void
soup_send (ZtUpstreamHttp *self,
           BodyReader     *r)
{
  soup_session_send_async (self->session, r->msg, G_PRIORITY_DEFAULT, r->cancellable, sent_cb, r);
}

/* The lean client's side of a reader. */
static gboolean
lite_head (ZtHttpCall         *call,
           guint               status,
           const char         *reason,
           SoupMessageHeaders *headers,
           gpointer            user_data)
{
  BodyReader *r = user_data;

  r->status = status;
  r->reason = g_strdup (reason);
  r->resp_headers = soup_message_headers_ref (headers);
  return head_ready (r, NULL);
}

static gboolean
lite_body (ZtHttpCall *call,
           const char *data,
           gsize       len,
           gpointer    user_data)
{
  return body_data (user_data, data, len);
}

static void
lite_done (ZtHttpCall   *call,
           const GError *error,
           gpointer      user_data)
{
  BodyReader *r = user_data;
  ZtUpstreamHttp *self = r->self;

  r->call = NULL;
  if (r->resp_headers != NULL)
    {
      body_finished (r);  /* an error in the middle of the body ends it like libsoup's did */
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    {
      /* the system's settings name a proxy for the upstream: libsoup knows proxies */
      if (self->lite != NULL)
        g_message ("%s: a proxy is configured for the upstream server; its requests go through libsoup",
                   zt_upstream_get_name (ZT_UPSTREAM (self)));
      g_clear_pointer (&self->lite, zt_http_client_unref);
      if (r->cancel_id != 0)
        g_cancellable_disconnect (r->cancellable, r->cancel_id);
      r->cancel_id = 0;
      soup_send (self, r);
      return;
    }
  head_ready (r, error);
}

static const ZtHttpCallFuncs lite_funcs = { lite_head, lite_body, lite_done };

static gboolean
lite_cancelled_idle (gpointer user_data)
{
  body_finished (user_data);
  return G_SOURCE_REMOVE;
}

static void
lite_cancelled_cb (GCancellable *cancellable,
                   gpointer      user_data)
{
  BodyReader *r = user_data;

  if (r->call == NULL)
    return;
  /* the call ends at once (a connection in the middle of its answer is closed, as libsoup
   * does); the reader ends from the main loop, not from within whoever cancelled */
  zt_http_call_abandon (g_steal_pointer (&r->call));
  g_idle_add (lite_cancelled_idle, r);
}

/* Sends the reader's request, by the lean client when it serves the URI. */
static void
reader_send (ZtUpstreamHttp *self,
             BodyReader     *r)
{
  GUri *uri = soup_message_get_uri (r->msg);

  if (self->lite != NULL && zt_http_client_serves (self->lite, uri))
    {
      r->call = zt_http_client_send (self->lite, soup_message_get_method (r->msg), uri,
                                     soup_message_get_request_headers (r->msg), r->req_body, &lite_funcs, r);
      if (self->held)
        zt_http_call_hold (r->call, TRUE);
      r->cancel_id = g_cancellable_connect (r->cancellable, G_CALLBACK (lite_cancelled_cb), r, NULL);
      return;
    }
  soup_send (self, r);
}

static SoupMessage *
new_message (ZtUpstreamHttp *self,
             const char     *method,
             GUri           *uri)
{
  SoupMessage *msg = soup_message_new_from_uri (method, uri);
  SoupMessageHeaders *h = soup_message_get_request_headers (msg);

  /* libsoup sends a POST on a new connection unless it is marked idempotent: every call
   * paid a connect (and a resolver thread), and the idle connections it left piled up in
   * the pool, each peeked at on every send. A request that fails on a reused connection
   * before any of its answer came is sent again, on a new one: the server cannot have
   * answered it, as with every HTTP client that keeps connections alive. */
  soup_message_add_flags (msg, SOUP_MESSAGE_IDEMPOTENT);

  if (self->token != NULL)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", self->token, NULL);
      soup_message_headers_replace (h, "Authorization", auth);
    }
  if (!self->legacy && self->session_id != NULL)
    soup_message_headers_replace (h, "Mcp-Session-Id", self->session_id);
  if (!self->legacy && self->protocol_version != NULL)
    soup_message_headers_replace (h, "MCP-Protocol-Version", self->protocol_version);
  return msg;
}

static void
open_get_stream (ZtUpstreamHttp *self)
{
  BodyReader *r = body_reader_new (self);

  self->get_stream_open = TRUE;
  r->msg = new_message (self, "GET", self->url);
  r->related = -1;
  r->is_get = TRUE;
  soup_message_headers_replace (soup_message_get_request_headers (r->msg), "Accept", "text/event-stream");
  reader_send (self, r);
}

/* A POST of one message; the caller may adjust the reader before reader_send(). */
static BodyReader *
prepare_post (ZtUpstreamHttp *self,
              ZtMessage      *message)
{
  BodyReader *r = body_reader_new (self);
  g_autoptr(GBytes) body = NULL;
  char *text;
  gsize len;

  r->msg = new_message (self, "POST", self->legacy ? self->post_url : self->url);
  if (zt_message_get_kind (message) == ZT_MESSAGE_REQUEST)
    {
      JsonNode *id = zt_message_get_id (message);

      r->request_id = json_node_copy (id);
      if (json_node_get_value_type (id) == G_TYPE_INT64)
        r->related = json_node_get_int (id);
      if (g_strcmp0 (zt_message_get_method (message), "initialize") == 0)
        g_hash_table_add (self->initialize_ids, zt_json_id_key (id));
    }
  if (!self->legacy)
    soup_message_headers_replace (soup_message_get_request_headers (r->msg), "Accept",
                                  "application/json, text/event-stream");
  text = zt_message_to_string (message, &len);
  body = g_bytes_new_take (text, len);
  soup_message_set_request_body_from_bytes (r->msg, "application/json", body);
  r->req_body = g_bytes_ref (body);
  return r;
}

/* ---------------------------------------------------------------------------------------- */
/* Modern servers (2026-07-28), met by session-era clients                                  */
/*                                                                                          */
/* The client's initialize is answered from server/discover; every request gets the         */
/* per-request _meta (version, the client's capabilities and identity, log level) and the   */
/* Mcp-Method / Mcp-Name headers; an InputRequiredResult becomes real server requests to    */
/* the client, and the request is sent again with their answers; a cancellation closes the  */
/* request's stream. See docs/mcp-2026-07-28.md.                                            */

#define MODERN_VERSION "2026-07-28"

static void
emit_result (ZtUpstreamHttp *self,
             JsonNode       *id,
             JsonNode       *result,
             gint64          related)
{
  g_autoptr(ZtMessage) reply = zt_message_new_result (id, result);
  zt_upstream_emit_message (ZT_UPSTREAM (self), reply, related);
}

static char *
encode_header_value (const char *value)
{
  gboolean plain = *value != ' ' && *value != '\t' && !g_str_has_prefix (value, "=?base64?");
  gsize n = strlen (value);

  for (gsize i = 0; plain && i < n; i++)
    plain = (guchar) value[i] >= 0x20 && (guchar) value[i] < 0x7f;
  if (plain && n > 0 && value[n - 1] == ' ')
    plain = FALSE;
  if (plain)
    return g_strdup (value);
  {
    g_autofree char *b64 = g_base64_encode ((const guchar *) value, n);
    return g_strdup_printf ("=?base64?%s?=", b64);
  }
}

/* The request as a 2026-07-28 server wants it: _meta and headers filled in. */
static BodyReader *
prepare_modern (ZtUpstreamHttp *self,
                ZtMessage      *message)
{
  g_autoptr(ZtMessage) out = zt_message_copy (message);
  JsonObject *params = zt_message_get_params (message);
  JsonNode *old_meta = params ? json_object_get_member (params, "_meta") : NULL;
  g_autoptr(JsonNode) meta = json_node_new (JSON_NODE_OBJECT);
  JsonObject *m = json_object_new ();
  const char *method = zt_message_get_method (message);
  SoupMessageHeaders *h;
  BodyReader *r;

  json_node_take_object (meta, m);
  if (old_meta != NULL && JSON_NODE_HOLDS_OBJECT (old_meta))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (old_meta));
      while (json_object_iter_next (&iter, &name, &value))
        json_object_set_member (m, name, json_node_copy (value));
    }
  json_object_set_string_member (m, "io.modelcontextprotocol/protocolVersion", MODERN_VERSION);
  if (self->client_caps)
    json_object_set_member (m, "io.modelcontextprotocol/clientCapabilities", json_node_copy (self->client_caps));
  else
    json_object_set_object_member (m, "io.modelcontextprotocol/clientCapabilities", json_object_new ());
  if (self->client_info)
    json_object_set_member (m, "io.modelcontextprotocol/clientInfo", json_node_copy (self->client_info));
  if (self->log_level)
    json_object_set_string_member (m, "io.modelcontextprotocol/logLevel", self->log_level);

  if (params == NULL)
    {
      g_autoptr(JsonNode) p = json_node_new (JSON_NODE_OBJECT);
      const char * const path[] = { "params", NULL };

      json_node_take_object (p, json_object_new ());
      json_object_set_member (json_node_get_object (p), "_meta", json_node_ref (meta));
      zt_message_replace (out, path, p);
    }
  else
    zt_message_set_param (out, "_meta", meta);

  r = prepare_post (self, out);
  h = soup_message_get_request_headers (r->msg);
  soup_message_headers_replace (h, "MCP-Protocol-Version", MODERN_VERSION);
  soup_message_headers_replace (h, "Mcp-Method", method);
  if (params != NULL && (g_strcmp0 (method, "tools/call") == 0 || g_strcmp0 (method, "prompts/get") == 0 ||
                         g_strcmp0 (method, "resources/read") == 0))
    {
      const char *name = json_object_get_string_member_with_default (
        params, g_strcmp0 (method, "resources/read") == 0 ? "uri" : "name", NULL);
      if (name != NULL)
        {
          g_autofree char *encoded = encode_header_value (name);
          soup_message_headers_replace (h, "Mcp-Name", encoded);
        }
    }
  return r;
}

static void
send_exchange (ZtUpstreamHttp *self,
               Exchange       *x)
{
  g_autoptr(ZtMessage) request = zt_message_copy (x->request);
  BodyReader *r;

  if (x->round > 0)
    {
      /* the retry: a new request, with the answers and the server's state */
      g_autofree char *retry_id = g_strdup_printf ("zt-retry-%" G_GINT64_FORMAT "-%u", x->id, x->round);
      g_autoptr(JsonNode) rid = json_node_new (JSON_NODE_VALUE);
      g_autoptr(JsonNode) responses = json_node_new (JSON_NODE_OBJECT);

      json_node_set_string (rid, retry_id);
      zt_message_set_id (request, rid);
      json_node_set_object (responses, x->responses);
      if (zt_message_get_params (request) != NULL)
        {
          zt_message_set_param (request, "inputResponses", responses);
          if (x->state != NULL)
            {
              g_autoptr(JsonNode) state = json_node_new (JSON_NODE_VALUE);
              json_node_set_string (state, x->state);
              zt_message_set_param (request, "requestState", state);
            }
        }
    }
  r = prepare_modern (self, request);
  r->related = x->id;
  r->exchange = x->id;
  g_clear_object (&r->cancellable);
  r->cancellable = g_object_ref (x->cancellable);
  reader_send (self, r);
}

/* A final answer to a request sent to a modern server. */
static void
modern_answer (ZtUpstreamHttp *self,
               BodyReader     *r,
               ZtMessage      *message)
{
  Exchange *x = g_hash_table_lookup (self->exchanges, &r->exchange);
  JsonObject *result = zt_message_get_result (message);
  g_autoptr(ZtMessage) out = NULL;
  g_autoptr(JsonNode) id = NULL;

  r->answered = TRUE;
  if (x == NULL)
    return;  /* cancelled meanwhile */
  id = zt_json_id_new_int (x->id);

  if (result != NULL && g_strcmp0 (json_object_get_string_member_with_default (result, "resultType", NULL),
                                   "input_required") == 0 && x->round < 8)
    {
      JsonNode *requests = json_object_get_member (result, "inputRequests");

      g_free (x->state);
      x->state = g_strdup (json_object_get_string_member_with_default (result, "requestState", NULL));
      x->round++;
      g_hash_table_remove_all (x->asked);
      json_object_unref (x->responses);
      x->responses = json_object_new ();
      if (requests == NULL || !JSON_NODE_HOLDS_OBJECT (requests) ||
          json_object_get_size (json_node_get_object (requests)) == 0)
        {
          send_exchange (self, x);  /* state only: send again at once */
          return;
        }
      {
        JsonObjectIter iter;
        const char *key;
        JsonNode *req;

        /* each input request goes to the client as a real server request */
        json_object_iter_init (&iter, json_node_get_object (requests));
        while (json_object_iter_next (&iter, &key, &req))
          {
            JsonObject *ro = JSON_NODE_HOLDS_OBJECT (req) ? json_node_get_object (req) : NULL;
            const char *method = ro ? json_object_get_string_member_with_default (ro, "method", NULL) : NULL;
            g_autofree char *sid = g_strdup_printf ("zt-mrtr-%" G_GINT64_FORMAT "-%u-%s", x->id, x->round, key);
            g_autoptr(JsonNode) sidn = json_node_new (JSON_NODE_VALUE);
            g_autoptr(ZtMessage) ask = NULL;

            if (method == NULL)
              continue;
            json_node_set_string (sidn, sid);
            ask = zt_message_new_request (sidn, method, json_object_get_member (ro, "params"));
            g_hash_table_insert (x->asked, g_strdup (sid), g_strdup (key));
            zt_upstream_emit_message (ZT_UPSTREAM (self), ask, x->id);
          }
      }
      return;
    }

  out = zt_message_copy (message);
  zt_message_set_id (out, id);
  /* answered: the rest of the body is read to its end as usual. Cancelling it (as ending an
   * exchange early must) would make libsoup drop a connection it could reuse: a new TCP
   * connection per call, and the pool filling with dead ones that it peeks at each send */
  g_clear_object (&x->cancellable);
  g_hash_table_remove (self->exchanges, &x->id);
  zt_upstream_emit_message (ZT_UPSTREAM (self), out, r->related);
}

/* The answer to server/discover: a modern server, or not. */
static void
probe_answer (ZtUpstreamHttp *self,
              BodyReader     *r,
              ZtMessage      *message,
              guint           status)
{
  g_autoptr(ZtMessage) initialize = g_steal_pointer (&self->probing);
  JsonObject *result = zt_message_get_result (message);
  int code = 0;

  if (initialize == NULL)
    return;
  if (zt_message_get_kind (message) == ZT_MESSAGE_ERROR)
    {
      JsonObject *err = json_object_get_object_member (zt_message_get_object (message), "error");
      code = err ? json_object_get_int_member_with_default (err, "code", 0) : 0;
    }

  if (result != NULL && json_object_has_member (result, "supportedVersions"))
    {
      JsonNode *caps = json_object_get_member (result, "capabilities");
      JsonNode *info = json_object_get_member (result, "serverInfo");
      JsonObject *meta = json_object_get_object_member (result, "_meta");
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) init = NULL;
      const char *instructions = json_object_get_string_member_with_default (result, "instructions", NULL);

      if (info == NULL && meta != NULL)
        info = json_object_get_member (meta, "io.modelcontextprotocol/serverInfo");
      self->modern = TRUE;
      g_message ("%s: the upstream server speaks MCP %s; translating for session-era clients",
                 zt_upstream_get_name (ZT_UPSTREAM (self)), MODERN_VERSION);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "protocolVersion");
      json_builder_add_string_value (b, self->client_version ? self->client_version : "2025-11-25");
      json_builder_set_member_name (b, "capabilities");
      if (caps != NULL)
        json_builder_add_value (b, json_node_copy (caps));
      else
        {
          json_builder_begin_object (b);
          json_builder_end_object (b);
        }
      json_builder_set_member_name (b, "serverInfo");
      if (info != NULL)
        json_builder_add_value (b, json_node_copy (info));
      else
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "name");
          json_builder_add_string_value (b, "unknown");
          json_builder_set_member_name (b, "version");
          json_builder_add_string_value (b, "0");
          json_builder_end_object (b);
        }
      if (instructions != NULL)
        {
          json_builder_set_member_name (b, "instructions");
          json_builder_add_string_value (b, instructions);
        }
      json_builder_end_object (b);
      init = json_builder_get_root (b);
      emit_result (self, zt_message_get_id (initialize), init, -1);
      return;
    }

  if (self->era == ZT_ERA_MODERN || code == -32020 || code == -32021 || code == -32022 ||
      (code == ZT_JSONRPC_METHOD_NOT_FOUND && status == 404))
    {
      /* a modern server that refused the probe: say why, do not fall back */
      g_autofree char *text = g_strdup_printf ("the upstream server speaks MCP %s but refused server/discover "
                                               "(HTTP %u, code %d)", MODERN_VERSION, status, code);
      emit_error_for (self, zt_message_get_id (initialize), ZT_JSONRPC_INTERNAL_ERROR, text);
      return;
    }

  /* a session-era server: its initialize goes through as sent */
  self->era = ZT_ERA_SESSION;
  zt_upstream_send (ZT_UPSTREAM (self), initialize);
}

static void
probe_failed (ZtUpstreamHttp *self)
{
  g_autoptr(ZtMessage) initialize = g_steal_pointer (&self->probing);

  if (initialize == NULL)
    return;
  self->era = ZT_ERA_SESSION;
  zt_upstream_send (ZT_UPSTREAM (self), initialize);
}

static void
start_probe (ZtUpstreamHttp *self,
             ZtMessage      *initialize)
{
  JsonObject *params = zt_message_get_params (initialize);
  g_autoptr(JsonNode) id = json_node_new (JSON_NODE_VALUE);
  g_autoptr(ZtMessage) discover = NULL;
  BodyReader *r;

  if (params != NULL)
    {
      JsonNode *caps = json_object_get_member (params, "capabilities");
      JsonNode *info = json_object_get_member (params, "clientInfo");

      g_clear_pointer (&self->client_caps, json_node_unref);
      g_clear_pointer (&self->client_info, json_node_unref);
      self->client_caps = caps ? json_node_copy (caps) : NULL;
      self->client_info = info ? json_node_copy (info) : NULL;
      g_free (self->client_version);
      self->client_version = g_strdup (json_object_get_string_member_with_default (params, "protocolVersion", NULL));
    }
  g_clear_pointer (&self->probing, zt_message_unref);
  self->probing = zt_message_ref (initialize);
  json_node_set_string (id, "zt4mcp-discover");
  discover = zt_message_new_request (id, "server/discover", NULL);
  r = prepare_modern (self, discover);
  r->probe = TRUE;
  reader_send (self, r);
}

/* Returns TRUE when the message was handled the modern way. */
static gboolean
modern_send (ZtUpstreamHttp *self,
             ZtMessage      *message)
{
  const char *method = zt_message_get_method (message);
  JsonNode *id = zt_message_get_id (message);
  g_autoptr(JsonNode) empty = NULL;

  if (!self->modern)
    {
      if (self->legacy || self->era == ZT_ERA_SESSION)
        return FALSE;
      if (self->probing == NULL && zt_message_get_kind (message) == ZT_MESSAGE_REQUEST &&
          g_strcmp0 (method, "initialize") == 0)
        {
          start_probe (self, message);
          return TRUE;
        }
      return FALSE;
    }

  empty = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (empty, json_object_new ());

  switch (zt_message_get_kind (message))
    {
    case ZT_MESSAGE_REQUEST:
      if (g_strcmp0 (method, "initialize") == 0)
        {
          start_probe (self, message);  /* a replay after a restart: discover again */
          return TRUE;
        }
      if (g_strcmp0 (method, "ping") == 0 || g_strcmp0 (method, "resources/subscribe") == 0 ||
          g_strcmp0 (method, "resources/unsubscribe") == 0)
        {
          /* no such methods any more: there is nothing to ask the server */
          emit_result (self, id, empty, -1);
          return TRUE;
        }
      if (g_strcmp0 (method, "logging/setLevel") == 0)
        {
          JsonObject *params = zt_message_get_params (message);

          g_free (self->log_level);
          self->log_level = g_strdup (params ? json_object_get_string_member_with_default (params, "level", NULL) : NULL);
          emit_result (self, id, empty, -1);
          return TRUE;
        }
      if (json_node_get_value_type (id) != G_TYPE_INT64)
        return FALSE;
      {
        Exchange *x = g_new0 (Exchange, 1);

        x->id = json_node_get_int (id);
        x->request = zt_message_ref (message);
        x->cancellable = g_cancellable_new ();
        x->asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        x->responses = json_object_new ();
        g_hash_table_insert (self->exchanges, &x->id, x);
        send_exchange (self, x);
      }
      return TRUE;

    case ZT_MESSAGE_RESULT:
    case ZT_MESSAGE_ERROR:
      {
        /* the client's answer to an input request we made up */
        const char *sid = JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING
                          ? json_node_get_string (id) : NULL;
        GHashTableIter iter;
        Exchange *x;

        if (sid == NULL)
          return TRUE;
        g_hash_table_iter_init (&iter, self->exchanges);
        while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &x))
          {
            const char *key = g_hash_table_lookup (x->asked, sid);
            JsonNode *answer;

            if (key == NULL)
              continue;
            answer = json_object_get_member (zt_message_get_object (message),
                                             zt_message_get_kind (message) == ZT_MESSAGE_RESULT ? "result" : "error");
            json_object_set_member (x->responses, key, json_node_copy (answer));
            g_hash_table_remove (x->asked, sid);
            if (g_hash_table_size (x->asked) == 0)
              send_exchange (self, x);
            break;
          }
        return TRUE;
      }

    case ZT_MESSAGE_NOTIFICATION:
      if (g_strcmp0 (method, "notifications/cancelled") == 0 && zt_message_get_params (message) != NULL)
        {
          JsonNode *rid = json_object_get_member (zt_message_get_params (message), "requestId");

          if (rid != NULL && JSON_NODE_HOLDS_VALUE (rid) && json_node_get_value_type (rid) == G_TYPE_INT64)
            {
              gint64 n = json_node_get_int (rid);
              g_hash_table_remove (self->exchanges, &n);  /* cancels: the stream closes */
            }
        }
      /* initialized, roots/list_changed: nothing to tell a modern server */
      return TRUE;
    default:
      return TRUE;
    }
}

/* Order. Each POST is its own HTTP request, and libsoup may send two at once on two
 * connections, so a server can see them in either order. A client's notifications and its
 * answers to server requests must reach the server before what the client sends next
 * (server-everything registers tools when it gets notifications/initialized, and a
 * tools/list that overtakes it misses them). Such a POST is answered 202 as soon as the
 * server has taken the message, so later messages wait for that status. On the legacy
 * transport every POST is answered 202 (answers travel on the GET stream), so every
 * message is ordered. Requests to a streamable HTTP server are not: their answers may
 * take long, and the order of two requests is not the protocol's business. */
#define MAX_PENDING 1024

static gboolean
needs_order (ZtUpstreamHttp *self,
             ZtMessage      *message)
{
  return self->legacy || zt_message_get_kind (message) != ZT_MESSAGE_REQUEST;
}

static void
send_now (ZtUpstreamHttp *self,
          ZtMessage      *message)
{
  BodyReader *r;

  if (modern_send (self, message))
    return;
  r = prepare_post (self, message);
  if (needs_order (self, message))
    {
      r->ordered = TRUE;
      self->ordering = TRUE;
    }
  reader_send (self, r);
}

static gboolean
must_wait (ZtUpstreamHttp *self)
{
  return (self->legacy && self->post_url == NULL) || self->ordering;
}

static void
flush_pending (ZtUpstreamHttp *self)
{
  while (!must_wait (self) && !g_queue_is_empty (&self->pending))
    {
      g_autoptr(ZtMessage) next = g_queue_pop_head (&self->pending);

      self->pending_bytes -= MIN (self->pending_bytes, 2 * zt_message_get_size (next));

      send_now (self, next);
    }
}

static void
zt_upstream_http_send (ZtUpstream *upstream,
                       ZtMessage  *message)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);

  if (must_wait (self) || !g_queue_is_empty (&self->pending))
    {
      /* a message held costs its text and its parsed tree: about twice its size */
      gsize size = 2 * zt_message_get_size (message);

      /* the server takes nothing: refuse rather than hold without end */
      if (g_queue_get_length (&self->pending) >= MAX_PENDING ||
          (self->pending_bytes > 0 && self->pending_bytes + size > zt_upstream_backlog_limit (upstream)))
        {
          zt_upstream_refuse (upstream, message, "the upstream server is not taking messages (too much waiting)");
          return;
        }
      zt_upstream_refusals_end (upstream);
      self->pending_bytes += size;
      g_queue_push_tail (&self->pending, zt_message_ref (message));
      return;
    }
  send_now (self, message);
}

static gboolean
zt_upstream_http_start (ZtUpstream *upstream,
                        GError    **error)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);

  if (self->legacy)
    {
      BodyReader *r = body_reader_new (self);

      self->get_stream_open = TRUE;
      r->msg = new_message (self, "GET", self->url);
      r->related = -1;
      r->is_get = TRUE;
      soup_message_headers_replace (soup_message_get_request_headers (r->msg), "Accept", "text/event-stream");
      reader_send (self, r);
    }
  return TRUE;
}

static void
zt_upstream_http_close (ZtUpstream *upstream)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);

  g_cancellable_cancel (self->cancellable);
  g_hash_table_remove_all (self->exchanges);
  if (!self->legacy && self->session_id != NULL)
    {
      /* end the upstream session; nobody waits for the answer */
      g_autoptr(SoupMessage) msg = new_message (self, "DELETE", self->url);
      static const ZtHttpCallFuncs ignore = { NULL, NULL, NULL };

      if (self->lite != NULL)
        zt_http_client_send (self->lite, "DELETE", self->url, soup_message_get_request_headers (msg), NULL,
                             &ignore, NULL);
      else
        soup_session_send_async (self->session, msg, G_PRIORITY_LOW, NULL, NULL, NULL);
    }
}

static void
zt_upstream_http_finalize (GObject *object)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (object);

  g_queue_clear_full (&self->pending, (GDestroyNotify) zt_message_unref);
  self->pending_bytes = 0;
  g_clear_object (&self->session);
  g_clear_pointer (&self->lite, zt_http_client_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->url, g_uri_unref);
  g_clear_pointer (&self->post_url, g_uri_unref);
  g_clear_pointer (&self->initialize_ids, g_hash_table_unref);
  g_clear_pointer (&self->exchanges, g_hash_table_unref);
  g_clear_pointer (&self->probing, zt_message_unref);
  g_clear_pointer (&self->client_caps, json_node_unref);
  g_clear_pointer (&self->client_info, json_node_unref);
  g_free (self->client_version);
  g_free (self->log_level);
  g_free (self->session_id);
  g_free (self->protocol_version);
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  G_OBJECT_CLASS (zt_upstream_http_parent_class)->finalize (object);
}

static void
zt_upstream_http_class_init (ZtUpstreamHttpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZtUpstreamClass *upstream_class = ZT_UPSTREAM_CLASS (klass);

  object_class->finalize = zt_upstream_http_finalize;
  upstream_class->start = zt_upstream_http_start;
  upstream_class->send = zt_upstream_http_send;
  upstream_class->close = zt_upstream_http_close;
  upstream_class->hold_reading = zt_upstream_http_hold_reading;
}

static void
zt_upstream_http_init (ZtUpstreamHttp *self)
{
  self->cancellable = g_cancellable_new ();
  /* Streams hold connections for their whole life: allow plenty per host, and no I/O
   * timeout, since an SSE stream may be quiet for a long time. */
  self->session = soup_session_new_with_options ("max-conns", 256,
                                                 "max-conns-per-host", 128,
                                                 "timeout", 0,
                                                 "idle-timeout", 60,
                                                 "tls-database", zt_tls_system_database (),
                                                 NULL);
  self->initialize_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->exchanges = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) exchange_free);
  g_queue_init (&self->pending);
  g_queue_init (&self->readers);
}

static ZtUpstream *
upstream_http_new (const char     *name,
                   const char     *url,
                   const char     *token,
                   const ZtLimits *limits,
                   gboolean        legacy,
                   ZtEra           era)
{
  ZtUpstreamHttp *self;
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);

  g_return_val_if_fail (uri != NULL, NULL);

  self = g_object_new (ZT_TYPE_UPSTREAM_HTTP,
                       "name", name,
                       "max-size", (guint64) (limits ? limits->max_size : 0),
                       "max-depth", limits ? limits->max_depth : 0,
                       NULL);
  self->url = g_steal_pointer (&uri);
  /* plain http goes by the lean client unless told otherwise (the bench compares both) */
  if (g_strcmp0 (g_getenv ("ZT4MCP_HTTP_UPSTREAM_CLIENT"), "libsoup") != 0)
    self->lite = zt_http_client_new (self->url, 128);
  self->token = g_strdup (token);
  self->legacy = legacy;
  self->era = legacy ? ZT_ERA_SESSION : era;
  return ZT_UPSTREAM (self);
}

ZtUpstream *
zt_upstream_http_new (const char     *name,
                      const char     *url,
                      const char     *token,
                      const ZtLimits *limits,
                      ZtEra           era)
{
  return upstream_http_new (name, url, token, limits, FALSE, era);
}

ZtUpstream *
zt_upstream_sse_new (const char     *name,
                     const char     *url,
                     const char     *token,
                     const ZtLimits *limits)
{
  return upstream_http_new (name, url, token, limits, TRUE, ZT_ERA_SESSION);
}
