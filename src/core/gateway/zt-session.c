/* zt-session.c: relaying one MCP session: id remapping, routing of server messages, restarts */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gnutls/crypto.h>
#include <string.h>

#include "zt-util.h"
#include "zt-error.h"
#include "zt-session.h"

#define MAX_QUEUED 256

void
zt_sink_init (ZtSink            *sink,
              const ZtSinkFuncs *funcs,
              gboolean           streaming)
{
  sink->funcs = funcs;
  sink->streaming = streaming;
  g_atomic_ref_count_init (&sink->ref_count);
}

ZtSink *
zt_sink_ref (ZtSink *sink)
{
  g_atomic_ref_count_inc (&sink->ref_count);
  return sink;
}

void
zt_sink_unref (ZtSink *sink)
{
  if (sink != NULL && g_atomic_ref_count_dec (&sink->ref_count))
    sink->funcs->finalize (sink);
}

/* A client request in flight upstream, under the gateway's own integer id. */
typedef struct {
  gint64    upstream_id;
  JsonNode *client_id;
  char     *client_key;
  char     *progress_key;
  ZtSink   *sink;
  ZtMessage *request;   /* the client's request, for the filters that decide its answer */
  gboolean  internal;   /* the gateway's own (replayed initialize): no client waits */
  ZtSession *session;   /* weak: the session owns this */
  GSource  *timer;      /* the upstream's time to answer (request_timeout) */
} Pending;

/* A server request waiting for the client's answer. */
typedef struct {
  gint64    client_id;
  JsonNode *upstream_id;
} ServerRequest;

struct _ZtSession
{
  GObject      parent_instance;

  ZtService   *service;
  ZtUpstream  *upstream;
  guint        holds;            /* clients' streams that asked the upstream to wait */
  char        *id;
  char        *client_name;
  ZtSubject   *subject;
  char        *protocol_version;
  ZtMessage   *initialize;       /* the client's, replayed after an upstream restart */
  gboolean     initialized;
  gboolean     closed;

  gint64       next_upstream_id;
  gint64       next_client_id;
  GHashTable  *pending;          /* upstream id -> Pending */
  GHashTable  *pending_by_client;/* client id key -> Pending */
  GHashTable  *progress;         /* progress token key -> Pending */
  GHashTable  *server_requests;  /* client-facing id -> ServerRequest */
  GHashTable  *server_by_upstream;/* upstream id key -> ServerRequest */
  GList       *recent;           /* Pending of requests with a streaming sink, newest first */
  GPtrArray   *streams;          /* GET / legacy sinks */
  GQueue       queued;           /* server messages with nowhere to go yet */
  guint64      dropped;          /* server messages with nowhere to go, past the queue */

  gint64       last_activity;
  guint        restart_source;
  guint        restarts;
  gboolean     reopen_lazily;    /* a mesh stream that ended: reopened by the next request */
  gulong       message_handler;
  gulong       closed_handler;
  guint        request_timeout_ms;

  ZtUpstreamHost *host;          /* makes its upstream, hears its events (the agent's transports) */
  ZtFilterChain *chain;          /* the service's chain on this session's side, or NULL */
  ZtSide       side;
  GHashTable  *filtering;        /* client id key -> a request the chain has not decided yet */
  GQueue       held;             /* Held: tools/call waiting for the service's tools to be listed */
  gsize        held_bytes;       /* their size, bounded as what waits for a server is */
  gboolean     listing;          /* this session lists them for those calls */
  char        *list_failure;     /* why that listing failed, for the calls it held */
  GSource     *release_source;   /* on the session's thread's context (the app runs the agent on its own) */
};

G_DEFINE_FINAL_TYPE (ZtSession, zt_session, G_TYPE_OBJECT)

typedef struct _Held Held;
static void held_free (Held *h);

enum { CLOSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
pending_free (Pending *p)
{
  zt_source_clear (&p->timer);
  g_clear_pointer (&p->client_id, json_node_unref);
  g_clear_pointer (&p->request, zt_message_unref);
  g_free (p->client_key);
  g_free (p->progress_key);
  g_clear_pointer (&p->sink, zt_sink_unref);
  g_free (p);
}

static void
server_request_free (ServerRequest *r)
{
  g_clear_pointer (&r->upstream_id, json_node_unref);
  g_free (r);
}

static char *
random_id (void)
{
  guint8 buf[16];
  char hex[33];

  if (gnutls_rnd (GNUTLS_RND_RANDOM, buf, sizeof buf) != 0)
    g_error ("no randomness available");
  for (guint i = 0; i < sizeof buf; i++)
    g_snprintf (hex + 2 * i, 3, "%02x", buf[i]);
  return g_strdup (hex);
}

static void
remove_pending (ZtSession *self,
                Pending   *p)
{
  self->recent = g_list_remove (self->recent, p);
  if (p->progress_key)
    g_hash_table_remove (self->progress, p->progress_key);
  if (p->client_key)
    g_hash_table_remove (self->pending_by_client, p->client_key);
  g_hash_table_remove (self->pending, &p->upstream_id);
}

static ZtSink *
open_stream (ZtSession *self)
{
  for (guint i = self->streams->len; i > 0; i--)
    {
      ZtSink *s = g_ptr_array_index (self->streams, i - 1);
      if (!s->closed)
        return s;
    }
  return NULL;
}

/* A message from the server that answers no particular request goes to the newest open
 * request stream (servers send progress, logs and sampling while handling a request), else
 * to a standalone stream, else waits for one. */
static void
route_unrelated (ZtSession *self,
                 ZtMessage *message,
                 ZtSink    *preferred)
{
  ZtSink *sink = NULL;

  if (preferred != NULL && !preferred->closed && preferred->streaming)
    sink = preferred;
  for (GList *l = self->recent; sink == NULL && l; l = l->next)
    {
      Pending *p = l->data;
      if (!p->sink->closed)
        sink = p->sink;
    }
  if (sink == NULL)
    sink = open_stream (self);

  if (sink != NULL)
    sink->funcs->deliver (sink, message, FALSE);
  else if (g_queue_get_length (&self->queued) < MAX_QUEUED)
    g_queue_push_tail (&self->queued, zt_message_ref (message));
  else
    {
      /* said at 1, 2, 4, 8...: a flood is not logged line by line */
      self->dropped++;
      if ((self->dropped & (self->dropped - 1)) == 0)
        g_message ("%s: client has no open stream; dropped a server message (%" G_GUINT64_FORMAT " so far)",
                   self->service->name, self->dropped);
    }
}

static void
deliver_response (ZtSession *self,
                  Pending   *p,
                  ZtMessage *message)
{
  if (!p->sink->closed)
    p->sink->funcs->deliver (p->sink, message, TRUE);
  else
    {
      /* The request's stream is gone (not a cancellation in the session era): the answer
       * goes to a standalone stream if there is one. */
      ZtSink *stream = open_stream (self);
      if (stream != NULL)
        stream->funcs->deliver (stream, message, FALSE);
    }
}

/* An upstream that never answers would hold the client (and this Pending) forever: after
 * request_timeout without an answer or a sign of progress, the client gets an error that
 * says so and the upstream is told the request is cancelled. */
static gboolean
pending_timeout_cb (gpointer user_data)
{
  Pending *p = user_data;
  ZtSession *self = p->session;
  guint seconds = self->request_timeout_ms / 1000;
  g_autofree char *text = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) params = NULL;
  g_autoptr(ZtMessage) cancel = NULL;

  g_clear_pointer (&p->timer, g_source_unref);
  if (seconds > 0)
    text = g_strdup_printf ("the upstream server of %s did not answer within %u s (request_timeout); "
                            "raise the limit with `zt4mcp agent serve --request-timeout DURATION`",
                            self->service->name, seconds);
  else
    text = g_strdup_printf ("the upstream server of %s did not answer within %u ms (request_timeout); "
                            "raise the limit with `zt4mcp agent serve --request-timeout DURATION`",
                            self->service->name, self->request_timeout_ms);
  g_message ("%s: request %" G_GINT64_FORMAT " timed out", self->service->name, p->upstream_id);
  if (!p->internal)
    {
      g_autoptr(ZtMessage) err = zt_message_new_error (p->client_id, ZT_JSONRPC_REQUEST_TIMEOUT, text);
      deliver_response (self, p, err);
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "requestId");
  json_builder_add_int_value (b, p->upstream_id);
  json_builder_set_member_name (b, "reason");
  json_builder_add_string_value (b, "timed out in the gateway (request_timeout)");
  json_builder_end_object (b);
  params = json_builder_get_root (b);
  cancel = zt_message_new_notification ("notifications/cancelled", params);
  if (self->upstream != NULL && !zt_upstream_is_closed (self->upstream))
    zt_upstream_send (self->upstream, cancel);
  remove_pending (self, p);
  return G_SOURCE_REMOVE;
}

/* (Re)starts the wait for @p's answer: a progress notification shows the server works on it. */
static void
pending_arm (ZtSession *self,
             Pending   *p)
{
  zt_source_clear (&p->timer);
  if (self->request_timeout_ms > 0)
    p->timer = zt_timeout_source_attach (self->request_timeout_ms, pending_timeout_cb, p);
}

static void
upstream_route (ZtSession  *self,
                ZtMessage  *message,
                gint64      related)
{
  g_autoptr(ZtMessage) out = NULL;
  JsonNode *id = zt_message_get_id (message);
  Pending *related_pending = related >= 0 ? g_hash_table_lookup (self->pending, &related) : NULL;

  switch (zt_message_get_kind (message))
    {
    case ZT_MESSAGE_RESULT:
    case ZT_MESSAGE_ERROR:
      {
        Pending *p = NULL;
        gint64 uid;

        if (id != NULL && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_INT64)
          {
            uid = json_node_get_int (id);
            p = g_hash_table_lookup (self->pending, &uid);
          }
        if (p == NULL)
          {
            g_debug ("%s: response to an unknown request dropped", self->service->name);
            return;
          }
        if (!p->internal)
          {
            out = zt_message_copy (message);
            zt_message_set_id (out, p->client_id);
            deliver_response (self, p, out);
          }
        remove_pending (self, p);
        return;
      }

    case ZT_MESSAGE_REQUEST:
      {
        ServerRequest *r = g_new0 (ServerRequest, 1);
        g_autofree char *key = zt_json_id_key (id);
        g_autoptr(JsonNode) cid = NULL;

        /* a server request for a pending one (sampling, elicitation) is progress too */
        if (related_pending != NULL)
          pending_arm (self, related_pending);
        r->client_id = ++self->next_client_id;
        r->upstream_id = json_node_copy (id);
        cid = zt_json_id_new_int (r->client_id);
        out = zt_message_copy (message);
        zt_message_set_id (out, cid);
        g_hash_table_insert (self->server_requests, &r->client_id, r);
        g_hash_table_insert (self->server_by_upstream, g_steal_pointer (&key), r);
        route_unrelated (self, out, related_pending ? related_pending->sink : NULL);
        return;
      }

    case ZT_MESSAGE_NOTIFICATION:
      {
        const char *method = zt_message_get_method (message);
        JsonObject *params = zt_message_get_params (message);
        ZtSink *preferred = related_pending ? related_pending->sink : NULL;

        if (params != NULL && g_strcmp0 (method, "notifications/progress") == 0)
          {
            JsonNode *token = json_object_get_member (params, "progressToken");
            g_autofree char *tkey = token ? zt_json_id_key (token) : NULL;
            Pending *p = tkey ? g_hash_table_lookup (self->progress, tkey) : NULL;

            if (p != NULL)
              {
                preferred = p->sink;
                pending_arm (self, p);
              }
          }
        else if (params != NULL && g_strcmp0 (method, "notifications/cancelled") == 0)
          {
            /* the server gives up on one of its own requests: translate to the client's id */
            JsonNode *rid = json_object_get_member (params, "requestId");
            g_autofree char *rkey = rid ? zt_json_id_key (rid) : NULL;
            ServerRequest *r = rkey ? g_hash_table_lookup (self->server_by_upstream, rkey) : NULL;

            if (r != NULL)
              {
                g_autoptr(JsonNode) cid = zt_json_id_new_int (r->client_id);

                out = zt_message_copy (message);
                zt_message_set_param (out, "requestId", cid);
                g_hash_table_remove (self->server_by_upstream, rkey);
                g_hash_table_remove (self->server_requests, &r->client_id);
              }
          }
        route_unrelated (self, out ? out : message, preferred);
        return;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
fail_all_pending (ZtSession    *self,
                  const GError *error)
{
  GHashTableIter iter;
  Pending *p;
  GList *all = NULL;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &p))
    all = g_list_prepend (all, p);
  for (GList *l = all; l; l = l->next)
    {
      p = l->data;
      if (!p->internal)
        {
          g_autoptr(ZtMessage) err = zt_message_new_error (p->client_id, ZT_JSONRPC_INTERNAL_ERROR,
                                                           error->message);
          deliver_response (self, p, err);
        }
      remove_pending (self, p);
    }
  g_list_free (all);
  g_hash_table_remove_all (self->server_by_upstream);
  g_hash_table_remove_all (self->server_requests);
}

static void start_upstream (ZtSession *self, GError **error);
static void upstream_message_cb (ZtUpstream *upstream, ZtMessage *message, gint64 related, ZtSession *self);
static void send_from_agent (ZtSession *self, ZtMessage *message, Pending *p);

static gboolean
restart_cb (gpointer user_data)
{
  ZtSession *self = user_data;
  g_autoptr(GError) error = NULL;

  self->restart_source = 0;
  start_upstream (self, &error);
  if (error != NULL)
    {
      g_message ("%s: restart failed: %s", self->service->name, error->message);
      zt_upstream_host_report (self->host, self->service->name, ZT_SERVICE_EVENT_FAILED, "restart failed: %s", error->message);
    }
  else
    zt_upstream_host_report (self->host, self->service->name, ZT_SERVICE_EVENT_RESTARTED, "restarted");
  return G_SOURCE_REMOVE;
}

static void
upstream_closed_cb (ZtUpstream   *upstream,
                    const GError *error,
                    ZtSession    *self)
{
  guint delay;

  fail_all_pending (self, error);
  if (self->closed)
    return;

  /* A stream to another agent ends when that agent or a hub restarts. Reopening every idle
   * session's stream at once would start one server process per session on the exporter
   * (a storm after each restart): the session's next request reopens it instead. */
  if (self->service->kind == ZT_SERVICE_MESH)
    {
      g_message ("%s: %s; the next request reopens it", self->service->name, error->message);
      self->reopen_lazily = TRUE;
      return;
    }

  /* Servers that die are restarted with backoff (1 s doubling to 30 s), and the client's
   * initialize is replayed so its session goes on. */
  delay = MIN (30, 1u << MIN (self->restarts, 5u));
  self->restarts++;
  /* after the first line: the lines after it are the server's last words (its stderr) */
  {
    const char *nl = strchr (error->message, '\n');
    int first = nl ? (int) (nl - error->message) : (int) strlen (error->message);

    g_message ("%s: %.*s; restarting in %u s%s", self->service->name, first, error->message, delay, nl ? nl : "");
    zt_upstream_host_report (self->host, self->service->name, ZT_SERVICE_EVENT_FAILED, "%.*s; restarting in %u s%s",
                             first, error->message, delay, nl ? nl : "");
  }
  zt_clear_source_id (&self->restart_source);
  self->restart_source = zt_timeout_add_seconds (delay, restart_cb, self);
}

static void
send_upstream_request (ZtSession *self,
                       ZtMessage *message,
                       Pending   *p)
{
  g_autoptr(ZtMessage) out = zt_message_copy (message);
  g_autoptr(JsonNode) uid = NULL;

  p->upstream_id = ++self->next_upstream_id;
  uid = zt_json_id_new_int (p->upstream_id);
  zt_message_set_id (out, uid);
  p->session = self;
  g_hash_table_insert (self->pending, &p->upstream_id, p);
  pending_arm (self, p);
  zt_upstream_send (self->upstream, out);
}

static void
start_upstream (ZtSession *self,
                GError   **error)
{
  if (self->upstream != NULL)
    {
      g_clear_signal_handler (&self->message_handler, self->upstream);
      g_clear_signal_handler (&self->closed_handler, self->upstream);
      zt_upstream_close (self->upstream);
      g_clear_object (&self->upstream);
    }

  self->upstream = zt_upstream_host_create (self->host, self->service);
  if (self->holds > 0)
    zt_upstream_hold_reading (self->upstream, TRUE);
  self->message_handler = g_signal_connect (self->upstream, "message", G_CALLBACK (upstream_message_cb), self);
  self->closed_handler = g_signal_connect (self->upstream, "closed", G_CALLBACK (upstream_closed_cb), self);
  if (!zt_upstream_start (self->upstream, error))
    return;

  if (self->initialize != NULL)
    {
      Pending *p = g_new0 (Pending, 1);
      g_autoptr(ZtMessage) initialized = zt_message_new_notification ("notifications/initialized", NULL);

      p->internal = TRUE;
      /* the agent speaks for the client here: its messages pass the chain too */
      send_from_agent (self, self->initialize, p);
      if (self->initialized)
        send_from_agent (self, initialized, NULL);
    }
}

static void
zt_session_dispose (GObject *object)
{
  ZtSession *self = ZT_SESSION (object);

  zt_session_close (self);
  G_OBJECT_CLASS (zt_session_parent_class)->dispose (object);
}

static void
zt_session_finalize (GObject *object)
{
  ZtSession *self = ZT_SESSION (object);

  g_clear_pointer (&self->progress, g_hash_table_unref);
  g_clear_pointer (&self->pending_by_client, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->server_by_upstream, g_hash_table_unref);
  g_clear_pointer (&self->server_requests, g_hash_table_unref);
  g_clear_pointer (&self->streams, g_ptr_array_unref);
  g_list_free (self->recent);
  g_queue_clear_full (&self->queued, (GDestroyNotify) zt_message_unref);
  g_clear_pointer (&self->initialize, zt_message_unref);
  g_clear_pointer (&self->service, zt_service_unref);
  g_clear_object (&self->chain);
  g_clear_object (&self->host);
  g_clear_pointer (&self->filtering, g_hash_table_unref);
  g_queue_clear_full (&self->held, (GDestroyNotify) held_free);
  g_free (self->list_failure);
  g_free (self->id);
  g_free (self->client_name);
  g_clear_pointer (&self->subject, zt_subject_unref);
  g_free (self->protocol_version);
  G_OBJECT_CLASS (zt_session_parent_class)->finalize (object);
}

static void
zt_session_class_init (ZtSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_session_dispose;
  object_class->finalize = zt_session_finalize;

  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zt_session_init (ZtSession *self)
{
  self->id = random_id ();
  self->pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) pending_free);
  self->pending_by_client = g_hash_table_new (g_str_hash, g_str_equal);
  self->progress = g_hash_table_new (g_str_hash, g_str_equal);
  self->server_requests = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                 (GDestroyNotify) server_request_free);
  self->server_by_upstream = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->streams = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_sink_unref);
  self->filtering = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) zt_message_unref);
  g_queue_init (&self->queued);
  g_queue_init (&self->held);
  self->last_activity = g_get_monotonic_time ();
}

ZtSession *
zt_session_new (ZtService         *service,
                ZtUpstreamHost    *host)
{
  ZtSession *self;

  g_return_val_if_fail (service != NULL && ZT_IS_UPSTREAM_HOST (host), NULL);
  self = g_object_new (ZT_TYPE_SESSION, NULL);
  self->service = zt_service_ref (service);
  self->host = g_object_ref (host);
  self->request_timeout_ms = ZT_SESSION_DEFAULT_REQUEST_TIMEOUT_MS;
  return self;
}

void
zt_session_set_request_timeout (ZtSession *self,
                                guint      ms)
{
  g_return_if_fail (ZT_IS_SESSION (self));
  self->request_timeout_ms = ms;
}

gboolean
zt_session_start (ZtSession *self,
                  GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  start_upstream (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

const char *
zt_session_get_id (ZtSession *self)
{
  return self->id;
}

ZtService *
zt_session_get_service (ZtSession *self)
{
  return self->service;
}

const char *
zt_session_get_protocol_version (ZtSession *self)
{
  return self->protocol_version;
}

const char *
zt_session_get_owner (ZtSession *self)
{
  return zt_subject_to_string (self->subject);
}

ZtSubject *
zt_session_get_subject (ZtSession *self)
{
  return self->subject;
}

void
zt_session_set_subject (ZtSession *self,
                        ZtSubject *subject)
{
  g_clear_pointer (&self->subject, zt_subject_unref);
  self->subject = subject ? zt_subject_ref (subject) : NULL;
}

const char *
zt_session_get_client_name (ZtSession *self)
{
  return self->client_name;
}

void
zt_session_set_client_name (ZtSession  *self,
                            const char *client)
{
  g_free (self->client_name);
  self->client_name = g_strdup (client);
}

gint64
zt_session_get_last_activity (ZtSession *self)
{
  return self->last_activity;
}

guint
zt_session_get_n_pending (ZtSession *self)
{
  return g_hash_table_size (self->pending);
}

gboolean
zt_session_has_stream (ZtSession *self)
{
  return open_stream (self) != NULL;
}

static void
answer_error_data (ZtSink     *sink,
                   JsonNode   *id,
                   int         code,
                   const char *text,
                   JsonNode   *data)
{
  g_autoptr(ZtMessage) err = zt_message_new_error_with_data (id, code, text, data);
  sink->funcs->deliver (sink, err, TRUE);
}

static void
answer_error (ZtSink     *sink,
              JsonNode   *id,
              int         code,
              const char *text)
{
  answer_error_data (sink, id, code, text, NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* The seam: every message of the session, both ways, passes the service's filter chain      */

static gboolean
chain_active (ZtSession *self)
{
  /* filters are only ever added: with none, nothing of this session can be waiting */
  return self->chain != NULL && zt_filter_chain_get_n_filters (self->chain) > 0;
}

static void
context_init (ZtSession       *self,
              ZtFilterContext *context,
              ZtDirection      direction,
              ZtOrigin         origin,
              ZtMessage       *message,
              ZtMessage       *request)
{
  context->session_id = self->id;
  context->subject = self->subject;
  context->service = self->service->name;
  context->side = self->side;
  context->direction = direction;
  context->origin = origin;
  context->message = message;
  context->request = request;
}

/* A message of the client's waiting for the chain's decision. */
typedef struct {
  ZtSession *session;
  ZtSink    *sink;
  JsonNode  *id;    /* a request's id: a denial answers it */
  char      *key;   /* a request's key in session->filtering */
} Inbound;

static void handle_checked (ZtSession *self, ZtMessage *message, ZtSink *sink);

static void
inbound_done_cb (ZtMessage       *message,
                 const ZtVerdict *denial,
                 gpointer         user_data)
{
  Inbound *in = user_data;
  ZtSession *self = in->session;

  if (in->key != NULL)
    g_hash_table_remove (self->filtering, in->key);
  if (message != NULL)
    handle_checked (self, message, in->sink);
  else if (denial != NULL && in->id != NULL)
    {
      ZtSink *sink = in->sink ? in->sink : open_stream (self);

      if (sink != NULL)
        answer_error_data (sink, in->id, denial->code, denial->reason, denial->data);
    }
  else if (denial != NULL)
    g_message ("%s: a message from the client was refused: %s", self->service->name, denial->reason);
  g_clear_pointer (&in->sink, zt_sink_unref);
  g_clear_pointer (&in->id, json_node_unref);
  g_free (in->key);
  g_object_unref (in->session);
  g_free (in);
}

/* A message from the server waiting for the chain's decision. */
typedef struct {
  ZtSession *session;
  gint64     related;
  JsonNode  *id;    /* a response's or a server request's id (the server's id space) */
  gboolean   server_request;
} Outbound;

static void
outbound_done_cb (ZtMessage       *message,
                  const ZtVerdict *denial,
                  gpointer         user_data)
{
  Outbound *out = user_data;
  ZtSession *self = out->session;

  if (message != NULL)
    upstream_route (self, message, out->related);
  else if (denial != NULL && out->id != NULL)
    {
      /* a refused answer reaches the client as an error to its own request; a refused server
       * request is answered to the server, and the client never sees it */
      g_autoptr(ZtMessage) err = zt_message_new_error_with_data (out->id, denial->code, denial->reason, denial->data);

      if (out->server_request)
        {
          if (self->upstream != NULL && !self->closed)
            zt_upstream_send (self->upstream, err);
        }
      else
        upstream_route (self, err, out->related);
    }
  g_clear_pointer (&out->id, json_node_unref);
  g_object_unref (out->session);
  g_free (out);
}

static void
upstream_message_cb (ZtUpstream *upstream,
                     ZtMessage  *message,
                     gint64      related,
                     ZtSession  *self)
{
  ZtFilterContext context;
  ZtMessage *request = NULL;
  JsonNode *id = zt_message_get_id (message);
  Outbound *out;

  self->last_activity = g_get_monotonic_time ();
  if (!chain_active (self))
    {
      upstream_route (self, message, related);
      return;
    }
  if (zt_message_is_response (message) && id != NULL && JSON_NODE_HOLDS_VALUE (id) &&
      json_node_get_value_type (id) == G_TYPE_INT64)
    {
      gint64 uid = json_node_get_int (id);
      Pending *p = g_hash_table_lookup (self->pending, &uid);

      request = p ? p->request : NULL;
    }
  out = g_new0 (Outbound, 1);
  out->session = g_object_ref (self);
  out->related = related;
  out->server_request = zt_message_get_kind (message) == ZT_MESSAGE_REQUEST;
  if (out->server_request || zt_message_is_response (message))
    out->id = id ? json_node_copy (id) : NULL;
  context_init (self, &context, ZT_DIRECTION_TO_CLIENT, ZT_ORIGIN_SERVER, message, request);
  zt_filter_chain_submit (self->chain, &context, outbound_done_cb, out);
}

/* A message the agent itself sends upstream (a replayed initialize with its @p, or a
 * notification). */
typedef struct {
  ZtSession  *session;
  ZtUpstream *upstream;  /* the one it was meant for: a later restart makes it moot */
  Pending    *pending;
} FromAgent;

static void
send_now (ZtSession *self,
          ZtMessage *message,
          Pending   *p)
{
  if (p != NULL)
    send_upstream_request (self, message, p);
  else
    zt_upstream_send (self->upstream, message);
}

static void
from_agent_done_cb (ZtMessage       *message,
                    const ZtVerdict *denial,
                    gpointer         user_data)
{
  FromAgent *fa = user_data;
  ZtSession *self = fa->session;

  if (message != NULL && !self->closed && self->upstream == fa->upstream && !zt_upstream_is_closed (self->upstream))
    send_now (self, message, g_steal_pointer (&fa->pending));
  else if (denial != NULL)
    g_message ("%s: the agent's own %s was refused: %s", self->service->name,
               fa->pending ? "request" : "notification", denial->reason);
  if (fa->pending != NULL && !fa->pending->internal)
    {
      /* never sent: whoever waits for the agent's own request hears why */
      g_autoptr(ZtMessage) err = zt_message_new_error (fa->pending->client_id, ZT_JSONRPC_INTERNAL_ERROR,
                                                       denial ? denial->reason : "the upstream restarted");

      fa->pending->sink->funcs->deliver (fa->pending->sink, err, TRUE);
    }
  g_clear_pointer (&fa->pending, pending_free);
  g_object_unref (fa->upstream);
  g_object_unref (fa->session);
  g_free (fa);
}

static void
send_from_agent (ZtSession *self,
                 ZtMessage *message,
                 Pending   *p)
{
  ZtFilterContext context;
  FromAgent *fa;

  if (self->upstream == NULL)
    {
      g_clear_pointer (&p, pending_free);
      return;
    }
  if (!chain_active (self))
    {
      send_now (self, message, p);
      return;
    }
  fa = g_new0 (FromAgent, 1);
  fa->session = g_object_ref (self);
  fa->upstream = g_object_ref (self->upstream);
  fa->pending = p;
  context_init (self, &context, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_AGENT, message, NULL);
  zt_filter_chain_submit (self->chain, &context, from_agent_done_cb, fa);
}

/* ---------------------------------------------------------------------------------------- */
/* A call before the tools are known                                                         */

/* A tools/call that comes before this side's filters have seen the service's tools (since
 * the agent started) waits while the session lists them itself, through the chain as any
 * list: the scan, the pins and the schemas then decide on a tool they know. Without it a tool
 * the scan blocks could be called right after a restart, by a client that did not list. */

#define LIST_MAX_PAGES 50

struct _Held {
  ZtMessage *message;
  ZtSink    *sink;     /* or NULL */
};

static void
held_free (Held *h)
{
  zt_message_unref (h->message);
  g_clear_pointer (&h->sink, zt_sink_unref);
  g_free (h);
}

typedef struct {
  ZtSink     parent;
  ZtSession *session;
  guint      pages;
} Lister;

static void list_tools_page (ZtSession *self, const char *cursor, guint pages);

/* The held calls go on, or are each refused with why the listing failed. */
static gboolean
release_held_cb (gpointer user_data)
{
  ZtSession *self = user_data;
  g_autofree char *failure = g_steal_pointer (&self->list_failure);
  GQueue held = self->held;
  Held *h;

  g_clear_pointer (&self->release_source, g_source_unref);   /* being dispatched: it goes when this returns */
  self->listing = FALSE;
  self->held_bytes = 0;
  g_queue_init (&self->held);
  while ((h = g_queue_pop_head (&held)) != NULL)
    {
      if (failure == NULL && !self->closed)
        zt_session_handle (self, h->message, h->sink);
      else
        {
          ZtSink *sink = h->sink ? h->sink : (self->closed ? NULL : open_stream (self));
          g_autofree char *text = g_strdup_printf ("the agent could not list the tools of %s to check this "
                                                   "call against them: %s; try again",
                                                   self->service->name, failure ? failure : "the session was closed");

          if (sink != NULL && !sink->closed)
            answer_error (sink, zt_message_get_id (h->message), ZT_JSONRPC_INTERNAL_ERROR, text);
        }
      held_free (h);
    }
  return G_SOURCE_REMOVE;
}

/* Not from inside the delivery of the list's answer: the held calls go on from the loop. */
static void
listing_done (ZtSession  *self,
              const char *failure)
{
  if (failure != NULL && self->list_failure == NULL)
    self->list_failure = g_strdup (failure);
  if (self->release_source == NULL)
    {
      self->release_source = g_idle_source_new ();
      g_source_set_callback (self->release_source, release_held_cb, g_object_ref (self), g_object_unref);
      g_source_attach (self->release_source, g_main_context_get_thread_default ());
    }
}

static void
lister_deliver (ZtSink    *sink,
                ZtMessage *message,
                gboolean   final)
{
  Lister *l = (Lister *) sink;
  ZtSession *self = l->session;
  JsonObject *result;
  const char *cursor;

  if (!final)
    return;
  if (zt_message_get_kind (message) != ZT_MESSAGE_RESULT || (result = zt_message_get_result (message)) == NULL)
    {
      JsonNode *error = json_object_get_member (zt_message_get_object (message), "error");
      const char *text = error && JSON_NODE_HOLDS_OBJECT (error)
                         ? zt_json_get_string (json_node_get_object (error), "message") : NULL;

      listing_done (self, text ? text : "the server did not list its tools");
      return;
    }
  cursor = zt_json_get_string (result, "nextCursor");
  if (cursor != NULL && *cursor != '\0')
    {
      if (l->pages + 1 >= LIST_MAX_PAGES)
        listing_done (self, "the server's tool list goes on past 50 pages");
      else
        list_tools_page (self, cursor, l->pages + 1);
      return;
    }
  self->service->tools_known |= 1u << self->side;
  g_message ("%s: its tools are listed for this agent's filters%s", self->service->name,
             self->held.length > 0 ? "; the calls that waited for them go on" : "");
  listing_done (self, NULL);
}

static void
lister_finalize (ZtSink *sink)
{
  Lister *l = (Lister *) sink;

  g_object_unref (l->session);
  g_free (l);
}

static const ZtSinkFuncs lister_funcs = { lister_deliver, lister_finalize, NULL };

static void
list_tools_page (ZtSession  *self,
                 const char *cursor,
                 guint       pages)
{
  Lister *l = g_new0 (Lister, 1);
  g_autofree char *text = g_strdup_printf ("zt4mcp-list-%u", pages);
  g_autoptr(JsonNode) id = json_node_init_string (json_node_alloc (), text);
  g_autoptr(JsonNode) params = NULL;
  g_autoptr(ZtMessage) request = NULL;
  JsonObject *o = json_object_new ();

  if (cursor != NULL)
    json_object_set_string_member (o, "cursor", cursor);
  params = json_node_init_object (json_node_alloc (), o);
  json_object_unref (o);
  request = zt_message_new_request (id, "tools/list", params);
  zt_sink_init (&l->parent, &lister_funcs, FALSE);
  l->session = g_object_ref (self);
  l->pages = pages;
  if (!zt_session_request_from_agent (self, request, &l->parent))
    listing_done (self, "the session's server is not running");
  zt_sink_unref (&l->parent);
}

/* Whether this side's filters still have to learn the service's tools. A service whose tool
 * scan is off has nothing to decide on a tool's definition. */
static gboolean
listing_needed (ZtSession *self)
{
  return chain_active (self) && !self->service->llm && self->service->tool_scan != ZT_SCAN_MODE_OFF &&
         self->initialized && !self->closed && self->upstream != NULL &&
         !(self->service->tools_known & (1u << self->side));
}

static void
start_listing (ZtSession *self)
{
  if (self->listing)
    return;
  self->listing = TRUE;
  list_tools_page (self, NULL, 0);
}

/* Whether @message is a call that must wait for the tools to be listed (and then it does) */
static gboolean
held_until_listed (ZtSession *self,
                   ZtMessage *message,
                   ZtSink    *sink)
{
  Held *h;
  gsize size;

  if (zt_message_get_kind (message) != ZT_MESSAGE_REQUEST ||
      g_strcmp0 (zt_message_get_method (message), "tools/call") != 0 || !listing_needed (self))
    return FALSE;
  size = zt_message_get_size (message);
  if (self->held_bytes + size > zt_upstream_backlog_limit (self->upstream))
    {
      ZtSink *to = sink ? sink : open_stream (self);
      g_autofree char *text = g_strdup_printf ("too many calls wait for the tools of %s to be listed; try again",
                                               self->service->name);

      if (to != NULL)
        answer_error (to, zt_message_get_id (message), ZT_JSONRPC_INTERNAL_ERROR, text);
      return TRUE;
    }
  self->held_bytes += size;
  h = g_new0 (Held, 1);
  h->message = zt_message_ref (message);
  h->sink = sink ? zt_sink_ref (sink) : NULL;
  g_queue_push_tail (&self->held, h);
  if (self->held.length == 1)
    g_message ("%s: a tool call came before this agent knew the service's tools; it waits for their list",
               self->service->name);
  start_listing (self);
  return TRUE;
}

/* A cancelled call that waits for the list: dropped, and the cancellation with it */
static gboolean
held_cancelled (ZtSession  *self,
                const char *rkey)
{
  for (GList *l = self->held.head; l != NULL; l = l->next)
    {
      Held *h = l->data;
      g_autofree char *key = zt_json_id_key (zt_message_get_id (h->message));

      if (g_strcmp0 (key, rkey) == 0)
        {
          self->held_bytes -= MIN (self->held_bytes, zt_message_get_size (h->message));
          g_queue_delete_link (&self->held, l);
          held_free (h);
          return TRUE;
        }
    }
  return FALSE;
}

void
zt_session_handle (ZtSession *self,
                   ZtMessage *message,
                   ZtSink    *sink)
{
  ZtFilterContext context;
  Inbound *in;

  self->last_activity = g_get_monotonic_time ();
  if (!chain_active (self))
    {
      handle_checked (self, message, sink);
      return;
    }
  if (held_until_listed (self, message, sink))
    return;

  /* a cancellation of a request the chain still holds: the request is dropped there (the
   * server never sees it), and so is the cancellation */
  if (zt_message_get_kind (message) == ZT_MESSAGE_NOTIFICATION &&
      g_strcmp0 (zt_message_get_method (message), "notifications/cancelled") == 0 &&
      zt_message_get_params (message) != NULL)
    {
      JsonNode *rid = json_object_get_member (zt_message_get_params (message), "requestId");
      g_autofree char *rkey = rid ? zt_json_id_key (rid) : NULL;
      ZtMessage *held = rkey ? g_hash_table_lookup (self->filtering, rkey) : NULL;

      if (rkey != NULL && held_cancelled (self, rkey))
        {
          g_message ("%s: a call was cancelled while it waited for the tools to be listed; it never ran",
                     self->service->name);
          return;
        }

      if (held != NULL)
        {
          g_message ("%s: a request was cancelled while its decision was pending; it never ran",
                     self->service->name);
          zt_filter_chain_drop (self->chain, self->id, ZT_DIRECTION_TO_SERVER, held);
          return;
        }
    }

  in = g_new0 (Inbound, 1);
  in->session = g_object_ref (self);
  in->sink = sink ? zt_sink_ref (sink) : NULL;
  if (zt_message_get_kind (message) == ZT_MESSAGE_REQUEST)
    {
      in->id = json_node_copy (zt_message_get_id (message));
      in->key = zt_json_id_key (in->id);
      g_hash_table_replace (self->filtering, g_strdup (in->key), zt_message_ref (message));
    }
  context_init (self, &context, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT, message, NULL);
  zt_filter_chain_submit (self->chain, &context, inbound_done_cb, in);
}

void
zt_session_set_chain (ZtSession     *self,
                      ZtFilterChain *chain,
                      ZtSide         side)
{
  g_set_object (&self->chain, chain);
  self->side = side;
}

static void
handle_checked (ZtSession *self,
                ZtMessage *message,
                ZtSink    *sink)
{
  const char *method = zt_message_get_method (message);

  switch (zt_message_get_kind (message))
    {
    case ZT_MESSAGE_REQUEST:
      {
        Pending *p;
        JsonObject *params = zt_message_get_params (message);
        JsonObject *meta = NULL;
        JsonNode *token = NULL;
        g_autofree char *key = zt_json_id_key (zt_message_get_id (message));

        if (sink == NULL)
          sink = open_stream (self);  /* legacy SSE: answers go on the stream */
        if (sink == NULL)
          {
            g_message ("%s: request with no stream to answer on was dropped", self->service->name);
            return;
          }

        if (!self->closed && self->reopen_lazily && self->upstream != NULL && zt_upstream_is_closed (self->upstream))
          {
            g_autoptr(GError) error = NULL;

            self->reopen_lazily = FALSE;
            start_upstream (self, &error);
            if (error != NULL)
              {
                self->reopen_lazily = TRUE;
                zt_upstream_close (self->upstream);
                answer_error (sink, zt_message_get_id (message), ZT_JSONRPC_INTERNAL_ERROR, error->message);
                return;
              }
          }
        if (self->closed || self->upstream == NULL || zt_upstream_is_closed (self->upstream))
          {
            answer_error (sink, zt_message_get_id (message), ZT_JSONRPC_INTERNAL_ERROR,
                          self->restart_source
                          ? "the upstream server is restarting; retry in a few seconds"
                          : "the upstream server is not running");
            return;
          }
        if (g_hash_table_contains (self->pending_by_client, key))
          {
            answer_error (sink, zt_message_get_id (message), ZT_JSONRPC_INVALID_REQUEST,
                          "a request with this id is already in flight in this session");
            return;
          }

        if (g_strcmp0 (method, "initialize") == 0)
          {
            g_clear_pointer (&self->initialize, zt_message_unref);
            self->initialize = zt_message_copy (message);
            if (params != NULL)
              {
                JsonObject *info = json_object_get_object_member (params, "clientInfo");
                g_free (self->protocol_version);
                self->protocol_version =
                  g_strdup (json_object_get_string_member_with_default (params, "protocolVersion", NULL));
                if (info != NULL && self->client_name == NULL)
                  self->client_name = g_strdup (json_object_get_string_member_with_default (info, "name", NULL));
              }
          }

        p = g_new0 (Pending, 1);
        p->client_id = json_node_copy (zt_message_get_id (message));
        p->request = zt_message_ref (message);
        p->client_key = g_steal_pointer (&key);
        p->sink = zt_sink_ref (sink);
        if (params != NULL && json_object_has_member (params, "_meta") &&
            JSON_NODE_HOLDS_OBJECT (json_object_get_member (params, "_meta")))
          meta = json_object_get_object_member (params, "_meta");
        if (meta != NULL && (token = json_object_get_member (meta, "progressToken")) != NULL &&
            zt_json_id_valid (token))
          {
            p->progress_key = zt_json_id_key (token);
            g_hash_table_insert (self->progress, p->progress_key, p);
          }
        g_hash_table_insert (self->pending_by_client, p->client_key, p);
        if (sink->streaming)
          self->recent = g_list_prepend (self->recent, p);
        send_upstream_request (self, message, p);
        return;
      }

    case ZT_MESSAGE_RESULT:
    case ZT_MESSAGE_ERROR:
      {
        JsonNode *id = zt_message_get_id (message);
        ServerRequest *r = NULL;
        gint64 cid;
        g_autoptr(ZtMessage) out = NULL;
        g_autofree char *ukey = NULL;

        if (id != NULL && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_INT64)
          {
            cid = json_node_get_int (id);
            r = g_hash_table_lookup (self->server_requests, &cid);
          }
        if (r == NULL)
          {
            g_debug ("%s: client answered an unknown server request", self->service->name);
            return;
          }
        out = zt_message_copy (message);
        zt_message_set_id (out, r->upstream_id);
        ukey = zt_json_id_key (r->upstream_id);
        g_hash_table_remove (self->server_by_upstream, ukey);
        g_hash_table_remove (self->server_requests, &cid);
        if (self->upstream != NULL)
          zt_upstream_send (self->upstream, out);
        return;
      }

    case ZT_MESSAGE_NOTIFICATION:
      {
        JsonObject *params = zt_message_get_params (message);
        g_autoptr(ZtMessage) out = NULL;

        if (g_strcmp0 (method, "notifications/initialized") == 0)
          self->initialized = TRUE;
        else if (params != NULL && g_strcmp0 (method, "notifications/cancelled") == 0)
          {
            JsonNode *rid = json_object_get_member (params, "requestId");
            g_autofree char *rkey = rid ? zt_json_id_key (rid) : NULL;
            Pending *p = rkey ? g_hash_table_lookup (self->pending_by_client, rkey) : NULL;

            if (p == NULL)
              return;  /* already answered: nothing to cancel */
            g_autoptr(JsonNode) uid = zt_json_id_new_int (p->upstream_id);

            out = zt_message_copy (message);
            zt_message_set_param (out, "requestId", uid);
          }
        if (self->upstream != NULL)
          zt_upstream_send (self->upstream, out ? out : message);
        /* the first session of a service lists its tools at once, so that its calls seldom
         * have to wait for that */
        if (g_strcmp0 (method, "notifications/initialized") == 0 && listing_needed (self))
          start_listing (self);
        return;
      }
    default:
      g_assert_not_reached ();
    }
}

gboolean
zt_session_request_from_agent (ZtSession *self,
                               ZtMessage *request,
                               ZtSink    *sink)
{
  Pending *p;

  g_return_val_if_fail (ZT_IS_SESSION (self), FALSE);
  g_return_val_if_fail (zt_message_get_kind (request) == ZT_MESSAGE_REQUEST, FALSE);
  g_return_val_if_fail (sink != NULL, FALSE);

  if (self->closed || !self->initialized || self->upstream == NULL || zt_upstream_is_closed (self->upstream))
    return FALSE;
  /* no client key: the client's own ids stay free, and its answer finds only this sink */
  p = g_new0 (Pending, 1);
  p->client_id = json_node_copy (zt_message_get_id (request));
  p->request = zt_message_ref (request);
  p->sink = zt_sink_ref (sink);
  self->last_activity = g_get_monotonic_time ();
  send_from_agent (self, request, p);
  return TRUE;
}

void
zt_session_attach_stream (ZtSession *self,
                          ZtSink    *sink)
{
  ZtMessage *queued;

  g_ptr_array_add (self->streams, zt_sink_ref (sink));
  while ((queued = g_queue_pop_head (&self->queued)))
    {
      sink->funcs->deliver (sink, queued, FALSE);
      zt_message_unref (queued);
    }
}

void
zt_session_hold_upstream (ZtSession *self,
                          gboolean   hold)
{
  g_return_if_fail (ZT_IS_SESSION (self));
  g_return_if_fail (hold || self->holds > 0);
  self->holds += hold ? 1 : -1;
  if (self->upstream != NULL && self->holds == (hold ? 1u : 0u))
    zt_upstream_hold_reading (self->upstream, hold);
}

void
zt_session_detach_stream (ZtSession *self,
                          ZtSink    *sink)
{
  g_ptr_array_remove (self->streams, sink);
}

void
zt_session_close (ZtSession *self)
{
  g_autoptr(GError) error = NULL;

  if (self->closed)
    return;
  self->closed = TRUE;
  zt_clear_source_id (&self->restart_source);
  /* calls that waited for the tools' list: refused, not left without an answer */
  zt_source_clear (&self->release_source);
  if (self->held.length > 0)
    {
      g_free (self->list_failure);
      self->list_failure = g_strdup ("the session was closed");
      release_held_cb (self);
    }
  error = g_error_new_literal (ZT_ERROR, ZT_ERROR_CLOSED, "the session was closed");
  if (self->pending != NULL)
    fail_all_pending (self, error);
  if (self->streams != NULL)
    {
      g_autoptr(GPtrArray) streams = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_sink_unref);

      for (guint i = 0; i < self->streams->len; i++)
        g_ptr_array_add (streams, zt_sink_ref (g_ptr_array_index (self->streams, i)));
      g_ptr_array_set_size (self->streams, 0);
      for (guint i = 0; i < streams->len; i++)
        {
          ZtSink *sink = g_ptr_array_index (streams, i);

          if (sink->funcs->end != NULL && !sink->closed)
            sink->funcs->end (sink);
        }
    }
  if (self->upstream != NULL)
    {
      g_clear_signal_handler (&self->message_handler, self->upstream);
      g_clear_signal_handler (&self->closed_handler, self->upstream);
      zt_upstream_close (self->upstream);
      g_clear_object (&self->upstream);
    }
  g_signal_emit (self, signals[CLOSED], 0);
}

/* The client of @sink gave up on its requests (a 2026-07-28 client closing its stream):
 * the server is told, and their answers will be dropped. */
void
zt_session_cancel_sink (ZtSession  *self,
                        ZtSink     *sink,
                        const char *reason)
{
  GHashTableIter iter;
  Pending *p;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &p))
    if (p->sink == sink && !p->internal)
      g_ptr_array_add (doomed, p);
  for (guint i = 0; i < doomed->len; i++)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) params = NULL;
      g_autoptr(ZtMessage) cancel = NULL;

      p = g_ptr_array_index (doomed, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "requestId");
      json_builder_add_int_value (b, p->upstream_id);
      json_builder_set_member_name (b, "reason");
      json_builder_add_string_value (b, reason);
      json_builder_end_object (b);
      params = json_builder_get_root (b);
      cancel = zt_message_new_notification ("notifications/cancelled", params);
      remove_pending (self, p);
      send_from_agent (self, cancel, NULL);
    }
}

/* Answers for requests that went to @old go to @sink from now on (a 2026-07-28 client's
 * retry picks up the call it left waiting for input). Returns how many were moved. */
guint
zt_session_retarget_sink (ZtSession *self,
                          ZtSink    *old,
                          ZtSink    *sink)
{
  GHashTableIter iter;
  Pending *p;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &p))
    if (p->sink == old)
      {
        zt_sink_unref (p->sink);
        p->sink = zt_sink_ref (sink);
        if (sink->streaming && g_list_find (self->recent, p) == NULL)
          self->recent = g_list_prepend (self->recent, p);
        n++;
      }
  return n;
}
