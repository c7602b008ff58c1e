/* zt-ws-connect.c: a client WebSocket (wss) whose reading can be paused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <gnutls/crypto.h>

#include "zt-error.h"
#include "zt-gate-stream.h"
#include "zt-util.h"
#include "zt-ws-connect.h"

/* RFC 6455, 1.3 */
#define WS_GUID "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
/* An answer's head longer than this is no WebSocket server's */
#define MAX_HEAD (16 * 1024)

/* What decides trust, owned by the TLS connection's signal handler: the handshake thread
 * may call it after the caller has gone (zt-ws-connect.h) */
struct Accept {
  ZtWsAcceptFunc func;
  gpointer       data;
  GDestroyNotify destroy;
};

static void
accept_free (gpointer data,
             GClosure *closure G_GNUC_UNUSED)
{
  struct Accept *a = data;

  if (a->destroy != NULL)
    a->destroy (a->data);
  g_free (a);
}

typedef struct {
  GUri            *uri;
  GTlsCertificate *identity;
  struct Accept   *accept;    /* until the TLS connection takes it */
  char            *key;
  char            *request;
  GIOStream       *tls;
  ZtGateStream    *gate;
  GByteArray      *head;
  GSource         *wait;      /* for more of the answer */
  gboolean         tls_wanted;  /* wss (ws only in tests) */
} Connect;

static void
connect_free (Connect *c)
{
  zt_source_clear (&c->wait);
  g_uri_unref (c->uri);
  if (c->accept != NULL)
    accept_free (c->accept, NULL);
  g_clear_object (&c->identity);
  g_free (c->key);
  g_free (c->request);
  g_clear_object (&c->tls);
  g_clear_object (&c->gate);
  g_byte_array_unref (c->head);
  g_free (c);
}

/* A failure after the TLS connection was made closes it (not left to the last unref, which
 * would close it synchronously). */
static void
fail (GTask  *task,
      GError *error)
{
  Connect *c = g_task_get_task_data (task);

  if (c->tls != NULL)
    g_io_stream_close_async (c->tls, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_task_return_error (task, error);
  g_object_unref (task);
}

gboolean
_zt_ws_connect_check_answer (const char  *head,
                             gsize        len,
                             const char  *key,
                             GError     **error)
{
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *reason = NULL;
  g_autofree char *expected = NULL;
  guint8 digest[20];
  gsize digest_len = sizeof digest;
  guint status = 0;
  const char *accept;

  if (!soup_headers_parse_response (head, (int) len, headers, NULL, &status, &reason))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "the hub's answer to a WebSocket upgrade is not HTTP");
      return FALSE;
    }
  if (status != SOUP_STATUS_SWITCHING_PROTOCOLS)
    {
      /* the reason is the server's text: valid UTF-8, cut at 80 characters, no controls */
      g_autofree char *valid = g_utf8_make_valid (reason ? reason : "", -1);
      g_autofree char *clip = g_utf8_substring (valid, 0, MIN (g_utf8_strlen (valid, -1), 80));

      for (char *p = clip; *p; p++)
        if ((guchar) *p < 0x20 || *p == 0x7f)
          *p = '?';
      g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "the hub refused a WebSocket upgrade: %u %s", status, clip);
      return FALSE;
    }
  g_checksum_update (sha1, (const guchar *) key, -1);
  g_checksum_update (sha1, (const guchar *) WS_GUID, -1);
  g_checksum_get_digest (sha1, digest, &digest_len);
  expected = g_base64_encode (digest, digest_len);
  accept = soup_message_headers_get_one (headers, "Sec-WebSocket-Accept");
  if (!soup_message_headers_header_equals (headers, "Upgrade", "websocket") ||
      !soup_message_headers_header_contains (headers, "Connection", "upgrade") ||
      accept == NULL || strcmp (accept, expected) != 0 ||
      soup_message_headers_get_one (headers, "Sec-WebSocket-Extensions") != NULL ||
      soup_message_headers_get_one (headers, "Sec-WebSocket-Protocol") != NULL)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "the hub's answer to a WebSocket upgrade is not a valid one");
      return FALSE;
    }
  return TRUE;
}

static void read_head (GTask *task);

static gboolean
head_readable_cb (GObject  *stream,
                  gpointer  user_data)
{
  GTask *task = user_data;
  Connect *c = g_task_get_task_data (task);

  g_clear_pointer (&c->wait, g_source_unref);
  read_head (task);
  return G_SOURCE_REMOVE;
}

/* The answer, a byte at a time up to its blank line and not one byte further: what follows
 * is the WebSocket's, and a GTlsConnection cannot be read back. The bytes come out of
 * GnuTLS's buffer of the record, not one system call each. */
static void
read_head (GTask *task)
{
  Connect *c = g_task_get_task_data (task);
  GPollableInputStream *in = G_POLLABLE_INPUT_STREAM (g_io_stream_get_input_stream (G_IO_STREAM (c->gate)));

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      guint8 byte;
      gssize n;

      if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
        {
          fail (task, g_steal_pointer (&error));
          return;
        }
      n = g_pollable_input_stream_read_nonblocking (in, &byte, 1, NULL, &error);
      if (n < 0 && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        {
          c->wait = g_pollable_input_stream_create_source (in, g_task_get_cancellable (task));
          g_source_set_static_name (c->wait, "[zt] WebSocket upgrade answer");
          g_source_set_callback (c->wait, G_SOURCE_FUNC (head_readable_cb), task, NULL);
          g_source_attach (c->wait, g_task_get_context (task));
          return;
        }
      if (n <= 0)
        {
          fail (task, error ? g_steal_pointer (&error)
                            : g_error_new_literal (ZT_ERROR, ZT_ERROR_UPSTREAM,
                                                   "the hub closed the connection before it answered a WebSocket upgrade"));
          return;
        }
      g_byte_array_append (c->head, &byte, 1);
      if (c->head->len >= 4 && memcmp (c->head->data + c->head->len - 4, "\r\n\r\n", 4) == 0)
        break;
      if (c->head->len >= MAX_HEAD)
        {
          fail (task, g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM,
                                   "the hub's answer to a WebSocket upgrade has a head over %u KiB", MAX_HEAD / 1024));
          return;
        }
    }
  {
    g_autoptr(GError) error = NULL;
    SoupWebsocketConnection *ws;

    if (!_zt_ws_connect_check_answer ((const char *) c->head->data, c->head->len, c->key, &error))
      {
        fail (task, g_steal_pointer (&error));
        return;
      }
    ws = soup_websocket_connection_new (G_IO_STREAM (c->gate), c->uri, SOUP_WEBSOCKET_CONNECTION_CLIENT,
                                        NULL, NULL, NULL);
    g_task_return_pointer (task, ws, g_object_unref);
    g_object_unref (task);
  }
}

static void
request_written_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error))
    {
      fail (task, error);
      return;
    }
  read_head (task);
}

static void
send_request (GTask *task)
{
  Connect *c = g_task_get_task_data (task);
  guint8 nonce[16];
  g_autofree char *host = NULL;
  g_autofree char *authority = NULL;
  const char *query = g_uri_get_query (c->uri);
  int port = g_uri_get_port (c->uri);
  int standard = c->tls_wanted ? 443 : 80;

  if (gnutls_rnd (GNUTLS_RND_NONCE, nonce, sizeof nonce) != 0)
    {
      fail (task, g_error_new_literal (ZT_ERROR, ZT_ERROR_FAILED, "no random bytes for a WebSocket key"));
      return;
    }
  c->key = g_base64_encode (nonce, sizeof nonce);
  host = strchr (g_uri_get_host (c->uri), ':') ? g_strdup_printf ("[%s]", g_uri_get_host (c->uri))
                                                : g_strdup (g_uri_get_host (c->uri));
  authority = port > 0 && port != standard ? g_strdup_printf ("%s:%d", host, port) : g_strdup (host);
  c->request = g_strdup_printf ("GET %s%s%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n",
                                *g_uri_get_path (c->uri) ? g_uri_get_path (c->uri) : "/", query ? "?" : "", query ? query : "",
                                authority, c->key);
  c->gate = zt_gate_stream_new (c->tls);
  g_output_stream_write_all_async (g_io_stream_get_output_stream (G_IO_STREAM (c->gate)), c->request, strlen (c->request),
                                   G_PRIORITY_DEFAULT, g_task_get_cancellable (task), request_written_cb, task);
}

static void
handshake_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  if (!g_tls_connection_handshake_finish (G_TLS_CONNECTION (object), result, &error))
    {
      fail (task, error);
      return;
    }
  send_request (task);
}

static gboolean
accept_cb (GTlsConnection       *conn,
           GTlsCertificate      *peer,
           GTlsCertificateFlags  errors,
           gpointer              user_data)
{
  struct Accept *a = user_data;

  return a->func != NULL && a->func (peer, errors, a->data);
}

static void
connected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  Connect *c = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GSocketConnection) conn = g_socket_client_connect_to_uri_finish (G_SOCKET_CLIENT (object), result, &error);
  g_autoptr(GSocketConnectable) identity = NULL;
  GIOStream *tls;

  if (conn == NULL)
    {
      fail (task, error);
      return;
    }
  zt_socket_nodelay (g_socket_connection_get_socket (conn));
  if (!c->tls_wanted)
    {
      c->tls = G_IO_STREAM (g_steal_pointer (&conn));
      send_request (task);
      return;
    }
  identity = g_network_address_new (g_uri_get_host (c->uri), g_uri_get_port (c->uri) > 0 ? g_uri_get_port (c->uri) : 443);
  tls = g_tls_client_connection_new (G_IO_STREAM (conn), identity, &error);
  if (tls == NULL)
    {
      fail (task, error);
      return;
    }
  c->tls = tls;
  /* No database: every certificate is put to @accept (with the system's, one some public CA
   * issued for the server's name would pass without it) */
  g_tls_connection_set_database (G_TLS_CONNECTION (tls), NULL);
  if (c->identity != NULL)
    g_tls_connection_set_certificate (G_TLS_CONNECTION (tls), c->identity);
  g_signal_connect_data (tls, "accept-certificate", G_CALLBACK (accept_cb), g_steal_pointer (&c->accept),
                         accept_free, 0);
  g_tls_connection_handshake_async (G_TLS_CONNECTION (tls), G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                    handshake_cb, task);
}

void
zt_ws_connect_async (const char          *url,
                     GTlsCertificate     *identity,
                     ZtWsAcceptFunc       accept,
                     gpointer             accept_data,
                     GDestroyNotify       accept_destroy,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GSocketClient) client = NULL;
  g_autofree char *https = NULL;
  GError *error = NULL;
  Connect *c;
  GUri *uri;

  g_task_set_source_tag (task, zt_ws_connect_async);
  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, &error);
  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "wss") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "ws") != 0) ||
      g_uri_get_host (uri) == NULL)
    {
      g_clear_pointer (&uri, g_uri_unref);
      g_clear_error (&error);
      if (accept_destroy != NULL)
        accept_destroy (accept_data);
      g_task_return_new_error (task, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "not a wss:// URL: %s", url);
      g_object_unref (task);
      return;
    }
  c = g_new0 (Connect, 1);
  c->uri = uri;
  c->identity = identity ? g_object_ref (identity) : NULL;
  c->accept = g_new0 (struct Accept, 1);
  c->accept->func = accept;
  c->accept->data = accept_data;
  c->accept->destroy = accept_destroy;
  c->head = g_byte_array_new ();
  c->tls_wanted = strcmp (g_uri_get_scheme (uri), "wss") == 0;
  g_task_set_task_data (task, c, (GDestroyNotify) connect_free);
  /* the https:// form, for the proxy resolver (as libsoup's session asks it) */
  https = g_strconcat (c->tls_wanted ? "https" : "http", strchr (url, ':'), NULL);
  client = g_socket_client_new ();
  g_socket_client_connect_to_uri_async (client, https, c->tls_wanted ? 443 : 80, cancellable, connected_cb, task);
}

SoupWebsocketConnection *
zt_ws_connect_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
