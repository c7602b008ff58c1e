/* zt-line-stream.c: newline-delimited messages over a GIOStream, with a size cap */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-line-stream.h"

#define READ_SIZE (64 * 1024)

struct _ZtLineStream {
  GIOStream        *io;
  GCancellable     *cancellable;
  gsize             max_line;
  GString          *line;
  gboolean          discarding;
  GQueue            out;       /* GBytes */
  gsize             out_bytes; /* their sizes: what the peer has not taken yet */
  gsize             drain_low;
  ZtLineDrainFunc   on_drained;
  gpointer          drain_data;
  gboolean          writing;
  gboolean          reading;   /* a read is asked for */
  gboolean          held;      /* no further read is asked for (zt_line_stream_hold) */
  gboolean          closed;
  ZtLineFunc        on_line;
  ZtLineClosedFunc  on_closed;
  gpointer          user_data;
  gatomicrefcount   ref_count;
};

static ZtLineStream *
ref (ZtLineStream *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
unref (ZtLineStream *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_queue_clear_full (&self->out, (GDestroyNotify) g_bytes_unref);
  g_string_free (self->line, TRUE);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->io);
  g_free (self);
}

static void
closed (ZtLineStream *self,
        const GError *error)
{
  if (self->closed)
    return;
  self->closed = TRUE;
  if (self->on_closed)
    self->on_closed (error, self->user_data);
}

static void read_more (ZtLineStream *self);

/* Lines out of @len bytes; a partial line waits for the next bytes. */
static void
take (ZtLineStream *self,
      const char   *data,
      gsize         len)
{
  while (len > 0 && !self->closed)
    {
      const char *nl = memchr (data, '\n', len);
      gsize n = nl ? (gsize) (nl - data) : len;

      if (!self->discarding)
        {
          if (self->line->len + n > self->max_line)
            {
              /* what a peer sends is no programming error here: said, not warned */
              g_message ("mesh stream: dropped a message over %" G_GSIZE_FORMAT " bytes", self->max_line);
              g_string_truncate (self->line, 0);
              self->discarding = TRUE;
            }
          else
            g_string_append_len (self->line, data, n);
        }
      if (nl == NULL)
        break;
      if (!self->discarding && self->line->len > 0)
        self->on_line (self->line->str, self->line->len, self->user_data);
      g_string_truncate (self->line, 0);
      self->discarding = FALSE;
      data = nl + 1;
      len -= n + 1;
    }
}

/* What is readable already is read in this turn, up to READ_TURN bytes, before the next
 * read is asked for (which completes a main-loop iteration later). A WebSocket under the
 * stream (zt-ws-stream.c) takes all its socket holds in one turn of libsoup's; one 64 KiB
 * read a turn here fell behind it by megabytes on a large answer through the hub, until
 * the WebSocket's bound ended the stream. FALSE when the stream ended meanwhile. */
#define READ_TURN (4 * 1024 * 1024)

static gboolean
take_ready (ZtLineStream *self)
{
  GInputStream *base = g_io_stream_get_input_stream (self->io);
  GPollableInputStream *in;
  g_autofree char *buf = NULL;

  if (!G_IS_POLLABLE_INPUT_STREAM (base) || !g_pollable_input_stream_can_poll (G_POLLABLE_INPUT_STREAM (base)))
    return TRUE;
  in = G_POLLABLE_INPUT_STREAM (base);
  /* asked first: most turns have nothing more, and then cost no buffer and no error */
  for (gsize taken = 0; taken < READ_TURN && !self->closed && !self->held && g_pollable_input_stream_is_readable (in);)
    {
      g_autoptr(GError) error = NULL;
      gssize n;

      if (buf == NULL)
        buf = g_malloc (READ_SIZE);
      n = g_pollable_input_stream_read_nonblocking (in, buf, READ_SIZE, self->cancellable, &error);
      if (n < 0 && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        break;
      if (n <= 0)
        {
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            closed (self, error);
          return FALSE;
        }
      take (self, buf, (gsize) n);
      taken += (gsize) n;
    }
  return !self->closed;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  ZtLineStream *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);

  self->reading = FALSE;
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        closed (self, error);
      unref (self);
      return;
    }
  take (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!self->closed && take_ready (self) && !self->held)
    read_more (self);
  unref (self);
}

static void
read_more (ZtLineStream *self)
{
  self->reading = TRUE;
  g_input_stream_read_bytes_async (g_io_stream_get_input_stream (self->io), READ_SIZE, G_PRIORITY_DEFAULT,
                                   self->cancellable, read_cb, ref (self));
}

static void write_next (ZtLineStream *self);

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ZtLineStream *self = user_data;
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  {
    GBytes *done = g_queue_pop_head (&self->out);

    self->out_bytes -= g_bytes_get_size (done);
    g_bytes_unref (done);
  }
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        closed (self, error);
      unref (self);
      return;
    }
  if (self->on_drained != NULL && self->out_bytes <= self->drain_low)
    {
      ZtLineDrainFunc func = g_steal_pointer (&self->on_drained);

      func (self->drain_data);
    }
  write_next (self);
  unref (self);
}

static void
write_next (ZtLineStream *self)
{
  GBytes *bytes = g_queue_peek_head (&self->out);

  if (self->writing || bytes == NULL || self->closed)
    return;
  self->writing = TRUE;
  g_output_stream_write_all_async (g_io_stream_get_output_stream (self->io), g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), G_PRIORITY_DEFAULT, self->cancellable,
                                   write_cb, ref (self));
}

ZtLineStream *
zt_line_stream_new (GIOStream        *io,
                    gsize             max_line,
                    ZtLineFunc        on_line,
                    ZtLineClosedFunc  on_closed,
                    gpointer          user_data)
{
  ZtLineStream *self = g_new0 (ZtLineStream, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->io = g_object_ref (io);
  self->cancellable = g_cancellable_new ();
  self->max_line = max_line;
  self->line = g_string_new (NULL);
  self->on_line = on_line;
  self->on_closed = on_closed;
  self->user_data = user_data;
  g_queue_init (&self->out);
  read_more (self);
  return self;
}

gsize
zt_line_stream_send (ZtLineStream *self,
                     const char   *text,
                     gsize         len)
{
  char *buf;

  if (self->closed)
    return 0;
  buf = g_malloc (len + 1);
  memcpy (buf, text, len);
  buf[len] = '\n';
  g_queue_push_tail (&self->out, g_bytes_new_take (buf, len + 1));
  self->out_bytes += len + 1;
  write_next (self);
  return self->out_bytes;
}

void
zt_line_stream_when_drained (ZtLineStream    *self,
                             gsize            low,
                             ZtLineDrainFunc  func,
                             gpointer         user_data)
{
  self->drain_low = low;
  self->on_drained = func;
  self->drain_data = user_data;
}

void
zt_line_stream_hold (ZtLineStream *self,
                     gboolean      hold)
{
  self->held = hold;
  if (!hold && !self->reading && !self->closed)
    read_more (self);
}

void
zt_line_stream_free (ZtLineStream *self)
{
  if (self == NULL)
    return;
  self->on_closed = NULL;
  self->on_drained = NULL;
  self->closed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_io_stream_close_async (self->io, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  unref (self);
}
