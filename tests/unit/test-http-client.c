/* test-http-client.c: the upstream HTTP client against a real socket server that misbehaves on cue */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-http-client.h"

/* --- a scripted HTTP server: a thread per connection, blocking sockets --------------- */

typedef struct _Server Server;
/* Writes the answer to request number @n (from 0, over all connections) on @s; returns
 * FALSE to close the connection after it. */
typedef gboolean (*Respond) (Server *srv, guint n, const char *request, GSocket *s);

struct _Server {
  GSocket  *listener;
  guint16   port;
  Respond   respond;
  GMutex    lock;
  guint     n_conns;
  guint     n_requests;
  guint     n_eof;       /* connections the client closed */
  GPtrArray *requests;   /* of char*: each request, head and body */
};

static void
send_all (GSocket    *s,
          const char *text)
{
  g_socket_send (s, text, strlen (text), NULL, NULL);
}

/* One request: its head and a Content-Length body; NULL at the end of the connection. */
static char *
read_request (GSocket *s)
{
  GString *buf = g_string_new (NULL);
  char chunk[4096];
  const char *end;

  while ((end = strstr (buf->str, "\r\n\r\n")) == NULL)
    {
      gssize n = g_socket_receive (s, chunk, sizeof chunk, NULL, NULL);
      if (n <= 0)
        {
          g_string_free (buf, TRUE);
          return NULL;
        }
      g_string_append_len (buf, chunk, n);
    }
  {
    const char *cl = strstr (buf->str, "Content-Length: ");
    gsize head = (gsize) (end - buf->str) + 4;
    gsize want = head + (cl && cl < end ? (gsize) g_ascii_strtoull (cl + 16, NULL, 10) : 0);

    while (buf->len < want)
      {
        gssize n = g_socket_receive (s, chunk, MIN (sizeof chunk, want - buf->len), NULL, NULL);
        if (n <= 0)
          break;
        g_string_append_len (buf, chunk, n);
      }
  }
  return g_string_free (buf, FALSE);
}

typedef struct {
  Server  *srv;
  GSocket *s;
} ConnJob;

static gpointer
serve_conn (gpointer data)
{
  ConnJob *job = data;
  Server *srv = job->srv;
  char *req;

  g_socket_set_timeout (job->s, 10);
  while ((req = read_request (job->s)) != NULL)
    {
      guint n;
      gboolean keep;

      g_mutex_lock (&srv->lock);
      n = srv->n_requests++;
      g_ptr_array_add (srv->requests, g_strdup (req));
      g_mutex_unlock (&srv->lock);
      keep = srv->respond (srv, n, req, job->s);
      g_free (req);
      if (!keep)
        break;
    }
  if (req == NULL)
    {
      g_mutex_lock (&srv->lock);
      srv->n_eof++;
      g_mutex_unlock (&srv->lock);
    }
  g_socket_close (job->s, NULL);
  g_object_unref (job->s);
  g_free (job);
  return NULL;
}

static gpointer
accept_loop (gpointer data)
{
  Server *srv = data;
  GSocket *s;

  while ((s = g_socket_accept (srv->listener, NULL, NULL)) != NULL)
    {
      ConnJob *job = g_new0 (ConnJob, 1);

      g_mutex_lock (&srv->lock);
      srv->n_conns++;
      g_mutex_unlock (&srv->lock);
      job->srv = srv;
      job->s = s;
      g_thread_unref (g_thread_new ("conn", serve_conn, job));
    }
  return NULL;
}

static Server *
server_new (Respond respond)
{
  Server *srv = g_new0 (Server, 1);
  g_autoptr(GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (lo, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  srv->respond = respond;
  srv->requests = g_ptr_array_new_with_free_func (g_free);
  g_mutex_init (&srv->lock);
  srv->listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_assert_true (g_socket_bind (srv->listener, any, TRUE, NULL));
  g_assert_true (g_socket_listen (srv->listener, NULL));
  bound = g_socket_get_local_address (srv->listener, NULL);
  srv->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_thread_unref (g_thread_new ("accept", accept_loop, srv));
  return srv;
}

static guint
server_count (Server *srv,
              guint  *field)
{
  guint v;

  g_mutex_lock (&srv->lock);
  v = *field;
  g_mutex_unlock (&srv->lock);
  return v;
}

static GUri *
server_uri (Server     *srv,
            const char *path)
{
  g_autofree char *text = g_strdup_printf ("http://127.0.0.1:%u%s", srv->port, path);
  return g_uri_parse (text, G_URI_FLAGS_ENCODED, NULL);
}

/* --- a call and what it heard -------------------------------------------------------- */

typedef struct {
  guint    status;
  GString *body;
  GError  *error;
  gboolean done;
  guint    callbacks_after_done;
  gboolean abandon_in_body;
  gboolean hold_in_body;
  ZtHttpCall *call;
} Heard;

static gboolean
heard_head (ZtHttpCall *call, guint status, const char *reason, SoupMessageHeaders *headers, gpointer data)
{
  Heard *h = data;

  h->callbacks_after_done += h->done;
  h->status = status;
  return TRUE;
}

static gboolean
heard_body (ZtHttpCall *call, const char *bytes, gsize len, gpointer data)
{
  Heard *h = data;

  h->callbacks_after_done += h->done;
  g_string_append_len (h->body, bytes, (gssize) len);
  if (h->abandon_in_body)
    {
      zt_http_call_abandon (call);
      h->done = TRUE;  /* nothing may come after this */
      return FALSE;
    }
  if (h->hold_in_body)
    zt_http_call_hold (call, TRUE);
  return TRUE;
}

static void
heard_done (ZtHttpCall *call, const GError *error, gpointer data)
{
  Heard *h = data;

  h->callbacks_after_done += h->done;
  h->done = TRUE;
  h->error = error ? g_error_copy (error) : NULL;
}

static const ZtHttpCallFuncs heard_funcs = { heard_head, heard_body, heard_done };

static Heard *
heard_new (void)
{
  Heard *h = g_new0 (Heard, 1);
  h->body = g_string_new (NULL);
  return h;
}

static void
heard_free (Heard *h)
{
  g_string_free (h->body, TRUE);
  g_clear_error (&h->error);
  g_free (h);
}

static gboolean
timeout_cb (gpointer data)
{
  g_error ("timed out waiting for the client");
  return G_SOURCE_REMOVE;
}

static void
wait_all (Heard **hs,
          guint   n)
{
  guint t = g_timeout_add_seconds (20, timeout_cb, NULL);

  for (;;)
    {
      guint done = 0;

      for (guint i = 0; i < n; i++)
        done += hs[i]->done;
      if (done == n)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (t);
}

static Heard *
call (ZtHttpClient *client,
      Server       *srv,
      const char   *body)
{
  g_autoptr(GUri) uri = server_uri (srv, "/mcp?x=1");
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_REQUEST);
  g_autoptr(GBytes) bytes = body ? g_bytes_new (body, strlen (body)) : NULL;
  Heard *h = heard_new ();

  soup_message_headers_append (headers, "Content-Type", "application/json");
  h->call = zt_http_client_send (client, body ? "POST" : "GET", uri, headers, bytes, &heard_funcs, h);
  wait_all (&h, 1);
  return h;
}

/* --- tests --------------------------------------------------------------------------- */

static gboolean
respond_echo (Server *srv, guint n, const char *request, GSocket *s)
{
  const char *body = strstr (request, "\r\n\r\n") + 4;
  g_autofree char *answer = NULL;

  if (n % 2 == 0)
    answer = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
                              strlen (body), body);
  else
    answer = g_strdup_printf ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%zx\r\n%s\r\n0\r\n\r\n",
                              strlen (body), body);
  send_all (s, answer);
  return TRUE;
}

static void
test_keep_alive (void)
{
  Server *srv = server_new (respond_echo);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *body = g_strdup_printf ("{\"n\":%u}", i);
      Heard *h = call (client, srv, body);

      g_assert_no_error (h->error);
      g_assert_cmpuint (h->status, ==, 200);
      g_assert_cmpstr (h->body->str, ==, body);
      g_assert_cmpuint (h->callbacks_after_done, ==, 0);
      heard_free (h);
    }
  /* twenty calls, one connection; the request as a server reads it */
  g_assert_cmpuint (server_count (srv, &srv->n_conns), ==, 1);
  g_assert_cmpuint (zt_http_client_get_n_conns (client), ==, 1);
  {
    g_autofree char *host = g_strdup_printf ("Host: 127.0.0.1:%u\r\n", srv->port);
    const char *first = g_ptr_array_index (srv->requests, 0);

    g_assert_true (g_str_has_prefix (first, "POST /mcp?x=1 HTTP/1.1\r\n"));
    g_assert_nonnull (strstr (first, host));
    g_assert_nonnull (strstr (first, "Content-Length: 7\r\n"));
    g_assert_true (g_str_has_suffix (first, "\r\n\r\n{\"n\":0}"));
  }
}

/* The second request reaches a connection the server is closing: it is sent again on a
 * new one, and the call never hears of it. */
static gboolean
respond_close_second (Server *srv, guint n, const char *request, GSocket *s)
{
  if (n == 1)
    return FALSE;  /* closed without a word, as an idle timeout does */
  return respond_echo (srv, 0, request, s);
}

static void
test_stale_retry (void)
{
  Server *srv = server_new (respond_close_second);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);
  Heard *a = call (client, srv, "{\"a\":1}");
  Heard *b = call (client, srv, "{\"b\":2}");

  g_assert_no_error (a->error);
  g_assert_no_error (b->error);
  g_assert_cmpstr (b->body->str, ==, "{\"b\":2}");
  g_assert_cmpuint (server_count (srv, &srv->n_conns), ==, 2);
  g_assert_cmpuint (server_count (srv, &srv->n_requests), ==, 3);
  heard_free (a);
  heard_free (b);
}

/* A new connection closed before any answer: no second try, a clear error. */
static gboolean
respond_never (Server *srv, guint n, const char *request, GSocket *s)
{
  return FALSE;
}

static void
test_no_answer (void)
{
  Server *srv = server_new (respond_never);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);
  Heard *h = call (client, srv, "{}");

  g_assert_error (h->error, ZT_ERROR, ZT_ERROR_UPSTREAM);
  g_assert_nonnull (strstr (h->error->message, "without answering"));
  g_assert_cmpuint (server_count (srv, &srv->n_requests), ==, 1);
  g_assert_cmpuint (zt_http_client_get_n_conns (client), ==, 0);
  heard_free (h);
}

/* Malformed answers: an error each, and the connection is not used again. */
static gboolean
respond_malformed (Server *srv, guint n, const char *request, GSocket *s)
{
  switch (n)
    {
    case 0:
      send_all (s, "HTTP/1.1 2OO OK\r\n\r\n");
      break;
    case 1:
      send_all (s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
      break;
    case 2:
      send_all (s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n");
      break;
    case 3:
      {
        /* a head without end */
        g_autofree char *big = g_strnfill (70 * 1024, 'a');
        send_all (s, "HTTP/1.1 200 OK\r\nX-Big: ");
        send_all (s, big);
        break;
      }
    case 4:
      send_all (s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx");
      break;
    default:
      return respond_echo (srv, 0, request, s);
    }
  return TRUE;  /* the client must be the one to close */
}

static void
test_malformed (void)
{
  Server *srv = server_new (respond_malformed);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);

  for (guint i = 0; i < 5; i++)
    {
      Heard *h = call (client, srv, "{}");

      g_assert_error (h->error, ZT_ERROR, ZT_ERROR_UPSTREAM);
      g_assert_nonnull (strstr (h->error->message, "malformed"));
      g_assert_cmpuint (zt_http_client_get_n_conns (client), ==, 0);
      heard_free (h);
    }
  {
    Heard *h = call (client, srv, "{\"ok\":1}");

    g_assert_no_error (h->error);
    g_assert_cmpstr (h->body->str, ==, "{\"ok\":1}");
    heard_free (h);
  }
  g_assert_cmpuint (server_count (srv, &srv->n_conns), ==, 6);
}

/* An answer no longer wanted: its connection is closed, and no callback comes after. */
static gboolean
respond_trickle (Server *srv, guint n, const char *request, GSocket *s)
{
  send_all (s, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\nhello\r\n");
  g_usleep (200 * 1000);
  send_all (s, "5\r\nworld\r\n");
  return TRUE;  /* then waits for a next request, or the client's close */
}

static void
test_abandon (void)
{
  Server *srv = server_new (respond_trickle);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);
  g_autoptr(GUri) uri = server_uri (srv, "/sse");
  Heard *h = heard_new ();
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  h->abandon_in_body = TRUE;
  h->call = zt_http_client_send (client, "GET", uri, NULL, NULL, &heard_funcs, h);
  wait_all (&h, 1);
  g_assert_cmpstr (h->body->str, ==, "hello");
  g_assert_cmpuint (zt_http_client_get_n_conns (client), ==, 0);
  while (server_count (srv, &srv->n_eof) == 0 && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
  g_assert_cmpuint (server_count (srv, &srv->n_eof), ==, 1);
  g_assert_cmpuint (h->callbacks_after_done, ==, 0);
  heard_free (h);
}

/* A call held from within its body callback hears nothing more until it is released; the
 * server's bytes wait in the socket meanwhile, then come, and nothing is lost. */
static void
test_hold (void)
{
  Server *srv = server_new (respond_trickle);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);
  g_autoptr(GUri) uri = server_uri (srv, "/sse");
  Heard *h = heard_new ();
  gint64 until;

  h->hold_in_body = TRUE;
  h->call = zt_http_client_send (client, "GET", uri, NULL, NULL, &heard_funcs, h);
  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (h->body->len == 0 && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (h->body->str, ==, "hello");
  /* "world" is sent 200 ms after "hello": held, it is not heard in 600 ms */
  until = g_get_monotonic_time () + 600 * 1000;
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5 * 1000);
    }
  g_assert_cmpstr (h->body->str, ==, "hello");
  g_assert_false (h->done);
  h->hold_in_body = FALSE;
  zt_http_call_hold (h->call, FALSE);
  until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (h->body->len < 10 && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (h->body->str, ==, "helloworld");
  zt_http_call_abandon (h->call);
  g_assert_cmpuint (h->callbacks_after_done, ==, 0);
  heard_free (h);
}

/* Five calls at once with two connections allowed: the rest wait, all are answered. */
static void
test_max_conns (void)
{
  Server *srv = server_new (respond_echo);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(GUri) uri = server_uri (srv, "/mcp");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 2);
  Heard *hs[5];

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *body = g_strdup_printf ("[%u]", i);
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      hs[i] = heard_new ();
      hs[i]->call = zt_http_client_send (client, "POST", uri, NULL, bytes, &heard_funcs, hs[i]);
    }
  wait_all (hs, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *body = g_strdup_printf ("[%u]", i);

      g_assert_no_error (hs[i]->error);
      g_assert_cmpstr (hs[i]->body->str, ==, body);
      heard_free (hs[i]);
    }
  g_assert_cmpuint (server_count (srv, &srv->n_conns), <=, 2);
}

/* HTTP/1.0, a body to the close: answered, and the connection is not kept. */
static gboolean
respond_http10 (Server *srv, guint n, const char *request, GSocket *s)
{
  send_all (s, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"old\":true}");
  return FALSE;
}

static void
test_until_close (void)
{
  Server *srv = server_new (respond_http10);
  g_autoptr(GUri) origin = server_uri (srv, "/");
  g_autoptr(ZtHttpClient) client = zt_http_client_new (origin, 8);
  Heard *h = call (client, srv, "{}");

  g_assert_no_error (h->error);
  g_assert_cmpstr (h->body->str, ==, "{\"old\":true}");
  g_assert_cmpuint (zt_http_client_get_n_conns (client), ==, 0);
  heard_free (h);
}

static void
test_not_http (void)
{
  g_autoptr(GUri) https = g_uri_parse ("https://example.org/mcp", G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(GUri) http = g_uri_parse ("http://example.org/mcp", G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(GUri) other = g_uri_parse ("http://example.org:8080/mcp", G_URI_FLAGS_ENCODED, NULL);
  g_autoptr(ZtHttpClient) client = zt_http_client_new (http, 0);

  g_assert_null (zt_http_client_new (https, 0));
  g_assert_true (zt_http_client_serves (client, http));
  g_assert_false (zt_http_client_serves (client, https));
  g_assert_false (zt_http_client_serves (client, other));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* no proxy from the environment of whoever runs the tests */
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");
  g_test_add_func ("/http-client/keep-alive", test_keep_alive);
  g_test_add_func ("/http-client/stale-retry", test_stale_retry);
  g_test_add_func ("/http-client/no-answer", test_no_answer);
  g_test_add_func ("/http-client/malformed", test_malformed);
  g_test_add_func ("/http-client/abandon", test_abandon);
  g_test_add_func ("/http-client/max-conns", test_max_conns);
  g_test_add_func ("/http-client/hold", test_hold);
  g_test_add_func ("/http-client/until-close", test_until_close);
  g_test_add_func ("/http-client/not-http", test_not_http);
  return g_test_run ();
}
