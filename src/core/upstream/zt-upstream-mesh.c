/* zt-upstream-mesh.c: a service imported from another agent, over an end-to-end TLS stream */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-error.h"
#include "zt-line-stream.h"
#include "zt-mesh-client.h"
#include "zt-transports.h"

/* Session-era MCP, one message a line, inside TLS 1.3 between this agent and the exporter;
 * the hub in between splices ciphertext. One stream per client session. */
struct _ZtUpstreamMesh
{
  ZtUpstream     parent_instance;
  ZtTransports  *transports;  /* lends the agent's current mesh client */
  char          *endpoint;
  char          *service;
  GCancellable  *cancellable;
  GTlsConnection *tls;
  ZtLineStream  *lines;
  GQueue         waiting;   /* ZtMessage sent before the stream was up */
  char          *instance;  /* the exporter's run this stream reached, when the hubs said */
  /* a warm stream (opened ahead, zt_mesh_client_take_warm_stream) can be found closed only
   * as it is used: until the exporter says anything on it, what was sent is kept, and sent
   * again on a new stream if it closes first */
  gboolean       warm;
  gboolean       heard;
  GQueue         unanswered;
  gboolean       held;      /* the client does not take what comes (zt_upstream_hold_reading) */
};

#define ZT_TYPE_UPSTREAM_MESH (zt_upstream_mesh_get_type ())
G_DECLARE_FINAL_TYPE (ZtUpstreamMesh, zt_upstream_mesh, ZT, UPSTREAM_MESH, ZtUpstream)
G_DEFINE_FINAL_TYPE (ZtUpstreamMesh, zt_upstream_mesh, ZT_TYPE_UPSTREAM)

static void
send_now (ZtUpstreamMesh *self,
          ZtMessage      *message)
{
  gsize len;
  g_autofree char *text = zt_message_to_string (message, &len);

  if (self->warm && !self->heard)
    g_queue_push_tail (&self->unanswered, zt_message_ref (message));
  zt_line_stream_send (self->lines, text, len);
}

static void
line_cb (const char *line,
         gsize       len,
         gpointer    user_data)
{
  g_autoptr(ZtUpstreamMesh) self = g_object_ref (user_data);
  gboolean first = !self->heard;
  ZtMeshClient *client;

  if (first)
    {
      self->heard = TRUE;
      g_queue_clear_full (&self->unanswered, (GDestroyNotify) zt_message_unref);
    }
  zt_upstream_emit_raw (ZT_UPSTREAM (self), line, len, -1);
  /* a session on a warm stream has its first answer: now a stream for a session after it
   * (not sooner: its handshake would compete with this session's start for the CPU; the
   * pool holds more than one when sessions come faster) */
  if (first && self->warm && (client = zt_transports_get_mesh_client (self->transports)) != NULL)
    zt_mesh_client_warm_stream (client, self->endpoint, self->service);
}

static void open_cold (ZtUpstreamMesh *self, ZtMeshClient *client);

/* Whether what went unanswered on a warm stream may go again on another: the session's
 * initialize and notifications, never a request that may have done something (a tools/call
 * sent before the first answer could have run, its answer lost with the stream). */
static gboolean
resend_is_safe (GQueue *unanswered)
{
  for (GList *l = unanswered->head; l != NULL; l = l->next)
    {
      ZtMessage *m = l->data;

      if (zt_message_get_kind (m) == ZT_MESSAGE_REQUEST && g_strcmp0 (zt_message_get_method (m), "initialize") != 0)
        return FALSE;
      if (zt_message_get_kind (m) != ZT_MESSAGE_REQUEST && zt_message_get_kind (m) != ZT_MESSAGE_NOTIFICATION)
        return FALSE;
    }
  return TRUE;
}

static void
lines_closed_cb (const GError *error,
                 gpointer      user_data)
{
  ZtUpstreamMesh *self = user_data;
  ZtMeshClient *client = zt_transports_get_mesh_client (self->transports);
  g_autoptr(GError) reason = NULL;

  if (self->warm && !self->heard && client != NULL && resend_is_safe (&self->unanswered))
    {
      ZtMessage *message;

      /* the warm stream had gone (its exporter let it go, or restarted): nothing sent on it
       * was answered, and it was only the session's opening, so it goes again on a new one */
      g_message ("the warm stream to %s/%s was gone; opening another", self->endpoint, self->service);
      self->warm = FALSE;
      g_clear_pointer (&self->lines, zt_line_stream_free);
      g_clear_object (&self->tls);
      g_clear_pointer (&self->instance, g_free);
      g_signal_handlers_disconnect_by_data (client, self);
      while ((message = g_queue_pop_tail (&self->unanswered)) != NULL)
        g_queue_push_head (&self->waiting, message);
      open_cold (self, client);
      return;
    }
  reason = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "the stream to %s/%s ended%s%s",
                        self->endpoint, self->service, error ? ": " : "", error ? error->message : "");
  zt_upstream_emit_closed (ZT_UPSTREAM (self), reason);
}

/* The hubs' presence: an exporter that went offline, or came back as a new run (it
 * restarted), has left this stream with nobody at its end. A TCP connection whose far end
 * vanished without a word would hold requests until the client gives up; closing it now
 * fails them with the reason, and the session's next request opens a stream to the new run. */
static void
peers_changed_cb (ZtMeshClient   *client,
                  ZtUpstreamMesh *self)
{
  const char *instance = NULL;
  g_autoptr(GError) reason = NULL;

  if (self->lines == NULL)
    return;
  if (!zt_mesh_client_peer_online (client, self->endpoint, &instance))
    reason = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "the stream to %s/%s ended: %s went offline",
                          self->endpoint, self->service, self->endpoint);
  else if (instance != NULL && self->instance != NULL && g_strcmp0 (instance, self->instance) != 0)
    reason = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "the stream to %s/%s ended: %s restarted",
                          self->endpoint, self->service, self->endpoint);
  else
    return;
  g_clear_pointer (&self->lines, zt_line_stream_free);
  if (self->tls != NULL)
    g_io_stream_close_async (G_IO_STREAM (self->tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  zt_upstream_emit_closed (ZT_UPSTREAM (self), reason);
}

static void stream_ready (ZtUpstreamMesh *self, ZtMeshClient *client);

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ZtUpstreamMesh) self = user_data;
  g_autoptr(GError) error = NULL;
  ZtMeshClient *client = zt_transports_get_mesh_client (self->transports);

  self->tls = zt_mesh_client_open_stream_finish (NULL, result, &error);
  if (self->tls == NULL)
    {
      g_autoptr(GError) reason = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      reason = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "cannot reach %s/%s through the mesh: %s",
                            self->endpoint, self->service, error->message);
      g_message ("%s", reason->message);
      zt_upstream_emit_closed (ZT_UPSTREAM (self), reason);
      return;
    }
  stream_ready (self, client);
  /* the next session of this import need not wait for a handshake: a stream is opened for
   * it now that this one's handshake is over (not sooner: it would slow this one) */
  if (client != NULL)
    zt_mesh_client_warm_stream (client, self->endpoint, self->service);
}

static void
open_cold (ZtUpstreamMesh *self,
           ZtMeshClient   *client)
{
  zt_mesh_client_open_stream_async (client, self->endpoint, self->service, self->cancellable,
                                    opened_cb, g_object_ref (self));
}

/* self->tls is up: lines over it, and what waited goes out. */
static void
stream_ready (ZtUpstreamMesh *self,
              ZtMeshClient   *client)
{
  ZtMessage *message;

  self->lines = zt_line_stream_new (G_IO_STREAM (self->tls), 16 * 1024 * 1024, line_cb, lines_closed_cb, self);
  if (self->held)
    zt_line_stream_hold (self->lines, TRUE);
  if (client != NULL)
    {
      const char *instance = NULL;

      /* the run the stream reached, as the hub that connected it said; the lists of peers
       * may lag behind a restart, so they are asked only when no hub said (a direct
       * connection, a hub from before). Never learnt later: a list that names a run only
       * after the stream opened may name the next one. */
      instance = zt_mesh_client_stream_instance (self->tls);
      if (instance == NULL)
        zt_mesh_client_peer_online (client, self->endpoint, &instance);
      self->instance = g_strdup (instance);
      g_signal_connect_object (client, "peers-changed", G_CALLBACK (peers_changed_cb), self, 0);
    }
  while ((message = g_queue_pop_head (&self->waiting)))
    {
      send_now (self, message);
      zt_message_unref (message);
    }
}

static gboolean
zt_upstream_mesh_start (ZtUpstream *upstream,
                        GError    **error)
{
  ZtUpstreamMesh *self = ZT_UPSTREAM_MESH (upstream);
  ZtMeshClient *client = zt_transports_get_mesh_client (self->transports);

  if (client == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM,
                   "this agent is in no mesh, so %s/%s cannot be reached; join one with `zt4mcp join`",
                   self->endpoint, self->service);
      return FALSE;
    }
  if ((self->tls = zt_mesh_client_take_warm_stream (client, self->endpoint, self->service)) != NULL)
    {
      self->warm = TRUE;
      stream_ready (self, client);
      /* the stream for the session after is opened at this one's first answer (line_cb) */
      return TRUE;
    }
  open_cold (self, client);
  return TRUE;
}

static void
zt_upstream_mesh_send (ZtUpstream *upstream,
                       ZtMessage  *message)
{
  ZtUpstreamMesh *self = ZT_UPSTREAM_MESH (upstream);

  if (self->lines == NULL)
    g_queue_push_tail (&self->waiting, zt_message_ref (message));
  else
    send_now (self, message);
}

static void
zt_upstream_mesh_close (ZtUpstream *upstream)
{
  ZtUpstreamMesh *self = ZT_UPSTREAM_MESH (upstream);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->lines, zt_line_stream_free);
}

static void
zt_upstream_mesh_finalize (GObject *object)
{
  ZtUpstreamMesh *self = ZT_UPSTREAM_MESH (object);

  g_clear_pointer (&self->lines, zt_line_stream_free);
  g_clear_object (&self->tls);
  g_clear_object (&self->cancellable);
  g_queue_clear_full (&self->waiting, (GDestroyNotify) zt_message_unref);
  g_queue_clear_full (&self->unanswered, (GDestroyNotify) zt_message_unref);
  g_free (self->instance);
  g_free (self->endpoint);
  g_free (self->service);
  g_clear_object (&self->transports);
  G_OBJECT_CLASS (zt_upstream_mesh_parent_class)->finalize (object);
}

/* The client does not take what the exporter sends: the stream stops reading, so the TLS
 * records wait in the WebSocket's queue, which shuts its gate (zt-ws-stream.c); the hub then
 * holds the exporter's writes back, and the exporter holds its server (mesh_peer_deliver). */
static void
zt_upstream_mesh_hold_reading (ZtUpstream *upstream,
                               gboolean    hold)
{
  ZtUpstreamMesh *self = ZT_UPSTREAM_MESH (upstream);

  self->held = hold;
  if (self->lines != NULL)
    zt_line_stream_hold (self->lines, hold);
}

static void
zt_upstream_mesh_class_init (ZtUpstreamMeshClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZtUpstreamClass *upstream_class = ZT_UPSTREAM_CLASS (klass);

  object_class->finalize = zt_upstream_mesh_finalize;
  upstream_class->start = zt_upstream_mesh_start;
  upstream_class->send = zt_upstream_mesh_send;
  upstream_class->close = zt_upstream_mesh_close;
  upstream_class->hold_reading = zt_upstream_mesh_hold_reading;
}

static void
zt_upstream_mesh_init (ZtUpstreamMesh *self)
{
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->waiting);
  g_queue_init (&self->unanswered);
}

ZtUpstream *
zt_upstream_mesh_new (ZtTransports   *transports,
                      const char     *name,
                      const char     *endpoint,
                      const char     *service,
                      const ZtLimits *limits)
{
  ZtUpstreamMesh *self = g_object_new (ZT_TYPE_UPSTREAM_MESH,
                                       "name", name,
                                       "max-size", (guint64) (limits ? limits->max_size : 0),
                                       "max-depth", limits ? limits->max_depth : 0,
                                       NULL);
  self->transports = g_object_ref (transports);
  self->endpoint = g_strdup (endpoint);
  self->service = g_strdup (service);
  return ZT_UPSTREAM (self);
}
