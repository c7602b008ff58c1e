/* fuzz-ws.c: libFuzzer target for WebSocket framing as a mesh stream reads it (libsoup + ZtWsStream) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "zt-ws-stream.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* libsoup's default limit for one incoming message */
#define MAX_INCOMING (128 * 1024)

/* A reference reading of what a server sends a client (RFC 6455 section 5): the payloads of
 * the binary messages, in order, up to a close frame, a text message (the stream refuses
 * it), or the end of the input; @ends gets the offset in @out where each message ends.
 * @clean is set when every frame is one a conforming server sends: FIN, no RSV bit, not
 * masked, opcode binary, ping, pong or a final close (a control payload of at most 125 bytes), the length
 * in its shortest form, messages within libsoup's limit, and nothing after the last frame. */
static void
reference_read (const guchar *p,
                gsize         n,
                GByteArray   *out,
                GArray       *ends,
                gboolean     *clean)
{
  gsize i = 0;
  int message = -1;    /* opcode of the message under way, -1 between messages */
  gsize message_start = 0;

  *clean = TRUE;
  while (i < n)
    {
      guint fin, rsv, opcode, masked;
      guint64 len;
      guchar key[4] = { 0 };

      if (n - i < 2)
        break;
      fin = p[i] >> 7;
      rsv = (p[i] >> 4) & 7;
      opcode = p[i] & 0x0F;
      masked = p[i + 1] >> 7;
      len = p[i + 1] & 0x7F;
      i += 2;
      if (len == 126)
        {
          if (n - i < 2)
            break;
          len = ((guint64) p[i] << 8) | p[i + 1];
          *clean &= len >= 126;
          i += 2;
        }
      else if (len == 127)
        {
          if (n - i < 8)
            break;
          len = 0;
          for (int k = 0; k < 8; k++)
            len = (len << 8) | p[i + k];
          *clean &= len > 0xFFFF && len < G_GUINT64_CONSTANT (1) << 63;
          i += 8;
        }
      if (masked)
        {
          if (n - i < 4)
            break;
          memcpy (key, p + i, 4);
          i += 4;
        }
      *clean &= fin && rsv == 0 && !masked && (opcode == 2 || (opcode >= 8 && opcode <= 10));
      if (len > n - i)
        {
          *clean = FALSE;
          return;
        }
      if (opcode >= 8)
        {
          *clean &= len <= 125;
          if (opcode == 8)
            {
              *clean &= i + len == n;
              return;
            }
          i += len;
          continue;
        }
      if (opcode == 1 || (opcode == 0 && message == 1))
        {
          *clean = FALSE;
          return;
        }
      if (opcode == 2)
        {
          message = 2;
          message_start = out->len;
        }
      if (message == 2 && (opcode == 0 || opcode == 2))
        {
          for (guint64 k = 0; k < len; k++)
            {
              guchar b = p[i + k] ^ key[k % 4];
              g_byte_array_append (out, &b, 1);
            }
          if (out->len - message_start > MAX_INCOMING)
            *clean = FALSE;
          if (fin)
            {
              gsize end = out->len;

              g_array_append_val (ends, end);
              message = -1;
            }
        }
      else
        *clean = FALSE;
      i += len;
    }
  *clean &= i == n;
}

static gboolean
gone (SoupWebsocketConnection *ws)
{
  return soup_websocket_connection_get_state (ws) == SOUP_WEBSOCKET_STATE_CLOSED;
}

/* Byte 0: how many bytes each read asks for (1 to 256). The rest is what the server sent. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GByteArray) expected = g_byte_array_new ();
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GByteArray) got = g_byte_array_new ();
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GIOStream) io = NULL;
  g_autoptr(GUri) uri = NULL;
  SoupWebsocketConnection *ws;
  ZtWsStream *stream;
  GPollableInputStream *reader;
  gboolean clean, failed = FALSE, matches = FALSE;
  gsize chunk;
  guint spins = 0;

  zt_fuzz_watch_log (NULL);
  if (size < 1)
    return 0;
  chunk = data[0] + 1;
  reference_read (data + 1, size - 1, expected, ends, &clean);

  in = g_memory_input_stream_new_from_data (g_memdup2 (data + 1, size - 1), size - 1, g_free);
  out = g_memory_output_stream_new_resizable ();
  io = g_simple_io_stream_new (in, out);
  uri = g_uri_parse ("wss://hub.example/v1/stream", G_URI_FLAGS_NONE, NULL);
  ws = soup_websocket_connection_new (io, uri, SOUP_WEBSOCKET_CONNECTION_CLIENT, NULL, NULL, NULL);
  stream = zt_ws_stream_new (ws);
  reader = G_POLLABLE_INPUT_STREAM (g_io_stream_get_input_stream (G_IO_STREAM (stream)));

  /* Read as a TLS connection over the stream would: whatever has come, until the end. */
  for (;;)
    {
      guint8 buf[256];
      g_autoptr(GError) error = NULL;
      gssize n = g_pollable_input_stream_read_nonblocking (reader, buf, chunk, NULL, &error);

      if (n > 0)
        {
          g_byte_array_append (got, buf, n);
          continue;
        }
      if (n == 0)
        break;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        {
          /* a text message or too much queued: the stream fails, having dropped its queue */
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) &&
              !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
            zt_fuzz_fail ("a read failed for another reason than the peer's", error->message);
          failed = TRUE;
          break;
        }
      if (gone (ws) && ++spins > 1000)
        zt_fuzz_fail ("the WebSocket closed but reads never reach the end", NULL);
      g_main_context_iteration (NULL, !gone (ws));
    }

  /* Never more than was sent, and only whole binary messages, in order: what was read is
   * the payload of the first k messages of the reference reading. */
  if (got->len > size)
    zt_fuzz_fail ("the stream yielded more bytes than the input holds", NULL);
  matches = got->len == 0;
  for (guint k = 0; !matches && k < ends->len; k++)
    matches = g_array_index (ends, gsize, k) == got->len;
  if (!matches || (got->len > 0 && memcmp (got->data, expected->data, got->len) != 0))
    zt_fuzz_fail ("the stream yielded other bytes than whole binary messages of the input", NULL);
  /* What a conforming server sends arrives whole. */
  if (clean && (failed || got->len != expected->len))
    zt_fuzz_fail ("binary messages from a conforming server were lost", NULL);

  g_object_unref (stream);
  g_object_unref (ws);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return 0;
}
