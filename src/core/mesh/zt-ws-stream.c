/* zt-ws-stream.c: a pollable GIOStream over binary WebSocket messages; mesh mTLS over it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib-unix.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <linux/sockios.h>

#include "zt-ca.h"
#include "zt-error.h"
#include "zt-gate-stream.h"
#include "zt-ws-stream.h"

/* The state both halves and the WebSocket's signal handlers share. The WebSocket itself is
 * only ever touched in @context (libsoup is not thread-safe); everything under @lock may be
 * touched from any thread, as glib-networking reads and writes from its handshake thread. */
typedef struct {
  SoupWebsocketConnection *ws;
  GMainContext            *context;
  GThread                 *home;         /* the thread that made the stream, which runs @context */

  GMutex                   lock;
  GCond                    cond;         /* broadcast whenever readers may go on */
  GQueue                   incoming;     /* GBytes, in arrival order */
  gsize                    head_offset;  /* bytes of the first one already read */
  gsize                    queued;       /* bytes received and not yet read */
  gboolean                 ws_gone;      /* closing or closed: no more messages will come */
  gboolean                 closed;       /* the GIOStream was closed */
  GError                  *failure;      /* the peer broke the protocol */
  GPtrArray               *sources;      /* ZtWsSource, weak: they remove themselves */
  GQueue                   outgoing;     /* GBytes, or CLOSE_MARK, for @context to send */
  gsize                    out_bytes;    /* their sizes */
  gboolean                 flush_queued; /* an idle flush is attached to @context */
  /* Flow control on sending (see ZT_WS_STREAM_MAX_UNSENT): the WebSocket's TCP socket, whose
   * unsent bytes the kernel counts, or -1 when it could not be found (no flow control) */
  int                      fd;
  GSource                 *retry;        /* flushes again once the socket has room; in @context */
  /* Flow control on receiving (see ZT_WS_STREAM_GATE_SHUT): the gate the WebSocket reads
   * through, when it was made over one (zt_ws_connect_async), or NULL; touched in @context */
  ZtGateStream            *gate;
  gboolean                 gate_shut;    /* what the gate should be; under @lock */
  gboolean                 gate_queued;  /* an idle sync of the gate is attached to @context */
} ZtWsChannel;

/* In the outgoing queue: close the WebSocket once everything before it has gone. */
static char close_mark;
#define CLOSE_MARK ((gpointer) &close_mark)

static void
channel_clear (gpointer data)
{
  ZtWsChannel *ch = data;
  gpointer item;

  g_queue_clear_full (&ch->incoming, (GDestroyNotify) g_bytes_unref);
  g_clear_pointer (&ch->retry, g_source_unref);  /* destroyed with its context, before it ran */
  while ((item = g_queue_pop_head (&ch->outgoing)) != NULL)
    if (item != CLOSE_MARK)
      g_bytes_unref (item);
  g_clear_error (&ch->failure);
  /* Every source holds a reference on the channel: none can be left. */
  g_ptr_array_unref (ch->sources);
  g_mutex_clear (&ch->lock);
  g_cond_clear (&ch->cond);
  g_clear_object (&ch->gate);
  g_object_unref (ch->ws);
  g_main_context_unref (ch->context);
}

static ZtWsChannel *
channel_ref (ZtWsChannel *ch)
{
  return g_atomic_rc_box_acquire (ch);
}

static void
channel_unref (ZtWsChannel *ch)
{
  g_atomic_rc_box_release_full (ch, channel_clear);
}

static void
channel_unref_closure (gpointer  data,
                       GClosure *closure)
{
  channel_unref (data);
}

static gboolean
channel_readable_locked (ZtWsChannel *ch)
{
  return ch->queued > 0 || ch->ws_gone || ch->closed || ch->failure != NULL;
}

/* References to the sources to wake, taken under the lock but woken outside it: waking
 * takes their contexts' locks, and a source being disposed takes ours (lock order). */
static GPtrArray *
channel_collect_sources_locked (ZtWsChannel *ch)
{
  GPtrArray *sources = g_ptr_array_new_full (ch->sources->len, (GDestroyNotify) g_source_unref);

  for (guint i = 0; i < ch->sources->len; i++)
    g_ptr_array_add (sources, g_source_ref (g_ptr_array_index (ch->sources, i)));
  return sources;
}

static void
wake_sources (GPtrArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    g_source_set_ready_time (g_ptr_array_index (sources, i), 0);
  g_ptr_array_unref (sources);
}

/* Readers may go on: wake blocked threads and every pollable source. Call with the lock
 * held; it is released. */
static void
channel_notify_unlock (ZtWsChannel *ch)
{
  GPtrArray *sources;

  g_cond_broadcast (&ch->cond);
  sources = channel_collect_sources_locked (ch);
  g_mutex_unlock (&ch->lock);
  wake_sources (sources);
}

/* ---- Sending: everything goes through @outgoing, in order, and out from @context ---- */

/* Runs @func on @ch at once in the stream's own thread, otherwise from an idle source in its
 * context (@callback, which clears @pending under the lock first; one at a time). Not
 * g_main_context_invoke(): in a worker thread the default context counts as the
 * thread-default one, so it could run @func right there, beside the main thread. */
static void
channel_run_home (ZtWsChannel  *ch,
                  gboolean     *pending,
                  void        (*func) (ZtWsChannel *ch),
                  GSourceFunc   callback,
                  const char   *name)
{
  g_autoptr(GSource) idle = NULL;
  gboolean attach;

  if (g_thread_self () == ch->home)
    {
      func (ch);
      return;
    }
  g_mutex_lock (&ch->lock);
  attach = !*pending;
  *pending = TRUE;
  g_mutex_unlock (&ch->lock);
  if (!attach)
    return;
  idle = g_idle_source_new ();
  g_source_set_static_name (idle, name);
  g_source_set_callback (idle, callback, channel_ref (ch), (GDestroyNotify) channel_unref);
  g_source_attach (idle, ch->context);
}

/* ---- The gate under the WebSocket: in @context only ---- */

/* Sets the gate as @gate_shut says it should be (a later call may have changed it since). */
static void
channel_gate_sync (ZtWsChannel *ch)
{
  gboolean open;

  if (ch->gate == NULL)
    return;
  g_mutex_lock (&ch->lock);
  open = !ch->gate_shut;
  ch->gate_queued = FALSE;
  g_mutex_unlock (&ch->lock);
  if (zt_gate_stream_is_open (ch->gate) != open)
    zt_gate_stream_set_open (ch->gate, open);
}

static gboolean
channel_gate_sync_cb (gpointer user_data)
{
  channel_gate_sync (user_data);
  return G_SOURCE_REMOVE;
}

/* After a read from any thread brought the queue down: the gate opens from @context. */
static void
channel_gate_kick (ZtWsChannel *ch)
{
  channel_run_home (ch, &ch->gate_queued, channel_gate_sync, channel_gate_sync_cb, "[zt] ZtWsStream gate");
}

/* libsoup emits "closing" before the state leaves OPEN, so a state check alone would let a
 * close from inside some "closing" handler start a second one: mark it gone first. */
static void
channel_close_ws (ZtWsChannel *ch,
                  gushort      code,
                  const char  *reason)
{
  gboolean gone;

  g_mutex_lock (&ch->lock);
  gone = ch->ws_gone;
  ch->ws_gone = TRUE;
  ch->gate_shut = FALSE;  /* the peer's close frame must be read */
  g_mutex_unlock (&ch->lock);
  channel_gate_sync (ch);
  if (!gone && soup_websocket_connection_get_state (ch->ws) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_close (ch->ws, code, reason);
}

/* @first and the writes queued behind it, as one message of at most ZT_WS_STREAM_MAX_MESSAGE
 * bytes. The peer reads a byte stream, so where messages end means nothing; but each one costs
 * a frame, a relay by the hub and a wake-up of the reader. A TLS handshake's flight comes as
 * one write per record from glib-networking's handshake thread (a server's first flight is
 * seven), and this sends it as one. */
static GBytes *
channel_take_more_locked (ZtWsChannel *ch,
                          GBytes      *first)
{
  gsize total = g_bytes_get_size (first);
  GByteArray *joined = NULL;
  gpointer next;

  while ((next = g_queue_peek_head (&ch->outgoing)) != NULL && next != CLOSE_MARK &&
         g_bytes_get_size (next) <= ZT_WS_STREAM_MAX_MESSAGE - total)
    {
      gsize len;
      const guint8 *data;

      if (joined == NULL)
        {
          joined = g_byte_array_sized_new (MIN (ZT_WS_STREAM_MAX_MESSAGE, 2 * total + 1024));
          data = g_bytes_get_data (first, &len);
          g_byte_array_append (joined, data, len);
          g_bytes_unref (first);
        }
      g_queue_pop_head (&ch->outgoing);
      data = g_bytes_get_data (next, &len);
      g_byte_array_append (joined, data, len);
      total += len;
      g_bytes_unref (next);
    }
  return joined != NULL ? g_byte_array_free_to_bytes (joined) : first;
}

/* Whether the socket holds as much unsent as it should: then libsoup would only queue more
 * (without bound, and without telling). */
static gboolean
channel_socket_full (ZtWsChannel *ch)
{
  int unsent = 0;

  return ch->fd >= 0 && ioctl (ch->fd, SIOCOUTQNSD, &unsent) == 0 && unsent >= ZT_WS_STREAM_MAX_UNSENT;
}

static void channel_flush (ZtWsChannel *ch);

static gboolean
channel_retry_cb (gint         fd,
                  GIOCondition condition,
                  gpointer     user_data)
{
  ZtWsChannel *ch = user_data;

  g_clear_pointer (&ch->retry, g_source_unref);  /* removed by returning; its reference goes then */
  channel_flush (ch);
  return G_SOURCE_REMOVE;
}

static void
channel_flush (ZtWsChannel *ch)
{
  gboolean drained = FALSE;

  g_assert (g_main_context_is_owner (ch->context) || g_thread_self () == ch->home);

  for (;;)
    {
      gpointer item;
      gsize before;

      g_mutex_lock (&ch->lock);
      if (g_queue_is_empty (&ch->outgoing))
        {
          g_mutex_unlock (&ch->lock);
          break;
        }
      /* once closed, what is left goes to libsoup as before: at most ZT_WS_STREAM_MAX_OUT */
      if (!ch->closed && g_queue_peek_head (&ch->outgoing) != CLOSE_MARK &&
          soup_websocket_connection_get_state (ch->ws) == SOUP_WEBSOCKET_STATE_OPEN && channel_socket_full (ch))
        {
          /* the peer (the hub, holding back for a reader that does not read) takes nothing
           * for now: look again soon, and only while it is so */
          if (ch->retry == NULL)
            {
              /* writable means under MAX_UNSENT not yet sent (TCP_NOTSENT_LOWAT, set below) */
              ch->retry = g_unix_fd_source_new (ch->fd, G_IO_OUT | G_IO_HUP | G_IO_ERR);
              g_source_set_static_name (ch->retry, "[zt] ZtWsStream room");
              g_source_set_callback (ch->retry, (GSourceFunc) (void (*) (void)) channel_retry_cb, channel_ref (ch),
                                     (GDestroyNotify) channel_unref);
              g_source_attach (ch->retry, ch->context);
            }
          g_mutex_unlock (&ch->lock);
          break;
        }
      before = ch->out_bytes;
      item = g_queue_pop_head (&ch->outgoing);
      if (item != CLOSE_MARK)
        {
          item = channel_take_more_locked (ch, item);
          ch->out_bytes -= g_bytes_get_size (item);
        }
      drained |= before >= ZT_WS_STREAM_MAX_OUT && ch->out_bytes < ZT_WS_STREAM_MAX_OUT;
      g_mutex_unlock (&ch->lock);

      /* The lock is not held here: libsoup may emit "closing" or "error" right away. */
      if (item == CLOSE_MARK)
        channel_close_ws (ch, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
      else
        {
          if (soup_websocket_connection_get_state (ch->ws) == SOUP_WEBSOCKET_STATE_OPEN)
            soup_websocket_connection_send_message (ch->ws, SOUP_WEBSOCKET_DATA_BINARY, item);
          g_bytes_unref (item);
        }
    }
  if (drained)
    {
      /* writers waiting for room (G_IO_OUT sources) may go on */
      g_mutex_lock (&ch->lock);
      channel_notify_unlock (ch);
    }
}

static gboolean
channel_flush_cb (gpointer user_data)
{
  ZtWsChannel *ch = user_data;

  g_mutex_lock (&ch->lock);
  ch->flush_queued = FALSE;
  g_mutex_unlock (&ch->lock);
  channel_flush (ch);
  return G_SOURCE_REMOVE;
}

/* Sends what is queued: at once in the stream's own thread, otherwise from its context. */
static void
channel_kick (ZtWsChannel *ch)
{
  channel_run_home (ch, &ch->flush_queued, channel_flush, channel_flush_cb, "[zt] ZtWsStream flush");
}

static gboolean
channel_writable_locked (ZtWsChannel *ch)
{
  return ch->out_bytes < ZT_WS_STREAM_MAX_OUT || ch->closed || ch->ws_gone || ch->failure != NULL;
}

/* @blocking: a blocking write (glib-networking's handshake thread) is taken whatever waits;
 * a non-blocking one waits (G_IO_ERROR_WOULD_BLOCK) while ZT_WS_STREAM_MAX_OUT bytes do. */
static gssize
channel_write (ZtWsChannel  *ch,
               const void   *buffer,
               gsize         count,
               gboolean      blocking,
               GError      **error)
{
  gsize n = MIN (count, ZT_WS_STREAM_MAX_MESSAGE);

  g_mutex_lock (&ch->lock);
  if (ch->closed)
    {
      g_mutex_unlock (&ch->lock);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, "The stream is closed");
      return -1;
    }
  if (ch->ws_gone || ch->failure != NULL)
    {
      g_mutex_unlock (&ch->lock);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE, "The WebSocket is closed");
      return -1;
    }
  if (n == 0)
    {
      g_mutex_unlock (&ch->lock);
      return 0;
    }
  if (!blocking && !channel_writable_locked (ch))
    {
      g_mutex_unlock (&ch->lock);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK, "The peer has not taken what was sent");
      return -1;
    }
  g_queue_push_tail (&ch->outgoing, g_bytes_new (buffer, n));
  ch->out_bytes += n;
  g_mutex_unlock (&ch->lock);
  channel_kick (ch);
  return (gssize) n;
}

static void
channel_close (ZtWsChannel *ch)
{
  g_mutex_lock (&ch->lock);
  if (ch->closed)
    {
      g_mutex_unlock (&ch->lock);
      return;
    }
  ch->closed = TRUE;
  /* Behind whatever is still to be sent, such as a TLS close_notify. */
  g_queue_push_tail (&ch->outgoing, CLOSE_MARK);
  channel_notify_unlock (ch);
  channel_kick (ch);
}

/* ---- Receiving ---- */

/* A protocol violation: whatever was queued is dropped, reads fail from now on. */
static void
channel_fail_locked (ZtWsChannel *ch,
                     GIOErrorEnum code,
                     const char  *message)
{
  g_queue_clear_full (&ch->incoming, (GDestroyNotify) g_bytes_unref);
  g_queue_init (&ch->incoming);
  ch->queued = 0;
  ch->head_offset = 0;
  ch->failure = g_error_new_literal (G_IO_ERROR, code, message);
}

static void
on_message (SoupWebsocketConnection *ws,
            gint                     type,
            GBytes                  *message,
            gpointer                 user_data)
{
  ZtWsChannel *ch = user_data;
  gsize size = g_bytes_get_size (message);
  gushort close_code = 0;
  const char *reason = NULL;
  gboolean shut = FALSE;

  g_mutex_lock (&ch->lock);
  /* Nothing counts after a close frame went either way. When libsoup closes on its own for a
   * protocol error (a text frame that is not UTF-8, say) it emits no "closing", and goes on
   * delivering what the peer sent after: taken, that would reach a reader that already saw
   * the end, or let the violation pass. */
  if (ch->failure != NULL || ch->closed || ch->ws_gone ||
      soup_websocket_connection_get_state (ws) != SOUP_WEBSOCKET_STATE_OPEN)
    {
      g_mutex_unlock (&ch->lock);
      return;
    }
  if (type != SOUP_WEBSOCKET_DATA_BINARY)
    {
      close_code = SOUP_WEBSOCKET_CLOSE_UNSUPPORTED_DATA;
      reason = "this channel carries binary messages only";
      channel_fail_locked (ch, G_IO_ERROR_INVALID_DATA, "The peer sent a text message on a binary channel");
    }
  else if (size > ZT_WS_STREAM_MAX_QUEUED - ch->queued)
    {
      /* Not buffering without bound is the only flow control there is (see the header). */
      close_code = SOUP_WEBSOCKET_CLOSE_TOO_BIG;
      reason = "receive queue full";
      channel_fail_locked (ch, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           "The peer sent more than 16 MiB ahead of the reader");
    }
  else if (size > 0)
    {
      /* An empty message carries nothing; a read must never return 0 for it (end). */
      g_queue_push_tail (&ch->incoming, g_bytes_ref (message));
      ch->queued += size;
      if (ch->gate != NULL && !ch->gate_shut && ch->queued >= ZT_WS_STREAM_GATE_SHUT)
        shut = ch->gate_shut = TRUE;
    }
  channel_notify_unlock (ch);

  if (shut)
    channel_gate_sync (ch);
  if (close_code != 0)
    channel_close_ws (ch, close_code, reason);
}

/* "closing" comes when either side sends its close frame: nothing follows it, so readers
 * reach the end as soon as the queue is drained rather than after the TCP teardown. */
static void
on_gone (SoupWebsocketConnection *ws,
         gpointer                 user_data)
{
  ZtWsChannel *ch = user_data;

  g_mutex_lock (&ch->lock);
  ch->ws_gone = TRUE;
  channel_notify_unlock (ch);
}

/* Bytes read, 0 at the end, or -1 with @error set (G_IO_ERROR_WOULD_BLOCK: nothing yet). */
static gssize
channel_read_locked (ZtWsChannel  *ch,
                     guint8       *buffer,
                     gsize         count,
                     GError      **error)
{
  gsize done = 0;

  if (ch->closed)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, "The stream is closed");
      return -1;
    }
  if (ch->failure != NULL)
    {
      g_propagate_error (error, g_error_copy (ch->failure));
      return -1;
    }
  if (ch->queued == 0)
    {
      if (ch->ws_gone)
        return 0;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK, "Nothing received yet");
      return -1;
    }
  count = MIN (count, (gsize) G_MAXSSIZE);
  while (done < count && ch->queued > 0)
    {
      GBytes *head = g_queue_peek_head (&ch->incoming);
      gsize size;
      const guint8 *data = g_bytes_get_data (head, &size);
      gsize n = MIN (count - done, size - ch->head_offset);

      memcpy (buffer + done, data + ch->head_offset, n);
      done += n;
      ch->queued -= n;
      ch->head_offset += n;
      if (ch->head_offset == size)
        {
          g_bytes_unref (g_queue_pop_head (&ch->incoming));
          ch->head_offset = 0;
        }
    }
  return (gssize) done;
}

static void
wake_cancelled (GCancellable *cancellable,
                gpointer      user_data)
{
  ZtWsChannel *ch = user_data;

  g_mutex_lock (&ch->lock);
  g_cond_broadcast (&ch->cond);
  g_mutex_unlock (&ch->lock);
}

static gboolean
keep_source (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Waits until a read would not block, or @cancellable fires. */
static void
channel_wait (ZtWsChannel  *ch,
              GCancellable *cancellable)
{
  if (g_thread_self () == ch->home)
    {
      /* Nobody else will run the context that delivers the messages while this thread
       * waits: run it here. A cancellable source wakes the iteration when cancelled. */
      g_autoptr(GSource) cancel_source = NULL;

      if (cancellable != NULL)
        {
          cancel_source = g_cancellable_source_new (cancellable);
          g_source_set_callback (cancel_source, keep_source, NULL, NULL);
          g_source_attach (cancel_source, ch->context);
        }
      for (;;)
        {
          gboolean ready;

          g_mutex_lock (&ch->lock);
          ready = channel_readable_locked (ch);
          g_mutex_unlock (&ch->lock);
          if (ready || g_cancellable_is_cancelled (cancellable))
            break;
          g_main_context_iteration (ch->context, TRUE);
        }
      if (cancel_source != NULL)
        g_source_destroy (cancel_source);
    }
  else
    {
      /* Connected outside the lock: a cancellable already cancelled calls back at once. */
      gulong handler = 0;

      if (cancellable != NULL)
        handler = g_cancellable_connect (cancellable, G_CALLBACK (wake_cancelled), ch, NULL);

      g_mutex_lock (&ch->lock);
      while (!channel_readable_locked (ch) && !g_cancellable_is_cancelled (cancellable))
        g_cond_wait (&ch->cond, &ch->lock);
      g_mutex_unlock (&ch->lock);
      if (cancellable != NULL)
        g_cancellable_disconnect (cancellable, handler);
    }
}

static gssize
channel_read (ZtWsChannel   *ch,
              void          *buffer,
              gsize          count,
              gboolean       blocking,
              GCancellable  *cancellable,
              GError       **error)
{
  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean reopen = FALSE;
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return -1;
      if (count == 0)
        return 0;
      g_mutex_lock (&ch->lock);
      n = channel_read_locked (ch, buffer, count, &local_error);
      if (n > 0 && ch->gate_shut && ch->queued <= ZT_WS_STREAM_GATE_OPEN)
        {
          ch->gate_shut = FALSE;
          reopen = TRUE;
        }
      g_mutex_unlock (&ch->lock);
      if (reopen)
        channel_gate_kick (ch);
      if (n >= 0 || !blocking || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          return n;
        }
      channel_wait (ch, cancellable);
    }
}

/* ---- Pollable sources ---- */

/* Ready while its condition holds; woken across threads with g_source_set_ready_time(),
 * which any thread may call and which wakes whichever context the source is in (the
 * handshake thread polls a private one). */
typedef struct {
  GSource      source;
  ZtWsChannel *ch;
  GObject     *stream;
  GIOCondition condition;
} ZtWsSource;

static gboolean
ws_source_ready (ZtWsSource *s)
{
  gboolean ready;

  g_mutex_lock (&s->ch->lock);
  ready = s->condition & G_IO_OUT ? channel_writable_locked (s->ch) : channel_readable_locked (s->ch);
  g_mutex_unlock (&s->ch->lock);
  return ready;
}

static gboolean
ws_source_prepare (GSource *source,
                   gint    *timeout)
{
  *timeout = -1;
  return ws_source_ready ((ZtWsSource *) source);
}

static gboolean
ws_source_check (GSource *source)
{
  return ws_source_ready ((ZtWsSource *) source);
}

static gboolean
ws_source_dispatch (GSource     *source,
                    GSourceFunc  callback,
                    gpointer     user_data)
{
  ZtWsSource *s = (ZtWsSource *) source;

  /* The wake-up is used; from now on readiness is the condition itself. */
  g_source_set_ready_time (source, -1);
  if (callback == NULL)
    return G_SOURCE_CONTINUE;
  return ((GPollableSourceFunc) (void (*) (void)) callback) (s->stream, user_data);
}

static void
ws_source_finalize (GSource *source)
{
  ZtWsSource *s = (ZtWsSource *) source;

  g_object_unref (s->stream);
  channel_unref (s->ch);
}

/* Called with the last reference about to go (and possibly from any thread): after this a
 * waker can no longer find the source. */
static void
ws_source_dispose (GSource *source)
{
  ZtWsSource *s = (ZtWsSource *) source;

  g_mutex_lock (&s->ch->lock);
  g_ptr_array_remove_fast (s->ch->sources, source);
  g_mutex_unlock (&s->ch->lock);
}

static GSourceFuncs ws_source_funcs = {
  .prepare = ws_source_prepare,
  .check = ws_source_check,
  .dispatch = ws_source_dispatch,
  .finalize = ws_source_finalize,
};

static GSource *
ws_source_new (ZtWsChannel  *ch,
               GObject      *stream,
               GIOCondition  condition,
               GCancellable *cancellable)
{
  GSource *source = g_source_new (&ws_source_funcs, sizeof (ZtWsSource));
  ZtWsSource *s = (ZtWsSource *) source;

  g_source_set_static_name (source, condition & G_IO_IN ? "[zt] ZtWsStream input" : "[zt] ZtWsStream output");
  s->ch = channel_ref (ch);
  s->stream = g_object_ref (stream);
  s->condition = condition;
  if (condition & G_IO_IN)
    {
      g_source_set_dispose_function (source, ws_source_dispose);
      g_mutex_lock (&ch->lock);
      g_ptr_array_add (ch->sources, source);
      g_mutex_unlock (&ch->lock);
    }
  if (cancellable != NULL)
    {
      /* As g_pollable_source_new_full() does: a cancelled operation gets dispatched. */
      GSource *cancel_source = g_cancellable_source_new (cancellable);

      g_source_set_dummy_callback (cancel_source);
      g_source_add_child_source (source, cancel_source);
      g_source_unref (cancel_source);
    }
  return source;
}

/* ---- The input half ---- */

#define ZT_TYPE_WS_INPUT_STREAM (zt_ws_input_stream_get_type ())
G_DECLARE_FINAL_TYPE (ZtWsInputStream, zt_ws_input_stream, ZT, WS_INPUT_STREAM, GInputStream)

struct _ZtWsInputStream {
  GInputStream parent_instance;
  ZtWsChannel *ch;
};

static void zt_ws_input_stream_pollable_init (GPollableInputStreamInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZtWsInputStream, zt_ws_input_stream, G_TYPE_INPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM,
                                                      zt_ws_input_stream_pollable_init))

static gssize
zt_ws_input_stream_read (GInputStream  *stream,
                         void          *buffer,
                         gsize          count,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return channel_read (ZT_WS_INPUT_STREAM (stream)->ch, buffer, count, TRUE, cancellable, error);
}

static gboolean
zt_ws_input_stream_can_poll (GPollableInputStream *stream)
{
  return TRUE;
}

static gboolean
zt_ws_input_stream_is_readable (GPollableInputStream *stream)
{
  ZtWsChannel *ch = ZT_WS_INPUT_STREAM (stream)->ch;
  gboolean ready;

  g_mutex_lock (&ch->lock);
  ready = channel_readable_locked (ch);
  g_mutex_unlock (&ch->lock);
  return ready;
}

static GSource *
zt_ws_input_stream_create_source (GPollableInputStream *stream,
                                  GCancellable         *cancellable)
{
  return ws_source_new (ZT_WS_INPUT_STREAM (stream)->ch, G_OBJECT (stream), G_IO_IN, cancellable);
}

static gssize
zt_ws_input_stream_read_nonblocking (GPollableInputStream  *stream,
                                     void                  *buffer,
                                     gsize                  count,
                                     GError               **error)
{
  return channel_read (ZT_WS_INPUT_STREAM (stream)->ch, buffer, count, FALSE, NULL, error);
}

static void
zt_ws_input_stream_finalize (GObject *object)
{
  channel_unref (ZT_WS_INPUT_STREAM (object)->ch);
  G_OBJECT_CLASS (zt_ws_input_stream_parent_class)->finalize (object);
}

static void
zt_ws_input_stream_class_init (ZtWsInputStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_ws_input_stream_finalize;
  /* read_async and skip_async go through the pollable interface by default (no threads);
   * close only marks the half closed, which needs no override. */
  G_INPUT_STREAM_CLASS (klass)->read_fn = zt_ws_input_stream_read;
}

static void
zt_ws_input_stream_init (ZtWsInputStream *self)
{
}

static void
zt_ws_input_stream_pollable_init (GPollableInputStreamInterface *iface)
{
  iface->can_poll = zt_ws_input_stream_can_poll;
  iface->is_readable = zt_ws_input_stream_is_readable;
  iface->create_source = zt_ws_input_stream_create_source;
  iface->read_nonblocking = zt_ws_input_stream_read_nonblocking;
}

/* ---- The output half ---- */

#define ZT_TYPE_WS_OUTPUT_STREAM (zt_ws_output_stream_get_type ())
G_DECLARE_FINAL_TYPE (ZtWsOutputStream, zt_ws_output_stream, ZT, WS_OUTPUT_STREAM, GOutputStream)

struct _ZtWsOutputStream {
  GOutputStream parent_instance;
  ZtWsChannel  *ch;
};

static void zt_ws_output_stream_pollable_init (GPollableOutputStreamInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZtWsOutputStream, zt_ws_output_stream, G_TYPE_OUTPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_OUTPUT_STREAM,
                                                      zt_ws_output_stream_pollable_init))

static gssize
zt_ws_output_stream_write (GOutputStream  *stream,
                           const void     *buffer,
                           gsize           count,
                           GCancellable   *cancellable,
                           GError        **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  return channel_write (ZT_WS_OUTPUT_STREAM (stream)->ch, buffer, count, TRUE, error);
}

static gboolean
zt_ws_output_stream_can_poll (GPollableOutputStream *stream)
{
  return TRUE;
}

/* Writable while less than ZT_WS_STREAM_MAX_OUT waits here (a write after the close fails at
 * once). */
static gboolean
zt_ws_output_stream_is_writable (GPollableOutputStream *stream)
{
  ZtWsChannel *ch = ZT_WS_OUTPUT_STREAM (stream)->ch;
  gboolean writable;

  g_mutex_lock (&ch->lock);
  writable = channel_writable_locked (ch);
  g_mutex_unlock (&ch->lock);
  return writable;
}

static GSource *
zt_ws_output_stream_create_source (GPollableOutputStream *stream,
                                   GCancellable          *cancellable)
{
  return ws_source_new (ZT_WS_OUTPUT_STREAM (stream)->ch, G_OBJECT (stream), G_IO_OUT, cancellable);
}

static gssize
zt_ws_output_stream_write_nonblocking (GPollableOutputStream  *stream,
                                       const void             *buffer,
                                       gsize                   count,
                                       GError                **error)
{
  return channel_write (ZT_WS_OUTPUT_STREAM (stream)->ch, buffer, count, FALSE, error);
}

static void
zt_ws_output_stream_finalize (GObject *object)
{
  channel_unref (ZT_WS_OUTPUT_STREAM (object)->ch);
  G_OBJECT_CLASS (zt_ws_output_stream_parent_class)->finalize (object);
}

static void
zt_ws_output_stream_class_init (ZtWsOutputStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_ws_output_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = zt_ws_output_stream_write;
}

static void
zt_ws_output_stream_init (ZtWsOutputStream *self)
{
}

static void
zt_ws_output_stream_pollable_init (GPollableOutputStreamInterface *iface)
{
  iface->can_poll = zt_ws_output_stream_can_poll;
  iface->is_writable = zt_ws_output_stream_is_writable;
  iface->create_source = zt_ws_output_stream_create_source;
  iface->write_nonblocking = zt_ws_output_stream_write_nonblocking;
}

/* ---- The GIOStream ---- */

struct _ZtWsStream {
  GIOStream      parent_instance;
  ZtWsChannel   *ch;
  GInputStream  *input;
  GOutputStream *output;
  gulong         message_id;
  gulong         closing_id;
  gulong         closed_id;
};

G_DEFINE_FINAL_TYPE (ZtWsStream, zt_ws_stream, G_TYPE_IO_STREAM)

static GInputStream *
zt_ws_stream_get_input_stream (GIOStream *stream)
{
  return ZT_WS_STREAM (stream)->input;
}

static GOutputStream *
zt_ws_stream_get_output_stream (GIOStream *stream)
{
  return ZT_WS_STREAM (stream)->output;
}

/* May run in any thread (glib-networking closes its base stream from a worker): the
 * WebSocket is closed from its context, after what is queued before the close. */
static gboolean
zt_ws_stream_close_fn (GIOStream     *stream,
                       GCancellable  *cancellable,
                       GError       **error)
{
  ZtWsStream *self = ZT_WS_STREAM (stream);

  /* First, so that a read blocked in another thread returns and its half can close. */
  channel_close (self->ch);
  /* Closing a half can only fail because an operation is still pending on it; the
   * channel is closed whatever they say. */
  g_output_stream_close (self->output, NULL, NULL);
  g_input_stream_close (self->input, NULL, NULL);
  return TRUE;
}

/* GIOStream's default runs the close in a thread; nothing here blocks, so do it inline. */
static void
zt_ws_stream_close_async (GIOStream           *stream,
                          int                  io_priority,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (stream, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, zt_ws_stream_close_async);
  if (zt_ws_stream_close_fn (stream, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
zt_ws_stream_close_finish (GIOStream     *stream,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, stream), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
zt_ws_stream_finalize (GObject *object)
{
  ZtWsStream *self = ZT_WS_STREAM (object);

  /* GIOStream's dispose has closed the stream by now. */
  g_clear_signal_handler (&self->message_id, self->ch->ws);
  g_clear_signal_handler (&self->closing_id, self->ch->ws);
  g_clear_signal_handler (&self->closed_id, self->ch->ws);
  g_clear_object (&self->input);
  g_clear_object (&self->output);
  channel_unref (self->ch);
  G_OBJECT_CLASS (zt_ws_stream_parent_class)->finalize (object);
}

static void
zt_ws_stream_class_init (ZtWsStreamClass *klass)
{
  GIOStreamClass *stream_class = G_IO_STREAM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = zt_ws_stream_finalize;
  stream_class->get_input_stream = zt_ws_stream_get_input_stream;
  stream_class->get_output_stream = zt_ws_stream_get_output_stream;
  stream_class->close_fn = zt_ws_stream_close_fn;
  stream_class->close_async = zt_ws_stream_close_async;
  stream_class->close_finish = zt_ws_stream_close_finish;
}

static void
zt_ws_stream_init (ZtWsStream *self)
{
}

/* The TCP socket under @ws's stream (TLS, libsoup's wrappers), or -1. */
static int
websocket_fd (SoupWebsocketConnection *ws)
{
  g_autoptr(GIOStream) io = g_object_ref (soup_websocket_connection_get_io_stream (ws));

  for (guint depth = 0; io != NULL && depth < 8; depth++)
    {
      static const char *const names[] = { "base-io-stream", "base-iostream" };
      GIOStream *base = NULL;

      if (G_IS_SOCKET_CONNECTION (io))
        return g_socket_get_fd (g_socket_connection_get_socket (G_SOCKET_CONNECTION (io)));
      if (ZT_IS_GATE_STREAM (io))
        base = g_object_ref (zt_gate_stream_get_base (ZT_GATE_STREAM (io)));
      for (guint i = 0; i < G_N_ELEMENTS (names) && base == NULL; i++)
        {
          GParamSpec *spec = g_object_class_find_property (G_OBJECT_GET_CLASS (io), names[i]);

          if (spec != NULL && g_type_is_a (spec->value_type, G_TYPE_IO_STREAM))
            g_object_get (io, names[i], &base, NULL);
        }
      g_object_unref (io);
      io = base;
    }
  return -1;
}

ZtWsStream *
zt_ws_stream_new (SoupWebsocketConnection *ws)
{
  ZtWsStream *self;
  ZtWsChannel *ch;
  ZtWsInputStream *input;
  ZtWsOutputStream *output;

  g_return_val_if_fail (SOUP_IS_WEBSOCKET_CONNECTION (ws), NULL);

  ch = g_atomic_rc_box_new0 (ZtWsChannel);
  ch->ws = g_object_ref (ws);
  ch->context = g_main_context_ref_thread_default ();
  ch->home = g_thread_self ();
  g_mutex_init (&ch->lock);
  g_cond_init (&ch->cond);
  g_queue_init (&ch->incoming);
  g_queue_init (&ch->outgoing);
  ch->sources = g_ptr_array_new ();
  ch->ws_gone = soup_websocket_connection_get_state (ws) != SOUP_WEBSOCKET_STATE_OPEN;
  if (ZT_IS_GATE_STREAM (soup_websocket_connection_get_io_stream (ws)))
    ch->gate = g_object_ref (ZT_GATE_STREAM (soup_websocket_connection_get_io_stream (ws)));
  ch->fd = websocket_fd (ws);
  if (ch->fd >= 0)
    {
      /* the socket polls writable only while it holds under MAX_UNSENT not yet sent: the
       * wait for room is a watch, not a timer */
      int lowat = ZT_WS_STREAM_MAX_UNSENT;

      if (setsockopt (ch->fd, IPPROTO_TCP, TCP_NOTSENT_LOWAT, &lowat, sizeof lowat) != 0)
        ch->fd = -1;
    }
  if (ch->fd < 0)
    g_debug ("ws stream: no TCP socket found under the WebSocket: sending without flow control");

  self = g_object_new (ZT_TYPE_WS_STREAM, NULL);
  self->ch = ch;
  input = g_object_new (ZT_TYPE_WS_INPUT_STREAM, NULL);
  input->ch = channel_ref (ch);
  self->input = G_INPUT_STREAM (input);
  output = g_object_new (ZT_TYPE_WS_OUTPUT_STREAM, NULL);
  output->ch = channel_ref (ch);
  self->output = G_OUTPUT_STREAM (output);

  /* Each handler holds a reference: an emission under way keeps the channel alive even if
   * the stream is finalized in another thread meanwhile. */
  self->message_id = g_signal_connect_data (ws, "message", G_CALLBACK (on_message), channel_ref (ch),
                                            channel_unref_closure, 0);
  self->closing_id = g_signal_connect_data (ws, "closing", G_CALLBACK (on_gone), channel_ref (ch),
                                            channel_unref_closure, 0);
  self->closed_id = g_signal_connect_data (ws, "closed", G_CALLBACK (on_gone), channel_ref (ch),
                                           channel_unref_closure, 0);
  return self;
}

SoupWebsocketConnection *
zt_ws_stream_get_websocket (ZtWsStream *self)
{
  g_return_val_if_fail (ZT_IS_WS_STREAM (self), NULL);
  return self->ch->ws;
}

/* ---- Mesh mTLS over the stream ---- */

/* Why the last peer certificate was refused, for a better error than GIO's. */
#define REFUSAL_KEY "zt-tls-refusal"
/* The peer certificate on_accept_certificate() accepted. GIO keeps a refused one as the
 * peer certificate too, so that alone must never name the peer. */
#define ACCEPTED_KEY "zt-tls-accepted"
/* Marks connections made here, whose peers only on_accept_certificate() may accept. */
#define POLICY_KEY   "zt-tls-policy"

typedef struct {
  char *ca_pem;
  char *expected;   /* NULL: any identity of the mesh */
} ZtTlsPolicy;

static void
tls_policy_free (gpointer  data,
                 GClosure *closure)
{
  ZtTlsPolicy *policy = data;

  g_free (policy->ca_pem);
  g_free (policy->expected);
  g_free (policy);
}

/* With no database GIO can vouch for nothing: it always reports UNKNOWN_CA (and, on a
 * client without a server identity, BAD_IDENTITY). Trust is decided here, by the mesh CA
 * alone, and anything else GIO found wrong with the certificate is a refusal too. */
static gboolean
on_accept_certificate (GTlsConnection       *conn,
                       GTlsCertificate      *peer,
                       GTlsCertificateFlags  errors,
                       gpointer              user_data)
{
  const GTlsCertificateFlags expected = G_TLS_CERTIFICATE_UNKNOWN_CA | G_TLS_CERTIFICATE_BAD_IDENTITY;
  ZtTlsPolicy *policy = user_data;
  g_autofree char *pem = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (conn), ACCEPTED_KEY, NULL);
  if ((errors & ~expected) != 0)
    {
      g_object_set_data_full (G_OBJECT (conn), REFUSAL_KEY,
                              g_strdup_printf ("the TLS library found the certificate invalid (flags 0x%x)",
                                               (guint) (errors & ~expected)),
                              g_free);
      return FALSE;
    }
  g_object_get (peer, "certificate-pem", &pem, NULL);
  if (pem == NULL ||
      !zt_ca_verify_peer (policy->ca_pem, pem, 0, policy->expected, &error))
    {
      g_object_set_data_full (G_OBJECT (conn), REFUSAL_KEY,
                              g_strdup (error != NULL ? error->message : "no certificate"), g_free);
      return FALSE;
    }
  g_object_set_data (G_OBJECT (conn), REFUSAL_KEY, NULL);
  g_object_set_data_full (G_OBJECT (conn), ACCEPTED_KEY, g_object_ref (peer), g_object_unref);
  return TRUE;
}

static gboolean
tls_check_args (GIOStream        *stream,
                GTlsCertificate  *own,
                const char       *ca_pem,
                GError          **error)
{
  g_autofree char *mesh = NULL;

  g_return_val_if_fail (G_IS_IO_STREAM (stream), FALSE);
  g_return_val_if_fail (G_IS_TLS_CERTIFICATE (own), FALSE);
  g_return_val_if_fail (ca_pem != NULL, FALSE);

  /* A bad CA would only show as every peer being refused: say so now. */
  if ((mesh = zt_ca_get_mesh (ca_pem, error)) == NULL)
    return FALSE;
  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FAILED, "no TLS backend (glib-networking) available");
      return FALSE;
    }
  return TRUE;
}

static void
tls_setup (GTlsConnection *conn,
           const char     *ca_pem,
           const char     *expected)
{
  ZtTlsPolicy *policy = g_new0 (ZtTlsPolicy, 1);

  /* No database: no system trust, no host name checks; on_accept_certificate() decides.
   * Given at construction too: a connection made with the default database parses the whole
   * system trust store into its credentials (glib-networking 2.74 does it per connection),
   * about 1 MB and a few ms per mesh stream, and dropping it afterwards leaves the heap
   * fragmented. */
  g_tls_connection_set_database (conn, NULL);
  policy->ca_pem = g_strdup (ca_pem);
  policy->expected = g_strdup (expected);
  g_signal_connect_data (conn, "accept-certificate", G_CALLBACK (on_accept_certificate), policy,
                         tls_policy_free, 0);
  g_object_set_data (G_OBJECT (conn), POLICY_KEY, policy);
}

GTlsConnection *
zt_tls_over_ws_client_new (ZtWsStream       *stream,
                           GTlsCertificate  *own,
                           const char       *ca_pem,
                           const char       *expected_peer_spiffe_id,
                           GError          **error)
{
  g_return_val_if_fail (ZT_IS_WS_STREAM (stream), NULL);
  return zt_mesh_tls_client_new (G_IO_STREAM (stream), own, ca_pem, expected_peer_spiffe_id, error);
}

GTlsConnection *
zt_mesh_tls_client_new (GIOStream        *stream,
                        GTlsCertificate  *own,
                        const char       *ca_pem,
                        const char       *expected_peer_spiffe_id,
                        GError          **error)
{
  g_autoptr(GIOStream) conn = NULL;

  g_return_val_if_fail (expected_peer_spiffe_id != NULL, NULL);
  if (!tls_check_args (stream, own, ca_pem, error))
    return NULL;
  if (!zt_spiffe_id_parse (expected_peer_spiffe_id, NULL, NULL, NULL, error))
    return NULL;
  /* No server identity: there is no host name, and a DNS name must not be sent (SNI). No
   * database from the start (see tls_setup()). */
  conn = g_initable_new (g_tls_backend_get_client_connection_type (g_tls_backend_get_default ()), NULL, error,
                         "base-io-stream", stream, "database", NULL, "certificate", own, NULL);
  if (conn == NULL)
    return NULL;
  tls_setup (G_TLS_CONNECTION (conn), ca_pem, expected_peer_spiffe_id);
  return G_TLS_CONNECTION (g_steal_pointer (&conn));
}

GTlsConnection *
zt_tls_over_ws_server_new (ZtWsStream       *stream,
                           GTlsCertificate  *own,
                           const char       *ca_pem,
                           GError          **error)
{
  g_return_val_if_fail (ZT_IS_WS_STREAM (stream), NULL);
  return zt_mesh_tls_server_new (G_IO_STREAM (stream), own, ca_pem, error);
}

GTlsConnection *
zt_mesh_tls_server_new (GIOStream        *stream,
                        GTlsCertificate  *own,
                        const char       *ca_pem,
                        GError          **error)
{
  g_autoptr(GIOStream) conn = NULL;

  if (!tls_check_args (stream, own, ca_pem, error))
    return NULL;
  conn = g_initable_new (g_tls_backend_get_server_connection_type (g_tls_backend_get_default ()), NULL, error,
                         "base-io-stream", stream, "database", NULL, "certificate", own,
                         "authentication-mode", G_TLS_AUTHENTICATION_REQUIRED, NULL);
  if (conn == NULL)
    return NULL;
  tls_setup (G_TLS_CONNECTION (conn), ca_pem, NULL);
  return G_TLS_CONNECTION (g_steal_pointer (&conn));
}

typedef struct {
  GCancellable *cancellable;   /* given to GIO: the caller's, or the timer's */
  GCancellable *outer;
  gulong        outer_id;
  GSource      *timer;
  guint         timeout_ms;
  gboolean      timed_out;
} ZtHandshake;

static void
handshake_free (gpointer data)
{
  ZtHandshake *h = data;

  if (h->timer != NULL)
    {
      g_source_destroy (h->timer);
      g_source_unref (h->timer);
    }
  if (h->outer != NULL)
    {
      g_cancellable_disconnect (h->outer, h->outer_id);
      g_object_unref (h->outer);
    }
  g_clear_object (&h->cancellable);
  g_free (h);
}

static void
forward_cancel (GCancellable *outer,
                gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

/* Cancelling is what ends a handshake stuck in a read: the read gets the cancellable. */
static gboolean
on_handshake_timeout (gpointer user_data)
{
  ZtHandshake *h = user_data;

  h->timed_out = TRUE;
  g_clear_pointer (&h->timer, g_source_unref);
  g_cancellable_cancel (h->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_handshake_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GTlsConnection *conn = G_TLS_CONNECTION (source);
  ZtHandshake *h = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  const char *refusal = g_object_get_data (source, REFUSAL_KEY);

  if (g_tls_connection_handshake_finish (conn, result, &error))
    {
      GTlsCertificate *peer = g_tls_connection_get_peer_certificate (conn);

      /* Both ends are ours and speak 1.3: anything less is someone in between. */
      if (g_tls_connection_get_protocol_version (conn) != G_TLS_PROTOCOL_VERSION_TLS_1_3)
        g_task_return_new_error (task, G_TLS_ERROR, G_TLS_ERROR_MISC, "the peer did not negotiate TLS 1.3");
      /* GIO accepts a peer without asking when told to skip validation (deprecated
       * validation flags) or when it resumes a session: neither may bypass the mesh CA. */
      else if (g_object_get_data (source, POLICY_KEY) != NULL &&
               (peer == NULL || peer != g_object_get_data (source, ACCEPTED_KEY)))
        g_task_return_new_error (task, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE,
                                 "the peer certificate was not checked against the mesh CA");
      else
        g_task_return_boolean (task, TRUE);
      return;
    }
  if (h->timed_out && (h->outer == NULL || !g_cancellable_is_cancelled (h->outer)))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "TLS handshake timed out after %u ms",
                             h->timeout_ms);
  else if (refusal != NULL && g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE))
    g_task_return_new_error (task, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE, "peer certificate refused: %s",
                             refusal);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
zt_tls_handshake_async (GTlsConnection      *tls,
                        guint                timeout_ms,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  ZtHandshake *h;

  g_return_if_fail (G_IS_TLS_CONNECTION (tls));

  task = g_task_new (tls, cancellable, callback, user_data);
  g_task_set_source_tag (task, zt_tls_handshake_async);
  /* The result is ours to decide (a timeout is a cancel underneath, reported otherwise). */
  g_task_set_check_cancellable (task, FALSE);
  h = g_new0 (ZtHandshake, 1);
  h->timeout_ms = timeout_ms;
  g_task_set_task_data (task, h, handshake_free);

  if (timeout_ms == 0)
    h->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  else
    {
      h->cancellable = g_cancellable_new ();
      if (cancellable != NULL)
        {
          h->outer = g_object_ref (cancellable);
          h->outer_id = g_cancellable_connect (cancellable, G_CALLBACK (forward_cancel),
                                               g_object_ref (h->cancellable), g_object_unref);
        }
      h->timer = g_timeout_source_new (timeout_ms);
      g_source_set_static_name (h->timer, "[zt] TLS handshake timeout");
      g_source_set_callback (h->timer, on_handshake_timeout, h, NULL);
      g_source_attach (h->timer, g_main_context_get_thread_default ());
    }
  g_tls_connection_handshake_async (tls, G_PRIORITY_DEFAULT, h->cancellable, on_handshake_done, task);
}

gboolean
zt_tls_handshake_finish (GTlsConnection  *tls,
                         GAsyncResult    *result,
                         GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, tls), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_tls_handshake_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
zt_tls_get_peer_spiffe_id (GTlsConnection *tls)
{
  GTlsCertificate *peer;
  g_autofree char *pem = NULL;

  g_return_val_if_fail (G_IS_TLS_CONNECTION (tls), NULL);

  if ((peer = g_tls_connection_get_peer_certificate (tls)) == NULL ||
      peer != g_object_get_data (G_OBJECT (tls), ACCEPTED_KEY))
    return NULL;
  g_object_get (peer, "certificate-pem", &pem, NULL);
  if (pem == NULL)
    return NULL;
  return zt_ca_get_spiffe_id (pem, NULL);
}
