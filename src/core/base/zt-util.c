/* zt-util.c: small helpers shared across the core */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib-unix.h>

#include <string.h>
#include <gnutls/crypto.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "zt-error.h"
#include "zt-util.h"

#include <sys/resource.h>

gboolean
zt_secure_equal (gconstpointer a,
                 gconstpointer b,
                 gsize         len)
{
  const volatile guint8 *x = a;
  const volatile guint8 *y = b;
  guint8 diff = 0;

  for (gsize i = 0; i < len; i++)
    diff |= x[i] ^ y[i];
  return diff == 0;
}

/* GnuTLS refuses SHA-256 only when it is broken (or its library cannot be loaded): nothing
 * this process does could go on without it */
static gnutls_hash_hd_t
sha256_init (void)
{
  gnutls_hash_hd_t hd = NULL;
  int ret = gnutls_hash_init (&hd, GNUTLS_DIG_SHA256);

  if (ret < 0)
    g_error ("GnuTLS cannot compute SHA-256: %s", gnutls_strerror (ret));
  return hd;
}

static char *
hex_of (const guint8 digest[32])
{
  static const char digits[] = "0123456789abcdef";
  char *hex = g_malloc (65);

  for (guint i = 0; i < 32; i++)
    {
      hex[2 * i] = digits[digest[i] >> 4];
      hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
  hex[64] = '\0';
  return hex;
}

void
zt_sha256 (const void *data,
           gsize       len,
           guint8      digest[32])
{
  int ret = gnutls_hash_fast (GNUTLS_DIG_SHA256, data, len, digest);

  if (ret < 0)
    g_error ("GnuTLS cannot compute SHA-256: %s", gnutls_strerror (ret));
}

char *
zt_sha256_hex (const void *data,
               gssize      len)
{
  guint8 digest[32];

  zt_sha256 (data, len < 0 ? strlen (data) : (gsize) len, digest);
  return hex_of (digest);
}

ZtSha256 *
zt_sha256_new (void)
{
  return (ZtSha256 *) sha256_init ();
}

void
zt_sha256_update (ZtSha256   *sum,
                  const void *data,
                  gssize      len)
{
  gnutls_hash ((gnutls_hash_hd_t) sum, data, len < 0 ? strlen (data) : (gsize) len);
}

void
zt_sha256_finish (ZtSha256 *sum,
                  guint8    digest[32])
{
  gnutls_hash_deinit ((gnutls_hash_hd_t) sum, digest);
}

char *
zt_sha256_finish_hex (ZtSha256 *sum)
{
  guint8 digest[32];

  zt_sha256_finish (sum, digest);
  return hex_of (digest);
}

GSource *
zt_timeout_source_attach (guint       ms,
                          GSourceFunc func,
                          gpointer    data)
{
  GSource *source = g_timeout_source_new (ms);

  g_source_set_callback (source, func, data, NULL);
  g_source_attach (source, g_main_context_get_thread_default ());
  return source;
}

void
zt_source_clear (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static gboolean
trim_cb (gpointer data)
{
  GSource **slot = data;

  zt_source_clear (slot);
#ifdef __GLIBC__
  /* glibc gives freed heap pages back only from the top of the heap; buffers of ended
   * sessions sit in the middle, so RSS stayed where the most sessions had put it */
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

void
zt_memory_settle_later (GSource **slot)
{
  if (*slot == NULL)
    *slot = zt_timeout_source_attach (2000, trim_cb, slot);
}

gsize
zt_format_int64 (char   buf[ZT_INT64_BUF],
                 gint64 value)
{
  /* the magnitude as unsigned: -G_MININT64 does not fit a gint64 */
  guint64 v = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  char digits[20];
  gsize n = 0, len = 0;

  do
    {
      digits[n++] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v != 0);
  if (value < 0)
    buf[len++] = '-';
  while (n > 0)
    buf[len++] = digits[--n];
  buf[len] = '\0';
  return len;
}

void
zt_string_append_int64 (GString *out,
                        gint64   value)
{
  char num[ZT_INT64_BUF];

  g_string_append_len (out, num, (gssize) zt_format_int64 (num, value));
}

void
zt_socket_nodelay (GSocket *socket)
{
  if (socket != NULL && g_socket_get_family (socket) != G_SOCKET_FAMILY_UNIX)
    g_socket_set_option (socket, IPPROTO_TCP, TCP_NODELAY, 1, NULL);
}

static void
network_event_cb (SoupMessage        *msg,
                  GSocketClientEvent  event,
                  GIOStream          *connection,
                  gpointer            data)
{
  if (event == G_SOCKET_CLIENT_CONNECTED && G_IS_SOCKET_CONNECTION (connection))
    zt_socket_nodelay (g_socket_connection_get_socket (G_SOCKET_CONNECTION (connection)));
}

void
zt_soup_message_nodelay (SoupMessage *msg)
{
  g_signal_connect (msg, "network-event", G_CALLBACK (network_event_cb), NULL);
}

void
zt_soup_server_message_nodelay (SoupServerMessage *msg)
{
  GSocket *socket = soup_server_message_get_socket (msg);
  static GQuark set;

  /* once per connection, not per request: a keep-alive client's calls each cost a syscall */
  if (set == 0)
    set = g_quark_from_static_string ("zt-nodelay");
  if (socket == NULL || g_object_get_qdata (G_OBJECT (socket), set) != NULL)
    return;
  zt_socket_nodelay (socket);
  g_object_set_qdata (G_OBJECT (socket), set, GINT_TO_POINTER (1));
}

/* One message's certificate, as zt_soup_server_release_peer_certificates () watches it */
typedef struct {
  GTlsCertificate *cert;    /* a reference of ours to the one the message holds, or NULL */
  guint            before;  /* its references as the message was disposed */
} PeerCertificateWatch;

static guint
refs_of (GTlsCertificate *cert)
{
  return (guint) g_atomic_int_get (&G_OBJECT (cert)->ref_count);
}

static void
peer_certificate_take (PeerCertificateWatch *w,
                       SoupServerMessage    *msg)
{
  GTlsCertificate *cert = soup_server_message_get_tls_peer_certificate (msg);

  if (cert == w->cert)
    return;
  g_clear_object (&w->cert);
  /* the TLS connection holds it once; a second holder is the message's own reference (a
   * libsoup that only passed on the connection's would show 1, and is left alone) */
  if (cert != NULL && refs_of (cert) >= 2)
    w->cert = g_object_ref (cert);
}

static void
peer_certificate_changed_cb (SoupServerMessage *msg,
                             GParamSpec        *pspec,
                             gpointer           user_data)
{
  peer_certificate_take (user_data, msg);
}

/* In the message's dispose: its finalize has not run yet */
static void
peer_certificate_disposed (gpointer  data,
                           GObject  *where_the_object_was)
{
  PeerCertificateWatch *w = data;

  if (w->cert != NULL)
    w->before = refs_of (w->cert);
}

/* After the message's finalize (GObject clears its data last). Had the message dropped its
 * reference, there would be one fewer now; if nothing changed, it kept it, and this drops
 * it. Were the count to fall for another reason at the same time (the TLS connection going
 * in another thread), the reference stays: a leak, never a reference too few. */
static void
peer_certificate_after_finalize (gpointer data)
{
  PeerCertificateWatch *w = data;

  if (w->cert != NULL)
    {
      if (w->before > 0 && refs_of (w->cert) == w->before && w->before >= 2)
        g_object_unref (w->cert);  /* the message's */
      g_object_unref (w->cert);    /* ours */
    }
  g_free (w);
}

static void
peer_certificate_watch_cb (SoupServer        *server,
                           SoupServerMessage *msg,
                           gpointer           user_data)
{
  static GQuark quark;
  PeerCertificateWatch *w = g_new0 (PeerCertificateWatch, 1);

  if (quark == 0)
    quark = g_quark_from_static_string ("zt-peer-certificate-watch");
  g_object_set_qdata_full (G_OBJECT (msg), quark, w, peer_certificate_after_finalize);
  g_object_weak_ref (G_OBJECT (msg), peer_certificate_disposed, w);
  g_signal_connect (msg, "notify::tls-peer-certificate", G_CALLBACK (peer_certificate_changed_cb), w);
  peer_certificate_take (w, msg);
}

void
zt_soup_server_release_peer_certificates (SoupServer *server)
{
  g_return_if_fail (SOUP_IS_SERVER (server));
  if (soup_get_major_version () != 3 || soup_get_minor_version () >= 4)
    return;
  g_signal_connect (server, "request-started", G_CALLBACK (peer_certificate_watch_cb), NULL);
}

static guint
attach_here (GSource     *source,
             GSourceFunc  func,
             gpointer     data)
{
  guint id;

  g_source_set_callback (source, func, data, NULL);
  id = g_source_attach (source, g_main_context_get_thread_default ());
  g_source_unref (source);
  return id;
}

guint
zt_timeout_add (guint       ms,
                GSourceFunc func,
                gpointer    data)
{
  return attach_here (g_timeout_source_new (ms), func, data);
}

guint
zt_timeout_add_seconds (guint       seconds,
                        GSourceFunc func,
                        gpointer    data)
{
  return attach_here (g_timeout_source_new_seconds (seconds), func, data);
}

guint
zt_unix_fd_add (int          fd,
                GIOCondition condition,
                gpointer     func,
                gpointer     data)
{
  return attach_here (g_unix_fd_source_new (fd, condition), (GSourceFunc) func, data);
}

void
zt_clear_source_id (guint *id)
{
  GMainContext *context = g_main_context_get_thread_default ();
  GSource *source;

  if (*id == 0)
    return;
  source = g_main_context_find_source_by_id (context ? context : g_main_context_default (), *id);
  if (source != NULL)
    g_source_destroy (source);
  *id = 0;
}

gboolean
zt_parse_listen (const char *listen,
                 char      **host,
                 guint      *port,
                 GError    **error)
{
  const char *colon;
  g_autofree char *h = NULL;
  guint64 p;

  if (listen == NULL || (colon = strrchr (listen, ':')) == NULL || colon == listen)
    goto bad;
  h = g_strndup (listen, colon - listen);
  if (h[0] == '[')
    {
      gsize n = strlen (h);
      if (n < 3 || h[n - 1] != ']')
        goto bad;
      memmove (h, h + 1, n - 2);
      h[n - 2] = '\0';
    }
  if (!g_ascii_string_to_unsigned (colon + 1, 10, 0, 65535, &p, NULL))
    goto bad;
  *host = g_steal_pointer (&h);
  *port = (guint) p;
  return TRUE;

bad:
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
               "\"%s\" is not HOST:PORT (for example 127.0.0.1:7777; port 0 picks a free one)",
               listen ? listen : "");
  return FALSE;
}

char *
zt_quote (const char *s)
{
  g_autofree char *escaped = g_strescape (s != NULL ? s : "(null)", NULL);

  if (strlen (escaped) > 100)
    return g_strdup_printf ("\"%.100s\"...", escaped);
  return g_strdup_printf ("\"%s\"", escaped);
}

gboolean
zt_unichar_is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200e || c == 0x200f || c == 0x061c;
}

gboolean
zt_text_is_plain (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (zt_unichar_is_control (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

void
zt_string_append_shown (GString    *out,
                        const char *text)
{
  const char *p = text, *end = text + strlen (text);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append (out, "\uFFFD");
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (c != '\n' && c != '\t' && zt_unichar_is_control (c))
        g_string_append (out, "\uFFFD");
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
}

char *
zt_utf8_clip (char  *text,
              glong  max_chars)
{
  char *clipped;

  if (text == NULL || g_utf8_strlen (text, -1) <= max_chars)
    return text;
  *g_utf8_offset_to_pointer (text, max_chars - 1) = '\0';
  clipped = g_strconcat (text, "…", NULL);
  g_free (text);
  return clipped;
}

char *
zt_log_shown (const char *text,
              gssize      len)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", len);
  GString *out = g_string_sized_new (strlen (valid) + 16);
  glong chars = 0;

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (++chars > ZT_LOG_MESSAGE_MAX)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == '\n')
        g_string_append (out, "\n    ");   /* a continuation, never a line of its own */
      else if (c != '\t' && zt_unichar_is_control (c))
        g_string_append (out, "\uFFFD");
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

/* Every message goes out through zt_log_shown (), then GLib's own writer (journal or
 * standard error, G_MESSAGES_DEBUG, fatal levels): messages quote servers, peers and clients
 * (a server's stderr, a tool's name, an upstream's error), and what they wrote must not
 * forge a line of the log, move a terminal's cursor or grow a line without bound. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  g_autofree GLogField *copy = g_memdup2 (fields, n_fields * sizeof *fields);
  g_autofree char *shown = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (copy[i].key, "MESSAGE") == 0 && copy[i].value != NULL)
      {
        shown = zt_log_shown (copy[i].value, copy[i].length);
        copy[i].value = shown;
        copy[i].length = -1;
        break;
      }
  return g_log_writer_default (level, copy, n_fields, user_data);
}

void
zt_log_install (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      g_log_set_writer_func (log_writer, NULL, NULL);
      g_once_init_leave (&once, 1);
    }
}

static guint64 fd_limit_original;

guint64
zt_fd_limit_original (void)
{
  return fd_limit_original;
}

void
zt_raise_fd_limit (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      struct rlimit rl;

      if (getrlimit (RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max)
        {
          guint64 before = rl.rlim_cur;

          rl.rlim_cur = rl.rlim_max;
          if (setrlimit (RLIMIT_NOFILE, &rl) == 0)
            fd_limit_original = before;
          else
            g_debug ("cannot raise the open files limit: %s", g_strerror (errno));
        }
      g_once_init_leave (&done, 1);
    }
}

gboolean
zt_utf8_validate_len (const char  *str,
                      gsize        max_len,
                      const char **end)
{
  const guchar *p = (const guchar *) str, *stop = p + max_len;

  while (p < stop)
    {
      guchar c;
      gsize want, have;

      /* eight ASCII bytes, none of them NUL (where GLib stops) */
      while (stop - p >= 8)
        {
          guint64 v;

          memcpy (&v, p, 8);
          if ((v & G_GUINT64_CONSTANT (0x8080808080808080)) != 0 || zt_bytes_any_below (v, 1))
            break;
          p += 8;
        }
      if (p >= stop)
        break;
      c = *p;
      if (c != 0 && c < 0x80)
        {
          p++;
          continue;
        }
      /* a NUL or a character of several bytes: GLib's own check, on that character alone */
      want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      have = MIN (want, (gsize) (stop - p));
      if (!g_utf8_validate_len ((const char *) p, have, NULL) || have < want)
        {
          if (end != NULL)
            *end = (const char *) p;
          return FALSE;
        }
      p += have;
    }
  if (end != NULL)
    *end = (const char *) p;
  return TRUE;
}
