/* zt-util.h: small helpers shared across the core */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* Compares secrets (tokens, MACs, hashes) in time independent of where they differ. */
gboolean zt_secure_equal (gconstpointer a,
                          gconstpointer b,
                          gsize         len);

/* SHA-256 by GnuTLS (nettle's code uses the CPU's SHA extensions where it has them: about
 * 1 us for 700 bytes here, where GLib's GChecksum takes 6 us). For the hashes taken on each
 * call (the audit chain, result and token digests); the same digests as GChecksum's. */
void      zt_sha256              (const void *data,
                                  gsize       len,
                                  guint8      digest[32]);
/* 64 lowercase hex digits, as g_compute_checksum_for_data gives; @len -1: a string */
char     *zt_sha256_hex          (const void *data,
                                  gssize      len);
typedef struct _ZtSha256 ZtSha256;
ZtSha256 *zt_sha256_new          (void);
/* @len -1: a string without its NUL */
void      zt_sha256_update       (ZtSha256   *sum,
                                  const void *data,
                                  gssize      len);
/* Both free @sum */
char     *zt_sha256_finish_hex   (ZtSha256   *sum);
void      zt_sha256_finish       (ZtSha256   *sum,
                                  guint8      digest[32]);

/* A timeout in the thread-default main context, where g_timeout_add would use the global
 * one (the desktop app runs the agent, and the hub it hosts, in a thread of its own).
 * Clear it with zt_source_clear, from any thread. */
GSource *zt_timeout_source_attach (guint       ms,
                                   GSourceFunc func,
                                   gpointer    data);
void     zt_source_clear          (GSource   **source);

/* After connections or sessions end: a moment later (once for many ending together), the
 * memory they freed goes back to the system. @slot holds the pending source; its owner
 * clears it (zt_source_clear) before it goes away. */
void     zt_memory_settle_later   (GSource   **slot);
/* Raises the soft limit on open files to the hard one (once per process): each idle session
 * holds several fds (its connection, a server's pipes and pidfd), and Debian's soft default
 * of 1 024 ends an agent near 200 sessions. The hard limit stays the administrator's. */
void     zt_raise_fd_limit        (void);
/* The soft limit before zt_raise_fd_limit raised it (what children get back, as programs
 * that use select(2) expect), or 0 if it was not raised. */
guint64  zt_fd_limit_original    (void);

/* @value in decimal, NUL-terminated, in @buf; returns its length. For the per-call paths
 * (ids, audit rows, JSON numbers), where printf's machinery cost about 1 000 instructions a
 * number. */
#define ZT_INT64_BUF 21
gsize    zt_format_int64          (char              buf[ZT_INT64_BUF],
                                   gint64            value);
void     zt_string_append_int64   (GString          *out,
                                   gint64            value);

/* Small writes (WebSocket frames, TLS records, SSE events) leave at once: with Nagle's
 * algorithm a write that follows an unacknowledged one waits for the peer's delayed ACK
 * (40 ms on Linux). For a socket, for the connection a client message opens, and for the
 * connection a server message came on. */
void     zt_socket_nodelay              (GSocket           *socket);
void     zt_soup_message_nodelay        (SoupMessage       *msg);
void     zt_soup_server_message_nodelay (SoupServerMessage *msg);

/* libsoup 3.0-3.2's SoupServerMessage takes a reference to the client's certificate that the
 * TLS handshake gives it and never drops it (its finalize forgets it; 3.4 keeps none), so a
 * server that asks for client certificates keeps every one it was shown, about 40 KB each,
 * for the life of the process: the hub, once per mesh stream. This drops that reference
 * for @server's messages, where the libsoup running is one that keeps it and only when the
 * message is seen to have kept it (the certificate's references just before and after the
 * message's finalize are compared). Does nothing with libsoup 3.4 or later. */
void     zt_soup_server_release_peer_certificates (SoupServer *server);

/* Like g_timeout_add, g_timeout_add_seconds and g_unix_fd_add, but in the thread-default
 * context; the ids are cleared with zt_clear_source_id from that same thread. */
guint    zt_timeout_add           (guint       ms,
                                   GSourceFunc func,
                                   gpointer    data);
guint    zt_timeout_add_seconds   (guint       seconds,
                                   GSourceFunc func,
                                   gpointer    data);
guint    zt_unix_fd_add           (int          fd,
                                   GIOCondition condition,
                                   gpointer     func,
                                   gpointer     data);
void     zt_clear_source_id       (guint      *id);

/* "HOST:PORT" or "[V6]:PORT" split; the error says what a good one looks like. */
gboolean zt_parse_listen          (const char  *listen,
                                   char       **host,
                                   guint       *port,
                                   GError     **error);

/* @text (valid UTF-8, owned; may be NULL) if it has at most @max_chars characters, else freed
 * and a copy of its first @max_chars - 1 characters and "…". */
char    *zt_utf8_clip             (char        *text,
                                   glong        max_chars);

/* Eight bytes at a time (@v read from memory with memcpy): whether any of them is below @n
 * (@n at most 128), and whether any equals @c. Exact: no byte is missed, none is made up. */
static inline gboolean
zt_bytes_any_below (guint64 v,
                    guint8  n)
{
  return ((v - G_GUINT64_CONSTANT (0x0101010101010101) * n) & ~v & G_GUINT64_CONSTANT (0x8080808080808080)) != 0;
}

static inline gboolean
zt_bytes_any_equal (guint64 v,
                    guint8  c)
{
  return zt_bytes_any_below (v ^ (G_GUINT64_CONSTANT (0x0101010101010101) * c), 1);
}

/* g_utf8_validate_len (), the same answer and the same @end, with runs of ASCII read eight
 * bytes at a time (GLib 2.74 reads a byte at a time): every message from outside passes here. */
gboolean zt_utf8_validate_len     (const char  *str,
                                   gsize        max_len,
                                   const char **end);

/* For messages: untrusted text escaped and cut short, quoted, so it cannot forge log lines. */
char    *zt_quote                 (const char  *untrusted);

/* Whether @text (valid UTF-8) has no control character (C0, DEL, C1) and no bidirectional
 * control: text from others that people will read (a peer's reason for an access request). */
gboolean zt_text_is_plain         (const char  *text);
/* A control character (C0, DEL, C1) or a bidirectional control (marks, embeddings,
 * overrides, isolates) */
gboolean zt_unichar_is_control    (gunichar     c);
/* Appends @text with control characters (but newline and tab), C1 controls, bidirectional
 * controls and invalid bytes shown as U+FFFD: server or peer text shown to people cannot
 * move a terminal's cursor, rewrite what was printed, or reorder what is read. */
void     zt_string_append_shown   (GString     *out,
                                   const char  *text);

/* Characters of a log message; beyond, it ends with "…". */
#define ZT_LOG_MESSAGE_MAX 8192

/* A log message as it is written: valid UTF-8, control characters (but tab) and
 * bidirectional controls as U+FFFD, each newline followed by an indent (what others wrote
 * cannot start a line of the log), at most ZT_LOG_MESSAGE_MAX characters. */
char    *zt_log_shown             (const char  *text,
                                   gssize       len);
/* Makes every message of the process go through zt_log_shown () before GLib's writer. Call
 * first thing in main (), before anything is logged. */
void     zt_log_install           (void);

G_END_DECLS
