/* zt-agent-front.c: HTTP front workers: libsoup's server side on worker threads, the agent's logic on its own */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <libsoup/soup.h>

#include "zt-agent.h"
#include "zt-agent-private.h"
#include "zt-http-guard.h"
#include "zt-util.h"
#include "zt-worker.h"

/* Each front worker runs a SoupServer of its own on a SO_REUSEPORT socket of the agent's
 * address, so the kernel spreads the connections over them (the agent's own server does not
 * listen then). A worker reads and parses each request, pauses it and hands it to the agent's thread, which
 * runs the handlers on the paused message as it would on its own (libsoup does no I/O on a
 * paused message); whatever would make libsoup act again (unpausing, an append to a streaming
 * body) is posted back to the worker that owns the message. */

static GQuark owner_quark;
static GQuark finished_quark;  /* set on the worker when libsoup is done with the message */

/* What the workers know of the front door, to let a request's body in at once when the
 * agent's thread would: built there, immutable, swapped whole. A request it does not clearly
 * allow (no view, an old one, a refusal, a browser's Origin, an llm or tokenless service) is
 * decided on the agent's thread instead; and every request is decided there again in full
 * once its body is in, so a view that lags can only let a body be read that is then refused. */
typedef struct {
  gsize    limit;
  gboolean usable;  /* enabled, MCP, needs a token */
} ViewService;

typedef struct {
  gboolean  all;
  char    **services;
} ViewClient;

typedef struct {
  gatomicrefcount ref_count;
  gint64      built;     /* monotonic */
  guint8      admin[32];
  char       *host;
  GHashTable *services;  /* name -> ViewService */
  GHashTable *clients;   /* token hash hex -> ViewClient */
} View;

#define VIEW_MAX_AGE_US (2 * G_USEC_PER_SEC)

typedef struct _Front Front;

struct _ZtAgentFronts {
  ZtWorkers *workers;
  GPtrArray *fronts;   /* Front */
  GMutex     lock;
  View      *view;     /* under lock; NULL: none, or stale */
};

struct _Front {
  ZtAgent       *agent;
  ZtAgentFronts *fronts;
  ZtWorker      *worker;
  SoupServer    *server;
  ZtHttpGuard   *guard;
  GSocket       *socket;
};

static void
view_client_free (gpointer data)
{
  ViewClient *c = data;

  g_strfreev (c->services);
  g_free (c);
}

static View *
view_ref (View *v)
{
  g_atomic_ref_count_inc (&v->ref_count);
  return v;
}

static void
view_unref (View *v)
{
  if (!g_atomic_ref_count_dec (&v->ref_count))
    return;
  g_hash_table_unref (v->services);
  g_hash_table_unref (v->clients);
  g_free (v->host);
  g_free (v);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (View, view_unref)

static View *
view_build (ZtAgent *self)
{
  View *v = g_new0 (View, 1);
  GHashTableIter iter;
  gpointer key, value;

  g_atomic_ref_count_init (&v->ref_count);
  v->built = g_get_monotonic_time ();
  memcpy (v->admin, self->token_digest, sizeof v->admin);
  v->host = g_strdup (self->host);
  v->services = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  v->clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, view_client_free);
  g_hash_table_iter_init (&iter, self->services);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ZtService *service = value;
      ViewService *vs = g_new0 (ViewService, 1);

      vs->limit = service->limits.max_size ? service->limits.max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;
      vs->usable = service->enabled && !service->llm && !service->local_auth_none;
      g_hash_table_insert (v->services, g_strdup (key), vs);
    }
  g_hash_table_iter_init (&iter, self->client_hashes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const ZtClientRecord *r = value;
      ViewClient *c = g_new0 (ViewClient, 1);

      c->all = r->services == NULL;
      c->services = g_strdupv (r->services);
      g_hash_table_insert (v->clients, g_strdup (key), c);
    }
  return v;
}

/* The current view, or NULL when there is none or it is too old (any thread) */
static View *
view_get (ZtAgentFronts *fronts)
{
  View *v = NULL;

  g_mutex_lock (&fronts->lock);
  if (fronts->view != NULL && g_get_monotonic_time () - fronts->view->built < VIEW_MAX_AGE_US)
    v = view_ref (fronts->view);
  g_mutex_unlock (&fronts->lock);
  return v;
}

static void
view_set (ZtAgentFronts *fronts,
          View          *v)
{
  View *old;

  g_mutex_lock (&fronts->lock);
  old = fronts->view;
  fronts->view = v;
  g_mutex_unlock (&fronts->lock);
  if (old != NULL)
    view_unref (old);
}

/* On the agent's thread, after a request was decided there: a view again if there is none
 * (it was made stale) or it is old; not on every such request (a service whose requests all
 * come here, an llm one, would rebuild it each time). */
static void
view_refresh (ZtAgent *self)
{
  View *current;

  if (self->fronts == NULL)
    return;
  if ((current = view_get (self->fronts)) != NULL)
    {
      view_unref (current);
      return;
    }
  view_set (self->fronts, view_build (self));
}

/* Something the front door reads changed (a service, a client token): the workers ask the
 * agent's thread until it has built the view again. Called on the agent's thread. */
void
_zt_agent_fronts_invalidate (ZtAgentFronts *fronts)
{
  if (fronts != NULL)
    view_set (fronts, NULL);
}

static gboolean
host_plainly_ok (const char *agent_host,
                 SoupServerMessage *msg)
{
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *host = soup_message_headers_get_one (h, "Host");
  g_autofree char *name = NULL;
  const char *colon;

  /* a browser's request (any Origin) is left to the agent's thread */
  if (host == NULL || soup_message_headers_get_one (h, "Origin") != NULL)
    return FALSE;
  colon = host[0] == '[' ? strstr (host, "]:") : strrchr (host, ':');
  name = colon ? g_strndup (host, colon - host + (host[0] == '[' ? 1 : 0)) : g_strdup (host);
  return g_ascii_strcasecmp (name, "localhost") == 0 || strcmp (name, "127.0.0.1") == 0 ||
         strcmp (name, "[::1]") == 0 || g_ascii_strcasecmp (name, agent_host) == 0;
}

/* TRUE, with the body's limit, when the view plainly allows the request */
static gboolean
view_allows (View              *v,
             SoupServerMessage *msg,
             gsize             *limit)
{
  const char *auth = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  g_autofree char *canonical = NULL;
  const char *path = _zt_agent_route_path (g_uri_get_path (soup_server_message_get_uri (msg)), &canonical);
  guint8 digest[32];
  gboolean admin;

  if (!host_plainly_ok (v->host, msg) || auth == NULL || g_ascii_strncasecmp (auth, "Bearer ", 7) != 0)
    return FALSE;
  auth += 7;
  while (*auth == ' ')
    auth++;
  _zt_agent_sha256 (auth, digest);
  admin = zt_secure_equal (digest, v->admin, sizeof digest);
  if (g_str_has_prefix (path, "/api/v1/") || strcmp (path, "/api/v1") == 0 || strcmp (path, "/metrics") == 0)
    {
      *limit = API_BODY_LIMIT;
      return admin;
    }
  if (g_str_has_prefix (path, "/mcp/") || g_str_has_prefix (path, "/sse/"))
    {
      const char *p = path + 5;
      g_autofree char *name = g_strndup (p, strcspn (p, "/"));
      ViewService *vs = g_hash_table_lookup (v->services, name);
      ViewClient *c = NULL;

      if (vs == NULL || !vs->usable)
        return FALSE;
      if (!admin)
        {
          g_autofree char *hex = _zt_agent_sha256_hex (auth);

          c = g_hash_table_lookup (v->clients, hex);
          if (c == NULL || !(c->all || g_strv_contains ((const char *const *) c->services, name)))
            return FALSE;
        }
      *limit = vs->limit;
      return TRUE;
    }
  return FALSE;
}

ZtWorker *
_zt_msg_owner (SoupServerMessage *msg)
{
  return g_object_get_qdata (G_OBJECT (msg), owner_quark);
}

/* ---------------------------------------------------------------------------------------- */
/* A streaming answer's backlog: what was appended and not yet written to its client. A     */
/* client that does not read would otherwise have the agent hold all that its upstream sends */
/* (a flood of notifications: 256 MiB held for one stream). Over the bound, the stream is    */
/* ended: its connection is shut, and libsoup finishes the message.                         */

static GQuark backlog_quark;
static gsize stream_buffer = ZT_AGENT_STREAM_BUFFER_DEFAULT;  /* 0: no bound */

typedef struct {
  gssize   unsent;  /* added on the agent's thread, taken off where libsoup writes: atomic */
  gboolean cut;     /* the agent's thread's */
} Backlog;

void
_zt_msg_set_stream_buffer (gsize bytes)
{
  stream_buffer = bytes;
}

static void
backlog_wrote_cb (SoupServerMessage *msg,
                  guint              n,
                  gpointer           user_data)
{
  Backlog *b = user_data;

  __atomic_sub_fetch (&b->unsent, (gssize) n, __ATOMIC_RELAXED);
}

/* The agent's thread: @msg's backlog, counted from its first streamed bytes on. */
static Backlog *
backlog_get (SoupServerMessage *msg)
{
  Backlog *b;

  if (backlog_quark == 0)
    backlog_quark = g_quark_from_static_string ("zt-msg-backlog");
  b = g_object_get_qdata (G_OBJECT (msg), backlog_quark);
  if (b == NULL)
    {
      b = g_new0 (Backlog, 1);
      /* freed with the message, after the last of its signals */
      g_object_set_qdata_full (G_OBJECT (msg), backlog_quark, b, g_free);
      g_signal_connect (msg, "wrote-body-data", G_CALLBACK (backlog_wrote_cb), b);
    }
  return b;
}

/* Where libsoup runs @msg: shut its connection both ways, so that the write waiting for a
 * client that does not read fails and the message finishes. */
static void
backlog_cut (SoupServerMessage *msg)
{
  GSocket *socket = zt_http_guard_message_socket (msg);

  if (socket != NULL)
    g_socket_shutdown (socket, TRUE, TRUE, NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* What goes back to the worker                                                             */

typedef struct {
  SoupServerMessage *msg;
  GBytes            *append;    /* or NULL */
  gboolean           complete;  /* the streaming body ends */
  gboolean           unpause;
  gboolean           cut;       /* its client does not read: its connection is shut */
} Act;

static void
act_free (gpointer data)
{
  Act *a = data;

  g_clear_pointer (&a->append, g_bytes_unref);
  g_object_unref (a->msg);
  g_free (a);
}

static void
act_run (gpointer item,
         gpointer user_data)
{
  Act *a = item;

  if (a->append != NULL)
    soup_message_body_append_bytes (soup_server_message_get_response_body (a->msg), a->append);
  if (a->complete)
    soup_message_body_complete (soup_server_message_get_response_body (a->msg));
  if (a->cut)
    backlog_cut (a->msg);
  /* a message already finished (its client went away, the guard stole its connection) has
   * nothing to go on with */
  if (a->unpause && g_object_get_qdata (G_OBJECT (a->msg), finished_quark) == NULL)
    soup_server_message_unpause (a->msg);
}

static Act *
act_new (SoupServerMessage *msg,
         GBytes            *append,
         gboolean           complete,
         gboolean           unpause)
{
  Act *a = g_new0 (Act, 1);

  a->msg = g_object_ref (msg);
  a->append = append ? g_bytes_ref (append) : NULL;
  a->complete = complete;
  a->unpause = unpause;
  return a;
}

static void
post_act (ZtWorker          *owner,
          SoupServerMessage *msg,
          GBytes            *append,
          gboolean           complete,
          gboolean           unpause)
{
  zt_worker_post (owner, act_run, act_new (msg, append, complete, unpause), act_free);
}

static GQuark held_quark;

void
_zt_msg_pause (SoupServerMessage *msg)
{
  if (_zt_msg_owner (msg) == NULL)
    {
      soup_server_message_pause (msg);
      return;
    }
  /* paused already, by the worker: only remember that a handler holds it */
  g_object_set_qdata (G_OBJECT (msg), held_quark, GINT_TO_POINTER (1));
}

void
_zt_msg_unpause (SoupServerMessage *msg)
{
  ZtWorker *owner = _zt_msg_owner (msg);

  if (owner == NULL)
    {
      soup_server_message_unpause (msg);
      return;
    }
  /* RESUMED: the dispatch that handed it here need not let it go on as well */
  g_object_set_qdata (G_OBJECT (msg), held_quark, GINT_TO_POINTER (2));
  post_act (owner, msg, NULL, FALSE, TRUE);
}

gsize
_zt_msg_stream_buffer (void)
{
  return stream_buffer;
}

gsize
_zt_msg_backlog (SoupServerMessage *msg)
{
  Backlog *b = backlog_quark ? g_object_get_qdata (G_OBJECT (msg), backlog_quark) : NULL;
  gssize unsent = b ? __atomic_load_n (&b->unsent, __ATOMIC_RELAXED) : 0;

  return unsent > 0 ? (gsize) unsent : 0;
}

gsize
_zt_msg_body_append (SoupServerMessage *msg,
                     const char        *data,
                     gsize              len)
{
  ZtWorker *owner = _zt_msg_owner (msg);
  Backlog *b = backlog_get (msg);
  gssize unsent = __atomic_load_n (&b->unsent, __ATOMIC_RELAXED);
  g_autoptr(GBytes) bytes = NULL;

  if (b->cut)
    return G_MAXSIZE;  /* ended: what its upstream still sends for it goes nowhere */
  /* one message always goes, however large; past that, what waits is bounded */
  if (stream_buffer > 0 && unsent > 0 && (gsize) unsent + len > stream_buffer)
    {
      b->cut = TRUE;
      g_message ("a client does not read its stream: %" G_GSSIZE_FORMAT " bytes not yet taken, %" G_GSIZE_FORMAT
                 " more to send, over the bound of %" G_GSIZE_FORMAT " (agent serve --stream-buffer); the stream is ended",
                 unsent, len, stream_buffer);
      if (owner == NULL)
        backlog_cut (msg);
      else
        {
          Act *a = act_new (msg, NULL, FALSE, FALSE);

          a->cut = TRUE;
          zt_worker_post (owner, act_run, a, act_free);
        }
      return G_MAXSIZE;
    }
  unsent = __atomic_add_fetch (&b->unsent, (gssize) len, __ATOMIC_RELAXED);
  if (owner == NULL)
    soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY, data, len);
  else
    {
      bytes = g_bytes_new (data, len);
      post_act (owner, msg, bytes, FALSE, FALSE);
    }
  return unsent > 0 ? (gsize) unsent : 0;
}

void
_zt_msg_body_complete (SoupServerMessage *msg)
{
  ZtWorker *owner = _zt_msg_owner (msg);

  if (owner == NULL)
    soup_message_body_complete (soup_server_message_get_response_body (msg));
  else
    post_act (owner, msg, NULL, TRUE, FALSE);
}

/* ---------------------------------------------------------------------------------------- */
/* "finished", heard on the worker, told on the agent's thread, unless the handler was        */
/* disconnected there in the meantime                                                       */

typedef struct {
  gatomicrefcount ref_count;
  GCallback       func;
  gpointer        data;
  gulong          id;   /* the agent's thread's */
} Relay;

static Relay *
relay_ref (Relay *r)
{
  g_atomic_ref_count_inc (&r->ref_count);
  return r;
}

static void
relay_unref (gpointer data)
{
  Relay *r = data;

  if (g_atomic_ref_count_dec (&r->ref_count))
    g_free (r);
}

static void
relay_closure_free (gpointer data,
                    GClosure *closure)
{
  relay_unref (data);
}

typedef struct {
  SoupServerMessage *msg;
  Relay             *relay;
} Finished;

static void
finished_free (gpointer item)
{
  Finished *f = item;

  g_object_unref (f->msg);
  relay_unref (f->relay);
  g_free (f);
}

static void
finished_run (gpointer item,
              gpointer user_data)
{
  Finished *f = item;

  /* a handler disconnected since (its owner is done, maybe gone) hears nothing */
  if (f->relay->id != 0 && g_signal_handler_is_connected (f->msg, f->relay->id))
    ((void (*) (SoupServerMessage *, gpointer)) f->relay->func) (f->msg, f->relay->data);
}

static void
relay_finished_cb (SoupServerMessage *msg,
                   gpointer           user_data)
{
  Relay *r = user_data;
  Finished *f = g_new0 (Finished, 1);

  f->msg = g_object_ref (msg);
  f->relay = relay_ref (r);
  zt_worker_post_home (_zt_msg_owner (msg), finished_run, f, finished_free);
}

gulong
_zt_msg_connect_finished (SoupServerMessage *msg,
                          GCallback          func,
                          gpointer           data)
{
  Relay *r;

  if (_zt_msg_owner (msg) == NULL)
    return g_signal_connect (msg, "finished", func, data);
  r = g_new0 (Relay, 1);
  g_atomic_ref_count_init (&r->ref_count);
  r->func = func;
  r->data = data;
  r->id = g_signal_connect_data (msg, "finished", G_CALLBACK (relay_finished_cb), r, relay_closure_free, 0);
  return r->id;
}

/* ---------------------------------------------------------------------------------------- */
/* The workers' servers                                                                     */

/* A message handed between threads, with what the other side needs of it */
typedef struct {
  SoupServerMessage *msg;
  ZtAgent           *agent;
  char              *text;  /* the path to serve, or a refusal's reason */
  const char        *kind;  /* a refusal's rule (static) */
} Dispatch;

static Dispatch *
dispatch_new (SoupServerMessage *msg,
              ZtAgent           *agent,
              const char        *text)
{
  Dispatch *d = g_new0 (Dispatch, 1);

  d->msg = g_object_ref (msg);
  d->agent = agent;
  d->text = g_strdup (text);
  return d;
}

static void
dispatch_free (gpointer item)
{
  Dispatch *d = item;

  g_object_unref (d->msg);
  g_free (d->text);
  g_free (d);
}

static void
dispatch_run (gpointer item,
              gpointer user_data)
{
  Dispatch *d = item;

  _zt_agent_serve (d->agent, d->msg, d->text);
  /* answered at once (neither held by a handler nor already let go on): the worker writes it */
  if (g_object_get_qdata (G_OBJECT (d->msg), held_quark) == NULL)
    post_act (_zt_msg_owner (d->msg), d->msg, NULL, FALSE, TRUE);
}

static void
front_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  Front *front = user_data;

  soup_server_message_pause (msg);
  zt_worker_post_home (front->worker, dispatch_run, dispatch_new (msg, front->agent, path), dispatch_free);
}

static void
refused_run (gpointer item,
             gpointer user_data)
{
  Dispatch *d = item;

  _zt_agent_front_door_refused (d->agent, d->msg, d->kind, d->text);
}

/* the guard's refusals (timeouts, sizes): answered here, told to the agent's thread (the audit) */
static void
front_guard_error (SoupServerMessage *msg,
                   guint              status,
                   const char        *message,
                   gpointer           user_data)
{
  Front *front = user_data;

  if (_zt_agent_guard_reply (msg, status, message))
    {
      Dispatch *d = dispatch_new (msg, front->agent, message);

      d->kind = status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : "limits";
      zt_worker_post_home (front->worker, refused_run, d, dispatch_free);
    }
}

/* The front door (host, token, service, size) is decided on the agent's thread before the
 * body is read; the guard on the worker waits for it, paused. */
static void
decided_run (gpointer item,
             gpointer user_data)
{
  Dispatch *d = item;

  zt_http_guard_headers_decided (d->msg);
}

static void
headers_run (gpointer item,
             gpointer user_data)
{
  Dispatch *d = item;

  _zt_agent_check_headers (d->agent, d->msg);
  view_refresh (d->agent);
  zt_worker_post (_zt_msg_owner (d->msg), decided_run, dispatch_new (d->msg, d->agent, NULL), dispatch_free);
}

static gboolean
front_headers (SoupServerMessage *msg,
               gpointer           user_data)
{
  Front *front = user_data;
  g_autoptr(View) view = view_get (front->fronts);
  gsize limit = 0;

  /* plainly allowed: its body is let in here, as the agent's thread would */
  if (view != NULL && view_allows (view, msg, &limit))
    {
      zt_http_guard_limit_body (msg, limit, "max_message_size");
      return TRUE;
    }
  zt_worker_post_home (front->worker, headers_run, dispatch_new (msg, front->agent, NULL), dispatch_free);
  return FALSE;
}

static void
front_finished_cb (SoupServerMessage *msg,
                   gpointer           user_data)
{
  g_object_set_qdata (G_OBJECT (msg), finished_quark, GINT_TO_POINTER (1));
}

static void
front_request_started_cb (SoupServer        *server,
                          SoupServerMessage *msg,
                          gpointer           user_data)
{
  Front *front = user_data;

  g_object_set_qdata (G_OBJECT (msg), owner_quark, front->worker);
  g_signal_connect (msg, "finished", G_CALLBACK (front_finished_cb), NULL);
  zt_soup_server_message_nodelay (msg);
}

GSocket *
_zt_agent_reuseport_socket (GInetAddress *addr,
                            guint         port,
                            gboolean      listen,
                            GError      **error)
{
  g_autoptr(GSocketAddress) sa = g_inet_socket_address_new (addr, port);
  g_autoptr(GSocket) socket = g_socket_new (g_inet_address_get_family (addr), G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, error);

  struct sockaddr_storage native;
  gssize len = sa ? g_socket_address_get_native_size (sa) : -1;

  if (socket == NULL ||
      !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEADDR, 1, error) ||
      !g_socket_set_option (socket, SOL_SOCKET, SO_REUSEPORT, 1, error) ||
      len < 0 || !g_socket_address_to_native (sa, &native, sizeof native, error))
    return NULL;
  /* bind(2) itself: g_socket_bind () turns SO_REUSEPORT off for a stream socket */
  if (bind (g_socket_get_fd (socket), (struct sockaddr *) &native, (socklen_t) len) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "cannot bind: %s", g_strerror (saved));
      return NULL;
    }
  if (listen && !g_socket_listen (socket, error))
    return NULL;
  return g_steal_pointer (&socket);
}

typedef struct {
  Front        *front;
  GInetAddress *addr;
  guint         port;
  gboolean      ok;
  GError       *error;
} Start;

static gboolean
start_cb (gpointer data)
{
  Start *s = data;
  Front *front = s->front;

  front->server = soup_server_new ("server-header", "zt4mcp/" PACKAGE_VERSION, NULL);
  g_signal_connect (front->server, "request-started", G_CALLBACK (front_request_started_cb), front);
  front->guard = zt_http_guard_new (front->server, &front->agent->http_limits, front_guard_error, front);
  zt_http_guard_defer_headers (front->guard, front_headers, front);
  soup_server_add_handler (front->server, NULL, front_cb, front, NULL);
  front->socket = _zt_agent_reuseport_socket (s->addr, s->port, TRUE, &s->error);
  s->ok = front->socket != NULL &&
          soup_server_listen_socket (front->server, front->socket, 0, &s->error);
  return G_SOURCE_REMOVE;
}

static gboolean
stop_cb (gpointer data)
{
  Front *front = data;

  if (front->server != NULL)
    soup_server_disconnect (front->server);
  g_clear_object (&front->guard);
  g_clear_object (&front->server);
  g_clear_object (&front->socket);
  return G_SOURCE_REMOVE;
}

typedef struct {
  Front             *front;
  ZtHttpGuardLimits  limits;
} Limits;

static void
limits_run (gpointer item,
            gpointer user_data)
{
  Limits *l = item;

  if (l->front->guard != NULL)
    zt_http_guard_set_limits (l->front->guard, &l->limits);
}

void
_zt_agent_fronts_set_limits (ZtAgentFronts           *fronts,
                             const ZtHttpGuardLimits *limits)
{
  for (guint i = 0; i < fronts->fronts->len; i++)
    {
      Limits *l = g_new0 (Limits, 1);

      l->front = g_ptr_array_index (fronts->fronts, i);
      l->limits = *limits;
      zt_worker_post (l->front->worker, limits_run, l, g_free);
    }
}

ZtAgentFronts *
_zt_agent_fronts_start (ZtAgent      *self,
                        guint         n,
                        GInetAddress *addr,
                        guint         port,
                        GError      **error)
{
  ZtAgentFronts *fronts = g_new0 (ZtAgentFronts, 1);

  if (owner_quark == 0)
    {
      owner_quark = g_quark_from_static_string ("zt-front-owner");
      finished_quark = g_quark_from_static_string ("zt-front-finished");
      held_quark = g_quark_from_static_string ("zt-front-held");
    }
  g_mutex_init (&fronts->lock);
  fronts->view = view_build (self);
  fronts->workers = zt_workers_new (n);
  fronts->fronts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      Front *front = g_new0 (Front, 1);
      Start s = { .front = front, .addr = addr, .port = port };

      front->agent = self;
      front->fronts = fronts;
      front->worker = zt_workers_get (fronts->workers, i);
      g_ptr_array_add (fronts->fronts, front);
      zt_worker_run_sync (front->worker, start_cb, &s);
      if (!s.ok)
        {
          g_propagate_prefixed_error (error, s.error, "HTTP worker %u: ", i);
          _zt_agent_fronts_stop (fronts);
          return NULL;
        }
    }
  return fronts;
}

void
_zt_agent_fronts_stop (ZtAgentFronts *fronts)
{
  if (fronts == NULL)
    return;
  for (guint i = 0; i < fronts->fronts->len; i++)
    {
      Front *front = g_ptr_array_index (fronts->fronts, i);

      zt_worker_run_sync (front->worker, stop_cb, front);
    }
  zt_workers_free (fronts->workers);
  g_ptr_array_unref (fronts->fronts);
  view_set (fronts, NULL);
  g_mutex_clear (&fronts->lock);
  g_free (fronts);
}
