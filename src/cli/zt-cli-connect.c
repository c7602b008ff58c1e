/* zt-cli-connect.c: `zt4mcp connect NAME`: a stdio MCP server bridged to the agent's service */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gunixinputstream.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "zt-cli.h"
#include "zt-core.h"
#include "zt-transports.h"

typedef struct {
  GMainLoop   *loop;
  ZtUpstream  *upstream;
  GInputStream *in;
  GString     *line;
  gboolean     discarding;
  gboolean     eof;
  guint        outstanding;  /* requests sent, not yet answered */
  int          status;
} Bridge;

static void
write_line (ZtMessage *message)
{
  gsize len;
  g_autofree char *text = zt_message_to_string (message, &len);

  /* stdout carries protocol only, one message a line */
  fwrite (text, 1, len, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

static void
message_cb (ZtUpstream *upstream,
            ZtMessage  *message,
            gint64      related,
            Bridge     *bridge)
{
  write_line (message);
  if (zt_message_is_response (message) && bridge->outstanding > 0)
    bridge->outstanding--;
  if (bridge->eof && bridge->outstanding == 0)
    g_main_loop_quit (bridge->loop);
}

static void
closed_cb (ZtUpstream   *upstream,
           const GError *error,
           Bridge       *bridge)
{
  g_printerr ("zt4mcp connect: %s\n", error->message);
  bridge->status = 1;
  g_main_loop_quit (bridge->loop);
}

static void
handle_line (Bridge     *bridge,
             const char *data,
             gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) message = NULL;

  while (len > 0 && (data[len - 1] == '\r' || data[len - 1] == ' '))
    len--;
  if (len == 0)
    return;
  message = zt_message_parse (data, len, NULL, &error);
  if (message == NULL)
    {
      g_autoptr(ZtMessage) reply = zt_message_new_error_from_gerror (NULL, error);
      write_line (reply);
      return;
    }
  if (zt_message_get_kind (message) == ZT_MESSAGE_REQUEST)
    bridge->outstanding++;
  zt_upstream_send (bridge->upstream, message);
}

static void read_more (Bridge *bridge);

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Bridge *bridge = user_data;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, NULL);
  const char *data;
  gsize len;

  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      /* stdin closed: the client is done; answers still in flight are written first */
      if (bridge->line->len > 0)
        handle_line (bridge, bridge->line->str, bridge->line->len);
      bridge->eof = TRUE;
      if (bridge->outstanding == 0)
        g_main_loop_quit (bridge->loop);
      else
        g_timeout_add_seconds (30, quit_cb, bridge->loop);
      return;
    }

  data = g_bytes_get_data (bytes, &len);
  while (len > 0)
    {
      const char *nl = memchr (data, '\n', len);
      gsize n = nl ? (gsize) (nl - data) : len;

      if (!bridge->discarding)
        {
          if (bridge->line->len + n > ZT_DEFAULT_MAX_MESSAGE_SIZE)
            {
              g_autoptr(ZtMessage) reply =
                zt_message_new_error (NULL, ZT_JSONRPC_INVALID_REQUEST, "message is over the size limit");
              write_line (reply);
              g_string_truncate (bridge->line, 0);
              bridge->discarding = TRUE;
            }
          else
            g_string_append_len (bridge->line, data, n);
        }
      if (nl == NULL)
        break;
      if (!bridge->discarding)
        handle_line (bridge, bridge->line->str, bridge->line->len);
      g_string_truncate (bridge->line, 0);
      bridge->discarding = FALSE;
      data = nl + 1;
      len -= n + 1;
    }
  read_more (bridge);
}

static void
read_more (Bridge *bridge)
{
  g_input_stream_read_bytes_async (bridge->in, 64 * 1024, G_PRIORITY_DEFAULT, NULL, read_cb, bridge);
}

int
zt_cli_connect (const char *home,
                const char *service)
{
  ZtCliApi api = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  Bridge bridge = { 0 };

  if (!zt_cli_api_load (&api, home, &error))
    {
      g_printerr ("zt4mcp connect: %s\n", error->message);
      return 1;
    }
  url = g_strdup_printf ("%s/mcp/%s", api.url, service);
  bridge.loop = g_main_loop_new (NULL, FALSE);
  bridge.line = g_string_new (NULL);
  bridge.in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  /* a client configured with its own token (see `zt4mcp client add`) is audited as itself */
  bridge.upstream = zt_upstream_http_new (service, url,
                                          g_getenv ("ZT4MCP_TOKEN") && *g_getenv ("ZT4MCP_TOKEN")
                                          ? g_getenv ("ZT4MCP_TOKEN") : api.token,
                                          NULL, ZT_ERA_SESSION);
  g_signal_connect (bridge.upstream, "message", G_CALLBACK (message_cb), &bridge);
  g_signal_connect (bridge.upstream, "closed", G_CALLBACK (closed_cb), &bridge);
  zt_upstream_start (bridge.upstream, NULL);
  read_more (&bridge);
  g_main_loop_run (bridge.loop);

  zt_upstream_close (bridge.upstream);
  /* let the session DELETE go out */
  for (int i = 0; i < 20 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&bridge.upstream);
  g_clear_object (&bridge.in);
  g_string_free (bridge.line, TRUE);
  g_main_loop_unref (bridge.loop);
  zt_cli_api_clear (&api);
  return bridge.status;
}
