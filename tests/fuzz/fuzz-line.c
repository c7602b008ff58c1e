/* fuzz-line.c: libFuzzer target for the newline framing of mesh streams (ZtLineStream) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include <gio/gio.h>

#include "zt-line-stream.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* ---- An input stream that hands out at most @step bytes per read, and then ends or,
 * with @hold, waits for ever (as a peer that sent everything and still reads) ---- */

typedef struct {
  GInputStream parent;
  GBytes      *bytes;
  gsize        pos;
  gsize        step;
  gboolean     hold;
} Trickle;

typedef GInputStreamClass TrickleClass;

GType trickle_get_type (void);
static void trickle_pollable_init (GPollableInputStreamInterface *iface);

G_DEFINE_TYPE_WITH_CODE (Trickle, trickle, G_TYPE_INPUT_STREAM,
                         G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM, trickle_pollable_init))

static gssize
trickle_read (GInputStream  *stream,
              void          *buffer,
              gsize          count,
              GCancellable  *cancellable,
              GError       **error)
{
  Trickle *self = (Trickle *) stream;
  gsize len;
  const guint8 *data = g_bytes_get_data (self->bytes, &len);
  gsize n = MIN (MIN (count, self->step), len - self->pos);

  if (n > 0)
    memcpy (buffer, data + self->pos, n);
  self->pos += n;
  return (gssize) n;
}

static gboolean
trickle_is_readable (GPollableInputStream *stream)
{
  Trickle *self = (Trickle *) stream;

  return !self->hold || self->pos < g_bytes_get_size (self->bytes);
}

static gssize
trickle_read_nonblocking (GPollableInputStream  *stream,
                          void                  *buffer,
                          gsize                  count,
                          GError               **error)
{
  if (!trickle_is_readable (stream))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK, "nothing more for now");
      return -1;
    }
  return trickle_read (G_INPUT_STREAM (stream), buffer, count, NULL, error);
}

static GSource *
trickle_create_source (GPollableInputStream *stream,
                       GCancellable         *cancellable)
{
  g_autoptr(GSource) base = trickle_is_readable (stream) ? g_timeout_source_new (0) : NULL;

  /* without a base the source never fires: only the cancellable ends the wait */
  return g_pollable_source_new_full (stream, base, cancellable);
}

static void
trickle_finalize (GObject *object)
{
  g_bytes_unref (((Trickle *) object)->bytes);
  G_OBJECT_CLASS (trickle_parent_class)->finalize (object);
}

static void
trickle_class_init (TrickleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trickle_finalize;
  klass->read_fn = trickle_read;
}

static void
trickle_init (Trickle *self)
{
}

static void
trickle_pollable_init (GPollableInputStreamInterface *iface)
{
  iface->is_readable = trickle_is_readable;
  iface->read_nonblocking = trickle_read_nonblocking;
  iface->create_source = trickle_create_source;
}

/* ---- The target ---- */

typedef struct {
  ZtLineStream *ls;
  GPtrArray    *lines;   /* GBytes */
  guint         closed;
  gboolean      echo;
} Run;

static void
line_cb (const char *line,
         gsize       len,
         gpointer    user_data)
{
  Run *r = user_data;

  if (line[len] != '\0')
    zt_fuzz_fail ("a line without its terminating NUL", NULL);
  g_ptr_array_add (r->lines, g_bytes_new (line, len));
  if (r->echo)
    zt_line_stream_send (r->ls, line, len);
}

static void
closed_cb (const GError *error,
           gpointer      user_data)
{
  Run *r = user_data;

  if (error != NULL)
    zt_fuzz_fail ("reading a memory stream failed", error->message);
  r->closed++;
}

/* The warning a line over the limit costs, by design. */
static const char * const expected_warnings[] = { "mesh stream: dropped a message over", NULL };

/* Byte 0: the longest line taken (1 to 64 bytes, or 64 KiB when 0); byte 1: bit 0, whether
 * the stream stays open after its bytes (else it ends), the rest how many bytes each read
 * gets (1 to 128, more for long inputs). The rest is the stream. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GArray) boundaries = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GString) echoed = g_string_new (NULL);
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GIOStream) io = NULL;
  Trickle *in;
  Run run = { NULL, g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref), 0, TRUE };
  const char *text;
  gsize len, max_line, start = 0, sent;
  gboolean hold, boundary = FALSE;
  guint idle = 0;

  zt_fuzz_watch_log (expected_warnings);
  if (size < 2)
    {
      g_ptr_array_unref (run.lines);
      return 0;
    }
  max_line = data[0] ? data[0] % 64 + 1 : 64 * 1024;
  hold = data[1] & 1;
  text = (const char *) data + 2;
  len = size - 2;

  /* The reference: every newline ends a line, taken when it is not empty and not over the
   * limit; bytes after the last newline are no line. */
  g_array_append_val (boundaries, echoed->len);
  for (gsize i = 0; i < len; i++)
    if (text[i] == '\n')
      {
        if (i > start && i - start <= max_line)
          {
            g_ptr_array_add (expected, g_bytes_new (text + start, i - start));
            g_string_append_len (echoed, text + start, i - start);
            g_string_append_c (echoed, '\n');
            g_array_append_val (boundaries, echoed->len);
          }
        start = i + 1;
      }

  in = g_object_new (trickle_get_type (), NULL);
  in->bytes = g_bytes_new (text, len);
  /* at most some hundreds of reads: each costs a main loop turn */
  in->step = MAX ((gsize) (data[1] >> 1) + 1, len / 256);
  in->hold = hold;
  out = g_memory_output_stream_new_resizable ();
  io = g_simple_io_stream_new (G_INPUT_STREAM (in), out);
  g_object_unref (in);
  run.ls = zt_line_stream_new (io, max_line, line_cb, closed_cb, &run);
  /* until nothing is left to do (a few idle turns: the memory streams are always ready) */
  while (idle < 8)
    idle = g_main_context_iteration (NULL, FALSE) ? 0 : idle + 1;

  if (run.closed != (hold ? 0 : 1))
    zt_fuzz_fail (hold ? "the end was reported while the stream is open" : "the end was not reported once", NULL);
  if (run.lines->len != expected->len)
    zt_fuzz_fail ("another number of lines than the input holds", NULL);
  for (guint i = 0; i < expected->len; i++)
    if (!g_bytes_equal (run.lines->pdata[i], expected->pdata[i]))
      zt_fuzz_fail ("a line differs from the input", NULL);
  /* Each line sent back went out as itself and a newline, in order: all of them while the
   * stream is open; once it ended, what was still queued is dropped, whole lines. */
  sent = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  for (guint i = 0; i < boundaries->len; i++)
    boundary |= g_array_index (boundaries, gsize, i) == sent;
  if ((hold && sent != echoed->len) || !boundary ||
      (sent > 0 && memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), echoed->str, sent) != 0))
    zt_fuzz_fail ("what was sent is not the lines, each with a newline", NULL);

  zt_line_stream_free (run.ls);
  idle = 0;
  while (idle < 8)
    idle = g_main_context_iteration (NULL, FALSE) ? 0 : idle + 1;
  g_ptr_array_unref (run.lines);
  return 0;
}
