/* test-http-guard.c: ZtHttpGuard on a real SoupServer: idle EOF, timeouts, refusals at headers */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "zt-http-guard.h"
#include "zt-test-util.h"

#define DEADLINE_S 20

typedef struct {
  SoupServer  *server;
  ZtHttpGuard *guard;
  guint        port;
  guint        handled;   /* requests that reached the handler */
  guint        loopback;  /* of them, with a loopback remote address and a known socket */
} Fixture;

static void
handler_cb (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  Fixture *f = user_data;

  GSocketAddress *remote = soup_server_message_get_remote_address (msg);

  f->handled++;
  if (G_IS_INET_SOCKET_ADDRESS (remote) &&
      g_inet_address_get_is_loopback (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (remote))) &&
      zt_http_guard_message_socket (msg) != NULL)
    f->loopback++;
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "ok", 2);
}

static void
error_cb (SoupServerMessage *msg,
          guint              status,
          const char        *message,
          gpointer           user_data)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_COPY, message, strlen (message));
}

/* What an owner decides at the headers: a token, and a size limit. */
static void
got_headers_cb (SoupServerMessage *msg,
                gpointer           user_data)
{
  if (soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "X-Token") == NULL)
    error_cb (msg, 401, "no token", NULL);
  zt_http_guard_limit_body (msg, 1000, "test_limit");
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    gpointer           user_data)
{
  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers_cb), NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const ZtHttpGuardLimits limits = { .header_timeout_ms = 300, .body_timeout_ms = 300,
                                     .idle_timeout_ms = 0, .keep_alive = TRUE,
                                     .park_above = 0 /* always */ };
  g_autoptr(GError) error = NULL;
  GSList *uris;

  f->server = soup_server_new (NULL, NULL);
  f->guard = zt_http_guard_new (f->server, &limits, error_cb, f);
  g_signal_connect (f->server, "request-started", G_CALLBACK (request_started_cb), f);
  soup_server_add_handler (f->server, NULL, handler_cb, f, NULL);
  soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  f->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  soup_server_disconnect (f->server);
  g_clear_object (&f->guard);
  g_clear_object (&f->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* ---- A raw client: bytes in, bytes out, no HTTP library in between ---- */

static GSocket *
client_connect (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) addr = g_inet_socket_address_new (lo, f->port);
  GSocket *s = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);

  g_assert_no_error (error);
  g_socket_connect (s, addr, NULL, &error);
  g_assert_no_error (error);
  g_socket_set_blocking (s, FALSE);
  return s;
}

static void
client_send (GSocket    *s,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  gssize n = g_socket_send_with_blocking (s, text, strlen (text), TRUE, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (n, ==, (gssize) strlen (text));
}

/* Reads what is there; TRUE once the server closed its side. */
static gboolean
client_read (GSocket *s,
             GString *into)
{
  char buf[4096];

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      gssize n = g_socket_receive (s, buf, sizeof buf, NULL, &error);

      if (n > 0)
        g_string_append_len (into, buf, n);
      else if (n == 0)
        return TRUE;
      else
        return !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
    }
}

static guint
open_fds (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* ---- Tests ---- */

static void
test_idle_eof (Fixture       *f,
               gconstpointer  data)
{
  guint fds = 0;

  /* the first connection also makes the guard's epoll set for this context, which stays */
  for (guint i = 0; i < 21; i++)
    {
      if (i == 1)
        {
          RUN_UNTIL (zt_http_guard_get_n_reaped (f->guard) == 1);
          fds = open_fds ();
        }
      g_autoptr(GSocket) s = client_connect (f);
      g_autoptr(GString) got = g_string_new (NULL);

      client_send (s, "GET /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\n\r\n");
      RUN_UNTIL ((client_read (s, got), strstr (got->str, "\r\n\r\nok") != NULL));
      g_socket_close (s, NULL);
    }
  /* libsoup 3.2.3 alone keeps each of these connections (and its fd) for ever */
  RUN_UNTIL (zt_http_guard_get_n_reaped (f->guard) == 21);
  RUN_UNTIL (open_fds () <= fds);
  g_assert_cmpuint (f->handled, ==, 21);
}


/* A keep-alive connection idle for a while is parked (taken from libsoup, so that it costs
 * the main loop nothing) and handed back when its next request comes: the client sees one
 * connection that keeps working, with bodies, and the handler the same peer. */
static void
test_parked_reused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSocket) s = client_connect (f);

  for (guint i = 1; i <= 3; i++)
    {
      g_autoptr(GString) got = g_string_new (NULL);

      client_send (s, "POST /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\nContent-Length: 5\r\n\r\nhello");
      RUN_UNTIL ((client_read (s, got), strstr (got->str, "\r\n\r\nok") != NULL));
      g_assert_cmpuint (f->handled, ==, i);
      RUN_UNTIL (zt_http_guard_get_n_parked (f->guard) == i);
    }
  g_assert_cmpuint (f->loopback, ==, 3);
  g_assert_cmpuint (zt_http_guard_get_n_reaped (f->guard), ==, 0);
}

/* A parked connection that its client closes is closed: no fd stays behind. */
static void
test_parked_eof (Fixture       *f,
                 gconstpointer  data)
{
  guint fds = 0;

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(GSocket) s = client_connect (f);
      g_autoptr(GString) got = g_string_new (NULL);

      if (i == 1)
        {
          RUN_UNTIL (zt_http_guard_get_n_reaped (f->guard) == 1);
          fds = open_fds ();
        }
      client_send (s, "GET /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\n\r\n");
      RUN_UNTIL ((client_read (s, got), strstr (got->str, "\r\n\r\nok") != NULL));
      RUN_UNTIL (zt_http_guard_get_n_parked (f->guard) == i + 1);
      g_socket_close (s, NULL);
    }
  RUN_UNTIL (zt_http_guard_get_n_reaped (f->guard) == 6);
  RUN_UNTIL (open_fds () <= fds);
}

/* The guard's limits hold on a connection that was handed back: headers that do not come
 * in time get 408 and the connection is closed. */
static void
test_parked_header_timeout (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GSocket) s = client_connect (f);
  g_autoptr(GString) got = g_string_new (NULL);

  client_send (s, "GET /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\n\r\n");
  RUN_UNTIL ((client_read (s, got), strstr (got->str, "\r\n\r\nok") != NULL));
  RUN_UNTIL (zt_http_guard_get_n_parked (f->guard) == 1);
  g_string_truncate (got, 0);
  client_send (s, "GET /x HTTP/1.1\r\nHost: h\r\n");
  RUN_UNTIL (client_read (s, got));
  g_assert_true (g_str_has_prefix (got->str, "HTTP/1.1 408"));
  g_assert_cmpuint (f->handled, ==, 1);
}

/* Bytes on a kept-alive connection that may start no request (a stray CRLF), then the client
 * closes it or waits: once bytes reached libsoup without a request start, the guard never
 * takes the connection (a steal of a connection with no message on it crashed the agent
 * inside libsoup). No fd stays, and the server serves on. */
static void
test_stray_bytes (Fixture       *f,
                  gconstpointer  data)
{
  guint fds = 0;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GSocket) s = client_connect (f);
      g_autoptr(GString) got = g_string_new (NULL);

      if (i == 1)
        fds = open_fds ();
      client_send (s, "GET /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\n\r\n");
      RUN_UNTIL ((client_read (s, got), strstr (got->str, "\r\n\r\nok") != NULL));
      client_send (s, "\r\n");
      if (i % 2 == 0)
        g_socket_close (s, NULL);  /* and gone: libsoup reads the EOF itself */
      else
        {
          /* stays: the connection is ended all the same */
          g_string_truncate (got, 0);
          RUN_UNTIL (client_read (s, got));
        }
    }
  RUN_UNTIL (open_fds () <= fds);
  g_assert_cmpuint (f->handled, ==, 4);
  {
    g_autoptr(GSocket) s = client_connect (f);
    g_autoptr(GString) got = g_string_new (NULL);

    client_send (s, "GET /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\n\r\n");
    RUN_UNTIL ((client_read (s, got), strstr (got->str, "\r\n\r\nok") != NULL));
  }
}

typedef struct {
  const char *request;
  const char *status;      /* the answer's status line starts so */
  const char *says;        /* and its body says so */
  gboolean    handled;     /* the handler ran */
} Refusal;

static const Refusal refusals[] = {
  /* headers that never end */
  { "GET /x HTTP/1.1\r\nHost: h\r\nX-Tok", "HTTP/1.1 408", "headers did not arrive within 300 ms (header_timeout)", FALSE },
  /* nothing at all: closed without an answer, which could cross a late request */
  { "", "", "", FALSE },
  /* a Content-Length larger than the body */
  { "POST /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\nContent-Length: 10\r\n\r\nab", "HTTP/1.1 408",
    "body did not arrive within 300 ms (body_timeout)", FALSE },
  /* refused at its headers: the body that follows is never read */
  { "POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", "HTTP/1.1 401", "no token", FALSE },
  /* a Content-Length over the limit */
  { "POST /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\nContent-Length: 5000\r\n\r\n", "HTTP/1.1 413",
    "the body is 5000 bytes, over the limit of 1000 bytes (test_limit)", FALSE },
  /* a chunked body that goes over the limit while it is read */
  { "POST /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\nTransfer-Encoding: chunked\r\n\r\n"
    "258\r\n" "%600" "\r\n" "258\r\n" "%600" "\r\n", "HTTP/1.1 413",
    "the body is over the limit of 1000 bytes (test_limit)", FALSE },
  /* within every limit */
  { "POST /x HTTP/1.1\r\nHost: h\r\nX-Token: t\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab", "HTTP/1.1 200", "ok", TRUE },
};

/* "%600" stands for 600 bytes of filler */
static char *
expand (const char *request)
{
  g_autofree char *filler = g_strnfill (600, 'a');
  g_auto(GStrv) parts = g_strsplit (request, "%600", -1);

  return g_strjoinv (filler, parts);
}

static void
test_refusal (Fixture       *f,
              gconstpointer  data)
{
  const Refusal *r = data;
  g_autoptr(GSocket) s = client_connect (f);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autofree char *request = expand (r->request);

  if (*request)
    client_send (s, request);
  RUN_UNTIL (client_read (s, got));
  g_assert_true (g_str_has_prefix (got->str, r->status));
  g_assert_nonnull (strstr (got->str, r->says));
  if (!r->handled && *r->status)
    g_assert_nonnull (strstr (got->str, "Connection: close"));
  if (!*r->status)
    g_assert_cmpuint (got->len, ==, 0);
  g_assert_cmpuint (f->handled, ==, r->handled ? 1 : 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/http-guard/idle-eof-reaped", Fixture, NULL, fixture_setup, test_idle_eof, fixture_teardown);
  g_test_add ("/http-guard/parked-reused", Fixture, NULL, fixture_setup, test_parked_reused, fixture_teardown);
  g_test_add ("/http-guard/parked-eof", Fixture, NULL, fixture_setup, test_parked_eof, fixture_teardown);
  g_test_add ("/http-guard/stray-bytes", Fixture, NULL, fixture_setup, test_stray_bytes, fixture_teardown);
  g_test_add ("/http-guard/parked-header-timeout", Fixture, NULL, fixture_setup, test_parked_header_timeout,
              fixture_teardown);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strdup_printf ("/http-guard/refusal/%u", i);
      g_test_add (name, Fixture, &refusals[i], fixture_setup, test_refusal, fixture_teardown);
    }
  return g_test_run ();
}
