/* test-ws-stream.c: ZtWsStream over real libsoup WebSockets, mesh mTLS over it, and a relay tap */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "zt-ca.h"
#include "zt-error.h"
#include "zt-gate-stream.h"
#include "zt-ws-connect.h"
#include "zt-ws-stream.h"
#include "zt-test-util.h"

#define MESH       "m"
#define ID_A       "spiffe://m/user/a/endpoint/ea"
#define ID_B       "spiffe://m/user/a/endpoint/eb"
#define ID_X       "spiffe://m/user/a/endpoint/ex"
#define DEADLINE_S 30
#define MARKER     "ZT-MARKER-7f3a9c-the-hub-must-not-see-this"
#define MIB        (1024 * 1024)

/* ---- Running the main context ---- */

/* Lets queued work (flushes, close handshakes) run without waiting for anything. */
static void
drain_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* ---- A WebSocket server with a direct endpoint and a relay ---- */

typedef struct {
  SoupServer              *server;
  SoupSession             *session;
  GUri                    *base;
  GQueue                   accepted;       /* server ends of /ws, oldest first */
  SoupWebsocketConnection *relay_waiting;  /* a /relay leg waiting for its partner */
  guint                    relay_pairs;
  GByteArray              *tapped;         /* every payload byte the relay forwarded */
  GPtrArray               *keep;           /* WebSockets to close at the end */
} Fixture;

typedef struct {
  Fixture                 *f;
  SoupWebsocketConnection *to;
} RelayLeg;

static void
relay_leg_free (gpointer  data,
                GClosure *closure)
{
  RelayLeg *leg = data;

  g_object_unref (leg->to);
  g_free (leg);
}

/* What a hub does: copy each message to the other leg, seeing every byte on the way. */
static void
relay_message (SoupWebsocketConnection *from,
               gint                     type,
               GBytes                  *message,
               gpointer                 user_data)
{
  RelayLeg *leg = user_data;
  gsize size;
  const guint8 *data = g_bytes_get_data (message, &size);

  g_byte_array_append (leg->f->tapped, data, (guint) size);
  if (soup_websocket_connection_get_state (leg->to) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_send_message (leg->to, type, message);
}

static void
relay_closing (SoupWebsocketConnection *from,
               gpointer                 user_data)
{
  RelayLeg *leg = user_data;

  /* libsoup emits "closing" before the state changes: mark both legs, or closing one would
   * close the other, which would close the first again... */
  if (g_object_get_data (G_OBJECT (from), "relay-closing") != NULL)
    return;
  g_object_set_data (G_OBJECT (from), "relay-closing", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (leg->to), "relay-closing", GINT_TO_POINTER (1));
  if (soup_websocket_connection_get_state (leg->to) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_close (leg->to, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
}

static void
relay_splice (Fixture                 *f,
              SoupWebsocketConnection *a,
              SoupWebsocketConnection *b)
{
  SoupWebsocketConnection *ends[2] = { a, b };

  for (guint i = 0; i < 2; i++)
    {
      RelayLeg *leg = g_new0 (RelayLeg, 1);
      RelayLeg *leg2 = g_new0 (RelayLeg, 1);

      leg->f = f;
      leg->to = g_object_ref (ends[1 - i]);
      leg2->f = f;
      leg2->to = g_object_ref (ends[1 - i]);
      g_signal_connect_data (ends[i], "message", G_CALLBACK (relay_message), leg, relay_leg_free, 0);
      g_signal_connect_data (ends[i], "closing", G_CALLBACK (relay_closing), leg2, relay_leg_free, 0);
    }
  f->relay_pairs++;
}

static void
on_websocket (SoupServer              *server,
              SoupServerMessage       *msg,
              const char              *path,
              SoupWebsocketConnection *ws,
              gpointer                 user_data)
{
  Fixture *f = user_data;

  g_ptr_array_add (f->keep, g_object_ref (ws));
  if (strcmp (path, "/ws") == 0)
    g_queue_push_tail (&f->accepted, g_object_ref (ws));
  else if (f->relay_waiting == NULL)
    f->relay_waiting = g_object_ref (ws);
  else
    {
      g_autoptr(SoupWebsocketConnection) first = g_steal_pointer (&f->relay_waiting);

      relay_splice (f, first, ws);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  f->server = soup_server_new (NULL, NULL);
  soup_server_add_websocket_handler (f->server, "/ws", NULL, NULL, on_websocket, f, NULL);
  soup_server_add_websocket_handler (f->server, "/relay", NULL, NULL, on_websocket, f, NULL);
  g_assert_true (soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  g_assert_nonnull (uris);
  f->base = g_uri_ref (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  f->session = soup_session_new ();
  /* Straight to 127.0.0.1, whatever proxy the environment names. */
  soup_session_set_proxy_resolver (f->session, NULL);
  g_queue_init (&f->accepted);
  f->tapped = g_byte_array_new ();
  f->keep = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < f->keep->len; i++)
    {
      SoupWebsocketConnection *ws = g_ptr_array_index (f->keep, i);

      if (soup_websocket_connection_get_state (ws) == SOUP_WEBSOCKET_STATE_OPEN)
        soup_websocket_connection_close (ws, SOUP_WEBSOCKET_CLOSE_GOING_AWAY, NULL);
    }
  /* Until every close handshake is over: the server lets go of its sockets only then. */
  for (guint i = 0; i < f->keep->len; i++)
    RUN_UNTIL (soup_websocket_connection_get_state (g_ptr_array_index (f->keep, i)) == SOUP_WEBSOCKET_STATE_CLOSED);
  drain_context ();
  g_queue_clear_full (&f->accepted, g_object_unref);
  g_clear_object (&f->relay_waiting);
  g_ptr_array_unref (f->keep);
  g_byte_array_unref (f->tapped);
  soup_server_disconnect (f->server);
  g_object_unref (f->server);
  g_object_unref (f->session);
  g_uri_unref (f->base);
}

typedef struct {
  gboolean                 done;
  SoupWebsocketConnection *ws;
  GError                  *error;
} Connect;

static void
on_connected (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Connect *c = user_data;

  c->ws = soup_session_websocket_connect_finish (SOUP_SESSION (source), result, &c->error);
  c->done = TRUE;
}

static SoupWebsocketConnection *
connect_ws (Fixture    *f,
            const char *path)
{
  g_autoptr(GUri) uri = g_uri_parse_relative (f->base, path, SOUP_HTTP_URI_FLAGS, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new_from_uri ("GET", uri);
  Connect c = { 0 };

  soup_session_websocket_connect_async (f->session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL, on_connected, &c);
  RUN_UNTIL (c.done);
  g_assert_no_error (c.error);
  /* The fixture owns it (and closes it at the end); callers borrow. */
  g_ptr_array_add (f->keep, c.ws);
  return c.ws;
}

/* A client WebSocket and the server's end of it. */
static void
connect_direct (Fixture                  *f,
                SoupWebsocketConnection **client,
                SoupWebsocketConnection **server)
{
  *client = connect_ws (f, "/ws");
  RUN_UNTIL (!g_queue_is_empty (&f->accepted));
  /* Borrowed too: on_websocket() put a reference in f->keep. */
  *server = g_queue_pop_head (&f->accepted);
  g_object_unref (*server);
}

/* Two client WebSockets that the relay splices together. */
static void
connect_relayed (Fixture                  *f,
                 SoupWebsocketConnection **a,
                 SoupWebsocketConnection **b)
{
  guint pairs = f->relay_pairs;

  *a = connect_ws (f, "/relay");
  *b = connect_ws (f, "/relay");
  RUN_UNTIL (f->relay_pairs == pairs + 1);
}

/* ---- Stream helpers ---- */

static void
write_all (GIOStream  *stream,
           const void *data,
           gsize       len)
{
  g_autoptr(GError) error = NULL;
  gsize n = 0;

  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (stream), data, len, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, len);
}

/* Blocking, in the thread that made the stream: ZtWsStream runs the context meanwhile. */
static guint8 *
read_exactly (GIOStream *stream,
              gsize      len)
{
  g_autoptr(GError) error = NULL;
  guint8 *buf = g_malloc (len + 1);
  gsize n = 0;

  g_assert_true (g_input_stream_read_all (g_io_stream_get_input_stream (stream), buf, len, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, len);
  buf[len] = 0;
  return buf;
}

static guint8 *
pattern_new (gsize len,
             guint seed)
{
  guint8 *buf = g_malloc (len);

  for (gsize i = 0; i < len; i++)
    buf[i] = (guint8) ((i * 31 + seed + i / 251) & 0xff);
  return buf;
}

static gboolean
bytes_contain (const GByteArray *haystack,
               const char       *needle)
{
  gsize len = strlen (needle);

  for (gsize i = 0; i + len <= haystack->len; i++)
    if (memcmp (haystack->data + i, needle, len) == 0)
      return TRUE;
  return FALSE;
}

typedef struct {
  guint count;
  gsize largest;
  gsize total;
} MessageCount;

static void
count_message (SoupWebsocketConnection *ws,
               gint                     type,
               GBytes                  *message,
               gpointer                 user_data)
{
  MessageCount *mc = user_data;
  gsize size = g_bytes_get_size (message);

  mc->count++;
  mc->total += size;
  mc->largest = MAX (mc->largest, size);
}

static gboolean
set_flag (GObject  *stream,
          gpointer  user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* ---- (a) plain bytes ---- */

static void
test_plain (Fixture       *f,
            gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSource) source = NULL;
  g_autofree guint8 *got = NULL;
  GPollableInputStream *s_in;
  gboolean fired = FALSE;
  char buf[16];
  gssize n;

  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);
  g_assert_true (zt_ws_stream_get_websocket (c) == cws);
  s_in = G_POLLABLE_INPUT_STREAM (g_io_stream_get_input_stream (G_IO_STREAM (s)));
  g_assert_true (g_pollable_input_stream_can_poll (s_in));
  g_assert_true (g_pollable_output_stream_can_poll (
                   G_POLLABLE_OUTPUT_STREAM (g_io_stream_get_output_stream (G_IO_STREAM (c)))));

  /* Nothing yet: not readable, and a non-blocking read would block. */
  g_assert_false (g_pollable_input_stream_is_readable (s_in));
  n = g_pollable_input_stream_read_nonblocking (s_in, buf, sizeof buf, NULL, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
  g_clear_error (&error);

  /* The pollable source wakes when a message arrives. */
  source = g_pollable_input_stream_create_source (s_in, NULL);
  g_source_set_callback (source, (GSourceFunc) (void (*) (void)) set_flag, &fired, NULL);
  g_source_attach (source, NULL);
  write_all (G_IO_STREAM (c), "hello", 5);
  RUN_UNTIL (fired);
  g_assert_true (g_pollable_input_stream_is_readable (s_in));
  /* Partial reads are fine. */
  n = g_pollable_input_stream_read_nonblocking (s_in, buf, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 3);
  g_assert_cmpmem (buf, 3, "hel", 3);
  n = g_pollable_input_stream_read_nonblocking (s_in, buf, sizeof buf, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (buf, n, "lo", 2);
  g_assert_false (g_pollable_input_stream_is_readable (s_in));

  /* The other way, with a blocking read. */
  write_all (G_IO_STREAM (s), "world", 5);
  got = read_exactly (G_IO_STREAM (c), 5);
  g_assert_cmpstr ((char *) got, ==, "world");
}

static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *sent = pattern_new (MIB, 7);
  g_autofree guint8 *got = NULL;
  MessageCount mc = { 0 };
  GOutputStream *c_out;
  gssize n;

  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);
  g_signal_connect (sws, "message", G_CALLBACK (count_message), &mc);

  /* One write is one message: a longer one is cut short at the cap. */
  c_out = g_io_stream_get_output_stream (G_IO_STREAM (c));
  n = g_output_stream_write (c_out, sent, MIB, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, ZT_WS_STREAM_MAX_MESSAGE);
  write_all (G_IO_STREAM (c), sent + n, MIB - n);

  got = read_exactly (G_IO_STREAM (s), MIB);
  g_assert_cmpmem (got, MIB, sent, MIB);
  g_assert_cmpuint (mc.total, ==, MIB);
  g_assert_cmpuint (mc.count, ==, MIB / ZT_WS_STREAM_MAX_MESSAGE);
  g_assert_cmpuint (mc.largest, ==, ZT_WS_STREAM_MAX_MESSAGE);
  g_signal_handlers_disconnect_by_data (sws, &mc);
}

typedef struct {
  gboolean done;
  GBytes  *bytes;
  GError  *error;
} AsyncRead;

static void
on_read_bytes (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncRead *r = user_data;

  r->bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &r->error);
  r->done = TRUE;
}

static void
test_eof (Fixture       *f,
          gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *got = NULL;
  GInputStream *s_in;
  AsyncRead r = { 0 };
  char buf[8];
  gssize n;

  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);
  s_in = g_io_stream_get_input_stream (G_IO_STREAM (s));

  /* An async read (through the pollable interface) waits for the data. */
  g_input_stream_read_bytes_async (s_in, 64, G_PRIORITY_DEFAULT, NULL, on_read_bytes, &r);
  write_all (G_IO_STREAM (c), "tail", 4);
  RUN_UNTIL (r.done);
  g_assert_no_error (r.error);
  g_assert_cmpmem (g_bytes_get_data (r.bytes, NULL), g_bytes_get_size (r.bytes), "tail", 4);
  g_bytes_unref (r.bytes);

  /* What was sent before the close is read before the end. */
  write_all (G_IO_STREAM (c), "last", 4);
  g_assert_true (g_io_stream_close (G_IO_STREAM (c), NULL, &error));
  g_assert_no_error (error);
  got = read_exactly (G_IO_STREAM (s), 4);
  g_assert_cmpstr ((char *) got, ==, "last");
  n = g_input_stream_read (s_in, buf, sizeof buf, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 0);

  /* A normal closure; writing to a closed WebSocket fails. */
  RUN_UNTIL (soup_websocket_connection_get_state (sws) == SOUP_WEBSOCKET_STATE_CLOSED);
  g_assert_cmpuint (soup_websocket_connection_get_close_code (sws), ==, SOUP_WEBSOCKET_CLOSE_NORMAL);
  n = g_output_stream_write (g_io_stream_get_output_stream (G_IO_STREAM (s)), "x", 1, NULL, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE);
  g_clear_error (&error);
  /* And the closed stream's own halves refuse. */
  n = g_output_stream_write (g_io_stream_get_output_stream (G_IO_STREAM (c)), "x", 1, NULL, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

/* Dropping the last reference closes the WebSocket too (GIOStream closes on dispose). */
static void
test_unref_closes (Fixture       *f,
                   gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  ZtWsStream *c;

  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  g_object_unref (c);
  RUN_UNTIL (soup_websocket_connection_get_state (sws) == SOUP_WEBSOCKET_STATE_CLOSED);
  g_assert_cmpuint (soup_websocket_connection_get_close_code (sws), ==, SOUP_WEBSOCKET_CLOSE_NORMAL);
}

/* Other threads: a blocking read waits on the channel (as glib-networking's handshake
 * thread does), a write is handed over to the main context, a cancel ends a read. */
typedef struct {
  GInputStream  *in;
  GOutputStream *out;
  GCancellable  *cancellable;
  guint8        *buf;
  gsize          len;
  gsize          n;
  GError        *error;
  gint           done;
} ThreadIo;

static gpointer
reader_thread (gpointer data)
{
  ThreadIo *t = data;

  g_input_stream_read_all (t->in, t->buf, t->len, &t->n, t->cancellable, &t->error);
  g_atomic_int_set (&t->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static gpointer
writer_thread (gpointer data)
{
  ThreadIo *t = data;

  g_output_stream_write_all (t->out, t->buf, t->len, &t->n, NULL, &t->error);
  g_atomic_int_set (&t->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree guint8 *sent = pattern_new (300 * 1024, 3);
  g_autofree guint8 *got = NULL;
  ThreadIo r = { 0 };
  ThreadIo w = { 0 };
  ThreadIo cancelled = { 0 };
  char small[4];
  GThread *thread;

  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  r.in = g_io_stream_get_input_stream (G_IO_STREAM (s));
  r.len = 300 * 1024;
  r.buf = g_malloc (r.len);
  thread = g_thread_new ("reader", reader_thread, &r);
  write_all (G_IO_STREAM (c), sent, r.len);
  RUN_UNTIL (g_atomic_int_get (&r.done));
  g_thread_join (thread);
  g_assert_no_error (r.error);
  g_assert_cmpmem (r.buf, r.n, sent, r.len);
  g_free (r.buf);

  w.out = g_io_stream_get_output_stream (G_IO_STREAM (s));
  w.buf = sent;
  w.len = 300 * 1024;
  thread = g_thread_new ("writer", writer_thread, &w);
  got = read_exactly (G_IO_STREAM (c), w.len);
  RUN_UNTIL (g_atomic_int_get (&w.done));
  g_thread_join (thread);
  g_assert_no_error (w.error);
  g_assert_cmpmem (got, w.len, sent, w.len);

  cancelled.in = g_io_stream_get_input_stream (G_IO_STREAM (c));
  cancelled.buf = (guint8 *) small;
  cancelled.len = sizeof small;
  cancelled.cancellable = cancellable;
  thread = g_thread_new ("cancelled", reader_thread, &cancelled);
  g_usleep (50 * 1000);
  g_cancellable_cancel (cancellable);
  RUN_UNTIL (g_atomic_int_get (&cancelled.done));
  g_thread_join (thread);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&cancelled.error);
}

/* Writes queued by another thread go out joined (a TLS flight is one message, not one per
 * record), in order, never beyond ZT_WS_STREAM_MAX_MESSAGE, and a close goes after them. */
typedef struct {
  GByteArray *got;
  guint       messages;
  gsize       largest;
} Counted;

static void
count_joined (SoupWebsocketConnection *ws,
              gint                     type,
              GBytes                  *message,
              gpointer                 user_data)
{
  Counted *c = user_data;
  gsize size;
  const guint8 *data = g_bytes_get_data (message, &size);

  g_byte_array_append (c->got, data, (guint) size);
  c->messages++;
  c->largest = MAX (c->largest, size);
}

typedef struct {
  GIOStream *stream;
  guint8    *data;
  gsize      chunk;
  guint      chunks;
  gboolean   close;
  gint       done;
} ChunkWriter;

static gpointer
chunk_writer_thread (gpointer data)
{
  ChunkWriter *w = data;
  GOutputStream *out = g_io_stream_get_output_stream (w->stream);

  for (guint i = 0; i < w->chunks; i++)
    g_assert_true (g_output_stream_write_all (out, w->data + i * w->chunk, w->chunk, NULL, NULL, NULL));
  if (w->close)
    g_assert_true (g_io_stream_close (w->stream, NULL, NULL));
  g_atomic_int_set (&w->done, 1);
  return NULL;
}

static void
test_threads_joined (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { gsize chunk; guint chunks; guint most; gboolean close; } cases[] = {
    { 37, 200, 1, FALSE },            /* a handshake's records: one message */
    { 60 * 1024, 5, 5, FALSE },       /* two would pass the bound: one each */
    { 1000, 150, 3, TRUE },           /* 150 000 bytes: 64 KiB at most, then the close */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SoupWebsocketConnection *cws, *sws;
      g_autoptr(ZtWsStream) s = NULL;
      g_autofree guint8 *sent = pattern_new (cases[i].chunk * cases[i].chunks, i + 5);
      Counted c = { g_byte_array_new (), 0, 0 };
      ChunkWriter w = { NULL, sent, cases[i].chunk, cases[i].chunks, cases[i].close, 0 };
      GThread *thread;

      connect_direct (f, &cws, &sws);
      s = zt_ws_stream_new (sws);
      g_signal_connect (cws, "message", G_CALLBACK (count_joined), &c);
      w.stream = G_IO_STREAM (s);
      /* the context does not run until every write is queued */
      thread = g_thread_new ("chunks", chunk_writer_thread, &w);
      while (!g_atomic_int_get (&w.done))
        g_usleep (1000);
      g_thread_join (thread);
      RUN_UNTIL (c.got->len == cases[i].chunk * cases[i].chunks &&
                 (!cases[i].close || soup_websocket_connection_get_state (cws) == SOUP_WEBSOCKET_STATE_CLOSED));
      g_assert_cmpmem (c.got->data, c.got->len, sent, cases[i].chunk * cases[i].chunks);
      g_assert_cmpuint (c.messages, <=, cases[i].most);
      g_assert_cmpuint (c.largest, <=, ZT_WS_STREAM_MAX_MESSAGE);
      g_signal_handlers_disconnect_by_data (cws, &c);
      g_byte_array_unref (c.got);
    }
}

/* A text message breaks the protocol: 1003, and the reader fails. */
static void
test_text_refused (Fixture       *f,
                   gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(GError) error = NULL;
  char buf[8];
  gssize n;

  connect_direct (f, &cws, &sws);
  s = zt_ws_stream_new (sws);
  soup_websocket_connection_send_text (cws, "hi");
  RUN_UNTIL (soup_websocket_connection_get_state (cws) == SOUP_WEBSOCKET_STATE_CLOSED);
  g_assert_cmpuint (soup_websocket_connection_get_close_code (cws), ==, SOUP_WEBSOCKET_CLOSE_UNSUPPORTED_DATA);
  n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (s)), buf, sizeof buf, NULL, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* A peer more than ZT_WS_STREAM_MAX_QUEUED ahead of the reader: 1009. */
static void
test_queue_cap (Fixture       *f,
                gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *chunk = pattern_new (ZT_WS_STREAM_MAX_MESSAGE, 1);
  MessageCount mc = { 0 };
  char buf[8];
  gssize n;

  connect_direct (f, &cws, &sws);
  s = zt_ws_stream_new (sws);
  g_signal_connect (sws, "message", G_CALLBACK (count_message), &mc);
  /* Exactly the cap, unread, is still fine. */
  for (guint i = 0; i < ZT_WS_STREAM_MAX_QUEUED / ZT_WS_STREAM_MAX_MESSAGE; i++)
    soup_websocket_connection_send_binary (cws, chunk, ZT_WS_STREAM_MAX_MESSAGE);
  RUN_UNTIL (mc.total == ZT_WS_STREAM_MAX_QUEUED);
  g_assert_cmpint (soup_websocket_connection_get_state (sws), ==, SOUP_WEBSOCKET_STATE_OPEN);
  /* One byte more is not. */
  soup_websocket_connection_send_binary (cws, chunk, 1);
  RUN_UNTIL (soup_websocket_connection_get_state (cws) == SOUP_WEBSOCKET_STATE_CLOSED);
  g_assert_cmpuint (soup_websocket_connection_get_close_code (cws), ==, SOUP_WEBSOCKET_CLOSE_TOO_BIG);
  n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (s)), buf, sizeof buf, NULL, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_signal_handlers_disconnect_by_data (sws, &mc);
}

/* ---- Receiving through a gate (zt_ws_connect_async) ---- */

typedef struct {
  gboolean                 done;
  SoupWebsocketConnection *ws;
  GError                  *error;
} GateConnect;

static void
on_gate_connected (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GateConnect *c = user_data;

  c->ws = zt_ws_connect_finish (result, &c->error);
  c->done = TRUE;
}

/* A peer sends 8 MiB that the reader does not read: the WebSocket stops reading once
 * ZT_WS_STREAM_GATE_SHUT bytes wait (what the peer sent stays in its queue and TCP), then
 * the reader takes everything, in order, and the gate is open again. */
static void
test_gate (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *url = g_strdup_printf ("ws://127.0.0.1:%d/ws", g_uri_get_port (f->base));
  g_autofree guint8 *all = pattern_new (8 * MIB, 5);
  g_autofree guint8 *got = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  SoupWebsocketConnection *sws;
  GateConnect c = { 0 };
  MessageCount mc = { 0 };
  ZtGateStream *gate;
  gint64 quiet_until;
  gsize seen = 0;

  zt_ws_connect_async (url, NULL, NULL, NULL, NULL, NULL, on_gate_connected, &c);
  RUN_UNTIL (c.done);
  g_assert_no_error (c.error);
  g_ptr_array_add (f->keep, c.ws);
  RUN_UNTIL (!g_queue_is_empty (&f->accepted));
  sws = g_queue_pop_head (&f->accepted);
  g_object_unref (sws);  /* f->keep holds it */
  g_assert_true (ZT_IS_GATE_STREAM (soup_websocket_connection_get_io_stream (c.ws)));
  gate = ZT_GATE_STREAM (soup_websocket_connection_get_io_stream (c.ws));
  s = zt_ws_stream_new (c.ws);
  g_signal_connect (c.ws, "message", G_CALLBACK (count_message), &mc);
  for (gsize off = 0; off < 8 * MIB; off += ZT_WS_STREAM_MAX_MESSAGE)
    soup_websocket_connection_send_binary (sws, all + off, ZT_WS_STREAM_MAX_MESSAGE);
  /* until nothing more arrives for 300 ms */
  quiet_until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < quiet_until)
    {
      g_main_context_iteration (NULL, FALSE);
      if (mc.total != seen)
        {
          seen = mc.total;
          quiet_until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;
        }
      g_usleep (1000);
    }
  g_test_message ("received while the reader read nothing: %" G_GSIZE_FORMAT " bytes", mc.total);
  g_assert_false (zt_gate_stream_is_open (gate));
  g_assert_cmpuint (mc.total, >=, ZT_WS_STREAM_GATE_SHUT);
  g_assert_cmpuint (mc.total, <, ZT_WS_STREAM_GATE_SHUT + 2 * ZT_WS_STREAM_MAX_MESSAGE);
  got = read_exactly (G_IO_STREAM (s), 8 * MIB);
  g_assert_true (memcmp (got, all, 8 * MIB) == 0);
  g_assert_cmpuint (mc.total, ==, 8 * MIB);
  drain_context ();
  g_assert_true (zt_gate_stream_is_open (gate));
  g_signal_handlers_disconnect_by_data (c.ws, &mc);
}

/* The server's answer to the upgrade, as zt_ws_connect_async () checks it (RFC 6455's own
 * example key and accept). */
static void
test_connect_answer (void)
{
  static const char key[] = "dGhlIHNhbXBsZSBub25jZQ==";
  static const struct {
    const char *head;
    gboolean    ok;
    const char *error;
  } cases[] = {
    { "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n", TRUE, NULL },
    { "HTTP/1.1 101 Switching Protocols\r\nupgrade: WebSocket\r\nConnection: keep-alive, upgrade\r\n"
      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nDate: Sun, 06 Dec 2026 16:00:00 GMT\r\n\r\n", TRUE, NULL },
    /* the accept of another key: an answer replayed, or no WebSocket server's */
    { "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n", FALSE, "not a valid one" },
    { "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n", FALSE, "not a valid one" },
    { "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n", FALSE, "not a valid one" },
    /* an extension or a subprotocol that was not offered */
    { "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
      FALSE, "not a valid one" },
    { "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: chat\r\n\r\n", FALSE, "not a valid one" },
    { "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n", FALSE, "refused a WebSocket upgrade: 403 Forbidden" },
    { "HTTP/1.1 200 OK\r\n\r\n", FALSE, "refused a WebSocket upgrade: 200" },
    { "SSH-2.0-OpenSSH_9.2\r\n\r\n", FALSE, "not HTTP" },
    { "\r\n\r\n", FALSE, "not HTTP" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = _zt_ws_connect_check_answer (cases[i].head, strlen (cases[i].head), key, &error);

      g_test_message ("case %u", i);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        g_assert_nonnull (strstr (error->message, cases[i].error));
    }
}

/* A WebSocket peer that completes the handshake and then reads nothing (a member that hung,
 * or a hub holding back for one). */
typedef struct {
  GSocket *listener;
  GSocket *conn;
} Deaf;

static gpointer
deaf_serve (gpointer data)
{
  Deaf *d = data;
  GSocket *s = g_socket_accept (d->listener, NULL, NULL);
  g_autoptr(GString) req = g_string_new (NULL);
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize digest_len = sizeof digest;
  g_autofree char *accept = NULL, *answer = NULL, *key = NULL;
  const char *k, *end;
  char buf[1024];

  g_assert_nonnull (s);
  while (strstr (req->str, "\r\n\r\n") == NULL)
    {
      gssize n = g_socket_receive (s, buf, sizeof buf, NULL, NULL);

      g_assert_cmpint (n, >, 0);
      g_string_append_len (req, buf, n);
    }
  k = strstr (req->str, "Sec-WebSocket-Key: ");
  g_assert_nonnull (k);
  k += strlen ("Sec-WebSocket-Key: ");
  end = strstr (k, "\r\n");
  key = g_strndup (k, end - k);
  g_checksum_update (sha1, (const guchar *) key, -1);
  g_checksum_update (sha1, (const guchar *) "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", -1);
  g_checksum_get_digest (sha1, digest, &digest_len);
  accept = g_base64_encode (digest, digest_len);
  answer = g_strdup_printf ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: %s\r\n\r\n", accept);
  g_socket_send (s, answer, strlen (answer), NULL, NULL);
  d->conn = s;
  return NULL;
}

/* Writes to a peer that reads nothing stop: libsoup is handed only what the socket has room
 * for, and past ZT_WS_STREAM_MAX_OUT the stream's output is not writable (non-blocking writes
 * would block), instead of libsoup queueing all that is written. */
static void
test_flow_control (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (lo, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(ZtWsStream) c = NULL;
  g_autofree guint8 *chunk = pattern_new (ZT_WS_STREAM_MAX_MESSAGE, 3);
  g_autofree char *text = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  GPollableOutputStream *out;
  Deaf d = { 0 };
  GThread *thread;
  Connect conn = { 0 };
  gsize accepted = 0, last = G_MAXSIZE;
  gint64 quiet_since = g_get_monotonic_time (), deadline = quiet_since + 20 * G_USEC_PER_SEC;

  d.listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_assert_true (g_socket_bind (d.listener, any, TRUE, NULL));
  g_assert_true (g_socket_listen (d.listener, NULL));
  bound = g_socket_get_local_address (d.listener, NULL);
  thread = g_thread_new ("deaf", deaf_serve, &d);
  text = g_strdup_printf ("ws://127.0.0.1:%u/ws", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  uri = g_uri_parse (text, SOUP_HTTP_URI_FLAGS, NULL);
  msg = soup_message_new_from_uri ("GET", uri);
  soup_session_websocket_connect_async (f->session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL, on_connected, &conn);
  RUN_UNTIL (conn.done);
  g_assert_no_error (conn.error);
  g_ptr_array_add (f->keep, conn.ws);
  g_thread_join (thread);

  c = zt_ws_stream_new (conn.ws);
  out = G_POLLABLE_OUTPUT_STREAM (g_io_stream_get_output_stream (G_IO_STREAM (c)));
  /* write while it is writable, let libsoup write, until nothing more is taken for 500 ms */
  while (g_get_monotonic_time () - quiet_since < 500 * 1000 && g_get_monotonic_time () < deadline &&
         accepted < 256 * MIB)
    {
      g_autoptr(GError) error = NULL;
      gssize n = g_pollable_output_stream_write_nonblocking (out, chunk, ZT_WS_STREAM_MAX_MESSAGE, NULL, &error);

      if (n > 0)
        accepted += (gsize) n;
      else
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
      if (accepted != last)
        {
          last = accepted;
          quiet_since = g_get_monotonic_time ();
        }
    }
  g_test_message ("a peer that reads nothing took %zu KiB before writes would block", accepted / 1024);
  g_assert_false (g_pollable_output_stream_is_writable (out));
  /* the socket buffers on both sides, ZT_WS_STREAM_MAX_OUT and one handing-over at most */
  g_assert_cmpuint (accepted, <, 32 * MIB);

  /* the peer goes away: the stream ends, writes fail */
  g_socket_close (d.conn, NULL);
  g_object_unref (d.conn);
  RUN_UNTIL (soup_websocket_connection_get_state (conn.ws) == SOUP_WEBSOCKET_STATE_CLOSED);
  g_object_unref (d.listener);
}

/* ---- (b) and (c): mesh mTLS over the stream ---- */

typedef struct {
  char *ca_key;
  char *ca_cert;
  char *key_a;
  char *cert_a;
  char *key_b;
  char *cert_b;
} Mesh;

static void
mesh_free (Mesh *m)
{
  g_free (m->ca_key);
  g_free (m->ca_cert);
  g_free (m->key_a);
  g_free (m->cert_a);
  g_free (m->key_b);
  g_free (m->cert_b);
  g_free (m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mesh, mesh_free)

static void
issue (const Mesh  *m,
       const char  *uri,
       char       **key,
       char       **cert)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *endpoint = NULL;
  g_autofree char *csr = NULL;

  g_assert_true (zt_spiffe_id_parse (uri, NULL, NULL, &endpoint, &error));
  *key = zt_ca_generate_key_pem (&error);
  g_assert_no_error (error);
  csr = zt_ca_create_csr_pem (*key, endpoint, &error);
  g_assert_no_error (error);
  *cert = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, csr, uri, 3600, &error);
  g_assert_no_error (error);
}

/* A CA for mesh "m" and agents ea and eb. Two calls make two meshes of the same name that
 * do not trust each other. */
static Mesh *
mesh_new (void)
{
  g_autoptr(GError) error = NULL;
  Mesh *m = g_new0 (Mesh, 1);

  m->ca_key = zt_ca_generate_key_pem (&error);
  g_assert_no_error (error);
  m->ca_cert = zt_ca_create_ca_pem (m->ca_key, MESH, 10, &error);
  g_assert_no_error (error);
  issue (m, ID_A, &m->key_a, &m->cert_a);
  issue (m, ID_B, &m->key_b, &m->cert_b);
  return m;
}

static GTlsCertificate *
tls_cert (const char *cert,
          const char *key)
{
  g_autoptr(GError) error = NULL;
  GTlsCertificate *c = zt_ca_tls_certificate_new (cert, key, &error);

  g_assert_no_error (error);
  return c;
}

typedef struct {
  GTlsConnection *client;
  GTlsConnection *server;
  gboolean        client_done;
  gboolean        server_done;
  GError         *client_error;
  GError         *server_error;
} TlsPair;

static void
tls_pair_clear (TlsPair *p)
{
  if (p->client != NULL)
    g_io_stream_close (G_IO_STREAM (p->client), NULL, NULL);
  if (p->server != NULL)
    g_io_stream_close (G_IO_STREAM (p->server), NULL, NULL);
  g_clear_object (&p->client);
  g_clear_object (&p->server);
  g_clear_error (&p->client_error);
  g_clear_error (&p->server_error);
  drain_context ();
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TlsPair, tls_pair_clear)

static void
on_client_handshake (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TlsPair *p = user_data;

  zt_tls_handshake_finish (G_TLS_CONNECTION (source), result, &p->client_error);
  p->client_done = TRUE;
}

static void
on_server_handshake (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TlsPair *p = user_data;

  zt_tls_handshake_finish (G_TLS_CONNECTION (source), result, &p->server_error);
  p->server_done = TRUE;
}

/* Both handshakes to their end. A side that gave up is closed, as a caller must: its
 * peer may never be told otherwise (a client refusing the server sends no alert). */
static void
tls_pair_run (TlsPair *p)
{
  zt_tls_handshake_async (p->server, 20000, NULL, on_server_handshake, p);
  zt_tls_handshake_async (p->client, 20000, NULL, on_client_handshake, p);
  RUN_UNTIL (p->client_done && p->server_done);
}

static void
tls_pair_run_closing (TlsPair *p)
{
  zt_tls_handshake_async (p->server, 20000, NULL, on_server_handshake, p);
  zt_tls_handshake_async (p->client, 20000, NULL, on_client_handshake, p);
  RUN_UNTIL (p->client_done || p->server_done);
  if (p->client_done && p->client_error != NULL && !p->server_done)
    g_io_stream_close (G_IO_STREAM (p->client), NULL, NULL);
  if (p->server_done && p->server_error != NULL && !p->client_done)
    g_io_stream_close (G_IO_STREAM (p->server), NULL, NULL);
  RUN_UNTIL (p->client_done && p->server_done);
}

static void
tls_pair_new (TlsPair         *p,
              ZtWsStream      *client_stream,
              GTlsCertificate *client_cert,
              const char      *client_ca,
              const char      *expected,
              ZtWsStream      *server_stream,
              GTlsCertificate *server_cert,
              const char      *server_ca)
{
  g_autoptr(GError) error = NULL;

  p->client = zt_tls_over_ws_client_new (client_stream, client_cert, client_ca, expected, &error);
  g_assert_no_error (error);
  p->server = zt_tls_over_ws_server_new (server_stream, server_cert, server_ca, &error);
  g_assert_no_error (error);
}

static gboolean
have_tls (void)
{
  if (g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    return TRUE;
  g_test_skip ("no TLS backend (glib-networking) available");
  return FALSE;
}

/* After the server refused the client: whatever the client's handshake said, no data ever
 * reaches it, and its first read fails. */
static void
assert_client_cut_off (TlsPair *p)
{
  g_autoptr(GError) error = NULL;
  char buf[16];
  gssize n;

  if (p->client_error != NULL)
    {
      g_test_message ("client handshake failed: %s", p->client_error->message);
      return;
    }
  g_io_stream_close (G_IO_STREAM (p->server), NULL, NULL);
  n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (p->client)), buf, sizeof buf, NULL, &error);
  g_test_message ("client handshake passed, then read gave %" G_GSSIZE_FORMAT ": %s", n,
                  error != NULL ? error->message : "end of stream");
  g_assert_cmpint (n, ==, -1);
  g_assert_nonnull (error);
}

static void
test_tls (Fixture       *f,
          gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *client_sees = NULL;
  g_autofree char *server_sees = NULL;
  g_autofree guint8 *got = NULL;
  g_autofree guint8 *big = pattern_new (256 * 1024, 11);
  g_autoptr(GByteArray) received = g_byte_array_new ();
  char buf[8];
  gssize n;

  if (!have_tls ())
    return;
  m = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  cert_b = tls_cert (m->cert_b, m->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  tls_pair_new (&p, c, cert_a, m->ca_cert, ID_B, s, cert_b, m->ca_cert);
  tls_pair_run (&p);
  g_assert_no_error (p.client_error);
  g_assert_no_error (p.server_error);
  g_assert_cmpint (g_tls_connection_get_protocol_version (p.client), ==, G_TLS_PROTOCOL_VERSION_TLS_1_3);
  g_assert_cmpint (g_tls_connection_get_protocol_version (p.server), ==, G_TLS_PROTOCOL_VERSION_TLS_1_3);
  client_sees = zt_tls_get_peer_spiffe_id (p.client);
  server_sees = zt_tls_get_peer_spiffe_id (p.server);
  g_assert_cmpstr (client_sees, ==, ID_B);
  g_assert_cmpstr (server_sees, ==, ID_A);

  /* Data both ways, with blocking calls. */
  write_all (G_IO_STREAM (p.client), "ping", 4);
  got = read_exactly (G_IO_STREAM (p.server), 4);
  g_assert_cmpstr ((char *) got, ==, "ping");
  g_clear_pointer (&got, g_free);
  write_all (G_IO_STREAM (p.server), "pong", 4);
  got = read_exactly (G_IO_STREAM (p.client), 4);
  g_assert_cmpstr ((char *) got, ==, "pong");

  /* More than a TLS record's worth, read asynchronously through the pollable path. */
  write_all (G_IO_STREAM (p.server), big, 256 * 1024);
  while (received->len < 256 * 1024)
    {
      AsyncRead r = { 0 };

      g_input_stream_read_bytes_async (g_io_stream_get_input_stream (G_IO_STREAM (p.client)), 64 * 1024,
                                       G_PRIORITY_DEFAULT, NULL, on_read_bytes, &r);
      RUN_UNTIL (r.done);
      g_assert_no_error (r.error);
      g_assert_cmpuint (g_bytes_get_size (r.bytes), >, 0);
      g_byte_array_append (received, g_bytes_get_data (r.bytes, NULL), (guint) g_bytes_get_size (r.bytes));
      g_bytes_unref (r.bytes);
    }
  g_assert_cmpmem (received->data, received->len, big, 256 * 1024);

  /* A clean close: close_notify, then the WebSocket closes; the server reads the end. */
  g_assert_true (g_io_stream_close (G_IO_STREAM (p.client), NULL, &error));
  g_assert_no_error (error);
  n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (p.server)), buf, sizeof buf, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 0);
  RUN_UNTIL (soup_websocket_connection_get_state (sws) == SOUP_WEBSOCKET_STATE_CLOSED);
  g_assert_cmpuint (soup_websocket_connection_get_close_code (sws), ==, SOUP_WEBSOCKET_CLOSE_NORMAL);
}

/* The server refuses a client certificate from another CA. */
static void
test_tls_foreign_client (Fixture       *f,
                         gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(Mesh) other = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };

  if (!have_tls ())
    return;
  m = mesh_new ();
  other = mesh_new ();
  cert_a = tls_cert (other->cert_a, other->key_a);
  cert_b = tls_cert (m->cert_b, m->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  tls_pair_new (&p, c, cert_a, m->ca_cert, ID_B, s, cert_b, m->ca_cert);
  tls_pair_run_closing (&p);
  g_assert_error (p.server_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  g_assert_nonnull (strstr (p.server_error->message, "not issued by this mesh's CA"));
  g_assert_null (zt_tls_get_peer_spiffe_id (p.server));
  assert_client_cut_off (&p);
}

/* The client refuses a server of the mesh that is not the one it meant to reach. */
static void
test_tls_wrong_server_identity (Fixture       *f,
                                gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };

  if (!have_tls ())
    return;
  m = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  cert_b = tls_cert (m->cert_b, m->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  tls_pair_new (&p, c, cert_a, m->ca_cert, ID_X, s, cert_b, m->ca_cert);
  tls_pair_run_closing (&p);
  g_assert_error (p.client_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  g_assert_nonnull (strstr (p.client_error->message, "not the expected"));
  /* The server only learnt of it when the client's WebSocket closed. */
  g_assert_nonnull (p.server_error);
  g_test_message ("server saw: %s", p.server_error->message);
}

/* The client refuses a server certificate from another CA. */
static void
test_tls_foreign_server (Fixture       *f,
                         gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(Mesh) other = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };

  if (!have_tls ())
    return;
  m = mesh_new ();
  other = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  cert_b = tls_cert (other->cert_b, other->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  tls_pair_new (&p, c, cert_a, m->ca_cert, ID_B, s, cert_b, m->ca_cert);
  tls_pair_run_closing (&p);
  g_assert_error (p.client_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  g_assert_nonnull (strstr (p.client_error->message, "not issued by this mesh's CA"));
  g_assert_nonnull (p.server_error);
}

/* The server requires a client certificate. */
static void
test_tls_no_client_cert (Fixture       *f,
                         gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };

  if (!have_tls ())
    return;
  m = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  cert_b = tls_cert (m->cert_b, m->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  tls_pair_new (&p, c, cert_a, m->ca_cert, ID_B, s, cert_b, m->ca_cert);
  /* zt_tls_over_ws_client_new() insists on a certificate: take it away afterwards. */
  g_object_set (p.client, "certificate", NULL, NULL);
  tls_pair_run_closing (&p);
  g_assert_nonnull (p.server_error);
  g_test_message ("server saw: %s", p.server_error->message);
  assert_client_cut_off (&p);
}

/* Turning GIO's own validation off on the client (a deprecated knob) makes GIO accept the
 * server without asking; the mesh CA must still have the last word. */
static void
test_tls_no_bypass (Fixture       *f,
                    gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(Mesh) other = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };

  if (!have_tls ())
    return;
  m = mesh_new ();
  other = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  cert_b = tls_cert (other->cert_b, other->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  tls_pair_new (&p, c, cert_a, m->ca_cert, ID_B, s, cert_b, m->ca_cert);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_tls_client_connection_set_validation_flags (G_TLS_CLIENT_CONNECTION (p.client), 0);
  G_GNUC_END_IGNORE_DEPRECATIONS
  tls_pair_run_closing (&p);
  g_assert_error (p.client_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  g_assert_nonnull (strstr (p.client_error->message, "not checked against the mesh CA"));
  g_assert_null (zt_tls_get_peer_spiffe_id (p.client));
}

/* A peer that never answers: only the handshake timeout ends the server's wait. */
static void
test_tls_handshake_timeout (Fixture       *f,
                            gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(ZtWsStream) s = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (!have_tls ())
    return;
  m = mesh_new ();
  cert_b = tls_cert (m->cert_b, m->key_b);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);
  s = zt_ws_stream_new (sws);

  p.server = zt_tls_over_ws_server_new (s, cert_b, m->ca_cert, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  zt_tls_handshake_async (p.server, 300, NULL, on_server_handshake, &p);
  RUN_UNTIL (p.server_done);
  g_assert_error (p.server_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 300 * 1000);
}

static void
test_tls_bad_arguments (Fixture       *f,
                        gconstpointer  data)
{
  SoupWebsocketConnection *cws, *sws;
  g_autoptr(ZtWsStream) c = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GError) error = NULL;
  GTlsConnection *conn;

  if (!have_tls ())
    return;
  m = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  connect_direct (f, &cws, &sws);
  c = zt_ws_stream_new (cws);

  conn = zt_tls_over_ws_client_new (c, cert_a, m->ca_cert, "https://m/user/a/endpoint/eb", &error);
  g_assert_null (conn);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  conn = zt_tls_over_ws_server_new (c, cert_a, "not a certificate", &error);
  g_assert_null (conn);
  g_assert_nonnull (error);
}

/* ---- (d) the relay sees only ciphertext ---- */

static void
test_tap (Fixture       *f,
          gconstpointer  data)
{
  SoupWebsocketConnection *a_ws, *b_ws;
  g_autoptr(ZtWsStream) a = NULL;
  g_autoptr(ZtWsStream) b = NULL;
  g_autoptr(Mesh) m = NULL;
  g_autoptr(GTlsCertificate) cert_a = NULL;
  g_autoptr(GTlsCertificate) cert_b = NULL;
  g_auto(TlsPair) p = { 0 };
  g_autofree guint8 *got = NULL;
  gsize len = strlen (MARKER);

  if (!have_tls ())
    return;

  /* Without TLS the relay reads everything. */
  connect_relayed (f, &a_ws, &b_ws);
  a = zt_ws_stream_new (a_ws);
  b = zt_ws_stream_new (b_ws);
  write_all (G_IO_STREAM (a), MARKER, len);
  got = read_exactly (G_IO_STREAM (b), len);
  g_assert_cmpstr ((char *) got, ==, MARKER);
  g_assert_true (bytes_contain (f->tapped, MARKER));
  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_pointer (&got, g_free);

  /* With TLS it relays the handshake and the records, and reads nothing. */
  g_byte_array_set_size (f->tapped, 0);
  m = mesh_new ();
  cert_a = tls_cert (m->cert_a, m->key_a);
  cert_b = tls_cert (m->cert_b, m->key_b);
  connect_relayed (f, &a_ws, &b_ws);
  a = zt_ws_stream_new (a_ws);
  b = zt_ws_stream_new (b_ws);
  tls_pair_new (&p, a, cert_a, m->ca_cert, ID_B, b, cert_b, m->ca_cert);
  tls_pair_run (&p);
  g_assert_no_error (p.client_error);
  g_assert_no_error (p.server_error);
  write_all (G_IO_STREAM (p.client), MARKER, len);
  got = read_exactly (G_IO_STREAM (p.server), len);
  g_assert_cmpstr ((char *) got, ==, MARKER);
  g_clear_pointer (&got, g_free);
  write_all (G_IO_STREAM (p.server), MARKER, len);
  got = read_exactly (G_IO_STREAM (p.client), len);
  g_assert_cmpstr ((char *) got, ==, MARKER);

  g_assert_cmpuint (f->tapped->len, >, 1000);
  g_assert_false (bytes_contain (f->tapped, MARKER));
  /* Nor a name the relay might learn from the certificates' plaintext (TLS 1.3 encrypts
   * them). */
  g_assert_false (bytes_contain (f->tapped, "endpoint/ea"));
  g_assert_false (bytes_contain (f->tapped, "endpoint/eb"));
}

/* A server that sends a binary message, a text frame that is not UTF-8 (libsoup closes with
 * 1007 on its own and never emits it) and another binary message: the stream ends after the
 * first, and never hands out what came after the close (found by fuzz-ws). */
static void
test_after_protocol_error (void)
{
  static const guint8 frames[] = {
    0x82, 0x03, 'o', 'n', 'e',
    0x81, 0x03, 'x', 0xE2, '}',
    0x82, 0x03, 't', 'w', 'o',
  };
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (frames, sizeof frames, NULL);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GIOStream) io = g_simple_io_stream_new (in, out);
  g_autoptr(GUri) uri = g_uri_parse ("wss://hub.example/v1/stream", G_URI_FLAGS_NONE, NULL);
  g_autoptr(SoupWebsocketConnection) ws = soup_websocket_connection_new (io, uri, SOUP_WEBSOCKET_CONNECTION_CLIENT,
                                                                          NULL, NULL, NULL);
  g_autoptr(ZtWsStream) stream = zt_ws_stream_new (ws);
  GInputStream *reader = g_io_stream_get_input_stream (G_IO_STREAM (stream));
  g_autoptr(GByteArray) got = g_byte_array_new ();
  guint8 buf[64];
  gssize n;

  /* blocking reads in the stream's own thread run the context until data or the end */
  while ((n = g_input_stream_read (reader, buf, sizeof buf, NULL, NULL)) > 0)
    g_byte_array_append (got, buf, n);
  g_assert_cmpint (n, ==, 0);
  g_assert_cmpmem (got->data, got->len, "one", 3);
  g_assert_cmpint (soup_websocket_connection_get_state (ws), !=, SOUP_WEBSOCKET_STATE_OPEN);
  g_clear_object (&stream);
  drain_context ();
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

/* ---- zt_ws_connect_async over TLS: trust is only what the accept function says ---- */

typedef struct {
  gboolean  verdict;
  guint     calls;
  char     *peer_pem;
  guint     freed;   /* times the accept_destroy ran */
} Trust;

static void
trust_destroy (gpointer data)
{
  ((Trust *) data)->freed++;
}

static gboolean
trust_cb (GTlsCertificate      *peer,
          GTlsCertificateFlags  errors,
          gpointer              user_data)
{
  Trust *t = user_data;

  t->calls++;
  g_free (t->peer_pem);
  g_object_get (peer, "certificate-pem", &t->peer_pem, NULL);
  return t->verdict;
}

static void
on_ws_over_tls (SoupServer              *server,
                SoupServerMessage       *msg,
                const char              *path,
                SoupWebsocketConnection *ws,
                gpointer                 user_data)
{
  g_ptr_array_add (user_data, g_object_ref (ws));
}

/* A wss server whose certificate a mesh CA issued: refused when the accept function says no
 * (asked exactly once: no TLS database passes it on its own), taken when it says yes; with
 * no accept function, refused. The client presents its own certificate. The accept data is
 * the connection's to free, exactly once, and not while its TLS connection lives (the
 * handshake thread may ask after the caller has gone: the hub's leg when an agent stops);
 * a URL that is no wss:// one frees it at once. */
static void
test_connect_trust (void)
{
  g_autoptr(Mesh) m = mesh_new ();
  g_autoptr(GTlsCertificate) server_cert = tls_cert (m->cert_b, m->key_b);
  g_autoptr(GTlsCertificate) client_cert = tls_cert (m->cert_a, m->key_a);
  g_autoptr(SoupServer) server = soup_server_new ("tls-certificate", server_cert, NULL);
  g_autoptr(GPtrArray) accepted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  GSList *uris;

  soup_server_add_websocket_handler (server, "/ws", NULL, NULL, on_ws_over_tls, accepted, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("wss://127.0.0.1:%d/ws?x=1", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  for (guint round = 0; round < 3; round++)
    {
      Trust t = { round == 1, 0, NULL, 0 };
      GateConnect c = { 0 };

      zt_ws_connect_async (url, client_cert, round < 2 ? trust_cb : NULL, &t, trust_destroy, NULL,
                           on_gate_connected, &c);
      RUN_UNTIL (c.done);
      if (round == 1)
        {
          g_assert_no_error (c.error);
          g_assert_nonnull (c.ws);
          g_assert_cmpuint (t.calls, ==, 1);
          g_assert_cmpstr (t.peer_pem, ==, m->cert_b);
          g_assert_cmpuint (t.freed, ==, 0);
          RUN_UNTIL (accepted->len == 1);
          soup_websocket_connection_send_text (c.ws, "hello");
          soup_websocket_connection_close (c.ws, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
          RUN_UNTIL (soup_websocket_connection_get_state (c.ws) == SOUP_WEBSOCKET_STATE_CLOSED);
          g_object_unref (c.ws);
        }
      else
        {
          g_assert_null (c.ws);
          g_assert_nonnull (c.error);
          g_assert_cmpuint (t.calls, ==, round == 0 ? 1 : 0);
          g_clear_error (&c.error);
        }
      RUN_UNTIL (t.freed > 0);
      drain_context ();
      g_assert_cmpuint (t.freed, ==, 1);
      g_free (t.peer_pem);
    }
  {
    Trust t = { TRUE, 0, NULL, 0 };
    GateConnect c = { 0 };

    zt_ws_connect_async ("https://127.0.0.1:1/ws", client_cert, trust_cb, &t, trust_destroy, NULL,
                         on_gate_connected, &c);
    RUN_UNTIL (c.done);
    g_assert_error (c.error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
    g_clear_error (&c.error);
    g_assert_cmpuint (t.freed, ==, 1);
    g_assert_cmpuint (t.calls, ==, 0);
  }
  g_assert_cmpuint (accepted->len, ==, 1);
  soup_server_disconnect (server);
  drain_context ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/core/ws-stream/plain", test_plain);
  ADD ("/core/ws-stream/large", test_large);
  ADD ("/core/ws-stream/eof", test_eof);
  ADD ("/core/ws-stream/unref-closes", test_unref_closes);
  ADD ("/core/ws-stream/threads", test_threads);
  ADD ("/core/ws-stream/threads-joined", test_threads_joined);
  ADD ("/core/ws-stream/text-refused", test_text_refused);
  ADD ("/core/ws-stream/queue-cap", test_queue_cap);
  ADD ("/core/ws-stream/flow-control", test_flow_control);
  ADD ("/core/ws-stream/gate", test_gate);
  g_test_add_func ("/core/ws-connect/answer", test_connect_answer);
  g_test_add_func ("/core/ws-connect/trust", test_connect_trust);
  g_test_add_func ("/core/ws-stream/after-protocol-error", test_after_protocol_error);
  ADD ("/core/ws-stream/tls", test_tls);
  ADD ("/core/ws-stream/tls/foreign-client", test_tls_foreign_client);
  ADD ("/core/ws-stream/tls/wrong-server-identity", test_tls_wrong_server_identity);
  ADD ("/core/ws-stream/tls/foreign-server", test_tls_foreign_server);
  ADD ("/core/ws-stream/tls/no-client-cert", test_tls_no_client_cert);
  ADD ("/core/ws-stream/tls/no-bypass", test_tls_no_bypass);
  ADD ("/core/ws-stream/tls/handshake-timeout", test_tls_handshake_timeout);
  ADD ("/core/ws-stream/tls/bad-arguments", test_tls_bad_arguments);
  ADD ("/core/ws-stream/tap", test_tap);

  return g_test_run ();
}
