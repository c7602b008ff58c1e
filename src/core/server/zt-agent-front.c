/* zt-agent-front.c: HTTP front workers: libsoup's server side on worker threads, the agent's logic on its own */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <sys/socket.h>
#include <libsoup/soup.h>

#include "zt-agent.h"
#include "zt-agent-private.h"
#include "zt-http-guard.h"
#include "zt-worker.h"

/* Each front worker runs a SoupServer of its own on a SO_REUSEPORT socket of the agent's
 * address, so the kernel spreads the connections over them and the agent's own server. A
 * worker reads and parses each request, pauses it and hands it to the agent's thread, which
 * runs the handlers on the paused message as it would on its own (libsoup does no I/O on a
 * paused message); whatever would make libsoup act again (unpausing, an append to a streaming
 * body) is posted back to the worker that owns the message. */

static GQuark owner_quark;

typedef struct {
  ZtAgent    *agent;
  ZtWorker   *worker;
  SoupServer *server;
  ZtHttpGuard *guard;
  GSocket    *socket;
} Front;

struct _ZtAgentFronts {
  ZtWorkers *workers;
  GPtrArray *fronts;  /* Front */
};

ZtWorker *
_zt_msg_owner (SoupServerMessage *msg)
{
  return g_object_get_qdata (G_OBJECT (msg), owner_quark);
}

/* ---------------------------------------------------------------------------------------- */
/* What goes back to the worker                                                             */

typedef struct {
  SoupServerMessage *msg;
  GBytes            *append;    /* or NULL */
  gboolean           complete;  /* the streaming body ends */
  gboolean           unpause;
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
  if (a->unpause)
    soup_server_message_unpause (a->msg);
}

static void
post_act (ZtWorker          *owner,
          SoupServerMessage *msg,
          GBytes            *append,
          gboolean           complete,
          gboolean           unpause)
{
  Act *a = g_new0 (Act, 1);

  a->msg = g_object_ref (msg);
  a->append = append ? g_bytes_ref (append) : NULL;
  a->complete = complete;
  a->unpause = unpause;
  zt_worker_post (owner, act_run, a, act_free);
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
  g_object_set_qdata (G_OBJECT (msg), held_quark, NULL);
  post_act (owner, msg, NULL, FALSE, TRUE);
}

void
_zt_msg_body_append (SoupServerMessage *msg,
                     const char        *data,
                     gsize              len)
{
  ZtWorker *owner = _zt_msg_owner (msg);
  g_autoptr(GBytes) bytes = NULL;

  if (owner == NULL)
    {
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY, data, len);
      return;
    }
  bytes = g_bytes_new (data, len);
  post_act (owner, msg, bytes, FALSE, FALSE);
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
/* "finished", heard on the worker, told on the agent's thread                              */

typedef struct {
  SoupServerMessage *msg;
  GCallback          func;
  gpointer           data;
} Finished;

static void
finished_free (gpointer item)
{
  Finished *f = item;

  g_object_unref (f->msg);
  g_free (f);
}

static void
finished_run (gpointer item,
              gpointer user_data)
{
  Finished *f = item;

  ((void (*) (SoupServerMessage *, gpointer)) f->func) (f->msg, f->data);
}

typedef struct {
  GCallback func;
  gpointer  data;
} Relay;

static void
relay_finished_cb (SoupServerMessage *msg,
                   gpointer           user_data)
{
  Relay *r = user_data;
  ZtWorker *owner = _zt_msg_owner (msg);
  Finished *f = g_new0 (Finished, 1);

  f->msg = g_object_ref (msg);
  f->func = r->func;
  f->data = r->data;
  zt_worker_post_home (owner, finished_run, f, finished_free);
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
  r->func = func;
  r->data = data;
  return g_signal_connect_data (msg, "finished", G_CALLBACK (relay_finished_cb), r, (GClosureNotify) (void (*) (void)) g_free, 0);
}

/* ---------------------------------------------------------------------------------------- */
/* The workers' servers                                                                     */

typedef struct {
  SoupServerMessage *msg;
  char              *path;
  ZtAgent           *agent;
} Dispatch;

static void
dispatch_free (gpointer item)
{
  Dispatch *d = item;

  g_object_unref (d->msg);
  g_free (d->path);
  g_free (d);
}

static void
dispatch_run (gpointer item,
              gpointer user_data)
{
  Dispatch *d = item;

  _zt_agent_serve (d->agent, d->msg, d->path);
  /* answered at once: the worker writes it */
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
  Dispatch *d = g_new0 (Dispatch, 1);

  soup_server_message_pause (msg);
  g_object_set_qdata (G_OBJECT (msg), owner_quark, front->worker);
  d->msg = g_object_ref (msg);
  d->path = g_strdup (path);
  d->agent = front->agent;
  zt_worker_post_home (front->worker, dispatch_run, d, dispatch_free);
}

/* the guard's refusals (timeouts, sizes), answered on the worker; the agent's thread is not
 * told (prototype: the front door's audit of them is left out) */
static void
front_guard_error (SoupServerMessage *msg,
                   guint              status,
                   const char        *message,
                   gpointer           user_data)
{
  _zt_agent_reply_error (msg, status, status == SOUP_STATUS_REQUEST_TIMEOUT ? "timeout" : "limits", "%s", message);
}

static void
front_request_started_cb (SoupServer        *server,
                          SoupServerMessage *msg,
                          gpointer           user_data)
{
  zt_soup_server_message_nodelay (msg);
}

GSocket *
_zt_agent_reuseport_socket (GInetAddress *addr,
                            guint         port,
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
  if (!g_socket_listen (socket, error))
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
  soup_server_add_handler (front->server, NULL, front_cb, front, NULL);
  front->socket = _zt_agent_reuseport_socket (s->addr, s->port, &s->error);
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
      held_quark = g_quark_from_static_string ("zt-front-held");
    }
  fronts->workers = zt_workers_new (n);
  fronts->fronts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      Front *front = g_new0 (Front, 1);
      Start s = { .front = front, .addr = addr, .port = port };

      front->agent = self;
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
  zt_workers_free (fronts->workers, 500);
  g_ptr_array_unref (fronts->fronts);
  g_free (fronts);
}
