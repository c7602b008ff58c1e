/* zt-gate-stream.c: a GIOStream whose reading can be paused, for flow control under libsoup */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "zt-gate-stream.h"

/* The input side: reads pass to the base stream while the gate is open; shut, it is never
 * readable and its poll sources watch nothing, so the main loop does not spin on it. */
#define ZT_TYPE_GATE_INPUT (zt_gate_input_get_type ())
G_DECLARE_FINAL_TYPE (ZtGateInput, zt_gate_input, ZT, GATE_INPUT, GInputStream)

/* What a reader polls. Not GIO's pollable source: that one holds its stream, and the input
 * holds its sources (to wake or quiet them as the gate opens and shuts), so the last source
 * libsoup made kept the input, the TLS connection under it and its buffers alive after the
 * WebSocket was gone, on every mesh leg. Here the input and its sources know each other
 * without references, and whichever goes first tells the other. */
typedef struct {
  GSource      source;
  ZtGateInput *input;  /* NULL once the input is gone */
  GSource     *child;  /* the base stream's, while the gate is open */
} GateSource;

struct _ZtGateInput
{
  GInputStream  parent_instance;

  GInputStream *base;
  gboolean      open;
  GPtrArray    *sources;  /* GateSource, not referenced: each leaves as it is finalised */
};

static void zt_gate_input_pollable_iface_init (GPollableInputStreamInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZtGateInput, zt_gate_input, G_TYPE_INPUT_STREAM,
                               G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM,
                                                      zt_gate_input_pollable_iface_init))

/* GLib 2.74 cannot take a child from a source that is not attached (it unlocks a context
 * it does not have): such a one keeps its child, and its dispatch drops it once attached. */
static void
gate_source_drop_child (GateSource *gs)
{
  if (gs->child == NULL)
    return;
  if (!g_source_is_destroyed (&gs->source))
    {
      if (g_source_get_context (&gs->source) == NULL)
        return;
      g_source_remove_child_source (&gs->source, gs->child);
    }
  g_clear_pointer (&gs->child, g_source_unref);
}

/* The base stream's readiness, as a child: the child wakes the source, whose callback (the
 * reader's) runs; the child's own is a dummy, as GIO's streams do it. */
static void
gate_source_watch_base (GateSource *gs)
{
  if (gs->child != NULL || gs->input == NULL || g_source_is_destroyed (&gs->source))
    return;
  gs->child = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (gs->input->base), NULL);
  g_source_set_dummy_callback (gs->child);
  g_source_add_child_source (&gs->source, gs->child);
}

static gboolean
gate_source_dispatch (GSource     *source,
                      GSourceFunc  callback,
                      gpointer     user_data)
{
  GateSource *gs = (GateSource *) source;
  GPollableSourceFunc func = (GPollableSourceFunc) (void (*) (void)) callback;

  /* woken by a child it should no longer have (see gate_source_drop_child ()) */
  if (gs->input == NULL || !gs->input->open)
    {
      gate_source_drop_child (gs);
      return G_SOURCE_CONTINUE;
    }
  if (func == NULL)
    return G_SOURCE_REMOVE;
  return func (G_OBJECT (gs->input), user_data);
}

static void
gate_source_finalize (GSource *source)
{
  GateSource *gs = (GateSource *) source;

  g_clear_pointer (&gs->child, g_source_unref);
  if (gs->input != NULL)
    g_ptr_array_remove_fast (gs->input->sources, gs);
}

static GSourceFuncs gate_source_funcs = {
  .dispatch = gate_source_dispatch,
  .finalize = gate_source_finalize,
};

static void
gate_input_set_open (ZtGateInput *self,
                     gboolean     open)
{
  if (self->open == open)
    return;
  self->open = open;
  for (guint i = 0; i < self->sources->len; i++)
    {
      GateSource *gs = g_ptr_array_index (self->sources, i);

      if (open)
        gate_source_watch_base (gs);
      else
        gate_source_drop_child (gs);
    }
}

static gssize
zt_gate_input_read (GInputStream  *stream,
                    void          *buffer,
                    gsize          count,
                    GCancellable  *cancellable,
                    GError       **error)
{
  return g_input_stream_read (ZT_GATE_INPUT (stream)->base, buffer, count, cancellable, error);
}

static gboolean
zt_gate_input_close (GInputStream  *stream,
                     GCancellable  *cancellable,
                     GError       **error)
{
  return TRUE;  /* the base closes with the ZtGateStream */
}

static gboolean
zt_gate_input_can_poll (GPollableInputStream *stream)
{
  return TRUE;
}

static gboolean
zt_gate_input_is_readable (GPollableInputStream *stream)
{
  ZtGateInput *self = ZT_GATE_INPUT (stream);

  return self->open && g_pollable_input_stream_is_readable (G_POLLABLE_INPUT_STREAM (self->base));
}

static gssize
zt_gate_input_read_nonblocking (GPollableInputStream  *stream,
                                void                  *buffer,
                                gsize                  count,
                                GError               **error)
{
  ZtGateInput *self = ZT_GATE_INPUT (stream);

  if (!self->open)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK, "reading is paused");
      return -1;
    }
  return g_pollable_input_stream_read_nonblocking (G_POLLABLE_INPUT_STREAM (self->base), buffer, count, NULL, error);
}

static GSource *
zt_gate_input_create_source (GPollableInputStream *stream,
                             GCancellable         *cancellable)
{
  ZtGateInput *self = ZT_GATE_INPUT (stream);
  GateSource *gs = (GateSource *) g_source_new (&gate_source_funcs, sizeof (GateSource));

  g_source_set_static_name (&gs->source, "[zt] gate input");
  gs->input = self;
  g_ptr_array_add (self->sources, gs);
  if (cancellable != NULL)
    {
      g_autoptr(GSource) cancelled = g_cancellable_source_new (cancellable);

      g_source_set_dummy_callback (cancelled);
      g_source_add_child_source (&gs->source, cancelled);
    }
  if (self->open)
    gate_source_watch_base (gs);
  return &gs->source;
}

static void
zt_gate_input_pollable_iface_init (GPollableInputStreamInterface *iface)
{
  iface->can_poll = zt_gate_input_can_poll;
  iface->is_readable = zt_gate_input_is_readable;
  iface->create_source = zt_gate_input_create_source;
  iface->read_nonblocking = zt_gate_input_read_nonblocking;
}

static void
zt_gate_input_finalize (GObject *object)
{
  ZtGateInput *self = ZT_GATE_INPUT (object);

  /* sources that outlive the input watch nothing and never run */
  for (guint i = 0; i < self->sources->len; i++)
    {
      GateSource *gs = g_ptr_array_index (self->sources, i);

      gate_source_drop_child (gs);
      gs->input = NULL;
    }
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_object (&self->base);
  G_OBJECT_CLASS (zt_gate_input_parent_class)->finalize (object);
}

static void
zt_gate_input_class_init (ZtGateInputClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *input_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = zt_gate_input_finalize;
  input_class->read_fn = zt_gate_input_read;
  input_class->close_fn = zt_gate_input_close;
}

static void
zt_gate_input_init (ZtGateInput *self)
{
  self->open = TRUE;
  self->sources = g_ptr_array_new ();
}

/* ---------------------------------------------------------------------------------------- */

struct _ZtGateStream
{
  GIOStream    parent_instance;

  GIOStream   *base;
  ZtGateInput *input;
};

G_DEFINE_FINAL_TYPE (ZtGateStream, zt_gate_stream, G_TYPE_IO_STREAM)

static GInputStream *
zt_gate_stream_get_input_stream (GIOStream *stream)
{
  return G_INPUT_STREAM (ZT_GATE_STREAM (stream)->input);
}

static GOutputStream *
zt_gate_stream_get_output_stream (GIOStream *stream)
{
  return g_io_stream_get_output_stream (ZT_GATE_STREAM (stream)->base);
}

static gboolean
zt_gate_stream_close (GIOStream     *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return g_io_stream_close (ZT_GATE_STREAM (stream)->base, cancellable, error);
}

static void
base_closed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_io_stream_close_finish (G_IO_STREAM (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* In the main context, not in a thread (GIOStream's default): the base may be a TLS
 * connection that libsoup uses from this thread. */
static void
zt_gate_stream_close_async (GIOStream           *stream,
                            int                  io_priority,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task = g_task_new (stream, cancellable, callback, user_data);

  g_task_set_source_tag (task, zt_gate_stream_close_async);
  g_io_stream_close_async (ZT_GATE_STREAM (stream)->base, io_priority, cancellable, base_closed_cb, task);
}

static gboolean
zt_gate_stream_close_finish (GIOStream     *stream,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, stream), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_gate_stream_close_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
zt_gate_stream_finalize (GObject *object)
{
  ZtGateStream *self = ZT_GATE_STREAM (object);

  g_clear_object (&self->input);
  g_clear_object (&self->base);
  G_OBJECT_CLASS (zt_gate_stream_parent_class)->finalize (object);
}

static void
zt_gate_stream_class_init (ZtGateStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GIOStreamClass *stream_class = G_IO_STREAM_CLASS (klass);

  object_class->finalize = zt_gate_stream_finalize;
  stream_class->get_input_stream = zt_gate_stream_get_input_stream;
  stream_class->get_output_stream = zt_gate_stream_get_output_stream;
  stream_class->close_fn = zt_gate_stream_close;
  stream_class->close_async = zt_gate_stream_close_async;
  stream_class->close_finish = zt_gate_stream_close_finish;
}

static void
zt_gate_stream_init (ZtGateStream *self)
{
}

ZtGateStream *
zt_gate_stream_new (GIOStream *base)
{
  ZtGateStream *self;

  g_return_val_if_fail (G_IS_IO_STREAM (base), NULL);
  g_return_val_if_fail (G_IS_POLLABLE_INPUT_STREAM (g_io_stream_get_input_stream (base)), NULL);

  self = g_object_new (ZT_TYPE_GATE_STREAM, NULL);
  self->base = g_object_ref (base);
  self->input = g_object_new (ZT_TYPE_GATE_INPUT, NULL);
  self->input->base = g_object_ref (g_io_stream_get_input_stream (base));
  return self;
}

void
zt_gate_stream_set_open (ZtGateStream *self,
                         gboolean      open)
{
  g_return_if_fail (ZT_IS_GATE_STREAM (self));
  gate_input_set_open (self->input, open);
}

gboolean
zt_gate_stream_is_open (ZtGateStream *self)
{
  g_return_val_if_fail (ZT_IS_GATE_STREAM (self), FALSE);
  return self->input->open;
}

GIOStream *
zt_gate_stream_get_base (ZtGateStream *self)
{
  g_return_val_if_fail (ZT_IS_GATE_STREAM (self), NULL);
  return self->base;
}
