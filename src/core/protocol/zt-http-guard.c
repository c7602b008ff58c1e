/* zt-http-guard.c: limits a SoupServer applies while reading, before anything is buffered */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "zt-http-guard.h"
#include "zt-fd-watch.h"
#include "zt-util.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#ifdef __linux__
#include <netinet/in.h>
#include <linux/tcp.h>
#include <stddef.h>
#endif

/* libsoup 3.2.3 (Debian 12) leaves three holes this file closes from the outside:
 *
 * - A keep-alive connection that its client closes while idle is never disconnected: the
 *   next message reads EOF before it "started", so no completion callback runs and the
 *   connection (and its fd, in CLOSE-WAIT) stays in the server's list forever (fixed
 *   upstream in 3.3.0, "server: do not leak idle connections closed by the client"). The
 *   guard watches each idle connection at a higher priority than libsoup's own read, so it
 *   sees the EOF first and takes the connection away (steal + close) while that is safe.
 *   A TLS connection cannot be peeked (a close_notify looks like data), so TLS servers
 *   answer every request with "Connection: close" instead.
 * - A status set in got-headers does not skip the body: libsoup reads it whole into memory
 *   first. A refused request is paused at once and its answer written on the stolen
 *   connection, which then closes; nothing of the body is read.
 * - There is no header, body or idle timeout.
 *
 * And one cost: libsoup keeps a GSource on every keep-alive connection between requests, and
 * GLib prepares, polls and checks every source on each main-loop iteration, so each call
 * paid for every idle connection (a thousand idle sessions made a call 13-40 times dearer).
 * A connection idle for PARK_MS is taken from libsoup ("parked": steal, keep the socket,
 * watch it in the shared epoll set) and handed back with soup_server_accept_iostream when
 * its next request arrives; a parked connection whose client closes it is closed. */

struct _ZtHttpGuard
{
  GObject               parent_instance;

  SoupServer           *server;      /* weak: the owner keeps it and this guard together */
  ZtHttpGuardLimits     limits;
  ZtHttpGuardErrorFunc  error_func;
  gpointer              user_data;
  gboolean              tls;
  GHashTable           *idle;        /* GSocket -> Idle */
  GHashTable           *requests;    /* Request set: the ones being read (under lock) */
  GMutex                lock;        /* a message may be freed on another thread (front workers) */
  ZtHttpGuardHeadersFunc headers_func; /* headers decided elsewhere, or NULL */
  gpointer              headers_data;
  GSource              *sweep;       /* ends what is past its deadline; runs while any has one */
  guint                 n_reaped;
  guint                 n_parked;
};

G_DEFINE_FINAL_TYPE (ZtHttpGuard, zt_http_guard, G_TYPE_OBJECT)

/* A keep-alive connection between two requests. */
typedef struct
{
  ZtHttpGuard       *guard;
  GSocket           *socket;
  SoupServerMessage *last;    /* the finished request: the handle to steal the connection by */
  gulong             disconnected_id;  /* on last: libsoup closed the connection */
  /* Until parked: a GSource on the socket, above libsoup's own read, so that it sees an EOF
   * first. (Not the shared epoll set: libsoup closes this fd when it likes, and a copy of the
   * fd kept the connection open after libsoup had closed it, which clients then wrote into.)
   * Once parked: a ZtFdWatch, the connection being the guard's own. */
  GSource           *source;
  ZtFdWatch         *watch;
  gint64             since;     /* monotonic: idle from */
  /* Bytes came and libsoup reads them; the watch is gone. Normally request-started follows
   * and ends this entry. If it does not (bytes that start no request, or an EOF libsoup read
   * first), libsoup 3.2.3 may keep the connection with no message on it, and a steal would
   * crash it: such an entry is forgotten after a while, never stolen, parked or reaped. */
  gint64             active;    /* monotonic: when the bytes came; 0: not */
  GIOStream         *parked;    /* once parked: the connection, taken from libsoup */
  GSocketAddress    *local;     /* its addresses, for handing it back */
  GSocketAddress    *remote;
  gint64             deadline;  /* monotonic; 0: none */
} Idle;

/* One request while it is read. */
typedef struct
{
  ZtHttpGuard       *guard;   /* NULL once the guard is gone */
  SoupServerMessage *msg;     /* weak: this struct is the message's data */
  gint64             deadline;  /* monotonic, for the headers or the body; 0: none */
  GSource           *refuse;
  gsize              limit;
  char              *what;
  guint64            received;
  gboolean           reading_body;
} Request;

static GQuark request_quark;

static void
idle_free (Idle *idle)
{
  if (idle->last != NULL)
    g_clear_signal_handler (&idle->disconnected_id, idle->last);
  zt_source_clear (&idle->source);
  zt_clear_fd_watch (&idle->watch);
  if (idle->parked != NULL)
    {
      g_io_stream_close (idle->parked, NULL, NULL);
      g_object_unref (idle->parked);
    }
  g_clear_object (&idle->local);
  g_clear_object (&idle->remote);
  g_clear_object (&idle->last);
  g_clear_object (&idle->socket);
  g_free (idle);
}

static void
request_free (Request *req)
{
  if (req->guard != NULL)
    {
      g_mutex_lock (&req->guard->lock);
      g_hash_table_remove (req->guard->requests, req);
      g_mutex_unlock (&req->guard->lock);
    }
  zt_source_clear (&req->refuse);
  g_free (req->what);
  g_free (req);
}

/* ---------------------------------------------------------------------------------------- */
/* Answering on a stolen connection                                                          */

typedef struct
{
  GIOStream    *stream;
  GBytes       *bytes;
  GCancellable *cancellable;
  GSource      *linger;
  gsize         drained;
  char          scratch[16 * 1024];
} Farewell;

#define LINGER_MS        2000
#define LINGER_MAX_BYTES (64 * 1024 * 1024)

static void
farewell_closed_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Farewell *f = user_data;

  g_io_stream_close_finish (G_IO_STREAM (object), result, NULL);
  zt_source_clear (&f->linger);
  g_clear_object (&f->cancellable);
  g_clear_pointer (&f->bytes, g_bytes_unref);
  g_clear_object (&f->stream);
  g_free (f);
}

static gboolean
farewell_linger_cb (gpointer user_data)
{
  Farewell *f = user_data;

  g_clear_pointer (&f->linger, g_source_unref);
  g_cancellable_cancel (f->cancellable);
  return G_SOURCE_REMOVE;
}

/* A client still sending gets the answer: closing with its bytes unread would reset the
 * connection and could lose the answer, so what still comes is read and dropped for a while
 * (a lingering close), up to a bound in time and bytes. */
static void
farewell_drained_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Farewell *f = user_data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, NULL);

  if (n > 0 && (f->drained += n) < LINGER_MAX_BYTES)
    {
      g_input_stream_read_async (G_INPUT_STREAM (object), f->scratch, sizeof f->scratch, G_PRIORITY_LOW,
                                 f->cancellable, farewell_drained_cb, f);
      return;
    }
  g_io_stream_close_async (f->stream, G_PRIORITY_DEFAULT, NULL, farewell_closed_cb, f);
}

static void
farewell_written_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Farewell *f = user_data;

  GSocket *socket = g_object_get_data (G_OBJECT (f->stream), "GSocket");  /* set by the steal */

  g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, NULL);
  /* the end of the answer: a client that waits for it closes its side, which ends the drain */
  if (socket != NULL)
    g_socket_shutdown (socket, FALSE, TRUE, NULL);
  f->cancellable = g_cancellable_new ();
  f->linger = zt_timeout_source_attach (LINGER_MS, farewell_linger_cb, f);
  g_input_stream_read_async (g_io_stream_get_input_stream (f->stream), f->scratch, sizeof f->scratch,
                             G_PRIORITY_LOW, f->cancellable, farewell_drained_cb, f);
}

static GQuark socket_quark;

GSocket *
zt_http_guard_message_socket (SoupServerMessage *msg)
{
  GSocket *socket = soup_server_message_get_socket (msg);
  GSocketAddress *remote;

  if (socket != NULL)
    return socket;
  /* a connection handed back after parking has no GSocket in libsoup: its remote address
   * (an object the guard made and gave with it) carries it */
  remote = soup_server_message_get_remote_address (msg);
  return remote != NULL ? g_object_get_qdata (G_OBJECT (remote), socket_quark) : NULL;
}

/* Whether libsoup still holds @msg's connection: a steal after it let go would announce
 * the connection's end a second time (and the server drop its reference twice). */
static gboolean
connection_alive (SoupServerMessage *msg)
{
  GSocket *socket = zt_http_guard_message_socket (msg);  /* NULL once disconnected */

  return socket != NULL && !g_socket_is_closed (socket);
}

/* Takes the connection from libsoup and writes @msg's response on it, then closes it. Only
 * safe while libsoup is not inside its own I/O for this connection: from a timeout or an
 * idle callback, with the message paused or between reads. */
static void
steal_and_answer (SoupServerMessage *msg)
{
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GBytes) body = NULL;
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);
  SoupMessageHeadersIter iter;
  const char *name, *value;
  guint status = soup_server_message_get_status (msg);
  Farewell *f;
  gsize len;
  GSocket *socket = zt_http_guard_message_socket (msg);

  if (!connection_alive (msg))
    return;
  g_object_ref (msg);
  g_object_ref (socket);
  f = g_new0 (Farewell, 1);
  f->stream = soup_server_message_steal_connection (msg);
  if (f->stream == NULL)
    {
      g_free (f);
      g_object_unref (socket);
      g_object_unref (msg);
      return;
    }
  /* libsoup attaches it only to a connection it accepted from a socket itself */
  if (g_object_get_data (G_OBJECT (f->stream), "GSocket") == NULL)
    g_object_set_data_full (G_OBJECT (f->stream), "GSocket", socket, g_object_unref);
  else
    g_object_unref (socket);
  body = soup_message_body_flatten (soup_server_message_get_response_body (msg));
  len = g_bytes_get_size (body);
  g_string_append_printf (head, "HTTP/1.1 %u %s\r\n", status,
                          soup_server_message_get_reason_phrase (msg) ?: soup_status_get_phrase (status));
  soup_message_headers_iter_init (&iter, h);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    if (g_ascii_strcasecmp (name, "Content-Length") != 0 && g_ascii_strcasecmp (name, "Connection") != 0 &&
        g_ascii_strcasecmp (name, "Transfer-Encoding") != 0)
      g_string_append_printf (head, "%s: %s\r\n", name, value);
  g_string_append_printf (head, "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n", len);
  g_string_append_len (head, g_bytes_get_data (body, NULL), len);
  f->bytes = g_string_free_to_bytes (g_steal_pointer (&head));
  g_output_stream_write_all_async (g_io_stream_get_output_stream (f->stream),
                                   g_bytes_get_data (f->bytes, NULL), g_bytes_get_size (f->bytes),
                                   G_PRIORITY_DEFAULT, NULL, farewell_written_cb, f);
  g_object_unref (msg);
}

/* ---------------------------------------------------------------------------------------- */
/* Requests                                                                                  */

static void request_expire (Request *req);
static void reap (Idle *idle);
static void park (Idle *idle);

/* how long a keep-alive connection stays with libsoup between requests before it is parked:
 * long enough that a client's next call rarely finds it parked (handing back costs about what
 * a new connection does), short enough that idle ones soon cost nothing */
#define PARK_MS 1000

/* One timer for every deadline, not one per request: a timer made and destroyed for each
 * request cost a fifth of a keep-alive request's time. Deadlines are met within SWEEP_MS. */
#define SWEEP_MS 250

typedef enum { IDLE_WAIT, IDLE_REAP, IDLE_PARK, IDLE_FORGET } IdleDue;

static IdleDue
idle_due (Idle   *idle,
          gint64  now)
{
  ZtHttpGuard *self = idle->guard;

  if (idle->active != 0)
    return idle->active + PARK_MS * G_GINT64_CONSTANT (1000) <= now ? IDLE_FORGET : IDLE_WAIT;
  if (idle->deadline != 0 && idle->deadline <= now)
    return IDLE_REAP;
  if (idle->parked == NULL && idle->since + PARK_MS * G_GINT64_CONSTANT (1000) <= now &&
      g_hash_table_size (self->idle) > self->limits.park_above)
    return IDLE_PARK;
  return IDLE_WAIT;
}

static gboolean
sweep_cb (gpointer user_data)
{
  ZtHttpGuard *self = user_data;
  gint64 now = g_get_monotonic_time ();
  g_autoptr(GPtrArray) late = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean pending = FALSE;
  GHashTableIter iter;
  gpointer key, value;

  g_mutex_lock (&self->lock);
  g_hash_table_iter_init (&iter, self->requests);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      Request *req = key;

      if (req->deadline != 0 && req->deadline <= now)
        g_ptr_array_add (late, g_object_ref (req->msg));
      pending |= req->deadline != 0;
    }
  g_mutex_unlock (&self->lock);
  g_hash_table_iter_init (&iter, self->idle);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Idle *idle = value;

      if (idle_due (idle, now) != IDLE_WAIT)
        g_ptr_array_add (late, g_object_ref (idle->socket));
      pending = TRUE;
    }
  /* ending one may end others (a stolen connection drops its message): look each up again */
  for (guint i = 0; i < late->len; i++)
    {
      gpointer item = g_ptr_array_index (late, i);
      Request *req = SOUP_IS_SERVER_MESSAGE (item) ? g_object_get_qdata (item, request_quark) : NULL;
      Idle *idle = G_IS_SOCKET (item) ? g_hash_table_lookup (self->idle, item) : NULL;

      if (req != NULL && req->guard == self && req->deadline != 0 && req->deadline <= now)
        request_expire (req);
      else if (idle != NULL)
        switch (idle_due (idle, now))
          {
          case IDLE_REAP: reap (idle); break;
          case IDLE_PARK: park (idle); break;
          case IDLE_FORGET:
            /* left to libsoup (and to its header timeout): ending it here could end a live
             * request whose start was not seen */
            g_hash_table_remove (self->idle, item);
            break;
          case IDLE_WAIT: break;
          }
    }
  if (pending)
    return G_SOURCE_CONTINUE;
  g_clear_pointer (&self->sweep, g_source_unref);
  return G_SOURCE_REMOVE;
}

static void
sweep_start (ZtHttpGuard *self)
{
  if (self->sweep == NULL)
    self->sweep = zt_timeout_source_attach (SWEEP_MS, sweep_cb, self);
}

static void
request_set_deadline (Request *req,
                      guint    ms)
{
  req->deadline = ms > 0 ? g_get_monotonic_time () + ms * G_GINT64_CONSTANT (1000) : 0;
  if (ms > 0 && req->guard != NULL)
    sweep_start (req->guard);
}

static gboolean
refuse_cb (gpointer user_data)
{
  Request *req = user_data;

  g_clear_pointer (&req->refuse, g_source_unref);
  steal_and_answer (req->msg);
  return G_SOURCE_REMOVE;
}

/* Ends the request now with the response its handlers set (or @status and @message): called
 * from libsoup's own read (got-headers, got-chunk), so the message is paused and the answer
 * written from the main loop, once libsoup has unwound. */
static void
refuse_later (Request    *req,
              guint       status,
              const char *message)
{
  if (req->refuse != NULL)
    return;
  if (status != 0 && req->guard != NULL)
    req->guard->error_func (req->msg, status, message, req->guard->user_data);
  req->deadline = 0;
  soup_server_message_pause (req->msg);
  req->refuse = g_idle_source_new ();
  g_source_set_priority (req->refuse, G_PRIORITY_HIGH);
  g_source_set_callback (req->refuse, refuse_cb, req, NULL);
  g_source_attach (req->refuse, g_main_context_get_thread_default ());
}

/* A connection its client opened and never used (a browser's preconnect): an answer
 * written now could cross a request sent at the same moment and be taken for its answer,
 * so it is closed without one. */
static gboolean
nothing_received (GSocket *socket)
{
#ifdef __linux__
  struct tcp_info info = { 0 };
  socklen_t len = sizeof info;

  return socket != NULL && getsockopt (g_socket_get_fd (socket), IPPROTO_TCP, TCP_INFO, &info, &len) == 0 &&
         len >= offsetof (struct tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received &&
         info.tcpi_bytes_received == 0;
#else
  return FALSE;
#endif
}

static void
request_expire (Request *req)
{
  ZtHttpGuard *self = req->guard;
  gboolean body = req->reading_body;
  guint ms = body ? self->limits.body_timeout_ms : self->limits.header_timeout_ms;
  g_autofree char *text = g_strdup_printf ("the request's %s did not arrive within %u ms (%s)",
                                           body ? "body" : "headers", ms,
                                           body ? "body_timeout" : "header_timeout");

  req->deadline = 0;
  if (!connection_alive (req->msg))
    return;
  if (self->tls)
    {
      /* a TLS connection may still be in its handshake, where it cannot be taken from
       * libsoup: shutting the socket down makes libsoup's own read fail and disconnect */
      GSocket *socket = zt_http_guard_message_socket (req->msg);

      g_message ("closed a connection: %s", text);
      if (socket != NULL)
        g_socket_shutdown (socket, TRUE, TRUE, NULL);
      return;
    }
  if (!body && nothing_received (zt_http_guard_message_socket (req->msg)))
    {
      g_autoptr(GIOStream) stream = soup_server_message_steal_connection (req->msg);

      if (stream != NULL)
        g_io_stream_close (stream, NULL, NULL);
      return;
    }
  self->error_func (req->msg, SOUP_STATUS_REQUEST_TIMEOUT, text, self->user_data);
  steal_and_answer (req->msg);
}

static void
got_headers_cb (SoupServerMessage *msg,
                Request           *req)
{
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  SoupEncoding encoding = soup_message_headers_get_encoding (h);
  goffset len = soup_message_headers_get_content_length (h);
  gboolean has_body = encoding == SOUP_ENCODING_CHUNKED || (encoding == SOUP_ENCODING_CONTENT_LENGTH && len > 0);

  req->deadline = 0;
  if (req->guard == NULL)
    return;
  if (!req->guard->limits.keep_alive && soup_message_headers_get_one (h, "Upgrade") == NULL)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
  if (!has_body)
    return;
  if (soup_server_message_get_status (msg) != SOUP_STATUS_NONE)
    {
      refuse_later (req, 0, NULL);  /* refused by a handler: never read the body */
      return;
    }
  if (req->limit > 0 && encoding == SOUP_ENCODING_CONTENT_LENGTH && len > (goffset) req->limit)
    {
      g_autofree char *text = g_strdup_printf ("the body is %" G_GOFFSET_FORMAT " bytes, over the limit of %"
                                               G_GSIZE_FORMAT " bytes (%s)", len, req->limit, req->what);
      refuse_later (req, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, text);
      return;
    }
  req->reading_body = TRUE;
  request_set_deadline (req, req->guard->limits.body_timeout_ms);
}

static void
deferred_headers_cb (SoupServerMessage *msg,
                     Request           *req)
{
  req->deadline = 0;  /* the headers came; what the body may take starts when it is let in */
  if (req->guard == NULL || req->guard->headers_func == NULL)
    return;
  /* Decided at once: enforced here, as without an owner; the body is read on without a pause
   * and a round through the main loop. Otherwise paused until the owner's decision, which comes
   * on this thread (zt_http_guard_headers_decided ()), so not before this handler returns. */
  if (req->guard->headers_func (msg, req->guard->headers_data))
    got_headers_cb (msg, req);
  else
    soup_server_message_pause (msg);
}

void
zt_http_guard_headers_decided (SoupServerMessage *msg)
{
  Request *req = g_object_get_qdata (G_OBJECT (msg), request_quark);

  if (req != NULL)
    got_headers_cb (msg, req);
  if (req == NULL || req->refuse == NULL)
    soup_server_message_unpause (msg);
}

void
zt_http_guard_defer_headers (ZtHttpGuard            *self,
                             ZtHttpGuardHeadersFunc  func,
                             gpointer                user_data)
{
  g_return_if_fail (ZT_IS_HTTP_GUARD (self));
  self->headers_func = func;
  self->headers_data = user_data;
}

static void
got_chunk_cb (SoupServerMessage *msg,
              GBytes            *chunk,
              Request           *req)
{
  if (req->guard == NULL)
    return;
  req->received += g_bytes_get_size (chunk);
  if (req->limit > 0 && req->received > req->limit && req->refuse == NULL)
    {
      g_autofree char *text = g_strdup_printf ("the body is over the limit of %" G_GSIZE_FORMAT " bytes (%s)",
                                               req->limit, req->what);

      /* what was read so far is dropped, not kept until the answer is written */
      soup_message_body_truncate (soup_server_message_get_request_body (msg));
      refuse_later (req, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, text);
    }
}

static void
got_body_cb (SoupServerMessage *msg,
             Request           *req)
{
  req->deadline = 0;
  req->reading_body = FALSE;
}

void
zt_http_guard_limit_body (SoupServerMessage *msg,
                          gsize              limit,
                          const char        *what)
{
  Request *req = g_object_get_qdata (G_OBJECT (msg), request_quark);

  g_return_if_fail (req != NULL);
  req->limit = limit;
  g_free (req->what);
  req->what = g_strdup (what);
}

/* ---------------------------------------------------------------------------------------- */
/* Idle keep-alive connections                                                               */

static void
reap (Idle *idle)
{
  ZtHttpGuard *self = idle->guard;
  g_autoptr(SoupServerMessage) last = NULL;
  g_autoptr(GSocket) socket = g_object_ref (idle->socket);
  g_autoptr(GIOStream) stream = NULL;

  if (idle->parked != NULL)
    {
      g_hash_table_remove (self->idle, socket);  /* frees idle, closing the connection */
      self->n_reaped++;
      return;
    }
  last = g_object_ref (idle->last);
  g_hash_table_remove (self->idle, socket);  /* frees idle */
  if (!connection_alive (last))
    return;  /* libsoup closed it itself */
  stream = soup_server_message_steal_connection (last);
  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
  self->n_reaped++;
}

static gboolean
idle_readable_cb (GSocket      *socket,
                  GIOCondition  condition,
                  gpointer      user_data)
{
  Idle *idle = user_data;
  char byte;
  gssize n;

  g_clear_pointer (&idle->source, g_source_unref);  /* ended by the G_SOURCE_REMOVE below */
  if (g_socket_is_closed (socket))
    {
      g_hash_table_remove (idle->guard->idle, socket);
      return G_SOURCE_REMOVE;
    }
  n = recv (g_socket_get_fd (socket), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR)))
    {
      /* the next request: libsoup reads it (and reports it started) in this iteration */
      idle->active = g_get_monotonic_time ();
      return G_SOURCE_REMOVE;
    }
  reap (idle);
  return G_SOURCE_REMOVE;
}

/* A parked connection's client wrote again (its next request: back to libsoup) or closed it. */
static gboolean
parked_readable_cb (int          fd,
                    GIOCondition condition,
                    gpointer     user_data)
{
  Idle *idle = user_data;
  ZtHttpGuard *self = idle->guard;
  g_autoptr(GIOStream) stream = NULL;
  g_autoptr(GSocketAddress) local = NULL;
  g_autoptr(GSocketAddress) remote = NULL;
  g_autoptr(GError) error = NULL;
  char byte;
  gssize n = recv (fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);

  if (!(n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR))))
    {
      reap (idle);
      return G_SOURCE_REMOVE;
    }
  zt_clear_fd_watch (&idle->watch);
  stream = g_steal_pointer (&idle->parked);
  local = g_steal_pointer (&idle->local);
  remote = g_steal_pointer (&idle->remote);
  g_object_set_qdata_full (G_OBJECT (remote), socket_quark, g_object_ref (idle->socket), g_object_unref);
  g_hash_table_remove (self->idle, idle->socket);  /* frees idle; the connection is in stream */
  if (!soup_server_accept_iostream (self->server, stream, local, remote, &error))
    {
      g_message ("cannot hand a connection back to the HTTP server: %s", error->message);
      g_io_stream_close (stream, NULL, NULL);
    }
  return G_SOURCE_REMOVE;
}

static void
park (Idle *idle)
{
  ZtHttpGuard *self = idle->guard;
  GSocketAddress *local, *remote;
  g_autoptr(GIOStream) stolen = NULL;

  if (!connection_alive (idle->last))
    {
      g_hash_table_remove (self->idle, idle->socket);  /* libsoup closed it itself */
      return;
    }
  /* asked when its first request started, so known */
  local = soup_server_message_get_local_address (idle->last);
  remote = soup_server_message_get_remote_address (idle->last);
  if (local == NULL || remote == NULL)
    {
      idle->since = G_MAXINT64 / 2;  /* stays with libsoup */
      return;
    }
  idle->local = g_object_ref (local);
  idle->remote = g_object_ref (remote);
  g_clear_signal_handler (&idle->disconnected_id, idle->last);  /* the steal announces one */
  zt_source_clear (&idle->source);
  stolen = soup_server_message_steal_connection (idle->last);
  g_clear_object (&idle->last);
  if (stolen == NULL)
    {
      g_hash_table_remove (self->idle, idle->socket);
      return;
    }
  /* libsoup's own wrapper (its buffers are empty between requests: any byte would have
   * started a request) is dropped without closing what it wraps, so that each return to
   * libsoup does not wrap the connection once more */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (stolen), "base-iostream") != NULL)
    g_object_get (stolen, "base-iostream", &idle->parked, NULL);
  if (idle->parked == NULL)
    idle->parked = g_object_ref (stolen);
  self->n_parked++;
  /* the guard owns the connection now: its fd is closed only through idle_free */
  idle->watch = zt_fd_watch_add (g_socket_get_fd (idle->socket), G_IO_IN | G_IO_HUP | G_IO_ERR, G_PRIORITY_DEFAULT,
                                 parked_readable_cb, idle);
}

/* libsoup closed the connection itself (it does so after request-finished for an answer it
 * ends by closing, such as a 204 without a length, or while it stops): the copy of the fd must
 * go at once, or the client would see the connection open and send its next request into it. */
static void
last_disconnected_cb (SoupServerMessage *msg,
                      Idle              *idle)
{
  g_hash_table_remove (idle->guard->idle, idle->socket);  /* frees idle */
}

static void
request_done_cb (SoupServer        *server,
                 SoupServerMessage *msg,
                 ZtHttpGuard       *self)
{
  SoupMessageHeaders *req_h = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *res_h = soup_server_message_get_response_headers (msg);
  GSocket *socket = zt_http_guard_message_socket (msg);
  Idle *idle;

  if (self->tls || !self->limits.keep_alive || socket == NULL || g_socket_is_closed (socket) ||
      soup_server_message_get_status (msg) == SOUP_STATUS_SWITCHING_PROTOCOLS ||
      soup_message_headers_get_encoding (res_h) == SOUP_ENCODING_EOF ||  /* libsoup closes it */
      soup_message_headers_header_contains (res_h, "Connection", "close") ||
      soup_message_headers_header_contains (req_h, "Connection", "close") ||
      (soup_server_message_get_http_version (msg) == SOUP_HTTP_1_0 &&
       !soup_message_headers_header_contains (req_h, "Connection", "keep-alive")))
    return;

  /* the finished message is kept only as a handle on its connection: not its bodies */
  soup_message_body_truncate (soup_server_message_get_request_body (msg));
  soup_message_body_truncate (soup_server_message_get_response_body (msg));
  idle = g_new0 (Idle, 1);
  idle->guard = self;
  idle->socket = g_object_ref (socket);
  idle->last = g_object_ref (msg);
  idle->since = g_get_monotonic_time ();
  idle->disconnected_id = g_signal_connect (msg, "disconnected", G_CALLBACK (last_disconnected_cb), idle);
  /* above libsoup's own read of the next request (G_PRIORITY_DEFAULT): this sees an EOF
   * first, while the connection can still be taken */
  idle->source = g_socket_create_source (socket, G_IO_IN | G_IO_HUP | G_IO_ERR, NULL);
  g_source_set_priority (idle->source, G_PRIORITY_HIGH);
  g_source_set_callback (idle->source, (GSourceFunc) (void (*) (void)) idle_readable_cb, idle, NULL);
  g_source_attach (idle->source, g_main_context_get_thread_default ());
  g_hash_table_replace (self->idle, idle->socket, idle);
  if (self->limits.idle_timeout_ms > 0)
    idle->deadline = g_get_monotonic_time () + self->limits.idle_timeout_ms * G_GINT64_CONSTANT (1000);
  sweep_start (self);  /* parks it */
}

/* ---------------------------------------------------------------------------------------- */

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    ZtHttpGuard       *self)
{
  GSocket *socket = zt_http_guard_message_socket (msg);
  Request *req = g_new0 (Request, 1);

  if (socket != NULL)
    g_hash_table_remove (self->idle, socket);
  /* a steal asks for both addresses, which the connection keeps once asked: ask now, while
   * the peer is surely still there to have one (libsoup warns otherwise) */
  soup_server_message_get_remote_address (msg);
  soup_server_message_get_local_address (msg);

  req->guard = self;
  req->msg = msg;
  g_mutex_lock (&self->lock);
  g_hash_table_add (self->requests, req);
  g_mutex_unlock (&self->lock);
  g_object_set_qdata_full (G_OBJECT (msg), request_quark, req, (GDestroyNotify) request_free);
  request_set_deadline (req, self->limits.header_timeout_ms);
  /* after the owner's got-headers handlers: they decide, this enforces */
  if (self->headers_func != NULL)
    g_signal_connect (msg, "got-headers", G_CALLBACK (deferred_headers_cb), req);
  else
    g_signal_connect_after (msg, "got-headers", G_CALLBACK (got_headers_cb), req);
  g_signal_connect (msg, "got-chunk", G_CALLBACK (got_chunk_cb), req);
  g_signal_connect (msg, "got-body", G_CALLBACK (got_body_cb), req);
  g_signal_connect (msg, "finished", G_CALLBACK (got_body_cb), req);
}

guint
zt_http_guard_get_n_reaped (ZtHttpGuard *self)
{
  g_return_val_if_fail (ZT_IS_HTTP_GUARD (self), 0);
  return self->n_reaped;
}

guint
zt_http_guard_get_n_parked (ZtHttpGuard *self)
{
  g_return_val_if_fail (ZT_IS_HTTP_GUARD (self), 0);
  return self->n_parked;
}

void
zt_http_guard_set_limits (ZtHttpGuard             *self,
                          const ZtHttpGuardLimits *limits)
{
  g_return_if_fail (ZT_IS_HTTP_GUARD (self));
  self->limits = *limits;
}

ZtHttpGuard *
zt_http_guard_new (SoupServer              *server,
                   const ZtHttpGuardLimits *limits,
                   ZtHttpGuardErrorFunc     error_func,
                   gpointer                 user_data)
{
  ZtHttpGuard *self;
  g_autoptr(GTlsCertificate) cert = NULL;

  g_return_val_if_fail (SOUP_IS_SERVER (server), NULL);
  g_return_val_if_fail (limits != NULL && error_func != NULL, NULL);

  self = g_object_new (ZT_TYPE_HTTP_GUARD, NULL);
  self->server = server;
  self->limits = *limits;
  self->error_func = error_func;
  self->user_data = user_data;
  g_object_get (server, "tls-certificate", &cert, NULL);
  self->tls = cert != NULL;
  g_signal_connect_object (server, "request-started", G_CALLBACK (request_started_cb), self, 0);
  g_signal_connect_object (server, "request-finished", G_CALLBACK (request_done_cb), self, 0);
  g_signal_connect_object (server, "request-aborted", G_CALLBACK (request_done_cb), self, 0);
  return self;
}

static void
zt_http_guard_dispose (GObject *object)
{
  ZtHttpGuard *self = ZT_HTTP_GUARD (object);

  zt_source_clear (&self->sweep);
  if (self->idle != NULL)
    g_hash_table_remove_all (self->idle);
  if (self->requests != NULL)
    {
      GHashTableIter iter;
      Request *req;

      /* messages may outlive the server: their deadlines end here */
      g_mutex_lock (&self->lock);
      g_hash_table_iter_init (&iter, self->requests);
      while (g_hash_table_iter_next (&iter, (gpointer *) &req, NULL))
        {
          req->guard = NULL;
          req->deadline = 0;
          zt_source_clear (&req->refuse);
        }
      g_hash_table_remove_all (self->requests);
      g_mutex_unlock (&self->lock);
    }
  G_OBJECT_CLASS (zt_http_guard_parent_class)->dispose (object);
}

static void
zt_http_guard_finalize (GObject *object)
{
  ZtHttpGuard *self = ZT_HTTP_GUARD (object);

  g_clear_pointer (&self->idle, g_hash_table_unref);
  g_clear_pointer (&self->requests, g_hash_table_unref);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (zt_http_guard_parent_class)->finalize (object);
}

static void
zt_http_guard_class_init (ZtHttpGuardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_http_guard_dispose;
  object_class->finalize = zt_http_guard_finalize;
  request_quark = g_quark_from_static_string ("zt-http-guard-request");
  socket_quark = g_quark_from_static_string ("zt-http-guard-socket");
}

static void
zt_http_guard_init (ZtHttpGuard *self)
{
  self->idle = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) idle_free);
  self->requests = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_mutex_init (&self->lock);
}
