/* zt-ws-connect.h: a client WebSocket (wss) whose reading can be paused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Whether to trust the server's certificate; called for every connection, as there is no
 * TLS database: trust is only what this says. It may be called in glib-networking's
 * handshake thread (when no thread runs the main context, GLib's g_main_context_invoke ()
 * runs it there), so it reads only its own @user_data, which lives as long as the TLS
 * connection (freed by the accept_destroy given to zt_ws_connect_async ()). */
typedef gboolean (*ZtWsAcceptFunc) (GTlsCertificate      *peer,
                                    GTlsCertificateFlags  errors,
                                    gpointer              user_data);

/* Opens a WebSocket to @url ("wss://host[:port]/path?query") as libsoup's session would,
 * but over a ZtGateStream: the WebSocket's io-stream is the gate, so a reader can make the
 * peer wait (zt-ws-stream.c shuts it while its reader is behind). libsoup 3.2's session
 * offers no way to put a stream under the WebSockets it makes.
 *
 * TCP (no Nagle), then TLS presenting @identity (may be NULL) and trusting the server only
 * as @accept says (@accept_data is freed with @accept_destroy once no handshake can ask
 * any more), then the HTTP/1.1 upgrade, whose answer is read to its blank line and no
 * further (at most 16 KiB) and checked (101, Upgrade, Connection, Sec-WebSocket-Accept; no
 * extension or subprotocol, as none is offered). A proxy is used as GIO's default resolver
 * says for the https:// form of @url, as libsoup's session does. ws:// (no TLS) is for tests. */
void                     zt_ws_connect_async  (const char          *url,
                                               GTlsCertificate     *identity,
                                               ZtWsAcceptFunc       accept,
                                               gpointer             accept_data,
                                               GDestroyNotify       accept_destroy,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
SoupWebsocketConnection *zt_ws_connect_finish (GAsyncResult        *result,
                                               GError             **error);

/* For tests and the fuzzer: checks the answer's head (@len bytes up to and with its blank
 * line) against the Sec-WebSocket-Key @key that was sent. */
gboolean _zt_ws_connect_check_answer (const char  *head,
                                      gsize        len,
                                      const char  *key,
                                      GError     **error);

G_END_DECLS
