/* zt-ws-stream.h: a byte stream over binary WebSocket messages, and mesh mTLS on top of it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Each write becomes one binary message of at most this many bytes (a longer write is
 * short: it returns this count). TLS records are far smaller, so this only splits bulk
 * writes of plain streams; it stays well under libsoup's default incoming limit (128 KiB). */
#define ZT_WS_STREAM_MAX_MESSAGE (64 * 1024)

/* Receiving has flow control when the WebSocket reads through a ZtGateStream (as
 * zt_ws_connect_async () makes it): once GATE_SHUT bytes wait for the reader, the gate shuts
 * and libsoup reads no more (the peer's TCP window fills, and the peer, or the hub for it,
 * waits); once the reader has brought them down to GATE_OPEN, it opens. Without a gate,
 * libsoup 3.2 reads a WebSocket as fast as the peer sends.
 *
 * Either way, received bytes not yet read are capped here: a peer more than this far ahead
 * of our reader is treated as a protocol violation and the WebSocket is closed with 1009
 * (message too big). Protocols run over the stream must keep less than this in flight.
 * libsoup takes all the socket holds in one go, so after a pause of this process (a stall,
 * a suspended laptop) the whole of what was in flight comes at once: the hub's socket send
 * buffer and ours to receive (Linux's defaults let them grow to 4 and 6 MiB) and what the
 * hub queued. 4 MiB was reached so, and a stream through the hub ended when its reader
 * paused in the middle of a large answer; 16 MiB leaves room for that. */
#define ZT_WS_STREAM_MAX_QUEUED  (16 * 1024 * 1024)
#define ZT_WS_STREAM_GATE_SHUT   (1024 * 1024)
#define ZT_WS_STREAM_GATE_OPEN   (256 * 1024)

/* Sending has flow control: libsoup queues frames without bound and says nothing of them, so
 * they are handed to it only while the WebSocket's TCP socket holds under MAX_UNSENT bytes not
 * yet sent (a peer that does not read, or a hub that holds back for one, fills it). What waits
 * meanwhile stays here; past MAX_OUT of it, non-blocking writes would block (the stream's
 * pollable output is not writable), and so a writer such as a TLS connection over the stream
 * waits. The socket's TCP_NOTSENT_LOWAT is MAX_UNSENT, so that it polls writable exactly
 * when there is room again. */
#define ZT_WS_STREAM_MAX_UNSENT  (256 * 1024)
#define ZT_WS_STREAM_MAX_OUT     (1024 * 1024)

#define ZT_TYPE_WS_STREAM (zt_ws_stream_get_type ())

G_DECLARE_FINAL_TYPE (ZtWsStream, zt_ws_stream, ZT, WS_STREAM, GIOStream)

/* A GIOStream whose bytes travel as binary messages of @ws; both halves are pollable, so a
 * GTlsConnection can run over it. Make it in the thread, and under the thread-default main
 * context, where @ws lives: that context must keep running, as the bytes arrive through it.
 *
 * Reads return what has arrived (possibly less than asked), G_IO_ERROR_WOULD_BLOCK when
 * nothing has (non-blocking reads), and 0 once the WebSocket is closing or closed and
 * everything before the close was read. A text message, or more than
 * ZT_WS_STREAM_MAX_QUEUED bytes unread, is a protocol violation: the WebSocket is closed
 * (1003 and 1009) and reads fail (G_IO_ERROR_INVALID_DATA, G_IO_ERROR_MESSAGE_TOO_LARGE).
 * Blocking writes never block; non-blocking ones do while MAX_OUT bytes wait (above); after
 * the WebSocket closed they fail with G_IO_ERROR_BROKEN_PIPE.
 *
 * Any thread may read and write (glib-networking does, from its handshake thread): calls
 * into @ws are handed to its context. A blocking read in the thread that made the stream
 * iterates that context until data comes, so it must not be made from inside a signal
 * handler of @ws. Closing the stream (or dropping the last reference) closes @ws with 1000;
 * closing only one half does nothing, as a WebSocket cannot be half-closed. */
ZtWsStream              *zt_ws_stream_new            (SoupWebsocketConnection *ws);
SoupWebsocketConnection *zt_ws_stream_get_websocket  (ZtWsStream              *self);

/* Mutual TLS between two members of a mesh, over @stream: each side presents @own (a
 * certificate with its private key, see zt_ca_tls_certificate_new()) and accepts the other
 * only if zt_ca_verify_peer() passes against @ca_pem; neither the system's trust store nor
 * host names play any part. The client also requires the server's SPIFFE ID to be
 * @expected_peer_spiffe_id; the server requires a client certificate (any identity of the
 * mesh: check zt_tls_get_peer_spiffe_id() afterwards). Start the handshake with
 * zt_tls_handshake_async(); synchronous handshakes would wait on the very context that
 * must run to deliver the bytes.
 *
 * TLS 1.3 caveats the caller must handle: a client whose certificate the server refuses
 * finishes its handshake successfully and learns of the refusal only on its first read; and
 * a client that refuses the server sends no alert, so a server waits until the WebSocket
 * closes or the handshake times out. */
GTlsConnection          *zt_tls_over_ws_client_new   (ZtWsStream              *stream,
                                                      GTlsCertificate         *own,
                                                      const char              *ca_pem,
                                                      const char              *expected_peer_spiffe_id,
                                                      GError                 **error);
GTlsConnection          *zt_tls_over_ws_server_new   (ZtWsStream              *stream,
                                                      GTlsCertificate         *own,
                                                      const char              *ca_pem,
                                                      GError                 **error);

/* The same over any stream: a direct TCP connection between two agents. */
GTlsConnection          *zt_mesh_tls_client_new      (GIOStream               *stream,
                                                      GTlsCertificate         *own,
                                                      const char              *ca_pem,
                                                      const char              *expected_peer_spiffe_id,
                                                      GError                 **error);
GTlsConnection          *zt_mesh_tls_server_new      (GIOStream               *stream,
                                                      GTlsCertificate         *own,
                                                      const char              *ca_pem,
                                                      GError                 **error);

/* g_tls_connection_handshake_async() bounded by @timeout_ms (0: no bound), which then
 * fails with G_IO_ERROR_TIMED_OUT. A handshake that succeeds with less than TLS 1.3 fails
 * with G_TLS_ERROR_MISC; a refused peer certificate gives G_TLS_ERROR_BAD_CERTIFICATE with
 * zt_ca_verify_peer()'s reason, and so does, on a connection made above, a peer that GIO
 * accepted without the mesh CA check (validation turned off, session resumption). On
 * failure, close the connection: that also tells a peer still waiting. */
void                     zt_tls_handshake_async      (GTlsConnection          *tls,
                                                      guint                    timeout_ms,
                                                      GCancellable            *cancellable,
                                                      GAsyncReadyCallback      callback,
                                                      gpointer                 user_data);
gboolean                 zt_tls_handshake_finish     (GTlsConnection          *tls,
                                                      GAsyncResult            *result,
                                                      GError                 **error);

/* The SPIFFE ID of the peer's certificate once the handshake is done, or NULL. */
char                    *zt_tls_get_peer_spiffe_id   (GTlsConnection          *tls);

G_END_DECLS
