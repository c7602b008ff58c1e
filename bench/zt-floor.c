/* zt-floor.c: the floor of a relay built as the agent is (libsoup's server, GLib's main loop,
 * a stdio server's pipes), with none of the agent's own work: no JSON parsed, no session, no
 * filter, no audit. zt-bench times it with --url beside the agent, so that what the agent
 * adds over the echo server splits into what the stack costs and what the agent does.
 *
 * usage: zt-floor --server PATH [--port N]   (prints "http://127.0.0.1:PORT/mcp" on its first line)
 *
 * One session, answers in order (the echo server answers in order): enough for zt-bench's
 * closed loop of one client. Not a gateway: it checks nothing. Loopback only. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <gio/gunixinputstream.h>
#include <libsoup/soup.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  GOutputStream *to_server;
  GString       *buffer;    /* what the server wrote that ends in no newline yet */
  GQueue         waiting;   /* SoupServerMessage, paused, in the order sent */
} Floor;

/* The server's output is watched for the whole run, as the agent watches its upstreams' (one
 * watch, no source made or dropped per read). */
static gboolean
readable_cb (int          fd,
             GIOCondition condition,
             gpointer     user_data)
{
  Floor *f = user_data;
  char chunk[65536];
  ssize_t n = read (fd, chunk, sizeof chunk);
  char *nl;

  if (n < 0 && (errno == EAGAIN || errno == EINTR))
    return G_SOURCE_CONTINUE;
  if (n <= 0)
    {
      g_printerr ("zt-floor: the server went away\n");
      exit (1);
    }
  g_string_append_len (f->buffer, chunk, n);
  while ((nl = memchr (f->buffer->str, '\n', f->buffer->len)) != NULL)
    {
      gsize len = (gsize) (nl - f->buffer->str);
      SoupServerMessage *msg = g_queue_pop_head (&f->waiting);

      if (msg != NULL)
        {
          soup_server_message_set_status (msg, 200, NULL);
          soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, f->buffer->str, len);
          soup_server_message_unpause (msg);
          g_object_unref (msg);
        }
      g_string_erase (f->buffer, 0, (gssize) len + 1);
    }
  return G_SOURCE_CONTINUE;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  Floor *f = user_data;
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize len;

  if (strcmp (soup_server_message_get_method (msg), "DELETE") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);  /* the one session goes on: nothing to end */
      return;
    }
  if (strcmp (soup_server_message_get_method (msg), "POST") != 0)
    {
      soup_server_message_set_status (msg, 405, NULL);
      return;
    }
  bytes = soup_message_body_flatten (body);
  data = g_bytes_get_data (bytes, &len);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Mcp-Session-Id", "floor");
  if (data == NULL || len == 0 || memchr (data, '\n', len) != NULL ||
      !g_output_stream_write_all (f->to_server, data, len, NULL, NULL, &error) ||
      !g_output_stream_write_all (f->to_server, "\n", 1, NULL, NULL, &error))
    {
      soup_server_message_set_status (msg, 400, NULL);
      return;
    }
  /* a notification has no id and gets no answer: accepted at once */
  if (g_strstr_len (data, (gssize) len, "\"id\"") == NULL)
    {
      soup_server_message_set_status (msg, 202, NULL);
      return;
    }
  soup_server_message_pause (msg);
  g_queue_push_tail (&f->waiting, g_object_ref (msg));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *server_path = NULL;
  int port = 0;
  GOptionEntry entries[] = {
    { "server", 0, 0, G_OPTION_ARG_FILENAME, &server_path, "The stdio MCP server to relay to (zt-echo-server)", "PATH" },
    { "port", 0, 0, G_OPTION_ARG_INT, &port, "The port on 127.0.0.1 (default: any free one)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  GSList *uris;
  Floor f = { 0 };

  g_option_context_set_summary (options, "A relay with libsoup, GLib and a stdio server's pipes and nothing else: "
                                         "the floor under what zt4mcp's agent adds (zt-bench --url).");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || server_path == NULL || port < 0 || port > 65535)
    {
      g_printerr ("zt-floor: %s\n", error ? error->message : "--server PATH is needed, and --port takes 0 to 65535");
      return 2;
    }
  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, server_path, NULL);
  if (proc == NULL)
    {
      g_printerr ("zt-floor: %s\n", error->message);
      return 1;
    }
  f.to_server = g_subprocess_get_stdin_pipe (proc);
  f.buffer = g_string_new (NULL);
  g_queue_init (&f.waiting);
  {
    int fd = g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (g_subprocess_get_stdout_pipe (proc)));

    fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) | O_NONBLOCK);
    g_unix_fd_add (fd, G_IO_IN | G_IO_HUP | G_IO_ERR, readable_cb, &f);
  }
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, "/mcp", handler, &f, NULL);
  if (!soup_server_listen_local (server, (guint) port, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    {
      g_printerr ("zt-floor: %s\n", error->message);
      return 1;
    }
  uris = soup_server_get_uris (server);
  {
    g_autofree char *text = g_uri_to_string (uris->data);

    g_print ("%smcp\n", text);
  }
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  loop = g_main_loop_new (NULL, FALSE);
  g_main_loop_run (loop);
  return 0;
}
