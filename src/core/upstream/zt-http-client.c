/* zt-http-client.c: HTTP/1.1 calls on kept-alive sockets watched in the shared epoll set */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>

#include "zt-error.h"
#include "zt-fd-watch.h"
#include "zt-http-client.h"
#include "zt-http-response.h"

#define READ_SIZE (64 * 1024)

typedef enum {
  PROXY_UNKNOWN,
  PROXY_CHECKING,
  PROXY_DIRECT,
} ProxyState;

struct _ZtHttpClient {
  guint          refs;
  char          *host;
  guint16        port;
  char          *host_header;
  char          *origin;       /* http://host:port/, for the proxy lookup */
  guint          max_conns;
  guint          n_conns;      /* open or being opened */
  GQueue         idle;         /* Conn *, the most recently used first */
  GQueue         waiting;      /* ZtHttpCall * waiting for a connection */
  GSocketClient *connector;
  ProxyState     proxy;
  gboolean       finalizing;
};

typedef struct {
  ZtHttpClient      *client;   /* not a reference: busy connections have their call's */
  GSocketConnection *connection;
  int                fd;
  ZtFdWatch         *watch;
  ZtHttpResponse    *parser;
  ZtHttpCall        *call;     /* the call it carries, NULL when idle */
  GBytes            *out;      /* the request, while not all of it is written */
  gsize              out_off;
  gboolean           want_out;
  gboolean           reused;   /* it carried a request before this one */
  gboolean           feeding;  /* inside the parser: a close must wait */
  gboolean           doomed;   /* closed once the parser returns */
} Conn;

struct _ZtHttpCall {
  guint             refs;
  ZtHttpClient     *client;   /* a reference */
  ZtHttpCallFuncs   funcs;
  gpointer          user_data;
  GBytes           *request;
  gboolean          no_body;  /* a HEAD */
  Conn             *conn;
  GCancellable     *connecting;
  gboolean          waiting;
  gboolean          retried;
  gboolean          ended;    /* done given or abandoned: no callback after */
  gboolean          held;     /* its answer is not read until released */
};

static void dispatch (ZtHttpCall *call, gboolean fresh);
static void client_kick (ZtHttpClient *client);
static gboolean conn_ready (int fd, GIOCondition condition, gpointer user_data);

/* --- calls ------------------------------------------------------------------------- */

static ZtHttpCall *
call_ref (ZtHttpCall *call)
{
  call->refs++;
  return call;
}

static void
call_unref (ZtHttpCall *call)
{
  if (--call->refs > 0)
    return;
  g_clear_pointer (&call->request, g_bytes_unref);
  g_clear_object (&call->connecting);
  zt_http_client_unref (call->client);
  g_free (call);
}

/* The last callback; drops the reference the call holds on itself while it runs. */
static void
call_end (ZtHttpCall   *call,
          const GError *error)
{
  if (call->ended)
    return;
  call->ended = TRUE;
  call_ref (call);
  if (call->funcs.done != NULL)
    call->funcs.done (call, error, call->user_data);
  call_unref (call);
  call_unref (call);
}

/* --- connections ------------------------------------------------------------------- */

static void
conn_close (Conn *c)
{
  ZtHttpClient *client = c->client;

  g_queue_remove (&client->idle, c);
  zt_clear_fd_watch (&c->watch);
  g_io_stream_close (G_IO_STREAM (c->connection), NULL, NULL);
  g_clear_object (&c->connection);
  g_clear_pointer (&c->parser, zt_http_response_free);
  g_clear_pointer (&c->out, g_bytes_unref);
  client->n_conns--;
  g_free (c);
  client_kick (client);
}

/* What the connection's watch waits for: its request's bytes to go out, and its answer's to
 * come in unless its call is held (the server's bytes then wait in the socket, and the
 * server blocks when the window is full; an error still ends the call). */
static void
conn_update_events (Conn *c)
{
  gboolean held = c->call != NULL && c->call->held;

  zt_fd_watch_set_events (c->watch, (held ? G_IO_ERR : G_IO_IN | G_IO_HUP | G_IO_ERR) | (c->want_out ? G_IO_OUT : 0));
}

static void
conn_set_out (Conn    *c,
              gboolean want)
{
  if (c->want_out == want)
    return;
  c->want_out = want;
  conn_update_events (c);
}

/* Writes what the socket takes. A failure is left for the read side, which sees the
 * connection's end or error on the next turn (never a callback from here). */
static void
conn_write (Conn *c)
{
  gsize size;
  const char *data;

  if (c->out == NULL)
    {
      conn_set_out (c, FALSE);
      return;
    }
  data = g_bytes_get_data (c->out, &size);
  while (c->out_off < size)
    {
      ssize_t n = send (c->fd, data + c->out_off, size - c->out_off, MSG_NOSIGNAL | MSG_DONTWAIT);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        {
          conn_set_out (c, TRUE);
          return;
        }
      if (n < 0)
        {
          /* EPIPE, ECONNRESET: the read side reports it */
          shutdown (c->fd, SHUT_RDWR);
          break;
        }
      c->out_off += (gsize) n;
    }
  g_clear_pointer (&c->out, g_bytes_unref);
  conn_set_out (c, FALSE);
}

static void
conn_start (Conn       *c,
            ZtHttpCall *call)
{
  c->call = call;
  call->conn = c;
  if (call->held)
    conn_update_events (c);
  zt_http_response_begin (c->parser, call->no_body);
  c->out = g_bytes_ref (call->request);
  c->out_off = 0;
  conn_write (c);
}

static void
conn_idle (Conn *c)
{
  gboolean was_held = c->call != NULL && c->call->held;

  c->call = NULL;
  if (was_held)
    conn_update_events (c);
  c->reused = TRUE;
  g_queue_push_head (&c->client->idle, c);
}

/* The connection failed under its call: the call is sent again when it may be, or ends. */
static void
conn_fail (Conn   *c,
           GError *error)
{
  ZtHttpCall *call = g_steal_pointer (&c->call);
  gboolean again = call != NULL && c->reused && !call->retried && !zt_http_response_started (c->parser);

  if (call != NULL)
    {
      call->conn = NULL;
      call_ref (call);
    }
  conn_close (c);
  if (call == NULL)
    return;
  if (again)
    {
      call->retried = TRUE;
      dispatch (call, TRUE);
    }
  else
    call_end (call, error);
  call_unref (call);
}

/* The whole answer came. */
static void
conn_finish (Conn    *c,
             gboolean reusable)
{
  ZtHttpCall *call = g_steal_pointer (&c->call);

  call->conn = NULL;
  /* back in the pool before the caller hears of it: its callback may send again */
  if (reusable)
    {
      conn_idle (c);
      client_kick (c->client);
    }
  else
    conn_close (c);
  call_end (call, NULL);
}

/* After a callback of @call (referenced for it) said whether to go on: FALSE when the
 * parser is to stop. */
static gboolean
call_went_on (Conn       *c,
              ZtHttpCall *call,
              gboolean    go)
{
  if (!go)
    zt_http_call_abandon (call);
  call_unref (call);
  return c->call != NULL;
}

static gboolean
parser_head (guint               status,
             const char         *reason,
             SoupMessageHeaders *headers,
             gpointer            user_data)
{
  Conn *c = user_data;
  ZtHttpCall *call = c->call;

  if (call == NULL || call->ended)
    return FALSE;
  call_ref (call);
  return call_went_on (c, call, call->funcs.head == NULL ||
                                call->funcs.head (call, status, reason, headers, call->user_data));
}

static gboolean
parser_body (const char *data,
             gsize       len,
             gpointer    user_data)
{
  Conn *c = user_data;
  ZtHttpCall *call = c->call;

  if (call == NULL || call->ended)
    return FALSE;
  call_ref (call);
  return call_went_on (c, call, call->funcs.body == NULL || call->funcs.body (call, data, len, call->user_data));
}

static const ZtHttpResponseFuncs parser_funcs = { parser_head, parser_body };

/* Bytes from the socket. FALSE when the connection is closed or went idle: stop reading. */
static gboolean
conn_take (Conn       *c,
           const char *data,
           gsize       len)
{
  g_autoptr(GError) error = NULL;
  ZtHttpFeed fed;
  gsize consumed = 0;

  if (c->call == NULL)
    {
      /* an idle connection has nothing to say: the server closes it or misbehaves */
      conn_close (c);
      return FALSE;
    }
  c->feeding = TRUE;
  fed = zt_http_response_feed (c->parser, data, len, &consumed, &error);
  c->feeding = FALSE;
  if (c->doomed)
    {
      conn_close (c);
      return FALSE;
    }
  switch (fed)
    {
    case ZT_HTTP_FEED_MORE:
      return TRUE;
    case ZT_HTTP_FEED_DONE:
      /* bytes after the answer were never asked for: the connection is not reused */
      conn_finish (c, zt_http_response_keep_alive (c->parser) && consumed == len);
      return FALSE;
    case ZT_HTTP_FEED_ERROR:
      conn_fail (c, error);
      return FALSE;
    case ZT_HTTP_FEED_STOPPED:
    default:
      conn_close (c);
      return FALSE;
    }
}

static void
conn_read (Conn *c)
{
  char buf[READ_SIZE];

  /* at most 1 MiB a turn: a server that streams without end does not hold the loop */
  for (guint turns = 0; turns < 16; turns++)
    {
      ssize_t n = recv (c->fd, buf, sizeof buf, MSG_DONTWAIT);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
      if (n < 0)
        {
          int code = errno;
          g_autoptr(GError) error = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "the connection to the upstream server failed: %s",
                                                 g_strerror (code));
          if (c->call == NULL)
            conn_close (c);
          else
            conn_fail (c, error);
          return;
        }
      if (n == 0)
        {
          g_autoptr(GError) error = NULL;

          if (c->call == NULL)
            conn_close (c);
          else if (zt_http_response_eof (c->parser, &error))
            conn_finish (c, FALSE);
          else
            conn_fail (c, error);
          return;
        }
      if (!conn_take (c, buf, (gsize) n))
        return;
      if (c->call != NULL && c->call->held)
        return;  /* held from within a callback: the rest waits in the socket */
      if ((gsize) n < sizeof buf)
        return;  /* drained, most likely: the watch says when there is more */
    }
}

static gboolean
conn_ready (int          fd,
            GIOCondition condition,
            gpointer     user_data)
{
  Conn *c = user_data;

  if (condition & G_IO_OUT)
    conn_write (c);
  /* a held call's connection reads only to learn of an error or the server's end */
  if (condition & (G_IO_IN | G_IO_HUP | G_IO_ERR))
    conn_read (c);
  return G_SOURCE_CONTINUE;  /* a closed connection removed its watch already */
}

static Conn *
conn_new (ZtHttpClient      *client,
          GSocketConnection *connection)
{
  Conn *c = g_new0 (Conn, 1);
  GSocket *socket = g_socket_connection_get_socket (connection);

  c->client = client;
  c->connection = connection;
  c->fd = g_socket_get_fd (socket);
  /* requests and answers are small writes: Nagle would hold them for the peer's ACK */
  g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, 1, NULL);
  c->parser = zt_http_response_new (&parser_funcs, c);
  c->watch = zt_fd_watch_add (c->fd, G_IO_IN | G_IO_HUP | G_IO_ERR, G_PRIORITY_DEFAULT, conn_ready, c);
  return c;
}

/* --- making connections ------------------------------------------------------------ */

static void
connected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ZtHttpCall *call = user_data;
  ZtHttpClient *client = call->client;
  g_autoptr(GError) error = NULL;
  GSocketConnection *connection = g_socket_client_connect_finish (G_SOCKET_CLIENT (object), result, &error);

  g_clear_object (&call->connecting);
  if (connection == NULL)
    {
      client->n_conns--;
      if (!call->ended)
        {
          g_autoptr(GError) e = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "cannot reach the upstream server: %s",
                                             error->message);
          call_end (call, e);
        }
      client_kick (client);
      call_unref (call);
      return;
    }
  if (call->ended)
    {
      conn_idle (conn_new (client, connection));
      client_kick (client);
    }
  else
    conn_start (conn_new (client, connection), call);
  call_unref (call);
}

static void
connect_now (ZtHttpCall *call)
{
  ZtHttpClient *client = call->client;

  g_socket_client_connect_to_host_async (client->connector, client->host, client->port, call->connecting,
                                         connected_cb, call_ref (call));
}

static void
proxy_checked_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ZtHttpCall *call = user_data;
  ZtHttpClient *client = call->client;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) proxies = g_proxy_resolver_lookup_finish (G_PROXY_RESOLVER (object), result, &error);

  if (proxies != NULL && proxies[0] != NULL && g_strcmp0 (proxies[0], "direct://") == 0)
    {
      client->proxy = PROXY_DIRECT;
      if (!call->ended)
        {
          connect_now (call);
          call_unref (call);
          return;
        }
    }
  else
    client->proxy = PROXY_UNKNOWN;

  g_clear_object (&call->connecting);
  client->n_conns--;
  if (!call->ended)
    {
      g_autoptr(GError) e = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                 "a proxy is configured for the upstream server");
      call_end (call, e);
    }
  client_kick (client);
  call_unref (call);
}

static void
connect_for (ZtHttpCall *call)
{
  ZtHttpClient *client = call->client;

  client->n_conns++;
  call->connecting = g_cancellable_new ();
  if (client->proxy == PROXY_DIRECT)
    {
      connect_now (call);
      return;
    }
  /* the system's proxy settings, once per client: a proxied origin goes through libsoup */
  client->proxy = PROXY_CHECKING;
  g_proxy_resolver_lookup_async (g_proxy_resolver_get_default (), client->origin, call->connecting,
                                 proxy_checked_cb, call_ref (call));
}

static void
dispatch (ZtHttpCall *call,
          gboolean    fresh)
{
  ZtHttpClient *client = call->client;

  if (!fresh && !g_queue_is_empty (&client->idle))
    {
      conn_start (g_queue_pop_head (&client->idle), call);
      return;
    }
  /* one proxy check at a time: the calls behind it wait for its answer */
  if (client->n_conns < client->max_conns && client->proxy != PROXY_CHECKING)
    {
      connect_for (call);
      return;
    }
  call->waiting = TRUE;
  g_queue_push_tail (&client->waiting, call);
}

static void
client_kick (ZtHttpClient *client)
{
  if (client->finalizing)
    return;
  while (!g_queue_is_empty (&client->waiting) &&
         (!g_queue_is_empty (&client->idle) ||
          (client->n_conns < client->max_conns && client->proxy != PROXY_CHECKING)))
    {
      ZtHttpCall *call = g_queue_pop_head (&client->waiting);

      call->waiting = FALSE;
      dispatch (call, FALSE);
    }
}

/* --- the API ----------------------------------------------------------------------- */

ZtHttpClient *
zt_http_client_new (GUri  *origin,
                    guint  max_conns)
{
  ZtHttpClient *self;
  const char *host = g_uri_get_host (origin);
  int port = g_uri_get_port (origin);

  if (g_strcmp0 (g_uri_get_scheme (origin), "http") != 0 || host == NULL || *host == '\0')
    return NULL;
  if (port <= 0)
    port = 80;
  self = g_new0 (ZtHttpClient, 1);
  self->refs = 1;
  self->host = g_strdup (host);
  self->port = (guint16) port;
  if (strchr (host, ':') != NULL)
    self->host_header = port == 80 ? g_strdup_printf ("[%s]", host) : g_strdup_printf ("[%s]:%d", host, port);
  else
    self->host_header = port == 80 ? g_strdup (host) : g_strdup_printf ("%s:%d", host, port);
  self->origin = g_strdup_printf ("http://%s/", self->host_header);
  self->max_conns = max_conns ? max_conns : 128;
  self->connector = g_socket_client_new ();
  g_socket_client_set_enable_proxy (self->connector, FALSE);
  g_socket_client_set_timeout (self->connector, 30);
  g_queue_init (&self->idle);
  g_queue_init (&self->waiting);
  return self;
}

ZtHttpClient *
zt_http_client_ref (ZtHttpClient *self)
{
  self->refs++;
  return self;
}

void
zt_http_client_unref (ZtHttpClient *self)
{
  if (self == NULL || --self->refs > 0)
    return;
  /* no call is in flight (each holds a reference): only idle connections are left */
  self->finalizing = TRUE;
  while (!g_queue_is_empty (&self->idle))
    conn_close (g_queue_peek_head (&self->idle));
  g_clear_object (&self->connector);
  g_free (self->host);
  g_free (self->host_header);
  g_free (self->origin);
  g_free (self);
}

gboolean
zt_http_client_serves (ZtHttpClient *self,
                       GUri         *uri)
{
  int port = g_uri_get_port (uri);

  return uri != NULL && g_strcmp0 (g_uri_get_scheme (uri), "http") == 0 &&
         g_ascii_strcasecmp (g_uri_get_host (uri) ? g_uri_get_host (uri) : "", self->host) == 0 &&
         (port <= 0 ? 80 : port) == self->port;
}

guint
zt_http_client_get_n_conns (ZtHttpClient *self)
{
  return self->n_conns;
}

/* A request target: the URI's path and query, with any byte that may not appear in a
 * request line escaped (an encoded URI has none, a hand-written one might). */
static void
append_target (GString *s,
               GUri    *uri)
{
  const char *path = g_uri_get_path (uri);
  const char *query = g_uri_get_query (uri);
  g_autofree char *target = g_strconcat (*path ? path : "/", query ? "?" : "", query ? query : "", NULL);

  for (const char *p = target; *p; p++)
    {
      guchar ch = (guchar) *p;

      if (ch <= 0x20 || ch >= 0x7f)
        g_string_append_printf (s, "%%%02X", ch);
      else
        g_string_append_c (s, (char) ch);
    }
}

ZtHttpCall *
zt_http_client_send (ZtHttpClient          *self,
                     const char            *method,
                     GUri                  *uri,
                     SoupMessageHeaders    *headers,
                     GBytes                *body,
                     const ZtHttpCallFuncs *funcs,
                     gpointer               user_data)
{
  ZtHttpCall *call = g_new0 (ZtHttpCall, 1);
  gsize body_len = body ? g_bytes_get_size (body) : 0;
  GString *s = g_string_sized_new (256 + body_len);
  SoupMessageHeadersIter iter;
  const char *name, *value;

  call->refs = 1;  /* its own while it runs: dropped by call_end or zt_http_call_abandon */
  call->client = zt_http_client_ref (self);
  call->funcs = *funcs;
  call->user_data = user_data;
  call->no_body = strcmp (method, "HEAD") == 0;

  g_string_append (s, method);
  g_string_append_c (s, ' ');
  append_target (s, uri);
  g_string_append (s, " HTTP/1.1\r\nHost: ");
  g_string_append (s, self->host_header);
  g_string_append (s, "\r\n");
  if (headers != NULL)
    {
      /* libsoup's header store refuses names and values with CR or LF: each is one line */
      soup_message_headers_iter_init (&iter, headers);
      while (soup_message_headers_iter_next (&iter, &name, &value))
        {
          if (g_ascii_strcasecmp (name, "Host") == 0 || g_ascii_strcasecmp (name, "Content-Length") == 0 ||
              g_ascii_strcasecmp (name, "Transfer-Encoding") == 0 || g_ascii_strcasecmp (name, "Connection") == 0)
            continue;
          g_string_append (s, name);
          g_string_append (s, ": ");
          g_string_append (s, value);
          g_string_append (s, "\r\n");
        }
    }
  if (body != NULL)
    g_string_append_printf (s, "Content-Length: %" G_GSIZE_FORMAT "\r\n", body_len);
  g_string_append (s, "\r\n");
  if (body_len > 0)
    g_string_append_len (s, g_bytes_get_data (body, NULL), (gssize) body_len);
  call->request = g_string_free_to_bytes (s);

  dispatch (call, FALSE);
  return call;
}

void
zt_http_call_hold (ZtHttpCall *call,
                   gboolean    hold)
{
  if (call == NULL || call->ended || call->held == !!hold)
    return;
  call->held = !!hold;
  if (call->conn != NULL && !call->conn->doomed)
    conn_update_events (call->conn);
}

void
zt_http_call_abandon (ZtHttpCall *call)
{
  ZtHttpClient *client;

  if (call == NULL || call->ended)
    return;
  client = call->client;
  call->ended = TRUE;
  if (call->waiting)
    {
      g_queue_remove (&client->waiting, call);
      call->waiting = FALSE;
    }
  if (call->connecting != NULL)
    g_cancellable_cancel (call->connecting);  /* its callback holds a reference */
  if (call->conn != NULL)
    {
      Conn *c = call->conn;

      /* in the middle of the exchange: the connection cannot carry another */
      call->conn = NULL;
      c->call = NULL;
      if (c->feeding)
        c->doomed = TRUE;
      else
        conn_close (c);
    }
  call_unref (call);
}
