/* zt-http-client.h: a lean HTTP/1.1 client for plain-HTTP upstreams, over kept-alive sockets */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* One upstream's connections to one origin (http://host:port). Why not libsoup here: for
 * each call libsoup's client attached and removed some twenty sources (each an eventfd
 * write waking the context), made a GTask per send and per read, peeked at every pooled
 * connection and read every body twice; an HTTP upstream cost the agent 1.75x to 2.8x the
 * CPU of a stdio one (docs/performance.md, "HTTP upstreams"). Here a call is one send(2)
 * of the whole request and reads on the socket's watch in the shared epoll set
 * (zt-fd-watch.h), which no call adds or removes. HTTPS and proxied origins stay with
 * libsoup: zt_http_client_send() fails with G_IO_ERROR_NOT_SUPPORTED (never synchronously)
 * when the system's proxy settings name a proxy for the origin, and the caller sends
 * through libsoup instead.
 *
 * One request per connection at a time, answered in full before the connection is reused
 * (no pipelining); up to MAX_CONNS connections, the calls beyond wait. A request that
 * fails on a reused connection before any byte of its answer came (the server closed the
 * idle connection as it was reused) is sent once more on a new connection, as HTTP
 * clients do with kept-alive connections. Used from one thread (the thread-default
 * context of the one that made the client). */
typedef struct _ZtHttpClient ZtHttpClient;
typedef struct _ZtHttpCall   ZtHttpCall;

typedef struct {
  /* the final response's head; return FALSE to end the call (as zt_http_call_abandon) */
  gboolean (*head) (ZtHttpCall         *call,
                    guint               status,
                    const char         *reason,
                    SoupMessageHeaders *headers,
                    gpointer            user_data);
  /* body bytes, de-chunked; return FALSE to end the call */
  gboolean (*body) (ZtHttpCall *call,
                    const char *data,
                    gsize       len,
                    gpointer    user_data);
  /* the end: @error is NULL when the whole answer came. Last callback of a call. */
  void     (*done) (ZtHttpCall   *call,
                    const GError *error,
                    gpointer      user_data);
} ZtHttpCallFuncs;

/* NULL unless @origin is an http: URI. */
ZtHttpClient *zt_http_client_new     (GUri                  *origin,
                                      guint                  max_conns);
ZtHttpClient *zt_http_client_ref     (ZtHttpClient          *self);
/* Calls in flight keep the client (and their connections) alive until they end. */
void          zt_http_client_unref   (ZtHttpClient          *self);
/* @uri is of the client's origin (scheme, host and port). */
gboolean      zt_http_client_serves  (ZtHttpClient          *self,
                                      GUri                  *uri);
/* @uri's path and query are sent (its host must be the client's); @headers are sent as
 * they are, with Host and (when @body is not NULL) Content-Length added. Callbacks come
 * from the main loop, never from within this call. */
ZtHttpCall   *zt_http_client_send    (ZtHttpClient          *self,
                                      const char            *method,
                                      GUri                  *uri,
                                      SoupMessageHeaders    *headers,
                                      GBytes                *body,
                                      const ZtHttpCallFuncs *funcs,
                                      gpointer               user_data);
/* No callback comes after this; a connection in the middle of the call's answer is closed
 * (the way to tell a server that an answer is no longer wanted). Safe from a callback. */
void          zt_http_call_abandon   (ZtHttpCall            *call);

/* While held, the call's answer is not read: its bytes wait in the socket and the server
 * blocks once the window is full (back-pressure). Safe from a callback: no body callback
 * comes after it returns until the call is released. */
void          zt_http_call_hold      (ZtHttpCall            *call,
                                      gboolean               hold);

/* Open connections, for tests. */
guint         zt_http_client_get_n_conns (ZtHttpClient      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtHttpClient, zt_http_client_unref)

G_END_DECLS
