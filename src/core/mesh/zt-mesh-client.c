/* zt-mesh-client.c: control channels to the hubs: mTLS WebSockets that reconnect with backoff */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "zt-util.h"
#include "zt-ca.h"
#include "zt-jsonrpc.h"
#include "zt-error.h"
#include "zt-keystore.h"
#include "zt-mesh-client.h"
#include "zt-mesh-client-private.h"
#include "zt-ws-connect.h"
#include "zt-ws-stream.h"
#include "zt-tls.h"

/* A hub that restarts is back within seconds: its agents, and the imports through them, with
 * it (jittered, so that it is not hit by all at once). An identity the hub refused is asked
 * about far less often: only an administrator can change the answer. */
#define BACKOFF_MIN_MS      500
#define BACKOFF_MAX_MS      4000
#define BACKOFF_REFUSED_MS  30000

typedef struct _Hub Hub;

struct _ZtMeshClient {
  GObject          parent_instance;

  char            *home;
  JsonObject      *permit;
  char            *ca_pem;
  GTlsCertificate *identity;
  SoupSession     *session;
  GPtrArray       *hubs;
  JsonNode        *peers;
  ZtMeshCheckFunc  check;
  gpointer         check_data;
  guint            renew_source;
  JsonNode        *exports;   /* [{name, to: [...]}]: announced to the hubs in hello */
  GSocketService  *direct;    /* optional: importers may dial us directly */
  char            *direct_address;
  guint            preamble_timeout_ms;  /* a direct connection naming its service */
  guint            hub_timeout_ms;       /* a hub's channel silent this long is dropped */
  char            *instance;  /* this run of the agent, told to the hubs in hello */
  GHashTable      *warm;      /* "ENDPOINT\x1fSERVICE" -> Warm (see zt_mesh_client_warm_stream) */
};

static void schedule_renewal (ZtMeshClient *self, guint min_delay);

G_DEFINE_FINAL_TYPE (ZtMeshClient, zt_mesh_client, G_TYPE_OBJECT)

enum { SERVE_STREAM, PEERS_CHANGED, CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* An importer's stream is handed to whoever serves it; nobody listening: it is closed. */
static void
serve_stream (ZtMeshClient   *self,
              GTlsConnection *tls,
              const char     *peer,
              const char     *service)
{
  if (peer != NULL && g_signal_has_handler_pending (self, signals[SERVE_STREAM], 0, TRUE))
    g_signal_emit (self, signals[SERVE_STREAM], 0, tls, peer, service);
  else
    g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
}


#define HANDSHAKE_TIMEOUT_MS 10000
/* a hub's updates add peers one by one: as many as a full list could hold (16 MiB) */
#define MAX_PEERS 200000

struct _Hub {
  ZtMeshClient            *client;
  char                    *address;
  SoupWebsocketConnection *ws;
  GCancellable            *cancellable;
  char                    *state;     /* connecting, connected, disconnected, revoked, refused, standby */
  char                    *error;
  guint                    backoff_ms;
  guint                    retry_source;
  gboolean                 stopped;
  gint64                   heard;     /* monotonic µs: the hub's last message or pong */
  guint                    silence_source;
  gint64                   silence_checked;
  /* stream legs to the hub, opened after a stream was opened or served, for the next ones:
   * the hub splices a dial to this endpoint onto the oldest, or this agent dials on its
   * newest (naming it) */
  GPtrArray               *spares;        /* SpareLeg, oldest first */
  guint                    spares_wanted; /* as many as the hub keeps (its welcome), at most SPARES_WANTED */
  guint                    spare_serial;  /* names them */
  GCancellable            *spare_opening;
  gboolean                 spare_refused; /* the hub knows no spare legs */
};

/* Two: a stream soon after another finds one while the first one's replacement is opened. */
#define SPARES_WANTED 2

typedef struct {
  Hub                     *hub;
  SoupWebsocketConnection *ws;
  gint64                   since;  /* monotonic µs */
  char                    *name;
} SpareLeg;

static void hub_connect (Hub *hub);
static void notify_changed (ZtMeshClient *self);
static void send_hello (Hub *hub);

/* What a connection to the hub trusts, as its own copy: glib-networking may ask from its
 * handshake thread (GLib's g_main_context_invoke () runs the question there when no thread
 * is running the main context, as while the agent stops), so the question must not reach
 * into a Hub or client the main thread may be freeing. Freed with the connection. */
typedef struct {
  char *ca_pem;
  char *address;
} HubTrust;

static HubTrust *hub_trust_new (Hub *hub);
static void hub_trust_free (gpointer data);
static gboolean hub_trust_accepts (HubTrust *trust, GTlsCertificate *peer);

static void
hub_set_state (Hub        *hub,
               const char *state,
               const char *error)
{
  /* @error may be hub->error itself: copy before freeing */
  char *new_error = g_strdup (error);

  g_free (hub->state);
  hub->state = g_strdup (state);
  g_free (hub->error);
  hub->error = new_error;
  notify_changed (hub->client);
}

static gboolean
retry_cb (gpointer user_data)
{
  Hub *hub = user_data;

  hub->retry_source = 0;
  hub_connect (hub);
  return G_SOURCE_REMOVE;
}

/* Jittered exponential backoff, so that a restarted hub is not hit by every agent at once. */
static void
hub_schedule_retry (Hub *hub)
{
  guint delay;

  if (hub->stopped)
    return;
  if (g_strcmp0 (hub->state, "revoked") == 0 || g_strcmp0 (hub->state, "refused") == 0)
    hub->backoff_ms = BACKOFF_REFUSED_MS;
  else
    hub->backoff_ms = hub->backoff_ms ? MIN (hub->backoff_ms * 2, BACKOFF_MAX_MS) : BACKOFF_MIN_MS;
  delay = hub->backoff_ms * 3 / 4 + g_random_int_range (0, hub->backoff_ms / 2 + 1);
  zt_clear_source_id (&hub->retry_source);
  hub->retry_source = zt_timeout_add (delay, retry_cb, hub);
}

/* ------------------------------------------------------------------------------------------ */
/* Streams                                                                                    */

typedef struct {
  ZtMeshClient *client;
  char         *service;
  char         *expected;     /* importer: the exporter's spiffe id */
  char         *instance;     /* importer: the exporter's run, as the hub said in "connected" */
  char         *endpoint;     /* importer: the exporter */
  Hub          *hub;          /* the hub it went through (not a reference: see spare_after) */
  gboolean      on_spare;     /* importer: dialing on the spare leg (once; then anew) */
  ZtWsStream   *stream;
  GTask        *task;         /* importer */
  gulong        handler;
  SoupWebsocketConnection *ws;
} StreamOp;

/* The first hub whose control channel is open, or NULL. */
static Hub *
connected_hub (ZtMeshClient *self)
{
  for (guint i = 0; i < self->hubs->len; i++)
    if (((Hub *) g_ptr_array_index (self->hubs, i))->ws != NULL)
      return g_ptr_array_index (self->hubs, i);
  return NULL;
}

static void open_via_hub_anew (StreamOp *op);
static void spare_after (StreamOp *op);

static void
stream_op_free (StreamOp *op)
{
  if (op->ws)
    g_signal_handlers_disconnect_by_data (op->ws, op);
  g_clear_object (&op->ws);
  g_clear_object (&op->stream);
  g_clear_object (&op->task);
  g_free (op->service);
  g_free (op->expected);
  g_free (op->instance);
  g_free (op->endpoint);
  g_free (op);
}

static void
served_handshake_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  StreamOp *op = user_data;
  GTlsConnection *tls = G_TLS_CONNECTION (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *peer = NULL;

  spare_after (op);
  if (!zt_tls_handshake_finish (tls, result, &error))
    {
      g_message ("mesh: refused an incoming stream: %s", error->message);
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      g_object_unref (tls);
      stream_op_free (op);
      return;
    }
  /* the importer's identity comes from its certificate, never from what the hub said */
  peer = zt_tls_get_peer_spiffe_id (tls);
  serve_stream (op->client, tls, peer, op->service);
  g_object_unref (tls);
  stream_op_free (op);
}

/* The TLS server of a stream, on its leg's byte stream (op->stream). */
static void
serve_on (StreamOp *op)
{
  g_autoptr(GError) error = NULL;
  GTlsConnection *tls = zt_tls_over_ws_server_new (op->stream, op->client->identity, op->client->ca_pem, &error);

  if (tls == NULL)
    {
      g_message ("mesh: %s", error->message);
      stream_op_free (op);
      return;
    }
  zt_tls_handshake_async (tls, HANDSHAKE_TIMEOUT_MS, NULL, served_handshake_cb, op);
}

static void
accepted_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  StreamOp *op = user_data;
  g_autoptr(GError) error = NULL;

  op->ws = zt_ws_connect_finish (result, &error);
  if (op->ws == NULL)
    {
      g_message ("mesh: cannot take an incoming stream: %s", error->message);
      stream_op_free (op);
      return;
    }
  op->stream = zt_ws_stream_new (op->ws);
  serve_on (op);
}

static gboolean
accept_hub_peer (GTlsCertificate      *peer,
                 GTlsCertificateFlags  errors G_GNUC_UNUSED,
                 gpointer              user_data)
{
  return hub_trust_accepts (user_data, peer);
}

/* A leg to the hub for a stream: its WebSocket reads through a gate (zt-ws-connect.c), so
 * the stream over it can make the other end wait when its reader falls behind. */
static void
stream_connect (Hub                 *hub,
                const char          *query,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  g_autofree char *url = g_strdup_printf ("wss://%s/v1/stream?%s", hub->address, query);

  zt_ws_connect_async (url, hub->client->identity, accept_hub_peer, hub_trust_new (hub), hub_trust_free,
                       cancellable, callback, user_data);
}

static void
spare_leg_free (SpareLeg *sl)
{
  g_signal_handlers_disconnect_by_data (sl->ws, sl);
  if (soup_websocket_connection_get_state (sl->ws) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_close (sl->ws, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
  g_object_unref (sl->ws);
  g_free (sl->name);
  g_free (sl);
}

/* @sl's WebSocket, taken out of the spare legs (@sl is freed, the WebSocket left open) */
static SoupWebsocketConnection *
spare_leg_steal (SpareLeg *sl)
{
  SoupWebsocketConnection *ws = g_steal_pointer (&sl->ws);
  guint i;

  g_signal_handlers_disconnect_by_data (ws, sl);
  if (g_ptr_array_find (sl->hub->spares, sl, &i))
    g_ptr_array_steal_index (sl->hub->spares, i);
  g_free (sl->name);
  g_free (sl);
  return ws;
}

static void
spare_drop (Hub *hub)
{
  if (hub->spare_opening != NULL)
    g_cancellable_cancel (hub->spare_opening);
  g_clear_object (&hub->spare_opening);
  g_ptr_array_set_size (hub->spares, 0);
}

/* A stream on @ws, which the hub said (on it, first) it carries: served as if dialed back.
 * @hub is only remembered (see spare_after), never read here: it may be gone. */
static void
serve_spliced (ZtMeshClient            *client,
               Hub                     *hub,
               SoupWebsocketConnection *ws,
               const char              *service)
{
  StreamOp *op = g_new0 (StreamOp, 1);

  op->client = client;
  op->hub = hub;
  op->service = g_strdup (service);
  op->ws = g_object_ref (ws);
  op->stream = zt_ws_stream_new (op->ws);
  serve_on (op);
}

/* Whether @message is the hub's word that a leg carries a stream, and to which service. */
static gboolean
read_spliced (SoupWebsocketDataType  type,
              GBytes                *message,
              char                 **service)
{
  ZtMeshControl m;
  gboolean yes = _zt_mesh_client_control_read (type, message, &m, NULL) && m.kind == ZT_MESH_CONTROL_STREAM;

  if (yes)
    *service = g_steal_pointer (&m.service);
  _zt_mesh_client_control_clear (&m);
  return yes;
}

static void spare_open (Hub *hub);

/* The hub spliced a dial to this endpoint onto a spare leg: its first message says so. */
static void
spare_message_cb (SoupWebsocketConnection *ws,
                  SoupWebsocketDataType    type,
                  GBytes                  *message,
                  SpareLeg                *sl)
{
  Hub *hub = sl->hub;
  g_autofree char *service = NULL;
  g_autoptr(SoupWebsocketConnection) taken = spare_leg_steal (sl);

  if (!read_spliced (type, message, &service))
    {
      g_message ("mesh: the hub broke the protocol on a spare leg");
      soup_websocket_connection_close (taken, SOUP_WEBSOCKET_CLOSE_POLICY_VIOLATION, NULL);
      return;
    }
  serve_spliced (hub->client, hub, taken, service);
}

static void
spare_closed_cb (SoupWebsocketConnection *ws,
                 SpareLeg                *sl)
{
  const char *reason = soup_websocket_connection_get_close_data (ws);

  /* a hub from before spare legs refuses them as a stream without a destination */
  if (reason != NULL && g_str_has_prefix (reason, "a stream needs"))
    sl->hub->spare_refused = TRUE;
  g_ptr_array_remove (sl->hub->spares, sl);
}

static void
spare_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Hub *hub = user_data;
  g_autoptr(GError) error = NULL;
  SoupWebsocketConnection *ws = zt_ws_connect_finish (result, &error);
  SpareLeg *sl;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* dropped (the hub may be freed): nothing of HUB may be touched */
  g_clear_object (&hub->spare_opening);
  if (ws == NULL)
    {
      g_debug ("mesh: no spare leg to %s: %s", hub->address, error->message);
      return;
    }
  sl = g_new0 (SpareLeg, 1);
  sl->hub = hub;
  sl->ws = ws;
  sl->since = g_get_monotonic_time ();
  sl->name = g_strdup_printf ("s%u", hub->spare_serial);
  g_ptr_array_add (hub->spares, sl);
  g_signal_connect (ws, "message", G_CALLBACK (spare_message_cb), sl);
  g_signal_connect (ws, "closed", G_CALLBACK (spare_closed_cb), sl);
  /* one at a time, so the hub has them in the same order */
  spare_open (hub);
}

/* After a stream was opened or served: legs for the next ones, so that neither this agent
 * nor the hub waits for a new connection to the hub (the hub keeps them for a minute). */
static void
spare_open (Hub *hub)
{
  g_autofree char *query = NULL;

  if (hub->spares->len >= hub->spares_wanted || hub->spare_opening != NULL || hub->spare_refused ||
      hub->ws == NULL || hub->stopped || g_strcmp0 (g_getenv ("ZT4MCP_MESH_SPARE_LEGS"), "0") == 0)
    return;
  /* a hub from before names reads any spare=... as its one */
  query = g_strdup_printf ("spare=s%u", ++hub->spare_serial);
  hub->spare_opening = g_cancellable_new ();
  stream_connect (hub, query, hub->spare_opening, spare_opened_cb, hub);
}

/* The newest spare leg, for this agent's own dial (@name: its name, to tell the hub): NULL when
 * there is none young enough (the hub drops them after a minute; one about to go is not
 * worth the race). */
static SoupWebsocketConnection *
spare_take (Hub   *hub,
            char **name)
{
  SpareLeg *sl;

  if (hub->spares->len == 0)
    return NULL;
  sl = g_ptr_array_index (hub->spares, hub->spares->len - 1);
  if (g_get_monotonic_time () - sl->since > 45 * G_USEC_PER_SEC ||
      soup_websocket_connection_get_state (sl->ws) != SOUP_WEBSOCKET_STATE_OPEN)
    return NULL;
  *name = g_strdup (sl->name);
  return spare_leg_steal (sl);
}

static void
accept_stream (Hub        *hub,
               const char *id,
               const char *service)
{
  g_autofree char *escaped = g_uri_escape_string (id, NULL, TRUE);
  g_autofree char *query = g_strdup_printf ("accept=%s", escaped);
  StreamOp *op = g_new0 (StreamOp, 1);

  op->client = hub->client;
  op->hub = hub;
  op->service = g_strdup (service);
  stream_connect (hub, query, NULL, accepted_cb, op);
}

/* A stream's handshake is over: a spare leg for the next one. Not sooner: opening it (a TLS
 * handshake with the hub) while the stream's own handshake runs slowed that one down. The
 * hub may have been let go meanwhile: it is used only if the client still has it. */
static void
spare_after (StreamOp *op)
{
  for (guint i = 0; op->hub != NULL && i < op->client->hubs->len; i++)
    if (g_ptr_array_index (op->client->hubs, i) == op->hub)
      spare_open (op->hub);
}

/* The importer's own check of the exporter, beyond the CA (the agent's key pins). */
static gboolean
stream_op_check (StreamOp       *op,
                 GTlsConnection *tls,
                 GError        **error)
{
  if (op->client->check == NULL || op->client->check (tls, op->expected, op->client->check_data, error))
    return TRUE;
  g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
  return FALSE;
}

static void
opened_handshake_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  StreamOp *op = user_data;
  GTlsConnection *tls = G_TLS_CONNECTION (object);
  GError *error = NULL;

  spare_after (op);
  if (!zt_tls_handshake_finish (tls, result, &error) || !stream_op_check (op, tls, &error))
    {
      g_task_return_error (op->task, error);
      g_object_unref (tls);
    }
  else
    {
      if (op->instance != NULL)
        g_object_set_data_full (G_OBJECT (tls), "zt-mesh-instance", g_steal_pointer (&op->instance), g_free);
      g_task_return_pointer (op->task, tls, g_object_unref);
    }
  stream_op_free (op);
}
char *
_zt_mesh_client_connected_read (GBytes  *message,
                                GError **error)
{
  static const ZtLimits limits = { 4096, 4 };
  g_autoptr(JsonObject) o = zt_json_parse_object_strict (g_bytes_get_data (message, NULL),
                                                         g_bytes_get_size (message), &limits, error);
  const char *instance;

  if (o == NULL)
    return NULL;
  if (g_strcmp0 (zt_json_get_string (o, "type"), "connected") != 0)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_PARSE, "not a \"connected\" message");
      return NULL;
    }
  /* a hub from before names no run; a name that is not one is dropped as the hub drops it */
  instance = zt_json_get_string (o, "instance");
  return g_strdup (zt_mesh_instance_is_valid (instance) ? instance : "");
}

const char *
zt_mesh_client_stream_instance (GTlsConnection *stream)
{
  g_return_val_if_fail (G_IS_TLS_CONNECTION (stream), NULL);
  return g_object_get_data (G_OBJECT (stream), "zt-mesh-instance");
}

/* The hub says "connected" once the exporter is on the line: TLS may begin. */
static void
dial_message_cb (SoupWebsocketConnection *ws,
                 SoupWebsocketDataType    type,
                 GBytes                  *message,
                 StreamOp                *op)
{
  GError *error = NULL;
  GTlsConnection *tls;

  g_signal_handler_disconnect (ws, op->handler);
  op->handler = 0;
  if (op->on_spare)
    {
      g_autofree char *service = NULL;

      op->on_spare = FALSE;
      if (read_spliced (type, message, &service))
        {
          /* the hub gave the spare leg to a stream to this agent before our dial came: it is
           * served, and this dial made anew */
          g_signal_handlers_disconnect_by_data (ws, op);
          serve_spliced (op->client, op->hub, ws, service);
          g_clear_object (&op->ws);
          open_via_hub_anew (op);
          return;
        }
    }
  if (type != SOUP_WEBSOCKET_DATA_TEXT ||
      (op->instance = _zt_mesh_client_connected_read (message, &error)) == NULL)
    {
      g_task_return_new_error (op->task, ZT_ERROR, ZT_ERROR_UPSTREAM, "the hub broke the stream protocol%s%s",
                               error ? ": " : "", error ? error->message : "");
      g_clear_error (&error);
      stream_op_free (op);
      return;
    }
  if (*op->instance == '\0')
    g_clear_pointer (&op->instance, g_free);
  op->stream = zt_ws_stream_new (ws);
  tls = zt_tls_over_ws_client_new (op->stream, op->client->identity, op->client->ca_pem, op->expected, &error);
  if (tls == NULL)
    {
      g_task_return_error (op->task, error);
      stream_op_free (op);
      return;
    }
  zt_tls_handshake_async (tls, HANDSHAKE_TIMEOUT_MS, g_task_get_cancellable (op->task), opened_handshake_cb, op);
}

static void
dial_closed_cb (SoupWebsocketConnection *ws,
                StreamOp                *op)
{
  const char *reason = soup_websocket_connection_get_close_data (ws);

  if (op->handler == 0)
    return;
  g_signal_handlers_disconnect_by_data (ws, op);
  op->handler = 0;
  if (op->on_spare)
    {
      /* the spare leg went before the hub took the dial (it dropped it, or refused the
       * dial): once more, on a new leg, which says why if it fails too */
      op->on_spare = FALSE;
      g_clear_object (&op->ws);
      open_via_hub_anew (op);
      return;
    }
  g_task_return_new_error (op->task, ZT_ERROR, ZT_ERROR_UPSTREAM, "the hub closed the stream: %s",
                           reason && *reason ? reason : "no reason given");
  stream_op_free (op);
}

static void
dialed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  StreamOp *op = user_data;
  GError *error = NULL;

  op->ws = zt_ws_connect_finish (result, &error);
  if (op->ws == NULL)
    {
      g_task_return_error (op->task, error);
      stream_op_free (op);
      return;
    }
  op->handler = g_signal_connect (op->ws, "message", G_CALLBACK (dial_message_cb), op);
  g_signal_connect (op->ws, "closed", G_CALLBACK (dial_closed_cb), op);
}

/* ------------------------------------------------------------------------------------------ */
/* Direct connections: the same mutual TLS, over TCP, when the exporter can be reached        */
/* After the handshake the importer names the service: two bytes of length, then the name.   */

typedef struct {
  ZtMeshClient   *client;
  GTlsConnection *tls;
  guint8          header[2 + 64];
  gsize           name_len;
  GCancellable   *cancellable;
  GSource        *timeout;    /* for the name, after the handshake */
} DirectIn;

static void
direct_in_free (DirectIn *d)
{
  zt_source_clear (&d->timeout);
  g_clear_object (&d->cancellable);
  g_clear_object (&d->tls);
  g_free (d);
}

/* A peer that completes the handshake and names no service would hold the connection (and
 * its fd) for ever. */
static gboolean
direct_preamble_timeout_cb (gpointer user_data)
{
  DirectIn *d = user_data;

  g_clear_pointer (&d->timeout, g_source_unref);
  g_message ("mesh: closed a direct connection that named no service within %u ms (header_timeout)",
             d->client->preamble_timeout_ms);
  g_cancellable_cancel (d->cancellable);
  return G_SOURCE_REMOVE;
}

static void
direct_name_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DirectIn *d = user_data;
  gsize n = 0;
  g_autofree char *peer = NULL;
  g_autofree char *service = NULL;

  if (!g_input_stream_read_all_finish (G_INPUT_STREAM (object), result, &n, NULL) || n != d->name_len)
    {
      g_io_stream_close (G_IO_STREAM (d->tls), NULL, NULL);
      direct_in_free (d);
      return;
    }
  zt_source_clear (&d->timeout);
  service = g_strndup ((const char *) d->header + 2, d->name_len);
  peer = zt_tls_get_peer_spiffe_id (d->tls);
  serve_stream (d->client, d->tls, peer, service);
  direct_in_free (d);
}

static void
direct_len_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  DirectIn *d = user_data;
  gsize n = 0;

  if (!g_input_stream_read_all_finish (G_INPUT_STREAM (object), result, &n, NULL) || n != 2 ||
      (d->name_len = (d->header[0] << 8) | d->header[1]) == 0 || d->name_len > 64)
    {
      g_io_stream_close (G_IO_STREAM (d->tls), NULL, NULL);
      direct_in_free (d);
      return;
    }
  g_input_stream_read_all_async (g_io_stream_get_input_stream (G_IO_STREAM (d->tls)), d->header + 2, d->name_len,
                                 G_PRIORITY_DEFAULT, d->cancellable, direct_name_cb, d);
}

static void
direct_handshake_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  DirectIn *d = user_data;
  g_autoptr(GError) error = NULL;

  if (!zt_tls_handshake_finish (d->tls, result, &error))
    {
      g_message ("mesh: refused a direct connection: %s", error->message);
      g_io_stream_close (G_IO_STREAM (d->tls), NULL, NULL);
      direct_in_free (d);
      return;
    }
  d->cancellable = g_cancellable_new ();
  if (d->client->preamble_timeout_ms > 0)
    d->timeout = zt_timeout_source_attach (d->client->preamble_timeout_ms, direct_preamble_timeout_cb, d);
  g_input_stream_read_all_async (g_io_stream_get_input_stream (G_IO_STREAM (d->tls)), d->header, 2,
                                 G_PRIORITY_DEFAULT, d->cancellable, direct_len_cb, d);
}

static gboolean
direct_incoming_cb (GSocketService    *service,
                    GSocketConnection *connection,
                    GObject           *source,
                    ZtMeshClient      *self)
{
  g_autoptr(GError) error = NULL;
  DirectIn *d = g_new0 (DirectIn, 1);

  d->client = self;
  zt_socket_nodelay (g_socket_connection_get_socket (connection));
  d->tls = zt_mesh_tls_server_new (G_IO_STREAM (connection), self->identity, self->ca_pem, &error);
  if (d->tls == NULL)
    {
      g_message ("mesh: %s", error->message);
      direct_in_free (d);
      return TRUE;
    }
  zt_tls_handshake_async (d->tls, HANDSHAKE_TIMEOUT_MS, NULL, direct_handshake_cb, d);
  return TRUE;
}

void
zt_mesh_client_set_hub_timeout (ZtMeshClient *self,
                                guint         ms)
{
  self->hub_timeout_ms = ms;
}

void
zt_mesh_client_set_preamble_timeout (ZtMeshClient *self,
                                     guint         ms)
{
  self->preamble_timeout_ms = ms;
}

gboolean
zt_mesh_client_listen_direct (ZtMeshClient *self,
                              const char   *listen,
                              GError      **error)
{
  g_autofree char *host = NULL;
  guint port;
  g_autoptr(GInetAddress) addr = NULL;
  g_autoptr(GSocketAddress) sa = NULL;
  g_autoptr(GSocketAddress) effective = NULL;

  if (!zt_parse_listen (listen, &host, &port, error))
    return FALSE;
  addr = g_inet_address_new_from_string (host);
  if (addr == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "direct address must be an IP address, not \"%s\"", host);
      return FALSE;
    }
  sa = g_inet_socket_address_new (addr, port);
  self->direct = g_socket_service_new ();
  if (!g_socket_listener_add_address (G_SOCKET_LISTENER (self->direct), sa, G_SOCKET_TYPE_STREAM,
                                      G_SOCKET_PROTOCOL_TCP, NULL, &effective, error))
    {
      g_clear_object (&self->direct);
      return FALSE;
    }
  g_signal_connect (self->direct, "incoming", G_CALLBACK (direct_incoming_cb), self);
  g_socket_service_start (self->direct);
  self->direct_address = g_strdup_printf ("%s:%u", host,
                                          g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective)));
  g_message ("mesh: direct connections on %s", self->direct_address);
  for (guint i = 0; i < self->hubs->len; i++)
    send_hello (g_ptr_array_index (self->hubs, i));
  return TRUE;
}

JsonObject *
_zt_mesh_client_find_peer (JsonNode   *peers,
                           const char *endpoint)
{
  JsonArray *a = peers && JSON_NODE_HOLDS_ARRAY (peers) ? json_node_get_array (peers) : NULL;

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *p = zt_json_array_get_object (a, i);
      if (p != NULL && g_strcmp0 (zt_json_get_string (p, "endpoint"), endpoint) == 0)
        return p;
    }
  return NULL;
}

gboolean
zt_mesh_client_peer_online (ZtMeshClient  *self,
                            const char    *endpoint,
                            const char   **instance)
{
  JsonObject *p;
  JsonNode *n;
  gboolean online;

  g_return_val_if_fail (ZT_IS_MESH_CLIENT (self), FALSE);
  /* as the hub sent it: "online" read only when it is a boolean */
  p = _zt_mesh_client_find_peer (self->peers, endpoint);
  n = p ? json_object_get_member (p, "online") : NULL;
  online = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_BOOLEAN &&
           json_node_get_boolean (n);
  if (instance != NULL)
    *instance = online ? zt_json_get_string (p, "instance") : NULL;
  return online;
}

static const char *
peer_direct (ZtMeshClient *self,
             const char   *endpoint)
{
  JsonObject *p = _zt_mesh_client_find_peer (self->peers, endpoint);

  return p ? zt_json_get_string (p, "direct") : NULL;
}

static void open_via_hub (StreamOp *op, const char *endpoint);

typedef struct {
  StreamOp       *op;
  char           *endpoint;
  GTlsConnection *tls;
  guint8          header[2 + 64];
} DirectOut;

static void
direct_out_free (DirectOut *d)
{
  g_clear_object (&d->tls);
  g_free (d->endpoint);
  g_free (d);
}

static void
direct_fallback (DirectOut    *d,
                 const GError *error)
{
  g_message ("mesh: direct connection to %s failed (%s); using the hub", d->endpoint, error ? error->message : "?");
  open_via_hub (d->op, d->endpoint);
  direct_out_free (d);
}

static void
direct_header_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  DirectOut *d = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error))
    return direct_fallback (d, error);
  g_message ("mesh: direct connection to %s", d->endpoint);
  g_task_return_pointer (d->op->task, g_steal_pointer (&d->tls), g_object_unref);
  stream_op_free (d->op);
  direct_out_free (d);
}

static void
direct_out_handshake_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  DirectOut *d = user_data;
  g_autoptr(GError) error = NULL;
  gsize n = strlen (d->op->service);

  if (!zt_tls_handshake_finish (d->tls, result, &error))
    return direct_fallback (d, error);
  /* the exporter answered as itself: refused by a check, the hub would carry no better */
  if (!stream_op_check (d->op, d->tls, &error))
    {
      g_task_return_error (d->op->task, g_steal_pointer (&error));
      stream_op_free (d->op);
      direct_out_free (d);
      return;
    }
  d->header[0] = n >> 8;
  d->header[1] = n & 0xff;
  memcpy (d->header + 2, d->op->service, n);
  g_output_stream_write_all_async (g_io_stream_get_output_stream (G_IO_STREAM (d->tls)), d->header, n + 2,
                                   G_PRIORITY_DEFAULT, NULL, direct_header_cb, d);
}

static void
direct_connected_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  DirectOut *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketConnection) conn = g_socket_client_connect_to_host_finish (G_SOCKET_CLIENT (object), result, &error);

  if (conn == NULL)
    return direct_fallback (d, error);
  zt_socket_nodelay (g_socket_connection_get_socket (conn));
  d->tls = zt_mesh_tls_client_new (G_IO_STREAM (conn), d->op->client->identity, d->op->client->ca_pem,
                                   d->op->expected, &error);
  if (d->tls == NULL)
    return direct_fallback (d, error);
  zt_tls_handshake_async (d->tls, HANDSHAKE_TIMEOUT_MS, NULL, direct_out_handshake_cb, d);
}

static const char *
peer_user (ZtMeshClient *self,
           const char   *endpoint)
{
  JsonObject *p = _zt_mesh_client_find_peer (self->peers, endpoint);

  return p ? zt_json_get_string (p, "user") : NULL;
}

void
zt_mesh_client_open_stream_async (ZtMeshClient        *self,
                                  const char          *endpoint,
                                  const char          *service,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  const char *user = peer_user (self, endpoint);
  Hub *hub = connected_hub (self);
  StreamOp *op;

  g_task_set_source_tag (task, zt_mesh_client_open_stream_async);
  if (hub == NULL)
    {
      g_task_return_new_error (task, ZT_ERROR, ZT_ERROR_UPSTREAM, "no hub is connected; see `zt4mcp peers`");
      g_object_unref (task);
      return;
    }
  if (user == NULL)
    {
      g_task_return_new_error (task, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                               "endpoint %s is not a peer in this mesh; see `zt4mcp peers`", endpoint);
      g_object_unref (task);
      return;
    }
  op = g_new0 (StreamOp, 1);
  op->client = self;
  op->task = task;
  op->service = g_strdup (service);
  op->expected = zt_spiffe_id_make (json_object_get_string_member (self->permit, "mesh"), user, endpoint);
  if (peer_direct (self, endpoint) != NULL)
    {
      /* the exporter can be reached: same mutual TLS, no hub in the path */
      DirectOut *d = g_new0 (DirectOut, 1);
      g_autoptr(GSocketClient) sc = g_socket_client_new ();

      d->op = op;
      d->endpoint = g_strdup (endpoint);
      g_socket_client_set_timeout (sc, 5);
      g_socket_client_set_enable_proxy (sc, FALSE);
      g_socket_client_connect_to_host_async (sc, peer_direct (self, endpoint), 0, cancellable, direct_connected_cb, d);
      return;
    }
  open_via_hub (op, endpoint);
}

static void
open_via_hub (StreamOp   *op,
              const char *endpoint)
{
  ZtMeshClient *self = op->client;
  Hub *hub = connected_hub (self);
  SoupWebsocketConnection *ws;
  g_autofree char *leg = NULL;

  g_free (op->endpoint);
  op->endpoint = g_strdup (endpoint);
  if (hub != NULL && (ws = spare_take (hub, &leg)) != NULL)
    {
      /* dial on the spare leg: the destination goes over the control channel */
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) dial = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type"); json_builder_add_string_value (b, "dial");
      json_builder_set_member_name (b, "to"); json_builder_add_string_value (b, endpoint);
      json_builder_set_member_name (b, "service"); json_builder_add_string_value (b, op->service);
      json_builder_set_member_name (b, "leg"); json_builder_add_string_value (b, leg);
      json_builder_end_object (b);
      dial = json_builder_get_root (b);
      text = zt_json_to_string (dial);
      op->ws = ws;
      op->hub = hub;
      op->on_spare = TRUE;
      op->handler = g_signal_connect (op->ws, "message", G_CALLBACK (dial_message_cb), op);
      g_signal_connect (op->ws, "closed", G_CALLBACK (dial_closed_cb), op);
      soup_websocket_connection_send_text (hub->ws, text);
      return;
    }
  op->hub = hub;
  open_via_hub_anew (op);
}

/* A dial on a new leg, naming the destination in its URL. */
static void
open_via_hub_anew (StreamOp *op)
{
  ZtMeshClient *self = op->client;
  Hub *hub = connected_hub (self);
  g_autofree char *e1 = g_uri_escape_string (op->endpoint, NULL, TRUE);
  g_autofree char *e2 = g_uri_escape_string (op->service, NULL, TRUE);
  g_autofree char *query = g_strdup_printf ("to=%s&service=%s", e1, e2);

  if (hub == NULL)
    {
      g_task_return_new_error (op->task, ZT_ERROR, ZT_ERROR_UPSTREAM, "no hub is connected; see `zt4mcp peers`");
      stream_op_free (op);
      return;
    }
  stream_connect (hub, query, g_task_get_cancellable (op->task), dialed_cb, op);
}

GTlsConnection *
zt_mesh_client_open_stream_finish (ZtMeshClient *self,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ------------------------------------------------------------------------------------------ */
/* Warm streams                                                                               */

/* Streams opened ahead are kept per import (endpoint and service) in a small pool. It holds
 * one while sessions come one at a time; a session that finds none ready (they came faster
 * than a handshake) raises the pool's size by one, up to WARM_PER_SERVICE, so that a burst
 * of sessions finds streams ready; an unused stream's expiry lowers it again. The exporter
 * keeps at most four streams per importer that carried nothing (zt-agent-exporter.c), so an
 * import's streams beyond its first are opened only while its endpoint's pools hold fewer
 * than WARM_PER_ENDPOINT; all pools together hold at most WARM_MAX. */
#define WARM_MAX          16
#define WARM_PER_ENDPOINT 4
#define WARM_PER_SERVICE  3
#define WARM_SECONDS      45
#define WARM_KEEP_SECONDS 600

typedef struct _Warm Warm;

typedef struct {
  Warm           *pool;
  GTlsConnection *tls;          /* NULL while opening */
  GCancellable   *opening;
  GSource        *expiry;
} WarmStream;

struct _Warm {
  ZtMeshClient   *client;
  char           *key;
  char           *endpoint;
  char           *service;
  GQueue          streams;      /* of WarmStream, the oldest at the head */
  guint           target;       /* how many the pool holds: 1 to WARM_PER_SERVICE */
  gint64          used;         /* monotonic µs: when one was last taken (or asked for) */
};

/* How long a warm stream waits unused; ZT4MCP_MESH_WARM_STREAM_SECONDS (1 to WARM_SECONDS)
 * shortens it for tests. */
static guint
warm_seconds (void)
{
  const char *env = g_getenv ("ZT4MCP_MESH_WARM_STREAM_SECONDS");
  guint64 n;

  return env != NULL && g_ascii_string_to_unsigned (env, 10, 1, WARM_SECONDS, &n, NULL)
         ? (guint) n : WARM_SECONDS;
}

static char *
warm_key (const char *endpoint,
          const char *service)
{
  return g_strdup_printf ("%s\x1f%s", endpoint, service);
}

static void
warm_stream_free (WarmStream *ws)
{
  if (ws->opening != NULL)
    g_cancellable_cancel (ws->opening);
  g_clear_object (&ws->opening);
  zt_source_clear (&ws->expiry);
  if (ws->tls != NULL)
    g_io_stream_close_async (G_IO_STREAM (ws->tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&ws->tls);
  g_free (ws);
}

static void
warm_free (Warm *w)
{
  g_queue_clear_full (&w->streams, (GDestroyNotify) warm_stream_free);
  g_free (w->key);
  g_free (w->endpoint);
  g_free (w->service);
  g_free (w);
}

/* Streams held or opening: in all pools, or in those of @endpoint. */
static guint
warm_held (ZtMeshClient *self,
           const char   *endpoint)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->warm);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Warm *w = value;

      if (endpoint == NULL || strcmp (w->endpoint, endpoint) == 0)
        n += w->streams.length;
    }
  return n;
}

static void warm_fill (Warm *w);

static gboolean
warm_expired_cb (gpointer user_data)
{
  WarmStream *ws = user_data;
  Warm *w = ws->pool;
  ZtMeshClient *self = w->client;

  g_clear_pointer (&ws->expiry, g_source_unref);
  g_queue_remove (&w->streams, ws);
  warm_stream_free (ws);
  /* unused for that long: the pool holds one fewer; a service used lately keeps one, the
   * rest lapse */
  w->target = MAX (w->target, 2) - 1;
  if (g_get_monotonic_time () - w->used < WARM_KEEP_SECONDS * G_USEC_PER_SEC)
    warm_fill (w);
  if (w->streams.length == 0)
    g_hash_table_remove (self->warm, w->key);
  return G_SOURCE_REMOVE;
}

static void
warm_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WarmStream *ws = user_data;
  Warm *w;
  g_autoptr(GError) error = NULL;
  GTlsConnection *tls = zt_mesh_client_open_stream_finish (NULL, result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* dropped: WS is gone */
  w = ws->pool;
  g_clear_object (&ws->opening);
  if (tls == NULL)
    {
      g_debug ("mesh: no warm stream to %s/%s: %s", w->endpoint, w->service, error->message);
      g_queue_remove (&w->streams, ws);
      warm_stream_free (ws);
      if (w->streams.length == 0)
        g_hash_table_remove (w->client->warm, w->key);
      return;
    }
  ws->tls = tls;
  ws->expiry = zt_timeout_source_attach (warm_seconds () * 1000, warm_expired_cb, ws);
}

/* Opens streams until @w holds its target, within the bounds. */
static void
warm_fill (Warm *w)
{
  ZtMeshClient *self = w->client;

  if (connected_hub (self) == NULL || g_strcmp0 (g_getenv ("ZT4MCP_MESH_WARM_STREAMS"), "0") == 0)
    return;
  /* each import keeps its one; more only while the endpoint holds fewer than its bound */
  while (w->streams.length < w->target && warm_held (self, NULL) < WARM_MAX &&
         (w->streams.length == 0 || warm_held (self, w->endpoint) < WARM_PER_ENDPOINT))
    {
      WarmStream *ws = g_new0 (WarmStream, 1);

      ws->pool = w;
      ws->opening = g_cancellable_new ();
      g_queue_push_tail (&w->streams, ws);
      zt_mesh_client_open_stream_async (self, w->endpoint, w->service, ws->opening, warm_opened_cb, ws);
    }
}

static Warm *
warm_pool (ZtMeshClient *self,
           const char   *endpoint,
           const char   *service,
           gboolean      create)
{
  g_autofree char *key = warm_key (endpoint, service);
  Warm *w = g_hash_table_lookup (self->warm, key);

  if (w == NULL && create)
    {
      w = g_new0 (Warm, 1);
      w->client = self;
      w->key = g_steal_pointer (&key);
      w->endpoint = g_strdup (endpoint);
      w->service = g_strdup (service);
      w->target = 1;
      g_queue_init (&w->streams);
      g_hash_table_insert (self->warm, w->key, w);
    }
  return w;
}

void
zt_mesh_client_warm_stream (ZtMeshClient *self,
                            const char   *endpoint,
                            const char   *service)
{
  Warm *w;

  g_return_if_fail (ZT_IS_MESH_CLIENT (self));
  w = warm_pool (self, endpoint, service, TRUE);
  w->used = g_get_monotonic_time ();
  warm_fill (w);
  if (w->streams.length == 0)
    g_hash_table_remove (self->warm, w->key);
}

/* Whether @tls's connection is still there: its WebSocket open, or its socket neither closed
 * nor readable (an idle stream's exporter says nothing before the first message). */
static gboolean
warm_connection_open (GTlsConnection *tls)
{
  GIOStream *base = NULL;
  gboolean open;

  g_object_get (tls, "base-io-stream", &base, NULL);
  if (ZT_IS_WS_STREAM (base))
    open = soup_websocket_connection_get_state (zt_ws_stream_get_websocket (ZT_WS_STREAM (base))) ==
           SOUP_WEBSOCKET_STATE_OPEN;
  else if (G_IS_SOCKET_CONNECTION (base))
    {
      GSocket *socket = g_socket_connection_get_socket (G_SOCKET_CONNECTION (base));

      open = g_socket_is_connected (socket) &&
             g_socket_condition_check (socket, G_IO_IN | G_IO_HUP | G_IO_ERR) == 0;
    }
  else
    open = FALSE;
  g_clear_object (&base);
  return open && !g_io_stream_is_closed (G_IO_STREAM (tls));
}

/* Whether @tls's exporter (@endpoint) is online in the run its stream reached. */
static gboolean
warm_peer_current (ZtMeshClient   *self,
                   const char     *endpoint,
                   GTlsConnection *tls)
{
  const char *now = NULL;
  const char *reached = zt_mesh_client_stream_instance (tls);

  return zt_mesh_client_peer_online (self, endpoint, &now) &&
         (reached == NULL || now == NULL || strcmp (reached, now) == 0);
}

GTlsConnection *
zt_mesh_client_take_warm_stream (ZtMeshClient *self,
                                 const char   *endpoint,
                                 const char   *service)
{
  GTlsConnection *tls = NULL;
  Warm *w;

  g_return_val_if_fail (ZT_IS_MESH_CLIENT (self), NULL);
  w = warm_pool (self, endpoint, service, FALSE);
  if (w == NULL)
    return NULL;
  /* the oldest ready one (it would lapse first); those found gone end here */
  for (GList *l = w->streams.head; l != NULL && tls == NULL;)
    {
      WarmStream *ws = l->data;
      GList *next = l->next;

      if (ws->tls != NULL)
        {
          if (warm_peer_current (self, endpoint, ws->tls) && warm_connection_open (ws->tls))
            tls = g_steal_pointer (&ws->tls);
          g_queue_delete_link (&w->streams, l);
          warm_stream_free (ws);
        }
      l = next;
    }
  /* none ready: sessions come faster than one stream is opened, so the pool holds one more */
  if (tls == NULL)
    w->target = MIN (w->target + 1, WARM_PER_SERVICE);
  return tls;
}

guint
zt_mesh_client_warm_count (ZtMeshClient *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (ZT_IS_MESH_CLIENT (self), 0);
  g_hash_table_iter_init (&iter, self->warm);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    for (GList *l = ((Warm *) value)->streams.head; l != NULL; l = l->next)
      n += ((WarmStream *) l->data)->tls != NULL;
  return n;
}

/* The peers changed: streams to an exporter gone offline, or restarted, are dead. */
static void
warm_recheck (ZtMeshClient *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->warm);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Warm *w = value;

      for (GList *l = w->streams.head; l != NULL;)
        {
          WarmStream *ws = l->data;
          GList *next = l->next;

          if (ws->tls != NULL && !warm_peer_current (self, w->endpoint, ws->tls))
            {
              g_queue_delete_link (&w->streams, l);
              warm_stream_free (ws);
            }
          l = next;
        }
      if (w->streams.length == 0)
        g_hash_table_iter_remove (&iter);
    }
}

void
zt_mesh_client_set_check_func (ZtMeshClient    *self,
                               ZtMeshCheckFunc  func,
                               gpointer         user_data)
{
  self->check = func;
  self->check_data = user_data;
}

gboolean
zt_mesh_client_is_member (ZtMeshClient *self,
                          const char   *user,
                          const char   *endpoint)
{
  JsonArray *a = self->peers && JSON_NODE_HOLDS_ARRAY (self->peers) ? json_node_get_array (self->peers) : NULL;

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *p = zt_json_array_get_object (a, i);
      if (p != NULL && g_strcmp0 (zt_json_get_string (p, "endpoint"), endpoint) == 0 &&
          g_strcmp0 (zt_json_get_string (p, "user"), user) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
notify_changed (ZtMeshClient *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Certificate renewal: at two thirds of its life, over a control channel, same key          */

static char *
load_key (ZtMeshClient *self,
          GError      **error)
{
  ZtKeystore *keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, error);
  char *key;

  if (keystore == NULL)
    return NULL;
  key = zt_keystore_lookup (keystore, json_object_get_string_member_with_default (self->permit, "key_name", ""), error);
  zt_keystore_free (keystore);
  if (key == NULL && error && *error == NULL)
    g_set_error_literal (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "the mesh key is not in the key store");
  return key;
}

static gboolean
renew_cb (gpointer user_data)
{
  ZtMeshClient *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL, *csr = NULL, *text = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  Hub *hub = connected_hub (self);

  self->renew_source = 0;
  if (hub == NULL)
    {
      schedule_renewal (self, 5);  /* no hub now: soon again */
      return G_SOURCE_REMOVE;
    }
  if ((key = load_key (self, &error)) == NULL ||
      (csr = zt_ca_create_csr_pem (key, json_object_get_string_member_with_default (self->permit, "endpoint", "x"),
                                   &error)) == NULL)
    {
      g_message ("mesh: cannot renew the certificate: %s", error->message);
      schedule_renewal (self, 60);
      return G_SOURCE_REMOVE;
    }
  memset (key, 0, strlen (key));
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "renew");
  json_builder_set_member_name (b, "csr");
  json_builder_add_string_value (b, csr);
  json_builder_end_object (b);
  node = json_builder_get_root (b);
  text = zt_json_to_string (node);
  soup_websocket_connection_send_text (hub->ws, text);
  schedule_renewal (self, 30);  /* in case no answer comes */
  return G_SOURCE_REMOVE;
}

static void
schedule_renewal (ZtMeshClient *self,
                  guint         min_delay)
{
  gint64 not_after = json_object_get_int_member_with_default (self->permit, "not_after", 0);
  gint64 issued = json_object_get_int_member_with_default (self->permit, "issued", not_after - 24 * 3600);
  gint64 due = issued + (not_after - issued) * 2 / 3;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 delay = MAX ((gint64) min_delay, due - now);

  zt_clear_source_id (&self->renew_source);
  self->renew_source = zt_timeout_add_seconds (MAX (1, MIN (delay, 24 * 3600)), renew_cb, self);
}

static void
install_certificate (ZtMeshClient        *self,
                     const ZtMeshControl *m)
{
  const char *cert = m->certificate;
  const char *expect = json_object_get_string_member_with_default (self->permit, "spiffe_id", "");
  g_autofree char *cert_path = g_build_filename (self->home, "mesh", "cert.pem", NULL);
  g_autofree char *permit_path = g_build_filename (self->home, "mesh", "permit.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) permit = NULL;
  g_autofree char *key = NULL, *text = NULL;
  GTlsCertificate *identity;

  /* what comes back must be ours and from our CA */
  if (!zt_ca_verify_peer (self->ca_pem, cert, 0, expect, &error) ||
      (key = load_key (self, &error)) == NULL ||
      (identity = zt_ca_tls_certificate_new (cert, key, &error)) == NULL)
    {
      g_message ("mesh: the renewed certificate was not accepted: %s", error->message);
      schedule_renewal (self, 60);
      return;
    }
  memset (key, 0, strlen (key));
  g_clear_object (&self->identity);
  self->identity = identity;
  json_object_set_int_member (self->permit, "not_after", m->not_after);
  json_object_set_int_member (self->permit, "issued", m->issued);
  permit = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (permit, self->permit);
  text = zt_json_to_string_pretty (permit);
  if (!g_file_set_contents_full (cert_path, cert, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error) ||
      !g_file_set_contents_full (permit_path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("mesh: cannot save the renewed certificate: %s", error->message);
  {
    g_autoptr(GDateTime) until = g_date_time_new_from_unix_local (json_object_get_int_member (self->permit, "not_after"));
    g_autofree char *when = g_date_time_format (until, "%Y-%m-%d %H:%M:%S");
    g_message ("mesh: certificate renewed, valid until %s", when);
  }
  notify_changed (self);
  schedule_renewal (self, 1);
}

gboolean
_zt_mesh_client_control_read (SoupWebsocketDataType  type,
                              GBytes                *message,
                              ZtMeshControl         *out,
                              GError               **error)
{
  /* the list of peers grows with the mesh: roomier than a member's messages to the hub */
  static const ZtLimits limits = { 16 * 1024 * 1024, 16 };
  g_autoptr(JsonObject) o = NULL;
  const char *kind;

  memset (out, 0, sizeof *out);
  if (type != SOUP_WEBSOCKET_DATA_TEXT)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_PARSE, "not text");
      return FALSE;
    }
  o = zt_json_parse_object_strict (g_bytes_get_data (message, NULL), g_bytes_get_size (message), &limits, error);
  if (o == NULL)
    return FALSE;
  /* read with the types expected, whatever the hub sent: a member's words pass through it */
  kind = zt_json_get_string (o, "type");
  if (g_strcmp0 (kind, "peers") == 0 && zt_json_get_array (o, "peers") != NULL)
    {
      out->kind = ZT_MESH_CONTROL_PEERS;
      out->peers = json_node_copy (json_object_get_member (o, "peers"));
    }
  else if (g_strcmp0 (kind, "peers-update") == 0 && zt_json_get_array (o, "peers") != NULL &&
           zt_json_get_array (o, "gone") != NULL)
    {
      out->kind = ZT_MESH_CONTROL_PEERS_UPDATE;
      out->peers = json_node_copy (json_object_get_member (o, "peers"));
      out->gone = json_node_copy (json_object_get_member (o, "gone"));
    }
  else if (g_strcmp0 (kind, "stream") == 0)
    {
      const char *id = zt_json_get_string (o, "id"), *service = zt_json_get_string (o, "service");

      out->kind = ZT_MESH_CONTROL_STREAM;
      out->stream_id = g_strdup (id ? id : "");
      out->service = g_strdup (service ? service : "");
    }
  else if (g_strcmp0 (kind, "certificate") == 0)
    {
      const char *cert = zt_json_get_string (o, "certificate");

      out->kind = ZT_MESH_CONTROL_CERTIFICATE;
      out->certificate = g_strdup (cert ? cert : "");
      out->not_after = zt_json_get_int (o, "not_after", 0);
      out->issued = zt_json_get_int (o, "issued", 0);
    }
  else if (g_strcmp0 (kind, "renew-refused") == 0)
    {
      const char *why = zt_json_get_string (o, "message");

      out->kind = ZT_MESH_CONTROL_RENEW_REFUSED;
      out->message = g_strdup (why ? why : "?");
    }
  else if (g_strcmp0 (kind, "welcome") == 0)
    {
      gint64 spares = zt_json_get_int (o, "spares", 0);

      out->kind = ZT_MESH_CONTROL_WELCOME;
      out->spares = (guint) CLAMP (spares, 0, 16);
    }
  return TRUE;
}

static const char *
entry_endpoint (JsonNode *entry)
{
  return entry && JSON_NODE_HOLDS_OBJECT (entry) ? zt_json_get_string (json_node_get_object (entry), "endpoint") : NULL;
}

JsonNode *
_zt_mesh_client_merge_peers (JsonNode *peers,
                             JsonNode *update,
                             JsonNode *gone,
                             guint     max)
{
  JsonArray *old = peers && JSON_NODE_HOLDS_ARRAY (peers) ? json_node_get_array (peers) : NULL;
  JsonArray *changed = update && JSON_NODE_HOLDS_ARRAY (update) ? json_node_get_array (update) : NULL;
  JsonArray *removed = gone && JSON_NODE_HOLDS_ARRAY (gone) ? json_node_get_array (gone) : NULL;
  g_autoptr(GHashTable) replace = g_hash_table_new (g_str_hash, g_str_equal);  /* endpoint -> JsonNode */
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *out = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; changed && i < json_array_get_length (changed); i++)
    {
      JsonNode *e = json_array_get_element (changed, i);

      if (entry_endpoint (e) != NULL)
        g_hash_table_insert (replace, (gpointer) entry_endpoint (e), e);
    }
  for (guint i = 0; removed && i < json_array_get_length (removed); i++)
    {
      const char *name = zt_json_array_get_string (removed, i);

      if (name != NULL)
        g_hash_table_insert (replace, (gpointer) name, NULL);
    }
  /* in the order known, each changed entry where its endpoint was, new ones after */
  for (guint i = 0; old && i < json_array_get_length (old); i++)
    {
      JsonNode *e = json_array_get_element (old, i), *now = e;
      const char *name = entry_endpoint (e);

      if (name == NULL || g_hash_table_contains (placed, name))
        continue;
      if (g_hash_table_contains (replace, name) && (now = g_hash_table_lookup (replace, name)) == NULL)
        continue;
      if (json_array_get_length (out) < max)
        {
          g_hash_table_add (placed, (gpointer) name);
          json_array_add_element (out, json_node_copy (now));
        }
    }
  for (guint i = 0; changed && i < json_array_get_length (changed); i++)
    {
      JsonNode *e = json_array_get_element (changed, i);
      const char *name = entry_endpoint (e);

      if (name == NULL || g_hash_table_contains (placed, name) || g_hash_table_lookup (replace, name) != e)
        continue;
      if (json_array_get_length (out) < max)
        {
          g_hash_table_add (placed, (gpointer) name);
          json_array_add_element (out, json_node_copy (e));
        }
    }
  json_node_take_array (node, out);
  return node;
}

void
_zt_mesh_client_control_clear (ZtMeshControl *control)
{
  g_clear_pointer (&control->peers, json_node_unref);
  g_clear_pointer (&control->gone, json_node_unref);
  g_clear_pointer (&control->stream_id, g_free);
  g_clear_pointer (&control->service, g_free);
  g_clear_pointer (&control->certificate, g_free);
  g_clear_pointer (&control->message, g_free);
}

static void
ws_message_cb (SoupWebsocketConnection *ws,
               SoupWebsocketDataType    type,
               GBytes                  *message,
               Hub                     *hub)
{
  g_autoptr(GError) error = NULL;
  ZtMeshControl m;

  hub->heard = g_get_monotonic_time ();
  if (!_zt_mesh_client_control_read (type, message, &m, &error))
    {
      g_message ("mesh: ignored a message from the hub: %s", error->message);
      return;
    }
  switch (m.kind)
    {
    case ZT_MESH_CONTROL_PEERS:
      g_clear_pointer (&hub->client->peers, json_node_unref);
      hub->client->peers = g_steal_pointer (&m.peers);
      warm_recheck (hub->client);
      g_signal_emit (hub->client, signals[PEERS_CHANGED], 0);
      notify_changed (hub->client);
      break;
    case ZT_MESH_CONTROL_PEERS_UPDATE:
      {
        JsonNode *merged = _zt_mesh_client_merge_peers (hub->client->peers, m.peers, m.gone, MAX_PEERS);

        g_clear_pointer (&hub->client->peers, json_node_unref);
        hub->client->peers = merged;
        warm_recheck (hub->client);
        g_signal_emit (hub->client, signals[PEERS_CHANGED], 0);
        notify_changed (hub->client);
      }
      break;
    case ZT_MESH_CONTROL_STREAM:
      accept_stream (hub, m.stream_id, m.service);
      break;
    case ZT_MESH_CONTROL_CERTIFICATE:
      install_certificate (hub->client, &m);
      break;
    case ZT_MESH_CONTROL_RENEW_REFUSED:
      g_message ("mesh: the hub refused to renew the certificate: %s", m.message);
      schedule_renewal (hub->client, 60);
      break;
    case ZT_MESH_CONTROL_WELCOME:
      /* a hub that names spare legs keeps more than one; one from before keeps one */
      hub->spares_wanted = m.spares > 0 ? MIN (m.spares, SPARES_WANTED) : 1;
      break;
    case ZT_MESH_CONTROL_OTHER:
    default:
      break;
    }
  _zt_mesh_client_control_clear (&m);
}

static gboolean
sibling_connected (Hub *hub)
{
  for (guint i = 0; i < hub->client->hubs->len; i++)
    {
      Hub *other = g_ptr_array_index (hub->client->hubs, i);

      if (other != hub && other->ws != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A channel closed: addresses on standby may be what reaches the hub now. */
static void
wake_standby (ZtMeshClient *self)
{
  for (guint i = 0; i < self->hubs->len; i++)
    {
      Hub *hub = g_ptr_array_index (self->hubs, i);

      if (g_strcmp0 (hub->state, "standby") == 0)
        hub_schedule_retry (hub);
    }
}

static void
ws_closed_cb (SoupWebsocketConnection *ws,
              Hub                     *hub)
{
  gushort code = soup_websocket_connection_get_close_code (ws);
  const char *reason = soup_websocket_connection_get_close_data (ws);

  g_message ("mesh: control channel to %s closed (%u%s%s)", hub->address, code, reason ? ": " : "", reason ? reason : "");
  g_signal_handlers_disconnect_by_data (ws, hub);
  g_clear_object (&hub->ws);
  zt_clear_source_id (&hub->silence_source);
  spare_drop (hub);
  if (code == 4403)
    {
      /* the hub refused this identity: retrying cannot help until an administrator acts */
      hub_set_state (hub, g_str_has_prefix (reason ? reason : "", "revoked") ? "revoked" : "refused", reason);
    }
  else if (g_strcmp0 (reason, "replaced by a newer connection") == 0 && sibling_connected (hub))
    {
      /* two of our addresses reach the same hub (a LAN address and 127.0.0.1 on the hub's
       * own machine): one channel is enough, or they would replace each other for ever */
      hub_set_state (hub, "standby", NULL);
      return;
    }
  else
    hub_set_state (hub, "disconnected", reason);
  hub_schedule_retry (hub);
  wake_standby (hub->client);
}

/* hello tells the hub which services this agent exports, and to whom; the hub lists them to
 * those peers only. Being listed grants nothing: the exporter still decides per stream. */
static void
send_hello (Hub *hub)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  if (hub->ws == NULL)
    return;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "hello");
  /* importers drop their streams to an earlier run of this agent once they see a new one */
  json_builder_set_member_name (b, "instance");
  json_builder_add_string_value (b, hub->client->instance);
  json_builder_set_member_name (b, "exports");
  if (hub->client->exports)
    json_builder_add_value (b, json_node_copy (hub->client->exports));
  else
    {
      json_builder_begin_array (b);
      json_builder_end_array (b);
    }
  if (hub->client->direct_address)
    {
      json_builder_set_member_name (b, "direct");
      json_builder_add_string_value (b, hub->client->direct_address);
    }
  json_builder_end_object (b);
  node = json_builder_get_root (b);
  text = zt_json_to_string (node);
  soup_websocket_connection_send_text (hub->ws, text);
}

void
zt_mesh_client_set_exports (ZtMeshClient *self,
                            JsonNode     *exports)
{
  g_clear_pointer (&self->exports, json_node_unref);
  self->exports = exports ? json_node_copy (exports) : NULL;
  for (guint i = 0; i < self->hubs->len; i++)
    send_hello (g_ptr_array_index (self->hubs, i));
}

static void
hub_pong_cb (SoupWebsocketConnection *ws,
             GBytes                  *message,
             Hub                     *hub)
{
  hub->heard = g_get_monotonic_time ();
}

/* A hub that answers nothing (a hung process, a lost network: its TCP connection may stay
 * open for many minutes) is left for a new connection, to it or to another of the mesh's
 * hubs; waiting for libsoup's close handshake would wait for that same silence. */
static gboolean
hub_silence_cb (gpointer user_data)
{
  Hub *hub = user_data;
  g_autofree char *why = NULL;
  SoupWebsocketConnection *ws = hub->ws;
  gint64 now = g_get_monotonic_time (), last = hub->silence_checked;

  hub->silence_checked = now;
  /* this late, the agent itself stood still (a suspended laptop): the hub's words are unread */
  if (last != 0 && now - last > (gint64) hub->client->hub_timeout_ms * 1000 / 2)
    hub->heard = now;
  if (ws == NULL || now - hub->heard <= (gint64) hub->client->hub_timeout_ms * 1000)
    return G_SOURCE_CONTINUE;
  hub->silence_source = 0;
  why = g_strdup_printf ("the hub answered no ping for %u ms", hub->client->hub_timeout_ms);
  g_message ("mesh: control channel to %s dropped: %s", hub->address, why);
  g_signal_handlers_disconnect_by_data (ws, hub);
  hub->ws = NULL;
  spare_drop (hub);
  soup_websocket_connection_close (ws, 4408, why);
  g_object_unref (ws);
  hub_set_state (hub, "disconnected", why);
  hub_schedule_retry (hub);
  wake_standby (hub->client);
  return G_SOURCE_REMOVE;
}

static void
connected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Hub *hub = user_data;
  g_autoptr(GError) error = NULL;
  SoupWebsocketConnection *ws;

  ws = soup_session_websocket_connect_finish (SOUP_SESSION (object), result, &error);
  if (ws == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_message ("mesh: cannot reach hub %s: %s", hub->address, error->message);
      hub_set_state (hub, "disconnected", error->message);
      hub_schedule_retry (hub);
      return;
    }
  hub->ws = ws;
  hub->backoff_ms = 0;
  hub_set_state (hub, "connected", NULL);
  hub->heard = g_get_monotonic_time ();
  hub->silence_checked = 0;
  /* pings three times in the silence allowed: a hub that lives answers each */
  g_object_set (ws, "keepalive-interval", hub->client->hub_timeout_ms ? MAX (hub->client->hub_timeout_ms / 3000, 1) : 15, NULL);
  if (hub->client->hub_timeout_ms > 0)
    hub->silence_source = zt_timeout_add (MAX (hub->client->hub_timeout_ms / 6, 250), hub_silence_cb, hub);
  g_signal_connect (ws, "pong", G_CALLBACK (hub_pong_cb), hub);
  g_signal_connect (ws, "message", G_CALLBACK (ws_message_cb), hub);
  g_signal_connect (ws, "closed", G_CALLBACK (ws_closed_cb), hub);
  send_hello (hub);
  g_message ("mesh: control channel to %s open", hub->address);
}

static HubTrust *
hub_trust_new (Hub *hub)
{
  HubTrust *trust = g_new0 (HubTrust, 1);

  trust->ca_pem = g_strdup (hub->client->ca_pem);
  trust->address = g_strdup (hub->address);
  return trust;
}

static void
hub_trust_free (gpointer data)
{
  HubTrust *trust = data;

  g_free (trust->ca_pem);
  g_free (trust->address);
  g_free (trust);
}

static void
hub_trust_closure_free (gpointer  data,
                        GClosure *closure G_GNUC_UNUSED)
{
  hub_trust_free (data);
}

/* The hub is trusted only as a holder of a certificate from the mesh CA we pinned at join. */
static gboolean
hub_trust_accepts (HubTrust        *trust,
                   GTlsCertificate *peer)
{
  g_autofree char *pem = NULL;
  g_autoptr(GError) error = NULL;

  g_object_get (peer, "certificate-pem", &pem, NULL);
  if (pem != NULL && zt_ca_verify_peer (trust->ca_pem, pem, 0, NULL, &error))
    return TRUE;
  g_message ("mesh: hub %s presented a certificate not from this mesh: %s", trust->address,
             error != NULL ? error->message : "no certificate");
  return FALSE;
}

static gboolean
accept_hub_cb (SoupMessage          *msg G_GNUC_UNUSED,
               GTlsCertificate      *peer,
               GTlsCertificateFlags  errors G_GNUC_UNUSED,
               HubTrust             *trust)
{
  return hub_trust_accepts (trust, peer);
}

static void
hub_connect (Hub *hub)
{
  /* presence=changes: after the first list, the hub sends only the entries that changed (a
   * hub from before ignores it and sends whole lists) */
  g_autofree char *url = g_strdup_printf ("wss://%s/v1/control?presence=changes", hub->address);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);

  if (hub->stopped || msg == NULL)
    return;
  hub_set_state (hub, "connecting", hub->error);
  soup_message_set_tls_client_certificate (msg, hub->client->identity);
  g_signal_connect_data (msg, "accept-certificate", G_CALLBACK (accept_hub_cb), hub_trust_new (hub),
                         hub_trust_closure_free, 0);
  zt_soup_message_nodelay (msg);
  g_clear_object (&hub->cancellable);
  hub->cancellable = g_cancellable_new ();
  soup_session_websocket_connect_async (hub->client->session, msg, NULL, NULL, G_PRIORITY_DEFAULT,
                                        hub->cancellable, connected_cb, hub);
}

static void
hub_free (Hub *hub)
{
  hub->stopped = TRUE;
  zt_clear_source_id (&hub->retry_source);
  zt_clear_source_id (&hub->silence_source);
  if (hub->cancellable)
    g_cancellable_cancel (hub->cancellable);
  g_clear_object (&hub->cancellable);
  spare_drop (hub);
  g_ptr_array_unref (hub->spares);
  if (hub->ws != NULL)
    {
      g_signal_handlers_disconnect_by_data (hub->ws, hub);
      if (soup_websocket_connection_get_state (hub->ws) == SOUP_WEBSOCKET_STATE_OPEN)
        soup_websocket_connection_close (hub->ws, SOUP_WEBSOCKET_CLOSE_GOING_AWAY, "agent stopping");
      g_clear_object (&hub->ws);
    }
  g_free (hub->address);
  g_free (hub->state);
  g_free (hub->error);
  g_free (hub);
}

ZtMeshClient *
zt_mesh_client_new (const char *home,
                    GError    **error)
{
  g_autofree char *permit_path = g_build_filename (home, "mesh", "permit.json", NULL);
  g_autofree char *cert_path = g_build_filename (home, "mesh", "cert.pem", NULL);
  g_autofree char *ca_path = g_build_filename (home, "mesh", "ca.pem", NULL);
  g_autofree char *permit_text = NULL;
  g_autoptr(JsonObject) permit = NULL;
  g_autofree char *cert_pem = NULL;
  g_autofree char *key_pem = NULL;
  gsize permit_len = 0;
  ZtKeystore *keystore;
  ZtMeshClient *self;
  JsonArray *hubs;

  if (!g_file_test (permit_path, G_FILE_TEST_EXISTS))
    return NULL;
  if (!g_file_get_contents (permit_path, &permit_text, &permit_len, error))
    return NULL;
  if ((permit = zt_json_parse_object_strict (permit_text, permit_len, NULL, NULL)) == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "%s is not a permit; join the mesh again", permit_path);
      return NULL;
    }

  self = g_object_new (ZT_TYPE_MESH_CLIENT, NULL);
  self->home = g_strdup (home);
  self->permit = g_steal_pointer (&permit);
  self->preamble_timeout_ms = HANDSHAKE_TIMEOUT_MS;
  self->hubs = g_ptr_array_new_with_free_func ((GDestroyNotify) hub_free);
  if (!g_file_get_contents (ca_path, &self->ca_pem, NULL, error) ||
      !g_file_get_contents (cert_path, &cert_pem, NULL, error))
    {
      g_object_unref (self);
      return NULL;
    }
  keystore = zt_keystore_new (home, ZT_KEYSTORE_AUTO, error);
  if (keystore == NULL)
    {
      g_object_unref (self);
      return NULL;
    }
  key_pem = zt_keystore_lookup (keystore, json_object_get_string_member_with_default (self->permit, "key_name", ""), error);
  zt_keystore_free (keystore);
  if (key_pem == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                     "the mesh key is not in the key store (%s); join the mesh again",
                     json_object_get_string_member_with_default (self->permit, "key_store", "?"));
      g_object_unref (self);
      return NULL;
    }
  self->identity = zt_ca_tls_certificate_new (cert_pem, key_pem, error);
  memset (key_pem, 0, strlen (key_pem));
  if (self->identity == NULL)
    {
      g_object_unref (self);
      return NULL;
    }
  /* No TLS database: the hub is trusted only as accept_hub_cb() decides (a certificate from
   * the mesh CA). With the system's, a certificate some public CA issued for the hub's name
   * would be accepted without asking accept_hub_cb() at all; and every WebSocket to the hub
   * would parse the system trust store again (about 1 MB and a few ms per mesh stream). */
  zt_tls_setup ();
  self->session = soup_session_new_with_options ("timeout", 0, "idle-timeout", 60, "tls-database", NULL, NULL);
  hubs = json_object_get_array_member (self->permit, "hubs");
  for (guint i = 0; hubs && i < json_array_get_length (hubs); i++)
    {
      Hub *hub = g_new0 (Hub, 1);

      hub->client = self;
      hub->address = g_strdup (json_array_get_string_element (hubs, i));
      hub->state = g_strdup ("idle");
      hub->spares = g_ptr_array_new_with_free_func ((GDestroyNotify) spare_leg_free);
      hub->spares_wanted = 1;  /* until its welcome says */
      g_ptr_array_add (self->hubs, hub);
    }
  return self;
}

void
zt_mesh_client_start (ZtMeshClient *self)
{
  schedule_renewal (self, 1);
  /* a channel to every hub in the permit: any one of them can carry the mesh */
  for (guint i = 0; i < self->hubs->len; i++)
    hub_connect (g_ptr_array_index (self->hubs, i));
}

/* Everything that runs ends here, at the last unref (the agent leaving, reloading or
 * stopping): timers, the direct listener, the hubs' channels. */
static void
zt_mesh_client_dispose (GObject *object)
{
  ZtMeshClient *self = ZT_MESH_CLIENT (object);

  zt_clear_source_id (&self->renew_source);
  if (self->warm != NULL)
    g_hash_table_remove_all (self->warm);
  if (self->direct)
    g_socket_service_stop (self->direct);
  g_clear_object (&self->direct);
  g_clear_pointer (&self->hubs, g_ptr_array_unref);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (zt_mesh_client_parent_class)->dispose (object);
}

static void
zt_mesh_client_finalize (GObject *object)
{
  ZtMeshClient *self = ZT_MESH_CLIENT (object);

  g_clear_pointer (&self->warm, g_hash_table_unref);
  g_free (self->direct_address);
  g_free (self->instance);
  g_clear_object (&self->identity);
  g_clear_pointer (&self->permit, json_object_unref);
  g_clear_pointer (&self->peers, json_node_unref);
  g_clear_pointer (&self->exports, json_node_unref);
  g_free (self->ca_pem);
  g_free (self->home);
  G_OBJECT_CLASS (zt_mesh_client_parent_class)->finalize (object);
}

static void
zt_mesh_client_class_init (ZtMeshClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_mesh_client_dispose;
  object_class->finalize = zt_mesh_client_finalize;

  /* ::serve-stream (GTlsConnection *tls, const char *peer_spiffe, const char *service): an
   * importer's handshaken stream for one of our services; the handler serves or closes it.
   * @peer_spiffe comes from the importer's certificate, never from the hub. */
  signals[SERVE_STREAM] = g_signal_new ("serve-stream", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 3,
                                        G_TYPE_TLS_CONNECTION, G_TYPE_STRING, G_TYPE_STRING);
  /* ::peers-changed: a hub pushed a new list of peers (a revocation removes a peer from it) */
  signals[PEERS_CHANGED] = g_signal_new ("peers-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* ::changed: what zt_mesh_client_status () shows may have changed (often: coalesce) */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zt_mesh_client_init (ZtMeshClient *self)
{
  self->hub_timeout_ms = ZT_MESH_DEFAULT_HUB_TIMEOUT_MS;
  self->instance = g_uuid_string_random ();
  self->warm = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) warm_free);
}

JsonNode *
zt_mesh_client_status (ZtMeshClient *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const char *fields[] = { "mesh", "user", "endpoint", "spiffe_id", NULL };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "joined");
  json_builder_add_boolean_value (b, TRUE);
  for (guint i = 0; fields[i]; i++)
    {
      json_builder_set_member_name (b, fields[i]);
      json_builder_add_string_value (b, json_object_get_string_member_with_default (self->permit, fields[i], ""));
    }
  json_builder_set_member_name (b, "not_after");
  json_builder_add_int_value (b, json_object_get_int_member_with_default (self->permit, "not_after", 0));
  json_builder_set_member_name (b, "hubs");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->hubs->len; i++)
    {
      Hub *hub = g_ptr_array_index (self->hubs, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "address");
      json_builder_add_string_value (b, hub->address);
      json_builder_set_member_name (b, "state");
      json_builder_add_string_value (b, hub->state);
      if (hub->error)
        {
          json_builder_set_member_name (b, "error");
          json_builder_add_string_value (b, hub->error);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  /* streams opened ahead of the next sessions on imports used lately */
  json_builder_set_member_name (b, "warm_streams");
  json_builder_add_int_value (b, zt_mesh_client_warm_count (self));
  json_builder_set_member_name (b, "peers");
  if (self->peers)
    json_builder_add_value (b, json_node_copy (self->peers));
  else
    {
      json_builder_begin_array (b);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
