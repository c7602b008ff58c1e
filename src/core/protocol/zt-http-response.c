/* zt-http-response.c: HTTP/1.1 response framing for the upstream client, bounded throughout */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-http-response.h"

#define MAX_HEAD      (64 * 1024)
#define MAX_SIZE_LINE 1024
#define MAX_TRAILERS  (16 * 1024)
#define MAX_INTERIM   16           /* 1xx responses before a final one */

typedef enum {
  STATE_IDLE,        /* no response expected */
  STATE_HEAD,
  STATE_LENGTH,      /* Content-Length bytes left in remaining */
  STATE_CHUNK_SIZE,
  STATE_CHUNK_DATA,
  STATE_CHUNK_END,   /* the CRLF after a chunk's data */
  STATE_TRAILER,
  STATE_UNTIL_CLOSE,
  STATE_DONE,
  STATE_BROKEN,
} State;

struct _ZtHttpResponse {
  ZtHttpResponseFuncs funcs;
  gpointer            user_data;
  State               state;
  GString            *line;        /* the head, or the current chunk-size or trailer line */
  gsize               line_start;  /* in the head: where its current line starts */
  gsize               trailer_bytes;
  guint64             remaining;
  guint               interim;
  gboolean            no_body;
  gboolean            started;
  gboolean            keep_alive;
};

ZtHttpResponse *
zt_http_response_new (const ZtHttpResponseFuncs *funcs,
                      gpointer                   user_data)
{
  ZtHttpResponse *self = g_new0 (ZtHttpResponse, 1);

  self->funcs = *funcs;
  self->user_data = user_data;
  self->line = g_string_sized_new (512);
  self->state = STATE_IDLE;
  return self;
}

void
zt_http_response_free (ZtHttpResponse *self)
{
  if (self == NULL)
    return;
  g_string_free (self->line, TRUE);
  g_free (self);
}

void
zt_http_response_begin (ZtHttpResponse *self,
                        gboolean        no_body)
{
  self->state = STATE_HEAD;
  self->no_body = no_body;
  self->started = FALSE;
  self->keep_alive = FALSE;
  self->interim = 0;
  self->trailer_bytes = 0;
  self->line_start = 0;
  g_string_truncate (self->line, 0);
}

gboolean
zt_http_response_started (ZtHttpResponse *self)
{
  return self->started;
}

gboolean
zt_http_response_keep_alive (ZtHttpResponse *self)
{
  return self->state == STATE_DONE && self->keep_alive;
}

static ZtHttpFeed
fail (ZtHttpResponse *self,
      GError        **error,
      const char     *what)
{
  self->state = STATE_BROKEN;
  g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "the upstream server's HTTP answer is malformed: %s", what);
  return ZT_HTTP_FEED_ERROR;
}

/* Takes one line (up to its LF) of at most MAX bytes into self->line. TRUE when the line is
 * complete; *taken says how many bytes of DATA were used either way. */
static gboolean
take_line (ZtHttpResponse *self,
           const char     *data,
           gsize           len,
           gsize           max,
           gsize          *taken,
           gboolean       *too_long)
{
  const char *nl = memchr (data, '\n', len);
  gsize n = nl ? (gsize) (nl - data) + 1 : len;

  *too_long = self->line->len + n > max;
  *taken = n;
  if (*too_long)
    return FALSE;
  g_string_append_len (self->line, data, n);
  return nl != NULL;
}

/* The line without its LF and a CR before it. */
static gsize
line_content (GString *line)
{
  gsize n = line->len;

  if (n > 0 && line->str[n - 1] == '\n')
    n--;
  if (n > 0 && line->str[n - 1] == '\r')
    n--;
  return n;
}

/* The head is complete in self->line: parse it and choose the body's framing. */
static ZtHttpFeed
head_done (ZtHttpResponse *self,
           GError        **error)
{
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  g_autofree char *reason = NULL;
  SoupHTTPVersion version;
  SoupEncoding encoding;
  guint status;

  if (memchr (self->line->str, '\0', self->line->len) != NULL)
    return fail (self, error, "a NUL byte in its head");
  if (!soup_headers_parse_response (self->line->str, (int) self->line->len, headers,
                                    &version, &status, &reason))
    return fail (self, error, "its status line or headers");
  g_string_truncate (self->line, 0);
  self->line_start = 0;

  if (status >= 100 && status < 200)
    {
      if (status == 101)
        return fail (self, error, "it switched protocols, which was not asked for");
      if (++self->interim > MAX_INTERIM)
        return fail (self, error, "too many interim (1xx) responses");
      self->line_start = 0;
      return ZT_HTTP_FEED_MORE;  /* the final response follows */
    }

  encoding = soup_message_headers_get_encoding (headers);
  self->keep_alive = version == SOUP_HTTP_1_1 &&
                     !soup_message_headers_header_contains (headers, "Connection", "close");
  if (self->no_body || status == 204 || status == 304)
    self->state = STATE_DONE;
  else if (encoding == SOUP_ENCODING_CHUNKED)
    self->state = STATE_CHUNK_SIZE;
  else if (encoding == SOUP_ENCODING_CONTENT_LENGTH)
    {
      goffset n = soup_message_headers_get_content_length (headers);

      if (n < 0)
        return fail (self, error, "its Content-Length");
      self->remaining = (guint64) n;
      self->state = n == 0 ? STATE_DONE : STATE_LENGTH;
    }
  else if (encoding == SOUP_ENCODING_EOF || encoding == SOUP_ENCODING_NONE)
    {
      self->keep_alive = FALSE;
      self->state = STATE_UNTIL_CLOSE;
    }
  else
    return fail (self, error, "a Transfer-Encoding other than chunked");

  if (self->funcs.head != NULL && !self->funcs.head (status, reason ? reason : "", headers, self->user_data))
    {
      self->state = STATE_BROKEN;
      return ZT_HTTP_FEED_STOPPED;
    }
  return ZT_HTTP_FEED_MORE;
}

static gboolean
parse_chunk_size (GString *line,
                  guint64 *size)
{
  gsize n = line_content (line);
  guint64 v = 0;
  gsize i;

  for (i = 0; i < n && g_ascii_isxdigit (line->str[i]); i++)
    {
      if (v > (G_MAXUINT64 >> 8))
        return FALSE;
      v = (v << 4) | (guint64) g_ascii_xdigit_value (line->str[i]);
    }
  if (i == 0)
    return FALSE;
  /* what may follow the digits: whitespace, then extensions after ';' (ignored) */
  while (i < n && (line->str[i] == ' ' || line->str[i] == '\t'))
    i++;
  if (i < n && line->str[i] != ';')
    return FALSE;
  *size = v;
  return TRUE;
}

ZtHttpFeed
zt_http_response_feed (ZtHttpResponse *self,
                       const char     *data,
                       gsize           len,
                       gsize          *consumed,
                       GError        **error)
{
  gsize pos = 0;

  *consumed = 0;
  if (self->state == STATE_IDLE)
    {
      if (len > 0)
        return fail (self, error, "bytes came when no answer was due");
      return ZT_HTTP_FEED_MORE;
    }
  if (self->state == STATE_BROKEN)
    return fail (self, error, "it was already broken");
  if (len > 0)
    self->started = TRUE;

  while (self->state != STATE_DONE)
    {
      gsize taken = 0, n;
      gboolean too_long, whole;
      ZtHttpFeed r;

      if (pos == len)
        {
          *consumed = pos;
          return ZT_HTTP_FEED_MORE;
        }
      switch (self->state)
        {
        case STATE_HEAD:
          whole = take_line (self, data + pos, len - pos, MAX_HEAD, &taken, &too_long);
          if (too_long)
            return fail (self, error, "its head is over 64 KiB");
          pos += taken;
          if (!whole)
            break;
          {
            /* the head ends with an empty line (LF or CRLF alone) */
            gsize line_len = self->line->len - self->line_start;
            gboolean blank = line_len == 1 || (line_len == 2 && self->line->str[self->line_start] == '\r');

            if (!blank)
              {
                self->line_start = self->line->len;
                break;
              }
            if (self->line_start == 0)
              {
                /* empty lines before a status line are tolerated (RFC 9112, 2.2) */
                g_string_truncate (self->line, 0);
                break;
              }
          }
          r = head_done (self, error);
          if (r != ZT_HTTP_FEED_MORE)
            return r;
          break;

        case STATE_LENGTH:
        case STATE_CHUNK_DATA:
          n = (gsize) MIN ((guint64) (len - pos), self->remaining);
          if (self->funcs.body != NULL && !self->funcs.body (data + pos, n, self->user_data))
            {
              self->state = STATE_BROKEN;
              return ZT_HTTP_FEED_STOPPED;
            }
          pos += n;
          self->remaining -= n;
          if (self->remaining == 0)
            self->state = self->state == STATE_LENGTH ? STATE_DONE : STATE_CHUNK_END;
          break;

        case STATE_UNTIL_CLOSE:
          if (self->funcs.body != NULL && !self->funcs.body (data + pos, len - pos, self->user_data))
            {
              self->state = STATE_BROKEN;
              return ZT_HTTP_FEED_STOPPED;
            }
          pos = len;
          break;

        case STATE_CHUNK_SIZE:
          whole = take_line (self, data + pos, len - pos, MAX_SIZE_LINE, &taken, &too_long);
          if (too_long)
            return fail (self, error, "a chunk-size line over 1 KiB");
          pos += taken;
          if (!whole)
            break;
          if (!parse_chunk_size (self->line, &self->remaining))
            return fail (self, error, "a chunk size");
          g_string_truncate (self->line, 0);
          self->state = self->remaining == 0 ? STATE_TRAILER : STATE_CHUNK_DATA;
          break;

        case STATE_CHUNK_END:
          whole = take_line (self, data + pos, len - pos, 2, &taken, &too_long);
          if (too_long)
            return fail (self, error, "a chunk longer than its size");
          pos += taken;
          if (!whole)
            break;
          if (line_content (self->line) != 0)
            return fail (self, error, "a chunk longer than its size");
          g_string_truncate (self->line, 0);
          self->state = STATE_CHUNK_SIZE;
          break;

        case STATE_TRAILER:
          whole = take_line (self, data + pos, len - pos, MAX_TRAILERS, &taken, &too_long);
          self->trailer_bytes += taken;
          if (too_long || self->trailer_bytes > MAX_TRAILERS)
            return fail (self, error, "trailers over 16 KiB");
          pos += taken;
          if (!whole)
            break;
          if (line_content (self->line) == 0)
            self->state = STATE_DONE;  /* trailers are read and dropped */
          g_string_truncate (self->line, 0);
          break;

        default:
          return fail (self, error, "an internal state");
        }
    }
  *consumed = pos;
  return ZT_HTTP_FEED_DONE;
}

gboolean
zt_http_response_eof (ZtHttpResponse *self,
                      GError        **error)
{
  if (self->state == STATE_UNTIL_CLOSE)
    {
      self->state = STATE_DONE;
      self->keep_alive = FALSE;
      return TRUE;
    }
  if (self->state == STATE_DONE)
    return TRUE;
  g_set_error_literal (error, ZT_ERROR, ZT_ERROR_UPSTREAM,
                       self->started ? "the upstream server closed the connection in the middle of its answer"
                                     : "the upstream server closed the connection without answering");
  self->state = STATE_BROKEN;
  return FALSE;
}
