/* test-gate-stream.c: ZtGateStream over a socket pair: a shut gate reads nothing and polls nothing */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <sys/socket.h>

#include <gio/gio.h>

#include "zt-gate-stream.h"
#include "zt-test-util.h"

#define DEADLINE_S 10

typedef struct {
  GSocketConnection *near;  /* wrapped in the gate */
  GSocketConnection *far;   /* the peer that writes */
  ZtGateStream      *gate;
  GSource           *source;
  guint              dispatched;
  GString           *got;
} Fixture;

static GSocketConnection *
connection_from_fd (int fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = g_socket_new_from_fd (fd, &error);

  g_assert_no_error (error);
  return g_socket_connection_factory_create_connection (socket);
}

/* What a reader such as libsoup's WebSocket does: read until it would block, then wait. */
static gboolean
readable_cb (GObject  *stream,
             gpointer  user_data)
{
  Fixture *f = user_data;
  char buf[256];

  f->dispatched++;
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      gssize n = g_pollable_input_stream_read_nonblocking (G_POLLABLE_INPUT_STREAM (stream), buf, sizeof buf,
                                                           NULL, &error);
      if (n <= 0)
        {
          g_assert_true (n == 0 || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK));
          return G_SOURCE_CONTINUE;
        }
      g_string_append_len (f->got, buf, n);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  int fds[2];
  GInputStream *input;

  g_assert_cmpint (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), ==, 0);
  f->near = connection_from_fd (fds[0]);
  f->far = connection_from_fd (fds[1]);
  f->gate = zt_gate_stream_new (G_IO_STREAM (f->near));
  f->got = g_string_new (NULL);
  input = g_io_stream_get_input_stream (G_IO_STREAM (f->gate));
  g_assert_true (g_pollable_input_stream_can_poll (G_POLLABLE_INPUT_STREAM (input)));
  f->source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (input), NULL);
  g_source_set_callback (f->source, (GSourceFunc) (void (*) (void)) readable_cb, f, NULL);
  g_source_attach (f->source, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->source != NULL)
    {
      g_source_destroy (f->source);
      g_source_unref (f->source);
    }
  if (f->gate != NULL)
    g_io_stream_close (G_IO_STREAM (f->gate), NULL, NULL);
  g_clear_object (&f->gate);
  g_io_stream_close (G_IO_STREAM (f->far), NULL, NULL);
  g_clear_object (&f->far);
  g_clear_object (&f->near);
  g_string_free (f->got, TRUE);
}

static void
send_far (Fixture    *f,
          const char *text)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (f->far)), text, strlen (text), NULL,
                             NULL, &error);
  g_assert_no_error (error);
}

static gboolean
stop_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context for @ms, whatever happens. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, stop_cb, &done);
  RUN_UNTIL (done);
}

static void
test_gate (Fixture       *f,
           gconstpointer  data)
{
  GPollableInputStream *input = G_POLLABLE_INPUT_STREAM (g_io_stream_get_input_stream (G_IO_STREAM (f->gate)));
  g_autoptr(GError) error = NULL;
  char byte;

  /* open: reads pass through */
  send_far (f, "one");
  RUN_UNTIL (strcmp (f->got->str, "one") == 0);

  /* shut: nothing is read, nothing is readable, and the source does not spin */
  zt_gate_stream_set_open (f->gate, FALSE);
  g_assert_false (zt_gate_stream_is_open (f->gate));
  send_far (f, "two");
  f->dispatched = 0;
  run_for (200);
  g_assert_cmpuint (f->dispatched, ==, 0);
  g_assert_cmpstr (f->got->str, ==, "one");
  g_assert_false (g_pollable_input_stream_is_readable (input));
  g_assert_cmpint (g_pollable_input_stream_read_nonblocking (input, &byte, 1, NULL, &error), ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
  g_clear_error (&error);

  /* open again: what waited is read, through the same source */
  zt_gate_stream_set_open (f->gate, TRUE);
  RUN_UNTIL (strcmp (f->got->str, "onetwo") == 0);

  /* writes pass straight through, whatever the gate */
  zt_gate_stream_set_open (f->gate, FALSE);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (f->gate)), "back", 4, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    char buf[8] = { 0 };
    gsize n = 0;

    g_input_stream_read_all (g_io_stream_get_input_stream (G_IO_STREAM (f->far)), buf, 4, &n, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (buf, ==, "back");
  }
}

/* A reader's sources do not keep the gate alive: libsoup's WebSocket makes a source after
 * each read and leaves the last one destroyed; once the gate is dropped, the gate, its input
 * and the stream under it go (they stayed, with the TLS connection under every mesh leg).
 * A source that outlives the gate watches nothing and never runs; one that is live when the
 * gate shuts and opens keeps working, and a cancellable wakes it as GIO's own. */
static void
test_sources_release (Fixture       *f,
                      gconstpointer  data)
{
  GInputStream *input = g_io_stream_get_input_stream (G_IO_STREAM (f->gate));
  GObject *gate_input = G_OBJECT (input);
  GObject *near = G_OBJECT (f->near);
  GObject *gate = G_OBJECT (f->gate);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GSource *late;

  send_far (f, "one");
  RUN_UNTIL (strcmp (f->got->str, "one") == 0);

  /* as libsoup: the first source goes, another takes over (with a cancellable) */
  g_source_destroy (f->source);
  g_source_unref (f->source);
  f->source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (input), cancellable);
  g_source_set_callback (f->source, (GSourceFunc) (void (*) (void)) readable_cb, f, NULL);
  g_source_attach (f->source, NULL);
  zt_gate_stream_set_open (f->gate, FALSE);
  zt_gate_stream_set_open (f->gate, TRUE);
  send_far (f, "two");
  RUN_UNTIL (strcmp (f->got->str, "onetwo") == 0);
  /* a cancelled cancellable wakes it, as GIO's own sources */
  f->dispatched = 0;
  g_cancellable_cancel (cancellable);
  RUN_UNTIL (f->dispatched > 0);

  /* the last source stays destroyed in the reader's hands no more: all goes with the gate */
  g_source_destroy (f->source);
  g_clear_pointer (&f->source, g_source_unref);
  late = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (input), NULL);
  f->dispatched = 0;
  g_source_set_callback (late, (GSourceFunc) (void (*) (void)) readable_cb, f, NULL);
  g_source_attach (late, NULL);
  g_object_add_weak_pointer (gate_input, (gpointer *) &gate_input);
  g_object_add_weak_pointer (gate, (gpointer *) &gate);
  g_object_add_weak_pointer (near, (gpointer *) &near);
  g_io_stream_close (G_IO_STREAM (f->gate), NULL, NULL);
  g_clear_object (&f->gate);
  g_clear_object (&f->near);
  g_assert_null (gate);
  g_assert_null (gate_input);
  g_assert_null (near);

  /* the source that outlived them never runs (the socket under it is closed: readable, were
   * it still watched) */
  run_for (100);
  g_assert_cmpuint (f->dispatched, ==, 0);
  g_source_destroy (late);
  g_source_unref (late);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/gate-stream/pause-and-resume", Fixture, NULL, fixture_setup, test_gate, fixture_teardown);
  g_test_add ("/gate-stream/sources-release", Fixture, NULL, fixture_setup, test_sources_release, fixture_teardown);
  return g_test_run ();
}
