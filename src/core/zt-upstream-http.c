/* zt-upstream-http.c: MCP over streamable HTTP (session era) and legacy HTTP+SSE, as a client */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libsoup/soup.h>
#include <string.h>

#include "zt-error.h"
#include "zt-sse.h"
#include "zt-upstream.h"

#define LATEST_SESSION_ERA "2025-11-25"

struct _ZtUpstreamHttp
{
  ZtUpstream    parent_instance;

  SoupSession  *session;
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
  GQueue        pending;         /* legacy: messages waiting for the endpoint */
};

#define ZT_TYPE_UPSTREAM_HTTP (zt_upstream_http_get_type ())
G_DECLARE_FINAL_TYPE (ZtUpstreamHttp, zt_upstream_http, ZT, UPSTREAM_HTTP, ZtUpstream)
G_DEFINE_FINAL_TYPE (ZtUpstreamHttp, zt_upstream_http, ZT_TYPE_UPSTREAM)

/* One response body being read: a JSON document or an SSE stream. */
typedef struct {
  ZtUpstreamHttp *self;
  SoupMessage    *msg;
  GInputStream   *stream;
  ZtSseParser    *parser;
  GByteArray     *body;
  JsonNode       *request_id;  /* the request this body answers, or NULL */
  gint64          related;
  gboolean        is_sse;
  gboolean        is_get;
  gboolean        answered;    /* a response to request_id was seen */
} BodyReader;

static void open_get_stream (ZtUpstreamHttp *self);

static void
body_reader_free (BodyReader *r)
{
  g_clear_object (&r->self);
  g_clear_object (&r->msg);
  g_clear_object (&r->stream);
  g_clear_pointer (&r->parser, zt_sse_parser_free);
  g_clear_pointer (&r->body, g_byte_array_unref);
  g_clear_pointer (&r->request_id, json_node_unref);
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
          const char *sid = soup_message_headers_get_one (soup_message_get_response_headers (r->msg),
                                                          "Mcp-Session-Id");

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
      ZtMessage *queued;

      g_clear_pointer (&self->post_url, g_uri_unref);
      self->post_url = g_uri_parse_relative (self->url, ref, G_URI_FLAGS_ENCODED, &error);
      if (self->post_url == NULL)
        {
          g_message ("%s: bad endpoint event: %s", zt_upstream_get_name (ZT_UPSTREAM (self)), error->message);
          return;
        }
      while ((queued = g_queue_pop_head (&self->pending)))
        {
          zt_upstream_send (ZT_UPSTREAM (self), queued);
          zt_message_unref (queued);
        }
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

  if (r->is_sse && r->parser != NULL)
    zt_sse_parser_feed (r->parser, "\n\n", 2, NULL);

  if (!r->is_sse && r->body != NULL && r->body->len > 0)
    deliver (r, (const char *) r->body->data, r->body->len);

  if (r->request_id != NULL && !r->answered && !g_cancellable_is_cancelled (self->cancellable))
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

  body_reader_free (r);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BodyReader *r = user_data;
  const ZtLimits *limits = zt_upstream_get_limits (ZT_UPSTREAM (r->self));
  gsize max = limits->max_size ? limits->max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;
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
  if (r->is_sse)
    {
      if (!zt_sse_parser_feed (r->parser, data, len, &error))
        {
          g_warning ("%s: %s", zt_upstream_get_name (ZT_UPSTREAM (r->self)), error->message);
          body_finished (r);
          return;
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
          return;
        }
      g_byte_array_append (r->body, (const guint8 *) data, len);
    }
  read_body (r);
}

static void
read_body (BodyReader *r)
{
  g_input_stream_read_bytes_async (r->stream, 64 * 1024, G_PRIORITY_DEFAULT,
                                   r->self->cancellable, read_cb, r);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BodyReader *r = user_data;
  ZtUpstreamHttp *self = r->self;
  g_autoptr(GError) error = NULL;
  const char *ctype;
  guint status;

  r->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (r->stream == NULL)
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
      return;
    }

  status = soup_message_get_status (r->msg);
  ctype = soup_message_headers_get_content_type (soup_message_get_response_headers (r->msg), NULL);
  r->is_sse = g_strcmp0 (ctype, "text/event-stream") == 0;

  if (r->is_get && !self->legacy && status == 405)
    {
      /* the server offers no standalone stream: fine */
      body_reader_free (r);
      return;
    }

  if (status == 404 && self->session_id != NULL && !r->is_get)
    {
      emit_error_for (self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR,
                      "the upstream server ended the session (HTTP 404)");
      body_reader_free (r);
      zt_upstream_emit_closed (ZT_UPSTREAM (self),
                               g_error_new_literal (ZT_ERROR, ZT_ERROR_UPSTREAM,
                                                    "the upstream server ended the session"));
      return;
    }

  if (status == 202 || status == 204)
    {
      g_input_stream_close_async (r->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      if (!self->legacy && !self->get_stream_open && self->session_id != NULL)
        open_get_stream (self);
      body_reader_free (r);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status) && g_strcmp0 (ctype, "application/json") != 0)
    {
      g_autofree char *text = g_strdup_printf ("the upstream server answered HTTP %u %s", status,
                                               soup_message_get_reason_phrase (r->msg));
      if (r->is_get && self->legacy)
        zt_upstream_emit_closed (ZT_UPSTREAM (self), g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "%s", text));
      else if (!r->is_get)
        emit_error_for (self, r->request_id, ZT_JSONRPC_INTERNAL_ERROR, text);
      body_reader_free (r);
      return;
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
  read_body (r);
}

static SoupMessage *
new_message (ZtUpstreamHttp *self,
             const char     *method,
             GUri           *uri)
{
  SoupMessage *msg = soup_message_new_from_uri (method, uri);
  SoupMessageHeaders *h = soup_message_get_request_headers (msg);

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
  BodyReader *r = g_new0 (BodyReader, 1);

  self->get_stream_open = TRUE;
  r->self = g_object_ref (self);
  r->msg = new_message (self, "GET", self->url);
  r->related = -1;
  r->is_get = TRUE;
  soup_message_headers_replace (soup_message_get_request_headers (r->msg), "Accept", "text/event-stream");
  soup_session_send_async (self->session, r->msg, G_PRIORITY_DEFAULT, self->cancellable, sent_cb, r);
}

static void
zt_upstream_http_send (ZtUpstream *upstream,
                       ZtMessage  *message)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);
  BodyReader *r;
  g_autoptr(GBytes) body = NULL;
  char *text;
  gsize len;

  if (self->legacy && self->post_url == NULL)
    {
      g_queue_push_tail (&self->pending, zt_message_ref (message));
      return;
    }

  r = g_new0 (BodyReader, 1);
  r->self = g_object_ref (self);
  r->related = -1;
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
  soup_session_send_async (self->session, r->msg, G_PRIORITY_DEFAULT, self->cancellable, sent_cb, r);
}

static gboolean
zt_upstream_http_start (ZtUpstream *upstream,
                        GError    **error)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);

  if (self->legacy)
    {
      BodyReader *r = g_new0 (BodyReader, 1);

      self->get_stream_open = TRUE;
      r->self = g_object_ref (self);
      r->msg = new_message (self, "GET", self->url);
      r->related = -1;
      r->is_get = TRUE;
      soup_message_headers_replace (soup_message_get_request_headers (r->msg), "Accept", "text/event-stream");
      soup_session_send_async (self->session, r->msg, G_PRIORITY_DEFAULT, self->cancellable, sent_cb, r);
    }
  return TRUE;
}

static void
zt_upstream_http_close (ZtUpstream *upstream)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (upstream);

  g_cancellable_cancel (self->cancellable);
  if (!self->legacy && self->session_id != NULL)
    {
      /* end the upstream session; nobody waits for the answer */
      g_autoptr(SoupMessage) msg = new_message (self, "DELETE", self->url);
      soup_session_send_async (self->session, msg, G_PRIORITY_LOW, NULL, NULL, NULL);
    }
}

static void
zt_upstream_http_finalize (GObject *object)
{
  ZtUpstreamHttp *self = ZT_UPSTREAM_HTTP (object);

  g_queue_clear_full (&self->pending, (GDestroyNotify) zt_message_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->url, g_uri_unref);
  g_clear_pointer (&self->post_url, g_uri_unref);
  g_clear_pointer (&self->initialize_ids, g_hash_table_unref);
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
                                                 NULL);
  self->initialize_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->pending);
}

static ZtUpstream *
upstream_http_new (const char     *name,
                   const char     *url,
                   const char     *token,
                   const ZtLimits *limits,
                   gboolean        legacy)
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
  self->token = g_strdup (token);
  self->legacy = legacy;
  return ZT_UPSTREAM (self);
}

ZtUpstream *
zt_upstream_http_new (const char     *name,
                      const char     *url,
                      const char     *token,
                      const ZtLimits *limits)
{
  return upstream_http_new (name, url, token, limits, FALSE);
}

ZtUpstream *
zt_upstream_sse_new (const char     *name,
                     const char     *url,
                     const char     *token,
                     const ZtLimits *limits)
{
  return upstream_http_new (name, url, token, limits, TRUE);
}
